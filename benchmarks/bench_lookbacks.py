"""CPU time of the end-anchored look-back searches against their pre-checks, in one process.

Usage: OMP_NUM_THREADS=1 python benchmarks/bench_lookbacks.py [--limit N] [--rounds R]
A pattern anchored at its end (`...\\($`, `(\\S+)\\s+$`) searched over a window before a
position is tried from every start of the window. `warta.text.scan.last_word` reads the
last word without a regex, and `ends_in` skips a search whose window cannot end as the
pattern does (speed13). This runs the default pipeline on the first N IndoSum and N
Detik articles (default 150 each), records the windows the stages hand those helpers,
then times, best of R rounds (default 5) in CPU ms per article: the plain search of each
window (the code before) against the helper (and the search it still makes), and checks
that both give the same answers.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_hotspots import best  # noqa: E402  (the fastest of `rounds` timed runs)
from corpora import detik_texts, indosum_texts  # noqa: E402

import warta.ner.resolve as resolve  # noqa: E402
import warta.stages.quotes as quotes  # noqa: E402
from warta.analysis import default_pipeline, new_article  # noqa: E402
from warta.errors import WartaError  # noqa: E402
from warta.text import scan  # noqa: E402

_LAST_WORD = re.compile(r"(\S+)\s+$")  # the pattern `last_word` replaced
# The pattern each `ends_in` call guards, by the marks it is given.
_GUARDED = {"(": resolve._LOWER_BEFORE, "“\"«„": quotes._DANGLING_OPENER}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=150)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    seen: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    last_word, ends_in = scan.last_word, scan.ends_in

    def rec_last(text: str, lo: int, hi: int) -> tuple[int, str] | None:
        seen["last_word"].append((text, lo, hi))
        return last_word(text, lo, hi)

    def rec_ends(text: str, lo: int, hi: int, marks: str) -> bool:
        seen[marks].append((text, lo, hi))
        return ends_in(text, lo, hi, marks)

    resolve.last_word, resolve.ends_in, quotes.ends_in = rec_last, rec_ends, rec_ends
    stages = default_pipeline().stages
    texts = list(indosum_texts(args.limit)) + list(detik_texts(args.limit))
    for text in texts:
        art = new_article(text)
        try:
            for st in stages:
                art = st(art)
        except WartaError:
            pass
    resolve.last_word, resolve.ends_in, quotes.ends_in = last_word, ends_in, ends_in
    n = len(texts)
    old_total = new_total = 0.0
    for key, calls in seen.items():
        if key == "last_word":
            def old(calls: list[tuple[str, int, int]] = calls) -> list[object]:
                return [(m.start(), m.group(1)) if (m := _LAST_WORD.search(*c)) else None
                        for c in calls]

            def new(calls: list[tuple[str, int, int]] = calls) -> list[object]:
                return [last_word(*c) for c in calls]
        else:
            def old(calls: list[tuple[str, int, int]] = calls,
                    pat: re.Pattern[str] = _GUARDED[key]) -> list[object]:
                return [m.span() if (m := pat.search(*c)) else None for c in calls]

            def new(calls: list[tuple[str, int, int]] = calls,
                    pat: re.Pattern[str] = _GUARDED[key], marks: str = key) -> list[object]:
                return [m.span() if ends_in(*c, marks) and (m := pat.search(*c)) else None
                        for c in calls]
        if old() != new():
            print(f"{key!r}: answers differ", file=sys.stderr)
            return 1
        a, b = best(old, args.rounds) / n * 1000, best(new, args.rounds) / n * 1000
        old_total, new_total = old_total + a, new_total + b
        print(f"{key!r:12s} {len(calls) / n:5.1f} calls an article: {a:.4f} -> {b:.4f} ms")
    print(f"all: {old_total:.4f} -> {new_total:.4f} CPU ms an article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
