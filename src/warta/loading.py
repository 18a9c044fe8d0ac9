"""Say what a slow first load is doing, so a cold start is not a silent pause.

Models and spaCy's tokenizer load lazily on first use (so stages pickle and start cheaply).
A command that is about to analyse calls `warm_up()` once: it runs the pipeline on a short
built-in paragraph, which loads everything, and prints one line on stderr only if that
takes longer than `after` seconds. The cyclic garbage collector pauses while that loads
(see `_gc_paused`).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import TextIO

# Short, but touches every lazy load: tokenizer, POS/NER, quotes, numbers, dates, events,
# summary, themes and tone.
_WARM_TEXT = (
    "Presiden Joko Widodo meninjau banjir di Semarang pada Senin (3/2/2025).\n"
    "\u201cKami mengirim lebih dari 1.000 personel,\u201d ujar Jokowi kepada wartawan."
)
MESSAGE = "warta: loading the tokenizer and models (once per process)..."


def announce_if_slow(work: Callable[[], object], *, message: str = MESSAGE,
                     after: float = 1.0, quiet: bool = False,
                     stream: TextIO | None = None) -> float:
    """Run `work()`; if it is still running after `after` seconds, print `message` once on
    `stream` (stderr) unless `quiet`. Returns the seconds it took."""
    out = stream or sys.stderr
    timer = threading.Timer(after, lambda: print(message, file=out, flush=True))
    timer.daemon = True
    if not quiet:
        timer.start()
    t0 = time.perf_counter()
    try:
        work()
    finally:
        timer.cancel()
    return time.perf_counter() - t0


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while the models load, and what they loaded frozen.

    Loading makes a million or so objects that live as long as the process (spaCy, the
    gazetteer, name lists, clusters, CRF attributes). Python's collector, triggered by
    allocations, walks them again and again while they are made, then in every later full
    collection and once more at exit: about a fifth of a cold `warta analyze`'s CPU time.
    `gc.freeze()` (the standard library's way to set long-lived objects aside) keeps later
    collections off them; they are still freed by reference counting, and the few cycles
    among them (the tokenizer's class) stay for the process's life, as they would anyway.
    Left as it was when the caller had collection turned off or paused it already.
    Paused by a zero threshold, not `gc.disable()`: spaCy's msgpack reader (srsly) calls
    `gc.disable()` then `gc.enable()` around each load, which turned collection back on
    halfway through the warm-up (a tenth of a cold `warta analyze`'s CPU time).
    """
    saved = gc.get_threshold()
    if not gc.isenabled() or saved[0] == 0:
        yield
        return
    gc.set_threshold(0, *saved[1:])
    try:
        yield
    finally:
        gc.freeze()
        gc.set_threshold(*saved)


def load_default_pipeline() -> None:
    """Run the default pipeline once on a short paragraph, loading every lazy model."""
    from .analysis import analyze
    from .errors import Reject

    with _gc_paused(), contextlib.suppress(Reject):  # a rejected warm-up still loaded
        analyze(_WARM_TEXT, published="2025-02-04")


def preload(*names: str) -> None:
    """Import modules `names` now, with the collector paused as for the models (their
    objects live as long as the process too). A failed import is left to the next
    `import`, which tries again and raises."""
    with _gc_paused():
        for name in names:
            with contextlib.suppress(ImportError):
                importlib.import_module(name)


def import_in_background(*names: str) -> threading.Thread:
    """`preload(*names)` in a daemon thread, for a process that is about to wait (on
    worker processes) before it needs the modules."""
    thread = threading.Thread(target=preload, args=names, name="preload", daemon=True)
    thread.start()
    return thread


def warm_up(*, quiet: bool = False, after: float = 1.0, stream: TextIO | None = None) -> float:
    """Load the default pipeline's models now, saying so if it takes over `after` s."""
    return announce_if_slow(load_default_pipeline, after=after, quiet=quiet, stream=stream)
