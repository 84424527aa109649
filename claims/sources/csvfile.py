"""CSV with a header row: `id,title,abstract` or columns named with `--*-field`."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Final

from claims.errors import InputError
from claims.model import Paper
from claims.sources.generic import TEXT_FIELDS, paper_from_record, pick_field
from claims.sources.limits import MAX_RECORD_CHARS
from claims.sources.records import ReaderOptions
from claims.sources.stream import Input, lines, text_of

NAME: Final = "csv"


class _Lines:
    """The file's lines for `csv.reader`, remembering which were too long and replaced by blanks,
    so the record that held one is skipped instead of read with a hole in it."""

    def __init__(self, source: Input) -> None:
        self._lines = lines(text_of(source, newline=""), source.name)
        self.number = 0
        self.skipped_at = 0

    def __iter__(self) -> Iterator[str]:
        for line in self._lines:
            self.number += 1
            if line is None:
                self.skipped_at = self.number
                yield "\n"
            else:
                yield line


def read(source: Input, options: ReaderOptions) -> Iterator[Paper]:
    csv.field_size_limit(MAX_RECORD_CHARS)
    feed = _Lines(source)
    rows = csv.reader(feed, strict=True)
    try:
        header = next(rows, None)
        if header is None:
            raise InputError(source.name, "empty file")
        header = [column.strip() for column in header]
        text_name = pick_field(header, options.text_field, TEXT_FIELDS)
        if text_name is None or text_name not in header:
            wanted = text_name or "abstract"
            raise InputError(
                source.name, f"no {wanted!r} column in the header (name it with --text-field)", 1
            )
        start = feed.number + 1
        for row in rows:
            line, start = start, feed.number + 1
            if feed.skipped_at >= line:
                continue  # its too-long line was already reported
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                message = f"{len(row)} fields where the header has {len(header)}"
                raise InputError(source.name, message, line)
            record = dict(zip(header, row, strict=True))
            paper = paper_from_record(record, source.name, line, options, NAME)
            if paper is not None:
                yield paper
    except csv.Error as error:
        raise InputError(source.name, f"malformed CSV: {error}", feed.number) from None
