"""Every dashboard page under Streamlit's AppTest, reading real SQLite stores built in tmp_path.

The stores are filled by the real readers and extractor from `data/trending-papers.txt`; the hostile
store adds papers whose title, abstract, url and model names hold HTML, JavaScript and Markdown.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df
from streamlit.runtime.memory_media_file_storage import _calculate_file_id
from streamlit.testing.v1 import AppTest

from claims import Paper
from claims.export import csv_bytes
from claims.leaderboard import (
    benchmarks,
    default_benchmark,
    leaderboard,
    relative_claims,
)
from claims.sources import read_papers
from claims.store import Store
from dashboard import data, frames
from tests.hostile import HOSTILE_MODEL, HOSTILE_TITLE, extract_with_hostile_models, hostile_papers

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dashboard" / "streamlit_app.py"
SAMPLE = ROOT / "data" / "trending-papers.txt"
PAGES = ("overview", "leaderboard", "compare", "explore", "paper")


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "claims.db"
    Store.open(path).ingest(read_papers(str(SAMPLE)))
    return path


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "claims.db"
    papers = [*read_papers(str(SAMPLE)), *hostile_papers()]
    Store.open(path).ingest(papers, extract=extract_with_hostile_models)
    return path


UseStore = Callable[[Path], None]


@pytest.fixture
def use_store(monkeypatch: pytest.MonkeyPatch) -> UseStore:
    """Point the dashboard at a store, as `CLAIMS_DB=path streamlit run ...` would."""

    def point_to(path: Path) -> None:
        monkeypatch.setenv("CLAIMS_DB", str(path))

    return point_to


def open_page(page: str, **params: str | list[str]) -> AppTest:
    """Run the app as a browser would open /<page>?params: the entry script, then the page."""
    app = AppTest.from_file(str(APP), default_timeout=60)
    app.run()
    if page != "overview":
        app.switch_page(f"app_pages/{page}.py")
        for name, value in params.items():
            app.query_params[name] = value
        app.run()
    assert not app.exception, [item.value for item in app.exception]
    return app


def messages(app: AppTest) -> list[str]:
    return [
        str(item.value)
        for kind in ("info", "warning", "error", "caption", "markdown", "subheader", "title")
        for item in getattr(app, kind)
    ]


def charts_of(app: AppTest) -> list[dict[str, object]]:
    return [json.loads(chart.proto.spec) for chart in app.get("vega_lite_chart")]


def html_of(app: AppTest) -> list[str]:
    """The bodies given to st.html."""
    return [element.proto.body for element in app.get("html")]


def chart_data(app: AppTest) -> list[list[pd.DataFrame]]:
    """The rows each chart draws (Streamlit ships them beside the spec, as Arrow)."""
    return [
        [convert_arrow_bytes_to_pandas_df(dataset.data.data) for dataset in chart.proto.datasets]
        for chart in app.get("vega_lite_chart")
    ]


def downloaded(app: AppTest, key: str, expected: bytes, file_name: str) -> bool:
    """Whether the download button `key` serves exactly `expected` as `file_name`.

    AppTest keeps no served file, but a download's media URL is named by a hash of the bytes,
    MIME type and file name it serves, so equal names mean equal bytes.
    """
    url = app.download_button(key=key).proto.url
    served = re.findall(r"/([0-9a-f]+)\.csv$", url)
    assert served, url
    return bool(served[0] == _calculate_file_id(expected, "text/csv", file_name))


def rows_of(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


# Every page


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_the_sample_store(
    use_store: UseStore, sample_db: Path, page: str
) -> None:
    use_store(sample_db)
    app = open_page(page)
    assert not app.error
    assert app.title, "every page has a title"


@pytest.mark.parametrize("page", PAGES)
def test_a_missing_store_says_how_to_make_one(
    use_store: UseStore, tmp_path: Path, page: str
) -> None:
    missing = tmp_path / "nothing-here.db"
    use_store(missing)
    app = open_page(page)
    assert "nothing to show yet" in app.info[0].value
    assert app.code[0].value == f"claims ingest data/trending-papers.txt --db {missing}"
    assert not app.dataframe
    assert not missing.exists(), "looking at a store must not create it"


def test_an_empty_store_says_how_to_fill_it(use_store: UseStore, tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    Store.open(empty)
    use_store(empty)
    app = open_page("leaderboard")
    assert "holds no paper yet" in app.info[0].value
    assert app.code[0].value.startswith("claims ingest data/trending-papers.txt")


def test_a_file_that_is_not_a_store_gives_one_clean_line(
    use_store: UseStore, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not an SQLite file" * 100)
    use_store(broken)
    app = open_page("overview")
    assert len(app.error) == 1
    assert "could not be read" in app.error[0].value
    assert "Traceback" not in app.error[0].value


# Reading the store


def test_a_page_starts_over_when_an_ingest_commits_while_it_reads(
    use_store: UseStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "changing.db"
    papers = list(read_papers(str(SAMPLE)))
    Store.open(path).ingest(papers[:5])
    read = Store.benchmarks
    calls: list[int] = []

    def benchmarks_then_commit(store: Store) -> pd.DataFrame:
        calls.append(store.generation())
        table = read(store)
        if len(calls) == 1:  # an ingest commits after the page's first read of the benchmarks
            Store.open(path).ingest(papers[5:])
        return table

    monkeypatch.setattr(Store, "benchmarks", benchmarks_then_commit)
    use_store(path)
    app = open_page("overview")
    stats = Store.open(path).stats()
    assert calls == [1, 2], "the page read the benchmarks again, on the new state"
    assert [metric.value for metric in app.metric] == [
        f"{stats.papers:,}",
        f"{stats.claims:,}",
        f"{stats.benchmarks:,}",
    ]


def test_explore_reads_the_long_text_of_the_rows_it_shows_either_way(
    sample_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = data.StoreData(path=str(sample_db), summary=Store.open(sample_db).summary())
    full = frames.prepare(Store.open(sample_db).claims_frame())
    narrow = frames.prepare(
        Store.open(sample_db).claims_frame(columns=frames.EXPLORE_CLAIM_COLUMNS)
    ).iloc[::3]
    expected = full.iloc[::3].loc[:, list(narrow.columns) + list(frames.EXPLORE_DETAIL_COLUMNS)]
    looked_up = store.with_details(narrow)
    monkeypatch.setattr(data, "_LOOKUPS", 0)  # many rows: every claim's text in one sweep
    pd.testing.assert_frame_equal(looked_up, expected)
    pd.testing.assert_frame_equal(store.with_details(narrow), expected)


# Overview


def test_overview_counts_match_the_store(use_store: UseStore, sample_db: Path) -> None:
    use_store(sample_db)
    app = open_page("overview")
    stats = Store.open(sample_db).stats()
    assert [metric.value for metric in app.metric] == [
        f"{stats.papers:,}",
        f"{stats.claims:,}",
        f"{stats.benchmarks:,}",
    ]
    titles = [chart.get("title") for chart in charts_of(app)]
    assert titles == ["Claims per metric family", "Most populated benchmarks"]
    top = app.dataframe[0].value
    frame = Store.open(sample_db).claims_frame()
    dataset, metric = default_benchmark(frame) or ("", "")
    assert top["benchmark"][0].endswith(f"#title={dataset} · {metric}")


# Leaderboard


def test_leaderboard_defaults_to_the_benchmark_with_most_papers(
    use_store: UseStore, sample_db: Path
) -> None:
    use_store(sample_db)
    app = open_page("leaderboard")
    frame = Store.open(sample_db).claims_frame()
    assert (app.selectbox(key="dataset").value, app.selectbox(key="metric").value) == (
        default_benchmark(frame)
    )


def test_leaderboard_url_selects_the_benchmark(use_store: UseStore, sample_db: Path) -> None:
    use_store(sample_db)
    app = open_page("leaderboard", dataset="ImageNet", metric="top-1 accuracy")
    assert app.selectbox(key="dataset").value == "ImageNet"
    assert app.selectbox(key="metric").value == "top-1 accuracy"
    shown = app.dataframe[0].value
    expected = frames.leaderboard_table(
        leaderboard(Store.open(sample_db).claims_frame(), "ImageNet", "top-1 accuracy")
    )
    pd.testing.assert_frame_equal(shown.reset_index(drop=True), expected)
    models = dict(zip(shown["model"], shown["value"], strict=True))
    assert models["UniRepLKNet"] == "88.0%"


def test_leaderboard_url_can_open_another_benchmark(use_store: UseStore, sample_db: Path) -> None:
    use_store(sample_db)
    frame = Store.open(sample_db).claims_frame()
    table = benchmarks(frame)
    other = table.iloc[-1]
    app = open_page("leaderboard", dataset=other["dataset"], metric=other["metric"])
    assert app.selectbox(key="dataset").value == other["dataset"]
    assert app.selectbox(key="metric").value == other["metric"]
    assert len(app.dataframe[0].value) == len(leaderboard(frame, other["dataset"], other["metric"]))


def test_leaderboard_explains_an_unknown_benchmark_in_the_url(
    use_store: UseStore, sample_db: Path
) -> None:
    use_store(sample_db)
    app = open_page("leaderboard", dataset="No*Such", metric="top-1 accuracy")
    assert "No benchmark on the dataset “No\\*Such”" in app.warning[0].value
    assert app.dataframe, "the default benchmark is shown instead"


def test_choosing_another_dataset_changes_the_table(use_store: UseStore, sample_db: Path) -> None:
    use_store(sample_db)
    app = open_page("leaderboard", dataset="ImageNet", metric="top-1 accuracy")
    before = app.dataframe[0].value
    other = next(option for option in app.selectbox(key="dataset").options if option != "ImageNet")
    app.selectbox(key="dataset").select(other).run()
    assert not app.exception
    metric = app.selectbox(key="metric").value
    assert metric in app.selectbox(key="metric").options
    after = app.dataframe[0].value
    expected = leaderboard(Store.open(sample_db).claims_frame(), other, metric)
    assert after["model"].to_list() == expected["model"].to_list()
    assert not before.equals(after)


def test_leaderboard_download_holds_exactly_the_rows_shown(
    use_store: UseStore, sample_db: Path
) -> None:
    use_store(sample_db)
    app = open_page("leaderboard", dataset="ImageNet", metric="top-1 accuracy")
    shown = app.dataframe[0].value
    board = leaderboard(Store.open(sample_db).claims_frame(), "ImageNet", "top-1 accuracy")
    expected = csv_bytes(frames.leaderboard_csv(board))
    assert downloaded(app, "leaderboard_csv", expected, "leaderboard-imagenet-top-1-accuracy.csv")
    rows = rows_of(expected)
    assert [(row["rank"], row["model"]) for row in rows] == [
        (str(rank), model) for rank, model in zip(shown["rank"], shown["model"], strict=True)
    ]
    assert [frames.format_value(float(row["value"]), row["unit"]) for row in rows] == list(
        shown["value"]
    )


def test_leaderboard_chart_has_one_bar_per_row(use_store: UseStore, sample_db: Path) -> None:
    use_store(sample_db)
    app = open_page("leaderboard", dataset="ImageNet", metric="top-1 accuracy")
    chart = charts_of(app)[0]
    bars = chart["layer"][0]  # type: ignore[index]
    assert bars["mark"]["type"] == "bar"
    assert "tooltip" in bars["encoding"]
    assert chart["title"] == "top-1 accuracy (higher is better)"


def test_leaderboard_draws_the_state_of_the_art_when_papers_are_dated(
    use_store: UseStore, tmp_path: Path
) -> None:
    path = tmp_path / "dated.db"
    text = "{model} reaches {value}% top-1 accuracy on ImageNet."
    papers = [
        Paper(
            id=f"p{index}",
            title=f"Paper {index}",
            abstract=text.format(model=f"Net{index}", value=value),
            published=date(2023, index, 1),
        )
        for index, value in enumerate([80.1, 79.5, 82.4], start=1)
    ]
    Store.open(path).ingest(papers)
    use_store(path)
    app = open_page("leaderboard", dataset="ImageNet", metric="top-1 accuracy")
    titles = [chart.get("title") for chart in charts_of(app)]
    assert "State of the art over time" in titles


# Compare


def _imagenet_papers(path: Path) -> list[str]:
    board = leaderboard(Store.open(path).claims_frame(), "ImageNet", "top-1 accuracy")
    return list(dict.fromkeys(board["paper_id"]))


def test_compare_url_selects_papers_and_shows_shared_benchmarks(
    use_store: UseStore, sample_db: Path
) -> None:
    use_store(sample_db)
    chosen = _imagenet_papers(sample_db)[:2]
    app = open_page("compare", papers=",".join(chosen))
    assert app.multiselect[0].value == chosen
    assert app.query_params["papers"] == ",".join(chosen)
    table = app.dataframe[0].value
    assert set(table["benchmark"]) >= {"ImageNet · top-1 accuracy"}
    assert set(table["paper"]) == {
        Store.open(sample_db).paper(paper_id).title  # type: ignore[union-attr]
        for paper_id in chosen
    }
    assert charts_of(app)[0]["facet"]["field"] == "benchmark"  # type: ignore[index]
    frame = Store.open(sample_db).claims_frame()
    relative_tables = app.dataframe[1:]
    expected = [len(relative_claims(frame, paper_id)) for paper_id in chosen]
    assert [len(table.value) for table in relative_tables] == [n for n in expected if n]


def test_compare_removing_a_paper_updates_the_url(use_store: UseStore, sample_db: Path) -> None:
    use_store(sample_db)
    chosen = _imagenet_papers(sample_db)[:3]
    app = open_page("compare", papers=",".join(chosen))
    app.multiselect[0].unselect(chosen[0]).run()
    assert app.query_params["papers"] == ",".join(chosen[1:])
    assert set(app.dataframe[0].value["paper_id"]) == set(chosen[1:])


def test_compare_with_one_paper_explains_and_suggests(use_store: UseStore, sample_db: Path) -> None:
    use_store(sample_db)
    app = open_page("compare", papers=f"{_imagenet_papers(sample_db)[0]},no-such-paper")
    assert "no-such-paper" in app.warning[0].value.replace("\\", "")
    assert "Choose two or more papers" in app.info[0].value
    suggestions = app.dataframe[0].value
    assert suggestions["compare"][0].startswith("/compare?papers=")


# Explore


def test_explore_lists_every_claim_without_filters(use_store: UseStore, sample_db: Path) -> None:
    use_store(sample_db)
    app = open_page("explore")
    assert len(app.dataframe[0].value) == len(Store.open(sample_db).claims_frame())


def test_explore_table_is_capped_while_the_csv_holds_every_row(
    use_store: UseStore, sample_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_store(sample_db)
    monkeypatch.setattr(frames, "EXPLORE_TABLE_ROWS", 10)
    app = open_page("explore")
    assert len(app.dataframe[0].value) == 10
    assert any("the CSV holds all" in caption.value for caption in app.caption)
    frame = frames.prepare(Store.open(sample_db).claims_frame())
    expected = csv_bytes(frames.explore_csv(frames.filter_claims(frame)))
    assert downloaded(app, "explore_csv", expected, "claims.csv")


def test_a_filter_changes_the_table(use_store: UseStore, sample_db: Path) -> None:
    use_store(sample_db)
    app = open_page("explore")
    everything = len(app.dataframe[0].value)
    app.multiselect(key="families").select("speed").run()
    speed = app.dataframe[0].value
    assert 0 < len(speed) < everything
    assert set(speed["family"]) == {"speed"}
    app.text_input(key="search").input("faster").run()
    narrowed = app.dataframe[0].value
    assert 0 < len(narrowed) <= len(speed)
    assert all("faster" in sentence.lower() for sentence in narrowed["evidence"])


def test_explore_url_sets_the_filters(use_store: UseStore, sample_db: Path) -> None:
    use_store(sample_db)
    app = open_page("explore", kinds=["ratio", "relative"], search="faster")
    assert app.multiselect(key="kinds").value == ["ratio", "relative"]
    assert app.text_input(key="search").value == "faster"
    shown = app.dataframe[0].value
    assert set(shown["kind"]) <= {"ratio", "relative"}
    assert len(shown) > 0


def test_explore_paper_filter_comes_from_the_url(use_store: UseStore, sample_db: Path) -> None:
    use_store(sample_db)
    paper_id = _imagenet_papers(sample_db)[0]
    app = open_page("explore", paper=paper_id)
    assert app.multiselect(key="explore_papers").value == [paper_id]
    frame = Store.open(sample_db).claims_frame()
    assert len(app.dataframe[0].value) == int((frame["paper_id"] == paper_id).sum())


def test_explore_download_holds_exactly_the_filtered_rows(
    use_store: UseStore, sample_db: Path
) -> None:
    use_store(sample_db)
    app = open_page("explore", families="speed")
    shown = app.dataframe[0].value
    frame = frames.prepare(Store.open(sample_db).claims_frame())
    expected = csv_bytes(frames.explore_csv(frames.filter_claims(frame, families=["speed"])))
    assert downloaded(app, "explore_csv", expected, "claims.csv")
    assert [row["id"] for row in rows_of(expected)] == list(shown["claim_id"])


def test_explore_says_when_nothing_matches(use_store: UseStore, sample_db: Path) -> None:
    use_store(sample_db)
    app = open_page("explore", search="no sentence says this")
    assert "No claim matches" in app.info[0].value
    assert not app.download_button


def test_explore_draws_accuracy_against_parameters_with_its_frontier(
    use_store: UseStore, tmp_path: Path
) -> None:
    path = tmp_path / "sizes.db"
    text = "{model} reaches {top1}% top-1 accuracy on ImageNet with only {size}M parameters."
    papers = [
        Paper(id=f"p{index}", title=f"Paper {index}", abstract=text.format(**values))
        for index, values in enumerate(
            [
                {"model": "TinyNet", "top1": 75.0, "size": 5.0},
                {"model": "BigNet", "top1": 84.0, "size": 300.0},
                {"model": "WasteNet", "top1": 74.0, "size": 90.0},
            ]
        )
    ]
    Store.open(path).ingest(papers)
    use_store(path)
    app = open_page("explore", cost="parameters")
    scatter = charts_of(app)[-1]
    assert scatter["title"] == "ImageNet · top-1 accuracy against parameters"
    (points,) = chart_data(app)[-1]
    assert dict(zip(points["model"], points["frontier"], strict=True)) == {
        "TinyNet": True,
        "WasteNet": False,
        "BigNet": True,
    }


# Paper


def test_paper_url_opens_the_paper_with_its_claims_highlighted(
    use_store: UseStore, sample_db: Path
) -> None:
    use_store(sample_db)
    paper_id = _imagenet_papers(sample_db)[0]
    app = open_page("paper", id=paper_id)
    assert app.selectbox(key="paper_id").value == paper_id
    claims = Store.open(sample_db).claims_frame(paper_id=paper_id)
    body = html_of(app)[0]
    assert body.count("<mark ") == len(claims)
    for text in claims["text"]:
        assert f">{text}</mark>" in body
    table = app.dataframe[0].value
    assert list(table.columns) == list(frames.PAPER_CLAIM_COLUMNS)
    assert set(table["rule"]) == set(claims["rule"])


def test_paper_without_id_asks_for_one_and_unknown_id_is_explained(
    use_store: UseStore, sample_db: Path
) -> None:
    use_store(sample_db)
    app = open_page("paper")
    assert "Choose a paper" in app.info[0].value
    app = open_page("paper", id="no-such-paper")
    assert "No paper with the id no\\-such\\-paper" in app.warning[0].value
    assert app.selectbox(key="paper_id").value is None


def test_choosing_a_paper_puts_it_in_the_url(use_store: UseStore, sample_db: Path) -> None:
    use_store(sample_db)
    app = open_page("paper")
    paper_id = _imagenet_papers(sample_db)[1]
    app.selectbox(key="paper_id").select(paper_id).run()
    assert app.query_params["id"] == paper_id
    assert app.get("html")


# Untrusted text


def _unescaped(text: str) -> list[str]:
    """Markdown-active characters that are not backslash-escaped."""
    return re.findall(r"(?<!\\)[<>*$\[\]`]", text)


@pytest.mark.parametrize(
    ("page", "params"),
    [
        ("overview", {}),
        ("leaderboard", {"dataset": "ImageNet", "metric": "top-1 accuracy"}),
        ("compare", {"papers": "hostile-1,hostile-2"}),
        ("explore", {"search": "HYPERLINK"}),
        ("paper", {"id": "hostile-1"}),
        ("paper", {"id": "hostile-2"}),
    ],
)
def test_untrusted_text_is_never_markup(
    use_store: UseStore, hostile_db: Path, page: str, params: dict[str, str]
) -> None:
    use_store(hostile_db)
    app = open_page(page, **params)
    assert not app.error
    for text in messages(app):
        if "onerror" in text or "HYPERLINK" in text or "javascript" in text:
            assert _unescaped(text) == [], text
    for body in html_of(app):
        without_marks = re.sub(r'<mark style="[^"]*" title="[^"]*">|</mark>', "", body)
        without_marks = re.sub(r'^<div style="line-height:1.7">|</div>$', "", without_marks)
        assert "<" not in without_marks and ">" not in without_marks
    for table in app.dataframe:
        for column in ("paper", "compare", "benchmark"):
            if column in table.value.columns:
                assert not table.value[column].str.startswith("javascript").any()


def test_hostile_names_are_shown_as_written(use_store: UseStore, hostile_db: Path) -> None:
    use_store(hostile_db)
    app = open_page("leaderboard", dataset="ImageNet", metric="top-1 accuracy")
    shown = app.dataframe[0].value
    assert HOSTILE_TITLE in set(shown["model"])
    assert HOSTILE_MODEL in set(shown["model"])
    # A `javascript:` url is never linked: the title links to the paper's own page instead.
    assert f"/paper?id=hostile-1#title={HOSTILE_TITLE}" in set(shown["paper"])
    app = open_page("paper", id="hostile-1")
    assert app.subheader[0].value == "\\<img src\\=x onerror\\=alert\\(1\\)\\>"
    assert "&lt;script&gt;alert(&quot;abstract&quot;)&lt;/script&gt;" in html_of(app)[0]
    assert not app.get("link_button"), "a javascript: url gets no button"
