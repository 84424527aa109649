"""The SQL that reads claims with curators' corrections applied, shared by frames and stats."""

from __future__ import annotations

from typing import Final

# A correction's NULL field keeps the extracted value; '' clears a dataset or model.
CORRECTED_DATASET: Final = (
    "CASE WHEN k.dataset IS NULL THEN c.dataset ELSE NULLIF(k.dataset, '') END"
)
CORRECTED_METRIC: Final = "COALESCE(k.metric, c.metric)"
CORRECTIONS_JOIN: Final = """
LEFT JOIN corrections AS k ON k.claim_id = c.id
LEFT JOIN rejections AS r ON r.claim_id = c.id
"""

# One row per extracted claim, as a curator last left it. A corrected metric takes that metric's
# direction, and a corrected value rescales `normalized` by the same factor (the unit is unchanged).
# Every claim has its paper (an ingest writes both); the paper is joined last, and as a LEFT JOIN,
# so that SQLite looks it up only for the claims a filter keeps, and not at all when no paper
# column is read (a join on a primary key that no column uses is dropped).
CORRECTED_CLAIMS: Final = f"""
SELECT
    c.id AS id,
    c.paper_id AS paper_id,
    COALESCE(k.value, c.value) AS value,
    c.value_max AS value_max,
    c.unit AS unit,
    {CORRECTED_METRIC} AS metric,
    c.metric_text AS metric_text,
    {CORRECTED_DATASET} AS dataset,
    c.dataset_text AS dataset_text,
    CASE WHEN k.model IS NULL THEN c.model ELSE NULLIF(k.model, '') END AS model,
    c.baseline AS baseline,
    c.kind AS kind,
    CASE WHEN k.metric IS NULL THEN c.direction ELSE direction_of(k.metric) END AS direction,
    CASE
        WHEN k.value IS NULL THEN c.normalized
        WHEN c.normalized IS NULL OR c.value = 0 THEN NULL
        ELSE c.normalized * k.value / c.value
    END AS normalized,
    c.text AS text,
    c.start AS start,
    c."end" AS "end",
    c.sentence AS sentence,
    c.rule AS rule,
    p.title AS title,
    p.url AS url,
    p.published AS published,
    k.claim_id IS NOT NULL AS corrected,
    r.claim_id IS NOT NULL AS rejected,
    c.position AS position
FROM claims AS c
{CORRECTIONS_JOIN}
LEFT JOIN papers AS p ON p.id = c.paper_id
"""

# The claims a leaderboard can rank: absolute, not rejected, naming a dataset. Benchmarks are their
# (dataset, metric) pairs (`claims.leaderboard.benchmarks` applies the same rule to a frame). Only
# these columns are computed, without the papers, so that counting stays quick.
RANKABLE_CLAIMS: Final = f"""
SELECT * FROM (
    SELECT {CORRECTED_DATASET} AS dataset, {CORRECTED_METRIC} AS metric, c.paper_id AS paper_id
    FROM claims AS c {CORRECTIONS_JOIN}
    WHERE c.kind = 'absolute' AND r.claim_id IS NULL
)
WHERE dataset IS NOT NULL
"""

BENCHMARK_COUNT: Final = (
    f"SELECT count(*) FROM (SELECT DISTINCT dataset, metric FROM ({RANKABLE_CLAIMS}))"
)

# Ordered as `claims.leaderboard.benchmarks` orders them: SQLite compares text byte by byte in
# UTF-8, which is the code point order Python and pandas sort strings in.
BENCHMARKS: Final = f"""
SELECT dataset, metric, count(DISTINCT paper_id) AS papers, count(*) AS claims
FROM ({RANKABLE_CLAIMS})
GROUP BY dataset, metric
ORDER BY papers DESC, claims DESC, dataset, metric
"""

# The first papers by id (the order of `Store.claims_frame()`) with a claim on each benchmark.
BENCHMARK_PAPERS: Final = f"""
SELECT dataset, metric, paper_id FROM (
    SELECT dataset, metric, paper_id,
           row_number() OVER (PARTITION BY dataset, metric ORDER BY paper_id) AS number
    FROM (SELECT DISTINCT dataset, metric, paper_id FROM ({RANKABLE_CLAIMS}))
)
WHERE number <= ?
ORDER BY dataset, metric, paper_id
"""

# Claims that are not rejected, per corrected metric. Written with subqueries rather than joins
# because with the joins SQLite walks the id index and looks every claim up, five times slower.
METRIC_COUNTS: Final = """
SELECT
    COALESCE((SELECT k.metric FROM corrections AS k WHERE k.claim_id = c.id), c.metric) AS metric,
    count(*) AS claims
FROM claims AS c
WHERE c.id NOT IN (SELECT claim_id FROM rejections)
GROUP BY 1
ORDER BY claims DESC, metric
"""


def papers_with_counts(abstracts: bool) -> str:
    """Every paper with the number of its extracted claims; abstracts are the bulk of a store."""
    abstract = "p.abstract" if abstracts else "NULL"
    return f"""
    SELECT p.id, p.title, {abstract}, p.source, p.url, p.published, p.authors, p.arxiv_id,
           p.categories, (SELECT count(*) FROM claims AS c WHERE c.paper_id = p.id) AS claims
    FROM papers AS p
    ORDER BY p.id
    """
