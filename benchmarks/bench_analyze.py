"""Articles per second and peak memory of `warta.analyze` in one process on one core.

Corpora: IndoSum dev articles and Detik 1k (text), anpandu pages (HTML, repeated).
Usage: python benchmarks/bench_analyze.py [--limit N] [--html-rounds R] [--spacy]
Prints wall-clock and CPU-time (articles/s/core) figures; asserts nothing
(speed belongs here, not in tests). `--spacy` also runs spaCy's blank Indonesian pipeline
with a sentencizer (tokens and sentences only) over the same texts in the same process and
prints warta's CPU time as a multiple of spaCy's, corpus by corpus:
    OMP_NUM_THREADS=1 python benchmarks/bench_analyze.py --limit 200 --html-rounds 0 --spacy
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import SHARED, detik_texts, indosum_texts  # noqa: E402

import warta  # noqa: E402
from warta.analysis import default_pipeline  # noqa: E402
from warta.errors import WartaError  # noqa: E402
from warta.pipeline import Pipeline  # noqa: E402
from warta.stages import default_stages  # noqa: E402


def run(name: str, texts: list[str], pipe: Pipeline) -> float:
    """Analyse `texts` once; print the rates and return the CPU seconds."""
    rejected = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for t in texts:
        try:
            warta.analyze(t, pipeline=pipe)
        except WartaError:
            rejected += 1
    secs = time.perf_counter() - t0
    # Per CPU-second of this process: a loaded shared machine disturbs it far less.
    cpu = max(time.process_time() - c0, 1e-9)
    chars = sum(len(t) for t in texts)
    print(f"{name:10s} {len(texts):5d} articles  {len(texts) / secs:8.1f} articles/s  "
          f"{len(texts) / cpu:8.1f} articles/s/core (CPU)  "
          f"{chars / secs / 1e6:5.2f} MB/s  rejected {rejected}")
    return cpu


def spacy_ratio(name: str, texts: list[str], warta_cpu: float) -> None:
    """spaCy's blank Indonesian tokenizer plus sentencizer over the same texts (its
    build and a warm-up text not counted), and warta's CPU time as a multiple of it."""
    import spacy

    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    nlp(texts[0] if texts else "")  # warm-up
    c0 = time.process_time()
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts))
    cpu = max(time.process_time() - c0, 1e-9)
    print(f"{name:10s} spaCy blank('id') + sentencizer: {len(texts) / cpu:8.1f} articles/s/core "
          f"(CPU), {sentences} sentences; warta takes {warta_cpu / cpu:.1f}x its CPU time")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=None, help="articles per corpus (default all)")
    ap.add_argument("--html-rounds", type=int, default=2, help="passes over the anpandu pages")
    ap.add_argument("--stages", type=int, default=None, metavar="N",
                    help="run only the first N default stages (3: clean, langid, segment)")
    ap.add_argument("--spacy", action="store_true",
                    help="also time spaCy's blank Indonesian tokenizer + sentencizer on "
                         "the same texts and print warta's CPU time as a multiple of it")
    args = ap.parse_args()
    pipe = Pipeline(default_stages()[: args.stages]) if args.stages else default_pipeline()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    print(f"warta {warta.__version__}, stages {pipe.names}, one core")
    # Warm-up loads spaCy and the models (seconds, once per process); not counted.
    t0 = time.perf_counter()
    warta.analyze(next(indosum_texts(1)), pipeline=pipe)
    print(f"start-up (models loaded on first article): {time.perf_counter() - t0:.2f} s")
    for st in pipe.stats.values():
        st.calls, st.seconds = 0, 0.0
    for name, texts in (("indosum", list(indosum_texts(args.limit))),
                        ("detik", list(detik_texts(args.limit)))):
        cpu = run(name, texts, pipe)
        if args.spacy:
            spacy_ratio(name, texts, cpu)
    anpandu = SHARED / "data" / "html" / "anpandu"
    cases = json.loads((anpandu / "expected_extractions.json").read_text("utf-8"))
    pages = [(anpandu / c["fixture"]).read_text("utf-8", errors="replace") for c in cases]
    run("html", pages * args.html_rounds, pipe)
    print("per stage (s):", {k: round(v.seconds, 2) for k, v in pipe.stats.items()})
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
