"""Sentence boundaries in abstract text, without a model.

A full stop ends a sentence when white space and a capital, a digit or a bracket follow, and the
word before is not a known abbreviation ("e.g.", "et al.", "vs.", "Fig.").
"""

from __future__ import annotations

from typing import Final

import regex

from claims.patterns import ending

_CANDIDATE: Final = regex.compile(r"[.!?][\"')\]]?\s+(?=[A-Z0-9(\"\[])|\n\s*\n")
_ABBREVIATION: Final = ending(
    r"(?:\b(?:e\.g|i\.e|et\s+al|vs|Fig|Figs|Eq|Sec|Tab|cf|approx|resp|w\.r\.t|No|Dr|Mr|Inc)|\b[A-Z])\.$"
)


# No sentence of an abstract is this long (the longest of 220 real abstracts has 762 characters);
# longer runs are cut at white space, so the rules' work per sentence stays bounded on any input.
MAX_SENTENCE: Final = 1500


def _bounded(start: int, end: int, text: str) -> list[tuple[int, int]]:
    spans = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut + 1 if cut != -1 else start + MAX_SENTENCE
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


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
        spans.extend(_bounded(start, match.end(), text))
        start = match.end()
    if start < len(text):
        spans.extend(_bounded(start, len(text), text))
    return spans
