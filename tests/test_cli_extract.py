"""`claims extract`, `explain` and `eval` run as a user runs them: real files, real processes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import click
import pytest

from claims import Claim, extract_paper
from claims.cli import main
from claims.evaluate import score_files
from claims.model import CLAIM_FIELDS
from claims.sources import read_papers

ROOT = Path(__file__).resolve().parent.parent
TRENDING = ROOT / "data" / "trending-papers.txt"
PAPERS = ROOT / "data" / "gold" / "papers.jsonl"
GOLD = ROOT / "data" / "gold" / "seed-claims.jsonl"
ABSTRACT = (
    "Our model reaches 88.0% top-1 accuracy on ImageNet-1K with 5.7M parameters, "
    "and runs 4.7x faster than ResNet-50 [12]."
)


def claims_cli(
    *args: str | Path, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "claims", *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=cwd or ROOT,
        timeout=60,
    )


def jsonl(data: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def assert_one_line_error(run: subprocess.CompletedProcess[bytes], *needles: str) -> str:
    err = run.stderr.decode("utf-8")
    assert run.returncode == 2, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("claims: error: ")
    for needle in needles:
        assert needle in err
    return err


@pytest.fixture(scope="module")
def seed_jsonl() -> bytes:
    run = claims_cli("extract", TRENDING)
    assert run.returncode == 0, run.stderr.decode()
    return run.stdout


def test_extract_writes_claims_as_jsonl(seed_jsonl: bytes) -> None:
    records = jsonl(seed_jsonl)
    assert len(records) > 150
    assert all(tuple(record) == CLAIM_FIELDS for record in records)
    claims = [Claim.model_validate(record) for record in records]
    # Papers from the trending page are named by the slug of their title, as in the seed.
    abstracts = {p["id"]: p["abstract"] for p in jsonl(PAPERS.read_bytes())}
    assert all(abstracts[c.paper_id][c.start : c.end] == c.text for c in claims)


def test_extract_writes_what_the_library_extracts(seed_jsonl: bytes) -> None:
    # The trending page and the JSONL of the same papers give the same ids and claims.
    expected = "".join(
        claim.model_dump_json() + "\n"
        for paper in read_papers(str(PAPERS))
        for claim in extract_paper(paper)
    )
    assert seed_jsonl.decode("utf-8") == expected


def test_extract_csv_input_and_csv_output(tmp_path: Path) -> None:
    source = tmp_path / "papers.csv"
    with source.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([["id", "title", "abstract"], ["p-1", "A title", ABSTRACT]])
    run = claims_cli("extract", source, "--format", "csv")
    assert run.returncode == 0, run.stderr.decode()
    rows = list(csv.reader(io.StringIO(run.stdout.decode("utf-8"))))
    assert tuple(rows[0]) == CLAIM_FIELDS
    by_text = {
        row[CLAIM_FIELDS.index("text")]: dict(zip(CLAIM_FIELDS, row, strict=True))
        for row in rows[1:]
    }
    assert {"88.0%", "5.7M", "4.7x"} <= set(by_text)
    assert by_text["88.0%"]["paper_id"] == "p-1"
    assert by_text["88.0%"]["metric"] == "top-1 accuracy"
    assert by_text["88.0%"]["value_max"] == ""  # missing is empty, not "None"


def test_extract_reads_stdin_with_a_named_input_format() -> None:
    line = json.dumps({"id": "p-2", "title": "T", "abstract": ABSTRACT}) + "\n"
    run = claims_cli("extract", "-", "--input-format", "jsonl", stdin=line.encode())
    assert run.returncode == 0, run.stderr.decode()
    records = jsonl(run.stdout)
    assert {r["paper_id"] for r in records} == {"p-2"}
    assert "88.0%" in {r["text"] for r in records}


def test_extract_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    run = claims_cli("extract", PAPERS, "--output-format", "csv", "-o", out)
    assert run.returncode == 0, run.stderr.decode()
    assert run.stdout == b""
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CLAIM_FIELDS
    assert len(rows) > 150
    assert run.stderr.decode() == f"wrote {len(rows) - 1} claims to {out}\n"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.csv"]  # no temporary file left


def test_failed_extract_leaves_the_output_file_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    out.write_text("earlier export\n", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    good = json.dumps({"id": "p", "abstract": ABSTRACT})
    bad.write_text(good + "\n" + good + "\n{oops\n", encoding="utf-8")
    run = claims_cli("extract", bad, "-o", out)
    assert_one_line_error(run, f"{bad}:3:", "malformed JSON")
    assert out.read_text(encoding="utf-8") == "earlier export\n"
    assert {p.name for p in tmp_path.iterdir()} == {"bad.jsonl", "claims.jsonl"}


BAD_INPUTS: list[tuple[str, bytes | None, str]] = [
    ("empty.jsonl", b"", "empty"),
    ("binary.dat", bytes(range(256)) * 16, "binary"),
    ("papers.jsonl", b'{"id": "a", "abstract": "88% top-1"}\n{"id": "b", "abstract": \n', ":2:"),
    ("latin1.csv", "id,title,abstract\na,t,caf\u00e9 88% top-1\n".encode("latin-1"), "UTF-8"),
    ("notes.yaml", b"title: a paper\nabstract: [unclosed\n", "notes.yaml"),
    ("missing.jsonl", None, "no such file"),
]


@pytest.fixture(scope="module")
def bad_input_runs(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, tuple[Path, subprocess.CompletedProcess[bytes]]]:
    # The cases are independent, so their processes run side by side to keep the suite fast.
    folder = tmp_path_factory.mktemp("bad")
    for name, content, _ in BAD_INPUTS:
        if content is not None:
            (folder / name).write_bytes(content)
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = pool.map(lambda case: claims_cli("extract", folder / case[0]), BAD_INPUTS)
        return {
            name: (folder / name, run) for (name, _, _), run in zip(BAD_INPUTS, runs, strict=True)
        }


@pytest.mark.parametrize(
    ("name", "needle"), [pytest.param(c[0], c[2], id=c[0]) for c in BAD_INPUTS]
)
def test_bad_input_is_one_line_and_exit_2(
    bad_input_runs: dict[str, tuple[Path, subprocess.CompletedProcess[bytes]]],
    name: str,
    needle: str,
) -> None:
    path, run = bad_input_runs[name]
    assert_one_line_error(run, str(path), needle)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        pytest.param(("--input-format", "yaml"), "'yaml' is not one of", id="input format"),
        pytest.param(("--format", "xml"), "'xml' is not one of 'jsonl', 'csv'", id="output format"),
    ],
)
def test_unknown_format_option_is_one_line(args: tuple[str, ...], needle: str) -> None:
    assert_one_line_error(claims_cli("extract", PAPERS, *args), needle, "claims extract --help")


def test_explain_lists_claims_with_rules_and_skipped_numbers() -> None:
    run = claims_cli("explain", ABSTRACT)
    assert run.returncode == 0, run.stderr.decode()
    out = run.stdout.decode("utf-8")
    assert out.startswith("3 claims\n")
    assert "88.0%  [18:23]  rule: " in out
    assert "metric top-1 accuracy  dataset ImageNet" in out
    assert "numbers skipped" in out
    assert "citation" in out


def test_explain_reads_stdin() -> None:
    run = claims_cli("explain", "-", stdin=b"It is 4.7x faster than ResNet-50.")
    assert run.returncode == 0, run.stderr.decode()
    out = run.stdout.decode("utf-8")
    assert "4.7x  [6:10]" in out
    assert "kind ratio" in out
    assert "50  [30:32]  part of a name" in out


def test_eval_prints_the_scores(tmp_path: Path, seed_jsonl: bytes) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_bytes(seed_jsonl)
    expected = score_files(str(GOLD), str(pred), str(PAPERS))
    run = claims_cli("eval", GOLD, pred, "--papers", PAPERS, "--json")
    assert run.returncode == 0, run.stderr.decode()
    assert json.loads(run.stdout) == expected.as_dict()
    run = claims_cli("eval", GOLD, pred, "--papers", PAPERS, "--details")
    lines = run.stdout.decode("utf-8").splitlines()
    assert lines[-5:] == expected.table().splitlines()
    assert len(lines) == len(expected.misses) + 5
    assert all(line.startswith(("FN ", "FP ")) for line in lines[:-5])


def test_eval_bad_prediction_line(tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"paper_id": "x", "value": 1}\n[1, 2]\n', encoding="utf-8")
    run = claims_cli("eval", GOLD, pred)
    assert_one_line_error(run, f"{pred}:2:", "JSON object")


def _commands() -> list[str]:
    return sorted(main.commands)


@pytest.mark.parametrize("name", _commands())
def test_every_command_help_ends_with_an_example(name: str) -> None:
    command = main.commands[name]
    with click.Context(
        command, info_name=name, parent=click.Context(main, info_name="claims")
    ) as ctx:
        help_text = command.get_help(ctx)
    description = help_text.split("\nOptions:")[0].rstrip().splitlines()
    assert description[-2].strip() == "Example:" or "Example:" in "\n".join(description[-4:])
    assert description[-1].strip().startswith("claims ")


def test_help_is_printed_by_the_real_command() -> None:
    run = claims_cli("extract", "--help")
    out = run.stdout.decode("utf-8")
    assert run.returncode == 0
    assert "Example:\n      claims extract " in out
    assert "--input-format" in out and "--format, --output-format [jsonl|csv]" in out
