"""Small Streamlit pieces the pages share: URL state, link columns, CSV downloads, untrusted text.

Widgets whose options are plain strings bind to the URL themselves (`bind="query-params"`). Paper
selectors show titles but must put ids in the URL, so they are synced here by hand: the URL seeds
the widget on a session's first run, and every run writes the selection back.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from claims.export import csv_bytes
from dashboard.frames import TITLE_DISPLAY
from dashboard.safe import escape_markdown

EAGER_DOWNLOAD_ROWS = 5_000  # rows of CSV written on every run; more are written on click
_ROW_HEIGHT = 35  # pixels: st.dataframe's default row (and header) height
# Inline styles, not a stylesheet: st.html keeps attributes of our own tags, and nothing else
# on the page is affected.
_MARK_STYLE = "background:#ffe08a;color:inherit;padding:0 2px;border-radius:3px;"


def url_values(name: str) -> list[str]:
    """Values of a URL parameter given as `a,b` or repeated (`?x=a&x=b`), in order, no blanks."""
    values: list[str] = []
    for raw in st.query_params.get_all(name):
        values += [part.strip() for part in raw.split(",") if part.strip()]
    return list(dict.fromkeys(values))


def set_url_values(name: str, values: Sequence[str]) -> None:
    """Write a selection back to the URL, so a copied URL opens the same view."""
    joined = ",".join(values)
    if joined:
        if st.query_params.get(name) != joined:
            st.query_params[name] = joined
    elif name in st.query_params:
        del st.query_params[name]


def seed_from_url(key: str, name: str, options: Sequence[str], single: bool = False) -> list[str]:
    """Seed widget `key` from URL parameter `name` on first run; return the unknown values.

    The caller explains unknown values to the user rather than dropping them silently.
    """
    requested = url_values(name)
    known = [value for value in requested if value in set(options)]
    if key not in st.session_state:
        st.session_state[key] = (known[0] if known else None) if single else known
    return [value for value in requested if value not in set(options)]


def paper_column(label: str = "paper") -> Any:
    """A column of `frames.title_link` values: the title shown, the paper's url behind it."""
    return st.column_config.LinkColumn(
        label, display_text=TITLE_DISPLAY, help="Opens the paper", width="medium"
    )


def evidence_column() -> Any:
    """A wide column for the sentence a claim was read from."""
    return st.column_config.TextColumn(
        "evidence", help="The sentence the claim was read from", width="large"
    )


def table(frame: pd.DataFrame, column_config: dict[str, Any] | None = None, rows: int = 10) -> None:
    """A read-only table, `rows` rows high before it scrolls.

    Cells are drawn on a canvas as text, so nothing in them is ever interpreted.
    """
    shown = max(min(len(frame), rows), 1)
    st.dataframe(
        frame,
        hide_index=True,
        column_config=column_config or {},
        height=(shown + 1) * _ROW_HEIGHT + 3,
    )


def csv_download(
    frame: pd.DataFrame,
    file_name: str,
    key: str,
    label: str = "Download CSV",
    complete: Callable[[pd.DataFrame], pd.DataFrame] | None = None,
) -> None:
    """A CSV of exactly the rows of `frame`, formula-safe for spreadsheets; clicking does not
    rerun the page.

    `complete`, if given, makes the table written from `frame` (adding what its rows lack). A
    large CSV is written only when clicked: building it on every run would cost seconds.
    """

    def written() -> bytes:
        return csv_bytes(complete(frame) if complete else frame)

    st.download_button(
        label,
        data=written() if len(frame) <= EAGER_DOWNLOAD_ROWS else written,
        file_name=file_name,
        mime="text/csv",
        key=key,
        on_click="ignore",
        icon=":material/download:",
    )


def literal(text: str) -> str:
    """Untrusted text for a Markdown element (header, caption, info): shown as written."""
    return escape_markdown(text)


def heading(text: str) -> None:
    """A page heading made of untrusted text (a paper title)."""
    st.subheader(literal(text) or "(untitled)", anchor=False)


def highlighted_abstract(body_html: str) -> None:
    """Show an abstract already escaped by `safe.highlighted_html`, with its <mark>s styled."""
    styled = body_html.replace("<mark ", f'<mark style="{html.escape(_MARK_STYLE)}" ')
    st.html(f'<div style="line-height:1.7">{styled}</div>')
