"""Best CPU ms per article of chosen stages of ONE checkout, on stored inputs.

Usage: OMP_NUM_THREADS=1 PYTHONPATH=CHECKOUT/src python benchmarks/bench_stage_runs.py
           [--stages entities,quotes] [--limit N] [--rounds R]
Runs IndoSum and Detik texts (N each, default 100) through the pipeline once to keep each
chosen stage's input records, then times each stage on them R times (default 5) and prints
the best. For a before/after, run it in separate processes for each checkout, alternating
(old, new, old, new, ...): old and new in one process (`bench_ab_stages.py`) gave identical
code 1.09-1.20x apart at load ~4 (quotes and numbers, 2026-12-02), the side loaded second
being faster.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ab_stages import stage_inputs  # noqa: E402
from corpora import detik_texts, indosum_texts  # noqa: E402

import warta.analysis as analysis  # noqa: E402
from warta.errors import WartaError  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stages", default="entities,numbers,quotes,events",
                    help="comma-separated stage names")
    ap.add_argument("--limit", type=int, default=100, help="articles per corpus (default 100)")
    ap.add_argument("--rounds", type=int, default=5, help="timed runs (default 5)")
    args = ap.parse_args()
    names = args.stages.split(",")
    by_name, inputs = stage_inputs(
        analysis, WartaError, [*indosum_texts(args.limit), *detik_texts(args.limit)], names)
    out = []
    for name in names:
        st, best = by_name[name], float("inf")
        for _ in range(args.rounds):
            c0 = time.process_time()
            for art in inputs[name]:
                st(art)
            best = min(best, time.process_time() - c0)
        out.append(f"{name} {1000 * best / max(1, len(inputs[name])):.3f}")
    print(Path(analysis.__file__).resolve().parents[2], " ".join(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
