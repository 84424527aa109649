"""Real servers and a real browser: `streamlit run` on a free localhost port, Debian's Chromium.

Chromium is the system one (`scripts/install_browser.sh` installs it); Playwright only drives it,
so no browser is ever downloaded. Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.e2e.e2e_stores import hostile_store, sample_store

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "dashboard" / "streamlit_app.py"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
STARTUP_SECONDS = 60.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@contextmanager
def streamlit_server(db: Path, log: Path) -> Iterator[str]:
    """`streamlit run dashboard/streamlit_app.py` reading `db`; yields its base URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP),
        "--server.headless=true",
        f"--server.port={port}",
        "--server.address=127.0.0.1",
        "--server.fileWatcherType=none",
        "--browser.gatherUsageStats=false",
    ]
    environment = {**os.environ, "CLAIMS_DB": str(db)}
    with log.open("wb") as output:
        server = subprocess.Popen(
            command, cwd=ROOT, env=environment, stdout=output, stderr=subprocess.STDOUT
        )
        try:
            deadline = time.monotonic() + STARTUP_SECONDS
            while not _healthy(url):
                if server.poll() is not None:
                    raise RuntimeError(f"streamlit exited early:\n{log.read_text()}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not start:\n{log.read_text()}")
                time.sleep(0.2)
            yield url
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: run scripts/install_browser.sh")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1600}, accept_downloads=True)
    opened = context.new_page()
    try:
        yield opened
    finally:
        context.close()


@pytest.fixture(scope="module")
def sample_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server on a store ingested from the bundled sample; shared, so tests must not write."""
    folder = tmp_path_factory.mktemp("sample")
    with streamlit_server(sample_store(folder / "claims.db"), folder / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server on the sample plus papers with hostile titles, abstracts, urls and models."""
    folder = tmp_path_factory.mktemp("hostile")
    with streamlit_server(hostile_store(folder / "claims.db"), folder / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


ServerFactory = Callable[[Path], str]


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[ServerFactory]:
    """Start a server on a store (its log in tmp_path); every one stops when the test ends."""
    with ExitStack() as servers:

        def start(db: Path) -> str:
            log = tmp_path / f"streamlit-{db.stem}.log"
            return servers.enter_context(streamlit_server(db, log))

        yield start
