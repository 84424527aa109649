"""Every source format, from small real-shaped files: detected by content, same when gzipped."""

from __future__ import annotations

import gzip
import shutil
from datetime import date
from pathlib import Path

import pytest

from claims import extract_paper
from claims.errors import InputError
from claims.model import Paper
from claims.sources import read_papers
from claims.sources.detect import detect_format

DATA = Path(__file__).resolve().parent / "data" / "sources"

# file -> (format, [(id, title start, published, a value the extractor must find)])
EXPECTED: dict[str, tuple[str, list[tuple[str, str, date | None, float | None]]]] = {
    "arxiv-atom.xml": (
        "arxiv-atom",
        [
            (
                "1905.11946",
                "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
                date(2019, 5, 28),
                84.3,
            ),
            ("1801.04381", "MobileNetV2:", date(2018, 1, 13), 72.0),
        ],
    ),
    "hf-daily.json": (
        "hf-daily",
        [
            ("2403.10131", "UniRepLKNet:", date(2024, 3, 15), 88.0),
            ("2403.09629", "Quiet-STaR:", date(2024, 3, 14), None),
        ],
    ),
    "arxiv-snapshot.jsonl": (
        "arxiv-snapshot",
        [
            (
                "0704.0001",
                "Calculation of prompt diphoton production cross sections at Tevatron and LHC",
                date(2007, 4, 2),
                None,
            ),
            ("1512.03385", "Deep Residual Learning", date(2015, 12, 10), 3.57),
            ("1706.03762", "Attention Is All You Need", date(2017, 6, 12), 28.4),
        ],
    ),
    "papers-with-abstracts.json": (
        "pwc",
        [
            ("2201.03545", "A ConvNet for the 2020s", date(2022, 1, 10), 87.8),
            ("a-workshop-paper-without-arxiv", "A Workshop Paper", None, 41.2),
        ],
    ),
    "generic.csv": ("csv", [("p-001", "Tiny Nets", None, 75.2), ("p-002", "Fast", None, 3.1)]),
    "generic.jsonl": ("jsonl", [("p-001", "Tiny Nets", None, 75.2), ("p-002", "Fast", None, 3.1)]),
}


def _read(path: Path, generic: bool | None = None) -> list[Paper]:
    if generic is None:
        generic = path.name.startswith("generic")
    if generic:
        return list(read_papers(str(path), id_field="paper", title_field="name", text_field="text"))
    return list(read_papers(str(path)))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_format_is_detected_and_papers_are_right(name: str) -> None:
    fmt, expected = EXPECTED[name]
    papers = _read(DATA / name)
    assert {paper.source for paper in papers} == {fmt}
    assert len(papers) == len(expected)
    for paper, (identifier, title, published, value) in zip(papers, expected, strict=True):
        assert paper.id == identifier
        assert paper.title.startswith(title)
        assert paper.published == published
        assert "\n" not in paper.abstract and "  " not in paper.abstract
        if value is not None:
            assert value in [claim.value for claim in extract_paper(paper)]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_gzip_copy_reads_the_same(name: str, tmp_path: Path) -> None:
    # No ".gz" in the name and a misleading extension: only the content tells.
    copy = tmp_path / "download.bin"
    copy.write_bytes(gzip.compress((DATA / name).read_bytes()))
    assert _read(copy, name.startswith("generic")) == _read(DATA / name)


# A CSV is told from page text by its header row; generic.csv names its columns unusually.
@pytest.mark.parametrize("name", sorted(set(EXPECTED) - {"generic.csv"}))
def test_format_is_detected_whatever_the_file_is_called(name: str, tmp_path: Path) -> None:
    renamed = tmp_path / "papers.txt"
    shutil.copy(DATA / name, renamed)
    fmt = EXPECTED[name][0]
    assert detect_format(str(renamed), renamed.read_bytes(), complete=True) == fmt


def test_arxiv_papers_keep_ids_urls_authors_and_categories() -> None:
    efficientnet, mobilenet = _read(DATA / "arxiv-atom.xml")
    assert efficientnet.arxiv_id == "1905.11946"
    assert efficientnet.url == "https://arxiv.org/abs/1905.11946"
    assert efficientnet.authors == ["Mingxing Tan", "Quoc V. Le"]
    assert efficientnet.categories == ["cs.LG", "cs.CV", "stat.ML"]  # primary first
    assert efficientnet.abstract.startswith("Convolutional Neural Networks (ConvNets) are")
    assert "84.3\\% top-1" in efficientnet.abstract  # LaTeX kept: claims.latex maps it
    assert mobilenet.abstract.endswith("300M MAdds & 3.4M parameters.")


def test_snapshot_authors_from_authors_parsed() -> None:
    first = _read(DATA / "arxiv-snapshot.jsonl")[0]
    assert first.authors == ["C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan"]
    assert first.categories == ["hep-ph"]
    assert first.url == "https://arxiv.org/abs/0704.0001"


def test_hf_daily_keeps_authors_and_arxiv_url() -> None:
    unirep = _read(DATA / "hf-daily.json")[0]
    assert unirep.authors == ["Ding Xiaohan", "Zhang Yiyuan"]
    assert unirep.url == "https://arxiv.org/abs/2403.10131"


def test_pwc_without_arxiv_keeps_its_own_url() -> None:
    convnext, workshop = _read(DATA / "papers-with-abstracts.json")
    assert convnext.url == "https://arxiv.org/abs/2201.03545"
    assert convnext.authors is not None and convnext.authors[0] == "Zhuang Liu"
    assert workshop.arxiv_id is None
    assert workshop.url == "https://openreview.net/forum?id=abc123"


@pytest.mark.parametrize(
    ("categories", "ids"),
    [
        (["cs.CV"], ["1512.03385"]),
        (["cs.LG", "hep-ph"], ["0704.0001", "1706.03762"]),
        (["cs"], ["1512.03385", "1706.03762"]),
        (["math.AG"], []),
    ],
)
def test_snapshot_categories_filter(categories: list[str], ids: list[str]) -> None:
    papers = read_papers(str(DATA / "arxiv-snapshot.jsonl"), categories=categories)
    assert [paper.id for paper in papers] == ids


def test_atom_categories_filter() -> None:
    papers = read_papers(str(DATA / "arxiv-atom.xml"), categories=["stat.ML"])
    assert [paper.id for paper in papers] == ["1905.11946"]


def _error(tmp_path: Path, name: str, content: bytes) -> InputError:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        list(read_papers(str(path)))
    return caught.value


ATOM_HEAD = b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'


@pytest.mark.parametrize(
    ("name", "content", "message", "line"),
    [
        ("cut.xml", ATOM_HEAD + b"<entry>\n<id>x</id>\n", "malformed XML", 5),
        ("tag.xml", ATOM_HEAD + b"<entry>\n<id>x</title>\n</entry></feed>", "mismatched tag", 4),
        (
            "entity.xml",
            ATOM_HEAD + b"<entry><title>&lol;</title></entry></feed>",
            "undefined entity",
            3,
        ),
        (
            "lol.xml",
            b'<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY a "aaaaaaaa">\n'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
            b"<feed><entry><title>&b;</title></entry></feed>",
            "document type declarations are not accepted",
            2,
        ),
        (
            "xxe.xml",
            b'<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
            b"<feed><entry><summary>&x;</summary></entry></feed>",
            "document type declarations are not accepted",
            2,
        ),
        (
            "apierror.xml",
            ATOM_HEAD
            + b"<entry>\n<id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id>\n"
            + b"<title>Error</title>\n<summary>incorrect id format for 1234</summary>\n"
            + b"</entry>\n</feed>\n",
            "arXiv API error: incorrect id format for 1234",
            3,
        ),
        ("other.xml", b"<rss><channel/></rss>", "not an Atom feed", 1),
        ("pwc.json", b'[\n{"title": "a", "abstract": "b"},\n{"title": \n', "malformed JSON", 4),
        (
            "pwc2.json",
            b'[\n{"title": "a", "abstract": "b"}\n{"title": "c"}]',
            "expected ',' or ']'",
            3,
        ),
        ("pwc3.json", b'[\n{"title": "a", "abstract": "b"},\n7\n]', "found int", 3),
        ("pwc4.json", b'[{"title": "a", "abstract": "b"}] trailing', "extra data", 1),
        (
            "hf.json",
            b'[{"paper": {"id": "1", "title": "t", "summary": "s"}}, {"paper": 3}]',
            "'paper' should be an object",
            1,
        ),
        (
            "snap.jsonl",
            b'{"id": "1", "versions": [], "title": "t", "abstract": "a"}\n{"id": \n',
            "malformed JSON",
            2,
        ),
    ],
)
def test_bad_feeds_and_dumps_are_located(
    tmp_path: Path, name: str, content: bytes, message: str, line: int
) -> None:
    error = _error(tmp_path, name, content)
    assert message in str(error)
    assert error.line == line


def test_empty_array_gives_no_papers(tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_bytes(b"  [ ]\n")
    assert list(read_papers(str(path))) == []
