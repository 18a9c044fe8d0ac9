"""Articles per second of `find_events` (the events stage's function) on one core.

Corpora: IndoSum dev articles and Detik 1k (see corpora.py). Articles are cleaned and split
into sentences before the clock starts; `Article.entities` and `Article.times` are EMPTY
(the entity and timex stages are not run), so roles come from country words only and the
figure leaves out the cost of real entity mentions (a few bisects a sentence).
Usage: python benchmarks/bench_events.py [--limit N] [--rounds R] [--show K]
Prints figures and the event codes found; asserts nothing (speed belongs here, not in tests).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import detik_texts, indosum_texts  # noqa: E402

from warta.record import Article  # noqa: E402
from warta.stages.clean import clean_text  # noqa: E402
from warta.stages.events import find_events, lexicon  # noqa: E402
from warta.stages.segment import split_sentences  # noqa: E402


def prepare(texts: list[str]) -> list[Article]:
    out = []
    for n, raw in enumerate(texts):
        text = clean_text(raw).text
        out.append(Article(id=str(n), text=text, sentences=tuple(split_sentences(text))))
    return out


def run(name: str, arts: list[Article], rounds: int, show: int) -> None:
    rates = []
    codes: Counter[str] = Counter()
    for r in range(rounds):
        t0 = time.perf_counter()
        found = [find_events(a) for a in arts]
        rates.append(len(arts) / (time.perf_counter() - t0))
        if r == 0:
            codes.update(e.code for evs in found for e in evs)
            shown = 0
            for a, evs in zip(arts, found, strict=True):
                for e in evs:
                    if shown >= show or e.trigger is None or e.evidence is None:
                        break
                    print(f"  {e.code:9s} {e.actors} -> {e.targets} [{e.mode}] "
                          f"{a.text[e.trigger.start:e.trigger.end]!r}: "
                          f"{a.text[e.evidence.start:e.evidence.end][:110]!r}")
                    shown += 1
    sents = sum(len(a.sentences) for a in arts)
    print(f"{name:8s} {len(arts):5d} articles {sents:6d} sentences  "
          f"median {statistics.median(rates):8.1f} articles/s (best {max(rates):.1f}, "
          f"{rounds} rounds)  events {sum(codes.values())}")
    print(f"         codes: {dict(codes.most_common())}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="articles per corpus (default all)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--show", type=int, default=0, help="print the first K events per corpus")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    lexicon()  # load the lexicon before the clock starts
    print("find_events, one core, entities and times empty (country words only)")
    run("indosum", prepare(list(indosum_texts(args.limit))), args.rounds, args.show)
    run("detik", prepare(list(detik_texts(args.limit))), args.rounds, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
