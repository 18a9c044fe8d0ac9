"""Articles per second of the issue-3 stages together (timex, numbers, quotes, events).

Articles are first cleaned, segmented and run through the entities stage (not timed),
so quotes and events see real entities; then the four stages run in order on one core.
Usage: python benchmarks/bench_facts.py [--limit N] [--rounds R]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import detik_texts, indosum_texts  # noqa: E402

from warta.pipeline import Pipeline  # noqa: E402
from warta.record import Article, make_id  # noqa: E402
from warta.stages.clean import CleanStage  # noqa: E402
from warta.stages.entities import EntityStage  # noqa: E402
from warta.stages.events import EventStage  # noqa: E402
from warta.stages.numbers import NumberStage  # noqa: E402
from warta.stages.quotes import QuoteStage  # noqa: E402
from warta.stages.segment import SegmentStage  # noqa: E402
from warta.stages.timex import TimexStage  # noqa: E402

PUBLISHED = "2024-11-18T10:00:00"


def prepare(texts: list[str]) -> list[Article]:
    from datetime import datetime

    pre = Pipeline([CleanStage(), SegmentStage(), EntityStage()])
    pub = datetime.fromisoformat(PUBLISHED)
    return [pre.run(Article(id=make_id(t), text=t, published=pub)) for t in texts]


def run(name: str, arts: list[Article], rounds: int) -> None:
    four = [TimexStage(), NumberStage(), QuoteStage(), EventStage()]
    rates = []
    counts = {"times": 0, "numbers": 0, "quotes": 0, "events": 0}
    for r in range(rounds):
        t0 = time.perf_counter()
        for a in arts:
            for st in four:
                a = st(a)
            if r == 0:
                for k in counts:
                    counts[k] += len(getattr(a, k))
        rates.append(len(arts) / (time.perf_counter() - t0))
    print(f"{name:8s} {len(arts):5d} articles  median {statistics.median(rates):7.1f} "
          f"articles/s  (best {max(rates):.1f}; rounds {rounds})  found {counts}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=1000, help="articles per corpus")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    print("timex + numbers + quotes + events, one core, entities precomputed")
    run("indosum", prepare(list(indosum_texts(args.limit))), args.rounds)
    run("detik", prepare(list(detik_texts(args.limit))), args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
