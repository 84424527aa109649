"""The readers the extractor needs first: trending-page text, JSONL and CSV, and their bad input."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from claims.cli.options import input_options, input_options_with, papers_from
from claims.errors import InputError
from claims.sources import FORMATS, read_papers, slug

ROOT = Path(__file__).resolve().parent.parent
TRENDING = ROOT / "data" / "trending-papers.txt"
GOLD_PAPERS = ROOT / "data" / "gold" / "papers.jsonl"


def gold() -> list[dict[str, str]]:
    return [json.loads(line) for line in GOLD_PAPERS.read_text(encoding="utf-8").splitlines()]


def test_trending_page_gives_the_gold_ids_titles_and_abstracts() -> None:
    papers = list(read_papers(str(TRENDING)))
    expected = gold()
    assert len(papers) == len(expected) == 105
    assert [paper.id for paper in papers] == [record["id"] for record in expected]
    assert [paper.title for paper in papers] == [record["title"] for record in expected]
    assert [paper.abstract for paper in papers] == [record["abstract"] for record in expected]
    assert {paper.source for paper in papers} == {"trending"}


def test_gold_jsonl_keeps_its_ids() -> None:
    papers = list(read_papers(str(GOLD_PAPERS)))
    assert [(p.id, p.title, p.abstract) for p in papers] == [
        (r["id"], r["title"], r["abstract"]) for r in gold()
    ]
    assert papers[0].source == "jsonl"


def test_read_papers_is_a_lazy_stream() -> None:
    papers = read_papers(str(TRENDING))
    assert next(papers).id == "nerv-an-enhanced-implicit-neural-video-representation"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "NERV++: An Enhanced Implicit Neural Video Representation",
            "nerv-an-enhanced-implicit-neural-video-representation",
        ),
        ("  --Hello,   World!--  ", "hello-world"),
        ("A" * 59 + " B", "a" * 59),  # cut to 60 characters, then no '-' at the end
        ("Über-Schnelle Netze", "ber-schnelle-netze"),
    ],
)
def test_slug(title: str, expected: str) -> None:
    assert slug(title) == expected


def test_slug_of_a_title_without_ascii_letters_is_stable_and_non_empty() -> None:
    assert slug("深度学习") == slug("深度学习")
    assert slug("深度学习").startswith("paper-")


def test_jsonl_without_id_takes_the_title_slug(tmp_path: Path) -> None:
    path = tmp_path / "papers.jsonl"
    path.write_text(
        '{"title": "Fast Nets: 2x Faster", "abstract": "We are 2x faster."}\n'
        "\n"
        '{"id": "p2", "title": "Other", "abstract": "Text."}\n',
        encoding="utf-8",
    )
    papers = list(read_papers(str(path)))
    assert [paper.id for paper in papers] == ["fast-nets-2x-faster", "p2"]


def test_csv_with_quoted_multiline_abstract(tmp_path: Path) -> None:
    path = tmp_path / "papers.csv"
    path.write_text(
        'id,title,abstract\np1,"A, B","Line one,\nline two with 88.0% top-1."\np2,T2,Plain.\n',
        encoding="utf-8",
    )
    papers = list(read_papers(str(path)))
    assert [(p.id, p.title, p.abstract) for p in papers] == [
        ("p1", "A, B", "Line one,\nline two with 88.0% top-1."),
        ("p2", "T2", "Plain."),
    ]
    assert papers[0].source == "csv"


def test_csv_is_detected_without_its_extension(tmp_path: Path) -> None:
    path = tmp_path / "papers.txt"
    path.write_text("title,abstract\nA title,An abstract.\n", encoding="utf-8")
    assert [paper.id for paper in read_papers(str(path))] == ["a-title"]


def test_generic_fields_in_jsonl_and_csv(tmp_path: Path) -> None:
    jsonl = tmp_path / "x.jsonl"
    jsonl.write_text('{"key": 7, "name": "N", "body": "B 1.5x."}\n', encoding="utf-8")
    csv = tmp_path / "x.csv"
    csv.write_text("key,name,body\n7,N,B 1.5x.\n", encoding="utf-8")
    for path in (jsonl, csv):
        (paper,) = read_papers(str(path), id_field="key", title_field="name", text_field="body")
        assert (paper.id, paper.title, paper.abstract) == ("7", "N", "B 1.5x.")


def test_stdin_is_read_with_a_dash() -> None:
    code = (
        "from claims.sources import read_papers\nfor p in read_papers('-'): print(p.id, p.source)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        input=TRENDING.read_bytes(),
        capture_output=True,
        check=True,
        cwd=ROOT,
        timeout=60,
    )
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 105
    assert lines[0] == "nerv-an-enhanced-implicit-neural-video-representation trending"


def test_gzip_reads_the_same(tmp_path: Path) -> None:
    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress(TRENDING.read_bytes()))
    assert list(read_papers(str(path))) == list(read_papers(str(TRENDING)))


def _error(path: Path | str, fmt: str | None = None) -> InputError:
    with pytest.raises(InputError) as caught:
        list(read_papers(str(path), fmt))
    return caught.value


@pytest.mark.parametrize(
    ("name", "content", "message", "line"),
    [
        ("empty.jsonl", b"", "empty file", None),
        ("blank.txt", b"\n  \n\t\n", "empty file", None),
        ("binary.bin", bytes(range(256)) * 4, "binary file", None),
        ("bad.jsonl", b'{"id": "a", "abstract": "x"}\n{"id": "b", "abs\n', "malformed JSON", 2),
        ("list.jsonl", b'{"id": "a", "abstract": "x"}\n[1, 2]\n', "expected a JSON object", 2),
        ("latin1.csv", "id,title,abstract\np,T,caf\u00e9 88%\n".encode("latin-1"), "not UTF-8", 2),
        (
            "late.csv",
            b"id,title,abstract\n" + b"p,T,ok\n" * 9000 + b"q,T,\xe9\n",
            "not UTF-8",
            9002,
        ),
        ("nofield.jsonl", b'{"id": "a", "body": "x"}\n', "no 'abstract' field", 1),
        ("nocolumn.csv", b"id,title,body\na,b,c\n", "no 'abstract' column", 1),
        ("ragged.csv", b"id,title,abstract\na,b\n", "2 fields where the header has 3", 2),
        ("orphan.txt", b"Only A Title\n", "title without an abstract", 1),
        ("noid.jsonl", b'{"abstract": "x"}\n', "neither an id nor a title", 1),
        ("badtype.jsonl", b'{"id": "a", "abstract": ["x"]}\n', "should be text", 1),
        ("deep.jsonl", b"[" * 100_000 + b"]" * 100_000 + b"\n", "malformed JSON", 1),
    ],
)
def test_bad_input_is_an_input_error_naming_file_and_line(
    tmp_path: Path, name: str, content: bytes, message: str, line: int | None
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    error = _error(path)
    assert message in str(error)
    assert error.path == str(path)
    assert error.line == line
    assert str(error).startswith(f"{path}:{line}: " if line else f"{path}: ")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert "no such file" in str(_error(tmp_path / "missing.jsonl"))
    assert "is a directory" in str(_error(tmp_path))


def test_unknown_format_is_an_input_error() -> None:
    error = _error(TRENDING, "pdf")
    assert "unknown format 'pdf'" in str(error)


def test_corrupt_gzip_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(GOLD_PAPERS.read_bytes())[:5000])
    assert "gzip" in str(_error(path))


def test_formats_lists_every_reader() -> None:
    assert FORMATS == (
        "trending",
        "jsonl",
        "csv",
        "hf-daily",
        "arxiv-atom",
        "arxiv-snapshot",
        "pwc",
    )


@click.command()
@click.argument("inputs", nargs=-1)
@input_options
def _list_ids(inputs: tuple[str, ...], **options: Any) -> None:
    for paper in papers_from(inputs, **options):
        click.echo(f"{paper.id} {paper.source}")


def test_input_options_and_papers_from_chain_inputs(tmp_path: Path) -> None:
    extra = tmp_path / "extra.csv"
    extra.write_text("key,body,cats\nk1,Text,cs.CV\n", encoding="utf-8")
    result = CliRunner().invoke(
        _list_ids,
        [str(TRENDING), str(extra), "--id-field", "key", "--text-field", "body"],
        catch_exceptions=False,
    )
    lines = result.output.splitlines()
    assert len(lines) == 106
    assert lines[-1] == "k1 csv"


def test_input_options_force_a_format(tmp_path: Path) -> None:
    path = tmp_path / "looks-like-a-page.txt"
    path.write_text("id,title,abstract\np,T,Text\n", encoding="utf-8")
    result = CliRunner().invoke(_list_ids, [str(path), "--format", "trending"])
    assert isinstance(result.exception, InputError)  # one paragraph: a title with no abstract
    result = CliRunner().invoke(_list_ids, [str(path), "--format", "csv"], catch_exceptions=False)
    assert result.output == "p csv\n"


def test_help_lists_every_format() -> None:
    result = CliRunner().invoke(_list_ids, ["--help"])
    for name in ("auto", *FORMATS):
        assert name in result.output
    assert "--categories" in result.output


def test_categories_option_is_split_on_commas(tmp_path: Path) -> None:
    path = tmp_path / "cats.jsonl"
    path.write_text(
        '{"id": "a", "abstract": "x", "categories": "cs.CV cs.LG"}\n'
        '{"id": "b", "abstract": "x", "categories": ["math.AG"]}\n'
        '{"id": "c", "abstract": "x"}\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        _list_ids, [str(path), "--categories", "cs.LG, stat.ML"], catch_exceptions=False
    )
    assert result.output.split() == ["a", "jsonl", "c", "jsonl"]


@click.command()
@click.argument("inputs", nargs=-1)
@input_options_with("--input-format")
@click.option("--format", "output_format", default="jsonl")
def _with_output_format(inputs: tuple[str, ...], output_format: str, **options: Any) -> None:
    for paper in papers_from(inputs, **options):
        click.echo(f"{paper.id} {paper.source} {output_format}")


def test_input_format_can_move_to_another_flag(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("id,title,abstract\np,T,Text\n", encoding="utf-8")
    result = CliRunner().invoke(
        _with_output_format,
        [str(path), "--input-format", "csv", "--format", "csv"],
        catch_exceptions=False,
    )
    assert result.output == "p csv csv\n"
