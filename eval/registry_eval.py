"""Entity registry merge precision / recall on hand-labelled name pairs
(eval/registry/pairs.jsonl; how they were drawn and labelled: eval/registry/README.md).

The eval corpus is the first 1,000 IndoSum dev articles and the first 1,000 Detik rows in
../shared/data/news, analysed by warta and stored, in that order, in a fresh SQLite store;
the registry links every entity on ingest. A pair (a, b) is predicted "same" when a's
mention in the pair's article (or, without an article, the registry id most of a's
mentions link to) links to the registry id most of b's mentions link to (b may be a
registry id itself).

    PYTHONPATH=src python eval/registry_eval.py                 # analyse, store, score
    PYTHONPATH=src python eval/registry_eval.py --dump R.jsonl  # ... and keep the records
    PYTHONPATH=src python eval/registry_eval.py --records R.jsonl   # score from them
    ... --split dev|test|all    # a half of the pairs by a hash of each pair (default: all)
    ... --pairs eval/registry/pairs_2026-12-01.jsonl    # the first draw (seed 12)
    ... --show-missing          # pairs whose names are not in the store, and what is there

Rules were tuned on the `dev` half of pairs.jsonl; `test` is the held-out figure.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warta.analysis import analyze_doc
from warta.errors import WartaError
from warta.record import Article
from warta.sources.datasets import detik_docs, indosum_docs
from warta.store import SQLStore, open_store

HERE = Path(__file__).resolve().parent
PAIRS = HERE / "registry" / "pairs.jsonl"
DATA = HERE.parents[1] / "shared" / "data" / "news"
LIMIT = 1000  # articles from each corpus


def split_of(pair: dict[str, Any]) -> str:
    """dev or test, fixed by the pair's names and article (half each, in any order); a
    pair whose expected mention was corrected keeps the split of its names as drawn
    (`was`: the names before the correction)."""
    was = pair.get("was", {})
    key = "|".join((was.get("a", pair["a"]), was.get("b", pair["b"]), pair["article"] or ""))
    return "dev" if hashlib.sha256(key.encode()).digest()[0] % 2 == 0 else "test"


def load_pairs(path: Path = PAIRS, split: str = "all") -> list[dict[str, Any]]:
    pairs = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [p for p in pairs if split == "all" or split_of(p) == split]


def analysed(data: Path = DATA, limit: int = LIMIT) -> Iterator[tuple[str | None, Article]]:
    """(external id, record) of the eval corpus, in order; rejected inputs are skipped."""
    for docs in (indosum_docs(data / "indosum", limit=limit),
                 detik_docs(data / "detik-1k" / "data_berita.csv", limit=limit)):
        for d in docs:
            try:
                yield d.external_id, analyze_doc(d)
            except WartaError:
                continue


def from_records(path: Path) -> Iterator[tuple[str | None, Article]]:
    with path.open(encoding="utf-8") as fh:  # by "\n" only: texts hold U+2028
        for line in fh:
            r = json.loads(line)
            yield r["ext"], Article.from_dict(r["rec"])


def build(items: Iterator[tuple[str | None, Article]], folder: Path,
          dump: Path | None = None) -> SQLStore:
    store = open_store(folder)
    batch: list[tuple[str | None, Article]] = []
    out = dump.open("w", encoding="utf-8") if dump else None

    def flush() -> None:
        store.put_many([a for _, a in batch], [e for e, _ in batch])
        batch.clear()

    for ext, a in items:
        if out:
            out.write(json.dumps({"ext": ext, "rec": a.to_dict()}, ensure_ascii=False) + "\n")
        batch.append((ext, a))
        if len(batch) == 200:
            flush()
    flush()
    if out:
        out.close()
    return store


def _dominant(store: SQLStore, name: str) -> str | None:
    found = store._x("SELECT rid, COUNT(*) AS n FROM registry_links WHERE name = ? "
                     "GROUP BY rid ORDER BY n DESC, rid LIMIT 1", (name,))
    return str(found[0][0]) if found else None


def predict(store: SQLStore, pair: dict[str, Any]) -> bool | None:
    """Whether the registry joins the pair; None when a name is not in the store. A pair
    whose expected mention was corrected (`was`: the name as drawn, which that analysis
    made) is read by its corrected name, or by the drawn one where an analysis still
    makes that instead (the CRF alone)."""
    was = pair.get("was", {})
    a = _mention_rid(store, pair, pair["a"])
    if a is None and "a" in was:
        a = _mention_rid(store, pair, was["a"])
    b = _name_rid(store, pair["b"])
    if b is None and "b" in was:
        b = _name_rid(store, was["b"])
    if a is None or b is None:
        return None
    return a == b


def _mention_rid(store: SQLStore, pair: dict[str, Any], name: str) -> str | None:
    """The registry id of `name`'s mention in the pair's article (the name's dominant id
    for a pair without one)."""
    if not pair["article"]:
        return _dominant(store, name)
    found = store._x("SELECT l.rid FROM registry_links l JOIN articles a "
                     "ON a.id = l.article_id WHERE a.external_id = ? AND l.name = ? "
                     "ORDER BY a.rev LIMIT 1", (pair["article"], name))
    return str(found[0][0]) if found else _merged_rid(store, pair["article"], name)


def _merged_rid(store: SQLStore, article: str, name: str) -> str | None:
    """The registry id of the entity one of whose mentions in `article` reads `name`: a
    short form the article itself joins to its long form ('Bahlil' a mention of Bahlil
    Lahadalia) is no entity name of its own, and the registry reads it as its entity."""
    want = " ".join(name.split())
    for art_id, text in store._x("SELECT id, text FROM articles WHERE external_id = ? "
                                 "ORDER BY rev", (article,)):
        for key, start, end in store._x("SELECT key, span_start, span_end FROM mentions "
                                        "WHERE article_id = ?", (art_id,)):
            if " ".join(str(text)[start:end].split()) == want:
                found = store._x("SELECT rid FROM registry_links WHERE article_id = ? "
                                 "AND key = ? LIMIT 1", (art_id, key))
                if found:
                    return str(found[0][0])
    return None


def _name_rid(store: SQLStore, name: str) -> str | None:
    return name if ":" in name else _dominant(store, name)


def score(store: SQLStore, pairs: list[dict[str, Any]]) -> dict[str, Any]:
    tally: Counter[str] = Counter()
    groups: dict[str, Counter[str]] = {}
    wrong: list[str] = []
    missing: list[str] = []
    for p in pairs:
        got = predict(store, p)
        if got is None:
            tally["missing"] += 1
            missing.append(_missing_line(store, p))
            continue
        cell = ("t" if got == p["same"] else "f") + ("p" if got else "n")
        tally[cell] += 1
        groups.setdefault(p["group"], Counter())[cell] += 1
        if cell in ("fp", "fn"):
            wrong.append(f"{cell.upper()} {p['group']}: {p['a']} / {p['b']} ({p['article']})")
    tp, fp, fn = tally["tp"], tally["fp"], tally["fn"]
    return {"precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0,
            "pairs": len(pairs), "missing": tally["missing"], "tp": tp, "fp": fp, "fn": fn,
            "tn": tally["tn"], "groups": {g: dict(c) for g, c in sorted(groups.items())},
            "errors": wrong, "missing_pairs": missing}


def _missing_line(store: SQLStore, pair: dict[str, Any]) -> str:
    """A pair not in the store, with the names its article now holds that share a word
    with its short name (what the analysis made of that mention)."""
    near: list[str] = []
    if pair["article"]:
        words = set(pair["a"].lower().split())
        found = store._x("SELECT DISTINCT l.kind, l.name FROM registry_links l JOIN articles a "
                         "ON a.id = l.article_id WHERE a.external_id = ?", (pair["article"],))
        near = [f"{k} {n}" for k, n in found if words & set(str(n).lower().split())]
    return (f"{pair['group']}: {pair['a']} / {pair['b']} ({pair['article']}; same="
            f"{pair['same']}) now: {'; '.join(near) or '-'}")


def scores(data: Path = DATA, records: Path | None = None, dump: Path | None = None,
           splits: tuple[str, ...] = ("all",), pairs: Path = PAIRS) -> dict[str, Any]:
    """Scores of each split (one store built for all); one split: its scores alone."""
    with tempfile.TemporaryDirectory() as tmp:
        items = from_records(records) if records else analysed(data)
        store = build(items, Path(tmp) / "store", dump)
        try:
            out = {s: score(store, load_pairs(pairs, s)) for s in splits}
        finally:
            store.close()
    return out[splits[0]] if len(splits) == 1 else out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=DATA, help="../shared/data/news")
    p.add_argument("--records", type=Path, help="analysed records (from --dump)")
    p.add_argument("--dump", type=Path, help="write the analysed records here")
    p.add_argument("--split", choices=["dev", "test", "all"], action="append",
                   help="pairs scored (repeat for several; default: all)")
    p.add_argument("--pairs", type=Path, default=PAIRS, help="labelled pairs (JSONL)")
    p.add_argument("--quiet", action="store_true", help="leave out the list of errors")
    p.add_argument("--show-missing", action="store_true",
                   help="list the pairs whose names are not in the store, with the names "
                        "their article now holds sharing a word with the short name")
    args = p.parse_args(argv)
    splits = tuple(args.split or ["all"])
    found = scores(args.data, args.records, args.dump, splits, args.pairs)
    for split in splits:
        s = found if len(splits) == 1 else found[split]
        print(f"[{split}] pairs {s['pairs']} (not in the store: {s['missing']}); "
              f"tp {s['tp']} fp {s['fp']} fn {s['fn']} tn {s['tn']}")
        print(f"[{split}] merge precision {s['precision']:.3f}  recall {s['recall']:.3f}")
        for g, c in s["groups"].items():
            print(f"  {g:<16} " + " ".join(f"{k}={v}" for k, v in sorted(c.items())))
        for line in [] if args.quiet else s["errors"]:
            print("  " + line)
        for line in s["missing_pairs"] if args.show_missing else []:
            print("  MISSING " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
