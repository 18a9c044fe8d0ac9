"""Dump analysed records (to_dict minus provenance) for a before/after comparison.

Usage: python benchmarks/dump_records.py OUT.jsonl [--limit N]
    then: python benchmarks/dump_records.py --compare A.jsonl B.jsonl
Runs `warta.analyze` on the first N IndoSum and N Detik articles (default 300 each) and
writes one JSON record a line; `--compare` names the first differing records and fields.
Used to check that a refactor leaves every record unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import detik_texts, indosum_texts  # noqa: E402

import warta  # noqa: E402
from warta.errors import WartaError  # noqa: E402


def dump(out: Path, limit: int) -> None:
    with out.open("w", encoding="utf-8") as fh:
        for name, texts in (("indosum", indosum_texts(limit)), ("detik", detik_texts(limit))):
            for i, text in enumerate(texts):
                try:
                    rec = warta.analyze(text).to_dict()
                except WartaError as e:
                    rec = {"rejected": type(e).__name__, "reason": str(e)}
                rec.pop("provenance", None)
                rec["_case"] = f"{name}:{i}"
                fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")


def compare(a: Path, b: Path) -> int:
    la = a.read_text("utf-8").rstrip("\n").split("\n")  # not splitlines(): text holds U+2028
    lb = b.read_text("utf-8").rstrip("\n").split("\n")
    bad = 0
    for x, y in zip(la, lb, strict=True):
        if x != y:
            ra, rb = json.loads(x), json.loads(y)
            keys = sorted(k for k in ra.keys() | rb.keys() if ra.get(k) != rb.get(k))
            print(ra["_case"], "differs in", keys)
            bad += 1
    print(f"{len(la)} records, {bad} differ")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--limit", type=int, default=300, help="articles per corpus")
    ap.add_argument("--compare", action="store_true", help="compare two dumps")
    args = ap.parse_args()
    if args.compare:
        return compare(*args.paths)
    dump(args.paths[0], args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
