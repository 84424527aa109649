"""Untrusted text made safe to show: titles, abstracts and model names are written by strangers.

Nothing a paper says may be interpreted by the browser or by Streamlit's Markdown: no HTML, no
script, no link, no bold, no LaTeX. Pages show such text in dataframes (drawn on a canvas, never
parsed), or through the functions here, which escape first and only then add markup of our own.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from urllib.parse import quote, urlsplit

# Every ASCII punctuation character can be backslash-escaped in CommonMark, and an escaped one
# is always literal; escaping them all is simpler and safer than guessing which ones matter.
_MARKDOWN_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")

SAFE_SCHEMES = frozenset({"http", "https"})


def escape_markdown(text: str) -> str:
    r"""Text that Streamlit's Markdown shows exactly as written, on one line.

    >>> print(escape_markdown("**bold** $x$ [a](javascript:x)"))
    \*\*bold\*\* \$x\$ \[a\]\(javascript\:x\)
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _LINE_BREAKS.sub(" ", text))


def safe_url(url: str | None) -> str | None:
    """The url if a browser can follow it without running anything (http or https), else None.

    >>> safe_url("https://arxiv.org/abs/2311.15599"), safe_url("javascript:alert(1)")
    ('https://arxiv.org/abs/2311.15599', None)
    """
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc:
        return None
    if any(ord(char) < 0x20 or char in "<>\"'` " for char in url):
        return None
    return url


def page_link(page: str, **params: str) -> str:
    """A link to one of the dashboard's own pages, its parameters percent-encoded.

    >>> page_link("paper", id="a b&c")
    '/paper?id=a%20b%26c'
    """
    query = "&".join(f"{key}={quote(value, safe='')}" for key, value in params.items())
    return f"/{page}?{query}" if query else f"/{page}"


def highlighted_html(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """The text as HTML with each (start, end, tooltip) span wrapped in a <mark>.

    Every piece of the text and every tooltip is escaped before our own tags go around it, so a
    `<script>` in an abstract stays visible text. Overlapping spans keep the first one.

    >>> highlighted_html("<b>88.0%</b> top-1", [(3, 8, "top-1 accuracy")])
    '&lt;b&gt;<mark title="top-1 accuracy">88.0%</mark>&lt;/b&gt; top-1'
    """
    pieces: list[str] = []
    position = 0
    for start, end, tooltip in sorted(spans):
        if start < position or end > len(text) or start >= end:
            continue
        pieces.append(html.escape(text[position:start]))
        pieces.append(
            f'<mark title="{html.escape(tooltip, quote=True)}">'
            f"{html.escape(text[start:end])}</mark>"
        )
        position = end
    pieces.append(html.escape(text[position:]))
    return "".join(pieces)
