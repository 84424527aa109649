"""Memory: memory footprint and KV cache."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, UnitRule, ex

ALIASES = (
    MetricAlias("KV cache", r"KV[\s-]?cache(?:\s(?:size|memory|usage))?|key-value\scache"),
    MetricAlias("memory", r"(?:(?:GPU|peak|training|inference|runtime|activation)\s)?memory(?:\s(?:footprint|usage|consumption|cost|requirements?))?|VRAM|(?:peak\s|on-chip\s)?(?:SRAM|DRAM)"),
)  # fmt: skip

UNITS = (
    UnitRule("KB", "memory"),
    UnitRule("MB", "memory"),
    UnitRule("GB", "memory"),
)

CORPUS = Corpus(
    positive=(
        ex("It saves 75.8% GPU memory compared to HoVLE", "75.8%", metric="memory", kind="relative"),
        ex("and 53.8% KV cache storage", "53.8%", metric="KV cache"),
        ex("It runs with 320KB memory on a microcontroller", "320KB", metric="memory", unit="KB"),
    ),
    negative=("Memory-efficient attention is used in 2 layers.",),
)  # fmt: skip

FAMILY = Family(name="memory", aliases=ALIASES, units=UNITS, corpus=CORPUS)
