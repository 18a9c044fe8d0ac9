"""Time-expression quality on IndoTimex gold (../shared/data/timex/indotimex/gold/*.tml).

Runs `find_times` on each document's TEXT with the document creation date (DCT) as the
publication date and prints, micro-averaged over all documents:
- recognition precision / recall / F1, strict (exact span) and relaxed (overlap;
  each gold and each prediction matched at most once);
- normalisation accuracy: share of strictly / relaxed matched pairs whose value agrees;
- normalisation F1 (TempEval-3 "value F1"): 2 * correct values / (gold + predicted),
  counting relaxed matches with the right value; equals relaxed F1 x relaxed accuracy;
- type accuracy on relaxed matches.
Published IndoTimex (PACLING 2015): recognition F1 92.87, normalisation F1 85.26.
Usage: python eval/timex_eval.py [--json] [--errors]
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from warta.record import TimeExpr
from warta.scoring import prf
from warta.stages.timex import find_times

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared"))
GOLD = SHARED / "data" / "timex" / "indotimex" / "gold"
FLOORS = REPO / "eval" / "floors" / "timex.toml"

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class GoldDoc:
    name: str
    dct: date
    text: str
    timexes: tuple[GoldTimex, ...]


def decode(raw: bytes) -> str:
    """The gold files mix UTF-8 and cp1252."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def parse_tml(name: str, markup: str) -> GoldDoc:
    """Plain TEXT (tags removed, entities decoded) and the TIMEX3 spans into it."""
    dct_attrs = dict(_ATTR.findall(markup[markup.index("<DCT>"):markup.index("</DCT>")]))
    dct_m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", dct_attrs.get("value", ""))
    if not dct_m:
        raise ValueError(f"{name}: no document creation date")
    body = markup[markup.index("<TEXT>") + len("<TEXT>"):markup.index("</TEXT>")]
    out: list[str] = []
    pos = 0
    length = 0
    open_tx: tuple[int, dict[str, str]] | None = None
    timexes: list[GoldTimex] = []
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1):  # closing tag
            if open_tx is not None:
                attrs = open_tx[1]
                timexes.append(GoldTimex(open_tx[0], length, attrs.get("type", ""),
                                         attrs.get("value", "")))
            open_tx = None
        else:
            open_tx = (length, dict(_ATTR.findall(m.group(3))))
    out.append(html.unescape(body[pos:]))
    dct = date(*(int(x) for x in dct_m.groups()))
    return GoldDoc(name, dct, "".join(out),
                   tuple(timexes))


def load_gold(folder: Path = GOLD) -> list[GoldDoc]:
    return [parse_tml(p.stem, decode(p.read_bytes())) for p in sorted(folder.glob("*.tml"))]


def _match(gold: tuple[GoldTimex, ...], pred: list[TimeExpr],
           strict: bool) -> list[tuple[GoldTimex, TimeExpr]]:
    """One-to-one pairs; relaxed pairs prefer the largest overlap."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if strict:
                if (g.start, g.end) == (p.span.start, p.span.end):
                    cands.append((0, gi, pi))
            else:
                ov = min(g.end, p.span.end) - max(g.start, p.span.start)
                if ov > 0:
                    cands.append((-ov, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(cands):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gold[gi], pred[pi]))
    return pairs


def evaluate(folder: Path = GOLD, errors: list[str] | None = None) -> dict[str, Any]:
    docs = load_gold(folder)
    n_gold = n_pred = 0
    strict_tp = relaxed_tp = strict_val = relaxed_val = relaxed_type = 0
    for doc in docs:
        pred = find_times(doc.text, doc.dct)
        n_gold += len(doc.timexes)
        n_pred += len(pred)
        strict = _match(doc.timexes, pred, strict=True)
        relaxed = _match(doc.timexes, pred, strict=False)
        strict_tp += len(strict)
        relaxed_tp += len(relaxed)
        strict_val += sum(g.value == p.value for g, p in strict)
        relaxed_val += sum(g.value == p.value for g, p in relaxed)
        relaxed_type += sum(g.type == p.type for g, p in relaxed)
        if errors is not None:
            _collect_errors(doc, pred, relaxed, errors)
    sp, sr, sf = prf(strict_tp, n_pred, n_gold)
    rp, rr, rf = prf(relaxed_tp, n_pred, n_gold)
    vp, vr, vf = prf(relaxed_val, n_pred, n_gold)
    return {
        "docs": len(docs), "gold": n_gold, "predicted": n_pred,
        "strict_precision": sp, "strict_recall": sr, "strict_f1": sf,
        "relaxed_precision": rp, "relaxed_recall": rr, "relaxed_f1": rf,
        "value_accuracy_strict": strict_val / strict_tp if strict_tp else 0.0,
        "value_accuracy_relaxed": relaxed_val / relaxed_tp if relaxed_tp else 0.0,
        "value_precision": vp, "value_recall": vr, "value_f1": vf,
        "type_accuracy_relaxed": relaxed_type / relaxed_tp if relaxed_tp else 0.0,
    }


def _collect_errors(doc: GoldDoc, pred: list[TimeExpr],
                    relaxed: list[tuple[GoldTimex, TimeExpr]], out: list[str]) -> None:
    matched_g = {id(g) for g, _ in relaxed}
    matched_p = {id(p) for _, p in relaxed}
    for g in doc.timexes:
        if id(g) not in matched_g:
            out.append(f"{doc.name} MISS {doc.text[g.start:g.end]!r} {g.type} {g.value}")
    for p in pred:
        if id(p) not in matched_p:
            out.append(f"{doc.name} FALSE {doc.text[p.span.start:p.span.end]!r} "
                       f"{p.type} {p.value}")
    for g, p in relaxed:
        gs, ps = doc.text[g.start:g.end], doc.text[p.span.start:p.span.end]
        if g.value != p.value or (g.start, g.end) != (p.span.start, p.span.end):
            out.append(f"{doc.name} DIFF gold {gs!r} {g.value} | got {ps!r} {p.value}")


def floors() -> dict[str, float]:
    return {k: float(v) for k, v in tomllib.loads(FLOORS.read_text("utf-8")).items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list misses, false hits, diffs")
    args = ap.parse_args()
    if not GOLD.exists():
        print(f"{GOLD} not found", file=sys.stderr)
        return 2
    errs: list[str] | None = [] if args.errors else None
    res = evaluate(errors=errs)
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        print(f"IndoTimex gold ({res['docs']} docs, {res['gold']} gold, "
              f"{res['predicted']} predicted)")
        for kind in ("strict", "relaxed"):
            print(f"  recognition {kind:8s} P {res[kind + '_precision']:.4f}  "
                  f"R {res[kind + '_recall']:.4f}  F1 {res[kind + '_f1']:.4f}")
        print(f"  value accuracy   strict {res['value_accuracy_strict']:.4f}  "
              f"relaxed {res['value_accuracy_relaxed']:.4f}")
        print(f"  normalisation    P {res['value_precision']:.4f}  R {res['value_recall']:.4f}"
              f"  F1 {res['value_f1']:.4f}")
        print(f"  type accuracy    relaxed {res['type_accuracy_relaxed']:.4f}")
        print("  published (PACLING 2015): recognition F1 0.9287, normalisation F1 0.8526")
    for line in errs or ():
        print(line)
    bad = {k: (res[k], v) for k, v in floors().items() if res[k] < v}
    for k, (got, want) in bad.items():
        print(f"  BELOW FLOOR {k}: {got:.3f} < {want:.3f}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
