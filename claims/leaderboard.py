"""Leaderboards over a claims frame (`Store.claims_frame()`): pure functions, no I/O, no Streamlit.

A leaderboard ranks *absolute* claims only: "88.0% top-1" can be compared with "86.5% top-1",
but "+1.2%" or "4.7x faster" are changes against some baseline and have no place in that order.
"""

from __future__ import annotations

from typing import Final

import pandas as pd

from claims.metrics import direction_of
from claims.model import Direction

LEADERBOARD_COLUMNS: Final[tuple[str, ...]] = (
    "rank",
    "model",
    "value",
    "unit",
    "paper_id",
    "title",
    "url",
    "kind",
    "sentence",
    "claim_id",
    "conflict",
    "published",
)
RELATIVE_KINDS: Final[frozenset[str]] = frozenset({"delta", "relative", "ratio"})

# Values are compared at this many significant digits, so that 88.0 and 88.00000000001 (a float
# left over from unit scaling) tie instead of ranking apart or raising a false conflict.
_DIGITS: Final = 12


def benchmarks(frame: pd.DataFrame) -> pd.DataFrame:
    """Each (dataset, metric) with absolute claims: how many papers and claims, most papers first.

    Columns: dataset, metric, papers, claims. Ties are broken by claims, then by name.
    """
    rows = _rankable(frame)
    rows = rows[rows["dataset"].notna()]
    if rows.empty:
        return pd.DataFrame(
            {
                "dataset": pd.Series(dtype="str"),
                "metric": pd.Series(dtype="str"),
                "papers": pd.Series(dtype="int64"),
                "claims": pd.Series(dtype="int64"),
            }
        )
    counts = (
        rows.groupby(["dataset", "metric"])
        .agg(papers=("paper_id", "nunique"), claims=("id", "size"))
        .reset_index()
    )
    counts = counts.sort_values(
        ["papers", "claims", "dataset", "metric"], ascending=[False, False, True, True]
    )
    return counts.astype({"papers": "int64", "claims": "int64"}).reset_index(drop=True)


def default_benchmark(frame: pd.DataFrame) -> tuple[str, str] | None:
    """The (dataset, metric) claimed by the most papers, or None when there is none."""
    table = benchmarks(frame)
    if table.empty:
        return None
    return str(table["dataset"].iloc[0]), str(table["metric"].iloc[0])


def leaderboard(frame: pd.DataFrame, dataset: str, metric: str) -> pd.DataFrame:
    """The ranking of (paper, model) rows on one benchmark, best first.

    Each row holds the best absolute claim of one model in one paper; a claim that names no model
    is labelled with its paper's title. Better means higher or lower as `direction_of(metric)`
    says. Equal values share a rank and the next rank skips (1, 1, 3). `conflict` is True when
    papers disagree on the value of one model name.
    """
    rows = _rankable(frame)
    rows = rows[(rows["dataset"] == dataset) & (rows["metric"] == metric)]
    if rows.empty:
        return _empty_leaderboard()
    lower = _direction(rows, metric) == "lower"
    rows = rows.assign(_label=_labels(rows), _key=_comparable(rows))
    # Best claim first within each (paper, model); among equal values, the earliest in the text.
    rows = rows.sort_values(["_key", "start"], ascending=[lower, True], kind="mergesort")
    best = rows.drop_duplicates(["paper_id", "_label"], keep="first")
    best = best.assign(
        rank=best["_key"].rank(method="min", ascending=lower).astype("int64"),
        conflict=_conflicts(best),
    )
    best = best.sort_values(["rank", "_label", "paper_id"], kind="mergesort")
    table = pd.DataFrame(
        {
            "rank": best["rank"],
            "model": best["_label"],
            "value": best["value"],
            "unit": best["unit"],
            "paper_id": best["paper_id"],
            "title": best["title"],
            "url": best["url"],
            "kind": best["kind"],
            "sentence": best["sentence"],
            "claim_id": best["id"],
            "conflict": best["conflict"].astype("bool"),
            "published": best["published"],
        }
    )
    return table.reset_index(drop=True)


def relative_claims(frame: pd.DataFrame, paper_id: str) -> pd.DataFrame:
    """A paper's delta, relative and ratio claims (speed-ups, reductions), in text order."""
    rows = _without_rejected(frame)
    rows = rows[(rows["paper_id"] == paper_id) & rows["kind"].isin(RELATIVE_KINDS)]
    return rows.sort_values(["start", "end"], kind="mergesort").reset_index(drop=True)


def _without_rejected(frame: pd.DataFrame) -> pd.DataFrame:
    if "rejected" in frame.columns:
        return frame[~frame["rejected"].astype("bool")]
    return frame


def _rankable(frame: pd.DataFrame) -> pd.DataFrame:
    rows = _without_rejected(frame)
    return rows[rows["kind"] == "absolute"]


def _direction(rows: pd.DataFrame, metric: str) -> Direction:
    known = direction_of(metric)
    if known is not None:
        return known
    # A metric outside the canonical table: trust what the extractor recorded, if anything.
    declared = rows["direction"].dropna()
    if not declared.empty and declared.mode().iloc[0] == "lower":
        return "lower"
    return "higher"


def _labels(rows: pd.DataFrame) -> pd.Series:
    model = rows["model"].fillna("").astype("str").str.strip()
    title = rows["title"].fillna("").astype("str").str.strip()
    label = model.where(model != "", title)
    return label.where(label != "", rows["paper_id"].astype("str"))


def _comparable(rows: pd.DataFrame) -> pd.Series:
    # `normalized` puts "5.7M" and "1.2B" parameters on one scale; it is used only when every row
    # has it, since mixing it with raw values would compare numbers in different units.
    normalized = rows["normalized"]
    values = normalized if normalized.notna().all() else rows["value"]
    return values.astype("float64").map(lambda number: float(f"{number:.{_DIGITS}g}"))


def _conflicts(best: pd.DataFrame) -> pd.Series:
    # Only rows labelled by a model name can conflict: two untitled claims of different papers
    # labelled by their titles are different systems.
    named = best["model"].fillna("").astype("str").str.strip() != ""
    identity = best["_label"].str.casefold().str.split().str.join(" ")
    frame = pd.DataFrame({"identity": identity, "paper_id": best["paper_id"], "key": best["_key"]})
    frame = frame[named]
    groups = frame.groupby("identity")
    disputed = (groups["paper_id"].transform("nunique") > 1) & (
        groups["key"].transform("nunique") > 1
    )
    return disputed.reindex(best.index, fill_value=False)


def _empty_leaderboard() -> pd.DataFrame:
    dtypes = {"rank": "int64", "value": "float64", "conflict": "bool"}
    return pd.DataFrame(
        {column: pd.Series(dtype=dtypes.get(column, "str")) for column in LEADERBOARD_COLUMNS}
    )
