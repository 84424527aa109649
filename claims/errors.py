"""Errors a user can act on: each says what is wrong and where (file, line)."""

from __future__ import annotations


class ClaimsError(Exception):
    """Base of every error claims reports to a user as one line, without a traceback."""


class InputError(ClaimsError):
    """Input that cannot be read: names the file and, where it knows it, the line."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")
