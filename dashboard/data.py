"""Loading the store for the pages: one cached read per committed state, shared by every page.

The cache key is the store's path and its generation (`Store.generation()`, a number every commit
raises), so a page shows new claims as soon as an ingest commits, while reruns in between cost one
tiny query. Each read is `Store.snapshot()`: claims and papers from one transaction, so a page
never mixes the state before an ingest with the state after it. A store that is missing or empty
is not an error: the pages say how to make one. A store that cannot be read becomes a one-line
message, never a traceback.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pandas as pd
import streamlit as st

from claims.errors import ClaimsError
from claims.leaderboard import benchmarks
from claims.model import Paper
from claims.store import Store, resolve_path
from dashboard.frames import prepare
from dashboard.safe import escape_markdown

# Columns of the papers frame the pages use: abstracts are read one paper at a time, when shown.
PAPER_COLUMNS: tuple[str, ...] = ("id", "title", "url", "published", "claims")


@dataclass(frozen=True)
class StoreData:
    """One consistent state of the store, as every page reads it."""

    path: str
    claims: pd.DataFrame  # `Store.claims_frame()`, `frames.prepare`d
    papers: pd.DataFrame  # PAPER_COLUMNS
    benchmarks: pd.DataFrame  # `claims.leaderboard.benchmarks`
    titles: dict[str, str]  # paper id -> title, for labelling selectors of many papers

    def paper_title(self, paper_id: str) -> str:
        """The paper's title, or its id when it has none (used to label selectors)."""
        return self.titles.get(paper_id) or paper_id


class NoStore(Exception):
    """The store does not exist yet, or holds no paper: the user has to run `claims ingest`."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        super().__init__(f"{path}: {reason}")


def store_path() -> Path:
    """The store the dashboard reads: `$CLAIMS_DB`, else `data/claims.db`."""
    return resolve_path(None)


# A resource cache, not a data cache: st.cache_data would pickle the frames on every page run
# (65 MB for 100,000 claims, a third of a second each way). Sessions share the one StoreData, so
# nothing may modify it; pandas' copy-on-write keeps every derived frame separate.
@st.cache_resource(show_spinner="Reading the claims store…", max_entries=2)
def _read(path: str, generation: int) -> StoreData:
    # `generation` is only part of the cache key: each commit makes a new entry.
    del generation
    snapshot = Store.open(path, create=False).snapshot(abstracts=False)
    claims = prepare(snapshot.claims)
    papers = snapshot.papers.loc[:, list(PAPER_COLUMNS)]
    titles = dict(
        zip(papers["id"].astype(str), papers["title"].fillna("").astype(str), strict=True)
    )
    return StoreData(
        path=path, claims=claims, papers=papers, benchmarks=benchmarks(claims), titles=titles
    )


def _generation(path: Path) -> int:
    if not path.is_file():
        raise NoStore(str(path), "no claims store here yet")
    return Store.open(path, create=False).generation()


def load() -> StoreData:
    """The store's current state; raises NoStore or ClaimsError for the page to explain."""
    path = store_path()
    data = _read(str(path), _generation(path))
    if data.papers.empty:
        raise NoStore(str(path), "the claims store holds no paper yet")
    return data


@st.cache_data(show_spinner=False, max_entries=64)
def _read_paper(path: str, generation: int, paper_id: str) -> Paper | None:
    del generation
    return Store.open(path, create=False).paper(paper_id)


def paper(paper_id: str) -> Paper | None:
    """One stored paper with its abstract, or None when the store has no paper with this id."""
    path = store_path()
    return _read_paper(str(path), _generation(path), paper_id)


def forget() -> None:
    """Drop every cached read, so the next page run reads the store again (for measurements)."""
    _read.clear()
    _read_paper.clear()


def ingest_hint(path: str) -> str:
    """The command that fills the store the dashboard is reading.

    >>> ingest_hint("data/claims.db")
    'claims ingest data/trending-papers.txt --db data/claims.db'
    """
    return f"claims ingest data/trending-papers.txt --db {shlex.quote(path)}"


def load_or_explain() -> StoreData:
    """The store's state, or a friendly message on the page and the end of this run."""
    try:
        return load()
    except NoStore as missing:
        st.info(
            f"There is nothing to show yet: {escape_markdown(str(missing))}. "
            "Fill the store with the bundled sample:",
            icon=":material/inventory_2:",
        )
        st.code(ingest_hint(missing.path), language="bash")
        st.stop()
    except ClaimsError as error:
        _fail(str(error))


def _fail(message: str) -> NoReturn:
    st.error(
        f"The claims store could not be read: {escape_markdown(message)}",
        icon=":material/error:",
    )
    st.stop()
