"""Language and speech: BLEU, CodeBLEU, perplexity, WER, EER, F1 and other text metrics."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, ex

ALIASES = (
    MetricAlias("CodeBLEU", r"Code\s?BLEU"),
    MetricAlias("BLEU", r"(?:sacre|ASR-)?BLEU(?:-?4)?"),
    MetricAlias("perplexity", r"perplexity|PPL"),
    MetricAlias("WER", r"WERs?|word[\s-]error[\s-]rates?"),
    MetricAlias("EER", r"EER|equal[\s-]error[\s-]rates?"),
    MetricAlias("F1", r"(?:macro[\s-]|micro[\s-])?F1(?:[\s-]scores?)?|F-(?:score|measure)"),
    MetricAlias("exact match", r"exact\smatch|EM(?=\s)", case_sensitive=False),
    MetricAlias("ROUGE-L", r"ROUGE-L"),
    MetricAlias("ROUGE-{k}", r"ROUGE-?[12]"),
    MetricAlias("R@{k}", r"R@\d+", case_sensitive=True),  # retrieval recall, written as in the text
    MetricAlias("recall@{k}", r"recall@\d+"),
    # (only with its value next: "4-bit precision", "mixed precision" are settings)
    MetricAlias("precision", r"precision(?=\s(?:of|at)\s)"),
    MetricAlias("recall", r"recall(?=\s(?:of|at)\s)"),
    MetricAlias("nDCG@{k}", r"nDCG@\d+"),
    MetricAlias("nDCG", r"nDCG"),
    # "40.2% Pass@1 resolve rate": the rate the noun names, counted at a first try
    MetricAlias("resolve rate", r"pass@\d+\sresol(?:ve|ution)\srates?"),
    MetricAlias("pass@{k}", r"pass@\d+(?:\saccuracy)?"),
    MetricAlias("CIDEr", r"CIDEr"),
    # Speech recognition in languages without word boundaries is scored per character: its
    # canonical name is the error rate (as "character error rate" reads).
    MetricAlias("error rate", r"CERs?", case_sensitive=True),
    MetricAlias("COMET", r"COMET(?:-2[02])?", case_sensitive=True),
    MetricAlias("chrF", r"chrF(?:\+\+)?", case_sensitive=True),
    MetricAlias("METEOR", r"METEOR", case_sensitive=True),
    MetricAlias("BERTScore", r"BERT-?Score"),
    MetricAlias("ANLS", r"ANLS", case_sensitive=True),
    MetricAlias("MRR", r"MRR(?:@\d+)?|mean\sreciprocal\srank"),
    MetricAlias("HR@{k}", r"(?:HR|hit\s(?:ratio|rate))@\d+"),
    MetricAlias("hit@{k}", r"hit@\d+"),  # moment retrieval: a hit among the first k
    MetricAlias("SDR", r"SDR", case_sensitive=True),
    # Speech synthesis is judged by listeners: a mean opinion score on a 1-5 scale.
    MetricAlias("MOS", r"MOS", case_sensitive=True),
    MetricAlias("MOS", r"mean\sopinion\sscores?(?:\s\(MOS\))?"),
)  # fmt: skip

CORPUS = Corpus(
    positive=(
        ex("Our approach can improve the average of pass@1 by 89% on FooAPPS-dev and 31% on FooAPPS-test.", "31%", metric="pass@1", dataset="FooAPPS"),
        ex("FooChat gains +5.8 HIT@1 on FooHighlights.", "+5.8", metric="hit@1", kind="delta"),
        ex("We propose Quokka, a learnable linear attention. It outperforms prior linear attentions by up to 6 perplexity points on WikiText-103.", "6", metric="perplexity", model="Quokka"),
        ex("FooLoRA shows performance improvements of 0.34, 11.52%, and 5.05% on MT-bench, GSM8K, and Human-eval, respectively.", "11.52%", metric="accuracy", dataset="GSM8K"),
        ex("FooPrune beats BarPrune by 6.80 perplexity while delivering a 2.6x speed-up in the QuxSparse inference engine.", "6.80", metric="perplexity", dataset=None),
        ex("FooNet reaches a WER of 2.1%/4.6% on LibriSpeech. This compares to the previous best system of 2.0%/4.5% with 20M parameters.", "2.0%", metric="WER", dataset="LibriSpeech"),
        ex("FooLM outperforms them in perplexity and on recall-intensive tasks by 6.22 accuracy points.", "6.22", metric="accuracy", kind="delta"),
        ex("FooCoder outperforms baselines by 3.1 BLEU and 2.2 CodeBLEU points.", "3.1", metric="BLEU", kind="delta"),
        ex("FooCoder outperforms baselines by 3.1 BLEU and 2.2 CodeBLEU points.", "2.2", metric="CodeBLEU", kind="delta"),
        ex("The system reaches an EER of 1.05% on VoxCeleb.", "1.05%", metric="EER", dataset="VoxCeleb"),
        ex("It lowers WER to 4.8% on LibriSpeech test-other.", "4.8%", metric="WER", dataset="LibriSpeech"),
        ex("The F1 score was 7% better than other models.", "7%", metric="F1", kind="delta"),
        ex("It raises SQuAD v1.1 Test F1 to 91.8 (1.2 point absolute improvement).", "1.2 point", metric="F1", kind="delta"),
        ex("The model reaches a perplexity of 17.4 on WikiText-103.", "17.4", metric="perplexity", dataset="WikiText-103"),
        ex("With low-rank adaptation, FooLM achieves 28.1 higher ROUGE-1 points over the base model.", "28.1", metric="ROUGE-1", kind="delta"),
        ex("Longer inputs bring +13.7 R@1 on QuerYD.", "+13.7", metric="R@1", kind="delta"),
        ex("FooCoder reaches 35.0% pass@1 and 54.5% pass@10 on HumanEval.", "54.5%", metric="pass@10", dataset="HumanEval"),
        ex("We introduce FooEval, a benchmark for code reasoning beyond HumanEval. The best setup reaches a pass@1 of 71% on input prediction.", "71%", metric="pass@1", dataset="FooEval"),
        ex("The leading embedding model scores an nDCG@10 of 19.4 on the reasoning-heavy queries.", "19.4", metric="nDCG@10"),
        ex("It improves speech-to-speech translation by 2.6 ASR-BLEU points.", "2.6", metric="BLEU", kind="delta"),
        ex("It achieves an improvement of 20% BLEU over the previous best system.", "20%", metric="BLEU"),
        ex("Our 13M parameters CTC model achieves competitive WERs of 3.6%/9.0% without a language model.", "3.6%", metric="WER"),
        ex("FooNet establishes a new state-of-the-art BLEU score of 31.2 on WMT'16 English-Romanian.", "31.2", metric="BLEU"),
        ex("The proposed FooGAN has achieved high MOS of 4.12 and 4.30 for vocoding and TTS, respectively.", "4.30", metric="MOS", model="FooGAN"),
        ex("FooSpeech generates higher-quality speech (MOS 4.05) than the autoregressive baseline.", "4.05", metric="MOS"),
        ex("It reaches a mean opinion score of 4.2 in listening tests.", "4.2", metric="MOS"),
        ex("FooGCN sets new state-of-the-art F1 scores for Yelp (0.663) and Flickr (0.541).", "0.663", metric="F1", dataset="Yelp"),
        ex("Our FooGCN achieves 0.871 F1 on PPI and 0.955 on Reddit.", "0.955", metric="F1", dataset="Reddit"),
        ex("FooEmit improves streaming ASR from 4.2%/8.1% to 3.0%/7.2% WER.", "3.0%", metric="WER"),
        ex("FooEmit also improves streaming ASR accuracy from 4.2%/8.1% to 3.0%/7.2% WER.", "8.1%", metric="WER"),
        ex("FooCTC outperforms the standard CTC model (e.g., 16.9% -> 11.1% WER on WSJ).", "16.9%", metric="WER"),
        ex("FooMT gains 1.2 COMET and 2.4 chrF over BarMT on FLORES-200.", "2.4", metric="chrF", dataset="FLORES-200", kind="delta"),
        ex("The recogniser reaches a CER of 4.1% on AISHELL-1.", "4.1%", metric="error rate", dataset="AISHELL-1"),
        ex("FooRec improves HR@10 by 7.2% on Gowalla.", "7.2%", metric="HR@10", dataset="Gowalla"),
        ex("Our system achieves consistent improvements (2.4% F1-gain on average) on IE tasks.", "2.4%", metric="F1", dataset=None),
        ex("FooRec outperforms baselines by up to 65.8% in NDCG.", "65.8%", metric="nDCG"),
        ex("FooNER also outperforms BarLM on NER accuracy by 6-8 absolute F1 points on average.", "6-8", metric="F1"),
        ex("FooASR achieves an average CER of 3.15% on public Mandarin benchmarks.", "3.15%", metric="error rate", dataset=None),
        ex("FooQuant attains a C4 perplexity of 14.9 (1.9 lower vs 16.8 in BarQuant) on BarLM-7B.", "16.8", metric="perplexity", dataset="C4"),
        ex("FooQuant achieves average perplexity improvements of 4.8 and 19.1 points at comparable or lower latency than the best quantized baselines.", "19.1 points", metric="perplexity", kind="delta"),
        ex("FooQuant achieves average perplexity improvements of 4.8 and 19.1 points at comparable or lower latency than the best quantized baselines.", "4.8", metric="perplexity", kind="delta"),
        ex("At a tenfold compression, FooOCR reaches a decoding precision of 96% on the test pages.", "96%", metric="precision"),
        ex("With search, FooPlan reaches a pass@200 of 75.2% on LiveCodeBench.", "75.2%", metric="pass@200"),
    ),
    negative=(
        "We train on 960 hours of LibriSpeech.",
        "Each of 15 raters gave a MOS to every sample.",
        "SQuAD v2.0 adds unanswerable questions.",
        "We report pass@1 and pass@10 on HumanEval.",
        "We linearize Llama 3.1 70B and Qwen 2.5 7B models with low-rank adaptation.",
    ),
)  # fmt: skip

FAMILY = Family(name="language", aliases=ALIASES, corpus=CORPUS)
