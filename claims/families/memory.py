"""Memory: memory footprint and KV cache."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, UnitRule, ex

ALIASES = (
    MetricAlias("KV cache", r"(?:KV|K,\s?V)[\s-]?cache(?:\s(?:size|memory|usage))?|key[-/\s]value\scache|keys?/values?\scache|cache\s(?:size|compression)"),
    MetricAlias("memory", r"(?:(?:GPU|peak|training|inference|runtime|activation)[\s-])?memory(?:\s(?:footprint|usage|consumption|cost|requirements?|size))?|VRAM|(?:peak\s|on-chip\s)?(?:SRAM|DRAM)|space\sfootprint"),
    # "95.4% more memory-efficient than X" (the hyphen would otherwise hide the noun)
    MetricAlias("memory", r"memory-efficient"),
)  # fmt: skip

UNITS = (
    UnitRule("KB", "memory"),
    UnitRule("MB", "memory"),
    UnitRule("GB", "memory"),
)

CORPUS = Corpus(
    positive=(
        ex("FooLMs keep their accuracy with up to 99% keys/values cache reduction.", "99%", metric="KV cache", kind="relative"),
        ex("FooBERTv2 reduces the space footprint of late interaction models by 6--10x.", "6--10x", metric="memory", kind="ratio", value=6.0, value_max=10.0),
        ex("It reduces peak-memory size up to 2.29x.", "2.29x", metric="memory", kind="ratio"),
        ex("FooLM keeps its accuracy with up to 4x cache compression.", "4x", metric="KV cache", kind="ratio"),
        ex("FooLoRA saves up to 5.5Gb of RAM per GPU.", "5.5Gb", metric="memory", unit="GB"),
        ex("FooVLM-256M uses less than 1GB GPU memory during inference.", "1GB", metric="memory"),
        ex("It offers 10x the throughput with only 1/6 of the memory.", "1/6", metric="memory", kind="relative"),
        ex("It brings an 11.67x cache size reduction over the baseline.", "11.67x", metric="KV cache", kind="ratio"),
        ex("It saves 71.2% GPU memory compared to the teacher.", "71.2%", metric="memory", kind="relative"),
        ex("and 48.1% KV cache storage", "48.1%", metric="KV cache"),
        ex("The network runs with 256KB memory on a microcontroller.", "256KB", metric="memory", unit="KB"),
        ex("It reduces the memory usage by 3.6x.", "3.6x", metric="memory", kind="ratio"),
        ex("It uses 2.8$\\times$ less SRAM than MobileNetV2.", "2.8$\\times", metric="memory", kind="ratio"),
        ex("FooHead cuts the memory for storing K,V cache by up to 19.2% and inference latency by up to 1.6x.", "19.2%", metric="KV cache"),
        ex("FooQuant brings a more than fivefold reduction in KV cache memory usage.", "fivefold", metric="KV cache", kind="ratio"),
        ex("FooSSM is 92.7% faster in batch inference and 95.4% more memory-efficient than BarAST.", "95.4%", metric="memory"),
        ex("We evaluate FooKV on long-context benchmarks including LongBench, where it achieves a 3x reduction in KV cache budget.", "3x", metric="KV cache", dataset="LongBench", kind="ratio"),
    ),
    negative=(
        "Memory-efficient attention is used in 2 layers.",
        "It runs on a single GPU with 24GB memory.",
        "FooServe needs only a single NVIDIA RTX4090 (24GB) to serve long prompts.",
        "It runs on the 16GB laptop 4090 GPU.",
    ),
)  # fmt: skip

FAMILY = Family(name="memory", aliases=ALIASES, units=UNITS, corpus=CORPUS)
