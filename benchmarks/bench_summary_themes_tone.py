"""Speed of the summary, themes and tone stages together, on one core.

Input: IndoSum dev folds 1-5 (dedup by id) and Detik-1k, cleaned and segmented before
timing (clean and segment are other stages). Prints articles/s for the three stages
run in sequence on each article, and per stage. Floor for the default: 200 articles/s.
Run: `OMP_NUM_THREADS=1 python benchmarks/bench_summary_themes_tone.py [--limit N]`.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Sequence

from warta.pipeline import Stage
from warta.record import Article
from warta.stages.clean import CleanStage
from warta.stages.segment import SegmentStage
from warta.stages.summary import SummaryStage
from warta.stages.themes import ThemeStage
from warta.stages.tone import ToneStage
from warta.train.summary import load_indosum, raw_text
from warta.train.themes import load_detik


def articles(limit: int) -> list[Article]:
    raw = [Article(id=d["id"], text=raw_text(d)) for d in load_indosum()]
    raw += [Article(id=f"detik-{r['id']}", text=r["isi_berita"], title=r["judul"])
            for r in load_detik()]
    if limit:
        raw = raw[:limit]
    clean, seg = CleanStage(), SegmentStage()
    return [seg(clean(a)) for a in raw]


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    arts = articles(args.limit)
    stages: list[Stage] = [SummaryStage(), ThemeStage(), ToneStage()]
    t0 = time.perf_counter()
    for s in stages:  # load models once (lazy), not timed with the run
        s(arts[0])
    print(f"model loading: {time.perf_counter() - t0:.2f} s")
    per_stage = {s.name: 0.0 for s in stages}
    t_all = time.perf_counter()
    for a in arts:
        for s in stages:
            t = time.perf_counter()
            a = s(a)
            per_stage[s.name] += time.perf_counter() - t
    total = time.perf_counter() - t_all
    n = len(arts)
    words = sum(len(a.text.split()) for a in arts) / n
    print(f"{n} articles (IndoSum + Detik, mean {words:.0f} words), one core")
    print(f"summary+themes+tone: {n / total:.1f} articles/s ({1000 * total / n:.2f} ms/article)")
    for name, sec in per_stage.items():
        print(f"  {name:8s} {n / sec:8.1f} articles/s ({1000 * sec / n:.2f} ms/article)")


if __name__ == "__main__":
    main()
