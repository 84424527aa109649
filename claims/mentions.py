"""Where metrics are named in a text: one compiled pattern over every family's aliases."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

import regex

from claims.families import FAMILIES, MetricAlias
from claims.lexicon import Phrase, PhraseMatcher
from claims.patterns import ending

_ALIASES: Final[tuple[tuple[str, MetricAlias], ...]] = tuple(
    (family.name, alias) for family in FAMILIES for alias in family.aliases
)


# Families are listed from specific to generic, so at one position the first alias that matches
# is the most specific reading ("word error rate" -> WER before "error rate").
_MATCHER: Final = PhraseMatcher(
    [Phrase(i, alias.pattern, alias.case_sensitive) for i, (_, alias) in enumerate(_ALIASES)]
)


@dataclass(frozen=True, slots=True)
class MetricMention:
    """A metric named in the text, canonicalised, with the family it belongs to."""

    start: int
    end: int
    text: str
    metric: str
    family: str
    generic: bool
    comparative: bool = False


def find_metrics(text: str, start: int = 0, end: int | None = None) -> list[MetricMention]:
    """Every metric named in text[start:end].

    >>> [(m.text, m.metric) for m in find_metrics("88.0% top-1 accuracy and 2.6x fewer FLOPs")]
    [('top-1 accuracy', 'top-1 accuracy'), ('FLOPs', 'FLOPs')]

    A vague score word or "cost" right after a metric is part of its name: "throughput
    improvement", "accuracy gain", "FLOPs cost" name throughput, accuracy and FLOPs.

    >>> [(m.text, m.metric) for m in find_metrics("a throughput improvement of 1.91x")]
    [('throughput improvement', 'throughput')]
    >>> [(m.text, m.metric) for m in find_metrics("a BLEU score of 29.8")]
    [('BLEU score', 'BLEU')]
    """
    found: list[MetricMention] = []
    for match in _MATCHER.find(text, start, end):
        family, alias = _ALIASES[match.key]
        metric = alias.metric
        if "{k}" in metric:
            k = _DIGITS.search(match.text)
            metric = metric.replace("{k}", k.group() if k else "k")
        last = found[-1] if found else None
        if (
            last is not None
            and (alias.generic or match.text.lower() in ("cost", "costs"))
            and match.text.lower().rsplit(maxsplit=1)[-1] in _FOLLOWER_WORDS
            and not last.generic
            and match.start - last.end == 1
            and text[last.end] == " "
        ):
            found[-1] = replace(last, end=match.end, text=text[last.start : match.end])
            continue
        if alias.generic and _LIKE_BEFORE.search(text, max(0, match.start - 12), match.start):
            continue  # "models of the same size": which models are compared, not what is measured
        found.append(
            MetricMention(
                match.start, match.end, match.text, metric, family, alias.generic, alias.comparative
            )
        )
    return found


_LIKE_BEFORE: Final = ending(
    r"\b(?:same|similar|comparable|equal|equivalent)\s+$", regex.IGNORECASE
)


_DIGITS: Final = regex.compile(r"\d+")
# Words that, right after a metric, say how it changed, that it is spent or that it is scored
# ("a BLEU score of 29.8" is BLEU; "accuracy performance" stays vague: on COCO it means the box AP).
_FOLLOWER_WORDS: Final = frozenset(
    {
        "improvement",
        "improvements",
        "gain",
        "gains",
        "gap",
        "points",
        "cost",
        "costs",
        "score",
        "scores",
    }
)


def unit_metric(unit: str) -> tuple[str, str] | None:
    """The (family, metric) a unit implies on its own, if any: `ms` -> ("speed", "latency")."""
    return _UNIT_METRICS.get(unit)


_UNIT_METRICS: Final[dict[str, tuple[str, str]]] = {
    rule.unit: (family.name, rule.metric) for family in FAMILIES for rule in family.units
}
