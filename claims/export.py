"""Exports of claims to CSV, JSON Lines or Parquet, with a stable column order.

Columns, always in this order: `id`, the `Claim` fields (`CLAIM_FIELDS`), then the paper's `title`,
`url` and `published` (ISO date). Rejected claims are left out; corrections are applied.

CSV is UTF-8 with one header row, quoted where needed (RFC 4180). Any text cell that a spreadsheet
would run as a formula, one starting with `=`, `+`, `-`, `@`, a tab or a carriage return, is
prefixed with `'` so that it opens as text. Numbers are never touched, and neither is a text cell
that is just a signed number (`-0.3`, `+4.7%`), which a spreadsheet reads as a number.

Writes are atomic: the export goes to a temporary file beside the destination and is renamed
over it only when complete, so an interrupted export leaves no half-written file under the final
name (and an older export there intact). Nothing is written anywhere but the path given and, for
the temporary file, its folder; a symbolic link at that path is replaced, never followed.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import secrets
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any, Final, Literal, get_args

import pandas as pd
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from claims.errors import ClaimsError
from claims.model import CLAIM_FIELDS
from claims.store import Store
from claims.store.frames import ARROW_TYPES, CLAIM_DTYPES

Format = Literal["csv", "jsonl", "parquet"]
FORMATS: Final[tuple[str, ...]] = get_args(Format)
EXPORT_COLUMNS: Final[tuple[str, ...]] = ("id", *CLAIM_FIELDS, "title", "url", "published")

_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER: Final = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?")


def export(
    source: Store | pd.DataFrame,
    out: str | Path | None = None,
    fmt: Format = "csv",
    dataset: str | None = None,
    metric: str | None = None,
) -> int:
    """Write the claims of a store (or of a claims frame) to `out`; return the number of rows.

    `out` None or "-" writes to standard output. `dataset` and `metric` keep only that benchmark.
    A frame is exported as given (the rows a user sees), filtered only by `dataset`/`metric`.
    """
    if fmt not in FORMATS:
        raise ClaimsError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    frame = export_frame(source, dataset=dataset, metric=metric)
    if out is None or str(out) == "-":
        _to_stdout(frame, fmt)
    else:
        with atomic_file(Path(out)) as stream:
            _write(frame, fmt, stream)
    return len(frame)


def export_frame(
    source: Store | pd.DataFrame, dataset: str | None = None, metric: str | None = None
) -> pd.DataFrame:
    """The rows and columns `export` writes, in `EXPORT_COLUMNS` order."""
    if isinstance(source, Store):
        frame = source.claims_frame(dataset=dataset, metric=metric)
    else:
        frame = source
        if dataset is not None:
            frame = frame[frame["dataset"] == dataset]
        if metric is not None:
            frame = frame[frame["metric"] == metric]
    missing = [column for column in EXPORT_COLUMNS if column not in frame.columns]
    if missing:
        raise ClaimsError(f"cannot export: the frame lacks the columns {', '.join(missing)}")
    return frame.loc[:, list(EXPORT_COLUMNS)].reset_index(drop=True)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """Any frame as formula-safe UTF-8 CSV, all its columns in order (for download buttons)."""
    buffer = io.BytesIO()
    write_csv(frame, buffer)
    return buffer.getvalue()


def write_csv(frame: pd.DataFrame, stream: IO[bytes]) -> None:
    """Write `frame` as CSV to a binary stream, text cells neutralised against formulas."""
    safe = frame.copy()
    for column in safe.columns:
        cells = safe[column]
        if str(cells.dtype) == "str":
            risky = cells.str.startswith(_FORMULA_START, na=False) & ~cells.str.fullmatch(
                _PLAIN_NUMBER.pattern, na=False
            )
            safe[column] = cells.where(~risky, "'" + cells)
        elif cells.dtype == object:
            safe[column] = cells.map(
                lambda cell: neutralise(cell) if isinstance(cell, str) else cell
            )
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline="")
    try:
        safe.to_csv(text, index=False, lineterminator="\r\n")
        text.flush()
    finally:
        text.detach()  # the caller owns `stream`; closing the wrapper would close it


def neutralise(cell: str) -> str:
    """`cell` made safe to open in a spreadsheet: a formula becomes text, other cells are kept.

    >>> neutralise('=HYPERLINK("http://x","y")'), neutralise("-0.3"), neutralise("ImageNet")
    ('\\'=HYPERLINK("http://x","y")', '-0.3', 'ImageNet')
    """
    if cell.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


@contextmanager
def atomic_file(path: Path) -> Iterator[IO[bytes]]:
    """A binary stream that appears at `path` only once the block ends without an exception."""
    folder = path.parent
    if not folder.is_dir():
        raise ClaimsError(f"{path}: the folder {folder} does not exist")
    if path.is_dir():
        raise ClaimsError(f"{path}: is a folder; name a file")
    try:
        temporary, descriptor = _create_temporary(path)
    except OSError as error:
        raise ClaimsError(f"{path}: cannot write here: {error.strerror}") from error
    try:
        with os.fdopen(descriptor, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        if isinstance(error, OSError) and not isinstance(error, BrokenPipeError):
            raise ClaimsError(f"{path}: cannot write: {error.strerror or error}") from error
        raise
    _sync_folder(folder)


def _create_temporary(path: Path) -> tuple[Path, int]:
    # O_EXCL under a random name: never reuses or follows an existing file. Mode 0o666 lets the
    # umask decide permissions, as for any file the user creates.
    stem = path.name[:200]
    while True:
        temporary = path.with_name(f".{stem}.{secrets.token_hex(6)}.part")
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            return temporary, os.open(temporary, flags, 0o666)
        except FileExistsError:
            continue


def _sync_folder(folder: Path) -> None:
    # Makes the rename durable; not every platform or filesystem lets a folder be opened.
    with suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _to_stdout(frame: pd.DataFrame, fmt: Format) -> None:
    if fmt == "parquet" and sys.stdout.isatty():
        raise ClaimsError("parquet is binary: write it to a file with -o FILE")
    sys.stdout.flush()
    _write(frame, fmt, sys.stdout.buffer)
    sys.stdout.buffer.flush()


def _write(frame: pd.DataFrame, fmt: Format, stream: IO[bytes]) -> None:
    if fmt == "csv":
        write_csv(frame, stream)
    elif fmt == "jsonl":
        _write_jsonl(frame, stream)
    else:
        _write_parquet(frame, stream)


def _write_jsonl(frame: pd.DataFrame, stream: IO[bytes]) -> None:
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline="\n")
    try:
        columns = [str(column) for column in frame.columns]
        for row in frame.itertuples(index=False, name=None):
            record = dict(zip(columns, map(_json_cell, row), strict=True))
            text.write(json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n")
        text.flush()
    finally:
        text.detach()


def _write_parquet(frame: pd.DataFrame, stream: IO[bytes]) -> None:
    # An explicit schema keeps column types stable even for an empty export.
    schema = pa.schema([(column, ARROW_TYPES[CLAIM_DTYPES[column]]) for column in EXPORT_COLUMNS])
    table = pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
    pq.write_table(table, stream)


def _is_missing(cell: Any) -> bool:
    return cell is None or cell is pd.NA or (isinstance(cell, float) and math.isnan(cell))


def _json_cell(cell: Any) -> Any:
    if _is_missing(cell):
        return None
    if hasattr(cell, "item"):  # numpy scalars
        return cell.item()
    return cell
