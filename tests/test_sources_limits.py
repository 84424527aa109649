"""Records far beyond any real abstract (10 MB) are skipped in bounded memory, with a warning."""

from __future__ import annotations

import json
import logging
import tracemalloc
from pathlib import Path

import pytest

from claims.model import Paper
from claims.sources import read_papers
from claims.sources.limits import MAX_ABSTRACT_CHARS, MAX_RECORD_CHARS

HUGE = 10 * 1024 * 1024
OK = {"id": "ok", "title": "Fine", "abstract": "We reach 88.0% top-1."}


def _read_measuring(path: Path) -> tuple[list[Paper], int]:
    tracemalloc.start()
    try:
        papers = list(read_papers(str(path)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return papers, peak


def _huge_jsonl(path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps(OK) + "\n")
        out.write('{"id": "huge", "abstract": "' + "9.9% " * (HUGE // 5) + '"}\n')
        out.write(json.dumps({**OK, "id": "after"}) + "\n")


def test_a_10_mb_jsonl_line_is_skipped_without_being_held(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "huge.jsonl"
    _huge_jsonl(path)
    with caplog.at_level(logging.WARNING, logger="claims.sources"):
        papers, peak = _read_measuring(path)
    assert [paper.id for paper in papers] == ["ok", "after"]
    assert f"{path}:2: line of 10,485,7" in caplog.text
    # The line is five times the record limit; memory stays near the limit, not the line.
    assert peak < 4 * MAX_RECORD_CHARS < HUGE


def test_a_10_mb_abstract_on_the_trending_page_is_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "Good Paper\n\nWe reach 88.0% top-1.\n\nHuge Paper\n\n"
        + "x " * (HUGE // 2)
        + "\n\nLast Paper\n\nText.\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="claims.sources"):
        papers, peak = _read_measuring(path)
    assert [paper.id for paper in papers] == ["good-paper", "last-paper"]
    assert f"{path}:7: line of" in caplog.text
    assert peak < 4 * MAX_RECORD_CHARS


def test_an_abstract_over_the_limit_is_skipped_not_truncated(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "long.jsonl"
    long = {"id": "long", "abstract": "a" * (MAX_ABSTRACT_CHARS + 1)}
    path.write_text(json.dumps(long) + "\n" + json.dumps(OK) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="claims.sources"):
        papers = list(read_papers(str(path)))
    assert [paper.id for paper in papers] == ["ok"]
    assert f"{path}:1: paper skipped: abstract of 100,001 characters" in caplog.text


def test_an_abstract_at_the_limit_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "edge.jsonl"
    path.write_text(json.dumps({"id": "e", "abstract": "a" * MAX_ABSTRACT_CHARS}) + "\n")
    assert [paper.id for paper in read_papers(str(path))] == ["e"]


def test_a_10_mb_array_element_is_skipped_in_bounded_memory(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "pwc.json"
    with path.open("w", encoding="utf-8") as out:
        out.write("[\n" + json.dumps({**OK, "arxiv_id": "2201.00001"}) + ",\n")
        # Brackets and escaped quotes inside the string must not confuse the skipping scanner.
        out.write('{"arxiv_id": "2201.00002", "abstract": "' + '[{\\"}]\\\\ ' * (HUGE // 10))
        out.write('", "nested": [[{"a": "]"}]]},\n')
        out.write(json.dumps({**OK, "arxiv_id": "2201.00003"}) + "\n]\n")
    with caplog.at_level(logging.WARNING, logger="claims.sources"):
        papers, peak = _read_measuring(path)
    assert [paper.id for paper in papers] == ["2201.00001", "2201.00003"]
    assert f"{path}:3: array element over 2,000,000 characters skipped" in caplog.text
    assert peak < 8 * MAX_RECORD_CHARS


def test_a_10_mb_atom_summary_is_skipped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "feed.xml"
    entry = "<entry><id>http://arxiv.org/abs/{0}v1</id><title>T{0}</title><summary>{1}</summary></entry>\n"
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n')
        out.write(entry.format("2401.00001", "Short."))
        out.write(entry.format("2401.00002", "y " * (HUGE // 2)))
        out.write(entry.format("2401.00003", "Short too."))
        out.write("</feed>\n")
    with caplog.at_level(logging.WARNING, logger="claims.sources"):
        papers, peak = _read_measuring(path)
    assert [paper.id for paper in papers] == ["2401.00001", "2401.00003"]
    assert f"{path}:4: entry skipped: a field of 10,485,760 characters" in caplog.text
    assert peak < 8 * MAX_RECORD_CHARS


def test_a_10_mb_csv_line_is_skipped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "big.csv"
    path.write_text(
        "id,abstract\na,Short.\nb," + "z" * HUGE + "\nc,Also short.\n", encoding="utf-8"
    )
    with caplog.at_level(logging.WARNING, logger="claims.sources"):
        papers, peak = _read_measuring(path)
    assert [paper.id for paper in papers] == ["a", "c"]
    assert f"{path}:3: line of 10,485,763 characters skipped" in caplog.text
    assert peak < 8 * MAX_RECORD_CHARS
