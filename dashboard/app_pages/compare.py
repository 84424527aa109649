"""Compare (/compare?papers=ID1,ID2): papers side by side on the benchmarks they share."""

from __future__ import annotations

import streamlit as st

from claims.leaderboard import relative_claims
from dashboard import charts, data, frames, ui

store = data.load_or_explain()
st.title("Compare papers")

papers = store.papers()
unknown = ui.seed_from_url("compare_papers", "papers", papers.ids)
if unknown:
    st.warning(f"Not in this store, left out: {ui.literal(', '.join(unknown))}")
chosen: list[str] = st.multiselect(
    "Papers", papers.ids, key="compare_papers", format_func=papers.title
)
ui.set_url_values("papers", chosen)

if len(chosen) < 2:
    st.info("Choose two or more papers to compare them on the benchmarks they share.")
    suggestions = frames.compare_suggestions(
        store.benchmarks(), store.benchmark_papers(frames.SUGGESTED_PAPERS)
    )
    if not suggestions.empty:
        st.caption("Or start from a benchmark several papers claim:")
        ui.table(
            suggestions,
            {
                "compare": st.column_config.LinkColumn(
                    "benchmark", display_text=frames.TITLE_DISPLAY, width="large"
                )
            },
        )
    st.stop()

claims = store.paper_claims(chosen)
shared = frames.shared_benchmarks(claims, chosen)
if shared:
    rows = frames.compare_rows(claims, chosen, shared)
    st.altair_chart(charts.compare_bars(rows), width="content")
    ui.table(rows.drop(columns=["value"]), {"paper_id": None})
else:
    st.info(
        "These papers share no benchmark: no dataset and metric on which two of them "
        "make an absolute claim. Their relative claims are listed below."
    )

st.subheader("Relative claims", anchor=False)
for paper_id in chosen:
    ui.heading(papers.title(paper_id))
    relative = relative_claims(claims, paper_id)
    if relative.empty:
        st.caption("No speed-up, reduction or gain over a baseline claimed.")
    else:
        ui.table(frames.relative_table(relative), {"evidence": ui.evidence_column()})
