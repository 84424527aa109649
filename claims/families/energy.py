"""Energy: energy use and power."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, UnitRule, ex

ALIASES = (
    MetricAlias("energy", r"energy(?:\s(?:consumption|efficiency|cost|savings?|usage))?|power(?:\s(?:consumption|usage))?"),
)  # fmt: skip

UNITS = (UnitRule("J", "energy"), UnitRule("mJ", "energy"), UnitRule("W", "energy"))

CORPUS = Corpus(
    positive=(
        ex("The accelerator achieves 3.5times energy reduction over GOBO.", "3.5times", metric="energy", kind="ratio"),
        ex("It reduces energy consumption by 8-fold.", "8-fold", metric="energy", kind="ratio"),
    ),
    negative=("Energy-based models are trained for 3 epochs.",),
)  # fmt: skip

FAMILY = Family(name="energy", aliases=ALIASES, units=UNITS, corpus=CORPUS)
