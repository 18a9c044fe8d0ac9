"""Articles per second of `find_times` (the timex stage's function) on one core.

Corpora: IndoSum dev articles (tokens joined by spaces, one paragraph a line; the id's
leading Unix timestamp gives the publication date) and Detik 1k (`tanggal` column).
Usage: python benchmarks/bench_timex.py [--limit N] [--rounds R]
Prints figures; asserts nothing (speed belongs here, not in tests).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpora  # noqa: E402

from warta.stages.timex import find_times  # noqa: E402

NEWS = corpora.NEWS

Doc = tuple[str, datetime | None]


def indosum(limit: int | None) -> Iterator[Doc]:
    for d in corpora.indosum(limit):  # the id's Unix time, as an aware UTC anchor
        yield d.text or "", d.published.replace(tzinfo=UTC) if d.published else None


def detik(limit: int | None) -> Iterator[Doc]:
    for d in corpora.detik(limit):
        yield d.text or "", d.published


def bench(name: str, docs: list[Doc], rounds: int) -> None:
    chars = sum(len(t) for t, _ in docs)
    find_times("warm-up: Senin (18/11/2024) pukul 10.00 WIB", None)  # compile the rules
    rates = []
    found: Counter[str] = Counter()
    for r in range(rounds):
        t0 = time.perf_counter()
        for text, pub in docs:
            out = find_times(text, pub)
            if r == 0:
                found.update(t.type for t in out)
        rates.append(len(docs) / (time.perf_counter() - t0))
    best, med = max(rates), statistics.median(rates)
    print(f"{name}: {len(docs)} articles, {chars / len(docs):.0f} chars/article, "
          f"{sum(found.values()) / len(docs):.1f} times/article {dict(found)}")
    print(f"  articles/s median {med:,.0f}  best {best:,.0f}  "
          f"({med * chars / len(docs) / 1e6:.2f} MB/s median) over {rounds} rounds")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=None, help="articles per corpus")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    if not NEWS.exists():
        print(f"{NEWS} not found", file=sys.stderr)
        return 2
    print(f"python {sys.version.split()[0]}, one process, one core")
    bench("IndoSum dev", list(indosum(args.limit)), args.rounds)
    bench("Detik 1k", list(detik(args.limit)), args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
