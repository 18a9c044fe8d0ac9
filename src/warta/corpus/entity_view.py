"""What the entity page adds to a registry entity: its roles over time (each role with
the first and last day an article gave it) and its articles and tone per period.
Copies (`duplicate_of` set) are left out, as everywhere in the registry."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..record import fold
from .trends import Period, TrendRow, period_of

LIVE = "JOIN articles a ON a.id = l.article_id AND a.duplicate_of IS NULL"


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleSpan:
    role: str  # as the articles wrote it most often
    first: str | None  # first and last day an article gave the role
    last: str | None
    articles: int


def roles_over_time(store: Any, rid: str, *, limit: int = 12) -> list[RoleSpan]:
    """The roles articles gave the entity (`Prabowo, Menteri Pertahanan`), most frequent
    first; spellings that fold alike count as one role."""
    seen: dict[str, dict[str, Any]] = {}
    for roles, day, article in store._x(
            "SELECT ae.roles, a.day, a.id FROM registry_links l "
            f"{LIVE} JOIN article_entities ae ON ae.article_id = l.article_id "
            "AND ae.local_id = l.local_id WHERE l.rid = ? AND ae.roles <> '[]'", (rid,)):
        for role in json.loads(roles or "[]"):
            slot = seen.setdefault(fold(role), {"names": {}, "days": [], "ids": set()})
            slot["names"][role] = slot["names"].get(role, 0) + 1
            slot["ids"].add(article)
            if day:
                slot["days"].append(str(day))
    out = [RoleSpan(role=max(v["names"], key=lambda n: (v["names"][n], n)),
                    first=min(v["days"]) if v["days"] else None,
                    last=max(v["days"]) if v["days"] else None, articles=len(v["ids"]))
           for v in seen.values()]
    out.sort(key=lambda r: (-r.articles, r.first or "", r.role))
    return out[:limit]


def entity_trend(store: Any, rid: str, by: Period) -> list[TrendRow]:
    """Articles naming the entity (under any of its names) per period, and their mean
    tone (`mentions` is left empty: the registry links names, not each mention)."""
    acc: dict[str, list[float]] = {}
    for day, n, tone_sum, tone_n in store._x(
            "SELECT a.day, COUNT(*), SUM(sa.tone), COUNT(sa.tone) FROM "
            "(SELECT DISTINCT l.article_id FROM registry_links l WHERE l.rid = ?) x "
            "JOIN articles a ON a.id = x.article_id "
            "AND a.duplicate_of IS NULL LEFT JOIN story_articles sa ON sa.article_id = a.id "
            "WHERE a.day IS NOT NULL GROUP BY a.day", (rid,)):
        slot = acc.setdefault(period_of(str(day), by), [0, 0.0, 0])
        slot[0] += int(n)
        slot[1] += float(tone_sum or 0.0)
        slot[2] += int(tone_n or 0)
    return [TrendRow(period=p, articles=int(v[0]), mentions=None,
                     tone=round(v[1] / v[2], 2) if v[2] else None)
            for p, v in sorted(acc.items())]
