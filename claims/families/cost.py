"""Cost: GPU hours, GPU days of search, and money."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, UnitRule, ex

ALIASES = (
    MetricAlias("search cost", r"search\s(?:cost|time)"),
    MetricAlias("GPU hours", r"GPU[\s-]hours?"),
    MetricAlias("cost", r"(?:training\s|inference\s)?cost"),
)  # fmt: skip

UNITS = (
    UnitRule("GPU days", "search cost"),
    UnitRule("GPU hours", "GPU hours"),
    UnitRule("$", "cost"),
)

CORPUS = Corpus(
    positive=(
        ex("EEEA-Net needs only 0.52 GPU day of search", "0.52 GPU day", metric="search cost", unit="GPU days"),
        ex("Seer trains with only 480-GPU hours", "480-GPU hours", metric="GPU hours", unit="GPU hours"),
        ex("at a cost of roughly $20", "$20", metric="cost", unit="$"),
    ),
    negative=("The search space contains 10 GPU kernels.",),
)  # fmt: skip

FAMILY = Family(name="cost", aliases=ALIASES, units=UNITS, corpus=CORPUS)
