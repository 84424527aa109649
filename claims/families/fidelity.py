"""Fidelity of reconstructions: PSNR and SSIM (a number in dB is a PSNR)."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, UnitRule, ex

ALIASES = (
    MetricAlias("PSNR", r"PSNR"),
    MetricAlias("SSIM", r"(?:MS-)?SSIM"),
)

UNITS = (UnitRule("dB", "PSNR"),)

CORPUS = Corpus(
    positive=(
        ex("FooNeRV improves +3.2 PSNR over implicit methods.", "+3.2", metric="PSNR", kind="delta"),
        ex("Distillation improves quality by 0.5dB~1.5dB.", "0.5dB~1.5dB", metric="PSNR", kind="delta", value=0.5, value_max=1.5),
        ex("It reaches an SSIM of 0.95 on UVG.", "0.95", metric="SSIM", dataset="UVG"),
        ex("The codec gains 1.1 dB over HEVC.", "1.1 dB", metric="PSNR", kind="delta"),
    ),
    negative=("We encode 1080p videos in the UVG dataset.",),
)  # fmt: skip

FAMILY = Family(name="fidelity", aliases=ALIASES, units=UNITS, corpus=CORPUS)
