"""The claim families and the registry that wires them together.

Each family module holds its metric aliases, the units that imply a metric, and its corpus. Adding
a metric means adding a row to one family module; the order of `FAMILIES` is the order in which
aliases compete when two match at the same place (more specific families first).
"""

from __future__ import annotations

from typing import Final

from claims.families import (
    accuracy,
    compute,
    cost,
    detection,
    energy,
    fidelity,
    generation,
    language,
    memory,
    other,
    segmentation,
    size,
    speed,
)
from claims.families.base import Corpus, Example, Family, MetricAlias, UnitRule

FAMILIES: Final[tuple[Family, ...]] = (
    language.FAMILY,  # before accuracy: "word error rate" is WER, not an error rate
    accuracy.FAMILY,
    detection.FAMILY,
    segmentation.FAMILY,
    fidelity.FAMILY,
    generation.FAMILY,
    cost.FAMILY,  # before speed: "search time" is a search cost
    speed.FAMILY,
    size.FAMILY,
    compute.FAMILY,
    memory.FAMILY,
    energy.FAMILY,
    other.FAMILY,
)

__all__ = ["FAMILIES", "Corpus", "Example", "Family", "MetricAlias", "UnitRule"]
