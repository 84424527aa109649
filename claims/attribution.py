"""Attribution: the kind of a claim, its dataset, the model it is about and its baseline.

Each function reads the sentence around one number and returns one field. They are heuristics
over surface cues ("fewer", "than X", "our X achieves"), written to generalise across papers:
none of them knows any paper, model or benchmark by name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Final

import regex

from claims.datasets import DatasetMention
from claims.metrics import family_of
from claims.model import Kind
from claims.numbers import NumberMention

# Metrics whose own values are percentages: a % change of them is a difference in points (delta),
# while a % change of a quantity (latency, FLOPs) is a relative change.
_PERCENT_VALUED: Final[frozenset[str]] = frozenset(
    {"accuracy", "detection", "segmentation"}
) | frozenset({"F1", "WER", "EER", "score", "compilation accuracy", "bitrate saving", "exact match"})
_QUANTITY_FAMILIES: Final[frozenset[str]] = frozenset(
    {"speed", "size", "compute", "memory", "energy", "cost"}
)

_CHANGE_AFTER: Final = regex.compile(
    r"""^[\s,()]*(?:\w+\s+){0,3}?(?:higher|lower|better|worse|fewer|less|more|smaller|larger
        |bigger|greater|faster|slower|reduc\w*|improv\w*|gains?|increase\w*|decrease\w*|drops?
        |boost\w*|savings?|speed-?ups?|cheaper|shorter|lift|margin|advantage|acceleration|up)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)
_CHANGE_BEFORE: Final = regex.compile(
    r"""\b(?:by|improv\w*|outperform\w*|surpass\w*|exceed\w*|increas\w*|reduc\w*|decreas\w*
        |gains?\s+of|boost\w*\s+of|lowers?|cuts?|saves?|speeds?\s+up|accelerat\w*|margin\s+of
        |improvements?\s+of|increases?\s+of|reductions?\s+of)\s+(?:(?:up\s+to|over|around|about|nearly|roughly|approximately|only|just|the|a|an)\s+)*$""",
    regex.VERBOSE | regex.IGNORECASE,
)
_RELATIVE_WORD: Final = regex.compile(r"^\s*(?:\(\w+\)\s*)?relative\b", regex.IGNORECASE)
_SHARE_OF: Final = regex.compile(
    r"^[\s\w-]{0,20}?\bof\s+(?:the|its|their|his|her|our|full|original|baseline|teacher)\b"
    r"|^\s*(?:of\s+)?(?:the\s+)?(?:original|teacher|full)",
    regex.IGNORECASE,
)
_SHARE_BEFORE: Final = regex.compile(
    r"\b(?:retain\w*|maintain\w*|preserv\w*|keep\w*|recover\w*|only|merely|just)\s+(?:up\s+to\s+|about\s+|over\s+)?$",
    regex.IGNORECASE,
)


def claim_kind(number: NumberMention, metric: str, text: str, sentence_start: int) -> Kind:
    """absolute, delta, relative or ratio (GUIDELINE.md), from the unit and the words around.

    >>> from claims.numbers import find_numbers
    >>> t = "47% lower latency"; claim_kind(find_numbers(t)[0], "latency", t, 0)
    'relative'
    """
    if number.unit == "x":
        return "ratio"
    after = text[number.end : number.end + 60]
    before = text[max(sentence_start, number.start - 60) : number.start]
    change = bool(
        number.sign == "+" or _CHANGE_AFTER.match(after) or _CHANGE_BEFORE.search(before)
    )
    family = family_of(metric)
    percent_valued = metric in _PERCENT_VALUED or family in _PERCENT_VALUED or metric.startswith("top-")
    if number.unit == "%":
        if not percent_valued:
            return "relative"
        if _RELATIVE_WORD.match(after):
            return "relative"
        if _SHARE_OF.match(after) and (_SHARE_BEFORE.search(before) or not change):
            return "relative"
        return "delta" if change else "absolute"
    return "delta" if change else "absolute"


# --- datasets ----------------------------------------------------------------------------------

_IMAGENET_METRICS: Final[frozenset[str]] = frozenset(
    {"top-1 accuracy", "top-5 accuracy", "top-1 error", "top-5 error"}
)
_CLAUSE_SEPARATORS: Final = regex.compile(r"[;]|,\s+(?:while|whereas|and|but)\b|\.\s")


def choose_dataset(
    number: NumberMention,
    metric: str,
    sentence: tuple[int, int],
    datasets: Sequence[DatasetMention],
    earlier: Sequence[DatasetMention],
    text: str,
) -> DatasetMention | None:
    """The dataset a number was measured on: the nearest one named in its sentence.

    Efficiency numbers (speed, size, compute...) take a dataset only from their own clause: the
    FLOPs of a model do not depend on the benchmark named three clauses away. ImageNet-style
    metrics with no dataset in the sentence take ImageNet when the abstract names it before.
    """
    family = family_of(metric)
    in_sentence = [d for d in datasets if sentence[0] <= d.start < sentence[1]]
    if family in _QUANTITY_FAMILIES:
        in_sentence = [d for d in in_sentence if not _separated(text, number, d)]
    if in_sentence:
        return min(in_sentence, key=lambda d: _distance(number, d))
    if metric in _IMAGENET_METRICS:
        for dataset in reversed(earlier):
            if dataset.name in ("ImageNet", "ImageNet-21K"):
                return dataset
    return None


def _distance(number: NumberMention, dataset: DatasetMention) -> int:
    if dataset.start >= number.end:
        return dataset.start - number.end
    return number.start - dataset.end + 5  # a dataset before the number is a little farther


def _separated(text: str, number: NumberMention, dataset: DatasetMention) -> bool:
    lo, hi = sorted((number.end, dataset.start)) if dataset.start >= number.end else (dataset.end, number.start)
    return bool(_CLAUSE_SEPARATORS.search(text[lo:hi])) or hi - lo > 80


def canonical_metric(metric: str, dataset: str | None) -> str:
    """GUIDELINE: plain accuracy in ImageNet classification is top-1 accuracy; error is top-1 error."""
    if dataset in ("ImageNet", "ImageNet-21K"):
        if metric == "accuracy":
            return "top-1 accuracy"
        if metric == "error rate":
            return "top-1 error"
    return metric


# --- model names -------------------------------------------------------------------------------

# A system name: a capitalised token with an inner capital or digit (UniRepLKNet, FBNetV3,
# EMOv2-5M, NViT-Base, Hydra++), or an acronym of two or more capitals (MIMO, OFA).
NAME: Final = regex.compile(
    r"""(?<![\w-])
    (?: [A-Za-z]* [A-Z] [A-Za-z0-9]* (?: [A-Z0-9] [A-Za-z0-9]* | \+\+ )     # inner capital or digit
      | [A-Z]{2,}[a-z]?                                                   # acronym
    )
    (?: [-.] (?: [A-Za-z0-9]+ ) )*                                          # -Base, -5M, .1
    (?: / [A-Za-z0-9]+ (?: -[A-Za-z0-9]+ )? )*                               # -1M/2M/5M
    (?: \+\+ )?
    (?![\w])""",
    regex.VERBOSE,
)
_NOT_NAMES: Final[frozenset[str]] = frozenset(
    """AI ML NLP CV GPU GPUs CPU CPUs NPU NPUs TPU TPUs CNN CNNs RNN RNNs DNN DNNs LLM LLMs MLLMs
    LMMs LVLMs VLMs SLMs SSMs NAS SOTA API APIs FPS FLOPs GFLOPs TFLOPs MACs GMACs AP mAP mIoU
    PSNR SSIM BLEU FID WER EER ViTs MLP MLPs IoT AR VR AR/VR RGB HD US TB GB MB KB QNN INT8 FP16
    FP32 BF16 II III IV OOM ROI LoRA NeRF NeRFs INRs INR""".split()
)
_OUR_NAME: Final = regex.compile(
    r"\b(?:our|the\s+proposed|proposed)\s+(?:\w+[\s-]+){0,2}?(?P<name>" + NAME.pattern + r")",
    regex.VERBOSE,
)
_INTRO_VERBS: Final = regex.compile(
    r"\b(?:propose|proposes|present|presents|introduce|introduces|develop|develops|design|called|named"
    r"|dubbed|termed|coined|namely|call\s+it|name\s+it)\b",
    regex.IGNORECASE,
)
_BASELINE_CUE_BEFORE: Final = regex.compile(
    r"\b(?:than|over|vs\.?|versus|against|to|with|surpassing|outperforming|beating|including|like"
    r"|as|from|and|or|of)\s+(?:the\s+|a\s+|an\s+)?(?:\w+[\s-]+){0,2}$",
    regex.IGNORECASE,
)


def is_name(token: str, datasets: frozenset[str]) -> bool:
    return token not in _NOT_NAMES and token not in datasets and not token.isdigit()


def method_name(text: str, title: str, datasets: Sequence[DatasetMention]) -> str | None:
    """The name of the paper's own system: the name-like token that the title and abstract
    stress most (in the title, after "we propose", and repeated)."""
    dataset_texts = frozenset(d.text for d in datasets)
    scores: Counter[str] = Counter()
    title_head = title.split(":")[0] if ":" in title else ""
    for match in NAME.finditer(text):
        token = match.group()
        if not is_name(token, dataset_texts) or "/" in token:
            continue
        scores[token] += 1
        if _INTRO_VERBS.search(text[max(0, match.start() - 60) : match.start()]):
            scores[token] += 2
    for match in NAME.finditer(title):
        token = match.group()
        if is_name(token, dataset_texts):
            scores[token] += 4 if token in title_head else 2
    if title_head and len(title_head.split()) <= 2 and title_head.strip() not in scores:
        head = title_head.strip()
        if head and head[0].isupper() and any(c.isupper() for c in head[1:]):
            scores[head] += 5
    if not scores:
        return None
    name, score = scores.most_common(1)[0]
    return name if score >= 2 else None


def sentence_model(
    number: NumberMention,
    sentence: tuple[int, int],
    text: str,
    datasets: Sequence[DatasetMention],
    method: str | None,
) -> str | None:
    """The system a number belongs to: "our X", else the nearest name before the number that is
    not a baseline ("than X") or a dataset, else the paper's own system."""
    start = sentence[0]
    before = text[start : number.start]
    dataset_texts = frozenset(d.text for d in datasets)
    ours = [m for m in _OUR_NAME.finditer(before) if is_name(m.group("name"), dataset_texts)]
    if ours:
        return ours[-1].group("name")
    candidates = []
    for match in NAME.finditer(before):
        token = match.group()
        if not is_name(token, dataset_texts):
            continue
        if _BASELINE_CUE_BEFORE.search(before[: match.start()]):
            continue
        candidates.append(token)
    if candidates:
        return candidates[0]
    return method


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
              |whereas|to|and\s+(?:achiev|reach|obtain|improv|reduc|has|is))\b|\s*[,.;()]|\s*$)""",
    regex.VERBOSE | regex.IGNORECASE,
)
_BASELINE_BEFORE: Final = regex.compile(
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


def _clean_baseline(raw: str) -> str | None:
    cleaned = raw.strip().strip("'\"")
    cleaned = regex.sub(r"^(?:that\s+of|those\s+of|the)\s+", "", cleaned, flags=regex.IGNORECASE)
    return cleaned or None
