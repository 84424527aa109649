"""The dashboard in a real browser: `streamlit run` on localhost, driven by Playwright in Chromium.

Stores are real SQLite files in tmp_path, filled from `data/trending-papers.txt` by the real
readers and extractor (and, for the reload test, by a real `claims ingest` process).
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Dialog, Page

from claims.store import Store
from tests.e2e.e2e_stores import sample_store
from tests.hostile import HOSTILE_MODEL, HOSTILE_TITLE

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = str(Path(sys.executable).with_name("claims"))
# The bar is 100,000 abstracts (a run of several minutes); the default keeps the ingest
# running through the 20 reloads on this machine. Override with CLAIMS_E2E_INGEST_PAPERS.
INGEST_PAPERS = int(os.environ.get("CLAIMS_E2E_INGEST_PAPERS", "10000"))
RUN_TIMEOUT_MS = 60_000

pytestmark = pytest.mark.e2e
Serve = Callable[[Path], str]


def open_view(page: Page, url: str) -> None:
    """Open a URL and wait until its script has run."""
    page.goto(url)
    wait_for_run(page)


def wait_for_run(page: Page) -> None:
    page.wait_for_selector(
        '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=RUN_TIMEOUT_MS
    )


def table_rows(page: Page, index: int = 0) -> list[list[str]]:
    """The rows a dataframe draws, read from the grid's accessible table (the cells themselves
    are painted on a canvas)."""
    grid = page.locator('[data-testid="stDataFrame"]').nth(index)
    grid.locator("table tr td").first.wait_for(state="attached", timeout=RUN_TIMEOUT_MS)
    rows = [row.locator("td").all_inner_texts() for row in grid.locator("table tr").all()]
    return [row for row in rows if row]


def table_header(page: Page, index: int = 0) -> list[str]:
    grid = page.locator('[data-testid="stDataFrame"]').nth(index)
    return grid.locator("table tr th").all_inner_texts()


def failures(page: Page) -> list[str]:
    """Tracebacks and error boxes on the page."""
    boxes = page.locator('[data-testid="stException"], [data-testid="stAlertContentError"]')
    return boxes.all_inner_texts()


def test_leaderboard_url_shows_unireplknet_in_a_real_browser(
    sample_url: str, page: Page, artifacts: Path
) -> None:
    url = sample_url
    open_view(page, f"{url}/leaderboard?dataset=ImageNet&metric=top-1+accuracy")
    rows = table_rows(page)
    header = table_header(page)
    page.wait_for_selector('[data-testid="stVegaLiteChart"]', timeout=RUN_TIMEOUT_MS)
    page.screenshot(path=str(artifacts / "leaderboard-imagenet-top1.png"), full_page=True)
    assert failures(page) == []
    assert header[:3] == ["rank", "model", "value"]
    first = {row[1]: row[2] for row in rows[:10]}
    assert first.get("UniRepLKNet") == "88.0%", rows[:10]
    assert rows[0][0] == "1"
    assert page.get_by_role("combobox", name="Dataset").input_value() == "ImageNet"
    assert page.get_by_role("combobox", name="Metric").input_value() == "top-1 accuracy"


def test_download_in_a_real_browser_holds_the_rows_shown(sample_url: str, page: Page) -> None:
    url = sample_url
    open_view(page, f"{url}/leaderboard?dataset=ImageNet&metric=top-1+accuracy")
    rows = table_rows(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download CSV").click()
    saved = Path(download.value.path())
    assert download.value.suggested_filename == "leaderboard-imagenet-top-1-accuracy.csv"
    lines = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
    assert [(line["rank"], line["model"]) for line in lines] == [(row[0], row[1]) for row in rows]


@pytest.mark.parametrize(
    ("view", "shot"),
    [
        ("/", "overview"),
        ("/leaderboard?dataset=ImageNet&metric=top-1+accuracy", "leaderboard"),
        ("/compare?papers=hostile-1,hostile-2", "compare"),
        ("/explore?search=HYPERLINK", "explore"),
        ("/paper?id=hostile-1", "paper-hostile-1"),
        ("/paper?id=hostile-2", "paper-hostile-2"),
    ],
)
def test_hostile_text_is_shown_literally_and_never_runs(
    hostile_url: str, page: Page, artifacts: Path, view: str, shot: str
) -> None:
    url = hostile_url
    dialogs: list[str] = []

    def record(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    open_view(page, f"{url}{view}")
    page.wait_for_timeout(1500)  # let charts and images settle: an onerror would fire by now
    page.screenshot(path=str(artifacts / f"hostile-{shot}.png"), full_page=True)
    assert dialogs == []
    assert failures(page) == []
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    scripts = page.evaluate(
        "Array.from(document.scripts).filter(s => s.textContent.includes('alert')).length"
    )
    assert scripts == 0
    main = page.locator('[data-testid="stMain"]')
    # No Markdown was interpreted: no bold, no emphasis, no link, no maths in the page body.
    assert main.locator("strong, em, .katex").count() == 0
    if shot == "paper-hostile-1":
        assert page.get_by_role("heading", name=HOSTILE_TITLE).count() == 1
        text = main.inner_text()
        assert '<script>alert("abstract")</script> **Bold** [x](javascript:alert(3))' in text
        assert "costs $5 and $6." in text
        assert page.locator("mark").all_inner_texts() == ["91.5%"]
    if shot == "leaderboard":
        models = [row[1] for row in table_rows(page)]
        assert HOSTILE_TITLE in models
        assert HOSTILE_MODEL in models


def generated_input(path: Path, count: int) -> Path:
    """`count` real abstracts under new ids: a large dump as an ingest would meet it."""
    with (ROOT / "data" / "gold" / "papers.jsonl").open(encoding="utf-8") as lines:
        abstracts = [json.loads(line)["abstract"] for line in lines]
    pick = random.Random(count)
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            paper = {"id": f"bulk-{number}", "title": f"Paper {number}"}
            out.write(json.dumps({**paper, "abstract": pick.choice(abstracts)}) + "\n")
    return path


@pytest.fixture
def running_ingest(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[bytes]]]:
    """A sample store and a real `claims ingest` of a big input into it, started but not done."""
    db = sample_store(tmp_path / "claims.db")  # a fresh store: this test writes to it
    big = generated_input(tmp_path / "big.jsonl", INGEST_PAPERS)
    ingest = subprocess.Popen(
        [CLAIMS, "ingest", str(big), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        yield db, ingest
    finally:
        if ingest.poll() is None:
            ingest.kill()
        ingest.communicate()


def overview_counts(page: Page) -> tuple[str, ...]:
    values = page.locator('[data-testid="stMetricValue"]')
    values.nth(2).wait_for(timeout=RUN_TIMEOUT_MS)
    return tuple(values.all_inner_texts())


def test_reloads_while_an_ingest_writes_show_no_error(
    serve: Serve,
    page: Page,
    artifacts: Path,
    running_ingest: tuple[Path, subprocess.Popen[bytes]],
) -> None:
    db, ingest = running_ingest
    before = Store.open(db).stats()
    old = (f"{before.papers:,}", f"{before.claims:,}", f"{before.benchmarks:,}")
    url = serve(db)
    open_view(page, url)
    seen: list[tuple[str, ...]] = []
    reloads = 0
    running_at_first_reload = ingest.poll() is None
    # At least 20 reloads, and on until the ingest has committed, so the commit falls among them.
    while reloads < 20 or ingest.poll() is None:
        page.reload()
        wait_for_run(page)
        reloads += 1
        problems = failures(page)
        assert problems == [], f"reload {reloads}: {problems}"
        seen.append(overview_counts(page))
    _, error = ingest.communicate()
    assert ingest.returncode == 0, error.decode()
    after = Store.open(db).stats()
    new = (f"{after.papers:,}", f"{after.claims:,}", f"{after.benchmarks:,}")
    page.reload()
    wait_for_run(page)
    page.screenshot(path=str(artifacts / "overview-after-ingest.png"), full_page=True)
    assert overview_counts(page) == new
    assert running_at_first_reload, "the ingest finished before the reloads began: use more papers"
    # Each reload saw the store before the ingest or after it, never a mix of the two.
    assert set(seen) <= {old, new}, set(seen)
    assert reloads >= 20


def test_a_copied_url_opens_the_same_view(sample_url: str, page: Page) -> None:
    open_view(page, f"{sample_url}/leaderboard")
    dataset = page.get_by_role("combobox", name="Dataset")
    dataset.click()
    options = page.get_by_role("option").all_inner_texts()
    other = next(option for option in options if option != "ImageNet")
    page.get_by_role("option", name=other, exact=True).click()
    wait_for_run(page)
    page.wait_for_url(lambda url: "dataset=" in url)
    copied = page.url
    fresh = page.context.new_page()
    open_view(fresh, copied)
    # By now the first page has long finished the rerun its selection started.
    metric = page.get_by_role("combobox", name="Metric").input_value()
    assert fresh.get_by_role("combobox", name="Dataset").input_value() == other
    assert fresh.get_by_role("combobox", name="Metric").input_value() == metric
    # rank, model and value: the grid lists only the columns it has drawn so far
    shown = [row[:3] for row in table_rows(page)]
    assert [row[:3] for row in table_rows(fresh)] == shown
