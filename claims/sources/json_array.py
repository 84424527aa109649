"""Streaming the elements of one large JSON array without loading the array.

Papers with Code ships `papers-with-abstracts.json`, a single array of hundreds of thousands of
objects; `json.load` would hold all of it. Here `json.JSONDecoder.raw_decode` decodes one element
at a time from a buffer that is refilled from the stream and trimmed behind us, so memory is bounded
by the largest element. An element larger than `MAX_RECORD_CHARS` is skipped by a scanner that
only tracks strings and brackets, without ever holding it whole.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from typing import Any, Final

from claims.errors import InputError
from claims.sources.limits import MAX_RECORD_CHARS, warn_skipped
from claims.sources.stream import Input, check_decoded, text_of

CHUNK_CHARS: Final = 64 * 1024
_DECODER: Final = json.JSONDecoder()
_SPACE: Final = " \t\n\r"
# Possessive quantifiers: a string's rest is matched in one pass, never backtracked.
_STRING_REST = re.compile(r'(?:[^"\\]++|\\.)*+"', re.DOTALL)
_STRING_PART = re.compile(r'(?:[^"\\]++|\\.)*+', re.DOTALL)
_NOT_QUOTE = re.compile(r'[^"]*')
_OUTSIDE = re.compile(r'["\[\]{},]')


class _Buffer:
    """A window on the stream: `text[pos:]` is unread; `line` is the line number at `pos`."""

    def __init__(self, stream: io.TextIOWrapper, name: str) -> None:
        self.stream = stream
        self.name = name
        self.text = ""
        self.pos = 0
        self.line = 1
        self.eof = False

    def fill(self, size: int = CHUNK_CHARS) -> bool:
        """Read up to `size` more characters; False at the end of the input."""
        if self.eof:
            return False
        chunk = self.stream.read(size)
        if not chunk:
            self.eof = True
            return False
        check_decoded(chunk, self.name, self.line + self.text.count("\n", self.pos))
        if self.pos > CHUNK_CHARS:
            self.advance_to(self.pos)
            self.text, self.pos = self.text[self.pos :], 0
        self.text += chunk
        return True

    def advance_to(self, pos: int) -> None:
        self.line += self.text.count("\n", self.pos, pos)
        self.pos = pos

    def next_token(self) -> str:
        """The next non-space character, not consumed ("" at the end of the input)."""
        while True:
            while self.pos < len(self.text) and self.text[self.pos] in _SPACE:
                if self.text[self.pos] == "\n":
                    self.line += 1
                self.pos += 1
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.fill():
                return ""

    def error(self, message: str, pos: int | None = None) -> InputError:
        at = self.pos if pos is None else pos
        return InputError(self.name, message, self.line + self.text.count("\n", self.pos, at))


def _decode(buffer: _Buffer, limit: int) -> tuple[Any, bool]:
    """Decode the element at `buffer.pos`: (value, True), or (None, False) if it was too large."""
    while True:
        try:
            value, end = _DECODER.raw_decode(buffer.text, buffer.pos)
        except json.JSONDecodeError as error:
            # Usually the element just continues past the buffer: read more (doubling, so a
            # large element costs linear time) and try again, up to the size limit.
            if len(buffer.text) - buffer.pos > limit:
                return None, False
            if not buffer.fill(max(CHUNK_CHARS, len(buffer.text) - buffer.pos)):
                raise buffer.error(f"malformed JSON: {error.msg}", error.pos) from None
            continue
        except RecursionError:
            raise buffer.error("malformed JSON: nested too deeply") from None
        except ValueError as error:  # e.g. an integer of more than 4,300 digits
            raise buffer.error(f"malformed JSON: {error}") from None
        # A number or literal ending exactly at the buffer's end may continue in the stream.
        if end == len(buffer.text) and buffer.fill():
            continue
        buffer.advance_to(end)
        return value, True


def _refill(buffer: _Buffer, keep: int) -> int:
    """Drop the scanned text before `keep`, read more, and return the new scan position (0)."""
    buffer.advance_to(keep)
    buffer.text, buffer.pos = buffer.text[keep:], 0
    if not buffer.fill():
        raise buffer.error("malformed JSON: the input ends inside an element")
    return 0


def _skip(buffer: _Buffer) -> None:
    """Move past the element at `buffer.pos` in bounded memory, tracking only strings/brackets.

    Runs are consumed by C-level regex matches and counts, not character by character, so
    skipping costs about as much as reading, whatever the element holds."""
    depth = 0
    in_string = False
    pos = buffer.pos
    while True:
        text = buffer.text
        if pos >= len(text):
            pos = _refill(buffer, pos)
            continue
        if in_string:
            closed = _STRING_REST.match(text, pos)
            if closed is None:
                # The string goes on past the buffer; keep only a backslash cut at the edge.
                pos = _refill(buffer, _STRING_PART.match(text, pos).end())  # type: ignore[union-attr]
                continue
            pos, in_string = closed.end(), False
            if depth == 0:
                break
            continue
        if depth > 0:
            # Inside brackets, a run with fewer closers than the depth cannot end the element.
            run_end = _NOT_QUOTE.match(text, pos).end()  # type: ignore[union-attr]
            closers = text.count("]", pos, run_end) + text.count("}", pos, run_end)
            if closers < depth:
                openers = text.count("[", pos, run_end) + text.count("{", pos, run_end)
                depth += openers - closers
                pos = run_end
                if pos < len(text):
                    pos, in_string = pos + 1, True
                continue
        match = _OUTSIDE.search(text, pos)
        if match is None:
            pos = len(text)
            continue
        char, pos = match.group(), match.end()
        if char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
        elif depth == 0:  # "," "]" or "}" ending a bare scalar
            pos = match.start()
            break
        elif char in "]}":
            depth -= 1
            if depth == 0:
                break
    buffer.advance_to(pos)


def elements(source: Input, limit: int = MAX_RECORD_CHARS) -> Iterator[tuple[int, Any]]:
    """(line number, value) for each element of the JSON array that is the whole input."""
    buffer = _Buffer(text_of(source), source.name)
    if buffer.next_token() != "[":
        raise buffer.error("expected a JSON array")
    buffer.pos += 1
    if buffer.next_token() == "]":
        buffer.pos += 1
    else:
        while True:
            if buffer.next_token() == "":
                raise buffer.error("malformed JSON: the input ends inside the array")
            line = buffer.line
            value, complete = _decode(buffer, limit)
            if complete:
                yield line, value
            else:
                _skip(buffer)
                warn_skipped(source.name, line, f"array element over {limit:,} characters skipped")
            token = buffer.next_token()
            if token == "]":
                buffer.pos += 1
                break
            if token != ",":
                raise buffer.error("malformed JSON: expected ',' or ']' after an element")
            buffer.pos += 1
    if buffer.next_token() != "":
        raise buffer.error("malformed JSON: extra data after the array")
