"""The entity registry's share of ingest, and its per-article cost as the store grows.

Analyses --base articles of the shared corpora once (IndoSum dev, then Detik), then stores
--size articles made from them: replica r of a record gets its own text (and id), and a
fifth of its multi-word person names a new last word, so new names keep arriving (and
with them new candidates for the one-word names) as they would in a real stream. Every
write runs the registry as ingest does; its time is measured around `registry.link`.

Usage: python benchmarks/bench_registry.py [--size 10000] [--base 400] [--db URL] [--top N]
Prints, per slice of the store: store write time per article, the registry's part of it,
that part as a share of the store write and of a whole ingest (analysis included, at the
analysis time measured on the base articles), and the share of registry + duplicate
grouping (the corpus steps) of a whole ingest. Asserts nothing.
Aim (issue 12): corpus steps add at most 15% to ingest; per-article cost flat in size.
--top N: then the time of `registry.top(limit=N)` (the entity listing, `warta entities`,
GET /entities) on the store built, best of five (CPU of this process).
Times are CPU time of this process. Replicas of one text are near-duplicates of each other,
so duplicate grouping (the last column) finds far more candidates here than in a real
stream (up to its cap of 200 per article): read that column as an upper bound.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import detik, indosum  # noqa: E402

from warta.analysis import analyze_doc  # noqa: E402
from warta.corpus import groups, registry  # noqa: E402
from warta.errors import WartaError  # noqa: E402
from warta.record import Article, Entity, entity_id, make_id  # noqa: E402
from warta.store import open_store  # noqa: E402

# CPU seconds of this process (SQLite runs in it): the machine's other load does not blur
# the figures the way wall time does on a shared box.
CLOCK = time.process_time
SURNAMES = ["Pratama", "Saputra", "Wijaya", "Hidayat", "Nugroho", "Santoso", "Lestari",
            "Kurniawan", "Siregar", "Harahap", "Simanjuntak", "Wibowo", "Setiawan"]


def base_records(n: int) -> tuple[list[Article], float]:
    """n analysed articles and the mean analysis time per article (s)."""
    out: list[Article] = []
    analyze_doc(next(iter(indosum(1))))  # models load outside the timing
    t = CLOCK()
    for docs in (indosum(n // 2), detik(n - n // 2)):
        for d in docs:
            try:
                out.append(analyze_doc(d))
            except WartaError:
                continue
    return out, (CLOCK() - t) / max(1, len(out))


def replica(a: Article, r: int, rng: random.Random) -> Article:
    if r == 0:
        return a
    text = f"{a.text}\n(salinan {r})"
    ents = []
    for e in a.entities:
        if e.kind == "PERSON" and " " in e.name and rng.random() < 0.2:
            name = f"{e.name} {rng.choice(SURNAMES)}{rng.randrange(1000)}"
            e = Entity(id=entity_id("PERSON", name), kind="PERSON", name=name,
                       mentions=e.mentions, country=e.country, roles=e.roles)
        ents.append(e)
    return replace(a, id=make_id(text, None), text=text, entities=tuple(ents),
                   quotes=(), events=())


def timed(module: Any, name: str) -> tuple[list[float], Callable[[], None]]:
    """Time spent in `module.name` (the store imports it at each call, so the wrapper is
    what runs), and a function that puts the original back."""
    spent = [0.0]
    original = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t = CLOCK()
        try:
            return original(*args, **kwargs)
        finally:
            spent[0] += CLOCK() - t

    setattr(module, name, wrapper)
    return spent, lambda: setattr(module, name, original)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--size", type=int, default=10_000, help="articles to store")
    p.add_argument("--base", type=int, default=400, help="articles analysed once")
    p.add_argument("--slice", type=int, default=0, help="articles per report line")
    p.add_argument("--batch", type=int, default=200, help="articles per write transaction")
    p.add_argument("--db", help="a PostgreSQL URL (default: a temporary SQLite store)")
    p.add_argument("--top", type=int, default=0, help="then time registry.top(limit=N)")
    args = p.parse_args(argv)
    base, analyse_s = base_records(args.base)
    print(f"{len(base)} base articles, analysis {analyse_s * 1000:.1f} ms/article", flush=True)
    tmp = None
    if args.db:
        target = args.db
    else:
        tmp = tempfile.mkdtemp(prefix="warta-bench-registry-")
        target = str(Path(tmp) / "db")
    store = open_store(target)
    spent, restore = timed(registry, "link")
    dedup_spent, restore_dedup = timed(groups, "assign")
    rng = random.Random(7)
    step = args.slice or max(args.size // 10, args.batch)
    print(f"{'stored':>8} {'write ms/art':>13} {'registry ms/art':>16} "
          f"{'of write':>9} {'of ingest':>10} {'+dedup of ingest':>17}")
    try:
        done, t_slice, reg_slice, dup_slice, n_slice = 0, 0.0, 0.0, 0.0, 0
        while done < args.size:
            batch = [replica(base[(done + i) % len(base)], (done + i) // len(base), rng)
                     for i in range(min(args.batch, args.size - done))]
            before, before_dup = spent[0], dedup_spent[0]
            t = CLOCK()
            store.put_many(batch)
            t_slice += CLOCK() - t
            reg_slice += spent[0] - before
            dup_slice += dedup_spent[0] - before_dup
            n_slice += len(batch)
            done += len(batch)
            if n_slice >= step or done == args.size:
                write, reg, dup = t_slice / n_slice, reg_slice / n_slice, dup_slice / n_slice
                ingest = write + analyse_s
                print(f"{done:>8} {write * 1000:>13.2f} {reg * 1000:>16.2f} "
                      f"{reg / write:>9.1%} {reg / ingest:>10.1%} {(reg + dup) / ingest:>17.1%}",
                      flush=True)
                t_slice, reg_slice, dup_slice, n_slice = 0.0, 0.0, 0.0, 0
        if args.top:
            times = []
            for _ in range(5):
                t = CLOCK()
                total, listed = registry.top(store, limit=args.top)
                times.append(CLOCK() - t)
            print(f"top({args.top}) of {total} registry entities: {min(times) * 1000:.1f} ms "
                  f"(best of five; {len(listed)} listed)", flush=True)
        t = CLOCK()
        n = registry.rebuild(store)
        print(f"rebuild: {n} articles in {CLOCK() - t:.1f} s")
    finally:
        restore()
        restore_dedup()
        store.close()
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
