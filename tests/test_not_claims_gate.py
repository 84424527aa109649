"""The cheap word test before the condition pattern gives the pattern's own answer.

`claims.not_claims._CONDITION_WORDS` must hold a word of every branch of `_CONDITION_BEFORE`;
a branch added to the pattern without its word would silently never fire. Every window before
every number of the bundled corpora is asked both ways.
"""

from __future__ import annotations

import json
from pathlib import Path

from claims.latex import to_plain
from claims.not_claims import _CONDITION_BEFORE, _sets_a_condition
from claims.numbers import find_numbers

DATA = Path(__file__).resolve().parent.parent / "data"


def test_the_word_gate_never_hides_a_condition() -> None:
    windows = conditions = 0
    for papers in sorted(DATA.glob("*/papers.jsonl")):
        for line in papers.read_text(encoding="utf-8").splitlines():
            text = to_plain(json.loads(line)["abstract"]).text
            for number in find_numbers(text):
                for width in (60, 30, 10):
                    before = text[max(0, number.start - width) : number.start]
                    expected = bool(_CONDITION_BEFORE.search(before))
                    assert _sets_a_condition(before) == expected, before
                    windows += 1
                    conditions += expected
    assert windows > 40_000 and conditions > 400  # the corpora were read and hold conditions
