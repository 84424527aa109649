"""Stores the browser tests serve: the bundled sample, and the sample plus hostile papers.

Both are real SQLite stores filled by the real readers and extractor; the hostile papers' claims
come from a wrapper around the extractor that names models as a stranger might.
"""

from __future__ import annotations

from pathlib import Path

from claims import Claim, Paper, extract_paper
from claims.sources import read_papers
from claims.store import Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "trending-papers.txt"

HOSTILE_TITLE = "<img src=x onerror=alert(1)>"
HOSTILE_ABSTRACT = (
    '<script>alert("abstract")</script> **Bold** [x](javascript:alert(3)) costs $5 and $6. '
    '=HYPERLINK("http://x","y") Our <img src=x onerror=alert(4)> model reaches 91.5% '
    "ImageNet top-1 accuracy."
)
HOSTILE_MODEL = "**bold** $x$ [x](javascript:alert(6))"


def sample_store(path: Path) -> Path:
    Store.open(path).ingest(read_papers(str(SAMPLE)))
    return path


def hostile_store(path: Path) -> Path:
    """The sample plus papers whose title, abstract, url and model names are hostile."""

    def extract(paper: Paper) -> list[Claim]:
        if not paper.id.startswith("hostile-"):
            return extract_paper(paper)
        start = paper.abstract.index("91.5%")
        return [
            Claim(
                paper_id=paper.id,
                value=91.5,
                unit="%",
                metric="top-1 accuracy",
                dataset="ImageNet",
                model=HOSTILE_TITLE if paper.id == "hostile-1" else HOSTILE_MODEL,
                kind="absolute",
                text="91.5%",
                start=start,
                end=start + 5,
                sentence=paper.abstract,
                rule="test: hostile names",
            )
        ]

    hostile = [
        Paper(
            id="hostile-1",
            title=HOSTILE_TITLE,
            abstract=HOSTILE_ABSTRACT,
            url="javascript:alert(5)",
        ),
        Paper(id="hostile-2", title='=HYPERLINK("http://x","y")', abstract=HOSTILE_ABSTRACT),
    ]
    Store.open(path).ingest([*read_papers(str(SAMPLE)), *hostile], extract=extract)
    return path
