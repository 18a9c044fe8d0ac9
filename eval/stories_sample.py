"""Draw article pairs for hand-labelling story membership (eval/stories/README.md).

Every article of both corpora gets its term vector (warta.corpus.stories, in date order);
pairs published at most 7 days apart that share a lookup key are scored by plain cosine
(no threshold, no name test, no decay) and `--per-band` pairs are drawn at random from
each cosine band, so hard negatives (same topic, same names, another event) and hard
positives (a follow-up written anew) both come up. Prints each pair with both titles and
openings for reading; labels go in eval/stories/pairs.tsv by hand.

    PYTHONPATH=src python eval/stories_sample.py --per-band 14 --seed 7
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter

import stories_eval

from warta.corpus import stories

BANDS = (0.05, 0.15, 0.25, 0.35, 0.5, 0.7, 1.01)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-band", type=int, default=14)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    its = stories_eval.items()
    index = stories.MemoryIndex()
    text = {it.id: it for it in its}
    found: dict[tuple[str, str], float] = {}
    for it in its:
        d = stories.day_number(it.day)
        if d is None or it.copy_of:
            continue
        counts = stories.term_counts(it.title, it.text)
        keys = [stories.key_of(t) for t in counts]
        df = index.doc_freqs([stories.DF_TOTAL, *keys])
        total = df.pop(stories.DF_TOTAL, 0)
        vec = stories.vector(counts, df, total)
        index.count_docs(keys)
        look = [stories.key_of(t) for t in stories.lookup_terms(vec)]
        for c in index.candidates(look, d - 7, d + 7, it.id):
            cos = sum(w * c.vec.get(t, 0.0) for t, w in vec.items())
            found[(c.article_id, it.id)] = cos
        index.add(it.id, it.id, d, vec, look)
    rng = random.Random(args.seed)
    by_band: dict[int, list[tuple[str, str]]] = {}
    for pair, cos in sorted(found.items()):
        for i in range(len(BANDS) - 1):
            if BANDS[i] <= cos < BANDS[i + 1]:
                by_band.setdefault(i, []).append(pair)
    print(Counter({BANDS[k]: len(v) for k, v in by_band.items()}), file=sys.stderr)
    for i in sorted(by_band):
        pool = by_band[i]
        for a, b in rng.sample(pool, min(args.per_band, len(pool))):
            print(f"== {a}\t{b}\tband {BANDS[i]:.2f} cos {found[(a, b)]:.3f} "
                  f"days {text[a].day} {text[b].day}")
            for r in (a, b):
                t = text[r]
                print(f"   [{t.title or '-'}] {' '.join(t.text.split())[:420]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
