"""The crawler's state in the store (SQLite or PostgreSQL): every URL it found and what
became of it, each feed or sitemap with its validators, and counters per host.

The tables are created when first used (`CREATE ... IF NOT EXISTS`, the same statements on
both databases), so a store made before the crawler gains them without a schema bump.
Because state is in the store, a crawl that is stopped resumes where it was: URLs found
but not fetched stay `pending`.

A URL is fetched again only with a cause: it is still pending, its last fetch failed (up to
`max_attempts` times), or a feed or sitemap announced a newer date for it than the one it
had when it was fetched (then a conditional GET asks the server whether it changed).
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .sql import SQLStore, now_iso

State = Literal["pending", "done", "rejected", "error", "refused"]
COUNTERS = ("fetched", "stored", "updated", "unchanged", "rejected", "errors", "refused")

CRAWL_TABLES = """
CREATE TABLE IF NOT EXISTS crawl_urls (
  url TEXT PRIMARY KEY, host TEXT NOT NULL, source TEXT NOT NULL, state TEXT NOT NULL,
  found_at TEXT NOT NULL, fetched_at TEXT, attempts INTEGER NOT NULL DEFAULT 0,
  announced TEXT, fetched_version TEXT, etag TEXT, last_modified TEXT,
  content_hash TEXT, final_url TEXT, reason TEXT, message TEXT);
CREATE INDEX IF NOT EXISTS crawl_urls_state ON crawl_urls (source, state);
CREATE TABLE IF NOT EXISTS crawl_lists (
  url TEXT PRIMARY KEY, source TEXT NOT NULL, kind TEXT, etag TEXT, last_modified TEXT,
  fetched_at TEXT, newest TEXT, entries INTEGER NOT NULL DEFAULT 0, message TEXT);
CREATE TABLE IF NOT EXISTS crawl_hosts (
  host TEXT PRIMARY KEY, fetched BIGINT NOT NULL DEFAULT 0, stored BIGINT NOT NULL DEFAULT 0,
  updated BIGINT NOT NULL DEFAULT 0, unchanged BIGINT NOT NULL DEFAULT 0,
  rejected BIGINT NOT NULL DEFAULT 0, errors BIGINT NOT NULL DEFAULT 0,
  refused BIGINT NOT NULL DEFAULT 0, updated_at TEXT NOT NULL);
"""
_URL_COLS = ("url, host, source, state, attempts, announced, fetched_version, etag, "
             "last_modified, content_hash, final_url")


@dataclass(frozen=True, slots=True)
class UrlState:
    url: str
    host: str
    source: str
    state: State
    attempts: int = 0
    announced: str | None = None  # newest date a feed or sitemap gave it
    fetched_version: str | None = None  # the announced date when it was last fetched
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    final_url: str | None = None


@dataclass(frozen=True, slots=True)
class ListState:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: str | None = None


@dataclass(frozen=True, slots=True)
class HostCounts:
    host: str
    fetched: int
    stored: int
    updated: int
    unchanged: int
    rejected: int
    errors: int
    refused: int


# Open stores whose crawl tables this process made sure of (weak: a closed store goes).
_ENSURED: weakref.WeakSet[SQLStore] = weakref.WeakSet()


def ensure_crawl_tables(store: SQLStore) -> None:
    """Create the crawl tables where missing (idempotent; SQLite and PostgreSQL). Once per
    open store: the write lock it takes should not be asked for on every /metrics call."""
    if store in _ENSURED:
        return
    with store._tx():
        for statement in CRAWL_TABLES.split(";"):
            if statement.strip():
                store._x(statement)
    _ENSURED.add(store)


class CrawlState:
    """Read and write the crawl tables of `store`."""

    def __init__(self, store: SQLStore) -> None:
        self.store = store
        ensure_crawl_tables(store)

    # -- URLs ------------------------------------------------------------------------------
    def get(self, url: str) -> UrlState | None:
        rows = self.store._x(f"SELECT {_URL_COLS} FROM crawl_urls WHERE url = ?", (url,))
        return _url_state(rows[0]) if rows else None

    def found(self, source: str, entries: Iterable[tuple[str, str, str | None]]) -> int:
        """Record URLs a list named, as `(url, host, announced date)`; returns how many were
        new. A known URL keeps its state; a newer announced date is kept (the cause for a
        conditional re-fetch)."""
        new = 0
        stamp = now_iso()
        todo = list({e[0]: e for e in entries}.values())
        with self.store._tx():
            # In chunks: a sitemap names tens of thousands of URLs, most of them known.
            for i in range(0, len(todo), 500):
                chunk = todo[i:i + 500]
                marks = ", ".join("?" for _ in chunk)
                known = dict(self.store._x(f"SELECT url, announced FROM crawl_urls WHERE url "
                                           f"IN ({marks})", [e[0] for e in chunk]))
                fresh = [(url, host, source, stamp, announced)
                         for url, host, announced in chunk if url not in known]
                if fresh:
                    self.store._many("INSERT INTO crawl_urls (url, host, source, state, "
                                     "found_at, announced) VALUES (?, ?, ?, 'pending', ?, ?)",
                                     fresh)
                    new += len(fresh)
                newer = [(announced, url) for url, _, announced in chunk if url in known
                         and announced and (known[url] is None or announced > known[url])]
                if newer:
                    self.store._many("UPDATE crawl_urls SET announced = ? WHERE url = ?", newer)
        return new

    def due(self, sources: Sequence[str], *, limit: int, max_attempts: int) -> list[UrlState]:
        """URLs of `sources` with a cause to fetch, the newest announced first."""
        if not sources:
            return []
        marks = ", ".join("?" for _ in sources)
        rows = self.store._x(
            f"SELECT {_URL_COLS} FROM crawl_urls WHERE source IN ({marks}) AND ("
            "state = 'pending' OR (state = 'error' AND attempts < ?) OR "
            "(state IN ('done', 'rejected') AND announced IS NOT NULL AND "
            "(fetched_version IS NULL OR announced > fetched_version))) "
            # Newest first (a monitor wants today's news before a backlog), then as found.
            "ORDER BY announced IS NULL, announced DESC, found_at, url LIMIT ?",
            (*sources, max_attempts, limit))
        return [_url_state(r) for r in rows]

    def fetched(self, url: str, *, etag: str | None, last_modified: str | None,
                content_hash: str | None, final_url: str | None) -> None:
        """A fetch answered (200 or 304): keep its validators for the next conditional GET."""
        self.store._x(
            "UPDATE crawl_urls SET fetched_at = ?, "
            "fetched_version = announced, etag = COALESCE(?, etag), "
            "last_modified = COALESCE(?, last_modified), "
            "content_hash = COALESCE(?, content_hash), final_url = COALESCE(?, final_url) "
            "WHERE url = ?", (now_iso(), etag, last_modified, content_hash, final_url, url))

    def settle(self, url: str, state: State, reason: str | None = None,
               message: str | None = None) -> None:
        """The outcome: done (stored, updated or unchanged), rejected, refused, or error."""
        bump = ", attempts = attempts + 1, fetched_at = ?" if state == "error" else ""
        params: tuple[Any, ...] = (state, reason, message and message[:500])
        if state == "error":
            params += (now_iso(),)
        if state in ("rejected", "refused"):
            bump = ", fetched_version = announced"
        self.store._x(f"UPDATE crawl_urls SET state = ?, reason = ?, message = ?{bump} "
                      "WHERE url = ?", (*params, url))
        if state == "done":
            self.store._x("UPDATE crawl_urls SET attempts = 0 WHERE url = ?", (url,))

    def alias(self, url: str, other: str, host: str, source: str) -> None:
        """`other` (the final URL after redirects, the page's canonical URL) is the same
        article as `url`: mark it done, so finding it later fetches nothing."""
        if other == url:
            return
        stamp = now_iso()
        rows = self.store._x("SELECT state FROM crawl_urls WHERE url = ?", (other,))
        if rows:
            self.store._x("UPDATE crawl_urls SET state = 'done', fetched_at = ?, "
                          "fetched_version = announced, reason = 'alias' WHERE url = ?",
                          (stamp, other))
        else:
            self.store._x("INSERT INTO crawl_urls (url, host, source, state, found_at, "
                          "fetched_at, reason, message) VALUES (?, ?, ?, 'done', ?, ?, "
                          "'alias', ?)", (other, host, source, stamp, stamp, f"same as {url}"))

    def counts(self, sources: Sequence[str] | None = None) -> dict[str, int]:
        """URLs per state (of `sources`, else all)."""
        where = ""
        params: tuple[str, ...] = ()
        if sources:
            where = f"WHERE source IN ({', '.join('?' for _ in sources)})"
            params = tuple(sources)
        rows = self.store._x(f"SELECT state, COUNT(*) FROM crawl_urls {where} GROUP BY state",
                             params)
        return {str(r[0]): int(r[1]) for r in rows}

    # -- lists (feeds, sitemaps, section pages) --------------------------------------------
    def list_state(self, url: str) -> ListState | None:
        rows = self.store._x("SELECT url, etag, last_modified, fetched_at FROM crawl_lists "
                             "WHERE url = ?", (url,))
        return ListState(*rows[0]) if rows else None

    def list_read(self, url: str, source: str, *, kind: str | None, etag: str | None,
                  last_modified: str | None, entries: int, newest: str | None,
                  message: str | None = None) -> None:
        """Record a list fetch (a 304 keeps the validators it had)."""
        stamp = now_iso()
        if self.list_state(url) is None:
            self.store._x("INSERT INTO crawl_lists (url, source, kind, etag, last_modified, "
                          "fetched_at, newest, entries, message) VALUES (?, ?, ?, ?, ?, ?, ?, "
                          "?, ?)", (url, source, kind, etag, last_modified, stamp, newest,
                                    entries, message))
        else:
            self.store._x("UPDATE crawl_lists SET kind = COALESCE(?, kind), "
                          "etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),"
                          " fetched_at = ?, newest = COALESCE(?, newest), entries = ?, "
                          "message = ? WHERE url = ?",
                          (kind, etag, last_modified, stamp, newest, entries, message, url))

    # -- counters per host -----------------------------------------------------------------
    def count(self, host: str, **deltas: int) -> None:
        """Add to a host's counters (names in `COUNTERS`)."""
        bad = set(deltas) - set(COUNTERS)
        if bad:
            raise ValueError(f"unknown crawl counters {sorted(bad)}; valid: {COUNTERS}")
        if not any(deltas.values()):
            return
        values = [deltas.get(c, 0) for c in COUNTERS]
        sets = ", ".join(f"{c} = crawl_hosts.{c} + excluded.{c}" for c in COUNTERS)
        self.store._x(f"INSERT INTO crawl_hosts (host, {', '.join(COUNTERS)}, updated_at) "
                      f"VALUES (?, {', '.join('?' for _ in COUNTERS)}, ?) "
                      f"ON CONFLICT (host) DO UPDATE SET {sets}, updated_at = excluded.updated_at",
                      (host, *values, now_iso()))

    def hosts(self) -> list[HostCounts]:
        rows = self.store._x(f"SELECT host, {', '.join(COUNTERS)} FROM crawl_hosts ORDER BY host")
        return [HostCounts(str(r[0]), *(int(v) for v in r[1:])) for r in rows]

    # -- passes ----------------------------------------------------------------------------
    def record_pass(self, summary: dict[str, Any]) -> None:
        with self.store._tx():
            self.store.set_meta("crawl_last_pass", json.dumps(summary, ensure_ascii=False))

    def last_pass(self) -> dict[str, Any] | None:
        raw = self.store.get_meta("crawl_last_pass")
        found: dict[str, Any] | None = json.loads(raw) if raw else None
        return found


def _url_state(row: Sequence[Any]) -> UrlState:
    return UrlState(url=row[0], host=row[1], source=row[2], state=row[3],
                    attempts=int(row[4]), announced=row[5], fetched_version=row[6], etag=row[7],
                    last_modified=row[8], content_hash=row[9], final_url=row[10])
