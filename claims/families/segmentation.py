"""Segmentation: mIoU."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, ex

ALIASES = (
    MetricAlias("PQ", r"PQ|panoptic\squality", case_sensitive=True),
    MetricAlias("mIoU", r"m\s?IoUs?|mIOU|mean\s(?:IoU|intersection[\s-]over[\s-]union)", case_sensitive=True),
    MetricAlias("mIoU", r"mean\sintersection[\s-]over[\s-]union"),
    # Medical segmentation reports the overlap of masks as a Dice coefficient.
    MetricAlias("Dice", r"Dice(?:\s(?:scores?|coefficients?|similarity(?:\scoefficient)?))?|DSC", case_sensitive=True),
    MetricAlias("Dice", r"dice\s(?:scores?|coefficients?|similarity(?:\scoefficient)?)"),
    # video object segmentation: the mean of region similarity J and contour accuracy F
    MetricAlias("J&F", r"J\s?&\s?F|J\s?\\&\s?F|\\mathcal\{J\}\s?\\&\s?\\mathcal\{F\}", case_sensitive=True),
)  # fmt: skip

CORPUS = Corpus(
    positive=(
        ex("As a result, FooTAM achieves 87.7, 70.0, 72.3, and 71.7 J&F on DAVIS 2017, FooMOSE, BA-V val, and BA-V test, respectively.", "72.3", metric="J&F", dataset="BA-V"),
        ex("As a result, FooTAM achieves 87.7, 70.0, 72.3, and 71.7 J&F on DAVIS 2017, FooMOSE, BA-V val, and BA-V test, respectively.", "87.7", metric="J&F", dataset="DAVIS 2017"),
        ex("FooViT outperforms prior backbones on both Cityscape and ADE20K datasets, achieving 73.2% and 37.9% mIoU.", "73.2%", metric="mIoU", dataset="Cityscapes"),
        ex("It runs in real time, yielding an accuracy of 68.0% mean intersection over union on Cityscapes.", "68.0%", metric="mIoU", dataset="Cityscapes"),
        ex("FooSeg achieves an ADE20K mIoU of 52.4%.", "52.4%", metric="mIoU", dataset="ADE20K"),
        ex("Our variants reach 80.5%, 81.0% and 81.1% mIoU on CamVid for FooSeg-S, FooSeg-M, and FooSeg-L, respectively.", "81.0%", metric="mIoU", dataset="CamVid", model="FooSeg-M"),
        ex("It achieves 80.1% mIoU on Cityscapes at 30 FPS.", "80.1%", metric="mIoU", dataset="Cityscapes"),
        ex("Our BarSeg-S reaches 79.3% on Cityscapes.", "79.3%", metric="mIoU", dataset="Cityscapes"),
        ex("It sets a new state of the art for panoptic segmentation (55.9 PQ on COCO).", "55.9", metric="PQ", dataset="COCO"),
        ex("FooSeg reaches a Dice score of 89.2% on BraTS 2021.", "89.2%", metric="Dice", dataset="BraTS"),
        ex("Trained on COCO and evaluated on ADE20K-150, FooSeg achieves 28.4% mIoU.", "28.4%", metric="mIoU", dataset="ADE20K"),
        ex("Without training, FooMatch achieves 50.1% mIoU on COCO-20$^i$ with one example.", "50.1%", metric="mIoU", dataset="COCO-20i"),
        ex("On the hard FooVOS set, FooTrack improves by 7.9 J&F over BarMem with a similar running time.", "7.9", metric="J&F", kind="delta"),
    ),
    negative=("We report mIoU on 3 datasets.",),
)  # fmt: skip

FAMILY = Family(name="segmentation", aliases=ALIASES, corpus=CORPUS)
