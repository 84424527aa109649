"""Fuzzing every reader: any bytes, and valid files mutated, give papers or a clean InputError.

Inputs that once made a reader fail otherwise are kept in `tests/data/fuzz-regressions/` (named
`FORMAT--what.bin`, FORMAT `auto` for detection) and replayed here. A longer run, minutes
instead of seconds: `python benchmarks/fuzz_readers.py --minutes 5`.
"""

from __future__ import annotations

import gzip
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.errors import InputError
from claims.model import Paper
from claims.sources import FORMATS, read_papers

DATA = Path(__file__).resolve().parent / "data"
REGRESSIONS = DATA / "fuzz-regressions"
CORPUS = DATA.parent.parent / "data"
SEEDS: dict[str, bytes] = {
    # The page's header and three papers; three lines of the gold JSONL.
    "trending": b"\n\n".join((CORPUS / "trending-papers.txt").read_bytes().split(b"\n\n")[:11]),
    "jsonl": b"".join((CORPUS / "gold" / "papers.jsonl").read_bytes().splitlines(True)[:3]),
    "csv": b'id,title,abstract\np1,"A, B","Reach 75.2% top-1\nwith 1.1M params."\np2,T,3.1x.\n',
    "hf-daily": (DATA / "sources" / "hf-daily.json").read_bytes(),
    "arxiv-atom": (DATA / "sources" / "arxiv-atom.xml").read_bytes(),
    "arxiv-snapshot": (DATA / "sources" / "arxiv-snapshot.jsonl").read_bytes(),
    "pwc": (DATA / "sources" / "papers-with-abstracts.json").read_bytes(),
}
# Bytes that matter to some reader: structure, escapes, encodings, markup.
TOKENS = [
    b"\n", b"\r\n", b"\n\n", b"\x00", b"\xff", b"\xe9", b"\xef\xbb\xbf", b"\x1f\x8b", b'"', b"\\",
    b"\\u", b"\\ud800", b"{", b"}", b"[", b"]", b",", b":", b"null", b"1e999", b"-", b"9" * 5000,
    b"<", b">", b"</entry>", b"<entry>", b"<!DOCTYPE x>", b"&amp;", b"&#0;", b"&#x110000;", b"]]>",
    b"<![CDATA[", b"<?xml", b'"paper": {', b'"versions": [', b"\t", b" ", b"\\%", b"$",
]  # fmt: skip

logging.getLogger("claims.sources").setLevel(logging.ERROR)  # oversized records are expected


def read_all(data: bytes, fmt: str | None) -> list[Paper]:
    """Read `data` from a real file; only papers or an `InputError` may come out."""
    handle, name = tempfile.mkstemp(prefix="fuzz-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        try:
            papers = list(read_papers(name, fmt))
        except InputError as error:
            assert error.path == name
            assert "\n" not in str(error)
            return []
        for paper in papers:
            # Whatever was read can be written: JSON, UTF-8 (so SQLite and CSV take it too).
            paper.model_dump_json().encode("utf-8")
        return papers
    finally:
        os.unlink(name)


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        choice = draw(st.integers(0, 4))
        if choice == 0:  # insert a meaningful token
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif choice == 1:  # delete a span
            del data[at : at + draw(st.integers(1, 64))]
        elif choice == 2:  # overwrite one byte
            if at < len(data):
                data[at] = draw(st.integers(0, 255))
        elif choice == 3:  # truncate
            del data[at:]
        else:  # duplicate a span
            data[at:at] = data[at : at + draw(st.integers(1, 200))]
    raw = bytes(data)
    return gzip.compress(raw) if draw(st.booleans()) else raw


FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.mark.parametrize("fmt", [*FORMATS, None])
@FUZZ
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes(fmt: str | None, data: bytes) -> None:
    read_all(data, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
@FUZZ
@given(data=st.data())
def test_mutated_valid_files(fmt: str, data: st.DataObject) -> None:
    sample = data.draw(mutated(SEEDS[fmt]))
    read_all(sample, fmt)
    read_all(sample, None)  # and through format detection


@pytest.mark.parametrize("fmt", FORMATS)
def test_seed_files_are_valid(fmt: str) -> None:
    assert read_all(SEEDS[fmt], fmt)
    assert read_all(gzip.compress(SEEDS[fmt]), None) == read_all(SEEDS[fmt], fmt)


def regressions() -> Iterator[Path]:
    yield from sorted(REGRESSIONS.glob("*.bin"))


@pytest.mark.parametrize("path", list(regressions()), ids=lambda path: path.stem)
def test_inputs_that_once_failed(path: Path) -> None:
    fmt = path.name.split("--", 1)[0]
    read_all(path.read_bytes(), None if fmt == "auto" else fmt)
