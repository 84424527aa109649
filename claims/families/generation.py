"""Generation: FID, FVD, CLIP score, Inception score."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, ex

ALIASES = (
    MetricAlias("FID", r"g?FIDs?(?:-\d+[Kk])?(?:\sscores?)?|Fr[ée]chet\sInception\sDistance", case_sensitive=True),
    # Fréchet Audio Distance: FID's counterpart for generated sound
    MetricAlias("FAD", r"FAD|Fr[ée]chet\sAudio\sDistance", case_sensitive=True),
    # Reconstruction FID (of a tokenizer) is written as FID by annotators (2 papers of 3)
    MetricAlias("FID", r"rFID", case_sensitive=True),
    MetricAlias("FVD", r"FVD|Fr[ée]chet\sVideo\sDistance", case_sensitive=True),
    MetricAlias("CLIP score", r"CLIP[\s-]?score"),
    MetricAlias("Inception score", r"(?i:Inception\sScore)|IS(?=\sof)", case_sensitive=True),
)  # fmt: skip

CORPUS = Corpus(
    positive=(
        ex("FooDiff reaches an FID of 2.27 on ImageNet 256x256.", "2.27", metric="FID"),
        ex("FooAudio reaches 0.81 FAD on AudioCaps for text-to-sound.", "0.81", metric="FAD", dataset="AudioCaps"),
        ex("FooCM reaches FIDs of 2.61 and 3.40 on CIFAR-10 and ImageNet 64x64 in one step.", "3.40", metric="FID", dataset="ImageNet"),
        ex("FooCM reaches FIDs of 2.61 and 3.40 on CIFAR-10 and ImageNet 64x64 in one step. Two steps bring FID to 2.30 and 2.95 on these two datasets.", "2.95", metric="FID", dataset="ImageNet"),
        ex("The tokenizer reaches a reconstruction quality of 0.94 rFID.", "0.94", metric="FID"),
        ex("It reaches 2.62 FID on ImageNet 64x64 and 11.49 FID on zero-shot COCO-30k.", "11.49", metric="FID", dataset="COCO"),
        ex("It brings a 28% FID improvement over vector quantization baselines.", "28%", metric="FID", kind="relative"),
        ex("On CIFAR10 we obtain an Inception score of 9.46 and an FID score of 3.17.", "9.46", metric="Inception score"),
        ex("It reaches an FVD of 112 on UCF101.", "112", metric="FVD", dataset="UCF101"),
        ex("FooDiT attains a new state-of-the-art FID-50K score of 1.85 at 512x512.", "1.85", metric="FID"),
        ex("FooGen achieves FID scores of 1.50 and 1.70 on ImageNet-256 and -512 respectively.", "1.70", metric="FID", dataset="ImageNet"),
        ex("With 5 NFE, we reach 6.2 FID on CIFAR-10 and 12.9 FID on LSUN Bedroom.", "12.9", metric="FID", dataset="LSUN Bedroom"),
        ex("FooVid achieves an FVD of 230.5 on WebVid-10M, better than the previous best of 290.1.", "290.1", metric="FVD", dataset="WebVid-10M"),
        # (the downsampled ImageNet named as one word keeps its name; "ImageNet 64x64" is ImageNet)
        ex("FooDiff reaches FID scores of 2.05 on CIFAR-10 and 3.11 on ImageNet-64$\\times$64.", "3.11", metric="FID", dataset="ImageNet-64"),
        ex("FooDistill reaches FID scores of 1.31 on ImageNet-64x64 in one step.", "1.31", metric="FID", dataset="ImageNet-64"),
        ex("FooFlow reaches FIDs of 2.9 on ImageNet-32 and 3.4 on ImageNet64.", "3.4", metric="FID", dataset="ImageNet-64"),
        ex("Our tokenizer improves reconstruction FID from 2.31 to 0.41 on MJHQ-30K.", "0.41", metric="FID", dataset="MJHQ-30K"),
        ex("On the ImageNet-256 benchmark, FooAR achieves an FID score of 1.52.", "1.52", metric="FID", dataset="ImageNet"),
    ),
    negative=("We use a CLIP text encoder with 12 layers.",),
)  # fmt: skip

FAMILY = Family(name="generation", aliases=ALIASES, corpus=CORPUS)
