"""HTML extraction: speed (pages per CPU-second, i.e. per core) and body quality of each
extractor path on the anpandu pages (../shared/data/html/anpandu, 26 article pages).

Quality is eval/extraction_eval.py's: micro precision/recall/F1 over bags of body tokens
against expected_extractions.json. Speed is measured in CPU time of this process (one
thread), so it holds on a shared machine: wall time would count the neighbours.

Paths:
  trafilatura          warta's extract_html: trafilatura, precision mode, fallbacks, metadata
  trafilatura-nometa   the same body, no metadata (title, date, author, site name)
  trafilatura-fast     extract_html(fast=True): no readability/jusText fallbacks
  resiliparse          resiliparse extract_plain_text(main_content=True), body only
  resiliparse-lines    the same, keeping lines of 12+ words or 4+ ending a sentence
  lxml-parse           parsing alone (lxml), a lower bound of any lxml-based path
  selectolax-parse     parsing alone (selectolax/lexbor), a lower bound for it

resiliparse and selectolax are not dependencies of warta: `pip install resiliparse
selectolax` (or `pip install -e '.[bench]'`); paths whose library is missing are skipped.
Example (the README figure):
  python benchmarks/bench_extract.py --repeat 3
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "eval"))

from extraction_eval import ANPANDU, tokens  # noqa: E402

from warta.errors import Reject  # noqa: E402
from warta.sources.decode import decode_bytes  # noqa: E402

_SENTENCE_END = re.compile(r"[.!?\"”')]\s*$")


def _traf(fast: bool, meta: bool) -> Callable[[str, str], str]:
    from warta.sources.html import extract_html

    def run(html: str, url: str) -> str:
        if meta:
            try:
                return extract_html(html, url=url, fast=fast).text
            except Reject:
                return ""
        import trafilatura

        doc = trafilatura.bare_extraction(html, url=url, with_metadata=False, fast=fast,
                                          include_comments=False, include_tables=False,
                                          favor_precision=True, deduplicate=False)
        return (doc.text or "") if doc is not None else ""

    return run


def _resiliparse(lines: bool) -> Callable[[str, str], str]:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    def run(html: str, url: str) -> str:
        text: str = extract_plain_text(HTMLTree.parse(html), main_content=True,
                                       alt_texts=False, links=False, list_bullets=False,
                                       noscript=False, form_fields=False)
        if not lines:
            return text
        return "\n".join(line for line in text.split("\n")
                         if len(line.split()) >= 12
                         or (_SENTENCE_END.search(line) and len(line.split()) >= 4))

    return run


def _lxml_parse(html: str, url: str) -> str:
    import lxml.html

    lxml.html.document_fromstring(html)
    return ""


def _selectolax_parse(html: str, url: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    LexborHTMLParser(html)
    return ""


PATHS: dict[str, tuple[str | None, Callable[[], Callable[[str, str], str]]]] = {
    "trafilatura": (None, lambda: _traf(False, True)),
    "trafilatura-nometa": (None, lambda: _traf(False, False)),
    "trafilatura-fast": (None, lambda: _traf(True, True)),
    "resiliparse": ("resiliparse", lambda: _resiliparse(False)),
    "resiliparse-lines": ("resiliparse", lambda: _resiliparse(True)),
    "lxml-parse": (None, lambda: _lxml_parse),
    "selectolax-parse": ("selectolax", lambda: _selectolax_parse),
}


def measure(run: Callable[[str, str], str], pages: list[tuple[str, str, str]],
            repeat: int) -> dict[str, float]:
    for html, url, _ in pages[:2]:  # imports and first-call costs out of the timing
        run(html, url)
    cpu = time.process_time()
    for _ in range(repeat):
        outs = [run(html, url) for html, url, _ in pages]
    cpu = time.process_time() - cpu
    tp = fp = fn = 0
    for body, (_, _, want_text) in zip(outs, pages, strict=True):
        got, want = tokens(body), tokens(want_text)
        overlap = sum((got & want).values())
        tp, fp, fn = tp + overlap, fp + sum(got.values()) - overlap, \
            fn + sum(want.values()) - overlap
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"pages_per_cpu_s": len(pages) * repeat / cpu if cpu else 0.0,
            "ms_per_page": 1000 * cpu / (len(pages) * repeat),
            "body_precision": p, "body_recall": r,
            "body_f1": 2 * p * r / (p + r) if p + r else 0.0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="rounds over the pages (default 3)")
    ap.add_argument("--limit", type=int, default=None, help="pages (default all 26)")
    ap.add_argument("--paths", default=",".join(PATHS),
                    help=f"comma-separated, from: {', '.join(PATHS)}")
    ap.add_argument("--json", action="store_true", help="one JSON object per path")
    args = ap.parse_args()
    if not ANPANDU.exists():
        print(f"{ANPANDU} not found", file=sys.stderr)
        return 2
    cases = json.loads((ANPANDU / "expected_extractions.json").read_text("utf-8"))
    pages = [(decode_bytes((ANPANDU / c["fixture"]).read_bytes()).text, c["url"],
              c["content"]) for c in cases][:args.limit]
    counts = Counter[str]()
    if not args.json:
        print(f"anpandu, {len(pages)} pages x {args.repeat}; speed in CPU time of one thread")
        print(f"{'path':20s} {'pages/s/core':>12s} {'ms/page':>8s} {'P':>6s} {'R':>6s} "
              f"{'F1':>6s}")
    for name in args.paths.split(","):
        need, make = PATHS[name]
        if need and importlib.util.find_spec(need) is None:
            print(f"{name:20s} skipped: pip install {need}", file=sys.stderr)
            continue
        res = measure(make(), pages, args.repeat)
        counts[name] += 1
        if args.json:
            print(json.dumps({"path": name, **{k: round(v, 4) for k, v in res.items()}}))
        elif name.endswith("-parse"):
            print(f"{name:20s} {res['pages_per_cpu_s']:12.1f} {res['ms_per_page']:8.2f}"
                  f" {'(parsing only)':>20s}")
        else:
            print(f"{name:20s} {res['pages_per_cpu_s']:12.1f} {res['ms_per_page']:8.2f} "
                  f"{res['body_precision']:6.3f} {res['body_recall']:6.3f} "
                  f"{res['body_f1']:6.3f}")
    return 0 if counts else 1


if __name__ == "__main__":
    sys.exit(main())
