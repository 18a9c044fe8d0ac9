"""BIO tag sequences to chunks, and conlleval-style entity scores."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from ..scoring import prf


def bio_chunks(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """(kind, start, end) chunks; an I- tag after O or another kind opens a chunk (conlleval)."""
    out: list[tuple[str, int, int]] = []
    kind: str | None = None
    start = 0
    prev = -2  # the last tag read; every tag between two read ones is "O"
    # Only the tags that are not "O" are read (a few in most sentences): an unread "O"
    # right after `prev` ends the open chunk there, as it would read in order.
    for i in [k for k, tag in enumerate(tags) if tag != "O"]:
        prefix, _, k = tags[i].partition("-")
        if kind is not None and (i != prev + 1 or prefix != "I" or k != kind):
            out.append((kind, start, prev + 1))
            kind = None
        if prefix == "B" or (prefix == "I" and kind is None):
            kind, start = k, i
        prev = i
    if kind is not None:
        out.append((kind, start, prev + 1))
    return out


def entity_scores(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]
                  ) -> dict[str, dict[str, float]]:
    """Exact-span precision/recall/F1 per kind, "micro" and "macro" (mean of kinds' F1)."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(bio_chunks(g)), set(bio_chunks(p))
        for c in gs:
            n_gold[c[0]] += 1
        for c in ps:
            n_pred[c[0]] += 1
        for c in gs & ps:
            tp[c[0]] += 1

    def scores(t: int, ng: int, np_: int) -> dict[str, float]:
        p, r, f1 = prf(t, np_, ng)
        return {"p": p, "r": r, "f1": f1, "n": float(ng)}

    kinds = sorted(set(n_gold) | set(n_pred))
    out = {k: scores(tp[k], n_gold[k], n_pred[k]) for k in kinds}
    out["micro"] = scores(sum(tp.values()), sum(n_gold.values()), sum(n_pred.values()))
    gold_kinds = [k for k in kinds if n_gold[k]]
    out["macro"] = {"f1": sum(out[k]["f1"] for k in gold_kinds) / max(1, len(gold_kinds))}
    return out
