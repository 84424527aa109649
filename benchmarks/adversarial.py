"""Adversarial text: `claims.extract` on runs of digits, punctuation and unit words.

    python benchmarks/adversarial.py [--size BYTES] [--check]

Each shape is text that invites a backtracking pattern to try every split: dotted and dashed
digit chains glued to units, nested exponents, endless thousands separators, `\\sim` and `~`
range soup, unit words repeated, brackets that never close. Every shape is extracted at 100 KB
and at 1 MB (the default `--size`); a linear extractor takes about 10x as long for 10x the text.
Goals (issue 2): each 1 MB text in under 10 s and at most 15x its 100 KB time. Prints figures;
`--check` also exits 1 when a goal is missed. Each extraction runs in a child process stopped
after `--limit` seconds, so a super-linear case is reported as such instead of hanging the run.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections.abc import Sequence
from typing import Final

from claims import extract

GOAL_SECONDS: Final = 10.0
GOAL_GROWTH: Final = 15.0
SMALL: Final = 100_000

# name -> the unit repeated to fill the text; each one is a shape that has tripped extractors.
SHAPES: Final[dict[str, str]] = {
    "dotted chains": "1.1.1.1-2-3x%%% 10^{10^{10}} times times ",
    "separators": "12,345,678,901,234,567,890 ",
    "sim soup": "1\\sim2\\sim3 sim4sim5 ~6~7~ \\sim\\sim 8 $\\sim$9 ",
    "units": "4.7x 4.7\u00d7 16times16 5.7M 1.3B 3,201x GPU days 2 to 25 times +/- ± % \\% ",
    "ranges": "20-30%-40-50x - 9.7x - 3,201x - 10X~20X~30X ",
    "no spaces": "1.2e-3e-4e5%x\u00d7M" * 3 + " ",
    "digits only": "0123456789" * 10 + " ",
    "brackets": "[1, 2, 3, 4, [5, [6 (7 (8 {9 {10 ^{11 ",
    "prose": "Our model achieves 88.0% top-1 accuracy on ImageNet, 4.7x faster than ResNet-50. ",
}


def _text(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _extract_timed(text: str, results: multiprocessing.SimpleQueue[tuple[float, int]]) -> None:
    start = time.perf_counter()
    claims = extract(text)
    results.put((time.perf_counter() - start, len(claims)))


def _seconds(text: str, limit: float) -> tuple[float, int] | None:
    """Seconds `extract(text)` takes and the claims it finds, or None past `limit` seconds."""
    context = multiprocessing.get_context("fork")  # the child inherits compiled patterns
    results: multiprocessing.SimpleQueue[tuple[float, int]] = context.SimpleQueue()
    child = context.Process(target=_extract_timed, args=(text, results))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.terminate()
        child.join()
        return None
    if child.exitcode != 0 or results.empty():
        raise RuntimeError(f"extract failed in the child process (exit code {child.exitcode})")
    return results.get()


def _show(seconds: float | None, limit: float) -> str:
    return f"{seconds:.3f}" if seconds is not None else f">{limit:.0f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters of the big text")
    parser.add_argument("--limit", type=float, default=30.0, help="seconds before giving up")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args(argv)

    extract("A warm-up sentence: 88.0% top-1 accuracy, 4.7x faster.")  # compiles lazy patterns
    print(f"{'shape':14} {'100 KB s':>9} {'1 MB s':>8} {'growth':>7} {'claims':>7}  goals")
    all_ok = True
    for name, unit in SHAPES.items():
        small_run = _seconds(_text(unit, SMALL), args.limit)
        big_run = _seconds(_text(unit, args.size), args.limit) if small_run else None
        small = small_run[0] if small_run else None
        big = big_run[0] if big_run else None
        found = f"{big_run[1]:,}" if big_run else "-"
        growth = f"{big / small:6.1f}x" if big is not None and small else "      -"
        ok = big is not None and big < GOAL_SECONDS and (not small or big / small <= GOAL_GROWTH)
        all_ok &= ok
        print(
            f"{name:14} {_show(small, args.limit):>9} {_show(big, args.limit):>8} {growth}"
            f" {found:>7}  {'met' if ok else 'MISSED'}",
            flush=True,
        )
    print(f"goals: 1 MB < {GOAL_SECONDS:.0f} s and <= {GOAL_GROWTH:.0f}x the 100 KB time")
    return 1 if args.check and not all_ok else 0


if __name__ == "__main__":
    sys.exit(main())
