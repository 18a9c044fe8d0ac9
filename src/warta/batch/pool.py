"""A local process pool for `warta analyze --workers N` and `warta ingest --workers N`.

Each worker process loads the models once (an initializer runs the pipeline on a short
paragraph); inputs travel to workers in chunks and results come back in input order, with
at most a few chunks per worker in flight, so a corpus of any size streams in bounded
memory. Workers are started with `spawn`: a clean interpreter, no threads or open stores
inherited from the parent.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from itertools import islice
from multiprocessing import get_context
from typing import TypeVar

from ..errors import ConfigError, WartaError
from ..record import Article
from ..sources.raw import RawDoc, Rejected

T = TypeVar("T")
R = TypeVar("R")

WORKERS_ENV = "WARTA_WORKERS"


def cores() -> int:
    """The cores this process may use (its CPU affinity where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def default_workers() -> int:
    """$WARTA_WORKERS when set, else every core."""
    raw = os.environ.get(WORKERS_ENV, "").strip()
    if not raw:
        return cores()
    return check_workers(raw, f"${WORKERS_ENV}")


def check_workers(value: int | str, name: str = "--workers") -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise ConfigError(f"{name} takes a positive number of processes, e.g. {name}=2 "
                          f"(this machine has {cores()} cores); got '{value}'")
    return n


def warm_worker() -> None:
    """Pool initializer: load every model once in this worker, quietly."""
    from ..loading import load_default_pipeline

    with contextlib.redirect_stdout(io.StringIO()):
        load_default_pipeline()


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def map_ordered(fn: Callable[[T], R], items: Iterable[T], *, workers: int,
                chunksize: int = 4, ahead: int = 3,
                initializer: Callable[[], None] | None = warm_worker) -> Iterator[R]:
    """`fn` over `items` in `workers` processes, results in input order. `fn` and the items
    must pickle (a top-level function or a `functools.partial` of one). At most
    `workers * ahead` chunks are in flight, so the input is read as results are used. An
    exception raised by `fn` (a bug: `fn` turns bad inputs into data) is raised here."""
    it = iter(items)
    pending: deque[Future[list[R]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                             initializer=initializer) as pool:
        try:
            while True:
                while len(pending) < workers * ahead:
                    chunk = list(islice(it, chunksize))
                    if not chunk:
                        break
                    pending.append(pool.submit(_run_chunk, fn, chunk))
                if not pending:
                    return
                yield from pending.popleft().result()
        finally:  # stopped early (error, Ctrl-C, consumer gone): drop queued work
            for fut in pending:
                fut.cancel()


Analysed = tuple[RawDoc, Article]


def outcome(doc: RawDoc | Rejected, *, source: str | None = None) -> Analysed | Rejected:
    """One document analysed (in a worker): the pair, or its reject (data, not an error)."""
    from ..store.ingest import analyze_item

    if isinstance(doc, Rejected):
        return doc
    try:
        return doc, analyze_item(doc, source=source)
    except WartaError as err:
        return Rejected.of(doc.origin, err)


def analyse_docs(docs: Iterable[RawDoc | Rejected], *, workers: int,
                 source: str | None = None, chunksize: int = 4
                 ) -> Iterator[Analysed | Rejected]:
    """Documents analysed in a pool, in input order (what `store.ingest.ingest` takes)."""
    return map_ordered(partial(outcome, source=source), docs, workers=workers,
                       chunksize=chunksize)
