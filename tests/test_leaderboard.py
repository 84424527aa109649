"""Leaderboard logic over claims frames: direction, ties, best per model, kinds, conflicts."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from claims.leaderboard import (
    LEADERBOARD_COLUMNS,
    benchmarks,
    default_benchmark,
    leaderboard,
    relative_claims,
)
from claims.model import CLAIM_FIELDS, Claim, Kind
from claims.store.frames import CLAIM_FRAME_COLUMNS, typed_frame


def claim(
    paper: str,
    value: float,
    model: str | None = None,
    *,
    metric: str = "top-1 accuracy",
    dataset: str | None = "ImageNet",
    kind: Kind = "absolute",
    unit: str = "%",
    normalized: float | None = None,
    start: int = 0,
) -> Claim:
    text = f"{value:g}{unit}"
    return Claim(
        paper_id=paper,
        value=value,
        unit=unit,
        metric=metric,
        dataset=dataset,
        model=model,
        kind=kind,
        normalized=normalized,
        text=text,
        start=start,
        end=start + len(text),
        sentence=f"{model} gets {text}.",
        rule="test",
    )


def frame(*claims: Claim, rejected: frozenset[str] = frozenset()) -> pd.DataFrame:
    """A frame shaped as `Store.claims_frame()` returns it; each paper's title is "Title <id>"."""
    rows = [
        (
            item.id,
            *(getattr(item, field) for field in CLAIM_FIELDS),
            f"Title {item.paper_id}",
            f"https://example.org/{item.paper_id}",
            "2024-01-01",
            False,
            item.id in rejected,
        )
        for item in claims
    ]
    return typed_frame(rows, CLAIM_FRAME_COLUMNS)


def ranked(table: pd.DataFrame) -> list[tuple[int, str, float]]:
    return list(zip(table["rank"], table["model"], table["value"], strict=True))


def test_higher_is_better_for_accuracy() -> None:
    claims = frame(claim("a", 86.5, "A"), claim("b", 88.0, "B"), claim("c", 80.1, "C"))
    assert ranked(leaderboard(claims, "ImageNet", "top-1 accuracy")) == [
        (1, "B", 88.0),
        (2, "A", 86.5),
        (3, "C", 80.1),
    ]


@pytest.mark.parametrize("metric", ["top-1 error", "latency", "parameters"])
def test_lower_is_better_for_errors_latency_and_parameters(metric: str) -> None:
    claims = frame(
        claim("a", 20.0, "A", metric=metric),
        claim("b", 5.0, "B", metric=metric),
        claim("c", 9.0, "C", metric=metric),
    )
    assert [row[1] for row in ranked(leaderboard(claims, "ImageNet", metric))] == ["B", "C", "A"]


def test_ties_share_a_rank_and_the_next_rank_skips() -> None:
    claims = frame(
        claim("a", 80.0, "A"),
        claim("b", 82.0, "B"),
        claim("c", 82.0, "C"),
        claim("d", 79.0, "D"),
    )
    assert [row[0] for row in ranked(leaderboard(claims, "ImageNet", "top-1 accuracy"))] == [
        1,
        1,
        3,
        4,
    ]


def test_values_equal_up_to_float_noise_tie() -> None:
    claims = frame(claim("a", 0.1 + 0.2, "A"), claim("b", 0.3, "B"))
    assert leaderboard(claims, "ImageNet", "top-1 accuracy")["rank"].tolist() == [1, 1]


def test_one_row_per_paper_and_model_holding_its_best_claim() -> None:
    claims = frame(
        claim("a", 80.0, "Small", start=0),
        claim("a", 84.0, "Large", start=10),
        claim("a", 81.0, "Small", start=20),
        claim("b", 83.0, "Small", start=0),
    )
    table = leaderboard(claims, "ImageNet", "top-1 accuracy")
    assert list(zip(table["model"], table["paper_id"], table["value"], strict=True)) == [
        ("Large", "a", 84.0),
        ("Small", "b", 83.0),
        ("Small", "a", 81.0),
    ]
    best_small_a = claim("a", 81.0, "Small", start=20).id
    assert table.loc[table["value"] == 81.0, "claim_id"].item() == best_small_a


def test_relative_delta_and_ratio_claims_are_never_ranked() -> None:
    claims = frame(
        claim("a", 80.0, "A"),
        claim("b", 2.5, "B", kind="delta"),
        claim("c", 40.0, "C", kind="relative"),
        claim("d", 300.0, "D", kind="ratio", unit="x"),
    )
    table = leaderboard(claims, "ImageNet", "top-1 accuracy")
    assert table["model"].tolist() == ["A"]
    assert set(table["kind"]) == {"absolute"}
    assert benchmarks(claims)[["papers", "claims"]].values.tolist() == [[1, 1]]


def test_the_same_model_with_different_values_in_different_papers_is_a_conflict() -> None:
    claims = frame(
        claim("a", 76.1, "ResNet-50"),
        claim("b", 76.5, "resnet-50"),  # the same name, written differently
        claim("c", 79.0, "ViT-S"),
        claim("d", 79.0, "ViT-S"),  # agreeing papers
        claim("e", 70.0),  # no model: labelled by title, never a conflict
        claim("f", 71.0),
    )
    table = leaderboard(claims, "ImageNet", "top-1 accuracy").set_index("paper_id")
    assert table["conflict"].to_dict() == {
        "a": True,
        "b": True,
        "c": False,
        "d": False,
        "e": False,
        "f": False,
    }


def test_a_claim_without_a_model_is_labelled_by_its_paper_title() -> None:
    table = leaderboard(frame(claim("p1", 77.0)), "ImageNet", "top-1 accuracy")
    assert table["model"].tolist() == ["Title p1"]


def test_columns_are_stable_even_when_empty() -> None:
    full = leaderboard(frame(claim("a", 80.0, "A")), "ImageNet", "top-1 accuracy")
    empty = leaderboard(frame(claim("a", 80.0, "A")), "COCO", "box AP")
    assert list(full.columns) == list(empty.columns) == list(LEADERBOARD_COLUMNS)
    assert empty.empty
    assert full.iloc[0][["url", "sentence", "published"]].tolist() == [
        "https://example.org/a",
        "A gets 80%.",
        "2024-01-01",
    ]


def test_rejected_claims_are_left_out() -> None:
    wrong = claim("b", 99.9, "B")
    claims = frame(claim("a", 80.0, "A"), wrong, rejected=frozenset({wrong.id}))
    assert leaderboard(claims, "ImageNet", "top-1 accuracy")["model"].tolist() == ["A"]


def test_normalized_values_put_different_units_on_one_scale() -> None:
    claims = frame(
        claim("a", 1.2, "Big", metric="parameters", unit="B", normalized=1.2e9),
        claim("b", 5.7, "Small", metric="parameters", unit="M", normalized=5.7e6),
    )
    assert leaderboard(claims, "ImageNet", "parameters")["model"].tolist() == ["Small", "Big"]


def test_benchmarks_count_papers_and_claims_most_papers_first() -> None:
    claims = frame(
        claim("a", 80.0, "A"),
        claim("a", 81.0, "A2", start=9),
        claim("b", 82.0, "B"),
        claim("a", 45.0, "A", dataset="COCO", metric="box AP"),
        claim("b", 46.0, "B", dataset="COCO", metric="box AP"),
        claim("c", 47.0, "C", dataset="COCO", metric="box AP"),
        claim("c", 3.0, "C", dataset=None),
    )
    table = benchmarks(claims)
    assert table.values.tolist() == [
        ["COCO", "box AP", 3, 3],
        ["ImageNet", "top-1 accuracy", 2, 3],
    ]
    assert default_benchmark(claims) == ("COCO", "box AP")


def test_no_benchmark_in_an_empty_frame() -> None:
    assert default_benchmark(frame()) is None
    assert list(benchmarks(frame()).columns) == ["dataset", "metric", "papers", "claims"]


def test_relative_claims_of_a_paper_in_text_order() -> None:
    claims = frame(
        claim("a", 80.0, "A", start=0),
        claim("a", 4.7, "A", kind="ratio", unit="x", metric="throughput", start=30),
        claim("a", 47.0, "A", kind="relative", metric="latency", start=15),
        claim("b", 2.0, "B", kind="ratio", unit="x", metric="speedup"),
    )
    assert relative_claims(claims, "a")["metric"].tolist() == ["latency", "throughput"]


def test_the_sample_ranks_imagenet_top1_claims(tmp_path: Path) -> None:
    from claims.sources import read_papers
    from claims.store import Store

    store = Store(tmp_path / "claims.db")
    store.ingest(read_papers(str(Path(__file__).parents[1] / "data" / "trending-papers.txt")))
    claims = store.claims_frame()
    table = leaderboard(claims, "ImageNet", "top-1 accuracy")
    assert default_benchmark(claims) == ("ImageNet", "top-1 accuracy")
    assert table["rank"].is_monotonic_increasing and table["rank"].iloc[0] == 1
    assert ("UniRepLKNet", 88.0) in set(zip(table["model"], table["value"], strict=True))
    assert set(table["kind"]) == {"absolute"}
