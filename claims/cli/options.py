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


def _split_categories(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> list[str] | None:
    del ctx, param
    if not value:
        return None
    return [category.strip() for category in value.split(",") if category.strip()] or None


def input_options_with(format_flag: str = "--format") -> Callable[[F], F]:
    """`input_options`, with the input format under another flag: a command that writes a
    format of its own (`claims extract --format csv`) takes `--input-format` for what it reads."""

    def decorate(command: F) -> F:
        decorators = [
            click.option(
                format_flag,
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
                help="Keep papers in these arXiv categories, e.g. cs.CV,cs.LG "
                "(cs matches all cs.*).",
            ),
            click.option("--id-field", metavar="NAME", help="Field holding the paper id."),
            click.option("--title-field", metavar="NAME", help="Field holding the title."),
            click.option(
                "--text-field",
                metavar="NAME",
                help="Field holding the abstract (JSONL, CSV, JSON arrays).",
            ),
        ]
        for option in reversed(decorators):
            command = option(command)
        return command

    return decorate


input_options: Final = input_options_with("--format")
"""Add `--format`, `--categories`, `--id-field`, `--title-field` and `--text-field`."""


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
