"""Size: parameter counts and model size."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, ex

ALIASES = (
    MetricAlias("parameters", r"(?:trainable\s|learnable\s)?param(?:eter)?s?(?:\scounts?)?|#\s?params|weights|connections"),
    MetricAlias("model size", r"model\s(?:size|footprint|storage)|storage(?:\ssize)?|memory\sfootprint\sof\sthe\smodel"),
    MetricAlias("parameters", r"smaller", generic=True, comparative=True),
    MetricAlias("model size", r"size", generic=True),
)  # fmt: skip

CORPUS = Corpus(
    positive=(
        ex("iLLaMA reaches 75.1% top-1 with only 5.7M parameters", "5.7M", metric="parameters", unit="M", normalized=5.7e6),
        ex("LMUFormer uses 53 times fewer parameters than SOTA transformer-based models", "53 times", metric="parameters", kind="ratio"),
        ex("PoolFormer needs 35% fewer parameters than DeiT-B", "35%", metric="parameters", kind="relative", baseline="DeiT-B"),
        ex("with 3.44x smaller model size", "3.44x", metric="model size", kind="ratio"),
        ex("Kangaroo has 67M parameters, compared with 591M for Medusa-1", "67M", metric="parameters"),
    ),
    negative=(
        "We compare ResNet-50 and ViT-B/16 on ImageNet-21K.",
        "Results on Human3.6M and EMOv2-5M are reported.",
    ),
)  # fmt: skip

FAMILY = Family(name="size", aliases=ALIASES, corpus=CORPUS)
