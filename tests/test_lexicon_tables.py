"""The phrase tables and their matcher: rows agree with each other, and every row can match."""

from __future__ import annotations

from claims.datasets import _CASE_SENSITIVE, DATASET_ALIASES, HEADLINE_METRIC
from claims.lexicon import Phrase, PhraseMatcher


def test_every_case_sensitive_alias_is_a_row_of_the_table() -> None:
    # (a row whose pattern changed and stayed here by its old text matches in any case: "a pile
    # of" was The Pile, "spider" Spider, until this test found them)
    aliases = {alias for patterns in DATASET_ALIASES.values() for alias in patterns}
    assert sorted(_CASE_SENSITIVE - aliases) == []


def test_every_headline_metric_is_for_a_listed_benchmark() -> None:
    assert sorted(set(HEADLINE_METRIC) - set(DATASET_ALIASES)) == []


def test_an_alias_ending_in_a_short_lookahead_matches() -> None:
    # (the matcher's first look at a word once asked for a full match of the word and the next
    # character, which a lookahead reading that character can never give: "EM(?=\s)" never hit)
    matcher = PhraseMatcher([Phrase(0, r"EM(?=\s)"), Phrase(1, r"top-?1")])
    text = "an EM of 62.7% and top-1 of 80%, for them"
    assert [(m.text, m.key) for m in matcher.find(text)] == [("EM", 0), ("top-1", 1)]
