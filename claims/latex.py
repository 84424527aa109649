"""arXiv LaTeX markup to plain text, with a map from every plain character back to its source.

arXiv abstracts keep their authors' markup: `with $3.2\\times$ fewer FLOPs and 81.5\\% top-1`.
The extractor reads the plain text (`with 3.2× fewer FLOPs and 81.5% top-1`) and reports claims
in the original's coordinates through `PlainText.span_in_original`, so a claim's `start`/`end`
still slice the abstract as stored.

Only markup that is recognised is changed; anything else (an unknown command, a bare brace, a `$`
that is a price) is copied as is, so text without markup comes back identical, and fast.

>>> plain = to_plain("with $3.2\\\\times$ fewer FLOPs and 81.5\\\\% top-1")
>>> plain.text
'with 3.2× fewer FLOPs and 81.5% top-1'
>>> start, end = plain.span_in_original(5, 9)
>>> plain.original[start:end]
'3.2\\\\times'
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Final

# Commands that stand for a character or short text, in text or math mode.
SYMBOLS: Final[dict[str, str]] = {
    "times": "×", "pm": "±", "mp": "∓", "approx": "≈", "sim": "~", "simeq": "≃",
    "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "ll": "≪", "gg": "≫",
    "lesssim": "≲", "gtrsim": "≳", "cdot": "·", "rightarrow": "→", "to": "→",
    "leftarrow": "←", "Rightarrow": "⇒", "uparrow": "↑", "downarrow": "↓", "infty": "∞",
    "degree": "°", "textdegree": "°", "percent": "%", "textasciitilde": "~",
    "textless": "<", "textgreater": ">", "lt": "<", "gt": ">", "textbar": "|",
    "ldots": "...", "dots": "...", "cdots": "...", "textendash": "-", "textemdash": "-",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "eta": "η", "theta": "θ", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "pi": "π",
    "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    "Delta": "Δ", "Sigma": "Σ", "Omega": "Ω", "ell": "ℓ",
    "log": "log", "exp": "exp", "max": "max", "min": "min",
}  # fmt: skip
# fmt: off
# Commands whose braced argument is kept and the command dropped: `\textbf{x}` -> `x`.
UNWRAP: Final = frozenset({
    "textbf", "textit", "emph", "texttt", "textsc", "textrm", "textsf", "textup", "textnormal",
    "underline", "mathbf", "mathrm", "mathit", "mathsf", "mathtt", "mathbb", "mathcal",
    "boldsymbol", "bm", "text", "mbox", "operatorname", "url"
})
# Commands removed with their argument: references mean nothing in an abstract.
REMOVE: Final = frozenset({
    "cite", "citep", "citet", "citealp", "citealt", "citeauthor", "citeyear", "ref", "eqref",
    "autoref", "cref", "Cref", "label", "footnote"
})
# Font switches used as `{\bf x}`; the switch and its group's braces are dropped.
SWITCHES: Final = frozenset({
    "bf", "it", "em", "sc", "tt", "rm", "sf", "sl", "bfseries", "itshape", "mdseries", "upshape",
    "scshape", "ttfamily", "rmfamily", "sffamily", "small", "large", "Large", "tiny",
    "footnotesize", "normalsize"
})
# fmt: on
# Commands dropped alone: sizing of delimiters and spacing.
DROP: Final = frozenset(
    {"left", "right", "big", "Big", "bigg", "Bigg", "quad", "qquad", "displaystyle"}
)
# Control symbols: `\%` -> `%`; spacing commands become a space or nothing.
CONTROL_SYMBOLS: Final[dict[str, str]] = {
    "%": "%", "&": "&", "_": "_", "#": "#", "$": "$", "{": "{", "}": "}",
    ",": " ", ";": " ", ":": " ", " ": " ", "\\": " ", "!": "", "-": "", "/": "",
}  # fmt: skip
# Accents: `\'e` or `\'{e}` -> `é` (the letter with a combining mark, composed).
ACCENTS: Final[dict[str, str]] = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303",
    "=": "\u0304", ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b",
}  # fmt: skip
# Operators around which math spacing is dropped: `$3 \times 10$` -> `3×10`.
_TIGHT: Final = frozenset("×±∓≈~≃≤≥≠≪≫≲≳·→←⇒<>")

_MARKUP = re.compile(r"[\\$~]|\d--")
# Substrings every markup match contains: `in` tests (C string search) rule most texts out.
_MARKUP_CUES: Final = ("\\", "$", "~", "--")
_TEXT_RUN = re.compile(r"(?:[^\\$~{}^\-]|-(?!-))+")
_MATH_RUN = re.compile(r"[^\\$~{}^\-\s]+")
_COMMAND = re.compile(r"[A-Za-z]+")
_CURRENCY = re.compile(r"\d[^$]*\s[A-Za-z]{2,}")
_MATH_SPAN: Final = 200


@dataclass(frozen=True)
class _OffsetMap:
    """Pieces of the plain text in order: where each starts in the plain text, the original span
    it came from, and whether it was copied (character for character) or written for markup."""

    plain_starts: list[int]
    original_starts: list[int]
    original_ends: list[int]
    copied: list[bool]

    def span_of_char(self, index: int) -> tuple[int, int]:
        piece = bisect_right(self.plain_starts, index) - 1
        if self.copied[piece]:
            at = self.original_starts[piece] + index - self.plain_starts[piece]
            return at, at + 1
        return self.original_starts[piece], self.original_ends[piece]


@dataclass(frozen=True)
class PlainText:
    """`text`, the plain form of `original`; each plain character knows its original span."""

    text: str
    original: str
    _map: _OffsetMap | None = field(default=None, repr=False)  # None: text is original

    def span_in_original(self, start: int, end: int) -> tuple[int, int]:
        """The smallest span of `original` that produced `text[start:end]`."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} is outside the text of {len(self.text)}")
        if self._map is None:
            return start, end
        if start == end:
            at = self._map.span_of_char(end - 1)[1] if end else 0
            return at, at
        return self._map.span_of_char(start)[0], self._map.span_of_char(end - 1)[1]


class _Builder:
    """The plain text under construction, piece by piece, with its offset map."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.map = _OffsetMap([], [], [], [])

    def _add(self, piece: str, start: int, end: int, copied: bool) -> None:
        self.pieces.append(piece)
        self.map.plain_starts.append(self.length)
        self.map.original_starts.append(start)
        self.map.original_ends.append(end)
        self.map.copied.append(copied)
        self.length += len(piece)

    def copy(self, start: int, end: int, text: str) -> None:
        self._add(text[start:end], start, end, True)

    def emit(self, piece: str, start: int, end: int) -> None:
        if piece:
            self._add(piece, start, end, False)

    def last_char(self) -> str:
        return self.pieces[-1][-1] if self.pieces else ""

    def trim_space(self, floor: int = 0) -> None:
        """Drop trailing whitespace, but none of the first `floor` characters."""
        while self.pieces and self.pieces[-1][-1:].isspace() and self.length > floor:
            last = self.pieces.pop()
            piece_start = self.map.plain_starts.pop()
            start = self.map.original_starts.pop()
            end = self.map.original_ends.pop()
            copied = self.map.copied.pop()
            self.length = piece_start
            keep = max(len(last.rstrip()), floor - piece_start)
            if keep:
                self._add(last[:keep], start, start + keep if copied else end, copied)
                return

    def result(self, original: str) -> PlainText:
        return PlainText("".join(self.pieces), original, self.map)


def to_plain(text: str) -> PlainText:
    """Normalise the LaTeX markup in `text`; see the module's documentation."""
    if not any(cue in text for cue in _MARKUP_CUES) or not _MARKUP.search(text):
        return PlainText(text, text)
    return _Converter(text).run()


def _matching_brace(text: str, open_at: int) -> int:
    """The index of the `}` closing the `{` at `open_at`, or -1."""
    depth = 0
    i = open_at
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _math_end(text: str, at: int) -> int:
    """If the `$` at `at` opens inline math, the index of its closing `$`, else -1.

    A `$` is a price when no `$` closes it nearby or what it encloses reads as words:
    `costs $20 per hour and $30 ...`."""
    i = at + 1
    limit = min(len(text), at + 1 + _MATH_SPAN)
    while i < limit:
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == "$":
            content = text[at + 1 : i]
            if not content or _CURRENCY.match(content):
                return -1
            return i
        i += 1
    return -1


class _Converter:
    def __init__(self, text: str) -> None:
        self.text = text
        self.out = _Builder()
        self.pos = 0
        self.math_end = -1  # index of the `$` closing the current inline math, or -1
        self.math_delimiter = 1  # `$` or `$$`
        self.math_start = 0  # plain characters before the current math: spacing trims stop there
        self.groups: list[bool] = []  # for each open `{`: drop its `}`?

    @property
    def in_math(self) -> bool:
        return self.math_end >= 0

    def run(self) -> PlainText:
        text, out = self.text, self.out
        while self.pos < len(text):
            if self.pos > self.math_end >= 0:
                self.math_end = -1  # a skipped argument ran past the closing `$`
            run = (_MATH_RUN if self.in_math else _TEXT_RUN).match(text, self.pos)
            if run:
                out.copy(self.pos, run.end(), text)
                self.pos = run.end()
                continue
            char = text[self.pos]
            if char == "\\":
                self.command()
            elif char == "$":
                self.dollar()
            elif char == "~":
                self.tilde()
            elif char == "{":
                self.open_brace()
            elif char == "}":
                self.close_brace()
            elif char == "-":
                self.dash()
            elif char.isspace():
                self.space()
            else:  # "^"
                self.caret()
        return out.result(text)

    def copy_one(self) -> None:
        self.out.copy(self.pos, self.pos + 1, self.text)
        self.pos += 1

    def space(self) -> None:
        # Math spacing next to an operator goes: `$3 \times 10$` reads `3×10`.
        if self.in_math and self.out.last_char() in _TIGHT:
            self.pos += 1
        else:
            self.copy_one()

    def dollar(self) -> None:
        text, at = self.text, self.pos
        if self.in_math:
            if at == self.math_end:
                self.pos += self.math_delimiter
                self.math_end = -1
            else:
                self.copy_one()
            return
        if text.startswith("$$", at):
            close = text.find("$$", at + 2, at + 2 + _MATH_SPAN)
            if close > at + 2:
                self.math_end, self.math_delimiter = close, 2
                self.math_start = self.out.length
                self.pos += 2
                return
        end = _math_end(text, at)
        if end < 0:
            self.copy_one()
            return
        self.math_end, self.math_delimiter = end, 1
        self.math_start = self.out.length
        self.pos += 1

    def tilde(self) -> None:
        # `~` is a tie (a space) in `codecs~(H.264)`, `Table~\ref{x}` and after a word
        # (`AIME~24`, `Mamba~2`), but writes an approximation or a range before a number
        # (`~310M`, `10~30%`, `10X~20X`, `0.8dB~2dB`): that one is kept.
        following = self.text[self.pos + 1 : self.pos + 2]
        if (following.isdigit() or following in {".", "+", "-"}) and not self.after_word():
            self.copy_one()
        else:
            self.out.emit(" ", self.pos, self.pos + 1)
            self.pos += 1

    def after_word(self) -> bool:
        """Whether a word of letters only ends right before the current position."""
        at = self.pos
        while at > 0 and self.text[at - 1].isalnum():
            at -= 1
        word = self.text[at : self.pos]
        return bool(word) and word.isalpha()

    def dash(self) -> None:
        # `10--20` is an en-dash range; prose `--` is left alone.
        text, at = self.text, self.pos
        if text.startswith("--", at) and at > 0 and text[at - 1].isdigit():
            end = at + 2 + text.startswith("-", at + 2)
            if text[end : end + 1].isdigit():
                self.out.emit("-", at, end)
                self.pos = end
                return
        self.copy_one()

    def caret(self) -> None:
        # `90^\circ` and `90^{\circ}` are degrees; other superscripts (`10^{19}`) stay readable.
        text, at = self.text, self.pos
        for written in ("^\\circ", "^{\\circ}"):
            if text.startswith(written, at):
                self.out.emit("°", at, at + len(written))
                self.pos = at + len(written)
                return
        if text.startswith("^{", at):
            close = _matching_brace(text, at + 1)
            if close > 0:
                # Converted as it goes, so `^{\prime}` and `^{-3}` read well; braces stay.
                self.out.copy(at, at + 2, text)
                self.groups.append(False)
                self.pos = at + 2
                return
        self.copy_one()

    def open_brace(self) -> None:
        text, at = self.text, self.pos
        switch = _COMMAND.match(text, at + 2) if text.startswith("{\\", at) else None
        if switch and switch.group() in SWITCHES:
            self.groups.append(True)
            self.pos = _skip_spaces(text, switch.end())
            return
        # In math, braces only group (`{\times}`); in text, a bare brace is the author's.
        self.groups.append(self.in_math)
        if self.in_math:
            self.pos += 1
        else:
            self.copy_one()

    def close_brace(self) -> None:
        drop = self.groups.pop() if self.groups else False
        if drop:
            self.pos += 1
        else:
            self.copy_one()

    def command(self) -> None:
        text, at = self.text, self.pos
        word = _COMMAND.match(text, at + 1)
        if word is None:
            self.control_symbol()
            return
        name, after = word.group(), word.end()
        if name in ACCENTS and self.accent(name, after):
            return
        if name in SYMBOLS:
            symbol = SYMBOLS[name]
            if self.in_math and symbol in _TIGHT:
                self.out.trim_space(self.math_start)
            self.out.emit(symbol, at, after)
            # TeX ends a control word at the next space and swallows it; in text mode the
            # space is kept, since `3.2\times faster` means "3.2× faster".
            self.pos = _skip_spaces(text, after) if self.in_math else after
        elif name in UNWRAP and text.startswith("{", after):
            self.groups.append(True)
            self.pos = after + 1
        elif name in REMOVE:
            self.remove_reference(after)
        elif name in SWITCHES or name in DROP:
            self.pos = _skip_spaces(text, after)
        elif name == "href" and text.startswith("{", after):
            url_end = _matching_brace(text, after)
            if url_end > 0 and text.startswith("{", url_end + 1):
                self.groups.append(True)
                self.pos = url_end + 2
            else:
                self.copy_unknown(after)
        else:
            self.copy_unknown(after)

    def copy_unknown(self, after: int) -> None:
        self.out.copy(self.pos, after, self.text)
        self.pos = after

    def control_symbol(self) -> None:
        text, at = self.text, self.pos
        symbol = text[at + 1 : at + 2]
        if symbol in ACCENTS and self.accent(symbol, at + 2):
            return
        if symbol == "," and text[at - 1 : at].isdigit() and text[at + 2 : at + 3].isdigit():
            # `5\,700`: a thin space between digit groups is a thousands separator.
            self.out.emit("", at, at + 2)
            self.pos = at + 2
        elif symbol in CONTROL_SYMBOLS:
            self.out.emit(CONTROL_SYMBOLS[symbol], at, at + 2)
            self.pos = at + 2
        elif symbol in {"(", "["} or symbol in {")", "]"}:
            # `\( x \)` and `\[ x \]` delimit math like `$`; no need to track it here.
            self.pos = at + 2
        else:
            self.copy_one()

    def accent(self, mark: str, after: int) -> bool:
        """`\\'e`, `\\'{e}`, `\\c{c}` -> the accented letter; False if no letter follows."""
        text = self.text
        if text.startswith("{", after) and text[after + 2 : after + 3] == "}":
            letter, end = text[after + 1 : after + 2], after + 3
        elif mark.isalpha():
            return False  # `\c x` without braces is too rare to guess
        else:
            letter, end = text[after : after + 1], after + 1
        if not letter.isalpha():
            return False
        composed = unicodedata.normalize("NFC", letter + ACCENTS[mark])
        self.out.emit(composed, self.pos, end)
        self.pos = end
        return True

    def remove_reference(self, after: int) -> None:
        text = self.text
        end = after
        if text.startswith("[", end):  # `\cite[p.~3]{key}`
            close = text.find("]", end)
            end = close + 1 if close > 0 else end
        if text.startswith("{", end):
            close = _matching_brace(text, end)
            if close > 0:
                # The space or tie before a removed citation goes with it: `results~\cite{x}.`
                self.out.trim_space()
                self.pos = close + 1
                return
        self.copy_unknown(after)


def _skip_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\n":
        at += 1
    return at


__all__ = ["PlainText", "to_plain"]
