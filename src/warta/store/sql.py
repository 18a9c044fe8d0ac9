"""SQL shared by the SQLite and PostgreSQL stores: schema, idempotent upsert and browsing.

Statements use `?` placeholders; the PostgreSQL store rewrites them to `%s`.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from ..record import Article, slug
from .model import (
    NUMBER_COLUMNS,
    ArticleSummary,
    EntityDetail,
    EntitySummary,
    EventRow,
    Hit,
    PutStatus,
    QuoteRow,
    Rows,
    SearchQuery,
    SearchResult,
    article_rows,
    fold,
    record_json,
)

SCHEMA_VERSION = 3  # 2: article_texts; 3: external_id, duplicate_of, minhash tables

TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, rev BIGINT NOT NULL, content_hash TEXT NOT NULL, url TEXT,
  source TEXT, source_fold TEXT, published TEXT, day TEXT, title TEXT, lang TEXT,
  text TEXT NOT NULL, record TEXT NOT NULL, versions TEXT NOT NULL,
  stored_at TEXT NOT NULL, updated_at TEXT NOT NULL, external_id TEXT, duplicate_of TEXT,
  dateline TEXT);
CREATE UNIQUE INDEX IF NOT EXISTS articles_rev ON articles (rev);
CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash);
CREATE INDEX IF NOT EXISTS articles_url ON articles (url);
CREATE INDEX IF NOT EXISTS articles_day ON articles (day);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE TABLE IF NOT EXISTS entities (
  key TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, country TEXT);
CREATE TABLE IF NOT EXISTS article_entities (
  article_id TEXT NOT NULL, local_id TEXT NOT NULL, key TEXT NOT NULL, kind TEXT NOT NULL,
  name TEXT NOT NULL, name_fold TEXT NOT NULL, country TEXT, roles TEXT NOT NULL,
  n_mentions INTEGER NOT NULL, PRIMARY KEY (article_id, local_id));
CREATE INDEX IF NOT EXISTS ae_key ON article_entities (key);
CREATE INDEX IF NOT EXISTS ae_name ON article_entities (name_fold);
CREATE TABLE IF NOT EXISTS mentions (
  article_id TEXT NOT NULL, key TEXT NOT NULL, span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id);
CREATE INDEX IF NOT EXISTS mentions_key ON mentions (key);
CREATE TABLE IF NOT EXISTS quotes (
  article_id TEXT NOT NULL, idx INTEGER NOT NULL, kind TEXT NOT NULL,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, content TEXT NOT NULL,
  cue_start INTEGER, cue_end INTEGER, speaker_key TEXT, speaker_name TEXT,
  PRIMARY KEY (article_id, idx));
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_key);
CREATE TABLE IF NOT EXISTS numbers (
  article_id TEXT NOT NULL, idx INTEGER NOT NULL, span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL, value DOUBLE PRECISION, low DOUBLE PRECISION,
  high DOUBLE PRECISION, qualifier TEXT, unit TEXT, currency TEXT, thing TEXT,
  """ + ", ".join(f"{c} {k}" for c, k in NUMBER_COLUMNS) + """,
  PRIMARY KEY (article_id, idx));
CREATE TABLE IF NOT EXISTS times (
  article_id TEXT NOT NULL, idx INTEGER NOT NULL, span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL, anchored BOOLEAN NOT NULL,
  freq TEXT, PRIMARY KEY (article_id, idx));
CREATE TABLE IF NOT EXISTS events (
  article_id TEXT NOT NULL, idx INTEGER NOT NULL, code TEXT NOT NULL, actors TEXT NOT NULL,
  targets TEXT NOT NULL, place TEXT, time TEXT, mode TEXT, trigger_start INTEGER,
  trigger_end INTEGER, evidence_start INTEGER, evidence_end INTEGER,
  PRIMARY KEY (article_id, idx));
CREATE INDEX IF NOT EXISTS events_code ON events (code);
CREATE TABLE IF NOT EXISTS themes (
  article_id TEXT NOT NULL, code TEXT NOT NULL, score DOUBLE PRECISION NOT NULL);
CREATE INDEX IF NOT EXISTS themes_article ON themes (article_id);
CREATE TABLE IF NOT EXISTS article_texts (
  article_id TEXT NOT NULL, content_hash TEXT NOT NULL, PRIMARY KEY (article_id, content_hash));
CREATE TABLE IF NOT EXISTS minhashes (
  article_id TEXT PRIMARY KEY, sig BYTEA NOT NULL, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS minhash_bands (key BIGINT NOT NULL, article_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS minhash_bands_key ON minhash_bands (key);
CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles (duplicate_of);
"""

# Columns added to a table after the stores were first made, as (table, column, SQL type):
# `add_missing_columns` adds to an older store those its tables lack (SQLite and
# PostgreSQL), and `FILLS` fills a table's new columns from the stored records.
ADDED_COLUMNS = (("articles", "external_id", "TEXT"), ("articles", "duplicate_of", "TEXT"),
                 ("articles", "dateline", "TEXT"),
                 *(("numbers", c, k) for c, k in NUMBER_COLUMNS), ("times", "freq", "TEXT"))

CHILD_TABLES = ("article_entities", "mentions", "quotes", "numbers", "times", "events", "themes")

INSERTS = {
    "article_entities": "INSERT INTO article_entities (article_id, local_id, key, kind, name, "
    "name_fold, country, roles, n_mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "mentions": "INSERT INTO mentions (article_id, key, span_start, span_end) VALUES (?, ?, ?, ?)",
    "quotes": "INSERT INTO quotes (article_id, idx, kind, span_start, span_end, content, "
    "cue_start, cue_end, speaker_key, speaker_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "numbers": "INSERT INTO numbers (article_id, idx, span_start, span_end, value, low, high, "
    "qualifier, unit, currency, thing, " + ", ".join(c for c, _ in NUMBER_COLUMNS) + ") "
    "VALUES (" + ", ".join("?" * (11 + len(NUMBER_COLUMNS))) + ")",
    "times": "INSERT INTO times (article_id, idx, span_start, span_end, type, value, anchored, "
    "freq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "events": "INSERT INTO events (article_id, idx, code, actors, targets, place, time, mode, "
    "trigger_start, trigger_end, evidence_start, evidence_end) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "themes": "INSERT INTO themes (article_id, code, score) VALUES (?, ?, ?)",
}



def table_columns(store: SQLStore, table: str) -> set[str]:
    """The columns `table` has now (none when it is not made yet)."""
    if store.dialect == "sqlite":
        return {r[1] for r in store._x(f"PRAGMA table_info({table})")}
    return {r[0] for r in store._x(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
        "AND table_schema = current_schema()", (table,))}


def missing_columns(store: SQLStore) -> list[tuple[str, str, str]]:
    """The ADDED_COLUMNS that the store's tables lack, checked table by table; a table not
    made yet gets them from TABLES."""
    have = {t: table_columns(store, t) for t in dict.fromkeys(t for t, _, _ in ADDED_COLUMNS)}
    return [(t, c, k) for t, c, k in ADDED_COLUMNS if have[t] and c not in have[t]]


def add_missing_columns(store: SQLStore, missing: Sequence[tuple[str, str, str]]) -> None:
    """Adds `missing` and fills the new columns of each table from the stored records;
    inside the caller's transaction, so a store is upgraded whole or not at all."""
    for table, column, kind in missing:
        store._x(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    for table in dict.fromkeys(t for t, _, _ in missing):
        if table in FILLS:
            FILLS[table](store)


def _pages(store: SQLStore, ids: list[Any], page: int) -> Iterator[list[tuple[Any, str]]]:
    """(article id, record as stored) of each id, `page` articles a query, a page at a
    time: each page is read whole first, since the caller may write between two records."""
    for i in range(0, len(ids), page):
        chunk = ids[i:i + page]
        marks = ", ".join("?" for _ in chunk)
        yield list(store._x(f"SELECT id, record FROM articles WHERE id IN ({marks})", chunk))


def _records(store: SQLStore, ids: list[Any], page: int) -> Iterator[tuple[Any, dict[str, Any]]]:
    """(article id, parsed record) of each id, `page` articles a query."""
    for found in _pages(store, ids, page):
        for aid, record in found:
            yield aid, json.loads(record)


def _refill(store: SQLStore, table: str, where: str, update: str, page: int,
            row: Callable[[Any, dict[str, Any]], list[tuple[Any, ...]]]) -> None:
    """Run `update` over the rows `row` derives from the records of the articles with rows
    of `table` matching `where`, one page of articles at a time."""
    ids = [r[0] for r in store._x(f"SELECT DISTINCT article_id FROM {table}{where}")]
    rows: list[tuple[Any, ...]] = []
    for aid, record in _records(store, ids, page):
        rows += row(aid, record)
        if len(rows) >= page:
            store._many(update, rows)
            rows = []
    if rows:
        store._many(update, rows)


def fill_number_columns(store: SQLStore, page: int = 500) -> None:
    """The NUMBER_COLUMNS of every stored amount, from its article's record."""
    sets = ", ".join(f"{c} = ?" for c, _ in NUMBER_COLUMNS)
    _refill(store, "numbers", "", f"UPDATE numbers SET {sets} WHERE article_id = ? AND idx = ?",
            page, lambda aid, record: [
                (*(bool(n.get(c)) if k == "BOOLEAN" else n.get(c) for c, k in NUMBER_COLUMNS),
                 aid, idx) for idx, n in enumerate(record.get("numbers") or [])])


# A record holds a dateline only as this key with a string value: a string value cannot
# hold an unescaped quotation mark, so the test is cheap and never misses one.
_DATELINE_KEY = re.compile(r'"dateline"\s*:\s*"')


def fill_article_columns(store: SQLStore, page: int = 500, bar_from: int = 20_000) -> None:
    """The dateline of each stored article whose column is still empty, from its record,
    `page` rows at a time; a record with no dateline (None, or one made before
    `Article.dateline`) is not parsed. A progress bar on stderr from `bar_from` rows."""
    from tqdm import tqdm

    ids = [r[0] for r in store._x("SELECT id FROM articles WHERE dateline IS NULL")]
    with tqdm(total=len(ids), unit="art", desc="articles.dateline", file=sys.stderr,
              disable=len(ids) < bar_from, leave=False) as bar:
        for found in _pages(store, ids, page):
            rows = [(json.loads(record).get("dateline"), aid) for aid, record in found
                    if _DATELINE_KEY.search(record)]
            if rows:
                store._many("UPDATE articles SET dateline = ? WHERE id = ?", rows)
            bar.update(len(found))


def fill_time_columns(store: SQLStore, page: int = 500) -> None:
    """The freq of every stored set ("tiga kali sehari": 3X), from its article's record
    (only sets have one, so only articles holding a SET are read)."""
    _refill(store, "times", " WHERE type = 'SET'",
            "UPDATE times SET freq = ? WHERE article_id = ? AND idx = ?", page,
            lambda aid, record: [(t.get("freq"), aid, idx) for idx, t in
                                 enumerate(record.get("times") or []) if t.get("freq")])


FILLS = {"numbers": fill_number_columns, "articles": fill_article_columns,
         "times": fill_time_columns}

ARTICLE_COLS = ("id, content_hash, url, source, source_fold, published, day, title, lang, text, "
                "record, versions, dateline")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _summary(row: Sequence[Any]) -> ArticleSummary:
    return ArticleSummary(id=row[0], title=row[1], source=row[2], url=row[3], published=row[4])


class SQLStore:
    """Store of record over a DB-API connection; subclasses supply the dialect bits."""

    location: str = ""
    dialect: str = "sqlite"  # or "postgres": the corpus steps pick their statements by it
    last_written: list[tuple[Article, bool]]  # the last put_many: (as stored, is a copy)
    _choices: tuple[int, dict[str, list[str]]] | None = None  # (store revision, values)
    _write_batch: object | None = None  # set while put_many's transaction runs

    # -- dialect hooks ---------------------------------------------------------------------
    def _x(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _tx(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def _insert(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Insert rows: `sql` is an INSERT whose VALUES clause holds one row of `?`. A server
        store sends them as one statement (one round trip); here, `executemany`."""
        if rows:
            self._many(sql, rows)

    def _after_write(self, article: Article, rows: Rows) -> None:
        """Dialect extras inside the write transaction (PostgreSQL fills its tsvector)."""

    def search(self, query: SearchQuery) -> SearchResult:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def sync_index(self) -> int:
        """Bring a separate full-text index up to date; returns articles indexed."""
        return 0

    def reindex(self) -> int:
        return 0

    def flush(self) -> None:
        """Make written articles searchable (the embedded store commits its index)."""

    def release_writer(self) -> None:
        """Give up any process-wide write lock between writes (the embedded index)."""

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------
    def put(self, article: Article, external_id: str | None = None) -> PutStatus:
        return self.put_many([article], [external_id])[0]

    def put_many(self, articles: Iterable[Article],
                 external_ids: Sequence[str | None] | None = None) -> list[PutStatus]:
        """Store articles in one transaction: all of them or none.

        `external_ids[i]` is the id the input gave article i (IndoSum `id`, a CSV column):
        kept as `external_id`; two inputs with the same URL but different external ids are
        both kept, the later under `<id>~<external id>`. Every copy is kept and grouped
        (`duplicate_of`, see `warta.corpus.groups`).
        """
        out: list[PutStatus] = []
        self.last_written = []
        with self._tx():
            # One write transaction: what no write of it changes (the registry's curation
            # log) the corpus steps read once per batch, not once per article.
            self._write_batch = object()
            try:
                for i, a in enumerate(articles):
                    ext = external_ids[i] if external_ids is not None else None
                    out.append(self._put_one(a, ext))
                if out:
                    from ..corpus.story_store import flush_counts

                    flush_counts(self)  # the batch's story document counts
            finally:
                self._write_batch = None
        self._written(out)
        return out

    def _written(self, statuses: list[PutStatus]) -> None:
        """Hook after a committed write (the SQLite store feeds its index)."""

    def _put_one(self, a: Article, external_id: str | None = None) -> PutStatus:
        same = "SELECT record, content_hash, external_id FROM articles WHERE id = ?"
        found = self._x(same, (a.id,))
        if found and external_id is not None and found[0][2] not in (None, external_id):
            # Another input with the same URL (a re-scrape): kept as its own row.
            a = replace(a, id=f"{a.id}~{slug(external_id)}")
            found = self._x(same, (a.id,))
        record = record_json(a)
        rows = article_rows(a, record)
        text_hash = rows.article[1]
        if found and found[0][0] == record and external_id in (None, found[0][2]):
            return "duplicate"
        if found and found[0][1] != text_hash and self._x(
                "SELECT 1 FROM article_texts WHERE article_id = ? AND content_hash = ?",
                (a.id, text_hash)):
            # A text this article (URL) had before and has since replaced: a corpus that
            # holds two texts under one URL must not flip between them on every re-ingest.
            # (The same text under another id is no longer refused: copies are kept and
            # grouped, see warta.corpus.groups.)
            return "duplicate"
        self._many("INSERT INTO article_texts (article_id, content_hash) VALUES (?, ?) "
                   "ON CONFLICT DO NOTHING",
                   [(a.id, text_hash), *([(a.id, found[0][1])] if found else [])])
        rev = int(self._x("SELECT COALESCE(MAX(rev), 0) + 1 FROM articles")[0][0])
        stamp = now_iso()
        if found:
            for table in CHILD_TABLES:
                self._x(f"DELETE FROM {table} WHERE article_id = ?", (a.id,))
            self._x("UPDATE articles SET rev = ?, content_hash = ?, url = ?, source = ?, "
                    "source_fold = ?, published = ?, day = ?, title = ?, lang = ?, text = ?, "
                    "record = ?, versions = ?, dateline = ?, updated_at = ? WHERE id = ?",
                    (rev, *rows.article[1:], stamp, a.id))
        else:
            self._x(f"INSERT INTO articles ({ARTICLE_COLS}, rev, stored_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*rows.article, rev, stamp, stamp))
        if rows.entities:
            self._many("INSERT INTO entities (key, kind, name, country) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (key) DO NOTHING", rows.entities)
        for table in CHILD_TABLES:
            data = getattr(rows, table)
            if data:
                self._many(INSERTS[table], data)
        if external_id is not None:
            self._x("UPDATE articles SET external_id = ? WHERE id = ?", (external_id, a.id))
        # Imported here: datasketch and numpy take about 0.4 s, and `warta search` (every
        # command that opens a store) never writes.
        from ..corpus.groups import assign

        copy_of = assign(self, a.id, a.text, rows.article[1], new=not found)
        from ..corpus.registry import ent_rows, link

        link(self, a.id, ent_rows(rows.article_entities), new=not found)  # entity registry
        from ..corpus.story_store import assign as place_in_story

        place_in_story(self, a, copy_of, new=not found)
        self.last_written.append((a, copy_of is not None))
        self._after_write(a, rows)
        return "updated" if found else "stored"

    # -- reading ---------------------------------------------------------------------------
    def count(self) -> int:
        return int(self._x("SELECT COUNT(*) FROM articles")[0][0])

    def get(self, article_id: str) -> Article | None:
        found = self._x("SELECT record FROM articles WHERE id = ?", (article_id,))
        return _load(article_id, found[0][0]) if found else None

    def iter_since(self, rev: int, batch: int = 500) -> Iterator[tuple[int, Article]]:
        """Articles written after `rev`, in write order (for index catch-up and reindex)."""
        while True:
            rows = self._x("SELECT rev, record FROM articles WHERE rev > ? ORDER BY rev LIMIT ?",
                           (rev, batch))
            if not rows:
                return
            for r, rec in rows:
                yield int(r), _load(str(r), rec)
            rev = int(rows[-1][0])

    def copy_ids(self, since: int = 0) -> set[str]:
        """Ids of articles written after `since` that are copies (have a `duplicate_of`)."""
        return {str(r[0]) for r in self._x(
            "SELECT id FROM articles WHERE rev > ? AND duplicate_of IS NOT NULL", (since,))}

    def with_copy_counts(self, hits: list[Hit]) -> list[Hit]:
        """Hits with the number of copies grouped under each."""
        if not hits:
            return hits
        marks = ", ".join("?" for _ in hits)
        counts = {str(k): int(n) for k, n in self._x(
            f"SELECT duplicate_of, COUNT(*) FROM articles WHERE duplicate_of IN ({marks}) "
            "GROUP BY duplicate_of", [h.id for h in hits])}
        return [replace(h, copies=counts.get(h.id, 0)) for h in hits]

    def duplicate_of(self, article_id: str) -> str | None:
        found = self._x("SELECT duplicate_of FROM articles WHERE id = ?", (article_id,))
        return str(found[0][0]) if found and found[0][0] else None

    def max_rev(self) -> int:
        return int(self._x("SELECT COALESCE(MAX(rev), 0) FROM articles")[0][0])

    def get_meta(self, key: str) -> str | None:
        found = self._x("SELECT value FROM meta WHERE key = ?", (key,))
        return str(found[0][0]) if found else None

    def set_meta(self, key: str, value: str) -> None:
        with self._tx():
            self._x("INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def list_articles(self, *, source: str | None = None, since: date | None = None,
                      until: date | None = None, limit: int = 20,
                      offset: int = 0) -> tuple[int, list[ArticleSummary]]:
        where, params = self._article_filters(source, since, until)
        total = int(self._x(f"SELECT COUNT(*) FROM articles a {where}", params)[0][0])
        rows = self._x("SELECT a.id, a.title, a.source, a.url, a.published FROM articles a "
                       f"{where} ORDER BY a.published IS NULL, a.published DESC, a.id "
                       "LIMIT ? OFFSET ?", (*params, limit, offset))
        return total, [_summary(r) for r in rows]

    @staticmethod
    def _article_filters(source: str | None, since: date | None,
                         until: date | None) -> tuple[str, list[Any]]:
        clauses, params = article_filters(source=source, since=since, until=until)
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), params

    def registry_query(self, q: SearchQuery) -> SearchQuery:
        """`q` with the per-article keys the registry links to its entity and speaker, so
        either filter matches every name of one real-world thing ("Jokowi" finds "Joko
        Widodo"); a name the registry does not know matches as before."""
        from ..corpus.registry import linked_keys

        ents = linked_keys(self, q.entity) if q.entity and not q.entity_keys else q.entity_keys
        spks = linked_keys(self, q.speaker) if q.speaker and not q.speaker_keys \
            else q.speaker_keys
        if ents == q.entity_keys and spks == q.speaker_keys:
            return q
        return replace(q, entity_keys=ents, speaker_keys=spks)

    def resolve_entity(self, key_or_name: str) -> str | None:
        """A store key from a key or a canonical name (case and accents ignored)."""
        found = self._x("SELECT key FROM entities WHERE key = ?", (key_or_name,))
        if found:
            return str(found[0][0])
        found = self._x("SELECT key FROM article_entities WHERE name_fold = ? "
                        "GROUP BY key ORDER BY COUNT(*) DESC, key LIMIT 1", (fold(key_or_name),))
        return str(found[0][0]) if found else None

    def entity_names(self, keys: Iterable[str]) -> dict[str, str]:
        keys = list(keys)
        if not keys:
            return {}
        marks = ", ".join("?" for _ in keys)
        return {str(k): str(n) for k, n in
                self._x(f"SELECT key, name FROM entities WHERE key IN ({marks})", keys)}

    def list_entities(self, *, name: str | None = None, kind: str | None = None,
                      limit: int = 20, offset: int = 0,
                      country: str | None = None) -> tuple[int, list[EntitySummary]]:
        """Registry entities (one per real-world thing, `warta.corpus.registry`) by number
        of articles; a duplicate group's articles count once."""
        from ..corpus.registry import summaries

        total, rows = summaries(self, name=name, kind=kind, limit=limit, offset=offset,
                                country=country)
        return total, list(rows)

    def entity(self, key_or_name: str, *, limit: int = 50) -> EntityDetail | None:
        """The page of a registry entity, found by registry id, store key or any name."""
        from ..corpus.registry import detail

        found: EntityDetail | None = detail(self, key_or_name, limit=limit)
        return found

    def choices(self) -> dict[str, list[str]]:
        """The values the store holds for the web page's dropdowns: event codes, countries,
        sources and themes, each sorted. Kept until the store changes: each is a scan of a
        table, too slow for every page view of a large store."""
        rev = self.max_rev()
        if self._choices is not None and self._choices[0] == rev:
            return self._choices[1]

        def values(sql: str) -> list[str]:
            return sorted(str(r[0]) for r in self._x(sql) if r[0])

        found = {"event": values("SELECT DISTINCT code FROM events"),
                 "country": values("SELECT DISTINCT country FROM entities"),
                 "source": values("SELECT DISTINCT source FROM articles"),
                 "theme": values("SELECT DISTINCT code FROM themes")}
        self._choices = (rev, found)
        return found

    def list_quotes(self, *, speaker: str | None = None, text: str | None = None,
                    since: date | None = None, until: date | None = None, limit: int = 20,
                    offset: int = 0, about: str | None = None) -> tuple[int, list[QuoteRow]]:
        """Quotes, newest first: by speaker, by an entity mentioned inside the quote
        (`about`; key or name), by words of the quote and by publication day."""
        clauses: list[str] = []
        params: list[Any] = []
        if speaker:
            from ..corpus.registry import linked_keys

            # Every key the registry links to the speaker: "Jokowi" finds "Joko Widodo".
            keys = list(dict.fromkeys([self.resolve_entity(speaker) or speaker,
                                       *linked_keys(self, speaker)]))
            clauses.append(f"q.speaker_key IN ({', '.join('?' for _ in keys)})")
            params.extend(keys)
        if about:
            clauses.append(quote_about_clause())
            params.append(self.resolve_entity(about) or about)
        if text:
            clauses.append("LOWER(q.content) LIKE ?")
            params.append(f"%{text.lower()}%")
        if since:
            clauses.append("a.day >= ?")
            params.append(since.isoformat())
        if until:
            clauses.append("a.day <= ?")
            params.append(until.isoformat())
        clauses.append("a.duplicate_of IS NULL")  # a copy's quotes are its original's
        where = "WHERE " + " AND ".join(clauses)
        base = f"FROM quotes q JOIN articles a ON a.id = q.article_id {where}"
        total = int(self._x(f"SELECT COUNT(*) {base}", params)[0][0])
        rows = self._x("SELECT q.article_id, a.title, a.published, q.kind, q.content, "
                       f"q.speaker_key, q.speaker_name {base} "
                       "ORDER BY a.published DESC, q.article_id, q.idx LIMIT ? OFFSET ?",
                       (*params, limit, offset))
        return total, [QuoteRow(article_id=r[0], title=r[1], published=r[2], kind=r[3],
                                text=r[4], speaker=r[5], speaker_name=r[6]) for r in rows]

    def list_events(self, *, code: str | None = None, entity: str | None = None,
                    since: date | None = None, until: date | None = None, limit: int = 20,
                    offset: int = 0) -> tuple[int, list[EventRow]]:
        clauses: list[str] = []
        params: list[Any] = []
        if code:
            clauses.append("ev.code = ?")
            params.append(code.upper())
        if entity:
            key = self.resolve_entity(entity) or entity
            clauses.append("(ev.actors LIKE ? OR ev.targets LIKE ? OR ev.place = ?)")
            params += [f'%"{key}"%', f'%"{key}"%', key]
        if since:
            clauses.append("a.day >= ?")
            params.append(since.isoformat())
        if until:
            clauses.append("a.day <= ?")
            params.append(until.isoformat())
        clauses.append("a.duplicate_of IS NULL")  # a copy's events are its original's
        where = "WHERE " + " AND ".join(clauses)
        base = f"FROM events ev JOIN articles a ON a.id = ev.article_id {where}"
        total = int(self._x(f"SELECT COUNT(*) {base}", params)[0][0])
        rows = self._x("SELECT ev.article_id, a.title, a.published, ev.code, ev.actors, "
                       "ev.targets, ev.place, ev.time, ev.evidence_start, ev.evidence_end, a.text "
                       f"{base} ORDER BY a.published DESC, ev.article_id, ev.idx "
                       "LIMIT ? OFFSET ?", (*params, limit, offset))
        out = [EventRow(article_id=r[0], title=r[1], published=r[2], code=r[3],
                        actors=json.loads(r[4]), targets=json.loads(r[5]), place=r[6], time=r[7],
                        evidence=r[10][r[8]:r[9]] if r[8] is not None else None) for r in rows]
        return total, out


def quote_about_clause() -> str:
    """A quote (alias q) whose content holds a mention of one entity key (the one `?`).
    Headline quotes index the title, not the text the mentions index: they never match."""
    return ("q.kind <> 'headline' AND EXISTS (SELECT 1 FROM mentions m "
            "WHERE m.article_id = q.article_id AND m.key = ? "
            "AND m.span_start >= q.span_start AND m.span_end <= q.span_end)")


def has_row(table: str, column: str) -> str:
    """Filter: the article `a` has a row in `table` whose `column` equals the parameter."""
    return f"EXISTS (SELECT 1 FROM {table} x WHERE x.article_id = a.id AND x.{column} = ?)"


def article_filters(*, entity: str | None = None, kind: str | None = None,
                    country: str | None = None, source: str | None = None,
                    speaker_key: str | None = None, event: str | None = None,
                    since: date | None = None, until: date | None = None,
                    collapse: bool = False, theme: str | None = None,
                    entity_keys: Sequence[str] = (),
                    speaker_keys: Sequence[str] = ()) -> tuple[list[str], list[Any]]:
    """WHERE clauses (over `articles a`) and parameters for the search filters other than
    full text: one definition for browsing, the PostgreSQL search and the exports.
    `entity` is an id (`per:...`) or a name; `speaker_key` an entity id already resolved.
    `entity_keys` / `speaker_keys` (from the registry, `SQLStore.registry_query`): more
    keys that match as well as the entity or speaker itself."""
    clauses: list[str] = []
    params: list[Any] = []

    def add(clause: str, value: Any) -> None:
        clauses.append(clause)
        params.append(value)

    if entity:
        value = entity.strip()
        column, own = ("key", value) if ":" in value else ("name_fold", fold(value))
        more = [k for k in dict.fromkeys(entity_keys) if not (column == "key" and k == own)]
        if more:
            marks = ", ".join("?" for _ in more)
            clauses.append("EXISTS (SELECT 1 FROM article_entities x WHERE x.article_id = a.id "
                           f"AND (x.{column} = ? OR x.key IN ({marks})))")
            params.extend([own, *more])
        else:
            add(has_row("article_entities", column), own)
    if kind:
        add(has_row("article_entities", "kind"), kind.upper())
    if country:
        add(has_row("article_entities", "country"), country.upper())
    if source:
        add("a.source_fold = ?", fold(source))
    if speaker_key:
        keys = list(dict.fromkeys([speaker_key.strip(), *speaker_keys]))
        marks = ", ".join("?" for _ in keys)
        clauses.append("EXISTS (SELECT 1 FROM quotes x WHERE x.article_id = a.id "
                       f"AND x.speaker_key IN ({marks}))")
        params.extend(keys)
    if event:
        add(has_row("events", "code"), event.upper())
    if theme:
        add(has_row("themes", "code"), theme.strip())
    if since:
        add("a.day >= ?", since.isoformat())
    if until:
        add("a.day <= ?", until.isoformat())
    if collapse:  # a duplicate group is one row: its first-stored article
        clauses.append("a.duplicate_of IS NULL")
    return clauses, params


def _load(ref: str, record: str) -> Article:
    try:
        return Article.from_dict(json.loads(record))
    except ValueError as e:  # includes pydantic's ValidationError
        from .errors import StoreError

        raise StoreError(f"stored article {ref} cannot be read by this warta ({e}); "
                         "re-ingest its source with `warta ingest` to upgrade it") from None
