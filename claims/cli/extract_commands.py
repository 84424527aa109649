"""`claims extract`, `explain` and `eval`: thin wrappers over the extractor and the scorer.

`extract` takes `--format jsonl|csv` for what it writes (as issue 2 names it) and so reads the
input format from `--input-format`; `ingest`, which writes nothing, keeps `--format` for input.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Final

import click

from claims.cli import main
from claims.cli.options import input_options, papers_from
from claims.errors import ClaimsError, InputError
from claims.evaluate import score_files
from claims.explain import explain as explain_text
from claims.export import atomic_file, neutralise
from claims.extract import extract_paper
from claims.model import CLAIM_FIELDS, Claim

OUTPUT_FORMATS: Final = ("jsonl", "csv")


class OneLineUsageCommand(click.Command):
    """A command whose usage errors (unknown format, missing argument) are one line on stderr
    with exit code 2, like every other error, instead of click's usage block."""

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as error:
            hint = f" (see: claims {info_name} --help)" if info_name else ""
            raise ClaimsError(f"{error.format_message()}{hint}") from None


def _rename_option(command: click.Command, name: str, flag: str) -> None:
    # The shared decorator spells the input format `--format`; `extract` needs that flag for its
    # output, so its input format is moved to another flag. Click builds its parser from
    # `param.opts` on every call, so renaming after the command is built is enough.
    for param in command.params:
        if param.name == name:
            param.opts = [flag]
            param.secondary_opts = []
            return
    raise LookupError(f"no option {name!r} on {command.name}")


@main.command(cls=OneLineUsageCommand)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@input_options
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (atomically: it appears only when complete) instead of stdout.",
)
@click.option(
    "--format",
    "--output-format",
    "output_format",
    type=click.Choice(OUTPUT_FORMATS),
    default="jsonl",
    show_default=True,
    help="Output format: one JSON claim per line, or CSV with a header row.",
)
def extract(
    inputs: tuple[str, ...], output: Path | None, output_format: str, **options: Any
) -> None:
    """Extract every numeric claim from the papers in INPUT... (`-` reads stdin).

    Reads the trending-page text format, JSONL or CSV with id/title/abstract, and the other
    formats `claims ingest` reads, detected from the content unless --input-format names it.
    Writes one claim per line, with exactly the fields of a claim record.

    \b
    Example:
        claims extract data/trending-papers.txt --format csv -o claims.csv
    """
    for name in inputs:
        if name != "-" and not Path(name).exists():
            raise InputError(name, "no such file")
    claims = (claim for paper in papers_from(inputs, **options) for claim in extract_paper(paper))
    with _destination(output) as stream:
        count = write_claims(claims, stream, output_format)
    if output is not None:
        click.echo(f"wrote {count} claims to {output}", err=True)


_rename_option(extract, "input_format", "--input-format")


@contextmanager
def _destination(output: Path | None) -> Iterator[IO[bytes]]:
    if output is None:
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    with atomic_file(output) as stream:
        yield stream


def write_claims(claims: Iterable[Claim], stream: IO[bytes], fmt: str) -> int:
    """Write `claims` as JSONL or CSV (header row `CLAIM_FIELDS`) to `stream`; return how many."""
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="" if fmt == "csv" else "\n")
    count = 0
    try:
        if fmt == "csv":
            writer = csv.writer(text, lineterminator="\r\n")
            writer.writerow(CLAIM_FIELDS)
            for claim in claims:
                writer.writerow([_csv_cell(getattr(claim, name)) for name in CLAIM_FIELDS])
                count += 1
        else:
            for claim in claims:
                text.write(claim.model_dump_json() + "\n")
                count += 1
        text.flush()
    finally:
        text.detach()  # the caller owns `stream`
    return count


def _csv_cell(cell: object) -> object:
    # As `claims export` does: missing is empty, and text a spreadsheet would run as a formula
    # is prefixed with `'`.
    if cell is None:
        return ""
    if isinstance(cell, str):
        return neutralise(cell)
    return cell


@main.command(cls=OneLineUsageCommand)
@click.argument("text")
@click.option("--title", default="", help="The paper's title, which helps name its model.")
def explain(text: str, title: str) -> None:
    """Show each claim found in TEXT with the rule that fired, and each number skipped and why.

    TEXT is a sentence or an abstract; `-` reads it from stdin.

    \b
    Example:
        claims explain "Our model reaches 88.0% top-1 accuracy on ImageNet, 2x faster than ViT-B."
    """
    if text == "-":
        text = _read_stdin()
    click.echo(explain_text(text, title=title))


def _read_stdin() -> str:
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError("<stdin>", f"not UTF-8 text (byte {error.start})") from error


@main.command(name="eval", cls=OneLineUsageCommand)
@click.argument("gold")
@click.argument("predictions", metavar="PRED")
@click.option("--papers", metavar="PAPERS", help="Papers JSONL ({id, abstract}) to place mentions.")
@click.option("--details", is_flag=True, help="List strict misses (FN) and false hits (FP).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
def evaluate(gold: str, predictions: str, papers: str | None, details: bool, as_json: bool) -> None:
    """Score the claims in PRED (JSONL, as `claims extract` writes) against GOLD annotations.

    Prints precision, recall and F1 at the number, family and strict levels, and how often kind,
    model and baseline agree on strict matches, matching as the seed scorer (score.py) does.

    \b
    Example:
        claims extract data/gold/papers.jsonl -o pred.jsonl
        claims eval data/gold/seed-claims.jsonl pred.jsonl --papers data/gold/papers.jsonl
    """
    result = score_files(gold, predictions, papers)
    if as_json:
        click.echo(json.dumps(result.as_dict()))
        return
    if details:
        for miss in result.misses:
            click.echo(str(miss))
    click.echo(result.table())
