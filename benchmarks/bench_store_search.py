"""Search latency at scale: p50/p95 for common and rare terms, with and without filters.

Builds (or reuses) a store of --size articles by replicating the shared corpora (IndoSum dev
+ Detik 1k, ~4,400 unique texts) with varied ids, dates (spread over two years) and sources.
Analysis is skipped to keep the build short; entity and quote layers are cheap stand-ins
(capitalised word pairs as PERSON entities, the first as the speaker of one quote) so the
entity, speaker and kind filters and the facets have realistic work to do.
Usage: python benchmarks/bench_store_search.py [--size 100000] [--dir PATH] [--db URL]
         [--runs 40]
Prints figures; asserts nothing. Target: p95 <= 50 ms at 1,000,000 articles with filters.
A 1M store takes about 30 minutes to build on one core and 11 GB of disk; it is reused.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import detik_texts, indosum_texts  # noqa: E402

from warta.record import Article, Entity, Quote, Span, make_id  # noqa: E402
from warta.store import SearchQuery, SQLStore, open_store  # noqa: E402

NAME = re.compile(r"\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b")
SOURCES = ["kompas.com", "detik.com", "tempo.co", "antaranews.com", "cnnindonesia.com",
           "suara.com", "liputan6.com", "okezone.com"]
START = datetime(2024, 1, 1, 8, 0)


def synthetic(text: str, i: int) -> Article:
    text = f"{text}\n(salinan {i})"  # every replica is a distinct article
    ents: dict[str, Entity] = {}
    for m in NAME.finditer(text):
        name = m.group(0)
        slug = "per:" + name.lower().replace(" ", "-")
        if slug in ents:
            e = ents[slug]
            ents[slug] = Entity(id=e.id, kind=e.kind, name=e.name, country=e.country,
                                mentions=(*e.mentions, Span(start=m.start(), end=m.end())))
        elif len(ents) < 8:
            ents[slug] = Entity(id=slug, kind="PERSON", name=name, country="ID",
                                mentions=(Span(start=m.start(), end=m.end()),))
    first = next(iter(ents.values()), None)
    cut = text.find(".") + 1 or len(text)
    quotes = (Quote(content=Span(start=0, end=cut), kind="indirect", speaker=first.id),) \
        if first else ()
    published = START + timedelta(days=(i * 7919) % 730, minutes=i % 600)
    return Article(id=make_id(text, None), text=text, source=SOURCES[i % len(SOURCES)],
                   title=text[:80].split("\n")[0], published=published, lang="id",
                   entities=tuple(ents.values()), quotes=quotes)


def corpus() -> list[str]:
    return [t for t in [*indosum_texts(), *detik_texts()] if t.strip()]


def articles(size: int) -> Iterator[Article]:
    texts = corpus()
    for i in range(size):
        yield synthetic(texts[i % len(texts)], i)


def build(store: SQLStore, size: int, batch: int = 1000) -> float:
    t0 = time.perf_counter()
    buf: list[Article] = []
    for n, a in enumerate(articles(size), 1):
        buf.append(a)
        if len(buf) >= batch:
            store.put_many(buf)
            buf.clear()
            if n % 10_000 == 0:
                print(f"  built {n} articles ({n / (time.perf_counter() - t0):.0f}/s)",
                      flush=True)
    if buf:
        store.put_many(buf)
    store.flush()
    return time.perf_counter() - t0


def timed(store: SQLStore, q: SearchQuery, runs: int) -> tuple[float, float, int]:
    store.search(q)  # warm
    times = []
    total = 0
    for _ in range(runs):
        t0 = time.perf_counter()
        total = store.search(q).total
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    return statistics.median(times), p95, total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--dir", default=None, help="store folder (default /tmp/warta-bench-SIZE; "
                    "reused when it holds --size articles)")
    ap.add_argument("--db", default=None, help="postgresql://... instead of a folder")
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--fresh", action="store_true", help="rebuild even if the store exists")
    args = ap.parse_args()
    target = args.db or args.dir or f"/tmp/warta-bench-{args.size}"
    if args.fresh and not args.db and Path(target).exists():
        shutil.rmtree(target)
    store = open_store(target)
    have = store.count()
    if have != args.size:
        if have:
            print(f"store {target} holds {have} articles, not {args.size}: use --fresh")
            return 2
        print(f"building {args.size} articles in {store.location} ...", flush=True)
        secs = build(store, args.size)
        print(f"built in {secs:.1f} s ({args.size / secs:.0f} articles/s, analysis skipped)")
    size_mb = sum(f.stat().st_size for f in Path(target).rglob("*") if f.is_file()) / 1e6 \
        if not args.db else float("nan")
    print(f"store {store.location}: {store.count()} articles, {size_mb:.0f} MB on disk")
    common_entity = store.list_entities(limit=1)[1][0]
    since, until = date(2024, 6, 1), date(2024, 8, 31)
    queries = [
        ("common: presiden", SearchQuery(text="presiden")),
        ("common: indonesia", SearchQuery(text="indonesia")),
        ("common 2 words: harga beras", SearchQuery(text="harga beras")),
        ("phrase: \"korea utara\"", SearchQuery(text='"korea utara"')),
        ("rare: snowden", SearchQuery(text="snowden")),
        ("rare: marquez", SearchQuery(text="marquez")),
        ("common + source + dates", SearchQuery(text="presiden", source="kompas.com",
                                                since=since, until=until)),
        (f"common + entity {common_entity.key}", SearchQuery(text="presiden",
                                                               entity=common_entity.key)),
        (f"speaker {common_entity.name} + dates", SearchQuery(speaker=common_entity.name,
                                                              since=since, until=until)),
        ("no text, kind PERSON, newest", SearchQuery(kind="PERSON")),
        # Indonesian affixes (index version 3: "banjir" also finds "kebanjiran") and prefixes.
        ("affixes: banjir", SearchQuery(text="banjir")),
        ("affixes: mengatakan", SearchQuery(text="mengatakan")),
        ("prefix: banj*", SearchQuery(text="banj*")),
    ]
    if "sort" in SearchQuery.__slots__:  # type: ignore[attr-defined]  # absent before sort=
        queries.append(("common, newest first", SearchQuery(text="presiden",
                                                             **{"sort": "date"})))  # type: ignore[arg-type]
    print(f"{'query':48s} {'hits':>7s} {'p50 ms':>8s} {'p95 ms':>8s}   (facets on / off)")
    for label, q in queries:
        p50, p95, total = timed(store, q, args.runs)
        nf50, nf95, _ = timed(store, SearchQuery(**{**_fields(q), "facets": False}), args.runs)
        print(f"{label[:48]:48s} {total:7d} {p50:8.1f} {p95:8.1f}   / {nf50:6.1f} {nf95:6.1f}")
    store.close()
    return 0


def _fields(q: SearchQuery) -> dict[str, object]:
    return {k: getattr(q, k) for k in q.__slots__}  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
