"""Why a number in a sentence is not a claim: a condition or setting of another claim, a size
of hardware or of a model's name, a version, a count of things, a threshold... (GUIDELINE: such
numbers are not annotated). `not_a_claim` gives the reason, which `claims explain` reports.
"""

from __future__ import annotations

from typing import Final

import regex

from claims.attach import CONTEXT_CAPACITY_BEFORE, PREFERENCE_AFTER, TOKENS_NEXT, Context
from claims.datasets import MODEL_FAMILY_NAMES
from claims.numbers import NumberMention
from claims.patterns import GPU_MODEL, OPEN_BRACKET, SIZE_NEXT, ending

CONDITION: Final = "a condition of another claim"
# Multipliers a count is written with: "5.7M", "1.3B".
COUNT_UNITS: Final = frozenset({"K", "M", "B", "G", "T"})

# A number that sets the condition of another claim is not itself a claim (GUIDELINE).
_CONDITION_BEFORE: Final = ending(
    # ("in under 0.5 seconds" is how fast something is done: a result)
    # ("all other models achieve accuracy below 16%", "solve under 2% of problems": a result)
    # ("all open models are below 15%", "perform below 5%", "hovering below 33.3% in accuracy",
    # "with latency under one second", "resulting in at most 4.7 times acceleration")
    r"(?:(?<!\()<|(?<!\()≤|(?<!\b(?:in|achiev\w*|scor\w*|solv\w*|accurac(?:y|ies)|rates?|are|is|was"
    r"|were|remain\w*|stay\w*|perform\w*|hover\w*|f[ae]ll\w*|lie|lies|lag\w*|latency)\s)"
    r"\b(?:under|below|at\s+most))\s*(?:the\s+)?$|^\s*At\s+$"
    # "make progress given 8 hours, with 82% of attempts ...": the budget a result is had with
    r"|\bgiven\s+(?:only\s+|just\s+)?(?:an?\s+)?$"
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
    # "the Llama 3.1 family of LLMs, spanning 8 billion to 405 billion parameters"
    r"|\bspanning\s+(?:from\s+)?$"
    # "evaluated on X and its variants with sequence lengths from 32K to 512K"
    r"|\bwith\s+(?:(?:sequence|context|input)\s+(?:lengths?|sizes?)|resolutions?)\s+(?:of|from|between|up\s+to)\s+$"
    # "only half of them keep their performance at the length of 32K"
    r"|\bat\s+(?:a|the)\s+(?:[\w-]+\s+)?lengths?\s+of\s+$"
    # "at a high sparsity level of 70%", "when the masking ratio is 75%": the setting of a result
    r"|\b(?:sparsity|masking|mask|dropout|pruning)\s+(?:level|ratio|rate)s?\s+(?:of|is|=)\s+$"
    # "Even at a compression ratio of 20x, the accuracy remains ...": the level a result is at
    r"|\bat\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:compression|sparsity|pruning|masking)"
    r"(?:\s+(?:ratio|rate|level))?\s+(?:of\s+|=\s*)$"
    # "very limited computing power (e.g., 10-150 MFLOPs)": an example of a constraint
    r"|\b(?:limited|low|tight|constrained|small)\s+(?:[\w-]+\s+){0,2}\(\s*(?:e\.g\.|i\.e\.),?\s*$",
    regex.IGNORECASE,
)
# Every branch of _CONDITION_BEFORE holds one of these words, casefolded as the pattern's case
# folding does (or the window is just "At "): looking for them with `in` first spares the
# pattern's search, 8 us a number, in most windows.
_CONDITION_WORDS: Final = (
    "<", "≤", "under", "below", "most", "given", "budget", "constraint", "setting", "regime",
    "scenario", "scale", "size", "rang", "length", "resolution", "spanning", "sparsity", "mask",
    "dropout", "pruning", "compression", "e.g", "i.e",
)  # fmt: skip


def _sets_a_condition(before: str) -> bool:
    """Whether the words before a number make it the condition of another claim.

    >>> _sets_a_condition("under a budget of "), _sets_a_condition("It reaches ")
    (True, False)
    """
    folded = before.casefold()
    if not (any(word in folded for word in _CONDITION_WORDS) or folded.strip() == "at"):
        return False
    return bool(_CONDITION_BEFORE.search(before))


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
_PARAMS_AFTER: Final = regex.compile(r"\s*(?:params?\b|parameters\b)")
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
    r"\b(?:context|sequence|input)\s+(?:length|window|size)s?\b[^.;,]{0,30}\bto\s+"
    r"(?:over\s+|up\s+to\s+|about\s+|more\s+than\s+|beyond\s+)?$",
    regex.IGNORECASE,
)
# Hardware and data sizes written next to the number: "8 A100 80 GB GPUs", "trained on 15B tokens".
_SETTING_AFTER: Final = regex.compile(
    r"^\+?(?:\s*(?:,|and|or)\s*[\d.]+\s?[KMBT])*[\s-]*parameters?\s+(?:(?:language|vision|dense|base)\s+)?(?:(?:model|LLM|network|transformer)s?|range|scale|regime)\b"
    r"|^\s*(?:tokens|images|samples|videos|hours\s+of|(?:training\s+)?epochs|iterations|steps|time-?steps|layers|-layer|heads"
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
_THE_BEFORE: Final = ending(r"\b(?:the|a|an)\s+$")
_NAME_AFTER: Final = regex.compile(
    r"\s+(?=[A-Za-z]*[A-Z])[A-Z][\w-]*[a-z][\w-]*\b(?!\s+(?:parameters?|params?)\b)"
)
_MODEL_NOUN_AFTER: Final = regex.compile(
    r"^(?:\s*(?:,|and|or|/)\s*[\d.]+\s?[KMBT])*[\s-]+(?:(?:language|base|chat|dense)\s)?"
    r"(?:models?|architectures?|variants?|versions?|LLMs?|LMs?|checkpoints?|scale)\b"
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
    # ("5-day global air pollution predictions")
    r"\s*(?:[\w-]+\s+){0,3}?(?:lead|forecasts?|forecasting|predictions?|ahead|horizons?)\b",
    regex.IGNORECASE,
)
# "MLPerf 1.1", "SQuAD v2.0", "Python 3.8": a number right after a capitalised name is its version.
_VERSION_BEFORE: Final = ending(
    r"(?:\b(?=[A-Za-z]*[a-z])[A-Z][A-Za-z]*[A-Z][A-Za-z]*|\bv|\b[a-z]+\d+[a-z]+)\s?$"  # wav2vec 2.0
)
# ("ResNet-18, -34 and -50", "on ImageNet-256 and -512")
_NAME_LIST_BEFORE: Final = ending(
    r"\b[A-Za-z][\w]*-[\w.]+(?:,\s*|\s+)(?:-[\w.]+,\s*)*(?:(?:and|or)\s+)?$"
)
# "Claude Sonnet 3.5", "GPT 4.1": a decimal after a model family's name (or its tier) is a version
_FAMILY_VERSION_BEFORE: Final = ending(
    rf"\b(?:{MODEL_FAMILY_NAMES}|Claude\s(?:Sonnet|Opus|Haiku)|Sonnet|Opus|Haiku"
    r"|Gemini\s(?:Pro|Flash|Ultra))[\s-]$"
)
_NAME_WORD_BEFORE: Final = ending(r"\b[A-Z][A-Za-z]+\s$")
# The tier or variant word a product name ends with: "Claude 3.5 Sonnet", "Gemini 1.5 Pro".
_VARIANT_NEXT: Final = regex.compile(
    r"\s(?:Pro|Flash|Sonnet|Opus|Haiku|Turbo|Ultra|Mini|Nano|Instruct|Chat|Base|Coder|Math|VL"
    r"|Vision|Plus|Max|Lite|Large|Medium|Small)\b"
)
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
# "runs Llama 2 (70B) and BLOOM (176B)": the size of a widely used model, bracketed after its name
_FAMILY_SIZE_BEFORE: Final = ending(rf"\b{MODEL_FAMILY_NAMES}[\w.-]*(?:\s\d+(?:\.\d+)?)?\s*\(\s*$")
_SIZES_LISTED: Final = regex.compile(r"\bsizes?\b")
_SIZES_IN_BRACKETS_BEFORE: Final = ending(
    r"\b(?:scales|sizes|models|LLMs|variants)\s*\((?:\s*[\d.]+\s?[MB]\s*,)*\s*$"
)
_CLASS_OF_MODELS_BEFORE: Final = ending(
    r"\b(?:models|LLMs|LMs|networks|transformers|those|ones)\s+with\s+"
    r"(?:more\s+than\s+|over\s+|up\s+to\s+|fewer\s+than\s+|less\s+than\s+|about\s+|around\s+)?"
    r"(?:[\d.]+\s?[MB]\s*(?:,\s*|\s+(?:and|or)\s+))*$"
)
_PARAMETERS_AFTER: Final = regex.compile(
    r"(?:\s*(?:,|and|or)\s*[\d.]+\s?[MB])*\s*\+?\s*(?:parameters|params|weights)\b"
)
_AT_ABOUT_BEFORE: Final = ending(r"\bat\s+(?:around|about|roughly|approximately)\s+$")
_COMPUTE_AFTER: Final = regex.compile(r"\s*(?:[GMT]?FLOPs|[GM]?MACs|BitOps)\b")
_RESULT_IN_BRACKETS_NEXT: Final = regex.compile(r"\s*\(\s*[\d.]+\s*%?\s*\)")
_WITH_A_BEFORE: Final = ending(r"\bwith\s+(?:a|an)\s+$", regex.IGNORECASE)
_CONTEXT_NEXT: Final = regex.compile(r"\s*-?\s*(?:token\s+)?context\b", regex.IGNORECASE)


_SCHEDULE_AFTER: Final = regex.compile(
    r"\s*(?:(?:and|or|/)\s*[\d.]+\s*[x×]\s*)?(?:training\s+)?(?:settings?|schedules?)\b",
    regex.IGNORECASE,
)
_SCHEDULE_LATER: Final = regex.compile(
    r"[^;()]{0,30}?\bfor\s+[\d.]+\s*[x×]\s+(?:training\s+)?(?:settings|schedules)\b",
    regex.IGNORECASE,
)
_SETTING_IN_ASIDE: Final = regex.compile(
    r"\s*(?:-\s*)?(?:(?:sequence|context|input)\s+length|context|tokens|resolution|shots?)\s*\)",
    regex.IGNORECASE,
)


def _after_a_benchmark(number: NumberMention, ctx: Context) -> bool:
    """Whether the bracket the number is in opens right after a benchmark's name."""
    return any(OPEN_BRACKET.fullmatch(ctx.text, d.end, number.start) for d in ctx.datasets)


def not_a_claim(number: NumberMention, ctx: Context) -> str | None:
    """Why `number` is no claim, or None; asked of every number of a sentence before any
    attachment rule."""
    before = ctx.text[max(ctx.sentence[0], number.start - 60) : number.start]
    after = ctx.text[number.end : number.end + 40]
    if any(d.start <= number.start and number.end <= d.end for d in ctx.datasets):
        return "part of a benchmark's name"  # "91.0% on AIME 24"
    if ("ength" in before or "indow" in before) and _LENGTH_CLAIMED.search(before):
        return None  # "supports a context length of 1 million tokens": what a model can do
    if "oken" in after and TOKENS_NEXT.match(after) and CONTEXT_CAPACITY_BEFORE.search(before):
        return None  # "can process up to 512K tokens": the same, said with a verb
    if before.endswith("(") and _SETTING_IN_ASIDE.match(after) and _after_a_benchmark(number, ctx):
        return CONDITION  # "on LV-Eval (128k sequence length)": the benchmark's setting
    if "ontext" in after and _CONTEXT_NEXT.match(after) and _WITH_A_BEFORE.search(before):
        return CONDITION  # "with a 256K context window, it can perform up to 600 tool calls"
    if _sets_a_condition(before):
        return CONDITION
    if number.unit != "x" and _CONDITION_AFTER.match(after):
        return CONDITION
    if number.unit == "%" and _LEVEL_AFTER.match(after) and _AT_BEFORE.search(before):
        return CONDITION
    if number.unit in COUNT_UNITS and _PARAMS_AFTER.match(after) and _AT_BEFORE.search(before):
        return CONDITION  # "99% of Transformer quality at 360M params": the scale it is had at
    if (
        ("FLOP" in after or "MAC" in after)
        and _COMPUTE_AFTER.match(after)
        and _AT_ABOUT_BEFORE.search(before)
    ):
        return CONDITION  # "1.8 lower perplexity than the transformer at around 500M MACs"
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
    if number.unit in COUNT_UNITS and (
        _MODEL_NOUN_AFTER.match(after)
        or _MODEL_NAME_BEFORE.search(before)
        or (_THE_BEFORE.search(before) and _NAME_AFTER.match(after))
    ):
        return "the size in a model's name"  # ("the 17B CogAgent trained with ...")
    if number.unit in ("hours", "days", "s", "min") and _DATA_AFTER.match(after):
        return "an amount of data"
    if number.unit == "x" and (
        _SCHEDULE_AFTER.match(after) or (before.endswith("for ") and _SCHEDULE_LATER.match(after))
    ):
        return "a training schedule"  # "51.7% AP for 1x and 52.1% AP for 2x settings"
    if after.startswith("-to-"):
        return "part of a phrase such as day-to-day"
    if not number.unit and after.lstrip().startswith(")") and _ASIDE_OPENS.search(before):
        return "a setting given as an example"  # "with a common CFG weight (i.e., 7.5)"
    if number.unit == "%" and "mask" in before and _MASKED_BEFORE.search(before):
        return "a setting (a share masked)"  # "randomly mask up to 75% of the image patches"
    if ("first" in before and _THRESHOLD_BEFORE.search(before)) or (
        ("mark" in after or "mileston" in after or "barrier" in after)
        and _THRESHOLD_AFTER.match(after)
    ):
        return "a threshold passed"  # "the first model to exceed 70 mAP", "the 50 AP milestone"
    if (
        number.unit in ("M", "B")
        and "(" in before
        and _SIZES_IN_BRACKETS_BEFORE.search(before)
        # (a list: "compact size (13~15M)" is the model's own)
        and (before.rstrip().endswith(",") or after.lstrip().startswith(","))
    ):
        return "the sizes of the models used"  # "across models of varying scales (1.5B, 7B, 8B)"
    if (
        number.unit in ("M", "B")
        and _PARAMETERS_AFTER.match(after)
        and _CLASS_OF_MODELS_BEFORE.search(before)
    ):
        # "GPT models with 175 billion parameters", "LLMs with 8B parameters", "those with 7B or
        # 13B parameters": the size of a kind of model spoken of (a model of the paper's own says
        # "only": "FooNet with only 5.7M parameters")
        return "the size of the models spoken of"
    if (
        number.unit in ("M", "B")
        and after.lstrip().startswith(")")
        and _FAMILY_SIZE_BEFORE.search(before)
        # (not "we release checkpoints at four sizes: ViT-B (86M), L (303M)": sizes it reports)
        and not _SIZES_LISTED.search(ctx.text, ctx.sentence[0], number.start)
    ):
        return "the size in a model's name"
    if number.unit in ("M", "B") and "(" in after and _RESULT_IN_BRACKETS_NEXT.match(after):
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
    if (
        not number.unit
        and not number.sign
        and before[-1:] in (" ", "-")
        and _FAMILY_VERSION_BEFORE.search(before)
    ):
        return "a version number"  # "Claude Sonnet 3.5 by a large margin", "GPT 4.1"
    if (
        not number.unit
        and (SIZE_NEXT.match(after) or _VARIANT_NEXT.match(after))
        and _NAME_WORD_BEFORE.search(before)
    ):
        return "a version number"  # "Llama 3.1 70B", "Qwen 2.5 7B", "Claude 3.5 Sonnet"
    return None
