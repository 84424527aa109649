"""Throughput of `claims.extract` on the seed abstracts, beside one plain regex pass.

    python benchmarks/extract_throughput.py [--papers PATH] [--count N] [--profile]

The seed abstracts are repeated to at least `--count` (default 4,000) and extracted in a single
process; the same texts then go through a single compiled regex (`findall` of plain numbers),
which is the floor any extractor pays to read the text. Goals (issue 2): >= 5,000 abstracts/s and
>= 0.12 of the regex pass. The first pass over the distinct abstracts is reported apart, because
repeats may be served by caches that fresh papers would not hit.

Prints figures; `--check` also exits 1 when a goal is missed. `--profile` prints the ten functions
with the most time of their own (cProfile) for a cold pass (in a forked child, so that caches are
as cold as for the timed first pass) and for a warm one, to show where the time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import math
import multiprocessing
import pstats
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

from claims import extract
from claims.sources import read_papers

ROOT: Final = Path(__file__).resolve().parent.parent
PAPERS: Final = ROOT / "data" / "gold" / "papers.jsonl"
GOAL_PER_SECOND: Final = 5_000.0
GOAL_RATIO: Final = 0.12
PLAIN_NUMBER: Final = re.compile(r"\d+(?:\.\d+)?%?")


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _extract_all(texts: Sequence[str]) -> int:
    return sum(len(extract(text)) for text in texts)


def _regex_all(texts: Sequence[str]) -> int:
    return sum(len(PLAIN_NUMBER.findall(text)) for text in texts)


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else math.inf


def _profile(texts: Sequence[str], title: str, top: int = 10) -> None:
    profiler = cProfile.Profile()
    profiler.runcall(_extract_all, texts)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    print(f"--- profile: {title}\n{out.getvalue()}", flush=True)


def _profile_cold(texts: Sequence[str]) -> None:
    # A forked child starts with this process's caches as they are now, before the first pass.
    child = multiprocessing.get_context("fork").Process(
        target=_profile, args=(texts, "first pass, cold caches")
    )
    child.start()
    child.join()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=Path, default=PAPERS, help="papers to extract")
    parser.add_argument("--count", type=int, default=4_000, help="repeat abstracts to this many")
    parser.add_argument("--profile", action="store_true", help="print the top 10 functions")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args(argv)

    distinct = [paper.abstract for paper in read_papers(str(args.papers)) if paper.abstract]
    if not distinct:
        parser.error(f"{args.papers}: no abstracts")
    texts = distinct * math.ceil(args.count / len(distinct))
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6

    extract("A warm-up sentence: 88.0% top-1 accuracy, 4.7x faster.")  # compiles lazy patterns
    if args.profile:
        sys.stdout.flush()
        _profile_cold(distinct)
    first = _timed(lambda: _extract_all(distinct))
    claims_found = _extract_all(distinct)
    seconds = _timed(lambda: _extract_all(texts))
    regex_seconds = _timed(lambda: _regex_all(texts))

    per_second = _rate(len(texts), seconds)
    regex_per_second = _rate(len(texts), regex_seconds)
    ratio = per_second / regex_per_second
    print(f"texts: {len(texts):,} abstracts ({len(distinct)} distinct), {megabytes:.2f} MB")
    print(f"claims per pass over the distinct abstracts: {claims_found:,}")
    print(f"first pass (distinct, cold caches): {_rate(len(distinct), first):10,.0f} abstracts/s")
    print(
        f"claims.extract:  {per_second:10,.0f} abstracts/s  {megabytes / seconds:8.2f} MB/s"
        f"  ({seconds:.2f} s)"
    )
    print(
        f"plain regex:     {regex_per_second:10,.0f} abstracts/s"
        f"  {megabytes / regex_seconds:8.2f} MB/s  ({regex_seconds:.3f} s)"
    )
    print(f"ratio extract/regex: {ratio:.4f}")
    speed_ok = per_second >= GOAL_PER_SECOND
    ratio_ok = ratio >= GOAL_RATIO
    print(f"goal >= {GOAL_PER_SECOND:,.0f} abstracts/s: {'met' if speed_ok else 'MISSED'}")
    print(f"goal ratio >= {GOAL_RATIO}: {'met' if ratio_ok else 'MISSED'}")
    if args.profile:
        _profile(distinct, "warm caches")
    return 1 if args.check and not (speed_ok and ratio_ok) else 0


if __name__ == "__main__":
    sys.exit(main())
