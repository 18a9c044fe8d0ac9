"""Precision, recall and F1 shared by the evaluation scripts and the NER trainer."""

from __future__ import annotations

from dataclasses import dataclass


def prf(tp: int, n_pred: int, n_gold: int, empty: float = 0.0) -> tuple[float, float, float]:
    """(precision, recall, F1); `empty` is the score of a ratio with nothing to count."""
    p = tp / n_pred if n_pred else empty
    r = tp / n_gold if n_gold else empty
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Tally:
    """Counts of one matching criterion; nothing predicted and nothing expected scores 1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return prf(self.tp, self.tp + self.fp, self.tp + self.fn, empty=1.0)[0]

    @property
    def r(self) -> float:
        return prf(self.tp, self.tp + self.fp, self.tp + self.fn, empty=1.0)[1]

    @property
    def f1(self) -> float:
        return prf(self.tp, self.tp + self.fp, self.tp + self.fn, empty=1.0)[2]

    def __str__(self) -> str:
        return (f"P={self.p:.3f} R={self.r:.3f} F1={self.f1:.3f} "
                f"(tp={self.tp} fp={self.fp} fn={self.fn})")
