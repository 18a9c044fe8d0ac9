"""What an amount measures, as columns of the `numbers` table: the change it states
(`change` up/down, `change_to` the level reached, `change_from` the level it started
from) and the period it is counted over (`period`, a TIMEX3 value).

Added after the first stores: `ensure_number_columns` adds them to a store that lacks
them (SQLite and PostgreSQL) and fills them once from each article's stored record.
"""

from __future__ import annotations

import json
import logging
from typing import Any

log = logging.getLogger(__name__)

# (column, SQL type); BOOLEAN is an integer affinity in SQLite
NUMBER_COLUMNS = (("change", "TEXT"), ("change_to", "BOOLEAN"), ("change_from", "BOOLEAN"),
                  ("period", "TEXT"))


def _have(store: Any) -> set[str]:
    if store.dialect == "sqlite":
        return {r[1] for r in store._x("PRAGMA table_info(numbers)")}
    return {r[0] for r in store._x(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'numbers' "
        "AND table_schema = current_schema()")}


def ensure_number_columns(store: Any) -> None:
    """On open: the `numbers` table has the change and period columns; a store made
    before them gets them now and fills them from its records (once). A reader that
    finds another process writing leaves that to the next open."""
    missing = [(c, k) for c, k in NUMBER_COLUMNS if c not in _have(store)]
    if not missing:
        return
    from .errors import StoreBusy

    try:
        with store._tx():
            for column, kind in missing:
                store._x(f"ALTER TABLE numbers ADD COLUMN {column} {kind}")
            _fill(store)
    except StoreBusy:
        log.warning("warta: the store %s is busy; its numbers' change and period columns "
                    "are added when next opened", store.location)


def _fill(store: Any, page: int = 500) -> None:
    """The new columns of every stored amount, from its article's record."""
    ids = [r[0] for r in store._x("SELECT DISTINCT article_id FROM numbers")]
    for i in range(0, len(ids), page):
        chunk = ids[i:i + page]
        marks = ", ".join("?" for _ in chunk)
        rows = []
        for aid, record in store._x(
                f"SELECT id, record FROM articles WHERE id IN ({marks})", chunk):
            numbers = json.loads(record).get("numbers") or []
            rows += [(n.get("change"), bool(n.get("change_to")), bool(n.get("change_from")),
                      n.get("period"), aid, idx) for idx, n in enumerate(numbers)]
        if rows:
            store._many("UPDATE numbers SET change = ?, change_to = ?, change_from = ?, "
                        "period = ? WHERE article_id = ? AND idx = ?", rows)


def number_values(n: Any) -> tuple[Any, ...]:
    """The new columns' values of one `Count`, in NUMBER_COLUMNS order."""
    return (n.change, n.change_to, n.change_from, n.period)
