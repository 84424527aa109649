"""Papers written by a stranger, for the tests that check the dashboard shows text as text.

Their claims come from the real extractor wrapped so that models get hostile names too; the
AppTest pages and the browser tests use the same papers.
"""

from __future__ import annotations

from claims import Claim, Paper, extract_paper

HOSTILE_TITLE = "<img src=x onerror=alert(1)>"
HOSTILE_MODEL = "**bold** $x$ [x](javascript:alert(6))"
HOSTILE_ABSTRACT = (
    '<script>alert("abstract")</script> **Bold** [x](javascript:alert(3)) costs $5 and $6. '
    '=HYPERLINK("http://x","y") Our <img src=x onerror=alert(4)> model reaches 91.5% '
    "ImageNet top-1 accuracy."
)


def hostile_papers() -> list[Paper]:
    return [
        Paper(
            id="hostile-1",
            title=HOSTILE_TITLE,
            abstract=HOSTILE_ABSTRACT,
            url="javascript:alert(5)",
            source="test",
        ),
        Paper(
            id="hostile-2",
            title='=HYPERLINK("http://x","y")',
            abstract=HOSTILE_ABSTRACT,
            source="test",
        ),
    ]


def extract_with_hostile_models(paper: Paper) -> list[Claim]:
    """The real extractor, except that the hostile papers claim under hostile model names."""
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
            sentence=paper.abstract[paper.abstract.index("=HYPERLINK") :],
            rule="test: hostile names",
        )
    ]
