"""`claims fetch arxiv`: the arXiv API's results for a query, paged, polite, cached, resumable.

arXiv asks clients for at most one request every 3 seconds and pages of modest size. Each page is
validated (well-formed Atom, the expected entries) and cached under its URL before the next is
asked for, so a fetch stopped by an error or Ctrl-C resumes from its cache when rerun. The result
is one Atom feed holding every entry, which `claims extract` and `claims ingest` read as is.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Final

from claims.errors import InputError
from claims.fetch.cache import PageCache
from claims.fetch.http import FetchError, HttpClient, InvalidResponse
from claims.fetch.pages import papers_in
from claims.sources.arxiv_atom import ArxivApiError

ARXIV_API: Final = "http://export.arxiv.org/api/query"
ARXIV_INTERVAL: Final = 3.0
PAGE_SIZE: Final = 100
_TOTAL = re.compile(rb"<(?:\w+:)?totalResults[^>]*>\s*(\d+)\s*<")
_ENTRY = re.compile(rb"<entry[\s>].*?</entry>", re.DOTALL)
FEED_HEAD: Final = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom"'
    b' xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">\n'
)
FEED_TAIL: Final = b"</feed>\n"


@dataclass(frozen=True)
class _Page:
    total: int
    entries: list[bytes]


def _parse_page(body: bytes, url: str) -> _Page:
    """The page's total and raw entries; `InvalidResponse` if it is not a whole, sane feed."""
    try:
        papers = papers_in(body, "arxiv-atom", url)
    except ArxivApiError as error:
        raise FetchError(f"{error.message} (query sent: {url})") from None
    except InputError as error:
        raise InvalidResponse(str(error.message)) from None
    total = _TOTAL.search(body)
    if total is None:
        raise InvalidResponse("no opensearch:totalResults in the feed")
    entries = _ENTRY.findall(body)
    if len(entries) != len(papers):
        raise InvalidResponse(f"{len(entries)} entries but {len(papers)} papers read")
    return _Page(int(total.group(1)), entries)


def page_url(base_url: str, query: str, start: int, size: int) -> str:
    parameters = {
        "search_query": query,
        "start": str(start),
        "max_results": str(size),
        # Newest first: a stable order, so pages do not shift while a fetch is resumed.
        "sortBy": "submittedDate",
        "sortOrder": "descending",
    }
    return f"{base_url}?{urllib.parse.urlencode(parameters)}"


def fetch_arxiv(
    query: str,
    max_results: int,
    out: IO[bytes],
    *,
    cache: PageCache,
    client: HttpClient | None = None,
    base_url: str = ARXIV_API,
    page_size: int = PAGE_SIZE,
    refresh: bool = False,
    progress: Callable[[str], None] = lambda message: None,
) -> int:
    """Write to `out` one Atom feed of up to `max_results` entries matching `query`.

    Returns the number of entries written. Cached pages are reused unless `refresh`.
    """
    if not query.strip():
        raise FetchError("an empty query matches nothing; see https://info.arxiv.org/help/api")
    client = client or HttpClient(interval=ARXIV_INTERVAL)
    out.write(FEED_HEAD)
    written = 0
    while written < max_results:
        size = min(page_size, max_results - written)
        url = page_url(base_url, query, written, size)

        def validate(body: bytes, url: str = url, start: int = written) -> None:
            page = _parse_page(body, url)
            # arXiv sometimes answers a page inside the results with no entries: retry it.
            if not page.entries and start < page.total:
                raise InvalidResponse(f"no entries at {start} of {page.total} results")

        body = None if refresh else cache.get(url)
        origin = "cache"
        if body is None:
            body = client.get(url, validate)
            cache.put(url, body)
            origin = "network"
        page = _parse_page(body, url)
        if not page.entries:
            break
        for entry in page.entries[: max_results - written]:
            out.write(b"  " + entry + b"\n")
        written += min(len(page.entries), max_results - written)
        progress(f"{written}/{min(page.total, max_results)} entries ({origin})")
        if written >= page.total:
            break
    out.write(FEED_TAIL)
    return written
