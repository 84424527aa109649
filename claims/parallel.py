"""Extraction in worker processes, streamed: papers in, prepared rows out, in input order.

The parent reads the input and writes the store; `workers` processes extract. Papers go to the
workers in chunks, and at most `2 * workers` chunks are in flight at once, so memory stays flat
however long the input is: the reader is pulled only as fast as the workers extract.

>>> from claims.sources import read_papers
>>> prepared = prepare_papers(read_papers("data/gold/papers.jsonl"), workers=2)
>>> next(prepared).id
'nerv-an-enhanced-implicit-neural-video-representation'
>>> prepared.close()  # stops the workers
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from multiprocessing.connection import Connection, wait
from typing import Final, TypeVar

from claims.errors import ClaimsError
from claims.model import Paper
from claims.store.ingest import Extractor, PreparedPaper, prepare

CHUNK_SIZE: Final = 200
"""Papers a worker takes at once: large enough that pickling overhead is small, small enough that
Ctrl-C waits only for a fraction of a second of work."""
IN_FLIGHT_PER_WORKER: Final = 2
"""Chunks queued per worker: one running, one ready, so no worker waits for the parent."""

T = TypeVar("T")


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def prepare_papers(
    papers: Iterable[Paper],
    workers: int = 1,
    extract: Extractor | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Generator[PreparedPaper, None, None]:
    """Each paper prepared for the store (`claims.store.ingest.prepare`), in input order.

    `workers` > 1 extracts in that many processes; the result is the same as with one. `extract`
    defaults to `claims.extract_paper`; another one must be picklable (a module-level function).
    Closing the iterator early stops the workers after their current chunk.
    """
    if workers < 1:
        raise ClaimsError(f"--workers must be at least 1, not {workers}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    if workers == 1:
        chosen = extract if extract is not None else _default_extractor()
        for paper in papers:
            yield prepare(paper, chosen)
        return
    context = _context()
    # Workers watch the read end of this pipe: only this process holds the write end, so when it
    # dies, however it dies, they see the end of the pipe and exit rather than wait for work.
    lifeline, held = context.Pipe(duplex=False)
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(lifeline,)
    )
    try:
        pending: deque[Future[list[PreparedPaper]]] = deque()
        for chunk in chunked(papers, chunk_size):
            pending.append(pool.submit(_prepare_chunk, chunk, extract))
            if len(pending) >= IN_FLIGHT_PER_WORKER * workers:
                yield from _result(pending.popleft())
        while pending:
            yield from _result(pending.popleft())
    finally:
        # On an error or an early close, queued chunks are dropped and running ones finish: a
        # worker ignores SIGINT (see `_start_worker`), so it cannot be interrupted half-way.
        pool.shutdown(wait=True, cancel_futures=True)
        lifeline.close()
        held.close()


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of `size` consecutive items (the last may be shorter), pulled lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _result(future: Future[list[PreparedPaper]]) -> list[PreparedPaper]:
    try:
        return future.result()
    except BrokenProcessPool as error:
        raise ClaimsError(
            "an extraction worker process died (out of memory, or killed?)"
        ) from error


def _prepare_chunk(papers: list[Paper], extract: Extractor | None) -> list[PreparedPaper]:
    chosen = extract if extract is not None else _default_extractor()
    return [prepare(paper, chosen) for paper in papers]


def _default_extractor() -> Extractor:
    # Imported here so that importing this module does not compile the rules.
    from claims.extract import extract_paper

    return extract_paper


def _context() -> multiprocessing.context.BaseContext:
    # Workers are forked from a server process that has loaded the rules once: they start fast,
    # as with fork, without forking this process, which holds an open SQLite connection.
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["claims.extract"])
        return context
    return multiprocessing.get_context("spawn")


def _start_worker(lifeline: Connection) -> None:
    # Ctrl-C in a terminal signals the whole process group; only the parent handles it (it stops
    # the ingest and says so), so workers ignore it and are shut down by the parent.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # If the parent is killed outright (SIGKILL, out of memory) nobody shuts the pool down, and a
    # worker (a child of the forkserver, not of the parent) would wait for work forever.
    threading.Thread(target=_exit_with_parent, args=(lifeline,), daemon=True).start()


def _exit_with_parent(lifeline: Connection) -> None:
    wait([lifeline])  # returns when the parent's end closes: nothing is ever sent
    os._exit(1)
