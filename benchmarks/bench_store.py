"""Ingest throughput: articles/s for analyse + store, and the share storing adds.

Reads Detik 1k (CSV) and IndoSum dev (JSONL) from ../shared/data through the same corpus
readers as `warta ingest`, analyses each article with the default pipeline and stores it in
a fresh embedded store (SQLite + tantivy) or in PostgreSQL (--db postgresql://...).
Usage: python benchmarks/bench_store.py [--limit N] [--db URL] [--batch N]
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import NEWS  # noqa: E402

import warta  # noqa: E402
from warta.sources.registry import expand, read  # noqa: E402
from warta.store import open_store  # noqa: E402
from warta.store.ingest import ingest  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=300, help="articles per corpus (default 300)")
    ap.add_argument("--db", help="store (default: a fresh temporary folder)")
    ap.add_argument("--batch", type=int, default=25, help="articles per transaction")
    args = ap.parse_args()
    warta.analyze("Pemanasan: pemerintah mengatakan bahwa harga beras turun.")  # load models
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "store")
        store = open_store(db)
        print(f"warta {warta.__version__}, store {store.location}, batch {args.batch}")
        for name, path in [("detik", NEWS / "detik-1k" / "data_berita.csv"),
                           ("indosum", NEWS / "indosum" / "dev.01.jsonl")]:
            inputs = expand([str(path)], corpora=True, urls=False)
            items = itertools.islice(read(inputs), args.limit)
            t0 = time.perf_counter()
            s = ingest(items, store, batch=args.batch)
            wall = time.perf_counter() - t0
            n = s.seen
            print(f"{name:8s} {n:5d} inputs  {n / wall:7.1f} articles/s end to end  "
                  f"analyse {s.analyse_s:6.2f} s  store {s.store_s:5.2f} s "
                  f"(+{100 * s.store_s / max(s.analyse_s, 1e-9):.1f}% over analysis, "
                  f"{1000 * s.store_s / max(1, s.stored + s.updated + s.duplicate):.2f} ms "
                  f"per article)  stored {s.stored} updated {s.updated} duplicates {s.duplicate} "
                  f"rejected {sum(s.rejected.values())}")
            t0 = time.perf_counter()
            again = ingest(itertools.islice(read(inputs), args.limit), store, batch=args.batch)
            print(f"{'':8s} re-ingest: {again.duplicate} duplicates, {again.stored} stored, "
                  f"{again.updated} updated (same URL, other title/date: last wins), "
                  f"store {1000 * again.store_s / max(1, again.duplicate):.2f} ms per article")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
