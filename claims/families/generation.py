"""Generation: FID, FVD, CLIP score, Inception score."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, ex

ALIASES = (
    MetricAlias("FID", r"FID(?:\sscore)?|Fr[ée]chet\sInception\sDistance", case_sensitive=True),
    MetricAlias("FVD", r"FVD|Fr[ée]chet\sVideo\sDistance", case_sensitive=True),
    MetricAlias("CLIP score", r"CLIP[\s-]?score"),
    MetricAlias("Inception score", r"(?i:Inception\sScore)|IS(?=\sof)", case_sensitive=True),
)  # fmt: skip

CORPUS = Corpus(
    positive=(
        ex("reaching an FID of 2.27 on ImageNet 256x256", "2.27", metric="FID"),
        ex("a 31% FID improvement over vector quantization baselines", "31%", metric="FID", kind="relative"),
    ),
    negative=("We use a CLIP text encoder with 12 layers.",),
)  # fmt: skip

FAMILY = Family(name="generation", aliases=ALIASES, corpus=CORPUS)
