"""Segmentation: mIoU."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, ex

ALIASES = (
    MetricAlias("PQ", r"PQ|panoptic\squality", case_sensitive=True),
    MetricAlias("mIoU", r"m\s?IoU|mIOU|mean\s(?:IoU|intersection[\s-]over[\s-]union)", case_sensitive=True),
    MetricAlias("mIoU", r"mean\sintersection[\s-]over[\s-]union"),
)  # fmt: skip

CORPUS = Corpus(
    positive=(
        ex("an ADE20K mIoU of 55.6%", "55.6%", metric="mIoU", dataset="ADE20K"),
        ex("achieves 78.7% mIoU on Cityscapes", "78.7%", metric="mIoU", dataset="Cityscapes"),
    ),
    negative=("We report mIoU on 3 datasets.",),
)  # fmt: skip

FAMILY = Family(name="segmentation", aliases=ALIASES, corpus=CORPUS)
