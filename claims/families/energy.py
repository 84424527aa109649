"""Energy: energy use and power (watts are power, joules energy)."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, UnitRule, ex

ALIASES = (
    MetricAlias("energy", r"energy(?:\s(?:consumption|efficiency|cost|savings?|usage))?|power(?:\s(?:consumption|usage))?"),
    MetricAlias("carbon emissions", r"carbon\s(?:footprint|emissions?)|CO2e?(?:\s(?:equivalent\s)?emissions?)?"),
)  # fmt: skip

UNITS = (
    UnitRule("J", "energy"),
    UnitRule("mJ", "energy"),
    UnitRule("µJ", "energy"),
    UnitRule("W", "power"),
    UnitRule("mW", "power"),
    UnitRule("kW", "power"),
)

CORPUS = Corpus(
    positive=(
        ex("It needs an energy consumption of only 196 µJ per inference.", "196 µJ", metric="energy", unit="µJ"),
        ex("The accelerator achieves 3.5times energy reduction over GOBO.", "3.5times", metric="energy", kind="ratio"),
        ex("The right datacenter can reduce the carbon footprint up to 100-1000X.", "100-1000X", metric="carbon emissions", kind="ratio"),
        ex("It reduces energy consumption by 8-fold.", "8-fold", metric="energy", kind="ratio"),
        ex("The chip runs billion-parameter models at 13W on one board.", "13W", metric="power", unit="W"),
    ),
    negative=("Energy-based models are trained for 3 epochs.",),
)  # fmt: skip

FAMILY = Family(name="energy", aliases=ALIASES, units=UNITS, corpus=CORPUS)
