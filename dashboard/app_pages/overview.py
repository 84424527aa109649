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

papers, claims, benchmarks = st.columns(3)
papers.metric("Papers", f"{len(store.papers):,}")
claims.metric("Claims", f"{len(store.claims):,}")
benchmarks.metric("Benchmarks", f"{len(store.benchmarks):,}", help="(dataset, metric) pairs")

families, top = st.columns(2)
with families:
    counts = frames.family_counts(store.claims)
    if counts.empty:
        st.info("No claims yet: the extractor found no number in these abstracts.")
    else:
        st.altair_chart(charts.family_bars(counts), width="stretch")

with top:
    if store.benchmarks.empty:
        st.info(
            "No benchmark yet: no absolute claim names both a dataset and a metric, "
            "so there is nothing to rank."
        )
    else:
        best = frames.top_benchmarks(store.benchmarks)
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
