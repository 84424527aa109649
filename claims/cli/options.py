"""Options shared by every command that reads papers, in one decorator (as sqlite-utils does).

@main.command()
@click.argument("inputs", nargs=-1, required=True)
@input_options
def extract(inputs: tuple[str, ...], **options: Any) -> None:
    for paper in papers_from(inputs, **options):
        ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final, TypeVar

import click

from claims.model import Paper
from claims.sources import FORMATS, read_papers

F = TypeVar("F", bound=Callable[..., Any])

INPUT_OPTION_NAMES: Final = ("input_format", "categories", "id_field", "title_field", "text_field")
"""The keyword arguments `input_options` adds to a command, all accepted by `papers_from`."""


def _split_categories(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> list[str] | None:
    del ctx, param
    if not value:
        return None
    return [category.strip() for category in value.split(",") if category.strip()] or None


def input_options(command: F) -> F:
    """Add `--format`, `--categories`, `--id-field`, `--title-field` and `--text-field`."""
    decorators = [
        click.option(
            "--format",
            "input_format",
            type=click.Choice(["auto", *FORMATS]),
            default="auto",
            show_default=True,
            help="Input format; auto detects it from the content.",
        ),
        click.option(
            "--categories",
            callback=_split_categories,
            metavar="CAT,CAT",
            help="Keep papers in these arXiv categories, e.g. cs.CV,cs.LG (cs matches all cs.*).",
        ),
        click.option("--id-field", metavar="NAME", help="JSONL/CSV field holding the paper id."),
        click.option("--title-field", metavar="NAME", help="JSONL/CSV field holding the title."),
        click.option(
            "--text-field", metavar="NAME", help="JSONL/CSV field holding the abstract text."
        ),
    ]
    for decorate in reversed(decorators):
        command = decorate(command)
    return command


def papers_from(
    inputs: Sequence[str],
    *,
    input_format: str | None = None,
    categories: list[str] | None = None,
    id_field: str | None = None,
    title_field: str | None = None,
    text_field: str | None = None,
) -> Iterator[Paper]:
    """The papers of each input in turn (`-` is stdin), streamed, with the options applied."""
    for path in inputs:
        yield from read_papers(
            path,
            input_format,
            categories=categories,
            id_field=id_field,
            title_field=title_field,
            text_field=text_field,
        )
