"""Size: parameter counts and model size."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, ex

ALIASES = (
    MetricAlias("parameters", r"(?:trainable\s|learnable\s)?param(?:eter)?s?(?:\scounts?)?|#\s?params|weights|connections"),
    MetricAlias("model size", r"model\s(?:size|footprint|storage)|storage(?:\s(?:size|costs?|requirements?))?|memory\sfootprint\sof\sthe\smodel|model\scompression(?:\s(?:ratio|rate))?"),
    # "LoRAShear reduced footprint of LLMs by 20%"
    MetricAlias("model size", r"footprint\sof\s(?:the\s)?(?:LLMs?|models?|networks?)"),
    # What is compressed names the ratio: prompts and contexts are inputs, not the model.
    MetricAlias("compression ratio", r"(?:context|prompt|input)s?\scompression(?:\s(?:ratio|rate))?|compression\sof\s(?:the\s)?(?:prompts?|contexts?|inputs?)"),
    MetricAlias("parameters", r"parameter[\s-]efficien(?:t|cy)"),
    MetricAlias("model size", r"compress(?:es|ed|ing)?", generic=True),
    MetricAlias("model size", r"(?:smaller|larger|bigger)\s(?:model\s)?size", generic=True, comparative=True),
    MetricAlias("parameters", r"smaller|larger|bigger", generic=True, comparative=True),
    MetricAlias("model size", r"size", generic=True),
    MetricAlias("model size", r"compression(?:\s(?:ratio|rate)s?)?", generic=True),
)  # fmt: skip

CORPUS = Corpus(
    positive=(
        ex("To balance inference cost, we release checkpoints at four sizes: ViT-B (86M), L (303M), and g (1B).", "86M", metric="parameters"),
        ex("Notably, FooVLM achieves comparable performance to BarVLM with about 43% of the number of parameters.", "43%", metric="parameters", kind="relative"),
        ex("On T2I benchmarks (i.e., FooEval and BarBench), our model with merely 379M parameters surpasses larger models.", "379M", metric="parameters", model=None),
        ex("An anchor-level context model gives a size reduction of over 100 times.", "100 times", metric="model size", kind="ratio"),
        ex("FooUNet keeps its accuracy while reducing parameter and computation costs by 494x and 160x, respectively.", "494x", metric="parameters", kind="ratio"),
        ex("FooUNet keeps its accuracy while reducing parameter and computation costs by 494x and 160x, respectively.", "160x", metric="compute", kind="ratio"),
        ex("We scale hybrid FooLM models up to 2.7B parameters on the Pile.", "2.7B", metric="parameters", dataset=None),
        ex("FooLM outperforms Gopher (280B) and Bar-1 (178B) on most tasks.", "280B", metric="parameters", model="Gopher"),
        ex("FooLM outperforms Gopher (280B) and Bar-1 (178B) on most tasks.", "178B", metric="parameters", model="Bar-1"),
        ex("Fine-tuning Foo-2 (2.7B) and Bar (7B) with our loss alone surpasses BazLM (13B) on the judge benchmark.", "13B", metric="parameters"),
        ex("FooSNN (66.3M parameters) with a size comparable to BarNet-152 (60.2M, 69.3%) reaches 74.8% top-1 accuracy.", "60.2M", metric="parameters", model="BarNet-152"),
        ex("FooSpikeFormer achieves 80.0% top-1 accuracy (55M), surpassing SNN baselines (66M) by 3.7%.", "66M", metric="parameters"),
        ex("To trade inference cost against quality, we release FooCLIP at three sizes: B (90M), L (310M) and g (1.1B).", "310M", metric="parameters"),
        ex("On variant effect prediction, FooDNA exceeds the performance of 8x larger models.", "8x", metric="parameters", kind="ratio"),
        ex("The searched model achieves 15x model compression ratio.", "15x", metric="model size", kind="ratio"),
        ex("Within a couple of GPU days, FooShear reduced footprint of LLMs by 20% with little degradation.", "20%", metric="model size"),
        ex("FooViT reaches 76.0% top-1 with only 4.9M parameters.", "4.9M", metric="parameters", unit="M", normalized=4.9e6),
        ex("BarFormer uses 40 times fewer parameters than transformer baselines.", "40 times", metric="parameters", kind="ratio"),
        ex("It needs 28% fewer parameters than DeiT-S.", "28%", metric="parameters", kind="relative", baseline="DeiT-S"),
        ex("The method gives a 2.9x smaller model size.", "2.9x", metric="model size", kind="ratio"),
        ex("The drafter has 52M parameters, compared with 480M for Medusa.", "52M", metric="parameters"),
        ex("Pruning reduces the number of trainable parameters by 1,000 times.", "1,000 times", metric="parameters", kind="ratio"),
        ex("It rivals open models that are 2-3 times bigger.", "2-3 times", metric="parameters", kind="ratio"),
        ex("Compression reduced the storage of AlexNet from 240MB to 6.9MB.", "6.9MB", metric="model size"),
        ex("Our method reduces the storage cost for 3D scenes by 40 to 50x.", "40 to 50x", metric="model size", kind="ratio"),
        ex("FooComp compresses the model size from 240MB to 6.9MB.", "240MB", metric="model size"),
        ex("FooGist enables up to 20x compression of prompts with little loss.", "20x", metric="compression ratio", kind="ratio"),
        ex("FooICAE achieves $4\\times$ context compression based on Llama.", "4\\times", metric="compression ratio"),
        ex("FooReFT learns interventions that are 10x--50x more parameter-efficient than LoRA.", "10x--50x", metric="parameters", kind="ratio"),
        ex("FooBERT reaches the accuracy of the full-precision model while being 12.5x smaller.", "12.5x", metric="model size", kind="ratio"),
        ex("FooHAT achieves 2.5x speedup and 3.1x smaller size over the baseline Transformer.", "3.1x", metric="model size", kind="ratio"),
        ex("FooNet is 2.4x smaller and 1.5x faster than BarNet.", "2.4x", metric="parameters", kind="ratio"),
        ex("Pruning reduces the number of connections by 9x; quantization then reduces the bits.", "9x", metric="parameters"),
        ex("On the ImageNet dataset, our method reduced the storage required by FooNet by 30x, from 220MB to 7.3MB.", "30x", metric="model size", dataset="ImageNet"),
    ),
    negative=(
        "Our agent is compared with the 17B FooAgent trained on the same data.",
        "We assess FooTitan on the Llama 3.1 family of LLMs, spanning 8 billion to 405 billion parameters.",
        "The tiny model trained at 360M params., 30B tokens beats the larger ones.",
        "We show these algorithms in FooPetals, a system that runs Llama 2 (70B) and BLOOM (176B) over the Internet.",
        "The students are initialised from Foo-M (355M) and Foo-L (774M) checkpoints.",
        "Specifically, fine-tuning Foo-2 (2.7B), Bar-2 (7B), and Baz (7B) with our loss gives strong chat models.",
        "We linearize model families with sizes varying from 7B to 70B.",
        "We test models of sizes from 125M to 13B.",
        "The resulting dataset enables training a 7B parameter language model from scratch.",
        "We retrofit pre-trained LLMs such as FooLM 2 (7B, 13B and 70B) into sparse models.",
        "Using FooSpec, we demonstrate inference of 50B+ parameter LLMs on consumer GPUs.",
        "We release a corpus 5 times larger than the previous largest public dataset.",
        "Memory-efficient pre-training works for LLaMA 1B and 7B architectures.",
        "FooQuant can quantize BarGPT models with 175 billion parameters on one GPU.",
        "FooPO surpasses chat models with more than 7B and 13B parameters.",
        "It extends Llama2 70B to 32k tokens of context.",
        "We compare ResNet-50 and ViT-B/16 on ImageNet-21K.",
        "Results on Human3.6M and EMOv2-5M are reported.",
        "QLoRA finetunes a 65B parameter model on one GPU.",
    ),
)  # fmt: skip

FAMILY = Family(name="size", aliases=ALIASES, corpus=CORPUS)
