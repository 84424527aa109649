"""Detection and tracking: box AP, mask AP, AP, mAP; nuScenes' NDS; tracking's HOTA and MOTA."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, ex

ALIASES = (
    MetricAlias("box AP", r"(?:box|bbox|[Bb]ounding[\s-]?box)\s?m?AP(?:_?\{?\d\d\}?|r)?|AP\^?_?\{?b(?:ox|b)\}?|AP[\^_]\{?b\}?", case_sensitive=True),
    MetricAlias("box AP", r"(?:box|bbox)\s(?:average\sprecision)"),
    MetricAlias("mask AP", r"[Mm]ask\s?m?AP|AP\^?_?\{?m(?:ask|k)\}?|AP[\^_]\{?m\}?", case_sensitive=True),
    MetricAlias("mAP", r"mAP(?:@?0?\.5(?::0?\.95)?|_?\{?\d\d\}?)?", case_sensitive=True),
    MetricAlias("mAP", r"mean\saverage\sprecision|mean\sAP"),
    MetricAlias("AP{k}", r"AP_?\{?(?:50|75)\}?", case_sensitive=True),
    MetricAlias("AP", r"AP(?:_?\{?(?:S|M|L)\}?)?", case_sensitive=True),
    MetricAlias("AP", r"average\sprecision"),
    # (the LaTeX of a rare-class AP: "32.1 $AP_r$")
    MetricAlias("AP", r"AP_\{?r\}?|APr", case_sensitive=True),
    MetricAlias("NDS", r"NDS|nuScenes\sdetection\sscores?", case_sensitive=True),
    MetricAlias("AMOTA", r"AMOTA", case_sensitive=True),
    MetricAlias("MOTA", r"MOTA", case_sensitive=True),
    MetricAlias("HOTA", r"HOTA", case_sensitive=True),
    MetricAlias("IDF1", r"IDF1", case_sensitive=True),
    MetricAlias("AssA", r"AssA", case_sensitive=True),
    MetricAlias("average Jaccard", r"average\sJaccard(?:\s\(AJ\))?"),
)  # fmt: skip

CORPUS = Corpus(
    positive=(
        ex("FooDet sets the state of the art on ODinW and FooEval, boasting an AP of 30.1 and an NMS-AP of 26.86, respectively.", "30.1", metric="AP", dataset="ODinW"),
        ex("FooPose significantly boosts the whole-body AP of BarPose-l from 64.8% to 66.5% on COCO.", "64.8%", metric="AP", model="BarPose-l"),
        ex("FooPose significantly boosts the whole-body AP of BarPose-l from 64.8% to 66.5% on COCO.", "66.5%", metric="AP", model="FooPose"),
        ex("It enhances a wide range of FooDETR models by up to 5.3% AP on COCO.", "5.3%", metric="AP", dataset="COCO", kind="delta"),
        ex("FooDet improves the box AP on COCO and LVIS by 1.9 and 2.8, respectively.", "2.8", metric="box AP", dataset="LVIS", kind="delta"),
        ex("It boosts FooNet-18 from 69.90% to 71.69% ImageNet top-1 accuracy, and RetinaNet from 37.4 to 41.0 Boundingbox mAP.", "37.4", metric="box AP", dataset=None),
        ex("FooDet reaches a COCO box AP of 55.1%.", "55.1%", metric="box AP", dataset="COCO"),
        ex("The detector gets 61.3% box AP on COCO test-dev.", "61.3%", metric="box AP", dataset="COCO"),
        ex("BarDet improves 1.8 AP on COCO over FCOS.", "1.8", metric="AP", kind="delta", dataset="COCO"),
        ex("Large kernels achieve +9.5 mAP better than small ones on the CrowdPose dataset.", "+9.5", metric="mAP", kind="delta", dataset="CrowdPose"),
        ex("It reaches 45.2% mAP on COCO with a ResNet-50 backbone.", "45.2%", metric="mAP", dataset="COCO"),
        ex("The model obtains 44.0 mask AP.", "44.0", metric="mask AP"),
        ex("It sets a record for instance segmentation (48.6 AP on COCO).", "48.6", metric="mask AP"),
        ex("We report 42.1% AP (63.0% AP50) on MS COCO.", "63.0%", metric="AP50"),
        ex("On COCO, FooDet outperforms BarNetV3+SSDLite by 1.5 mAP at comparable latency.", "1.5", metric="mAP", model="FooDet", baseline="BarNetV3+SSDLite", kind="delta"),
        ex("FooDet outperforms real-time detectors, with FooDet-D-L and FooDet-D-X achieving 54.1% and 56.0% AP, respectively.", "56.0%", metric="AP", model="FooDet-D-X"),
        ex("On the test split of nuScenes, FooBEV achieves 66.1 NDS at 21.3 FPS.", "66.1", metric="NDS", dataset="nuScenes"),
        ex("FooTrack reaches 71.2% HOTA on DanceTrack, surpassing BarTrack by 6.1% and 11.0% on HOTA and AssA.", "71.2%", metric="HOTA"),
        ex("FooDet achieves a state-of-the-art 30.4 $AP_r$ on LVIS.", "30.4", metric="AP", dataset="LVIS"),
        ex("FooDet exceeds the baseline by 20.3 on COCO and 14.1 on LVIS in the two-shot setting.", "14.1", metric="AP", dataset="LVIS"),
        ex("FooPose outperforms the prior best on COCO (keypoints) by 4.1 AP and ADE20K (parts) by 9.3 mIoU.", "9.3", metric="mIoU", dataset="ADE20K"),
        ex("In object detection, FooNet-S surpasses BarNet-B by 1.1% in AP$^b$ and 0.7% in AP$^m$.", "0.7%", metric="mask AP"),
        ex("FooSeg also leads open-vocabulary benchmarks, with 47.2 mean AP on FooInW.", "47.2", metric="mAP"),
    ),
    negative=(
        "We train FooDETR for 1x and 2x settings and for only 2 training epochs.",
        "We map each token to a feature map of 7x7 cells.",
        "AP is computed over 10 IoU thresholds.",
        "FooPose is the first open-source model to exceed 70 mAP on this benchmark.",
        "FooDet-S is the first compact model to cross the 50 AP milestone on COCO.",
    ),
)  # fmt: skip

FAMILY = Family(name="detection", aliases=ALIASES, corpus=CORPUS)
