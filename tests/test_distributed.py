"""`claims ingest --engine dask`: on a real local Dask cluster, the same store as one machine's,
through Parquet partitions, with clean one-line errors."""

from __future__ import annotations

import math
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from claims.distributed import extract_on_dask, ingest_on_dask
from claims.errors import ClaimsError
from claims.model import Claim, Paper
from claims.sources import read_papers
from claims.store import Store
from claims.store.schema import CLAIM_COLUMNS, PAPER_COLUMNS

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).parents[1]
SAMPLE = ROOT / "data" / "trending-papers.txt"
CLAIMS = str(Path(sys.executable).with_name("claims"))


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLAIMS, *map(str, args)], capture_output=True, text=True, timeout=180, check=False
    )


def contents(store: Store) -> tuple[object, ...]:
    """Everything a reader can see of a store."""
    return (
        store.stats(),
        store.claims_frame(include_rejected=True).to_json(orient="records"),
        store.papers_frame().to_json(orient="records"),
    )


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a two-process local cluster, as a user's real one would be given."""
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        yield str(cluster.scheduler_address)
    finally:
        cluster.close(timeout=30)


@pytest.fixture(scope="module")
def local_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The sample ingested on this machine, in one process."""
    db = tmp_path_factory.mktemp("local") / "claims.db"
    result = run("ingest", SAMPLE, "--db", db)
    assert result.returncode == 0, result.stderr
    return Store(db)


def test_the_cluster_stores_exactly_what_one_machine_stores(
    scheduler: str, local_store: Store, tmp_path: Path
) -> None:
    db = tmp_path / "claims.db"
    result = run(
        "ingest", SAMPLE, "--db", db, "--engine", "dask", "--scheduler", scheduler,
        "--partition-size", "20",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    claims = local_store.stats().claims
    assert result.stderr.splitlines() == [
        f"ingested 105 papers into {db}: 105 added, 0 updated, 0 unchanged; {claims} claims written"
    ]
    assert claims > 100
    assert contents(Store(db)) == contents(local_store)

    # The Parquet partitions sit beside the store, one pair per 20 papers, readable as a dataset.
    parquet = tmp_path / "claims.parquet"
    parts = math.ceil(105 / 20)
    assert len(list((parquet / "claims").glob("part-*.parquet"))) == parts
    assert len(list((parquet / "papers").glob("part-*.parquet"))) == parts
    frame = pd.read_parquet(parquet / "claims")
    assert tuple(frame.columns) == CLAIM_COLUMNS and len(frame) == claims
    assert tuple(pd.read_parquet(parquet / "papers").columns) == PAPER_COLUMNS


def test_a_cluster_ingest_after_a_local_one_changes_nothing(scheduler: str, tmp_path: Path) -> None:
    store = Store(tmp_path / "claims.db")
    store.ingest(read_papers(str(SAMPLE)))
    before = contents(store)
    report = ingest_on_dask(store, read_papers(str(SAMPLE)), scheduler, tmp_path / "parts")
    # The fingerprints cover every claim: "unchanged" means the cluster extracted the same.
    assert (report.papers_added, report.papers_updated, report.papers_unchanged) == (0, 0, 105)
    assert contents(store) == before


def test_stale_partitions_of_an_earlier_run_are_replaced(scheduler: str, tmp_path: Path) -> None:
    parquet = tmp_path / "parts"
    papers = [
        Paper(id=f"p{number}", abstract=f"{number}.5% top-1 on ImageNet.") for number in range(9)
    ]
    assert extract_on_dask(papers, scheduler, parquet, partition_size=2) == 5
    assert extract_on_dask(papers[:3], scheduler, parquet, partition_size=2) == 2
    assert len(list((parquet / "papers").glob("part-*.parquet"))) == 2
    assert pd.read_parquet(parquet / "papers")["id"].tolist() == ["p0", "p1", "p2"]


def test_an_extractor_bug_on_a_worker_names_the_paper_and_writes_nothing(
    scheduler: str, tmp_path: Path
) -> None:
    store = Store(tmp_path / "claims.db")
    store.ingest([Paper(id="old", abstract="Old reaches 70.5% ImageNet top-1 accuracy.")])
    before = contents(store)
    papers = [Paper(id=f"p{number}", abstract="x") for number in range(5)]

    # A local function travels to the workers by value; a module-level one would be imported.
    def broken(paper: Paper) -> list[Claim]:
        if paper.id == "p3":
            raise RuntimeError("a bug")
        return []

    with pytest.raises(ClaimsError, match=r"paper 'p3': the extractor failed: RuntimeError"):
        ingest_on_dask(store, papers, scheduler, tmp_path / "parts", extract=broken)
    assert contents(store) == before


def test_an_unreachable_scheduler_is_one_clean_error(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(
        ClaimsError, match=rf"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}"
    ):
        extract_on_dask([], f"tcp://127.0.0.1:{port}", tmp_path / "parts", connect_timeout=0.5)
