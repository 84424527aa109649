"""Which format an input is, from its first bytes (after gzip), with the file name as a tie-breaker.

Content decides because names lie: arXiv and Hugging Face dumps are saved as `.json`, `.txt` or
nothing at all, and stdin has no name. Only plain text is ambiguous (CSV or the trending page), and
there the header row or the `.csv` extension decides.
"""

from __future__ import annotations

import codecs
import csv
import re
from typing import Final

from claims.errors import InputError
from claims.sources.generic import TEXT_FIELDS

TRENDING: Final = "trending"
JSONL: Final = "jsonl"
CSV: Final = "csv"
HF_DAILY: Final = "hf-daily"
ARXIV_ATOM: Final = "arxiv-atom"
ARXIV_SNAPSHOT: Final = "arxiv-snapshot"
PWC: Final = "pwc"

FORMATS: Final[tuple[str, ...]] = (
    TRENDING,
    JSONL,
    CSV,
    HF_DAILY,
    ARXIV_ATOM,
    ARXIV_SNAPSHOT,
    PWC,
)
"""Every format `read_papers` reads, as `--format` names them."""

# A key at the top level of a JSON text (an escaped quote inside a string cannot match).
_HF_DAILY_KEY = re.compile(r'(?<!\\)"paper"\s*:\s*\{')
_SNAPSHOT_KEYS = re.compile(r'(?<!\\)"(?:versions|authors_parsed|update_date|submitter)"\s*:')
_ATOM_ROOT = re.compile(r"<(?:\w+:)?feed[\s>]")
_BINARY_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def check_head(head: bytes, name: str, complete: bool) -> str:
    """The head as text, or an `InputError` saying the input is empty, binary or not UTF-8."""
    if b"\x00" in head or len(_BINARY_CONTROLS.findall(head[:4096])) > 8:
        raise InputError(name, "binary file, not text (expected a paper list)")
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        # Not final unless the head is the whole input: it may end inside a multi-byte character.
        text = decoder.decode(head, final=complete)
    except UnicodeDecodeError as error:
        line = head[: error.start].count(b"\n") + 1
        raise InputError(name, "not UTF-8 text (convert the file to UTF-8)", line) from None
    if not text.strip():
        raise InputError(name, "empty file")
    return text


def _extension(name: str) -> str:
    lowered = name.lower().removesuffix(".gz")
    return lowered.rsplit(".", 1)[-1] if "." in lowered.rsplit("/", 1)[-1] else ""


def _looks_like_csv_header(text: str, text_field: str | None) -> bool:
    first_line = text.split("\n", 1)[0]
    try:
        header = next(csv.reader([first_line]))
    except csv.Error:
        return False
    columns = {column.strip() for column in header}
    wanted = {text_field} if text_field else set(TEXT_FIELDS)
    return len(columns) >= 2 and bool(columns & wanted)


def detect_format(
    name: str, head: bytes, *, complete: bool = False, text_field: str | None = None
) -> str:
    """The format of an input whose first bytes (decompressed) are `head`.

    `complete` says `head` is the whole input. An empty, binary or non-UTF-8 head is an
    `InputError`, whatever the format.

    >>> detect_format("x", b'[{"paper": {"id": "2403.1"}}]')
    'hf-daily'
    >>> detect_format("papers.csv.gz", b"id,title,abstract\\n")
    'csv'
    """
    text = check_head(head, name, complete).lstrip()
    first = text[0]
    if first == "<":
        if _ATOM_ROOT.search(text):
            return ARXIV_ATOM
        raise InputError(name, "XML that is not an Atom feed (expected arXiv API output)", 1)
    if first == "[":
        return HF_DAILY if _HF_DAILY_KEY.search(text) else PWC
    if first == "{":
        first_line = text.split("\n", 1)[0]
        return ARXIV_SNAPSHOT if _SNAPSHOT_KEYS.search(first_line) else JSONL
    if _extension(name) in {"csv", "tsv"} or _looks_like_csv_header(text, text_field):
        return CSV
    return TRENDING
