"""Stores the browser tests serve: the bundled sample, and the sample plus hostile papers.

Both are real SQLite stores filled by the real readers and extractor; the hostile papers' claims
come from a wrapper around the extractor that names models as a stranger might.
"""

from __future__ import annotations

from pathlib import Path

from claims.sources import read_papers
from claims.store import Store
from tests.hostile import extract_with_hostile_models, hostile_papers

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "trending-papers.txt"


def sample_store(path: Path) -> Path:
    Store.open(path).ingest(read_papers(str(SAMPLE)))
    return path


def hostile_store(path: Path) -> Path:
    """The sample plus papers whose title, abstract, url and model names are hostile."""
    papers = [*read_papers(str(SAMPLE)), *hostile_papers()]
    Store.open(path).ingest(papers, extract=extract_with_hostile_models)
    return path
