"""Column names and dtypes of the DataFrames the store returns, derived from the `Claim` model.

Deriving them keeps the frames, the exports and the model in step: a field added to `Claim` gets a
column of the right type everywhere without a second list to update.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Sequence
from typing import Any, Final

import pandas as pd

from claims.model import CLAIM_FIELDS, Claim

PAPER_INFO: Final[tuple[str, ...]] = ("title", "url", "published")
CLAIM_FRAME_COLUMNS: Final[tuple[str, ...]] = (
    "id",
    *CLAIM_FIELDS,
    *PAPER_INFO,
    "corrected",
    "rejected",
)
PAPER_FRAME_COLUMNS: Final[tuple[str, ...]] = (
    "id",
    "title",
    "abstract",
    "source",
    "url",
    "published",
    "authors",
    "arxiv_id",
    "categories",
    "claims",
)


def _dtype_of(annotation: Any) -> str:
    # `float | None` and `Optional[float]` both reduce to their one non-None member.
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        annotation = members[0] if len(members) == 1 else str
    if annotation is bool:
        return "bool"
    if annotation is int:
        return "int64"
    if annotation is float:
        return "float64"
    return "str"


CLAIM_DTYPES: Final[dict[str, str]] = {
    "id": "str",
    **{name: _dtype_of(field.annotation) for name, field in Claim.model_fields.items()},
    **dict.fromkeys(PAPER_INFO, "str"),  # `published` is an ISO date, YYYY-MM-DD
    "corrected": "bool",
    "rejected": "bool",
}


def typed_frame(rows: Sequence[tuple[Any, ...]], columns: Sequence[str]) -> pd.DataFrame:
    """A frame whose columns have their declared dtypes even when it has no rows."""
    frame = pd.DataFrame.from_records(list(rows), columns=list(columns))
    dtypes = {column: CLAIM_DTYPES[column] for column in columns if column in CLAIM_DTYPES}
    return frame.astype(dtypes)
