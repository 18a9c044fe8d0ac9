"""Before/after speed of the default pipeline in ONE process, old and new alternating.

Usage: OMP_NUM_THREADS=1 python benchmarks/bench_ab.py --old OLD/src [--limit N] [--chunk K]
    e.g.  git archive 1671e36 src | tar -x -C /tmp/base
          OMP_NUM_THREADS=1 python benchmarks/bench_ab.py --old /tmp/base/src --limit 200
Copies OLD/src/warta to a temporary folder as the package `warta_old` (its model look-ups
renamed to match), imports it beside this checkout's `warta`, warms both up, then runs
IndoSum and Detik texts (N each, default 200) through both pipelines in chunks of K
articles (default 25), alternating which goes first, and prints articles per CPU-second
of each, the speed ratio, and each stage's CPU ms per article. On a shared machine, runs
in separate processes differ by 10-20% with the load; here both sides meet the same load
within seconds of each other. Both share Python's `re` cache: a pattern one side compiles
first is free for the other (timex compiles its pattern sets on first use), so both sides
first run W other articles of each corpus (`--warmup`, default 50; untimed) to compile
what the texts need before the timed ones. After the warm-up the heap is frozen
(`gc.freeze()`, as `warta` does once its models are loaded): without it, each full collection
walks both sides' models, and its cost lands on whichever stage triggered it (it once showed
as events +0.9 ms an article on Detik that separate processes did not show).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import detik_texts, indosum_texts  # noqa: E402


def load_old(src: Path, into: Path) -> tuple[Any, type[Exception]]:
    """`warta.analysis` and `WartaError` of the checkout at `src`, as package warta_old."""
    pkg = into / "warta_old"
    shutil.copytree(src / "warta", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    for py in pkg.rglob("*.py"):  # resources.files("warta.models") and the like
        text = py.read_text("utf-8")
        if '"warta.' in text:
            py.write_text(text.replace('"warta.models"', '"warta_old.models"'), "utf-8")
    sys.path.insert(0, str(into))
    analysis = importlib.import_module("warta_old.analysis")
    errors = importlib.import_module("warta_old.errors")
    return analysis, errors.WartaError


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", type=Path, required=True,
                    help="the `src` folder of the older checkout (holding warta/)")
    ap.add_argument("--limit", type=int, default=200, help="articles per corpus (default 200)")
    ap.add_argument("--chunk", type=int, default=25,
                    help="articles per turn before the other side runs (default 25)")
    ap.add_argument("--warmup", type=int, default=50,
                    help="untimed articles per corpus, after the timed ones (default 50)")
    args = ap.parse_args()
    if not (args.old / "warta" / "__init__.py").exists():
        ap.error(f"{args.old} holds no warta package: give the src folder of a checkout")
    import warta.analysis as new_analysis
    from warta.errors import WartaError

    with tempfile.TemporaryDirectory() as tmp:
        old_analysis, old_error = load_old(args.old, Path(tmp))
        sides: dict[str, tuple[Any, type[Exception]]] = {
            "old": (old_analysis, old_error), "new": (new_analysis, WartaError)}
        stages = {k: m.default_pipeline().stages for k, (m, _) in sides.items()}
        cpu: dict[str, Counter[str]] = {k: Counter() for k in sides}

        def run(side: str, text: str) -> None:
            module, error = sides[side]
            with contextlib.suppress(error):  # rejects still count their time
                art = module.new_article(text)
                for st in stages[side]:
                    c0 = time.process_time()
                    art = st(art)
                    cpu[side][st.name] += time.process_time() - c0

        n, w = args.limit, args.warmup
        for name, both in (("indosum", list(indosum_texts(n + w))),
                           ("detik", list(detik_texts(n + w)))):
            texts = both[:n]
            for side in sides:  # models load and patterns compile here, untimed
                for text in [texts[0], *both[n:]]:
                    run(side, text)
                cpu[side].clear()
            # As `warta` itself does after loading (loading.py): the models' million objects
            # set aside, so a full collection does not walk both sides' models and land its
            # cost on whichever stage happened to trigger it.
            gc.collect()
            gc.freeze()
            total = dict.fromkeys(sides, 0.0)
            for turn, a in enumerate(range(0, len(texts), args.chunk)):
                for side in (("old", "new") if turn % 2 == 0 else ("new", "old")):
                    c0 = time.process_time()
                    for text in texts[a:a + args.chunk]:
                        run(side, text)
                    total[side] += time.process_time() - c0
            print(f"{name:8s} {len(texts)} articles: old {len(texts) / total['old']:.1f}, "
                  f"new {len(texts) / total['new']:.1f} articles/CPU-s; "
                  f"new runs {total['old'] / total['new']:.3f}x as fast")
            for side in sides:
                print(f"  {side} CPU ms/article: " + " ".join(
                    f"{s}={1000 * v / len(texts):.2f}" for s, v in cpu[side].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
