"""The arXiv metadata snapshot (Kaggle's `arxiv-metadata-oai-snapshot.json`): JSON lines, streamed.

Each line is `{id, title, abstract, categories, versions: [{created}], update_date, authors,
authors_parsed, ...}`; arXiv wraps titles and abstracts, so their whitespace is normalised.
With `--categories`, a line naming none of them is skipped before it is parsed: the snapshot has
2.5 million lines and most users want one or two categories.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Final

from claims.model import Paper
from claims.sources.generic import paper_from_record
from claims.sources.jsonl import json_lines
from claims.sources.records import (
    ReaderOptions,
    arxiv_id,
    arxiv_url,
    make_paper,
    normalize_space,
    parse_date,
    text_field,
)
from claims.sources.stream import Input

NAME: Final = "arxiv-snapshot"


def _authors(record: Mapping[str, Any]) -> list[str] | None:
    parsed = record.get("authors_parsed")
    if isinstance(parsed, list):
        names = []
        for parts in parsed:
            if isinstance(parts, list) and all(isinstance(part, str) for part in parts):
                # [last, first, suffix] -> "first last suffix"
                ordered = [*parts[1:2], *parts[:1], *parts[2:3]]
                name = normalize_space(" ".join(ordered))
                if name:
                    names.append(name)
        return names
    authors = record.get("authors")
    if isinstance(authors, str):
        names = authors.replace(" and ", ", ").split(",")
        return [normalize_space(name) for name in names if name.strip()]
    return None


def _published(record: Mapping[str, Any]) -> Any:
    versions = record.get("versions")
    if isinstance(versions, list) and versions and isinstance(versions[0], Mapping):
        created = parse_date(versions[0].get("created"))
        if created is not None:
            return created
    return parse_date(record.get("update_date"))


def _snapshot_paper(record: Mapping[str, Any], path: str, line: int) -> Paper | None:
    identifier = text_field(record, "id", path, line).strip()
    categories = text_field(record, "categories", path, line).split() or None
    known_arxiv = arxiv_id(identifier)
    return make_paper(
        path,
        line,
        id=known_arxiv or identifier,
        title=normalize_space(text_field(record, "title", path, line)),
        abstract=normalize_space(text_field(record, "abstract", path, line)),
        source=NAME,
        url=arxiv_url(known_arxiv),
        published=_published(record),
        authors=_authors(record),
        arxiv_id=known_arxiv,
        categories=categories,
    )


def read(source: Input, options: ReaderOptions) -> Iterator[Paper]:
    named = options.id_field or options.title_field or options.text_field
    wanted = options.categories

    def mentions_wanted(line: str) -> bool:
        return not wanted or any(category in line for category in wanted)

    for number, record in json_lines(source, mentions_wanted):
        if named:
            paper = paper_from_record(record, source.name, number, options, NAME)
        else:
            paper = _snapshot_paper(record, source.name, number)
        if paper is not None and options.wants(paper.categories):
            yield paper
