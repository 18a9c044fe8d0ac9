"""CPU time of rewritten regexes against their first forms, in one process, alternating.

Usage: OMP_NUM_THREADS=1 python benchmarks/bench_regexes.py [--limit N] [--rounds R]
Each pattern that was rewritten to open with a literal or a character class (so that
`re` skips to where a match can start) and, where it ran over runs of words, made
possessive, is timed beside its first form, kept in the tests as the equality oracle:
- tone `_NAME` (`sub` over each text), coref `_CAP_EPITHET` (`finditer` over each text),
- quotes `_MID_MENURUTNYA` (`search` over each sentence, as `_mid_menurutnya` does).
Texts: the first N IndoSum and N Detik articles (default 100 each), cleaned and split
into sentences by the pipeline. Prints the best of R rounds (default 5) in CPU ms per
article for each side, and checks that both give the same matches.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "stages"))
from corpora import detik_texts, indosum_texts  # noqa: E402
from test_coref import _CAP_EPITHET_REF  # noqa: E402
from test_tone import _NAME_REF  # noqa: E402

import warta.stages.coref as coref  # noqa: E402
import warta.stages.quotes as quotes  # noqa: E402
import warta.stages.tone as tone  # noqa: E402
from warta.analysis import new_article  # noqa: E402
from warta.stages.clean import CleanStage  # noqa: E402
from warta.stages.segment import SegmentStage  # noqa: E402

_MID_MENURUTNYA_REF = re.compile(r"(?<=\s)(?P<cue>menurut)(?P<nya>nya)(?=[\s,])")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=100, help="articles per corpus (default 100)")
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds (default 5)")
    args = ap.parse_args()
    clean, segment = CleanStage(), SegmentStage()
    arts = [segment(clean(new_article(t)))
            for t in [*indosum_texts(args.limit), *detik_texts(args.limit)]]
    texts = [a.text for a in arts]
    pieces = [(a.text, s.start, s.end) for a in arts for s in a.sentences]

    def over_texts(fn: Callable[[str], object]) -> Callable[[], list[object]]:
        return lambda: [fn(t) for t in texts]

    def per_sentence(p: re.Pattern[str]) -> Callable[[], list[object]]:
        return lambda: [(m.span(), m.span("cue")) if (m := p.search(t, a, b)) else None
                        for t, a, b in pieces]

    def spans(p: re.Pattern[str]) -> Callable[[str], object]:
        return lambda t: [(m.span(), m.span(1)) for m in p.finditer(t)]

    cases = [
        ("tone._NAME sub", over_texts(lambda t: _NAME_REF.sub(tone._BLANK, t)),
         over_texts(lambda t: tone._NAME.sub(tone._BLANK, t))),
        ("coref._CAP_EPITHET finditer", over_texts(spans(_CAP_EPITHET_REF)),
         over_texts(spans(coref._CAP_EPITHET))),
        ("quotes._MID_MENURUTNYA search", per_sentence(_MID_MENURUTNYA_REF),
         per_sentence(quotes._MID_MENURUTNYA)),
    ]
    for name, old, new in cases:
        if old() != new():
            print(f"{name}: the two forms DIFFER")
            return 1
        best = [float("inf"), float("inf")]
        for r in range(args.rounds):
            for side in ((0, 1) if r % 2 == 0 else (1, 0)):
                fn = (old, new)[side]
                c0 = time.process_time()
                fn()
                best[side] = min(best[side], time.process_time() - c0)
        ms = [1000 * b / len(arts) for b in best]
        print(f"{name:30s} first form {ms[0]:.4f}  now {ms[1]:.4f} CPU ms/article "
              f"({ms[0] / ms[1]:.2f}x), same matches")
    return 0


if __name__ == "__main__":
    sys.exit(main())
