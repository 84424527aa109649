"""Accuracy and error: top-1, top-5, top-k, error rates and plain accuracy."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, ex

_TOP1 = r"top[\s-]?1"
_TOP5 = r"top[\s-]?5"
# "25.1% top-1 (7.8% top-5) error": the error noun may come after a parenthesis.
_THEN_ERROR = r"(?=(?:\s*\([^()]{0,30}\)|\))?\s*(?:test\s|validation\s)?err(?:or|\.))"

ALIASES = (
    MetricAlias("top-1 error", rf"{_TOP1}(?:\s?err(?:or|\.)(?:\s?rates?)?|{_THEN_ERROR})"),
    MetricAlias("top-5 error", rf"{_TOP5}(?:\s?err(?:or|\.)(?:\s?rates?)?|{_THEN_ERROR})"),
    MetricAlias("top-1 accuracy", rf"{_TOP1}(?:\s(?:classification|test|validation|val))?(?:\s?acc(?:uracy|\.)?)?"),
    MetricAlias("top-5 accuracy", rf"{_TOP5}(?:\s(?:classification|test|validation|val))?(?:\s?acc(?:uracy|\.)?)?"),
    MetricAlias("top-1 accuracy", r"top1(?:\s?acc(?:uracy|\.)?)?"),
    MetricAlias("top-5 accuracy", r"top5(?:\s?acc(?:uracy|\.)?)?"),
    MetricAlias("top-{k} accuracy", r"top[\s-]?\d{1,2}\s?acc(?:uracy|\.)?"),
    MetricAlias("compilation accuracy", r"compilation\s(?:accuracy|success\srate)"),
    MetricAlias("error rate", r"(?:(?:test|validation|classification|model|final\smodel)\s)?err(?:or|\.)(?:\s?rates?)?"),
    MetricAlias("error rate", r"misclassification\srate"),
    MetricAlias("accuracy", r"(?:more|less)\saccurate", generic=True, comparative=True),
    MetricAlias("accuracy", r"(?:(?:test|validation|classification|recognition|zero-shot|few-shot|linear[\s-]prob(?:e|ing)|fine-tuning|average|mean|overall|quantized)\s)?acc(?:uracy|\.)?"),
)  # fmt: skip

CORPUS = Corpus(
    positive=(
        ex("achieves 88.0% ImageNet top-1 accuracy", "88.0%", metric="top-1 accuracy", dataset="ImageNet", kind="absolute"),
        ex("our model reaches a top-1 accuracy of 82.1% on ImageNet-1K.", "82.1%", metric="top-1 accuracy", dataset="ImageNet"),
        ex("X achieves an ImageNet accuracy of 88.0%.", "88.0%", metric="top-1 accuracy", dataset="ImageNet"),
        ex("It generalizes to ImageNet at 25.1% top-1 (7.8% top-5) error.", "25.1%", metric="top-1 error"),
        ex("It generalizes to ImageNet at 25.1% top-1 (7.8% top-5) error.", "7.8%", metric="top-5 error"),
        ex("We obtain 96.2% top-5 accuracy on ImageNet.", "96.2%", metric="top-5 accuracy"),
        ex("The model has a 2.46% error rate on CIFAR-10.", "2.46%", metric="error rate", dataset="CIFAR-10"),
        ex("It improves top-1 accuracy by 1.2% over ResNet-50.", "1.2%", metric="top-1 accuracy", kind="delta"),
        ex("with 0.9% higher accuracy than MobileViT2 on ImageNet", "0.9%", metric="top-1 accuracy", kind="delta"),
        ex("and up to 72.5% top-10 accuracy out of 1,594 segments", "72.5%", metric="top-10 accuracy"),
        ex("The models reach 72.3, 75.8, and 79.4 Top-1 on ImageNet", "75.8", metric="top-1 accuracy"),
        ex("a 72% relative improvement in final model error on CIFAR-10", "72%", metric="error rate", kind="relative"),
    ),
    negative=(
        "Our 13-layer network is trained on ImageNet-1K.",
        "We evaluate top-1 and top-5 accuracy on 14 benchmarks.",
    ),
    xfail=(
        # A bare list of percentages before a list of task names: the metric is not written.
        ex("achieving 55.0%, 50.92%, and 42.7% on the classification, captioning, and VQA tasks", "55.0%", metric="accuracy"),
    ),
)  # fmt: skip

FAMILY = Family(name="accuracy", aliases=ALIASES, corpus=CORPUS)
