"""CPU ms per article of the parts of the entities stage, and of tokenizing new text.

Usage: OMP_NUM_THREADS=1 PYTHONPATH=CHECKOUT/src python benchmarks/bench_entity_parts.py
           [--limit N] [--rounds R]
Runs N Detik articles (default 200) through the pipeline once to keep the entities
stage's inputs (every word is then in the featurizer's caches: these are warm figures),
then times R rounds (default 3) of each part of `warta.ner.resolve.find_entities` as it
calls them: `_windows` (words and case per sentence), `Featurizer.scores_batch` (its
`_extras`, the gazetteer and name-list attributes, apart), `LinearCrf.decode`,
`_window_mentions`, and the whole `find_entities`. Then, in this process's fresh word
caches, it times `make_tokens` on N IndoSum + N Detik articles not seen before ("cold":
new chunks go to spaCy) and the featurizer's new words (`_WordVectors.add_word`, per
word). Each figure prints once per round, so the spread shows; on a shared machine run
it for the old and new checkout in turn, in separate processes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ab_stages import stage_inputs  # noqa: E402
from corpora import detik_texts, indosum_texts  # noqa: E402

import warta.analysis as analysis  # noqa: E402
from warta.errors import WartaError  # noqa: E402
from warta.ner import features, resolve  # noqa: E402
from warta.text.tokens import make_tokens, tokens_of  # noqa: E402


def warm_parts(arts: list[Any], models: Any) -> dict[str, float]:
    """CPU seconds of each part over `arts`, called as `find_entities` calls them."""
    fz = models.featurizer
    spent = {"windows": 0.0, "scores_batch": 0.0, "_extras": 0.0, "decode": 0.0,
             "window_mentions": 0.0}
    extras = fz._extras

    def timed_extras(*args: Any) -> Any:
        c = time.process_time()
        out = extras(*args)
        spent["_extras"] += time.process_time() - c
        return out

    fz._extras = timed_extras
    try:
        for a in arts:
            t0 = time.process_time()
            ws = resolve._windows(a.text, a.sentences, tokens_of(a), models)
            t1 = time.process_time()
            spent["windows"] += t1 - t0
            for b in range(0, len(ws), resolve.BATCH):
                part = ws[b : b + resolve.BATCH]
                t1 = time.process_time()
                em = fz.scores_batch([w.model_words for w in part], models.ner)
                t2 = time.process_time()
                tags = models.ner.decode(em)
                t3 = time.process_time()
                for w, tg in zip(part, tags, strict=True):
                    resolve._window_mentions(a.text, w, tg, models)
                t4 = time.process_time()
                spent["scores_batch"] += t2 - t1
                spent["decode"] += t3 - t2
                spent["window_mentions"] += t4 - t3
    finally:
        del fz._extras
    c = time.process_time()
    for a in arts:
        resolve.find_entities(a.text, a.sentences, models, tokens_of(a))
    spent["find_entities"] = time.process_time() - c
    return spent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=200, help="articles (default 200)")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds (default 3)")
    args = ap.parse_args()
    # Cold first, while the tokenizer's chunk store and the word caches are fresh: the
    # warm-up article below is not among the timed ones.
    models = resolve.load_models()
    analysis.analyze("Presiden Joko Widodo tiba di Jakarta, Senin (1/12).")
    fresh = [*indosum_texts(args.limit), *detik_texts(args.limit)]
    c = time.process_time()
    for text in fresh:
        make_tokens(text)
    cold_tok = time.process_time() - c
    wv_class = features._WordVectors
    add_word = wv_class.add_word
    added = [0, 0.0]

    def timed_add(self: Any, word: str) -> int:
        c = time.process_time()
        r = add_word(self, word)
        added[1] += time.process_time() - c
        added[0] += 1
        return r

    wv_class.add_word = timed_add  # type: ignore[method-assign]
    try:
        by_name, inputs = stage_inputs(analysis, WartaError, list(detik_texts(args.limit)),
                                       ["entities"])
    finally:
        wv_class.add_word = add_word  # type: ignore[method-assign]
    arts = inputs["entities"]
    print(f"cold make_tokens {1000 * cold_tok / len(fresh):.3f} ms/article "
          f"({len(fresh)} new IndoSum + Detik articles)")
    print(f"new words (add_word) {added[0]} on {len(arts)} Detik articles, "
          f"{1e6 * added[1] / max(1, added[0]):.1f} us each, "
          f"{1000 * added[1] / max(1, len(arts)):.3f} ms/article (timer included)")
    rounds = [warm_parts(arts, models) for _ in range(args.rounds)]
    print(f"warm CPU ms/article on {len(arts)} Detik articles, one column a round:")
    for key in rounds[0]:
        print(f"  {key:16s} " + " ".join(f"{1000 * r[key] / len(arts):.3f}" for r in rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
