"""Types the stores return, and the pure functions that flatten an `Article` into rows.

The normalised tables (entities, mentions, quotes, numbers, times, events, themes) are
derived from the full JSON record, which is kept too: the record is the truth, the
tables and the full-text index exist to filter, join and count.
"""

from __future__ import annotations

import hashlib
import json
import re
from calendar import timegm
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import attrgetter
from typing import Any, Literal

from ..record import Article
from ..record import entity_id as entity_id  # re-exported: the store keys entities on it
from ..record import fold as fold  # re-exported: the stores match names with it

# The numbers table's columns added after the first stores, as (column, SQL type): what an
# amount measures (`change` up/down, `change_to` the level reached, `change_from` the level
# it started from, `period` a TIMEX3 value). The table's DDL, its insert, the export and the
# upgrade of an older store (store.sql.ADDED_COLUMNS) all read this one list; BOOLEAN is
# an integer affinity in SQLite.
NUMBER_COLUMNS = (("change", "TEXT"), ("change_to", "BOOLEAN"), ("change_from", "BOOLEAN"),
                  ("period", "TEXT"))
number_values = attrgetter(*(c for c, _ in NUMBER_COLUMNS))  # a `Count`'s, in that order

PutStatus = Literal["stored", "updated", "duplicate"]

def content_hash(text: str) -> str:
    """Hash of the whitespace-normalised text: the same article under another URL."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def day_of(published: datetime | None) -> str | None:
    return published.date().isoformat() if published else None


def epoch_of(published: datetime | None) -> int | None:
    """Seconds of the article's wall-clock time read as UTC, so days bucket as written."""
    if published is None:
        return None
    return timegm(published.replace(tzinfo=None).timetuple())


def day_epoch(d: date) -> int:
    return timegm(d.timetuple())


@dataclass(frozen=True, slots=True)
class Rows:
    """One article flattened for the normalised tables (column order matches the SQL)."""

    article: tuple[Any, ...]
    entities: list[tuple[Any, ...]] = field(default_factory=list)  # global entity table
    article_entities: list[tuple[Any, ...]] = field(default_factory=list)
    mentions: list[tuple[Any, ...]] = field(default_factory=list)
    quotes: list[tuple[Any, ...]] = field(default_factory=list)
    numbers: list[tuple[Any, ...]] = field(default_factory=list)
    times: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    themes: list[tuple[Any, ...]] = field(default_factory=list)


def record_json(article: Article) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, sort_keys=True)


def article_rows(article: Article, record: str | None = None) -> Rows:
    """Flatten an article; `record` is its JSON when already serialised."""
    a = article
    keys = {e.id: entity_id(e.kind, e.name) for e in a.entities}
    names = {e.id: e.name for e in a.entities}
    versions = json.dumps({p.name: p.version for p in a.provenance}, sort_keys=True)
    rows = Rows(article=(a.id, content_hash(a.text), a.url, a.source,
                         fold(a.source) if a.source else None,
                         a.published.isoformat() if a.published else None, day_of(a.published),
                         a.title, a.lang, a.text, record or record_json(a), versions,
                         a.dateline))
    seen: set[str] = set()
    for e in a.entities:
        key = keys[e.id]
        if key not in seen:
            seen.add(key)
            rows.entities.append((key, e.kind, e.name, e.country))
        rows.article_entities.append((a.id, e.id, key, e.kind, e.name, fold(e.name), e.country,
                                      json.dumps(list(e.roles), ensure_ascii=False),
                                      len(e.mentions)))
        rows.mentions.extend((a.id, key, m.start, m.end) for m in e.mentions)
    for i, q in enumerate(a.quotes):
        rows.quotes.append((a.id, i, q.kind, q.content.start, q.content.end,
                            q.content.of(a.field_text(q.field)),
                            q.cue.start if q.cue else None, q.cue.end if q.cue else None,
                            keys.get(q.speaker) if q.speaker else None,
                            names.get(q.speaker) if q.speaker else None))
    for i, n in enumerate(a.numbers):
        rows.numbers.append((a.id, i, n.span.start, n.span.end, n.value, n.low, n.high,
                             n.qualifier, n.unit, n.currency, n.thing, *number_values(n)))
    for i, t in enumerate(a.times):
        rows.times.append((a.id, i, t.span.start, t.span.end, t.type, t.value, t.anchored,
                           t.freq))

    def ref(x: str) -> str:  # entity ids become store keys; country codes stay as they are
        return keys.get(x, x)

    for i, ev in enumerate(a.events):
        rows.events.append((a.id, i, ev.code, json.dumps([ref(x) for x in ev.actors]),
                            json.dumps([ref(x) for x in ev.targets]),
                            ref(ev.place) if ev.place else None, ev.time, ev.mode,
                            ev.trigger.start if ev.trigger else None,
                            ev.trigger.end if ev.trigger else None,
                            ev.evidence.start if ev.evidence else None,
                            ev.evidence.end if ev.evidence else None))
    rows.themes.extend((a.id, t.code, t.score) for t in a.themes)
    return rows


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchQuery:
    """Full-text query plus filters; every filter is optional and they combine with AND."""

    text: str = ""
    entity: str | None = None  # store key ('per:kim-jong-un') or canonical name
    kind: str | None = None  # an entity kind the article mentions: PERSON, ORG, PLACE...
    country: str | None = None  # ISO 3166-1 alpha-2 of a mentioned entity
    source: str | None = None
    since: date | None = None
    until: date | None = None  # inclusive
    speaker: str | None = None  # store key or name of a quoted speaker
    event: str | None = None  # PLOVER code
    theme: str | None = None  # a theme code the article carries ("iptc:conflict")
    tone: Literal["negative", "neutral", "positive"] | None = None
    limit: int = 20
    offset: int = 0
    sort: Literal["relevance", "date", "oldest"] = "relevance"  # date: newest first
    facets: bool = True
    copies: bool = False  # show every copy; default: a duplicate group is one hit
    # Filled by the store from the entity registry (callers leave them empty): the
    # per-article keys linked to `entity` / `speaker`, matched as a disjunction.
    entity_keys: tuple[str, ...] = ()
    speaker_keys: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Hit:
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    score: float
    snippet: str  # plain text around the best match
    # Where the query matched in `snippet`: [start, end) character offsets.
    highlights: tuple[tuple[int, int], ...] = ()
    copies: int = 0  # other articles grouped under this one (near-duplicates, re-scrapes)


@dataclass(frozen=True, slots=True, kw_only=True)
class FacetCount:
    key: str
    label: str
    count: int


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchResult:
    total: int
    hits: list[Hit]
    top_entities: list[FacetCount] = field(default_factory=list)
    top_speakers: list[FacetCount] = field(default_factory=list)
    per_day: list[FacetCount] = field(default_factory=list)
    themes: list[FacetCount] = field(default_factory=list)
    tones: list[FacetCount] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleSummary:
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class EntitySummary:
    key: str  # the registry id (`warta.corpus.registry`)
    kind: str
    name: str
    country: str | None
    articles: int  # copies (duplicate_of set) left out
    aliases: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteRow:
    article_id: str
    title: str | None
    published: str | None
    kind: str
    text: str
    speaker: str | None  # store key
    speaker_name: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventRow:
    article_id: str
    title: str | None
    published: str | None
    code: str
    actors: list[str]
    targets: list[str]
    place: str | None
    time: str | None
    evidence: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class EntityDetail:
    entity: EntitySummary
    mentions_per_day: list[FacetCount]
    quotes: list[QuoteRow]
    cooccurring: list[FacetCount]
    articles: list[ArticleSummary]


@dataclass(frozen=True, slots=True, kw_only=True)
class PutReport:
    stored: int = 0
    updated: int = 0
    duplicate: int = 0


_SPACE = re.compile(r"\s")
_UNEVEN_SPACE = re.compile(r"\s\s|^\s|\s$")


def snippet_of(fragment: str, marks: list[tuple[int, int]]) -> tuple[str, tuple[
        tuple[int, int], ...]]:
    """A fragment with its whitespace runs made single spaces, and its marks moved to match
    (sorted, overlaps dropped)."""
    if not _UNEVEN_SPACE.search(fragment):  # the common case: lengths stay, so do marks
        text = _SPACE.sub(" ", fragment)
        kept_: list[tuple[int, int]] = []
        for start, end in sorted(marks):
            if 0 <= start < end <= len(text) and not (kept_ and start < kept_[-1][1]):
                kept_.append((start, end))
        return text, tuple(kept_)
    out: list[str] = []
    where: list[int] = []  # new offset of each old character
    space = False
    for ch in fragment:
        where.append(len(out))
        if ch.isspace():
            if not space and out:
                out.append(" ")
            space = True
        else:
            out.append(ch)
            space = False
    where.append(len(out))
    text = "".join(out).rstrip()
    kept: list[tuple[int, int]] = []
    last = 0  # end of the last kept mark, in the fragment's offsets
    for start, end in sorted(marks):
        if not 0 <= start < end <= len(fragment) or start < last:
            continue
        lo, hi = where[start], min(where[end], len(text))
        if lo < hi:
            kept.append((lo, hi))
            last = end
    return text, tuple(kept)


def snippet_html(fragment: str, marks: list[tuple[int, int]]) -> str:
    """Escape a fragment and wrap the highlighted ranges in <mark>."""
    from html import escape

    out: list[str] = []
    pos = 0
    for start, end in sorted(marks):
        if start < pos:
            continue
        out.append(escape(fragment[pos:start]))
        out.append(f"<mark>{escape(fragment[start:end])}</mark>")
        pos = end
    out.append(escape(fragment[pos:]))
    return "".join(out)
