"""`claims fetch hf-daily` and `claims fetch arxiv`: thin wrappers over `claims.fetch`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from claims.cli import main
from claims.export import atomic_file
from claims.fetch import (
    ARXIV_API,
    DEFAULT_CACHE,
    HF_DAILY_API,
    HttpClient,
    PageCache,
    fetch_arxiv,
    fetch_hf_daily,
)
from claims.fetch.arxiv import ARXIV_INTERVAL, PAGE_SIZE
from claims.fetch.hf_daily import HF_INTERVAL

F = TypeVar("F", bound=Callable[..., Any])


def _network_options(default_url: str, default_interval: float) -> Callable[[F], F]:
    """Options shared by every fetch: where from, how politely, how patiently, cached where."""

    def decorate(command: F) -> F:
        for option in reversed(
            [
                click.option(
                    "-o",
                    "--output",
                    type=click.Path(dir_okay=False, path_type=Path),
                    help="Write here (atomically: the file appears only when complete) "
                    "instead of stdout.",
                ),
                click.option(
                    "--cache",
                    "cache_dir",
                    type=click.Path(file_okay=False, path_type=Path),
                    default=DEFAULT_CACHE,
                    show_default=True,
                    help="Folder of cached pages; a rerun reuses them.",
                ),
                click.option("--refresh", is_flag=True, help="Ignore cached pages; fetch again."),
                click.option(
                    "--interval",
                    type=click.FloatRange(min=0),
                    default=default_interval,
                    show_default=True,
                    help="Seconds between requests (the API's rate limit).",
                ),
                click.option(
                    "--timeout",
                    type=click.FloatRange(min=0.1),
                    default=30.0,
                    show_default=True,
                    help="Seconds allowed for one whole request.",
                ),
                click.option(
                    "--retries",
                    type=click.IntRange(min=0),
                    default=4,
                    show_default=True,
                    help="Retries on 429, 5xx, broken or malformed responses.",
                ),
                click.option(
                    "--backoff",
                    type=click.FloatRange(min=0),
                    default=2.0,
                    show_default=True,
                    help="Seconds before the first retry; doubled at each next one.",
                ),
                click.option(
                    "--base-url",
                    default=default_url,
                    show_default=True,
                    help="API endpoint (a mirror, or a local server in tests).",
                ),
            ]
        ):
            command = option(command)
        return command

    return decorate


def _client(options: dict[str, Any]) -> HttpClient:
    return HttpClient(
        interval=options["interval"],
        timeout=options["timeout"],
        retries=options["retries"],
        backoff=options["backoff"],
        log=lambda message: click.echo(f"claims: {message}", err=True),
    )


@contextmanager
def _destination(output: Path | None) -> Iterator[IO[bytes]]:
    if output is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
    else:
        with atomic_file(output) as stream:
            yield stream


@main.group()
def fetch() -> None:
    """Download papers from arXiv or Hugging Face, politely, with retries and a disk cache.

    \b
    Example:
        claims fetch arxiv --query "cat:cs.CV AND ti:efficient" --max 500 -o efficient.xml
    """


def _parse_day(ctx: click.Context, param: click.Parameter, value: str | None) -> date:
    del ctx, param
    if value is None:
        return date.today()
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2024-03-18") from None


@fetch.command("hf-daily")
@click.option(
    "--date",
    "day",
    callback=_parse_day,
    metavar="YYYY-MM-DD",
    help="The day whose papers to fetch [default: today].",
)
@_network_options(HF_DAILY_API, HF_INTERVAL)
def hf_daily(day: date, output: Path | None, **options: Any) -> None:
    """Fetch the Hugging Face daily papers of one day, as the API's JSON.

    The JSON is validated before it is written; `claims extract` and `claims ingest` read it
    (format hf-daily). Finished days are cached.

    \b
    Example:
        claims fetch hf-daily --date 2024-03-18 -o daily.json && claims ingest daily.json
    """
    body = fetch_hf_daily(
        day,
        cache=PageCache(options["cache_dir"], "hf-daily"),
        client=_client(options),
        base_url=options["base_url"],
        refresh=options["refresh"],
    )
    with _destination(output) as out:
        out.write(body)


@fetch.command("arxiv")
@click.option("--query", required=True, help='arXiv API search query, e.g. "cat:cs.CV AND ti:gan".')
@click.option(
    "--max",
    "max_results",
    type=click.IntRange(min=1),
    default=100,
    show_default=True,
    help="Fetch at most this many papers (newest first).",
)
@click.option(
    "--page-size",
    type=click.IntRange(min=1, max=2000),
    default=PAGE_SIZE,
    show_default=True,
    help="Papers per request.",
)
@_network_options(ARXIV_API, ARXIV_INTERVAL)
def arxiv(
    query: str, max_results: int, page_size: int, output: Path | None, **options: Any
) -> None:
    """Fetch the papers matching an arXiv API query, as one Atom feed.

    Pages are requested at most one every --interval seconds (arXiv asks for 3), retried when
    the API fails or answers with a broken page, and cached on disk: rerun the same command
    after an interruption and it resumes from the cache.

    \b
    Example:
        claims fetch arxiv --query "cat:cs.CV AND ti:efficient" --max 500 -o efficient.xml
    """
    with _destination(output) as out:
        written = fetch_arxiv(
            query,
            max_results,
            out,
            cache=PageCache(options["cache_dir"], "arxiv"),
            client=_client(options),
            base_url=options["base_url"],
            page_size=page_size,
            refresh=options["refresh"],
            progress=lambda message: click.echo(f"claims: {message}", err=True),
        )
    click.echo(f"claims: fetched {written} papers", err=True)
