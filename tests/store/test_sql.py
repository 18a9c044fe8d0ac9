"""Columns added to the tables after the first stores (sql.ADDED_COLUMNS): the numbers
table's change and period columns are written on put, added to a store made before them
and filled from its records, and exported (SQLite and PostgreSQL)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from warta.corpus.export import pages
from warta.record import Article
from warta.store import SQLStore, open_store
from warta.store.samples import prabowo_article
from warta.store.sql import ADDED_COLUMNS, SCHEMA_VERSION, table_columns


def _article() -> Article:
    a = prabowo_article()
    n = replace(a.numbers[0], change="down", change_to=True, period="2025-Q3")
    return replace(a, numbers=(n,))


@pytest.fixture(params=["sqlite", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield str(tmp_path / "db") if request.param == "sqlite" else \
        request.getfixturevalue("pg_db")


def _rows(s: SQLStore) -> list[tuple[object, ...]]:
    return [tuple(r) for r in s._x(
        "SELECT thing, change, change_to, change_from, period FROM numbers")]


def _drop_columns(target: str) -> None:
    """The layout of a store made before the columns."""
    sql = "ALTER TABLE numbers DROP COLUMN change, DROP COLUMN change_to, " \
          "DROP COLUMN change_from, DROP COLUMN period"
    if target.startswith("postgresql"):
        import psycopg

        with psycopg.connect(target, autocommit=True) as conn:
            conn.execute(sql)
        return
    conn = sqlite3.connect(Path(target) / "warta.sqlite3")
    for c in ("change", "change_to", "change_from", "period"):
        conn.execute(f"ALTER TABLE numbers DROP COLUMN {c}")
    conn.commit()
    conn.close()


def test_change_and_period_stored_added_to_an_old_store_and_exported(target: str) -> None:
    s = open_store(target)
    s.put(_article())
    s.flush()
    assert _rows(s) == [("inflasi", "down", True, False, "2025-Q3")]
    s.close()
    _drop_columns(target)
    s = open_store(target)
    try:
        assert _rows(s) == [("inflasi", "down", True, False, "2025-Q3")]  # from the record
        rows = [r for page in pages(s, "numbers") for r in page]
        assert rows[0][-4:] == ("down", True, False, "2025-Q3")
    finally:
        s.close()


def test_an_older_sqlite_schema_gets_every_tables_added_columns(tmp_path: Path) -> None:
    """A store of an older schema version lacking added columns in two tables (articles
    and numbers): each table is checked, its columns added, the numbers' filled."""
    s = open_store(tmp_path / "db")
    s.put(_article())
    s.flush()
    s.close()
    _drop_columns(str(tmp_path / "db"))
    conn = sqlite3.connect(tmp_path / "db" / "warta.sqlite3")
    conn.execute("DROP INDEX articles_duplicate_of")
    conn.execute("ALTER TABLE articles DROP COLUMN duplicate_of")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    s = open_store(tmp_path / "db")
    try:
        assert all(c in table_columns(s, t) for t, c, _ in ADDED_COLUMNS)
        assert int(s._x("PRAGMA user_version")[0][0]) == SCHEMA_VERSION
        assert _rows(s) == [("inflasi", "down", True, False, "2025-Q3")]
        assert s._x("SELECT duplicate_of FROM articles") == [(None,)]
    finally:
        s.close()


def test_a_set_s_freq_stored_added_to_an_old_store_and_exported(tmp_path: Path) -> None:
    # numtime3: times.freq ("tiga kali sehari": P1D, 3X) is written on put, added to a
    # store made before it and filled from its records, and exported
    from warta.record import Span, TimeExpr

    a = replace(prabowo_article(), times=(
        TimeExpr(span=Span(start=0, end=5), type="SET", value="P1D", freq="3X"),))
    s = open_store(tmp_path / "db")
    s.put(a)
    s.flush()
    assert s._x("SELECT freq FROM times") == [("3X",)]
    s.close()
    conn = sqlite3.connect(tmp_path / "db" / "warta.sqlite3")
    conn.execute("ALTER TABLE times DROP COLUMN freq")
    conn.commit()
    conn.close()
    s = open_store(tmp_path / "db")
    try:
        assert [tuple(r) for r in s._x("SELECT freq FROM times")] == [("3X",)]
        rows = [r for page in pages(s, "times") for r in page]
        assert rows[0][-1] == "3X"
    finally:
        s.close()
