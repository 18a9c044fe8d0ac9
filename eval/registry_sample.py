"""Draw the entity-name pairs that eval/registry/pairs.jsonl labels (see its README).

Usage: python eval/registry_sample.py RECORDS.jsonl [--seed N] > worksheet.txt
RECORDS.jsonl: analysed records of the eval corpus, one {"ext", "rec"} a line, as
registry_eval.py --dump writes them. Prints each candidate pair with the text the short
name stands in (and, indented further, where the other name first stands), for a person to
label; the worksheet (corpus text) is not committed.

Draws: seed 12 made `pairs_2026-12-01.jsonl` (the first six groups); seed 2026 made
`pairs.jsonl` (all eight groups, on the analysis of 2026-12-02).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict

from warta.corpus.registry import alias_root, initials, is_acronym, words

SEED = 2026
QUOTA = {"unique": 50, "short": 40, "acronym": 20, "first-name": 15, "alias": 15,
         "similar-acronym": 8, "org-nested": 20, "place-nested": 15}


def nested(small: str, big: str) -> bool:
    """Every word of `small` is a word of the longer name `big`."""
    ws, wb = words(small), words(big)
    return len(ws) < len(wb) and set(ws) <= set(wb)


def main(path: str, seed: int = SEED) -> None:
    rng = random.Random(seed)
    names: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        lines = list(fh)
    for line in lines:
        r = json.loads(line)
        text = r["rec"]["text"]
        for e in r["rec"]["entities"]:
            m = e["mentions"][0]
            lo, hi = max(0, m["start"] - 120), min(len(text), m["end"] + 120)
            names[(e["kind"], e["name"])].append((r["ext"], " ".join(text[lo:hi].split())))
    people = [n for k, n in names if k == "PERSON"]
    long_by_word: dict[str, list[str]] = defaultdict(list)
    for n in people:
        ws = words(n)
        if len(ws) >= 2:
            for w in set(ws):
                long_by_word[w].append(n)
    groups: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for (kind, n), seen in names.items():
        ws = words(n)
        if kind == "PERSON" and len(ws) == 1 and len(set(long_by_word.get(ws[0], []))) == 1:
            for ext, ctx in seen[:1]:
                groups["unique"].append((n, long_by_word[ws[0]][0], ext, ctx))
        if kind == "PERSON" and len(ws) == 1 and long_by_word.get(ws[0]):
            for ext, ctx in seen[:2]:
                for other in sorted(long_by_word[ws[0]])[:4]:
                    groups["short"].append((n, other, ext, ctx))
        if is_acronym(n, kind):
            for (k2, o) in names:
                if k2 in ("ORG", "PLACE") and initials(o) == n.casefold():
                    groups["acronym"].append((n, o, seen[0][0], seen[0][1]))
        if kind == "PERSON" and len(ws) >= 2:
            for other in long_by_word.get(ws[0], []):
                if other > n and words(other)[0] == ws[0]:
                    groups["first-name"].append((n, other, seen[0][0], seen[0][1]))
        root = alias_root(n, kind)
        if root and not root.endswith(":" + "-".join(ws)):
            groups["alias"].append((n, root, seen[0][0], seen[0][1]))
    acr = sorted({n for k, n in names if is_acronym(n, k)})
    for a in acr:
        for b in acr:
            if a < b and len(a) == len(b) >= 3 and \
                    sum(x != y for x, y in zip(a, b, strict=True)) == 1:
                groups["similar-acronym"].append((a, b, names[("ORG", a)][0][0]
                                                  if ("ORG", a) in names else "", ""))
    # Nested names of organisations and places, the shorter one in the article where the
    # longer one stands too where there is one: parent and child bodies ("Polri", "Bareskrim
    # Polri"), a country's ministry and another's, a city and its province or regency.
    by_word: dict[tuple[str, str], set[str]] = defaultdict(set)
    for k, n in names:
        if k in ("ORG", "PLACE"):
            for w in words(n):
                by_word[(k, w)].add(n)
    per_article: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for key, seen in names.items():
        for ext, _ in seen:
            per_article[ext].add(key)
    for (kind, n), seen in names.items():
        if kind not in ("ORG", "PLACE") or not words(n):
            continue
        bigger = sorted(o for o in by_word[(kind, words(n)[0])] if nested(n, o))
        for other in bigger[:4]:
            here = [(e, c) for e, c in seen if (kind, other) in per_article[e]]
            ext, ctx = (here or seen)[0]
            groups["org-nested" if kind == "ORG" else "place-nested"].append(
                (n, other, ext, ctx))
    first = {n: seen[0][1] for (_, n), seen in names.items()}
    for g, n in QUOTA.items():
        items = groups[g]
        rng.shuffle(items)
        for a, b, ext, ctx in sorted(items[:n]):
            print(json.dumps({"group": g, "a": a, "b": b, "article": ext}, ensure_ascii=False))
            print("    " + ctx)
            if b in first:
                print("        " + first[b])


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("records")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    main(args.records, args.seed)
