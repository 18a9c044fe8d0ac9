"""Keep analysed articles and search them.

`open_store()` opens the embedded default (SQLite + tantivy under `$WARTA_HOME`, else
`~/.local/share/warta`); `open_store("postgresql://...")` a shared PostgreSQL server.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import BadLocation, StoreBusy, StoreError
from .model import (
    ArticleSummary,
    EntityDetail,
    EntitySummary,
    EventRow,
    FacetCount,
    Hit,
    PutStatus,
    QuoteRow,
    SearchQuery,
    SearchResult,
    entity_id,
    fold,
)
from .sql import SQLStore

__all__ = ["ArticleSummary", "BadLocation", "EntityDetail", "EntitySummary", "EventRow",
           "FacetCount", "Hit", "PutStatus", "QuoteRow", "SQLStore", "SearchQuery",
           "SearchResult", "StoreBusy", "StoreError", "default_home", "entity_id", "fold",
           "open_store"]

Store = SQLStore


def default_home() -> Path:
    env = os.environ.get("WARTA_HOME")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME")
    return (Path(base).expanduser() if base else Path.home() / ".local" / "share") / "warta"


def open_store(db: str | Path | None = None, *, create: bool = True) -> SQLStore:
    """A folder path (or `sqlite:///folder`) for the embedded store, or a PostgreSQL URL.

    With `create=False` (the commands that only read, and `ingest` without `--create`), a
    store location the user named (`db` or `$WARTA_DB`) that holds no embedded store is an
    error, so a mistyped `--db` does not silently open a new, empty store. The default
    location is always made when needed.
    """
    target = str(db) if db is not None else os.environ.get("WARTA_DB") or ""
    if not create and target and not target.startswith(("postgresql://", "postgres://")):
        require_sqlite_store(target)
    if target.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        pg: SQLStore = PostgresStore(target)
        return pg
    if target.startswith("sqlite://"):
        target = target.removeprefix("sqlite://")
    if "://" in target:
        raise BadLocation(f"unknown store location '{target}': give a folder, "
                          "sqlite:///folder or postgresql://user@host/dbname")
    from .sqlite import SQLiteStore

    return SQLiteStore(Path(target) if target else default_home())


def require_sqlite_store(location: str | Path) -> None:
    """Raise `BadLocation` unless `location` (a folder or sqlite:///folder) holds a store."""
    from .sqlite import DB_FILE

    folder = Path(str(location).removeprefix("sqlite://")).expanduser()
    if not (folder / DB_FILE).is_file():
        raise BadLocation(
            f"no warta store at {folder}: check --db (or WARTA_DB), or create one with "
            f"`warta ingest FILES --db {folder} --create`"
        )
