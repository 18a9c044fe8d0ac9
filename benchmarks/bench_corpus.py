"""Corpus steps: ingest overhead of duplicate grouping, candidate lookup cost against store
size, and Parquet export throughput. Analysis is skipped where it is not the point.

  python benchmarks/bench_corpus.py share --limit 200 --pg
        # the share of ingest time taken by ALL corpus steps together (duplicate grouping +
        # entity registry + stories), on SQLite and on PostgreSQL (--pg: a throwaway
        # server, started and stopped here; or --db postgresql://...). Detik articles are
        # analysed once (--records caches them), then stored as `warta ingest` stores them
        # (batches of 25); each step is timed around its call in the store, in CPU time
        # (the calling thread + the PostgreSQL backend: the shared machine's load does not
        # stretch it) and wall time; --db: a server where it may create bench_share_N
  python benchmarks/bench_corpus.py ingest --limit 60     # analyse + store Detik articles;
                                                          # share of time in duplicate grouping
  python benchmarks/bench_corpus.py lookup --sizes 10000,100000
        # a store of N articles (random signatures, 32 band rows each, bulk-inserted), then
        # per-article cost of grouping 300 real Detik texts (signature + lookup + write)
  python benchmarks/bench_corpus.py export --size 200000  # Parquet export of N articles
        # (Detik/IndoSum texts, bulk-inserted rows), articles/s

Prints figures; asserts nothing. SQLite in a temporary folder unless --db postgresql://...
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import NEWS  # noqa: E402

from warta.corpus import dedup, groups  # noqa: E402
from warta.corpus.export import Filters, write  # noqa: E402
from warta.sources.corpus import read_corpus  # noqa: E402
from warta.sources.raw import RawDoc  # noqa: E402
from warta.store import SQLStore, open_store  # noqa: E402
from warta.store.model import content_hash  # noqa: E402

DETIK = NEWS / "detik-1k" / "data_berita.csv"


def texts(limit: int | None = None) -> list[str]:
    out: list[str] = []
    for path in [DETIK, *(NEWS / "indosum" / f"dev.0{i}.jsonl" for i in range(1, 6))]:
        out += [d.text for d in read_corpus(path) if isinstance(d, RawDoc) and d.text]
    return out[:limit] if limit else out


def fill(store: SQLStore, n: int, *, with_text: bool, batch: int = 5000) -> float:
    """Bulk rows: articles (text only where asked), minhashes and band keys."""
    rng = np.random.default_rng(7)
    corpus = texts() if with_text else []
    t0 = time.perf_counter()
    for start in range(0, n, batch):
        ids = [f"synthetic-{i:08d}" for i in range(start, min(n, start + batch))]
        sigs = rng.integers(0, 2**32 - 1, size=(len(ids), dedup.NUM_PERM), dtype=np.uint64)
        arts, hashes, bands = [], [], []
        for j, (aid, sig) in enumerate(zip(ids, sigs, strict=True)):
            text = corpus[(start + j) % len(corpus)] if with_text else ""
            arts.append((aid, start + j + 1, f"h{start + j}", f"https://x.invalid/{aid}",
                         "detik.com", "2025-10-20T10:00:00", "2025-10-20", text[:80], "id",
                         text, "{}", "{}", "2025-10-20T10:00:00", "2025-10-20T10:00:00"))
            if not with_text:
                lean = dedup.LeanMinHash(seed=dedup.SEED, hashvalues=sig, scheme=dedup.SCHEME)
                hashes.append((aid, dedup.to_bytes(lean), 400))
                bands += [(k, aid) for k in dedup.band_keys(lean)]
        with store._tx():
            store._many("INSERT INTO articles (id, rev, content_hash, url, source, published, "
                        "day, title, lang, text, record, versions, stored_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", arts)
            if not with_text:  # the lookup store; the export store needs only articles
                store._many("INSERT INTO minhashes (article_id, sig, n) VALUES (?, ?, ?)",
                            hashes)
                store._many("INSERT INTO minhash_bands (key, article_id) VALUES (?, ?)", bands)
    return time.perf_counter() - t0


def lookup(args: argparse.Namespace) -> None:
    probe = texts(300)
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(dir=args.tmp) as d:
            store = open_store(args.db or d)
            secs = fill(store, size, with_text=False)
            rev = size
            sig_s = look_s = 0.0
            for i, text in enumerate(probe):
                t0 = time.perf_counter()
                sk = dedup.sketch(text)
                t1 = time.perf_counter()
                with store._tx():
                    aid = f"probe-{i}"
                    rev += 1
                    store._x("INSERT INTO articles (id, rev, content_hash, text, record, "
                             "versions, stored_at, updated_at) VALUES (?, ?, ?, '', '{}', '{}', "
                             "'', '')", (aid, rev, content_hash(text)))
                    groups.assign(store, aid, text, content_hash(text),
                                  sketch=lambda _t, s=sk: s, new=True)
                look_s += time.perf_counter() - t1
                sig_s += t1 - t0
            n = len(probe)
            print(f"{size:>9} articles (filled in {secs:.0f} s): per article "
                  f"signature {1000 * sig_s / n:.2f} ms, lookup + write {1000 * look_s / n:.2f} "
                  f"ms", flush=True)
            store.close()


def export(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(dir=args.tmp) as d:
        store = open_store(args.db or d)
        secs = fill(store, args.size, with_text=True)
        print(f"filled {args.size} articles in {secs:.0f} s", flush=True)
        out = Path(d) / "articles.parquet"
        t0 = time.perf_counter()
        with out.open("wb") as f:
            write(store, "articles", "parquet", f, Filters())
        took = time.perf_counter() - t0
        print(f"parquet export: {args.size} articles in {took:.1f} s = "
              f"{args.size / took:.0f} articles/s, {out.stat().st_size / 2**20:.0f} MiB")
        store.close()


def ingest(args: argparse.Namespace) -> None:
    from warta.store.ingest import ingest as run_ingest

    spent = [0.0]
    real = groups.assign

    def timed(*a: object, **kw: object) -> str | None:
        t0 = time.perf_counter()
        try:
            return real(*a, **kw)  # type: ignore[arg-type]
        finally:
            spent[0] += time.perf_counter() - t0

    import warta.store.sql as store_sql

    store_sql.assign = timed  # type: ignore[assignment]
    with tempfile.TemporaryDirectory(dir=args.tmp) as d:
        store = open_store(args.db or d)
        import itertools

        items = itertools.islice(read_corpus(DETIK), args.limit)
        t0 = time.perf_counter()
        s = run_ingest(items, store)
        total = time.perf_counter() - t0
        store.close()
    print(f"ingest {s.stored} Detik articles: {total:.1f} s (analyse {s.analyse_s:.1f} s, "
          f"store {s.store_s:.1f} s); corpus step {spent[0]:.2f} s = "
          f"{100 * spent[0] / total:.1f}% of ingest ({1000 * spent[0] / max(1, s.stored):.1f} "
          "ms per article)")


STEPS = (("dedup", "warta.corpus.groups", "assign"),
         ("registry", "warta.corpus.registry", "link"),
         ("stories", "warta.corpus.story_store", "assign"),
         ("stories", "warta.corpus.story_store", "flush_counts"))  # end of each write batch


def analysed(limit: int, cache: str | None) -> tuple[list[tuple[RawDoc, Any]], float, float]:
    """(doc, article) pairs of the first `limit` Detik inputs, and the wall and CPU seconds
    their analysis took; from `cache` when it holds them (analysis is the slow part and is
    not what is measured here: before/after runs then share one denominator)."""
    if cache and Path(cache).exists():
        with open(cache, "rb") as f:
            pairs, wall, cpu, n = pickle.load(f)
        if n == limit:
            return pairs, wall, cpu
    from warta.analysis import analyze_doc
    from warta.errors import WartaError

    docs = [d for d in itertools.islice(read_corpus(DETIK), limit) if isinstance(d, RawDoc)]
    analyze_doc(docs[0])  # models load outside the timing
    pairs, t0, c0 = [], time.perf_counter(), time.thread_time()
    for d in docs:
        try:
            pairs.append((d, analyze_doc(d)))
        except WartaError:
            continue
    wall, cpu = time.perf_counter() - t0, time.thread_time() - c0
    if cache:
        with open(cache, "wb") as f:
            pickle.dump((pairs, wall, cpu, limit), f)
    return pairs, wall, cpu


class Clock:
    """Wall time, and CPU time of the calling thread plus the store's server backend (from
    /proc/PID/schedstat, in ns): on a shared machine CPU time is what another process's
    load does not stretch, and a server store's work is in its backend. The search index's
    own writer threads are left out (so the corpus steps' share is if anything overstated)."""

    def __init__(self, store: Any) -> None:
        self.backend: Path | None = None
        if type(store).__name__ == "PostgresStore":
            pid = store._x("SELECT pg_backend_pid()")[0][0]
            path = Path(f"/proc/{pid}/schedstat")
            self.backend = path if path.exists() else None  # a server elsewhere: not seen

    def now(self) -> tuple[float, float]:
        cpu = time.thread_time()
        if self.backend is not None:
            cpu += int(self.backend.read_text().split()[0]) / 1e9
        return time.perf_counter(), cpu


CORPUS_TABLES = ("articles", "minhashes", "minhash_bands", "registry_entities", "registry_links",
                 "registry_parts", "stories", "story_articles", "story_keys", "story_df")


def dump(store: Any, path: str) -> None:
    """Every corpus table's rows, sorted, as JSON lines (articles: id, external id and
    duplicate_of only): two runs that agree give equal files."""
    with open(path, "w", encoding="utf-8") as f:
        for table in CORPUS_TABLES:
            cols = "id, external_id, duplicate_of" if table == "articles" else "*"
            rows = [[bytes(v).hex() if isinstance(v, bytes | memoryview) else v for v in r]
                    for r in store._x(f"SELECT {cols} FROM {table}")]
            for r in sorted(rows, key=lambda r: json.dumps(r, default=str)):
                f.write(json.dumps([table, *r], default=str, ensure_ascii=False) + "\n")


def store_timed(target: str, pairs: list[tuple[RawDoc, Any]],
                dump_to: str | None = None) -> tuple[list[float], dict[str, list[float]], bool]:
    """Store the pairs as `warta ingest` does: ([wall, CPU] seconds of storing, the same for
    each corpus step, whether a server's CPU time was seen). `dump_to`: write the corpus
    tables there afterwards."""
    import importlib

    from warta.store.ingest import ingest as run_ingest

    store = open_store(target)
    clock = Clock(store)
    spent = {name: [0.0, 0.0] for name, _, _ in STEPS}
    originals = []
    for name, module, attr in STEPS:
        mod = importlib.import_module(module)
        real = getattr(mod, attr, None)
        if real is None:  # a version without that function
            continue
        originals.append((mod, attr, real))

        def timed(*a: Any, _real: Any = real, _name: str = name, **kw: Any) -> Any:
            w0, c0 = clock.now()
            try:
                return _real(*a, **kw)
            finally:
                w1, c1 = clock.now()
                spent[_name][0] += w1 - w0
                spent[_name][1] += c1 - c0

        setattr(mod, attr, timed)  # the store imports each at its call: the wrapper runs
    try:
        w0, c0 = clock.now()
        run_ingest(iter(pairs), store)
        w1, c1 = clock.now()
        if dump_to:
            dump(store, dump_to)
    finally:
        for mod, attr, real in originals:
            setattr(mod, attr, real)
        store.close()
    return [w1 - w0, c1 - c0], spent, clock.backend is not None


def share(args: argparse.Namespace) -> None:
    pairs, wall, cpu = analysed(args.limit, args.records)
    n = len(pairs)
    print(f"{n} Detik articles, analysis {1000 * cpu / n:.1f} ms/article CPU "
          f"({1000 * wall / n:.1f} wall)", flush=True)
    runs: dict[str, list[tuple[list[float], dict[str, list[float]]]]] = {}

    def line(clock: str, analysis: float, stored: float, steps: dict[str, float]) -> str:
        corpus = sum(steps.values())
        each = ", ".join(f"{k} {1000 * v / n:.2f}" for k, v in steps.items())
        return (f"  {clock:<4} store {1000 * stored / n:6.2f} ms/article, of which {each}; "
                f"corpus steps {1000 * corpus / n:.2f} ms = "
                f"{100 * corpus / (analysis + stored):.1f}% of ingest (adds "
                f"{100 * corpus / (analysis + stored - corpus):.1f}% to it)")

    def report(label: str, target: str) -> None:
        stored, spent, server = store_timed(target, pairs,
                                            f"{args.dump}.{label}" if args.dump else None)
        runs.setdefault(label, []).append((stored, spent))
        seen = " (CPU: this thread + the server backend)" if server else ""
        print(f"{label}{seen}\n"
              + line("CPU", cpu, stored[1], {k: v[1] for k, v in spent.items()}) + "\n"
              + line("wall", wall, stored[0], {k: v[0] for k, v in spent.items()}), flush=True)

    for r in range(args.repeat):
        with tempfile.TemporaryDirectory(dir=args.tmp) as d:
            report("sqlite", d)
        if args.db:
            from warta.store.pgtemp import fresh_database

            report("postgresql", fresh_database(args.db, f"bench_share_{r}"))
        elif args.pg:
            from warta.store.pgtemp import fresh_database, temp_server

            with temp_server() as url:
                report("postgresql", fresh_database(url, "bench_share"))
    if args.repeat > 1:  # the least each took: what the machine's other load did not add
        for label, got in runs.items():
            steps = {k: min(s[k][1] for _, s in got) for k in got[0][1]}
            print(f"{label}, best of {len(got)}\n"
                  + line("CPU", cpu, min(st[1] for st, _ in got), steps), flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["share", "ingest", "lookup", "export"])
    ap.add_argument("--pg", action="store_true",
                    help="share: also on a throwaway PostgreSQL server (started and stopped)")
    ap.add_argument("--records", help="share: a file caching the analysed articles")
    ap.add_argument("--repeat", type=int, default=1, help="share: rounds of measurement")
    ap.add_argument("--dump", help="share: write the corpus tables to DUMP.sqlite and "
                    "DUMP.postgresql (sorted JSON lines) to compare two versions' outputs")
    ap.add_argument("--limit", type=int, default=60)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--size", type=int, default=200_000)
    ap.add_argument("--db", help="postgresql://... (default: a temporary SQLite store)")
    ap.add_argument("--tmp", default=os.environ.get("TMPDIR", "/tmp"))
    args = ap.parse_args()
    {"share": share, "ingest": ingest, "lookup": lookup, "export": export}[args.what](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
