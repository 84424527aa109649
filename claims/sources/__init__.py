"""Readers: papers from the trending page, JSONL, CSV, Hugging Face, arXiv and Papers with Code.

`read_papers` opens any input (a path, or `-` for stdin; gzip or not), detects its format from its
content unless told, and streams `Paper`s one at a time, so a snapshot of all of arXiv reads in
constant memory. Every problem with the input is an `InputError` naming file and line.

>>> papers = read_papers("data/gold/papers.jsonl")
>>> next(papers).id
'nerv-an-enhanced-implicit-neural-video-representation'
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

from claims.errors import InputError
from claims.model import Paper
from claims.sources import arxiv_atom, arxiv_snapshot, csvfile, hf_daily, jsonl, pwc, trending
from claims.sources.detect import FORMATS, check_head, detect_format
from claims.sources.records import ReaderOptions, slug
from claims.sources.stream import HEAD_BYTES, Input, open_input

Reader = Callable[[Input, ReaderOptions], Iterator[Paper]]

READERS: Final[dict[str, Reader]] = {
    trending.NAME: trending.read,
    jsonl.NAME: jsonl.read,
    csvfile.NAME: csvfile.read,
    hf_daily.NAME: hf_daily.read,
    arxiv_atom.NAME: arxiv_atom.read,
    arxiv_snapshot.NAME: arxiv_snapshot.read,
    pwc.NAME: pwc.read,
}
assert tuple(READERS) == FORMATS, "every format has exactly one reader"


def read_papers(
    path: str,
    fmt: str | None = None,
    *,
    categories: list[str] | None = None,
    id_field: str | None = None,
    title_field: str | None = None,
    text_field: str | None = None,
) -> Iterator[Paper]:
    """Stream the papers in `path` (`-` is stdin), in `fmt` or the format its content shows.

    `categories` keeps papers in any of them (`cs` matches `cs.CV`; papers whose source has no
    categories are kept); the `*_field` options name the fields of generic JSONL/CSV/JSON.
    """
    if fmt == "auto":
        fmt = None
    if fmt is not None and fmt not in READERS:
        choices = ", ".join(FORMATS)
        raise InputError(path, f"unknown format {fmt!r} (choose from auto, {choices})")
    options = ReaderOptions(
        categories=tuple(category.strip() for category in categories or () if category.strip()),
        id_field=id_field,
        title_field=title_field,
        text_field=text_field,
    )
    with open_input(path) as source:
        complete = len(source.head) < HEAD_BYTES
        if fmt is None:
            fmt = detect_format(source.name, source.head, complete=complete, text_field=text_field)
        else:
            check_head(source.head, source.name, complete)
        reader = READERS[fmt]
        for paper in reader(source, options):
            if options.wants(paper.categories):
                yield paper


__all__ = ["FORMATS", "READERS", "ReaderOptions", "detect_format", "read_papers", "slug"]
