"""The store: idempotent ingests, replaced claims, corrections that survive, atomic rollbacks."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from claims.errors import ClaimsError, InputError
from claims.export import export
from claims.leaderboard import benchmarks
from claims.model import CLAIM_FIELDS, Claim, Paper
from claims.store import SCHEMA_VERSION, Store, resolve_path

NUMBER = re.compile(r"(\d+(?:\.\d+)?)%")


def percent_rule(paper: Paper) -> list[Claim]:
    """A stand-in for the extractor's rules: every "N%" is an ImageNet top-1 accuracy."""
    return [
        Claim(
            paper_id=paper.id,
            value=float(match[1]),
            unit="%",
            metric="top-1 accuracy",
            dataset="ImageNet",
            model=paper.title or None,
            kind="absolute",
            direction="higher",
            normalized=float(match[1]) / 100,
            text=match[0],
            start=match.start(),
            end=match.end(),
            sentence=paper.abstract,
            rule="test: percent",
        )
        for match in NUMBER.finditer(paper.abstract)
    ]


def newer_rule(paper: Paper) -> list[Claim]:
    """The same spans read by changed rules: a different metric, so different claims, same ids."""
    return [
        claim.model_copy(update={"metric": "accuracy", "rule": "test: newer"})
        for claim in percent_rule(paper)
    ]


def corpus(count: int = 6) -> list[Paper]:
    return [
        Paper(
            id=f"paper-{number}",
            title=f"Model{number}",
            abstract=f"Model{number} reaches {80 + number}.5% top-1 and {number}% fewer FLOPs.",
            source="test",
        )
        for number in range(count)
    ]


def snapshot(store: Store) -> tuple[object, ...]:
    """Everything a reader can see of a store."""
    return (
        store.stats(),
        store.claims_frame(include_rejected=True).to_json(orient="records"),
        store.papers_frame().to_json(orient="records"),
    )


def failing_after(papers: list[Paper], count: int, error: BaseException) -> Iterator[Paper]:
    yield from papers[:count]
    raise error


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "claims.db")


def test_the_same_input_twice_changes_nothing(store: Store, tmp_path: Path) -> None:
    first = store.ingest(corpus(), percent_rule)
    stats, export_one = store.stats(), tmp_path / "one.csv"
    export(store, export_one)
    second = store.ingest(corpus(), percent_rule)
    export(store, tmp_path / "two.csv")
    assert (first.papers_added, first.papers_updated, first.claims_written) == (6, 0, 12)
    assert (second.papers_added, second.papers_updated, second.papers_unchanged) == (0, 0, 6)
    assert second.claims_written == 0
    assert store.stats() == stats
    assert (tmp_path / "two.csv").read_bytes() == export_one.read_bytes()


def test_changed_rules_replace_the_claims_of_a_paper(store: Store) -> None:
    store.ingest(corpus(), percent_rule)
    report = store.ingest(corpus(), newer_rule)
    frame = store.claims_frame()
    assert (report.papers_updated, report.papers_unchanged, report.claims_written) == (6, 0, 12)
    assert set(frame["rule"]) == {"test: newer"}
    assert len(frame) == 12


def test_a_changed_abstract_replaces_only_that_papers_claims(store: Store) -> None:
    papers = corpus()
    store.ingest(papers, percent_rule)
    changed = papers[2].model_copy(update={"abstract": "Now 99.9% top-1."})
    report = store.ingest([*papers[:2], changed, *papers[3:]], percent_rule)
    claims = store.claims_frame(paper_id="paper-2")
    assert (report.papers_updated, report.papers_unchanged, report.claims_written) == (1, 5, 1)
    assert claims["text"].tolist() == ["99.9%"]
    assert store.stats().claims == 11


def test_a_paper_given_twice_in_one_ingest_keeps_the_last(store: Store) -> None:
    first, second = corpus(1)[0], corpus(1)[0].model_copy(update={"abstract": "Just 50% here."})
    report = store.ingest([first, second], percent_rule)
    assert report.papers_added == 1
    assert store.claims_frame()["text"].tolist() == ["50%"]


def test_corrections_and_rejections_survive_a_reingest_with_new_rules(store: Store) -> None:
    store.ingest(corpus(), percent_rule)
    claims = store.claims_frame()
    corrected, rejected = claims["id"].iloc[0], claims["id"].iloc[1]
    store.correct(corrected, dataset="CIFAR-10", value=42.0)
    store.reject(rejected, "not a result")
    store.ingest(corpus(), newer_rule)
    after = store.claims_frame(include_rejected=True).set_index("id")
    assert after.loc[corrected, ["dataset", "value", "metric", "corrected"]].tolist() == [
        "CIFAR-10",
        42.0,
        "accuracy",
        True,
    ]
    assert bool(after.loc[rejected, "rejected"])
    assert rejected not in set(store.claims_frame()["id"])
    assert (store.stats().corrections, store.stats().rejections) == (1, 1)


def test_a_correction_applies_again_when_its_claim_comes_back(store: Store) -> None:
    papers = corpus(1)
    store.ingest(papers, percent_rule)
    claim_id = store.claims_frame()["id"].iloc[0]
    store.correct(claim_id, model="Fixed")
    store.ingest(papers, lambda paper: [])
    assert store.claims_frame().empty
    store.ingest(papers, percent_rule)
    assert store.claims_frame().set_index("id").loc[claim_id, "model"] == "Fixed"


@pytest.mark.parametrize(
    "error",
    [InputError("big.jsonl", "not JSON", line=4), KeyboardInterrupt()],
    ids=["bad input", "ctrl-c"],
)
def test_an_ingest_failing_half_way_leaves_the_store_as_it_was(
    store: Store, error: BaseException
) -> None:
    store.ingest(corpus(3), percent_rule)
    store.correct(store.claims_frame()["id"].iloc[0], value=1.0)
    before = snapshot(store)
    changed = [paper.model_copy(update={"abstract": "77.7%"}) for paper in corpus(6)]
    with pytest.raises(type(error)):
        store.ingest(failing_after(changed, 5, error), percent_rule)
    assert snapshot(store) == before


def test_an_extractor_failure_names_the_paper_and_rolls_back(store: Store) -> None:
    store.ingest(corpus(2), percent_rule)
    before = snapshot(store)

    def broken(paper: Paper) -> list[Claim]:
        if paper.id == "paper-3":
            raise ValueError("bug in a rule")
        return percent_rule(paper)

    with pytest.raises(ClaimsError, match=r"paper 'paper-3': the extractor failed: ValueError"):
        store.ingest(corpus(), broken)
    assert snapshot(store) == before


def test_the_default_extractor_is_the_library_one(store: Store) -> None:
    from claims import extract_paper

    paper = Paper(id="p", title="T", abstract="UniRepLKNet reaches 88.0% ImageNet top-1 accuracy.")
    store.ingest([paper])
    assert store.claims_frame()["id"].tolist() == [claim.id for claim in extract_paper(paper)]


def test_unknown_claim_ids_and_empty_corrections_are_refused(store: Store) -> None:
    store.ingest(corpus(1), percent_rule)
    claim_id = store.claims_frame()["id"].iloc[0]
    with pytest.raises(ClaimsError, match="c-000000000000: no claim with this id"):
        store.correct("c-000000000000", value=1.0)
    with pytest.raises(ClaimsError, match="no claim with this id"):
        store.reject("c-000000000000", "wrong")
    with pytest.raises(ClaimsError, match="nothing to correct"):
        store.correct(claim_id)
    with pytest.raises(ClaimsError, match="finite"):
        store.correct(claim_id, value=float("nan"))
    with pytest.raises(ClaimsError, match="reason"):
        store.reject(claim_id, "  ")
    assert (store.stats().corrections, store.stats().rejections) == (0, 0)


def test_corrections_merge_and_can_clear_a_field(store: Store) -> None:
    store.ingest(corpus(1), percent_rule)
    claim_id = store.claims_frame()["id"].iloc[0]
    store.correct(claim_id, metric="top-1 error", value=19.5)
    store.correct(claim_id, dataset="", model="ResNet-50")
    row = store.claims_frame().set_index("id").loc[claim_id]
    assert row["metric"] == "top-1 error"
    assert row["direction"] == "lower"  # the corrected metric's direction
    assert row["value"] == 19.5
    assert row["normalized"] == pytest.approx(0.195)  # rescaled with the value
    assert pd.isna(row["dataset"])
    assert row["model"] == "ResNet-50"
    assert store.stats().corrections == 1


def test_filters_match_corrected_values(store: Store) -> None:
    store.ingest(corpus(), percent_rule)
    claim_id = store.claims_frame()["id"].iloc[0]
    store.correct(claim_id, dataset="CIFAR-10")
    assert store.claims_frame(dataset="CIFAR-10")["id"].tolist() == [claim_id]
    assert len(store.claims_frame(dataset="ImageNet", metric="top-1 accuracy")) == 11
    assert store.claims_frame(metric="BLEU").empty


def test_claims_frame_columns_and_types(store: Store) -> None:
    empty = store.claims_frame()
    store.ingest(corpus(), percent_rule)
    frame = store.claims_frame()
    expected = ["id", *CLAIM_FIELDS, "title", "url", "published", "corrected", "rejected"]
    assert list(frame.columns) == list(empty.columns) == expected
    assert dict(frame.dtypes.astype(str)) == dict(empty.dtypes.astype(str))
    assert str(frame["value"].dtype) == "float64" and str(frame["start"].dtype) == "int64"
    assert frame["corrected"].dtype == bool and not frame["rejected"].any()


def test_a_paper_round_trips_with_every_field(store: Store) -> None:
    paper = Paper(
        id="2401.00001",
        title="Ünïcode “title”",
        abstract="We get 91.2% on ImageNet.",
        source="arxiv",
        url="https://arxiv.org/abs/2401.00001",
        published=date(2024, 1, 2),
        authors=["A. Author", "B. Author"],
        arxiv_id="2401.00001",
        categories=["cs.CV"],
    )
    store.ingest([paper], percent_rule)
    papers = store.papers_frame()
    assert store.paper(paper.id) == paper
    assert store.paper("missing") is None
    assert papers.loc[0, "claims"] == 1 and papers.loc[0, "authors"] == paper.authors
    assert store.claims_frame().loc[0, "published"] == "2024-01-02"


def test_a_lone_surrogate_is_stored_as_a_replacement_character(store: Store) -> None:
    paper = Paper(id="p", title="bad \ud800 title", abstract="x\udfff 50% y")
    store.ingest([paper], percent_rule)
    stored = store.paper("p")
    assert stored is not None and stored.title == "bad \ufffd title"
    claim = store.claims_frame().iloc[0]
    assert stored.abstract[claim["start"] : claim["end"]] == claim["text"] == "50%"


def test_benchmark_count_agrees_with_the_leaderboard_module(store: Store) -> None:
    papers = corpus()
    store.ingest(papers, percent_rule)
    ids = store.claims_frame()["id"]
    store.correct(ids.iloc[0], dataset="COCO", metric="box AP")
    store.correct(ids.iloc[1], dataset="")
    store.reject(ids.iloc[2], "dup")
    assert store.stats().benchmarks == len(benchmarks(store.claims_frame())) == 2


def corrected_store(store: Store) -> pd.DataFrame:
    """Fill `store` with claims on several benchmarks, some corrected, one rejected; return the
    full claims frame as the library reads it."""
    store.ingest(corpus(8), percent_rule)
    ids = store.claims_frame()["id"]
    store.correct(ids.iloc[0], dataset="COCO", metric="box AP")
    store.correct(ids.iloc[2], dataset="COCO", metric="box AP", value=50.0)
    store.correct(ids.iloc[4], dataset="")
    store.correct(ids.iloc[5], metric="latency")
    store.correct(ids.iloc[6], model="")
    store.reject(ids.iloc[7], "dup")
    return store.claims_frame()


def test_counts_by_sqlite_agree_with_the_frames(store: Store) -> None:
    frame = corrected_store(store)
    pd.testing.assert_frame_equal(store.benchmarks(), benchmarks(frame))
    counts = store.metric_counts()
    assert dict(zip(counts["metric"], counts["claims"], strict=True)) == (
        frame["metric"].value_counts().to_dict()
    )
    assert counts["claims"].is_monotonic_decreasing
    summary = store.summary()
    assert (summary.papers, summary.claims, len(frame)) == (8, 15, 15)  # one claim rejected
    assert summary.generation == store.generation()


def test_counts_of_an_empty_store_have_their_columns(store: Store) -> None:
    assert list(store.benchmarks().columns) == ["dataset", "metric", "papers", "claims"]
    assert store.metric_counts().empty
    assert (store.summary().papers, store.summary().claims) == (0, 0)


def test_claims_frame_reads_only_some_columns_papers_or_claims(store: Store) -> None:
    frame = corrected_store(store)
    columns = ["id", "metric", "dataset", "title"]
    pd.testing.assert_frame_equal(store.claims_frame(columns=columns), frame.loc[:, columns])
    chosen = ["paper-3", "paper-1", "no-such-paper"]
    pd.testing.assert_frame_equal(
        store.claims_frame(paper_ids=chosen),
        frame[frame["paper_id"].isin(chosen)].reset_index(drop=True),
    )
    ids = frame["id"].iloc[[9, 3]].to_list()
    assert store.claims_frame(ids=ids)["id"].to_list() == frame["id"].iloc[[3, 9]].to_list()
    assert store.claims_frame(paper_ids=[]).empty
    with pytest.raises(ValueError, match="position"):
        store.claims_frame(columns=["id", "position"])


def test_benchmark_papers_are_the_first_papers_by_id_on_each_benchmark(store: Store) -> None:
    frame = corrected_store(store)
    listed = store.benchmark_papers(2)
    rankable = frame[(frame["kind"] == "absolute") & frame["dataset"].notna()]
    for (dataset, metric), rows in rankable.groupby(["dataset", "metric"]):
        first = list(dict.fromkeys(rows["paper_id"]))[:2]
        chosen = listed[(listed["dataset"] == dataset) & (listed["metric"] == metric)]
        assert chosen["paper_id"].to_list() == first
    assert len(listed) == sum(min(2, int(papers)) for papers in benchmarks(frame)["papers"])


def test_paper_titles_are_listed_by_id(store: Store) -> None:
    store.ingest(corpus(3), percent_rule)
    assert store.paper_titles() == {f"paper-{n}": f"Model{n}" for n in range(3)}


def claim_indexes(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'claims' "
            "AND sql IS NOT NULL ORDER BY name"
        ).fetchall()


def test_large_and_small_ingests_keep_the_claim_indexes(store: Store) -> None:
    # The first ingest fills an empty table (its indexes are dropped and built anew), the second
    # adds one paper to six (the indexes take the rows one by one), the third doubles the table.
    before = claim_indexes(store.path)
    store.ingest(corpus(6), percent_rule)
    extra = Paper(id="paper-x", title="X", abstract="X reaches 70.5% top-1.", source="test")
    store.ingest([*corpus(6), extra], percent_rule)
    many = [paper.model_copy(update={"id": f"{paper.id}-b"}) for paper in corpus(8)]
    store.ingest(many, percent_rule)
    assert [name for name, _ in before] == ["claims_by_benchmark", "claims_by_id"]
    assert claim_indexes(store.path) == before
    claim_id = store.claims_frame(paper_id="paper-x")["id"].iloc[0]
    with sqlite3.connect(store.path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        plan = connection.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM claims WHERE id = ?", (claim_id,)
        ).fetchall()
    assert "claims_by_id" in str(plan)
    assert store.stats().claims == 12 + 1 + 16


def test_a_merge_failing_after_dropping_the_indexes_leaves_the_store_as_it_was(
    store: Store,
) -> None:
    store.ingest(corpus(6), percent_rule)
    before, indexes = snapshot(store), claim_indexes(store.path)
    with sqlite3.connect(store.path) as connection:
        # Fails the merge's insert of claims, which comes after the indexes are dropped.
        connection.execute(
            "CREATE TRIGGER fail_one BEFORE INSERT ON claims WHEN NEW.value = 99.5 "
            "BEGIN SELECT RAISE(ABORT, 'a claim the test refuses'); END"
        )
    doubling = [
        Paper(id=f"new-{n}", title="N", abstract=f"N reaches {90 + n}.5% top-1.", source="test")
        for n in range(10)
    ]
    with pytest.raises(ClaimsError, match="a claim the test refuses"):
        store.ingest(doubling, percent_rule)
    assert snapshot(store) == before
    assert claim_indexes(store.path) == indexes


def test_schema_is_versioned_and_in_wal_mode(store: Store) -> None:
    with sqlite3.connect(store.path) as connection:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
        columns = {row[1] for row in connection.execute("PRAGMA table_info(claims)")}
    assert (version, mode) == (SCHEMA_VERSION, "wal")
    assert set(CLAIM_FIELDS) <= columns


def test_opening_a_store_twice_keeps_its_contents(store: Store) -> None:
    store.ingest(corpus(), percent_rule)
    assert Store(store.path).stats() == store.stats()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a database at all, just some text" * 100, "not a claims store"),
        (None, "an SQLite file with other tables"),
    ],
    ids=["text file", "foreign sqlite"],
)
def test_a_file_that_is_not_a_store_is_refused(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "other.db"
    if content is None:
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE notes (text TEXT)")
        connection.close()
    else:
        path.write_bytes(content)
    with pytest.raises(ClaimsError, match=message):
        Store(path)


def test_a_store_from_a_newer_version_is_refused(store: Store) -> None:
    with sqlite3.connect(store.path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(ClaimsError, match="newer than this claims"):
        Store(store.path)


def test_a_missing_store_is_created_only_when_asked(tmp_path: Path) -> None:
    with pytest.raises(ClaimsError, match="no store here"):
        Store(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()
    assert Store(tmp_path / "new" / "folder" / "claims.db").stats().papers == 0
    (tmp_path / "a-file").write_text("")
    with pytest.raises(ClaimsError, match="cannot create its folder"):
        Store(tmp_path / "a-file" / "claims.db")


def test_the_path_option_wins_over_the_environment_over_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLAIMS_DB", raising=False)
    assert resolve_path() == Path("data/claims.db")
    monkeypatch.setenv("CLAIMS_DB", str(tmp_path / "env.db"))
    assert resolve_path() == tmp_path / "env.db"
    assert resolve_path(tmp_path / "option.db") == tmp_path / "option.db"
    assert Store.open().path == tmp_path / "env.db"


def test_the_generation_grows_with_every_visible_change(store: Store) -> None:
    generations = [store.generation()]
    store.ingest(corpus(), percent_rule)
    generations.append(store.generation())
    store.ingest(corpus(), percent_rule)  # nothing changes
    generations.append(store.generation())
    claim_id = store.claims_frame()["id"].iloc[0]
    store.correct(claim_id, value=1.0)
    generations.append(store.generation())
    store.reject(claim_id, "wrong")
    generations.append(store.generation())
    assert generations == [0, 1, 1, 2, 3]


def test_a_snapshot_reads_both_frames_from_one_state(store: Store) -> None:
    store.ingest(corpus(), percent_rule)
    store.reject(store.claims_frame()["id"].iloc[0], "wrong")
    snapshot = store.snapshot()
    pd.testing.assert_frame_equal(snapshot.claims, store.claims_frame())
    pd.testing.assert_frame_equal(snapshot.papers, store.papers_frame(abstracts=False))
    assert snapshot.papers["abstract"].isna().all()
    assert snapshot.generation == store.generation() == 2
    assert len(store.snapshot(include_rejected=True).claims) == 12
