"""How large one input record may be, and how a record beyond that is reported.

Real abstracts are short: arXiv caps them at 1,920 characters, and Hugging Face and Papers with
Code copy arXiv's. A text a hundred times longer is not an abstract (a whole paper pasted in, a
broken export, or an attack), so it is skipped with a warning rather than truncated: claims taken
from the first part of a cut text would be presented as the paper's results. Lines and JSON
records are bounded separately so that no single record can hold unbounded memory while it is
read: an arXiv snapshot line with a 3,000-author list is about 300 KB, far under the record cap.
"""

from __future__ import annotations

import logging
from typing import Final

MAX_ABSTRACT_CHARS: Final = 100_000
"""An abstract (or title) longer than this is skipped, with a warning naming file and line."""

MAX_RECORD_CHARS: Final = 2_000_000
"""A line, or one JSON array element, longer than this is skipped without being held in memory."""

logger: Final = logging.getLogger("claims.sources")


def warn_skipped(path: str, line: int | None, message: str) -> None:
    """Report on stderr (through logging) a record that was skipped, naming file and line."""
    where = f"{path}:{line}" if line is not None else path
    logger.warning("%s: %s", where, message)
