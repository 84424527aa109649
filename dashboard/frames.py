"""Pure pandas shaping for the pages: claims frames in, the tables and chart data shown out.

Ranking and benchmark logic lives in `claims.leaderboard`; this module only arranges its results
for display (formatted values, links, filters, the state-of-the-art line, the efficiency frontier),
so each page stays a few lines of widgets and every transformation is unit-testable.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from urllib.parse import quote

import pandas as pd

from claims.leaderboard import leaderboard
from claims.metrics import FAMILIES, direction_of, family_of
from dashboard.safe import page_link, safe_url

# Multipliers written after a number ("5.7M parameters"), to put costs on one axis.
UNIT_SCALE: dict[str, float] = {"K": 1e3, "M": 1e6, "B": 1e9, "G": 1e9, "T": 1e12}
# Units written against the number ("88.0%", "4.7x", "5.7M"); the others take a space ("2.4 ms").
_TIGHT_UNITS = frozenset({"%", "x", *UNIT_SCALE})

COST_METRICS: tuple[str, ...] = ("parameters", "FLOPs", "MACs")
EFFICIENCY_COLUMNS: tuple[str, ...] = (
    "model",
    "title",
    "paper_id",
    "quality",
    "cost",
    "quality_shown",
    "cost_shown",
    "frontier",
)
TITLE_MARK = "#title="
# The LinkColumn shows the capture group: the paper title carried after TITLE_MARK in the link.
TITLE_DISPLAY = r"#title=([\s\S]*)$"

LEADERBOARD_COLUMNS: tuple[str, ...] = (
    "rank",
    "model",
    "value",
    "paper",
    "kind",
    "evidence",
    "conflict",
)
LEADERBOARD_CSV_COLUMNS: tuple[str, ...] = (
    "rank",
    "model",
    "value",
    "unit",
    "paper",
    "url",
    "kind",
    "evidence",
    "conflict",
    "claim_id",
)
EXPLORE_COLUMNS: tuple[str, ...] = (
    "paper",
    "model",
    "value",
    "metric",
    "dataset",
    "kind",
    "baseline",
    "family",
    "evidence",
    "claim_id",
)
EXPLORE_CSV_COLUMNS: tuple[str, ...] = (
    "paper_id",
    "title",
    "model",
    "value",
    "value_max",
    "unit",
    "metric",
    "dataset",
    "kind",
    "baseline",
    "family",
    "sentence",
    "text",
    "id",
)


def _present(value: object) -> bool:
    """False for None and for pandas' missing markers (NaN, NaT, NA)."""
    if value is None:
        return False
    try:
        return not bool(pd.isna(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return True


def format_number(value: float) -> str:
    """The shortest text that reads back as the number, the way papers write results.

    >>> format_number(88.0), format_number(3201.0), format_number(0.25)
    ('88.0', '3201.0', '0.25')
    """
    return repr(float(value)) if math.isfinite(value) else str(value)


def format_value(value: float, unit: object = "", value_max: object = None) -> str:
    """A claimed value with its unit as a reader expects it: 88.0%, 4.7x, 5.7M, 2.4 ms, 20.0-30.0%.

    >>> format_value(88.0, "%"), format_value(2.4, "ms"), format_value(20, "%", 30.0)
    ('88.0%', '2.4 ms', '20.0-30.0%')
    """
    text = format_number(value)
    if _present(value_max):
        text = f"{text}-{format_number(float(value_max))}"  # type: ignore[arg-type]
    unit_text = str(unit) if _present(unit) else ""
    if not unit_text:
        return text
    return f"{text}{unit_text}" if unit_text in _TIGHT_UNITS else f"{text} {unit_text}"


def title_link(paper_id: str, title: object, url: object) -> str:
    """A link to the paper's own url (or its dashboard page) that displays the paper's title.

    A LinkColumn can only show text taken from its url, so the title rides in the fragment.
    A url that could run script (`javascript:`) is never linked.

    >>> title_link("p1", "A <b> title", "javascript:alert(1)")
    '/paper?id=p1#title=A <b> title'
    """
    target = safe_url(str(url)) if _present(url) else None
    shown = str(title) if _present(title) and str(title) else paper_id
    return f"{target or page_link('paper', id=paper_id)}{TITLE_MARK}{shown}"


def _objects(column: pd.Series) -> pd.Series:
    # NaN never equals itself, so it would defeat a memo keyed on it: None marks what is missing.
    return column.astype(object).where(column.notna(), None)


def shown_values(values: pd.Series, units: pd.Series, maxima: pd.Series | None = None) -> list[str]:
    """`format_value` for whole columns; each distinct (value, unit, max) is formatted once."""
    if maxima is None:
        maxima = pd.Series(None, index=values.index, dtype=object)
    memo: dict[tuple[object, object, object], str] = {}
    shown: list[str] = []
    for key in zip(values.astype(float), _objects(units), _objects(maxima), strict=True):
        text = memo.get(key)
        if text is None:
            text = memo[key] = format_value(*key)
        shown.append(text)
    return shown


def title_links(paper_ids: pd.Series, titles: pd.Series, urls: pd.Series) -> list[str]:
    """`title_link` for whole columns, with column operations: a store holds 100,000 claims."""
    ids = paper_ids.astype(str)
    # Ids are slugs or arXiv ids, which need no percent-encoding; the rare others get it.
    plain = ids.str.fullmatch(r"[A-Za-z0-9._~-]+").fillna(False).astype(bool)
    encoded = ids.copy()
    encoded[~plain] = ids[~plain].map(lambda paper_id: quote(paper_id, safe=""))
    targets = "/paper?id=" + encoded
    given = urls.notna()
    if given.any():
        safe = {url: safe_url(url) for url in urls[given].astype(str).unique()}
        checked = urls[given].astype(str).map(safe)
        targets[given] = checked.where(checked.notna(), targets[given])
    shown = titles.fillna("").astype(str)
    shown = shown.where(shown != "", ids)
    return (targets + TITLE_MARK + shown).to_list()


def prepare(frame: pd.DataFrame) -> pd.DataFrame:
    """The claims frame with each claim's metric `family` (accuracy, speed, ...), which Explore
    filters on; what a table shows of a claim is computed for the rows shown only."""
    families = {metric: family_of(metric) for metric in frame["metric"].unique()}
    return frame.assign(family=frame["metric"].map(families).fillna("other"))


def family_counts(metrics: pd.DataFrame) -> pd.DataFrame:
    """Claims per metric family, in the canonical family order: columns family, claims.

    `metrics` holds the claims of each metric (columns metric, claims: `Store.metric_counts()`).
    """
    counts: dict[str, int] = {}
    for metric, claims in zip(metrics["metric"], metrics["claims"], strict=True):
        family = family_of(str(metric))
        counts[family] = counts.get(family, 0) + int(claims)
    order = [family for family in FAMILIES if counts.get(family, 0)]
    return pd.DataFrame(
        {"family": order, "claims": [counts[family] for family in order]},
    )


def benchmark_label(dataset: str, metric: str) -> str:
    """How a (dataset, metric) pair is named on every page.

    >>> benchmark_label("ImageNet", "top-1 accuracy")
    'ImageNet · top-1 accuracy'
    """
    return f"{dataset} · {metric}"


def top_benchmarks(benchmarks: pd.DataFrame, count: int = 15) -> pd.DataFrame:
    """The most populated benchmarks, with a link that opens each one's leaderboard."""
    top = benchmarks.sort_values(
        ["papers", "claims", "dataset", "metric"], ascending=[False, False, True, True]
    ).head(count)
    links = [
        page_link("leaderboard", dataset=str(dataset), metric=str(metric))
        + f"{TITLE_MARK}{benchmark_label(str(dataset), str(metric))}"
        for dataset, metric in zip(top["dataset"], top["metric"], strict=True)
    ]
    return pd.DataFrame(
        {
            "benchmark": links,
            "papers": top["papers"].astype(int).to_list(),
            "claims": top["claims"].astype(int).to_list(),
        }
    )


def leaderboard_table(board: pd.DataFrame) -> pd.DataFrame:
    """The ranked rows as the Leaderboard page shows them (LEADERBOARD_COLUMNS)."""
    return pd.DataFrame(
        {
            "rank": board["rank"].astype(int).to_list(),
            "model": board["model"].fillna("").astype(str).to_list(),
            "value": shown_values(board["value"], board["unit"]),
            "paper": title_links(board["paper_id"], board["title"], board["url"]),
            "kind": board["kind"].astype(str).to_list(),
            "evidence": board["sentence"].fillna("").astype(str).to_list(),
            "conflict": board["conflict"].astype(bool).to_list(),
        },
        columns=list(LEADERBOARD_COLUMNS),
    )


def leaderboard_csv(board: pd.DataFrame) -> pd.DataFrame:
    """The same rows as `leaderboard_table`, with the number, unit, title and url apart."""
    return pd.DataFrame(
        {
            "rank": board["rank"].astype(int).to_list(),
            "model": board["model"].fillna("").astype(str).to_list(),
            "value": board["value"].astype(float).to_list(),
            "unit": board["unit"].fillna("").astype(str).to_list(),
            "paper": board["title"].fillna("").astype(str).to_list(),
            "url": board["url"].fillna("").astype(str).to_list(),
            "kind": board["kind"].astype(str).to_list(),
            "evidence": board["sentence"].fillna("").astype(str).to_list(),
            "conflict": board["conflict"].astype(bool).to_list(),
            "claim_id": board["claim_id"].astype(str).to_list(),
        },
        columns=list(LEADERBOARD_CSV_COLUMNS),
    )


def chart_rows(board: pd.DataFrame) -> pd.DataFrame:
    """Leaderboard rows for the bar chart: one unique label per bar, in rank order."""
    labels: list[str] = []
    seen: set[str] = set()
    for rank, model, paper_id in zip(board["rank"], board["model"], board["paper_id"], strict=True):
        label = f"{int(rank)}. {model if _present(model) else '(unnamed)'}"
        if label in seen:
            # The same model at the same rank from two papers: a conflict, kept as two bars.
            label = f"{label} [{paper_id}]"
        seen.add(label)
        labels.append(label)
    return pd.DataFrame(
        {
            "label": labels,
            "model": board["model"].fillna("").astype(str).to_list(),
            "value": board["value"].astype(float).to_list(),
            "shown": shown_values(board["value"], board["unit"]),
            "title": board["title"].fillna("").astype(str).to_list(),
            "kind": board["kind"].astype(str).to_list(),
            "conflict": board["conflict"].astype(bool).to_list(),
        }
    )


def _better(direction: str | None) -> bool:
    """True when higher values are better (unknown metrics are taken as higher-is-better)."""
    return direction != "lower"


def sota_points(frame: pd.DataFrame, dataset: str, metric: str) -> pd.DataFrame:
    """Every dated absolute claim on a benchmark, marking those that set a new record.

    Columns: published, value, shown, model, title, paper_id, record. A claim sets a record when
    it beats every claim published before it (a tie is not a new record); on one day the best
    claim goes first, so it is the one marked.
    """
    rows = frame[
        (frame["dataset"] == dataset)
        & (frame["metric"] == metric)
        & (frame["kind"] == "absolute")
        & frame["published"].notna()
    ]
    higher = _better(direction_of(metric))
    rows = rows.assign(published=pd.to_datetime(rows["published"])).sort_values(
        ["published", "value"], ascending=[True, not higher], kind="stable"
    )
    records: list[bool] = []
    best: float | None = None
    for value in rows["value"].astype(float):
        is_record = best is None or (value > best if higher else value < best)
        records.append(is_record)
        if is_record:
            best = value
    return pd.DataFrame(
        {
            "published": rows["published"].to_list(),
            "value": rows["value"].astype(float).to_list(),
            "shown": shown_values(rows["value"], rows["unit"]),
            "model": rows["model"].fillna("").astype(str).to_list(),
            "title": rows["title"].fillna("").astype(str).to_list(),
            "paper_id": rows["paper_id"].astype(str).to_list(),
            "record": records,
        }
    )


def filter_claims(
    frame: pd.DataFrame,
    *,
    families: Sequence[str] = (),
    metrics: Sequence[str] = (),
    datasets: Sequence[str] = (),
    kinds: Sequence[str] = (),
    papers: Sequence[str] = (),
    text: str = "",
) -> pd.DataFrame:
    """The claims passing every filter; an empty filter lets everything through.

    `frame` must carry a `family` column (`prepare`). `text` matches the evidence sentence,
    case-insensitively and literally (a search for "top-1 (%)" is not a regular expression).
    """
    needle = text.strip()
    if not (families or metrics or datasets or kinds or papers or needle):
        return frame  # copying 100,000 rows to keep them all costs a tenth of a second
    mask = pd.Series(True, index=frame.index)
    for column, chosen in (
        ("family", families),
        ("metric", metrics),
        ("dataset", datasets),
        ("kind", kinds),
        ("paper_id", papers),
    ):
        if chosen:
            mask &= frame[column].isin(list(chosen))
    if needle:
        mask &= (
            frame["sentence"].fillna("").str.contains(needle, case=False, regex=False).astype(bool)
        )
    return frame[mask]


# The columns Explore reads of every claim, to filter, count and chart them: each column of
# 100,000 claims costs time. `prepare` adds the family.
EXPLORE_CLAIM_COLUMNS: tuple[str, ...] = (
    "id",
    "paper_id",
    "value",
    "unit",
    "metric",
    "dataset",
    "model",
    "kind",
    "normalized",
    "title",
)
# The columns Explore reads only for the claims it shows or writes (`with_details`), the long text
# among them: reading them for every claim would take half as long again. The sentence is also read
# for every claim when the evidence is searched.
EXPLORE_DETAIL_COLUMNS: tuple[str, ...] = ("value_max", "baseline", "sentence", "text", "url")


def with_details(frame: pd.DataFrame, details: pd.DataFrame) -> pd.DataFrame:
    """Claims (EXPLORE_CLAIM_COLUMNS) with the EXPLORE_DETAIL_COLUMNS they lack, from `details`
    (a claims frame with `id` and those columns), matched by claim id."""
    # Claims sharing an id (one span read as two claims) share their paper and text: the details
    # of the first stand for both.
    by_id = details.drop_duplicates("id").set_index("id")
    missing = [column for column in EXPLORE_DETAIL_COLUMNS if column not in frame.columns]
    return frame.assign(**{column: frame["id"].map(by_id[column]) for column in missing})


_EXPLORE_SOURCES: tuple[str, ...] = (
    "paper_link",
    "model",
    "shown",
    "metric",
    "dataset",
    "kind",
    "baseline",
    "family",
    "sentence",
    "id",
)


# The Explore table holds at most this many rows (the CSV holds every filtered row): sending
# 100,000 rows to a browser costs seconds and helps nobody.
EXPLORE_TABLE_ROWS = 5_000


def explore_table(frame: pd.DataFrame) -> pd.DataFrame:
    """Filtered claims (a `prepare`d frame `with_details`) as Explore shows them
    (EXPLORE_COLUMNS)."""
    shown = frame.assign(
        paper_link=title_links(frame["paper_id"], frame["title"], frame["url"]),
        shown=shown_values(frame["value"], frame["unit"], frame["value_max"]),
    )
    table = shown.loc[:, list(_EXPLORE_SOURCES)].reset_index(drop=True)
    table.columns = pd.Index(EXPLORE_COLUMNS)
    return table.fillna({"model": "", "dataset": "", "baseline": "", "evidence": ""})


def explore_csv(frame: pd.DataFrame) -> pd.DataFrame:
    """The same rows as `explore_table`, with raw numbers and the full claim fields (a `prepare`d
    frame `with_details`)."""
    return frame.loc[:, list(EXPLORE_CSV_COLUMNS)].reset_index(drop=True)


def _scaled(frame: pd.DataFrame) -> pd.Series:
    """Values in base units, so 5.7M and 22B parameters share one axis."""
    scale = frame["unit"].map(lambda unit: UNIT_SCALE.get(str(unit), 1.0)).astype(float)
    return frame["value"].astype(float) * scale


def _best_per_model(frame: pd.DataFrame, column: str, higher: bool) -> pd.DataFrame:
    ordered = frame.sort_values(column, ascending=not higher, kind="stable")
    return ordered.drop_duplicates(["paper_id", "model"], keep="first")


def _named_absolute(frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """The absolute claims naming a model, with only `columns`: rows of many columns are slow to
    copy, and these are all the efficiency chart needs."""
    named = (frame["kind"] == "absolute") & frame["model"].notna()
    return frame.loc[named, list(dict.fromkeys(["kind", "model", *columns]))]


def quality_benchmarks(frame: pd.DataFrame, cost_metric: str) -> list[str]:
    """Accuracy-family benchmarks ("ImageNet · top-1 accuracy") on which some model also
    claims `cost_metric`; a quality claimed without a dataset is labelled by its metric alone."""
    absolute = _named_absolute(frame, ["paper_id", "metric", "dataset"])
    costed = absolute.loc[absolute["metric"] == cost_metric, ["paper_id", "model"]]
    quality = absolute[absolute["metric"].isin(FAMILIES["accuracy"])]
    paired = quality.merge(costed.drop_duplicates(), on=["paper_id", "model"])
    if paired.empty:
        return []
    counts = (
        paired.assign(
            label=[
                quality_label(d, m)
                for d, m in zip(paired["dataset"], paired["metric"], strict=True)
            ]
        )
        .groupby("label")["model"]
        .nunique()
    )
    return sorted(counts.index, key=lambda label: (-int(counts[label]), label))


def quality_label(dataset: object, metric: str) -> str:
    """A quality benchmark's label; `split_quality_label` reads it back.

    >>> quality_label("ImageNet", "top-1 accuracy"), quality_label(None, "accuracy")
    ('ImageNet · top-1 accuracy', 'accuracy')
    """
    return benchmark_label(str(dataset), metric) if _present(dataset) else metric


def split_quality_label(label: str) -> tuple[str | None, str]:
    """(dataset, metric) of a `quality_label`.

    >>> split_quality_label("ImageNet · top-1 accuracy"), split_quality_label("accuracy")
    (('ImageNet', 'top-1 accuracy'), (None, 'accuracy'))
    """
    dataset, separator, metric = label.rpartition(" · ")
    return (dataset, metric) if separator else (None, label)


def _cost_values(frame: pd.DataFrame) -> pd.Series:
    # The extractor's `normalized` value is in base units already (5.7M -> 5.7e6); where it is
    # missing, the written multiplier gives the same scale.
    return frame["normalized"].astype(float).fillna(_scaled(frame))


def efficiency_points(
    frame: pd.DataFrame, dataset: str | None, quality_metric: str, cost_metric: str
) -> pd.DataFrame:
    """Models claiming both a quality and a cost, with the efficiency (Pareto) frontier marked.

    One point per (paper, model): its best `quality_metric` on `dataset` (None: claims naming no
    dataset) and its smallest `cost_metric` on any dataset, since sizes and FLOPs are rarely tied
    to one. A point is on the frontier when no cheaper-or-equal model reaches as good a quality.
    Columns: model, title, paper_id, quality, cost, quality_shown, cost_shown, frontier.
    """
    absolute = _named_absolute(
        frame, ["paper_id", "title", "metric", "dataset", "value", "unit", "normalized"]
    )
    higher = _better(direction_of(quality_metric))
    quality = absolute[absolute["metric"] == quality_metric]
    quality = quality[
        quality["dataset"] == dataset if dataset is not None else quality["dataset"].isna()
    ]
    quality = _best_per_model(
        quality.assign(quality=quality["value"].astype(float)), "quality", higher
    )
    cost = absolute[absolute["metric"] == cost_metric]
    cost = _best_per_model(cost.assign(cost=_cost_values(cost)), "cost", higher=False)
    both = quality.merge(
        cost[["paper_id", "model", "cost", "value", "unit"]],
        on=["paper_id", "model"],
        suffixes=("", "_cost"),
    )
    both = both.sort_values(["cost", "quality"], ascending=[True, not higher], kind="stable")
    frontier: list[bool] = []
    best: float | None = None
    for value in both["quality"]:
        on_frontier = best is None or (value > best if higher else value < best)
        frontier.append(on_frontier)
        if on_frontier:
            best = float(value)
    return pd.DataFrame(
        {
            "model": both["model"].astype(str).to_list(),
            "title": both["title"].fillna("").astype(str).to_list(),
            "paper_id": both["paper_id"].astype(str).to_list(),
            "quality": both["quality"].astype(float).to_list(),
            "cost": both["cost"].astype(float).to_list(),
            "quality_shown": shown_values(both["value"], both["unit"]),
            "cost_shown": shown_values(both["value_cost"], both["unit_cost"]),
            "frontier": frontier,
        },
        columns=list(EFFICIENCY_COLUMNS),
    )


def shared_benchmarks(frame: pd.DataFrame, paper_ids: Iterable[str]) -> list[tuple[str, str]]:
    """(dataset, metric) pairs on which at least two of the papers make an absolute claim."""
    chosen = list(paper_ids)
    rows = frame[
        frame["paper_id"].isin(chosen) & (frame["kind"] == "absolute") & frame["dataset"].notna()
    ]
    papers = rows.groupby(["dataset", "metric"])["paper_id"].nunique()
    shared = papers[papers >= 2]
    return sorted((str(dataset), str(metric)) for dataset, metric in shared.index)


COMPARE_COLUMNS: tuple[str, ...] = (
    "benchmark",
    "paper",
    "paper_id",
    "model",
    "rank",
    "value",
    "shown",
)


def compare_rows(
    frame: pd.DataFrame, paper_ids: Sequence[str], shared: Sequence[tuple[str, str]]
) -> pd.DataFrame:
    """Each paper's ranked rows on each shared benchmark, ranked among the chosen papers only.

    Columns: benchmark, paper (title), paper_id, model, rank, value, shown.
    """
    subset = frame[frame["paper_id"].isin(list(paper_ids))]
    pieces: list[pd.DataFrame] = []
    for dataset, metric in shared:
        board = leaderboard(subset, dataset, metric)
        pieces.append(
            pd.DataFrame(
                {
                    "benchmark": benchmark_label(dataset, metric),
                    "paper": [
                        str(title) if _present(title) and str(title) else str(paper_id)
                        for title, paper_id in zip(board["title"], board["paper_id"], strict=True)
                    ],
                    "paper_id": board["paper_id"].astype(str).to_list(),
                    "model": board["model"].astype(str).to_list(),
                    "rank": board["rank"].astype(int).to_list(),
                    "value": board["value"].astype(float).to_list(),
                    "shown": shown_values(board["value"], board["unit"]),
                },
                columns=list(COMPARE_COLUMNS),
            )
        )
    if not pieces:
        return pd.DataFrame(columns=list(COMPARE_COLUMNS))
    return pd.concat(pieces, ignore_index=True)


RELATIVE_COLUMNS: tuple[str, ...] = ("model", "value", "metric", "kind", "baseline", "evidence")


def relative_table(rows: pd.DataFrame) -> pd.DataFrame:
    """A paper's relative claims (`claims.leaderboard.relative_claims`) for display."""
    return pd.DataFrame(
        {
            "model": rows["model"].fillna("").astype(str).to_list(),
            "value": shown_values(rows["value"], rows["unit"], rows["value_max"]),
            "metric": rows["metric"].astype(str).to_list(),
            "kind": rows["kind"].astype(str).to_list(),
            "baseline": rows["baseline"].fillna("").astype(str).to_list(),
            "evidence": rows["sentence"].fillna("").astype(str).to_list(),
        },
        columns=list(RELATIVE_COLUMNS),
    )


PAPER_CLAIM_COLUMNS: tuple[str, ...] = (
    "text",
    "value",
    "value_max",
    "unit",
    "metric",
    "metric_text",
    "dataset",
    "dataset_text",
    "model",
    "baseline",
    "kind",
    "direction",
    "normalized",
    "start",
    "end",
    "rule",
    "corrected",
    "sentence",
    "id",
)


def paper_claims(frame: pd.DataFrame, paper_id: str) -> pd.DataFrame:
    """One paper's claims with every field and the rule that found them, in text order."""
    rows = frame[frame["paper_id"] == paper_id].sort_values(["start", "end"], kind="stable")
    return rows.loc[:, list(PAPER_CLAIM_COLUMNS)].reset_index(drop=True)


def claim_spans(claims: pd.DataFrame) -> list[tuple[int, int, str]]:
    """(start, end, tooltip) of each claim, for `safe.highlighted_html`."""
    return [
        (int(start), int(end), f"{metric} · {kind} · rule {rule}")
        for start, end, metric, kind, rule in zip(
            claims["start"],
            claims["end"],
            claims["metric"],
            claims["kind"],
            claims["rule"],
            strict=True,
        )
    ]


# Papers compared by each suggested link.
SUGGESTED_PAPERS = 4


def compare_suggestions(
    benchmarks: pd.DataFrame,
    benchmark_papers: pd.DataFrame,
    count: int = 10,
    papers: int = SUGGESTED_PAPERS,
) -> pd.DataFrame:
    """Benchmarks claimed by several papers, each with a link comparing (up to `papers` of) them.

    `benchmark_papers` names papers claiming each benchmark, in the order to pick them (columns
    dataset, metric, paper_id: `Store.benchmark_papers`). Columns: compare (a link to /compare),
    papers.
    """
    shared = benchmarks[benchmarks["papers"] >= 2].head(count)
    links: list[str] = []
    for dataset, metric in zip(shared["dataset"], shared["metric"], strict=True):
        ids = benchmark_papers.loc[
            (benchmark_papers["dataset"] == dataset) & (benchmark_papers["metric"] == metric),
            "paper_id",
        ]
        chosen = ",".join(list(dict.fromkeys(ids.astype(str)))[:papers])
        label = benchmark_label(str(dataset), str(metric))
        links.append(f"{page_link('compare', papers=chosen)}{TITLE_MARK}{label}")
    return pd.DataFrame({"compare": links, "papers": shared["papers"].astype(int).to_list()})
