"""Compiling the extractor's patterns for speed without changing what they match.

A rule asking what follows a position passes an end as well: `pattern.match(text, pos, end)`.
Without it, `regex` first looks for the pattern's required literal ("tokens", ")") through the
whole rest of the text, so one question about 1 MB costs half a millisecond, and asking it for
every number made `benchmarks/adversarial.py` super-linear (4.1 s for 1 MB of digits, 32x the
100 KB time; 0.8 s and 10x with the end given).
"""

from __future__ import annotations

import regex


def ending(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    r"""A pattern that only matches at the end of the text searched (every branch ends in `$`),
    compiled to search backwards.

    The rules ask many questions of the form "do the words just before this number say X?":
    `pattern.search(text, lo, number.start)` with a pattern ending in `$`. Searched forwards,
    the engine tries the whole pattern at every position of the window and fails at all but
    the last; searched backwards (`regex.REVERSE`), it starts where every match must end, and
    a failing `$` ends each other attempt at once: 3-6x faster on 30-60 character windows.
    Whether it matches is the same. Where the pattern can match the end in more than one way
    ("our proposed " by `our\s+(?:\w+\s+)?$`) the backward match may start later, so rely
    on its span only where the match is unique.

    >>> bool(ending(r"\bby\s+$").search("improves accuracy by "))
    True
    """
    return regex.compile(pattern, flags | regex.REVERSE)


# Small patterns that more than one module asks, defined once so that they cannot drift apart.

# "from 69.9% to 71.7%": the word before the value a change starts from.
FROM_BEFORE = ending(r"\bfrom\s+$", regex.IGNORECASE)
# "from 69.9% to 71.7%", "17.9% -> 12.1%": what stands between the values a change starts and
# ends at.
# ("from 9%-36% to within 5%", "to below 2%")
TO_BETWEEN = regex.compile(
    r"\s+to\s+(?:(?:within|under|below|about|around|nearly|roughly|only|just)\s+)?|\s*(?:->|→)\s*"
)
# "by 2% and 1.9% respectively": a list that pairs with another list in order.
RESPECTIVELY = regex.compile(r"\brespectively\b", regex.IGNORECASE)
# "Llama 3.1 70B", "on PaLM 540B": a model's size written right after its name.
SIZE_NEXT = regex.compile(r"\s\d+(?:\.\d+)?[BMK]\b")
# An accelerator's model name, as a regex fragment: "A100", "H800", "V100", "RTX 4090", "GTX1080".
GPU_MODEL = r"(?:[AHVLTP]\d{2,4}|RTX\s?\d*|GTX\s?\d*)"
# "PPI (0.99)", "86.7% (4.6% absolute improvement)": what lies between a word and the value
# bracketed right after it.
OPEN_BRACKET = regex.compile(r"\s*\(\s*")
# Lower-cases ASCII letters only, so that offsets into the result are offsets into the original
# ("İ".lower() is two characters).
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# "of our 'normal' tasks", "of the issues": the items of a benchmark a share of which is solved
OF_ITEMS = regex.compile(
    r"\s+of\s+(?:the\s+|our\s+|all\s+|its\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?P<noun>tasks|issues|problems|questions|instances|puzzles|episodes|competitions|comparisons"
    r"|cases)\b",
    regex.IGNORECASE,
)
