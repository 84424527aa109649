"""Compute: FLOPs, MACs, BitOps and compute in general."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, ex

ALIASES = (
    MetricAlias("FLOPs", r"[GMT]?FLOPs?|[GMT]?FLOPS|floating[\s-]point\soperations", case_sensitive=True),
    MetricAlias("MACs", r"[GMT]?MACs?|[GM]?MAdds|Mult-Adds|multiply[\s-]accumulate(?:\soperations)?", case_sensitive=True),
    MetricAlias("BitOps", r"BitOPs|BitOps|BOPs", case_sensitive=True),
    MetricAlias("compute", r"comput(?:e|ation)(?:al)?(?:\s(?:cost|costs|overhead|budget|complexity|increment|reduction|savings?))?|(?:less|fewer|more)\sGPUs"),
)  # fmt: skip

CORPUS = Corpus(
    positive=(
        ex("NViT-Base achieves a 2.6x FLOPs reduction", "2.6x", metric="FLOPs", kind="ratio"),
        ex("with 18% fewer FLOPs than EfficientNet", "18%", metric="FLOPs", kind="relative"),
        ex("EfficientTDNN reaches 2.20% EER with 204M MACs", "204M", metric="MACs", unit="M"),
        ex("requiring 150 GMACs", "150 GMACs", metric="MACs", unit="G"),
        ex("With only 25% computation increment, 7x7 kernels achieve better results", "25%", metric="compute", kind="relative"),
    ),
    negative=("We use 7x7 kernels and 16x16 patches.",),
)  # fmt: skip

FAMILY = Family(name="compute", aliases=ALIASES, corpus=CORPUS)
