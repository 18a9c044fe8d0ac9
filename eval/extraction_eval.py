"""Extraction quality on ../shared/data/html/anpandu against its expected_extractions.json.

Prints title match rate, date match rate and body token-level precision/recall/F1
(micro over all pages, bag of tokens, like the ScrapingHub article-extraction benchmark),
the same F1 for the text the record keeps (after `clean`, which also drops the dateline
that the expected bodies keep), and with --per-site the body F1 of each outlet's pages.
anpandu is the only Indonesian HTML page set in ../shared/data (its tempo-english page is
English; IndoSum and Detik-1k are text, not pages).
Usage: python eval/extraction_eval.py [--fast] [--json] [--per-site]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import tomllib
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from warta.errors import Reject
from warta.sources.decode import decode_bytes
from warta.sources.html import extract_html
from warta.stages.clean import clean_text

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared"))
ANPANDU = SHARED / "data" / "html" / "anpandu"
FLOORS = REPO / "eval" / "floors" / "extraction.toml"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter[str]:
    return Counter(t.lower() for t in _TOKEN.findall(text))


def norm_title(t: str | None) -> str:
    return " ".join((t or "").casefold().split())


def date_matches(got: datetime | None, iso_utc: str | None) -> bool:
    if got is None or not iso_utc:
        return False
    want = datetime.fromisoformat(iso_utc)
    # Pages show Jakarta time (UTC+7); the expected value is UTC: accept either day.
    return got.date() in {want.date(), (want + timedelta(hours=7)).date()}


def _f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _counts(got: Counter[str], want: Counter[str]) -> tuple[int, int, int]:
    overlap = sum((got & want).values())
    return overlap, sum(got.values()) - overlap, sum(want.values()) - overlap


def evaluate(fast: bool = False) -> dict[str, Any]:
    cases = json.loads((ANPANDU / "expected_extractions.json").read_text("utf-8"))
    tp = fp = fn = 0
    clean_counts = [0, 0, 0]
    sites: dict[str, list[int]] = {}
    titles = dates = n = 0
    t0 = time.perf_counter()
    for case in cases:
        html = decode_bytes((ANPANDU / case["fixture"]).read_bytes()).text
        n += 1
        try:
            ex = extract_html(html, url=case.get("url"), fast=fast)
            body, title, pub = ex.text, ex.title, ex.published
        except Reject:
            body, title, pub = "", None, None
        want = tokens(case["content"])
        a, b, c = _counts(tokens(body), want)
        tp, fp, fn = tp + a, fp + b, fn + c
        site = sites.setdefault(Path(case["fixture"]).parent.name, [0, 0, 0, 0])
        site[0], site[1], site[2], site[3] = site[0] + a, site[1] + b, site[2] + c, site[3] + 1
        for i, v in enumerate(_counts(tokens(clean_text(body).text), want)):
            clean_counts[i] += v
        titles += norm_title(title) == norm_title(case["title"])
        dates += date_matches(pub, case.get("date_iso_utc"))
    secs = time.perf_counter() - t0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"pages": n, "title_match": titles / n, "date_match": dates / n,
            "body_precision": p, "body_recall": r,
            "body_f1": 2 * p * r / (p + r) if p + r else 0.0, "pages_per_s": n / secs,
            "cleaned_body_f1": _f1(*clean_counts),
            "per_site": {k: {"pages": v[3], "body_f1": _f1(v[0], v[1], v[2])}
                         for k, v in sorted(sites.items())}}


def floors() -> dict[str, float]:
    return {k: float(v) for k, v in tomllib.loads(FLOORS.read_text("utf-8")).items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--fast", action="store_true", help="trafilatura without fallbacks")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--per-site", action="store_true", help="body F1 of each outlet's pages")
    args = ap.parse_args()
    if not ANPANDU.exists():
        print(f"{ANPANDU} not found", file=sys.stderr)
        return 2
    res = evaluate(fast=args.fast)
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        print(f"anpandu extraction ({res['pages']} pages, fast={args.fast})")
        for k in ("title_match", "date_match", "body_precision", "body_recall", "body_f1",
                  "cleaned_body_f1"):
            print(f"  {k:15s} {res[k]:.3f}")
        if args.per_site:
            for site, v in res["per_site"].items():
                print(f"    {site:12s} {v['pages']} pages  body_f1 {v['body_f1']:.3f}")
        print(f"  pages/s         {res['pages_per_s']:.1f} (includes decoding)")
    bad = {k: (res[k], v) for k, v in floors().items() if res[k] < v}
    for k, (got, want) in bad.items():
        print(f"  BELOW FLOOR {k}: {got:.3f} < {want:.3f}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
