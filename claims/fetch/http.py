"""A small, polite HTTP GET over `urllib`: rate limit, deadline, retries with backoff, validation.

APIs misbehave in every way: 429 with Retry-After, 5xx, connections refused or reset, bodies cut
short, servers that trickle bytes forever, and 200 responses holding half a document. Each GET
here has a total deadline (not just a per-read socket timeout), retries what a retry can fix,
checks the body with the caller's validator before anyone sees it, and ends in a one-line
`FetchError` when nothing helps.
"""

from __future__ import annotations

import http.client
import random
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Final

from claims.errors import ClaimsError

USER_AGENT: Final = "claims/0.1 (benchmark-claims leaderboard; https://github.com/)"
RETRY_STATUSES: Final = frozenset({429, 500, 502, 503, 504})
MAX_BODY_BYTES: Final = 64 * 1024 * 1024
_CHUNK: Final = 64 * 1024


class FetchError(ClaimsError):
    """A fetch that failed for good: after retries, or at once for an error no retry can fix."""


class InvalidResponse(Exception):
    """Raised by a validator: the body is malformed or partial; the request is retried."""


class _Retryable(Exception):
    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


@dataclass
class HttpClient:
    """GETs with at most one request per `interval` seconds and `retries` retries.

    `timeout` bounds a whole request (connect, headers and body); the wait before retry n is
    `backoff * 2**n` seconds (with jitter), or the server's Retry-After, never more than
    `max_wait`.
    """

    interval: float = 3.0
    timeout: float = 30.0
    retries: int = 4
    backoff: float = 2.0
    max_wait: float = 120.0
    user_agent: str = USER_AGENT
    log: Callable[[str], None] = field(default=lambda message: None)
    _last_request: float = field(default=float("-inf"), repr=False)

    def get(self, url: str, validate: Callable[[bytes], None] | None = None) -> bytes:
        """The body of `url`, once `validate` (which raises `InvalidResponse`) accepts it."""
        last_reason = ""
        for attempt in range(self.retries + 1):
            try:
                body = self._get_once(url)
                if validate is not None:
                    validate(body)
                return body
            except InvalidResponse as error:
                last_reason, wait = f"invalid response ({error})", None
            except _Retryable as error:
                last_reason, wait = error.reason, error.wait
            if attempt == self.retries:
                break
            delay = self.backoff * 2**attempt * (1 + random.random() / 4)
            delay = min(self.max_wait, max(delay, wait or 0.0))
            self.log(f"{url}: {last_reason}; retrying in {delay:.1f}s")
            time.sleep(delay)
        raise FetchError(f"GET {url} failed after {self.retries + 1} attempts: {last_reason}")

    def _wait_for_turn(self) -> None:
        pause = self._last_request + self.interval - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        self._last_request = time.monotonic()

    def _get_once(self, url: str) -> bytes:
        self._wait_for_turn()
        deadline = time.monotonic() + self.timeout
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return _read_body(response, deadline, self.timeout)
        except urllib.error.HTTPError as error:
            if error.code in RETRY_STATUSES:
                wait = _retry_after(error.headers.get("Retry-After"))
                raise _Retryable(f"HTTP {error.code}", wait) from None
            raise FetchError(f"GET {url}: HTTP {error.code} {error.reason}") from None
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, TimeoutError):
                raise _Retryable(f"no response within {self.timeout:g}s") from None
            raise _Retryable(f"connection failed ({reason})") from None
        except TimeoutError:
            raise _Retryable(f"no response within {self.timeout:g}s") from None
        except (http.client.HTTPException, ConnectionError, OSError) as error:
            raise _Retryable(f"connection broken ({type(error).__name__}: {error})") from None


def _read_body(response: http.client.HTTPResponse, deadline: float, timeout: float) -> bytes:
    """The whole body, or `_Retryable` if it arrives too slowly, too big or cut short."""
    parts: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise _Retryable(f"body not complete within {timeout:g}s")
        _limit_wait(response, deadline - time.monotonic())
        try:
            # read1: whatever has arrived (one receive), so the deadline is checked between
            # pieces of a body that trickles in, instead of after all of it.
            chunk = response.read1(_CHUNK)
        except TimeoutError:
            raise _Retryable(f"body not complete within {timeout:g}s") from None
        except http.client.IncompleteRead:
            raise _Retryable("body cut short (fewer bytes than Content-Length)") from None
        if not chunk:
            return b"".join(parts)
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise FetchError(f"response larger than {MAX_BODY_BYTES:,} bytes")
        parts.append(chunk)


def _limit_wait(response: http.client.HTTPResponse, seconds: float) -> None:
    """Make the next receive wait no longer than the time left before the deadline.

    urllib sets one socket timeout for every receive; a body arriving a byte just before each
    timeout would never time out. The socket sits behind private attributes of the response,
    so this is best effort: if they change, the per-receive timeout still applies."""
    sock = getattr(getattr(getattr(response, "fp", None), "raw", None), "_sock", None)
    if isinstance(sock, socket.socket):
        sock.settimeout(max(seconds, 0.001))


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())
