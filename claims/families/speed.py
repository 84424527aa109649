"""Speed: speed-up factors, latency, throughput, frames per second, inference and training time.

GUIDELINE: "X times faster", "X× speed-up" are a `speedup` whatever is sped up, unless the text
names the measured quantity itself (latency, throughput, wall time).
"""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, UnitRule, ex

ALIASES = (
    MetricAlias("latency", r"(?:(?:first[\s-]token|end[\s-]to[\s-]end|inference|decoding|rendering|measured|on-device|mobile|GPU|CPU)\s)?latency"),
    MetricAlias("throughput", r"(?:(?:inference|training|decoding|generation)\s)?throughputs?|tokens/s(?:ec)?|images/s(?:ec)?|img/s|samples/s"),
    MetricAlias("FPS", r"FPS|frames\sper\ssecond|frame\srate", case_sensitive=False),
    MetricAlias("training time", r"(?:training|pre-?training|fine-?tuning)\s(?:time|hours)|wall[\s-](?:clock\s)?time|convergence\stime"),
    MetricAlias("training time", r"(?:training\s)?epochs|training\s(?:steps|iterations)"),
    MetricAlias("inference time", r"(?:inference|running|run|execution|decoding|rendering|processing|encoding)\s(?:time|cost)"),
    MetricAlias("speedup", r"speed[\s-]?ups?|accelerations?|speeds?\sup|accelerat(?:es?|ed|ing)"),
    MetricAlias("speedup", r"(?:(?:inference|decoding|training|generation|rendering|wall-clock|end-to-end)\s)?speed(?!\w)", generic=True),
    MetricAlias("speedup", r"faster|quicker", generic=True, comparative=True),
)  # fmt: skip

UNITS = (
    UnitRule("ms", "latency"),
    UnitRule("s", "latency"),
    UnitRule("FPS", "FPS"),
    UnitRule("tokens/s", "throughput"),
    UnitRule("hours", "training time"),
    UnitRule("days", "training time"),
)

CORPUS = Corpus(
    positive=(
        ex("achieve 47% lower first-token latency and 4.7x higher throughput compared to decoder-only models", "47%", metric="latency", kind="relative", direction="lower"),
        ex("achieve 47% lower first-token latency and 4.7x higher throughput compared to decoder-only models", "4.7x", metric="throughput", kind="ratio", baseline="decoder-only models"),
        ex("HNeRV decodes 16times faster than implicit methods", "16times", metric="speedup", kind="ratio"),
        ex("runs at 16.2ms latency on a GPU", "16.2ms", metric="latency", kind="absolute"),
        ex("and is 2.4ms faster than Flatten-Swin", "2.4ms", metric="latency", kind="delta"),
        ex("rendering at 30FPS on a phone", "30FPS", metric="FPS"),
        ex("ByteTransformer is 87% faster than PyTorch JIT", "87%", metric="speedup", kind="relative"),
        ex("1.5x faster than MobileNetV3 w.r.t. measured latency", "1.5x", metric="latency", kind="ratio"),
        ex("It achieves a 1.68times speedup on Spec-Bench", "1.68times", metric="speedup", dataset="Spec-Bench"),
        ex("training finishes in 1.13 hours on 8 GPUs", "1.13 hours", metric="training time"),
    ),
    negative=(
        "We use 8 A100 GPUs for training.",
        "Real-time rendering (> 30 FPS) is the goal of AR/VR.",
    ),
    xfail=(
        # A condition, not a claim: needs clause-level understanding of "At ...,".
        ex("At 103K tokens, our model demonstrates a 20.6times speedup", "103K", metric="no claim"),
    ),
)  # fmt: skip

FAMILY = Family(name="speed", aliases=ALIASES, units=UNITS, corpus=CORPUS)
