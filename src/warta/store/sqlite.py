"""Embedded store: SQLite (WAL) is the store of record, a tantivy folder the search index.

Layout of a store folder: `warta.sqlite3` (+ WAL files) and `index/`. Every write is one
SQLite transaction, so a killed ingest leaves whole articles or nothing; the index keeps the
last SQLite revision it holds (`index_rev` in `meta`) and catches up when a writer opens.

The index is derived data. `meta` also names the index build it describes (`index_id`, a
file in the folder): an index that is lost, damaged or not that build is rebuilt from
SQLite when next opened, and only the process holding the index writer writes `index_rev`.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..record import Article
from .dropped import drop_old_indexes
from .errors import IndexDamaged, StoreBusy, StoreError
from .index import TextIndex
from .model import Hit, PutStatus, SearchQuery, SearchResult, snippet_of
from .registry_sql import ensure_registry
from .sql import SCHEMA_VERSION, TABLES, SQLStore, add_missing_columns, missing_columns
from .terms import parse_plain, snippet_for

DB_FILE = "warta.sqlite3"
log = logging.getLogger("warta.store")


class SQLiteStore(SQLStore):
    """`SQLiteStore(folder)`; `index_every` articles per index commit while ingesting."""

    def __init__(self, folder: str | Path, *, index_every: int = 200) -> None:
        self.folder = Path(folder).expanduser()
        self.location = str(self.folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot create the store folder {self.folder}: {e}; "
                             "choose another with --db or WARTA_HOME") from None
        self._lock = threading.RLock()
        self.conn = sqlite3.connect(self.folder / DB_FILE, isolation_level=None,
                                    check_same_thread=False, timeout=30)
        self.conn.execute("PRAGMA busy_timeout = 30000")
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")  # WAL: safe against process kills
        self._ensure_schema()
        self._ensure_story_tables()
        drop_old_indexes(self)
        ensure_registry(self)
        self._index: TextIndex | None = None
        self.index_every = index_every
        self._pending = 0
        self._synced = False  # this process holds the index writer and caught the index up
        self._checked = False  # this process checked the index is the build SQLite recorded

    def _ensure_schema(self) -> None:
        version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(f"store {self.folder} has schema {version}; this warta reads "
                             f"{SCHEMA_VERSION}: upgrade warta")
        # Columns added within a schema version (sql.ADDED_COLUMNS) are checked on each open.
        if version == SCHEMA_VERSION and not missing_columns(self):
            return
        try:
            with self._tx():
                add_missing_columns(self, missing_columns(self))  # again, under the lock
                if version < SCHEMA_VERSION:
                    ddl = TABLES.replace("BIGINT", "INTEGER") \
                        .replace("DOUBLE PRECISION", "REAL").replace("BYTEA", "BLOB")
                    for statement in ddl.split(";"):
                        if statement.strip():
                            self.conn.execute(statement)
                    self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except StoreBusy:
            if version < SCHEMA_VERSION:
                raise
            log.warning("warta: the store %s is busy; the columns it lacks are added when "
                        "next opened", self.location)

    def _ensure_story_tables(self) -> None:
        """The story tables (warta.corpus.story_store), added to a store made before them."""
        if self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                             "AND name = 'story_df'").fetchone():
            return
        from ..corpus.story_store import ddl

        with self._tx():
            for statement in ddl("sqlite"):
                self.conn.execute(statement)

    # -- dialect hooks ---------------------------------------------------------------------
    def _x(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock, self._sql_errors():
            return self.conn.execute(sql, params).fetchall()

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._lock, self._sql_errors():
            self.conn.executemany(sql, rows)

    @contextmanager
    def _sql_errors(self) -> Iterator[None]:
        """SQLite failures of the store itself (disk full, I/O error, a damaged file) become a
        `StoreError` that says what to do. Errors about one value (`DataError`: too big) or
        a bug (constraints, programming) pass as they are: ingest rejects that article."""
        try:
            yield
        except sqlite3.DatabaseError as e:
            if type(e) not in (sqlite3.OperationalError, sqlite3.DatabaseError):
                raise
            hint = ("free some disk space and run it again: committed articles are kept"
                    if "full" in str(e) else "check the disk and the file's permissions")
            raise StoreError(f"the store {self.folder} failed: {e}; {hint}") from None

    @contextmanager
    def _tx(self) -> Iterator[None]:
        with self._lock:
            if self.conn.in_transaction:  # nested: the outer transaction commits
                yield
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as e:
                raise StoreBusy(f"store {self.folder} is locked by another writer: {e}") \
                    from None
            try:
                yield
                with self._sql_errors():
                    self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:  # SQLite may have rolled back already (disk full)
                    self.conn.execute("ROLLBACK")
                raise

    # -- writing + index -------------------------------------------------------------------
    @property
    def index(self) -> TextIndex:
        """The search index, opened (and checked) on first use: browsing needs only SQLite."""
        with self._lock:
            if self._index is None:
                self._index = TextIndex(self.folder / "index")
                if self._index.damage:
                    log.warning("warta: the search index in %s was %s; it was emptied and "
                                "will be rebuilt from SQLite", self.folder, self._index.damage)
            return self._index

    def _indexed_rev(self) -> int | None:
        """The SQLite revision the index holds, or None when it is not the build recorded
        (lost, damaged, or from elsewhere): then it must be rebuilt from scratch."""
        recorded = self.get_meta("index_id")
        rev = int(self.get_meta("index_rev") or 0)
        index = self.index
        if recorded is None:
            # Before build ids were recorded, trust an index that opened cleanly.
            return rev if (not index.fresh or rev == 0) else None
        if recorded in (index.build_id, index.reread_build_id()):
            return rev
        return None

    def put_many(self, articles: Iterable[Article],
                 external_ids: Sequence[str | None] | None = None) -> list[PutStatus]:
        batch = list(articles)
        if not self._synced:
            self.sync_index()  # take the index writer first: one ingest at a time
        out = super().put_many(batch, external_ids)
        changed = [a for a, _ in self.last_written]  # as stored: a re-scrape gets its own id
        if changed:
            self.index.add(changed, copies={a.id for a, copy in self.last_written if copy})
            self._pending += len(changed)
            if self._pending >= self.index_every:
                self.flush()
        return out

    def flush(self) -> None:
        """Commit the index and record how far it reaches."""
        if self._pending and self._synced:
            self._commit_index()

    def _commit_index(self) -> None:
        # Only a process that holds the writer and caught the index up may say how far the
        # index reaches: one that was refused the writer indexed nothing (issue 18, item 3).
        index = self.index
        if not (self._synced and index.holds_writer):
            return
        rev = self.max_rev()  # nobody else writes SQLite while we hold the index writer
        index.commit()
        with self._tx():
            self.set_meta("index_rev", str(rev))
            self.set_meta("index_id", index.build_id)
        self._pending = 0
        self._checked = True

    def sync_index(self) -> int:
        """Index articles written since the index's last commit (after a crash, say), or
        everything when the index is not the build SQLite recorded (lost or damaged)."""
        with self._lock:
            since = self._indexed_rev()
            if since is None:
                return self._rebuild()
            n = self.index.add((a for _, a in self.iter_since(since)),
                               copies=self.copy_ids(since))
            self._synced = True
            self._pending += n
            self._commit_index()
            return n

    def reindex(self) -> int:
        """Rebuild the search index from SQLite."""
        return self._rebuild()

    def _rebuild(self) -> int:
        with self._lock:
            index = self.index
            if self._indexed_rev() is None and not index.fresh:
                index.rebuild_fresh()  # not ours: start an empty folder with a new build id
            index.clear()
            n = index.add((a for _, a in self.iter_since(0)), copies=self.copy_ids(0))
            self._synced = True
            self._pending = n
            self._commit_index()
            return n

    def release_writer(self) -> None:
        """Commit and give up the index writer so another process may ingest."""
        with self._lock:
            self.flush()
            if self._index is not None:
                self._index.close()
            self._synced = False

    def index_lag(self) -> int:
        since = self._indexed_rev()
        return int(self._x("SELECT COUNT(*) FROM articles WHERE rev > ?", (since or 0,))[0][0])

    def _check_index(self) -> None:
        """Before searching: an index that lost its articles is rebuilt, never searched."""
        if self._checked:
            return
        with self._lock:
            rev = self._indexed_rev()
            if rev is not None and not self._synced and self._x(
                    "SELECT 1 FROM articles WHERE rev > ? LIMIT 1", (rev,)):
                # Behind SQLite (a killed ingest): catch up unless an ingest is running now.
                try:
                    self.sync_index()
                    self.release_writer()
                except StoreBusy:
                    pass  # that ingest commits the rest itself
            elif rev is None and self.count():
                held = self.index.holds_writer
                log.warning("warta: the search index in %s does not hold the stored articles; "
                            "rebuilding it from SQLite (%d articles)", self.folder, self.count())
                try:
                    self._rebuild()
                except StoreBusy:
                    raise IndexDamaged(
                        f"the search index in {self.folder} is missing or damaged and another "
                        "process is writing it; try again when it finishes, or run "
                        "`warta reindex`") from None
                if not held:
                    self.release_writer()
            self._checked = True

    def close(self) -> None:
        try:
            if self._index is not None:
                self.flush()
                self._index.close()
        finally:
            self.conn.close()

    # -- search ----------------------------------------------------------------------------
    def search(self, query: SearchQuery) -> SearchResult:
        query = self.registry_query(query)
        try:
            return self._search(query)
        except IndexDamaged:
            # Damaged under a long-running reader (a server): open it afresh, which finds
            # the damage and rebuilds, unless this process is the one writing it.
            with self._lock:
                if self._index is not None and self._index.holds_writer:
                    raise
                self._index = None
                self._checked = False
            return self._search(query)

    def _search(self, query: SearchQuery) -> SearchResult:
        self._check_index()
        total, ids, tq, searcher = self.index.search(query, self.get_meta("index_rev"))
        texts: dict[str, tuple[Any, ...]] = {}
        if ids:
            marks = ", ".join("?" for _ in ids)
            for row in self._x("SELECT id, title, source, url, published, text FROM articles "
                               f"WHERE id IN ({marks})", [i for i, _ in ids]):
                texts[row[0]] = row
        hits: list[Hit] = []
        terms = parse_plain(query.text) if query.text.strip() else []
        for article_id, score in ids:
            found = texts.get(article_id)
            if found is None:  # indexed but gone from SQLite: the index is stale
                continue
            row = found
            if terms is None:  # the engine's own syntax: its own snippet
                fragment, marks_ = self.index.snippet(searcher, tq, row[5])
            else:
                fragment, marks_ = snippet_for(row[5], terms)
            snippet, highlights = snippet_of(fragment, marks_)
            hits.append(Hit(id=article_id, title=row[1], source=row[2], url=row[3],
                            published=row[4], score=score if query.text.strip() else 0.0,
                            snippet=snippet, highlights=highlights))
        hits = self.with_copy_counts(hits)
        if not query.facets:
            return SearchResult(total=total, hits=hits)
        ents, spk, days, themes, tones = self.index.all_facets(searcher, tq)
        names = self.entity_names([f.key for f in ents + spk])
        ents = [type(f)(key=f.key, label=names.get(f.key, f.key), count=f.count) for f in ents]
        spk = [type(f)(key=f.key, label=names.get(f.key, f.key), count=f.count) for f in spk]
        return SearchResult(total=total, hits=hits, top_entities=ents, top_speakers=spk,
                            per_day=days, themes=themes, tones=tones)
