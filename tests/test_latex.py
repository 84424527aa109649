"""LaTeX markup to plain text, and every plain span mapped back to the original."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.latex import PlainText, to_plain

# original -> plain
EXAMPLES: list[tuple[str, str]] = [
    # A thin space between digit groups is a thousands separator; elsewhere it is a space.
    (r"a 5\,700$\times$ speedup", "a 5700× speedup"),
    (r"in 3\,s", "in 3 s"),
    (r"with $3.2\times$ fewer FLOPs", "with 3.2× fewer FLOPs"),
    (r"81.5\% top-1", "81.5% top-1"),
    (r"$\sim$10\% gains", "~10% gains"),
    (r"\textbf{88.0\%} and \emph{fast} and \textit{x}", "88.0% and fast and x"),
    (r"{\bf Bold} and {\em it}", "Bold and it"),
    (r"as shown~\cite{he2016,liu2022}.", "as shown."),
    (r"see \citep[p.~3]{key} now", "see now"),
    (r"codecs~(H.264) and Transformer~vaswani", "codecs (H.264) and Transformer vaswani"),
    ("10~30% and 10X~20X and ~310M", "10~30% and 10X~20X and ~310M"),
    # a tie after a word, before a number: a space ("AIME~24" is the benchmark AIME 24)
    ("on AIME~24 and Mamba~2, 0.8dB~2dB", "on AIME 24 and Mamba 2, 0.8dB~2dB"),
    (r"$\mathbf{88.0}$ top-1", "88.0 top-1"),
    (r"$3 \times 10^{5}$ steps", "3×10^{5} steps"),
    (r"$10^{19}$ FLOPs", "10^{19} FLOPs"),
    (r"$1.98 \pm 0.07$", "1.98±0.07"),
    (r"$\approx 2\times$, $\leq 5$ and $\geq 6$", "≈2×, ≤5 and ≥6"),
    (r"a drop of $ \pm 0.3$", "a drop of ±0.3"),
    (r"5.7\times faster", "5.7× faster"),
    ("ranges 10--20% and 3---4", "ranges 10-20% and 3-4"),
    ("prose -- stays", "prose -- stays"),
    (r"$5.7\mathrm{M}$ params, 3$\mu$s", "5.7M params, 3μs"),
    (r"rotated 90$^\circ$ or $90^{\circ}$", "rotated 90° or 90°"),
    (r"Bal\'azs, G\"{o}del, \c{c}a", "Balázs, Gödel, ça"),
    (r"\href{https://x.org}{our site} and \url{https://y.org}", "our site and https://y.org"),
    (r"$$x^2$$ display", "x^2 display"),
    (r"costs $20 per hour and $30 per day", "costs $20 per hour and $30 per day"),
    (r"a lone $ sign", "a lone $ sign"),
    (r"unknown \foo{bar} and {braces}", r"unknown \foo{bar} and {braces}"),
    (r"R\&D, 5\_000, \#1", "R&D, 5_000, #1"),
    (r"\ldots and $a \cdot b$", "... and a·b"),
    ("", ""),
]


@pytest.mark.parametrize(("original", "plain"), EXAMPLES, ids=[e[0][:30] for e in EXAMPLES])
def test_to_plain(original: str, plain: str) -> None:
    assert to_plain(original).text == plain


def test_a_claim_span_maps_back_to_the_smallest_original_span() -> None:
    original = r"with $3.2\times$ fewer FLOPs and 81.5\% top-1"
    plain = to_plain(original)
    start = plain.text.index("3.2×")
    a, b = plain.span_in_original(start, start + 4)
    assert original[a:b] == r"3.2\times"
    start = plain.text.index("81.5%")
    a, b = plain.span_in_original(start, start + 5)
    assert original[a:b] == r"81.5\%"
    start = plain.text.index("fewer")
    at = original.index("fewer")
    assert plain.span_in_original(start, start + 5) == (at, at + 5)


def test_text_without_markup_is_returned_as_is_with_identity_offsets() -> None:
    text = "UniRepLKNet reaches 88.0% ImageNet top-1 accuracy (4.7x faster) -- really."
    plain = to_plain(text)
    assert plain.text is text
    assert plain.span_in_original(3, 10) == (3, 10)


def test_spans_outside_the_text_are_refused() -> None:
    plain = to_plain(r"a $b$")
    with pytest.raises(ValueError, match="outside"):
        plain.span_in_original(0, 99)
    with pytest.raises(ValueError, match="outside"):
        plain.span_in_original(2, 1)


def _check_map(plain: PlainText) -> None:
    size, original = len(plain.text), len(plain.original)
    pairs = [plain.span_in_original(i, i + 1) for i in range(size)]
    for (a, b), (c, d) in pairwise(pairs):
        assert a <= c and b <= d  # monotone
    for a, b in pairs:
        assert 0 <= a < b <= original  # each plain character comes from some original text
    for start in range(0, size + 1, max(1, size // 7)):
        for end in range(start, size + 1, max(1, size // 5)):
            a, b = plain.span_in_original(start, end)
            assert 0 <= a <= b <= original
            if start < end:
                assert (a, b) == (pairs[start][0], pairs[end - 1][1])


MARKUP = st.sampled_from(
    [
        "$", "$$", "\\", "\\times", "\\%", "{", "}", "~", "--", "^{", "^\\circ", "\\cite{x}",
        "\\textbf{", "{\\bf ", "\\'", "\\\"{o}", "\\sim", " ", "3.2", "88.0", "\\href{u}{",
        "\\mathbf{", "\\left(", "\\,", "\\\\", "\\c{", "\\", "\n", "x",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_text_maps_monotonically_within_bounds(text: str) -> None:
    _check_map(to_plain(text))


@settings(max_examples=400, deadline=None)
@given(st.lists(MARKUP | st.text(max_size=4), max_size=40).map("".join))
def test_any_markup_maps_monotonically_within_bounds(text: str) -> None:
    _check_map(to_plain(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="\\$~"), max_size=200))
def test_text_without_backslash_dollar_or_tilde_is_unchanged(text: str) -> None:
    plain = to_plain(text)
    assert plain.text == text
    assert all(plain.span_in_original(i, i + 1) == (i, i + 1) for i in range(len(text)))


@settings(max_examples=200, deadline=None)
@given(st.lists(MARKUP | st.text(max_size=4), max_size=30).map("".join))
def test_characters_copied_as_is_map_to_themselves(text: str) -> None:
    plain = to_plain(text)
    for i, char in enumerate(plain.text):
        a, b = plain.span_in_original(i, i + 1)
        if b - a == 1 and char not in " -":  # spaces and dashes may stand for `~`, `--`
            assert plain.original[a] == char
