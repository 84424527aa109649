"""Fetching papers from the arXiv and Hugging Face APIs: polite, retried, validated, cached.

Everything goes through `HttpClient` (stdlib `urllib`; one request per interval; a deadline per
request; retries with exponential backoff on 429, 5xx and broken connections, honouring
Retry-After) and `PageCache` (atomic files), so an interrupted fetch resumes from disk.
"""

from claims.fetch.arxiv import ARXIV_API, fetch_arxiv
from claims.fetch.cache import DEFAULT_CACHE, PageCache, atomic_write
from claims.fetch.hf_daily import HF_DAILY_API, fetch_hf_daily
from claims.fetch.http import FetchError, HttpClient, InvalidResponse

__all__ = [
    "ARXIV_API",
    "DEFAULT_CACHE",
    "HF_DAILY_API",
    "FetchError",
    "HttpClient",
    "InvalidResponse",
    "PageCache",
    "atomic_write",
    "fetch_arxiv",
    "fetch_hf_daily",
]
