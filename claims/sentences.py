"""Sentence boundaries in abstract text, without a model.

A full stop ends a sentence when white space and a capital, a digit or a bracket follow, and the
word before is not a known abbreviation ("e.g.", "et al.", "vs.", "Fig.").
"""

from __future__ import annotations

from typing import Final

import regex

_CANDIDATE: Final = regex.compile(r"[.!?][\"')\]]?\s+(?=[A-Z0-9(\"\[])|\n\s*\n")
_ABBREVIATION: Final = regex.compile(
    r"(?:\b(?:e\.g|i\.e|et\s+al|vs|Fig|Figs|Eq|Sec|Tab|cf|approx|resp|w\.r\.t|No|Dr|Mr|Inc)|\b[A-Z])\.$"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, covering all of it in order.

    >>> text = "We beat ResNet-50, e.g. by 1.2%. It is 2x faster."
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['We beat ResNet-50, e.g. by 1.2%. ', 'It is 2x faster.']
    """
    spans = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        stop = match.start() + 1
        if text[match.start()] == "." and _ABBREVIATION.search(text, max(0, stop - 8), stop):
            continue
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans
