"""A one-line progress display on stderr for long commands, drawn only when stderr is a terminal.

Piped or redirected stderr (scripts, CI, logs) gets nothing, so it keeps one summary line. The line
is redrawn at most `INTERVAL` seconds apart: a million papers must not mean a million writes.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import Final, TextIO

from claims.store import PreparedPaper

INTERVAL: Final = 0.25


class Progress:
    """Counts papers and claims and shows them, with the rate of claims, on one terminal line."""

    def __init__(self, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.papers = 0
        self.claims = 0
        self._started = time.monotonic()
        self._drawn_at = -INTERVAL
        self._drawn = False

    def advance(self, papers: int, claims: int) -> None:
        """Count `papers` more papers holding `claims` claims; redraw if it is time."""
        self.papers += papers
        self.claims += claims
        now = time.monotonic()
        if self.enabled and now - self._drawn_at >= INTERVAL:
            self._draw(now)

    def track(self, prepared: Iterable[PreparedPaper]) -> Iterator[PreparedPaper]:
        """Pass prepared papers through, counting each."""
        for paper in prepared:
            yield paper
            self.advance(1, len(paper.claims))

    def status(self, message: str) -> None:
        """Show what comes next (writing the store) after the counts."""
        if self.enabled:
            self._draw(time.monotonic(), message)

    def close(self) -> None:
        """End the line, so that what is printed next starts on a line of its own."""
        if self.enabled and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False

    def line(self, now: float) -> str:
        """The counts as shown: papers done, claims found, claims and papers per second."""
        seconds = max(now - self._started, 1e-9)
        return (
            f"{self.papers:,} papers, {self.claims:,} claims  "
            f"{self.claims / seconds:,.0f} claims/s, {self.papers / seconds:,.0f} papers/s  "
            f"{_clock(seconds)}"
        )

    def _draw(self, now: float, message: str = "") -> None:
        text = self.line(now) + (f"  {message}" if message else "")
        # \r returns to the line's start and \x1b[K clears what a longer earlier line left.
        self.stream.write(f"\r{text}\x1b[K")
        self.stream.flush()
        self._drawn_at = now
        self._drawn = True


def _clock(seconds: float) -> str:
    minutes, rest = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{rest:02d}" if hours else f"{minutes}:{rest:02d}"
