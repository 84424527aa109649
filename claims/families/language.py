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
    MetricAlias("pass@{k}", r"pass@\d+(?:\saccuracy)?"),
    MetricAlias("CIDEr", r"CIDEr"),
)  # fmt: skip

CORPUS = Corpus(
    positive=(
        ex("FooCoder outperforms baselines by 3.1 BLEU and 2.2 CodeBLEU points.", "3.1", metric="BLEU", kind="delta"),
        ex("FooCoder outperforms baselines by 3.1 BLEU and 2.2 CodeBLEU points.", "2.2", metric="CodeBLEU", kind="delta"),
        ex("The system reaches an EER of 1.05% on VoxCeleb.", "1.05%", metric="EER", dataset="VoxCeleb"),
        ex("It lowers WER to 4.8% on LibriSpeech test-other.", "4.8%", metric="WER", dataset="LibriSpeech"),
        ex("The F1 score was 7% better than other models.", "7%", metric="F1", kind="delta"),
        ex("It raises SQuAD v1.1 Test F1 to 91.8 (1.2 point absolute improvement).", "1.2 point", metric="F1", kind="delta"),
        ex("The model reaches a perplexity of 17.4 on WikiText-103.", "17.4", metric="perplexity", dataset="WikiText-103"),
        ex("It improves speech-to-speech translation by 2.6 ASR-BLEU points.", "2.6", metric="BLEU", kind="delta"),
        ex("It achieves an improvement of 20% BLEU over the previous best system.", "20%", metric="BLEU"),
        ex("Our 13M parameters CTC model achieves competitive WERs of 3.6%/9.0% without a language model.", "3.6%", metric="WER"),
    ),
    negative=("We train on 960 hours of LibriSpeech.", "SQuAD v2.0 adds unanswerable questions."),
)  # fmt: skip

FAMILY = Family(name="language", aliases=ALIASES, corpus=CORPUS)
