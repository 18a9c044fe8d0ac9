"""Themes against weak gold: IndoSum categories and Detik URL sections, held back.

5-fold cross-validation by article id over IndoSum (dev folds 1-5, dedup by id) and
Detik-1k together: each fold's model is trained on the other four folds' IndoSum articles
(Detik-1k is "runs and benchmarks only", so the shipped model never trains on it and every
Detik article is unseen; `--with-detik` adds the other folds' Detik articles to training,
as a local comparison). Gold is the IPTC
code a category or section maps to (see `warta.train.themes`); general-news articles
have no gold and are skipped. The prediction is the top IPTC code. Accuracy and macro
F1 (over the gold codes present) per corpus, for model+lexicon (shipped), model only,
lexicon only. Run: `python eval/themes_eval.py`.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence

import numpy as np

from warta.stages.themes import ThemeModel, score_themes
from warta.train.themes import Doc, fit, folds, load_docs

MODES = {"model+lexicon": (True, True), "model only": (True, False),
         "lexicon only": (False, True)}


def top_iptc(scores: dict[str, float]) -> str:
    iptc = [(s, c) for c, s in scores.items() if c.startswith("iptc:")]
    return max(iptc)[1] if iptc else "none"


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    f1s = []
    for label in sorted(set(gold)):
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return 100 * sum(f1s) / len(f1s) if f1s else 0.0


def as_model(arrays: dict[str, np.ndarray]) -> ThemeModel:
    return ThemeModel(labels=tuple(str(x) for x in arrays["labels"]),
                      vocab={str(w): i for i, w in enumerate(arrays["vocab"])},
                      idf=arrays["idf"].astype(np.float64),
                      weights=arrays["weights"].astype(np.float64),
                      bias=arrays["bias"].astype(np.float64))


def predictions(docs: Sequence[Doc], *, with_detik: bool = False
                ) -> dict[str, list[tuple[Doc, str]]]:
    out: dict[str, list[tuple[Doc, str]]] = {m: [] for m in MODES}
    for train, test in folds(docs):
        model = as_model(fit([d for d in train if with_detik or d.corpus != "detik"]))
        for d in test:
            if not d.label:
                continue
            for mode, (use_model, use_lex) in MODES.items():
                s = score_themes(d.text, title=d.title or None, model=model,
                                 use_model=use_model, use_lexicon=use_lex)
                out[mode].append((d, top_iptc(s)))
    return out


def main(argv: Sequence[str] | None = None) -> dict[str, dict[str, tuple[float, float]]]:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--with-detik", action="store_true",
                    help="train on Detik sections too (local comparison, not shipped)")
    args = ap.parse_args(argv)
    docs = load_docs()
    preds = predictions(docs, with_detik=args.with_detik)
    print("training corpora: IndoSum" + (" + Detik" if args.with_detik else " only (shipped)"))
    results: dict[str, dict[str, tuple[float, float]]] = {}
    for corpus in ("indosum", "detik"):
        rows = [(d, p) for d, p in preds["model+lexicon"] if d.corpus == corpus]
        gold_counts = Counter(d.label for d, _ in rows)
        print(f"{corpus}: {len(rows)} held-back articles with a mapped label: "
              + ", ".join(f"{k} {v}" for k, v in sorted(gold_counts.items())))
        results[corpus] = {}
        for mode in MODES:
            pairs = [(str(d.label), p) for d, p in preds[mode] if d.corpus == corpus]
            gold = [g for g, _ in pairs]
            pred = [p for _, p in pairs]
            acc = 100 * sum(g == p for g, p in pairs) / max(1, len(pairs))
            f1 = macro_f1(gold, pred)
            results[corpus][mode] = (acc, f1)
            print(f"  {mode:15s} top-IPTC accuracy {acc:5.1f}  macro F1 {f1:5.1f}")
        confusions = Counter((str(d.label), p) for d, p in rows if d.label != p)
        print("  most common confusions (gold -> predicted): "
              + "; ".join(f"{g}->{p} {n}" for (g, p), n in confusions.most_common(5)))
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
