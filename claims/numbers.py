"""Every way a number is written in a paper's text, and which written numbers are not results.

This is the extractor's Numeral dimension (Duckling's word): `find_numbers` scans text once with
one compiled pattern and returns a `NumberMention` for each number, range or number word, with
its value *as written*, its unit normalised, and, for numbers that cannot be claims (part of a
name, a year, a citation, a patch size...), the reason they are skipped. Claim families build on
these mentions; none of them parses digits again.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, NamedTuple

import regex

from claims.patterns import ASCII_LOWER, FROM_BEFORE, ending

# --- the number grammar -----------------------------------------------------------------------

_NUMBER_WORDS: Final[dict[str, float]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000,
}  # fmt: skip
# Words that are a number and a factor at once ("twice as fast", "doubling the throughput").
# ("double", "doubling" are left out: they name operations far more often than results.)
_FACTOR_WORDS: Final[dict[str, float]] = {"twice": 2, "thrice": 3}
# A number word before a unit of time is a duration ("in less than seven seconds", "under one
# hour"): word -> normalised unit. (Longer spans, "two weeks", say how long a project took.)
_TIME_WORDS: Final[dict[str, str]] = {
    "second": "s", "seconds": "s", "minute": "min", "minutes": "min", "hour": "hours",
    "hours": "hours", "day": "days", "days": "days",
}  # fmt: skip
# Every word number holds one of these: each is looked for with `str.find`.
_WORD_CUES: Final = ("times", "fold", "twice", "thrice", "second", "minute", "hour", "day")
_SCALE_WORDS: Final[dict[str, str]] = {
    "thousand": "K", "million": "M", "millions": "M", "billion": "B", "billions": "B",
    "trillion": "T", "trillions": "T",
}  # fmt: skip

# unit as written -> unit normalised as in GUIDELINE.md
_UNIT_NAMES: Final[dict[str, str]] = {
    "%": "%", "\\%": "%", "percent": "%", "pct": "%",
    "x": "x", "X": "x", "×": "x", "times": "x", "fold": "x", "-fold": "x",
    "db": "dB", "ms": "ms", "s": "s", "sec": "s", "seconds": "s", "fps": "FPS",
    "hours": "hours", "hour": "hours", "h": "hours", "days": "days", "day": "days",
    "minutes": "min", "minute": "min", "mins": "min", "min": "min",
    "gpu days": "GPU days", "gpu day": "GPU days", "gpu-days": "GPU days", "gpu-day": "GPU days",
    "gpu hours": "GPU hours", "gpu hour": "GPU hours", "gpu-hours": "GPU hours",
    "gpu-hour": "GPU hours",
    "kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB",
    "points": "points", "point": "points", "pts": "points", "pp": "points",
    "percentage points": "points", "percentage point": "points",
    "dollar": "$", "dollars": "$", "usd": "$",
    "k": "K", "m": "M", "b": "B", "g": "G", "t": "T",
    "j": "J", "mj": "mJ", "µj": "µJ", "uj": "µJ", "w": "W", "mw": "mW", "kw": "kW", "bpp": "bpp",
    "bps": "bps", "kbps": "kbps", "mbps": "Mbps",
    "tokens/s": "tokens/s", "tokens/sec": "tokens/s",
    "images/s": "images/s", "img/s": "images/s", "images/sec": "images/s", "samples/s": "samples/s",
    "frames/s": "FPS", "token/s": "tokens/s", "tokens per second": "tokens/s",
    "token per second": "tokens/s", "images per second": "images/s", "s/token": "s/token",
    "ms/token": "ms/token", "second": "s", "frames per second": "FPS",
    "pages/s": "pages/s", "page/s": "pages/s", "pages per second": "pages/s",
    "pages/sec": "pages/s",
    "milliseconds": "ms", "millisecond": "ms",
}  # fmt: skip

# normalised unit -> factor that brings a value to a comparable scale (counts, seconds, bytes)
UNIT_SCALE: Final[dict[str, float]] = {
    "K": 1e3, "M": 1e6, "B": 1e9, "G": 1e9, "T": 1e12,
    "ms": 1e-3, "s": 1.0, "min": 60.0, "hours": 3600.0, "days": 86400.0,
    "GPU hours": 1.0, "GPU days": 24.0,
    "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12,
}  # fmt: skip

_DIGITS = r"""
    (?: [0-9]{1,3} (?: ,[0-9]{3} )+ (?! [0-9] ) (?: \.[0-9]+ )?     # 12,480  3,201  1,594.5
      | [0-9]+ (?: \.[0-9]+ )?                                # 88  88.0
      | \.[0-9]+                                           # .5
    )
"""
_EXPONENT = r"""
    (?: (?: \s?[x×]\s? | \s?\\times\s? ) 10 \s? \^ \s? \{? [-−]? [0-9]+ \}?    # 2 x 10^{6}
      | \^ \s? \{? [-−]? [0-9]+ \}?                                            # 10^{19}: a base
      | [eE] [-+−]? [0-9]+ (?! [A-Za-z] )                                        # 1e-3
    )
"""
# A multiplier that touches the number (5.7M, 1.45G, 150 GMACs) or a scale word after a space.
_MULTIPLIER = r"""
    (?: \s? [KMGT] (?: MACs? | FLOPs? | FLOPS | BitOps | OPs | Ops ) \b      # 150 GMACs
      | [KMBGTk] (?! [A-Za-z0-9] )                                          # 5.7M  1.3B  100k
      | \s (?: thousand | million | billion | trillion ) s? \b
    )
"""
# A unit that touches the number or follows after one space (GUIDELINE: text covers it).
_UNIT = r"""
    (?: \+? \s? \\?%                                              # 88.0%  73.62\%  80+%  12 %
      | \s? percent \b
      | -? \s? (?:[A-Z]\d{2,3}\s)? (?: GPU | gpu ) [\s-] (?: days? | hours? ) \b # 8 A100 GPU days
      | \s (?: [AHV]100 | TPU(?:v\d)? ) [\s-] (?: days? | hours? ) \b            # 13 A100 days
      | \+? [\s-]? (?: times ) (?! \s? \d )          # 53 times, 300-times; not 16times16
      | -? \s? fold \b                                           # 10-fold
      | [xX×] (?! [A-Za-z0-9] )                                   # 4.7x  10X  2.0×
      | \s × (?= \s [A-Za-z] )                                     # "15 $\times$ speedup"
      | \s? \$?\\times\$? (?! [A-Za-z0-9] )                      # 3.2\times (LaTeX left in text)
      | \s? (?: dB | ms | FPS | fps | KB | MB | GB | Gb | TB | bpp | [µu]J | mJ | [mk]?W ) \b
      | \s? [kM]? bps \b                                                       # 8kbps, 1.04 kbps
      | \s? (?: tokens? | images | img | samples | frames | pages? )
            (?: / s (?:ec)? | \s per \s second ) \b
      | \s? m? s / token \b                                                   # 0.56 s/token
      | [\s-]? (?: milliseconds? | hours? | days? | minutes? | mins? | sec | seconds? ) \b
      | [\s-] (?: points? | pts | pp | percentage \s points? ) \b                # a 5.9-point gain
      | \s (?: dollars? | USD ) \b                                             # 1 dollar, 2.5 USD
      # 3s per image, 945s (FA3), "in around 0.1s."
      | s \b (?= \s+ (?: per | on | for | in | to | and | with | without | while | at | than
                        | compared | using | vs ) \b
                | \s* [(,;] | \. (?: \s | $ ) )
    )
"""

# ("between 1.50x and 1.71x faster": a range said with words)
_RANGE_JOINER = r"""(?: \s? (?: -- | - | – | ~ | \\sim | sim | \$\\sim\$ | ∼ ) \s? | \s (?: to ) \s
    | (?<= \b [Bb]etween \s [^\s]{1,14} ) \s and \s )"""

_SIMPLE = rf"""
    (?P<sign@N> (?<! [\w.)\]%] ) (?: [+−-] | \+/- | ± ) )?
    (?P<digits@N> {_DIGITS} )
    (?P<exp@N> {_EXPONENT} )?
    (?P<mult@N> {_MULTIPLIER} )?
    (?P<unit@N> {_UNIT} )?
"""

NUMBER_PATTERN: Final = regex.compile(
    rf"""
    # How every number starts (a digit, a currency, a sign or "." before a digit). Saying so
    # first lets the engine reject most positions on a character or two; without it a search
    # tries the whole pattern at every character of the text and takes 15x longer.
    (?= [0-9$€£] | \\\$ | US\$ | [+−\-±.] [0-9.] | \+/- )
    (?P<currency> (?: \$ | \\\$ | US\$ | € | £ ) (?! [\d.,]+ \s? \\times ) )?
    {_SIMPLE.replace("@N", "1")}
    (?: (?P<joiner> {_RANGE_JOINER} ) {_SIMPLE.replace("@N", "2")} )?
    (?P<pm> \s? (?: \+/- | ± | \\pm ) \s? {_DIGITS} \\?%? )?
    """,
    regex.VERBOSE,
)


class _Parts(NamedTuple):
    """The groups of a `NUMBER_PATTERN` match, read once with `match.groups()`: reading them by
    name costs 0.4 µs each in `regex`, 50x the price of the tuple, and the rules read them often."""

    currency: str | None
    sign1: str | None
    digits1: str
    exp1: str | None
    mult1: str | None
    unit1: str | None
    joiner: str | None
    sign2: str | None
    digits2: str | None
    exp2: str | None
    mult2: str | None
    unit2: str | None
    pm: str | None


# The tuple's fields are the pattern's groups in order; a new group must be added to both.
assert tuple(sorted(NUMBER_PATTERN.groupindex, key=NUMBER_PATTERN.groupindex.__getitem__)) == (
    _Parts._fields
)
_PM_GROUP: Final = NUMBER_PATTERN.groupindex["pm"]
_JOINER_GROUP: Final = NUMBER_PATTERN.groupindex["joiner"]
_DIGITS1_GROUP: Final = NUMBER_PATTERN.groupindex["digits1"]


def _parts(match: regex.Match[str]) -> _Parts:
    return _Parts._make(match.groups())


# Word numbers are found from their cue ("times", "fold", "twice", a unit of time) in the text
# lowered (ASCII only, so that offsets stay put): C-speed `str.find`, not a case-blind scan.
def _alternation(words: Iterable[str]) -> str:
    """The words as one group, longest first (so that "fifteen" is not read as "five")."""
    return r"(?P<word>" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_WORD_BEFORE_CUE: Final = ending(rf"\b{_alternation(_NUMBER_WORDS)}[\s-]$")
# "fivefold", "tenfold": the number word and "fold" written as one word.
_WORD_GLUED_TO_FOLD: Final = ending(rf"\b{_alternation(_NUMBER_WORDS)}$")
# A duration in words is a result when it says how fast something is done ("in less than seven
# seconds", "latency under one second", "in as little as one minute"); "labeled data of one hour"
# or "videos averaging two hours" describe data. Hundreds and thousands of hours are data too.
_WORD_BEFORE_TIME: Final = ending(
    r"\b(?:in|within|under|than|only|just|as\s+little\s+as|about|around|approximately|nearly)\s+"
    + _alternation(w for w, v in _NUMBER_WORDS.items() if v < 100)
    + " $"
)
_DURATION_WINDOW: Final = 40
_LONGEST_WORD: Final = max(map(len, _NUMBER_WORDS)) + 1
_WORD_CHAR: Final = regex.compile(r"\w")

# Characters that continue an identifier to the left of a number: `ResNet-50`, `Llama-3.1`,
# `pass@1`.
_NAME_CHARS: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./'+@"
)
_CITATION: Final = regex.compile(r"\[\s*\d+(?:\s*[,–-]\s*\d+)*\s*\]")
_URL: Final = regex.compile(r"(?:https?://|www\.)\S+")
_YEAR: Final = regex.compile(r"(?:19|20)\d\d")
_DECADE: Final = regex.compile(r"(?:19|20)\d0")
# `\sim75\%` after a LaTeX-to-text pass lost its backslash: "sim" is an approximation mark there.
_APPROXIMATELY: Final = ("sim", "approx")
_SLASH_LIST: Final = regex.compile(r"^[\d.,]*\d(?:[xX%]|\\%)?/$")
# "with only 12M/21M parameters": sizes in a slashed list (elsewhere "8B/405B" pairs models)
_SIZE_SLASH_LIST: Final = regex.compile(r"^(?:[\d.,]*\d[KMB]/)+$")
_PARAMETERS_NEXT: Final = regex.compile(r"(?:/[\d.]+[KMB])*\s*(?:parameters|params)\b")
# A metric written against its number, as LaTeX-to-text leaves "$49.4$AP": not part of a name.
_GLUED_METRIC: Final = regex.compile(r"(?:AP|mAP|mIoU|PSNR|FID|BLEU|PQ|EER|WER)(?![a-z])")
_POWER: Final = regex.compile(r"[-−+]?[0-9]+(?=\}?$)")
_DIGIT_NEXT: Final = regex.compile(r"\s?\d")
_GPU_MODEL: Final = regex.compile(r"^(?:[a-z]\d{2,3}|tpu(?:v\d)?)[\s-](?:gpu\s)?")
# "800×800", and "(2k x 2k)" with a spaced letter x between two sizes
_TIMES_DIGIT_AFTER: Final = regex.compile(r"\s?×\s?\d|\s[xX]\s\d")
_DIGIT_TIMES_BEFORE: Final = ending(r"\d\s?×\s?$|\d[kK]?\s[xX]\s$")
_HYPHEN_WORD: Final = regex.compile(r"-[A-Za-z]")
_SECTION_BEFORE: Final = ending(r"(?:Section|Sec\.|Fig\.|Figure|Table|Eq\.|Appendix|Chapter)\s*$")


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number as written: its span, value, unit, and why it was skipped (if it was)."""

    start: int
    end: int
    text: str
    value: float
    value_max: float | None = None
    unit: str = ""
    sign: str = ""
    skip: str | None = None
    is_word: bool = False

    @property
    def normalized(self) -> float:
        """The value on a comparable scale: 5.7M -> 5.7e6, 2.4ms -> 0.0024 (seconds)."""
        return self.value * UNIT_SCALE.get(self.unit, 1.0)

    @property
    def is_fraction(self) -> bool:
        """A share written as a fraction: "1/6", "1/10th"."""
        return not self.unit and "/" in self.text

    @property
    def is_integer_count(self) -> bool:
        """A bare integer with no unit ("8 GPUs", "169 volunteers"): usually a count."""
        return (
            not self.unit
            and "." not in self.text
            and not self.sign
            and not self.is_word
            and not self.is_fraction
        )


def _parse_digits(digits: str, exponent: str | None) -> float:
    value = float(digits.replace(",", ""))
    if not exponent:
        return value
    power = _POWER.search(exponent.strip())
    if power is None:
        return value
    exp = int(power.group().replace("−", "-"))
    try:
        if exponent.lstrip().startswith("^"):
            return float(value**exp)  # `10^{19}`: the digits are the base
        return value * 10.0**exp  # `2 x 10^{6}`, `1e-3`: the digits are a mantissa
    except (OverflowError, ZeroDivisionError):
        return math.inf  # `10^{9999}`: no finite value; the mention is skipped


def _normalise_unit(raw: str | None, multiplier: str | None) -> str:
    if multiplier:
        word = multiplier.strip().lower().rstrip("s")
        return _SCALE_WORDS.get(word, multiplier.strip()[0].upper())
    if not raw:
        return ""
    key = raw.strip().replace("$", "").replace("\\times", "×").lstrip("-+").strip().lower()
    key = " ".join(key.split()).replace("gpu-", "gpu ")
    key = _GPU_MODEL.sub("gpu ", key)  # "a100 gpu days", "a100 days" -> "gpu days"
    return _UNIT_NAMES.get(key, _UNIT_NAMES.get(raw.strip(), raw.strip()))


def _left_identifier(text: str, start: int) -> str:
    """The identifier characters glued to the left of position `start`."""
    i = start
    stop = max(0, start - 40)  # no name is longer; a bound keeps space-free text linear
    while i > stop and text[i - 1] in _NAME_CHARS:
        i -= 1
    return text[i:start]


_DATE_RANGE: Final = regex.compile(r"(?<![\d/])\d{1,2}/\d{2}\s?[-–]\s?\d{1,2}/\d{2}(?![\d/])")


_SIZE_WORD_NEXT: Final = regex.compile(r"-(?:large|small|base|tiny|huge|nano|medium)\b")


def _skip_reason(
    text: str, match: regex.Match[str], parts: _Parts, in_url: bool, in_citation: bool
) -> str | None:
    start, end = match.span()
    if in_url:
        return "part of a URL"
    if in_citation:
        return "citation"
    if "/" in text[max(0, start - 6) : end + 6] and any(
        date.start() <= start and end <= date.end()
        for date in _DATE_RANGE.finditer(text, max(0, start - 13), end + 13)
    ):
        return "a date range"  # "LiveCodeBench 06/24-01/25": the problems' months
    left = _left_identifier(text, start)
    if _SLASH_LIST.match(left) or (
        _SIZE_SLASH_LIST.match(left) and _PARAMETERS_NEXT.match(text, end, end + 60)
    ):
        left = ""  # "5.19x/4.16x", "0.3%/1.1%": the left side is a number, not a name
    if left.endswith(_APPROXIMATELY) and not left[:-3].rstrip("\\")[-1:].isalpha():
        left = ""
    if any(ch.isalpha() for ch in left):
        return "part of a name"
    if left.endswith((".", "-")) and left[:-1][-1:].isdigit():
        return "part of a version or section number"
    after = text[end : end + 1]
    if (after == ":" and text[end + 1 : end + 2].isdigit()) or (
        text[start - 1 : start] == ":" and text[start - 2 : start - 1].isdigit()
    ):
        return "a pattern such as 2:4 sparsity"
    unit1 = parts.unit1 or ""
    if after and (after.isalnum() or after == "_") and not _GLUED_METRIC.match(text, end, end + 8):
        return "part of a name or a size such as 16x16"
    if unit1 and unit1.strip() in ("times", "x", "X", "×") and _DIGIT_NEXT.match(text, end):
        return "a size such as 16x16"
    if _TIMES_DIGIT_AFTER.match(text, end) or _DIGIT_TIMES_BEFORE.search(
        text, max(0, start - 6), start
    ):
        return "a size such as 16x16"  # "800×800" as LaTeX-to-text leaves it
    if after == "-" and _HYPHEN_WORD.match(text, end) and not unit1:
        return "an attribute such as 13-layer"
    if after == "-" and unit1 in ("x", "X") and _SIZE_WORD_NEXT.match(text, end):
        return "part of a name"  # "RF-DETR (2x-large)": a size of a model family
    digits = parts.digits1
    has_unit = bool(unit1 or parts.mult1 or parts.currency)
    if unit1 == "s" and _DECADE.fullmatch(digits):
        return "year"  # "the 1990s"
    if not has_unit and not parts.digits2 and not parts.sign1:
        if _YEAR.fullmatch(digits):
            return "year"
        if after == ")" and "." not in digits and text[max(0, start - 1) : start] in ("(", ""):
            return "list marker"  # "(1) ...", but not "(from 313 to 181)"
        if _SECTION_BEFORE.search(text, max(0, start - 12), start):
            return "section, figure or table number"
    return None


def _mention_from_match(
    text: str, match: regex.Match[str], parts: _Parts, skip: str | None
) -> NumberMention:
    value = _parse_digits(parts.digits1, parts.exp1)
    sign = parts.sign1 or ""
    if sign in ("-", "−"):
        value = -value
    value_max = None
    unit = _normalise_unit(parts.unit1, parts.mult1)
    if parts.digits2:
        value_max = _parse_digits(parts.digits2, parts.exp2)
        unit = unit or _normalise_unit(parts.unit2, parts.mult2)
    if parts.currency:
        unit = "$" if "$" in parts.currency else parts.currency
    span_end = match.end()
    if parts.pm:
        # `1.98+/-0.07`: the spread is not part of the claim's text.
        span_end = match.start(_PM_GROUP)
    if not (math.isfinite(value) and (value_max is None or math.isfinite(value_max))):
        value, value_max, skip = 0.0, None, skip or "too large to be a result"
    start = match.start()
    if sign and parts.currency is None and sign in ("+/-", "±"):
        start = match.start(_DIGITS1_GROUP)
        sign = ""
    return NumberMention(
        start=start,
        end=span_end,
        text=text[start:span_end],
        value=value,
        value_max=value_max,
        unit=unit,
        sign=sign,
        skip=skip,
    )


def find_numbers(text: str) -> list[NumberMention]:
    """Every number written in `text`, in order; numbers that cannot be claims carry `skip`.

    >>> found = find_numbers("88.0% top-1 and 4.7x faster")
    >>> [(m.text, m.value, m.unit) for m in found if not m.skip]
    [('88.0%', 88.0, '%'), ('4.7x', 4.7, 'x')]
    >>> [(m.text, m.skip) for m in find_numbers("ResNet-50 on ImageNet-21K")]
    [('50', 'part of a name'), ('21K', 'part of a name')]
    >>> m = find_numbers("from 9.7x - 3,201x")[0]; (m.value, m.value_max, m.unit)
    (9.7, 3201.0, 'x')
    >>> [(m.text, m.unit, m.skip) for m in find_numbers("(x7 faster) for x4 super-resolution")]
    [('x7', 'x', None), ('4', '', 'part of a name')]
    """
    urls = [u.span() for u in _URL.finditer(text)] if ("://" in text or "www." in text) else []
    citations = [c.span() for c in _CITATION.finditer(text)] if "[" in text else []
    mentions: list[NumberMention] = []
    fractions = _fractions(text, urls) if "/" in text else {}
    position = 0
    while (match := NUMBER_PATTERN.search(text, position)) is not None:
        start = match.start()
        if start in fractions:
            mentions.append(fractions[start])
            position = fractions[start].end
            continue
        if start and text[start - 1] in "x×":
            factor = _FACTOR_FIRST.match(text, start - 1)
            if factor is not None:
                mentions.append(_factor_first(factor))
                position = factor.end()
                continue
        in_url = any(a <= start < b for a, b in urls)
        in_citation = any(a <= start < b for a, b in citations)
        parts = _parts(match)
        skip = _skip_reason(text, match, parts, in_url, in_citation)
        if parts.digits2 and (skip == "part of a name" or _not_a_range(text, match, parts)):
            # "F1 to 93.2", "from 240MB to 6.9MB": two numbers, not a range; take the first
            # alone and read on after the joiner.
            first = NUMBER_PATTERN.match(text, start, match.start(_JOINER_GROUP))
            if first is not None:
                first_parts = _parts(first)
                first_skip = _skip_reason(text, first, first_parts, in_url, in_citation)
                mentions.append(_mention_from_match(text, first, first_parts, first_skip))
            position = match.end(_JOINER_GROUP)
            continue
        mentions.append(_mention_from_match(text, match, parts, skip))
        position = match.end()
    # (no cheaper test first: `_word_numbers` looks for each cue once, which is all a test would)
    mentions.extend(_word_numbers(text, text.translate(ASCII_LOWER)))
    mentions.sort(key=lambda m: m.start)
    return mentions


# "only 1/6 of the memory", "<1/10th the energy", "1/1000 of the memory": a share, written as a
# fraction of small whole numbers; its value is the share (GUIDELINE: as for "15% of").
# Not "1M/2M/5M" or "3.6%/9.0%" (lists), "24/7", or a fraction inside a name or a path.
_FRACTION: Final = regex.compile(
    r"(?<![\w./-])([1-9])/([1-9][0-9]{0,4})(?:th)?(?![\w/%]|[.,][0-9])"
)


def _fractions(text: str, urls: list[tuple[int, int]]) -> dict[int, NumberMention]:
    found: dict[int, NumberMention] = {}
    for match in _FRACTION.finditer(text):
        numerator, denominator = int(match.group(1)), int(match.group(2))
        if numerator >= denominator or any(a <= match.start() < b for a, b in urls):
            continue
        found[match.start()] = NumberMention(
            start=match.start(),
            end=match.end(),
            text=match.group(),
            value=numerator / denominator,
        )
    return found


_SLASH_LIST_CHARS: Final = frozenset("0123456789.%/")


# "(x7 faster than the baseline)", "up to ×10 speedup": a factor written before its number. Only
# before a word of change: "×4 super-resolution" and "x2 upsampling" are settings.
_FACTOR_FIRST: Final = regex.compile(
    r"(?<![\w.])[x×]\s?([0-9]+(?:\.[0-9]+)?)(?=\s+(?:faster|slower|speed-?ups?|acceleration"
    r"|higher|lower|fewer|less|more|smaller|larger|reduction|improvement)\b)"
)


def _factor_first(match: regex.Match[str]) -> NumberMention:
    return NumberMention(
        start=match.start(),
        end=match.end(),
        text=match.group(),
        value=float(match.group(1)),
        unit="x",
    )


def _not_a_range(text: str, match: regex.Match[str], parts: _Parts) -> bool:
    """`A to B` is a range ("2 to 25 times", "3x to 4x"), but "from 240MB to 6.9MB" names two
    values: where a quantity went from and to."""
    if (parts.joiner or "").strip() != "to":
        return False
    unit1 = _normalise_unit(parts.unit1, parts.mult1)
    unit2 = _normalise_unit(parts.unit2, parts.mult2)
    if unit1 and unit2 and unit1 != unit2:
        return True  # "Llama2 70B to 32k": two quantities of different kinds
    start = match.start()
    lead = start
    while lead > max(0, start - 30) and text[lead - 1] in _SLASH_LIST_CHARS:
        lead -= 1  # "from 4.4%/8.9% to 3.1%/7.5%": "from" is before the whole slash list
    if not FROM_BEFORE.search(text, max(0, lead - 6), lead):
        return False
    verb = _VERB_BEFORE_FROM.search(text, max(0, start - 80), start)
    return verb is None or verb.group("stem").lower() not in _SPAN_VERBS


# "improves top-1 from 69.9% to 71.7%" names two values, before and after; "the family achieves
# top-1 accuracy from 78.2% to 81.8%" one range over its members. The verb nearest before
# "from" decides (searched backwards with a lazy gap, so the nearest verb is the one found).
_VERB_BEFORE_FROM: Final = ending(
    r"\b(?P<stem>achiev|obtain|reach|attain|rang|span|var[yi]|improv|boost|increas|reduc|rais"
    r"|decreas|drop|lift|cut|lower|shrink|compress|accelerat|speed|grow|extend|scal|push|bring"
    r"|jump|fall|declin|enhanc|go)\w*\b(?:[^.;:]|\.\d)*?$",
    regex.IGNORECASE,
)
_SPAN_VERBS: Final = frozenset(
    {"achiev", "obtain", "reach", "attain", "rang", "span", "vary", "vari"}
)


def _word_numbers(text: str, lowered: str) -> list[NumberMention]:
    """ "five times", "ten-fold", "fivefold", "twice", "seven seconds": `lowered` is `text` with
    ASCII letters lowered.

    >>> [(m.text, m.value, m.unit) for m in _word_numbers(*(2 * ("a fivefold cut in one hour",)))]
    [('fivefold', 5.0, 'x'), ('one hour', 1.0, 'hours')]
    >>> _word_numbers(*(2 * ("the second stage, a one-second clip, today, data of one hour",)))
    []
    """
    found: list[NumberMention] = []
    for cue in _WORD_CUES:
        at = lowered.find(cue)
        while at != -1:
            end = at + len(cue)
            if cue in _TIME_WORDS and lowered.startswith("s", end):
                end += 1  # "seconds", "days"
            before = max(0, at - _LONGEST_WORD)
            whole_word = not _WORD_CHAR.match(lowered, end) and not (
                at and _WORD_CHAR.match(lowered, at - 1)
            )
            if whole_word and cue in _FACTOR_WORDS:
                found.append(_word_mention(text, at, end, _FACTOR_WORDS[cue]))
            elif cue in _TIME_WORDS:
                window = max(0, at - _DURATION_WINDOW)
                word = _WORD_BEFORE_TIME.search(lowered, window, at) if whole_word else None
                if word is not None:
                    value, unit = _NUMBER_WORDS[word["word"]], _TIME_WORDS[lowered[at:end]]
                    found.append(_word_mention(text, word.start("word"), end, value, unit))
            elif not _WORD_CHAR.match(lowered, end):
                word = _WORD_BEFORE_CUE.search(lowered, before, at)
                if word is None and cue == "fold":
                    word = _WORD_GLUED_TO_FOLD.search(lowered, before, at)
                if word is not None:
                    start = word.start("word")
                    found.append(_word_mention(text, start, end, _NUMBER_WORDS[word["word"]]))
            at = lowered.find(cue, end)
    return found


def _word_mention(text: str, start: int, end: int, value: float, unit: str = "x") -> NumberMention:
    return NumberMention(
        start=start, end=end, text=text[start:end], value=float(value), unit=unit, is_word=True
    )
