"""The examples in the `claims` modules' docstrings (and in README.md) are run as tests."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import claims

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _module_names() -> list[str]:
    names = [claims.__name__]
    for info in pkgutil.walk_packages(claims.__path__, prefix=f"{claims.__name__}."):
        if info.name != "claims.__main__":  # running it would start the command line
            names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("name", _module_names())
def test_module_doctests(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # examples name files such as data/gold/papers.jsonl
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS, verbose=False, report=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"


def test_doctests_exist() -> None:
    # The parametrized test passes trivially on a module without examples; the library as a
    # whole must have them (numbers, model, evaluate, explain...).
    finder = doctest.DocTestFinder()
    with_examples = [
        name
        for name in _module_names()
        if any(test.examples for test in finder.find(importlib.import_module(name)))
    ]
    assert {"claims.numbers", "claims.evaluate", "claims.explain"} <= set(with_examples)


@pytest.mark.skipif(not README.exists(), reason="README.md is not written yet")
def test_readme_examples(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(
        str(README), module_relative=False, optionflags=FLAGS, verbose=False, report=False
    )
    assert result.failed == 0, f"{result.failed} of {result.attempted} README examples failed"
