"""The Hugging Face trending-papers page as text copied from a browser (data/trending-papers.txt).

The page is paragraphs separated by blank lines: a few header lines ("new", "Subscribe", the
date...), then for each paper its title, then its abstract. A paper's id is its title's slug,
the only identifier the page shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from claims.errors import InputError
from claims.model import Paper
from claims.sources.records import ReaderOptions, make_paper, normalize_space
from claims.sources.stream import Input, lines, text_of

NAME: Final = "trending"

# The page chrome before the first paper; matched whole-line so a title is never mistaken for it.
_HEADER = re.compile(
    r"""^(?:
        new | trending | daily | subscribe
      | get\ trending\ papers\ in\ your\ email\ inbox!?
      | by\s*ak\ and\ the\ research\ community
      | [a-z]{3}\ \d{1,2}(?:,\ \d{4})?            # "Mar 12", "Mar 12, 2024"
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass
class _Paragraph:
    text: str
    line: int
    oversized: bool = False


def _paragraphs(source: Input) -> Iterator[_Paragraph]:
    """Blank-line separated paragraphs, each a single line of text, with its first line number."""
    current: list[str] = []
    first = 0
    oversized = False
    for number, line in enumerate(lines(text_of(source), source.name), start=1):
        if line is not None and not line.strip():
            if current or oversized:
                yield _Paragraph(" ".join(current), first, oversized)
            current, oversized = [], False
            continue
        if not current and not oversized:
            first = number
        if line is None:
            oversized = True
        else:
            current.append(line.strip())
    if current or oversized:
        yield _Paragraph(" ".join(current), first, oversized)


def read(source: Input, options: ReaderOptions) -> Iterator[Paper]:
    del options  # the page has no categories or fields to choose
    in_header = True
    title: _Paragraph | None = None
    for paragraph in _paragraphs(source):
        if in_header and not paragraph.oversized and _HEADER.match(paragraph.text):
            continue
        in_header = False
        if title is None:
            title = paragraph
            continue
        if not (title.oversized or paragraph.oversized):
            paper = make_paper(
                source.name,
                title.line,
                title=normalize_space(title.text),
                abstract=paragraph.text,
                source=NAME,
            )
            if paper is not None:
                yield paper
        title = None
    if title is not None:
        raise InputError(source.name, "title without an abstract after it", title.line)
