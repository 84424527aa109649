"""Untrusted text helpers: escaping is total, highlighting adds only our own tags."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard.safe import (
    escape_markdown,
    highlighted_html,
    page_link,
    safe_url,
)

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "**bold** _it_ `code` ~~gone~~",
    "$x^2$ and $$y$$",
    '=HYPERLINK("http://x","y")',
    ":red[colour] :smile: :material/home:",
    "# heading\n- item\n> quote",
    "a\\*b",
]
_MARK = re.compile(r'<mark title="[^"<>]*">|</mark>')


@pytest.mark.parametrize("text", HOSTILE)
def test_escape_markdown_backslashes_every_punctuation_character(text: str) -> None:
    escaped = escape_markdown(text)
    assert "\n" not in escaped
    # Removing one backslash before each punctuation character gives the text back, with
    # line breaks folded into spaces.
    assert re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", escaped) == re.sub(r"\s*\n\s*", " ", text)
    assert re.search(r"(?<!\\)[*_`$\[\]<>:#]", escaped) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://arxiv.org/abs/2311.15599", "https://arxiv.org/abs/2311.15599"),
        ("http://example.org/a?b=c", "http://example.org/a?b=c"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("//evil.example/x", None),
        ('https://x.org/"><script>', None),
        ("https://x.org/\nalert", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url_keeps_only_plain_web_links(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_page_link_encodes_parameters() -> None:
    assert page_link("compare", papers="a,b") == "/compare?papers=a%2Cb"
    assert page_link("leaderboard") == "/leaderboard"


def test_highlighted_html_escapes_text_and_tooltips() -> None:
    text = "<script>x</script> reaches 88.0% top-1"
    start = text.index("88.0%")
    result = highlighted_html(text, [(start, start + 5, 'a "quoted" <b>')])
    assert result == (
        "&lt;script&gt;x&lt;/script&gt; reaches "
        '<mark title="a &quot;quoted&quot; &lt;b&gt;">88.0%</mark> top-1'
    )


def test_highlighted_html_skips_overlapping_and_out_of_range_spans() -> None:
    result = highlighted_html(
        "abcdef", [(0, 3, "a"), (2, 4, "overlap"), (5, 99, "out"), (4, 4, "")]
    )
    assert result == '<mark title="a">abc</mark>def'


@given(
    text=st.text(max_size=200),
    cuts=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=6),
)
def test_highlighted_html_shows_exactly_the_text_and_only_our_tags(
    text: str, cuts: list[tuple[int, int]]
) -> None:
    spans = [(min(a, b), max(a, b), "<t>") for a, b in cuts]
    result = highlighted_html(text, spans)
    without_marks = _MARK.sub("", result)
    assert "<" not in without_marks and ">" not in without_marks
    assert html.unescape(without_marks) == text
