"""Memory in long runs: resident set size while analysing many distinct articles.

spaCy keeps every word form it has seen, so a process that analyses without end (`warta
serve`, a long ingest) would grow with every new name and number; `warta.text.tokens`
rebuilds its tokenizer past `MAX_LEXEMES`. The shared corpora hold about 4,700 articles, so
this makes each article distinct: IndoSum texts in turn, each with its numbers replaced by
fresh ones and a few made-up names added (new word forms, as news brings every day).
Prints RSS, spaCy lexemes and speed every tenth of the run.
Usage: OMP_NUM_THREADS=1 python benchmarks/bench_memory.py [--limit N] [--stages N]
  --stages 3 runs clean, langid, segment (the tokenizer), fast enough for 100k articles.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import indosum  # noqa: E402

from warta.analysis import analyze_doc, default_pipeline  # noqa: E402
from warta.errors import Reject  # noqa: E402
from warta.pipeline import Pipeline  # noqa: E402
from warta.stages import default_stages  # noqa: E402
from warta.text import tokens  # noqa: E402

NUMBER = re.compile(r"\d+")
SYLLABLES = ["ka", "ri", "mu", "to", "wan", "sa", "di", "ra", "ni", "yo", "bu", "ha"]


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=100_000, help="articles (default 100000)")
    ap.add_argument("--stages", type=int, default=None, metavar="N",
                    help="run only the first N default stages (default: all)")
    ap.add_argument("--names", type=int, default=5, help="made-up names per article")
    ap.add_argument("--max-lexemes", type=int, default=None,
                    help="override the tokenizer's bound (a huge number: unbounded, as before)")
    args = ap.parse_args()
    if args.max_lexemes is not None:
        tokens.MAX_LEXEMES = args.max_lexemes
    pipe = Pipeline(default_stages()[: args.stages]) if args.stages else default_pipeline()
    rng = random.Random(13)
    docs = list(indosum())
    print(f"stages {pipe.names}, {len(docs)} IndoSum articles in turn, "
          f"tokenizer rebuilt past {tokens.MAX_LEXEMES} lexemes")
    print(f"start: RSS {rss_mb():.0f} MB")
    t0 = time.perf_counter()
    step = max(1, args.limit // 10)
    rejected = 0
    for i, doc in enumerate(itertools.islice(itertools.cycle(docs), args.limit), 1):
        names = " ".join("".join(rng.choices(SYLLABLES, k=3)).title()
                         for _ in range(args.names))
        text = NUMBER.sub(lambda _: str(rng.randrange(10**6)), doc.text or "")
        try:
            analyze_doc(replace(doc, text=f"{text}\nKata {names}."), pipeline=pipe)
        except Reject:
            rejected += 1
        if i % step == 0:
            wall = time.perf_counter() - t0
            print(f"{i:7d} articles  RSS {rss_mb():6.0f} MB  lexemes "
                  f"{len(tokens._nlp()[0].vocab):7d}  {i / wall:6.1f} art/s  rejected {rejected}",
                  flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
