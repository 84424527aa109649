"""The records: impossible claims cannot be built, valid ones round-trip through JSON."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from pydantic import ValidationError

from claims.model import CLAIM_FIELDS, KINDS, Claim, Paper, claim_id

VALID: dict[str, Any] = {
    "paper_id": "p",
    "value": 88.0,
    "unit": "%",
    "metric": "top-1 accuracy",
    "dataset": "ImageNet",
    "kind": "absolute",
    "direction": "higher",
    "normalized": 88.0,
    "text": "88.0%",
    "start": 11,
    "end": 16,
    "sentence": "It reaches 88.0% top-1 accuracy.",
    "rule": "accuracy: <number> <metric>",
}

INVALID: list[tuple[str, dict[str, Any], str]] = [
    ("start after end", {"start": 16, "end": 11}, "after end"),
    ("span shorter than text", {"end": 15}, "characters"),
    ("span longer than text", {"end": 20}, "characters"),
    ("negative start", {"start": -1, "end": 4}, "greater than or equal"),
    ("NaN value", {"value": math.nan}, "finite"),
    ("infinite value", {"value": math.inf}, "finite"),
    ("NaN value_max", {"value_max": math.nan}, "finite"),
    ("NaN normalized", {"normalized": math.nan}, "finite"),
    ("unknown kind", {"kind": "percentage"}, "kind"),
    ("unknown direction", {"direction": "up"}, "direction"),
    ("empty text", {"text": "", "start": 11, "end": 11}, "text"),
    ("empty rule", {"rule": ""}, "rule"),
    ("no metric", {"metric": None}, "metric"),
]


def test_a_valid_claim_is_accepted() -> None:
    claim = Claim(**VALID)
    assert (claim.value, claim.kind, claim.end - claim.start) == (88.0, "absolute", 5)


@pytest.mark.parametrize(
    ("changes", "message"), [pytest.param(c, m, id=name) for name, c, m in INVALID]
)
def test_an_impossible_claim_is_rejected(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Claim(**{**VALID, **changes})


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_accepted(kind: str) -> None:
    assert Claim(**{**VALID, "kind": kind}).kind == kind


def test_json_has_exactly_the_claim_fields_in_order() -> None:
    record = json.loads(Claim(**VALID).model_dump_json())
    assert tuple(record) == CLAIM_FIELDS
    assert Claim.model_validate(record) == Claim(**VALID)


def test_claims_are_frozen() -> None:
    claim = Claim(**VALID)
    with pytest.raises(ValidationError):
        claim.value = 1.0  # type: ignore[misc]


def test_claim_id_is_stable_and_depends_on_the_span() -> None:
    claim = Claim(**VALID)
    assert claim.id == claim_id("p", 11, 16, "88.0%") == Claim(**VALID).id
    assert claim.id != claim_id("p", 12, 17, "88.0%")
    assert claim.id.startswith("c-")


def test_a_paper_needs_an_id() -> None:
    with pytest.raises(ValidationError):
        Paper(id="", abstract="text")
    assert Paper(id="x", abstract="It reaches 88.0%.").text == "It reaches 88.0%."
