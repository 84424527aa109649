"""Properties of the extractor that hold for any text (issue 5): it never raises, every span
slices the text to the claim's `text`, values are finite, output is deterministic, and a
sentence's claims do not change when unrelated sentences are added around it."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims import Claim, extract

# Text that looks like abstracts: numbers in every spelling, units, metric and dataset words, and
# the markup that trips parsers, mixed with arbitrary Unicode.
_PIECES = [
    "88.0%", "73.62\\%", "4.7x", "4.7×", "16times", "3,201x", "10^{19}", "1e-3", "5.7M", "1.3B",
    "+4.7", "-0.3", "20-30%", "9.7x - 3,201x", "10X~20X", "1.5sim3.0", "2 to 25 times",
    "1.98+/-0.07", "twice", "five times", " top-1 accuracy", " on ImageNet", " mIoU", " FLOPs",
    " faster than ResNet-50", " fewer parameters", " latency", " ms", " dB", " PSNR", " GPU days",
    "$\\times$", "\\%", "$\\sim$", "\\textbf{", "}", "(", ")", ", ", ". ", "; ", " and ", " by ",
    "Our FooNet achieves ", "ResNet-50", "Llama-3.1", "ImageNet-21K", "[12]", "https://x.io/a1",
    "\n", "\u00a0", "−", "9" * 40, "." * 5, "%" * 3, "5\\,700", "\\,", "\\", "$", "{",
]  # fmt: skip
abstract_like = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=40
).map("".join)

# Sentences with no digits, capitals, metric or dataset words: nothing in them can be a claim,
# name a system or name a benchmark.
_FILLER_WORDS = ["the", "method", "we", "study", "a", "simple", "idea", "works", "well", "here"]
unrelated_sentence = st.lists(st.sampled_from(_FILLER_WORDS), min_size=3, max_size=10).map(
    lambda words: "We " + " ".join(words) + "."
)
claim_sentence = st.sampled_from(
    [
        "Our FooNet reaches 84.3% top-1 accuracy on ImageNet, 1.4% higher than ResNet-50.",
        "BarViT runs 2.3x faster than DeiT-S with 35% fewer FLOPs.",
        "The codec gains 1.1 dB PSNR over HEVC at 12.5ms latency.",
        "QuxDet obtains a COCO box AP of 55.1% and 3.1 AP more than FCOS.",
    ]
)


def _fields(claim: Claim, shift: int = 0) -> tuple[object, ...]:
    return (
        claim.text,
        claim.start - shift,
        claim.value,
        claim.value_max,
        claim.unit,
        claim.metric,
        claim.dataset,
        claim.model,
        claim.baseline,
        claim.kind,
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(abstract_like)
def test_any_text_gives_valid_claims(text: str) -> None:
    claims = extract(text)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert math.isfinite(claim.value)
        assert claim.value_max is None or math.isfinite(claim.value_max)
        assert claim.normalized is None or math.isfinite(claim.normalized)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    for claim in extract(text):
        assert text[claim.start : claim.end] == claim.text


@settings(max_examples=100, deadline=None)
@given(abstract_like)
def test_extraction_is_deterministic(text: str) -> None:
    assert [c.model_dump() for c in extract(text)] == [c.model_dump() for c in extract(text)]


@settings(max_examples=150, deadline=None)
@given(
    claim_sentence,
    st.lists(unrelated_sentence, max_size=3),
    st.lists(unrelated_sentence, max_size=3),
)
def test_unrelated_sentences_do_not_change_a_sentences_claims(
    sentence: str, before: list[str], after: list[str]
) -> None:
    alone = [_fields(c) for c in extract(sentence)]
    prefix = "".join(s + " " for s in before)
    surrounded = prefix + sentence + "".join(" " + s for s in after)
    assert alone, "the claim sentences above all hold claims"
    assert [_fields(c, shift=len(prefix)) for c in extract(surrounded)] == alone


def test_digits_of_other_scripts_are_not_read_as_numbers() -> None:
    # Found by the property above: `\d` matches Takri or Arabic-Indic digits, which float()
    # refuses. Papers write ASCII digits; other digits are text.
    assert extract("\U000116d0 and ٣٤% and 𝟗𝟗% top-1") == []
