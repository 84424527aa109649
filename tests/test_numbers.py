"""Number spellings found in real abstracts, and numbers that are part of something else.

Each spelling is written inside a sentence, as the extractor meets it; the row gives the mention's
text, value, upper value of a range and normalised unit.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.numbers import NumberMention, find_numbers

# spelling, text of the mention, value, value_max, unit
SPELLINGS: list[tuple[str, str, float, float | None, str]] = [
    ("88.0%", "88.0%", 88.0, None, "%"),
    ("73.62\\%", "73.62\\%", 73.62, None, "%"),
    ("4.7x", "4.7x", 4.7, None, "x"),
    ("4.7\u00d7", "4.7\u00d7", 4.7, None, "x"),  # the multiplication sign
    ("16times", "16times", 16.0, None, "x"),
    ("3,201x", "3,201x", 3201.0, None, "x"),
    ("10^{19}", "10^{19}", 1e19, None, ""),
    ("1e-3", "1e-3", 1e-3, None, ""),
    ("5.7M", "5.7M", 5.7, None, "M"),
    ("1.3B", "1.3B", 1.3, None, "B"),
    ("+4.7", "+4.7", 4.7, None, ""),
    ("-0.3", "-0.3", -0.3, None, ""),
    ("20-30%", "20-30%", 20.0, 30.0, "%"),
    ("9.7x - 3,201x", "9.7x - 3,201x", 9.7, 3201.0, "x"),
    ("10X~20X", "10X~20X", 10.0, 20.0, "x"),
    ("1.5sim3.0", "1.5sim3.0", 1.5, 3.0, ""),
    ("2 to 25 times", "2 to 25 times", 2.0, 25.0, "x"),
    ("between 1.50x and 1.71x", "1.50x and 1.71x", 1.5, 1.71, "x"),  # a range said in words
    # The spread is not part of the claim (GUIDELINE): the mention is the central value.
    ("1.98+/-0.07", "1.98", 1.98, None, ""),
    ("five times", "five times", 5.0, None, "x"),
    ("twice", "twice", 2.0, None, "x"),
    ("1,594.5", "1,594.5", 1594.5, None, ""),
    ("10-fold", "10-fold", 10.0, None, "x"),
    ("tenfold", "tenfold", 10.0, None, "x"),
    ("in under seven seconds", "seven seconds", 7.0, None, "s"),  # a duration in words
    ("within one hour", "one hour", 1.0, None, "hours"),
    ("2.4ms", "2.4ms", 2.4, None, "ms"),
    ("34.1 dB", "34.1 dB", 34.1, None, "dB"),
    ("150 GMACs", "150 GMACs", 150.0, None, "G"),
    ("2 x 10^{6}", "2 x 10^{6}", 2e6, None, ""),
    ("12 %", "12 %", 12.0, None, "%"),
    ("300-times", "300-times", 300.0, None, "x"),
    # A share written as a fraction has the share as its value (GUIDELINE: like "10% of").
    ("1/10th", "1/10th", 0.1, None, ""),
    ("1/1000", "1/1000", 0.001, None, ""),
    ("15 percentage points", "15 percentage points", 15.0, None, "points"),
    ("1 dollar", "1 dollar", 1.0, None, "$"),
    ("2.5 USD", "2.5 USD", 2.5, None, "$"),
    ("0.84 pages per second", "0.84 pages per second", 0.84, None, "pages/s"),
    ("8 frames per second", "8 frames per second", 8.0, None, "FPS"),
]
SPELLING_XFAIL: list[tuple[str, str, float, float | None, str]] = []

# written text, a word its skip reason must contain
NOT_CLAIMS: list[tuple[str, str]] = [
    ("ResNet-50", "name"),
    ("Llama-3.1", "name"),
    ("ImageNet-21K", "name"),
    ("Human3.6M", "name"),
    ("EMOv2-5M", "name"),
    ("16times16", "16x16"),
    ("800\u00d7800", "16x16"),  # LaTeX `800$\\times$800` after normalisation
    ("(2k x 2k)", "16x16"),  # a resolution with a spaced letter x
    ("EMOv2-1M/2M/5M", "name"),
    ("2:4 sparsity", "2:4"),
    ("RF-DETR (2x-large)", "name"),  # a size of a model family, not a factor
    ("in 2023", "year"),
    ("since 1998", "year"),
    ("[12]", "citation"),
    ("[3, 14]", "citation"),
    ("https://github.com/org/repo2", "URL"),
    ("www.example.org/v2", "URL"),
    ("Section 3", "section"),
    ("Table 4", "table"),
    ("YOLOv8", "name"),
    ("GPT-4", "name"),
]
NOT_CLAIMS_XFAIL: list[tuple[str, str]] = []


def _params(rows: list[Any], xfail: list[Any]) -> list[Any]:
    marked = pytest.mark.xfail(strict=True, reason="a known gap of claims.numbers")
    return [pytest.param(*row, id=row[0]) for row in rows] + [
        pytest.param(*row, id=f"{row[0]} (xfail)", marks=marked) for row in xfail
    ]


def _mentions_in(snippet: str) -> list[NumberMention]:
    # Surround the snippet with words, as in an abstract, and keep the mentions inside it.
    sentence = f"The results {snippet} are reported."
    lo = len("The results ")
    hi = lo + len(snippet)
    return [m for m in find_numbers(sentence) if lo <= m.start < hi]


@pytest.mark.parametrize(
    ("written", "text", "value", "value_max", "unit"), _params(SPELLINGS, SPELLING_XFAIL)
)
def test_number_spelling(
    written: str, text: str, value: float, value_max: float | None, unit: str
) -> None:
    mentions = _mentions_in(written)
    assert [m.text for m in mentions] == [text]
    mention = mentions[0]
    assert mention.value == pytest.approx(value)
    assert mention.value_max == (None if value_max is None else pytest.approx(value_max))
    assert (mention.unit, mention.skip) == (unit, None)


@pytest.mark.parametrize(("written", "reason"), _params(NOT_CLAIMS, NOT_CLAIMS_XFAIL))
def test_not_a_claim_is_skipped_with_a_reason(written: str, reason: str) -> None:
    mentions = _mentions_in(written)
    assert mentions, f"no number found in {written!r}"
    assert all(m.skip for m in mentions), [(m.text, m.skip) for m in mentions]
    assert reason.lower() in (mentions[0].skip or "").lower()


def test_sizes_in_a_slashed_list_of_parameter_counts_are_values() -> None:
    mentions = _mentions_in("with only 12M/21M/40M parameters")
    assert [(m.text, m.skip) for m in mentions] == [("12M", None), ("21M", None), ("40M", None)]


def test_mentions_are_spans_of_the_text() -> None:
    text = "It reaches 88.0% top-1, 4.7\u00d7 faster, with 5.7M params (ResNet-50: 76.1%) [12]."
    mentions = find_numbers(text)
    assert [m.text for m in mentions] == ["88.0%", "1", "4.7\u00d7", "5.7M", "50", "76.1%", "12"]
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_normalized_applies_the_multiplier() -> None:
    [params, latency] = find_numbers("5.7M parameters at 2.4ms")
    assert params.normalized == pytest.approx(5.7e6)
    assert latency.normalized == pytest.approx(2.4e-3)
