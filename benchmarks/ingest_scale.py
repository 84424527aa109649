"""End-to-end ingest at scale: abstracts/s and peak memory of `claims ingest --workers 2`.

    python benchmarks/ingest_scale.py [--n 1000000] [--small 100000] [--workers 2] [--dir DIR]

Builds a JSONL of N abstracts by resampling the seed abstracts in data/gold/papers.jsonl, each copy
with a unique id and a sentence of its own appended (so that no cache serves a repeat), then runs
`claims ingest FILE --workers W` into a fresh store, first at `--small` abstracts and then at
`--n`, and prints for each: abstracts/s, how the time splits between extracting and writing the
store, the CPU time a paper costs, and peak RSS. Peak RSS is that of the whole process tree (the
command, its forkserver and its workers, sampled from /proc), beside the largest single process
(`getrusage(RUSAGE_CHILDREN)`, which covers only children that were waited for).

Goals (issue 4): 1,000,000 abstracts in 10 minutes on 2 cores, peak RSS under 1 GB, and memory
flat as the input grows. The machine may be shared: the load average is printed with the figures,
and the CPU time a paper costs is a figure that other processes' load does not change.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parent.parent
SEED: Final = ROOT / "data" / "gold" / "papers.jsonl"
CLAIMS: Final = Path(sys.executable).with_name("claims")
GOAL_SECONDS_PER_MILLION: Final = 600.0
GOAL_RSS_BYTES: Final = 1 << 30
SAMPLE_SECONDS: Final = 0.5
WAL_STARTED_BYTES: Final = 1 << 20  # the write-ahead log grows past this once the merge writes
PAGE_SIZE: Final = os.sysconf("SC_PAGE_SIZE")
TICKS: Final = os.sysconf("SC_CLK_TCK")


def build_input(path: Path, count: int) -> int:
    """Write `count` resampled abstracts as JSONL; return its size in bytes."""
    seeds = [json.loads(line) for line in SEED.read_text(encoding="utf-8").splitlines() if line]
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            seed = seeds[number % len(seeds)]
            copy = {
                "id": f"{seed['id']}-{number}",
                "title": seed["title"],
                "abstract": f"{seed['abstract']} We release checkpoint {number} of {count}.",
            }
            out.write(json.dumps(copy) + "\n")
    return path.stat().st_size


@dataclass
class Tree:
    """What sampling the process tree of one command saw."""

    root: int
    peak_rss: int = 0
    peak_pss: int = 0
    cpu_ticks: dict[int, int] = field(default_factory=dict)

    def sample(self) -> None:
        rss = pss = 0
        for pid in _descendants(self.root):
            stat = _read(f"/proc/{pid}/stat")
            statm = _read(f"/proc/{pid}/statm")
            if stat is None or statm is None:
                continue  # it ended between the listing and the read
            rss += int(statm.split()[1]) * PAGE_SIZE
            pss += _pss(pid)
            fields = stat.rsplit(")", 1)[1].split()
            self.cpu_ticks[pid] = int(fields[11]) + int(fields[12])  # utime + stime
        self.peak_rss = max(self.peak_rss, rss)
        self.peak_pss = max(self.peak_pss, pss)

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu_ticks.values()) / TICKS

    @property
    def root_cpu_seconds(self) -> float:
        return self.cpu_ticks.get(self.root, 0) / TICKS


def _pss(pid: int) -> int:
    # Proportional set size: pages shared by the forked workers are counted once in the sum, as
    # they are in memory; RSS counts them in every process.
    for line in (_read(f"/proc/{pid}/smaps_rollup") or "").splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) * 1024
    return 0


def _read(path: str) -> str | None:
    try:
        return Path(path).read_text()
    except OSError:
        return None


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        stat = _read(f"/proc/{entry}/stat")
        if stat is not None:
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


@dataclass(frozen=True)
class Run:
    abstracts: int
    input_bytes: int
    seconds: float
    merge_seconds: float | None
    cpu_seconds: float
    parent_cpu_seconds: float
    peak_rss: int
    peak_pss: int
    largest_process_rss: int
    store_bytes: int
    summary: str
    load: tuple[float, float, float]


def ingest(folder: Path, count: int, workers: int) -> Run:
    """Build `count` abstracts and ingest them into a fresh store, watching the process tree."""
    source = folder / f"abstracts-{count}.jsonl"
    db = folder / f"claims-{count}.db"
    size = build_input(source, count)
    command = [str(CLAIMS), "ingest", str(source), "--db", str(db), "--workers", str(workers)]
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    tree = Tree(process.pid)
    wal = db.with_name(db.name + "-wal")
    merge_started: float | None = None
    while process.poll() is None:
        tree.sample()
        if merge_started is None and wal.exists() and wal.stat().st_size > WAL_STARTED_BYTES:
            merge_started = time.perf_counter()
        time.sleep(SAMPLE_SECONDS)
    ended = time.perf_counter()
    stderr = process.stderr.read() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"claims ingest failed ({process.returncode}): {stderr}")
    # ru_maxrss is in KiB on Linux: the largest of the children waited for so far.
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    store_bytes = db.stat().st_size
    for made in folder.iterdir():  # gigabytes at a million abstracts: not kept for the next run
        made.unlink()
    return Run(
        abstracts=count,
        input_bytes=size,
        seconds=ended - started,
        merge_seconds=ended - merge_started if merge_started is not None else None,
        cpu_seconds=tree.cpu_seconds,
        parent_cpu_seconds=tree.root_cpu_seconds,
        peak_rss=tree.peak_rss,
        peak_pss=tree.peak_pss,
        largest_process_rss=largest,
        store_bytes=store_bytes,
        summary=stderr.strip().splitlines()[-1] if stderr.strip() else "",
        load=os.getloadavg(),
    )


def report(run: Run, workers: int) -> None:
    rate = run.abstracts / run.seconds
    merge = f"{run.merge_seconds:.0f} s" if run.merge_seconds is not None else "n/a"
    print(f"--- {run.abstracts:,} abstracts ({run.input_bytes / 1e6:,.0f} MB of JSONL)")
    print(f"  {run.summary}")
    print(f"  wall time:        {run.seconds:,.1f} s  ({merge} of it writing the store)")
    print(f"  throughput:       {rate:,.0f} abstracts/s")
    print(
        f"  CPU time:         {run.cpu_seconds:,.1f} s, {run.cpu_seconds / run.abstracts * 1e3:.2f}"
        f" ms an abstract: {run.abstracts / run.cpu_seconds * workers:,.0f} abstracts/s "
        f"if {workers} cores were this ingest's alone"
    )
    print(
        f"  of which parent:  {run.parent_cpu_seconds:,.1f} s (reading, pickling, writing the "
        "store); the rest is the workers' extraction"
    )
    print(
        f"  peak RSS, tree:   {run.peak_rss / 2**20:,.0f} MiB summed over processes, "
        f"{run.peak_pss / 2**20:,.0f} MiB PSS (shared pages once); sampled every {SAMPLE_SECONDS} s"
    )
    print(f"  largest process:  {run.largest_process_rss / 2**20:,.0f} MiB")
    print(f"  store size:       {run.store_bytes / 1e6:,.0f} MB")
    print(f"  load average after: {' '.join(f'{value:.2f}' for value in run.load)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="abstracts in the large run")
    parser.add_argument("--small", type=int, default=100_000, help="abstracts in the first run")
    parser.add_argument("--workers", type=int, default=2, help="claims ingest --workers")
    parser.add_argument("--dir", type=Path, default=None, help="work folder [default: a temp one]")
    args = parser.parse_args(argv)

    sizes = sorted({min(args.small, args.n), args.n})
    folder = Path(tempfile.mkdtemp(prefix="ingest-scale-", dir=args.dir))
    print(f"cores: {os.cpu_count()}, load average before: {os.getloadavg()[0]:.2f}; in {folder}")
    try:
        runs = []
        for count in sizes:
            runs.append(ingest(folder, count, args.workers))
            report(runs[-1], args.workers)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    last = runs[-1]
    per_million = last.seconds / last.abstracts * 1e6
    print("--- goals")
    print(
        f"1,000,000 abstracts in <= {GOAL_SECONDS_PER_MILLION:.0f} s: {per_million:,.0f} s "
        f"at this rate: {'met' if per_million <= GOAL_SECONDS_PER_MILLION else 'MISSED'}"
    )
    peak = max(run.peak_rss for run in runs)
    print(
        f"peak RSS < 1 GiB: {peak / 2**20:,.0f} MiB: {'met' if peak < GOAL_RSS_BYTES else 'MISSED'}"
    )
    if len(runs) > 1:
        growth = runs[-1].peak_rss / max(runs[0].peak_rss, 1)
        print(
            f"memory flat: peak RSS x{growth:.2f} for x{runs[-1].abstracts / runs[0].abstracts:.0f}"
            f" the abstracts"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
