"""Altair charts as pure functions: a DataFrame shaped by `dashboard.frames` in, a chart out.

No Streamlit here, so every chart is testable by inspecting its Vega-Lite spec. Text from papers
reaches charts only as data values (axis labels, tooltips), which Vega draws as text.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from claims.metrics import direction_of

_BAR_HEIGHT = 22  # pixels per bar in horizontal bar charts, so long leaderboards stay readable
_MAX_LABEL = 48  # characters of a category label before Vega truncates it with an ellipsis


def family_bars(counts: pd.DataFrame) -> alt.Chart:
    """Claims per metric family (columns family, claims), largest first."""
    chart: alt.Chart = (
        alt.Chart(counts, title="Claims per metric family")
        .mark_bar()
        .encode(
            x=alt.X("claims:Q", title="claims"),
            y=alt.Y("family:N", sort="-x", title=None),
            tooltip=[alt.Tooltip("family:N"), alt.Tooltip("claims:Q")],
        )
        .properties(height=alt.Step(_BAR_HEIGHT))
    )
    return chart


def benchmark_bars(top: pd.DataFrame) -> alt.Chart:
    """Papers per benchmark for the most populated benchmarks (columns benchmark, papers, claims).

    `benchmark` may carry a link (`frames.top_benchmarks`); the label is the part after `#title=`.
    """
    labels = top.assign(label=top["benchmark"].str.split("#title=", n=1).str[-1])
    chart: alt.Chart = (
        alt.Chart(labels, title="Most populated benchmarks")
        .mark_bar()
        .encode(
            x=alt.X("papers:Q", title="papers", axis=alt.Axis(tickMinStep=1)),
            y=alt.Y("label:N", sort="-x", title=None, axis=alt.Axis(labelLimit=320)),
            tooltip=[
                alt.Tooltip("label:N", title="benchmark"),
                alt.Tooltip("papers:Q"),
                alt.Tooltip("claims:Q"),
            ],
        )
        .properties(height=alt.Step(_BAR_HEIGHT))
    )
    return chart


def leaderboard_bars(rows: pd.DataFrame, metric: str) -> alt.LayerChart:
    """One bar per ranked row (`frames.chart_rows`), best at the top, its value beside it."""
    better = "lower is better" if direction_of(metric) == "lower" else "higher is better"
    base = alt.Chart(rows).encode(
        x=alt.X("value:Q", title=metric),
        y=alt.Y(
            "label:N",
            # An explicit order: a sort by field is dropped when layers share the scale.
            sort=rows["label"].to_list(),
            title=None,
            axis=alt.Axis(labelLimit=_MAX_LABEL * 7),
        ),
        tooltip=[
            alt.Tooltip("model:N"),
            alt.Tooltip("shown:N", title="value"),
            alt.Tooltip("title:N", title="paper"),
            alt.Tooltip("kind:N"),
            alt.Tooltip("conflict:N"),
        ],
    )
    bars = base.mark_bar().encode(
        color=alt.Color(
            "conflict:N",
            title="conflicting claims",
            scale=alt.Scale(domain=[False, True], range=["#4c78a8", "#e45756"]),
        )
    )
    values = base.mark_text(align="left", baseline="middle", dx=4).encode(text="shown:N")
    chart: alt.LayerChart = alt.LayerChart(
        layer=[bars, values], title=f"{metric} ({better})"
    ).properties(height=alt.Step(_BAR_HEIGHT))
    return chart


def sota_chart(points: pd.DataFrame, metric: str) -> alt.LayerChart:
    """Every dated claim as a point; record-setting ones connected and marked (`sota_points`)."""
    base = alt.Chart(points).encode(
        x=alt.X("published:T", title="published"),
        y=alt.Y("value:Q", title=metric, scale=alt.Scale(zero=False)),
        tooltip=[
            alt.Tooltip("published:T"),
            alt.Tooltip("model:N"),
            alt.Tooltip("shown:N", title="value"),
            alt.Tooltip("title:N", title="paper"),
            alt.Tooltip("record:N", title="new record"),
        ],
    )
    claims = base.mark_circle(size=60, opacity=0.5, color="#9aa5b1")
    records = base.transform_filter(alt.datum.record)
    line = records.mark_line(interpolate="step-after", color="#e45756")
    marks = records.mark_point(shape="diamond", size=120, filled=True, color="#e45756")
    return alt.LayerChart(layer=[claims, line, marks], title="State of the art over time")


def compare_bars(rows: pd.DataFrame) -> alt.FacetChart:
    """Papers side by side, one panel per shared benchmark, each with its own scale.

    Columns: benchmark, paper (title), model, value, shown.
    """
    chart: alt.FacetChart = (
        alt.Chart(rows)
        .mark_bar()
        .encode(
            x=alt.X("model:N", title=None, axis=alt.Axis(labelAngle=-30, labelLimit=160)),
            y=alt.Y("value:Q", title=None),
            color=alt.Color(
                "paper:N",
                title="paper",
                legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=600),
            ),
            tooltip=[
                alt.Tooltip("benchmark:N"),
                alt.Tooltip("paper:N"),
                alt.Tooltip("model:N"),
                alt.Tooltip("shown:N", title="value"),
            ],
        )
        .properties(width=alt.Step(28), height=220)
        .facet(facet=alt.Facet("benchmark:N", title=None), columns=3)
        .resolve_scale(y="independent", x="independent")
    )
    return chart


def efficiency_scatter(points: pd.DataFrame, quality: str, cost: str) -> alt.LayerChart:
    """Quality against cost (log scale) for models claiming both, frontier points joined.

    Columns from `frames.efficiency_points`.
    """
    base = alt.Chart(points).encode(
        x=alt.X("cost:Q", title=cost, scale=alt.Scale(type="log"), axis=alt.Axis(format="~s")),
        y=alt.Y(
            "quality:Q", title=quality, scale=alt.Scale(zero=False), axis=alt.Axis(format="~g")
        ),
        tooltip=[
            alt.Tooltip("model:N"),
            alt.Tooltip("title:N", title="paper"),
            alt.Tooltip("quality_shown:N", title=quality),
            alt.Tooltip("cost_shown:N", title=cost),
            alt.Tooltip("frontier:N", title="on the frontier"),
        ],
    )
    dots = base.mark_circle(size=80).encode(
        color=alt.Color(
            "frontier:N",
            title="efficiency frontier",
            scale=alt.Scale(domain=[True, False], range=["#e45756", "#9aa5b1"]),
        )
    )
    frontier = base.transform_filter(alt.datum.frontier).mark_line(
        interpolate="step-after", color="#e45756"
    )
    return alt.LayerChart(layer=[frontier, dots], title=f"{quality} against {cost}")
