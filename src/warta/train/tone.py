"""Train the tone model on SmSA (IndoNLU): reviews and comments, not news.

Run: `python -m warta.train.tone` (writes `src/warta/models/tone.npz`): multinomial
logistic regression over negation-marked words and word pairs (log-count x idf,
L2-normalised, see `warta.stages.tone.features`), classes weighted to balance,
trained on `train_preprocess.tsv`; C is picked on `valid_preprocess.tsv` (never test).

Variants tried on SmSA valid, macro F1 (exploratory sweep, 2026-11-27, not kept as a
script; only the final row is reproduced by this module, which prints its C search):
words + pairs 84.72 (C=4) / classes balanced 85.34 (C=16); + negation marking, window 2,
balanced 86.39 (C=16; window 1: 86.21, 3: 85.69); + slang normalisation 86.58 (kept);
+ character 2-5 or 3-5 grams 85.23 / 85.84 (unbalanced; balanced lower); + word triples
86.19; 20,000 features 86.13; linear SVM 86.59 and NB-weighted one-vs-rest logistic
regression 86.91 (C=1) on comparable features: within noise of 86.58, and their scores
are not probabilities, which the article score mixes, so not kept.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..stages.themes import vectorize
from ..stages.tone import LABELS, MODEL_PATH, features, load_lexicon, words
from .summary import shared_dir

MIN_DF = 2
MAX_VOCAB = 40000  # valid macro F1 86.39 (20,000: 86.13)
C_GRID = (4.0, 16.0, 32.0)


def load_smsa(split: str) -> list[tuple[str, str]]:
    """(text, label) pairs of `train`, `valid` or `test`."""
    path = shared_dir() / "data" / "tone" / "smsa" / f"{split}_preprocess.tsv"
    out: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            text, _, label = line.rstrip("\n").rpartition("\t")
            if label in LABELS:
                out.append((text, label))
    return out


def build_vocab(feature_lists: Sequence[Sequence[str]]) -> tuple[list[str], np.ndarray]:
    df: Counter[str] = Counter()
    for f in feature_lists:
        df.update(set(f))
    # Ties broken by the feature itself: most_common() would order them by the order of
    # the sets above, which string hashing randomises per process (models differed by run).
    kept = sorted((w for w, c in df.items() if c >= MIN_DF), key=lambda w: (-df[w], w))
    kept = kept[:MAX_VOCAB]
    n = len(feature_lists)
    return kept, np.array([np.log((1 + n) / (1 + df[w])) + 1.0 for w in kept])


def matrix(feature_lists: Sequence[Sequence[str]], vocab: list[str], idf: np.ndarray) -> object:
    from scipy import sparse

    index = {w: i for i, w in enumerate(vocab)}
    rows, cols, vals = [], [], []
    for r, f in enumerate(feature_lists):
        idx, val = vectorize(f, index, idf)
        rows += [r] * len(idx)
        cols += idx.tolist()
        vals += val.tolist()
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(feature_lists), len(vocab)))


def fit(train: Sequence[tuple[str, str]], *, c: float) -> dict[str, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    feats = [features(words(t)) for t, _ in train]
    vocab, idf = build_vocab(feats)
    y = np.array([LABELS.index(lab) for _, lab in train])
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    clf.fit(matrix(feats, vocab, idf), y)
    return {"labels": np.array(LABELS), "vocab": np.array(vocab), "idf": idf.astype(np.float32),
            "weights": clf.coef_.T.astype(np.float32), "bias": clf.intercept_.astype(np.float32),
            "model_negation_window": np.array(load_lexicon().model_negation_window)}


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    f1s = []
    for label in LABELS:
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return 100 * sum(f1s) / len(f1s)


def predict(arrays: dict[str, np.ndarray], texts: Sequence[str]) -> list[str]:
    from ..stages.tone import ToneModel, model_probs

    m = ToneModel(vocab={str(w): i for i, w in enumerate(arrays["vocab"])},
                  idf=arrays["idf"].astype(np.float64),
                  weights=arrays["weights"].astype(np.float64),
                  bias=arrays["bias"].astype(np.float64))
    return [LABELS[int(np.argmax(model_probs(words(t), m)))] for t in texts]


def pick_c(train: Sequence[tuple[str, str]], valid: Sequence[tuple[str, str]]) -> float:
    best = (-1.0, 1.0)
    for c in C_GRID:
        pred = predict(fit(train, c=c), [t for t, _ in valid])
        f1 = macro_f1([lab for _, lab in valid], pred)
        print(f"  C={c:g}: SmSA valid macro F1 {f1:.2f}")
        best = max(best, (f1, c))
    return best[1]


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--c", type=float, default=0.0, help="skip the search and use this C")
    args = ap.parse_args(argv)
    train, valid = load_smsa("train"), load_smsa("valid")
    c = args.c or pick_c(train, valid)
    arrays = fit(train, c=c)
    np.savez_compressed(args.out, **arrays)  # type: ignore[arg-type]
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB), C={c:g}, "
          f"{len(arrays['vocab'])} features, {len(train)} SmSA training texts")


if __name__ == "__main__":
    main()
