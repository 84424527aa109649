"""arXiv API Atom feeds (`export.arxiv.org/api/query`), saved or fetched, parsed as a stream.

ElementTree's parser is fed one line at a time with a target that keeps only the fields of the
current entry, so a feed of any length uses constant memory and every entry knows its line. The
feed is untrusted: a document type declaration is refused outright, which rules out entity
expansion ("billion laughs") and external entities, since entities can only be declared in one.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from claims.errors import InputError
from claims.model import Paper
from claims.sources.limits import MAX_RECORD_CHARS, warn_skipped
from claims.sources.records import (
    ReaderOptions,
    arxiv_id,
    arxiv_url,
    make_paper,
    normalize_space,
    parse_date,
)
from claims.sources.stream import Input

NAME: Final = "arxiv-atom"
ATOM: Final = "{http://www.w3.org/2005/Atom}"
ARXIV: Final = "{http://arxiv.org/schemas/atom}"
_LINE_BYTES: Final = 64 * 1024
_TEXT_FIELDS: Final = {f"{ATOM}id", f"{ATOM}title", f"{ATOM}summary", f"{ATOM}published"}


class ArxivApiError(InputError):
    """The feed is the arXiv API's report of a bad query, not a list of papers."""


class _DoctypeRefused(Exception):
    """Raised from inside the parser when the feed declares a document type."""


@dataclass
class _Entry:
    line: int
    fields: dict[str, str] = field(default_factory=dict)
    authors: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    primary: str | None = None
    oversized: int = 0


class _FeedTarget:
    """ElementTree parser target collecting finished entries; only entry fields are kept."""

    def __init__(self) -> None:
        self.line = 0
        self.entry: _Entry | None = None
        self.text: list[str] = []
        self.text_size = 0
        self.in_author = False
        self.done: list[_Entry] = []

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self.text, self.text_size = [], 0
        if tag == f"{ATOM}entry":
            self.entry = _Entry(self.line)
        elif self.entry is None:
            return
        elif tag == f"{ATOM}author":
            self.in_author = True
        elif tag == f"{ARXIV}primary_category":
            self.entry.primary = attrib.get("term")
        elif tag == f"{ATOM}category" and attrib.get("term"):
            self.entry.categories.append(attrib["term"])

    def data(self, text: str) -> None:
        # Past the limit the text is dropped but still measured, so the entry can be reported.
        if self.text_size <= MAX_RECORD_CHARS:
            self.text.append(text)
        self.text_size += len(text)

    def end(self, tag: str) -> None:
        entry = self.entry
        if entry is None:
            return
        text = "".join(self.text)
        if self.text_size > MAX_RECORD_CHARS:
            entry.oversized = max(entry.oversized, self.text_size)
        if tag == f"{ATOM}entry":
            self.done.append(entry)
            self.entry = None
        elif tag == f"{ATOM}author":
            self.in_author = False
        elif tag == f"{ATOM}name" and self.in_author:
            if text.strip():
                entry.authors.append(normalize_space(text))
        elif tag in _TEXT_FIELDS:
            entry.fields[tag.removeprefix(ATOM)] = text
        self.text, self.text_size = [], 0

    def doctype(self, name: str, pubid: str | None, system: str | None) -> None:
        raise _DoctypeRefused

    def close(self) -> None:
        return None


def _paper(entry: _Entry, path: str) -> Paper | None:
    fields = entry.fields
    identifier = fields.get("id", "").strip()
    if "/api/errors" in identifier:
        # The arXiv API reports a bad query as a feed with a single error entry.
        message = normalize_space(fields.get("summary", "")) or "unknown error"
        raise ArxivApiError(path, f"arXiv API error: {message}", entry.line)
    if entry.oversized:
        size = f"{entry.oversized:,}"
        warn_skipped(path, entry.line, f"entry skipped: a field of {size} characters")
        return None
    known_arxiv = arxiv_id(identifier)
    categories = list(dict.fromkeys([*filter(None, [entry.primary]), *entry.categories]))
    return make_paper(
        path,
        entry.line,
        id=known_arxiv or identifier,
        title=normalize_space(fields.get("title", "")),
        abstract=normalize_space(fields.get("summary", "")),
        source=NAME,
        url=arxiv_url(known_arxiv) or (identifier if identifier.startswith("http") else None),
        published=parse_date(fields.get("published")),
        authors=entry.authors or None,
        arxiv_id=known_arxiv,
        categories=categories or None,
    )


def read(source: Input, options: ReaderOptions) -> Iterator[Paper]:
    del options  # categories are filtered by read_papers; Atom fields are fixed
    target = _FeedTarget()
    parser = ET.XMLParser(target=target)
    line = 1
    finished = False
    while not finished:
        # Lines are fed in pieces of bounded size; a piece ending in a newline ends a line.
        piece = source.stream.readline(_LINE_BYTES)
        target.line = line
        try:
            if piece:
                parser.feed(piece)
            else:
                parser.close()
                finished = True
        except _DoctypeRefused:
            raise InputError(
                source.name, "document type declarations are not accepted in feeds", line
            ) from None
        except ET.ParseError as error:
            where = error.position[0] if error.position else line
            raise InputError(source.name, f"malformed XML: {_reason(error)}", where) from None
        except (LookupError, ValueError) as error:
            # An XML declaration naming an unknown or unsupported encoding.
            raise InputError(source.name, f"malformed XML: {error}", line) from None
        if piece.endswith(b"\n"):
            line += 1
        for entry in target.done:
            paper = _paper(entry, source.name)
            if paper is not None:
                yield paper
        target.done.clear()


def _reason(error: ET.ParseError) -> str:
    # "mismatched tag: line 3, column 2" -> "mismatched tag" (the line is reported separately).
    return str(error).split(": line ", 1)[0]
