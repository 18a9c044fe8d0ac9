"""Story clustering and near-duplicate precision on hand-labelled pairs.

Labels: eval/stories/pairs.tsv (article pairs: same_story, near_duplicate, different) and
eval/stories/clusters.tsv (complete clusters: every article of a developing story within a
few days, expanded into pairs). Each article is a `corpus#id` reference: `indosum#<id>`
(IndoSum dev folds 1-5, the record's `id`) or `detik#<id>` (detik-1k, the `id` column).
How they were drawn and judged: eval/stories/README.md. No text is kept here.

The whole of both corpora (4,463 articles) is clustered online in date order, as the store
does on ingest (copies found with the store's MinHash rule join their original's story);
a labelled pair is predicted same-story when both articles end in one story. Same-story
gold counts near-duplicates too (a copy is in its original's story). Near-duplicate
precision: of the labelled pairs the MinHash rule calls copies, the share labelled
near_duplicate.

    PYTHONPATH=src python eval/stories_eval.py               # held-out (test) split
    PYTHONPATH=src python eval/stories_eval.py --split dev   # the split settings were tuned on
    PYTHONPATH=src python eval/stories_eval.py --split all
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from warta.corpus import dedup, stories
from warta.sources.corpus import read_corpus
from warta.sources.raw import RawDoc

HERE = Path(__file__).resolve().parent
PAIRS = HERE / "stories" / "pairs.tsv"
CLUSTERS = HERE / "stories" / "clusters.tsv"
DATA = HERE.parents[1] / "shared" / "data" / "news"
FILES = {"indosum": "indosum/dev.0[1-5].jsonl", "detik": "detik-1k/data_berita.csv"}
VERDICTS = ("same_story", "near_duplicate", "different")


def docs(data: Path = DATA) -> Iterator[tuple[str, RawDoc]]:
    """(ref, doc) of every article of both corpora; IndoSum's repeats kept once."""
    seen: set[str] = set()
    for corpus, pattern in FILES.items():
        for path in sorted(data.glob(pattern)):
            for doc in read_corpus(path):
                if not isinstance(doc, RawDoc) or not doc.text:
                    continue
                ref = f"{corpus}#{doc.external_id}"
                if ref not in seen:
                    seen.add(ref)
                    yield ref, doc


def items(data: Path = DATA) -> list[stories.Item]:
    """Every article in date order, each copy marked with the original it copies (the
    store's rule: MinHash band keys, then Jaccard or containment)."""
    found = sorted(docs(data), key=lambda rd: (
        rd[1].published.isoformat() if rd[1].published else "~", rd[0]))
    bands: dict[int, list[str]] = {}
    sketches: dict[str, tuple[object, int]] = {}
    root: dict[str, str] = {}
    out: list[stories.Item] = []
    for ref, doc in found:
        text = doc.text or ""
        copy_of = None
        sk = dedup.sketch(text)
        if sk is not None:
            sig, n = sk
            keys = dedup.band_keys(sig)
            best: tuple[float, str] | None = None
            for other in sorted({o for k in keys for o in bands.get(k, ())}):
                osig, on = sketches[other]
                j = dedup.jaccard(sig, osig)  # type: ignore[arg-type]
                if dedup.is_duplicate(j, n, on) and (best is None or (j, other) > best):
                    best = (j, other)
            if best is not None:
                copy_of = root.get(best[1], best[1])
                root[ref] = copy_of
            sketches[ref] = (sig, n)
            for k in keys:
                bands.setdefault(k, []).append(ref)
        out.append(stories.Item(id=ref, title=doc.title, text=text,
                                day=doc.published.date() if doc.published else None,
                                copy_of=copy_of))
    return out


def split_of(a: str, b: str) -> str:
    """dev or test, fixed by the pair's refs (half each, whatever order they are read in)."""
    h = hashlib.sha256("|".join(sorted((a, b))).encode()).digest()[0]
    return "dev" if h % 2 == 0 else "test"


def load_pairs() -> list[tuple[str, str, str]]:
    """Labelled pairs plus the pairs of the labelled clusters (same story within a cluster;
    a cluster's `exclude` rows are articles judged not in it: different from its members)."""
    with PAIRS.open(encoding="utf-8") as f:
        pairs = [(r["a"], r["b"], r["verdict"]) for r in csv.DictReader(
            (line for line in f if not line.startswith("#")), delimiter="\t")]
    members: dict[str, list[str]] = {}
    outside: dict[str, list[str]] = {}
    with CLUSTERS.open(encoding="utf-8") as f:
        for r in csv.DictReader((line for line in f if not line.startswith("#")),
                                delimiter="\t"):
            (members if r["role"] == "member" else outside).setdefault(
                r["cluster"], []).append(r["ref"])
    have = {tuple(sorted((a, b))) for a, b, _ in pairs}
    for name, refs in members.items():
        for i, a in enumerate(refs):
            for b in refs[i + 1:]:
                if tuple(sorted((a, b))) not in have:
                    pairs.append((a, b, "same_story"))
            for b in outside.get(name, []):
                if tuple(sorted((a, b))) not in have:
                    pairs.append((a, b, "different"))
    for a, b, v in pairs:
        if v not in VERDICTS:
            raise ValueError(f"{a} {b}: verdict {v!r} is not one of {VERDICTS}")
    return pairs


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"pairs_same": tp + fn, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def scores(split: str = "test", data: Path = DATA,
           its: list[stories.Item] | None = None) -> dict[str, float]:
    pairs = [p for p in load_pairs() if split == "all" or split_of(p[0], p[1]) == split]
    its = items(data) if its is None else its
    story = stories.cluster(its)
    copy_of = {it.id: it.copy_of for it in its}
    tp = fp = fn = 0
    hard_tp = hard_fp = hard_fn = 0  # without the near-duplicate pairs (the easy ones)
    dup_tp = dup_fp = dup_fn = 0
    for a, b, verdict in pairs:
        gold = verdict in ("same_story", "near_duplicate")
        pred = story[a] == story[b]
        tp += pred and gold
        fp += pred and not gold
        fn += gold and not pred
        if verdict != "near_duplicate":
            hard_tp += pred and gold
            hard_fp += pred and not gold
            hard_fn += gold and not pred
        ra, rb = copy_of[a] or a, copy_of[b] or b
        dup = ra == rb
        dup_tp += dup and verdict == "near_duplicate"
        dup_fp += dup and verdict != "near_duplicate"
        dup_fn += (not dup) and verdict == "near_duplicate"
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    n_stories = len(set(story.values()))
    return {"split": split, "pairs": len(pairs),
            "same_story_pairs": sum(v != "different" for *_, v in pairs),
            "tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(f1, 4),
            "without_near_dups": _prf(hard_tp, hard_fp, hard_fn),
            "near_dup_predicted": dup_tp + dup_fp,
            "near_dup_precision": round(dup_tp / (dup_tp + dup_fp) if dup_tp + dup_fp else 1.0,
                                        4),
            "near_dup_recall": round(dup_tp / (dup_tp + dup_fn) if dup_tp + dup_fn else 1.0, 4),
            "articles": len(its), "stories": n_stories}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "test", "all"], default="test")
    ap.add_argument("--sweep", action="store_true",
                    help="F1 on the split for a grid of THRESHOLD x WINDOW (the tuning run)")
    args = ap.parse_args()
    if not args.sweep:
        print(json.dumps(scores(args.split)))
        return 0
    its = items()
    for window in (3, 5, 7):
        for threshold in (0.2, 0.25, 0.3):
            stories.WINDOW, stories.THRESHOLD = window, threshold
            s = scores(args.split, its=its)
            hard = s["without_near_dups"]
            print(f"window {window} threshold {threshold:.2f}: precision {s['precision']} "
                  f"recall {s['recall']} f1 {s['f1']}; without near-duplicates precision "
                  f"{hard['precision']} recall {hard['recall']} f1 {hard['f1']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
