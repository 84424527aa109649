"""The claims store: papers, extracted claims and curators' corrections in one SQLite file.

>>> from claims.store import Store
>>> store = Store.open()            # $CLAIMS_DB, else data/claims.db     # doctest: +SKIP
>>> store.ingest(read_papers("data/trending-papers.txt"))                  # doctest: +SKIP
"""

from __future__ import annotations

from claims.store.ingest import Extractor, IngestReport, PreparedPaper, prepare
from claims.store.schema import SCHEMA_VERSION
from claims.store.store import (
    DEFAULT_PATH,
    ENV_VAR,
    Snapshot,
    Store,
    StoreStats,
    Summary,
    resolve_path,
)

__all__ = [
    "DEFAULT_PATH",
    "ENV_VAR",
    "SCHEMA_VERSION",
    "Extractor",
    "IngestReport",
    "PreparedPaper",
    "Snapshot",
    "Store",
    "StoreStats",
    "Summary",
    "prepare",
    "resolve_path",
]
