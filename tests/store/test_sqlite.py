from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from warta.record import StageRun
from warta.store import SearchQuery, open_store
from warta.store.samples import prabowo_article, zelenskyy_article
from warta.store.sqlite import SQLiteStore


@pytest.fixture()
def store(tmp_path: Path) -> SQLiteStore:
    s = open_store(tmp_path / "db")
    assert isinstance(s, SQLiteStore)
    s.put_many([zelenskyy_article(), prabowo_article()])
    s.flush()
    yield s
    s.close()


def test_default_home_follows_warta_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_HOME", str(tmp_path / "home"))
    s = open_store()
    assert s.location == str(tmp_path / "home")
    assert (tmp_path / "home" / "warta.sqlite3").exists()
    s.close()


def test_put_is_idempotent_and_updates_in_place(store: SQLiteStore) -> None:
    a = zelenskyy_article()
    assert store.put(a) == "duplicate"
    assert store.count() == 2
    upgraded = replace(a, provenance=(StageRun(name="quotes", version=2),))
    assert store.put(upgraded) == "updated"
    assert store.count() == 2
    got = store.get(a.id)
    assert got is not None and got.provenance == upgraded.provenance
    # Same text under another URL: kept as a copy, grouped under the first by content hash.
    assert store.put(replace(a, id="other", url="https://x.invalid/a")) == "stored"
    assert store.duplicate_of("other") == a.id


def test_update_replaces_child_rows(store: SQLiteStore) -> None:
    a = zelenskyy_article()
    store.put(replace(a, quotes=()))
    _, quotes = store.list_quotes(speaker="per:volodymyr-zelenskyy")
    assert quotes == []


def test_search_text_is_ranked_with_snippets(store: SQLiteStore) -> None:
    r = store.search(SearchQuery(text="korea utara"))
    assert r.total == 1
    hit = r.hits[0]
    assert "Korea" in [hit.snippet[s:e] for s, e in hit.highlights]


def test_search_folds_diacritics(store: SQLiteStore) -> None:
    assert store.search(SearchQuery(text="eskalási")).total == 1
    assert store.search(SearchQuery(text="INFLASI")).total == 1


@pytest.mark.parametrize(("query", "expected"), [
    (SearchQuery(entity="per:kim-jong-un"), 1),
    (SearchQuery(entity="kim jong un"), 1),
    (SearchQuery(kind="ORG"), 1),
    (SearchQuery(country="id"), 1),
    (SearchQuery(source="DETIK.COM"), 1),
    (SearchQuery(speaker="Volodymyr Zelenskyy"), 1),
    (SearchQuery(speaker="per:prabowo-subianto", text="inflasi"), 1),
    (SearchQuery(speaker="per:prabowo-subianto", text="korea"), 0),
    (SearchQuery(event="mobilize"), 1),
    (SearchQuery(since=date(2024, 11, 18), until=date(2024, 11, 18)), 1),
    (SearchQuery(since=date(2024, 11, 19), until=date(2025, 10, 20)), 0),
    (SearchQuery(since=date(2024, 1, 1)), 2),
    (SearchQuery(), 2),
])
def test_search_filters(store: SQLiteStore, query: SearchQuery, expected: int) -> None:
    assert store.search(query).total == expected


def test_search_without_text_is_newest_first_with_facets(store: SQLiteStore) -> None:
    r = store.search(SearchQuery())
    assert [h.title for h in r.hits][0] == "Prabowo Banggakan Inflasi 2 Persen"
    assert {f.label for f in r.top_entities} >= {"Kim Jong Un", "Bank Indonesia"}
    assert {f.label for f in r.top_speakers} == {"Volodymyr Zelenskyy", "Prabowo Subianto"}
    assert [(f.key, f.count) for f in r.per_day] == [("2024-11-18", 1), ("2025-10-21", 1)]


def test_pagination(store: SQLiteStore) -> None:
    page2 = store.search(SearchQuery(limit=1, offset=1))
    assert page2.total == 2 and len(page2.hits) == 1
    total, items = store.list_articles(limit=1, offset=1)
    assert total == 2 and len(items) == 1


def test_entity_detail(store: SQLiteStore) -> None:
    store.put(replace(zelenskyy_article(day=20, extra=" Tambahan."), id="z2"))
    with store._tx():  # not a copy here: the entity page counts both
        store._x("UPDATE articles SET duplicate_of = NULL WHERE id = 'z2'")
    d = store.entity("Volodymyr Zelenskyy")
    assert d is not None
    assert d.entity.key == "per:volodymyr-zelenskyy" and d.entity.articles == 2
    assert [(f.key, f.count) for f in d.mentions_per_day] == [("2024-11-18", 2),
                                                              ("2024-11-20", 2)]
    assert len(d.quotes) == 2 and d.quotes[0].speaker_name == "Volodymyr Zelenskyy"
    assert d.cooccurring[0].count == 2
    assert store.entity("nobody") is None


def test_browse_lists(store: SQLiteStore) -> None:
    total, ents = store.list_entities(kind="person")
    assert total == 3 and {e.name for e in ents} >= {"Kim Jong Un"}
    assert store.list_entities(name="korea")[1][0].key == "loc:korea-utara"
    total, events = store.list_events(code="accuse")
    assert total == 1 and events[0].place == "loc:kyiv"
    assert store.list_events(entity="Volodymyr Zelenskyy")[0] == 1
    total, quotes = store.list_quotes(text="inflasi")
    assert total == 1 and quotes[0].speaker == "per:prabowo-subianto"


def test_index_catches_up_after_a_lost_commit(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db")
    s.put(zelenskyy_article())
    s.conn.close()  # simulate a crash: SQLite committed, the index never was
    s.index._writer = None
    s2 = open_store(tmp_path / "db")
    assert isinstance(s2, SQLiteStore)
    assert s2.index_lag() == 1
    assert s2.sync_index() == 1
    assert s2.search(SearchQuery(text="korea")).total == 1
    s2.close()


def test_reindex_rebuilds_a_deleted_index(store: SQLiteStore, tmp_path: Path) -> None:
    store.close()
    shutil.rmtree(tmp_path / "db" / "index")
    s = open_store(tmp_path / "db")
    assert s.search(SearchQuery()).total == 2  # rebuilt from SQLite, never silently empty
    assert s.reindex() == 2
    assert s.search(SearchQuery(text="inflasi")).total == 1
    s.close()


def test_unknown_scheme_is_a_clear_error() -> None:
    from warta.store import BadLocation

    with pytest.raises(BadLocation, match="postgresql://"):
        open_store("mysql://x/y")


def test_undated_articles_list_without_text(store: SQLiteStore) -> None:
    store.put(replace(zelenskyy_article(extra=" Tanpa tanggal."), id="undated", published=None))
    store.flush()
    r = store.search(SearchQuery(copies=True))  # "undated" is a copy of the first
    assert r.total == 3 and "undated" in {h.id for h in r.hits}
    assert store.search(SearchQuery(since=date(2000, 1, 1), copies=True)).total == 2


def test_choices_follow_the_store(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db")
    s.put(zelenskyy_article())
    first = s.choices()
    assert first["source"] == ["Kompas.com"] and s.choices() is first  # kept
    s.put(replace(prabowo_article(), source="detik.com"))
    assert s.choices()["source"] == ["Kompas.com", "detik.com"]  # the store changed
    s.close()
