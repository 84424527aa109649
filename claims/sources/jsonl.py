"""JSON lines, one paper per line: `{id, title, abstract}` or fields named with `--*-field`."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any, Final

from claims.errors import InputError
from claims.model import Paper
from claims.sources.generic import paper_from_record
from claims.sources.records import ReaderOptions
from claims.sources.stream import Input, lines, text_of

NAME: Final = "jsonl"


def json_lines(
    source: Input, keep: Callable[[str], bool] | None = None
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; anything but a JSON object is an error.

    `keep`, if given, sees the raw line first: a line it rejects is never parsed."""
    for number, line in enumerate(lines(text_of(source), source.name), start=1):
        if line is None or not line.strip() or (keep is not None and not keep(line)):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(source.name, f"malformed JSON: {error.msg}", number) from None
        except RecursionError:
            raise InputError(source.name, "malformed JSON: nested too deeply", number) from None
        except ValueError as error:  # e.g. an integer of more than 4,300 digits
            raise InputError(source.name, f"malformed JSON: {error}", number) from None
        if not isinstance(record, dict):
            kind = type(record).__name__
            raise InputError(source.name, f"expected a JSON object, found {kind}", number)
        yield number, record


def read(source: Input, options: ReaderOptions) -> Iterator[Paper]:
    for number, record in json_lines(source):
        paper = paper_from_record(record, source.name, number, options, NAME)
        if paper is not None:
            yield paper
