"""An ingest as one transaction: extract into temporary tables, then merge in one short write.

Extraction is the slow part (minutes for a large dump), so it writes only to this connection's
temporary tables and holds no lock on the store: readers, curators and other ingests go on. The
merge then takes the write lock once, replaces the claims of the papers that changed, and commits.
A crash, Ctrl-C or bad input at any point before that commit leaves the store as it was.

Staging is split in two so extraction can run elsewhere: `prepare` turns a paper into the rows it
will be stored as (a pure function, run in worker processes or on a cluster), and `stage_prepared`
writes prepared papers to the temporary tables in batches, so memory stays flat however long the
input is: the temporary tables live in a file, not in memory.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any, Final, NamedTuple

from pydantic import BaseModel, ConfigDict

from claims.errors import ClaimsError
from claims.model import CLAIM_FIELDS, Claim, Paper
from claims.store.schema import BUMP_GENERATION, CLAIM_COLUMNS, PAPER_COLUMNS, quoted

Extractor = Callable[[Paper], list[Claim]]

_BATCH: Final = 2000  # papers staged per temporary-table transaction: bounds memory, not speed
_MERGE_CACHE_KIB: Final = 256 * 1024
_INDEX_SORT_CACHE_KIB: Final = 32 * 1024


class IngestReport(BaseModel):
    """What an ingest changed; an ingest of the same input twice reports only unchanged papers."""

    model_config = ConfigDict(frozen=True)

    papers_added: int = 0
    papers_updated: int = 0
    papers_unchanged: int = 0
    claims_written: int = 0

    @property
    def papers(self) -> int:
        """Distinct papers read."""
        return self.papers_added + self.papers_updated + self.papers_unchanged


class PreparedPaper(NamedTuple):
    """A paper as it will be stored: its row and its claims' rows, in `PAPER_COLUMNS` and
    `CLAIM_COLUMNS` order. Plain tuples, so that they cross process boundaries cheaply."""

    id: str
    row: tuple[Any, ...]
    claims: tuple[tuple[Any, ...], ...]


def prepare(paper: Paper, extract: Extractor) -> PreparedPaper:
    """Extract a paper's claims and build its rows: a pure function of the paper."""
    claims = _extract(paper, extract)
    # Every string in a claim is cut from the paper's id, title or abstract (or is a name from the
    # rules' tables): when those hold no lone surrogate, no claim row needs mending.
    clean = not any(
        _LONE_SURROGATE.search(field) for field in (paper.id, paper.title, paper.abstract)
    )
    claim_rows = tuple(_claim_row(claim, position, clean) for position, claim in enumerate(claims))
    return PreparedPaper(
        id=_encodable((paper.id,))[0], row=_paper_row(paper, claim_rows), claims=claim_rows
    )


def stage(connection: sqlite3.Connection, papers: Iterable[Paper], extract: Extractor) -> None:
    """Extract every paper into temporary tables; the last of several papers with one id wins."""
    stage_prepared(connection, (prepare(paper, extract) for paper in papers))


def stage_prepared(connection: sqlite3.Connection, prepared: Iterable[PreparedPaper]) -> None:
    """Write prepared papers to temporary tables, `_BATCH` at a time; the last of several papers
    with one id wins."""
    connection.execute("PRAGMA temp_store = FILE")  # a dump of all arXiv does not fit in memory
    connection.execute(
        f"CREATE TEMP TABLE staged_papers ({quoted(PAPER_COLUMNS)}, PRIMARY KEY (id))"
    )
    connection.execute(f"CREATE TEMP TABLE staged_claims ({quoted(CLAIM_COLUMNS)})")
    connection.execute("CREATE INDEX temp.staged_claims_by_paper ON staged_claims (paper_id)")
    batch: list[PreparedPaper] = []
    for paper in prepared:
        batch.append(paper)
        if len(batch) >= _BATCH:
            _stage_batch(connection, batch)
            batch = []
    _stage_batch(connection, batch)


def merge(connection: sqlite3.Connection) -> IngestReport:
    """Write the staged papers that are new or changed, in one transaction; skip the rest."""
    # The merge writes B-trees in random order (claim ids are hashes): with SQLite's default 2 MB
    # page cache a large merge reads and writes the same pages again and again.
    connection.execute(f"PRAGMA main.cache_size = -{_MERGE_CACHE_KIB}")
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute(
            """
            CREATE TEMP TABLE changed AS
            SELECT s.id AS id, p.id IS NULL AS is_new
            FROM staged_papers AS s LEFT JOIN main.papers AS p ON p.id = s.id
            WHERE p.id IS NULL OR p.fingerprint IS NOT s.fingerprint
            """
        )
        staged, added, updated = connection.execute(
            "SELECT (SELECT count(*) FROM staged_papers), "
            "(SELECT count(*) FROM changed WHERE is_new), "
            "(SELECT count(*) FROM changed WHERE NOT is_new)"
        ).fetchone()
        changes = added + updated
        # Whether the papers already stored number no more than the changes: counted only up to
        # one past them, so a small update of a large store reads a few rows, not all of them.
        (stored,) = connection.execute(
            "SELECT count(*) FROM (SELECT 1 FROM main.papers LIMIT ?)", (changes + 1,)
        ).fetchone()
        connection.execute("DELETE FROM main.claims WHERE paper_id IN (SELECT id FROM changed)")
        connection.execute(
            f"INSERT OR REPLACE INTO main.papers ({quoted(PAPER_COLUMNS)}) "
            f"SELECT {quoted(PAPER_COLUMNS)} FROM staged_papers "
            "WHERE id IN (SELECT id FROM changed) ORDER BY id"
        )
        # Claims arrive in key order, but their secondary indexes (by claim id, a hash; by
        # benchmark) take them in random order. When the stored papers at least double, building
        # those indexes anew with one sort is faster (a million abstracts into an empty store:
        # 61 s instead of 67 s); readers see either the old state or the new one, never the gap.
        rebuilt = _drop_claim_indexes(connection) if changes and changes >= stored else []
        written = connection.execute(
            f"INSERT INTO main.claims ({quoted(CLAIM_COLUMNS)}) "
            f"SELECT {quoted(CLAIM_COLUMNS)} FROM staged_claims "
            "WHERE paper_id IN (SELECT id FROM changed) ORDER BY paper_id, position"
        ).rowcount
        if rebuilt:
            # The sort that builds an index may use as much memory as the page cache: a smaller
            # cache for it keeps the ingest's memory flat however many claims there are.
            connection.execute(f"PRAGMA main.cache_size = -{_INDEX_SORT_CACHE_KIB}")
            for create_index in rebuilt:
                connection.execute(create_index)
        if added or updated:
            connection.execute(BUMP_GENERATION)
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    return IngestReport(
        papers_added=added,
        papers_updated=updated,
        papers_unchanged=staged - added - updated,
        claims_written=max(written, 0),
    )


def _drop_claim_indexes(connection: sqlite3.Connection) -> list[str]:
    """Drop the claims table's secondary indexes; return the statements that create them again.
    (Read from the store itself, so that they are whatever the schema's version made them.)"""
    indexes = connection.execute(
        "SELECT name, sql FROM main.sqlite_schema "
        "WHERE type = 'index' AND tbl_name = 'claims' AND sql IS NOT NULL"
    ).fetchall()
    for name, _ in indexes:
        connection.execute(f'DROP INDEX main."{name}"')
    return [sql for _, sql in indexes]


def _extract(paper: Paper, extract: Extractor) -> list[Claim]:
    try:
        found = extract(paper)
    except Exception as error:
        # An extractor bug on one strange abstract must not surface as a traceback; the whole
        # ingest is abandoned, so the store stays as it was.
        raise ClaimsError(
            f"paper {paper.id!r}: the extractor failed: {type(error).__name__}: {error}"
        ) from error
    # Claim ids hash the paper id, so every claim is tied to the paper it was stored under; in
    # text order, so that the table's key order is the order claims are read in.
    tied = [
        claim if claim.paper_id == paper.id else claim.model_copy(update={"paper_id": paper.id})
        for claim in found
    ]
    return sorted(tied, key=lambda claim: (claim.start, claim.end))


def _stage_batch(connection: sqlite3.Connection, batch: list[PreparedPaper]) -> None:
    # Within a batch, too, the last paper with an id wins.
    latest = list({paper.id: paper for paper in batch}.values())
    if not latest:
        return
    # Short transactions on the temporary tables only: staging must not pin a read snapshot of the
    # store for the whole extraction, which would keep the write-ahead log from being checkpointed.
    connection.execute("BEGIN")
    try:
        ids = [(paper.id,) for paper in latest]
        connection.executemany("DELETE FROM staged_claims WHERE paper_id = ?", ids)
        connection.executemany(
            f"INSERT OR REPLACE INTO staged_papers ({quoted(PAPER_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(PAPER_COLUMNS))})",
            [paper.row for paper in latest],
        )
        connection.executemany(
            f"INSERT INTO staged_claims ({quoted(CLAIM_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})",
            [claim for paper in latest for claim in paper.claims],
        )
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def _paper_row(paper: Paper, claim_rows: tuple[tuple[Any, ...], ...]) -> tuple[Any, ...]:
    fields = _encodable(
        (
            paper.id,
            paper.title,
            paper.abstract,
            paper.source,
            paper.url,
            paper.published.isoformat() if paper.published else None,
            json.dumps(paper.authors, ensure_ascii=False) if paper.authors is not None else None,
            paper.arxiv_id,
            json.dumps(paper.categories, ensure_ascii=False)
            if paper.categories is not None
            else None,
        )
    )
    return (*fields, _fingerprint(fields, claim_rows))


def _claim_row(claim: Claim, position: int, clean: bool) -> tuple[Any, ...]:
    row = (claim.id, position, *(getattr(claim, field) for field in CLAIM_FIELDS))
    return row if clean else _encodable(row)


_LONE_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def _encodable(row: tuple[Any, ...]) -> tuple[Any, ...]:
    # A JSON escape like "\\ud800" yields a string UTF-8 cannot encode. Each lone surrogate becomes
    # U+FFFD, one character for one, so claims' offsets into the text stay right.
    return tuple(
        _LONE_SURROGATE.sub("\ufffd", value)
        if isinstance(value, str) and not value.isascii()
        else value
        for value in row
    )


def _fingerprint(paper_fields: tuple[Any, ...], claim_rows: tuple[tuple[Any, ...], ...]) -> str:
    # Covers the claims too: unchanged text extracted by changed rules is an update. The rows hold
    # every field of the paper and its claims, already encoded: hashing them costs a tenth of
    # dumping the records again.
    encoded = json.dumps([paper_fields, claim_rows]).encode()
    return hashlib.sha256(encoded).hexdigest()
