"""Attachment rules: which metric a number reports.

Each rule is a named value (Duckling's `Rule { name, pattern, prod }`): it looks at one number
and the metric mentions of its sentence and either names the metric it reports or passes. Rules
are tried in the order of `RULES`; the first that fires wins and its name is kept on the claim.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Final

import regex

from claims.datasets import HEADLINE_METRIC, DatasetMention
from claims.mentions import MetricMention, unit_metric
from claims.metrics import QUALITY_FAMILIES, QUANTITY_FAMILIES, direction_of, family_of
from claims.numbers import NumberMention
from claims.patterns import (
    FROM_BEFORE,
    OF_ITEMS,
    RESPECTIVELY,
    TO_BETWEEN,
    ending,
)

# Words that may stand between a number and the metric it reports, after it:
# "4.7x higher throughput", "88.0% ImageNet top-1", "1.2% better in top-1 accuracy".
_BETWEEN_AFTER: Final = regex.compile(
    r"""^(?:
        \s+ | [(+] | \bDATASET\b
      | \b(?:as|higher|lower|better|worse|fewer|less|more|smaller|larger|bigger|greater|faster
            |slower|reduction|reductions|reduced|reducing|improvement|improvements|improved|gains?|increase[sd]?
            |decrease[sd]?|drop|drops|boost|absolute|relative|average|mean|overall|in|of|on|the|its|and
            |respectively|top|savings?|saving|cheaper|shorter|lower|up|w\.r\.t\.?|terms|theoretical
            |maximum|peak|tighter|number)\b
    )*$""",
    regex.VERBOSE | regex.IGNORECASE,
)
# Words that may stand between a metric and a number after it:
# "an ImageNet accuracy of 88.0%", "reduces latency by 47%", "score of 79.6", "FID: 2.3".
_BETWEEN_BEFORE: Final = regex.compile(
    r"""^(?:
        \s+ | [:=(,] | \bDATASET\b | \b(?:e\.g|i\.e)\.
      | \b(?:of|by|to|at|is|was|are|were|reaches|reach|reaching|achieves|achieve|achieving|attains
            |obtains|yields|with|around|about|approximately|nearly|over|up|only|just|a|an|the|its
            |improvement|improvements|improves|improve|improved|increases|increase|reduces|reduce
            |reduced|reduction|drops|drop|gains|gain|boosts|boost|boosted|scores|score|value|rate
            |on|from|dev|test|val|validation|set|dataset|benchmark|roughly|than|in|and|average|least|most
            |consumption|usage|overhead|requirements?|more|less|almost
            |absolute|relative|respectively|higher|lower|better|that|surpassing|outperforming
            |state-of-the-art|sota|new|record|remarkable|competitive|top|significant|significantly)\b
    )*$""",
    regex.VERBOSE | regex.IGNORECASE,
)
_CLAUSE_BREAK: Final = regex.compile(r"[;:]|\.\s+[A-Z]|\bwhile\b|\bwhereas\b|\bbut\b")
_RESPECT_TO: Final = regex.compile(
    r"\b(?:w\.r\.t\.?|with\s+respect\s+to|in\s+terms\s+of|regarding|measured\s+by|as\s+measured\s+by|with)\s+(?:the\s+)?measured\s+(?:\w+\s+)?$"
    r"|\b(?:w\.r\.t\.?|with\s+respect\s+to|in\s+terms\s+of|regarding|measured\s+by|as\s+measured\s+by)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
# Up to two other words may qualify the metric ("1.9x run-time speedup", "65 times decrement in
# FLOPs") as long as none of them starts a new phrase.
_FREE_WORDS_AFTER: Final = regex.compile(
    r"^(?:\s*\(?\s*(?!(?:than|with|while|by|for|compared|at|under|over|using|from|to|which|that|when"
    r"|where|whereas|but|as|we|our|it|is|are|was|were|achieves?|obtains?|reaches?|has|have)\b)"
    r"[A-Za-z][\w-]*){1,3}\s*$",
    regex.IGNORECASE,
)
_SPEED_WORD: Final = regex.compile(r"\b(?:faster|slower)\b", regex.IGNORECASE)
_COMPARATIVES: Final = regex.compile(r"\b(?:DATASET|higher|lower|fewer|less|more)\b")
_PARENTHETICAL: Final = regex.compile(r"\s*\([^()]{0,40}\)")
_MAX_GAP_AFTER: Final = 45
_MAX_GAP_BEFORE: Final = 60
# (a setting in words, "(128k sequence length)", not a bare result: "CIFAR-100 (91.7%)")
_ASIDE_IN_GAP: Final = regex.compile(r"\s*\((?=[^()]*[A-Za-z])[^()]{1,40}\)")


@dataclass(frozen=True, slots=True)
class Context:
    """What attachment rules see: the sentence text and the mentions found in it."""

    text: str  # the whole abstract; offsets below point into it
    sentence: tuple[int, int]
    numbers: Sequence[NumberMention]
    metrics: Sequence[MetricMention]
    datasets: Sequence[DatasetMention]
    groups: dict[int, tuple[NumberMention, ...]] = field(default_factory=dict)
    starts: tuple[int, ...] = ()

    @classmethod
    def of(
        cls,
        text: str,
        sentence: tuple[int, int],
        numbers: Sequence[NumberMention],
        metrics: Sequence[MetricMention],
        datasets: Sequence[DatasetMention],
    ) -> Context:
        """A context with the sentence's number lists and number offsets worked out once."""
        groups: dict[int, tuple[NumberMention, ...]] = {}
        run: list[NumberMention] = []
        for number in numbers:
            if run and not _joined(text, run[-1], number):
                groups.update((n.start, tuple(run)) for n in run)
                run = []
            run.append(number)
        groups.update((n.start, tuple(run)) for n in run)
        starts = tuple(n.start for n in numbers)
        return cls(text, sentence, numbers, metrics, datasets, groups, starts)

    def gap(self, start: int, end: int) -> str:
        """The text between two offsets, with dataset names replaced by a placeholder."""
        gap = self.text[start:end]
        for dataset in self.datasets:
            if start <= dataset.start and dataset.end <= end:
                gap = gap.replace(dataset.text, " DATASET ", 1)
        return gap

    def numbers_between(self, start: int, end: int) -> bool:
        index = bisect_left(self.starts, start)
        return index < len(self.starts) and self.starts[index] < end


@dataclass(frozen=True, slots=True)
class Attachment:
    metric: str
    family: str
    rule: str
    mention: MetricMention | None
    # taken from the sentence before, which the number's own sentence goes on about
    carried: bool = False


RuleFn = Callable[[NumberMention, Context], Attachment | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named attachment rule."""

    name: str
    apply: RuleFn


def _attach(mention: MetricMention, rule: str) -> Attachment:
    return Attachment(mention.metric, mention.family, f"{mention.family}: {rule}", mention)


def _attach_named(metric: str, rule: str) -> Attachment:
    """A metric no mention names (a benchmark's headline, "solves N% of problems")."""
    family = family_of(metric)
    return Attachment(metric, family, f"{family}: {rule}", None)


def _metric_after(number: NumberMention, ctx: Context, *, generic: bool) -> MetricMention | None:
    start = number.end
    aside = _PARENTHETICAL.match(ctx.text, start, number.end + 60)
    if aside:  # "1.93% (1.98+/-0.07) validation error": the aside does not separate them
        start = aside.end()
    for mention in ctx.metrics:
        if mention.start < start or mention.generic != generic:
            continue
        if mention.start - start > _MAX_GAP_AFTER:
            break
        if ctx.numbers_between(start, mention.start):
            break
        gap = ctx.gap(start, mention.start)
        if mention.family != "speed" and _SPEED_WORD.search(gap):
            break  # "28% faster and reducing memory use by half": faster names the number
        if _BETWEEN_AFTER.match(gap):
            return mention
        free = _FREE_WORDS_AFTER.match(_COMPARATIVES.sub("", gap))
        # "194.3% mean human performance": a percentage may qualify even a vague word.
        if free and (not generic or number.unit == "%"):
            return mention
    return None


def _named_after_instead(mention: MetricMention, number: NumberMention, ctx: Context) -> bool:
    """Whether a vague metric before a number ("improvement of", "speed of", plain "accuracy
    of") yields to what names the number more closely after it: a specific metric right after
    ("20% BLEU", "2.6 ASR-BLEU points", "68.0% mean IoU") or a unit ("24.4 token/s")."""
    if not (mention.generic or mention.metric == "accuracy"):
        return False
    if _metric_right_after(number, ctx):
        return True
    if mention.generic and _quality_in_after(number, ctx) is not None:
        return True  # "an improvement of +47.5% in success rate"
    if (
        mention.generic
        and number.unit == "x"
        and _LARGER_NEXT.match(ctx.text, number.end, number.end + 20)
    ):
        return True  # "exceeds the performance of 10x larger models": their size
    return mention.generic and unit_metric(number.unit) is not None


_LARGER_NEXT: Final = regex.compile(r"\s*(?:larger|bigger|smaller)\b", regex.IGNORECASE)
_IN_TERMS_OF: Final = regex.compile(
    r"\s+in\s+(?:terms\s+of\s+)?(?:the\s+)?(?:average\s+|overall\s+|mean\s+)?", regex.IGNORECASE
)


def _quality_in_after(number: NumberMention, ctx: Context) -> MetricMention | None:
    """The quality named right after the number as what it is in: "+47.5% in success rate",
    "by +35.4% in terms of average pass rate"."""
    gap = _IN_TERMS_OF.match(ctx.text, number.end, ctx.sentence[1])
    if gap is None:
        return None
    return next(
        (
            m
            for m in ctx.metrics
            if m.start == gap.end() and not m.generic and m.family not in QUANTITY_FAMILIES
        ),
        None,
    )


def _metric_right_after(number: NumberMention, ctx: Context) -> bool:
    """ "20% BLEU", "by 7-9 absolute F1 points": a specific metric written right after."""
    return any(
        not m.generic
        and 0 <= m.start - number.end <= 12
        and _ABSOLUTE_GAP.fullmatch(ctx.text, number.end, m.start)
        for m in ctx.metrics
    )


_ABSOLUTE_GAP: Final = regex.compile(r"\s?(?:(?:absolute|relative)\s)?", regex.IGNORECASE)


def metric_in_number(number: NumberMention, ctx: Context) -> Attachment | None:
    """<number><metric> written as one: "150 GMACs", "5.2GFLOPs"."""
    for mention in ctx.metrics:
        if number.start <= mention.start < number.end and not mention.generic:
            return _attach(mention, "<number><metric>")
    return None


def number_then_metric(number: NumberMention, ctx: Context) -> Attachment | None:
    """<number> [higher|fewer|dataset...] <metric>: "4.7x higher throughput"."""
    mention = _metric_after(number, ctx, generic=False)
    if mention is None:
        return None
    if _NEXT_CLAUSE_GAP.match(ctx.text, number.end, mention.start) and _CHANGED_NEXT.match(
        ctx.text, mention.end, mention.end + 40
    ):
        # "memory by up to 21.4% and inference latency by up to 1.73x": the next change's metric
        return None
    if mention.metric == "speedup":
        # "69.6% acceleration in inference time": the speed word says what the quantity names
        # (GUIDELINE: speedup unless the text names the measured quantity itself).
        named = _metric_named_in(mention, ctx)
        if named is not None and named.family == "speed":
            return _attach(named, "<number> <speed word> in <metric>")
    return _attach(mention, "<number> <metric>")


_NEXT_CLAUSE_GAP: Final = regex.compile(r"\s*(?:,\s*)?(?:and|while|but)\s", regex.IGNORECASE)
_CHANGED_NEXT: Final = regex.compile(r"(?:\s+[\w-]+)?\s+(?:by|from|of)\s")
_GAIN_IN: Final = regex.compile(r"\s+(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}", regex.IGNORECASE)


def _metric_named_in(mention: MetricMention, ctx: Context) -> MetricMention | None:
    """The metric a change word is "in" or "of" ("5.6x gain in the end-to-end serving capacity",
    "69.6% acceleration in inference time"): the next specific metric, a few words on."""
    named = next((m for m in ctx.metrics if m.start >= mention.end and not m.generic), None)
    if named is not None and _GAIN_IN.fullmatch(ctx.text, mention.end, named.start):
        return named
    return None


_TIGHT_BEFORE: Final = regex.compile(
    r"\s*(?:of|:|=|is|was|at|reaching|reaches|to)\s*(?:about|around|approximately|only|roughly|nearly)?\s*",
    regex.IGNORECASE,
)


def metric_of_number(number: NumberMention, ctx: Context) -> Attachment | None:
    """<metric> of <number>, tightly: "an ImageNet accuracy of 88.0%, an ADE20K mIoU of 55.6%"."""
    for index in range(len(ctx.metrics) - 1, -1, -1):
        mention = ctx.metrics[index]
        if mention.end <= number.start:
            if not _TIGHT_BEFORE.fullmatch(ctx.text, mention.end, number.start):
                return None
            if (
                mention.generic
                and index > 0
                and _named_right_before(ctx.metrics[index - 1], mention, ctx)
            ):
                # "average perplexity improvements of 5.6": the change is of the metric named
                mention = ctx.metrics[index - 1]
            if _named_after_instead(mention, number, ctx) or _list_unit_differs(
                number, mention, ctx
            ):
                return None
            if mention.generic and number.unit == "%":
                # "a success rate of 14.41%, far below the human performance of 78.24%": a vague
                # level is a level of the one metric the sentence named before it.
                named = _one_quality_metric_before(mention, ctx, _NOT_SPENT)
                if named is not None:
                    return _attach(named, "<metric> ..., <word> of <number>")
            return _attach(mention, "<metric> of <number>")
    return None


def _named_right_before(named: MetricMention, vague: MetricMention, ctx: Context) -> bool:
    """Whether a specific metric stands right before a vague word: "perplexity improvements"."""
    return not named.generic and not ctx.text[named.end : vague.start].strip()


# Families of qualities a vague word can stand for: every family but the quantities spent.
_NOT_SPENT: Final = frozenset({*QUALITY_FAMILIES, "other"})


def _one_quality_metric_before(
    anchor: NumberMention | MetricMention, ctx: Context, families: frozenset[str]
) -> MetricMention | None:
    """The last specific metric of `families` named before `anchor` in its sentence, when the
    sentence names only that one."""
    named = [
        m for m in ctx.metrics if m.end <= anchor.start and not m.generic and m.family in families
    ]
    if named and len({m.metric for m in named}) == 1:
        return named[-1]
    return None


def _list_unit_differs(number: NumberMention, mention: MetricMention, ctx: Context) -> bool:
    """ "56.5% AP at 124 and 78 FPS": a bare member of a list whose last member carries a unit
    naming another metric is measured in that unit, not in the metric before the list."""
    if number.unit:
        return False
    last = list_group(number, ctx)[-1]
    if last.unit == "points":
        return False  # (points measure any score: "perplexity improvements of 5.6 and 22.7 points")
    implied = unit_metric(last.unit) if last is not number else None
    return implied is not None and implied[1] != mention.metric


_BY_BEFORE: Final = ending(
    r"\bby\s+(?:up\s+to\s+|about\s+|around\s+|roughly\s+|nearly\s+|over\s+|at\s+least\s+|more\s+than\s+|a\s+factor\s+of\s+)?$",
    regex.IGNORECASE,
)


_ACRONYM_OPEN: Final = ending(r"\s\($")
_ACRONYM_CLOSE: Final = regex.compile(r"\)\s*")


def metric_by_number(number: NumberMention, ctx: Context) -> Attachment | None:
    """<verb> <metric> ... by <number>: "reduce the number of trainable parameters by 10,000 times",
    "improving CodeBLEU by at least 4.63 points", "accelerating the inference by 1.7-3.3x"."""
    lo = ctx.sentence[0]
    by = _BY_BEFORE.search(ctx.text, max(lo, number.start - 30), number.start)
    if by is None:
        return None
    for mention in reversed(ctx.metrics):
        if mention.end > by.start() or mention.comparative:
            continue
        if any(0 <= mention.start - n.end <= 1 for n in ctx.numbers):
            # "outperforming a 540B parameters model by 3%": the metric of its own number
            return None
        between = ctx.text[mention.end : by.start()]
        if _ACRONYM_CLOSE.fullmatch(between) and _ACRONYM_OPEN.search(
            ctx.text, max(lo, mention.start - 3), mention.start
        ):
            between = ""  # "time-to-first-token (TTFT) by 2.2x": the acronym repeats the metric
        if len(between) > 60 or _CLAUSE_BREAK.search(between) or "," in between or ")" in between:
            return None
        if ctx.numbers_between(mention.end, by.start()):
            return None
        if _named_after_instead(mention, number, ctx) or _metric_right_after(number, ctx):
            # "outperforms them in perplexity and ... by 6.22 accuracy points"
            return None
        implied = unit_metric(number.unit)
        if implied is not None and implied[0] != mention.family and number.unit != "points":
            return None  # "9.3% less parameters and surpasses HAT ... by up to 0.29dB": in dB
        return _attach(mention, "<metric> by <number>")
    return None


_TO_NEXT: Final = regex.compile(r"\s+to\s+", regex.IGNORECASE)


def from_to_metric(number: NumberMention, ctx: Context) -> Attachment | None:
    """<number> to <number> <metric>: "boost FooNet from 69.90% to 71.69% top-1 accuracy", "from
    37.4 to 41.0 box AP": where a value went from is measured like where it went to."""
    # ("from 4.4%/8.9% to 3.1%/7.5% WER": a slash list goes to another, measured alike)
    to = _TO_NEXT.match(ctx.text, list_group(number, ctx)[-1].end, ctx.sentence[1])
    if to is None:
        return None
    target = next((n for n in ctx.numbers if n.start == to.end()), None)
    if target is None or target.unit != number.unit:
        return None
    mention = _metric_after(list_group(target, ctx)[-1], ctx, generic=False)
    return _attach(mention, "<number> to <number> <metric>") if mention else None


def list_then_metric(number: NumberMention, ctx: Context) -> Attachment | None:
    """<number> and <number> <metric>: "0.78 and 0.76 Spearman correlation", "35%/52% fewer"."""
    group = list_group(number, ctx)
    if len(group) < 2 or group[-1] is number or _units_disagree(number, group[-1]):
        return None
    # "a 4-5x and 20-25x increase in inference speed": a vague word after the list names it too.
    mention = _metric_after(group[-1], ctx, generic=False) or _metric_after(
        group[-1], ctx, generic=True
    )
    if mention is not None:
        mention = _error_named_before(mention, number, ctx) or mention
    if mention is None and not number.unit and group[-1].unit:
        # "at 124 / 78 FPS": the unit of the last member names the list's metric.
        implied = unit_metric(group[-1].unit)
        timed = _result_in_time_before(number, ctx)
        if timed is not None and implied is not None and implied[0] == "speed":
            return _attach(timed, "<metric> ... <number list> <unit>")
        if implied is not None:
            family, metric = implied
            return Attachment(metric, family, f"{family}: <number list> <unit>", None)
    return _attach(mention, "<number list> <metric>") if mention else None


_BYTES: Final = frozenset({"KB", "MB", "GB", "TB"})


_RESULTS_IN_TIME: Final = frozenset({"skillful lead time"})


def _result_in_time_before(number: NumberMention, ctx: Context) -> MetricMention | None:
    """ "extends the skillful lead time for Z500 from 9.25 to 10.5 days": days of a result the
    sentence names before, not time spent."""
    timed = [m for m in ctx.metrics if m.metric in _RESULTS_IN_TIME and m.end <= number.start]
    return timed[-1] if timed else None


def number_with_unit(number: NumberMention, ctx: Context) -> Attachment | None:
    """<number><unit> where the unit names the metric: "2.4ms", "30FPS", "0.52 GPU days"."""
    implied = unit_metric(number.unit)
    if implied is None:
        return None
    family, metric = implied
    timed = _result_in_time_before(number, ctx) if family == "speed" else None
    if timed is not None:
        return _attach(timed, "<metric> ... <number days>")
    if number.unit in _BYTES:
        # "reduced the storage of AlexNet from 240MB to 6.9MB": bytes of a model are its size.
        sized = [m for m in ctx.metrics if m.metric == "model size" and m.end <= number.start]
        if sized:
            return _attach(sized[-1], "<metric> ... <number bytes>")
    if number.unit == "points":
        # "Test F1 to 93.2 (1.5 point improvement)": points of the metric just named.
        near = [
            m
            for m in ctx.metrics
            if m.end <= number.start and number.start - m.end < 40 and not m.generic
        ]
        if near and not ctx.numbers_between(near[-1].end, number.start - 12):
            return _attach(near[-1], "<metric> ... <number points>")
        # "5-15 pp more accurate than XGBoost": points of the quality named right after
        named = _metric_after(number, ctx, generic=True) or _metric_after(
            number, ctx, generic=False
        )
        if named is not None and named.family in QUALITY_FAMILIES:
            return _attach(named, "<number points> <metric>")
        # "narrows the accuracy gap ... to merely 2.9 points, surpassing X by 19.1 points": the
        # one quality metric the sentence names before is what the points count.
        named = _one_quality_metric_before(number, ctx, QUALITY_FAMILIES)
        if named is not None:
            return _attach(named, "<metric> ..., <number points>")
    return Attachment(metric, family, f"{family}: <number {number.unit}>", None)


# "5 times larger than the previous largest dataset": the size compared is data, not a model's.
_DATA_NEXT: Final = regex.compile(
    r"[^.;]{0,60}?\b(?:datasets?|data|corpus|corpora)\b", regex.IGNORECASE
)


def _error_named_before(
    mention: MetricMention, number: NumberMention, ctx: Context
) -> MetricMention | None:
    """ "1.649 AEPE on Sintel, a 15.1% error reduction": a vague "error reduction" reduces the
    one error the sentence named before it."""
    if not (mention.generic and mention.metric == "error rate"):
        return None
    named = _one_quality_metric_before(number, ctx, QUALITY_FAMILIES)
    return named if named is not None and direction_of(named.metric) == "lower" else None


def number_then_generic(number: NumberMention, ctx: Context) -> Attachment | None:
    """<number> faster / <number> points / <number> smaller: a vague word names the metric."""
    mention = _metric_after(number, ctx, generic=True)
    if mention is None:
        return None
    named_error = _error_named_before(mention, number, ctx)
    if named_error is not None:
        return _attach(named_error, "<metric> ..., <number> error reduction")
    if mention.metric == "score" and _quality_right_before(number, ctx):
        return None  # "outperforms baselines in accuracy (up to 10.9% gains)": gains in it
    if number.unit == "x" and mention.metric == "score":
        # "5.6x gain in the end-to-end serving capacity": the quantity the gain is in; "1.4x
        # improvement over EAGLE-2": a factor of what the sentence is about (fallback rules).
        named = _metric_named_in(mention, ctx)
        return _attach(named, "<number> gain in <metric>") if named is not None else None
    if (
        mention.family == "size"
        and mention.comparative
        and _DATA_NEXT.match(ctx.text, mention.end, ctx.sentence[1])
    ):
        return None
    return _attach(mention, "<number> <word>")


_BRACKET_OPENS: Final = regex.compile(
    r"\s*\(\s*(?:up\s+to\s+|about\s+|over\s+|nearly\s+|around\s+|~\s?)?", regex.IGNORECASE
)


def _quality_right_before(number: NumberMention, ctx: Context) -> bool:
    """Whether a quality metric is named right before the bracket the number opens: "in
    accuracy (up to 10.9% gains)"."""
    return any(
        m.end <= number.start
        and not m.generic
        and m.family not in QUANTITY_FAMILIES
        and _BRACKET_OPENS.fullmatch(ctx.text, m.end, number.start)
        for m in ctx.metrics
    )


def metric_then_number(number: NumberMention, ctx: Context) -> Attachment | None:
    """<metric> [of|by|to|reaches...] <number>: "ImageNet accuracy of 88.0%"."""
    best: MetricMention | None = None
    for mention in ctx.metrics:
        if mention.end > number.start:
            break
        if mention.comparative or (mention.generic and number.is_integer_count):
            continue
        if number.unit == "x" and mention.family in QUALITY_FAMILIES:
            continue  # "a 0.05 decline in CLIP Score, and 4.1x for LDM": a factor is no score
        if number.start - mention.end > _MAX_GAP_BEFORE:
            continue
        gap = ctx.gap(mention.end, number.start)
        if ctx.numbers_between(mention.end, number.start):
            # "its average score on LV-Eval (128k sequence length) from 4.41": a setting in
            # brackets between the two does not part them
            asides = [a.span() for a in _ASIDE_IN_GAP.finditer(ctx.text, mention.end, number.start)]
            if not asides or any(
                mention.end <= n.start < number.start
                and not any(a <= n.start < b for a, b in asides)
                for n in ctx.numbers
            ):
                continue
            gap = _ASIDE_IN_GAP.sub(" ", gap)
        joined = _BETWEEN_BEFORE.match(gap)
        if joined and (best is None or not mention.generic or best.generic):
            best = mention
    return _attach(best, "<metric> ... <number>") if best else None


def respect_to(number: NumberMention, ctx: Context) -> Attachment | None:
    """<number> faster ... w.r.t. <metric>: the measured quantity named later in the clause."""
    for mention in ctx.metrics:
        if mention.start <= number.end or mention.generic:
            continue
        between = ctx.text[number.end : mention.start]
        if _CLAUSE_BREAK.search(between) or len(between) > 120:
            return None
        if _RESPECT_TO.search(between) and (
            number.unit != "x" or mention.family in QUANTITY_FAMILIES
        ):
            # (a factor is of a quantity spent, not of the yardstick: "FLOPs savings: 3.7x
            # overall, ..., measured by pre-training loss")
            return _attach(mention, "<number> ... w.r.t. <metric>")
    return None


def _units_disagree(number: NumberMention, other: NumberMention) -> bool:
    """ "(1.02 ms, 74.7% top-1)": members in different units, one of which names its own metric,
    measure different things."""
    return (
        bool(number.unit and other.unit)
        and number.unit != other.unit
        and (unit_metric(number.unit) is not None or unit_metric(other.unit) is not None)
    )


def list_member(
    number: NumberMention, ctx: Context, attached: dict[int, Attachment]
) -> Attachment | None:
    """<number>, <number> and <number> <metric>: a list shares the metric of its attached member."""
    group = list_group(number, ctx)
    for other in group:
        found = attached.get(other.start)
        if found is not None and other is not number and not _units_disagree(number, other):
            return Attachment(
                found.metric, found.family, f"{found.family}: <number list> <metric>", found.mention
            )
    return None


_LIST_JOINER: Final = regex.compile(
    r"^\s*(?:,|/|&|,?\s*and|,?\s*or|vs\.?|versus|compared\s+to|->|→)\s*$|^\s*(?:,\s*)?(?:and\s+)?$"
    # "a total score of 87.32% (vs. 86.86% of BarWan)": the value compared with, in brackets
    r"|^\s*\(\s*(?:vs\.?|versus|compared\s+(?:to|with))\s*$"
)


_ASIDE: Final = regex.compile(r"\s*\([^()\d%]*[^\W\d][^()]{0,40}\)")


def list_group(number: NumberMention, ctx: Context) -> list[NumberMention]:
    """The numbers joined to `number` by commas, slashes, "and" or "or", in order."""
    return list(ctx.groups.get(number.start, (number,)))


def _joined(text: str, left: NumberMention, right: NumberMention) -> bool:
    between = left.end
    aside = _ASIDE.match(text, left.end, right.start)
    if aside is not None:
        # "by 41% (Qwen2.5-7B) and 20% (Qwen2.5-3B)": whose value each is does not cut the list
        between = aside.end()
    if right.start - between > 20:
        return False
    if _LIST_JOINER.match(text[between : right.start]):
        return True
    # "from 5.85 to 0.95 GFLOPS", "from 120 to 45 ms": the value a change starts from is in the
    # unit of the value it ends at. (Not "from 16 to 1024 points": points count as often as score.)
    return (
        not left.unit
        and right.unit not in ("", "points")
        and bool(TO_BETWEEN.fullmatch(text, left.end, right.start))
        and bool(FROM_BEFORE.search(text, max(0, left.start - 8), left.start))
    )


def respectively(number: NumberMention, ctx: Context) -> Attachment | None:
    """<number> and <number> for <metric> and <metric>, respectively: the i-th goes to the i-th."""
    group = list_group(number, ctx)
    if len(group) < 2:
        return None
    after_group = group[-1].end
    _, sentence_end = ctx.sentence
    found = RESPECTIVELY.search(ctx.text, after_group, sentence_end)
    if found is None or ctx.numbers_between(after_group, found.start()):
        return _paired_metrics(number, group, ctx)
    named = [m for m in ctx.metrics if after_group <= m.start < found.start() and not m.generic]
    if not named:
        # "reducing parameter and computation costs by 494x and 160x, respectively"
        named = _metric_list_before(group[0], ctx)
        if len(named) != len(group):
            return None
    if len(named) == 1:
        # "by 4.0% and 3.6% respectively for the top-1 accuracy": one metric for all of them,
        # unless the list says what it changes before "by" ("improves the throughput by up to
        # 31.4x and 17.9x under the same average and tail latency, respectively")
        before_by = metric_by_number(group[0], ctx)
        if before_by is not None:
            return before_by
        return _attach(named[0], "<number> and <number> respectively <metric>")
    if len(named) != len(group):
        return None
    return _attach(
        named[group.index(number)], "<number> and <number> <metric> and <metric> respectively"
    )


_METRIC_JOINER: Final = regex.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)")


def _metric_list_before(number: NumberMention, ctx: Context) -> list[MetricMention]:
    """The metrics joined as a list ("parameter and computation costs") that the clause names
    last before `number`."""
    before = [
        m for m in ctx.metrics if m.end <= number.start and not m.generic and not m.comparative
    ]
    if not before or _CLAUSE_BREAK.search(ctx.text, before[-1].end, number.start):
        return []
    run = [before[-1]]
    for mention in reversed(before[:-1]):
        if not _METRIC_JOINER.fullmatch(ctx.text, mention.end, run[0].start):
            break
        run.insert(0, mention)
    return run


def _paired_metrics(
    number: NumberMention, group: list[NumberMention], ctx: Context
) -> Attachment | None:
    """ "4.8x and 5.5x fewer multiply-adds and parameters": as many metrics, joined as a list
    right after the numbers, pair with them in order even without "respectively"."""
    first = _metric_after(group[-1], ctx, generic=False)
    if first is None:
        return None
    named = [first]
    for mention in ctx.metrics:
        if mention.start <= named[-1].start or mention.generic:
            continue
        if not _METRIC_JOINER.fullmatch(ctx.text, named[-1].end, mention.start):
            break
        named.append(mention)
    if len(named) != len(group):
        return None
    return _attach(named[group.index(number)], "<number> and <number> <metric> and <metric>")


_COMPARED_AFTER: Final = regex.compile(
    r"\s+(?:points?\s+)?(?:lower|higher|better|worse)\s+than\b", regex.IGNORECASE
)
_BETTER_AFTER: Final = regex.compile(
    r"\s+(?:better|higher|more\s+accurate|improvement|gain)\b", regex.IGNORECASE
)


# The stems of the verbs that raise a value, and of those that lower one.
_RAISE_VERB: Final = r"(?:improv|increas|boost|rais|push|lift)\w*"
_LOWER_VERB: Final = r"(?:reduc|lower|decreas|cut|drop)\w*"
_RAISED_TO: Final = ending(
    rf"\b{_RAISE_VERB}\s+(?:further\s+)?to\s+(?:about\s+|over\s+)?$", regex.IGNORECASE
)


# "a success rate of 57.6% (Pass@32), surpassing X by 7.6%": the tries a value was had with
_VALUE_THEN_BRACKET: Final = ending(r"[\d%]\s*\(\s*$")


def _tries_of_a_value(mention: MetricMention, ctx: Context) -> bool:
    """Whether a pass@k is bracketed right after a value: the setting of that value, not the
    metric of the numbers after it."""
    return mention.text.lower().startswith("pass@") and bool(
        _VALUE_THEN_BRACKET.search(
            ctx.text, max(ctx.sentence[0], mention.start - 12), mention.start
        )
    )


def metric_earlier_in_sentence(number: NumberMention, ctx: Context) -> Attachment | None:
    """<metric> ..., <number>: the metric the sentence named last before the number ("the lowest
    error rate among NAS models, with 2.46% for CIFAR-10, 15.02% for CIFAR-100")."""
    if number.is_integer_count:
        return None
    if not number.unit and _COMPARED_AFTER.match(ctx.text, number.end, number.end + 60):
        # "an average score of 63.1 ..., which is only 5.8 lower than the full-precision model":
        # a bare difference compares the value just reported, vaguely named or not.
        last = [m for m in ctx.metrics if m.end <= number.start]
        if last and last[-1].generic and last[-1].family not in QUANTITY_FAMILIES:
            return _attach(last[-1], "<metric> ..., <number>")
    before = [
        m
        for m in ctx.metrics
        if m.end <= number.start and not m.generic and not _tries_of_a_value(m, ctx)
    ]
    last = [m for m in ctx.metrics if m.end <= number.start][-1:]
    if last and last[0].generic and _pairs_go_on(number, ctx, last[0]):
        # "impressive scores of 85.3 on AIME 2024, 74.4 on AIME 2025, and 70.3 on FooBench":
        # the pairs go on in the vague word the list opens with
        return _attach(last[0], "<metric> ..., <number>")
    if not before and _RAISED_TO.search(
        ctx.text, max(ctx.sentence[0], number.start - 40), number.start
    ):
        # "an alignment score of 0.72 on GenEval, which can be further improved to 0.80": the
        # value a result is raised to is in its vaguely named metric too
        vague = [
            m for m in ctx.metrics if m.end <= number.start and m.family not in QUANTITY_FAMILIES
        ]
        if vague:
            return _attach(vague[-1], "<metric> ..., raised to <number>")
    if number.unit == "x":
        before = [m for m in before if m.family not in QUALITY_FAMILIES]
    if number.unit == "%":
        # "GhostNetV1 (74.5%)" after "75.3% top-1 ... with 167M FLOPs": a bare percentage is a
        # quality; quantities take percentages only as changes, which earlier rules attach.
        before = [m for m in before if m.family not in QUANTITY_FAMILIES] or before
    quantity_before = bool(before) and before[-1].family in QUANTITY_FAMILIES
    if before and _pairs_go_on(number, ctx, before[-1]):
        # "savings of 49% for CIFAR-10, 61% for CelebA-HQ, and 76% for ImageNet": each pair of a
        # list goes on in the metric of the first, whatever its benchmark reports elsewhere
        return _attach(before[-1], "<metric> ..., <number>")
    if number.unit in ("%", "") and quantity_before and dataset_headline(number, ctx) is not None:
        # "1.3B parameters ... still achieves 45% on HumanEval", "better than the Llama 3.1 8B
        # model: +5 on MMLU": a result on a benchmark is in the benchmark's metric
        return None
    if not number.unit and quantity_before and _benchmark_right_after(number, ctx) is not None:
        # "with only 0.5B parameters, ... e.g., 0.59 on GenEval": a bare value on a benchmark is
        # no count of what was spent (that has its multiplier or unit); it is the benchmark's score
        return None
    if before and before[-1].family == "other" and dataset_headline(number, ctx) is not None:
        # "a 29.6 win rate on AlpacaEval 2 and 7.35 on MT-Bench": a metric the text names in
        # its own words belongs to its benchmark; the next benchmark reports its own metric.
        return None
    if _BETTER_AFTER.match(ctx.text, number.end, number.end + 60):
        # "being 5x smaller and 2.2% better": better names a quality, not the size just before.
        before = [m for m in before if m.family not in QUANTITY_FAMILIES] or before
    return _attach(before[-1], "<metric> ..., <number>") if before else None


# "<value> for|on <name>, " between the value before and this one: a list of value-benchmark pairs
_PAIR_BEFORE: Final = regex.compile(
    r"\s+(?:for|on|in)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s[A-Z0-9][\w.-]*)?\s*,\s*(?:and\s+)?"
)


def _pairs_go_on(number: NumberMention, ctx: Context, metric: MetricMention) -> bool:
    """Whether `number` is the second or later pair of "savings of 49% for A, 61% for B": each
    value before it, back to the first, is in its unit and followed by just its benchmark and a
    comma, and the metric heads the list ("+5 on MMLU, +3.1 on ARC" after "the 8B model" is not
    in the model's size)."""
    index = bisect_left(ctx.starts, number.start)
    current = number
    while index > 0:
        previous = ctx.numbers[index - 1]
        if previous.unit != number.unit or previous.start < metric.end:
            break
        if not _PAIR_BEFORE.fullmatch(ctx.text, previous.end, current.start):
            break
        current, index = previous, index - 1
    return current is not number and bool(
        _METRIC_HEADS.fullmatch(ctx.text, metric.end, current.start)
    )


_METRIC_HEADS: Final = regex.compile(r"\s*(?:of|by|:|at|is|are|was|were|reaches|of\s+up\s+to)?\s*")


def metric_later_in_clause(number: NumberMention, ctx: Context) -> Attachment | None:
    """by <number> ... <metric>: "surpass state-of-the-art by 4.0% achieving 43.1% mAP"."""
    if number.is_integer_count:
        return None
    after = [m for m in ctx.metrics if m.start >= number.end and not m.generic]
    by_before = _BY.search(ctx.text, max(ctx.sentence[0], number.start - 12), number.start)
    if after and by_before and not _CLAUSE_BREAK.search(ctx.text, number.end, after[0].start):
        return _attach(after[0], "by <number> ... <metric>")
    return None


_BY: Final = ending(r"\bby\s+(?:up\s+to\s+|about\s+|around\s+)?$", regex.IGNORECASE)
_ON_DATASET: Final = regex.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:on|for|in|using|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
    regex.IGNORECASE,
)


# "is preferred 68.4% and 71.3% of the time", "61.7% of raters prefer our approach": how often
# people chose a system over another is its win rate.
PREFERENCE_AFTER: Final = regex.compile(
    r"(?:\s*(?:,|and|/)\s*[\d.]+\s?\\?%)*\s+of\s+the\s+time\b"
    r"|\s+(?:of\s+)?(?:the\s+)?(?:raters|users|participants|annotators|judges|people|humans)"
    r"\s+(?:\w+\s+){0,2}prefer",
    regex.IGNORECASE,
)
# "is preferred ...", "wins 76% of the time": a win rate; "agrees with annotators 72% of the
# time": an agreement.
_SHARE_OF_TIME_VERB: Final = regex.compile(
    r"\b(?:(?P<win>prefer|wins?\b|winning\b|beats?\b)|(?P<agree>agree|match(?:es)?\b))",
    regex.IGNORECASE,
)


def preference_share(number: NumberMention, ctx: Context) -> Attachment | None:
    """<number>% of the time after "preferred" (or "wins"), <number>% of raters prefer: a win
    rate; after "agrees with": an agreement."""
    if number.unit != "%":
        return None
    found = PREFERENCE_AFTER.match(ctx.text, number.end, ctx.sentence[1])
    if found is None:
        return None
    if found.group().lower().endswith("prefer"):
        return _attach_named("win rate", "preferred <number> of the time")
    verbs = list(
        _SHARE_OF_TIME_VERB.finditer(
            ctx.text, max(ctx.sentence[0], number.start - 40), number.start
        )
    )
    if not verbs:
        return None
    metric = "win rate" if verbs[-1].group("win") else "agreement"
    return _attach_named(metric, "wins|agrees <number> of the time")


_BY_AFTER_NAME: Final = regex.compile(r"\s+by\s+(?:up\s+to\s+|about\s+|over\s+)?")
_RAISES_BEFORE: Final = ending(
    rf"\b{_RAISE_VERB}\s+(?:the\s+)?(?:accuracy\s+on\s+)?$", regex.IGNORECASE
)


# "ImageNet-22K (85.2%)", "the miniF2F benchmark ($63.5\%$)"
_BRACKET_AFTER_NAME: Final = regex.compile(
    r"(?:\s+(?:benchmark|dataset|test\s+set))?\s*\(\s*", regex.IGNORECASE
)


def dataset_headline(number: NumberMention, ctx: Context) -> Attachment | None:
    """<number> on <dataset>: a bare result on a benchmark reports its headline metric."""
    if number.unit not in ("%", "") or number.is_integer_count:
        return None
    for dataset in ctx.datasets:
        metric = HEADLINE_METRIC.get(dataset.name)
        if dataset.start < number.end:
            # "ViT-L pre-trained on ImageNet-22K (85.2%)": a result bracketed after its benchmark.
            if metric and _BRACKET_AFTER_NAME.fullmatch(ctx.text, dataset.end, number.start):
                return _attach_named(metric, "<dataset> (<number>)")
            if (
                metric
                and _BY_AFTER_NAME.fullmatch(ctx.text, dataset.end, number.start)
                and _RAISES_BEFORE.search(ctx.text, max(0, dataset.start - 20), dataset.start)
            ):
                # "improves MMLU by 5.6 over DCLM": the benchmark's own metric went up
                return _attach_named(metric, "raises <dataset> by <number>")
            continue
        gap = _past_aside(ctx.text, number.end, dataset.start)
        if metric and gap == " " and not number.unit:
            # "achieves 7.55 MT-Bench and 90.06% AlpacaEval scores": the benchmark as the unit
            return _attach_named(metric, "<number> <dataset>")
        if metric and _ON_DATASET.fullmatch(gap if gap.endswith(" ") else gap + " "):
            return _attach_named(metric, "<number> on <dataset>")
        break
    return None


def sentence_headline(number: NumberMention, ctx: Context) -> Attachment | None:
    """A percentage in a sentence that names benchmarks but no metric: "On the MATH benchmark, it
    improves FooLM-7B from 58.8% to 90.0%" reports the benchmark's headline metric; so does a
    decimal a percentage scale is often written without ("In FooWorld, X achieves 46.6")."""
    percent_like = not number.unit and "." in number.text and 0 < number.value <= 100
    if not (number.unit == "%" or percent_like) or any(not m.generic for m in ctx.metrics):
        return None
    own = _benchmark_right_after(number, ctx)
    if own is not None and HEADLINE_METRIC.get(own.name) is None and not _a_change(number, ctx):
        return None  # "66.1 on Tau2-Bench, ..., 65.8 on SWE-Bench Verified": its own benchmark's
    # (a name the table lacks says nothing of the metric: "On the USA Math Olympiad (AIME)")
    metrics = {HEADLINE_METRIC.get(d.name) for d in ctx.datasets if d.listed}
    if len(metrics) != 1:
        return None
    (metric,) = metrics
    if metric is None:
        return None
    return _attach_named(metric, "<dataset> ... <number>")


def score_on_benchmark(number: NumberMention, ctx: Context) -> Attachment | None:
    """<number> on <benchmark>, in a sentence that names no metric: "K2 obtains 66.1 on
    Tau2-Bench, 76.5 on ACEBench": a value on a benchmark without a headline metric is its score
    (tried last: a metric the sentence before named comes first). Not a change ("by 52.8% on X")."""
    if number.unit not in ("%", "") or number.is_integer_count:
        return None
    if _names_a_quality(ctx):
        # (a vague "a score of" names no other metric; nor does a cost spent beside the result:
        # "achieving 83.2 on FooVQA, while keeping 2.8B activated parameters")
        return None
    if _a_change(number, ctx):
        return None
    if _benchmark_right_after(number, ctx) is not None:
        return _attach_named("score", "<number> on <benchmark>")
    # "improves FooLM from 75.4 to 88.3 on BarBench": where a change starts is measured alike
    end = end_of_change_from(number, ctx)
    if end is not None and _benchmark_right_after(end, ctx) is not None:
        return _attach_named("score", "from <number> to <number> on <benchmark>")
    return None


def end_of_change_from(number: NumberMention, ctx: Context) -> NumberMention | None:
    """The value a change "from <number> to <value>" ends at, in the same unit."""
    if not FROM_BEFORE.search(ctx.text, max(ctx.sentence[0], number.start - 8), number.start):
        return None
    end = next((n for n in ctx.numbers if n.start > number.end), None)
    if end is None or end.unit != number.unit:
        return None
    return end if TO_BETWEEN.fullmatch(ctx.text, number.end, end.start) else None


def _names_a_quality(ctx: Context) -> bool:
    """Whether the sentence names a metric other than a vague word or a quantity spent."""
    return any(not m.generic and m.family not in QUANTITY_FAMILIES for m in ctx.metrics)


def _a_change(number: NumberMention, ctx: Context) -> bool:
    """Whether the value, or the list it is in, is a change "by" something."""
    first = list_group(number, ctx)[0]
    return bool(_BY_BEFORE.search(ctx.text, max(ctx.sentence[0], first.start - 30), first.start))


def _benchmark_right_after(number: NumberMention, ctx: Context) -> DatasetMention | None:
    """The benchmark written right after a value: "66.1 on Tau2-Bench"."""
    for dataset in ctx.datasets:
        if dataset.start >= number.end:
            gap = _past_aside(ctx.text, number.end, dataset.start)
            return dataset if gap.strip().lower() == "on" else None
    return None


_VALUE_ASIDE: Final = regex.compile(r"\s*\(\s*[+-]?\d[^()]{0,30}\)")


def _past_aside(text: str, start: int, end: int) -> str:
    """The text between a value and a benchmark, past a change or another value in brackets after
    the value: "56.7% (+40.0%) on AIME 2024" and "88.3 (88.7 with majority vote) on FooBench"
    read as "56.7% on AIME 2024" and "88.3 on FooBench"."""
    aside = _VALUE_ASIDE.match(text, start, end)
    return text[aside.end() if aside else start : end]


_BRACKET_OPEN: Final = ending(r"\(\s*$")
_BRACKET_CLOSE: Final = regex.compile(r"\s*[),]")


def bracketed_size(number: NumberMention, ctx: Context) -> Attachment | None:
    """(<number>M): "80.0% top-1 accuracy (55M)", "SNN baselines (66M)": a count of millions or
    billions in brackets after a model or its result is the model's parameter count."""
    if number.unit not in ("K", "M", "B") or number.sign:
        return None
    if not _BRACKET_OPEN.search(ctx.text, max(ctx.sentence[0], number.start - 3), number.start):
        return None
    if not _BRACKET_CLOSE.match(ctx.text, number.end, number.end + 20):
        return None
    if _SIZE_LIST_AFTER.match(ctx.text, number.end, number.end + 40):
        return None  # "LLMs such as Llama 2 (7B, 13B and 70B)": the sizes a family comes in
    if _BASE_MODELS_BEFORE.search(ctx.text, max(ctx.sentence[0], number.start - 120), number.start):
        return None  # "fine-tuning Phi-2 (2.7B), Llama-2 (7B) and Mistral (7B)": the models used
    if _VALUE_BEFORE_BRACKET.search(
        ctx.text, max(ctx.sentence[0], number.start - 12), number.start
    ):
        return None  # "only 0.1% (10k) of the training data": the count behind a share
    return _attach_named("parameters", "(<number>M)")


# A list of models, each with its size, that a method starts from: what is used, not a result.
_BASE_MODELS_BEFORE: Final = ending(
    # (what a model is made from: "the layers of GPT2-medium (355M)", "initialised from X (7B)")
    r"\b(?:fine-?tun\w*|train\w*|distill\w*|using|(?:layers|weights|blocks)\s+of"
    r"|initiali[sz]\w*\s+(?:from|with))\s+"
    r"(?:[\w.-]+\s+\(\d+(?:\.\d+)?[KMB]\),?\s+(?:and\s+)?)*[\w.-]+\s+\($",
    regex.IGNORECASE,
)
_VALUE_BEFORE_BRACKET: Final = ending(r"\d\s?(?:%|\\%|[xX×])\s*\(\s*$")
_SIZE_LIST_AFTER: Final = regex.compile(r"\s*,\s*(?:and\s+)?\d+(?:\.\d+)?\s?[KMB]\b")


_SPEED_CONTEXT: Final = regex.compile(
    r"\b(?:faster|speed|accelerat\w*|outperform\w*|performance|improvements?|efficien\w*)\b",
    regex.IGNORECASE,
)


def factor_of_performance(number: NumberMention, ctx: Context) -> Attachment | None:
    """<number>x with no quantity named, in a sentence about speed or performance: a speed-up."""
    if number.unit != "x":
        return None
    lo, hi = ctx.sentence
    if _SPEED_CONTEXT.search(ctx.text, lo, hi):
        return _attach_named("speedup", "<number>x performance")
    return None


_LESS_PHRASE: Final = regex.compile(
    r"\s+(?:less|fewer|more|smaller|larger|lower|higher)\s+(?P<phrase>[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?)"
    r"(?=\s*(?:[,.;)]|$|\s+(?:than|compared|while|and|in|on|for|with|per|to)\b))"
)


_NAMED_AS: Final = {"data": "training data", "efficient": "speedup"}


def factor_of_named_quantity(number: NumberMention, ctx: Context) -> Attachment | None:
    """<number>x less <words>: "using 100 times less labeled data", "10x less tokens"."""
    if number.unit != "x":
        return None
    match = _LESS_PHRASE.match(ctx.text, number.end, ctx.sentence[1])
    if match is None:
        return None
    phrase = match.group("phrase")
    # "trained on 100x more data": the data a model learns from, named as annotators name it;
    # "25x more efficient than X", with no quantity named, is as fast (as "5.2x better efficiency")
    metric = _NAMED_AS.get(phrase, phrase)
    return _attach_named(metric, "<number>x less <metric named in text>")


# "using only 1% of the training data", "remove 50% of the data", "a subset (0.1%) of the raw
# pretraining data": a share of the data a model is trained on. Samples and examples count only
# as training ones ("correct on 60% of the samples" is a result).
_SHARE_OF_DATA: Final = regex.compile(
    # (an aside may give the count: "only 0.1% (10k) of the SAM training data")
    r"\s*\)?(?:\s*\([^()]{1,20}\))?\s+of\s+(?:(?:the|its|their|our|all|available|original|raw|full|entire|whole|labell?ed"
    r"|unlabell?ed|pre-?training|training|fine-?tuning|instruction|web|real|[A-Z][\w-]*)\s+){0,4}"
    # (not "34.12% of data analysis tasks": tasks about data)
    r"(?:data(?:sets?)?|training\s+(?:sets?|examples|samples))\b"
    r"(?!\s+(?:analysis|science|engineering|processing|analytics|tasks?|workflows?)\b)",
    regex.IGNORECASE,
)


# "solves only 49% of our tasks", "Claude 2 is able to solve a mere 1.96% of the issues", "humans
# can accomplish over 72.36% of the tasks": a share of a benchmark's tasks solved is its success
# rate (of its issues, the resolve rate software benchmarks report).
_SOLVE_STEM: Final = r"(?:solv|accomplish|complet|resolv|fix|succeed|pass)"
_SOLVED_BEFORE: Final = ending(
    rf"\b{_SOLVE_STEM}\w*\s+(?:[\w$~-]+\s+){{0,3}}[~≈]?$", regex.IGNORECASE
)
# "24% of the tasks can be completed autonomously"
_SOLVED_AFTER: Final = regex.compile(
    rf"\s+(?:can\s+be|could\s+be|are|were|is|was|get|got)\s+(?:\w+\s+)?{_SOLVE_STEM}ed\b",
    regex.IGNORECASE,
)
_BEATS_BEFORE: Final = ending(
    r"\b(?:outperform|beat|surpass|exceed)\w*\s+(?:[\w-]+\s+){0,6}(?:on|in)\s+(?:over\s+|about\s+)?$",
    regex.IGNORECASE,
)
_SUCCESS_NEXT: Final = regex.compile(r"\s*success\b(?!\s+rate)", regex.IGNORECASE)


def share_solved(number: NumberMention, ctx: Context) -> Attachment | None:
    """solves <number>% of the tasks: a success rate (of issues a resolve rate, of problems an
    accuracy; "outperforms X on 83% of the tasks": a win rate); so is "achieves only 12.2%
    success", the bare word right after a percentage."""
    if number.unit != "%" or number.sign:
        return None
    if _SUCCESS_NEXT.match(ctx.text, number.end, number.end + 20):
        return _attach_named("success rate", "<number>% success")
    tasks = OF_ITEMS.match(ctx.text, number.end, ctx.sentence[1])
    if tasks is None:
        return None
    window = max(ctx.sentence[0], number.start - 60)
    if _SOLVED_AFTER.match(ctx.text, tasks.end()):
        # "24% of the tasks can be completed autonomously"
        return _attach_named("success rate", "<number>% of the tasks solved")
    if _BEATS_BEFORE.search(ctx.text, max(ctx.sentence[0], number.start - 100), number.start):
        # "outperforms human experts on 83% of the tasks": how often it wins
        return _attach_named("win rate", "beats ... on <number>% of the tasks")
    solved = _SOLVED_BEFORE.search(ctx.text, window, number.start)
    if solved is None:
        return None
    # (issues are resolved; problems and questions are answered, rightly or not: an accuracy;
    # "resolving 12% of task instances" is a resolve rate by its verb)
    metric = _SOLVED_NOUN_METRIC.get(tasks.group("noun").lower(), "success rate")
    if solved.group().lower().startswith("resolv"):
        metric = "resolve rate"
    return _attach_named(metric, "solves <number>% of the tasks")


_SOLVED_NOUN_METRIC: Final = {
    "issues": "resolve rate",
    "problems": "accuracy",
    "questions": "accuracy",
}


def share_of_data(number: NumberMention, ctx: Context) -> Attachment | None:
    """<number>% of the data: the share of the training data used (or removed)."""
    if number.unit != "%" or number.sign:
        return None
    if _SHARE_OF_DATA.match(ctx.text, number.end, ctx.sentence[1]) is None:
        return None
    return _attach_named("training data", "<number>% of the data")


# "can effectively process up to 512K tokens", "capable of handling up to 256K tokens",
# "extrapolate to 4 million tokens during inference", "longer context - at least 128K tokens": the
# length of input a model can take, a result (not the tokens it was trained on: no "trained").
CONTEXT_CAPACITY_BEFORE: Final = ending(
    r"(?:\b(?:process(?:es|ing)?|handl(?:e|es|ing)|extrapolat\w*|generali[sz]\w*)\s+"
    r"(?:(?:of\s+)?(?:sequences|inputs|contexts|documents|lengths)\s+(?:of\s+)?)?"
    r"|\bcontext\s*[-–—,:]?\s*(?:of\s+)?)"
    r"(?:up\s+to|to|at\s+least|over|beyond)\s+$",
    regex.IGNORECASE,
)
TOKENS_NEXT: Final = regex.compile(r"\s*(?:-\s*)?tokens\b", regex.IGNORECASE)
_TOKEN_COUNT_UNITS: Final = frozenset({"", "K", "M", "B"})


def context_capacity(number: NumberMention, ctx: Context) -> Attachment | None:
    """processes up to <number> tokens: the context length a model takes."""
    if (
        number.unit not in _TOKEN_COUNT_UNITS
        or number.sign
        or not TOKENS_NEXT.match(ctx.text, number.end, number.end + 20)
    ):
        return None
    window = max(ctx.sentence[0], number.start - 50)
    if CONTEXT_CAPACITY_BEFORE.search(ctx.text, window, number.start) is None:
        return None
    return _attach_named("sequence length", "processes up to <number> tokens")


# "reducing the maximum relative performance drop from 9%-36% to within 5%", "reduces the
# performance gap by 32%": a gap or a drop the text names, changed; a vague "performance" inside
# the name does not make it a score.
# The words between the verb of a change and the quality changed ("the average", "its"), and a
# word that may not start the quality's own name; shared by the patterns of named changes.
_QUALITY_DETERMINER: Final = (
    r"(?:(?:the|its|their|our)\s+)?(?:average\s+|mean\s+|overall\s+|maximum\s+)?"
)
_NOT_DETERMINER: Final = r"(?!(?:the|its|their|our)\s)"
_BY_UP_TO: Final = r"\s+by\s+(?:up\s+to\s+|over\s+|about\s+|nearly\s+)?"
_GAP_BEFORE_CHANGE: Final = ending(
    rf"\b(?:{_RAISE_VERB}|{_LOWER_VERB}|narrow\w*|clos\w*|shrink\w*)\s+{_QUALITY_DETERMINER}"
    rf"(?P<phrase>(?:{_NOT_DETERMINER}[a-z][a-z-]+\s){{1,2}}(?:drop|gap|degradation)s?)"
    rf"(?:\s+from\s+|{_BY_UP_TO})$"
)


_GAP_WORD: Final = regex.compile(r"(?:drop|gap|degradation)s?\s", regex.IGNORECASE)


def gap_before_change(number: NumberMention, ctx: Context) -> Attachment | None:
    """<words> gap|drop from|by <number>: the change of a gap the text names."""
    if number.unit != "%":
        return None
    window = max(ctx.sentence[0], number.start - 80)
    if not _GAP_WORD.search(ctx.text, window, number.start):
        return None  # (most sentences name no gap: one quick look before the long pattern)
    match = _GAP_BEFORE_CHANGE.search(ctx.text, window, number.start)
    if match is None:
        return None
    return _attach_named(match.group("phrase"), "<gap named in text> from|by <number>")


RULES: Final[tuple[Rule, ...]] = (
    Rule("<number><metric>", metric_in_number),
    Rule("<gap named in text> from|by <number>", gap_before_change),
    Rule("<number> and <number> <metric> and <metric> respectively", respectively),
    Rule("<number> ... w.r.t. <metric>", respect_to),
    Rule("<metric> of <number>", metric_of_number),
    Rule("<metric> by <number>", metric_by_number),
    Rule("<number> <metric>", number_then_metric),
    Rule("<number list> <metric>", list_then_metric),
    Rule("<number> to <number> <metric>", from_to_metric),
    Rule("<number unit>", number_with_unit),
    Rule("<number> <word>", number_then_generic),
    Rule("<number>% of the data", share_of_data),
    Rule("processes up to <number> tokens", context_capacity),
    Rule("solves <number>% of the tasks", share_solved),
    Rule("<number>x less <metric named in text>", factor_of_named_quantity),
    Rule("<metric> ... <number>", metric_then_number),
)

_RESULT_VERB: Final = regex.compile(
    r"\b(?:achiev|obtain|reach|improv|outperform|surpass|yield|deliver|attain|gain|show|demonstrat)\w*",
    regex.IGNORECASE,
)
_NOUN_PHRASE: Final = regex.compile(
    r"\s+(?!(?:of|on|in|the|and|for|with|to|than|at|by|or|from|over|while|when|which|that|is|are|was"
    r"|were|higher|lower|better|worse|more|less|fewer|improvement|gain|increase|decrease|reduction|relative"
    r"|absolute|respectively|compared|among|across|under|using|out|up|down|even|still|only|also|just"
    r"|based|measured|evaluated|reported|obtained|achieved|tested|trained)\b)"
    r"(?P<phrase>[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?)\s+(?:in|on|for|of|at|with)\b"
)


def named_by_context(number: NumberMention, ctx: Context) -> Attachment | None:
    """<number>% <words> in|on ...: a result whose metric has no canonical name, named by the text
    ("83.7% average preference in the human evaluation")."""
    if number.unit != "%" or not _RESULT_VERB.search(ctx.text, *ctx.sentence):
        return None
    match = _NOUN_PHRASE.match(ctx.text, number.end, ctx.sentence[1])
    if match is None:
        return None
    phrase = match.group("phrase")
    return _attach_named(phrase, "<number> <metric named in text>")


# "improves its truthfulness from 32.5% to 65.1%", "increase the misalignment rate from 0%": a
# quality the text names by a noun of its own, right before the value a change starts from.
_NOUN_BEFORE_FROM: Final = ending(
    rf"\b(?:{_RAISE_VERB}|{_LOWER_VERB})\s+{_QUALITY_DETERMINER}"
    # (a rate is named with its noun: "hallucination rate", never a bare "the rate")
    rf"(?P<phrase>(?:{_NOT_DETERMINER}[a-z][a-z-]+\s)?[a-z][a-z-]+(?:ness|ity)"
    rf"|{_NOT_DETERMINER}[a-z][a-z-]+\srates?)"
    # (the value it starts from, or the one it ends at: "from 0% to more than 95%"; or the
    # change: "reduces the hallucination rate of the base model by 34.8%")
    r"(?:\s+from\s+(?:[\d.]+\s?\\?%\s+to\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?)?"
    rf"|(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){{0,2}})?{_BY_UP_TO})$"
)


def named_before_change(number: NumberMention, ctx: Context) -> Attachment | None:
    """<words> from <number>: "improves its truthfulness from 32.5% to 65.1%"; <words> by
    <number>: "reduces the hallucination rate of the base model by 34.8%"."""
    if number.unit != "%":
        return None
    match = _NOUN_BEFORE_FROM.search(
        ctx.text, max(ctx.sentence[0], number.start - 80), number.start
    )
    if match is None:
        return None
    phrase = match.group("phrase")
    return _attach_named(phrase, "<metric named in text> from|by <number>")


# "reducing token usage by up to 117x, API calls by up to 159x": a factor by which a quantity the
# text names in its own words (one or two words right before "by") was cut or raised
_QUANTITY_BY_FACTOR: Final = ending(
    r"(?:^|[\s,(])(?:(?:and|or|the|its|their)\s)?(?P<phrase>(?:(?!(?:and|or|the|its|their)\s)[A-Za-z][A-Za-z]*\s)?[a-z][a-z-]{2,})"
    r"\s+by\s+"
    r"(?:up\s+to\s+|over\s+|about\s+|nearly\s+|more\s+than\s+)?$"
)
_CHANGE_VERB: Final = regex.compile(rf"\b(?:{_RAISE_VERB}|{_LOWER_VERB})\b", regex.IGNORECASE)
_NOT_A_QUANTITY: Final = frozenset(
    {"it", "them", "this", "that", "model", "models", "method", "methods", "baseline", "baselines",
     "performance", "and", "respectively", "significantly", "substantially", "further", "only"}
)  # fmt: skip


def quantity_by_factor(number: NumberMention, ctx: Context) -> Attachment | None:
    """reduces <words> by <number>x: the factor of a quantity named in the text's own words."""
    if number.unit != "x":
        return None
    lo = ctx.sentence[0]
    match = _QUANTITY_BY_FACTOR.search(ctx.text, max(lo, number.start - 50), number.start)
    if match is None:
        return None
    phrase = match.group("phrase")
    if (
        phrase.split()[-1].lower() in _NOT_A_QUANTITY
        or phrase.split()[0].lower() in _NOT_A_QUANTITY
    ):
        return None
    if not _CHANGE_VERB.search(ctx.text, lo, match.start("phrase")):
        return None  # (the verb may be several list members back: "..., API calls by 159x")
    return _attach_named(phrase, "<metric named in text> by <number>x")


# Tried only for numbers that neither the rules above nor a list neighbour could attach.
FALLBACK_RULES: Final[tuple[Rule, ...]] = (
    Rule("preferred <number> of the time", preference_share),
    # (before a metric named earlier: "to balance inference cost, we release ViT-B (86M), L
    # (303M)": a size bracketed after a name is that model's)
    Rule("(<number>M)", bracketed_size),
    Rule("<metric> ..., <number>", metric_earlier_in_sentence),
    Rule("<number> on <dataset>", dataset_headline),
    Rule("<number> <metric named in text>", named_by_context),
    Rule("<metric named in text> from|by <number>", named_before_change),
    Rule("<dataset> ... <number>", sentence_headline),
    Rule("<metric named in text> by <number>x", quantity_by_factor),
    Rule("<number>x performance", factor_of_performance),
    Rule("by <number> ... <metric>", metric_later_in_clause),
)

_GAIN_VERB: Final = regex.compile(
    r"\b(?:outperform|improv|boost|surpass|gain|beat|exceed|enhanc)\w*", regex.IGNORECASE
)


def signed_gain(number: NumberMention, ctx: Context) -> Attachment | None:
    """+<number> in a sentence of gains that names no metric: "consistently outperforming strong
    baselines: +10.6% on agents", "boosts temporal grounding (+31.8)": a gain in score."""
    if number.sign != "+" or number.unit not in ("%", "", "points"):
        return None
    if _names_a_quality(ctx):
        return None  # (a cost beside it names no quality: "while reducing adaptation latency")
    if not _GAIN_VERB.search(ctx.text, *ctx.sentence):
        return None
    return _attach_named("score", "+<number> in a sentence of gains")


# "with the best model achieving only 18.9%", "the best system reaches just 42.9%", "all the
# open models are below 15%"
_BARE_RESULT_BEFORE: Final = ending(
    r"(?:\b(?:achiev|reach|obtain|attain|scor)\w*|\b(?:are|is|remain\w*|stay\w*)\s+(?:all\s+)?below)"
    r"\s+(?:only\s+|just\s+|merely\s+|about\s+|around\s+|approximately\s+|up\s+to\s+)?$",
    regex.IGNORECASE,
)


# The rule's name: its claims take the metric of the benchmark paper's other results (set by
# `extract` once the paper is read), and are tried only in a paper that builds a benchmark.
BARE_RESULT_RULE: Final = "a benchmark paper's bare <number>"


def bare_result(number: NumberMention, ctx: Context) -> Attachment | None:
    """A percentage right after a verb of achievement, with no metric in its sentence: a result
    whose metric only the paper's context gives."""
    if number.unit != "%" or ctx.metrics:
        return None
    window = max(ctx.sentence[0], number.start - 30)
    if not _BARE_RESULT_BEFORE.search(ctx.text, window, number.start):
        return None
    return _attach_named("score", BARE_RESULT_RULE)


# Tried after the metric a sentence carries from the one before: the vaguest reading of a value.
LAST_RULES: Final[tuple[Rule, ...]] = (
    Rule("<number> on <benchmark>", score_on_benchmark),
    Rule("+<number> in a sentence of gains", signed_gain),
)
