"""Tables of the entity registry (`warta.corpus.registry`), in both stores.

- `registry_entities (rid, kind, name)`: one row per registry entity (its canonical name);
- `registry_links (article_id, local_id, key, kind, name, auto, rid, how)`: every entity of
  every article linked to a registry id. `auto` is what automatic merging decided, `rid`
  that after the curation log; `how` says why (`alias`, `self`, `context`, `part`,
  `ambiguous`, `refused`, `core`: a place named with its area type);
- `registry_parts (part, kind, key, root)`: the words (and, for organisations and places,
  the initials) of every multi-word name, so a one-word name finds the longer names it
  may stand for with one indexed lookup;
- `registry_curation (seq, op, a, b, at)`: the curation log (`merge`, `split`, `alias`),
  replayed over automatic merging, so it survives re-ingest and rebuild.

The tables are created on every open (`CREATE ... IF NOT EXISTS`), so a store made before
the registry gains them; its links are filled by `warta entities rebuild` or on first open.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, Protocol

from .pgarray import texts

log = logging.getLogger("warta.store")

REGISTRY_TABLES = """
CREATE TABLE IF NOT EXISTS registry_entities (
  rid TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS registry_links (
  article_id TEXT NOT NULL, local_id TEXT NOT NULL, key TEXT NOT NULL, kind TEXT NOT NULL,
  name TEXT NOT NULL, auto TEXT NOT NULL, rid TEXT NOT NULL, how TEXT NOT NULL,
  PRIMARY KEY (article_id, local_id));
CREATE INDEX IF NOT EXISTS registry_links_rid ON registry_links (rid, article_id);
CREATE INDEX IF NOT EXISTS registry_links_auto ON registry_links (auto, article_id);
CREATE INDEX IF NOT EXISTS registry_links_key_how ON registry_links (key, how, auto);
CREATE TABLE IF NOT EXISTS registry_parts (
  part TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, root TEXT NOT NULL,
  PRIMARY KEY (part, kind, key));
CREATE TABLE IF NOT EXISTS registry_curation (
  seq INTEGER PRIMARY KEY, op TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL,
  at TEXT NOT NULL);
"""

# Tables rebuilt from the articles; the curation log is kept.
DERIVED = ("registry_links", "registry_parts", "registry_entities")
BUILT = "registry_built"  # meta key: the registry holds every stored article


class Store(Protocol):
    dialect: str

    def _x(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    def _insert(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...


def text_rows(store: Store, values: Sequence[str]) -> tuple[str, list[Any]]:
    """A table of one text column for `WITH v(k) AS (...)`, and its parameters: one array
    parameter on PostgreSQL (the statement's text stays the same, so it is prepared once),
    a VALUES list on SQLite. `values` must not be empty."""
    if store.dialect == "postgres":
        return "SELECT unnest(CAST(? AS text[]))", [texts(values)]
    return "VALUES " + ", ".join("(?)" for _ in values), list(values)


def create_tables(store: Store) -> None:
    """Create the registry tables where missing (inside the caller's transaction)."""
    for statement in REGISTRY_TABLES.split(";"):
        if statement.strip():
            store._x(statement)


def ensure_registry(store: Any) -> None:
    """On open: the registry tables exist and hold every stored article. A store made before
    the registry is filled now (once); a reader that finds another process writing leaves
    that to the next open."""
    if store.get_meta(BUILT) is not None:
        return
    from ..corpus.registry import ensure
    from .errors import StoreBusy

    try:
        ensure(store)
    except StoreBusy:
        log.warning("warta: the store %s is busy; its entity registry is filled when next "
                    "opened (or run `warta entities rebuild`)", store.location)
