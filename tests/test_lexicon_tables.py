"""The benchmark tables agree with each other: a row edited in one is not left stale in another."""

from __future__ import annotations

from claims.datasets import _CASE_SENSITIVE, DATASET_ALIASES, HEADLINE_METRIC


def test_every_case_sensitive_alias_is_a_row_of_the_table() -> None:
    # (a row whose pattern changed and stayed here by its old text matches in any case: "a pile
    # of" was The Pile, "spider" Spider, until this test found them)
    aliases = {alias for patterns in DATASET_ALIASES.values() for alias in patterns}
    assert sorted(_CASE_SENSITIVE - aliases) == []


def test_every_headline_metric_is_for_a_listed_benchmark() -> None:
    assert sorted(set(HEADLINE_METRIC) - set(DATASET_ALIASES)) == []
