"""How long each dashboard page takes on its first run over a store of 100,000 claims.

    .venv/bin/python benchmarks/dashboard_load.py [--claims 100000] [--db PATH]

Builds the store from the real extractor's claims on the seed papers (`data/gold/papers.jsonl`),
resampled: each stored paper is a copy of a seed paper under a new id, with a publication date, so
that the claims are real ones in realistic proportions. Then runs every page once under
Streamlit's AppTest, in a fresh session each, and prints the seconds each first run took. The goal
is under 2 s a page. A first run reads from the store what its page shows, with every cached read
dropped first: the counts for the Overview, one benchmark's claims for the Leaderboard, every claim
(the columns Explore uses) for Explore.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from streamlit.testing.v1 import AppTest

# The dashboard is a folder of the checkout, not an installed package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claims import Claim, Paper, extract_paper
from claims.leaderboard import leaderboard
from claims.store import Store
from dashboard import data, frames

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dashboard" / "streamlit_app.py"
SEED = ROOT / "data" / "gold" / "papers.jsonl"
GOAL_SECONDS = 2.0


def seed_papers() -> list[Paper]:
    with SEED.open(encoding="utf-8") as lines:
        return [
            Paper(id=record["id"], title=record["title"], abstract=record["abstract"])
            for record in map(json.loads, lines)
        ]


def resampled(seeds: list[Paper], counts: dict[str, int], claims: int) -> Iterator[Paper]:
    """Copies of seed papers with claims, under new ids, until `claims` claims are reached."""
    pick = random.Random(0)
    productive = [paper for paper in seeds if counts[paper.id]]
    start = date(2019, 1, 1)
    total = 0
    number = 0
    while total < claims:
        seed = pick.choice(productive)
        total += counts[seed.id]
        number += 1
        yield seed.model_copy(
            update={
                "id": f"{seed.id}-{number}",
                "title": f"{seed.title} (copy {number})",
                "published": start + timedelta(days=pick.randrange(6 * 365)),
            }
        )


def build(path: Path, claims: int) -> float:
    """Fill the store at `path`; return the seconds it took."""
    seeds = seed_papers()
    found = {paper.abstract: extract_paper(paper) for paper in seeds}
    counts = {paper.id: len(found[paper.abstract]) for paper in seeds}

    def extract(paper: Paper) -> list[Claim]:
        # A copy's abstract is its seed's, so the seed's claims are exactly what the extractor
        # would find again; the store re-keys them to the copy's id.
        return found[paper.abstract]

    started = time.perf_counter()
    Store.open(path).ingest(resampled(seeds, counts, claims), extract=extract)
    return time.perf_counter() - started


def session_at(page: str, params: dict[str, str]) -> AppTest:
    """A new session about to open `page` at its URL with `params` (its next run is the page's)."""
    app = AppTest.from_file(str(APP), default_timeout=600)
    if page != "overview":
        app.run()  # a session starts on the entry page; the switch is a second run
        app.switch_page(f"app_pages/{page}.py")
        for name, value in params.items():
            app.query_params[name] = value
    return app


def timed(app: AppTest) -> float:
    started = time.perf_counter()
    app.run()
    return time.perf_counter() - started


def page_times(page: str, params: dict[str, str]) -> tuple[list[float], AppTest]:
    """Seconds of the page's first run with the store not yet read (the first visitor after a
    server start or an ingest), of a new session's first run once it is read, and of a rerun."""
    cold = session_at(page, params)
    data.forget()
    first = timed(cold)
    warm = session_at(page, params)
    return [first, timed(warm), timed(warm)], warm


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=100_000, help="claims in the store")
    parser.add_argument("--db", type=Path, help="store to build (default: a temporary file)")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        db = options.db or Path(folder) / "claims.db"
        if db.exists():
            print(f"{db} exists; name a new file", file=sys.stderr)
            return 2
        seconds = build(db, options.claims)
        store = Store.open(db)
        stats = store.stats()
        print(
            f"store: {stats.papers:,} papers, {stats.claims:,} claims, "
            f"{stats.benchmarks:,} benchmarks, built in {seconds:.1f} s"
        )
        started = time.perf_counter()
        benchmarks = store.benchmarks()
        store.metric_counts()
        counted = time.perf_counter()
        store.claims_frame(columns=frames.EXPLORE_CLAIM_COLUMNS)
        print(
            f"reading the store as the dashboard does: the counts in {counted - started:.2f} s, "
            f"every claim (Explore's columns) in {time.perf_counter() - counted:.2f} s"
        )

        dataset, metric = (str(benchmarks[column].iloc[0]) for column in ("dataset", "metric"))
        board = leaderboard(store.claims_frame(dataset, metric), dataset, metric)
        pair = ",".join(list(dict.fromkeys(board["paper_id"]))[:2])
        views = {
            "overview": {},
            "leaderboard": {"dataset": dataset, "metric": metric},
            "compare": {"papers": pair},
            "explore": {},
            "paper": {"id": str(board["paper_id"].iloc[0])},
        }
        os.environ["CLAIMS_DB"] = str(db)
        page_times("overview", {})  # imports Streamlit, pandas, Altair: not any page's cost

        print(
            f"seconds per page under AppTest (goal < {GOAL_SECONDS:.0f} s for a first run):\n"
            "  first run reading the store | first run, store cached | rerun"
        )
        slow = 0
        for page, params in views.items():
            (cold, first, rerun), app = page_times(page, params)
            problems = [str(item.value) for item in [*app.exception, *app.error]]
            verdict = "ok" if cold < GOAL_SECONDS else "SLOW"
            if problems:
                verdict = f"FAILED: {problems[0][:200]}"
            slow += verdict != "ok"
            query = "&".join(f"{name}={value}" for name, value in params.items())
            print(f"  /{'' if page == 'overview' else page}{'?' + query if query else ''}")
            print(f"      {cold:6.2f} s | {first:6.2f} s | {rerun:6.2f} s   {verdict}")
        return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
