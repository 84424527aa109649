"""`claims fetch hf-daily`: the Hugging Face daily papers of one date, as the API returns them."""

from __future__ import annotations

import urllib.parse
from datetime import date
from typing import Final

from claims.errors import InputError
from claims.fetch.cache import PageCache
from claims.fetch.http import HttpClient, InvalidResponse
from claims.fetch.pages import papers_in

HF_DAILY_API: Final = "https://huggingface.co/api/daily_papers"
HF_INTERVAL: Final = 1.0


def daily_url(base_url: str, day: date) -> str:
    return f"{base_url}?{urllib.parse.urlencode({'date': day.isoformat()})}"


def _validate(body: bytes) -> None:
    try:
        papers_in(body, "hf-daily", "response")
    except InputError as error:
        raise InvalidResponse(error.message) from None


def fetch_hf_daily(
    day: date,
    *,
    cache: PageCache,
    client: HttpClient | None = None,
    base_url: str = HF_DAILY_API,
    refresh: bool = False,
) -> bytes:
    """The API's JSON for `day`, validated; a past day's list is served from the cache."""
    url = daily_url(base_url, day)
    # Today's list still grows during the day: only finished days are worth caching.
    cacheable = day < date.today()
    body = cache.get(url) if cacheable and not refresh else None
    if body is None:
        body = (client or HttpClient(interval=HF_INTERVAL)).get(url, _validate)
        if cacheable:
            cache.put(url, body)
    return body
