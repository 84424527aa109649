"""Speed: speed-up factors, latency, throughput, frames per second, inference and training time.

GUIDELINE: "X times faster", "X× speed-up" are a `speedup` whatever is sped up, unless the text
names the measured quantity itself (latency, throughput, wall time).
"""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, UnitRule, ex

ALIASES = (
    MetricAlias("throughput", r"[GMT]?FLOPS?/s|[GMT]?FLOPs/s|requests\sper\ssecond|requests/s|goodput|[GT]?OPS|operations\sper\ssecond", case_sensitive=True),
    MetricAlias("real-time factor", r"real[\s-]time\sfactor|RTF"),
    # "serve 7.4x more requests"; but "accelerates requests by 1.5x" is a speed-up.
    MetricAlias("throughput", r"requests", generic=True, comparative=True),
    MetricAlias("latency", r"(?:(?:first[\s-]token|end[\s-]to[\s-]end|inference|decoding|rendering|measured|on-device|mobile|GPU|CPU)\s)?latency|pre-?fill(?:ing)?\s(?:time|latency)|(?:total\s|end-to-end\s)?delay|TTFT|time[\s-]to[\s-]first[\s-]token"),
    MetricAlias("throughput", r"(?:(?:inference|training|decoding|generation|serving|end-to-end)[\s-])?throughputs?|tokens/s(?:ec)?|images/s(?:ec)?|img/s|samples/s|serving\scapacity"),
    MetricAlias("FPS", r"FPS|frames\sper\ssecond|frame\s?rates?", case_sensitive=False),
    MetricAlias("training time", r"(?:training|pre-?training|fine-?tuning)\s(?:time|hours)|wall[\s-](?:clock\s)?time|convergence\stime"),
    MetricAlias("training time", r"(?:training\s)?epochs"),
    MetricAlias("latency", r"SLOs?|service[\s-]level\sobjectives?", case_sensitive=False),
    MetricAlias("inference time", r"(?:inference|running|run|execution|decoding|rendering|processing|encoding)\s(?:time|cost)|comput(?:e|ation)\stime"),
    MetricAlias("speedup", r"speed[\s-]?ups?|accelerations?|speeds?\sup|accelerat(?:es?|ed|ing)"),
    MetricAlias("speedup", r"(?:(?:inference|decoding|training|generation|rendering|wall-clock|end-to-end)\s)?speed(?!\w)", generic=True),
    MetricAlias("speedup", r"faster|quicker|as\s(?:fast|quick)", generic=True, comparative=True),
    MetricAlias("speedup", r"(?:inference\s|computational\s|overall\s)?efficiency", generic=True),
)  # fmt: skip

UNITS = (
    UnitRule("ms", "latency"),
    UnitRule("s", "latency"),
    UnitRule("FPS", "FPS"),
    UnitRule("tokens/s", "throughput"),
    UnitRule("s/token", "latency"),
    UnitRule("ms/token", "latency"),
    UnitRule("images/s", "throughput"),
    UnitRule("samples/s", "throughput"),
    UnitRule("hours", "training time"),
    UnitRule("days", "training time"),
    UnitRule("min", "training time"),
)

CORPUS = Corpus(
    positive=(
        ex("FooDream creates 3D meshes in 35 minutes, 2x faster than BarFusion (reportedly taking 1.2 hours on average).", "1.2 hours", metric="inference time"),
        ex("FooLMM is trained within 23 hours on 8 A100 GPUs (vs. 26 hours of BarLLaVA-1.5).", "26 hours", metric="training time"),
        ex("FooGNN with competitive accuracy infers faster than GNNs by 100X-200X.", "100X-200X", metric="speedup", kind="ratio"),
        ex("FooDecode leads to a superior speedup performance of up to 2.9x and 1.4x, compared to auto-regressive decoding.", "1.4x", metric="speedup"),
        ex("FooCache improves the overall performance of an offloading-based system by up to 2.5x compared to prior KV cache managers.", "2.5x", metric="speedup"),
        ex("FooMix makes training and inference up to 28% faster and reduces memory use by half.", "28%", metric="speedup"),
        ex("Experiments show that foo.cpp achieves significant speedups, ranging from 2.37x to 6.17x on x86 CPUs.", "2.37x to 6.17x", metric="speedup", kind="ratio"),
        ex("On a video DiT, FooAttn reduces end-to-end latency from 945s (FA3) to 685s.", "945s", metric="latency", unit="s"),
        ex("FooRecon recovers a 3D asset from sparse-view images in around 0.2s. It is a transformer.", "0.2s", metric="inference time", unit="s"),
        ex("FooViG is faster than BarNet (1.02 ms, 74.7% top-1) on an iPhone NPU.", "1.02 ms", metric="latency"),
        ex("FooEngine enables fine-tuning BarLM-7B on a Jetson board at 550 tokens/s.", "550 tokens/s", metric="throughput", model="FooEngine"),
        ex("FooServe improves the throughput by up to 31.4x and 17.9x under the same average and tail latency requirements, respectively.", "17.9x", metric="throughput", kind="ratio"),
        ex("FooEngine achieves up to 15 × speedup over TensorFlow on a Raspberry Pi.", "15 ×", metric="speedup", kind="ratio"),
        ex("With pipeline parallelism, FooServe gives an end-to-end throughput improvement of 1.91x.", "1.91x", metric="throughput", kind="ratio"),
        ex("FooVLM delivers low-latency responses within 40 milliseconds.", "40 milliseconds", metric="latency", unit="ms"),
        ex("FooDet-L / X achieves 54.0% / 55.8% AP on COCO at 124 / 78 FPS on a T4 GPU.", "124", metric="FPS"),
        ex("It gives 94.8% fewer FLOPs and 69.6% acceleration in inference time.", "69.6%", metric="inference time", kind="relative"),
        ex("It gives a 2.1x speedup in training time over FooNet.", "2.1x", metric="training time", kind="ratio"),
        ex("In our tests Quokka-Serve achieves 2.6x higher serving capacity.", "2.6x", metric="throughput", kind="ratio", model="Quokka-Serve"),
        ex("In our tests Vision-Language models reach 2.1x higher throughput.", "2.1x", metric="throughput", kind="ratio", model=None),
        ex("QuuxPrune accelerates FooViT-S by 1.6x in inference.", "1.6x", metric="speedup", kind="ratio", model="QuuxPrune"),
        ex("It matches prior VLMs with 85x faster TTFT and a smaller vision encoder.", "85x", metric="latency", kind="ratio"),
        ex("FooVLM achieves a generation speed of 24.4 token/s on a phone.", "24.4 token/s", metric="throughput"),
        ex("FooServe provides up to 5.6x gain in the end-to-end serving capacity.", "5.6x", metric="throughput", kind="ratio"),
        ex("Encoders achieve 39% lower first-token latency and 3.2x higher throughput compared to decoder-only models.", "39%", metric="latency", kind="relative", direction="lower"),
        ex("Encoders achieve 39% lower first-token latency and 3.2x higher throughput compared to decoder-only models.", "3.2x", metric="throughput", kind="ratio", baseline="decoder-only models"),
        ex("FooNeRV converges 12times faster than implicit methods.", "12times", metric="speedup", kind="ratio"),
        ex("The model runs at 12.5ms latency on a V100.", "12.5ms", metric="latency", kind="absolute"),
        ex("It is 1.9ms faster than Swin-T.", "1.9ms", metric="latency", kind="delta"),
        ex("It renders at 60FPS on a phone.", "60FPS", metric="FPS"),
        ex("The runtime is 64% faster than the PyTorch baseline.", "64%", metric="speedup", kind="relative"),
        ex("It is 1.3x faster than MobileNetV3 w.r.t. measured latency.", "1.3x", metric="latency", kind="ratio"),
        ex("It is 1.2$\\times$ faster with measured GPU latency.", "1.2$\\times", metric="latency", kind="ratio"),
        ex("The drafter achieves a 2.1times speedup on Spec-Bench.", "2.1times", metric="speedup", dataset="Spec-Bench"),
        ex("Pre-training finishes in 2.5 hours on 8 GPUs.", "2.5 hours", metric="training time"),
        ex("Kernel fusion accelerates the inference by 2.6x.", "2.6x", metric="speedup", kind="ratio"),
        ex("FooConv operators are twice as fast as optimized attention.", "twice", metric="speedup", kind="ratio"),
        ex("On one A100 we reach 2.6x higher serving capacity than vLLM.", "2.6x", metric="throughput", kind="ratio", baseline="vLLM"),
        ex("It saves 37% compute time on CPU.", "37%", metric="inference time", kind="relative"),
        ex("FooServe improves the serving throughput of Llama-3-8B by 1.2x on A100.", "1.2x", metric="throughput", kind="ratio"),
        ex("Under real workloads, FooCake handles 75% more requests.", "75%", metric="throughput", kind="relative"),
        ex("It achieves an inference RTF of 0.15 on one GPU.", "0.15", metric="real-time factor"),
        ex("It improves the prefilling time by 8x.", "8x", metric="latency", kind="ratio"),
        ex("The improvements range from 8x for GPU-based inference to 60x for CPU-based inference.", "60x", metric="speedup", kind="ratio"),
        ex("Our models attain 4-second inference on a Jetson board.", "4-second", metric="latency", unit="s"),
        ex("A 70B model can be processed on a single GPU within 1-16 hours.", "1-16 hours", metric="training time"),
        ex("It enables a speedup of 2.3x for SD v1.5 with only a 0.05 decline in CLIP Score, and 4.1x for LDM-4-G.", "4.1x", metric="speedup", kind="ratio"),
        ex("It runs models twice the size of DRAM, with a 4-5x and 20-25x increase in inference speed.", "4-5x", metric="speedup", kind="ratio"),
        ex("The kernel reaches 485 TOPS on an RTX4090.", "485", metric="throughput"),
        ex("The detector matches DETR with 10 times fewer training epochs.", "10 times", metric="training time", kind="ratio"),
        ex("FooNet cuts the latency of BarNet from 120 to 45 ms.", "120", metric="latency"),
        ex("FooDet-L and FooDet-X achieve 53.1% and 55.0% AP at 120 and 80 FPS on a T4 GPU, respectively.", "120", metric="FPS"),
        ex("FooTri produces a 3D mesh from a single image in under 0.5 seconds.", "0.5 seconds", metric="inference time"),
        ex("FooCast generates a week-long forecast in less than 3 seconds.", "3 seconds", metric="inference time"),
        ex("FooVid generates a short clip in 1.9 seconds on a Galaxy S24.", "1.9 seconds", metric="latency"),
        ex("FooBlend reduces time-to-first-token (TTFT) by 2.1-3.0X and increases the inference throughput by 2.5-4X.", "2.1-3.0X", metric="latency", kind="ratio"),
        ex("FooGen is significantly faster (x7 faster than the autoregressive baseline).", "x7", metric="speedup", kind="ratio"),
        ex("FooSR reaches up to ×10 speedup for inference.", "×10", metric="speedup", kind="ratio"),
        ex("Our method, dubbed FooMagic, can create high quality 3D mesh models in 35 minutes.", "35 minutes", metric="inference time"),
        ex("FooGauss can generate a high-quality 3D avatar within 12 minutes on one GPU.", "12 minutes", metric="inference time"),
        ex("FooNet trains ResNet-50 on ImageNet in 40 minutes.", "40 minutes", metric="training time"),
        ex("Notably, on ImageNet, FooViT achieves over 80% top-1 accuracy with 1.1 ms latency on an iPhone 12.", "1.1 ms", metric="latency", dataset="ImageNet"),
    ),
    negative=(
        "The environment holds 9 day-to-day apps operable through 457 APIs.",
        "Experts answered the questions under a 15-minute time constraint.",
        "FooTTS clones a voice from only a 3-second enrolled recording of an unseen speaker.",
        "We further design FooSpeech 2s, which generates waveforms directly from text.",
        "We use 8 A100 GPUs for training.",
        "We train x4 super-resolution models on DIV2K.",
        "We pre-train FooLM-7B on 2x A800-80GB GPUs.",
        "FooNet beats MobileNet under the computation budget of 40 MFLOPs.",
        "Under average latency of 960 ms, FooFormer is evaluated on LibriSpeech.",
        "It produces 5 seconds of video at 768x512 resolution.",
        "It transcribes a 10-second speech segment on a phone.",
        "Real-time rendering (> 30 FPS) is the goal of AR/VR.",
        "At 64K tokens, attention dominates the cost.",
    ),
    xfail=(
        # "performance" of a systems paper is its speed; the rules read it as a score.
        ex("The end-to-end performance of FooServe surpasses vLLM by 41%.", "41%", metric="speedup"),
    ),
)  # fmt: skip

FAMILY = Family(name="speed", aliases=ALIASES, units=UNITS, corpus=CORPUS)
