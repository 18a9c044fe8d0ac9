"""Draw the entity-name pairs that eval/registry/pairs.jsonl labels (see its README).

Usage: python eval/registry_sample.py RECORDS.jsonl > worksheet.txt
RECORDS.jsonl: analysed records of the eval corpus, one {"ext", "rec"} a line, as
registry_eval.py --dump writes them. Prints each candidate pair with the sentence the short
name stands in, for a person to label; the worksheet (corpus text) is not committed.
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict

from warta.corpus.registry import alias_root, initials, is_acronym, words

SEED = 12


def main(path: str) -> None:
    rng = random.Random(SEED)
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
    quota = {"unique": 60, "short": 60, "acronym": 25, "first-name": 20, "alias": 15,
             "similar-acronym": 10}
    for g, n in quota.items():
        items = groups[g]
        rng.shuffle(items)
        for a, b, ext, ctx in sorted(items[:n]):
            print(json.dumps({"group": g, "a": a, "b": b, "article": ext}, ensure_ascii=False))
            print("    " + ctx)


if __name__ == "__main__":
    main(sys.argv[1])
