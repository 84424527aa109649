"""`claims ingest/correct/reject/stats/export`: thin commands, clean one-line errors, examples."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner, Result

from claims.cli import main
from claims.export import EXPORT_COLUMNS
from claims.store import Store

ROOT = Path(__file__).parents[1]
SAMPLE = ROOT / "data" / "trending-papers.txt"
PAPERS = ROOT / "data" / "gold" / "papers.jsonl"
CLAIMS = str(Path(sys.executable).with_name("claims"))
COMMANDS = ("ingest", "correct", "reject", "stats", "export")


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLAIMS, *map(str, args)], capture_output=True, text=True, timeout=120, check=False
    )


def invoke(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, [str(arg) for arg in args], env=env)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A store holding the first ten gold papers."""
    path = tmp_path / "claims.db"
    head = tmp_path / "head.jsonl"
    head.write_text("".join(PAPERS.read_text(encoding="utf-8").splitlines(True)[:10]))
    result = invoke("ingest", head, "--db", path)
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_ending_with_an_example(command: str) -> None:
    result = invoke(command, "--help")
    description = result.output.split("\nOptions:")[0].rstrip().splitlines()
    assert result.exit_code == 0
    assert description[-2].strip() == "Example:"
    assert description[-1].strip().startswith(f"claims {command} ")
    assert "--db" in result.output


def test_export_help_lists_the_columns_in_order() -> None:
    text = invoke("export", "--help").output.split("\nOptions:")[0]
    positions = [re.search(rf"\b{column}\b", text) for column in EXPORT_COLUMNS]
    starts = [match.start() if match else -1 for match in positions]
    assert -1 not in starts and starts == sorted(starts)


def test_ingesting_the_sample_twice_leaves_identical_stats_and_export(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    outputs, summaries = [], []
    for _ in range(2):
        ingested = run("ingest", SAMPLE, "--db", db)
        assert ingested.returncode == 0, ingested.stderr
        summaries.append(ingested.stderr)
        outputs.append((run("stats", "--db", db).stdout, run("export", "--db", db).stdout))
    assert outputs[0] == outputs[1]
    assert ": 105 added, 0 updated, 0 unchanged; " in summaries[0]
    assert ": 0 added, 0 updated, 105 unchanged; 0 claims written" in summaries[1]


def test_a_missing_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = run("ingest", tmp_path / "missing.jsonl", "--db", tmp_path / "claims.db")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"claims: error: {tmp_path / 'missing.jsonl'}: no such file"
    ]
    assert not (tmp_path / "claims.db").exists()


def test_bad_input_half_way_leaves_the_store_and_says_so(db: Path, tmp_path: Path) -> None:
    before = Store(db).stats()
    bad = tmp_path / "bad.jsonl"
    lines = PAPERS.read_text(encoding="utf-8").splitlines(True)
    bad.write_text("".join(lines[10:14]) + "{not json\n" + "".join(lines[14:20]))
    result = invoke("ingest", bad, "--db", db)
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"claims: error: {bad}:5: ")
    assert line.endswith(f"(nothing was ingested: {db} is as it was)")
    assert Store(db).stats() == before


def test_ctrl_c_during_an_ingest_leaves_the_store_and_says_so(db: Path) -> None:
    before = Store(db).stats()
    process = subprocess.Popen(
        [CLAIMS, "ingest", "-", "--db", str(db)],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdin is not None and process.stderr is not None
    # More than a pipe holds (64 KB): once written, the ingest has read most of it and is
    # waiting for the rest of its input. Interrupt it there, as a user would.
    for number in range(2000):
        abstract = f"Model{number} reaches {number % 30 + 60}.5% ImageNet top-1 accuracy."
        process.stdin.write(json.dumps({"id": f"new-{number}", "abstract": abstract}) + "\n")
    process.stdin.flush()
    process.send_signal(signal.SIGINT)
    stderr = process.communicate(timeout=60)[1]
    assert process.returncode == 130
    assert stderr.splitlines() == [
        f"claims: ingest interrupted: nothing was written, {db} is as it was"
    ]
    assert Store(db).stats() == before


def test_correct_reject_and_stats(db: Path) -> None:
    claim_ids = Store(db).claims_frame()["id"].tolist()
    corrected = invoke(
        "correct", claim_ids[0], "--dataset", "ImageNet", "--value", "88.0", "--db", db
    )
    rejected = invoke("reject", claim_ids[1], "--reason", "a year, not a result", "--db", db)
    stats = invoke("stats", "--json", "--db", db)
    assert (corrected.exit_code, rejected.exit_code, stats.exit_code) == (0, 0, 0)
    counts = json.loads(stats.stdout)
    assert (counts["corrections"], counts["rejections"]) == (1, 1)
    row = Store(db).claims_frame().set_index("id").loc[claim_ids[0]]
    assert (row["dataset"], row["value"]) == ("ImageNet", 88.0)


def test_stats_lists_the_benchmarks(db: Path) -> None:
    result = invoke("stats", "--benchmarks", "3", "--db", db)
    assert result.stdout.splitlines()[0].split() == ["papers", "10"]
    assert "papers" in result.stdout.splitlines()[-1] and " / " in result.stdout.splitlines()[-1]


@pytest.mark.parametrize(
    "args",
    [
        ("correct", "c-000000000000", "--value", "1"),
        ("reject", "c-000000000000", "--reason", "x"),
        ("correct", "c-000000000000"),
    ],
)
def test_bad_curation_is_one_line_and_exit_2(db: Path, args: tuple[str, ...]) -> None:
    result = invoke(*args, "--db", db)
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("claims: error: c-000000000000: ")


@pytest.mark.parametrize("command", [("stats",), ("export",), ("reject", "c-1", "--reason", "x")])
def test_a_missing_store_is_one_line_and_exit_2(tmp_path: Path, command: tuple[str, ...]) -> None:
    result = invoke(*command, "--db", tmp_path / "none.db")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"claims: error: {tmp_path / 'none.db'}: no store here (create one with `claims ingest`)"
    ]
    assert not (tmp_path / "none.db").exists()


def test_export_to_a_file_takes_the_format_from_its_suffix(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.parquet"
    result = invoke("export", "-o", out, "--db", db)
    assert result.exit_code == 0
    assert result.stderr.startswith(f"exported {len(pd.read_parquet(out))} claims to {out}")
    assert list(pd.read_parquet(out).columns) == list(EXPORT_COLUMNS)


def test_export_jsonl_to_standard_output(db: Path) -> None:
    result = invoke("export", "--format", "jsonl", "--db", db)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0 and result.stderr == ""
    assert len(records) == Store(db).stats().claims
    assert list(records[0]) == list(EXPORT_COLUMNS)


def test_claims_db_names_the_store_and_db_wins(db: Path, tmp_path: Path) -> None:
    from_env = invoke("stats", "--json", env={"CLAIMS_DB": str(db)})
    overridden = invoke("stats", "--db", tmp_path / "none.db", env={"CLAIMS_DB": str(db)})
    assert json.loads(from_env.stdout)["papers"] == 10
    assert overridden.exit_code == 2


def test_a_correction_before_a_reingest_is_still_applied_after_it(db: Path, tmp_path: Path) -> None:
    claim_id = Store(db).claims_frame()["id"].iloc[0]
    assert invoke("correct", claim_id, "--model", "Curated", "--db", db).exit_code == 0
    # New rules would re-extract every paper; a changed title makes every paper "changed" too.
    lines = PAPERS.read_text(encoding="utf-8").splitlines()[:10]
    records = [{**json.loads(line), "title": "Retitled"} for line in lines]
    changed = tmp_path / "changed.jsonl"
    changed.write_text("".join(json.dumps(record) + "\n" for record in records))
    reingested = invoke("ingest", changed, "--db", db)
    exported = invoke("export", "--format", "jsonl", "--db", db)
    assert "0 added, 10 updated" in reingested.stderr
    models = {
        json.loads(line)["id"]: json.loads(line)["model"] for line in exported.stdout.splitlines()
    }
    assert models[claim_id] == "Curated"
