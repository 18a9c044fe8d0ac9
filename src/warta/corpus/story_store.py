"""Stories kept in the store (both dialects): the tables, assignment inside each write,
rebuild, and the read side (list, one story).

Tables: `stories (id, headline, first_article, first_day, last_day, n_articles)`;
`story_articles (article_id, story_id, day, tone, vector)` (every stored article, its
story, its vector as JSON, and its tone, kept here for trends); `story_keys (key, day,
article_id)` (the inverted index: lookup terms of originals, indexed on (key, day) only, so a
lookup reads only the window's postings of a few terms, and an update finds an article's
rows by its stored vector's terms); `story_df (key, n)` (document
frequencies; key 0 holds the number of articles counted).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Protocol

from ..record import Article
from ..store.pgarray import ints
from . import stories
from .groups import delete_keyed

STORY_TABLES = """
CREATE TABLE IF NOT EXISTS stories (
  id TEXT PRIMARY KEY, headline TEXT, first_article TEXT NOT NULL, first_day TEXT,
  last_day TEXT, n_articles INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS stories_last_day ON stories (last_day);
CREATE TABLE IF NOT EXISTS story_articles (
  article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, day INTEGER, tone DOUBLE PRECISION,
  vector TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles (story_id);
CREATE TABLE IF NOT EXISTS story_keys (key BIGINT NOT NULL, day INTEGER NOT NULL,
  article_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS story_keys_key_day ON story_keys (key, day);
CREATE TABLE IF NOT EXISTS story_df (key BIGINT PRIMARY KEY, n BIGINT NOT NULL)
"""


# Stored vectors never change under the same JSON: decode each once (candidates recur
# while a story runs). Callers only read the dicts.
_vector = lru_cache(maxsize=1 << 16)(json.loads)


class Store(Protocol):
    dialect: str

    def _x(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    def _insert(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...


def ddl(dialect: str) -> list[str]:
    """The statements that create the story tables (idempotent) for 'sqlite' or 'postgres'."""
    text = STORY_TABLES
    if dialect == "sqlite":
        text = text.replace("BIGINT", "INTEGER").replace("DOUBLE PRECISION", "REAL")
    return [s for s in text.split(";") if s.strip()]


class SQLIndex:
    """`stories.Index` over the store's tables, inside its write transaction; `tone` is
    stored with the article's row. `hold`: `add` keeps the rows in `held` for the caller
    to write (with the story's own row, in one statement: see `assign`)."""

    def __init__(self, store: Store, tone: float | None = None, *, hold: bool = False) -> None:
        self.store = store
        self.tone = tone
        self.hold = hold
        self.held: list[Any] | None = None  # [article_id, story, day, tone, vector, keys]

    def count_docs(self, keys: Sequence[int]) -> dict[int, int]:
        uniq = sorted({stories.DF_TOTAL, *keys})
        pending = _pending(self.store)
        if pending is not None:
            # Inside a write batch: read, and count in memory; `flush_counts` writes the
            # batch's counts at its end (each row once, not once an article: Detik's
            # articles of a 25-article batch share almost half their terms).
            found = self._read(uniq)
            before = {k: found.get(k, 0) + pending.get(k, 0) for k in uniq}
            pending.update(uniq)
            return {k: n for k, n in before.items() if n}
        # Counted and read back in one statement (RETURNING gives the counts after it), not
        # a read and then a write: a server store pays a round trip per statement.
        after: list[tuple[Any, ...]] = []
        upsert = "ON CONFLICT (key) DO UPDATE SET n = story_df.n + 1 RETURNING key, n"
        if self.store.dialect == "postgres":  # one array parameter: one prepared statement
            after = self.store._x("INSERT INTO story_df (key, n) SELECT k, 1 FROM "
                                  f"unnest(CAST(? AS bigint[])) AS k {upsert}", (ints(uniq),))
        else:
            for i in range(0, len(uniq), 500):
                chunk = uniq[i:i + 500]
                values = ", ".join("(?, 1)" for _ in chunk)
                after += self.store._x(f"INSERT INTO story_df (key, n) VALUES {values} "
                                       f"{upsert}", chunk)
        return {int(k): int(n) - 1 for k, n in after if int(n) > 1}

    def _read(self, uniq: list[int]) -> dict[int, int]:
        if self.store.dialect == "postgres":
            rows = self.store._x("SELECT key, n FROM story_df WHERE key = ANY(CAST(? AS "
                                 "bigint[]))", (ints(uniq),))
        else:
            rows = []
            for i in range(0, len(uniq), 500):
                chunk = uniq[i:i + 500]
                marks = ", ".join("?" for _ in chunk)
                rows += self.store._x(f"SELECT key, n FROM story_df WHERE key IN ({marks})",
                                      chunk)
        return {int(k): int(n) for k, n in rows}

    def candidates(self, keys: Sequence[int], low: int, high: int,
                   exclude: str) -> list[stories.Candidate]:
        if not keys:
            return []
        marks = ", ".join("?" for _ in keys)
        rows = self.store._x(
            "SELECT sa.article_id, sa.story_id, sa.day, sa.vector FROM story_articles sa "
            "JOIN (SELECT article_id, COUNT(*) AS c FROM story_keys "
            f"WHERE key IN ({marks}) AND day BETWEEN ? AND ? AND article_id <> ? "
            f"GROUP BY article_id ORDER BY c DESC, article_id LIMIT {stories.CANDIDATES}) k "
            "ON k.article_id = sa.article_id", (*keys, low, high, exclude))
        return [stories.Candidate(str(a), str(s), int(d), _vector(v))
                for a, s, d, v in rows]

    def add(self, article_id: str, story: str, day: int | None, vec: dict[str, float],
            keys: Sequence[int]) -> None:
        row: list[Any] = [article_id, story, day, self.tone, json.dumps(vec, ensure_ascii=False),
               list(keys) if day is not None else []]
        if self.hold:
            self.held = row
            return
        self.store._x("INSERT INTO story_articles (article_id, story_id, day, tone, vector) "
                      "VALUES (?, ?, ?, ?, ?)", row[:5])
        _write_keys(self.store, article_id, day, row[5])


def _pending(store: Store) -> Counter[int] | None:
    """The document counts of the store's write batch not yet written (None outside one)."""
    batch = getattr(store, "_write_batch", None)
    if batch is None:
        return None
    held: tuple[object, Counter[int]] | None = getattr(store, "_story_df_pending", None)
    if held is None or held[0] is not batch:  # a new batch (an aborted one's counts dropped)
        held = (batch, Counter())
        store._story_df_pending = held  # type: ignore[attr-defined]
    return held[1]


def flush_counts(store: Store) -> None:
    """Write the write batch's document counts (before it commits)."""
    pending = _pending(store)
    if not pending:
        return
    rows = sorted(pending.items())
    upsert = "ON CONFLICT (key) DO UPDATE SET n = story_df.n + excluded.n"
    if store.dialect == "postgres":
        store._x("INSERT INTO story_df (key, n) SELECT * FROM unnest(CAST(? AS bigint[]), "
                 f"CAST(? AS bigint[])) {upsert}",
                 (ints(k for k, _ in rows), ints(n for _, n in rows)))
    else:
        store._many(f"INSERT INTO story_df (key, n) VALUES (?, ?) {upsert}", rows)
    pending.clear()


def _write_keys(store: Store, article_id: str, day: int | None, keys: Sequence[int]) -> None:
    if day is not None and keys:
        values = ", ".join("(?, ?, ?)" for _ in keys)
        store._x(f"INSERT INTO story_keys (key, day, article_id) VALUES {values}",
                 [x for k in keys for x in (k, day, article_id)])


def forget(store: Store, article_id: str) -> None:
    """Take an article out of its story (before it is assigned again on update)."""
    found = store._x("SELECT story_id, day, vector FROM story_articles WHERE article_id = ?",
                     (article_id,))
    if found and found[0][1] is not None:
        # Its keys are its vector's lookup terms (what `stories.assign` wrote): found by
        # them on the (key, day) index, so no index on article_id costs every insert.
        keys = sorted({stories.key_of(t) for t in stories.lookup_terms(_vector(found[0][2]))})
        delete_keyed(store, "story_keys", "key", keys, "day = ? AND article_id = ?",
                     [found[0][1], article_id])
    store._x("DELETE FROM story_articles WHERE article_id = ?", (article_id,))
    if found:
        _recount(store, str(found[0][0]))


def _recount(store: Store, story: str) -> None:
    """Recompute a story's row from its articles (or drop it when none is left)."""
    rows = store._x("SELECT a.id, a.title, a.day FROM story_articles sa JOIN articles a "
                    "ON a.id = sa.article_id WHERE sa.story_id = ? "
                    "ORDER BY a.day IS NULL, a.day, a.rev", (story,))
    if not rows:
        store._x("DELETE FROM stories WHERE id = ?", (story,))
        return
    days = [r[2] for r in rows if r[2]]
    headline = next((r[1] for r in rows if r[1]), None)
    store._x("UPDATE stories SET headline = ?, first_article = ?, first_day = ?, "
             "last_day = ?, n_articles = ? WHERE id = ?",
             (headline, rows[0][0], min(days) if days else None,
              max(days) if days else None, len(rows), story))


# Count an article in its story's row (made by its first article). The headline is the
# earliest article's (an earlier one arriving late takes over).
_EARLIER = ("excluded.first_day IS NOT NULL AND (stories.first_day IS NULL "
            "OR excluded.first_day < stories.first_day)")
JOIN = ("INSERT INTO stories (id, headline, first_article, first_day, last_day, n_articles) "
        "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (id) DO UPDATE SET "
        "n_articles = stories.n_articles + 1, "
        f"headline = CASE WHEN {_EARLIER} THEN excluded.headline ELSE stories.headline END, "
        f"first_day = CASE WHEN {_EARLIER} THEN excluded.first_day ELSE stories.first_day END, "
        "last_day = CASE WHEN excluded.last_day IS NOT NULL AND (stories.last_day IS NULL "
        "OR excluded.last_day > stories.last_day) THEN excluded.last_day "
        "ELSE stories.last_day END")


def _write(store: Store, held: list[Any], article: Article) -> None:
    """The article's story rows (`SQLIndex.held`) and its count in the story's row: one
    statement on PostgreSQL (a round trip and a plan for the three), three on SQLite."""
    day = article.published.date().isoformat() if article.published else None
    title = article.title or _lead(article.text)
    story = held[1]
    if store.dialect == "postgres":
        store._x("WITH a AS (INSERT INTO story_articles (article_id, story_id, day, tone, "
                 "vector) VALUES (?, ?, ?, ?, ?)), k AS (INSERT INTO story_keys (key, day, "
                 "article_id) SELECT unnest(CAST(? AS bigint[])), ?, ?) " + JOIN,
                 [*held[:5], ints(held[5]), held[2], held[0], story, title, article.id, day, day])
        return
    store._x("INSERT INTO story_articles (article_id, story_id, day, tone, vector) "
             "VALUES (?, ?, ?, ?, ?)", held[:5])
    _write_keys(store, held[0], held[2], held[5])
    store._x(JOIN, (story, title, article.id, day, day))


def _lead(text: str, n: int = 90) -> str:
    """A headline for an article without a title (IndoSum): its opening words."""
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[:n].rsplit(" ", 1)[0] + "…"


def assign(store: Store, article: Article, copy_of: str | None, *, new: bool) -> str:
    """Place a just-written article in a story (inside the write transaction): a copy
    joins its original's story, an original is matched online. Returns the story id."""
    if not new:
        forget(store, article.id)
    index = SQLIndex(store, article.tone.score if article.tone is not None else None,
                     hold=True)
    story: str | None = None
    if copy_of is not None:
        found = store._x("SELECT story_id FROM story_articles WHERE article_id = ?",
                         (copy_of,))
        story = str(found[0][0]) if found else None
    day = stories.day_number(article.published.date() if article.published else None)
    if story is None:
        story, _ = stories.assign(index, article.id, article.title, article.text, day)
        # A new article's id names no story yet (articles are never deleted, and a story is
        # named after the article that started it), so only an update can meet its own.
        if not new and story == stories.story_id(article.id) and store._x(
                "SELECT 1 FROM story_articles WHERE story_id = ? AND article_id <> ? LIMIT 1",
                (story, article.id)):
            # Updated out of the story it once started (which keeps its name): a new name.
            n = store._x("SELECT COUNT(*) FROM stories")[0][0]
            story = stories.story_id(f"{article.id}#{n}")
    else:
        index.add(article.id, story, day, {}, [])
    assert index.held is not None  # every path above adds the article
    index.held[1] = story
    _write(store, index.held, article)
    return story


def rebuild(store: Any, batch: int = 500) -> int:
    """Recompute every story from the stored articles in date order (`warta stories
    --rebuild`): originals first, by publication time then write order, as an ingest in
    date order sees them; then the copies, which join their original's story."""
    with store._tx():
        for table in ("story_keys", "story_articles", "story_df", "stories"):
            store._x(f"DELETE FROM {table}")
    n = 0
    for copies in (False, True):
        cond = "IS NOT NULL" if copies else "IS NULL"
        last: tuple[str, int] = ("", 0)
        while True:
            # Keyset pages over (published, rev); undated articles sort last ('~').
            rows = store._x(
                "SELECT COALESCE(published, '~'), rev, record, duplicate_of FROM articles "
                f"WHERE duplicate_of {cond} AND (COALESCE(published, '~') > ? OR "
                "(COALESCE(published, '~') = ? AND rev > ?)) "
                "ORDER BY COALESCE(published, '~'), rev LIMIT ?",
                (last[0], last[0], last[1], batch))
            if not rows:
                break
            with store._tx():
                for _pub, _rev, record, dup in rows:
                    article = Article.from_dict(json.loads(record))
                    assign(store, article, dup, new=True)
                    n += 1
            last = (str(rows[-1][0]), int(rows[-1][1]))
    return n


# -- reading ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class StorySummary:
    id: str
    headline: str | None
    first_seen: str | None
    last_seen: str | None
    articles: int
    sources: list[str] = field(default_factory=list)
    top_entities: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryArticle:
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    duplicate_of: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryDetail:
    story: StorySummary
    articles: list[StoryArticle]


def _details(store: Store, ids: list[str]) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    """Sources and top entities (copies not counted) of some stories; an entity's `key` is
    its registry id."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    sources: dict[str, list[str]] = {i: [] for i in ids}
    for sid, src in store._x(
            "SELECT DISTINCT sa.story_id, a.source FROM story_articles sa JOIN articles a "
            f"ON a.id = sa.article_id WHERE sa.story_id IN ({marks}) AND a.source IS NOT NULL "
            "ORDER BY sa.story_id, a.source", ids):
        sources[str(sid)].append(str(src))
    ents: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    # By registry entity (warta.corpus.registry): "Jokowi" and "Joko Widodo" count as one,
    # under the registry's canonical name.
    for sid, key, name, kind, c in store._x(
            "SELECT sa.story_id, l.rid, COALESCE(MAX(re.name), MAX(l.name)), "
            "COALESCE(MAX(re.kind), MAX(l.kind)), COUNT(DISTINCT l.article_id) AS c "
            "FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
            "JOIN registry_links l ON l.article_id = sa.article_id "
            "LEFT JOIN registry_entities re ON re.rid = l.rid "
            f"WHERE sa.story_id IN ({marks}) AND a.duplicate_of IS NULL "
            "GROUP BY sa.story_id, l.rid ORDER BY sa.story_id, c DESC, l.rid", ids):
        if len(ents[str(sid)]) < 8:
            ents[str(sid)].append({"key": key, "name": name, "kind": kind, "articles": int(c)})
    return {i: (sources[i], ents[i]) for i in ids}


def list_stories(store: Store, *, since: date | None = None, until: date | None = None,
                 entity: str | None = None, min_articles: int = 2, limit: int = 20,
                 offset: int = 0) -> tuple[int, list[StorySummary]]:
    """Stories, latest first: seen on or after `since` (last day), on or before `until`
    (first day), holding an article that mentions `entity` (registry id, key, name or
    alias: any name the entity registry links to it)."""
    clauses = ["s.n_articles >= ?"]
    params: list[Any] = [min_articles]
    if since:
        clauses.append("s.last_day >= ?")
        params.append(since.isoformat())
    if until:
        clauses.append("s.first_day <= ?")
        params.append(until.isoformat())
    from .registry import find

    rid = find(store, entity) if entity else None
    if rid is not None:  # any name of the registry entity: "Jokowi" finds "Joko Widodo"
        clauses.append("EXISTS (SELECT 1 FROM story_articles x JOIN registry_links l "
                       "ON l.article_id = x.article_id WHERE x.story_id = s.id AND l.rid = ?)")
        params.append(rid)
    elif entity:  # a name the registry does not know: as written
        value = entity.strip()
        col = "key" if ":" in value else "name_fold"
        from ..record import fold

        clauses.append("EXISTS (SELECT 1 FROM story_articles x JOIN article_entities ae "
                       f"ON ae.article_id = x.article_id WHERE x.story_id = s.id "
                       f"AND ae.{col} = ?)")
        params.append(value if col == "key" else fold(value))
    where = " AND ".join(clauses)
    total = int(store._x(f"SELECT COUNT(*) FROM stories s WHERE {where}", params)[0][0])
    rows = store._x("SELECT s.id, s.headline, s.first_day, s.last_day, s.n_articles "
                    f"FROM stories s WHERE {where} ORDER BY s.last_day IS NULL, "
                    "s.last_day DESC, s.n_articles DESC, s.id LIMIT ? OFFSET ?",
                    (*params, limit, offset))
    more = _details(store, [str(r[0]) for r in rows])
    return total, [StorySummary(id=r[0], headline=r[1], first_seen=r[2], last_seen=r[3],
                                articles=int(r[4]), sources=more[r[0]][0],
                                top_entities=more[r[0]][1]) for r in rows]


def get_story(store: Store, story: str) -> StoryDetail | None:
    found = store._x("SELECT id, headline, first_day, last_day, n_articles FROM stories "
                     "WHERE id = ?", (story,))
    if not found:
        return None
    r = found[0]
    more = _details(store, [story])[story]
    summary = StorySummary(id=r[0], headline=r[1], first_seen=r[2], last_seen=r[3],
                           articles=int(r[4]), sources=more[0], top_entities=more[1])
    arts = [StoryArticle(id=a[0], title=a[1], source=a[2], url=a[3], published=a[4],
                         duplicate_of=a[5]) for a in store._x(
        "SELECT a.id, a.title, a.source, a.url, a.published, a.duplicate_of "
        "FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
        "WHERE sa.story_id = ? ORDER BY a.published IS NULL, a.published, a.rev", (story,))]
    return StoryDetail(story=summary, articles=arts)


def story_of(store: Store, article_id: str) -> str | None:
    found = store._x("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,))
    return str(found[0][0]) if found else None
