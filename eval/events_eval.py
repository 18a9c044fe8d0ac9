"""Precision/recall of the events stage on the hand-written cases.

The cases (tests/stages/events_cases.toml) are short Indonesian sentences with hand-made
entities and times and the PLOVER events a reader expects, written before the lexicon (by
the same author, so the lexicon was written knowing them: an optimistic figure); a few are
negatives (no event) and hard cases. tests/stages/events_heldout.toml holds cases written
after the lexicon and never used to tune it; they are reported on their own. Two figures:

* event:     an event matches when code, the set of actors and the set of targets agree
* code-only: codes matched as a multiset per case

plus, over matched events whose case states them, the accuracy of place, time and mode.

    python eval/events_eval.py            # figures
    python eval/events_eval.py --errors   # also each missed / spurious event
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.record import Event
from warta.scoring import Tally
from warta.stages.events import find_events

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cases import case_article  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CASES = REPO / "tests" / "stages" / "events_cases.toml"
# Written after the lexicon and never used to tune it: the more honest figure.
HELDOUT = REPO / "tests" / "stages" / "events_heldout.toml"
FLOORS = REPO / "eval" / "floors" / "events.toml"


def _key(code: str, actors: Any, targets: Any) -> tuple[str, frozenset[str], frozenset[str]]:
    return code, frozenset(actors), frozenset(targets)


@dataclass
class Report:
    cases: int = 0
    event: Tally = field(default_factory=Tally)
    code: Tally = field(default_factory=Tally)
    attrs: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, stated]
    errors: list[str] = field(default_factory=list)


def evaluate(path: Path = CASES) -> Report:
    data = tomllib.loads(path.read_text("utf-8"))
    rep = Report()
    for case in data["case"]:
        rep.cases += 1
        got = find_events(case_article(case))
        gold = case.get("events", [])
        want = Counter(_key(g["code"], g["actors"], g["targets"]) for g in gold)
        have = Counter(_key(e.code, e.actors, e.targets) for e in got)
        inter = want & have
        rep.event.tp += sum(inter.values())
        rep.event.fp += sum((have - want).values())
        rep.event.fn += sum((want - have).values())
        wc = Counter(g["code"] for g in gold)
        hc = Counter(e.code for e in got)
        rep.code.tp += sum((wc & hc).values())
        rep.code.fp += sum((hc - wc).values())
        rep.code.fn += sum((wc - hc).values())
        for g in gold:
            match = _first(got, _key(g["code"], g["actors"], g["targets"]))
            if match is None:
                continue
            for attr in ("place", "time", "mode"):
                if attr in g:
                    tally = rep.attrs.setdefault(attr, [0, 0])
                    tally[1] += 1
                    tally[0] += int(getattr(match, attr) == g[attr])
        for k in (want - have).elements():
            rep.errors.append(f"{case['id']}: MISSED {_show(k)}")
        for k in (have - want).elements():
            rep.errors.append(f"{case['id']}: SPURIOUS {_show(k)}")
    return rep


def figures(rep: Report) -> dict[str, float]:
    """The figures the floors are checked against."""
    return {"event_f1": rep.event.f1, "event_p": rep.event.p, "event_r": rep.event.r,
            "code_f1": rep.code.f1, "code_p": rep.code.p, "code_r": rep.code.r}


def all_figures() -> dict[str, float]:
    """Figures on the tuning cases, and on the held-out cases with a "heldout_" prefix."""
    out = figures(evaluate(CASES))
    out.update({f"heldout_{k}": v for k, v in figures(evaluate(HELDOUT)).items()})
    return out


def floors() -> dict[str, float]:
    """The case floors; tables (the real-news [sample] floors) are not case figures."""
    return {k: float(v) for k, v in tomllib.loads(FLOORS.read_text("utf-8")).items()
            if isinstance(v, int | float)}


def _first(events: list[Event], key: tuple[str, frozenset[str], frozenset[str]]) -> Event | None:
    return next((e for e in events if _key(e.code, e.actors, e.targets) == key), None)


def _show(k: tuple[str, frozenset[str], frozenset[str]]) -> str:
    return f"{k[0]} actors={sorted(k[1])} targets={sorted(k[2])}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=Path, default=CASES)
    ap.add_argument("--errors", action="store_true", help="list missed and spurious events")
    args = ap.parse_args(argv)
    for label, path in (("cases", args.cases), ("held-out", HELDOUT)):
        if not path.exists():
            continue
        rep = evaluate(path)
        print(f"{label}: {rep.cases} cases ({path.name})")
        for name, t in (("event (code+actors+targets)", rep.event), ("code-only", rep.code)):
            print(f"  {name:28s} {t}")
        for attr, (right, stated) in sorted(rep.attrs.items()):
            print(f"  {attr} accuracy on matched events: {right}/{stated}")
        if args.errors:
            for line in rep.errors:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
