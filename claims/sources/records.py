"""Turning one raw record of any source into a validated `Paper`: ids, dates, text, limits.

Readers only say which raw field means what; the rules shared by all sources (what an id looks
like, how arXiv ids and dates are normalised, how long an abstract may be) live here once.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Final

from pydantic import ValidationError

from claims.errors import InputError
from claims.model import Paper
from claims.sources.limits import MAX_ABSTRACT_CHARS, warn_skipped

SLUG_CHARS: Final = 60
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
# New-style (2403.12345, 0704.0001) and old-style (hep-th/9901001, math.GT/0309136) arXiv ids,
# with an optional version; anchored at the end so "https://arxiv.org/abs/ID" matches too.
# The lookbehind starts an old-style id (`hep-th/9901001`) only where a name starts: without it, a
# long slug is scanned from every letter, which is quadratic.
_ARXIV_ID = re.compile(
    r"(?P<id>\d{4}\.\d{4,5}|(?<![a-z.-])[a-z][a-z.-]*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?(?:\.pdf)?/?$"
)


@dataclass(frozen=True)
class ReaderOptions:
    """What the user told us about the input beyond its path (`--categories`, `--*-field`)."""

    categories: tuple[str, ...] = ()
    id_field: str | None = None
    title_field: str | None = None
    text_field: str | None = None

    def wants(self, categories: Iterable[str] | None) -> bool:
        """Whether a paper in `categories` passes `--categories` (`cs` matches `cs.CV`).

        Papers whose source gives no categories pass: the filter cannot judge them."""
        if not self.categories or categories is None:
            return True
        for category in categories:
            archive = category.split(".", 1)[0]
            if category in self.categories or archive in self.categories:
                return True
        return False


def slug(title: str) -> str:
    """The id of a paper known only by its title, as on the trending page.

    >>> slug("NERV++: An Enhanced Implicit Neural Video Representation")
    'nerv-an-enhanced-implicit-neural-video-representation'
    """
    made = _NOT_SLUG.sub("-", title.lower())[:SLUG_CHARS].strip("-")
    if made:
        return made
    # A title with no ASCII letter or digit (e.g. all CJK) still needs a stable, non-empty id.
    return "paper-" + hashlib.sha1(title.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def normalize_space(text: str) -> str:
    """One space between words: arXiv wraps titles and abstracts at fixed columns.

    >>> normalize_space("  Deep\\n  residual   learning ")
    'Deep residual learning'
    """
    return " ".join(text.split())  # str.split: C speed, and the same Unicode whitespace as \s


def arxiv_id(text: str | None) -> str | None:
    """The versionless arXiv id in an id or an arXiv URL, or None.

    >>> arxiv_id("http://arxiv.org/abs/2403.12345v2")
    '2403.12345'
    >>> arxiv_id("hep-th/9901001v1")
    'hep-th/9901001'
    """
    if not text:
        return None
    match = _ARXIV_ID.search(text.strip())
    return match.group("id") if match else None


def arxiv_url(identifier: str | None) -> str | None:
    return f"https://arxiv.org/abs/{identifier}" if identifier else None


def parse_date(text: Any) -> date | None:
    """A date from ISO (`2024-03-18`, `2024-03-18T17:59:59.000Z`) or RFC 2822 text, else None.

    >>> parse_date("Mon, 2 Apr 2007 19:18:42 GMT")
    datetime.date(2007, 4, 2)
    """
    if not isinstance(text, str) or not text.strip():
        return None
    text = text.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def text_field(record: Mapping[str, Any], name: str, path: str, line: int | None) -> str:
    """`record[name]` as a string: absent or null is empty, a number is its digits, else error."""
    value = record.get(name)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)  # numeric ids in user JSON: 42 means "42"
    raise InputError(path, f"field {name!r} should be text, not {type(value).__name__}", line)


def string_list(value: Any) -> list[str] | None:
    """A list of non-empty strings from a list (of strings or `{name: ...}`), else None."""
    if not isinstance(value, list):
        return None
    names: list[str] = []
    for item in value:
        if isinstance(item, Mapping):
            item = item.get("name")
        if isinstance(item, str) and item.strip():
            names.append(normalize_space(item))
    return names


def _scrub(value: Any) -> Any:
    """Lone surrogates (a JSON `"\\ud800"` escape) cannot be stored or written as UTF-8: each
    becomes U+FFFD, one character for one, so offsets into the text are unchanged."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if not value.isascii() else value
    if isinstance(value, list):
        return [_scrub(item) for item in value]
    return value


def make_paper(path: str, line: int | None, **fields: Any) -> Paper | None:
    """A validated `Paper`, or None (with a warning) when its text is beyond any real abstract.

    Fields a source cannot fill are left out; an id is made from the title when none is given.
    """
    title = fields.get("title") or ""
    abstract = fields.get("abstract") or ""
    for label, text in (("abstract", abstract), ("title", title)):
        if len(text) > MAX_ABSTRACT_CHARS:
            warn_skipped(
                path,
                line,
                f"paper skipped: {label} of {len(text):,} characters "
                f"(limit {MAX_ABSTRACT_CHARS:,})",
            )
            return None
    fields = {name: _scrub(value) for name, value in fields.items()}
    identifier = (fields.get("id") or "").strip()
    if not identifier:
        if not title.strip():
            raise InputError(
                path, "record has neither an id nor a title (see --id-field, --title-field)", line
            )
        fields["id"] = slug(title)
    else:
        fields["id"] = identifier
    try:
        return Paper(**fields)
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(part) for part in problem["loc"])
        raise InputError(path, f"invalid {where}: {problem['msg']}", line) from None
