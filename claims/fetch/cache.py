"""Pages fetched once, kept on disk, so an interrupted fetch resumes where it stopped.

A page is stored under the hash of its URL only after it was validated, and written atomically
(a temporary file in the same folder, then `os.replace`), so a crash or Ctrl-C mid-write never
leaves a half page that a rerun would trust.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Final

DEFAULT_CACHE: Final = Path(".cache") / "claims"


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that `path` holds either its old content or all of `data`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class PageCache:
    """Validated response bodies by URL, one file each under `folder/kind/`."""

    def __init__(self, folder: Path | str, kind: str) -> None:
        self.folder = Path(folder) / kind

    def path_of(self, url: str) -> Path:
        return self.folder / (hashlib.sha256(url.encode()).hexdigest()[:32] + ".page")

    def get(self, url: str) -> bytes | None:
        try:
            return self.path_of(url).read_bytes()
        except FileNotFoundError:
            return None

    def put(self, url: str, body: bytes) -> None:
        atomic_write(self.path_of(url), body)
