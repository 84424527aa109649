"""What a claim family is: its metrics as written, the units that imply them, and its corpus.

A family is data. `MetricAlias` rows say how a paper writes a metric; `UnitRule` rows say which
metric a unit implies on its own (`2.4ms` is a latency); the `Corpus` holds the family's examples,
which double as its tests (positive, negative and known failures marked strict-xfail).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class MetricAlias:
    """One way of writing a metric: a regex fragment matched on word boundaries.

    `generic` marks vague words ("faster", "performance", "score") that yield to a narrower metric
    or to a unit that names the quantity (`2.4ms faster` is a latency, not a speed-up factor).
    `comparative` marks words that only follow their number ("5x smaller", "2% more accurate"): they
    never name the metric of a number written after them.
    """

    metric: str
    pattern: str
    case_sensitive: bool = False
    generic: bool = False
    comparative: bool = False


@dataclass(frozen=True, slots=True)
class UnitRule:
    """A unit that names its metric by itself: `ms` -> latency, `GPU days` -> search cost."""

    unit: str
    metric: str


@dataclass(frozen=True, slots=True)
class Example:
    """A corpus example: the text and what the claim for `number` (its text) must be.

    `expect` holds the claim fields to check (metric, dataset, kind, model, unit, value...);
    `title` is the paper's title, for rules that read it (the paper's own system, a benchmark).
    """

    text: str
    number: str
    expect: dict[str, object]
    title: str = ""

    @property
    def id(self) -> str:
        return f"{self.number} in {self.text[:60]}"


@dataclass(frozen=True, slots=True)
class Corpus:
    """Examples of a family: what it must extract, what it must not, and what it cannot yet."""

    positive: tuple[Example, ...] = ()
    negative: tuple[str, ...] = ()
    xfail: tuple[Example, ...] = ()


@dataclass(frozen=True, slots=True)
class Family:
    """A dimension of claims (accuracy, speed, size...): its metrics, unit rules and corpus."""

    name: str
    aliases: tuple[MetricAlias, ...]
    units: tuple[UnitRule, ...] = ()
    corpus: Corpus = field(default_factory=Corpus)


def ex(text: str, number: str, title: str = "", **expect: object) -> Example:
    """Shorthand for corpus rows: `ex("88.0% top-1", "88.0%", metric="top-1 accuracy")`."""
    return Example(text=text, number=number, expect=expect, title=title)
