"""Stories in both stores: online assignment on write, copies in their original's story,
same topic kept apart, and a rebuild in date order equal to an ingest in date order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from warta.corpus import story_store
from warta.corpus.export import pages
from warta.record import Article, make_id
from warta.sources.corpus import read_corpus
from warta.sources.raw import RawDoc
from warta.store import SQLStore, open_store

pytestmark = pytest.mark.shared

KEEP = ("Pajero", "OTT", "Wamenaker", "Purbaya")


def _articles(shared_data: Path) -> list[tuple[Article, str | None]]:
    """Detik articles about a few stories (and the topics around them), in date order."""
    out = []
    for d in read_corpus(shared_data / "news" / "detik-1k" / "data_berita.csv"):
        if isinstance(d, RawDoc) and d.text and any(k in (d.title or "") for k in KEEP):
            out.append((Article(id=make_id(d.text, d.url), text=d.text, url=d.url,
                                title=d.title, source="detik.com", published=d.published),
                        d.external_id))
    return sorted(out, key=lambda x: (x[0].published or 0, x[1] or ""))  # type: ignore[arg-type]


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path,
          shared_data: Path) -> Iterator[SQLStore]:
    target = str(tmp_path / "db") if request.param == "sqlite" else \
        request.getfixturevalue("pg_db")
    s = open_store(target)
    arts = _articles(shared_data)
    for i in range(0, len(arts), 25):
        chunk = arts[i:i + 25]
        s.put_many([a for a, _ in chunk], [e for _, e in chunk])
    s.flush()
    yield s
    s.close()


def _by_external(store: SQLStore) -> dict[str, str]:
    return {str(e): str(s) for e, s in store._x(
        "SELECT a.external_id, sa.story_id FROM articles a JOIN story_articles sa "
        "ON sa.article_id = a.id")}


def test_stories_on_ingest(store: SQLStore) -> None:
    story = _by_external(store)
    assert len(story) == store.count()  # every article has a story
    # One viral incident, six write-ups over two days: one story.
    assert len({story[i] for i in ("269", "275", "280", "273", "268", "277")}) == 1
    # The Wamenaker arrest and the ministry's reaction: one story ...
    assert story["373"] == story["376"]
    # ... and other KPK arrests (same topic) are other stories.
    assert len({story["373"], story["367"], story["366"], story["368"]}) == 4
    # A re-scrape (same URL, same text) sits in its original's story.
    assert story["239"] == story["361"]
    total, listed = story_store.list_stories(store, min_articles=2, limit=100)
    pajero = next(s for s in listed if s.id == story["269"])
    assert pajero.articles == 6 and pajero.sources == ["detik.com"]
    assert pajero.first_seen == "2025-10-19" and pajero.last_seen == "2025-10-20"
    detail = story_store.get_story(store, story["269"])
    assert detail is not None and len(detail.articles) == 6
    assert detail.story.headline and "Pajero" in detail.story.headline
    assert total == len(listed)
    since = story_store.list_stories(store, since=date(2025, 10, 1), limit=100)[1]
    assert all((s.last_seen or "") >= "2025-10-01" for s in since) and pajero.id in {
        s.id for s in since}


def test_export_carries_the_story(store: SQLStore) -> None:
    story = _by_external(store)
    rows = [r for page in pages(store, "articles") for r in page]
    assert {r[0] for r in rows} and all(r[3] for r in rows)  # id, ..., story
    ext = {r[1]: r[3] for r in rows}
    assert ext["269"] == story["269"]


def test_rebuild_equals_ingest_in_date_order(store: SQLStore) -> None:
    before = _by_external(store)
    rows_before = store._x("SELECT id, headline, first_day, last_day, n_articles FROM stories "
                           "ORDER BY id")
    n = story_store.rebuild(store)
    assert n == store.count()
    assert _by_external(store) == before
    assert store._x("SELECT id, headline, first_day, last_day, n_articles FROM stories "
                    "ORDER BY id") == rows_before


def test_update_moves_the_article(store: SQLStore) -> None:
    story = _by_external(store)
    aid = store._x("SELECT id FROM articles WHERE external_id = '269'")[0][0]
    a = store.get(aid)
    assert a is not None
    other = "Gempa bumi mengguncang Kabupaten Cianjur, warga mengungsi ke lapangan desa."
    assert store.put(replace(a, text=other, title="Gempa Cianjur")) == "updated"
    moved = story_store.story_of(store, aid)
    assert moved is not None and moved != story["269"]
    left = story_store.get_story(store, story["269"])
    assert left is not None and left.story.articles == 5


def test_trends_over_any_search(store: SQLStore) -> None:
    from warta.corpus.trends import trends
    from warta.store import SearchQuery

    originals = int(store._x("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NULL "
                             "AND day IS NOT NULL")[0][0])
    rows = trends(store, SearchQuery(), "day")
    assert sum(r.articles for r in rows) == originals  # copies not counted twice
    weeks = trends(store, SearchQuery(), "week")
    assert sum(r.articles for r in weeks) == originals and weeks[0].period[4:6] == "-W"
    pajero = trends(store, SearchQuery(text="Pajero"), "day")
    per = {r.period: r.articles for r in pajero}
    assert per["2025-10-19"] == 5 and per["2025-10-20"] == 1
    assert sum(per.values()) == store.search(SearchQuery(text="Pajero", facets=False)).total
    since = trends(store, SearchQuery(text="Pajero", since=date(2025, 10, 20)), "month")
    assert [(r.period, r.articles) for r in since] == [("2025-10", 1)]


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_store_index_counts_as_memory_does(kind: str, request: pytest.FixtureRequest,
                                           tmp_path: Path) -> None:
    """The store's document counts, read and counted in one statement (outside a write
    batch) or read and counted in memory until the batch ends (inside one), agree with the
    in-memory index (keys past a chunk of 500 included)."""
    from warta.corpus import stories

    s = open_store(str(tmp_path / "db") if kind == "sqlite" else request.getfixturevalue("pg_db"))
    try:
        mem, sql = stories.MemoryIndex(), story_store.SQLIndex(s)
        batches = [[3, -4, 2**62], list(range(1, 1200, 2)), [3, 2**62, 1199]]
        with s._tx():
            for keys in batches:
                assert sql.count_docs(keys) == mem.count_docs(keys)
        with s._tx():
            s._write_batch = object()  # as put_many sets it
            for keys in batches * 2:
                assert sql.count_docs(keys) == mem.count_docs(keys)
            story_store.flush_counts(s)
            s._write_batch = None
        assert dict(s._x("SELECT key, n FROM story_df")) == dict(mem.df)
    finally:
        s.close()


def _keyed_rows(store: SQLStore) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """(story_keys rows, the rows each article's stored vector calls for), sorted."""
    import json

    from warta.corpus import stories

    have = sorted((int(k), int(d), str(a)) for k, d, a in store._x(
        "SELECT key, day, article_id FROM story_keys"))
    want = sorted({(stories.key_of(t), int(d), str(a)) for a, d, v in store._x(
        "SELECT article_id, day, vector FROM story_articles WHERE day IS NOT NULL")
        for t in stories.lookup_terms(json.loads(v))})
    return have, want


def _band_rows(store: SQLStore) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(minhash_bands rows, the rows each stored signature calls for), sorted."""
    from warta.corpus import dedup

    have = sorted((int(k), str(a)) for k, a in store._x(
        "SELECT key, article_id FROM minhash_bands"))
    want = sorted({(k, str(a)) for a, sig in store._x("SELECT article_id, sig FROM minhashes")
                   for k in dedup.band_keys(dedup.from_bytes(bytes(sig)))})
    return have, want


def test_updates_leave_no_old_keys(store: SQLStore) -> None:
    """An update finds its article's old story keys and band keys by their values (no index
    on article_id): afterwards the tables hold exactly what the stored vectors and
    signatures call for, the old rows gone."""
    keys_before, bands_before = _keyed_rows(store), _band_rows(store)
    assert keys_before[0] == keys_before[1] and bands_before[0] == bands_before[1]
    ids = [r[0] for r in store._x("SELECT id FROM articles WHERE external_id IN "
                                  "('269', '373', '361') ORDER BY id")]
    texts = ["Gempa bumi mengguncang Kabupaten Cianjur, warga mengungsi ke lapangan desa "
             "setelah rumah mereka rusak berat pada Senin pagi.",
             "Banjir merendam ratusan rumah di Kota Medan setelah hujan deras semalaman; "
             "BPBD mengerahkan perahu karet untuk mengevakuasi warga lanjut usia."]
    for i, aid in enumerate(ids):
        a = store.get(aid)
        assert a is not None
        assert store.put(replace(a, text=texts[i % 2] + f" Laporan {i}.")) == "updated"
    have, want = _keyed_rows(store)
    assert have == want  # each old row gone, each new one there
    for aid in ids:
        assert {r for r in have if r[2] == aid} != {r for r in keys_before[0] if r[2] == aid}
    have_b, want_b = _band_rows(store)
    assert have_b == want_b and have_b != bands_before[0]


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_a_store_with_the_old_article_indexes_drops_them(kind: str, tmp_path: Path,
                                                         request: pytest.FixtureRequest) -> None:
    """A store made when `minhash_bands` and `story_keys` had an index on article_id (only
    updates read it) loses both on open; updates still find the old rows."""
    from warta.store.dropped import DROPPED

    target = str(tmp_path / "db") if kind == "sqlite" else request.getfixturevalue("pg_db")
    s = open_store(target)
    a = Article(id=make_id("x", "https://x.invalid/1"), url="https://x.invalid/1",
                title="Gempa Cianjur", source="detik.com",
                text="Gempa bumi mengguncang Kabupaten Cianjur pada Senin pagi, dan warga "
                     "mengungsi ke lapangan desa setelah rumah mereka rusak berat.")
    assert s.put(a) == "stored"
    with s._tx():  # as the store made them before
        s._x("CREATE INDEX minhash_bands_article ON minhash_bands (article_id)")
        s._x("CREATE INDEX story_keys_article ON story_keys (article_id)")
    s.close()

    def indexes(st: SQLStore) -> set[str]:
        if kind == "sqlite":
            return {str(r[0]) for r in st._x("SELECT name FROM sqlite_master "
                                              "WHERE type = 'index'")}
        return {str(r[0]) for r in st._x("SELECT indexname FROM pg_indexes")}

    s = open_store(target)
    try:
        assert not indexes(s) & set(DROPPED)
        assert {"minhash_bands_key", "story_keys_key_day"} <= indexes(s)
        assert s.put(replace(a, text="Banjir merendam ratusan rumah di Kota Medan setelah "
                             "hujan deras semalaman, dan warga dievakuasi.")) == "updated"
        assert _keyed_rows(s)[0] == _keyed_rows(s)[1]
        assert _band_rows(s)[0] == _band_rows(s)[1] != []
    finally:
        s.close()
