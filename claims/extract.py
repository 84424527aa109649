"""The extractor: paper text in, typed `Claim` records out.

One pass finds numbers, metric names and dataset names over the whole text; then, sentence by
sentence, each number is given a metric by the first attachment rule that fires (`claims.attach`)
and a kind, dataset, model and baseline by the attribution heuristics (`claims.attribution`).
Numbers that no rule claims are reported with the reason, for `claims explain`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

import regex

from claims.attach import (
    CONTEXT_CAPACITY_BEFORE,
    FALLBACK_RULES,
    LAST_RULES,
    PREFERENCE_AFTER,
    RULES,
    TOKENS_NEXT,
    Attachment,
    Context,
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
    sentence_subjects,
    split_model_list,
    subjects_of_list,
)
from claims.datasets import DatasetMention, find_datasets, find_unlisted_datasets
from claims.latex import to_plain
from claims.mentions import MetricMention, find_metrics
from claims.metrics import QUALITY_FAMILIES, QUANTITY_FAMILIES, direction_of, family_of
from claims.model import Claim, Paper
from claims.numbers import NumberMention, find_numbers
from claims.patterns import FROM_BEFORE, GPU_MODEL, OPEN_BRACKET, SIZE_NEXT, TO_BETWEEN, ending
from claims.sentences import sentence_spans

# A number that sets the condition of another claim is not itself a claim (GUIDELINE).
_CONDITION_BEFORE: Final = ending(
    # ("in under 0.5 seconds" is how fast something is done: a result)
    r"(?:(?<!\()<|(?<!\()≤|(?<!\bin\s)\bunder|\bbelow|\bat\s+most)\s*(?:the\s+)?$|^\s*At\s+$"
    # "the mobile setting (<600M MACs)" is a condition; "fast reconstruction (<30 min)" a result.
    r"|\b(?:setting|settings|regime|budget|budgets|constraints?|scenario|mode)\s*\(\s*[<≤]\s*$"
    r"|\b(?:budgets?|constraints?)\s+of\s+(?:about\s+|around\s+|only\s+)?$"
    # "Under average latency of 960 ms, X gets ...", "a low latency scenario with an average
    # latency of 80 ms": the setting a result is reported at.
    r"|\bunder\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,2}of\s+$"
    r"|\b(?:scenario|setting|regime)\s+with\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:of\s+)?$"
    # ("models of sizes from 125M to 13B"; not "reduces the model size from 240MB to 6.9MB")
    r"|(?<!\b(?:reduc|cut|compress|shrink|decreas|lower|increas|improv)\w*\s+(?:[\w-]+\s+){0,3})"
    r"\b(?:scales?|sizes?)\s+(?:(?:varying|ranging)\s+)?(?:from|between)\s+(?:[^,;.]{0,40}\b(?:to|and)\s+)?$"
    # ("the improvements range from 8x ... to 60x" is a range of results, not a condition; nor is
    # "a wide range of DETR models by up to 5.3%")
    r"|(?<!\b(?:improvements?|speed-?ups?|gains?|reductions?|savings?|accurac(?:y|ies)|scores?|ratios?),?\s)"
    r"\branging\s+(?:from\s+)?(?:[^,;.]{0,40}(?<!\bup\s)\bto\s+(?:over\s+|about\s+)?)?$"
    r"|(?<!\b(?:improvements?|speed-?ups?|gains?|reductions?|savings?)\s)"
    r"\brange\s+(?:from|of)\s+(?:[^,;.]{0,40}(?<!\bup\s)\bto\s+)?$"
    r"|\b(?:seq(?:uence)?\.?\s+lengths?|(?:context|input)\s+lengths?|resolution|batch\s+sizes?)\s*(?:of\s+)?$"
    # "at a high sparsity level of 70%", "when the masking ratio is 75%": the setting of a result
    r"|\b(?:sparsity|masking|mask|dropout|pruning)\s+(?:level|ratio|rate)s?\s+(?:of|is|=)\s+$"
    # "Even at a compression ratio of 20x, the accuracy remains ...": the level a result is at
    r"|\bat\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:compression|sparsity|pruning|masking)"
    r"(?:\s+(?:ratio|rate|level))?\s+(?:of\s+|=\s*)$"
    # "very limited computing power (e.g., 10-150 MFLOPs)": an example of a constraint
    r"|\b(?:limited|low|tight|constrained|small)\s+(?:[\w-]+\s+){0,2}\(\s*(?:e\.g\.|i\.e\.),?\s*$",
    regex.IGNORECASE,
)
# "at 70% sparsity", "At a 50% compression rate", "at 40% and 50% model-wide sparsity": the level a
# result is reported at (a list shares the condition of its first member).
_AT_BEFORE: Final = ending(r"\bat\s+(?:an?\s+|the\s+)?$", regex.IGNORECASE)
_LEVEL_AFTER: Final = regex.compile(
    r"^\s*(?:(?:,|and|or)\s*[\d.]+\s?%\s*)*(?:[\w-]+\s+)?"
    r"(?:sparsity|(?:compression|pruning|masking)\s+(?:rate|ratio))\b",
    regex.IGNORECASE,
)
# "real-time (> 30 FPS)": a lower bound in parentheses defines a word; "(>2.47x smaller)" and
# "fast reconstruction (<30 min)" are claims.
_OPEN_BOUND: Final = ending(r"\(\s*(?:e\.g\.,?\s*)?(?:>=?|≥|\$>\$)\s*$")
_BOUND: Final = ending(r"[<>≤≥]\s*$")
_SHARE_AFTER: Final = regex.compile(r"^\s*of\b")
_CONDITION_AFTER: Final = regex.compile(
    # ("600M MACs or fewer"; not "22.7 points at comparable or lower latency")
    r"^\s*(?:(?!at\s|with\s)\w+\s+){0,2}?or\s+(?:fewer|less|more|lower|higher)\b"
    r"|^\s*(?:\w+\s+){0,2}?budgets?\b"
    # "under a 15-minute time constraint", "a 30-second time limit"
    r"|^\s*(?:time\s+)?(?:constraints?|limits?)\b",
    regex.IGNORECASE,
)
# "have an effective context length of 256K tokens", "natively supports a context length of 1
# million tokens": the length a model handles is its result (at a length, it is a condition).
_LENGTH_CLAIMED: Final = ending(
    r"\b(?:has|have|supports?|supporting|offers?|features?|reach(?:es)?)\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:context|sequence|input)\s+(?:length|window)s?\s+of\s+"
    r"(?:up\s+to\s+|over\s+|more\s+than\s+|at\s+least\s+)?$",
    regex.IGNORECASE,
)
# "extends its context length capacity to over 32k tokens": a length reached, not a data size
_LENGTH_EXTENDED_TO: Final = ending(
    r"\b(?:context|sequence|input)\s+(?:length|window)s?\b[^.;,]{0,30}\bto\s+(?:over\s+|up\s+to\s+|about\s+)?$",
    regex.IGNORECASE,
)
# Hardware and data sizes written next to the number: "8 A100 80 GB GPUs", "trained on 15B tokens".
_SETTING_AFTER: Final = regex.compile(
    r"^\+?(?:\s*(?:,|and|or)\s*[\d.]+\s?[KMBT])*[\s-]*parameters?\s+(?:(?:language|vision|dense|base)\s+)?(?:(?:model|LLM|network|transformer)s?|range|scale|regime)\b"
    r"|^\s*(?:tokens|images|samples|videos|hours\s+of|epochs|iterations|steps|time-?steps|layers|-layer|heads"
    r"|channels|volunteers|subjects|participants|raters|listeners|annotators|languages|tasks|datasets|benchmarks|(?:training\s)?lengths?(?!-))\b|^\s*res(?:\.|olution\b)"
    # "(5 NFE, 7.5 guidance scale)": sampling settings
    r"|^\s*(?:NFEs?|(?:CFG|guidance)(?:\s+(?:scale|weight))?|sampling\s+steps)\b"
    r"|^\s*k?Hz\b",  # "44.1 kHz audio": a sampling rate
    regex.IGNORECASE,
)
# Counts and sizes of hardware: "8 A100 80 GB GPUs", "(5 GPUs)", "the 16GB laptop 4090 GPU";
# not "4x less GPUs", "1.2x on A100" (a result measured on it), "1GB GPU memory", "199 A100 GPU
# days" (a cost).
_HARDWARE_AFTER: Final = regex.compile(
    r"^\s*\$?\s*(?:(?:[A-Z]?\d+[A-Za-z0-9-]*|NVIDIA|Nvidia|AMD|Intel|Ada|RTX|Tesla|(?!(?:less|fewer|more|on|with|using|for|in|over|across|and|or"
    r"|the|of|to|than)\b)[a-z]+)\s+){0,3}"  # ("8 x Nvidia 6000 Ada GPU")
    r"(?:GPUs?(?![\s-]+(?:training\s+|compute\s+)?(?:memory|days?|hours?)\b)|TPUs?|CPUs?|A100|V100|H100|nodes)\b"
    r"(?![\s-]+GPUs?[\s-]+(?:training\s+|compute\s+)?(?:days?|hours?)\b)"  # "32 A100 GPU hours"
)
# "a single GPU with 24GB memory": the memory of the hardware, not of the method.
_HARDWARE_BEFORE: Final = ending(
    r"\b(?:GPUs?|cards?|devices?|phones?|laptops?|boards?|hardware)\s+with\s+(?:only\s+|just\s+)?$"
    # "a single NVIDIA RTX4090 (24GB)", "A100 (80GB)": the memory of the card named
    rf"|\b(?:GPUs?|{GPU_MODEL}[\w-]*)\s*\(\s*$",
    regex.IGNORECASE,
)
# "LLaMA 7B", "Llama2 70B", "1B and 7B architectures", "a 13B model": the size in a model's name.
# GUIDELINE makes it a claim only when the sentence reports it as a property, and then optional.
_MODEL_NAME_BEFORE: Final = ending(
    r"(?<![\w-])(?!(?:With|Only|Our|The|A|An|Using|At|In|On|For|By|Over|Under|About|Nearly|Around"
    r"|Just|Up|To|From|Of|And|Or|Its|Their|This|These|Each|All|Both|Than|Even|Also|Only)\s)"
    r"[A-Z][A-Za-z0-9.-]*\s(?:\d+(?:\.\d+)?\s)?$"  # "LLaMA 7B", "Llama 3 8B"
)
_MODEL_NOUN_AFTER: Final = regex.compile(
    r"^(?:\s*(?:,|and|or|/)\s*[\d.]+\s?[KMBT])*[\s-]+(?:(?:language|base|chat|dense)\s)?"
    r"(?:models?|architectures?|variants?|versions?|LLMs?|LMs?|checkpoints?|scale)\b"
)
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
# "the 100 hour subset", "680,000 hours of supervision": an amount of data, not a duration.
_DATA_AFTER: Final = regex.compile(
    r"^\s*(?:of\b(?!\s+(?:fine-?tuning|training|pre-?training|compute|search|GPU|(?-i:[A-Z][\w.-]*[A-Z0-9])(?![\w])))|subset|split|set\b|corpus|dataset"
    r"|(?:[\w-]+\s)?(?:speech|audio|video|utterance|clip|segment|recording)s?\b)",
    regex.IGNORECASE,
)
# "0.937 AUC on 7 rare cancer types", "across 12 languages": GUIDELINE, counts are no claims.
_COUNTED_THINGS_AFTER: Final = regex.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:tasks|datasets|benchmarks|languages|classes|categories"
    r"|domains|subjects|types|websites|apps|games|environments|frames)\b(?!\s*(?:/|per\b))"
)
# "15-day global forecasts", "the 10-day lead z500 prediction", "96-step-ahead": how far ahead a
# forecast looks is its setting, not a time spent (the hyphen makes the number an adjective).
_HORIZON_AFTER: Final = regex.compile(
    r"\s*(?:[\w-]+\s+)?(?:lead|forecasts?|forecasting|ahead|horizons?)\b", regex.IGNORECASE
)
# "MLPerf 1.1", "SQuAD v2.0", "Python 3.8": a number right after a capitalised name is its version.
_VERSION_BEFORE: Final = ending(
    r"(?:\b(?=[A-Za-z]*[a-z])[A-Z][A-Za-z]*[A-Z][A-Za-z]*|\bv|\b[a-z]+\d+[a-z]+)\s?$"  # wav2vec 2.0
)
# ("ResNet-18, -34 and -50", "on ImageNet-256 and -512")
_NAME_LIST_BEFORE: Final = ending(
    r"\b[A-Za-z][\w]*-[\w.]+(?:,\s*|\s+)(?:-[\w.]+,\s*)*(?:(?:and|or)\s+)?$"
)
_FAMILY_VERSION_BEFORE: Final = ending(
    r"\b(?:Claude(?:\s(?:Sonnet|Opus|Haiku))?|Sonnet|Opus|Haiku|Gemini(?:\s(?:Pro|Flash|Ultra))?"
    r"|GPT|Llama|LLaMA|Qwen|Mistral|Gemma|Phi|DeepSeek|Grok)[\s-]$"
)
_NAME_WORD_BEFORE: Final = ending(r"\b[A-Z][A-Za-z]+\s$")
# The tier or variant word a product name ends with: "Claude 3.5 Sonnet", "Gemini 1.5 Pro".
_VARIANT_NEXT: Final = regex.compile(
    r"\s(?:Pro|Flash|Sonnet|Opus|Haiku|Turbo|Ultra|Mini|Nano|Instruct|Chat|Base|Coder|Math|VL"
    r"|Vision|Plus|Max|Lite|Large|Medium|Small)\b"
)
# Quantities whose values are often whole numbers: "from 139 to 215 FPS", "throughput of 120".
_RATES: Final = frozenset({"FPS", "throughput"})
_COUNT_UNITS: Final = frozenset({"K", "M", "B", "G", "T"})
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
        attached = _attach_all(candidates, ctx, result, carried if compares else None)
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
    result.skipped.sort(key=lambda s: s.start)
    return result


_EXAMPLE_OPENS: Final = ending(r"\((?:e\.g\.|i\.e\.|such\s+as)[^()\d]*$", regex.IGNORECASE)
_EXAMPLE_CLOSES: Final = regex.compile(r"[^()\d]*\)")


def _an_example(text: str, mention: MetricMention) -> bool:
    """ "offline (e.g., system prompts) and online (e.g., agent memory), ... +10.6% on agents": a
    metric's name in an aside of examples without a number names a kind of thing, not a measure."""
    return bool(
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


_HYPHENED_DURATION: Final = regex.compile(r"\d-[a-z]")
_PROCESS_AFTER: Final = regex.compile(
    r"\s*(?:end-to-end\s+)?(?:inference|latency|runtime|run\s?time|wall-?clock|training|generation"
    r"|processing|decoding|response)\b",
    regex.IGNORECASE,
)
_METRIC_BEFORE_BRACKET: Final = ending(r"\b(?:rates?|accuracy|accuracies|scores?)\s*\(\s*\S*$")
_ASIDE_OPENS: Final = ending(r"\((?:i\.e\.|e\.g\.),?\s*$")
_MASKED_BEFORE: Final = ending(
    r"\bmask(?:s|ing|ed)?\s+(?:out\s+)?(?:up\s+to\s+|about\s+|only\s+)?$"
)
_THRESHOLD_BEFORE: Final = ending(
    r"\bfirst\b[^.;]{0,60}\bto\s+(?:exceed|surpass|cross|break|pass)\s+(?:the\s+)?$"
)
_THRESHOLD_AFTER: Final = regex.compile(r"\s*(?:[\w&-]+\s+)?(?:milestone|barrier|mark)\b")
_SIZES_IN_BRACKETS_BEFORE: Final = ending(
    r"\b(?:scales|sizes|models|LLMs|variants)\s*\((?:\s*[\d.]+\s?[MB]\s*,)*\s*$"
)
_RESULT_IN_BRACKETS_NEXT: Final = regex.compile(r"\s*\(\s*[\d.]+\s*%?\s*\)")
_WITH_A_BEFORE: Final = ending(r"\bwith\s+(?:a|an)\s+$", regex.IGNORECASE)
_CONTEXT_NEXT: Final = regex.compile(r"\s*-?\s*(?:token\s+)?context\b", regex.IGNORECASE)
_SCORE_WORD: Final = regex.compile(r"(?:average\s|overall\s)?scores?", regex.IGNORECASE)


_CONDITION: Final = "a condition of another claim"


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
) -> dict[int, Attachment]:
    attached: dict[int, Attachment] = {}
    reasons: dict[int, str] = {}
    for number in candidates:
        reason = _not_a_claim(number, ctx)
        if reason:
            reasons[number.start] = reason
    for number in candidates:
        if reasons.get(number.start) == _CONDITION:
            # "under budgets of 450M, 600M, and 1000M FLOPs": the whole list is the condition
            # (but not "(seq. length 16K, 61.4% accuracy)": a value of another kind)
            for member in list_group(number, ctx):
                if member.unit == number.unit:
                    reasons.setdefault(member.start, _CONDITION)
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


def _change_of(
    value: NumberMention, number: NumberMention, attachment: Attachment, text: str
) -> Attachment | None:
    """ "MultiNLI accuracy to 86.7% (4.6% absolute improvement)": a change in parentheses right
    after a value is a change of the value's metric."""
    if number.unit != value.unit or not OPEN_BRACKET.fullmatch(text, value.end, number.start):
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


def _not_a_claim(number: NumberMention, ctx: Context) -> str | None:
    before = ctx.text[max(ctx.sentence[0], number.start - 60) : number.start]
    after = ctx.text[number.end : number.end + 40]
    if any(d.start <= number.start and number.end <= d.end for d in ctx.datasets):
        return "part of a benchmark's name"  # "91.0% on AIME 24"
    if ("ength" in before or "indow" in before) and _LENGTH_CLAIMED.search(before):
        return None  # "supports a context length of 1 million tokens": what a model can do
    if TOKENS_NEXT.match(after) and CONTEXT_CAPACITY_BEFORE.search(before):
        return None  # "can process up to 512K tokens": the same, said with a verb
    if _WITH_A_BEFORE.search(before) and _CONTEXT_NEXT.match(after):
        return _CONDITION  # "with a 256K context window, it can perform up to 600 tool calls"
    if _CONDITION_BEFORE.search(before):
        return _CONDITION
    if number.unit != "x" and _CONDITION_AFTER.match(after):
        return _CONDITION
    if number.unit == "%" and _LEVEL_AFTER.match(after) and _AT_BEFORE.search(before):
        return _CONDITION
    # (Each test below asks the cheap question about the text after the number first.)
    if _SHARE_AFTER.match(after) and _BOUND.search(before):
        return "a condition such as >90% of requests"
    if (
        after.lstrip().startswith(")")
        and _OPEN_BOUND.search(before)
        and not _METRIC_BEFORE_BRACKET.search(before)
    ):
        # (but "maintains high acceptance rates (>90%)": a bound reported for the metric named)
        return "a definition such as (> 30 FPS)"
    if (
        _SETTING_AFTER.match(after)
        and not _LENGTH_EXTENDED_TO.search(before)
        and not (number.unit == "%" and PREFERENCE_AFTER.match(after))
    ):
        return "a setting (data or architecture size)"
    hardware_like = number.is_integer_count or number.unit in ("GB", "MB", "TB", "x")
    if hardware_like and (
        _HARDWARE_AFTER.match(after)
        or (number.unit in ("GB", "MB", "TB") and _HARDWARE_BEFORE.search(before))
    ):
        return "a hardware setting"
    if number.unit in _COUNT_UNITS and (
        _MODEL_NOUN_AFTER.match(after) or _MODEL_NAME_BEFORE.search(before)
    ):
        return "the size in a model's name"
    if number.unit in ("hours", "days", "s", "min") and _DATA_AFTER.match(after):
        return "an amount of data"
    if after.startswith("-to-"):
        return "part of a phrase such as day-to-day"
    if not number.unit and _ASIDE_OPENS.search(before) and after.lstrip().startswith(")"):
        return "a setting given as an example"  # "with a common CFG weight (i.e., 7.5)"
    if number.unit == "%" and _MASKED_BEFORE.search(before):
        return "a setting (a share masked)"  # "randomly mask up to 75% of the image patches"
    if _THRESHOLD_BEFORE.search(before) or _THRESHOLD_AFTER.match(after):
        return "a threshold passed"  # "the first model to exceed 70 mAP", "the 50 AP milestone"
    if (
        number.unit in ("M", "B")
        and _SIZES_IN_BRACKETS_BEFORE.search(before)
        # (a list: "compact size (13~15M)" is the model's own)
        and (before.rstrip().endswith(",") or after.lstrip().startswith(","))
    ):
        return "the sizes of the models used"  # "across models of varying scales (1.5B, 7B, 8B)"
    if number.unit in ("M", "B") and _RESULT_IN_BRACKETS_NEXT.match(after):
        return "the size in a model's name"  # "between Llama2-7B (1.75) and 13B (1.67)"
    if (
        number.unit in ("s", "min", "hours")
        and _HYPHENED_DURATION.search(number.text)
        and not _PROCESS_AFTER.match(after)
    ):
        # "a 5-second video", "a 3-second recording", "i.e., 5-seconds, 720x1280": how long an
        # input or output lasts; but "attains 4-second inference": how long the work takes
        return "the length of an input or output"
    if number.is_integer_count and _COUNTED_THINGS_AFTER.match(after):
        return "a count of tasks, datasets or classes"
    if "-" in number.text and _HORIZON_AFTER.match(after):
        return "a forecast horizon such as 10-day forecasts"
    if (
        number.unit == "points"
        and number.value > 100
        and "." not in number.text
        and not number.sign
    ):
        return "a count of points"  # "from 16 to 1024 points": points of a cloud, not of a score
    if not number.unit and not number.sign and _VERSION_BEFORE.search(before):
        return "a version number"
    if number.unit == "s" and number.text[-2:-1].isdigit() and _VERSION_BEFORE.search(before):
        return "part of a name"  # "FastSpeech 2s"
    if number.sign == "-" and _NAME_LIST_BEFORE.search(before):
        return "part of a name"  # "ResNet-18, -34 and -50": the depths of a family
    if not number.unit and number.sign == "" and _FAMILY_VERSION_BEFORE.search(before):
        return "a version number"  # "Claude Sonnet 3.5 by a large margin", "GPT 4.1"
    if (
        not number.unit
        and (SIZE_NEXT.match(after) or _VARIANT_NEXT.match(after))
        and _NAME_WORD_BEFORE.search(before)
    ):
        return "a version number"  # "Llama 3.1 70B", "Qwen 2.5 7B", "Claude 3.5 Sonnet"
    return None


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
    if number.unit in _COUNT_UNITS and (
        attachment.family not in _COUNTED_FAMILIES or attachment.metric == "score"
    ):
        # "a 172M 16-layer model reaches 81.1% accuracy": 172M counts something; it is no accuracy.
        return False
    return not (number.is_word and number.unit != "x")


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
