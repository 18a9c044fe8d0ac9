"""Near-duplicate precision / recall on hand-labelled pairs (eval/dedup/pairs.tsv).

The pairs come from IndoSum (dev folds 1-5) and detik-1k in ../shared/data/news; how they
were drawn and labelled: eval/dedup/README.md. A pair is predicted duplicate when the two
MinHash signatures share an LSH band key (the store's candidate lookup) and the MinHash
Jaccard estimate reaches the threshold, or the containment estimated from it and the
shingle counts does (warta.corpus.dedup.is_duplicate).

    PYTHONPATH=src python eval/dedup_eval.py            # the shipped settings
    PYTHONPATH=src python eval/dedup_eval.py --sweep    # shingle sizes x Jaccard thresholds
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from warta.corpus import dedup
from warta.sources.corpus import read_corpus
from warta.sources.raw import RawDoc

HERE = Path(__file__).resolve().parent
PAIRS = HERE / "dedup" / "pairs.tsv"
DATA = HERE.parents[1] / "shared" / "data" / "news"


def load_pairs(path: Path = PAIRS) -> list[tuple[str, str, int]]:
    with path.open(encoding="utf-8") as f:
        return [(r["ref_a"], r["ref_b"], int(r["duplicate"]))
                for r in csv.DictReader(f, delimiter="\t")]


def texts_for(refs: set[str], data: Path = DATA) -> dict[str, str]:
    """Texts of 'file#id' refs (the corpus's own id: IndoSum `id`, the Detik `id` column;
    IndoSum repeats an article across folds, so the file is part of the ref), read with
    warta's own corpus readers."""
    out: dict[str, str] = {}
    for name in sorted({r.split("#", 1)[0] for r in refs}):
        for doc in read_corpus(data / name):
            if isinstance(doc, RawDoc) and doc.text and f"{name}#{doc.external_id}" in refs:
                out[f"{name}#{doc.external_id}"] = doc.text
    return out


def scores(k: int = dedup.SHINGLE, threshold: float = dedup.THRESHOLD,
           lsh_threshold: float = dedup.LSH_THRESHOLD,
           data: Path = DATA, containment: bool = True) -> dict[str, float]:
    pairs = load_pairs()
    texts = texts_for({r for a, b, _ in pairs for r in (a, b)}, data)
    sketches = {ref: dedup.sketch(t, k) for ref, t in texts.items()}
    tp = fp = fn = tn = 0
    for a, b, gold in pairs:
        ka, kb = sketches[a], sketches[b]
        assert ka is not None and kb is not None
        (sa, na), (sb, nb) = ka, kb
        keys = set(dedup.band_keys(sa, lsh_threshold))
        found = bool(keys & set(dedup.band_keys(sb, lsh_threshold)))
        j = dedup.jaccard(sa, sb)
        pred = found and (j >= threshold or (
            containment and dedup.containment(j, na, nb) >= dedup.CONTAINMENT))
        tp += pred and gold == 1
        fp += pred and gold == 0
        fn += (not pred) and gold == 1
        tn += (not pred) and gold == 0
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"pairs": len(pairs), "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "precision": round(precision, 4), "recall": round(recall, 4)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sweep", action="store_true")
    args = ap.parse_args()
    if args.sweep:
        for k in (3, 5, 7):
            for t in (0.3, 0.4, 0.5, 0.6, 0.7):
                s = scores(k, t, lsh_threshold=min(t, 0.4) - 0.05 if t > 0.3 else 0.25,
                           containment=False)
                print(f"k={k} threshold={t}: precision {s['precision']:.3f} "
                      f"recall {s['recall']:.3f} (tp {s['tp']} fp {s['fp']} fn {s['fn']})")
        return 0
    s = scores()
    print(f"near-duplicates, {s['pairs']} labelled pairs (k={dedup.SHINGLE}, Jaccard "
          f">= {dedup.THRESHOLD} or containment >= {dedup.CONTAINMENT}, bands x rows "
          f"{dedup.bands()}):")
    print(f"  precision {s['precision']:.3f}  recall {s['recall']:.3f}  "
          f"(tp {s['tp']} fp {s['fp']} fn {s['fn']} tn {s['tn']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
