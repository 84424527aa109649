"""Accuracy and error: top-1, top-5, top-k, error rates and plain accuracy."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, ex

# (not "a 38% top-1 success rate": the rate of the best-ranked try, named by its own noun)
_TOP1 = r"top[\s-]?1(?!\s(?:success|hit|recall|precision))"
_TOP5 = r"top[\s-]?5(?!\s(?:success|hit|recall|precision))"
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
    # Ranking and click-through-rate prediction: the area under the ROC curve.
    MetricAlias("AUC", r"AUC(?:-ROC)?|ROC[\s-]AUC|AUROC", case_sensitive=True),
    MetricAlias("AUC", r"area\sunder\s(?:the\s)?(?:\(?(?:ROC|receiver[\s-]operating[\s-]characteristic)\)?\s)?curve(?:\s\((?:AUC|AUROC|ROC-AUC)\))?"),
    MetricAlias("compilation accuracy", r"compilation\s(?:accuracy|success\srate)"),
    # KITTI's optical-flow outlier percentage ("4.52 F1-all", often written Fl-all)
    MetricAlias("F1-all", r"F[1l]-all(?:\serror)?", case_sensitive=True),
    # "a 15.1% error reduction": a vague word for the error the sentence measured
    MetricAlias("error rate", r"error\sreductions?", generic=True),
    MetricAlias("error rate", r"(?:(?:test|validation|classification|model|final\smodel)\s)?err(?:or|\.)(?:\s?rates?)?"),
    MetricAlias("error rate", r"misclassification\srate"),
    MetricAlias("accuracy", r"(?:more|less)\saccurate", generic=True, comparative=True),
    # "only 56.2% accurate on our benchmark": the adjective of a value measured on something
    # (not "fast and accurate: it outperforms X by 3.3%", "the most accurate systems on 90% of")
    MetricAlias("accuracy", r"accurate(?=\s(?:on|in|across|for)\s)", comparative=True),
    MetricAlias("accuracy", r"(?:(?:test|validation|classification|recognition|zero-shot|few-shot|linear[\s-]prob(?:e|ing)|fine-tuning|average|mean|overall|quantized)\s)?acc(?:uracy|uracies|\.)?"),
)  # fmt: skip

CORPUS = Corpus(
    positive=(
        ex("FooMCTS improves over the baseline on GSM8K, MATH, and ARC-C, with increases in accuracy to 81.8% (+5.9%), 34.7% (+5.8%), and 76.4% (+15.8%), respectively.", "+5.8%", metric="accuracy", dataset="MATH"),
        ex("All the existing open-sourced models are below 15% accuracy, barely above random guessing.", "15%", metric="accuracy"),
        ex("Our pre-trained model achieves 30.3 on the MiniF2F test set without fine-tuning.", "30.3", metric="accuracy", dataset="miniF2F"),
        ex("FooProver sets new results on the high school level miniF2F benchmark (63.5%) and the undergraduate level ProofNet benchmark (25.3%).", "25.3%", metric="accuracy", dataset="ProofNet"),
        ex("We introduce FooTheoremQA, the first theorem-driven question-answering dataset. GPT-4 achieves an accuracy of 51% with program-of-thought prompting.", "51%", title="FooTheoremQA: A Theorem-driven Question Answering dataset", metric="accuracy", dataset="FooTheoremQA"),
        ex("Experiments show that FooMem outperforms strong baselines in accuracy (up to 10.9% gains) while reducing token usage.", "10.9%", metric="accuracy", kind="delta"),
        ex("Notably, all other evaluated models achieve accuracy below 16% on FooVista.", "16%", metric="accuracy"),
        ex("FooBench is difficult, with top models achieving below 65% accuracy.", "65%", metric="accuracy"),
        ex("On ImageNet-1K, FooNet-XXS and FooNet-XS surpass BarNet-XXS and BarNet-XS by 2% and 1.9% respectively.", "1.9%", metric="top-1 accuracy", dataset="ImageNet"),
        ex("In addition, our approach outperforms the previous state-of-the-art by 4.1% and 3.1% on NExT-QA and FooIntentQA.", "3.1%", metric="accuracy", dataset="FooIntentQA", kind="delta"),
        ex("For example, FooGTA-7B achieves 50.1%, 92.4%, and 67.7% accuracies on FooSpot-Pro, FooSpot-v2, and BarWorld-G, respectively.", "67.7%", metric="accuracy", dataset="BarWorld-G"),
        ex("A vanilla FooNet-50 reaches 80.4% top-1 accuracy on ImageNet-val.", "80.4%", metric="top-1 accuracy", dataset="ImageNet"),
        ex("FooNAS promotes the ImageNet classification accuracies of ResNet-18, -34 and -50-B by 1.5%, 0.5% and 0.3%.", "0.5%", metric="top-1 accuracy", dataset="ImageNet", kind="delta"),
        ex("FooViG is faster than BarNet (1.02 ms, 74.7% top-1) on an iPhone NPU.", "74.7%", metric="top-1 accuracy"),
        ex("With half of its blocks removed, QuokkaLM-8B keeps 93% of the performance on the GSM8K benchmark.", "93%", metric="accuracy", dataset="GSM8K", kind="relative"),
        ex("FooNet-XXS and FooNet-XS surpass BarNet-XXS and BarNet-XS by 2% and 1.9% respectively on ImageNet.", "1.9%", metric="top-1 accuracy", model="FooNet-XS"),
        ex("On the latest multi-choice benchmark MVBench, FooLLaVA achieves 58.1% accuracy on average.", "58.1%", metric="accuracy", dataset="MVBench"),
        ex("FooLM-7B is comparable to BarLM and BazLM on MMLU (63% & 66%).", "66%", metric="accuracy", dataset="MMLU"),
        ex("It outperforms BarNet and BazNet29 by 4.0% and 3.6% respectively for the top-1 accuracy on ImageNet.", "3.6%", metric="top-1 accuracy", kind="delta"),
        ex("Both are more capable than FooLM-mini (e.g., respectively 75% and 78% on MMLU).", "75%", metric="accuracy", dataset="MMLU"),
        ex("FooNet also generalizes well on CIFAR-100 (91.7%) and Flowers (98.7%).", "98.7%", metric="accuracy", dataset="Flowers"),
        ex("Four frontier VLMs are, on average, only 56.2% accurate on our FooBench.", "56.2%", metric="accuracy", kind="absolute"),
        ex("FooNet is 23% faster on ARM while gaining 0.2% higher accuracy.", "0.2%", metric="accuracy", dataset=None, kind="delta"),
        ex("The FooNAS family achieves top-1 accuracy from 77.3% to 80.7% on ImageNet.", "77.3% to 80.7%", metric="top-1 accuracy", value=77.3, value_max=80.7),
        ex("FooModels achieve top-1 accuracies ranging from 76.5% to 80.9% on ImageNet.", "76.5% to 80.9%", metric="top-1 accuracy", value=76.5, value_max=80.9),
        ex("FooNet reaches 80.1% and 62.3% top-1 accuracy on ImageNet and ImageNet-V2.", "62.3%", metric="top-1 accuracy", dataset="ImageNet-V2"),
        ex("Our BazVLM outperforms QuxVLM-80B by 8.7% accuracy on VQAv2.", "8.7%", metric="accuracy", model="BazVLM", baseline="QuxVLM-80B"),
        ex("With BarKD we boost FooNet-18 from 69.9% to 71.7% top-1 accuracy on ImageNet.", "69.9%", metric="top-1 accuracy", model="FooNet-18"),
        ex("With BarKD we boost FooNet-18 from 69.9% to 71.7% top-1 accuracy on ImageNet.", "71.7%", metric="top-1 accuracy", model="BarKD"),
        ex("FooS5 averages 87.4% on the long range arena benchmark.", "87.4%", metric="accuracy", dataset="Long Range Arena"),
        ex("FooNet-L reaches 84.3% top-1 accuracy on ImageNet-1K.", "84.3%", metric="top-1 accuracy", dataset="ImageNet", kind="absolute", model="FooNet-L"),
        ex("Our BarViT obtains a top-1 accuracy of 79.1% on ImageNet.", "79.1%", metric="top-1 accuracy", dataset="ImageNet", model="BarViT"),
        ex("On the MATH benchmark, it improves FooLM-7B from 58.8% to 90.0%.", "58.8%", metric="accuracy", dataset="MATH"),
        ex("Test-time scaling lifts FooLM from 50% to 57% on AIME24.", "50%", metric="accuracy", dataset="AIME 2024"),
        ex("QuxNet achieves an ImageNet accuracy of 86.2% with fewer layers.", "86.2%", metric="top-1 accuracy", dataset="ImageNet"),
        ex("The searched cell transfers to ImageNet at 24.6% top-1 (7.5% top-5) error.", "24.6%", metric="top-1 error"),
        ex("The searched cell transfers to ImageNet at 24.6% top-1 (7.5% top-5) error.", "7.5%", metric="top-5 error"),
        ex("ZetaNet obtains 95.9% top-5 accuracy on ImageNet.", "95.9%", metric="top-5 accuracy"),
        ex("The model has a 2.1% test error rate on CIFAR-10.", "2.1%", metric="error rate", dataset="CIFAR-10"),
        ex("Distillation improves top-1 accuracy by 1.4% over ResNet-50.", "1.4%", metric="top-1 accuracy", kind="delta", baseline="ResNet-50"),
        ex("KappaNet is 0.8% more accurate than MobileNetV2 on ImageNet.", "0.8%", metric="top-1 accuracy", kind="delta"),
        ex("The decoder identifies the segment with 61.2% top-10 accuracy.", "61.2%", metric="top-10 accuracy"),
        ex("LambdaNet-1M/2M/4M achieve 70.2, 73.9 and 77.0 Top-1 on ImageNet.", "73.9", metric="top-1 accuracy", model="LambdaNet-2M"),
        ex("It gives a 35% relative reduction in test error on CIFAR-100.", "35%", metric="error rate", kind="relative"),
        ex("SigmaNet achieves the lowest error among NAS models, with 2.6% for CIFAR-10 and 16.1% for CIFAR-100.", "16.1%", metric="error rate", dataset="CIFAR-100"),
        ex("Our model reaches 90.4% on ImageNet-1K after pre-training on larger data.", "90.4%", metric="top-1 accuracy", dataset="ImageNet"),
        ex("The compact model keeps 93.5% of the accuracy of its teacher.", "93.5%", metric="accuracy", kind="relative"),
        ex("We train FooNet-50 on the ImageNet dataset at scale. Our system reaches 76.1% top-1 test accuracy in 9 minutes.", "76.1%", metric="top-1 accuracy", dataset="ImageNet"),
        ex("FooCTR gains a 0.2% AUC improvement over the baseline on Avazu.", "0.2%", metric="AUC", dataset="Avazu", kind="delta"),
        ex("The ranker reaches an AUC of 0.812 on Criteo.", "0.812", metric="AUC", dataset="Criteo"),
        ex("Experiments on ImageNet-1K, COCO2017, and ADE20K show the superiority of FooMO, e.g., FooMO-1M/2M/5M achieve 70.5, 74.1, and 77.4 Top-1 that surpass equal-order models.", "74.1", metric="top-1 accuracy", dataset="ImageNet", model="FooMO-2M"),
        ex("We show that FooLNNs with competitive accuracy improve over stand-alone MLPs by 11.2%. FooLNN accuracies match GNNs.", "11.2%", metric="accuracy", model="FooLNNs", kind="delta"),
        ex("We find zero-shot improvements on GSM8K (6.1%$\\rightarrow$11.0%) and CommonsenseQA (35.2%$\\rightarrow$46.1%).", "11.0%", metric="accuracy", dataset="GSM8K"),
        ex("Training 8B models for 1T tokens on a subset of our data improves MMLU by 4.9 over BarCC.", "4.9", metric="accuracy", dataset="MMLU", kind="delta"),
        ex("FooQuant narrows the accuracy gap on zero-shot reasoning tasks with full precision to merely 2.7 points on the BarLM 7B model, surpassing BarQAT by 18.1 points.", "18.1 points", metric="accuracy", kind="delta"),
        ex("FooLM pushes MultiNLI accuracy to 85.2% (3.9% absolute improvement).", "3.9%", metric="accuracy", dataset="MultiNLI", kind="delta"),
        ex("On the noisy web-crawled dataset Clothing-1M, FooLoss reaches 1.5% higher final accuracy than uniform sampling.", "1.5%", metric="accuracy", dataset="Clothing1M", kind="delta"),
        ex("Our model trained on our data is better than the BarLM 8B model: +4 on MMLU, +2.7 on ARC-Challenge.", "+2.7", metric="accuracy", dataset="ARC-Challenge", kind="delta"),
        ex("FooLM-1B raises accuracy to 81.8% on MMLU and 76.4% on ARC-C.", "76.4%", metric="accuracy", dataset="ARC-C"),
        # (a value told after a list of benchmarks is on none of them alone)
        ex("Experiments on FooMath, BarQA and BazCode validate FooSeal, with up to a 11% improvement in accuracy.", "11%", metric="accuracy", dataset=None),
        ex("On FooMath, FooSeal reaches 81.2% accuracy.", "81.2%", metric="accuracy", dataset="FooMath"),
        # (a corpus measured by perplexity is not where an accuracy was met; W4A4KV4 is a setting)
        ex("For instance, in W4A4KV4 FooLM-8B, FooQuant achieves a 7.43 WikiText2 perplexity and 71.08% average accuracy on 5 common-sense reasoning tasks.", "71.08%", metric="accuracy", dataset=None),
        # (a method's kind is no benchmark: "on CoT", "in MoE models")
        ex("On average, FooTALE cuts output token costs by 68.64% with less than a 5% decrease in accuracy over vanilla CoT.", "5%", metric="accuracy", dataset=None),
        ex("FooRL achieves 48 points on AIME 2024 using a 32B base model.", "48 points", metric="accuracy", dataset="AIME 2024"),
        ex("Answering directly, the best BarLM reaches only 48.2% accuracy. In contrast, FooLM, which reasons longer, achieves 55.1%.", "55.1%", metric="accuracy"),
        ex("On LongBench v2, human experts reach only 53.1% accuracy.", "53.1%", metric="accuracy", dataset="LongBench v2"),
        ex("FooMath-7B reaches 60.1% on GSM8K, beating open models of the same size by 9.3%.", "9.3%", metric="accuracy", dataset="GSM8K"),
        ex("FooMath reaches 41.0% accuracy on AIME and 90.2% on MATH, up from the previous best's 10.3% and 61.5% respectively.", "61.5%", metric="accuracy", dataset="MATH"),
        ex("On the USA Math Olympiad (AIME), FooMath solves an average of 53.3% of problems.", "53.3%", metric="accuracy", dataset="AIME"),
        ex("In the few-shot setting, FooTab is 5-15 pp more accurate than BarBoost.", "5-15 pp", metric="accuracy", kind="delta"),
        ex("FooTab has zero-shot accuracy on unseen tables over 12 percentage points higher than chance.", "12 percentage points", metric="accuracy", unit="points"),
        ex("FooPath reaches 0.949 area under the (receiver operating characteristic) curve (AUC) across 17 cancer types.", "0.949", metric="AUC"),
        ex("FooRAG reaches 40.1% accuracy on Natural Questions with 64 examples, outperforming a 430B parameters model by 2% despite having 40x fewer parameters.", "2%", metric="accuracy", dataset="Natural Questions"),
        ex("On KITTI-2015, FooFlow achieves an F1-all error of 3.81%, a 17.5% error reduction from BarFlow.", "17.5%", metric="F1-all", dataset="KITTI"),
        ex("FooNet has a 5.1% error on CIFAR-10, an 11% error reduction over BarNet.", "11%", metric="error rate", dataset="CIFAR-10"),
        ex("Trained with SFT alone, FooMath achieves 80.2% on GSM8k pass@1 metric.", "80.2%", metric="accuracy", dataset="GSM8K"),
        ex("We improved the success rates of BarLM from 48% to 66.1% on MATH500.", "66.1%", metric="accuracy", dataset="MATH-500"),
        ex("FooThink scores 70.3% on BarBench, 90.2% on AIME 24, and 60.1% on MATH-500.", "90.2%", dataset="AIME 2024"),
        ex("FooThink scores 61.0% on GPQA Diamond and 12.5% on ARC-AGI-2.", "61.0%", metric="accuracy", dataset="GPQA Diamond"),
        ex("FooThink scores 61.0% on GPQA Diamond and 12.5% on ARC-AGI-2.", "12.5%", metric="accuracy", dataset="ARC-AGI-2"),
        ex("FooThink reaches 58.2% on GPQA.", "58.2%", metric="accuracy", dataset="GPQA"),
        ex("FooCoder-14B reaches 60.1% on LiveCodeBench, beating BarLM-32B.", "60.1%", metric="accuracy", dataset="LiveCodeBench"),
        ex("FooR1 improves math benchmarks, including 55.2% (+38.0%) on AIME 2024.", "55.2%", metric="accuracy", dataset="AIME 2024"),
        ex("FooRL gains +10.2 on AIME'25 and +7.1 on AIME'24 over full-gradient updates.", "+7.1", dataset="AIME 2024"),
        ex("FooChat is the first open model to surpass an average accuracy of 80% on the Hugging Face Open LLM Leaderboard.", "80%", dataset="Open LLM Leaderboard"),
        ex("FooRL raises average accuracy across AIME 2024, AIME 2025 and LiveCodeBench from 55.1% to 70.3%.", "70.3%", metric="accuracy", dataset=None),
        ex("FooCoder-33B achieves an accuracy of 82.1 on the average of HumanEval and MBPP, rivaling BarGPT's 83.0.", "83.0", metric="accuracy", dataset=None),
        ex("On GAIA, HLE, BrowseComp and BrowseComp-ZH, FooSearch-32B reaches 70.1%, 20.3%, 30.2% and 41.5% accuracy respectively.", "41.5%", metric="accuracy", dataset="BrowseComp-ZH"),
        ex("FooSearch-32B reaches 70.1%, 20.3%, 30.2% and 41.5% accuracy on GAIA, HLE, BrowseComp and BrowseComp-ZH respectively.", "20.3%", metric="accuracy", dataset="HLE"),
        ex("FooAgent scores 28.3% on BrowseComp-zh and 15.1% on BrowseComp-en.", "15.1%", metric="accuracy", dataset="BrowseComp"),
        ex("FooRL shows rapid gains, e.g., AMC23 accuracy rising from 61% to 78% and AIME24 reaching 44.1%.", "44.1%", metric="accuracy", dataset="AIME 2024"),
        ex("At the 8 billion parameter scale, FooVid reaches 83.1 on PerceptionTest and 75.2 on TempCompass.", "75.2", metric="accuracy", dataset="TempCompass"),
        ex("FooRL-7B reaches 41.2\\% accuracy on AIME~24, surpassing BarRL by 12\\%.", "41.2\\%", metric="accuracy", dataset="AIME 2024"),
        ex("FooQuant attains a C4 perplexity of 14.9 on BarLM-7B. On zero-shot tasks, FooQuant achieves an average of 57.2% accuracy.", "57.2%", metric="accuracy", dataset=None),
    ),
    negative=(
        "We report the MMLU accuracy of Fooble 3.5 Sonnet and Gooble 1.5 Pro in the appendix.",
        "On ImageNet-1K classification, data2vec 2.0 matches the accuracy of masked autoencoders.",
        "FooSNN runs with 4 time-steps on ImageNet.",
        "How can a binary FooNet reach the crucial accuracy level (e.g., 80%) on ImageNet?",
        "Our 13-layer network is trained on ImageNet-1K for 300 epochs.",
        "We evaluate top-1 and top-5 accuracy on 14 benchmarks.",
        "Accuracy improves as the model grows from ResNet-18 to ResNet-152.",
        "The detector is evaluated on 7 rare cancer types and 12 common ones.",
        "BarLM is evaluated on AIME 24 and on MATH-500 with its answers, and scores well.",
    ),
    xfail=(
        # A bare list of percentages before a list of task names: the metric is not written.
        ex("reaching 63.5%, 47.1%, and 41.8% on the detection, grounding, and retrieval tasks", "63.5%", metric="accuracy"),
    ),
)  # fmt: skip

FAMILY = Family(name="accuracy", aliases=ALIASES, corpus=CORPUS)
