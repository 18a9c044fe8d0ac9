"""NER error analysis on validation splits: what kind of error each gold entity meets.

Trains a CRF on a set's train split (the shipped model's features, `NerOptions()`) and
tags its dev/valid split (never test). Each gold entity is one of:
  exact     the same span and kind was predicted
  kind      the same span was predicted with another kind
  boundary  an overlapping span of the same kind was predicted
  both      only overlapping spans of another kind
  miss      nothing predicted overlaps it
and each predicted entity that overlaps no gold entity is "spurious". `--show N` prints N
examples of each error per kind.
Usage: python eval/ner_errors.py [--sets nergrit,idner] [--show 10] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from warta.ner.chunks import bio_chunks
from warta.train.data import Tagged, ner_split
from warta.train.ner import NerOptions, fit, predict

CATEGORIES = ("exact", "kind", "boundary", "both", "miss")


def classify(gold: Sequence[str], pred: Sequence[str]
             ) -> tuple[list[tuple[str, str, tuple[str, int, int] | None]],
                        list[tuple[str, int, int]]]:
    """Per gold chunk: (category, kind, the overlapping predicted chunk); and the spurious
    predicted chunks."""
    gs, ps = bio_chunks(gold), bio_chunks(pred)
    out: list[tuple[str, str, tuple[str, int, int] | None]] = []
    for g in gs:
        over = [p for p in ps if p[1] < g[2] and g[1] < p[2]]
        if g in ps:
            out.append(("exact", g[0], g))
        elif any(p[1:] == g[1:] for p in over):
            out.append(("kind", g[0], next(p for p in over if p[1:] == g[1:])))
        elif any(p[0] == g[0] for p in over):
            out.append(("boundary", g[0], next(p for p in over if p[0] == g[0])))
        elif over:
            out.append(("both", g[0], over[0]))
        else:
            out.append(("miss", g[0], None))
    spurious = [p for p in ps if not any(p[1] < g[2] and g[1] < p[2] for g in gs)]
    return out, spurious


def analyse(sents: Sequence[Tagged], preds: Sequence[Sequence[str]], show: int
            ) -> dict[str, Any]:
    counts: dict[str, Counter[str]] = {}
    spurious: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for s, p in zip(sents, preds, strict=True):
        cats, spur = classify(s.tags, p)
        gchunks = bio_chunks(s.tags)
        for (cat, kind, pc), g in zip(cats, gchunks, strict=True):
            counts.setdefault(kind, Counter())[cat] += 1
            if cat != "exact":
                ex = examples.setdefault(f"{kind} {cat}", [])
                if len(ex) < show:
                    a, b = max(0, g[1] - 3), min(len(s.tokens), g[2] + 3)
                    got = f"{pc[0]} '{' '.join(s.tokens[pc[1]:pc[2]])}'" if pc else "-"
                    ex.append(f"'{' '.join(s.tokens[g[1]:g[2]])}' -> {got}   | "
                              f"{' '.join(s.tokens[a:b])}")
        for pc in spur:
            spurious[pc[0]] += 1
            ex = examples.setdefault(f"{pc[0]} spurious", [])
            if len(ex) < show:
                a, b = max(0, pc[1] - 3), min(len(s.tokens), pc[2] + 3)
                ex.append(f"'{' '.join(s.tokens[pc[1]:pc[2]])}'   | {' '.join(s.tokens[a:b])}")
    return {"counts": {k: dict(v) for k, v in counts.items()}, "spurious": dict(spurious),
            "examples": examples}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="nergrit,idner")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    opts = NerOptions()
    results: dict[str, Any] = {}
    for name in filter(None, args.sets.split(",")):
        dev = ner_split(name, "dev")
        with tempfile.TemporaryDirectory() as tmp:
            model = fit(ner_split(name, "train"), Path(tmp) / "m.crfsuite", opts)
            preds = predict(model, dev, opts)
        results[name] = analyse(dev, preds, args.show)
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return
    for name, r in results.items():
        print(f"== {name} dev/valid")
        for kind, c in sorted(r["counts"].items()):
            total = sum(c.values())
            row = "  ".join(f"{cat} {c.get(cat, 0):4d} ({c.get(cat, 0) / total:.0%})"
                            for cat in CATEGORIES)
            print(f"{kind:8s} n {total:4d}  {row}  spurious {r['spurious'].get(kind, 0)}")
        for key, ex in sorted(r["examples"].items()):
            print(f"-- {key}")
            for e in ex:
                print("   " + e)


if __name__ == "__main__":
    main()
