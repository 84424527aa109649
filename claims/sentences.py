"""Sentence boundaries in abstract text, without a model.

A full stop ends a sentence when the next word starts with a capital, a digit or a bracket and the
word before is not a known abbreviation ("e.g.", "et al.", "vs.", "Fig.") or a decimal.
"""

from __future__ import annotations

from typing import Final

import regex

_BOUNDARY: Final = regex.compile(
    r"""
    (?<! \b(?:e\.g|i\.e|et\sal|vs|Fig|Figs|Eq|Sec|Tab|cf|approx|resp|w\.r\.t|etc|No|Dr|Mr|Inc)\. )
    (?<= [.!?] ) ["')\]]? \s+ (?= [A-Z0-9("\[] )
    | \n\s*\n
    """,
    regex.VERBOSE,
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, covering all of it in order.

    >>> text = "We beat ResNet-50, e.g. by 1.2%. It is 2x faster."
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['We beat ResNet-50, e.g. by 1.2%. ', 'It is 2x faster.']
    """
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans
