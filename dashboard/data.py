"""Loading the store for the pages: each page reads only what it shows, once per committed state.

SQLite does the counting: the Overview reads counts only (`Store.metric_counts()`,
`Store.benchmarks()`), the Leaderboard one benchmark's claims, Compare and Paper the chosen papers'
claims; only Explore reads every claim, and only the columns it uses. Every read is cached under
the store's path and its generation (`Store.generation()`, a number every commit raises), so a page
shows new claims as soon as an ingest commits, while reruns in between cost one tiny query.

A page reads the generation once, when it starts (`load`), and each read checks that the store is
still at that generation once it is done: if an ingest committed in between, the page starts over,
so a page never mixes the state before an ingest with the state after it. A store that is missing
or empty is not an error: the pages say how to make one. A store that cannot be read becomes a
one-line message, never a traceback.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn, TypeVar

import pandas as pd
import streamlit as st

from claims.errors import ClaimsError
from claims.model import Paper
from claims.store import Store, Summary, resolve_path
from dashboard.frames import (
    EXPLORE_CLAIM_COLUMNS,
    EXPLORE_DETAIL_COLUMNS,
    prepare,
    with_details,
)
from dashboard.safe import escape_markdown

T = TypeVar("T")

# Claims whose details are looked up one by one; for more, every claim's are read in one sweep.
_LOOKUPS = 20_000


class NoStore(Exception):
    """The store does not exist yet, or holds no paper: the user has to run `claims ingest`."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        super().__init__(f"{path}: {reason}")


class StoreChanged(Exception):
    """An ingest committed while a page was reading the store: the page has to start over."""


@dataclass(frozen=True)
class PaperIndex:
    """Every paper's id, in id order, and its title: what paper selectors list."""

    ids: list[str]
    titles: dict[str, str]

    def title(self, paper_id: str) -> str:
        """The paper's title, or its id when it has none (used to label selectors)."""
        return self.titles.get(paper_id) or paper_id


@dataclass(frozen=True)
class StoreData:
    """One committed state of the store; each page reads from it what it shows.

    Every frame is shared by all sessions, so nothing may modify one; pandas' copy-on-write keeps
    every derived frame separate.
    """

    path: str
    summary: Summary  # the generation, and the numbers of papers and claims

    @property
    def generation(self) -> int:
        return self.summary.generation

    def benchmarks(self) -> pd.DataFrame:
        """`Store.benchmarks()`: the benchmarks claimed by most papers first."""
        return _fresh(_benchmarks, self.path, self.generation)

    def metric_counts(self) -> pd.DataFrame:
        """`Store.metric_counts()`: how many claims each metric has."""
        return _fresh(_metric_counts, self.path, self.generation)

    def papers(self) -> PaperIndex:
        return _fresh(_paper_index, self.path, self.generation)

    def claims(self) -> pd.DataFrame:
        """Every claim, `frames.prepare`d, with the columns Explore filters and charts
        (`frames.EXPLORE_CLAIM_COLUMNS`)."""
        return _fresh(_every_claim, self.path, self.generation)

    def sentences(self) -> pd.Series:
        """Every claim's evidence sentence, row for row as in `claims()` (to search them)."""
        return _fresh(_every_sentence, self.path, self.generation)

    def with_details(self, claims: pd.DataFrame) -> pd.DataFrame:
        """Rows of `claims()` with the long text they lack (`frames.EXPLORE_DETAIL_COLUMNS`),
        read for these rows only, by claim id.

        Not cached and free of Streamlit, so that a download can call it when clicked. A claim
        that left the store since the page read it keeps no sentence.
        """
        store = Store.open(self.path, create=False)
        columns = ("id", *EXPLORE_DETAIL_COLUMNS)
        if len(claims) <= _LOOKUPS:
            details = store.claims_frame(ids=claims["id"].astype(str).to_list(), columns=columns)
        else:
            details = store.claims_frame(columns=columns)  # one sweep beats many lookups
        return with_details(claims, details)

    def benchmark_claims(self, dataset: str, metric: str) -> pd.DataFrame:
        """The claims on one benchmark, every column (`Store.claims_frame(dataset, metric)`)."""
        return _fresh(_benchmark_claims, self.path, self.generation, dataset, metric)

    def paper_claims(self, paper_ids: Sequence[str]) -> pd.DataFrame:
        """The claims of these papers, every column, in paper id order, then in text order."""
        return _fresh(_paper_claims, self.path, self.generation, tuple(paper_ids))

    def benchmark_papers(self, limit: int) -> pd.DataFrame:
        """`Store.benchmark_papers(limit)`: the first papers claiming each benchmark."""
        return _fresh(_benchmark_papers, self.path, self.generation, limit)

    def paper(self, paper_id: str) -> Paper | None:
        """One stored paper with its abstract, or None when the store has no paper with this id."""
        return _fresh(_paper, self.path, self.generation, paper_id)


def store_path() -> Path:
    """The store the dashboard reads: `$CLAIMS_DB`, else `data/claims.db`."""
    return resolve_path(None)


def load() -> StoreData:
    """The store's current state; raises NoStore or ClaimsError for the page to explain."""
    path = store_path()
    if not path.is_file():
        raise NoStore(str(path), "no claims store here yet")
    # Not cached: the page's generation, read afresh on every run (one tiny query).
    summary = Store.open(path, create=False).summary()
    if summary.papers == 0:
        raise NoStore(str(path), "the claims store holds no paper yet")
    return StoreData(path=str(path), summary=summary)


def forget() -> None:
    """Drop every cached read, so the next page run reads the store again (for measurements)."""
    for read in (
        _benchmarks,
        _metric_counts,
        _paper_index,
        _every_claim,
        _every_sentence,
        _benchmark_claims,
        _paper_claims,
        _benchmark_papers,
        _paper,
    ):
        read.clear()


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


# The reads. Resource caches, not data caches: st.cache_data would pickle every frame on every page
# run (tens of MB for 100,000 claims, a good part of a second each way). Each read checks, once
# done, that the store is still at the generation the page started with (`_checked`).


@st.cache_resource(show_spinner=False, max_entries=4)
def _benchmarks(path: str, generation: int) -> pd.DataFrame:
    store = Store.open(path, create=False)
    return _checked(store, generation, store.benchmarks())


@st.cache_resource(show_spinner=False, max_entries=4)
def _metric_counts(path: str, generation: int) -> pd.DataFrame:
    store = Store.open(path, create=False)
    return _checked(store, generation, store.metric_counts())


@st.cache_resource(show_spinner=False, max_entries=4)
def _paper_index(path: str, generation: int) -> PaperIndex:
    store = Store.open(path, create=False)
    titles = store.paper_titles()
    return _checked(store, generation, PaperIndex(ids=list(titles), titles=titles))


@st.cache_resource(show_spinner="Reading the claims store…", max_entries=2)
def _every_claim(path: str, generation: int) -> pd.DataFrame:
    store = Store.open(path, create=False)
    claims = prepare(store.claims_frame(columns=EXPLORE_CLAIM_COLUMNS))
    return _checked(store, generation, claims)


@st.cache_resource(show_spinner="Searching the evidence…", max_entries=2)
def _every_sentence(path: str, generation: int) -> pd.Series:
    store = Store.open(path, create=False)
    # The order of `_every_claim`: the same rows of the same state, read the same way.
    sentences = store.claims_frame(columns=("sentence",))["sentence"]
    return _checked(store, generation, sentences)


# A popular benchmark's claims are a large part of a store: a few are kept.
@st.cache_resource(show_spinner=False, max_entries=8)
def _benchmark_claims(path: str, generation: int, dataset: str, metric: str) -> pd.DataFrame:
    store = Store.open(path, create=False)
    return _checked(store, generation, store.claims_frame(dataset=dataset, metric=metric))


@st.cache_resource(show_spinner=False, max_entries=32)
def _paper_claims(path: str, generation: int, paper_ids: tuple[str, ...]) -> pd.DataFrame:
    store = Store.open(path, create=False)
    return _checked(store, generation, store.claims_frame(paper_ids=paper_ids))


@st.cache_resource(show_spinner=False, max_entries=4)
def _benchmark_papers(path: str, generation: int, limit: int) -> pd.DataFrame:
    store = Store.open(path, create=False)
    return _checked(store, generation, store.benchmark_papers(limit))


@st.cache_data(show_spinner=False, max_entries=64)
def _paper(path: str, generation: int, paper_id: str) -> Paper | None:
    store = Store.open(path, create=False)
    return _checked(store, generation, store.paper(paper_id))


def _checked(store: Store, generation: int, value: T) -> T:
    """`value`, just read from `store`, if no commit came since the page started."""
    # Generations only grow, and every visible change raises them: if the store is still at the
    # page's generation after the read, it was at that generation during it.
    if store.generation() != generation:
        raise StoreChanged(str(store.path))
    return value


def _fresh(read: Callable[..., T], *arguments: Hashable) -> T:
    """A cached read of the page's state, starting the page over if the store changed meanwhile."""
    try:
        return read(*arguments)
    except StoreChanged:
        _start_over()
    except ClaimsError as error:
        _fail(str(error))


def _start_over() -> NoReturn:
    st.rerun()  # the page runs again, on the store's new state


def _fail(message: str) -> NoReturn:
    st.error(
        f"The claims store could not be read: {escape_markdown(message)}",
        icon=":material/error:",
    )
    st.stop()
