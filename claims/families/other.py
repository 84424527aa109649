"""Scores and other named results: benchmark scores, points, correlations, bitrate savings."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, UnitRule, ex

ALIASES = (
    MetricAlias("Spearman correlation", r"Spearman(?:'s)?(?:\srank)?(?:\scorrelation)?|Kendall(?:'s)?\s(?:tau|τ)"),
    MetricAlias("bitrate saving", r"(?:BD-?rate|bit-?rate)\s(?:saving|savings|reduction)|BD-?rate"),
    MetricAlias("sequence length", r"(?:sequence|context|input)\slength"),
    MetricAlias("batch size", r"batch\ssizes?"),
    MetricAlias("score", r"(?:average\s|avg\.?\s|overall\s|benchmark\s)?(?:scores?)", generic=True),
    MetricAlias("score", r"(?:average\s)?(?:performance\s)?points?", generic=True),
    MetricAlias("score", r"performance", generic=True),
)  # fmt: skip

UNITS = (UnitRule("points", "score"),)

CORPUS = Corpus(
    positive=(
        ex("achieves an average GLUE (dev) score of 79.6", "79.6", metric="score", dataset="GLUE"),
        ex("achieving up to 6 average performance points improvement", "6", metric="score", kind="delta"),
        ex("with a Spearman correlation of 0.78 on ImageNet", "0.78", metric="Spearman correlation"),
        ex("a 29.7% bitrate saving over the previous SOTA", "29.7%", metric="bitrate saving", kind="relative"),
    ),
    negative=("We release 50 pre-trained models for many devices.",),
)  # fmt: skip

FAMILY = Family(name="other", aliases=ALIASES, units=UNITS, corpus=CORPUS)
