"""Compute: FLOPs, MACs, BitOps and compute in general."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, ex

ALIASES = (
    MetricAlias("model FLOPs utilization", r"[Mm]odel\sFLOP[sS]\s[Uu]tilization(?:\s\(MFU\))?|MFU", case_sensitive=True),
    MetricAlias("compute utilization", r"compute\sutilization"),
    # distributed training across data centres: how much the workers exchange
    MetricAlias("communication volume", r"communication\svolume"),
    MetricAlias("communication", r"communicat(?:ion|ing)(?:\s(?:bandwidth|costs?|overhead))?"),
    MetricAlias("FLOPs", r"[GMT]?FLOPs?|[GMT]?FLOPS|[GMT]Flops|floating[\s-]point\soperations", case_sensitive=True),
    MetricAlias("MACs", r"[GMT]?MACs?|[GM]?MAdds|Mult-Adds|multiply[\s-]accumulate(?:\soperations)?|multiply[\s-]adds?", case_sensitive=True),
    MetricAlias("BitOps", r"BitOPs|BitOps|BOPs", case_sensitive=True),
    MetricAlias("BitOps", r"bit[\s-]operations"),
    MetricAlias("compute", r"(?:arithmetic\s|synaptic\s)?operations"),
    # "up to 4X more GPU resources", "it uses 38% less resources" (not "hardware resources",
    # kept as written, nor "constrained resources", a condition)
    MetricAlias("compute", r"(?:GPU|computing|computational|compute|less|fewer|more)\sresources"),
    # "16 to 32 times more computationally efficient than Best-of-N"
    MetricAlias("compute", r"computationally\sefficient|compute-efficient"),
    # Token pruning and merging in vision-language models: how many image tokens the LLM reads
    MetricAlias("visual tokens", r"visual\stokens?"),
    MetricAlias("vision tokens", r"vision\stokens?"),
    MetricAlias("compute", r"comput(?:e|ations?|ational)(?:\s(?:cost|costs|overhead|budget|complexity|increment|reduction|savings?))?|(?:less|fewer|more)\sGPUs|inference\scosts?"),
)  # fmt: skip

CORPUS = Corpus(
    positive=(
        ex("Collectively, FooZeRO reduces the communication volume of BarZeRO by 4x.", "4x", metric="communication volume", kind="ratio"),
        ex("FooLoCo performs as well as synchronous optimization while communicating 500 times less.", "500 times", metric="communication", kind="ratio"),
        ex("FooTrain keeps 83-96% compute utilization and 36.2-41.4% model FLOPS utilization.", "36.2-41.4%", metric="model FLOPs utilization"),
        ex("FooTom merges tokens to reduce visual tokens by over 90%, easing the LLM's load.", "90%", metric="visual tokens", kind="relative"),
        ex("FooDART can prune 88.9% vision tokens while keeping comparable performance.", "88.9%", metric="vision tokens", kind="relative"),
        ex("FooM32 needs 7.4 GFlops of forward computation per token.", "7.4", metric="FLOPs"),
        ex("FooDM achieves computational savings of 49% for CIFAR-10, 61% for CelebA-HQ, and 76% for ImageNet.", "76%", metric="compute", dataset="ImageNet", kind="relative"),
        ex("FooQuant reaches an FID close to full precision while saving 19.9x bit operations.", "19.9x", metric="BitOps", kind="ratio"),
        ex("We achieve a 76% MFU during large-batch processing on FooLM 540B.", "76%", metric="model FLOPs utilization", dataset=None),
        ex("Without fine-tuning, FooPrune reduces the FLOPs cost of BarViT-S by 34.7% on ImageNet.", "34.7%", metric="FLOPs", kind="relative"),
        ex("Our FooMamba-S with 1.3G FLOPs improves BarViM-Ti with 1.5G FLOPs by 5.2% top-1 accuracy.", "1.5G", metric="FLOPs", model="BarViM-Ti"),
        ex("Our FooMamba-S with 1.3G FLOPs improves BarViM-Ti with 1.5G FLOPs by 5.2% top-1 accuracy.", "1.3G", metric="FLOPs", model="FooMamba-S"),
        ex("On the ADE20K dataset, FooSeg achieves 41.8 mIoU and 4.6 GFLOPs.", "4.6 GFLOPs", metric="FLOPs", dataset="ADE20K"),
        ex("It matches LLaMA2 7B with only about 40% of computations.", "40%", metric="compute", kind="relative"),
        ex("It remains competitive while maintaining 20x fewer operations on neuromorphic hardware.", "20x", metric="compute", kind="ratio"),
        ex("FooX3 requires 4.8x and 5.5x fewer multiply-adds and parameters than prior work.", "5.5x", metric="parameters", kind="ratio"),
        ex("FooViT-B achieves a 2.1x FLOPs reduction.", "2.1x", metric="FLOPs", kind="ratio"),
        ex("It needs 22% fewer FLOPs than EfficientNet.", "22%", metric="FLOPs", kind="relative"),
        ex("The model reaches 1.9% EER with 310M MACs.", "310M", metric="MACs", unit="M"),
        ex("HRNet-style models require 150 GMACs.", "150 GMACs", metric="MACs", unit="G"),
        ex("With only 20% computation increment, larger kernels improve accuracy.", "20%", metric="compute", kind="relative"),
        ex("It trains an equivalent model using 3x less GPUs.", "3x", metric="compute", kind="ratio"),
        ex("With FooNeRF, we reduce the inference costs by up to 48x compared to NeRF.", "48x", metric="compute", kind="ratio"),
        ex("It reduces the total computational complexity of BarGAN from 5.85 to 0.95 GFLOPS.", "5.85", metric="FLOPs"),
        ex("FooBoN matches Best-of-N while being between 16 to 32 times more computationally efficient.", "16 to 32 times", metric="compute", kind="ratio"),
        ex("When applied to the BarVLM model in the FooVQA dataset, FooPrune reduces the GFLOPs by 80%.", "80%", metric="FLOPs", dataset="FooVQA"),
        ex("FooServe matches full-GPU deployments, which require up to 4X more GPU resources.", "4X", metric="compute", kind="ratio"),
        ex("It uses 38% less resources while lowering the average TTFT.", "38%", metric="compute"),
    ),
    negative=(
        "Under constrained resources (a few GPUs), FooLite still trains.",
        "We compare FooFormer with the transformer at around 400M MACs.",
        "FooLM is trained with less data than Llama 3 8B on the same recipe.",
        "FooNAS searches architectures under inference budgets of 450M, 600M, and 1000M FLOPs.",
        "We use 7x7 kernels and 16x16 patches.",
        "Each model is trained on 8 GPUs.",
        "FooNet is designed for devices with very limited computing power (e.g., 10-150 MFLOPs).",
    ),
)  # fmt: skip

FAMILY = Family(name="compute", aliases=ALIASES, corpus=CORPUS)
