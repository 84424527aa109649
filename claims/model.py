"""The records claims produces: a `Paper` read from a source, and a `Claim` found in it.

Both are pydantic v2 models, so every record that leaves the extractor, a reader or the store
has been validated: a claim whose span is inverted, whose value is NaN or whose kind is unknown
cannot exist.
"""

from __future__ import annotations

import hashlib
import math
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Kind = Literal["absolute", "delta", "relative", "ratio"]
Direction = Literal["higher", "lower"]

KINDS: tuple[Kind, ...] = ("absolute", "delta", "relative", "ratio")


class Paper(BaseModel):
    """One paper as a reader produced it; only `id` and `abstract` are needed to extract."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(min_length=1)
    title: str = ""
    abstract: str = ""
    source: str = ""
    url: str | None = None
    published: date | None = None
    authors: list[str] | None = None
    arxiv_id: str | None = None
    categories: list[str] | None = None

    @property
    def text(self) -> str:
        """The text claims are extracted from; offsets of claims point into it."""
        return self.abstract


class Claim(BaseModel):
    """One numeric claim, typed, attributed and traceable to the characters it came from."""

    model_config = ConfigDict(frozen=True)

    paper_id: str = ""
    value: float
    value_max: float | None = None
    unit: str = ""
    metric: str
    metric_text: str | None = None
    dataset: str | None = None
    dataset_text: str | None = None
    model: str | None = None
    baseline: str | None = None
    kind: Kind
    direction: Direction | None = None
    normalized: float | None = None
    text: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence: str = ""
    rule: str = Field(min_length=1)

    @field_validator("value", "value_max", "normalized")
    @classmethod
    def _finite(cls, number: float | None) -> float | None:
        if number is not None and not math.isfinite(number):
            raise ValueError("must be a finite number")
        return number

    @model_validator(mode="after")
    def _span_is_consistent(self) -> Claim:
        if self.start > self.end:
            raise ValueError(f"start {self.start} is after end {self.end}")
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"span {self.start}:{self.end} is {self.end - self.start} characters "
                f"but text {self.text!r} is {len(self.text)}"
            )
        return self

    @property
    def id(self) -> str:
        """A stable id: the same paper, span and text give the same id on every ingest."""
        return claim_id(self.paper_id, self.start, self.end, self.text)


def claim_id(paper_id: str, start: int, end: int, text: str) -> str:
    """Hash of where a claim stands, so curators' corrections survive re-extraction.

    >>> claim_id("p", 0, 5, "88.0%")
    'c-4ca63a3f0623'
    """
    digest = hashlib.sha1(f"{paper_id}\x1f{start}\x1f{end}\x1f{text}".encode()).hexdigest()
    return f"c-{digest[:12]}"


CLAIM_FIELDS: tuple[str, ...] = tuple(Claim.model_fields)
"""The field names of `Claim` in declaration order: the column order of every export."""
