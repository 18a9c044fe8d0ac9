"""GDELT 2.1-shaped exports: the Event table (61 columns) and the GKG (27 columns), tab-
separated, no header, as in the GDELT 2.1 Event and GKG codebooks. Only originals are
exported; their copies count in NumMentions / NumSources / NumArticles. The field mapping,
and what stays empty, is documented in docs/export.md.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from ..store.sql import SQLStore
from .export import Filters

# PLOVER event type -> CAMEO root code (approximate: PLOVER merges and splits CAMEO roots).
CAMEO_ROOT = {"REQUEST": "02", "AGREE": "03", "CONSULT": "04", "SUPPORT": "05",
              "COOPERATE": "06", "AID": "07", "CONCEDE": "08", "RETREAT": "08",
              "INVESTIGATE": "09", "DEMAND": "10", "DISAPPROVE": "11", "ACCUSE": "11",
              "REJECT": "12", "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15",
              "SANCTION": "16", "COERCE": "17", "ASSAULT": "18", "FIGHT": "19"}
N_EVENT_COLUMNS = 61
N_GKG_COLUMNS = 27


def quad_class(root: str) -> str:
    if not root:
        return ""
    n = int(root)
    return "1" if n <= 5 else "2" if n <= 9 else "3" if n <= 14 else "4"


def fraction_date(day: str) -> str:
    """GDELT's FractionDate: the year plus the share of it gone, YYYY.FFFF."""
    d = date(int(day[:4]), int(day[4:6]), int(day[6:8]))
    return f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"


def _clean(value: Any) -> str:
    return "" if value is None else " ".join(str(value).replace("\t", " ").split())


def _records(store: SQLStore, filters: Filters | None,
             page: int = 500) -> Iterator[list[tuple[dict[str, Any], int]]]:
    """Pages of (record, group size) for originals matching the filters."""
    base = _fields(filters) if filters else {}
    clauses, params = Filters(**{**base, "collapse": True}).sql(store)
    rev = 0
    while True:
        where = " AND ".join(["a.rev > ?", *clauses])
        rows = store._x(f"SELECT a.rev, a.record, (SELECT COUNT(*) FROM articles c WHERE "
                        f"c.duplicate_of = a.id) FROM articles a WHERE {where} "
                        "ORDER BY a.rev LIMIT ?", (rev, *params, page))
        if not rows:
            return
        rev = int(rows[-1][0])
        yield [(json.loads(r[1]), 1 + int(r[2])) for r in rows]


def _fields(f: Filters) -> dict[str, Any]:
    return {k: getattr(f, k) for k in f.__slots__}


def _stamp(published: str | None) -> str:
    digits = "".join(c for c in (published or "")[:19] if c.isdigit())
    return digits.ljust(14, "0") if digits else ""


def event_id(article_id: str, idx: int) -> int:
    return int(hashlib.sha1(f"{article_id}:{idx}".encode()).hexdigest()[:15], 16)


def event_lines(store: SQLStore, filters: Filters | None = None) -> Iterator[str]:
    for page in _records(store, filters):
        out: list[str] = []
        for rec, group in page:
            ents = {e["id"]: e for e in rec.get("entities", [])}
            stamp = _stamp(rec.get("published"))
            day = stamp[:8]
            tone = (rec.get("tone") or {}).get("score")
            for i, ev in enumerate(rec.get("events", [])):
                root = CAMEO_ROOT.get(ev["code"], "")
                cols = [""] * N_EVENT_COLUMNS
                cols[0] = str(event_id(rec["id"], i))
                if day:
                    cols[1], cols[2], cols[3] = day, day[:6], day[:4]
                    cols[4] = fraction_date(day)
                for base, refs in ((5, ev.get("actors", [])), (15, ev.get("targets", []))):
                    if refs:
                        ref = refs[0]
                        e = ents.get(ref)
                        if e is None and len(ref) == 3:  # a CAMEO agent type ("COP")
                            cols[base], cols[base + 7] = ref, ref  # ActorCode, Type1Code
                        elif e is None:  # an ISO country code
                            cols[base], cols[base + 2] = ref, ref
                        else:
                            cols[base + 1] = _clean(e["name"]).upper()
                            cols[base + 2] = e.get("country") or ""
                cols[25] = "1"
                cols[26] = cols[27] = cols[28] = root
                cols[29] = quad_class(root)
                cols[31] = cols[32] = cols[33] = str(group)
                cols[34] = "" if tone is None else f"{tone:.4f}"
                place = ents.get(ev.get("place") or "")
                if place is not None:
                    cols[51] = "1" if not place.get("country") else "4"
                    cols[52] = _clean(place["name"])
                    cols[53] = place.get("country") or ""
                cols[59] = stamp
                cols[60] = _clean(rec.get("url") or rec["id"])
                out.append("\t".join(cols) + "\n")
        if out:
            yield "".join(out)


def gkg_lines(store: SQLStore, filters: Filters | None = None) -> Iterator[str]:
    for page in _records(store, filters):
        out: list[str] = []
        for rec, _group in page:
            text = rec.get("text", "")
            ents = rec.get("entities", [])
            stamp = _stamp(rec.get("published"))

            def names(kinds: tuple[str, ...], ents: list[dict[str, Any]] = ents) -> str:
                return ";".join(_clean(e["name"]) for e in ents if e["kind"] in kinds)

            cols = [""] * N_GKG_COLUMNS
            cols[0] = f"{stamp}-{rec['id']}"
            cols[1] = stamp
            cols[2] = "1"  # WEB
            cols[3] = _clean(rec.get("source"))
            cols[4] = _clean(rec.get("url") or rec["id"])
            cols[7] = ";".join(_clean(t["code"]) for t in rec.get("themes", []))
            cols[9] = ";".join(f"{4 if e.get('country') else 1}#{_clean(e['name'])}#"
                               f"{e.get('country') or ''}####" for e in ents
                               if e["kind"] in ("PLACE", "LOC", "GPE"))
            cols[11] = names(("PERSON", "PER"))
            cols[13] = names(("ORG", "ORGANISATION", "ORGANIZATION"))
            tone = (rec.get("tone") or {}).get("score")
            words = len(text.split())
            cols[15] = "" if tone is None else f"{tone:.4f},,,,,,{words}"
            cols[22] = "#".join(
                f"{q['content']['start']}|{q['content']['end'] - q['content']['start']}|"
                f"{_clean(text[q['cue']['start']:q['cue']['end']]) if q.get('cue') else ''}|"
                f"{_clean(text[q['content']['start']:q['content']['end']])}"
                for q in rec.get("quotes", []) if q.get("field") is None)
            cols[23] = ";".join(f"{_clean(e['name'])},{m['start']}" for e in ents
                                for m in e.get("mentions", [])[:1])
            cols[24] = ";".join(f"{n['value']},{_clean(n.get('thing'))},{n['span']['start']}"
                                for n in rec.get("numbers", []) if n.get("value") is not None)
            out.append("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cols) + "\n")
        if out:
            yield "".join(out)
