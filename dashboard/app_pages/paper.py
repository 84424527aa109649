"""Paper (/paper?id=ID): the abstract with every claim highlighted, and the claims in full."""

from __future__ import annotations

import streamlit as st

from dashboard import data, frames, safe, ui

store = data.load_or_explain()
st.title("Paper")

papers = store.papers()
unknown = ui.seed_from_url("paper_id", "id", papers.ids, single=True)
if unknown:
    st.warning(f"No paper with the id {ui.literal(unknown[0])} in this store.")
chosen: str | None = st.selectbox(
    "Paper",
    papers.ids,
    key="paper_id",
    format_func=papers.title,
    index=None,
    placeholder="Choose a paper",
)
ui.set_url_values("id", [chosen] if chosen else [])
if chosen is None:
    st.info("Choose a paper to read its abstract with every extracted claim highlighted.")
    st.stop()

paper = store.paper(chosen)
if paper is None:
    st.warning("This paper has just left the store; choose another.")
    st.stop()

ui.heading(paper.title or paper.id)
details = [f"id {paper.id}"]
if paper.published:
    details.append(f"published {paper.published.isoformat()}")
if paper.source:
    details.append(f"source {paper.source}")
st.caption(ui.literal(" · ".join(details)))
link = safe.safe_url(paper.url)
if link:
    st.link_button("Open the paper", link, icon=":material/open_in_new:")

claims = frames.paper_claims(store.paper_claims([paper.id]), paper.id)
ui.highlighted_abstract(safe.highlighted_html(paper.abstract, frames.claim_spans(claims)))

st.subheader(f"{len(claims)} claim{'' if len(claims) == 1 else 's'}", anchor=False)
if claims.empty:
    st.info("The extractor found no claim in this abstract.")
else:
    ui.table(claims, {"sentence": ui.evidence_column()})
