"""Before/after CPU time of single stages, in ONE process, old and new alternating.

Usage: OMP_NUM_THREADS=1 python benchmarks/bench_ab_stages.py --old OLD/src
           [--stages coref,numbers] [--limit N] [--rounds R]
Loads OLD/src/warta beside this checkout's `warta` (as `bench_ab.py` does), runs IndoSum
and Detik texts (N each, default 100) through each pipeline once to keep every chosen
stage's input records, then times each chosen stage (default: every one but entities) on
its stored inputs R times (default 10), old and new alternating which goes first, and
prints the best CPU ms per article of each side and the ratio. A stage's run on stored
inputs leaves out the other stages' noise, which on a shared machine moves a whole
pipeline's figure by more than a small stage's change.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ab import load_old  # noqa: E402
from corpora import detik_texts, indosum_texts  # noqa: E402

import warta.analysis as new_analysis  # noqa: E402
from warta.errors import WartaError  # noqa: E402


def stage_inputs(analysis: Any, error: type[Exception], texts: list[str],
                 names: list[str]) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    """The pipeline's stages by name, and the records each chosen stage was given."""
    stages = analysis.default_pipeline().stages
    inputs: dict[str, list[Any]] = {n: [] for n in names}
    for text in texts:
        art = analysis.new_article(text)
        try:
            for st in stages:
                if st.name in inputs:
                    inputs[st.name].append(art)
                art = st(art)
        except error:
            pass
    return {s.name: s for s in stages}, inputs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", type=Path, required=True, help="the older checkout's src folder")
    ap.add_argument("--stages", default="clean,langid,segment,coref,timex,numbers,quotes,"
                    "themes,events,summary,tone", help="comma-separated stage names")
    ap.add_argument("--limit", type=int, default=100, help="articles per corpus (default 100)")
    ap.add_argument("--rounds", type=int, default=10, help="timed runs a side (default 10)")
    args = ap.parse_args()
    names = args.stages.split(",")
    texts = [*indosum_texts(args.limit), *detik_texts(args.limit)]
    with tempfile.TemporaryDirectory() as tmp:
        old_analysis, old_error = load_old(args.old, Path(tmp))
        old = stage_inputs(old_analysis, old_error, texts, names)
        new = stage_inputs(new_analysis, WartaError, texts, names)
        total = [0.0, 0.0]
        for name in names:
            best = [float("inf"), float("inf")]
            for r in range(args.rounds):
                for side in ((0, 1) if r % 2 == 0 else (1, 0)):
                    stages, inputs = (old, new)[side]
                    st = stages[name]
                    c0 = time.process_time()
                    for art in inputs[name]:
                        st(art)
                    best[side] = min(best[side], time.process_time() - c0)
            ms = [1000 * b / max(1, len(side[1][name])) for b, side in zip(best, (old, new),
                                                                             strict=True)]
            total = [t + m for t, m in zip(total, ms, strict=True)]
            print(f"{name:8s} old {ms[0]:.3f}  new {ms[1]:.3f} CPU ms/article "
                  f"({ms[0] / ms[1]:.3f}x)", flush=True)
        print(f"{'sum':8s} old {total[0]:.3f}  new {total[1]:.3f} ({total[0] / total[1]:.3f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
