"""The scorer: hand-computed small cases, and the same figures as the shared seed scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from claims import extract_paper
from claims.errors import InputError
from claims.evaluate import (
    LEVELS,
    Level,
    LevelScore,
    Record,
    Score,
    as_predictions,
    canonical_dataset,
    canonical_metric,
    level_agrees,
    match_paper,
    metric_family,
    read_abstracts,
    read_gold,
    score,
    score_files,
    values_agree,
)
from claims.sources import read_papers

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "data" / "gold" / "seed-claims.jsonl"
PAPERS = ROOT / "data" / "gold" / "papers.jsonl"
SHARED_SCORER = ROOT.parent / "shared" / "gold" / "score.py"

# One paper: a strict match, a family-only match, a neutral match, a miss and a false hit.
GOLD_PAPERS: list[Record] = [
    {
        "id": "p",
        "claims": [
            {"text": "88.0%", "value": 88.0, "metric": "top-1 accuracy", "dataset": "ImageNet",
             "kind": "absolute", "model": "X", "baseline": None},
            {"text": "4.7x", "value": 4.7, "metric": "throughput", "dataset": None,
             "kind": "ratio"},
            {"text": "5.7M", "value": 5.7, "metric": "parameters", "required": False},
            {"text": "2.1", "value": 2.1, "metric": "box AP", "dataset": "COCO", "kind": "delta"},
        ],
    },
    {"id": "empty", "claims": []},
]  # fmt: skip
PREDICTIONS: list[Record] = [
    {"paper_id": "p", "value": 88.0, "metric": "Top-1", "dataset": "IN-1k", "kind": "absolute",
     "model": "x", "text": "88.0%", "start": 11},
    {"paper_id": "p", "value": 4.7, "metric": "latency", "kind": "ratio", "text": "4.7x",
     "start": 30},
    {"paper_id": "p", "value": 5.7e6, "metric": "parameters", "text": "5.7M", "start": 50},
    {"paper_id": "p", "value": 99.0, "metric": "accuracy", "text": "99%", "start": 70},
    {"paper_id": "q", "value": 1.0, "metric": "accuracy"},
]  # fmt: skip
EXPECTED: dict[str, Any] = {
    "number": {"tp": 2, "fp": 1, "fn": 1, "precision": 0.6667, "recall": 0.6667, "f1": 0.6667},
    "family": {"tp": 2, "fp": 1, "fn": 1, "precision": 0.6667, "recall": 0.6667, "f1": 0.6667},
    "strict": {"tp": 1, "fp": 2, "fn": 2, "precision": 0.3333, "recall": 0.3333, "f1": 0.3333},
    "attribute_agreement": {"kind": 1.0, "model": 1.0, "baseline": 1.0},
    "predictions_for_unknown_papers": 1,
}


def _write_jsonl(path: Path, records: list[Record]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_hand_computed_case() -> None:
    assert score(GOLD_PAPERS, PREDICTIONS).as_dict() == EXPECTED


def test_strict_misses_are_listed() -> None:
    misses = [(m.tag, m.claim.get("text")) for m in score(GOLD_PAPERS, PREDICTIONS).misses]
    assert misses == [("FN", "4.7x"), ("FN", "2.1"), ("FP", "4.7x"), ("FP", "99%")]


def test_no_predictions_scores_zero_with_no_agreement() -> None:
    result = score(GOLD_PAPERS, [])
    assert result.levels["strict"].as_dict() == {
        "tp": 0, "fp": 0, "fn": 3, "precision": 0.0, "recall": 0.0, "f1": 0.0,
    }  # fmt: skip
    assert result.agreement == {}


def test_attribute_agreement_is_counted_on_strict_matches() -> None:
    gold = [{"id": "p", "claims": [
        {"value": 1.0, "metric": "FID", "kind": "absolute", "model": "Our-Net", "baseline": "A"},
        {"value": 2.0, "metric": "FID", "kind": "delta", "model": "B", "baseline": None},
    ]}]  # fmt: skip
    preds = [
        {"paper_id": "p", "value": 1.0, "metric": "fid", "kind": "absolute", "model": "our net"},
        {"paper_id": "p", "value": 2.0, "metric": "FID", "kind": "absolute", "model": "B"},
    ]
    assert score(gold, preds).as_dict()["attribute_agreement"] == {
        "kind": 0.5, "model": 1.0, "baseline": 0.5,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("pred", "gold", "agree"),
    [
        pytest.param({"value": 5.7e6}, {"value": 5.7}, True, id="scaled by a million"),
        pytest.param({"value": 0.88}, {"value": 88.0}, True, id="percent as a fraction"),
        pytest.param({"value": 30.0}, {"value": 20.0, "value_max": 30.0}, True, id="range top"),
        pytest.param({"value": 88.00005}, {"value": 88.0}, True, id="within tolerance"),
        pytest.param({"value": 88.001}, {"value": 88.0}, False, id="outside tolerance"),
        pytest.param({"value": "88"}, {"value": 88.0}, True, id="numeric string"),
        pytest.param({"value": "n/a"}, {"value": 88.0}, False, id="not a number"),
        pytest.param({"value": None}, {"value": 88.0}, False, id="no value"),
        pytest.param({}, {"value": 88.0}, False, id="missing value"),
    ],
)
def test_values_agree(pred: Record, gold: Record, agree: bool) -> None:
    assert values_agree(pred, gold) is agree


def test_levels() -> None:
    gold = {"value": 2.0, "metric": "box AP", "dataset": ["COCO", "LVIS"]}
    assert level_agrees("strict", {"value": 2.0, "metric": "AP box", "dataset": "MS COCO"}, gold)
    assert level_agrees("strict", {"value": 2.0, "metric": "boxAP", "dataset": "lvis"}, gold)
    assert not level_agrees("strict", {"value": 2.0, "metric": "box AP"}, gold)
    assert level_agrees("family", {"value": 2.0, "metric": "mAP"}, gold)
    assert not level_agrees("family", {"value": 2.0, "metric": "mIoU"}, gold)
    assert level_agrees("number", {"value": 2.0, "metric": "mIoU"}, gold)


def test_canonical_names() -> None:
    assert canonical_metric("Top1 Acc") == "top-1 accuracy"
    assert canonical_metric("KV-cache") == "KV cache"
    assert canonical_metric("Inference Time") == "inference time"
    assert canonical_metric("FID-50K") == "fid-50k"
    assert canonical_metric("") is None
    assert metric_family("GPU hours") == "cost"
    assert metric_family("fid-50k") == "fid-50k"
    assert canonical_dataset("ILSVRC-2012") == "imagenet"
    assert canonical_dataset("Speech Commands V2") == "speechcommandsv2"
    assert canonical_dataset("") is None


def test_matching_pairs_the_closest_mentions_first() -> None:
    abstract = "We get 2.0 BLEU here, and 2.0 BLEU there."
    golds = [{"value": 2.0, "text": "2.0 BLEU there"}, {"value": 2.0, "text": "2.0 BLEU here"}]
    preds = [{"value": 2.0, "start": 26}, {"value": 2.0, "start": 7}]
    assert match_paper("number", golds, preds, abstract) == [(0, 0), (1, 1)]
    # Without the abstract the gold mentions cannot be placed: ties go in order.
    assert match_paper("number", golds, preds, None) == [(0, 0), (1, 1)]
    assert match_paper("number", golds[::-1], preds, None) == [(0, 0), (1, 1)]


def test_score_files_reads_jsonl(tmp_path: Path) -> None:
    gold = _write_jsonl(tmp_path / "gold.jsonl", GOLD_PAPERS)
    pred = _write_jsonl(tmp_path / "pred.jsonl", PREDICTIONS)
    assert score_files(str(gold), str(pred)).as_dict() == EXPECTED


@pytest.mark.parametrize(
    ("gold_line", "message"),
    [
        pytest.param('{"id": "p", "claims": [}', "malformed JSON", id="malformed"),
        pytest.param('{"claims": []}', "without an id", id="no id"),
        pytest.param('{"id": "p", "claims": {}}', "list of claims", id="claims not a list"),
        pytest.param('{"id": "p", "claims": [{"value": "1"}]}', "value is not", id="text value"),
        pytest.param('{"id": "p", "claims": [{"text": "x"}]}', "value is not", id="no value"),
        pytest.param('["p"]', "JSON object", id="not an object"),
    ],
)
def test_malformed_gold_names_the_line(tmp_path: Path, gold_line: str, message: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "ok", "claims": []}\n\n' + gold_line + "\n", encoding="utf-8")
    pred = _write_jsonl(tmp_path / "pred.jsonl", [])
    with pytest.raises(InputError, match=message) as caught:
        score_files(str(gold), str(pred))
    assert caught.value.line == 3
    assert str(caught.value).startswith(f"{gold}:3: ")


@pytest.fixture(scope="module")
def seed_predictions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "pred.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for paper in read_papers(str(PAPERS)):
            for claim in extract_paper(paper):
                out.write(claim.model_dump_json() + "\n")
    return path


def _shared_scorer(*args: str) -> str:
    run = subprocess.run(
        [sys.executable, str(SHARED_SCORER), *args], capture_output=True, text=True, check=True
    )
    return run.stdout


needs_shared_scorer = pytest.mark.skipif(
    not SHARED_SCORER.exists(), reason="the shared seed scorer is not beside the project"
)


@needs_shared_scorer
def test_same_figures_as_the_shared_scorer_on_the_seed(seed_predictions: Path) -> None:
    ours = score_files(str(GOLD), str(seed_predictions), str(PAPERS))
    theirs = json.loads(
        _shared_scorer(str(GOLD), str(seed_predictions), "--papers", str(PAPERS), "--json")
    )
    assert ours.as_dict() == theirs
    details = _shared_scorer(str(GOLD), str(seed_predictions), "--papers", str(PAPERS), "--details")
    assert [str(miss) for miss in ours.misses] + ours.table().splitlines() == details.splitlines()


@needs_shared_scorer
def test_same_figures_as_the_shared_scorer_on_the_hand_case(tmp_path: Path) -> None:
    gold = _write_jsonl(tmp_path / "gold.jsonl", GOLD_PAPERS)
    pred = _write_jsonl(tmp_path / "pred.jsonl", PREDICTIONS)
    assert json.loads(_shared_scorer(str(gold), str(pred), "--json")) == EXPECTED


def test_table_prints_the_rounded_figures_as_score_py_does() -> None:
    # 192/202 = 0.950495...: rounded to 4 digits (0.9505) and then printed with 3, it reads 0.951.
    levels: dict[Level, LevelScore] = {level: LevelScore(192, 10, 20) for level in LEVELS}
    table = Score(levels, {"kind": 0.5}, 0).table().splitlines()
    assert table[0] == "level         P      R     F1   tp/fp/fn"
    assert table[1] == "number    0.951  0.906  0.927   192/10/20"
    assert table[-1] == "agreement on strict matches: {'kind': 0.5}"


AGREEMENT = sorted((ROOT / "data" / "agreement").glob("*.jsonl"))


@pytest.mark.parametrize("second", AGREEMENT, ids=lambda path: path.stem)
def test_a_second_annotation_covers_its_set_and_scores_itself_perfectly(second: Path) -> None:
    papers = ROOT / "data" / second.stem / "papers.jsonl"
    abstracts = read_abstracts(str(papers))
    annotation = read_gold(str(second))
    assert [paper["id"] for paper in annotation] == list(abstracts)
    for paper in annotation:
        for claim in paper["claims"]:
            assert claim["text"] in abstracts[paper["id"]], (paper["id"], claim["text"])
    itself = score(annotation, as_predictions(annotation, abstracts), abstracts)
    assert all(itself.levels[level].f1 == 1.0 for level in LEVELS)


def test_two_annotations_that_differ_score_below_one() -> None:
    first = [{"id": "p", "claims": [{"text": "88.0%", "value": 88.0, "metric": "accuracy"}]}]
    second = [{"id": "p", "claims": [{"text": "88.0%", "value": 88.0, "metric": "score"}]}]
    result = score(first, as_predictions(second, {"p": "It is 88.0%."}))
    assert (result.levels["number"].f1, result.levels["strict"].f1) == (1.0, 0.0)
