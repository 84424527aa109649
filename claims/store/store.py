"""`Store`: papers, extracted claims and curators' corrections in one SQLite file.

SQLite in write-ahead-log mode, rather than DuckDB, because the dashboard must keep reading while
an ingest writes: WAL readers see the last committed state, and any number of processes may open
the file, whereas DuckDB lets only one process hold a writable database.

Every operation opens its own short-lived connection: a `Store` holds no open handle, so it can be
shared between threads (Streamlit's) and never pins an old snapshot.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Final

import pandas as pd
from pydantic import BaseModel, ConfigDict

from claims.errors import ClaimsError
from claims.model import Paper
from claims.store.frames import (
    CLAIM_FRAME_COLUMNS,
    COUNT_DTYPES,
    PAPER_FRAME_COLUMNS,
    typed_frame,
)
from claims.store.ingest import Extractor, IngestReport, PreparedPaper, merge, stage, stage_prepared
from claims.store.query import (
    BENCHMARK_COUNT,
    BENCHMARK_PAPERS,
    BENCHMARKS,
    CORRECTED_CLAIMS,
    METRIC_COUNTS,
    papers_with_counts,
)
from claims.store.schema import BUMP_GENERATION, GENERATION, connect, migrate, sqlite_errors

DEFAULT_PATH: Final = Path("data/claims.db")
ENV_VAR: Final = "CLAIMS_DB"
DEFAULT_TIMEOUT: Final = 60.0
"""Seconds a writer waits for another to finish before giving up with a `ClaimsError`."""


def resolve_path(path: str | Path | None = None) -> Path:
    """The store to use: `path` if given, else `$CLAIMS_DB`, else `data/claims.db`."""
    if path is not None and str(path):
        return Path(path)
    return Path(os.environ.get(ENV_VAR) or DEFAULT_PATH)


class StoreStats(BaseModel):
    """What a store holds; `benchmarks` counts the (dataset, metric) pairs a leaderboard ranks."""

    model_config = ConfigDict(frozen=True)

    papers: int
    claims: int
    benchmarks: int
    corrections: int
    rejections: int


class Summary(BaseModel):
    """A store's generation and how many papers and claims it holds, from one committed state.

    Rejected claims are not counted, as `Store.claims_frame()` leaves them out.
    """

    model_config = ConfigDict(frozen=True)

    generation: int
    papers: int
    claims: int


@dataclass(frozen=True)
class Snapshot:
    """One committed state of a store, as `Store.snapshot()` reads it."""

    generation: int
    claims: pd.DataFrame  # as `Store.claims_frame()`
    papers: pd.DataFrame  # as `Store.papers_frame()`


class Store:
    """One claims store file. `Store.open()` picks the default; `Store(path)` names one."""

    def __init__(
        self, path: str | Path, *, create: bool = True, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        self.path = Path(path)
        self.timeout = timeout
        if not self.path.exists():
            if not create:
                raise ClaimsError(f"{self.path}: no store here (create one with `claims ingest`)")
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise ClaimsError(f"{self.path}: cannot create its folder: {error}") from error
        with self._connection() as connection:
            migrate(connection, self.path)

    @classmethod
    def open(
        cls,
        path: str | Path | None = None,
        *,
        create: bool = True,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> Store:
        """The store at `path`, else `$CLAIMS_DB`, else `data/claims.db`."""
        return cls(resolve_path(path), create=create, timeout=timeout)

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # Writing

    def ingest(self, papers: Iterable[Paper], extract: Extractor | None = None) -> IngestReport:
        """Extract and upsert `papers` by id, as one transaction.

        `extract` defaults to `claims.extract_paper`. A paper whose record and extracted claims are
        unchanged is not written, so the same input twice changes nothing; a changed paper's
        claims are replaced. An exception (bad input half-way, Ctrl-C) rolls everything back.
        """
        if extract is None:
            # Imported here so that reading a store (the dashboard) never loads the rules.
            from claims.extract import extract_paper

            extract = extract_paper
        with self._connection() as connection:
            stage(connection, papers, extract)
            return merge(connection)

    def ingest_prepared(self, prepared: Iterable[PreparedPaper]) -> IngestReport:
        """`ingest` for papers extracted elsewhere (`claims.store.ingest.prepare` in worker
        processes or on a cluster): staged as they come, merged in one transaction."""
        with self._connection() as connection:
            stage_prepared(connection, prepared)
            return merge(connection)

    def correct(
        self,
        claim_id: str,
        metric: str | None = None,
        dataset: str | None = None,
        model: str | None = None,
        value: float | None = None,
    ) -> None:
        """Record a curator's correction, applied on read; fields left None keep earlier ones.

        An empty `dataset` or `model` clears the extracted one.
        """
        if metric is None and dataset is None and model is None and value is None:
            raise ClaimsError(
                f"{claim_id}: nothing to correct: give a metric, dataset, model or value"
            )
        if metric is not None and not metric.strip():
            raise ClaimsError(f"{claim_id}: the corrected metric cannot be empty")
        if value is not None and not math.isfinite(value):
            raise ClaimsError(f"{claim_id}: the corrected value must be a finite number")
        with self._write() as connection:
            self._check_claim(connection, claim_id)
            connection.execute(
                """
                INSERT INTO corrections (claim_id, metric, dataset, model, value, updated)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (claim_id) DO UPDATE SET
                    metric = COALESCE(excluded.metric, metric),
                    dataset = COALESCE(excluded.dataset, dataset),
                    model = COALESCE(excluded.model, model),
                    value = COALESCE(excluded.value, value),
                    updated = excluded.updated
                """,
                (claim_id, _clean(metric), _clean(dataset), _clean(model), value, _now()),
            )
            connection.execute(BUMP_GENERATION)

    def reject(self, claim_id: str, reason: str) -> None:
        """Mark a claim as wrong: it leaves leaderboards, exports and benchmark counts."""
        if not reason.strip():
            raise ClaimsError(f"{claim_id}: give a reason for the rejection")
        with self._write() as connection:
            self._check_claim(connection, claim_id)
            connection.execute(
                "INSERT INTO rejections (claim_id, reason, updated) VALUES (?, ?, ?) "
                "ON CONFLICT (claim_id) DO UPDATE SET reason = excluded.reason, "
                "updated = excluded.updated",
                (claim_id, reason.strip(), _now()),
            )
            connection.execute(BUMP_GENERATION)

    # Reading: each method is one SELECT, hence one snapshot: old state or new, never a mix.

    def stats(self) -> StoreStats:
        """Counts of papers, extracted claims, benchmarks, corrections and rejections."""
        with self._connection() as connection:
            row = connection.execute(
                "SELECT (SELECT count(*) FROM papers), (SELECT count(*) FROM claims), "
                f"({BENCHMARK_COUNT}), (SELECT count(*) FROM corrections), "
                "(SELECT count(*) FROM rejections)"
            ).fetchone()
        papers, claims, benchmarks, corrections, rejections = row
        return StoreStats(
            papers=papers,
            claims=claims,
            benchmarks=benchmarks,
            corrections=corrections,
            rejections=rejections,
        )

    def claims_frame(
        self,
        dataset: str | None = None,
        metric: str | None = None,
        include_rejected: bool = False,
        paper_id: str | None = None,
        *,
        paper_ids: Collection[str] | None = None,
        ids: Collection[str] | None = None,
        columns: Sequence[str] = CLAIM_FRAME_COLUMNS,
    ) -> pd.DataFrame:
        """Every claim with corrections applied, optionally only one benchmark, some papers or
        some claim ids.

        Columns: `id`, every `Claim` field, `title`, `url`, `published`, `corrected`, `rejected`,
        or only `columns` of them (each column costs time on a large store); rows in paper id
        order, then in text order. Filters match corrected values.
        """
        with self._connection() as connection:
            return _claims_frame(
                connection,
                dataset,
                metric,
                include_rejected,
                paper_id,
                paper_ids=paper_ids,
                ids=ids,
                columns=columns,
            )

    def papers_frame(self, abstracts: bool = True) -> pd.DataFrame:
        """Every paper, by id, with its fields and `claims`, the number of its extracted claims.

        `abstracts=False` leaves the `abstract` column empty: most of a store's bytes.
        """
        with self._connection() as connection:
            return _papers_frame(connection, abstracts)

    def paper_titles(self) -> dict[str, str]:
        """Every paper's title by id, in id order: what a list of papers to choose from needs."""
        with self._connection() as connection:
            return dict(connection.execute("SELECT id, title FROM papers ORDER BY id").fetchall())

    def benchmarks(self) -> pd.DataFrame:
        """`claims.leaderboard.benchmarks(self.claims_frame())`, counted by SQLite.

        Columns: dataset, metric, papers, claims; the benchmarks claimed by most papers first.
        """
        with self._connection() as connection:
            rows = connection.execute(BENCHMARKS).fetchall()
        return typed_frame(rows, ("dataset", "metric", "papers", "claims"), COUNT_DTYPES)

    def summary(self) -> Summary:
        """The generation and the numbers of papers and of claims (not rejected): one quick read."""
        with self._connection() as connection:
            generation, papers, claims = connection.execute(
                f"SELECT ({GENERATION}), (SELECT count(*) FROM papers), "
                "(SELECT count(*) FROM claims WHERE id NOT IN (SELECT claim_id FROM rejections))"
            ).fetchone()
        return Summary(generation=generation, papers=papers, claims=claims)

    def metric_counts(self) -> pd.DataFrame:
        """How many claims (not rejected) each metric has, corrections applied.

        Columns: metric, claims; the metric with most claims first.
        """
        with self._connection() as connection:
            rows = connection.execute(METRIC_COUNTS).fetchall()
        return typed_frame(rows, ("metric", "claims"), COUNT_DTYPES)

    def benchmark_papers(self, limit: int) -> pd.DataFrame:
        """The first `limit` papers, by id, with a claim a leaderboard ranks on each benchmark.

        Columns: dataset, metric, paper_id; ordered by benchmark, then paper id.
        """
        with self._connection() as connection:
            rows = connection.execute(BENCHMARK_PAPERS, (limit,)).fetchall()
        return typed_frame(rows, ("dataset", "metric", "paper_id"))

    def snapshot(self, include_rejected: bool = False, abstracts: bool = False) -> Snapshot:
        """The claims and papers frames and the generation, all read from one committed state."""
        with self._connection() as connection:
            connection.execute("BEGIN")  # one read transaction: an ingest cannot commit between
            try:
                return Snapshot(
                    generation=int(connection.execute(GENERATION).fetchone()[0]),
                    claims=_claims_frame(connection, None, None, include_rejected, None),
                    papers=_papers_frame(connection, abstracts),
                )
            finally:
                connection.execute("COMMIT")

    def generation(self) -> int:
        """A number that grows with every commit changing what readers see (a cache key)."""
        with self._connection() as connection:
            return int(connection.execute(GENERATION).fetchone()[0])

    def paper(self, paper_id: str) -> Paper | None:
        """The stored paper with this id, or None."""
        with self._connection() as connection:
            row = connection.execute(
                "SELECT id, title, abstract, source, url, published, authors, arxiv_id, categories "
                "FROM papers WHERE id = ?",
                (paper_id,),
            ).fetchone()
        if row is None:
            return None
        id_, title, abstract, source, url, published, authors, arxiv_id, categories = row
        return Paper(
            id=id_,
            title=title,
            abstract=abstract,
            source=source,
            url=url,
            published=date.fromisoformat(published) if published else None,
            authors=_json_list(authors),
            arxiv_id=arxiv_id,
            categories=_json_list(categories),
        )

    # Connections

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        connection = connect(self.path, self.timeout)
        try:
            with sqlite_errors(self.path):
                yield connection
        finally:
            connection.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction, taken at once so that it waits for a running ingest's merge."""
        with self._connection() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise

    @staticmethod
    def _check_claim(connection: sqlite3.Connection, claim_id: str) -> None:
        if connection.execute("SELECT 1 FROM claims WHERE id = ?", (claim_id,)).fetchone() is None:
            raise ClaimsError(f"{claim_id}: no claim with this id in the store")


def _clean(text: str | None) -> str | None:
    return text.strip() if text is not None else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _json_list(text: str | None) -> list[str] | None:
    return list(json.loads(text)) if text is not None else None


def _claims_frame(
    connection: sqlite3.Connection,
    dataset: str | None,
    metric: str | None,
    include_rejected: bool,
    paper_id: str | None,
    *,
    paper_ids: Collection[str] | None = None,
    ids: Collection[str] | None = None,
    columns: Sequence[str] = CLAIM_FRAME_COLUMNS,
) -> pd.DataFrame:
    unknown = [column for column in columns if column not in CLAIM_FRAME_COLUMNS]
    if unknown:
        raise ValueError(f"not columns of a claims frame: {', '.join(unknown)}")
    conditions: list[str] = []
    parameters: list[Any] = []
    for column, wanted in (("dataset", dataset), ("metric", metric), ("paper_id", paper_id)):
        if wanted is not None:
            conditions.append(f"{column} = ?")
            parameters.append(wanted)
    # A list is one parameter, however long: SQLite caps the number of parameters.
    for column, listed in (("paper_id", paper_ids), ("id", ids)):
        if listed is not None:
            conditions.append(f"{column} IN (SELECT value FROM json_each(?))")
            parameters.append(json.dumps(list(listed)))
    if not include_rejected:
        conditions.append("NOT rejected")
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    selected = ", ".join(f'"{column}"' for column in columns)
    # The claims table is stored in (paper_id, position) order, so this ORDER BY costs no sort.
    sql = f"SELECT {selected} FROM ({CORRECTED_CLAIMS}) {where} ORDER BY paper_id, position"
    return typed_frame(connection.execute(sql, parameters).fetchall(), columns)


def _papers_frame(connection: sqlite3.Connection, abstracts: bool) -> pd.DataFrame:
    rows = connection.execute(papers_with_counts(abstracts)).fetchall()
    # authors and categories are stored as JSON lists
    lists = {PAPER_FRAME_COLUMNS.index("authors"), PAPER_FRAME_COLUMNS.index("categories")}
    decoded = [
        tuple(_json_list(cell) if index in lists else cell for index, cell in enumerate(row))
        for row in rows
    ]
    frame = pd.DataFrame.from_records(decoded, columns=list(PAPER_FRAME_COLUMNS))
    return frame.astype({"claims": "int64"})
