"""Runners: one process, the `--workers` pool and the Dask path (`warta batch`), at 1 and 2
workers, over the same IndoSum articles read through the source layer.

For each runner it prints the wall time including start-up (spawning workers, loading the
models in each) and the steady rate (articles/s once workers are warm: for the pool, over
the last half of its results; for Dask, after the warm-up plugin ran). The Dask path's per-article
overhead is its steady time per article minus the pool's at the same worker count
(partitioning, task shipping, Parquet writing); the Parquet writing part is also timed
on its own in one process, which a loaded machine disturbs less. Speed-up is against one
process.
Usage: OMP_NUM_THREADS=1 python benchmarks/bench_runners.py [--limit N] [--workers 1,2]
Prints figures; asserts nothing. On a shared machine, read the load average it prints.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import INDOSUM  # noqa: E402

from warta.batch.cluster import connect, run_batch  # noqa: E402
from warta.batch.output import write_partition  # noqa: E402
from warta.batch.pool import cores, map_ordered, outcome  # noqa: E402
from warta.loading import load_default_pipeline  # noqa: E402
from warta.sources.registry import expand, read  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=300, help="articles (default 300)")
    ap.add_argument("--workers", default="1,2", help="worker counts (default 1,2)")
    ap.add_argument("--chunk", type=int, default=4, help="pool chunk size (default 4)")
    ap.add_argument("--partition", type=int, default=50, help="Dask partition (default 50)")
    args = ap.parse_args()
    counts = [int(w) for w in args.workers.split(",")]
    inputs = expand([str(INDOSUM / "dev.01.jsonl")], corpora=True, urls=False)

    def docs() -> list[object]:
        return list(itertools.islice(read(inputs), args.limit))

    n = len(docs())
    print(f"{n} IndoSum articles, {cores()} cores, load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")

    t0 = time.perf_counter()
    load_default_pipeline()
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    results = [outcome(d) for d in docs()]  # type: ignore[arg-type]
    one = time.perf_counter() - t0
    print(f"one process      load {load_s:5.1f} s  steady {n / one:6.1f} art/s")
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        for i in range(0, n, args.partition):
            write_partition(Path(tmp), i, results[i:i + args.partition])
        write = time.perf_counter() - t0
    print(f"writing partitions (JSON record + Parquet), one process: "
          f"{1000 * write / n:.2f} ms/article ({100 * write / one:.1f}% of analysis)")

    pool_steady: dict[int, float] = {}
    for w in counts:
        t0 = time.perf_counter()
        half = 0.0
        for i, _ in enumerate(map_ordered(outcome, docs(), workers=w, chunksize=args.chunk)):
            if i == n // 2:
                half = time.perf_counter()
        end = time.perf_counter()
        rate = (n - n // 2 - 1) / (end - half)
        pool_steady[w] = rate
        print(f"pool  {w} workers  wall {end - t0:5.1f} s  steady {rate:6.1f} art/s  "
              f"speed-up {rate * one / n:4.2f}x")

    for w in counts:
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            with connect(None, w) as client:
                s = run_batch(inputs, Path(tmp) / "out", client=client, size=args.partition,
                              limit=args.limit)
                if client.cluster is not None:
                    client.cluster.close()
            wall = time.perf_counter() - t0
        rate = n / s.seconds
        over = 1000 * (1 / rate - 1 / pool_steady[w]) * w if w in pool_steady else float("nan")
        print(f"dask  {w} workers  wall {wall:5.1f} s  steady {rate:6.1f} art/s  "
              f"speed-up {rate * one / n:4.2f}x  overhead vs pool {over:+.1f} ms/article "
              f"of worker time ({s.records} records, {s.rejects} rejects, "
              f"{s.partitions} partitions)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
