"""The store under real processes: SIGKILLed ingests, two ingests at once, reading while writing."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from claims.store import Store

CLAIMS = [str(Path(sys.executable).with_name("claims"))]


def write_jsonl(path: Path, papers: Iterator[dict[str, object]]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for paper in papers:
            out.write(json.dumps(paper) + "\n")
    return path


def synthetic(prefix: str, count: int) -> Iterator[dict[str, object]]:
    """Short abstracts with a claim or two each: quick to extract, so the tests time the store."""
    for number in range(count):
        yield {
            "id": f"{prefix}-{number}",
            "title": f"Model{number}",
            "abstract": f"Model{number} reaches {60 + number % 30}.5% ImageNet top-1 accuracy "
            f"with {number % 9 + 1}.2M parameters.",
        }


def bulky(prefix: str, count: int) -> Iterator[dict[str, object]]:
    """Papers with 1,000 authors each, as big collaborations have: the extractor reads only the
    abstract, so the ingest is quick, but its one write transaction copies ~40 KB a paper."""
    authors = [f"Author Number{number} Of The Collaboration" for number in range(1000)]
    for number in range(count):
        yield {
            "id": f"{prefix}-{number}",
            "title": f"Model{number}: a paper",
            "abstract": f"Model{number} reaches {70 + number % 20}.5% ImageNet top-1 accuracy.",
            "authors": authors,
        }


def ingest(db: Path, *inputs: Path | str, stdin: int | None = None) -> subprocess.Popen[bytes]:
    command = [*CLAIMS, "ingest", *map(str, inputs), "--db", str(db)]
    return subprocess.Popen(command, stdin=stdin, stderr=subprocess.PIPE)


def finished(process: subprocess.Popen[bytes]) -> tuple[int, str]:
    _, stderr = process.communicate(timeout=120)
    return process.returncode, stderr.decode()


def read_stderr(process: subprocess.Popen[bytes]) -> str:
    assert process.stderr is not None
    return process.stderr.read().decode()


def contents(store: Store) -> tuple[object, ...]:
    """Everything a reader can see of a store."""
    return (
        store.stats(),
        store.claims_frame(include_rejected=True).to_json(orient="records"),
        store.papers_frame().to_json(orient="records"),
    )


def size(path: Path) -> int:
    """The size of a file that SQLite may create or delete at any moment."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as connection:
        result = str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    connection.close()
    return result


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """A store holding 40 papers, with a curator's correction."""
    store = Store(tmp_path / "claims.db")
    code, stderr = finished(
        ingest(store.path, write_jsonl(tmp_path / "first.jsonl", synthetic("old", 40)))
    )
    assert code == 0, stderr
    store.correct(store.claims_frame()["id"].iloc[0], value=1.0)
    return store


def test_sigkill_while_reading_a_large_input_leaves_the_previous_contents(
    store: Store, tmp_path: Path
) -> None:
    before = contents(store)
    big = write_jsonl(tmp_path / "big.jsonl", bulky("new", 600)).read_bytes().splitlines(True)
    process = ingest(store.path, "-", stdin=subprocess.PIPE)
    assert process.stdin is not None
    # Half the input: the pipe holds only 64 KB, so once these writes return, the ingest has
    # read and extracted most of them and is waiting, mid-ingest, for the rest.
    for line in big[: len(big) // 2]:
        process.stdin.write(line)
    process.stdin.flush()
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    process.stdin.close()
    assert process.returncode == -signal.SIGKILL
    assert integrity(store.path) == "ok"
    assert contents(store) == before


def test_sigkill_while_the_ingest_writes_leaves_the_previous_contents(
    store: Store, tmp_path: Path
) -> None:
    before = contents(store)
    wal = store.path.with_name(store.path.name + "-wal")
    process = ingest(store.path, write_jsonl(tmp_path / "big.jsonl", bulky("new", 400)))
    # The write-ahead log grows only while the one write transaction copies ~16 MB in: kill it
    # there, half-way through writing. (If the ingest beat the poll, the test would prove less,
    # so it fails rather than pass silently.)
    while process.poll() is None and size(wal) < 6_000_000:
        pass
    killed = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    assert killed, "the ingest ended before it could be killed mid-write"
    assert integrity(store.path) == "ok"
    assert contents(store) == before
    # And the store takes the next ingest as if nothing had happened.
    code, stderr = finished(
        ingest(store.path, write_jsonl(tmp_path / "more.jsonl", bulky("more", 5)))
    )
    assert code == 0, stderr
    assert store.stats().papers == 45


def test_two_ingests_at_once_both_end_cleanly_and_nothing_is_lost(
    store: Store, tmp_path: Path
) -> None:
    inputs = {
        side: write_jsonl(tmp_path / f"{side}.jsonl", bulky(side, 150)).read_bytes()
        for side in ("left", "right")
    }
    processes = [ingest(store.path, "-", stdin=subprocess.PIPE) for _ in inputs]
    # Both read and extract their whole input and wait for its end; closing both inputs at once
    # sends both to write at the same moment, so one of them has to wait for the other's lock.
    for process, data in zip(processes, inputs.values(), strict=True):
        assert process.stdin is not None
        process.stdin.write(data)
        process.stdin.flush()
    for process in processes:
        assert process.stdin is not None
        process.stdin.close()
    results = [(process.wait(timeout=120), read_stderr(process)) for process in processes]
    assert [code for code, _ in results] == [0, 0], results
    papers = set(store.papers_frame(abstracts=False)["id"])
    assert {f"{side}-{n}" for side in inputs for n in range(150)} <= papers
    assert store.stats().papers == 340 and store.stats().corrections == 1


def test_a_reader_during_an_ingest_sees_the_old_or_the_new_state(
    store: Store, tmp_path: Path
) -> None:
    # Each read is one statement, so each must show one state; two reads may straddle the commit.
    reads: dict[str, Callable[[], object]] = {
        "stats": store.stats,
        "claims": lambda: store.claims_frame(include_rejected=True).to_json(orient="records"),
        "papers": lambda: tuple(store.papers_frame()[["id", "claims"]].itertuples()),
    }
    old = {name: read() for name, read in reads.items()}
    process = ingest(store.path, write_jsonl(tmp_path / "big.jsonl", bulky("new", 400)))
    seen: list[dict[str, object]] = []
    while process.poll() is None:
        seen.append({name: read() for name, read in reads.items()})
    code, stderr = finished(process)
    assert code == 0, stderr
    new = {name: read() for name, read in reads.items()}
    for name in reads:
        assert new[name] != old[name]
        assert all(state[name] in (old[name], new[name]) for state in seen), name
