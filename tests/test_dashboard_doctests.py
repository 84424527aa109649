"""The examples in the dashboard modules' docstrings are run as tests."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ("dashboard.safe", "dashboard.frames", "dashboard.data")


@pytest.mark.parametrize("name", MODULES)
def test_dashboard_doctests(name: str) -> None:
    results = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert results.attempted > 0
    assert results.failed == 0
