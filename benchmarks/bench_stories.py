"""Story assignment: per-article cost against store size, and its share of ingest time.

  python benchmarks/bench_stories.py lookup --sizes 10000,100000
        # a store whose story tables hold N articles (vectors and lookup keys of real
        # Detik/IndoSum articles, each reused under new ids and spread over N/1400 days,
        # about the daily volume of a national news crawl; bulk-inserted, no analysis), then
        # the per-article cost of assigning 300 real Detik articles dated inside that span
        # (features + df read/update + candidate lookup + scoring + writes)
  python benchmarks/bench_stories.py ingest --limit 100
        # analyse + store Detik articles; share of the time spent placing them in stories

Prints figures; asserts nothing. SQLite in a temporary folder unless --db postgresql://...
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import NEWS  # noqa: E402

from warta.corpus import stories, story_store  # noqa: E402
from warta.record import Article, make_id  # noqa: E402
from warta.sources.corpus import read_corpus  # noqa: E402
from warta.sources.datasets import indosum_docs  # noqa: E402
from warta.sources.raw import RawDoc  # noqa: E402
from warta.store import SQLStore, open_store  # noqa: E402

DETIK = NEWS / "detik-1k" / "data_berita.csv"
PER_DAY = 1400


def detik_docs() -> list[RawDoc]:
    return [d for d in read_corpus(DETIK) if isinstance(d, RawDoc) and d.text]


def fill(store: SQLStore, n: int, seed: int = 1) -> int:
    """N synthetic originals in the story tables; returns the first day number used."""
    base = [(d.title, d.text) for d in detik_docs()]
    base += [(d.title, d.text or "") for d in indosum_docs(NEWS / "indosum", limit=2000)]
    vecs: list[tuple[str, list[int]]] = []  # (vector JSON, lookup keys) per real article
    df: Counter[int] = Counter()
    for title, text in base:
        counts = stories.term_counts(title, text)
        v = stories.vector(counts, {}, 0)
        vecs.append((json.dumps(v, ensure_ascii=False),
                     [stories.key_of(t) for t in stories.lookup_terms(v)]))
        df.update(stories.key_of(t) for t in counts)
    for table in ("story_keys", "story_articles", "story_df", "stories"):
        store._x(f"DELETE FROM {table}")  # a server database is reused from size to size
    rng = random.Random(seed)
    start = 739_000
    days = max(1, n // PER_DAY)
    scale = n / len(base)
    store._many("INSERT INTO story_df (key, n) VALUES (?, ?)",
                [(k, max(1, int(c * scale))) for k, c in df.items()] + [(0, n)])
    # Bulk load without the lookup indexes, then build them once (as a restore would):
    # inserting 12 random keys an article into a live B-tree is what makes a fill slow.
    store._x("DROP INDEX IF EXISTS story_keys_key_day")
    store._x("DROP INDEX IF EXISTS story_keys_article")
    batch = 20_000
    for lo in range(0, n, batch):
        arts, keys = [], []
        for i in range(lo, min(n, lo + batch)):
            v, look = vecs[i % len(vecs)]
            day = start + rng.randrange(days)
            aid = f"syn{i}"
            arts.append((aid, f"st-syn{i}", day, v))
            keys += [(k, day, aid) for k in look]
        with store._tx():
            store._many("INSERT INTO story_articles (article_id, story_id, day, vector) "
                        "VALUES (?, ?, ?, ?)", arts)
            store._many("INSERT INTO story_keys (key, day, article_id) VALUES (?, ?, ?)", keys)
    store._x("CREATE INDEX story_keys_key_day ON story_keys (key, day)")
    store._x("CREATE INDEX story_keys_article ON story_keys (article_id)")
    return start


def lookup(args: argparse.Namespace) -> None:
    docs = detik_docs()[:300]
    for n in [int(x) for x in args.sizes.split(",")]:
        folder = tempfile.mkdtemp(prefix="warta-bench-stories-")
        store = open_store(args.db or folder)
        t0 = time.perf_counter()
        start = fill(store, n)
        filled = time.perf_counter() - t0
        days = max(1, n // PER_DAY)
        index = story_store.SQLIndex(store)
        t0 = time.perf_counter()
        with store._tx():
            for i, d in enumerate(docs):
                stories.assign(index, f"new{i}", d.title, d.text or "", start + (i % days))
        per = (time.perf_counter() - t0) / len(docs) * 1000
        print(f"{n:>9} articles ({days} days, fill {filled:.0f} s): "
              f"{per:.2f} ms per article assigned")
        store.close()


def ingest(args: argparse.Namespace) -> None:
    from warta.analysis import analyze_doc

    docs = detik_docs()[:args.limit]
    arts = []
    t0 = time.perf_counter()
    for d in docs:
        a = analyze_doc(d)
        if isinstance(a, Article):
            arts.append((a, d.external_id))
    analysis = time.perf_counter() - t0
    spent = [0.0]
    real = story_store.assign

    def timed(*a: object, **k: object) -> str:
        t = time.perf_counter()
        try:
            return real(*a, **k)  # type: ignore[arg-type]
        finally:
            spent[0] += time.perf_counter() - t

    story_store.assign = timed  # type: ignore[assignment]
    store = open_store(args.db or tempfile.mkdtemp(prefix="warta-bench-stories-"))
    t0 = time.perf_counter()
    for i in range(0, len(arts), 25):
        chunk = arts[i:i + 25]
        store.put_many([a for a, _ in chunk], [e for _, e in chunk])
    store.flush()
    storing = time.perf_counter() - t0
    store.close()
    total = analysis + storing
    n = len(arts)
    print(f"{n} articles: analysis {analysis / n * 1000:.1f} ms, storing "
          f"{storing / n * 1000:.1f} ms, of which stories {spent[0] / n * 1000:.2f} ms "
          f"per article = {spent[0] / total * 100:.1f}% of ingest")
    _ = make_id


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    p = sub.add_parser("lookup")
    p.add_argument("--sizes", default="10000,100000")
    p.add_argument("--db")
    p = sub.add_parser("ingest")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--db")
    args = ap.parse_args()
    (lookup if args.what == "lookup" else ingest)(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
