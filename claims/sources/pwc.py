"""Papers with Code's `papers-with-abstracts.json`: one large JSON array, streamed.

Each element is `{paper_url, arxiv_id, title, abstract, url_abs, url_pdf, date, authors, ...}`.
A JSON array of other records (`{id, title, abstract}`, or fields named with `--*-field`) reads
as generic records.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Final

from claims.errors import InputError
from claims.model import Paper
from claims.sources.generic import paper_from_record
from claims.sources.json_array import elements
from claims.sources.records import (
    ReaderOptions,
    arxiv_id,
    arxiv_url,
    make_paper,
    normalize_space,
    parse_date,
    string_list,
    text_field,
)
from claims.sources.stream import Input

NAME: Final = "pwc"
_PWC_KEYS: Final = frozenset({"paper_url", "url_abs", "arxiv_id"})


def _is_pwc(record: Mapping[str, Any], options: ReaderOptions) -> bool:
    named = options.id_field or options.title_field or options.text_field
    return not named and not _PWC_KEYS.isdisjoint(record)


def _pwc_paper(record: Mapping[str, Any], path: str, line: int) -> Paper | None:
    known_arxiv = arxiv_id(text_field(record, "arxiv_id", path, line)) or arxiv_id(
        text_field(record, "url_abs", path, line)
    )
    page = text_field(record, "paper_url", path, line).rstrip("/")
    page_slug = page.rsplit("/", 1)[-1] if "/paper/" in page else ""
    return make_paper(
        path,
        line,
        id=known_arxiv or page_slug,
        title=normalize_space(text_field(record, "title", path, line)),
        abstract=normalize_space(text_field(record, "abstract", path, line)),
        source=NAME,
        url=arxiv_url(known_arxiv) or text_field(record, "url_abs", path, line) or page or None,
        published=parse_date(record.get("date")),
        authors=string_list(record.get("authors")),
        arxiv_id=known_arxiv,
    )


def read(source: Input, options: ReaderOptions) -> Iterator[Paper]:
    for line, record in elements(source):
        if not isinstance(record, Mapping):
            kind = type(record).__name__
            raise InputError(source.name, f"expected an object in the array, found {kind}", line)
        if _is_pwc(record, options):
            paper = _pwc_paper(record, source.name, line)
        else:
            paper = paper_from_record(record, source.name, line, options, NAME)
        if paper is not None:
            yield paper
