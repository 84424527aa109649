"""Records whose fields the user names: the mapping shared by generic JSONL, CSV and JSON arrays.

By default a record is `{id, title, abstract}` (as `data/gold/papers.jsonl`, or a paper export of
claims itself, whose `url`, `published`, `authors`, `arxiv_id` and `categories` are kept too);
`--id-field`, `--title-field` and `--text-field` name other columns.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from claims.errors import InputError
from claims.model import Paper
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

ID_FIELDS: Final = ("id", "paper_id")
TITLE_FIELDS: Final = ("title",)
TEXT_FIELDS: Final = ("abstract", "summary", "text")


def pick_field(
    present: Mapping[str, Any] | list[str], chosen: str | None, defaults: tuple[str, ...]
) -> str | None:
    """The field to read: the one the user chose, else the first default the record has."""
    if chosen is not None:
        return chosen
    return next((name for name in defaults if name in present), None)


def _categories(value: Any) -> list[str] | None:
    if isinstance(value, str):
        return value.split() or None
    return string_list(value)


def _authors(value: Any) -> list[str] | None:
    if isinstance(value, str):
        names = [normalize_space(name) for name in value.replace(" and ", ",").split(",")]
        return [name for name in names if name] or None
    return string_list(value)


def paper_from_record(
    record: Mapping[str, Any], path: str, line: int, options: ReaderOptions, source: str
) -> Paper | None:
    """The paper in one generic record, or None if `--categories` excludes it or it is too big."""
    text_name = pick_field(record, options.text_field, TEXT_FIELDS)
    if text_name is None or text_name not in record:
        wanted = text_name or "abstract"
        raise InputError(path, f"record has no {wanted!r} field (name it with --text-field)", line)
    id_name = pick_field(record, options.id_field, ID_FIELDS)
    title_name = pick_field(record, options.title_field, TITLE_FIELDS)
    categories = _categories(record.get("categories"))
    if not options.wants(categories):
        return None
    identifier = text_field(record, id_name, path, line) if id_name else ""
    known_arxiv = arxiv_id(_optional_text(record.get("arxiv_id"))) or arxiv_id(identifier)
    url = _optional_text(record.get("url")) or arxiv_url(known_arxiv)
    return make_paper(
        path,
        line,
        id=identifier,
        title=normalize_space(text_field(record, title_name, path, line)) if title_name else "",
        abstract=text_field(record, text_name, path, line),
        source=source,
        url=url,
        published=parse_date(record.get("published") or record.get("date")),
        authors=_authors(record.get("authors")),
        arxiv_id=known_arxiv,
        categories=categories,
    )


def _optional_text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
