"""Overview (/): what the store holds, claims per metric family, the most populated benchmarks."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, data, frames, ui

store = data.load_or_explain()

st.title("Benchmark claims")
st.caption(
    "Numbers read from ML paper abstracts by a rule-based extractor, "
    f"from the store {ui.literal(store.path)}."
)

benchmarks = store.benchmarks()
left, middle, right = st.columns(3)
left.metric("Papers", f"{store.summary.papers:,}")
middle.metric("Claims", f"{store.summary.claims:,}")
right.metric("Benchmarks", f"{len(benchmarks):,}", help="(dataset, metric) pairs")

families, top = st.columns(2)
with families:
    counts = frames.family_counts(store.metric_counts())
    if counts.empty:
        st.info("No claims yet: the extractor found no number in these abstracts.")
    else:
        st.altair_chart(charts.family_bars(counts), width="stretch")

with top:
    if benchmarks.empty:
        st.info(
            "No benchmark yet: no absolute claim names both a dataset and a metric, "
            "so there is nothing to rank."
        )
    else:
        best = frames.top_benchmarks(benchmarks)
        st.altair_chart(charts.benchmark_bars(best), width="stretch")
        ui.table(
            best,
            {
                "benchmark": st.column_config.LinkColumn(
                    "benchmark",
                    display_text=frames.TITLE_DISPLAY,
                    help="Opens the benchmark's leaderboard",
                    width="large",
                )
            },
        )
