"""The Hugging Face daily papers API (`/api/daily_papers?date=D`), saved or fetched.

The API returns a JSON array of `{paper: {id, title, summary, publishedAt, authors, upvotes}, ...}`
where `paper.id` is the arXiv id. Streamed element by element like any large array.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from claims.errors import InputError
from claims.model import Paper
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

NAME: Final = "hf-daily"


def read(source: Input, options: ReaderOptions) -> Iterator[Paper]:
    del options  # the API has no categories; its fields are fixed
    for line, item in elements(source):
        if not isinstance(item, Mapping):
            raise InputError(source.name, "expected an object in the daily papers list", line)
        # Some endpoints (e.g. /api/papers/search) list the paper object itself.
        paper = item.get("paper", item)
        if not isinstance(paper, Mapping):
            raise InputError(source.name, "'paper' should be an object", line)
        identifier = text_field(paper, "id", source.name, line)
        known_arxiv = arxiv_id(identifier)
        title = text_field(paper, "title", source.name, line) or text_field(
            item, "title", source.name, line
        )
        made = make_paper(
            source.name,
            line,
            id=known_arxiv or identifier,
            title=normalize_space(title),
            abstract=normalize_space(text_field(paper, "summary", source.name, line)),
            source=NAME,
            url=arxiv_url(known_arxiv),
            published=parse_date(paper.get("publishedAt") or item.get("publishedAt")),
            authors=string_list(paper.get("authors")),
            arxiv_id=known_arxiv,
        )
        if made is not None:
            yield made
