"""Exports: stable columns, formula-safe CSV, atomic writes, nothing written outside the path."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pandas as pd
import pytest

from claims.errors import ClaimsError
from claims.export import EXPORT_COLUMNS, csv_bytes, export, export_frame, neutralise
from claims.model import CLAIM_FIELDS, Claim, Paper
from claims.store import Store

HYPERLINK = '=HYPERLINK("http://x","y")'
TITLES = {
    "p-formula": HYPERLINK,
    "p-at": "@SUM(A1:A9)",
    "p-plus": "+cmd|' /C calc'!A0",
    "p-tab": "\tindented",
    "p-quote": 'Commas, "quotes" and\na newline — ünïcode',
}


def signed_claims(paper: Paper) -> list[Claim]:
    """Every signed or unsigned decimal in the abstract, as a delta of top-1 accuracy."""
    return [
        Claim(
            paper_id=paper.id,
            value=float(match[0]),
            metric="top-1 accuracy",
            dataset="ImageNet",
            model=paper.title,
            kind="delta",
            text=match[0],
            start=match.start(),
            end=match.end(),
            sentence=paper.abstract,
            rule="test: signed",
        )
        for match in re.finditer(r"[+-]?\d+\.\d+", paper.abstract)
    ]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "claims.db")
    papers = [
        Paper(id=paper_id, title=title, abstract=f"It changes top-1 by {sign}0.3 points.")
        for (paper_id, title), sign in zip(TITLES.items(), "-+-+-", strict=True)
    ]
    store.ingest(papers, signed_claims)
    return store


def read_csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_csv_has_one_header_in_the_documented_order(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    rows = export(store, out)
    lines = out.read_bytes().split(b"\r\n")
    assert ("id", *CLAIM_FIELDS, "title", "url", "published") == EXPORT_COLUMNS
    assert lines[0].decode() == ",".join(EXPORT_COLUMNS)
    assert rows == len(read_csv_rows(out)) == 5


def test_a_formula_title_is_exported_as_text(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    export(store, out)
    titles = {row["paper_id"]: row["title"] for row in read_csv_rows(out)}
    assert titles["p-formula"] == "'" + HYPERLINK
    assert titles["p-at"] == "'@SUM(A1:A9)"
    assert titles["p-plus"] == "'+cmd|' /C calc'!A0"
    assert titles["p-tab"] == "'\tindented"
    # model names are the titles too: every text column is neutralised
    assert {row["model"] for row in read_csv_rows(out)} == {"'" + HYPERLINK} | {
        titles[paper] for paper in TITLES if paper != "p-formula"
    }


def test_signed_numbers_stay_numbers(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    export(store, out)
    rows = read_csv_rows(out)
    assert sorted(row["value"] for row in rows) == ["-0.3", "-0.3", "-0.3", "0.3", "0.3"]
    assert sorted(row["text"] for row in rows) == ["+0.3", "+0.3", "-0.3", "-0.3", "-0.3"]


def test_quoting_and_unicode_survive_a_round_trip(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    export(store, out)
    titles = {row["paper_id"]: row["title"] for row in read_csv_rows(out)}
    assert titles["p-quote"] == TITLES["p-quote"]
    assert out.read_bytes().decode("utf-8")  # strict UTF-8, no BOM
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("-2+3", "'-2+3"),
        ("-", "'-"),
        ("\rcarriage", "'\rcarriage"),
        ("-0.3", "-0.3"),
        ("+4.7%", "+4.7%"),
        ("-1e-3", "-1e-3"),
        ("ImageNet", "ImageNet"),
        ("", ""),
    ],
)
def test_neutralise(cell: str, safe: str) -> None:
    assert neutralise(cell) == safe


def test_csv_bytes_neutralises_any_frame() -> None:
    data = csv_bytes(pd.DataFrame({"model": [HYPERLINK, "ok"], "value": [-0.3, 1.0]}))
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert rows == [["model", "value"], ["'" + HYPERLINK, "-0.3"], ["ok", "1.0"]]


def test_jsonl_keeps_the_column_order_and_nulls(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    export(store, out, "jsonl")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [list(record) for record in records] == [list(EXPORT_COLUMNS)] * 5
    assert {record["title"] for record in records} == set(TITLES.values())  # raw text, not CSV
    assert all(record["unit"] == "" and record["url"] is None for record in records)
    assert all(isinstance(record["start"], int) for record in records)


def test_parquet_round_trips(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "claims.parquet"
    export(store, out, "parquet")
    back = pd.read_parquet(out)
    pd.testing.assert_frame_equal(back, export_frame(store), check_dtype=False)
    assert list(back.columns) == list(EXPORT_COLUMNS)
    assert str(back["start"].dtype) == "int64" and str(back["value_max"].dtype) == "float64"


def test_an_empty_parquet_export_keeps_its_types(tmp_path: Path) -> None:
    out = tmp_path / "empty.parquet"
    assert export(Store(tmp_path / "empty.db"), out, "parquet") == 0
    assert str(pd.read_parquet(out)["value"].dtype) == "float64"


def test_filters_keep_one_benchmark(store: Store, tmp_path: Path) -> None:
    claim_id = store.claims_frame()["id"].iloc[0]
    store.correct(claim_id, dataset="COCO")
    assert export(store, tmp_path / "coco.csv", dataset="COCO") == 1
    assert export(store, tmp_path / "none.csv", metric="BLEU") == 0
    assert read_csv_rows(tmp_path / "coco.csv")[0]["id"] == claim_id
    assert (tmp_path / "none.csv").read_bytes() == (",".join(EXPORT_COLUMNS) + "\r\n").encode()


def test_rejected_claims_are_not_exported(store: Store, tmp_path: Path) -> None:
    store.reject(store.claims_frame()["id"].iloc[0], "wrong")
    assert export(store, tmp_path / "out.csv") == 4


def test_dash_writes_to_standard_output(
    store: Store, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    export(store, "-", "jsonl")
    assert len(capsysbinary.readouterr().out.splitlines()) == 5


class Interrupt:
    """A cell that stops the export half-way, as Ctrl-C would."""

    def __str__(self) -> str:
        raise KeyboardInterrupt

    def __float__(self) -> float:
        raise KeyboardInterrupt


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_an_interrupted_export_leaves_no_file_under_the_final_name(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    frame = pd.concat([export_frame(store)] * 2000, ignore_index=True).astype(object)
    frame["title"] = [*frame["title"].iloc[:-1], Interrupt()]
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises((KeyboardInterrupt, TypeError, ValueError)):
        export(frame, folder / f"claims.{fmt}", fmt)  # type: ignore[arg-type]
    assert list(folder.iterdir()) == []


def test_an_interrupted_export_keeps_the_previous_file(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    export(store, out)
    before = out.read_bytes()
    frame = export_frame(store).astype(object)
    frame["title"] = [*frame["title"].iloc[:-1], Interrupt()]
    with pytest.raises(KeyboardInterrupt):
        export(frame, out)
    assert out.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["claims.csv", "claims.db"]


def test_a_symbolic_link_is_replaced_not_followed(store: Store, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "precious.txt"
    target.write_text("keep me")
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "claims.csv").symlink_to(target)
    export(store, folder / "claims.csv")
    assert target.read_text() == "keep me"
    assert not (folder / "claims.csv").is_symlink()
    assert [path.name for path in folder.iterdir()] == ["claims.csv"]


def test_the_file_gets_the_usual_permissions(store: Store, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        export(store, tmp_path / "claims.csv")
    finally:
        os.umask(old)
    assert (tmp_path / "claims.csv").stat().st_mode & 0o777 == 0o644


def test_bad_destinations_are_one_line_errors(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ClaimsError, match=r"the folder .* does not exist"):
        export(store, tmp_path / "missing" / "claims.csv")
    with pytest.raises(ClaimsError, match="is a folder"):
        export(store, tmp_path)
    with pytest.raises(ClaimsError, match="unknown export format"):
        export(store, tmp_path / "x.xlsx", "xlsx")  # type: ignore[arg-type]
    assert not (tmp_path / "missing").exists() and not (tmp_path / "x.xlsx").exists()
