"""CPU ms per article of the opt-in convolutional NER tagger, cold and warm.

Usage: OMP_NUM_THREADS=1 PYTHONPATH=CHECKOUT/src python benchmarks/bench_ner_cnn.py
           [--limit N] [--rounds R]
Needs `models/ner_cnn.npz` in the checkout (`warta train ner-cnn`). Runs N IndoSum + N
Detik articles through the pipeline once to keep the entities stage's inputs and the
tagger's calls, then prints, per article: `CnnTagger.log_probs` alone in a fresh
tagger (cold: every word's first-layer row made anew, as in a short run) and again
warm; then R rounds of the whole `find_entities` and of `tag_windows` with the tagger
and with the CRF alone (the same models, `neural=None`), alternating which goes first.
The difference of the `find_entities` lines is what the tagger adds to a warm stage:
its scores, `combine` and the whole-stage rules that run only with it.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ab_stages import stage_inputs  # noqa: E402
from corpora import detik_texts, indosum_texts  # noqa: E402

import warta.analysis as analysis  # noqa: E402
from warta.errors import WartaError  # noqa: E402
from warta.ner import resolve  # noqa: E402
from warta.ner.neural import CnnTagger  # noqa: E402
from warta.text.tokens import tokens_of  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=100, help="articles per corpus (default 100)")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds (default 3)")
    args = ap.parse_args()
    models = resolve.load_models()
    if models.neural is None:
        print("no models/ner_cnn.npz in this checkout: run `warta train ner-cnn` first")
        return 1
    calls: list[tuple[Any, Any]] = []
    log_probs = CnnTagger.log_probs

    def recorded(self: CnnTagger, *a: Any, **k: Any) -> Any:
        calls.append((a, k))
        return log_probs(self, *a, **k)

    CnnTagger.log_probs = recorded  # type: ignore[method-assign]
    try:
        texts = [*indosum_texts(args.limit), *detik_texts(args.limit)]
        _, inputs = stage_inputs(analysis, WartaError, texts, ["entities"])
    finally:
        CnnTagger.log_probs = log_probs  # type: ignore[method-assign]
    arts = inputs["entities"]
    n = len(arts)
    tagger = CnnTagger(models.neural.path).load()
    for label in ("cold", "warm"):
        c = time.process_time()
        for a, k in calls:
            tagger.log_probs(*a, **k)
        print(f"log_probs {label}: {1000 * (time.process_time() - c) / n:.3f} ms/article "
              f"({n} IndoSum + Detik articles)")
    crf = dataclasses.replace(models, neural=None)
    tag_windows = resolve.tag_windows
    spent: dict[str, list[float]] = {}

    def timed(words: Any, m: Any) -> Any:
        c = time.process_time()
        out = tag_windows(words, m)
        key = "tag_windows " + ("tagger" if m.neural is not None else "CRF alone")
        spent.setdefault(key, [0.0] * args.rounds)[rnd] += time.process_time() - c
        return out

    resolve.tag_windows = timed  # type: ignore[assignment]
    try:
        for rnd in range(args.rounds):
            sides = [("tagger", models), ("CRF alone", crf)]
            for name, m in sides if rnd % 2 == 0 else sides[::-1]:
                c = time.process_time()
                for art in arts:
                    resolve.find_entities(art.text, art.sentences, m, tokens_of(art))
                spent.setdefault("find_entities " + name, [0.0] * args.rounds)[rnd] += \
                    time.process_time() - c
    finally:
        resolve.tag_windows = tag_windows  # type: ignore[assignment]
    print(f"warm CPU ms/article on {n} articles, one column a round:")
    for key in sorted(spent):
        print(f"  {key:26s} " + " ".join(f"{1000 * v / n:.3f}" for v in spent[key]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
