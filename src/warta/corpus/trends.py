"""Trends: per day, week or month, the articles a search matches, mentions of an entity
in them and their mean tone. A duplicate group counts once (its first-stored article).

Any search: without full text the filters are SQL (`article_filters`); with text,
PostgreSQL adds its `tsvector` match to the same statement and the embedded store takes
the matching ids from its Tantivy index, then counts over them in SQL in chunks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Literal

from ..record import fold
from ..store.model import SearchQuery
from ..store.sql import SQLStore, article_filters

Period = Literal["day", "week", "month"]
PERIODS = ("day", "week", "month")
CHUNK = 500


@dataclass(frozen=True, slots=True, kw_only=True)
class TrendRow:
    period: str  # 2025-10-20 (day), 2025-W43 (ISO week), 2025-10 (month)
    articles: int
    mentions: int | None  # of the --entity, when one is given
    tone: float | None  # mean tone (-100..100) of the articles that have one


def period_of(day: str, by: Period) -> str:
    d = date.fromisoformat(day[:10])
    if by == "day":
        return d.isoformat()
    if by == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    return d.isoformat()[:7]


def _speaker(store: SQLStore, q: SearchQuery) -> str | None:
    if not q.speaker:
        return None
    value = q.speaker.strip()
    return value if ":" in value else (store.resolve_entity(value) or value)


def _entity_keys(store: SQLStore, entity: str | None) -> list[str]:
    if not entity:
        return []
    value = entity.strip()
    if ":" in value:
        return [value]
    return [str(r[0]) for r in store._x(
        "SELECT DISTINCT key FROM article_entities WHERE name_fold = ?", (fold(value),))]


def _id_chunks(store: SQLStore, q: SearchQuery) -> Iterator[list[str]]:
    """Ids of every article the embedded store's text search matches, in chunks."""
    from ..store.sqlite import SQLiteStore

    assert isinstance(store, SQLiteStore)
    store._check_index()
    total, _, _, _ = store.index.search(replace(q, limit=1, offset=0, facets=False),
                                        store.get_meta("index_rev"))
    step = 10_000
    for offset in range(0, total, step):
        _, hits, _, _ = store.index.search(replace(q, limit=step, offset=offset),
                                           store.get_meta("index_rev"))
        ids = [i for i, _ in hits]
        for i in range(0, len(ids), CHUNK):
            yield ids[i:i + CHUNK]


def trends(store: SQLStore, q: SearchQuery, by: Period = "day") -> list[TrendRow]:
    """Counts per period for the search `q` (its limit and offset are ignored)."""
    if by not in PERIODS:
        raise ValueError(f"--by takes one of {PERIODS}, not {by!r}")
    q = store.registry_query(q)  # every name the registry links to the entity / speaker
    keys = list(dict.fromkeys([*_entity_keys(store, q.entity), *q.entity_keys]))
    mention = "0"
    mention_params: list[Any] = []
    if keys:
        marks = ", ".join("?" for _ in keys)
        mention = (f"(SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id "
                   f"AND m.key IN ({marks}))")
        mention_params = list(keys)
    select = (f"SELECT a.day, COUNT(*), SUM({mention}), SUM(sa.tone), COUNT(sa.tone) "
              "FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id")
    rows: list[tuple[Any, ...]] = []
    has_text = bool(q.text.strip())
    if has_text and not hasattr(store, "_where"):  # embedded: ids from Tantivy
        for ids in _id_chunks(store, replace(q, copies=False)):
            marks = ", ".join("?" for _ in ids)
            rows += store._x(f"{select} WHERE a.id IN ({marks}) AND a.day IS NOT NULL "
                             "GROUP BY a.day", (*mention_params, *ids))
    else:
        if has_text:  # PostgreSQL: the same WHERE as its search
            where, params = store._where(replace(q, copies=False))  # type: ignore[attr-defined]
            where = where.replace("WHERE ", "WHERE a.day IS NOT NULL AND ", 1)
        else:
            clauses, params = article_filters(
                entity=q.entity, kind=q.kind, country=q.country, source=q.source,
                speaker_key=_speaker(store, q), event=q.event, since=q.since, until=q.until,
                collapse=True, entity_keys=q.entity_keys, speaker_keys=q.speaker_keys)
            where = "WHERE " + " AND ".join(["a.day IS NOT NULL", *clauses])
        rows = store._x(f"{select} {where} GROUP BY a.day", (*mention_params, *params))
    acc: dict[str, list[float]] = {}
    for day, n, ments, tone_sum, tone_n in rows:
        slot = acc.setdefault(period_of(str(day), by), [0, 0, 0.0, 0])
        slot[0] += int(n)
        slot[1] += int(ments or 0)
        slot[2] += float(tone_sum or 0.0)
        slot[3] += int(tone_n or 0)
    return [TrendRow(period=p, articles=int(v[0]), mentions=int(v[1]) if keys else None,
                     tone=round(v[2] / v[3], 2) if v[3] else None)
            for p, v in sorted(acc.items())]


def fill_gaps(rows: list[TrendRow], by: Period) -> list[TrendRow]:
    """Rows for the periods between the first and last with no articles (charts)."""
    if by != "day" or len(rows) < 2:
        return rows
    have = {r.period: r for r in rows}
    d, end = date.fromisoformat(rows[0].period), date.fromisoformat(rows[-1].period)
    out = []
    while d <= end:
        key = d.isoformat()
        out.append(have.get(key) or TrendRow(period=key, articles=0,
                                             mentions=0 if rows[0].mentions is not None
                                             else None, tone=None))
        d += timedelta(days=1)
    return out
