"""Cost: GPU hours, GPU days of search, and money."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, UnitRule, ex

ALIASES = (
    # (a compiler's tuning searches schedules as NAS searches architectures)
    MetricAlias("search cost", r"search\s(?:cost|time)|(?:auto-?)?tuning\s(?:cost|time)"),
    MetricAlias("GPU hours", r"GPU[\s-](?:training\s|compute\s)?hours?"),
    MetricAlias("cost", r"(?:training\s|inference\s)?cost|(?:deployment|serving)\scosts?"),
    MetricAlias("cost", r"cheaper", generic=True, comparative=True),  # "10-30 times cheaper"
)  # fmt: skip

UNITS = (
    UnitRule("GPU days", "search cost"),
    UnitRule("GPU hours", "GPU hours"),
    UnitRule("$", "cost"),
)

CORPUS = Corpus(
    positive=(
        ex("FooLange reduces deployment costs by up to 77% in conversational settings, 33% in document-based settings, and 51% in a mixed setting.", "33%", metric="cost", kind="relative"),
        ex("It cuts search time against the evolutionary state of the art (8 vs. 3150 GPU days).", "8", metric="search cost"),
        ex("The training of FooFlow only costs 199 A100 GPU days.", "199 A100 GPU days", unit="GPU days"),
        ex("Retraining uses only 13 A100 days and a tiny dataset.", "13 A100 days", unit="GPU days"),
        ex("FooNAS needs only 0.4 GPU day of search.", "0.4 GPU day", metric="search cost", unit="GPU days"),
        ex("The search costs 1,800 GPU days for AmoebaNet.", "1,800 GPU days", metric="search cost", value=1800.0),
        ex("FooTune also reduces the tuning time by 15x compared with BarTVM.", "15x", metric="search cost", kind="ratio"),
        ex("FooRAG matches iterative retrieval while being 8-20 times cheaper and 5-9 times faster.", "8-20 times", metric="cost", kind="ratio"),
        ex("BarGen trains with only 320-GPU hours.", "320-GPU hours", metric="GPU hours", unit="GPU hours"),
        ex("Pre-training costs roughly $35 on cloud GPUs.", "$35", metric="cost", unit="$"),
        ex("FooVid is trained within 12.5k A100 GPU training hours.", "12.5k", metric="GPU hours"),
    ),
    negative=("The search space contains 10 GPU kernels.",),
)  # fmt: skip

FAMILY = Family(name="cost", aliases=ALIASES, units=UNITS, corpus=CORPUS)
