"""How far two annotators agree, beside how far the extractor agrees with each of them.

    .venv/bin/python benchmarks/annotator_agreement.py [SET ...]

For every set with a second annotation in `data/agreement/SET.jsonl` (made independently of the
first, `data/SET/claims.jsonl`, and of the extractor), prints strict, family and number F1 of
one annotator scored against the other, each way (the required claims of one as predictions),
and of the extractor against each. Two careful people following GUIDELINE.md bound what any
extractor can reach on this scorer: the gap between the two rows is what rules could still win.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Final

from claims import extract
from claims.evaluate import LEVELS, Record, Score, as_predictions, read_abstracts, read_gold, score

ROOT: Final = Path(__file__).resolve().parent.parent
AGREEMENT: Final = ROOT / "data" / "agreement"


def extracted(abstracts: dict[str, str], titles: dict[str, str]) -> list[Record]:
    """The extractor's claims on every paper, as prediction records."""
    return [
        claim.model_dump()
        for paper_id, abstract in abstracts.items()
        for claim in extract(abstract, paper_id=paper_id, title=titles.get(paper_id, ""))
    ]


def row(label: str, result: Score) -> str:
    figures = "  ".join(f"{level} {result.levels[level].f1:.3f}" for level in LEVELS)
    return f"  {label:36} {figures}"


def report(name: str) -> None:
    papers = str(ROOT / "data" / name / "papers.jsonl")
    first = read_gold(str(ROOT / "data" / name / "claims.jsonl"))
    second = read_gold(str(AGREEMENT / f"{name}.jsonl"))
    abstracts = {str(k): v for k, v in read_abstracts(papers).items()}
    titles = {str(paper["id"]): str(paper.get("title") or "") for paper in first}
    predicted = extracted(abstracts, titles)
    print(f"--- {name} ({len(first)} papers)")
    print(row("second annotator vs first", score(first, as_predictions(second, abstracts))))
    print(row("first annotator vs second", score(second, as_predictions(first, abstracts))))
    print(row("extractor vs first (the set's gold)", score(first, predicted, abstracts)))
    print(row("extractor vs second", score(second, predicted, abstracts)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", help="set names (default: every set in data/agreement)")
    names = parser.parse_args(argv).sets or sorted(p.stem for p in AGREEMENT.glob("*.jsonl"))
    if not names:
        print(f"no second annotations in {AGREEMENT}", file=sys.stderr)
        return 2
    for name in names:
        report(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
