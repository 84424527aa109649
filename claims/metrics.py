"""The canonical metrics: their family, the direction that is better, and how values compare.

This is data, not logic: the extractor's family modules say how a metric is *written*; this table
says what a metric *is*, so the store, the leaderboard and the dashboard agree on it.
"""

from __future__ import annotations

from typing import Final

from claims.model import Direction

# family -> canonical metric names (GUIDELINE.md), in the order the dashboard lists them.
FAMILIES: Final[dict[str, tuple[str, ...]]] = {
    "accuracy": (
        "top-1 accuracy",
        "top-5 accuracy",
        "accuracy",
        "top-1 error",
        "top-5 error",
        "error rate",
        "compilation accuracy",
        "AUC",
        "F1-all",
    ),
    "detection": (
        "box AP",
        "mask AP",
        "AP",
        "mAP",
        "NDS",
        "AMOTA",
        "MOTA",
        "HOTA",
        "IDF1",
        "AssA",
        "average Jaccard",
    ),
    "segmentation": ("mIoU", "PQ", "Dice", "J&F"),
    "fidelity": ("PSNR", "SSIM", "LPIPS", "EPE", "absolute relative error"),
    "language": (
        "BLEU",
        "CodeBLEU",
        "perplexity",
        "WER",
        "EER",
        "F1",
        "MOS",
        "COMET",
        "chrF",
        "METEOR",
        "BERTScore",
        "ANLS",
        "MRR",
        "SDR",
    ),
    "generation": ("FID", "FVD", "CLIP score", "Inception score", "rFID", "FAD"),
    "speed": ("speedup", "latency", "throughput", "FPS", "inference time", "training time"),
    "size": ("parameters", "model size"),
    "compute": ("FLOPs", "MACs", "BitOps", "compute"),
    "memory": ("memory", "KV cache"),
    "energy": ("energy", "power"),
    "cost": ("search cost", "GPU hours", "cost"),
    "other": (
        "score",
        "Spearman correlation",
        "bitrate saving",
        "bitrate",
        "sequence length",
        "batch size",
        "training data",
        "MSE",
        "MAE",
        "RMSE",
        "training loss",
    ),
}

LOWER_IS_BETTER: Final[frozenset[str]] = frozenset(
    {
        "top-1 error",
        "top-5 error",
        "error rate",
        "perplexity",
        "WER",
        "EER",
        "LPIPS",
        "EPE",
        "absolute relative error",
        "F1-all",
        "MSE",
        "MAE",
        "RMSE",
        "FID",
        "rFID",
        "FVD",
        "FAD",
        "latency",
        "inference time",
        "training time",
        "parameters",
        "model size",
        "FLOPs",
        "MACs",
        "BitOps",
        "compute",
        "memory",
        "KV cache",
        "energy",
        "power",
        "bitrate",
        "search cost",
        "GPU hours",
        "cost",
        "training data",
        "training loss",
    }
)

# Families of quantities spent (time, size, compute...), as opposed to qualities achieved.
QUANTITY_FAMILIES: Final[frozenset[str]] = frozenset(
    {"speed", "size", "compute", "memory", "energy", "cost"}
)

# Families of qualities achieved (accuracy, AP, mIoU, PSNR, WER, FID...): every named family that
# is not a quantity; "other" holds metrics of both kinds.
QUALITY_FAMILIES: Final[frozenset[str]] = frozenset(FAMILIES) - QUANTITY_FAMILIES - {"other"}

_FAMILY_OF: Final[dict[str, str]] = {
    metric: family for family, metrics in FAMILIES.items() for metric in metrics
}


def family_of(metric: str) -> str:
    """The family a metric belongs to; a metric named from context falls in "other".

    >>> family_of("box AP"), family_of("average preference")
    ('detection', 'other')
    """
    return _FAMILY_OF.get(metric, "other")


def direction_of(metric: str) -> Direction | None:
    """Whether a higher or a lower value of the metric is better; None when unknown.

    >>> direction_of("top-1 accuracy"), direction_of("latency"), direction_of("fvd")
    ('higher', 'lower', None)
    """
    if metric in LOWER_IS_BETTER:
        return "lower"
    if metric in _FAMILY_OF:
        return "higher"
    return None
