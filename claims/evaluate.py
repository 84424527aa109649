"""Scoring extracted claims against gold annotations, exactly as the shared seed scorer does.

A predicted claim matches a gold claim of the same paper when the values agree (as written, or
scaled by one of the unit multipliers). Three levels:

- `number`: value only;
- `family`: value and metric family (accuracy, detection, speed, size...);
- `strict`: value, exact metric and dataset.

Matching is greedy and one-to-one per paper, closest mentions first. Gold claims with
`required: false` are neutral: a prediction matched to one counts neither for nor against. On
strict matches the scorer also reports how often kind, model and baseline agree.

The alias and family tables below are the scorer's own, deliberately separate from the
extractor's (`claims.metrics`): the yardstick must not move when the rules change.

>>> gold = [{"id": "p", "claims": [{"text": "88.0%", "value": 88.0, "metric": "top-1 accuracy",
...          "dataset": "ImageNet", "kind": "absolute"}]}]
>>> pred = [{"paper_id": "p", "value": 88.0, "metric": "Top-1", "dataset": "IN-1k",
...          "kind": "absolute", "start": 3}]
>>> result = score(gold, pred)
>>> result.levels["strict"].f1, result.agreement["kind"]
(1.0, 1.0)
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from claims.errors import InputError
from claims.sources.jsonl import json_lines
from claims.sources.stream import open_input

Level = Literal["number", "family", "strict"]
LEVELS: Final[tuple[Level, ...]] = ("number", "family", "strict")
ATTRIBUTES: Final = ("kind", "model", "baseline")
Record = Mapping[str, Any]
"""A claim as a JSON object: gold (GUIDELINE.md) or predicted (`Claim` fields or a subset)."""

# The reference scorer's own families, kept apart from `claims.metrics.FAMILIES` on purpose: the
# scorer must match `score.py` exactly (its "translation" and "cost" groups differ from the
# dashboard's families), and a change to how the dashboard groups metrics must not move a score.
FAMILIES: Final[dict[str, tuple[str, ...]]] = {
    "accuracy": (
        "top-1 accuracy",
        "top-5 accuracy",
        "accuracy",
        "top-1 error",
        "top-5 error",
        "error rate",
        "compilation accuracy",
    ),
    "detection": ("box AP", "mask AP", "AP", "mAP"),
    "segmentation": ("mIoU",),
    "fidelity": ("PSNR", "SSIM"),
    "translation": ("BLEU", "CodeBLEU"),
    "speed": ("speedup", "latency", "throughput", "inference time", "FPS", "training time"),
    "size": ("parameters", "model size"),
    "compute": ("FLOPs", "MACs", "BitOps", "compute"),
    "memory": ("memory", "KV cache"),
    "cost": ("search cost", "GPU hours"),
}
# Keys are names squeezed by `_key`: lower case, only letters, digits and `%`.
METRIC_ALIASES: Final[dict[str, str]] = {
    "top1accuracy": "top-1 accuracy",
    "top1acc": "top-1 accuracy",
    "top1": "top-1 accuracy",
    "imagenettop1accuracy": "top-1 accuracy",
    "top1accuracy%": "top-1 accuracy",
    "top5accuracy": "top-5 accuracy",
    "top5acc": "top-5 accuracy",
    "top5": "top-5 accuracy",
    "top1error": "top-1 error",
    "top1err": "top-1 error",
    "top5error": "top-5 error",
    "error": "error rate",
    "errorrate": "error rate",
    "testerror": "error rate",
    "acc": "accuracy",
    "boxap": "box AP",
    "apbox": "box AP",
    "maskap": "mask AP",
    "apmask": "mask AP",
    "map": "mAP",
    "meanap": "mAP",
    "miou": "mIoU",
    "meaniou": "mIoU",
    "speedup": "speedup",
    "speed": "speedup",
    "faster": "speedup",
    "acceleration": "speedup",
    "params": "parameters",
    "param": "parameters",
    "parameters": "parameters",
    "parametercount": "parameters",
    "numberofparams": "parameters",
    "numparams": "parameters",
    "flops": "FLOPs",
    "gflops": "FLOPs",
    "tflops": "FLOPs",
    "flop": "FLOPs",
    "macs": "MACs",
    "mac": "MACs",
    "gmacs": "MACs",
    "multiplyaccumulateoperations": "MACs",
    "psnr": "PSNR",
    "ssim": "SSIM",
    "bleu": "BLEU",
    "codebleu": "CodeBLEU",
    "f1": "F1",
    "f1score": "F1",
    "eer": "EER",
    "equalerrorrate": "EER",
    "wer": "WER",
    "worderrorrate": "WER",
    "fid": "FID",
    "ppl": "perplexity",
    "perplexity": "perplexity",
    "latency": "latency",
    "throughput": "throughput",
    "fps": "FPS",
    "memory": "memory",
    "gpumemory": "memory",
    "kvcache": "KV cache",
    "energy": "energy",
    "modelsize": "model size",
    "searchcost": "search cost",
    "gpuhours": "GPU hours",
    "gpudays": "search cost",
    "inferencetime": "inference time",
    "trainingtime": "training time",
    "bitops": "BitOps",
    "ap": "AP",
}
DATASET_ALIASES: Final[dict[str, str]] = {
    "imagenet1k": "imagenet",
    "in1k": "imagenet",
    "imagenet": "imagenet",
    "ilsvrc2012": "imagenet",
    "ilsvrc": "imagenet",
    "imagenet21k": "imagenet21k",
    "in21k": "imagenet21k",
    "mscoco": "coco",
    "coco2017": "coco",
    "cocoval2017": "coco",
    "cocotestdev": "coco",
    "coco": "coco",
    "ade20k": "ade20k",
    "ade": "ade20k",
    "cifar10": "cifar10",
    "cifar100": "cifar100",
    "scv2": "speechcommandsv2",
    "speechcommandsv2": "speechcommandsv2",
    "googlespeechcommandsv2": "speechcommandsv2",
}
# A value written "5.7M" may be given as 5.7 or 5.7e6, "88%" as 88 or 0.88: either agrees.
MULTIPLIERS: Final = (1.0, 1e3, 1e6, 1e9, 1e12, 0.01, 1e-3, 1e-6, 1e-9)
_UNPLACED: Final = 10**6  # distance given to a pair whose mentions cannot be placed
_SQUEEZE: Final = re.compile(r"[^a-z0-9%]+")
_FAMILY_OF: Final = {name: family for family, names in FAMILIES.items() for name in names}
_CANONICAL_BY_KEY: Final = {
    _SQUEEZE.sub("", name.lower()): name for names in FAMILIES.values() for name in names
}


@dataclass(frozen=True, slots=True)
class LevelScore:
    """True and false positives, false negatives and the ratios they give at one level."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, int | float]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class Miss:
    """A strict-level error: a gold claim not found (`FN`) or a prediction matching none (`FP`)."""

    tag: Literal["FN", "FP"]
    paper_id: str
    claim: Record

    def __str__(self) -> str:
        c = self.claim
        return (
            f"{self.tag} {self.paper_id}: {c.get('text')!r} value={c.get('value')} "
            f"metric={c.get('metric')} dataset={c.get('dataset')}"
        )


@dataclass(frozen=True, slots=True)
class Score:
    """The scorer's result: counts per level, attribute agreement on strict matches, misses.

    `agreement` is empty when there is no strict match (there is nothing to agree on)."""

    levels: dict[Level, LevelScore]
    agreement: dict[str, float]
    unknown_papers: int
    misses: list[Miss] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The summary with the keys and rounding of `score.py --json`."""
        result: dict[str, Any] = {level: self.levels[level].as_dict() for level in LEVELS}
        result["attribute_agreement"] = {
            name: round(share, 4) for name, share in self.agreement.items()
        }
        result["predictions_for_unknown_papers"] = self.unknown_papers
        return result

    def table(self) -> str:
        """The summary as the lines `score.py` prints."""
        lines = [f"{'level':8} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
        summary = self.as_dict()
        for level in LEVELS:
            # Printed from the 4-digit figures, as score.py does, so both show the same digits.
            s = summary[level]
            lines.append(
                f"{level:8} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}"
                f"   {s['tp']}/{s['fp']}/{s['fn']}"
            )
        lines.append(f"agreement on strict matches: {summary['attribute_agreement']}")
        return "\n".join(lines)


def _key(name: str) -> str:
    return _SQUEEZE.sub("", name.lower())


def canonical_metric(metric: object) -> str | None:
    """The scorer's name for a metric as written; unknown names are kept, lower-cased.

    >>> canonical_metric("Top-1 Acc"), canonical_metric("Box AP"), canonical_metric("BLEU-4")
    ('top-1 accuracy', 'box AP', 'bleu-4')
    """
    if not metric:
        return None
    key = _key(str(metric))
    if key in METRIC_ALIASES:
        return METRIC_ALIASES[key]
    if key in _CANONICAL_BY_KEY:
        return _CANONICAL_BY_KEY[key]
    return str(metric).strip().lower()


def metric_family(metric: str | None) -> str | None:
    """The family of a canonical metric; a metric in no family is its own family.

    >>> metric_family("mAP"), metric_family("FID")
    ('detection', 'FID')
    """
    if metric is None:
        return None
    return _FAMILY_OF.get(metric, metric)


def canonical_dataset(dataset: object) -> str | None:
    """The scorer's key for a dataset name; blank is no dataset.

    >>> canonical_dataset("ImageNet-1K"), canonical_dataset("MS COCO"), canonical_dataset(" ")
    ('imagenet', 'coco', None)
    """
    if dataset is None or (isinstance(dataset, str) and not dataset.strip()):
        return None
    key = _key(str(dataset))
    return DATASET_ALIASES.get(key, key)


def values_agree(pred: Record, gold: Record) -> bool:
    """Whether the predicted value is the gold value (or its `value_max`) up to a multiplier.

    >>> values_agree({"value": 5.7e6}, {"value": 5.7}), values_agree({"value": 5.8}, {"value": 5.7})
    (True, False)
    """
    raw = pred.get("value")
    if raw is None:
        return False
    try:
        value = float(raw)
    except (TypeError, ValueError):
        return False
    targets = [gold["value"]]
    if gold.get("value_max") is not None:
        targets.append(gold["value_max"])
    for target in targets:
        for multiplier in MULTIPLIERS:
            scaled = target * multiplier
            if abs(value - scaled) <= 1e-6 * max(1.0, abs(scaled)):
                return True
    return False


def dataset_agrees(pred: Record, gold: Record) -> bool:
    """Whether the datasets agree; a gold dataset may be a list of acceptable names."""
    wanted = gold.get("dataset")
    options = wanted if isinstance(wanted, list) else [wanted]
    return canonical_dataset(pred.get("dataset")) in {canonical_dataset(o) for o in options}


def level_agrees(level: Level, pred: Record, gold: Record) -> bool:
    """Whether `pred` may match `gold` at `level`."""
    if not values_agree(pred, gold):
        return False
    if level == "number":
        return True
    pred_metric = canonical_metric(pred.get("metric"))
    gold_metric = canonical_metric(gold.get("metric"))
    if level == "family":
        return metric_family(pred_metric) == metric_family(gold_metric)
    return pred_metric == gold_metric and dataset_agrees(pred, gold)


def _same(pred: object, gold: object) -> bool:
    # Attributes agree when equal after squeezing case and punctuation; None is "".
    return _key(str(pred or "")) == _key(str(gold or ""))


def _position(claim: Record, abstract: str | None) -> int | None:
    # A prediction says where it stands; a gold claim is placed by finding its text.
    start = claim.get("start")
    if isinstance(start, int):
        return start
    text = claim.get("text")
    if abstract and text:
        found = abstract.find(text)
        return found if found >= 0 else None
    return None


def match_paper(
    level: Level, golds: Sequence[Record], preds: Sequence[Record], abstract: str | None
) -> list[tuple[int, int]]:
    """Greedy one-to-one (gold index, prediction index) pairs; closest mentions are paired first.

    >>> golds = [{"value": 2.0, "text": "2x"}, {"value": 2.0, "text": "2.0"}]
    >>> preds = [{"value": 2.0, "start": 9}]
    >>> match_paper("number", golds, preds, "It is 2x; 2.0 points.")
    [(1, 0)]
    """
    pairs: list[tuple[int, int, int]] = []
    for gi, gold in enumerate(golds):
        gold_at = _position(gold, abstract)
        for pi, pred in enumerate(preds):
            if level_agrees(level, pred, gold):
                pred_at = _position(pred, abstract)
                distance = _UNPLACED
                if gold_at is not None and pred_at is not None:
                    distance = abs(gold_at - pred_at)
                pairs.append((distance, gi, pi))
    pairs.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matches: list[tuple[int, int]] = []
    for _, gi, pi in pairs:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            matches.append((gi, pi))
    return matches


def score(
    gold_papers: Sequence[Record],
    predictions: Iterable[Record],
    abstracts: Mapping[Any, str] | None = None,
) -> Score:
    """Score `predictions` against `gold_papers` (`{"id", "claims": [...]}` each).

    `abstracts` (paper id -> text) places gold mentions so that ties between equal values go to
    the closest prediction."""
    abstracts = abstracts or {}
    by_paper: dict[Any, list[Record]] = defaultdict(list)
    for pred in predictions:
        by_paper[pred.get("paper_id") or pred.get("id")].append(pred)
    levels: dict[Level, LevelScore] = {}
    agreement: dict[str, float] = {}
    misses: list[Miss] = []
    for level in LEVELS:
        tp = fp = fn = 0
        agreed: dict[str, int] = dict.fromkeys(ATTRIBUTES, 0)
        for paper in gold_papers:
            paper_id = paper["id"]
            golds: list[Record] = paper["claims"]
            preds = by_paper.get(paper_id, [])
            matches = match_paper(level, golds, preds, abstracts.get(paper_id))
            matched_golds = {gi for gi, _ in matches}
            gold_of = {pi: gi for gi, pi in matches}
            for gi, gold in enumerate(golds):
                if gold.get("required", True) and gi not in matched_golds:
                    fn += 1
                    if level == "strict":
                        misses.append(Miss("FN", paper_id, gold))
            for pi, pred in enumerate(preds):
                if pi not in gold_of:
                    fp += 1
                    if level == "strict":
                        misses.append(Miss("FP", paper_id, pred))
                    continue
                gold = golds[gold_of[pi]]
                if not gold.get("required", True):
                    continue
                tp += 1
                if level == "strict":
                    for name in ATTRIBUTES:
                        agreed[name] += _same(pred.get(name), gold.get(name))
        levels[level] = LevelScore(tp, fp, fn)
        if level == "strict" and tp:
            agreement = {name: agreed[name] / tp for name in ATTRIBUTES}
    gold_ids = {paper["id"] for paper in gold_papers}
    unknown = sum(len(preds) for paper_id, preds in by_paper.items() if paper_id not in gold_ids)
    return Score(levels, agreement, unknown, misses)


def as_predictions(
    gold_papers: Sequence[Record], abstracts: Mapping[Any, str], required_only: bool = True
) -> list[Record]:
    """One annotator's gold as predictions, to score against another's annotation of the same
    papers (how far two people agree is the ceiling of any extractor on this scorer). A list of
    acceptable datasets stands for its first entry; optional claims are left out unless asked.

    >>> gold = [{"id": "p", "claims": [{"text": "88.0%", "value": 88.0, "metric": "accuracy",
    ...          "dataset": ["ImageNet", None]}, {"text": "2x", "value": 2.0, "required": False}]}]
    >>> predicted = as_predictions(gold, {"p": "It: 88.0%"})
    >>> [(c["paper_id"], c["dataset"], c["start"]) for c in predicted]
    [('p', 'ImageNet', 4)]
    >>> score(gold, predicted).levels["strict"].f1
    1.0
    """
    predictions: list[Record] = []
    for paper in gold_papers:
        abstract = abstracts.get(paper["id"], "")
        for claim in paper["claims"]:
            if required_only and not claim.get("required", True):
                continue
            dataset = claim.get("dataset")
            at = abstract.find(str(claim.get("text") or "")) if claim.get("text") else -1
            predictions.append(
                {
                    **claim,
                    "paper_id": paper["id"],
                    "dataset": dataset[0] if isinstance(dataset, list) and dataset else dataset,
                    "start": at if at >= 0 else None,
                }
            )
    return predictions


def read_records(path: str) -> Iterator[tuple[int, Record]]:
    """(line, object) for each JSON object of a JSONL file (`-` is stdin); a bad line is an
    `InputError` naming it."""
    with open_input(path) as source:
        yield from json_lines(source)


def read_gold(path: str) -> list[Record]:
    """The gold papers of a JSONL file, each checked to have an `id` and a list of `claims`
    with numeric values, so that scoring cannot fail half-way on a malformed line."""
    papers: list[Record] = []
    for line, paper in read_records(path):
        if "id" not in paper:
            raise InputError(path, "gold paper without an id", line)
        claims = paper.get("claims")
        if not isinstance(claims, list) or not all(isinstance(c, dict) for c in claims):
            raise InputError(path, "gold paper without a list of claims (JSON objects)", line)
        for claim in claims:
            for name in ("value", "value_max"):
                number = claim.get(name)
                wrong = isinstance(number, bool) or not isinstance(number, int | float)
                if wrong and (name == "value" or number is not None):
                    raise InputError(path, f"gold claim whose {name} is not a number", line)
        papers.append(paper)
    return papers


def read_abstracts(path: str) -> dict[Any, str]:
    """Paper id -> abstract, from a JSONL file of `{id, abstract}` objects."""
    abstracts: dict[Any, str] = {}
    for line, paper in read_records(path):
        if "id" not in paper:
            raise InputError(path, "paper without an id", line)
        abstracts[paper["id"]] = str(paper.get("abstract") or "")
    return abstracts


def score_files(gold: str, predictions: str, papers: str | None = None) -> Score:
    """Score the JSONL file `predictions` against the gold JSONL file, placing mentions by the
    abstracts in the JSONL file `papers` (`{id, abstract}`) when it is given."""
    abstracts = read_abstracts(papers) if papers is not None else {}
    gold_papers = read_gold(gold)
    return score(gold_papers, [record for _, record in read_records(predictions)], abstracts)


__all__ = [
    "LEVELS",
    "LevelScore",
    "Miss",
    "Score",
    "as_predictions",
    "canonical_dataset",
    "canonical_metric",
    "level_agrees",
    "match_paper",
    "metric_family",
    "read_abstracts",
    "read_gold",
    "read_records",
    "score",
    "score_files",
    "values_agree",
]
