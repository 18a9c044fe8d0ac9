"""Articles per CPU-second of the default pipeline and each stage's share, from process CPU
time rather than wall time, so that other load on a shared machine counts less.

Usage: OMP_NUM_THREADS=1 python benchmarks/bench_stages_cpu.py [--limit N]
Runs IndoSum dev and Detik texts (N each, default 300) through every default stage after a
warm-up article; prints articles/s (CPU and wall) per corpus and the per-stage CPU seconds.
Uses only `new_article` and the stages, so it runs against older checkouts too (for an
interleaved before/after: PYTHONPATH=<checkout>/src).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import detik_texts, indosum_texts  # noqa: E402

from warta.analysis import default_pipeline, new_article  # noqa: E402
from warta.errors import WartaError  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=300, help="articles per corpus")
    args = ap.parse_args()
    stages = default_pipeline().stages
    cpu: dict[str, float] = defaultdict(float)

    def run(text: str) -> None:
        art = new_article(text)
        for st in stages:
            c0 = time.process_time()
            try:
                art = st(art)
            finally:
                cpu[st.name] += time.process_time() - c0

    c0 = time.process_time()
    run(next(indosum_texts(1)))
    print(f"start-up (first article, models loading): {time.process_time() - c0:.2f} CPU s")
    cpu.clear()
    total = 0.0
    for name, texts in (("indosum", list(indosum_texts(args.limit))),
                        ("detik", list(detik_texts(args.limit)))):
        c0, w0 = time.process_time(), time.perf_counter()
        for text in texts:
            with contextlib.suppress(WartaError):  # rejects still count their time
                run(text)
        c, w = time.process_time() - c0, time.perf_counter() - w0
        total += c
        print(f"{name:8s} {len(texts):4d} articles  {len(texts) / c:6.1f} articles/CPU-s  "
              f"{len(texts) / w:6.1f} articles/s wall")
    stage_sum = sum(cpu.values())
    print("per stage (CPU s):", {k: round(v, 2) for k, v in cpu.items()})
    print(f"entities share {cpu['entities'] / stage_sum:.1%} of the stages' CPU time "
          f"({stage_sum:.1f} s; whole loop {total:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
