"""The `claims` command line: thin wrappers over the library, one module per group of commands.

Every command's help ends with an example; every error a user can cause is reported as one line on
stderr with exit code 2 and no traceback.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import click

from claims.errors import ClaimsError


class ClaimsGroup(click.Group):
    """A click group that turns library errors into one clean line and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ClaimsError as error:
            click.echo(f"claims: error: {error}", err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            click.echo("claims: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            # The reader of our stdout went away (`claims extract x | head`): not an error.
            sys.stderr.close()
            sys.exit(0)


@click.group(cls=ClaimsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claims")
def main() -> None:
    """Extract numeric benchmark claims from ML paper text and build a leaderboard.

    \b
    Example:
        claims extract data/trending-papers.txt > claims.jsonl
    """
    # Readers warn about records they skip (an abstract of 10 MB): one plain line on stderr.
    logging.basicConfig(format="claims: warning: %(message)s", level=logging.WARNING)


def _register() -> None:
    # Imported for their side effect of adding commands to `main`; kept in one place so the
    # list of command modules is explicit.
    from claims.cli import (
        extract_commands,  # noqa: F401
        fetch_commands,  # noqa: F401
        store_commands,  # noqa: F401
    )


_register()
