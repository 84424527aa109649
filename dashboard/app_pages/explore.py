"""Explore (/explore): every claim, filtered; accuracy against size or compute, its frontier."""

from __future__ import annotations

import streamlit as st

from claims.metrics import FAMILIES
from claims.model import KINDS
from dashboard import charts, data, frames, ui

store = data.load_or_explain()
claims = store.claims()
st.title("Explore claims")


def present(column: str) -> list[str]:
    return sorted(claims[column].dropna().astype(str).unique())


paper_index = store.papers()
unknown = ui.seed_from_url("explore_papers", "paper", paper_index.ids)
if unknown:
    st.warning(f"Not in this store, left out: {ui.literal(', '.join(unknown))}")

first, second, third = st.columns(3)
families = first.multiselect(
    "Metric family",
    [family for family in FAMILIES if family in set(claims["family"].unique())],
    key="families",
    bind="query-params",
)
metrics = second.multiselect("Metric", present("metric"), key="metrics", bind="query-params")
datasets = third.multiselect("Dataset", present("dataset"), key="datasets", bind="query-params")
first, second, third = st.columns(3)
kinds = first.multiselect("Kind", list(KINDS), key="kinds", bind="query-params")
papers: list[str] = second.multiselect(
    "Paper", paper_index.ids, key="explore_papers", format_func=paper_index.title
)
ui.set_url_values("paper", papers)
search = third.text_input(
    "Search the evidence", key="search", bind="query-params", placeholder="e.g. ImageNet"
)

if search.strip():  # the sentences are read when first searched
    claims = claims.assign(sentence=store.sentences())
shown = frames.filter_claims(
    claims,
    families=families,
    metrics=metrics,
    datasets=datasets,
    kinds=kinds,
    papers=papers,
    text=search,
)
st.caption(f"{len(shown):,} of {len(claims):,} claims")
if shown.empty:
    st.info("No claim matches all these filters; remove one to see more.")
else:
    # Sending 100,000 rows to the browser costs seconds and helps nobody: the table holds the
    # first rows, and the CSV every filtered row.
    limit = frames.EXPLORE_TABLE_ROWS
    if len(shown) > limit:
        st.caption(f"The table shows the first {limit:,}; the CSV holds all {len(shown):,}.")
    ui.table(
        frames.explore_table(store.with_details(shown.head(limit))),
        {"paper": ui.paper_column(), "evidence": ui.evidence_column()},
    )
    ui.csv_download(
        shown,
        "claims.csv",
        key="explore_csv",
        complete=lambda rows: frames.explore_csv(store.with_details(rows)),
    )

st.subheader("Accuracy against size or compute", anchor=False)
st.caption(
    "Models that claim both; the line joins the efficiency frontier, where no cheaper model "
    "is as accurate. Follows the paper filter."
)
pool = frames.filter_claims(claims, papers=papers)
left, right = st.columns(2)
cost = left.radio(
    "Cost", list(frames.COST_METRICS), key="cost", bind="query-params", horizontal=True
)
qualities = frames.quality_benchmarks(pool, cost)
if not qualities:
    st.info(f"No model here claims both an accuracy and its {cost}.")
    st.stop()
quality = right.selectbox("Accuracy", qualities, key="quality", bind="query-params")
dataset, metric = frames.split_quality_label(quality)
points = frames.efficiency_points(pool, dataset, metric, cost)
st.altair_chart(charts.efficiency_scatter(points, quality, cost), width="stretch")
