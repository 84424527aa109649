"""`claims ingest --workers N`: the same claims as one process, in input order, in bounded memory,
with a progress line on terminals only, and clean ends on Ctrl-C and SIGKILL."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.cli import main
from claims.errors import ClaimsError
from claims.model import Claim, Paper
from claims.parallel import IN_FLIGHT_PER_WORKER, chunked, prepare_papers
from claims.sources import read_papers
from claims.store import Store

ROOT = Path(__file__).parents[1]
SAMPLE = ROOT / "data" / "trending-papers.txt"
PAPERS = ROOT / "data" / "gold" / "papers.jsonl"
CLAIMS = str(Path(sys.executable).with_name("claims"))


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLAIMS, *map(str, args)], capture_output=True, text=True, timeout=120, check=False
    )


def contents(store: Store) -> tuple[object, ...]:
    """Everything a reader can see of a store."""
    return (
        store.stats(),
        store.claims_frame(include_rejected=True).to_json(orient="records"),
        store.papers_frame().to_json(orient="records"),
    )


def synthetic(count: int, prefix: str = "p") -> Iterator[Paper]:
    for number in range(count):
        yield Paper(
            id=f"{prefix}-{number}",
            title=f"Model{number}",
            abstract=f"Model{number} reaches {60 + number % 30}.5% ImageNet top-1 accuracy.",
        )


def broken_on_bad(paper: Paper) -> list[Claim]:
    """An extractor with a bug that one paper triggers (module-level: workers import it)."""
    if paper.id == "p-bad":
        raise RuntimeError("a bug")
    return []


def test_two_workers_store_exactly_what_one_process_stores(tmp_path: Path) -> None:
    stores = []
    for workers in ("1", "2"):
        db = tmp_path / f"workers-{workers}.db"
        result = run("ingest", SAMPLE, "--db", db, "--workers", workers)
        assert result.returncode == 0, result.stderr
        # stderr is a pipe, not a terminal: no progress line, only the summary.
        assert result.stderr.splitlines() == [
            f"ingested 105 papers into {db}: 105 added, 0 updated, 0 unchanged; "
            f"{Store(db).stats().claims} claims written"
        ]
        stores.append(Store(db))
    assert Store(stores[1].path).stats().claims > 100
    assert contents(stores[0]) == contents(stores[1])


def test_workers_keep_the_input_order_across_chunks() -> None:
    one = list(prepare_papers(read_papers(str(PAPERS)), workers=1))
    two = list(prepare_papers(read_papers(str(PAPERS)), workers=2, chunk_size=7))
    assert [paper.id for paper in two] == [paper.id for paper in one]
    assert two == one


def test_the_last_of_several_papers_with_one_id_wins_across_chunks(tmp_path: Path) -> None:
    papers = [
        Paper(id="twin", abstract="Twin reaches 70.5% ImageNet top-1 accuracy."),
        *synthetic(5),
        Paper(id="twin", abstract="Twin reaches 81.5% ImageNet top-1 accuracy."),
    ]
    store = Store(tmp_path / "claims.db")
    report = store.ingest_prepared(prepare_papers(papers, workers=2, chunk_size=1))
    assert report.papers == 6
    twin = store.paper("twin")
    assert twin is not None and "81.5%" in twin.abstract
    assert store.claims_frame(paper_id="twin")["value"].tolist() == [81.5]


def test_the_input_is_read_only_as_fast_as_workers_extract() -> None:
    pulled = 0

    def counted() -> Iterator[Paper]:
        nonlocal pulled
        for paper in synthetic(10_000):
            pulled += 1
            yield paper

    workers, chunk = 2, 5
    window = IN_FLIGHT_PER_WORKER * workers * chunk
    prepared = prepare_papers(counted(), workers=workers, chunk_size=chunk)
    try:
        for taken in range(1, 61):
            paper = next(prepared)
            assert paper.id == f"p-{taken - 1}"
            # Never more than the chunks in flight ahead of what has been handed out.
            assert pulled <= taken + window
    finally:
        prepared.close()
    assert pulled < 10_000


def test_an_extractor_bug_in_a_worker_names_the_paper_and_writes_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "claims.db")
    store.ingest(synthetic(3, "old"))
    before = contents(store)
    papers = [*synthetic(20), Paper(id="p-bad", abstract="x"), *synthetic(20, "q")]
    with pytest.raises(ClaimsError, match=r"paper 'p-bad': the extractor failed: RuntimeError"):
        store.ingest_prepared(
            prepare_papers(papers, workers=2, extract=broken_on_bad, chunk_size=4)
        )
    assert contents(store) == before


def test_chunked_pulls_lazily_and_keeps_the_rest() -> None:
    assert list(chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunked([], 3)) == []


def test_bad_worker_counts_and_engine_options_are_one_line_errors(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    cases = {
        ("--engine", "dask"): "--engine dask needs --scheduler ADDRESS",
        ("--scheduler", "tcp://127.0.0.1:8786"): "--scheduler is for --engine dask",
        ("--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--workers", "2"): (
            "--workers is for --engine local"
        ),
    }
    for options, message in cases.items():
        result = CliRunner().invoke(main, ["ingest", str(SAMPLE), "--db", str(db), *options])
        assert result.exit_code == 2
        [line] = result.stderr.splitlines()
        assert line.startswith(f"claims: error: {message}")
    result = CliRunner().invoke(main, ["ingest", str(SAMPLE), "--workers", "-1"])
    assert result.exit_code == 2 and "--workers" in result.stderr


def test_a_terminal_gets_a_progress_line_and_then_the_summary(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [CLAIMS, "ingest", str(SAMPLE), "--db", str(db), "--workers", "2"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=terminal,
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            data = os.read(controller, 4096)
        except OSError:  # EIO: the command closed the terminal by exiting
            break
        if not data:
            break
        shown += data
    os.close(controller)
    assert process.wait(timeout=120) == 0
    text = shown.decode()
    assert "\r105 papers, " in text and " claims/s, " in text and "writing the store" in text
    # The progress line is ended before the summary, which stands on a line of its own.
    last = text.replace("\r\n", "\n").rstrip("\n").split("\n")[-1]
    assert last.startswith(f"ingested 105 papers into {db}: 105 added")


def _descendants(root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except (OSError, ValueError):
            continue
        children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    found, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _all_gone(pids: set[int]) -> bool:
    """Whether the processes have exited, waiting for them (the forkserver leaves last), bounded."""
    deadline = time.monotonic() + 60
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    return not any(_alive(pid) for pid in pids)


def _feed(process: subprocess.Popen[str], count: int) -> None:
    # More than a pipe holds (64 KB): once written, the ingest has read most of it, so it is
    # running, workers and all, and waits for the rest of its input.
    assert process.stdin is not None
    for number in range(count):
        abstract = f"Model{number} reaches {number % 30 + 60}.5% ImageNet top-1 accuracy."
        process.stdin.write(json.dumps({"id": f"new-{number}", "abstract": abstract}) + "\n")
    process.stdin.flush()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "claims.db")
    store.ingest(synthetic(5, "old"))
    return store


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="lists processes from /proc")
def test_ctrl_c_in_a_terminal_stops_parent_and_workers_and_writes_nothing(store: Store) -> None:
    before = contents(store)
    process = subprocess.Popen(
        [CLAIMS, "ingest", "-", "--db", str(store.path), "--workers", "2"],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    _feed(process, 3000)
    workers = _descendants(process.pid)
    assert workers, "the ingest runs its workers"
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C does: the whole group gets it
    stderr = process.communicate(timeout=60)[1]
    assert process.returncode == 130
    assert stderr.splitlines() == [
        f"claims: ingest interrupted: nothing was written, {store.path} is as it was"
    ]
    assert _all_gone(workers)
    assert contents(store) == before


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="lists processes from /proc")
def test_workers_of_a_killed_ingest_exit_and_the_store_is_as_it_was(store: Store) -> None:
    before = contents(store)
    process = subprocess.Popen(
        [CLAIMS, "ingest", "-", "--db", str(store.path), "--workers", "2"],
        stdin=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    _feed(process, 3000)
    workers = _descendants(process.pid)
    assert workers, "the ingest runs its workers"
    process.kill()
    process.wait(timeout=60)
    # Orphaned workers notice within a second or so.
    assert _all_gone(workers)
    assert contents(store) == before


def test_the_scale_benchmark_runs_end_to_end(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "ingest_scale.py"),
            "--n",
            "200",
            "--small",
            "100",
            "--workers",
            "1",
            "--dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "ingested 100 papers" in result.stdout and "ingested 200 papers" in result.stdout
    assert "abstracts/s" in result.stdout and "peak RSS" in result.stdout
    assert list(tmp_path.iterdir()) == []  # it cleans up after itself
