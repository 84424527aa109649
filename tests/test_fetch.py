"""Fetching against a real HTTP server on 127.0.0.1 that misbehaves on purpose.

The server answers from a plan: for each page, a list of behaviours used in turn (the last one
sticks): a good page, an HTTP error with headers, a body cut short, a response slower than the
client's timeout, a body that trickles in, or malformed XML/JSON. No test touches the internet.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.cli import main
from claims.fetch import FetchError, HttpClient, PageCache, fetch_arxiv, fetch_hf_daily
from claims.sources import read_papers

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Act:
    """One response: `kind` is ok, status, truncated, slow, trickle or raw."""

    kind: str = "ok"
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


class FakeApi:
    def __init__(self) -> None:
        self.plan: dict[str, list[Act]] = {}
        self.requests: list[tuple[float, str]] = []
        self.lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"api": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def next_act(self, key: str) -> Act:
        with self.lock:
            acts = self.plan.get(key) or [Act(status=404, kind="status")]
            return acts.pop(0) if len(acts) > 1 else acts[0]

    def count(self, key: str) -> int:
        return sum(1 for _, k in self.requests if k == key)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class _Handler(BaseHTTPRequestHandler):
    api: FakeApi

    def log_message(self, format: str, *args: object) -> None:
        del format, args  # keep test output quiet

    def do_GET(self) -> None:
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        key = query.get("start", query.get("date", ["/"]))[0]
        self.api.requests.append((time.monotonic(), key))
        act = self.api.next_act(key)
        # The client may give up on us mid-response, as it should when we are too slow.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._respond(act)

    def _respond(self, act: Act) -> None:
        if act.kind == "slow":
            time.sleep(act.seconds)
        self.send_response(act.status)
        for name, value in act.headers.items():
            self.send_header(name, value)
        if act.kind == "truncated":
            self.send_header("Content-Length", str(len(act.body) * 2))
            self.end_headers()
            self.wfile.write(act.body)
            self.wfile.flush()
            self.close_connection = True
            return
        self.send_header("Content-Length", str(len(act.body)))
        self.end_headers()
        if act.kind == "trickle":
            for index in range(0, len(act.body), 16):
                self.wfile.write(act.body[index : index + 16])
                self.wfile.flush()
                time.sleep(act.seconds)
        else:
            self.wfile.write(act.body)


@pytest.fixture
def api() -> Iterator[FakeApi]:
    server = FakeApi()
    yield server
    server.close()


def feed(total: int, ids: list[str]) -> bytes:
    entries = "".join(
        f"""  <entry>
    <id>http://arxiv.org/abs/{identifier}v1</id>
    <published>2024-03-1{i % 9}T10:00:00Z</published>
    <title>Paper {identifier}</title>
    <summary>  We reach {80 + i}.5% top-1 accuracy
with 2.{i}x fewer FLOPs.</summary>
    <author><name>A. Author</name></author>
    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.CV"/>
    <category term="cs.CV"/>
  </entry>
"""
        for i, identifier in enumerate(ids)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>ArXiv Query</title>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">{total}</opensearch:totalResults>
{entries}</feed>
""".encode()


IDS = [f"2403.{10000 + n}" for n in range(7)]


def plan_pages(api: FakeApi, page_size: int = 2, total: int = 7) -> None:
    for start in range(0, total, page_size):
        api.plan[str(start)] = [Act(body=feed(total, IDS[start : start + page_size]))]


def client(**options: float) -> HttpClient:
    settings = {"interval": 0.0, "timeout": 2.0, "retries": 3, "backoff": 0.01, **options}
    return HttpClient(
        interval=settings["interval"],
        timeout=settings["timeout"],
        retries=int(settings["retries"]),
        backoff=settings["backoff"],
    )


def run_arxiv(
    api: FakeApi, tmp_path: Path, max_results: int = 7, http: HttpClient | None = None
) -> tuple[int, Path]:
    out = tmp_path / "feed.xml"
    with out.open("wb") as stream:
        written = fetch_arxiv(
            "cat:cs.CV",
            max_results,
            stream,
            cache=PageCache(tmp_path / "cache", "arxiv"),
            client=http or client(),
            base_url=f"{api.url}/api/query",
            page_size=2,
        )
    return written, out


def cache_files(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache").rglob("*"))


def test_pages_are_joined_into_one_feed_that_reads_back(api: FakeApi, tmp_path: Path) -> None:
    plan_pages(api)
    written, out = run_arxiv(api, tmp_path)
    assert written == 7
    papers = list(read_papers(str(out)))
    assert [paper.id for paper in papers] == IDS
    assert papers[0].abstract == "We reach 80.5% top-1 accuracy with 2.0x fewer FLOPs."
    assert [key for _, key in api.requests] == ["0", "2", "4", "6"]


def test_max_results_stops_early(api: FakeApi, tmp_path: Path) -> None:
    plan_pages(api)
    written, out = run_arxiv(api, tmp_path, max_results=3)
    assert written == 3
    assert [paper.id for paper in read_papers(str(out))] == IDS[:3]
    assert api.count("4") == 0


def test_requests_are_spaced_by_the_interval(api: FakeApi, tmp_path: Path) -> None:
    plan_pages(api)
    run_arxiv(api, tmp_path, http=client(interval=0.2))
    times = [moment for moment, _ in api.requests]
    gaps = [later - earlier for earlier, later in pairwise(times)]
    assert len(gaps) == 3
    assert min(gaps) >= 0.19


def test_429_then_ok_honours_retry_after(api: FakeApi, tmp_path: Path) -> None:
    plan_pages(api)
    api.plan["0"].insert(0, Act(kind="status", status=429, headers={"Retry-After": "1"}))
    written, _ = run_arxiv(api, tmp_path)
    assert written == 7
    first, second = [moment for moment, key in api.requests if key == "0"]
    assert second - first >= 0.95  # Retry-After: 1, although the backoff is 0.01 s


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_are_retried(api: FakeApi, tmp_path: Path, status: int) -> None:
    plan_pages(api)
    api.plan["2"][:0] = [Act(kind="status", status=status), Act(kind="status", status=status)]
    assert run_arxiv(api, tmp_path)[0] == 7
    assert api.count("2") == 3


def test_a_truncated_body_is_retried_and_never_cached(api: FakeApi, tmp_path: Path) -> None:
    plan_pages(api)
    good = api.plan["0"][0].body
    api.plan["0"].insert(0, Act(kind="truncated", body=good[: len(good) // 2]))
    assert run_arxiv(api, tmp_path)[0] == 7
    assert api.count("0") == 2
    cached = [path.read_bytes() for path in cache_files(tmp_path) if path.is_file()]
    assert good in cached
    assert all(body.rstrip().endswith(b"</feed>") for body in cached)


def test_malformed_xml_with_200_is_retried(api: FakeApi, tmp_path: Path) -> None:
    plan_pages(api)
    api.plan["4"].insert(0, Act(body=b"<?xml version='1.0'?><feed><entry><id>x</entry>"))
    api.plan["4"].insert(0, Act(body=b"<html>Service Unavailable</html>"))
    assert run_arxiv(api, tmp_path)[0] == 7
    assert api.count("4") == 3


def test_an_empty_page_inside_the_results_is_retried(api: FakeApi, tmp_path: Path) -> None:
    plan_pages(api)
    api.plan["2"].insert(0, Act(body=feed(7, [])))
    assert run_arxiv(api, tmp_path)[0] == 7
    assert api.count("2") == 2


def test_a_slow_response_times_out_and_is_retried(api: FakeApi, tmp_path: Path) -> None:
    plan_pages(api)
    good = api.plan["0"][0].body
    api.plan["0"].insert(0, Act(kind="slow", seconds=1.5, body=good))
    started = time.monotonic()
    assert run_arxiv(api, tmp_path, http=client(timeout=0.4))[0] == 7
    assert api.count("0") == 2
    assert time.monotonic() - started < 1.4  # did not wait for the slow server


def test_a_trickling_body_hits_the_whole_request_deadline(api: FakeApi, tmp_path: Path) -> None:
    plan_pages(api)
    good = api.plan["0"][0].body
    # Each piece arrives well within the socket timeout, but the whole body would take seconds.
    api.plan["0"] = [Act(kind="trickle", seconds=0.05, body=good)]
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"body not complete within 0\.3s"):
        run_arxiv(api, tmp_path, http=client(timeout=0.3, retries=1))
    assert time.monotonic() - started < 2.0
    assert not [path for path in cache_files(tmp_path) if path.is_file()]


def test_persistent_failure_is_a_clean_error_and_nothing_is_cached(
    api: FakeApi, tmp_path: Path
) -> None:
    api.plan["0"] = [Act(body=b"<feed><entry>")]
    with pytest.raises(FetchError, match=r"after 4 attempts: invalid response \(.*malformed XML"):
        run_arxiv(api, tmp_path)
    assert api.count("0") == 4
    assert not [path for path in cache_files(tmp_path) if path.is_file()]


def test_an_interrupted_fetch_resumes_from_its_cache(api: FakeApi, tmp_path: Path) -> None:
    plan_pages(api)
    api.plan["4"] = [Act(kind="status", status=503)]
    with pytest.raises(FetchError, match="HTTP 503"):
        run_arxiv(api, tmp_path)
    assert [key for _, key in api.requests] == ["0", "2"] + ["4"] * 4
    api.requests.clear()
    plan_pages(api)
    written, out = run_arxiv(api, tmp_path)
    assert written == 7
    assert [key for _, key in api.requests] == ["4", "6"]  # pages 0 and 2 came from the cache
    assert [paper.id for paper in read_papers(str(out))] == IDS
    assert not [path for path in cache_files(tmp_path) if path.name.endswith(".part")]


def test_an_api_error_feed_is_not_retried(api: FakeApi, tmp_path: Path) -> None:
    error_feed = (
        b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
        b"<opensearch:totalResults xmlns:opensearch='http://a9.com/-/spec/opensearch/1.1/'>1"
        b"</opensearch:totalResults>\n<entry><id>http://arxiv.org/api/errors#bad_query</id>"
        b"<title>Error</title><summary>malformed query: cat:</summary></entry></feed>"
    )
    api.plan["0"] = [Act(body=error_feed)]
    with pytest.raises(FetchError, match="arXiv API error: malformed query: cat:"):
        run_arxiv(api, tmp_path)
    assert api.count("0") == 1


def test_404_is_not_retried(api: FakeApi, tmp_path: Path) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        run_arxiv(api, tmp_path)
    assert api.count("0") == 1


def test_connection_refused_is_retried_then_reported(tmp_path: Path) -> None:
    server = FakeApi()
    url = server.url
    server.close()  # nothing listens on the port any more
    with pytest.raises(FetchError, match="after 3 attempts: connection failed"):
        client(retries=2).get(url + "/api/query?start=0")
    assert not (tmp_path / "cache").exists()


def hf_body() -> bytes:
    return (ROOT / "tests" / "data" / "sources" / "hf-daily.json").read_bytes()


def test_hf_daily_is_validated_and_cached_for_past_days(api: FakeApi, tmp_path: Path) -> None:
    api.plan["2024-03-18"] = [Act(body=b'[{"paper": '), Act(body=hf_body())]
    cache = PageCache(tmp_path / "cache", "hf-daily")
    base = f"{api.url}/api/daily_papers"
    body = fetch_hf_daily(date(2024, 3, 18), cache=cache, client=client(), base_url=base)
    assert body == hf_body()
    assert api.count("2024-03-18") == 2
    again = fetch_hf_daily(date(2024, 3, 18), cache=cache, client=client(), base_url=base)
    assert again == body
    assert api.count("2024-03-18") == 2  # from the cache


def _claims(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", "from claims.cli import main; main()", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=60)


FAST = ["--interval", "0", "--backoff", "0.01", "--timeout", "2", "--retries", "2"]


def test_cli_fetch_arxiv_writes_the_feed_atomically(api: FakeApi, tmp_path: Path) -> None:
    plan_pages(api)
    out = tmp_path / "efficient.xml"
    result = _claims(
        "fetch", "arxiv", "--query", "cat:cs.CV AND ti:efficient", "--max", "5",
        "--page-size", "2", "-o", str(out), "--cache", str(tmp_path / "cache"),
        "--base-url", f"{api.url}/api/query", *FAST,
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "fetched 5 papers" in result.stderr
    assert [paper.id for paper in read_papers(str(out))] == IDS[:5]


def test_cli_fetch_failure_is_one_line_exit_2_and_no_output(api: FakeApi, tmp_path: Path) -> None:
    api.plan["0"] = [Act(kind="status", status=500)]
    out = tmp_path / "feed.xml"
    result = _claims(
        "fetch", "arxiv", "--query", "cat:cs.CV", "-o", str(out),
        "--cache", str(tmp_path / "cache"), "--base-url", f"{api.url}/api/query", *FAST,
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert errors == [f"claims: error: GET {api.url}/api/query?search_query=cat%3Acs.CV&start=0"
                      "&max_results=100&sortBy=submittedDate&sortOrder=descending failed after "
                      "3 attempts: HTTP 500"]  # fmt: skip
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "cache"] or not list(tmp_path.iterdir())


def test_cli_fetch_hf_daily_to_stdout(api: FakeApi, tmp_path: Path) -> None:
    api.plan["2024-03-18"] = [Act(body=hf_body())]
    result = _claims(
        "fetch", "hf-daily", "--date", "2024-03-18", "--cache", str(tmp_path / "cache"),
        "--base-url", f"{api.url}/api/daily_papers", *FAST,
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["paper"]["id"] == "2403.10131"


def test_cli_fetch_hf_daily_rejects_a_bad_date() -> None:
    result = CliRunner().invoke(main, ["fetch", "hf-daily", "--date", "18/03/2024"])
    assert result.exit_code == 2
    assert "is not a date like 2024-03-18" in result.output
