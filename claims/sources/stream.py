"""Opening an input: stdin or a file, gzip or not, as a binary stream whose first bytes are known.

Every reader gets an `Input`: a display name for errors, the decompressed binary stream from the
start, and `head`, the first bytes, which format detection sniffs. Low-level failures (missing
file, corrupt gzip, bytes that are not UTF-8) become `InputError`s naming the file and, where it
is known, the line.
"""

from __future__ import annotations

import gzip
import io
import re
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO, Final, cast

from claims.errors import InputError
from claims.sources.limits import MAX_RECORD_CHARS, warn_skipped

HEAD_BYTES: Final = 64 * 1024
GZIP_MAGIC: Final = b"\x1f\x8b"
STDIN: Final = "-"

# Bytes that are not UTF-8 decode to lone surrogates under "surrogateescape", which valid UTF-8
# can never produce: finding one locates the bad bytes to the exact line.
_UNDECODABLE = re.compile("[\udc80-\udcff]")


class _Prefixed(io.RawIOBase):
    """`prefix` then the rest of `rest`: lets us read the head for sniffing without seeking
    (stdin and gzip streams cannot seek), and turns read failures into `InputError`s."""

    def __init__(self, prefix: bytes, rest: BinaryIO, name: str) -> None:
        super().__init__()
        self._prefix = memoryview(prefix)
        self._rest = rest
        self._name = name

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            count = min(len(buffer), len(self._prefix))
            buffer[:count] = self._prefix[:count]
            self._prefix = self._prefix[count:]
            return count
        data = _read(self._rest, len(buffer), self._name)
        buffer[: len(data)] = data
        return len(data)


def _read(stream: BinaryIO, size: int, name: str) -> bytes:
    try:
        return stream.read(size)
    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
        raise InputError(name, f"corrupt or truncated gzip data ({error})") from None
    except OSError as error:
        raise InputError(name, f"cannot read: {error.strerror or error}") from None


def _read_fully(stream: BinaryIO, size: int, name: str) -> bytes:
    """Up to `size` bytes, looping because pipes and gzip return short reads."""
    parts: list[bytes] = []
    remaining = size
    while remaining > 0:
        data = _read(stream, remaining, name)
        if not data:
            break
        parts.append(data)
        remaining -= len(data)
    return b"".join(parts)


@dataclass
class Input:
    """An opened input: `name` for messages, `stream` from its first byte, `head` its start."""

    name: str
    stream: BinaryIO
    head: bytes
    compressed: bool = False


def display_name(path: str) -> str:
    return "<stdin>" if path == STDIN else path


def _open_raw(path: str) -> BinaryIO:
    if path == STDIN:
        return sys.stdin.buffer
    try:
        return open(path, "rb")  # closed by open_input
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as error:
        raise InputError(path, f"cannot open: {error.strerror or error}") from None


@contextmanager
def open_input(path: str) -> Iterator[Input]:
    """Open `path` (`-` is stdin), decompressing gzip, and read its head for sniffing."""
    name = display_name(path)
    raw = _open_raw(path)
    try:
        magic = _read_fully(raw, 2, name)
        stream: BinaryIO = io.BufferedReader(_Prefixed(magic, raw, name))
        compressed = magic == GZIP_MAGIC
        if compressed:
            stream = cast(BinaryIO, gzip.GzipFile(fileobj=stream, mode="rb"))
        head = _read_fully(stream, HEAD_BYTES, name)
        yield Input(name, io.BufferedReader(_Prefixed(head, stream, name)), head, compressed)
    finally:
        if path != STDIN:
            raw.close()


def text_of(source: Input, newline: str | None = None) -> io.TextIOWrapper:
    """The input as text. Undecodable bytes are kept as surrogates so `lines` can locate them."""
    return io.TextIOWrapper(
        source.stream, encoding="utf-8-sig", errors="surrogateescape", newline=newline
    )


def check_decoded(text: str, name: str, line: int) -> None:
    """Raise an `InputError` at `line` if `text` came from bytes that are not UTF-8."""
    if not text.isascii() and _UNDECODABLE.search(text):
        raise InputError(name, "not UTF-8 text (convert the file to UTF-8)", line)


def lines(text: io.TextIOWrapper, name: str, limit: int = MAX_RECORD_CHARS) -> Iterator[str | None]:
    """Each line of `text`, checked to be UTF-8. A line longer than `limit` is skipped with a
    warning and yields `None` instead, after being read in bounded pieces, never whole."""
    number = 0
    while True:
        line = text.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith("\n"):
            size, line = len(line), ""  # let the piece go before reading the next
            while True:
                rest = text.readline(limit)
                size += len(rest)
                if not rest or rest.endswith("\n"):
                    break
            warn_skipped(name, number, f"line of {size:,} characters skipped (limit {limit:,})")
            yield None
            continue
        check_decoded(line, name, number)
        yield line
