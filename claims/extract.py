"""The extractor: paper text in, typed `Claim` records out.

One pass finds numbers, metric names and dataset names over the whole text; then, sentence by
sentence, each number is given a metric by the first attachment rule that fires (`claims.attach`)
and a kind, dataset, model and baseline by the attribution heuristics (`claims.attribution`).
Numbers that no rule claims are reported with the reason, for `claims explain`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Final

import regex

from claims.attach import (
    BARE_RESULT_RULE,
    FALLBACK_RULES,
    LAST_RULES,
    RULES,
    Attachment,
    Context,
    bare_result,
    end_of_change_from,
    list_group,
    list_member,
)
from claims.attribution import (
    OUR_SYSTEM,
    Subjects,
    baseline_for,
    benchmark_name,
    canonical_metric,
    choose_dataset,
    claim_kind,
    dataset_of_these,
    kept_share,
    method_name,
    models_after_list,
    owner_in_parentheses,
    owner_with,
    paired_dataset,
    respective_dataset,
    sentence_subjects,
    split_model_list,
    subjects_of_list,
)
from claims.datasets import DatasetMention, find_datasets, find_unlisted_datasets
from claims.latex import to_plain
from claims.mentions import MetricMention, find_metrics
from claims.metrics import QUALITY_FAMILIES, QUANTITY_FAMILIES, direction_of, family_of
from claims.model import Claim, Paper
from claims.not_claims import CONDITION, COUNT_UNITS, not_a_claim
from claims.numbers import NumberMention, find_numbers
from claims.patterns import FROM_BEFORE, TO_BETWEEN, ending
from claims.sentences import sentence_spans

# Real sentences hold at most about ten numbers; many more means a table or noise.
MAX_NUMBERS_PER_SENTENCE: Final = 40
_CONTINUES: Final = regex.compile(
    r"\s*(?:This|These|It|They|Such|In\s+turn|Moreover|Furthermore|Additionally)\b"
)
# "... achieves only 50.1% accuracy. In contrast, the o1-preview model achieves 57.7%": a sentence
# that sets another system against the one before reports the same metric (but is about another).
_CONTRASTS: Final = regex.compile(
    r"\s*(?:In\s+contrast|By\s+contrast|Similarly|Likewise|Meanwhile|Comparatively)\b"
)
# Quantities whose values are often whole numbers: "from 139 to 215 FPS", "throughput of 120".
_RATES: Final = frozenset({"FPS", "throughput"})
_COUNTED_FAMILIES: Final = frozenset(
    {"size", "compute", "memory", "cost", "speed", "energy", "other"}
)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A number the extractor did not turn into a claim, and why."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(slots=True)
class Extraction:
    """Everything one pass over a text found: claims, and numbers skipped with reasons."""

    claims: list[Claim] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def extract(text: str, paper_id: str = "", title: str = "") -> list[Claim]:
    """Every numeric claim in `text`, in order of appearance.

    >>> found = extract("It reaches 88.0% top-1 accuracy on ImageNet.")
    >>> [(c.text, c.metric, c.dataset, c.kind) for c in found]
    [('88.0%', 'top-1 accuracy', 'ImageNet', 'absolute')]
    """
    return analyse(text, paper_id=paper_id, title=title).claims


def extract_paper(paper: Paper) -> list[Claim]:
    """Every numeric claim in a paper's abstract, with the paper's id."""
    return extract(paper.text, paper_id=paper.id, title=paper.title)


class _Paper:
    """Paper-wide facts, computed only when a claim needs them: most sentences never do."""

    def __init__(self, text: str, title: str) -> None:
        self.text = text
        self.title = title
        self._method: str | None = None
        self._method_known = False
        self._benchmark: str | None = None
        self._benchmark_known = False
        self._datasets: list[DatasetMention] = []
        self._datasets_end = 0  # how far self.text has been searched for datasets

    @property
    def method(self) -> str | None:
        if not self._method_known:
            self._method = method_name(self.text, self.title)
            self._method_known = True
        return self._method

    @property
    def benchmark(self) -> str | None:
        """The benchmark the paper introduces, if its own "system" is one."""
        if not self._benchmark_known:
            self._benchmark = benchmark_name(self.text, self.title, lambda: self.method)
            self._benchmark_known = True
        return self._benchmark

    @property
    def system(self) -> str | None:
        """The paper's own system as the owner of a result: not a benchmark it introduces."""
        return self.method if self.benchmark is None else None

    def names_its_system(self, dataset: DatasetMention) -> bool:
        """ "WebVoyager: Building an End-to-End Web Agent": a benchmark's name that is the
        paper's own system is no test set (unless the system is a benchmark the paper builds).
        The paper's name is asked only when the title holds the dataset's."""
        return dataset.text in self.title and self.benchmark is None and self.method == dataset.text

    def datasets_before(self, offset: int) -> list[DatasetMention]:
        # Asked with a sentence's start: only the text before it is searched, once, and
        # extended when a later sentence asks (a dataset name never spans two sentences).
        if offset > self._datasets_end:
            self._datasets.extend(find_datasets(self.text, self._datasets_end, offset))
            self._datasets_end = offset
        return [d for d in self._datasets if d.start < offset]


def analyse(text: str, paper_id: str = "", title: str = "") -> Extraction:
    """Claims and skipped numbers of `text`: the engine behind `extract` and `claims explain`.

    LaTeX markup left by arXiv (`$3.2\\times$`, `81.5\\%`, `\\textbf{...}`) is normalised first;
    every span is then mapped back, so `text[claim.start:claim.end] == claim.text` always holds
    while `claim.sentence` reads as clean text.
    """
    plain = to_plain(text)
    if plain.text == text:
        return _analyse_plain(text, paper_id, title)
    found = _analyse_plain(plain.text, paper_id, title)
    mapped = Extraction()
    for claim in found.claims:
        start, end = plain.span_in_original(claim.start, claim.end)
        mapped.claims.append(
            claim.model_copy(update={"start": start, "end": end, "text": text[start:end]})
        )
    for skipped in found.skipped:
        start, end = plain.span_in_original(skipped.start, skipped.end)
        mapped.skipped.append(Skipped(start, end, text[start:end], skipped.reason))
    return mapped


def _analyse_plain(text: str, paper_id: str, title: str) -> Extraction:
    result = Extraction()
    numbers = find_numbers(text)
    for number in numbers:
        if number.skip:
            result.skipped.append(Skipped(number.start, number.end, number.text, number.skip))
    if all(number.skip for number in numbers):
        return result
    paper = _Paper(text, title)
    subject: str | None = None
    carried: _Carried | None = None
    carried_on: tuple[str, str | None] | None = None
    live = [n for n in numbers if n.skip is None]
    next_number = 0
    for sentence in sentence_spans(text):
        lo, hi = sentence
        first = next_number
        while next_number < len(live) and live[next_number].start < hi:
            next_number += 1
        candidates = live[first:next_number]
        if not candidates:
            continue
        if len(candidates) > MAX_NUMBERS_PER_SENTENCE:
            # A run of numbers this long is a table or noise, not prose: report it, claim nothing.
            result.skipped.extend(
                Skipped(n.start, n.end, n.text, "one of too many numbers in one sentence")
                for n in candidates
            )
            continue
        if text[lo:hi].rstrip().endswith("?"):
            # "How can a binary network reach 80% on ImageNet?": a question states no result.
            result.skipped.extend(
                Skipped(n.start, n.end, n.text, "part of a question") for n in candidates
            )
            continue
        metrics = [m for m in find_metrics(text, lo, hi) if not _an_example(text, m)]
        datasets = find_datasets(text, lo, hi)
        unlisted = [
            d
            for d in find_unlisted_datasets(text, lo, hi, datasets)
            if not any(m.start < d.end and d.start < m.end for m in metrics)
        ]
        datasets = sorted([*datasets, *unlisted], key=lambda d: d.start)
        ctx = Context.of(text, sentence, candidates, metrics, datasets)
        taken = [(d.start, d.end) for d in datasets] + [(m.start, m.end) for m in metrics]
        # (the sentence's subjects are looked for only once one of its numbers is a claim: many
        # sentences with numbers hold none, "on 8 GPUs", "across 12 benchmarks")
        subjects: Subjects | None = None
        sentence_continues = bool(_CONTINUES.match(text, lo, hi))
        compares = sentence_continues or bool(_CONTRASTS.match(text, lo, hi))
        attached = _attach_all(
            candidates,
            ctx,
            result,
            carried if compares else None,
            lambda: paper.benchmark is not None,
        )
        carried = _Carried.of(candidates, attached)
        # "This allows us to train ... 4x less GPUs": a sentence that continues the previous one
        # keeps its subject; any other sentence falls back to the paper's own system.
        continues = subject is not None and sentence_continues
        fallback = subject if continues and not OUR_SYSTEM.search(text, lo, hi) else None
        first_model: str | None = None
        sentence_claims: list[Claim] = []
        for number in candidates:
            attachment = attached.get(number.start)
            if attachment is None:
                continue
            if subjects is None:
                subjects = sentence_subjects(text, sentence, taken)
            model = (
                owner_in_parentheses(text, sentence, number, taken)
                or owner_with(text, sentence, number, taken)
                or subjects.model_for(number, starting_value=_starts_from(text, lo, number))
                or fallback
                or paper.system
            )
            first_model = first_model or model
            claim = _claim(number, attachment, ctx, paper, model, paper_id)
            if claim.dataset is None and carried_on is not None and attachment.carried:
                # "... from 4.8% to 42.4% on FooArena. These models surpass BarLM (17.6%)": the
                # metric the sentence goes on about was measured on the benchmark before
                claim = claim.model_copy(
                    update={"dataset": carried_on[0], "dataset_text": carried_on[1]}
                )
            result.claims.append(claim)
            sentence_claims.append(claim)
        subject = first_model
        carried_on = _measured_on(sentence_claims, carried)
    if _vague_percentages(result.claims) and paper.benchmark is not None:
        _benchmark_scores_named(result.claims)
    result.skipped.sort(key=lambda s: s.start)
    return result


def _vague_percentages(claims: list[Claim]) -> bool:
    """Whether any claim is a percentage only vaguely named (asked before the paper's benchmark,
    which is dearer to find)."""
    return any(
        claim.rule.endswith(BARE_RESULT_RULE) or (claim.metric == "score" and claim.unit == "%")
        for claim in claims
    )


def _benchmark_scores_named(claims: list[Claim]) -> None:
    """A benchmark paper's vaguely named percentages ("the performance of 80.5%", "a score of
    48.1%") are in the metric its other results name, else an accuracy (annotators of 52
    benchmark papers wrote accuracy 40 times in 58, success rate 16, a plain score 2)."""
    named = Counter(
        claim.metric
        for claim in claims
        if claim.metric != "score"
        and (family_of(claim.metric) in QUALITY_FAMILIES or claim.metric.endswith(" rate"))
    )
    headline = named.most_common(1)[0][0] if named else "accuracy"
    for i, claim in enumerate(claims):
        if claim.rule.endswith(BARE_RESULT_RULE):
            # ("the best model achieving only 18.9%": a low result, not a share of another)
            claims[i] = claim.model_copy(
                update={"metric": headline, "direction": direction_of(headline), "kind": "absolute"}
            )
        elif claim.metric == "score" and claim.unit == "%" and claim.kind in ("absolute", "delta"):
            claims[i] = claim.model_copy(
                update={"metric": headline, "direction": direction_of(headline)}
            )


_EXAMPLE_OPENS: Final = ending(r"\((?:e\.g\.|i\.e\.|such\s+as)[^()\d]*$", regex.IGNORECASE)
_EXAMPLE_CLOSES: Final = regex.compile(r"[^()\d]*\)")


def _an_example(text: str, mention: MetricMention) -> bool:
    """ "offline (e.g., system prompts) and online (e.g., agent memory), ... +10.6% on agents": a
    metric's name in an aside of examples without a number names a kind of thing, not a measure."""
    return "(" in text[max(0, mention.start - 40) : mention.start] and bool(
        _EXAMPLE_OPENS.search(text, max(0, mention.start - 40), mention.start)
        and _EXAMPLE_CLOSES.match(text, mention.end, mention.end + 60)
    )


def _measured_on(claims: list[Claim], carried: _Carried | None) -> tuple[str, str | None] | None:
    """The one benchmark every claim of the carried metric in a sentence was measured on."""
    if carried is None:
        return None
    on = {(c.dataset, c.dataset_text) for c in claims if c.metric == carried.attachment.metric}
    if len(on) != 1:
        return None
    ((dataset, dataset_text),) = on
    return (dataset, dataset_text) if dataset is not None else None


def _starts_from(text: str, sentence_start: int, number: NumberMention) -> bool:
    """ "from 69.9% to 71.7%": the value a change starts from."""
    return bool(FROM_BEFORE.search(text, max(sentence_start, number.start - 8), number.start))


_SCORE_WORD: Final = regex.compile(r"(?:average\s|overall\s)?scores?", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Carried:
    """The one quality metric every claim of a sentence reported, and in which units: the next
    sentence may go on about it without naming it ("ContextNet achieves a WER of 2.1%/4.6% ...
    This compares to the previous best system of 2.0%/4.6% with LM")."""

    attachment: Attachment
    units: frozenset[str]

    @staticmethod
    def of(numbers: list[NumberMention], attached: dict[int, Attachment]) -> _Carried | None:
        found = [
            (n, attached[n.start])
            for n in numbers
            if n.start in attached
            and (
                attached[n.start].family in QUALITY_FAMILIES
                or attached[n.start].metric.endswith(" rate")  # success, win, resolve rate
            )
        ]
        if len({a.metric for _, a in found}) != 1:
            return None
        attachment = found[0][1]
        if attachment.mention is None or attachment.mention.generic:
            return None
        return _Carried(attachment, frozenset(n.unit for n, _ in found))

    def applies_to(self, number: NumberMention) -> bool:
        # A bare count ("8 GPUs") or a value in another unit is about something else.
        return number.unit in self.units and (number.unit == "%" or "." in number.text)


def _attach_all(
    candidates: list[NumberMention],
    ctx: Context,
    result: Extraction,
    carried: _Carried | None = None,
    benchmark_paper: Callable[[], bool] = lambda: False,
) -> dict[int, Attachment]:
    attached: dict[int, Attachment] = {}
    reasons: dict[int, str] = {}
    for number in candidates:
        reason = not_a_claim(number, ctx)
        if reason:
            reasons[number.start] = reason
    for number in candidates:
        if reasons.get(number.start) == CONDITION:
            # "under budgets of 450M, 600M, and 1000M FLOPs": the whole list is the condition
            # (but not "(seq. length 16K, 61.4% accuracy)": a value of another kind)
            for member in list_group(number, ctx):
                if member.unit == number.unit:
                    reasons.setdefault(member.start, CONDITION)
    previous: NumberMention | None = None
    for number in candidates:
        before, previous = previous, number
        if number.start in reasons:
            continue
        if before is not None and before.start in attached:
            change = _change_of(before, number, attached[before.start], ctx.text) or _end_of_change(
                before, number, attached[before.start], ctx.text
            )
            if change is not None:
                attached[number.start] = change
                continue
        for rule in RULES:
            found = rule.apply(number, ctx)
            if found is not None and _acceptable(number, found):
                attached[number.start] = found
                break
    # Second pass: members of a list share the metric of a member that was attached.
    _share_within_lists(candidates, ctx, attached, reasons)
    for number in candidates:
        if number.start in attached or number.start in reasons:
            continue
        if number.is_word:
            continue  # "a look forward twice scheme": a word is a number only next to its metric
        for rule in FALLBACK_RULES:
            found = rule.apply(number, ctx)
            if found is not None and _acceptable(number, found):
                attached[number.start] = found
                break
    # Again, for lists whose only attached member was found by a fallback rule ("respectively
    # 75% and 78% on MMLU": the benchmark's headline metric reaches the first member too).
    _share_within_lists(candidates, ctx, attached, reasons)
    _share_with_parallel_changes(candidates, ctx, attached, reasons)
    if carried is not None:
        for number in candidates:
            if number.start in attached or number.start in reasons or number.is_word:
                continue
            if carried.applies_to(number):
                attached[number.start] = Attachment(
                    carried.attachment.metric,
                    carried.attachment.family,
                    f"{carried.attachment.family}: <metric of the sentence before> ... <number>",
                    None,
                    carried=True,
                )
    for number in candidates:
        if number.start in attached or number.start in reasons or number.is_word:
            continue
        for rule in LAST_RULES:
            found = rule.apply(number, ctx)
            if found is not None:
                attached[number.start] = found
                break
        else:
            bare = bare_result(number, ctx)
            if bare is not None and benchmark_paper():
                # "with the best model achieving only 18.9%": in a paper that builds a benchmark,
                # a bare result is on it (its metric is set with the paper's others)
                attached[number.start] = bare
    for number in candidates:
        if number.start not in attached:
            reason = reasons.get(number.start, "no metric named in its context")
            result.skipped.append(Skipped(number.start, number.end, number.text, reason))
    return attached


def _share_within_lists(
    candidates: list[NumberMention],
    ctx: Context,
    attached: dict[int, Attachment],
    reasons: dict[int, str],
) -> None:
    for number in candidates:
        if number.start in attached or number.start in reasons:
            continue
        found = list_member(number, ctx, attached)
        if found is not None and (_acceptable(number, found) or _unit_shared(number, ctx)):
            attached[number.start] = found


# ", and FooVid-Kinetics from", "; on BarBench, from": what may stand between one change and the
# next one told alike (a benchmark's or a task's name, no verb of its own).
_NEXT_CHANGE_OPENS: Final = regex.compile(
    r"\s*[,;]\s*(?:and\s+)?(?:(?:on|for|in)\s+)?(?:the\s+)?(?:[\w.+-]+\s+){0,3}?from\s+$",
    regex.IGNORECASE,
)


def _share_with_parallel_changes(
    candidates: list[NumberMention],
    ctx: Context,
    attached: dict[int, Attachment],
    reasons: dict[int, str],
) -> None:
    """ "On X, performance improves from 61.3% to 67.4%, and Y from 57.2% to 62.5%": a change
    told right after another, in the same words and units, is in the same metric."""
    for before, start in pairwise(candidates):
        found = attached.get(before.start)
        if found is None or start.start in attached or start.start in reasons:
            continue
        if before.unit != start.unit or not _NEXT_CHANGE_OPENS.fullmatch(
            ctx.text, before.end, start.start
        ):
            continue
        end = end_of_change_from(start, ctx)
        if end is None or end.start in reasons:
            continue
        rule = f"{found.family}: from <number> to <number>, and from <number> to <number>"
        shared = Attachment(found.metric, found.family, rule, found.mention)
        attached[start.start] = shared
        attached.setdefault(end.start, shared)


def _change_of(
    value: NumberMention, number: NumberMention, attachment: Attachment, text: str
) -> Attachment | None:
    """ "MultiNLI accuracy to 86.7% (4.6% absolute improvement)": a change in parentheses right
    after a value is a change of the value's metric."""
    # ("a 2.26x speedup (9.4% improvement)": a factor's change may be a percentage)
    units_fit = number.unit == value.unit or (value.unit == "x" and number.unit == "%")
    if not units_fit or not _CHANGE_BRACKET.fullmatch(text, value.end, number.start):
        return None
    if not _CHANGE_AFTER.match(text, number.end, number.end + 60):
        return None
    return Attachment(
        attachment.metric,
        attachment.family,
        f"{attachment.family}: <metric> <number> (<number> improvement)",
        attachment.mention,
    )


def _end_of_change(
    value: NumberMention, number: NumberMention, attachment: Attachment, text: str
) -> Attachment | None:
    """ "the GenEval score from 0.62 to 0.73 and the ImageReward score ...": the value a change
    ends at is in the metric of the value it starts from, whatever the words after it name."""
    if number.unit != value.unit or not TO_BETWEEN.fullmatch(text, value.end, number.start):
        return None
    if not _starts_from(text, 0, value):
        return None
    return Attachment(
        attachment.metric,
        attachment.family,
        f"{attachment.family}: from <number> to <number>",
        attachment.mention,
    )


# "(4.6% ...", "(an additional 7.2% ...", or after the value's metric and where it was had:
# "a 2.04x speedup on the Alpaca dataset (an additional 7.2% improvement)"
_CHANGE_BRACKET: Final = regex.compile(
    r"(?:\s+[A-Za-z][\w-]*){0,6}?\s*\(\s*(?:an?\s+)?(?:additional\s+|extra\s+|further\s+)?"
)
_CHANGE_AFTER: Final = regex.compile(
    r"\s*(?:points?\s+|pts?\s+)?(?:absolute\s+|relative\s+)?"
    r"(?:improvements?|gains?|increases?|higher|better|drop|decrease|reduction)\b",
    regex.IGNORECASE,
)


def _unit_shared(number: NumberMention, ctx: Context) -> bool:
    """ "(8 vs. 3150 GPU days)": a bare integer in a list whose last member carries the unit is
    measured in that unit, not a count of something else."""
    group = list_group(number, ctx)
    return not number.unit and group[-1] is not number and bool(group[-1].unit)


def _acceptable(number: NumberMention, attachment: Attachment) -> bool:
    # A bare integer ("8 GPUs", "10 other models") is a count unless a quality metric names it:
    # counts of parameters or FLOPs always carry a multiplier or unit.
    if (
        number.is_integer_count
        and attachment.family in QUANTITY_FAMILIES
        and attachment.metric not in _RATES
    ):
        return False
    # A bare integer before a vague word counts something ("2 score functions"), unless the word
    # is points ("6 average performance points").
    mention = attachment.mention
    if (
        number.is_integer_count
        and mention is not None
        and mention.generic
        and attachment.metric == "score"
        and "point" not in mention.text
    ):
        return False
    if number.unit in COUNT_UNITS and (
        attachment.family not in _COUNTED_FAMILIES or attachment.metric == "score"
    ):
        # "a 172M 16-layer model reaches 81.1% accuracy": 172M counts something; it is no accuracy.
        return False
    # A number word is a claim only with its unit ("five times", "seven seconds"), never alone.
    return not (number.is_word and not number.unit)


def _claim(
    number: NumberMention,
    attachment: Attachment,
    ctx: Context,
    paper: _Paper,
    model: str | None,
    paper_id: str,
) -> Claim:
    text = ctx.text
    dataset = choose_dataset(
        number,
        attachment.mention,
        attachment.metric,
        ctx.sentence,
        ctx.datasets,
        paper.datasets_before,
        text,
        ctx.numbers,
    )
    group = list_group(number, ctx)
    if len(group) > 1:
        dataset = (
            paired_dataset(group, number, ctx.datasets, ctx.sentence, text, attachment.metric)
            or dataset_of_these(group, number, paper.datasets_before, ctx.sentence[0], text)
            or dataset
        )
    elif "respectively" in text[number.end : ctx.sentence[1]]:
        dataset = (
            respective_dataset(number, ctx.numbers, ctx.datasets, ctx.sentence, text) or dataset
        )
    if dataset is not None and paper.names_its_system(dataset):
        dataset = None
    dataset_name = dataset.name if dataset else None
    dataset_text = dataset.text if dataset else None
    # A benchmark paper's results are measured on its benchmark unless their own sentence says
    # else (a benchmark named sentences before is one it was compared with).
    from_before = dataset is not None and dataset.start < ctx.sentence[0]
    if (
        (dataset is None or from_before)
        and family_of(attachment.metric) not in QUANTITY_FAMILIES
        and paper.benchmark is not None
    ):
        dataset, dataset_name, dataset_text = None, paper.benchmark, paper.benchmark
    lo, hi = ctx.sentence
    sentence = text[lo:hi]
    # (a score named only by its unit, "50 points on AIME 2024", is as vague as the word score)
    generic = attachment.mention is None or attachment.mention.generic
    metric = canonical_metric(
        attachment.metric,
        dataset_name,
        generic
        and number.unit != "x"
        # ("a score of 69.0 on the MMMU benchmark": a value the text itself calls a score stays
        # one, unless written as a share: "a score of 84.6% on GSM8K" is an accuracy)
        and not (
            number.unit != "%"
            and attachment.mention is not None
            and _SCORE_WORD.fullmatch(attachment.mention.text)
        )
        # (a list is a share if its first member is: "maintaining 99% and 96% performance")
        and not kept_share(group[0], attachment.mention, dataset, text, ctx.sentence[0]),
        text[max(ctx.sentence[0], number.start - 40) : number.start],
        number.unit,
        sentence,
        text[number.end : number.end + 30],
    )
    if len(group) > 1:
        owners = models_after_list(
            text, group[-1].end, ctx.sentence[1], len(group)
        ) or subjects_of_list(text, ctx.sentence, group[0].start, group[-1].end, len(group))
        index = group.index(number)
        model = owners[index] if owners else split_model_list(model, index, len(group))
    kind = claim_kind(number, metric, text, lo)
    if kind == "absolute" and len(group) > 1 and group[0] is not number:
        # "by 2.9 BLEU and 1.72 CodeBLEU": members of a list share the change the first states.
        kind = claim_kind(group[0], metric, text, lo)
        kind = "ratio" if number.unit == "x" else kind
    if kind == "absolute" and len(group) > 1 and group[-1] is not number:
        # "4.83% and 4.5% average improvements": or the one the last states after them
        kind = "delta" if claim_kind(group[-1], metric, text, lo) == "delta" else kind
    return Claim(
        paper_id=paper_id,
        value=abs(number.value) if number.sign == "+" else number.value,
        value_max=number.value_max,
        unit=number.unit,
        metric=metric,
        metric_text=attachment.mention.text if attachment.mention else number.text,
        dataset=dataset_name,
        dataset_text=dataset_text,
        model=model,
        baseline=baseline_for(number, ctx.sentence, text),
        kind=kind,
        direction=direction_of(metric),
        normalized=number.normalized,
        text=number.text,
        start=number.start,
        end=number.end,
        sentence=sentence.strip(),
        rule=attachment.rule,
    )


__all__ = ["Extraction", "Skipped", "analyse", "extract", "extract_paper"]
