"""Language and speech: BLEU, CodeBLEU, perplexity, WER, EER, F1 and other text metrics."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, ex

ALIASES = (
    MetricAlias("CodeBLEU", r"Code\s?BLEU"),
    MetricAlias("BLEU", r"(?:sacre)?BLEU(?:-?4)?"),
    MetricAlias("perplexity", r"perplexity|PPL"),
    MetricAlias("WER", r"WER|word\serror\srates?"),
    MetricAlias("EER", r"EER|equal\serror\srates?"),
    MetricAlias("F1", r"(?:macro[\s-]|micro[\s-])?F1(?:[\s-]scores?)?|F-(?:score|measure)"),
    MetricAlias("exact match", r"exact\smatch|EM(?=\s)", case_sensitive=False),
    MetricAlias("ROUGE-L", r"ROUGE-L"),
    MetricAlias("CIDEr", r"CIDEr"),
)  # fmt: skip

CORPUS = Corpus(
    positive=(
        ex("It outperforms baselines by 2.9 BLEU and 1.72 CodeBLEU points", "2.9", metric="BLEU", kind="delta"),
        ex("It outperforms baselines by 2.9 BLEU and 1.72 CodeBLEU points", "1.72", metric="CodeBLEU", kind="delta"),
        ex("achieving an EER of 0.94% on VoxCeleb", "0.94%", metric="EER", dataset="VoxCeleb"),
        ex("It lowers WER to 5.1% on LibriSpeech", "5.1%", metric="WER", dataset="LibriSpeech"),
        ex("The F1 score was 10% better than other models", "10%", metric="F1", kind="delta"),
    ),
    negative=("We train on 960 hours of LibriSpeech.",),
)  # fmt: skip

FAMILY = Family(name="language", aliases=ALIASES, corpus=CORPUS)
