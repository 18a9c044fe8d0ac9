"""A record with a dateline and a place named only there (an entity with no mentions):
stored, read back, searched by the entity, exported and shown (SQLite and PostgreSQL)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warta.corpus.export import COLUMNS, pages
from warta.record import Article, Entity
from warta.store import open_store
from warta.store.model import SearchQuery
from warta.store.samples import prabowo_article
from warta.store.sql import fill_article_columns


def _article() -> Article:
    a = prabowo_article()
    only = Entity(id="loc:bandung", kind="PLACE", name="Bandung", country="ID")
    return replace(a, dateline="BANDUNG", entities=(*a.entities, only))


@pytest.fixture(params=["sqlite", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield str(tmp_path / "db") if request.param == "sqlite" else \
        request.getfixturevalue("pg_db")


def test_a_place_named_only_in_the_dateline_is_stored_and_found(target: str) -> None:
    a = _article()
    s = open_store(target)
    try:
        s.put(a)
        s.flush()
        assert s.get(a.id) == a
        ents = [r for page in pages(s, "entities") for r in page]
        assert any("Bandung" in map(str, r) for r in ents)
        mentions = [r for page in pages(s, "mentions") for r in page]
        assert not any("loc:bandung" in map(str, r) for r in mentions)
        r = s.search(SearchQuery(entity="Bandung"))
        assert [h.id for h in r.hits] == [a.id]
        assert "Bandung" in {f.label for f in r.top_entities}
    finally:
        s.close()


def test_the_article_page_shows_the_dateline(tmp_path: Path) -> None:
    from warta.api import Settings, create_app

    a = _article()
    store = open_store(tmp_path / "db")
    store.put(a)
    store.flush()
    try:
        html = TestClient(create_app(Settings(), store=store)).get(f"/view/articles/{a.id}").text
        assert '<span class="dateline">BANDUNG</span>' in html
        assert "Bandung</a>" in html and '<span class="n">dateline</span>' in html
    finally:
        store.close()


def _drop_dateline(target: str) -> None:
    """The layout of a store made before `articles.dateline`."""
    if target.startswith("postgresql"):
        import psycopg

        with psycopg.connect(target, autocommit=True) as conn:
            conn.execute("ALTER TABLE articles DROP COLUMN dateline")
        return
    conn = sqlite3.connect(Path(target) / "warta.sqlite3")
    conn.execute("ALTER TABLE articles DROP COLUMN dateline")
    conn.commit()
    conn.close()


def test_the_dateline_column_is_written_added_to_an_old_store_and_exported(target: str
                                                                            ) -> None:
    s = open_store(target)
    s.put(_article())
    s.put(replace(prabowo_article(day=22), id="plain"))  # no dateline
    s.flush()
    assert dict(s._x("SELECT id, dateline FROM articles"))["plain"] is None
    s.close()
    _drop_dateline(target)
    s = open_store(target)
    try:
        got = dict(s._x("SELECT id, dateline FROM articles"))  # filled from the records
        assert got == {_article().id: "BANDUNG", "plain": None}
        rows = [r for page in pages(s, "articles") for r in page]
        names = [c for c, _, _ in COLUMNS["articles"]]
        assert sorted(r[names.index("dateline")] or "" for r in rows) == ["", "BANDUNG"]
    finally:
        s.close()


def test_the_fill_reads_only_empty_rows_in_pages_with_a_bar_for_large_stores(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    s = open_store(str(tmp_path / "db"))
    try:
        s.put(_article())
        s.put(replace(_article(), id="kept", title="Lain"))
        s.put(replace(prabowo_article(day=22), id="plain"))  # no dateline in its record
        s.flush()
        s._x("UPDATE articles SET dateline = NULL")
        s._x("UPDATE articles SET dateline = 'SET BEFORE' WHERE id = 'kept'")
        fill_article_columns(s, page=1, bar_from=10**9)
        got = dict(s._x("SELECT id, dateline FROM articles"))
        # a row already filled is left as it is; the others come from their records
        assert got == {_article().id: "BANDUNG", "kept": "SET BEFORE", "plain": None}
        assert "articles.dateline" not in capsys.readouterr().err  # a small store: no bar
        s._x("UPDATE articles SET dateline = NULL")
        fill_article_columns(s, page=2, bar_from=1)
        assert dict(s._x("SELECT id, dateline FROM articles"))["kept"] == "BANDUNG"
        assert "articles.dateline" in capsys.readouterr().err
    finally:
        s.close()


def test_the_outlet_a_dateline_names_is_found_but_tops_no_facet(target: str) -> None:
    a = prabowo_article()
    outlet = Entity(id="org:antara", kind="ORG", name="Antara")
    a = replace(a, dateline_source="Antara", entities=(*a.entities, outlet))
    s = open_store(target)
    try:
        s.put(a)
        s.flush()
        assert [h.id for h in s.search(SearchQuery(entity="Antara")).hits] == [a.id]
        labels = {f.label for f in s.search(SearchQuery(text="Prabowo")).top_entities}
        assert "Antara" not in labels and labels  # the body's own entities still count
    finally:
        s.close()
