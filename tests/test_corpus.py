"""Every family's corpus is a test: positive examples must give their claim with the expected
fields, negative examples no claim at all, and known failures (xfail) must still fail."""

from __future__ import annotations

from typing import Any

import pytest

from claims import Claim, extract
from claims.families import FAMILIES, Example


def _cases() -> list[Any]:
    cases: list[Any] = []
    for family in FAMILIES:
        corpus = family.corpus
        for example in corpus.positive:
            cases.append(pytest.param(example, id=f"{family.name}: {example.id}"))
        for example in corpus.xfail:
            cases.append(
                pytest.param(
                    example,
                    id=f"{family.name} (xfail): {example.id}",
                    marks=pytest.mark.xfail(strict=True, reason="a known failure of the rules"),
                )
            )
    return cases


def _negatives() -> list[Any]:
    return [
        pytest.param(text, id=f"{family.name}: {text[:60]}")
        for family in FAMILIES
        for text in family.corpus.negative
    ]


def _claim_for(example: Example) -> Claim:
    claims = extract(example.text, title=example.title)
    found = [claim for claim in claims if claim.text == example.number]
    assert found, f"no claim {example.number!r}; found {[c.text for c in claims]}"
    return found[0]


@pytest.mark.parametrize("example", _cases())
def test_positive_example_gives_its_claim(example: Example) -> None:
    claim = _claim_for(example)
    got = {name: getattr(claim, name) for name in example.expect}
    assert got == example.expect
    assert example.text[claim.start : claim.end] == claim.text


@pytest.mark.parametrize("text", _negatives())
def test_negative_example_gives_no_claim(text: str) -> None:
    assert [claim.text for claim in extract(text)] == []


def test_every_family_has_a_corpus() -> None:
    # A family without examples could change behaviour with no test noticing.
    empty = [family.name for family in FAMILIES if not family.corpus.positive]
    assert empty == []
    assert all(family.corpus.negative for family in FAMILIES)


def test_number_inside_a_benchmark_name_is_no_claim() -> None:
    # "AIME 24" is a benchmark; its 24 would otherwise join the list of results around it.
    text = "FooThink scores 70.3% on BarBench, 90.2% on AIME 24, and 60.1% on SWE-bench Verified."
    assert [claim.text for claim in extract(text)] == ["70.3%", "90.2%", "60.1%"]
