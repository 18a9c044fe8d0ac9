"""PostgreSQL's multi-row insert (`PostgresStore._insert`): one statement per batch of
parameters, what executemany would leave, and a clear error for what it cannot rewrite."""

from __future__ import annotations

import pytest

from warta.store import open_store
from warta.store import postgres as pg


def test_insert_rows_in_one_statement_per_chunk(pg_db: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(pg_db)
    try:
        monkeypatch.setattr(pg, "MAX_PARAMS", 7)  # 3 rows of 2 per statement
        sql = "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING"
        with store._tx():
            store._insert(sql, [(f"k{i}", str(i)) for i in range(8)] + [("k1", "again")])
            store._insert(sql, [])
        got = store._x("SELECT key, value FROM meta WHERE key >= 'k' AND key < 'l' ORDER BY key")
        assert got == [(f"k{i}", str(i)) for i in range(8)]
        with pytest.raises(ValueError, match="one-row INSERT"):
            store._insert("UPDATE meta SET value = ?", [("x",)])
    finally:
        store.close()
