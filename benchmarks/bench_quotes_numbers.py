"""Speed of the quotes and numbers stages (one process, one core), in articles per second.

Corpora (read from ../shared/data, or $WARTA_SHARED/data):
- IndoSum dev folds (`news/indosum/*.jsonl`, deduplicated by id): each sentence's tokens
  joined with spaces, sentences with a space, paragraphs with "\\n"; the given sentences
  become `Article.sentences`.
- Detik 1k (`news/detik-1k/data_berita.csv`): `isi_berita` as text, the title as title,
  sentences from warta's segment stage.
Preparation (reading, segmenting) is not timed; only `find_quotes` and `find_numbers` are.
Time is this process's CPU time (best of R passes), so the figure is per core and does
not move with the load other processes put on a shared machine.
Entities are empty (the entities stage is not part of this measurement).

Usage: python benchmarks/bench_quotes_numbers.py [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from warta.record import Article, Span
from warta.stages.numbers import find_numbers
from warta.stages.quotes import find_quotes
from warta.stages.segment import split_sentences

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared"))
NEWS = SHARED / "data" / "news"


def indosum(limit: int | None) -> list[Article]:
    seen: set[str] = set()
    out: list[Article] = []
    for path in sorted((NEWS / "indosum").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            d = json.loads(line)
            if d["id"] in seen:
                continue
            seen.add(d["id"])
            parts: list[str] = []
            sents: list[Span] = []
            off = 0
            for pi, para in enumerate(d["paragraphs"]):
                if pi:
                    parts.append("\n")
                    off += 1
                for si, sent in enumerate(para):
                    if si:
                        parts.append(" ")
                        off += 1
                    s = " ".join(sent)
                    sents.append(Span(start=off, end=off + len(s)))
                    parts.append(s)
                    off += len(s)
            out.append(Article(id=d["id"], text="".join(parts), sentences=tuple(sents)))
            if limit and len(out) >= limit:
                return out
    return out


def detik(limit: int | None) -> list[Article]:
    csv.field_size_limit(sys.maxsize)
    out: list[Article] = []
    with (NEWS / "detik-1k" / "data_berita.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = row["isi_berita"].strip()
            out.append(Article(id=row["id"], text=text, title=row["judul"],
                               sentences=tuple(split_sentences(text))))
            if limit and len(out) >= limit:
                break
    return out


def bench(articles: list[Article], fn: Callable[[Article], Any], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for a in articles:
            fn(a)
        best = min(best, time.process_time() - t0)
    return len(articles) / best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3, help="best of R passes")
    args = ap.parse_args()
    find_quotes(Article(id="w", text="“Siap,” kata Budi."))  # load lexicons before timing
    find_numbers(Article(id="w", text="Ada 5 orang."))
    for name, load in (("IndoSum", indosum), ("Detik-1k", detik)):
        arts = load(args.limit)
        chars = sum(len(a.text) for a in arts)
        q = bench(arts, find_quotes, args.repeat)
        n = bench(arts, find_numbers, args.repeat)
        both = bench(arts, lambda a: (find_quotes(a), find_numbers(a)), args.repeat)
        nq = sum(len(find_quotes(a)) for a in arts)
        nn = sum(len(find_numbers(a)) for a in arts)
        print(f"{name}: {len(arts)} articles, {chars / len(arts):.0f} chars/article; "
              f"quotes {q:.0f} art/s ({nq} quotes), numbers {n:.0f} art/s ({nn} counts), "
              f"both {both:.0f} art/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
