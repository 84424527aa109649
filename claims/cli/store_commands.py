"""`claims ingest`, `correct`, `reject`, `stats` and `export`: thin wrappers over `claims.store`."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any, TypeVar, cast

import click

from claims.cli import main
from claims.cli.options import input_options, papers_from
from claims.cli.progress import Progress
from claims.distributed import PARTITION_SIZE
from claims.errors import ClaimsError, InputError
from claims.export import FORMATS, Format, export
from claims.model import Paper
from claims.parallel import default_workers, prepare_papers
from claims.store import IngestReport, PreparedPaper, Store

F = TypeVar("F", bound=Callable[..., Any])


def db_option(function: F) -> F:
    """The `--db PATH` option every store command takes."""
    return click.option(
        "--db",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="The store file [default: $CLAIMS_DB, else data/claims.db].",
    )(function)


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@input_options
@db_option
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    metavar="N",
    help="Extract in N processes (0: one per core).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where to extract: here, or on the Dask cluster at --scheduler.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="The Dask scheduler, e.g. tcp://10.0.0.5:8786 (with --engine dask).",
)
@click.option(
    "--parquet-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where --engine dask writes its Parquet partitions [default: beside the store, "
    "e.g. data/claims.parquet].",
)
@click.option(
    "--partition-size",
    type=click.IntRange(min=1),
    default=PARTITION_SIZE,
    show_default=True,
    metavar="N",
    help="Papers per Dask task (with --engine dask).",
)
def ingest(
    inputs: tuple[str, ...],
    db: Path | None,
    workers: int,
    engine: str,
    scheduler: str | None,
    parquet_dir: Path | None,
    partition_size: int,
    **options: Any,
) -> None:
    """Extract the claims of every paper in INPUT... and upsert them into the store.

    Papers are matched by id: new ones are added, changed ones (text or extracted claims) replace
    their claims, unchanged ones are left alone, so ingesting the same input twice changes nothing.
    The whole ingest is one transaction: if it is interrupted (Ctrl-C, a crash, bad input
    half-way) the store is left exactly as it was. `-` reads standard input; the format of
    each input is detected from its content unless --format names it.

    Inputs are streamed, in constant memory however large. On a terminal, a progress line shows
    papers done and claims/s. --workers N extracts in N processes on this machine; --engine dask
    extracts on a Dask cluster (pip install 'claims[dist]'), writes Parquet partitions of the
    claims to --parquet-dir, then loads them. Either way the claims are the same.

    \b
    Example:
        claims ingest data/trending-papers.txt --db data/claims.db --workers 2
    """
    if engine == "dask" and not scheduler:
        raise ClaimsError("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    if engine == "local" and scheduler:
        raise ClaimsError("--scheduler is for --engine dask")
    if engine == "dask" and workers != 1:
        raise ClaimsError("--workers is for --engine local: Dask workers are the cluster's")
    for name in inputs:
        if name != "-" and not Path(name).exists():
            raise InputError(name, "no such file")
    store = Store.open(db)
    progress = Progress()
    papers = papers_from(inputs, **options)
    try:
        if engine == "dask" and scheduler:
            report = _ingest_on_dask(
                store, papers, scheduler, parquet_dir, partition_size, progress
            )
        else:
            # Closed here, not when collected: on an error the workers stop before the message.
            with closing(prepare_papers(papers, workers=workers or default_workers())) as prepared:
                report = store.ingest_prepared(_then_writing(progress, prepared))
    except KeyboardInterrupt:
        progress.close()
        click.echo(
            f"claims: ingest interrupted: nothing was written, {store.path} is as it was", err=True
        )
        sys.exit(130)
    except ClaimsError as error:
        progress.close()
        raise ClaimsError(f"{error} (nothing was ingested: {store.path} is as it was)") from error
    progress.close()
    click.echo(
        f"ingested {report.papers} papers into {store.path}: {report.papers_added} added, "
        f"{report.papers_updated} updated, {report.papers_unchanged} unchanged; "
        f"{report.claims_written} claims written",
        err=True,
    )


def _then_writing(progress: Progress, prepared: Iterable[PreparedPaper]) -> Iterator[PreparedPaper]:
    """The prepared papers, counted; once they are all staged, says the store is being written."""
    yield from progress.track(prepared)
    progress.status("writing the store...")


def _ingest_on_dask(
    store: Store,
    papers: Iterable[Paper],
    scheduler: str,
    parquet_dir: Path | None,
    partition_size: int,
    progress: Progress,
) -> IngestReport:
    # Imported here: only this engine needs Dask, an optional dependency.
    from claims.distributed import extract_on_dask, read_partitions

    folder = parquet_dir or store.path.with_suffix(".parquet")
    count = extract_on_dask(
        papers, scheduler, folder, partition_size=partition_size, progress=progress.advance
    )
    progress.status(f"loading {folder} into the store...")
    return store.ingest_prepared(read_partitions(folder, count))


@main.command()
@click.argument("claim_id")
@click.option("--metric", help="The right canonical metric name.")
@click.option("--dataset", help='The right dataset ("" for none).')
@click.option("--model", help='The right model name ("" for none).')
@click.option("--value", type=float, help="The right value, in the claim's unit.")
@db_option
def correct(
    claim_id: str,
    metric: str | None,
    dataset: str | None,
    model: str | None,
    value: float | None,
    db: Path | None,
) -> None:
    """Correct an extracted claim; the correction is kept apart and applied on every read.

    It survives re-ingests, also with new rules, as long as the claim's text is where it was.
    Options left out keep their earlier correction or the extracted value.

    \b
    Example:
        claims correct c-4ca63a3f0623 --dataset ImageNet --metric "top-1 accuracy" --value 88.0
    """
    Store.open(db, create=False).correct(
        claim_id, metric=metric, dataset=dataset, model=model, value=value
    )
    click.echo(f"corrected {claim_id}", err=True)


@main.command()
@click.argument("claim_id")
@click.option("--reason", required=True, help="Why the claim is wrong.")
@db_option
def reject(claim_id: str, reason: str, db: Path | None) -> None:
    """Reject an extracted claim: it leaves leaderboards and exports, and stays rejected.

    \b
    Example:
        claims reject c-4ca63a3f0623 --reason "a year, not a result"
    """
    Store.open(db, create=False).reject(claim_id, reason)
    click.echo(f"rejected {claim_id}", err=True)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as one JSON object.")
@click.option(
    "--benchmarks",
    "top",
    type=click.IntRange(min=0),
    default=0,
    metavar="N",
    help="Also list the N benchmarks with the most papers.",
)
@db_option
def stats(as_json: bool, top: int, db: Path | None) -> None:
    """Count the papers, claims, benchmarks, corrections and rejections in the store.

    \b
    Example:
        claims stats --benchmarks 10
    """
    store = Store.open(db, create=False)
    counts = store.stats()
    if as_json:
        click.echo(json.dumps(counts.model_dump()))
    else:
        width = max(len(str(number)) for number in counts.model_dump().values())
        for name, number in counts.model_dump().items():
            click.echo(f"{name:<12} {number:>{width}}")
    if top:
        table = store.benchmarks().head(top)
        click.echo("")
        for row in table.itertuples(index=False):
            click.echo(
                f"{row.papers:>5} papers {row.claims:>6} claims  {row.dataset} / {row.metric}"
            )


@main.command("export")
@click.option("--dataset", help="Only claims on this dataset.")
@click.option("--metric", help="Only claims of this metric.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format [default: from the -o suffix, else csv].",
)
@click.option(
    "-o",
    "--output",
    default="-",
    metavar="OUT",
    help="The file to write, replaced atomically [default: - (standard output)].",
)
@db_option
def export_command(
    dataset: str | None, metric: str | None, fmt: str | None, output: str, db: Path | None
) -> None:
    """Export the claims, corrections applied and rejected ones left out.

    Columns, in this order: id, the claim fields (paper_id, value, value_max, unit, metric,
    metric_text, dataset, dataset_text, model, baseline, kind, direction, normalized, text, start,
    end, sentence, rule), then title, url, published. CSV cells that a spreadsheet would run as a
    formula are prefixed with ' so they open as text.

    \b
    Example:
        claims export --dataset ImageNet --metric "top-1 accuracy" -o imagenet.csv
    """
    chosen = cast(Format, fmt or _format_of(output))
    store = Store.open(db, create=False)
    rows = export(store, output, chosen, dataset=dataset, metric=metric)
    if output != "-":
        click.echo(f"exported {rows} claims to {output}", err=True)


def _format_of(output: str) -> str:
    suffix = Path(output).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "csv"
