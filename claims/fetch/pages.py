"""Checking a fetched body with the reader that will read it, before it is cached or written."""

from __future__ import annotations

import io

from claims.model import Paper
from claims.sources import READERS, ReaderOptions
from claims.sources.stream import HEAD_BYTES, Input


def papers_in(body: bytes, fmt: str, name: str) -> list[Paper]:
    """The papers in a response body, read exactly as a saved file of format `fmt` would be."""
    source = Input(name, io.BytesIO(body), body[:HEAD_BYTES])
    return list(READERS[fmt](source, ReaderOptions()))
