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
        ex("HNeRV improves +4.7 PSNR over implicit methods", "+4.7", metric="PSNR", kind="delta"),
        ex("it improves quality by 0.8dB~2dB", "0.8dB~2dB", metric="PSNR", kind="delta", value=0.8, value_max=2.0),
        ex("reaching an SSIM of 0.95 on UVG", "0.95", metric="SSIM", dataset="UVG"),
    ),
    negative=("We encode 1080p videos in the UVG dataset.",),
)  # fmt: skip

FAMILY = Family(name="fidelity", aliases=ALIASES, units=UNITS, corpus=CORPUS)
