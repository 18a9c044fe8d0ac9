"""Indexes that later versions no longer keep, dropped from a store made with them (on
open, both stores): an index nothing reads still costs every insert.

- `minhash_bands_article`, `story_keys_article`: only an article's update used them, to
  delete its old rows; it now finds them by their keys (recomputed from the stored
  signature and story vector), on the indexes lookups use anyway.
"""

from __future__ import annotations

from typing import Any

DROPPED = ("minhash_bands_article", "story_keys_article")


def drop_old_indexes(store: Any) -> list[str]:
    """Drop the indexes of `DROPPED` the store still has; returns their names."""
    if store.dialect == "postgres":
        found = store._x("SELECT indexname FROM pg_indexes WHERE schemaname = "
                         "current_schema() AND indexname = ANY(CAST(? AS text[]))",
                         (list(DROPPED),))
    else:
        marks = ", ".join("?" for _ in DROPPED)
        found = store._x(f"SELECT name FROM sqlite_master WHERE type = 'index' "
                         f"AND name IN ({marks})", DROPPED)
    names = sorted(str(r[0]) for r in found)
    if names:
        with store._tx():
            for name in names:  # from DROPPED only: never a name from outside
                store._x(f"DROP INDEX IF EXISTS {name}")
    return names
