"""Train the POS tagger (kumparan tagset, 16 tags incl. NNP) and measure it.

Features are the NER features without gazetteer or lexicon (the lexicon is built from the
same corpus, so it would leak the held-back part into the measurement).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from ..ner.crf import CrfModel, train_crf
from ..ner.features import Featurizer
from .data import Tagged, kumparan_pos

MODELS = Path(__file__).resolve().parents[1] / "models"
HOLD_EVERY = 10  # every 10th sentence is held back for measurement


def split_heldback(sents: Sequence[Tagged]) -> tuple[list[Tagged], list[Tagged]]:
    train = [s for k, s in enumerate(sents) if k % HOLD_EVERY != HOLD_EVERY - 1]
    seen = {s.tokens for s in train}
    # Sentences repeated in the corpus are held back only when training never saw them.
    held = [s for k, s in enumerate(sents) if k % HOLD_EVERY == HOLD_EVERY - 1
            and s.tokens not in seen]
    return train, held


def fit_pos(train: Sequence[Tagged], path: Path, *, algorithm: str = "ap",
            max_iterations: int = 10) -> CrfModel:
    feat = Featurizer()
    xs = [feat(s.tokens) for s in train]
    train_crf(xs, [s.tags for s in train], path, algorithm=algorithm,
              max_iterations=max_iterations)
    return CrfModel(path)


def accuracy(model: CrfModel, test: Sequence[Tagged], *, only: str | None = None
             ) -> dict[str, float]:
    """Token accuracy, and precision/recall/F1 of the `only` tag (e.g. NNP) when given."""
    feat = Featurizer()
    right = total = tp = n_gold = n_pred = 0
    for s in test:
        pred = model.tag(feat(s.tokens))
        for g, p in zip(s.tags, pred, strict=True):
            total += 1
            right += g == p
            if only:
                n_gold += g == only
                n_pred += p == only
                tp += g == only and p == only
    out = {"accuracy": right / max(1, total), "tokens": float(total)}
    if only:
        prec, rec = tp / max(1, n_pred), tp / max(1, n_gold)
        out[f"{only}_f1"] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return out


def fit_and_measure(train: Sequence[Tagged], test: Sequence[Tagged], *, only: str | None = None,
                    **kw: object) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        model = fit_pos(train, Path(tmp) / "pos.crfsuite", **kw)  # type: ignore[arg-type]
        return accuracy(model, test, only=only)


def train_shipped_pos(path: Path | None = None) -> Path:
    path = path or MODELS / "pos.crfsuite"
    fit_pos(kumparan_pos(), path)
    return path
