"""Detection: box AP, mask AP, AP and mAP."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, ex

ALIASES = (
    MetricAlias("box AP", r"(?:box|bbox|bounding[\s-]box)\s?m?AP(?:_?\{?\d\d\}?)?|AP\^?_?\{?b(?:ox|b)\}?", case_sensitive=True),
    MetricAlias("box AP", r"(?:box|bbox)\s(?:average\sprecision)"),
    MetricAlias("mask AP", r"mask\s?m?AP|AP\^?_?\{?m(?:ask|k)\}?", case_sensitive=True),
    MetricAlias("mAP", r"mAP(?:@?0?\.5(?::0?\.95)?|_?\{?\d\d\}?)?", case_sensitive=True),
    MetricAlias("mAP", r"mean\saverage\sprecision"),
    MetricAlias("AP{k}", r"AP_?\{?(?:50|75)\}?", case_sensitive=True),
    MetricAlias("AP", r"AP(?:_?\{?(?:S|M|L)\}?)?", case_sensitive=True),
    MetricAlias("AP", r"average\sprecision"),
)  # fmt: skip

CORPUS = Corpus(
    positive=(
        ex("and a COCO box AP of 56.4%.", "56.4%", metric="box AP", dataset="COCO"),
        ex("reaching 63.8% box AP on COCO", "63.8%", metric="box AP", dataset="COCO"),
        ex("the detector improves 2.0 AP on COCO", "2.0", metric="AP", kind="delta", dataset="COCO"),
        ex("achieves +14.0 mAP better than 3x3 kernels on the CrowdPose dataset", "+14.0", metric="mAP", kind="delta", dataset="CrowdPose"),
        ex("with 43.1% mAP on COCO", "43.1%", metric="mAP", dataset="COCO"),
        ex("It obtains 41.5 mask AP.", "41.5", metric="mask AP"),
    ),
    negative=("We map each token to a feature map of 7x7 cells.",),
)  # fmt: skip

FAMILY = Family(name="detection", aliases=ALIASES, corpus=CORPUS)
