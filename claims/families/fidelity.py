"""Fidelity of reconstructions: PSNR and SSIM (a number in dB is a PSNR)."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, UnitRule, ex

ALIASES = (
    # Speech separation: scale-invariant signal-to-noise (or distortion) ratio improvement.
    MetricAlias("SI-SNRi", r"SI-?SNRi?", case_sensitive=True),
    MetricAlias("SI-SDRi", r"SI-?SDRi?", case_sensitive=True),
    MetricAlias("PSNR", r"PSNR"),
    MetricAlias("SSIM", r"(?:MS-)?SSIM"),
    MetricAlias("LPIPS", r"LPIPS", case_sensitive=True),
    # Optical flow and depth: errors of each pixel's estimate, not percentages.
    MetricAlias(
        "EPE",
        r"A?EPE|(?:average\s)?end[\s-]?point[\s-]errors?(?:\s\(A?EPE\))?",
        case_sensitive=True,
    ),
    MetricAlias("EPE", r"(?:average\s)?end[\s-]?point[\s-]errors?(?:\s\(A?EPE\))?"),
    MetricAlias("absolute relative error", r"AbsRel|Abs\sRel", case_sensitive=True),
    MetricAlias("absolute relative error", r"(?:absolute\srelative|relative\sabsolute)\serrors?"),
)

UNITS = (UnitRule("dB", "PSNR"),)

CORPUS = Corpus(
    positive=(
        ex("FooNeRF is better than BarNeRF (PSNR 26.15 vs. 25.91) on real scenes.", "25.91", metric="PSNR", model="BarNeRF"),
        ex("FooNeRF is better than BarNeRF (PSNR 26.15 vs. 25.91) on real scenes.", "26.15", metric="PSNR", model="FooNeRF"),
        ex("It reaches an SI-SNRi of 22.3 dB on WSJ0-2mix.", "22.3 dB", metric="SI-SNRi"),
        ex("FooNeRV improves +3.2 PSNR over implicit methods.", "+3.2", metric="PSNR", kind="delta"),
        ex("Distillation improves quality by 0.5dB~1.5dB.", "0.5dB~1.5dB", metric="PSNR", kind="delta", value=0.5, value_max=1.5),
        ex("It reaches an SSIM of 0.95 on UVG.", "0.95", metric="SSIM", dataset="UVG"),
        ex("The codec gains 1.1 dB over HEVC.", "1.1 dB", metric="PSNR", kind="delta"),
        ex("FooGS lowers LPIPS from 0.21 to 0.15 on Tanks and Temples.", "0.15", metric="LPIPS", dataset="Tanks and Temples"),
        ex("On Sintel, FooFlow reaches 1.702 and 1.013 average end-point-error (AEPE) on the final and clean passes, a 14.2% and 6.9% error reduction from BarFlow.", "6.9%", metric="EPE", kind="relative"),
        ex("FooDepth lowers the absolute relative error to 0.075 on NYU Depth v2.", "0.075", metric="absolute relative error", dataset="NYU Depth v2"),
        ex("FooSR is lighter, with 9.1% less parameters, and surpasses BarSR on classic SR by up to 0.27dB.", "0.27dB", metric="PSNR"),
    ),
    negative=("We encode 1080p videos in the UVG dataset.",),
)  # fmt: skip

FAMILY = Family(name="fidelity", aliases=ALIASES, units=UNITS, corpus=CORPUS)
