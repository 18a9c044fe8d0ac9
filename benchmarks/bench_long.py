"""Cost on long inputs: one article concatenated 1x to 320x, each stage's growth exponent.

Usage: OMP_NUM_THREADS=1 python benchmarks/bench_long.py [--copies 1,16,80,160,320]
           [--layout paragraphs,single,straight] [--repeat R] [--article PATH]
           [--dump OUT.jsonl] [--distinct]
Repeats the seed article (`../shared/examples/suara-kim-jong-un-2024-11.txt`, 401 tokens
once cleaned) N times: keeping its paragraphs ("paragraphs"), as one paragraph ("single":
every line break becomes a space), or as one paragraph with straight quotation marks
("straight", as IndoSum writes them: a quotation no curly mark closes). Each size runs
the default stages once (the best of R runs with `--repeat`, taken in turns over the
sizes so that each size meets the same spells of load) and prints each stage's CPU
seconds (process time, so other jobs on a shared machine count less; the total is also
given as wall time), without the garbage collector's pauses, which get their own row
(the models frozen after the warm-up, as `warta` freezes them once loaded).
With `--distinct` the sizes are numbers of DIFFERENT IndoSum articles joined (the first N,
paragraphs kept, whatever the layout): a text of many stories, whose entities, names and
quotes keep growing with the text where a repeated article's stop at the seed's few (so a
pass that scans every entity per mention reads quadratic there only).
The growth exponent of a stage is the slope of log(seconds) over log(tokens) between the
sizes nearest 32k and 129k tokens (80x and 320x of the seed): 1.0 is linear, 2.0
quadratic. `--dump` writes each record (to_dict minus provenance) as one JSON line, to
compare two checkouts with `dump_records.py --compare`.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import sys
import time
from pathlib import Path

from warta.analysis import new_article
from warta.pipeline import Pipeline, Stage
from warta.record import Article
from warta.stages import default_stages
from warta.text import tokens

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import indosum_texts  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared"))
SEED = SHARED / "examples" / "suara-kim-jong-un-2024-11.txt"
LOW, HIGH = 32_000, 129_000  # the token range the exponents are measured over


LAYOUTS = ("paragraphs", "single", "straight")


def concatenated(text: str, copies: int, layout: str) -> str:
    """`copies` of `text`: paragraphs kept, or all on one line (with straight quotes)."""
    if layout == "straight":
        text = text.replace("“", '"').replace("”", '"')
    if layout in ("single", "straight"):
        return " ".join([" ".join(text.split())] * copies)
    return "\n".join([text.strip()] * copies)


class _Collector:
    """CPU seconds spent in Python's cyclic garbage collector, from `gc.callbacks`.

    A full collection costs the size of the whole heap, and it lands in whichever stage
    happens to allocate at that moment: on a 100k-token record one pause can be several
    times a small stage's own work. So the stages are timed without the pauses, and the
    collector gets a row of its own."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._t0 = 0.0
        gc.callbacks.append(self)

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._t0 = time.process_time()
        else:
            self.seconds += time.process_time() - self._t0


def run(stages: list[Stage], text: str,
        collector: _Collector) -> tuple[Article, float, dict[str, float]]:
    """The record, wall seconds and each stage's CPU seconds for one text (the collector's
    pauses under "gc")."""
    per: dict[str, float] = {}
    # A per-text cache (the token layer) would make a repeated run of the same text skip
    # that work.
    tokens._spans.cache_clear()
    gc.collect()  # start each run from the same heap
    w0 = time.perf_counter()
    g0 = collector.seconds
    art = new_article(text)
    for st in stages:
        c0, g = time.process_time(), collector.seconds
        art = st(art)
        per[st.name] = time.process_time() - c0 - (collector.seconds - g)
    per["gc"] = collector.seconds - g0
    return art, time.perf_counter() - w0, per


def nearest(sizes: list[int], target: int) -> int:
    return min(sizes, key=lambda n: abs(math.log(n / target)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", default="1,16,80,160,320",
                    help="comma-separated numbers of copies (default 1,16,80,160,320)")
    ap.add_argument("--layout", default=",".join(LAYOUTS),
                    help=f"comma-separated, of {', '.join(LAYOUTS)} (default all)")
    ap.add_argument("--repeat", type=int, default=2,
                    help="runs per size, the best counts (default 2)")
    ap.add_argument("--article", type=Path, default=SEED, help="the article to repeat")
    ap.add_argument("--dump", type=Path, help="write each record as a JSON line here")
    ap.add_argument("--distinct", action="store_true",
                    help="sizes count different IndoSum articles joined, not copies of one")
    args = ap.parse_args()
    copies = [int(c) for c in args.copies.split(",")]
    layouts = args.layout.split(",")
    if unknown := set(layouts) - set(LAYOUTS):
        ap.error(f"unknown layout(s) {sorted(unknown)}: choose from {', '.join(LAYOUTS)}")
    text = args.article.read_text("utf-8")
    arts: list[str] = []
    if args.distinct:
        layouts = ["paragraphs"]
        arts = [t.strip() for t in indosum_texts(max(copies)) if t.strip()]
        if len(arts) < max(copies):
            ap.error(f"only {len(arts)} IndoSum articles for --distinct")
    stages = default_stages()
    Pipeline(stages)  # the default wiring still checks
    collector = _Collector()
    run(stages, text, collector)  # warm-up: models load here, not in the figures
    # As warta does once its models are loaded (`loading._gc_paused`): they go to the
    # permanent generation. Left in the heap, they made every full collection walk them
    # and the number of full collections grow with the text (one each time a quarter
    # of the heap's size is newly kept), so the collector's row read quadratic (2.0-2.3)
    # where a warta process pays a linear one.
    gc.collect()
    gc.freeze()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    worst = 0.0
    for layout in layouts:
        rows: dict[int, tuple[int, float, dict[str, float]]] = {}
        print(f"\n{layout}: copies tokens chars wall-s cpu-s (CPU s per stage)")
        # The runs go round the sizes (80x, 320x, 80x, 320x, ...), not R runs of one size
        # then R of the next: on a shared machine the load moves within a minute, and a
        # size whose runs all met a busier spell tilted the exponents by 0.2 or more.
        longer = {k: "\n".join(arts[:k]) if args.distinct else concatenated(text, k, layout)
                  for k in copies}
        bests: dict[int, tuple[Article, float, dict[str, float]]] = {}
        for _ in range(max(1, args.repeat)):
            for k in copies:
                got = run(stages, longer[k], collector)
                had = bests.get(k)
                bests[k] = got if had is None else (  # the best of the runs, stage by stage
                    got[0], min(had[1], got[1]), {n: min(s, got[2][n]) for n, s in had[2].items()})
        for k in copies:
            art, wall, per = bests[k]
            ntok = len(art.tokens.starts) if art.tokens is not None else 0
            rows[ntok] = (k, sum(per.values()), per)
            print(f"  {k:4d}x {ntok:7d} {len(art.text):8d} {wall:7.2f} {sum(per.values()):6.2f}"
                  "  " + " ".join(f"{n}={s:.2f}" for n, s in per.items()), flush=True)
            if dump is not None:
                rec = art.to_dict()
                rec.pop("provenance", None)
                rec["_case"] = f"{layout}:{k}"
                dump.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
        sizes = sorted(rows)
        lo, hi = nearest(sizes, LOW), nearest(sizes, HIGH)
        if lo == hi:
            print("  (exponents need two sizes, one near 32k tokens and one near 129k)")
            continue
        span = math.log(hi / lo)
        (_, t_lo, s_lo), (_, t_hi, s_hi) = rows[lo], rows[hi]
        print(f"  growth exponent, {lo} -> {hi} tokens (1.0 is linear):")
        print(f"    total {math.log(t_hi / t_lo) / span:.2f}")
        for name in s_lo:
            if s_lo[name] > 0 and s_hi[name] > 0:
                exp = math.log(s_hi[name] / s_lo[name]) / span
                # Stages under 50 ms even at the top size are timer noise, not growth.
                if s_hi[name] >= 0.05 and name != "gc":
                    worst = max(worst, exp)
                print(f"    {name:8s} {exp:5.2f}  ({s_lo[name]:.3f} s -> {s_hi[name]:.3f} s)")
    if dump is not None:
        dump.close()
    print(f"\nworst stage exponent (stages over 50 ms): {worst:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
