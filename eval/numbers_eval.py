"""Precision/recall of the numbers stage on hand-written sentences.

The cases (tests/stages/numbers_gold.toml) are short Indonesian news-style sentences with
the counts a reader expects (surface, value, bounds, qualifier, unit or currency, counted
thing, related entities), written by hand by one author; about a quarter are negatives
(years, dates, clock times, durations, ordinals, identifiers, phone numbers: no count).
They are the tuning part: the stage may be changed to fit them (an optimistic figure).
tests/stages/numbers_heldout.toml holds cases written before reading how the stage handles
them and never used to tune it; they are reported on their own. The stage runs through
`find_numbers` on an Article with the case's sentences and hand-made entities.

Detection (precision/recall/F1 over counts, one-to-one per case):

* exact:   the stage's span is exactly the gold surface
* overlap: the spans share at least one character (greedy, exact matches first)

Attributes, over the pairs matched by overlap:

* value:     point value, low and high all agree (relative tolerance 1e-6; None == None)
* qualifier: same lower-case phrase; counted over pairs where gold or stage has one
* unit:      same (unit, currency) pair; counted over pairs where gold or stage has one
* thing:     lenient head-word match: the first word of the counted thing (Indonesian
             noun phrases are head-first), case-folded, agrees ("tentara" for
             "tentara Korea Utara"); counted over pairs where gold or stage has a thing
* related:   the same set of entity ids; counted over pairs where gold or stage has one

plus the share of negative cases (no gold count) where the stage finds nothing.

    python eval/numbers_eval.py            # figures
    python eval/numbers_eval.py --errors   # also each miss, spurious count and wrong field
    python eval/numbers_eval.py --json     # figures as JSON
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.record import Count, Span
from warta.scoring import Tally
from warta.stages.numbers import find_numbers

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cases import case_article, spans_of  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CASES = REPO / "tests" / "stages" / "numbers_gold.toml"
# Written before reading how the stage handles them and never used to tune it.
HELDOUT = REPO / "tests" / "stages" / "numbers_heldout.toml"
FLOORS = REPO / "eval" / "floors" / "numbers.toml"
ATTRS = ("value", "qualifier", "unit", "thing", "related")


def gold_span(case: dict[str, Any], g: dict[str, Any], after: int) -> Span:
    """The gold surface's span: its first occurrence at or after `after`."""
    for sp in spans_of(case["text"], g["text"]):
        if sp.start >= after:
            return sp
    raise ValueError(f"case {case['id']}: count text {g['text']!r} not in the text")


def _num_eq(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6)


def _head(thing: str | None) -> str | None:
    return thing.split()[0].casefold() if thing else None


def field_check(g: dict[str, Any], c: Count) -> dict[str, bool | None]:
    """Per attribute: True/False when it counts for this pair, None when neither states it."""
    out: dict[str, bool | None] = {}
    out["value"] = all(_num_eq(g.get(k), getattr(c, k)) for k in ("value", "low", "high"))
    gq, cq = g.get("qualifier"), c.qualifier
    out["qualifier"] = None if gq is None and cq is None else gq == (cq and cq.casefold())
    gu, cu = (g.get("unit"), g.get("currency")), (c.unit, c.currency)
    out["unit"] = None if gu == (None, None) and cu == (None, None) else gu == cu
    gt, ct = _head(g.get("thing")), _head(c.thing)
    out["thing"] = None if gt is None and ct is None else gt == ct
    gr, cr = set(g.get("related", [])), set(c.related)
    out["related"] = None if not gr and not cr else gr == cr
    return out


@dataclass
class Report:
    cases: int = 0
    gold: int = 0
    negatives: int = 0
    clean_negatives: int = 0
    exact: Tally = field(default_factory=Tally)
    overlap: Tally = field(default_factory=Tally)
    attrs: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, counted]
    errors: list[str] = field(default_factory=list)

    def acc(self, name: str) -> float:
        right, counted = self.attrs.get(name, [0, 0])
        return right / counted if counted else 1.0


def _overlaps(a: Span, b: Span) -> bool:
    return bool(a.start < b.end and b.start < a.end)


def _show(c: Count, text: str) -> str:
    parts = [repr(c.span.of(text))]
    for k in ("value", "low", "high", "qualifier", "unit", "currency", "thing"):
        v = getattr(c, k)
        if v is not None:
            parts.append(f"{k}={v!r}")
    if c.related:
        parts.append(f"related={list(c.related)}")
    return " ".join(parts)


def evaluate(path: Path = CASES) -> Report:
    data = tomllib.loads(path.read_text("utf-8"))
    rep = Report()
    for case in data["case"]:
        rep.cases += 1
        text = case["text"]
        got = find_numbers(case_article(case))
        gold = case.get("counts", [])
        rep.gold += len(gold)
        if not gold:
            rep.negatives += 1
            rep.clean_negatives += int(not got)
        gspans: list[Span] = []
        after = 0
        for g in gold:
            sp = gold_span(case, g, after)
            gspans.append(sp)
            after = sp.start
        # Exact matches.
        free = set(range(len(got)))
        n_exact = 0
        for sp in gspans:
            k = next((k for k in sorted(free) if got[k].span == sp), None)
            if k is not None:
                n_exact += 1
                free.discard(k)
        rep.exact.tp += n_exact
        rep.exact.fn += len(gold) - n_exact
        rep.exact.fp += len(got) - n_exact
        # Overlap matches: exact first, then any overlap, one to one.
        pairs: dict[int, int] = {}
        free = set(range(len(got)))
        for exact_only in (True, False):
            for gi, sp in enumerate(gspans):
                if gi in pairs:
                    continue
                for k in sorted(free):
                    if (got[k].span == sp) if exact_only else _overlaps(got[k].span, sp):
                        pairs[gi] = k
                        free.discard(k)
                        break
        rep.overlap.tp += len(pairs)
        rep.overlap.fn += len(gold) - len(pairs)
        rep.overlap.fp += len(free)
        for gi, g in enumerate(gold):
            if gi not in pairs:
                rep.errors.append(f"{case['id']}: MISSED {g['text']!r}")
                continue
            c = got[pairs[gi]]
            if c.span != gspans[gi]:
                rep.errors.append(f"{case['id']}: SPAN {g['text']!r} got "
                                  f"{c.span.of(text)!r}")
            wrong = []
            for name, ok in field_check(g, c).items():
                if ok is None:
                    continue
                tally = rep.attrs.setdefault(name, [0, 0])
                tally[1] += 1
                tally[0] += int(ok)
                if not ok:
                    wrong.append(name)
            if wrong:
                rep.errors.append(f"{case['id']}: WRONG {','.join(wrong)} gold {g} "
                                  f"got {_show(c, text)}")
        for k in sorted(free):
            rep.errors.append(f"{case['id']}: SPURIOUS {_show(got[k], text)}")
    return rep


def figures(rep: Report) -> dict[str, float]:
    """The figures the floors are checked against."""
    out = {"exact_p": rep.exact.p, "exact_r": rep.exact.r, "exact_f1": rep.exact.f1,
           "overlap_p": rep.overlap.p, "overlap_r": rep.overlap.r,
           "overlap_f1": rep.overlap.f1,
           "negatives_clean": rep.clean_negatives / rep.negatives if rep.negatives else 1.0}
    out.update({f"{name}_acc": rep.acc(name) for name in ATTRS})
    return out


def all_figures() -> dict[str, float]:
    """Figures on the tuning cases, and on the held-out cases with a "heldout_" prefix."""
    out = figures(evaluate(CASES))
    out.update({f"heldout_{k}": v for k, v in figures(evaluate(HELDOUT)).items()})
    return out


def floors() -> dict[str, float]:
    return {k: float(v) for k, v in tomllib.loads(FLOORS.read_text("utf-8")).items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=Path, default=CASES)
    ap.add_argument("--errors", action="store_true",
                    help="list missed, spurious and wrong counts")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    parts = [(label, path) for label, path in (("cases", args.cases), ("held-out", HELDOUT))
             if path.exists()]
    if args.json:
        out: dict[str, Any] = {}
        for label, path in parts:
            rep = evaluate(path)
            out[label] = {"file": path.name, "cases": rep.cases, "counts": rep.gold,
                          **{k: round(v, 4) for k, v in figures(rep).items()}}
        print(json.dumps(out, indent=2))
        return 0
    for label, path in parts:
        rep = evaluate(path)
        print(f"{label}: {rep.cases} cases, {rep.gold} counts, {rep.negatives} negatives "
              f"({path.name})")
        for name, t in (("detection, exact span", rep.exact),
                        ("detection, overlap", rep.overlap)):
            print(f"  {name:24s} {t}")
        print(f"  negatives with no count: {rep.clean_negatives}/{rep.negatives}")
        for name in ATTRS:
            right, counted = rep.attrs.get(name, [0, 0])
            print(f"  {name} accuracy on matched counts: {right}/{counted} "
                  f"= {rep.acc(name):.3f}")
        if args.errors:
            for line in rep.errors:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
