"""The extractor on the 105 seed papers, scored against the hand-annotated gold.

The floors are regression floors, about 0.01 below the figures measured when they were last set
(F1 number 0.973, family 0.945, strict 0.928; on strict matches kind 0.990, model 0.839,
baseline 0.62): raise them as the rules improve, never lower them quietly.

The development sets (`data/dev` to `data/dev52`: abstracts the rules were not written from,
used for error analysis) have floors too, so a change that fits the seed at the cost of other
papers fails here. The test sets (`data/test` to `data/test12`) have none on purpose: they are
only ever scored, never used to shape the rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims import Claim, Paper, extract_paper
from claims.evaluate import Score, read_abstracts, read_gold, score
from claims.sources import read_papers

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "data" / "gold" / "seed-claims.jsonl"
PAPERS = ROOT / "data" / "gold" / "papers.jsonl"

F1_FLOORS = {"number": 0.965, "family": 0.935, "strict": 0.918}
AGREEMENT_FLOORS = {"kind": 0.98, "model": 0.83, "baseline": 0.60}
# (set, F1 strict floor): about 0.01 below the figure measured when the floor was last set (the
# README's table has the figures), never lowered quietly.
DEVELOPMENT_FLOORS = {
    "dev": 0.94,
    "dev2": 0.85,
    "dev3": 0.83,
    "dev4": 0.82,
    # (dev4 was 0.84: Arena-Hard now reports a win rate (its definition; two annotators of
    # three), where dev4's annotator wrote a score)
    "dev5": 0.82,
    "dev7": 0.81,
    "dev8": 0.82,
    "dev9": 0.84,
    "dev10": 0.81,
    "dev11": 0.84,
    "dev12": 0.75,
    "dev13": 0.89,
    "dev14": 0.79,
    "dev15": 0.90,
    "dev16": 0.81,
    "dev17": 0.86,
    "dev18": 0.84,
    "dev19": 0.89,
    "dev20": 0.87,
    "dev21": 0.79,
    "dev22": 0.83,
    "dev23": 0.71,
    "dev24": 0.71,
    "dev25": 0.61,
    "dev26": 0.81,
    "dev27": 0.53,
    "dev28": 0.71,
    "dev29": 0.74,
    "dev30": 0.87,
    "dev31": 0.67,
    "dev32": 0.82,
    "dev33": 0.76,
    "dev34": 0.71,
    "dev35": 0.73,
    "dev36": 0.88,
    "dev37": 0.76,
    "dev38": 0.81,
    "dev39": 0.82,
    "dev40": 0.76,
    "dev41": 0.55,
    "dev42": 0.75,
    "dev43": 0.74,
    "dev44": 0.70,
    "dev45": 0.64,
    "dev46": 0.71,
    "dev47": 0.73,
    "dev48": 0.51,
    "dev49": 0.55,
    "dev50": 0.66,
    "dev51": 0.78,
    "dev52": 0.54,
}


@pytest.fixture(scope="module")
def papers() -> list[Paper]:
    return list(read_papers(str(PAPERS)))


@pytest.fixture(scope="module")
def claims(papers: list[Paper]) -> list[Claim]:
    return [claim for paper in papers for claim in extract_paper(paper)]


@pytest.fixture(scope="module")
def result(claims: list[Claim]) -> Score:
    predictions = [claim.model_dump() for claim in claims]
    return score(read_gold(str(GOLD)), predictions, read_abstracts(str(PAPERS)))


def test_seed_corpus_is_complete(papers: list[Paper]) -> None:
    assert len(papers) == 105
    assert {paper.id for paper in papers} == {paper["id"] for paper in read_gold(str(GOLD))}


@pytest.mark.parametrize("level", F1_FLOORS)
def test_f1_floor(result: Score, level: str) -> None:
    f1 = result.levels[level].f1  # type: ignore[index]
    assert f1 >= F1_FLOORS[level], result.table()


@pytest.mark.parametrize("attribute", AGREEMENT_FLOORS)
def test_agreement_floor_on_strict_matches(result: Score, attribute: str) -> None:
    assert result.agreement[attribute] >= AGREEMENT_FLOORS[attribute], result.table()


def test_no_prediction_for_a_paper_outside_the_gold(result: Score) -> None:
    assert result.unknown_papers == 0


def test_every_claim_is_a_span_of_its_abstract(papers: list[Paper], claims: list[Claim]) -> None:
    abstracts = {paper.id: paper.abstract for paper in papers}
    wrong = [c for c in claims if abstracts[c.paper_id][c.start : c.end] != c.text]
    assert wrong == []
    # The sentence is clean text (LaTeX normalised), so it holds the claim's digits, not its markup.
    assert all(c.sentence and c.text.split("\\")[0].lstrip("$+") in c.sentence for c in claims)


def test_no_span_is_claimed_twice(claims: list[Claim]) -> None:
    spans = [(c.paper_id, c.start, c.end) for c in claims]
    assert len(spans) == len(set(spans))


@pytest.mark.parametrize("name", DEVELOPMENT_FLOORS)
def test_development_set_strict_f1_floor(name: str) -> None:
    folder = ROOT / "data" / name
    papers = list(read_papers(str(folder / "papers.jsonl")))
    predictions = [claim.model_dump() for paper in papers for claim in extract_paper(paper)]
    result = score(
        read_gold(str(folder / "claims.jsonl")),
        predictions,
        read_abstracts(str(folder / "papers.jsonl")),
    )
    assert result.levels["strict"].f1 >= DEVELOPMENT_FLOORS[name], result.table()
