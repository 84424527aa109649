"""A fast matcher for many short phrase patterns (metric and dataset aliases).

One regex alternation over a hundred aliases tries every alias at every word start, which costs
about a millisecond per abstract. `PhraseMatcher` gives the same answer (at the leftmost word
start, the first alias in table order that matches) by looking at each word only once: which
aliases could start with a word is decided by a partial match of the word against each alias,
and cached, so after a few abstracts a word costs one dictionary lookup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import regex

# Where a phrase may start: a letter, `#` or `$` that does not continue a word or a hyphenated name.
# (A digit may touch it: LaTeX-to-text leaves "$49.4$AP" as "49.4AP".) Compiled by the standard
# `re`, which scans this ASCII pattern 2.4x faster than `regex` (the same words in every sentence
# of data/).
_WORD: Final = re.compile(r"(?<![A-Za-z_-])[A-Za-z#][A-Za-z]*")
_CACHE_LIMIT: Final = 100_000
_PHRASE_END: Final = r"(?!\w|-(?!(?:gains?|improvements?|drops?|increases?|decreases?)\b)\w)"
_FIRST_CHARS: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ#"
# Characters that can end a run of letters inside a phrase: "top-1", "GPU hours", "AP_50", "mAP@.5".
_AFTER_WORD: Final = (
    " ",
    "-",
    *"0123456789",
    "_",
    "^",
    "@",
    ".",
    "/",
    "'",
    "+",
    "(",
    "{",
    "$",
    ",",
    "%",
    "\\",
)


# The extractor asks each sentence for its metrics and then its datasets: two matchers, one
# text. The distinct words of the last span asked are kept (one tuple, replaced whole, so a
# reader in another thread sees a consistent entry) and the second matcher reuses them.
_last_words: tuple[str, int, int, frozenset[str]] = ("", 0, 0, frozenset())


def _distinct_words(text: str, start: int, stop: int) -> frozenset[str]:
    global _last_words
    last = _last_words
    if last[0] is text and last[1] == start and last[2] == stop:
        return last[3]
    words = frozenset(_WORD.findall(text, start, stop))
    _last_words = (text, start, stop, words)
    return words


def _covers(pattern: regex.Pattern[str], word: str, following: str) -> bool:
    """Whether `pattern` can match from the start of `word` through all of it, `following` being
    the next character. (A match, not a full match, of the two: an alias ending in a lookahead,
    "EM(?=\\s)", matches "EM " only as far as "EM", the lookahead reading the space.)"""
    match = pattern.match(word + following, partial=True)
    return match is not None and match.end() >= len(word)


@dataclass(frozen=True, slots=True)
class Phrase:
    """One pattern of the table: `key` says what it names, `pattern` is a regex fragment."""

    key: int
    pattern: str
    case_sensitive: bool = False


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    start: int
    end: int
    text: str
    key: int


class PhraseMatcher:
    """Finds non-overlapping phrases, leftmost first, earlier table rows winning at a position."""

    def __init__(self, phrases: Sequence[Phrase]) -> None:
        self._phrases = tuple(phrases)
        # A phrase ends where a word does, and not inside a hyphenated name ("ResNet-50"), but a
        # hyphen may join it to the change it names ("2.4% F1-gain").
        self._full = tuple(
            regex.compile(f"(?{'-' if p.case_sensitive else ''}i:{p.pattern}){_PHRASE_END}")
            for p in self._phrases
        )
        self._prefix = tuple(
            regex.compile(f"(?{'-' if p.case_sensitive else ''}i:{p.pattern})")
            for p in self._phrases
        )
        self._candidates: dict[str, tuple[int, ...]] = {}
        self._candidates_next: dict[tuple[str, str], tuple[int, ...]] = {}
        # Which rows can start with a given character, found once by partial matching: a new
        # word is then tested against a handful of rows, not all of them.
        self._by_first: dict[str, tuple[int, ...]] = {}
        for char in _FIRST_CHARS:
            rows = tuple(i for i, p in enumerate(self._prefix) if p.fullmatch(char, partial=True))
            if rows:
                self._by_first[char] = rows

    def _candidates_for(self, word: str) -> tuple[int, ...]:
        found = self._candidates.get(word)
        if found is None:
            # A word is a whole run of letters, so an alias can start at it only if it matches the
            # word alone or can go on with the character that ends the word ("top" in "top-1").
            found = tuple(
                i
                for i in self._by_first.get(word[0], ())
                if self._prefix[i].fullmatch(word)
                or (
                    self._prefix[i].fullmatch(word, partial=True)
                    and any(_covers(self._prefix[i], word, c) for c in _AFTER_WORD)
                )
            )
            if len(self._candidates) > _CACHE_LIMIT:
                self._candidates.clear()
            self._candidates[word] = found
        return found

    def _candidates_before(self, word: str, following: str) -> tuple[int, ...]:
        """The rows that can start at `word` when `following` comes right after it ("" at the end
        of the text): "on" starts "on-chip SRAM" only before a hyphen, so "on ImageNet" tries
        nothing. Exact: a row that matches here matches the word alone, or goes on with it."""
        key = (word, following)
        found = self._candidates_next.get(key)
        if found is None:
            found = tuple(
                i
                for i in self._candidates_for(word)
                if self._prefix[i].fullmatch(word)
                or (following and _covers(self._prefix[i], word, following))
            )
            if len(self._candidates_next) > _CACHE_LIMIT:
                self._candidates_next.clear()
            self._candidates_next[key] = found
        return found

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[PhraseMatch]:
        """Every phrase in text[start:end]."""
        stop = len(text) if end is None else end
        # Most words start no phrase: find the distinct words with C-speed calls, keep those that
        # may start one, and visit only their occurrences.
        words = _distinct_words(text, start, stop)
        starts: list[tuple[int, tuple[int, ...]]] = []
        known = self._candidates  # (the cache looked up inline: most words are known)
        for word in words:
            candidates = known.get(word)
            if candidates is None:
                candidates = self._candidates_for(word)
            if not candidates:
                continue
            at = text.find(word, start, stop)
            while at != -1:
                occurrence = _WORD.match(text, at, stop)
                if occurrence is not None and occurrence.group() == word:
                    after = at + len(word)
                    narrowed = self._candidates_before(word, text[after] if after < stop else "")
                    if narrowed:
                        starts.append((at, narrowed))
                at = text.find(word, at + 1, stop)
        if not starts:
            return []
        starts.sort()
        found: list[PhraseMatch] = []
        position = start
        for at, candidates in starts:
            if at < position:
                continue
            for index in candidates:
                match = self._full[index].match(text, at, stop)
                if match is not None:
                    found.append(
                        PhraseMatch(
                            match.start(), match.end(), match.group(), self._phrases[index].key
                        )
                    )
                    position = match.end()
                    break
        return found
