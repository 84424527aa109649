"""Leaderboard (/leaderboard?dataset=ImageNet&metric=top-1+accuracy): one benchmark, ranked."""

from __future__ import annotations

import re

import streamlit as st

from claims.leaderboard import leaderboard
from claims.metrics import direction_of
from dashboard import charts, data, frames, ui

CHART_ROWS = 30  # bars drawn: a chart of thousands of bars is unreadable

store = data.load_or_explain()
st.title("Leaderboard")

benchmarks = store.benchmarks()
if benchmarks.empty:
    st.info(
        "No benchmark to rank yet: no absolute claim in this store names both a dataset and a "
        "metric. The Explore page lists every claim."
    )
    st.stop()

# Options in order of papers claimed, so the default (first) is the most populated benchmark.
datasets = list(dict.fromkeys(benchmarks["dataset"].astype(str)))
requested = st.query_params.get("dataset")
if requested and requested not in datasets:
    st.warning(
        f"No benchmark on the dataset “{ui.literal(requested)}” in this store; "
        "showing the most populated one instead."
    )
left, right = st.columns(2)
dataset = left.selectbox("Dataset", datasets, key="dataset", bind="query-params")

metrics = benchmarks.loc[benchmarks["dataset"] == dataset, "metric"].astype(str).to_list()
requested = st.query_params.get("metric")
if requested and requested not in metrics:
    st.warning(
        f"No “{ui.literal(requested)}” claims on {ui.literal(dataset)}; "
        "showing its most claimed metric instead."
    )
metric = right.selectbox("Metric", metrics, key="metric", bind="query-params")

claims = store.benchmark_claims(dataset, metric)
board = leaderboard(claims, dataset, metric)
better = "lower" if direction_of(metric) == "lower" else "higher"
st.caption(
    f"{len(board)} ranked rows: the best absolute claim of each model in each paper; "
    f"{better} is better. Relative claims (+1.2, 4.7x) are never ranked here."
)
if board.empty:
    st.info("No absolute claim on this benchmark.")
    st.stop()

ui.table(
    frames.leaderboard_table(board),
    {
        "rank": st.column_config.NumberColumn("rank", width="small"),
        "paper": ui.paper_column(),
        "evidence": ui.evidence_column(),
        "conflict": st.column_config.CheckboxColumn(
            "conflict", help="Another paper claims a different value for this model"
        ),
    },
    rows=25,
)
slug = re.sub(r"[^A-Za-z0-9]+", "-", f"{dataset}-{metric}").strip("-").lower()
ui.csv_download(frames.leaderboard_csv(board), f"leaderboard-{slug}.csv", key="leaderboard_csv")

top = board.head(CHART_ROWS)
st.altair_chart(charts.leaderboard_bars(frames.chart_rows(top), metric), width="stretch")
if len(board) > CHART_ROWS:
    st.caption(
        f"The chart shows the top {CHART_ROWS} of {len(board)} rows; the table has them all."
    )

points = frames.sota_points(claims, dataset, metric)
if len(points) >= 2:
    st.altair_chart(charts.sota_chart(points, metric), width="stretch")
    st.caption("Every dated claim; those that beat all earlier ones are joined by the line.")
else:
    st.caption("Too few dated claims on this benchmark to draw the state of the art over time.")
