"""The on-disk layout of a claims store: tables, schema versions and how a connection is opened.

Extracted claims, curators' corrections and rejections live in separate tables: an ingest replaces a
paper's extracted claims wholesale, and corrections, keyed by the stable claim id, are joined in on
read, so they survive any number of re-ingests.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from claims.errors import ClaimsError
from claims.metrics import direction_of
from claims.model import CLAIM_FIELDS

SCHEMA_VERSION: Final = 1

# Entry i migrates the schema from version i to i + 1. The version is `PRAGMA user_version`, which
# SQLite keeps in the file header and changes inside the migrating transaction.
MIGRATIONS: Final[tuple[str, ...]] = (
    """
    CREATE TABLE papers (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        abstract TEXT NOT NULL,
        source TEXT NOT NULL,
        url TEXT,
        published TEXT,          -- ISO date
        authors TEXT,            -- JSON list
        arxiv_id TEXT,
        categories TEXT,         -- JSON list
        fingerprint TEXT NOT NULL -- hash of the paper and its claims: unchanged, not rewritten
    );
    CREATE TABLE claims (
        id TEXT NOT NULL,
        paper_id TEXT NOT NULL,
        position INTEGER NOT NULL,  -- rank in text order; two claims with one id cannot collide
        value REAL NOT NULL,
        value_max REAL,
        unit TEXT NOT NULL,
        metric TEXT NOT NULL,
        metric_text TEXT,
        dataset TEXT,
        dataset_text TEXT,
        model TEXT,
        baseline TEXT,
        kind TEXT NOT NULL,
        direction TEXT,
        normalized REAL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        sentence TEXT NOT NULL,
        rule TEXT NOT NULL,
        PRIMARY KEY (paper_id, position)
    ) WITHOUT ROWID;  -- stored in key order: a paper's claims are read in one sweep, in text order
    CREATE INDEX claims_by_id ON claims (id);
    CREATE INDEX claims_by_benchmark ON claims (dataset, metric);
    -- No foreign key to claims: a correction outlives the claim it names, so that it applies again
    -- if a later ingest brings the claim back.
    CREATE TABLE corrections (
        claim_id TEXT PRIMARY KEY,
        metric TEXT,
        dataset TEXT,             -- '' clears the extracted dataset
        model TEXT,               -- '' clears the extracted model
        value REAL,
        updated TEXT NOT NULL
    );
    CREATE TABLE rejections (
        claim_id TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    -- `generation` grows with every commit that changes what readers see: a cache key.
    CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
    INSERT INTO meta (key, value) VALUES ('generation', 0);
    """,
)

PAPER_COLUMNS: Final[tuple[str, ...]] = (
    "id",
    "title",
    "abstract",
    "source",
    "url",
    "published",
    "authors",
    "arxiv_id",
    "categories",
    "fingerprint",
)
CLAIM_COLUMNS: Final[tuple[str, ...]] = ("id", "position", *CLAIM_FIELDS)


BUMP_GENERATION: Final = "UPDATE meta SET value = value + 1 WHERE key = 'generation'"
GENERATION: Final = "SELECT value FROM meta WHERE key = 'generation'"


def quoted(columns: tuple[str, ...], prefix: str = "") -> str:
    """A comma-separated column list, each name quoted: `end` is an SQL keyword."""
    return ", ".join(f'{prefix}"{column}"' for column in columns)


@contextmanager
def sqlite_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's errors into one-line `ClaimsError`s that name the store."""
    try:
        yield
    except sqlite3.OperationalError as error:
        text = str(error)
        if "locked" in text or "busy" in text:
            raise ClaimsError(
                f"{path}: the store is busy: another process is writing to it; try again later"
            ) from error
        raise ClaimsError(f"{path}: {text}") from error
    except sqlite3.IntegrityError as error:
        raise ClaimsError(f"{path}: {error}") from error
    except sqlite3.DatabaseError as error:
        raise ClaimsError(f"{path}: not a claims store ({error})") from error


def connect(path: Path, timeout: float) -> sqlite3.Connection:
    """A connection in autocommit mode: every transaction is opened explicitly by the caller."""
    with sqlite_errors(path):
        connection = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        # Lets SQL apply a corrected metric's direction with the same table the library uses.
        connection.create_function("direction_of", 1, direction_of, deterministic=True)
        return connection


def migrate(connection: sqlite3.Connection, path: Path) -> None:
    """Bring the schema to `SCHEMA_VERSION`; a no-op, taking no lock, when it is already."""
    with sqlite_errors(path):
        version = _version(connection)
        if version == SCHEMA_VERSION:
            return
        if version > SCHEMA_VERSION:
            raise ClaimsError(
                f"{path}: the store has schema version {version}, newer than this claims "
                f"({SCHEMA_VERSION}); upgrade claims"
            )
        # WAL lets readers (the dashboard) see the last committed state while an ingest writes.
        # It is a property of the file and cannot change inside a transaction.
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise ClaimsError(f"{path}: cannot use write-ahead logging here (journal mode {mode})")
        connection.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while this one waited for the lock.
            version = _version(connection)
            if version == 0 and _has_tables(connection):
                raise ClaimsError(f"{path}: not a claims store (an SQLite file with other tables)")
            for script in MIGRATIONS[version:]:
                for statement in _statements(script):
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise


def _version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def _has_tables(connection: sqlite3.Connection) -> bool:
    return connection.execute("SELECT 1 FROM sqlite_schema LIMIT 1").fetchone() is not None


def _statements(script: str) -> list[str]:
    # `executescript` would COMMIT the open transaction first, so statements are run one by one
    # inside it; SQLite's own tokenizer says where each ends (a ';' in a comment does not).
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in a migration: {pending!r}")
    return statements
