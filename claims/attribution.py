"""Attribution: the kind of a claim, its dataset, the model it is about and its baseline.

Each function reads the sentence around one number and returns one field. They are heuristics
over surface cues ("fewer", "than X", "our X achieves"), written to generalise across papers:
none of them knows any paper, model or benchmark by name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import regex

from claims.datasets import (
    HEADLINE_METRIC,
    MODEL_FAMILY,
    SPLIT_WORD,
    DatasetMention,
    find_datasets,
)
from claims.mentions import MetricMention, find_metrics
from claims.metrics import QUALITY_FAMILIES, QUANTITY_FAMILIES, family_of
from claims.model import Kind
from claims.numbers import NumberMention
from claims.patterns import ASCII_LOWER, GPU_MODEL, OF_ITEMS, RESPECTIVELY, ending

# Metrics whose own values are percentages: a % change of them is a difference in points (delta),
# while a % change of a quantity (latency, FLOPs) is a relative change.
_PERCENT_VALUED: Final[frozenset[str]] = frozenset(
    {"accuracy", "detection", "segmentation"}
) | frozenset(
    {
        "F1",
        "WER",
        "EER",
        "score",
        "compilation accuracy",
        "exact match",
        "win rate",
        "success rate",
        "acceptance rate",
        "sparsity",
    }
)
# A metric the text names itself is a percentage scale when it is a rate or a share of answers
# ("resolve rate", "pass@1", "average preference"), unless it is a rate of something spent.
_PERCENT_VALUED_NAME: Final = regex.compile(
    r"(?<!bit|frame|sampling|learning|compression|data)\s?rate$|accuracy|pass@|preference|agreement|utili[sz]ation"
)

_CHANGE_AFTER: Final = regex.compile(
    r"""^[\s,(]*(?:(?!(?:with|and|while|but|than)\b)[\w-]+\s+){0,3}?(?:higher|lower|better|worse|fewer|less|more|smaller|larger
        |bigger|greater|faster|slower|reduc\w*|improv\w*|gains?|increase\w*|decrease\w*|drops?
        |boost\w*|savings?|speed-?ups?|cheaper|shorter|lift|margin|advantage|acceleration|up)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)
_CHANGE_BEFORE: Final = ending(
    r"""\b(?:by|improv\w*|outperform\w*|surpass\w*|exceed\w*|increas\w*|reduc\w*|decreas\w*
        |gain(?:s|ed)?(?:\s+of)?|boost\w*\s+of|lowers?|cuts?|saves?|speeds?\s+up|accelerat\w*|margin\s+of
        |improvements?\s+of|increases?\s+of|reductions?\s+of)\s+(?:(?:up\s+to|over|around|about|nearly|roughly|approximately|only|just|the|a|an)\s+)*$
        |\b(?:by|gain(?:s|ed)?)\s+\S+(?:\s+[\w-]+)?\s+and\s+$  # "by 2.9 BLEU and <number> CodeBLEU"
        """,
    regex.VERBOSE | regex.IGNORECASE,
)
_RELATIVE_WORD: Final = regex.compile(r"^\s*(?:\(\w+\)\s*)?relative\b", regex.IGNORECASE)
_SHARE_OF: Final = regex.compile(
    r"^[\s\w-]{0,20}?\bof\s+(?:the|its|their|his|her|our|full|original|baseline|teacher)\b"
    r"|^\s*(?:of\s+)?(?:the\s+)?(?:original|teacher|full)",
    regex.IGNORECASE,
)
_OF_AFTER: Final = regex.compile(r"\s*of\b")
_SHARE_BEFORE: Final = ending(
    r"\b(?:retain\w*|maintain\w*|preserv\w*|keep\w*|recover\w*|only|merely|just)\s+(?:up\s+to\s+|about\s+|over\s+)?$",
    regex.IGNORECASE,
)


def kept_share(
    number: NumberMention,
    metric: MetricMention | None,
    dataset: DatasetMention | None,
    text: str,
    sentence_start: int,
) -> bool:
    """ "maintaining 96% performance": a share of a baseline kept, not a score on a benchmark's
    own scale; but "retains 90% of the performance on the MMLU task" is measured on MMLU."""
    if not _SHARE_BEFORE.search(text, max(sentence_start, number.start - 30), number.start):
        return False
    return not (
        metric is not None
        and dataset is not None
        and dataset.start >= metric.end
        and _ON_DATASET.fullmatch(text, metric.end, dataset.start)
    )


def claim_kind(number: NumberMention, metric: str, text: str, sentence_start: int) -> Kind:
    """absolute, delta, relative or ratio (GUIDELINE.md), from the unit and the words around.

    >>> from claims.numbers import find_numbers
    >>> t = "47% lower latency"; claim_kind(find_numbers(t)[0], "latency", t, 0)
    'relative'
    """
    if number.unit == "x":
        return "ratio"
    if number.is_fraction:
        return "relative"  # "only 1/6 of the memory": a share of a baseline (GUIDELINE)
    after = text[number.end : number.end + 60]
    before = text[max(sentence_start, number.start - 60) : number.start]
    change = bool(number.sign == "+" or _CHANGE_AFTER.match(after) or _CHANGE_BEFORE.search(before))
    family = family_of(metric)
    percent_valued = (
        metric in _PERCENT_VALUED
        or family in _PERCENT_VALUED
        or metric.startswith("top-")
        or (family == "other" and _PERCENT_VALUED_NAME.search(metric) is not None)
    )
    if number.unit == "%":
        if not percent_valued:
            return "relative"
        if _RELATIVE_WORD.match(after):
            return "relative"
        if OF_ITEMS.match(after):
            # "solves only 38% of our tasks": a rate over a benchmark's items, not a share kept
            return "delta" if change else "absolute"
        if _SHARE_OF.match(after) and (_SHARE_BEFORE.search(before) or not change):
            return "relative"
        if _SHARE_BEFORE.search(before) and (_OF_AFTER.match(after) or metric == "score"):
            # "recovers over 99% of standard Transformer quality", "maintaining 96% performance"
            return "relative"
        return "delta" if change else "absolute"
    return "delta" if change else "absolute"


# --- datasets ----------------------------------------------------------------------------------

_DENSE_FAMILIES: Final[frozenset[str]] = frozenset({"detection", "segmentation"})


def _classification(dataset: DatasetMention) -> bool:
    """A benchmark whose headline metric is an accuracy: ImageNet, CIFAR, Kinetics..."""
    headline = HEADLINE_METRIC.get(dataset.name)
    return headline is not None and family_of(headline) == "accuracy"


def _judged_otherwise(metric: str, dataset: DatasetMention) -> bool:
    """A top-1 accuracy is not measured on COCO or ADE20K (dense benchmarks: boxes, masks,
    pixels), nor a box AP or an mIoU on ImageNet (a classification benchmark)."""
    headline = HEADLINE_METRIC.get(dataset.name)
    if headline is None:
        return False
    dense = family_of(metric) in _DENSE_FAMILIES
    if not dense and family_of(metric) != "accuracy":
        return False
    return _classification(dataset) if dense else family_of(headline) in _DENSE_FAMILIES


def _scored_by_another_quality(metric: str, dataset: DatasetMention) -> bool:
    """ "a C4 perplexity of 15.76. On zero-shot tasks, ... 58.61% accuracy": a corpus a language
    model's perplexity is measured on, named in the sentence or before it, is not where another
    quality was met. (Only corpora: ImageNet and COCO serve generation as well as their headline
    task.)"""
    if HEADLINE_METRIC.get(dataset.name) != "perplexity":
        return False
    return metric != "perplexity" and family_of(metric) in QUALITY_FAMILIES


_SIZES_OF_INPUT: Final[frozenset[str]] = frozenset({"sequence length", "batch size"})
_IMAGENET_METRICS: Final[frozenset[str]] = frozenset(
    {"top-1 accuracy", "top-5 accuracy", "top-1 error", "top-5 error"}
)
_CLAUSE_SEPARATORS: Final = regex.compile(r"[;,]|\bwhile\b|\bwhereas\b|\.\s")


def choose_dataset(
    number: NumberMention,
    metric: MetricMention | None,
    metric_name: str,
    sentence: tuple[int, int],
    datasets: Sequence[DatasetMention],
    datasets_before: Callable[[int], Sequence[DatasetMention]],
    text: str,
    numbers: Sequence[NumberMention] = (),
) -> DatasetMention | None:
    """The dataset a number was measured on.

    In order: a dataset right against the number ("0.51 on Reddit", "PPI (0.99)"); a dataset
    glued to the metric ("ImageNet top-1", "mIoU on ADE20K"); a dataset introduced by "on"/"in"
    after the number in its clause ("5.5% error on CIFAR-10.1"); the nearest
    dataset in the sentence not cut off by a comma or clause break. Efficiency numbers (speed,
    size, compute...) take a dataset only from their own clause: the FLOPs of a model do not
    depend on the benchmark named three clauses away. Accuracy and error with no dataset in the
    sentence take ImageNet when the abstract named it before (GUIDELINE: plain accuracy in
    ImageNet classification is top-1 accuracy).
    """
    family = family_of(metric_name)
    if family == "size":
        # A model's size does not depend on a benchmark ("2.7B parameters on the Pile" names
        # its training data): annotators leave it without one 300 times in 310, unless the
        # sentence opens with it ("On the ImageNet dataset, our method reduced the storage...").
        return next(
            (
                d
                for d in datasets
                if sentence[0] <= d.start < sentence[1]
                and d.listed
                and _opens_sentence(text, sentence[0], d)
            ),
            None,
        )
    if metric_name in _SIZES_OF_INPUT:
        family = "size"  # a context length is a property of the model, like its size
    if family in QUANTITY_FAMILIES:
        # Speed or size "on GPT-2" names a model or a device more often than a benchmark.
        datasets = [d for d in datasets if d.listed or d.declared]
    # A box AP or an mIoU is never measured on a classification benchmark ("ImageNet top-1 ...,
    # RetinaNet from 37.4 to 41.0 box AP": ImageNet there is a pre-training set), nor a top-1
    # accuracy on a detection or segmentation benchmark.
    # Nor is an accuracy met on a corpus that perplexity is measured on ("a 7.43 WikiText2
    # perplexity and 71.08% average accuracy on 5 common-sense reasoning tasks").
    datasets = [
        d
        for d in datasets
        if not _judged_otherwise(metric_name, d) and not _scored_by_another_quality(metric_name, d)
    ]
    in_sentence = [
        d
        for d in datasets
        if sentence[0] <= d.start < sentence[1]
        and not _TRAINED_ON.search(text, max(0, d.start - 30), d.start)
    ]
    # "average accuracy across AIME 2024, AIME 2025 and LiveCodeBench", "an accuracy of 83.2 on
    # the average (and plus versions) of HumanEval and MBPP": measured on none of them alone
    if len(in_sentence) > 1 and "average" in text[sentence[0] : sentence[1]]:
        in_sentence = _not_averaged(in_sentence, text)
    for dataset in in_sentence:
        # "0.512 on Reddit", "F1 scores for PPI (0.995)", "GSM8K (5.9%→10.9%)": a dataset
        # written right against the number, or opening the parenthesis it is in, is its own,
        # whatever the metric was glued to earlier in the sentence.
        if _ON_DATASET.fullmatch(text, number.end, dataset.start) or (
            dataset.end <= number.start
            and (
                _IN_BRACKET_AFTER.fullmatch(text, dataset.end, number.start)
                or _DATASET_REACHING.fullmatch(text, dataset.end, number.start)
            )
        ):
            return dataset
    if metric is not None:
        for dataset in in_sentence:
            if 0 <= metric.start - dataset.end <= 2 or _ON_DATASET.fullmatch(
                text[metric.end : dataset.start]
            ):
                return dataset
    for dataset in in_sentence:
        if dataset.start >= number.end and _INTRODUCED.search(
            text[max(number.end, dataset.start - 30) : dataset.start]
        ):
            if not _separated(text, number, dataset) and not (
                family in QUANTITY_FAMILIES and _other_value_between(number, dataset, numbers)
            ):
                return dataset
            break
    if family in QUANTITY_FAMILIES:
        # "On the ADE20K dataset, our model achieves 41.8 mIoU and 4.6 GFLOPs": a benchmark that
        # opens the sentence is the setting of every number in it, its cost included; so is one
        # a "where" clause opens on ("benchmarks including LongBench, where it achieves a 3x
        # reduction in KV cache budget").
        before = [d for d in in_sentence if d.end <= number.start]
        if before and _WHERE_AFTER.match(text, before[-1].end, number.start):
            return before[-1]
        return next((d for d in in_sentence if _opens_sentence(text, sentence[0], d)), None)
    if in_sentence:
        near = [d for d in in_sentence if not _separated(text, number, d)]
        nearest = min(near or in_sentence, key=lambda d: _distance(number, d))
        if nearest.end <= number.start and _in_a_run(nearest, in_sentence, text):
            # "Experiments on MATH500, GSM8K and LiveCodeBench show ... up to 11% improvement in
            # accuracy": a value told after a list of benchmarks is on none of them alone
            return None
        return nearest
    evaluated = [
        d
        for d in datasets_before(sentence[0])
        if not _TRAINED_ON.search(text, max(0, d.start - 30), d.start)
        and not _judged_otherwise(metric_name, d)
        and not _scored_by_another_quality(metric_name, d)
    ]
    if family == "accuracy" or metric_name in _IMAGENET_METRICS:
        # (here a classifier "trained on ImageNet" is also tested on it: "train ResNet-50 on
        # ImageNet in one hour. ... reaches 76.3% top-1 accuracy")
        earlier = evaluated or datasets_before(sentence[0])
        for dataset in reversed(earlier):
            if dataset.name in ("ImageNet", "ImageNet-21K"):
                return dataset
    if len({d.name for d in evaluated}) == 1:
        # The abstract named one benchmark before this sentence: the result is on it.
        return evaluated[-1]
    return None


_AVERAGE_OF: Final = ending(
    r"\baverage\b[^.;\d]{0,40}\b(?:of|across|over)\s+(?:the\s+)?$", regex.IGNORECASE
)


def _joined_runs(datasets: Sequence[DatasetMention], text: str) -> list[list[DatasetMention]]:
    """The benchmarks in order, grouped into runs joined by commas, "and" or slashes."""
    runs: list[list[DatasetMention]] = []
    for dataset in datasets:
        last = runs[-1][-1] if runs else None
        if last is not None and _DATASET_JOINER.fullmatch(text, last.end, dataset.start):
            runs[-1].append(dataset)
        else:
            runs.append([dataset])
    return runs


def _in_a_run(dataset: DatasetMention, datasets: Sequence[DatasetMention], text: str) -> bool:
    """Whether `dataset` is one of a run of two or more joined by commas, "and" or slashes."""
    return any(dataset in run and len(run) > 1 for run in _joined_runs(datasets, text))


def _not_averaged(datasets: Sequence[DatasetMention], text: str) -> list[DatasetMention]:
    """The benchmarks outside any list of two or more that a value is averaged over."""
    return [
        dataset
        for run in _joined_runs(datasets, text)
        if len(run) < 2 or not _AVERAGE_OF.search(text, max(0, run[0].start - 50), run[0].start)
        for dataset in run
    ]


_DATASET_JOINER: Final = regex.compile(
    rf"(?:\s{SPLIT_WORD}\b)?\s*(?:,\s*(?:and\s+)?|and\s+|/\s*)\s*"
)


def paired_dataset(
    group: Sequence[NumberMention],
    number: NumberMention,
    datasets: Sequence[DatasetMention],
    sentence: tuple[int, int],
    text: str,
    metric: str = "",
) -> DatasetMention | None:
    """ "mIoU on COCO and LVIS by 2.3 and 3.2 (respectively)": a list of values and a list of as
    many benchmarks pair up in order. None unless the sentence holds exactly one such list, and
    none of its benchmarks is judged by another kind of metric ("experiments on ImageNet, COCO
    and ADE20K ... 71.5, 75.1, and 78.4 Top-1": three models on ImageNet, not three tasks)."""
    in_sentence = [d for d in datasets if sentence[0] <= d.start < sentence[1]]
    runs = _joined_runs(in_sentence, text)
    blocks = _slash_blocks(group, text)
    # "on MME and MMBench, with respective gains of 222.8/22.0/22.3 and 2.7/1.3/1.5": a list of
    # slashed blocks (one value a model) pairs block by block, when no run pairs value by value
    members: Sequence[object] = group
    matching = [run for run in runs if len(run) == len(group)]
    if not matching and len(blocks) > 1:
        members = blocks
        matching = [run for run in runs if len(run) == len(blocks)]
    if not matching:
        members = group
        matching = [_named_before_respectively(group, in_sentence, sentence, text)]
    # (a benchmark twice in the run only for two of its splits: "SA-V val, and SA-V test")
    if len(matching) != 1 or len({_split_of(d, text) for d in matching[0]}) != len(members):
        return None
    if any(_judged_otherwise(metric, dataset) for dataset in matching[0]):
        return None
    if family_of(metric) in QUANTITY_FAMILIES and not all(
        d.listed or d.declared for d in matching[0]
    ):
        return None  # ("2.28x and 2.33x speedup on FooVideoX and BarVideo": models, not benchmarks)
    if members is blocks:
        return matching[0][next(i for i, b in enumerate(blocks) if number in b)]
    return matching[0][list(group).index(number)]


def respective_dataset(
    number: NumberMention,
    numbers: Sequence[NumberMention],
    datasets: Sequence[DatasetMention],
    sentence: tuple[int, int],
    text: str,
) -> DatasetMention | None:
    """ "on ODinW and OVDEval, boasting an AP of 30.1 and an NMS-AP of 26.86, respectively": the
    values written one by one after a list of benchmarks, up to "respectively", pair with them
    in order when there are as many."""
    found = RESPECTIVELY.search(text, number.end, sentence[1])
    if found is None:
        return None
    in_sentence = [d for d in datasets if sentence[0] <= d.start < sentence[1]]
    runs = [run for run in _joined_runs(in_sentence, text) if len(run) > 1]
    if len(runs) != 1 or runs[0][-1].end > number.start:
        return None
    run = runs[0]
    values = [n for n in numbers if run[-1].end <= n.start < found.start()]
    # ("to 81.8% (+5.9%), 34.7% (+5.8%), and 76.4% (+15.8%), respectively": a change bracketed
    # after a value goes with it)
    heads = [
        n for n in values if not _BRACKETED_CHANGE.search(text, max(0, n.start - 3), n.start + 1)
    ]
    if len(heads) != len(run) or len({d.name for d in run}) != len(run):
        return None
    before = [i for i, h in enumerate(heads) if h.start <= number.start]
    return run[before[-1]] if before else None


_SPLIT_AFTER: Final = regex.compile(rf"\s({SPLIT_WORD})\b")


def _split_of(dataset: DatasetMention, text: str) -> tuple[str, str]:
    """A benchmark's name with the split written after it, if any ("SA-V val")."""
    split = _SPLIT_AFTER.match(text, dataset.end, dataset.end + 12)
    return dataset.name, split.group(1) if split else ""


_BRACKETED_CHANGE: Final = regex.compile(r"\(\s*[+-]$")


_SLASH: Final = regex.compile(r"\s*/\s*")


def _slash_blocks(group: Sequence[NumberMention], text: str) -> list[tuple[NumberMention, ...]]:
    """The runs of slash-joined values in a list, when every run has more than one and all have
    as many ("222.8/22.0/22.3 and 2.7/1.3/1.5"); else none."""
    blocks: list[list[NumberMention]] = []
    for member in group:
        if blocks and _SLASH.fullmatch(text, blocks[-1][-1].end, member.start):
            blocks[-1].append(member)
        else:
            blocks.append([member])
    if len({len(b) for b in blocks}) != 1 or len(blocks[0]) < 2:
        return []
    return [tuple(b) for b in blocks]


_THESE_NEXT: Final = regex.compile(
    r"\s+(?:on|across|for)\s+(?:these|those|both|the\s+(?:two|three|four|same))\s+(?:\w+\s+)?"
    r"(?:datasets|benchmarks|tasks)\b",
    regex.IGNORECASE,
)


def dataset_of_these(
    group: Sequence[NumberMention],
    number: NumberMention,
    datasets_before: Callable[[int], Sequence[DatasetMention]],
    sentence_start: int,
    text: str,
) -> DatasetMention | None:
    """ "... on CIFAR-10 and ImageNet 64x64. Two-step sampling reduces FID to 2.24 and 2.93 on
    these two datasets": a list on "these datasets" pairs, in order, with the last benchmarks
    the text named before. (The text before is searched for them only then.)"""
    if not _THESE_NEXT.match(text, group[-1].end, group[-1].end + 80):
        return None
    last: list[DatasetMention] = []
    for dataset in reversed(datasets_before(sentence_start)):
        if all(d.name != dataset.name for d in last):
            last.insert(0, dataset)
        if len(last) == len(group):
            return last[list(group).index(number)]
    return None


_RESPECTIVELY_NEXT: Final = regex.compile(r"\s*[,(]?\s*respectively\b", regex.IGNORECASE)


def _named_before_respectively(
    group: Sequence[NumberMention],
    in_sentence: Sequence[DatasetMention],
    sentence: tuple[int, int],
    text: str,
) -> list[DatasetMention]:
    """ "57.1% on AIME and 94.8% on MATH, up from the previous 6.5% and 59.2% respectively": a
    list closed by "respectively" with no benchmark after it pairs with the benchmarks the
    sentence named before it, in order."""
    after = group[-1].end
    if not _RESPECTIVELY_NEXT.match(text, after, sentence[1]):
        return []
    if any(d.start >= after for d in in_sentence):
        return []
    return [d for d in in_sentence if d.end <= group[0].start]


# "pre-training on ImageNet-21K": a training set, not the benchmark a result is measured on.
# ("fine-tuned on Science QA" is not here: a model is fine-tuned on the benchmark it reports.)
_TRAINED_ON: Final = ending(
    r"\b(?:pre-?train\w*|train\w*)\s+(?:[\w-]+\s+){0,3}(?:on|with|from)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
_WHERE_AFTER: Final = regex.compile(r"\s*,\s*where\b")
_ON_DATASET: Final = regex.compile(r"\s+(?:on|in|for)\s+(?:the\s+)?", regex.IGNORECASE)
# "GSM8K (5.9%→10.9%)": a number inside the parenthesis that opens right after a benchmark
_IN_BRACKET_AFTER: Final = regex.compile(r"\s*\([^()]{0,30}")
# "AMC23 accuracy rising from 63% to 80% and AIME24 reaching 46.7%", "MATH500: 73.6%"
# "outperforms the prior best on COCO (pose) by 7.6 AP, ADE20K (part-seg) by 17.1 mIoU": "by"
_DATASET_REACHING: Final = regex.compile(
    # ("..., and BarArena from 57.2% to 62.5%": where a benchmark's result went from)
    r"\s*(?::|=|\s(?:reach(?:es|ing)?|hits?|hitting|at|from|ris(?:es|ing)\s+to|climb(?:s|ing)?\s+to)"
    r"|(?:\s\([^()]{1,20}\))?\sby)"
    r"\s*(?:up\s+to\s+|about\s+|over\s+)?"
)
_INTRODUCED: Final = ending(
    r"\b(?:on|in|for|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", regex.IGNORECASE
)


_TOPIC_BEFORE: Final = regex.compile(
    r"\s*(?:(?:Notably|Specifically|In\s+particular|For\s+example|For\s+instance|Moreover"
    r"|Furthermore|Finally|Also|Empirically|Experimentally),?\s+)?"
    # ("When applied to the BLIP model in the NLVR2 dataset, X reduces the GFLOPs by 80%")
    r"(?:(?:When|If)\s+(?:applied|evaluated|tested|used)\s+(?:to|on|with)\s+[^,;]{0,50}?\s)?"
    r"(?:On|For|In|Across)\s+(?:the\s+)?",
    regex.IGNORECASE,
)
_TOPIC_AFTER: Final = regex.compile(
    r"(?:\s+(?:dataset|benchmark|test\s+set|val(?:idation)?\s+set))?\s*,", regex.IGNORECASE
)


def _opens_sentence(text: str, sentence_start: int, dataset: DatasetMention) -> bool:
    return bool(
        _TOPIC_BEFORE.fullmatch(text, sentence_start, dataset.start)
        and _TOPIC_AFTER.match(text, dataset.end, dataset.end + 60)
    )


def _distance(number: NumberMention, dataset: DatasetMention) -> int:
    if dataset.start >= number.end:
        return dataset.start - number.end
    return number.start - dataset.end + 5  # a dataset before the number is a little farther


def _other_value_between(
    number: NumberMention, dataset: DatasetMention, numbers: Sequence[NumberMention]
) -> bool:
    """ "lowers latency to 268s with only a 0.09% drop on VBench": a benchmark introduced after a
    value of another kind is that value's, not the cost's before it (a list in one unit shares
    it: "2x and 3x on X"; a quality keeps its own: "74.7% mIoU at 230 FPS on CamVid")."""
    return any(
        number.end <= other.start and other.end <= dataset.start and other.unit != number.unit
        for other in numbers
    )


def _separated(text: str, number: NumberMention, dataset: DatasetMention) -> bool:
    lo, hi = (
        (number.end, dataset.start) if dataset.start >= number.end else (dataset.end, number.start)
    )
    return bool(_CLAUSE_SEPARATORS.search(text[lo:hi])) or hi - lo > 80


# The verbs of making a whole output (a generator's, or a judge's grades).
_MAKING_VERB: Final = (
    r"(?:generat|creat|produc|synthesi[sz]|reconstruct|render|judg|grad(?:e|ing)|annotat)\w*"
)
_MAKES: Final = regex.compile(rf"\b{_MAKING_VERB}\b(?![^.;]*\btrain)", regex.IGNORECASE)
_QUANTIZED: Final = regex.compile(
    r"\b(?:quantiz\w*|full-precision|binari[sz]\w*|ternar\w*|\d+-bit|low-bit|bit-width)",
    regex.IGNORECASE,
)
_DONE_IN: Final = ending(
    r"\b(?:in|within)\s+(?:just\s+|only\s+|under\s+|less\s+than\s+|as\s+little\s+as\s+|about\s+|around\s+"
    r"|approximately\s+|roughly\s+|nearly\s+|~\s*)*$",
    regex.IGNORECASE,
)
_TAKES: Final = ending(
    r"\b(?:tak(?:es?|ing)|requir(?:es?|ing)|needs?|needing)\s+(?:about\s+|around\s+|over\s+|up\s+to\s+)?$",
    regex.IGNORECASE,
)
# Devices a user holds: a job timed on one is a latency ("in 1.7 seconds on a Xiaomi-14 Pro");
# on a server accelerator it stays the job's inference time ("in 0.3 seconds on an A100 GPU").
_USER_DEVICE: Final = regex.compile(
    r"\b(?:CPUs?|mobile|phones?|smartphones?|devices?|edge|laptops?|iPhone\w*|Jetson|Snapdragon"
    # (the phone, not "1024x1024 pixel images")
    r"|Xiaomi|Samsung|Galaxy|(?-i:Pixel)|Raspberry|latency)\b",
    regex.IGNORECASE,
)
# "generating one token in 0.188 seconds": the time of one step of the work is its latency
_ONE_STEP: Final = regex.compile(
    r"\b(?:one|a\s+single|each|every|per)\s+(?:token|frame|step)\b", regex.IGNORECASE
)
_TRAINING_BEFORE: Final = regex.compile(r"\btrain(?:s|ing|ed)?\b", regex.IGNORECASE)
_FOR_MAKING: Final = regex.compile(rf"\s+(?:to|for)\s+{_MAKING_VERB}", regex.IGNORECASE)
_FASTER: Final = regex.compile(r"\b(?:faster|speed-?ups?|accelerat\w+)\b", regex.IGNORECASE)
_INSTANCE_SEGMENTATION: Final = regex.compile(r"\binstance\s+segmentation\b", regex.IGNORECASE)


# ("a success rate of 57.6% (Pass@32), surpassing X by 7.6%": the whole sentence is at 32 tries)
_MANY_TRIES: Final = regex.compile(r"\(\s*pass@(?!1\b)\d+", regex.IGNORECASE)


def canonical_metric(
    metric: str,
    dataset: str | None,
    generic: bool = False,
    context: str = "",
    unit: str = "",
    sentence: str = "",
    after: str = "",
) -> str:
    """GUIDELINE: plain accuracy in ImageNet classification is top-1 accuracy; error is top-1 error.
    A vague word ("performance") on a benchmark with one headline metric means that metric; an AP
    in instance segmentation (`context`: the words just before the number) is a mask AP; a
    percentage of a bitrate ("saving 21% in bitrate", "21% lower bitrate") is a bitrate saving.

    >>> canonical_metric("accuracy", "ImageNet"), canonical_metric("bitrate", None, unit="%")
    ('top-1 accuracy', 'bitrate saving')
    >>> canonical_metric("score", None, unit="x")
    'speedup'
    >>> canonical_metric("latency", None, context="meshes in under ", unit="s", sentence="...")
    'inference time'
    """
    if metric == "AP" and _INSTANCE_SEGMENTATION.search(context):
        return "mask AP"
    if metric == "bitrate" and unit == "%":
        return "bitrate saving"
    if (
        metric == "training time"
        and unit in ("min", "hours")
        and (_DONE_IN.search(context) or _TAKES.search(context))
        and _MAKES.search(sentence)
    ):
        # "can create high quality 3D mesh models in 40 minutes, 2x faster than DreamFusion
        # (taking 1.5 hours)": making an output is inference, for the system compared with too
        return "inference time"
    if (
        metric in ("latency", "inference time")
        and unit in ("s", "min")
        and _TRAINING_BEFORE.search(context)
    ):
        return "training time"  # "only training 2 parameters within 10 seconds"
    if (
        metric == "latency"
        and (
            (unit == "s" and _DONE_IN.search(context))
            or (unit == "ms" and _DONE_IN.search(context) and _MAKES.search(sentence))
            or (unit in ("s", "ms") and _FOR_MAKING.match(after))
        )
        and not _USER_DEVICE.search(sentence)
        and not _ONE_STEP.search(context)
    ):
        # "produces a 3D mesh from a single image in under 0.5 seconds", "generates 3D objects
        # in 400ms", "0.5 seconds for generating 1024px images": how long a whole job takes is
        # its inference time; on a device a user holds ("in 1.7 seconds on a phone") a latency.
        return "inference time"
    if metric == "parameters" and unit == "x" and _QUANTIZED.search(context):
        # "our quantized model is 4x smaller": quantization shrinks bytes, not the parameter count
        return "model size"
    if unit == "x" and (
        metric == "score" or (family_of(metric) in QUALITY_FAMILIES and _FASTER.search(context))
    ):
        # A factor of "performance" ("improves performance by up to 3x", "speedup performance up
        # to 3.8x") or one after "faster" ("faster than GNNs by 146x") is a speed-up: quality
        # scores are not compared as factors (no annotator wrote a ratio of a score).
        return "speedup"
    if generic and metric == "score" and dataset in HEADLINE_METRIC:
        metric = HEADLINE_METRIC[dataset]
    if (
        metric in ("pass@1", "success rate")
        and HEADLINE_METRIC.get(dataset or "") == "accuracy"
        and not _MANY_TRIES.search(sentence)
    ):
        # "81.5% on GSM8k pass@1", "the success rates ... on MATH500": a share of problems
        # answered right on a benchmark scored by accuracy is its accuracy (annotators: 209 to 1;
        # at more tries, "a pass@200 of 77.0%", "a success rate of 57.6% (Pass@32)", it stays
        # what the text says)
        return "accuracy"
    if dataset in ("ImageNet", "ImageNet-21K"):
        if metric == "accuracy":
            return "top-1 accuracy"
        if metric == "error rate":
            return "top-1 error"
    return metric


# --- model names -------------------------------------------------------------------------------

# Candidate system names: tokens with a capital letter (UniRepLKNet, FBNetV3, EMOv2-5M, mmMamba,
# NViT-Base, Hydra++, EMOv2-1M/2M/5M); `_looks_like_name` keeps those shaped like a system name.
# (Compiled by the standard `re`: for this pattern it matches 1.5x faster than `regex`, with the
# same matches at all five million positions of data/ tried.)
NAME: Final = re.compile(
    r"""(?<![\w/.-])
    (?: (?: [a-z]+[A-Z] | [A-Z][A-Za-z]*[A-Z0-9] ) [A-Za-z0-9]*      # an inner capital or a digit
        (?: [-.] [A-Za-z0-9]+ )*                                   # -Base, -5M, .1
        (?: / [A-Za-z0-9]+ (?: -[A-Za-z0-9]+ )? )*                  # -1M/2M/5M
        \+{0,2}
      | [A-Z][a-z]+ (?: -[A-Z][A-Za-z0-9]* )+ (?: -[A-Za-z0-9]+ )*     # Sarathi-Serve, Gold-YOLO-N
      | [A-Z][a-z]+ \+\+                                          # Hydra++
    )
    (?![\w])""",
    re.VERBOSE,
)
# Acronyms and words shaped like names that name a kind of thing, a unit, hardware or a vendor.
_NOT_NAMES: Final[frozenset[str]] = frozenset(
    """AI ML NLP CV GPU GPUs CPU CPUs NPU NPUs TPU TPUs CNN CNNs RNN RNNs DNN DNNs LLM LLMs
    MLLM MLLMs LMM LMMs LVLM LVLMs VLM VLMs SLM SLMs SSM SSMs NAS SOTA API APIs FPS FLOPs
    GFLOPs TFLOPs MACs GMACs AP mAP mIoU PSNR SSIM BLEU FID WER EER ViT ViTs MLP MLPs IoT AR
    VR RGB HD US TB GB MB KB QNN INT8 INT4 FP16 FP32 BF16 II III IV OOM ROI LoRA NeRF NeRFs
    INR INRs SNN SNNs ANN ANNs GAN GANs VAE VAEs KV RL NLU ASR TTS OCR VQA QA MoE MoEs PyTorch
    TensorFlow JAX CUDA URL GitHub DRAM SRAM FPGA ASIC CMOS Top-1 Top-5 ImageNet Transformer
    Transformers BERT GPT LLaMA IN ID OOD A100 V100 H100 A6000 RTX HBM SSD NVIDIA Intel AMD
    Google Microsoft Meta Apple Qualcomm ARM MHA MQA GQA MLA IoU AUC CTC GEMM GEMV FP8 FP4 INT2 INT3
    NLG SoTA OpenAI DeepMind Anthropic""".split()  # noqa: SIM905 - a word list reads best as text
)


# First words of title-case compounds that describe rather than name ("Vision-Language Models",
# "Real-Time", "Mixture-of-Experts"): a capitalised word joined to a capitalised word is a name
# ("Sarathi-Serve", "Meta-SpikeFormer") unless it starts with one of these.
_COMPOUND_HEADS: Final[frozenset[str]] = frozenset(
    """Vision Language Visual Encoder Decoder Multi Real State Large Small Low High Cross Self
    Mixture Top Open Zero Few One Two Three Long Short Text Image Video Audio Speech End Fine
    Pre Post Non Semi Co Sub Super Single Dual Hybrid Full Half Sparse Dense Deep Hardware
    Software Memory Compute Energy Parameter Resource Cost Time Human Machine Token Channel
    Layer Head Block Model Task Domain Data Knowledge Graph Point Object Scene Instance
    Semantic Spatial Temporal Spatio Frequency Mobile Edge Cloud Plug Training Inference
    Test Weight Activation Quantization Bit Mixed Auto Next Coarse Bi Uni Tri""".split()  # noqa: SIM905
)
# Hardware and cost units shaped like names: "A800-80GB", "A100-40G", "RTX3090", "Note8",
# "GPU-days", "TPU-hours". They say where or how long, never which system.
_HARDWARE_OR_UNIT: Final = regex.compile(
    rf"(?:{GPU_MODEL}|(?:iPhone|Pixel|Galaxy|Note|Jetson|Snapdragon)\w*"
    r"|[GT]PU-(?:days?|hours?)|[kMG]Hz)(?:-\d+G?B?)?"
)


@lru_cache(maxsize=50_000)
def _looks_like_name(token: str, plural_ok: bool = False) -> bool:
    """A capital after the first letter, or a capital and a digit: `FBNetV3`, `mmMamba`, `OFA`.

    >>> [t for t in ("FBNetV3", "A800-80GB", "GPU-days", "RTX3090", "Note8", "EMOv2-5M")
    ...  if _looks_like_name(t)]
    ['FBNetV3', 'EMOv2-5M']
    """
    if not plural_ok and _PLURAL.search(token):
        return False  # "ConvNets", "ViTs", "LLMs": a class of models, not a system
    if token in _NOT_NAMES or token.rstrip("s") in _NOT_NAMES or _DESCRIPTIVE.search(token):
        return False
    if _HARDWARE_OR_UNIT.fullmatch(token):
        return False
    head, hyphen, _ = token.partition("-")
    if hyphen and head in _COMPOUND_HEADS:
        return False  # "Vision-Language", "Multi-Head": a compound of common words
    if token.endswith("++"):
        return True
    core = token.rstrip("+")
    if len(core) < 3:
        return False
    inner_capital = any(ch.isupper() for ch in core[1:])
    has_digit = any(ch.isdigit() for ch in core)
    return inner_capital or (core[0].isupper() and has_digit)


# "MLP-based", "INR-like": descriptions built on a name, not names.
_DESCRIPTIVE: Final = ending(
    r"-(?:based|like|style|aware|free|only|specific|wise|level|scale|efficient|friendly|optimi[sz]ed"
    r"|trained|pretrained|tuned|distilled|guided|driven|enhanced|powered|augmented)$",
    regex.IGNORECASE,
)
_PLURAL: Final = ending(r"(?:[A-Z][a-z]*|[A-Z])s$")
_INTRODUCED_NAME: Final = regex.compile(
    # Anchored on the name's capital (or its parenthesis), the cue looked for behind it: a
    # search then stops at 5% of the positions, and runs 2-3x faster.
    # (One look-ahead in front of every branch: with a branch that lacks it, the engine tries
    # the pattern at every character and the search is 7x slower.)
    r"(?=[A-Z(])(?:"
    r"(?<=\b(?:called|named|dubbed|termed|coined|(?:model|method|network|architecture|framework|system),)\s+)"
    r"(?P<name>[A-Z][A-Za-z0-9-]+)\b"
    # "We propose Hedgehog, a learnable linear attention": a plain word introduced, then described
    r"|(?<=\b(?:propose|proposes|present|presents|introduce|introduces)\s+)"
    r"(?P<name>[A-Z][A-Za-z0-9-]+)(?=\s*,\s+(?:a|an|the)\s)"
    r"|\((?P<name>[A-Z][A-Za-z]?\d)\))"
)
# "our EMOv2", "the proposed SLAB module": the paper's own system. The words between may not
# compare ("our model outperforms Flamingo80B": the name after the verb is the baseline).
_OUR: Final = ending(
    r"\b(?:our|the\s+proposed|proposed)\s+"
    r"(?:(?!(?:than|over|vs|versus|against|surpass|outperform|beat|exceed)\w*\s)[\w-]+\s+){0,2}?$",
    regex.IGNORECASE,
)
_INTRO_VERB: Final = regex.compile(
    r"(?:propose|proposes|present|presents|introduce|introduces|develop|develops|design|called"
    r"|named|dubbed|termed|coined|namely|call\s+it|name\s+it)\b"
)
# The words every verb above starts with. An abstract is searched for each with `str.find`, and
# the verb tried only where one is found: 3x faster than one case-blind alternation scanning
# every position.
_INTRO_STEMS: Final = ("propose", "present", "introduce", "develop", "design", "call", "name",
                       "dubbed", "termed", "coined")  # fmt: skip


def _introductions(text: str) -> list[tuple[int, int]]:
    """Where a verb that introduces a name ("we propose", "called") stands, in order.

    >>> _introductions("We Propose FooNet, called Foo for short.")
    [(3, 10), (19, 25)]
    """
    lowered = text.translate(ASCII_LOWER)  # (ASCII only: the offsets stay those of `text`)
    found = []
    for stem in _INTRO_STEMS:
        at = lowered.find(stem)
        while at != -1:
            if at == 0 or not (lowered[at - 1].isalnum() or lowered[at - 1] == "_"):
                verb = _INTRO_VERB.match(lowered, at)
                if verb is not None:
                    found.append(verb.span())
            at = lowered.find(stem, at + 1)
    return sorted(found)


_BASELINE_CUE_BEFORE: Final = ending(
    r"\b(?:than|over|vs\.?|versus|against|surpass\w*|outperform\w*|beat\w*|exceed\w*|upon)\s+"
    r"(?:the\s+|a\s+|an\s+|both\s+)?(?:[\w/+-]+\s+){0,4}(?:[\w/-]+\+)?$"
    r"|\b(?:to|with|including|like|as|from|of|matches|match|matching|rivals?|between|on|in|for|at|using|via|after|before"
    r"|during|through|without|under)\s+"
    r"(?:the\s+|a\s+|an\s+|both\s+)?(?:[\w-]+\s+){0,2}$"
    r"|\b(?:and|or)\s+$",
    regex.IGNORECASE,
)
_URL_LIKE: Final = regex.compile(r"(?:https?://|www\.)\S+")
_SUBJECT_CLAUSE: Final = regex.compile(
    r"(?P<strong>;)|(?P<colon>:)|,\s*(?:while|whereas|and|but)\b|\bwhile\b|\bwhereas\b"
)


_CAPITAL: Final = regex.compile(r"[A-Z]")


def _name_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """`NAME.finditer(text, start, end)`, found from the capitals instead of every character.

    Every name has a capital after, at most, a run of lower-case letters that starts it (the
    look-behind forbids a word character before a name). So each capital fixes the one place a
    name holding it could start; trying `NAME` there alone is 10x faster than a scan that
    tries the pattern at every position of the text.
    """
    position = start
    for capital in _CAPITAL.finditer(text, start, end):
        at = capital.start()
        if at < position:
            continue
        while at > position and "a" <= text[at - 1] <= "z":
            at -= 1
        match = NAME.match(text, at, end)
        if match is not None:
            position = match.end()
            yield match


def _names(
    text: str, start: int, end: int, taken: Sequence[tuple[int, int]] = (), plural_ok: bool = False
) -> list[re.Match[str]]:
    """Name-like tokens in text[start:end] that do not overlap a dataset or metric mention."""
    return [
        m
        for m in _name_matches(text, start, end)
        if _looks_like_name(m.group(), plural_ok)
        and not any(a < m.end() and m.start() < b for a, b in taken)
    ]


@lru_cache(maxsize=50_000)
def _is_term(token: str) -> bool:
    """A dataset or metric name ("CIFAR-10", "FLOPs"), or a variant of a dataset's name
    ("CIFAR10-DVS", "COCO-WholeBody"), is not a system name.

    >>> _is_term("CIFAR10-DVS"), _is_term("COCO-WholeBody"), _is_term("ResNet-50")
    (True, True, False)
    """
    head, hyphen, _ = token.partition("-")
    if hyphen and _whole(find_datasets(head), head):
        return True
    return _whole(find_datasets(token), token) or _whole(find_metrics(token), token)


def _whole(found: Sequence[DatasetMention] | Sequence[MetricMention], token: str) -> bool:
    return bool(found) and found[0].start == 0 and found[0].end == len(token)


def method_name(text: str, title: str) -> str | None:
    """The name of the paper's own system: the name that the title and abstract stress most
    (the title's head before a colon, after "we propose", repeated), outside URLs."""
    clean = _URL_LIKE.sub(lambda m: " " * len(m.group()), text) if "://" in text else text
    # The verbs that introduce a name, found once ("we propose", "called"): each name then asks
    # whether one ends in the 60 characters before it.
    introductions = _introductions(clean)
    scores: Counter[str] = Counter()
    for match in _names(clean, 0, len(clean), plural_ok=True):
        token = match.group()
        plural = bool(_PLURAL.search(token))
        if plural:
            # "ConvNeXts compete" speaks of ConvNeXt if the text names it; "ConvNets" is a class,
            # so a plural counts once for its singular and is never the one introduced.
            if not _singular_named(clean, token):
                continue
            token = token[:-1]
        if "/" in token or _is_term(token):
            continue
        scores[token] += 1
        if not plural and any(
            match.start() - 60 <= at and end <= match.start() for at, end in introductions
        ):
            scores[token] += 3
    for match in _INTRODUCED_NAME.finditer(clean):
        # "a compute-optimal model, Chinchilla, that ...", "(S4)": names a plain word or an acronym.
        token = match.group("name")
        if not _is_term(token) and token not in _NOT_NAMES:
            scores[token] += 3
    title_head = title.split(":")[0].strip() if ":" in title else ""
    if title_head and len(title_head.split()) <= 2 and title_head[0].isalpha():
        # "Kangaroo: Lossless ...", "Spikformer V2: ...": a short head before a colon is the name.
        scores[title_head] += 20
    for match in _names(title, 0, len(title)):
        token = match.group()
        if _is_term(token):
            continue
        scores[token] += 4 if match.end() <= len(title_head) else 2
    if not scores:
        return None
    name, score = scores.most_common(1)[0]
    return name if score >= 3 else None


_BENCHMARK_TITLE: Final = regex.compile(
    r"\b(?:benchmark\w*|evaluat\w*|testbed|leaderboard)\b|\bbench\b"
    # "WebArena: A Realistic Web Environment for ...", not "... in Dynamic Environments"
    r"|\ban?\s+(?:[\w-]+\s+){0,3}(?:environment|simulator)\b",
    regex.IGNORECASE,
)


def benchmark_name(text: str, title: str, method_of: Callable[[], str | None]) -> str | None:
    """The benchmark a paper introduces, when its own "system" is one ("GAIA: a benchmark for
    General AI Assistants", "SWE-bench: Can Language Models Resolve ...?", "We introduce FooArena,
    a realistic environment ..."): its results are measured on it, and it is no model.

    `method_of` gives the paper's own name (`method_name`); it is asked only when the text holds
    a word a benchmark is introduced with, so most papers never pay for it here.

    >>> benchmark_name("We build FooArena.", "FooArena: A Web Environment", lambda: "FooArena")
    'FooArena'
    >>> benchmark_name("FooNav plans.", "FooNav: Planning in Environments", lambda: "FooNav")
    >>> benchmark_name("FooJudge scores 0.9.", "FooJudge: Evaluation Skills", lambda: "FooJudge")
    >>> benchmark_name("Gemini-2.5 scores 25%.", "Evaluating LLMs on Proofs", lambda: "Gemini-2")
    """
    title_says = _BENCHMARK_TITLE.search(title) is not None
    if not (title_says or "bench" in title.lower() or _introduces_a_benchmark(text)):
        return None  # (the name holds "bench", or the text introduces it with one of the words)
    method = method_of()
    if method is None or MODEL_FAMILY.match(method):
        return None  # (a paper that evaluates Gemini-2.5-Pro on a test does not name it so)
    ends = _name_ends(text, method)
    if not (
        title_says
        or "bench" in method.lower()
        or any(_INTRODUCED_AS_BENCHMARK.match(text, end, end + 120) for end in ends)
    ):
        return None
    if any(_JUDGED_VERB.match(text, end, end + 60) for end in ends):
        return None  # "Prometheus scores a Pearson correlation of 0.897": a system that is judged
    listed = find_datasets(method, 0, len(method))
    return listed[0].name if len(listed) == 1 and listed[0].text == method else method


def _name_ends(text: str, name: str) -> list[int]:
    """Where `name` ends in `text`, as a word starting in any case ("BLINK" in the title, "Blink"
    in the text): found once, then asked what follows each."""
    # (ASCII only, so the offsets of `lowered` stay those of `text`)
    lowered, sought = text.translate(ASCII_LOWER), name.translate(ASCII_LOWER)
    ends = []
    at = lowered.find(sought)
    while at != -1:
        end = at + len(sought)
        if at == 0 or not text[at - 1].isalnum():
            ends.append(end)
        at = lowered.find(sought, end)
    return ends


# (a dataset to evaluate on, not to train on: "a question-answering dataset", "an evaluation
# dataset"; not "FooWeb, a 15-trillion token dataset")
_EVALUATION_DATASET: Final = r"(?:question[\s-]answering|evaluation|test|QA)\s+dataset"
# The words a benchmark is introduced with ("bench" in any case: "FooBench", "SWE-bench").
_INTRODUCTION_WORDS: Final = ("environment", "testbed", "suite")
# What stands before "dataset" in an evaluation dataset, in the text lowered.
_EVALUATION_DATASET_BEFORE: Final = ending(r"(?:question[\s-]answering|evaluation|test|qa)\s+$")


def _introduces_a_benchmark(text: str) -> bool:
    """Whether the text holds a word a benchmark is introduced with, looked for with `str`'s
    C-speed search in the text lowered (a regex alternation with a case-blind branch scans 10x
    slower); "an evaluation dataset" by the words before each "dataset".

    >>> _introduces_a_benchmark("We release FooQA, a Question Answering Dataset of 1K items.")
    True
    >>> _introduces_a_benchmark("FOOBENCH holds 1K items."), _introduces_a_benchmark("No test.")
    (True, False)
    """
    lowered = text.translate(ASCII_LOWER)  # (ASCII only: the letters sought are ASCII)
    if "bench" in lowered or any(word in text for word in _INTRODUCTION_WORDS):
        return True
    at = lowered.find("dataset")
    while at != -1:
        if _EVALUATION_DATASET_BEFORE.search(lowered, max(0, at - 30), at):
            return True
        at = lowered.find("dataset", at + 1)
    return False


_INTRODUCED_AS_BENCHMARK: Final = regex.compile(
    r",?\s+(?:a|an|the\s+first|the)\s+(?:[\w-]+\s+){0,6}?"
    rf"(?:benchmark|environment|testbed|suite|(?i:{_EVALUATION_DATASET}))\b"
)
# A verb of which a judged system is the subject.
_JUDGED_VERB: Final = regex.compile(
    r"\s+(?:also\s+|further\s+|consistently\s+)?"
    r"(?:achiev|outperform|surpass|scor|obtain|reach|improv|beat|attain)"
)


# "our method achieves ...": the paper's own system, whatever else the sentence names.
OUR_SYSTEM: Final = regex.compile(
    r"\bour\s+(?:\w+\s+)?(?:method|approach|framework|model|models|system|technique|algorithm|design)\b",
    regex.IGNORECASE,
)
# Stands in `Subjects.names` for "our method": the caller puts the paper's system there.
OURS: Final = ""


@dataclass(frozen=True, slots=True)
class Subjects:
    """The candidate subjects of one sentence: names that are not baselines, datasets or metrics,
    and where its clauses start; computed once per sentence, asked once per number."""

    names: tuple[tuple[int, str], ...]
    clause_starts: tuple[int, ...]
    topic_starts: tuple[int, ...]  # after ";", where the sentence's subject no longer holds
    colons: tuple[int, ...] = ()
    # Systems a method works on ("accelerates DeiT-S"): only the value they start from is theirs.
    objects: tuple[tuple[int, str], ...] = ()

    def model_for(self, number: NumberMention, starting_value: bool = False) -> str | None:
        """The name nearest the number in its clause ("our EMOv2 beats ..., e.g., EMOv2-1M/2M/5M
        achieve 72.3, 75.8 and 79.4"); else, after a ":", the subject named before it ("The
        flagship model, Qwen2-72B, showcases ...: 84.2 on MMLU"); else the first name since a
        ";"; None if there is none. A `starting_value` ("boosts ResNet-18 from 69.9% to ...")
        may also belong to the system the method works on."""
        names = sorted(self.names + self.objects) if starting_value else self.names
        before = [(start, name) for start, name in names if start < number.start]
        if not before:
            return None
        clause_start = max((c for c in self.clause_starts if c <= number.start), default=0)
        in_clause = [name for start, name in before if start >= clause_start]
        if in_clause:
            return in_clause[-1]
        topic_start = max((c for c in self.topic_starts if c <= number.start), default=0)
        colon = min((c for c in self.colons if topic_start <= c <= number.start), default=None)
        if colon is not None:
            # Names after the colon but outside the number's clause are items of a list
            # ("We use new features: WRC, CSP, ... to achieve ...: 43.5% AP"), not its subject.
            head = [name for start, name in before if topic_start <= start < colon]
            return head[-1] if head else None
        in_topic = [name for start, name in before if start >= topic_start]
        return in_topic[0] if in_topic else None


# "DeepSeekMath 7B achieves", "MobileLLM 125M": a size written after a name is part of it.
_SIZE_AFTER_NAME: Final = regex.compile(r"\s\d+(?:\.\d+)?[BM](?![\w-])(?!\s*param)")


def _with_size(text: str, name: re.Match[str]) -> str:
    size = _SIZE_AFTER_NAME.match(text, name.end())
    end = size.end() if size else name.end()
    return text[name.start() : end]


# "For YOLO-Nano with only 0.91M parameters, we get 25.3% AP": a clause that opens with "For X"
# or "With X" makes X its topic, not a baseline.
_TOPIC_OPENER: Final = regex.compile(r"\s*(?:for|with|using)\s+", regex.IGNORECASE)


def _segment_start(text: str, sentence_start: int, position: int) -> int:
    """Where the sentence, or its last clause after a ";" or ":", before `position` starts."""
    return max(
        sentence_start,
        text.rfind(";", sentence_start, position) + 1,
        text.rfind(":", sentence_start, position) + 1,
    )


# "our method accelerates DeiT-S by 60%", "pruning the LLaMA2-7B model down to 1.3B", "improves
# the decoding speed of Llama2-7B by 4x": a system named as what a method works on is its
# object; the result belongs to the method, named elsewhere.
_METHOD_VERBS: Final = (
    r"\b(?:accelerat|boost|speed(?:s|ing)?\s+up|extend|compress|prun|quantiz|sparsif|serv|fine-?tun"
    r"|improv|reduc)"
)
_OBJECT_OF_METHOD: Final = ending(_METHOD_VERBS + r"\w*\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?$")
_METHOD_VERB: Final = regex.compile(_METHOD_VERBS)


def _singular_named(text: str, plural: str) -> bool:
    """Whether the text also names the singular of a plural name ("GLNNs ... GLNN accuracies"):
    then the plural is that system's instances, not a class of models."""
    return regex.search(rf"(?<![\w-]){regex.escape(plural[:-1])}(?![\w-])", text) is not None


def sentence_subjects(
    text: str, sentence: tuple[int, int], taken: Sequence[tuple[int, int]]
) -> Subjects:
    start, end = sentence
    names: list[tuple[int, str]] = []
    objects: list[tuple[int, str]] = []
    # Two questions asked of every name need a word most sentences lack: ask the sentence once.
    lowered = text[start:end].lower()
    says_our = "our " in lowered or "proposed" in lowered
    says_method_verb = _METHOD_VERB.search(text, start, end) is not None
    for m in _names(text, start, end, taken, plural_ok=True):
        if _PLURAL.search(m.group()) and not _singular_named(text, m.group()):
            continue  # "ConvNets", "LLMs": a class of models; "AdderNets" with "AdderNet" named
        if (
            says_our and _OUR.search(text, max(start, m.start() - 40), m.start())
        ) or _TOPIC_OPENER.fullmatch(text, _segment_start(text, start, m.start()), m.start()):
            names.append((m.start(), _with_size(text, m)))
        elif says_method_verb and _OBJECT_OF_METHOD.search(
            text, max(start, m.start() - 50), m.start()
        ):
            objects.append((m.start(), _with_size(text, m)))
        elif not _BASELINE_CUE_BEFORE.search(text, max(start, m.start() - 60), m.start()):
            names.append((m.start(), _with_size(text, m)))
    if says_our:
        # "our model with merely 379M parameters": the paper's system, named without its name
        # (unless its name follows: "our final model- PAN could achieve ...")
        named_at = [at for at, _ in names]
        names.extend(
            (m.start(), OURS)
            for m in OUR_SYSTEM.finditer(text, start, end)
            if not any(m.end() <= at <= m.end() + 12 for at in named_at)
        )
    names.sort()
    breaks = list(_SUBJECT_CLAUSE.finditer(text, start, end))
    return Subjects(
        tuple(names),
        tuple(brk.end() for brk in breaks),
        tuple(brk.end() for brk in breaks if brk.group("strong")),
        tuple(brk.end() for brk in breaks if brk.group("colon")),
        tuple(objects),
    )


# "Gopher (280B)", "SEW-ResNet-152 (60.2M, 69.26%)", "DeiT training (81.8%)", "MobileNeRF
# (PSNR 26.15 vs. 25.91)": a value that opens a parenthesis right after a name, or follows a
# separator inside it, is that system's, even when the name is a baseline.
_VALUE_IN_PARENTHESIS: Final = ending(r"\(\s*$|\(\s*[^()]{1,40}?(?:[,;]|\bvs\.?)\s*$")
_NAME_THEN_PARENTHESIS: Final = regex.compile(r"\s*(?:[a-z][\w-]*\s+){0,2}")
_VERSUS_AFTER: Final = regex.compile(r"[^()]{0,30}?\bvs\b")


def owner_in_parentheses(
    text: str, sentence: tuple[int, int], number: NumberMention, taken: Sequence[tuple[int, int]]
) -> str | None:
    """The system a value in parentheses belongs to: the name just before the parenthesis."""
    lo = sentence[0]
    paren = text.rfind("(", max(lo, number.start - 45), number.start)
    if paren == -1 or not _VALUE_IN_PARENTHESIS.search(text, paren, number.start):
        return None
    if _VERSUS_AFTER.match(text, number.end, sentence[1]):
        return None  # "(26.15 vs. 25.91)": the first value is the other side's
    names = _names(text, max(lo, paren - 60), paren, taken)
    if names and _NAME_THEN_PARENTHESIS.fullmatch(text, names[-1].end(), paren):
        return _with_size(text, names[-1])
    # A plain capitalised word right before it ("Gopher (280B)"), not the sentence's first word.
    # "Kinetics (90.0% on K400)" names a benchmark family, not a system.
    word = _CAPITALISED_BEFORE.search(text, lo + 1, paren)
    if (
        word is None
        or word.group(1) in _NOT_NAMES
        or _overlaps(word.span(1), taken)
        or _is_term(word.group(1))
        or _ON_AFTER.match(text, number.end, number.end + 60)
    ):
        return None
    name: str = word.group(1)
    return name


_ON_AFTER: Final = regex.compile(r"\s+(?:on|in)\s")
_WITH_BEFORE: Final = ending(r"\s+with\s+(?:only\s+|just\s+|about\s+|around\s+)?$")


def owner_with(
    text: str, sentence: tuple[int, int], number: NumberMention, taken: Sequence[tuple[int, int]]
) -> str | None:
    """ "our FooNet-S with 1.3G FLOPs improves BarNet-T with 1.5G FLOPs": an amount right after
    "<name> with" is that system's, even when the name is the one improved upon. A factor or a
    percentage after "with" ("with 54x fewer parameters") compares the subject instead."""
    window = max(sentence[0], number.start - 20)
    if number.unit in ("x", "%") or number.sign or "with" not in text[window : number.start]:
        return None
    cue = _WITH_BEFORE.search(text, window, number.start)
    if cue is None:
        return None
    names = _names(text, max(sentence[0], cue.start() - 60), cue.start(), taken)
    if not names or names[-1].end() != cue.start():
        return None
    return _with_size(text, names[-1])


_CAPITALISED_BEFORE: Final = ending(r"(?<=[\s,;]\s*)([A-Z][a-z]+(?:-?[0-9]+(?:\.[0-9]+)?)?)\s*$")


def _overlaps(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


_LIST_OWNERS_CUE: Final = regex.compile(
    r"(?:\s+[\w-]+){0,4}?\s*(?:for|of|by)\s+(?:the\s+)?", regex.IGNORECASE
)
_OWNER_SEPARATOR: Final = regex.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def models_after_list(text: str, after: int, end: int, size: int) -> list[str] | None:
    """The systems a list of `size` numbers ending at `after` belongs to, named in the same order
    right after it ("80.5%, 81.0%, 81.1% for P2AT-S, P2ATM, and P2AT-L"); None if there are none.
    """
    cue = _LIST_OWNERS_CUE.match(text, after, end)
    if cue is None:
        return None
    owners: list[str] = []
    position = cue.end()
    while len(owners) < size:
        name = NAME.match(text, position, end)
        if name is None or not _looks_like_name(name.group(), plural_ok=False):
            return None
        owners.append(name.group())
        separator = _OWNER_SEPARATOR.match(text, name.end(), end)
        if separator is None:
            break
        position = separator.end()
    return owners if len(owners) == size else None


def subjects_of_list(
    text: str, sentence: tuple[int, int], first: int, last: int, size: int
) -> list[str] | None:
    """ "FooNet-XXS and FooNet-XS surpass BarNet-XXS and BarNet-XS by 2% and 1.9%
    respectively": with "respectively", a run of `size` names that starts the sentence's clause
    owns the list of numbers between `first` and `last`, in order; None if there is none."""
    lo, hi = sentence
    if not RESPECTIVELY.search(text, last, hi):
        return None
    names = [m for m in _names(text, lo, first) if not _is_term(m.group())]
    run: list[re.Match[str]] = []
    for name in names:
        if run and _OWNER_SEPARATOR.fullmatch(text, run[-1].end(), name.start()):
            run.append(name)
            continue
        if len(run) == size:
            break  # the first full run is the subject; a later one is what it is compared with
        run = [name]
    if len(run) != size:
        return None
    # ("with FooDet-L and FooDet-X achieving 54.7% and 56.5%": "with" before a participle
    # introduces the subjects, not what they are compared with)
    if not _PARTICIPLE_AFTER.match(text, run[-1].end()) and _BASELINE_CUE_BEFORE.search(
        text, max(lo, run[0].start() - 60), run[0].start()
    ):
        return None
    return [_with_size(text, name) for name in run]


_PARTICIPLE_AFTER: Final = regex.compile(
    r"\s+(?:achieving|reaching|obtaining|attaining|running|scoring|yielding)\b"
)


def split_model_list(model: str | None, index: int, size: int) -> str | None:
    """`EMOv2-1M/2M/5M` with three numbers: the index-th number belongs to `EMOv2-2M`..."""
    if model is None or "/" not in model:
        return model
    parts = model.split("/")
    if len(parts) != size:
        return model
    head, sep, first = parts[0].rpartition("-")
    if not sep:
        return parts[index]
    return f"{head}-{first}" if index == 0 else f"{head}-{parts[index]}"


# --- baselines ---------------------------------------------------------------------------------

_BASELINE_AFTER: Final = regex.compile(
    r"""\b(?:than|over|compared\s+(?:with|to)|relative\s+to|vs\.?|versus|against|surpassing
        |outperforming|beating|w\.r\.t\.?\s+the)\s+(?:the\s+|a\s+|an\s+|prior\s+)?
        (?P<b>[^,.;()]{2,80}?)
        (?=\s+(?:by|on|in|at|while|with|when|under|for|across|using|respectively|which|that
              |whereas|to|and\s+(?:achiev|reach|obtain|improv|reduc|has|is))\b|\s*[,;()]|\s*\.(?!\d)|\s*$)""",
    regex.VERBOSE | regex.IGNORECASE,
)
# Searched backwards: of two comparisons before a number ("83% faster than ResNet-50 or 101%
# faster than ResNet-101 with"), the one nearest the number names its baseline.
_BASELINE_BEFORE: Final = ending(
    r"""\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|improv\w*\s+(?:up)?on|over|than|compared\s+(?:with|to))
        \s+(?:the\s+)?(?P<b>[^,.;()]{2,80}?)\s+(?:by|with)\s+(?:up\s+to\s+|about\s+|over\s+)?$""",
    regex.VERBOSE | regex.IGNORECASE,
)
_CLAUSE_END: Final = regex.compile(r"[;]|\.\s|,\s+(?:while|whereas|but)\b")


def baseline_for(number: NumberMention, sentence: tuple[int, int], text: str) -> str | None:
    """The system a number is compared with: "than X", "over X", "surpassing X by <number>"."""
    before = text[sentence[0] : number.start]
    match = _BASELINE_BEFORE.search(before)
    if match:
        return _clean_baseline(match.group("b"))
    after = text[number.end : sentence[1]]
    clause_end = _CLAUSE_END.search(after)
    if clause_end:
        after = after[: clause_end.start()]
    match = _BASELINE_AFTER.search(after)
    if match:
        return _clean_baseline(match.group("b"))
    return None


_BASELINE_TAIL: Final = regex.compile(
    r"\s+(?:model|models|variant|variants|architecture|architectures|network|networks|counterparts?|family|families)$",
    regex.IGNORECASE,
)


_BASELINE_HEAD: Final = regex.compile(r"^(?:that\s+of|those\s+of|the)\s+", regex.IGNORECASE)


def _clean_baseline(raw: str) -> str | None:
    cleaned = raw.strip().strip("'\"")
    cleaned = _BASELINE_HEAD.sub("", cleaned)
    if any(ch.isupper() for ch in cleaned):
        # "the DeiT-Base model" -> "DeiT-Base"; a plain description keeps its head noun.
        cleaned = _BASELINE_TAIL.sub("", cleaned)
    return cleaned or None
