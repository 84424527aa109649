"""Fuzz every reader for minutes: random and mutated inputs must give papers or an InputError.

    python benchmarks/fuzz_readers.py --minutes 5 [--seed 1] [--save]

Each round takes a valid sample of a format (the same seeds as tests/test_fuzz_readers.py),
mutates it (byte flips, meaningful tokens inserted, spans deleted, duplicated or cut, gzip) or
draws random bytes or random JSON, writes it to a file and reads it with the format named and
with detection. Any exception other than `InputError`, or a paper that cannot be written as
UTF-8 JSON, is a finding: printed, and with --save kept in tests/data/fuzz-regressions/, which
the test suite replays. Prints rounds per format and findings at the end.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import logging
import os
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.errors import InputError  # noqa: E402 - after the path is set
from claims.sources import FORMATS, read_papers  # noqa: E402

DATA = ROOT / "tests" / "data"
REGRESSIONS = DATA / "fuzz-regressions"
TOKENS = [
    b"\n", b"\r\n", b"\n\n", b"\x00", b"\xff", b"\xe9", b"\xef\xbb\xbf", b"\x1f\x8b", b'"', b"\\",
    b"\\u", b"\\ud800", b"{", b"}", b"[", b"]", b",", b":", b"null", b"1e999", b"-", b"9" * 5000,
    b"<", b">", b"</entry>", b"<entry>", b"<!DOCTYPE x>", b"&amp;", b"&#0;", b"&#x110000;", b"]]>",
    b"<![CDATA[", b"<?xml", b'"paper": {', b'"versions": [', b"\t", b" ", b"\\%", b"$", b"[" * 3000,
    b'{"a":' * 2000, b"\xf0\x9f", b"\xed\xa0\x80", b"\r", b"\x0b", b"\x85", b"\xe2\x80\xa8",
    b'"abstract": 1', b'"title": []', b'"authors": "x"',
]  # fmt: skip


def seeds() -> dict[str, bytes]:
    corpus = ROOT / "data"
    sources = DATA / "sources"
    return {
        "trending": b"\n\n".join((corpus / "trending-papers.txt").read_bytes().split(b"\n\n")[:11]),
        "jsonl": b"".join((corpus / "gold" / "papers.jsonl").read_bytes().splitlines(True)[:3]),
        "csv": b'id,title,abstract\np1,"A, B","Reach 75.2% top-1\nwith 1.1M params."\np2,T,3.1x.\n',
        "hf-daily": (sources / "hf-daily.json").read_bytes(),
        "arxiv-atom": (sources / "arxiv-atom.xml").read_bytes(),
        "arxiv-snapshot": (sources / "arxiv-snapshot.jsonl").read_bytes(),
        "pwc": (sources / "papers-with-abstracts.json").read_bytes(),
    }


def mutate(rng: random.Random, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(rng.randint(1, 8)):
        at = rng.randint(0, len(data))
        choice = rng.randint(0, 5)
        if choice == 0:
            data[at:at] = rng.choice(TOKENS)
        elif choice == 1:
            del data[at : at + rng.randint(1, 64)]
        elif choice == 2 and at < len(data):
            data[at] = rng.randint(0, 255)
        elif choice == 3:
            del data[at:]
        elif choice == 4:
            data[at:at] = data[at : at + rng.randint(1, 400)] * rng.randint(1, 3)
        else:
            data[at:at] = bytes(rng.randint(0, 255) for _ in range(rng.randint(1, 16)))
    return bytes(data)


def random_json(rng: random.Random, depth: int = 0) -> object:
    kind = rng.randint(0, 7 if depth < 4 else 4)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False, 0, -1, 1e308, 2**70, 3.5])
    if kind in (2, 3, 4):
        size = rng.randint(0, 12)
        return "".join(
            chr(rng.choice([rng.randint(32, 126), rng.randint(0, 0x10FFFF)])) for _ in range(size)
        )
    if kind == 5:
        return [random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    keys = [
        *("id", "title", "abstract", "summary", "paper", "authors", "categories", "versions"),
        *("arxiv_id", "paper_url", "date", "publishedAt", "update_date", "authors_parsed"),
    ]
    return {rng.choice(keys): random_json(rng, depth + 1) for _ in range(rng.randint(0, 6))}


def surrogate_free(text: str) -> str:
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def random_json_input(rng: random.Random, fmt: str) -> bytes:
    def dump(value: object) -> bytes:
        return surrogate_free(json.dumps(value)).encode()

    if fmt in ("hf-daily", "pwc"):
        return dump([random_json(rng) for _ in range(rng.randint(0, 5))])
    return b"\n".join(dump(random_json(rng)) for _ in range(rng.randint(1, 5)))


def sample(rng: random.Random, fmt: str, seed: bytes) -> bytes:
    roll = rng.random()
    if roll < 0.1:
        data = bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 400)))
    elif roll < 0.25 and fmt in ("jsonl", "arxiv-snapshot", "hf-daily", "pwc"):
        data = random_json_input(rng, fmt)
    else:
        data = mutate(rng, seed)
    return gzip.compress(data) if rng.random() < 0.15 else data


def check(path: str, fmt: str | None) -> None:
    try:
        papers = list(read_papers(path, fmt))
    except InputError:
        return
    for paper in papers:
        paper.model_dump_json().encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=2.0)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--save", action="store_true", help="keep findings as regressions")
    arguments = parser.parse_args()
    logging.getLogger("claims.sources").setLevel(logging.ERROR)
    rng = random.Random(arguments.seed)
    samples = seeds()
    rounds: Counter[str] = Counter()
    findings: dict[str, tuple[str, bytes]] = {}
    deadline = time.monotonic() + arguments.minutes * 60
    handle, path = tempfile.mkstemp(prefix="fuzz-")
    os.close(handle)
    try:
        while time.monotonic() < deadline:
            fmt = rng.choice(FORMATS)
            data = sample(rng, fmt, samples[fmt])
            Path(path).write_bytes(data)
            for chosen in (fmt, None):
                try:
                    check(path, chosen)
                except Exception as error:  # any exception but InputError is a finding
                    where = traceback.extract_tb(error.__traceback__)[-1]
                    key = f"{type(error).__name__} at {Path(where.filename).name}:{where.lineno}"
                    if key not in findings:
                        findings[key] = (chosen or "auto", data)
                        print(f"finding: {key} ({chosen or 'auto'}): {error!r}"[:300])
            rounds[fmt] += 1
    finally:
        os.unlink(path)
    total = sum(rounds.values())
    rate = total / (arguments.minutes * 60)
    print(
        f"seed {arguments.seed}: {total:,} inputs in {arguments.minutes:g} min ({rate:,.0f}/s), "
        "each read twice (format named, then detected)"
    )
    for fmt in FORMATS:
        print(f"  {fmt:15} {rounds[fmt]:>8,}")
    print(f"findings: {len(findings)}")
    for key, (fmt, data) in findings.items():
        print(f"  {key} ({fmt}, {len(data)} bytes)")
        if arguments.save:
            digest = hashlib.sha1(data).hexdigest()[:10]
            name = f"{fmt}--{key.split()[0].lower()}-{digest}.bin"
            (REGRESSIONS / name).write_bytes(data)
            print(f"    saved {REGRESSIONS / name}")


if __name__ == "__main__":
    main()
