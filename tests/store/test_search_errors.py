"""Search input that used to crash (issue 18): field syntax tantivy refuses at run time,
huge offsets, dates at the calendar's edge, a full disk."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from warta.store import SearchQuery, StoreError, open_store
from warta.store.errors import BadQuery
from warta.store.samples import zelenskyy_article
from warta.store.sqlite import SQLiteStore


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SQLiteStore:
    s = open_store(tmp_path_factory.mktemp("search") / "db")
    assert isinstance(s, SQLiteStore)
    s.put_many([zelenskyy_article(day=d, extra=f" Hari {d}.") for d in (1, 2, 3)])
    s.release_writer()
    return s


@pytest.mark.parametrize("text", ["body:*", "title:*", "id:*", "nofield:*",
                                  "\udcff korea"])
def test_bad_query_syntax_says_what_is_wrong(store: SQLiteStore, text: str) -> None:
    with pytest.raises(BadQuery, match="cannot run the query") as e:
        store.search(SearchQuery(text=text))
    assert e.value.exit_code == 2


@pytest.mark.parametrize("text", ["title:korea", '"korea utara"', "korea AND utara",
                                  "(((korea", "ts:*", "korea^1000000", "*"])
def test_odd_but_valid_syntax_runs(store: SQLiteStore, text: str) -> None:
    store.search(SearchQuery(text=text))


def test_offset_past_the_end_is_an_empty_page(store: SQLiteStore) -> None:
    r = store.search(SearchQuery(text="korea", offset=1_000_000_000, copies=True))
    assert r.total == 3 and r.hits == []


def test_dates_at_the_calendar_edge(store: SQLiteStore) -> None:
    # The three are near-copies of one article: count every copy.
    assert store.search(SearchQuery(until=date(9999, 12, 31), copies=True)).total == 3
    assert store.search(SearchQuery(since=date(1, 1, 1), until=date(1, 1, 1))).total == 0


def test_full_disk_is_a_store_error(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db")
    assert isinstance(s, SQLiteStore)
    s.put(zelenskyy_article())
    pages = int(s.conn.execute("PRAGMA page_count").fetchone()[0])
    s.conn.execute(f"PRAGMA max_page_count = {pages + 1}")  # "database or disk is full"
    with pytest.raises(StoreError, match="free some disk space"):
        s.put_many([zelenskyy_article(day=d, extra=" x" * 5000) for d in range(2, 20)])
    assert s.count() == 1  # the failed batch left nothing behind
    s.close()


@pytest.mark.parametrize("url", ["postgresql://bob@127.0.0.1:1/db?password=hunter22&x=1",
                                 "postgresql://bob:hunter22@127.0.0.1:1/db"])
def test_postgres_password_is_never_printed(url: str) -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError) as e:
        open_store(url)
    assert "hunter22" not in str(e.value) and "***" in str(e.value)


@pytest.mark.parametrize("text", ["body:*", "nofield:*", "a\x00b", "\udcff korea", "((("])
def test_postgres_search_takes_any_text(pg_db: str, text: str) -> None:
    s = open_store(pg_db)
    s.put(zelenskyy_article())
    try:
        s.search(SearchQuery(text=text, offset=1_000_000_000))
    except BadQuery as e:
        assert "UTF-8" in str(e) or "NUL" in str(e)
    finally:
        s.close()

