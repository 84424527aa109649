"""The SQL that reads claims with curators' corrections applied, shared by frames and stats."""

from __future__ import annotations

from typing import Final

# One row per extracted claim, as a curator last left it. A correction's NULL field keeps the
# extracted value; '' clears a dataset or model. A corrected metric takes that metric's direction,
# and a corrected value rescales `normalized` by the same factor, since the unit is unchanged.
CORRECTED_CLAIMS: Final = """
SELECT
    c.id AS id,
    c.paper_id AS paper_id,
    COALESCE(k.value, c.value) AS value,
    c.value_max AS value_max,
    c.unit AS unit,
    COALESCE(k.metric, c.metric) AS metric,
    c.metric_text AS metric_text,
    CASE WHEN k.dataset IS NULL THEN c.dataset ELSE NULLIF(k.dataset, '') END AS dataset,
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
JOIN papers AS p ON p.id = c.paper_id
LEFT JOIN corrections AS k ON k.claim_id = c.id
LEFT JOIN rejections AS r ON r.claim_id = c.id
"""

# Benchmarks are (dataset, metric) pairs with an absolute claim that is not rejected: exactly those
# a leaderboard can rank (`claims.leaderboard.benchmarks` applies the same rule to a frame).
BENCHMARK_COUNT: Final = f"""
SELECT count(*) FROM (
    SELECT DISTINCT dataset, metric FROM ({CORRECTED_CLAIMS})
    WHERE kind = 'absolute' AND dataset IS NOT NULL AND NOT rejected
)
"""

PAPERS_WITH_COUNTS: Final = """
SELECT p.id, p.title, p.abstract, p.source, p.url, p.published, p.authors, p.arxiv_id,
       p.categories, (SELECT count(*) FROM claims AS c WHERE c.paper_id = p.id) AS claims
FROM papers AS p
ORDER BY p.id
"""
