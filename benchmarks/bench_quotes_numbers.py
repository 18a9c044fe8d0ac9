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
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpora  # noqa: E402

from warta.record import Article, Span  # noqa: E402
from warta.sources.datasets import indosum_records  # noqa: E402
from warta.stages.numbers import find_numbers  # noqa: E402
from warta.stages.quotes import find_quotes  # noqa: E402
from warta.stages.segment import split_sentences  # noqa: E402


def indosum(limit: int | None) -> list[Article]:
    out: list[Article] = []
    for d in indosum_records(corpora.INDOSUM, pattern="*.jsonl"):
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
    out: list[Article] = []
    for d in corpora.detik(limit):
        text = d.text or ""
        out.append(Article(id=d.external_id or d.origin, text=text, title=d.title,
                           sentences=tuple(split_sentences(text))))
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
    for warm in ("“Siap,” kata Budi.", "Ada 5 orang."):  # load lexicons before timing
        art = Article(id="w", text=warm, sentences=tuple(split_sentences(warm)))
        find_quotes(art), find_numbers(art)
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
