"""POS tagger quality: kumparan held-back part (every 10th sentence) and POSP test.

kumparan: a tagger trained on the other 90 % (the shipped model's recipe) -> accuracy and
NNP F1. POSP: the same recipe trained on POSP train (its own 23-tag set, lower-cased text),
accuracy on POSP test (published best 95.87).
Usage: python eval/pos_eval.py [--json]
"""

from __future__ import annotations

import argparse
import json
import time

from warta.train.data import kumparan_pos, posp
from warta.train.pos import fit_and_measure, split_heldback


def evaluate() -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    t0 = time.perf_counter()
    train, held = split_heldback(kumparan_pos())
    out["kumparan_heldback"] = fit_and_measure(train, held, only="NNP")
    out["kumparan_heldback"]["seconds"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    out["posp_test"] = fit_and_measure(posp("train"), posp("test"), only="NNP")
    out["posp_test"]["seconds"] = time.perf_counter() - t0
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    res = evaluate()
    if args.json:
        print(json.dumps(res, indent=2))
        return
    for name, r in res.items():
        print(f"{name:20s} accuracy {r['accuracy']:.4f}  NNP F1 {r['NNP_f1']:.4f}  "
              f"tokens {int(r['tokens'])}  ({r['seconds']:.0f} s)")
    print("published best POSP test accuracy: 95.87 (IndoNLU)")


if __name__ == "__main__":
    main()
