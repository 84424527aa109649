"""The dashboard's pure shaping functions, on claims frames built here in the store's own shape."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import pytest

# `dashboard` is a folder of the checkout, not part of the installed `claims` package.
from claims.leaderboard import benchmarks, leaderboard
from claims.model import Claim, Kind
from claims.store.frames import CLAIM_FRAME_COLUMNS, typed_frame
from dashboard import frames


def claim(
    paper_id: str,
    value: float,
    metric: str = "top-1 accuracy",
    *,
    dataset: str | None = "ImageNet",
    model: str | None = "M",
    unit: str = "%",
    kind: Kind = "absolute",
    sentence: str = "",
    start: int = 0,
    normalized: float | None = None,
    value_max: float | None = None,
    baseline: str | None = None,
) -> Claim:
    text = f"{value}{unit}"
    return Claim(
        paper_id=paper_id,
        value=value,
        value_max=value_max,
        unit=unit,
        metric=metric,
        dataset=dataset,
        model=model,
        baseline=baseline,
        kind=kind,
        normalized=normalized,
        text=text,
        start=start,
        end=start + len(text),
        sentence=sentence or f"{model} reaches {text} {metric}.",
        rule="test",
    )


def frame_of(*claims: Claim, papers: dict[str, dict[str, Any]] | None = None) -> pd.DataFrame:
    """A frame exactly as `Store.claims_frame()` returns it, with a `family` column added."""
    papers = papers or {}
    rows = []
    for item in claims:
        paper = papers.get(item.paper_id, {})
        record = {
            "id": item.id,
            **item.model_dump(),
            "title": paper.get("title", f"Paper {item.paper_id}"),
            "url": paper.get("url"),
            "published": paper.get("published"),
            "corrected": False,
            "rejected": False,
        }
        rows.append(tuple(record[column] for column in CLAIM_FRAME_COLUMNS))
    return frames.prepare(typed_frame(rows, CLAIM_FRAME_COLUMNS))


@pytest.mark.parametrize(
    ("value", "unit", "value_max", "shown"),
    [
        (88.0, "%", None, "88.0%"),
        (4.7, "x", None, "4.7x"),
        (5.7, "M", None, "5.7M"),
        (2.4, "ms", None, "2.4 ms"),
        (20.0, "%", 30.0, "20.0-30.0%"),
        (0.78, "", None, "0.78"),
        (1e19, "", None, "1e+19"),
        (3.0, None, float("nan"), "3.0"),
    ],
)
def test_format_value_writes_numbers_as_papers_do(
    value: float, unit: str | None, value_max: float | None, shown: str
) -> None:
    assert frames.format_value(value, unit, value_max) == shown


def test_title_link_carries_the_title_and_never_a_script_url() -> None:
    assert frames.title_link("p", "T", "https://arxiv.org/abs/1") == (
        "https://arxiv.org/abs/1#title=T"
    )
    assert frames.title_link("p", "T", "javascript:alert(1)") == "/paper?id=p#title=T"
    assert frames.title_link("p", "", None) == "/paper?id=p#title=p"
    assert frames.title_link("a b", "<img src=x>", float("nan")) == (
        "/paper?id=a%20b#title=<img src=x>"
    )


def test_family_counts_follow_the_canonical_family_order() -> None:
    metrics = pd.DataFrame(
        {
            "metric": ["latency", "top-1 accuracy", "parameters", "top-1 error", "preference"],
            "claims": [1, 2, 1, 3, 4],
        }
    )
    counts = frames.family_counts(metrics)
    assert counts.to_dict("list") == {
        "family": ["accuracy", "speed", "size", "other"],
        "claims": [5, 1, 1, 4],
    }
    assert frames.family_counts(metrics.iloc[0:0]).empty


def test_top_benchmarks_link_to_their_leaderboard() -> None:
    frame = frame_of(claim("a", 80.0), claim("b", 81.0), claim("a", 40.0, "box AP", dataset="COCO"))
    top = frames.top_benchmarks(benchmarks(frame))
    assert top["benchmark"].to_list() == [
        "/leaderboard?dataset=ImageNet&metric=top-1%20accuracy#title=ImageNet · top-1 accuracy",
        "/leaderboard?dataset=COCO&metric=box%20AP#title=COCO · box AP",
    ]
    assert top["papers"].to_list() == [2, 1]


def test_leaderboard_table_and_csv_hold_the_same_rows() -> None:
    frame = frame_of(
        claim("a", 88.0, model="UniRepLKNet"),
        claim("b", 86.5, model="ConvNeXt"),
        claim("c", 86.5, model="Swin", start=3),
        papers={"a": {"title": "UniRepLKNet paper", "url": "https://arxiv.org/abs/2311.15599"}},
    )
    board = leaderboard(frame, "ImageNet", "top-1 accuracy")
    shown = frames.leaderboard_table(board)
    csv = frames.leaderboard_csv(board)
    assert list(shown.columns) == list(frames.LEADERBOARD_COLUMNS)
    assert list(csv.columns) == list(frames.LEADERBOARD_CSV_COLUMNS)
    assert shown[["rank", "model", "value"]].values.tolist() == [
        [1, "UniRepLKNet", "88.0%"],
        [2, "ConvNeXt", "86.5%"],
        [2, "Swin", "86.5%"],
    ]
    assert csv[["rank", "model", "value", "unit"]].values.tolist() == [
        [1, "UniRepLKNet", 88.0, "%"],
        [2, "ConvNeXt", 86.5, "%"],
        [2, "Swin", 86.5, "%"],
    ]
    assert shown["paper"][0] == "https://arxiv.org/abs/2311.15599#title=UniRepLKNet paper"
    assert csv["url"][0] == "https://arxiv.org/abs/2311.15599"


def test_chart_rows_keep_one_bar_per_row_even_for_the_same_label() -> None:
    frame = frame_of(claim("a", 80.0, model="ViT"), claim("b", 80.0, model="ViT"))
    rows = frames.chart_rows(leaderboard(frame, "ImageNet", "top-1 accuracy"))
    assert rows["label"].to_list() == ["1. ViT", "1. ViT [b]"]


def test_sota_points_mark_each_claim_that_beats_all_earlier_ones() -> None:
    frame = frame_of(
        claim("a", 80.0, model="A"),
        claim("b", 79.0, model="B"),
        claim("c", 82.0, model="C"),
        claim("d", 82.0, model="D"),
        claim("e", 83.0, model="E"),
        claim("f", 99.0, model="Undated"),
        claim("a", 50.0, model="A", kind="delta"),
        papers={
            "a": {"published": "2021-01-01"},
            "b": {"published": "2021-06-01"},
            "c": {"published": "2022-01-01"},
            "d": {"published": "2022-02-01"},
            "e": {"published": "2022-02-01"},
        },
    )
    points = frames.sota_points(frame, "ImageNet", "top-1 accuracy")
    assert points["model"].to_list() == ["A", "B", "C", "E", "D"]
    assert points["record"].to_list() == [True, False, True, True, False]
    assert points["published"][0] == pd.Timestamp(date(2021, 1, 1))


def test_sota_points_follow_the_metric_direction() -> None:
    frame = frame_of(
        claim("a", 20.0, "top-1 error", model="A"),
        claim("b", 25.0, "top-1 error", model="B"),
        claim("c", 18.0, "top-1 error", model="C"),
        papers={
            "a": {"published": "2020-01-01"},
            "b": {"published": "2020-02-01"},
            "c": {"published": "2020-03-01"},
        },
    )
    points = frames.sota_points(frame, "ImageNet", "top-1 error")
    assert points["record"].to_list() == [True, False, True]


def test_filter_claims_combines_every_filter() -> None:
    frame = frame_of(
        claim("a", 80.0, sentence="Top-1 (%) on ImageNet"),
        claim("a", 2.0, "latency", unit="ms", dataset=None, sentence="fast"),
        claim("b", 1.2, kind="delta", sentence="a gain on imagenet"),
    )
    assert len(frames.filter_claims(frame)) == 3
    assert frames.filter_claims(frame, families=["speed"])["metric"].to_list() == ["latency"]
    assert len(frames.filter_claims(frame, kinds=["absolute"], papers=["a"])) == 2
    assert frames.filter_claims(frame, text="IMAGENET")["value"].to_list() == [80.0, 1.2]
    assert frames.filter_claims(frame, text="top-1 (%)")["value"].to_list() == [80.0]
    assert frames.filter_claims(frame, datasets=["COCO"]).empty


def test_explore_table_and_csv_list_the_same_claims() -> None:
    frame = frame_of(claim("a", 20.0, "speedup", unit="%", value_max=30.0, kind="relative"))
    table = frames.explore_table(frame)
    csv = frames.explore_csv(frame)
    assert table["value"].to_list() == ["20.0-30.0%"]
    assert table["claim_id"].to_list() == csv["id"].to_list()
    assert list(csv.columns) == list(frames.EXPLORE_CSV_COLUMNS)


def test_efficiency_points_pair_quality_with_cost_and_mark_the_frontier() -> None:
    frame = frame_of(
        claim("a", 80.0, model="Small"),
        claim("a", 5.0, "parameters", model="Small", unit="M", dataset=None),
        claim("b", 79.0, model="Wasteful"),
        claim("b", 50.0, "parameters", model="Wasteful", unit="M", dataset=None),
        claim("c", 85.0, model="Large"),
        claim("c", 1.0, "parameters", model="Large", unit="B", dataset=None),
        claim("d", 90.0, model="NoSize"),
        claim("e", 83.0, model="Normalized"),
        claim("e", 9.0, "parameters", model="Normalized", unit="M", normalized=9e6, dataset=None),
    )
    assert frames.quality_benchmarks(frame, "parameters") == ["ImageNet · top-1 accuracy"]
    assert frames.quality_benchmarks(frame, "FLOPs") == []
    points = frames.efficiency_points(frame, "ImageNet", "top-1 accuracy", "parameters")
    assert points["model"].to_list() == ["Small", "Normalized", "Wasteful", "Large"]
    assert points["cost"].to_list() == [5e6, 9e6, 50e6, 1e9]
    assert points["frontier"].to_list() == [True, True, False, True]
    assert points["cost_shown"].to_list() == ["5.0M", "9.0M", "50.0M", "1.0B"]


def test_quality_labels_read_back() -> None:
    for dataset, metric in (("ImageNet", "top-1 accuracy"), (None, "accuracy")):
        label = frames.quality_label(dataset, metric)
        assert frames.split_quality_label(label) == (dataset, metric)


def test_compare_rows_rank_only_the_chosen_papers_on_shared_benchmarks() -> None:
    frame = frame_of(
        claim("a", 80.0, model="A"),
        claim("b", 82.0, model="B"),
        claim("c", 90.0, model="C"),
        claim("a", 40.0, "box AP", dataset="COCO", model="A"),
        claim("b", 1.5, "box AP", dataset="COCO", model="B", kind="delta"),
        papers={"a": {"title": "Paper A"}, "b": {"title": ""}},
    )
    shared = frames.shared_benchmarks(frame, ["a", "b"])
    assert shared == [("ImageNet", "top-1 accuracy")]
    rows = frames.compare_rows(frame, ["a", "b"], shared)
    assert rows[["paper", "model", "rank", "shown"]].values.tolist() == [
        ["b", "B", 1, "82.0%"],
        ["Paper A", "A", 2, "80.0%"],
    ]
    assert frames.compare_rows(frame, ["a"], []).empty


def test_compare_suggestions_link_papers_sharing_a_benchmark() -> None:
    frame = frame_of(
        claim("a", 80.0),
        claim("b", 82.0),
        claim("c", 81.0),
        claim("c", 4.0, "box AP", dataset="COCO"),
    )
    claimed = pd.DataFrame(
        {
            "dataset": ["COCO", "ImageNet", "ImageNet", "ImageNet"],
            "metric": ["box AP", "top-1 accuracy", "top-1 accuracy", "top-1 accuracy"],
            "paper_id": ["c", "a", "b", "c"],
        }
    )
    suggestions = frames.compare_suggestions(benchmarks(frame), claimed, papers=2)
    assert suggestions.to_dict("list") == {
        "compare": ["/compare?papers=a%2Cb#title=ImageNet · top-1 accuracy"],
        "papers": [3],
    }


def test_paper_claims_and_spans_are_in_text_order() -> None:
    frame = frame_of(
        claim("a", 2.0, "latency", unit="ms", start=30),
        claim("a", 80.0, start=3),
        claim("b", 70.0),
    )
    claims = frames.paper_claims(frame, "a")
    assert claims["start"].to_list() == [3, 30]
    assert list(claims.columns) == list(frames.PAPER_CLAIM_COLUMNS)
    assert frames.claim_spans(claims) == [
        (3, 8, "top-1 accuracy · absolute · rule test"),
        (30, 35, "latency · absolute · rule test"),
    ]


def test_relative_table_formats_changes() -> None:
    frame = frame_of(claim("a", 4.7, "throughput", unit="x", kind="ratio", baseline="GPT"))
    table = frames.relative_table(frame)
    assert table.to_dict("list")["value"] == ["4.7x"]
    assert table.to_dict("list")["baseline"] == ["GPT"]


def test_title_links_match_title_link_row_by_row() -> None:
    ids = pd.Series(["a", "a b&c", "x/y", "2311.15599", "p"])
    titles = pd.Series(["T", None, "", "<img src=x>", "Same"], dtype="str")
    urls = pd.Series(
        [None, "javascript:alert(1)", "https://e.org/1", None, "https://e.org/1"], dtype="str"
    )
    assert frames.title_links(ids, titles, urls) == [
        frames.title_link(paper_id, title, url)
        for paper_id, title, url in zip(ids, titles, urls, strict=True)
    ]


def test_prepare_adds_the_family_and_the_explore_table_shows_value_and_paper_link() -> None:
    frame = frame_of(
        claim("a", 5.7, "parameters", unit="M"),
        claim("b", 20.0, "speedup", unit="%", value_max=30.0, kind="relative"),
        claim("c", 0.5, "average preference", unit=""),
        papers={"a": {"title": "Paper A", "url": "https://arxiv.org/abs/1"}},
    )
    assert frame["family"].to_list() == ["size", "speed", "other"]
    table = frames.explore_table(frame)
    assert table["value"].to_list() == ["5.7M", "20.0-30.0%", "0.5"]
    assert table["paper"].to_list() == [
        "https://arxiv.org/abs/1#title=Paper A",
        "/paper?id=b#title=Paper b",
        "/paper?id=c#title=Paper c",
    ]


def test_filter_claims_without_a_filter_keeps_the_frame_itself() -> None:
    frame = frame_of(claim("a", 80.0), claim("b", 1.2, kind="delta"))
    assert frames.filter_claims(frame, text="  ") is frame


def test_with_details_adds_the_long_text_by_claim_id() -> None:
    frame = frame_of(claim("a", 80.0, sentence="first"), claim("b", 70.0, sentence="second"))
    narrow = frame.drop(columns=list(frames.EXPLORE_DETAIL_COLUMNS))
    details = frame.loc[::-1, ["id", *frames.EXPLORE_DETAIL_COLUMNS]]
    completed = frames.with_details(narrow, details)
    pd.testing.assert_frame_equal(completed.loc[:, list(frame.columns)], frame)
    # A claim gone from the details keeps no sentence; a column already there is kept.
    partial = frames.with_details(narrow.assign(sentence="kept"), details.iloc[:1])
    assert partial["sentence"].to_list() == ["kept", "kept"]
    assert partial["text"].isna().to_list() == [True, False]
