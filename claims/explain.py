"""`claims explain` as text: each claim found with the rule that fired, each number skipped and why.

The report is for a person reading a terminal, so fields are aligned and empty ones shown as `-`;
offsets are kept so a reader can find the mention in a long abstract.

>>> print(explain("Our model reaches 88.0% accuracy on ImageNet in 2023, with ResNet-50 [12]."))
1 claim
  88.0%  [18:23]  rule: accuracy: <number> <metric>
      value 88.0  unit %  metric top-1 accuracy  dataset ImageNet
      model -  baseline -  kind absolute
3 numbers skipped
  2023  [48:52]  year
  50  [66:68]  part of a name
  12  [70:72]  citation
"""

from __future__ import annotations

from claims.extract import Extraction, Skipped, analyse
from claims.model import Claim


def explain(text: str, paper_id: str = "", title: str = "") -> str:
    """The claims and skipped numbers of `text`, one block per claim, one line per skip."""
    return format_extraction(analyse(text, paper_id=paper_id, title=title))


def format_extraction(extraction: Extraction) -> str:
    """`extraction` as readable lines: claims first, then skipped numbers in text order."""
    lines = [_count(len(extraction.claims), "claim", "claims")]
    for claim in extraction.claims:
        lines.extend(_claim_lines(claim))
    skipped = sorted(extraction.skipped, key=lambda skip: (skip.start, skip.end))
    lines.append(_count(len(skipped), "number skipped", "numbers skipped"))
    lines.extend(_skip_line(skip) for skip in skipped)
    return "\n".join(lines)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _show(value: object) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, float):
        return f"{value:g}" if value != int(value) or abs(value) >= 1e15 else f"{value:.1f}"
    return str(value)


def _claim_lines(claim: Claim) -> list[str]:
    value = _show(claim.value)
    if claim.value_max is not None:
        value = f"{value} to {_show(claim.value_max)}"
    return [
        f"  {claim.text}  [{claim.start}:{claim.end}]  rule: {claim.rule}",
        f"      value {value}  unit {_show(claim.unit)}  metric {claim.metric}"
        f"  dataset {_show(claim.dataset)}",
        f"      model {_show(claim.model)}  baseline {_show(claim.baseline)}  kind {claim.kind}",
    ]


def _skip_line(skip: Skipped) -> str:
    return f"  {skip.text}  [{skip.start}:{skip.end}]  {skip.reason}"


__all__ = ["explain", "format_extraction"]
