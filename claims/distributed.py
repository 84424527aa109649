"""Extraction on a Dask cluster: partitions of papers out, Parquet partitions of rows back.

Extraction is a pure function of a paper, so it maps over partitions of the input on any number
of machines. This process reads the input (any format `claims.sources` reads) and sends it out
`partition_size` papers at a time, at most two partitions per worker thread in flight, so its
memory stays flat. Each worker extracts its partition and returns it as two Parquet files' bytes,
a `papers` and a `claims` partition, which this process writes under `parquet_dir`: workers
need no shared file system. The partitions are then loaded into the store in one transaction.

    parquet_dir/papers/part-000000.parquet   rows of the store's papers table (with fingerprint)
    parquet_dir/claims/part-000000.parquet   rows of its claims table: id, position, Claim fields

Dask rather than Ray: it is pure Python and pip-installable, its `LocalCluster` starts in
seconds for tests, and a cluster is just a scheduler address (`tcp://host:8786`) that
`dask-scheduler`/`dask-worker`, Kubernetes, YARN, SLURM (dask-jobqueue) or a cloud service hand out.
Every worker needs `pip install 'claims[dist]'`, at the version the client runs.
"""

from __future__ import annotations

import io
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from claims.errors import ClaimsError
from claims.model import CLAIM_FIELDS, Paper
from claims.parallel import chunked
from claims.store.frames import ARROW_TYPES, CLAIM_DTYPES
from claims.store.ingest import Extractor, IngestReport, PreparedPaper, prepare
from claims.store.schema import CLAIM_COLUMNS, PAPER_COLUMNS

if TYPE_CHECKING:
    from distributed import Client, Future

    from claims.store import Store

PARTITION_SIZE: Final = 5_000
"""Papers a worker extracts per task: seconds of work, a few MB each way."""
CONNECT_TIMEOUT: Final = 30.0
IN_FLIGHT_PER_THREAD: Final = 2

Progress = Callable[[int, int], None]
"""Called with (papers, claims) as each partition is written."""


# Explicit schemas: a partition whose claims all lack a dataset still has a string column.
PAPERS_SCHEMA: Final = pa.schema([(column, pa.string()) for column in PAPER_COLUMNS])
CLAIMS_SCHEMA: Final = pa.schema(
    [("id", pa.string()), ("position", pa.int64())]
    + [(name, ARROW_TYPES[CLAIM_DTYPES[name]]) for name in CLAIM_FIELDS]
)
assert tuple(CLAIMS_SCHEMA.names) == CLAIM_COLUMNS, "the Parquet columns are the store's"


def ingest_on_dask(
    store: Store,
    papers: Iterable[Paper],
    scheduler: str,
    parquet_dir: Path,
    *,
    partition_size: int = PARTITION_SIZE,
    extract: Extractor | None = None,
    progress: Progress | None = None,
    connect_timeout: float = CONNECT_TIMEOUT,
) -> IngestReport:
    """Extract `papers` on the Dask cluster at `scheduler`, write the Parquet partitions under
    `parquet_dir`, then load them into `store` in one transaction."""
    partitions = extract_on_dask(
        papers,
        scheduler,
        parquet_dir,
        partition_size=partition_size,
        extract=extract,
        progress=progress,
        connect_timeout=connect_timeout,
    )
    return store.ingest_prepared(read_partitions(parquet_dir, partitions))


def extract_on_dask(
    papers: Iterable[Paper],
    scheduler: str,
    parquet_dir: Path,
    *,
    partition_size: int = PARTITION_SIZE,
    extract: Extractor | None = None,
    progress: Progress | None = None,
    connect_timeout: float = CONNECT_TIMEOUT,
) -> int:
    """Write the Parquet partitions of `papers` under `parquet_dir`; return how many."""
    if partition_size < 1:
        raise ClaimsError(f"the partition size must be at least 1, not {partition_size}")
    folders = _fresh_folders(parquet_dir)
    with _connect(scheduler, connect_timeout) as client:
        threads = max(sum(client.nthreads().values()), 1)
        pending: deque[tuple[int, Future[tuple[bytes, bytes, int, int]]]] = deque()
        written = 0
        for index, partition in enumerate(chunked(papers, partition_size)):
            # pure=False: a partition is sent once and its result is not kept by the scheduler.
            future = client.submit(extract_partition, partition, extract, pure=False)
            pending.append((index, future))
            if len(pending) >= IN_FLIGHT_PER_THREAD * threads:
                _write(*pending.popleft(), folders, progress)
                written += 1
        while pending:
            _write(*pending.popleft(), folders, progress)
            written += 1
    return written


def extract_partition(
    papers: list[Paper], extract: Extractor | None = None
) -> tuple[bytes, bytes, int, int]:
    """On a worker: a partition's papers and claims as Parquet bytes, with their counts.

    Of several papers with one id, the last is kept, as `Store.ingest` does."""
    if extract is None:
        from claims.extract import extract_paper

        extract = extract_paper
    latest = {paper.id: paper for paper in (prepare(paper, extract) for paper in papers)}
    prepared = list(latest.values())
    paper_rows = [paper.row for paper in prepared]
    claim_rows = [claim for paper in prepared for claim in paper.claims]
    return (
        _parquet(paper_rows, PAPERS_SCHEMA),
        _parquet(claim_rows, CLAIMS_SCHEMA),
        len(papers),
        len(claim_rows),
    )


def read_partitions(parquet_dir: Path, count: int) -> Iterator[PreparedPaper]:
    """The prepared papers in partitions 0 to `count` - 1 under `parquet_dir`, in order."""
    for index in range(count):
        papers = pq.read_table(_part(parquet_dir / "papers", index), schema=PAPERS_SCHEMA)
        claims = pq.read_table(_part(parquet_dir / "claims", index), schema=CLAIMS_SCHEMA)
        by_paper: dict[str, list[tuple[Any, ...]]] = {}
        paper_ids = claims.column("paper_id").to_pylist()
        for paper_id, row in zip(paper_ids, _rows(claims), strict=True):
            by_paper.setdefault(paper_id, []).append(row)
        for row in _rows(papers):
            yield PreparedPaper(id=row[0], row=row, claims=tuple(by_paper.get(row[0], ())))


def _connect(scheduler: str, timeout: float) -> Client:
    try:
        from distributed import Client
    except ImportError as error:
        raise ClaimsError(
            "--engine dask needs Dask: pip install 'claims[dist]' (on every worker too)"
        ) from error
    try:
        return Client(scheduler, timeout=timeout)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as error:
        raise ClaimsError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from error


def _write(
    index: int,
    future: Future[tuple[bytes, bytes, int, int]],
    folders: tuple[Path, Path],
    progress: Progress | None,
) -> None:
    try:
        papers, claims, paper_count, claim_count = future.result()
    except ClaimsError:
        raise
    except Exception as error:
        # Anything else is about the cluster, not the input: a worker without claims installed,
        # one that died, a version mismatch.
        raise ClaimsError(
            f"partition {index} failed on the Dask cluster: {type(error).__name__}: {error}"
        ) from error
    finally:
        future.release()  # type: ignore[no-untyped-call]
    _part(folders[0], index).write_bytes(papers)
    _part(folders[1], index).write_bytes(claims)
    if progress is not None:
        progress(paper_count, claim_count)


def _fresh_folders(parquet_dir: Path) -> tuple[Path, Path]:
    folders = (parquet_dir / "papers", parquet_dir / "claims")
    try:
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True)
            # Partitions of an earlier run are this module's own output: stale, and in the way.
            for stale in folder.glob("part-*.parquet"):
                stale.unlink()
    except OSError as error:
        raise ClaimsError(
            f"{parquet_dir}: cannot write Parquet partitions here: {error}"
        ) from error
    return folders


def _part(folder: Path, index: int) -> Path:
    return folder / f"part-{index:06d}.parquet"


def _parquet(rows: list[tuple[Any, ...]], schema: pa.Schema) -> bytes:
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in schema.names]
    table = pa.Table.from_arrays(
        [pa.array(column, type=field.type) for column, field in zip(columns, schema, strict=True)],
        schema=schema,
    )
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    return buffer.getvalue()


def _rows(table: pa.Table) -> Iterator[tuple[Any, ...]]:
    return zip(*(column.to_pylist() for column in table.columns), strict=True)
