"""Chart functions: each returns a valid Vega-Lite spec with the marks, fields and tooltips wanted.

`to_dict()` validates the spec against the Vega-Lite schema, so an invalid chart fails here.
"""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from dashboard import charts


def spec(chart: alt.TopLevelMixin) -> dict[str, Any]:
    result: dict[str, Any] = chart.to_dict()
    return result


def values(chart_spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows the chart draws (altair moves inline data into `datasets`)."""
    datasets = chart_spec.get("datasets", {})
    return [row for rows in datasets.values() for row in rows]


def layers(chart_spec: dict[str, Any]) -> list[dict[str, Any]]:
    return list(chart_spec["layer"])


def tooltip_fields(encoding: dict[str, Any]) -> set[str]:
    return {tip["field"] for tip in encoding["tooltip"]}


def test_family_bars() -> None:
    counts = pd.DataFrame({"family": ["accuracy", "speed"], "claims": [3, 1]})
    result = spec(charts.family_bars(counts))
    assert result["mark"]["type"] == "bar"
    assert result["encoding"]["x"]["field"] == "claims"
    assert result["encoding"]["y"] == {
        "field": "family",
        "sort": "-x",
        "title": None,
        "type": "nominal",
    }
    assert {row["family"] for row in values(result)} == {"accuracy", "speed"}
    assert tooltip_fields(result["encoding"]) == {"family", "claims"}


def test_benchmark_bars_label_each_benchmark_by_name_not_link() -> None:
    top = pd.DataFrame(
        {
            "benchmark": ["/leaderboard?dataset=ImageNet#title=ImageNet · top-1 accuracy"],
            "papers": [11],
            "claims": [12],
        }
    )
    result = spec(charts.benchmark_bars(top))
    assert result["encoding"]["y"]["field"] == "label"
    assert values(result)[0]["label"] == "ImageNet · top-1 accuracy"


def leaderboard_rows() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "label": ["1. UniRepLKNet", "2. <img src=x onerror=alert(1)>"],
            "model": ["UniRepLKNet", "<img src=x onerror=alert(1)>"],
            "value": [88.0, 86.5],
            "shown": ["88.0%", "86.5%"],
            "title": ["UniRepLKNet", "**bold**"],
            "kind": ["absolute", "absolute"],
            "conflict": [False, True],
        }
    )


def test_leaderboard_bars_rank_order_tooltips_and_value_labels() -> None:
    result = spec(charts.leaderboard_bars(leaderboard_rows(), "top-1 accuracy"))
    assert result["title"] == "top-1 accuracy (higher is better)"
    bars, labels = layers(result)
    assert bars["mark"]["type"] == "bar"
    assert labels["mark"]["type"] == "text"
    assert labels["encoding"]["text"]["field"] == "shown"
    assert (
        bars["encoding"]["y"]["sort"]
        == labels["encoding"]["y"]["sort"]
        == [
            "1. UniRepLKNet",
            "2. <img src=x onerror=alert(1)>",
        ]
    )
    assert bars["encoding"]["color"]["field"] == "conflict"
    assert tooltip_fields(bars["encoding"]) == {"model", "shown", "title", "kind", "conflict"}
    # Untrusted names are data, drawn as text by Vega, never markup in the spec.
    assert {row["model"] for row in values(result)} == {
        "UniRepLKNet",
        "<img src=x onerror=alert(1)>",
    }


def test_leaderboard_bars_say_when_lower_is_better() -> None:
    result = spec(charts.leaderboard_bars(leaderboard_rows(), "latency"))
    assert result["title"] == "latency (lower is better)"


def test_sota_chart_draws_all_claims_and_joins_the_records() -> None:
    points = pd.DataFrame(
        {
            "published": pd.to_datetime(["2021-01-01", "2021-06-01", "2022-01-01"]),
            "value": [80.0, 79.0, 82.0],
            "shown": ["80.0%", "79.0%", "82.0%"],
            "model": ["A", "B", "C"],
            "title": ["a", "b", "c"],
            "paper_id": ["a", "b", "c"],
            "record": [True, False, True],
        }
    )
    result = spec(charts.sota_chart(points, "top-1 accuracy"))
    dots, line, marks = layers(result)
    assert dots["mark"]["type"] == "circle"
    assert "transform" not in dots
    assert line["mark"]["type"] == "line"
    assert marks["mark"]["type"] == "point"
    for layer in (line, marks):
        assert layer["transform"] == [{"filter": "datum.record"}]
    assert {layer["encoding"]["x"]["type"] for layer in (dots, line, marks)} == {"temporal"}
    assert len(values(result)) == 3


def test_compare_bars_facet_by_benchmark_with_independent_scales() -> None:
    rows = pd.DataFrame(
        {
            "benchmark": ["ImageNet · top-1 accuracy", "ImageNet · top-1 accuracy", "COCO · AP"],
            "paper": ["A", "B", "A"],
            "model": ["a", "b", "a"],
            "value": [80.0, 82.0, 40.0],
            "shown": ["80.0%", "82.0%", "40.0"],
        }
    )
    result = spec(charts.compare_bars(rows))
    assert result["facet"]["field"] == "benchmark"
    assert result["resolve"]["scale"] == {"x": "independent", "y": "independent"}
    inner = result["spec"]
    assert inner["mark"]["type"] == "bar"
    assert inner["encoding"]["color"]["field"] == "paper"
    assert tooltip_fields(inner["encoding"]) == {"benchmark", "paper", "model", "shown"}


def test_efficiency_scatter_uses_a_log_cost_axis_and_draws_the_frontier() -> None:
    points = pd.DataFrame(
        {
            "model": ["Small", "Wasteful", "Large"],
            "title": ["a", "b", "c"],
            "paper_id": ["a", "b", "c"],
            "quality": [80.0, 79.0, 85.0],
            "cost": [5e6, 5e7, 1e9],
            "quality_shown": ["80.0%", "79.0%", "85.0%"],
            "cost_shown": ["5.0M", "50.0M", "1.0B"],
            "frontier": [True, False, True],
        }
    )
    result = spec(charts.efficiency_scatter(points, "ImageNet · top-1 accuracy", "parameters"))
    line, dots = layers(result)
    assert line["mark"]["type"] == "line"
    assert line["transform"] == [{"filter": "datum.frontier"}]
    assert dots["mark"]["type"] == "circle"
    assert dots["encoding"]["color"]["field"] == "frontier"
    assert line["encoding"]["x"]["scale"] == dots["encoding"]["x"]["scale"] == {"type": "log"}
    assert result["title"] == "ImageNet · top-1 accuracy against parameters"
