"""The same behaviour from both stores: embedded SQLite + tantivy, and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from warta.record import StageRun
from warta.store import SearchQuery, SQLStore, open_store
from warta.store.samples import prabowo_article, zelenskyy_article


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SQLStore]:
    target = str(tmp_path / "db") if request.param == "sqlite" else \
        request.getfixturevalue("pg_db")
    s = open_store(target)
    s.put_many([zelenskyy_article(), prabowo_article(),
                zelenskyy_article(day=20, extra=" Café kecil.")])
    s.flush()
    yield s
    s.close()


def test_idempotent_and_update_in_place(store: SQLStore) -> None:
    a = zelenskyy_article()
    assert store.put(a) == "duplicate"
    assert store.put(replace(a, provenance=(StageRun(name="x", version=2),))) == "updated"
    # The same text under another id is a copy: kept, and grouped under the first.
    assert store.put(replace(a, id="other")) == "stored"
    assert store.count() == 4
    assert store.duplicate_of("other") == a.id


def test_rescrapes_with_external_ids_are_kept_and_grouped(store: SQLStore) -> None:
    a = prabowo_article()
    assert store.put(a, external_id="3") == "updated"  # the stored row learns its input id
    assert store.put(a, external_id="524") == "stored"  # same URL, another input row
    assert store.put(a, external_id="524") == "duplicate"  # idempotent
    copy = f"{a.id}~524"
    assert store.duplicate_of(copy) == a.id
    assert store.count() == 4


def test_search_collapses_copies(store: SQLStore) -> None:
    store.flush()
    z = zelenskyy_article()
    collapsed = store.search(SearchQuery(text="korea utara"))
    assert collapsed.total == 1 and collapsed.hits[0].id == z.id
    assert collapsed.hits[0].copies == 1
    assert collapsed.top_speakers[0].count == 1  # the copy's quote is not counted twice
    assert store.search(SearchQuery(text="korea utara", copies=True)).total == 2
    total, _ = store.list_quotes(speaker="Volodymyr Zelenskyy")
    assert total == 1
    _, ents = store.list_entities(name="zelenskyy")
    assert ents[0].articles == 1


@pytest.mark.parametrize(("query", "expected"), [
    (SearchQuery(text="korea utara"), 2),
    (SearchQuery(text='"utara telah mengirim"'), 2),
    (SearchQuery(text="cafe"), 1),
    (SearchQuery(text="eskalasi inflasi"), 0),
    (SearchQuery(entity="per:kim-jong-un"), 2),
    (SearchQuery(entity="KIM JONG UN"), 2),
    (SearchQuery(kind="org"), 1),
    (SearchQuery(country="ID"), 1),
    (SearchQuery(source="detik.com"), 1),
    (SearchQuery(text="korea", speaker="Volodymyr Zelenskyy", since=date(2024, 11, 19)), 1),
    (SearchQuery(event="CONSULT"), 1),
    (SearchQuery(until=date(2024, 12, 31)), 2),
])
def test_search(store: SQLStore, query: SearchQuery, expected: int) -> None:
    r = store.search(replace(query, copies=True))  # the fixture's third article is a copy
    assert r.total == expected
    assert len(r.hits) == expected


def test_snippets_and_facets(store: SQLStore) -> None:
    r = store.search(SearchQuery(text="eskalasi", copies=True))
    hit = r.hits[0]
    assert "eskalasi" in [hit.snippet[s:e] for s, e in hit.highlights]
    assert r.top_speakers[0].label == "Volodymyr Zelenskyy" and r.top_speakers[0].count == 2
    assert [f.key for f in r.per_day] == ["2024-11-18", "2024-11-20"]
    assert r.top_entities[0].count == 2


def test_browse(store: SQLStore) -> None:
    d = store.entity("per:volodymyr-zelenskyy")
    # The third article is a copy of the first: counted once on entity pages and lists.
    assert d is not None and d.entity.articles == 1 and len(d.quotes) == 1
    assert store.list_quotes(speaker="Prabowo Subianto")[0] == 1
    assert store.list_events(code="accuse")[0] == 1
    assert store.list_entities(kind="PERSON")[0] == 3
    assert store.list_articles(source="detik.com")[0] == 1


def test_reindex(store: SQLStore) -> None:
    assert store.reindex() == 3
    assert store.search(SearchQuery(text="inflasi")).total == 1


def test_postgres_store_made_before_facet_arrays_fills_them_on_open(pg_db: str) -> None:
    import psycopg

    s = open_store(pg_db)
    s.put_many([zelenskyy_article(), prabowo_article(), zelenskyy_article(day=20, extra=" X.")])
    s.close()
    with psycopg.connect(pg_db, autocommit=True) as conn:  # the layout of older releases
        conn.execute("ALTER TABLE articles DROP COLUMN entity_keys, DROP COLUMN speaker_keys")
    s = open_store(pg_db)
    r = s.search(SearchQuery(text="korea", copies=True))
    assert r.top_speakers[0].label == "Volodymyr Zelenskyy" and r.top_speakers[0].count == 2
    assert r.top_entities[0].count == 2
    s.close()


def test_cli_against_postgres(pg_db: str, tmp_path: Path, seed_text: str,
                              capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from warta.cli import main

    (tmp_path / "seed.txt").write_text(seed_text, encoding="utf-8")
    assert main(["ingest", str(tmp_path / "seed.txt"), "--db", pg_db, "--quiet",
                 "--summary-json", "--source", "suara.com"]) == 0
    assert json.loads(capsys.readouterr().out)["stored"] == 1
    assert main(["search", "kim jong un", "--db", pg_db, "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["total"] == 1 and result["hits"][0]["source"] == "suara.com"
    assert main(["reindex", "--db", pg_db]) == 0


def test_affixed_forms_prefixes_exact_phrases_and_sort(store: SQLStore) -> None:
    def total(text: str, **kw: object) -> int:
        return store.search(SearchQuery(text=text, facets=False, **kw)).total  # type: ignore[arg-type]

    # The text says "tanggapan" and "memperkirakan", never "tanggap" or "kira".
    assert total("tanggap") == total("tanggapan") == 1 and total('"tanggap"') == 0
    assert total("kira") == 1 and total("perkiraan") == 1
    assert total("eskal*") == 1 and total("infla*") == 1 and total("zzq*") == 0
    assert total("korea -tanggapan") == 0 and total("inflasi -korea") == 1
    newest = store.search(SearchQuery(text="korea", sort="date", copies=True)).hits
    oldest = store.search(SearchQuery(text="korea", sort="oldest", copies=True)).hits
    assert len(newest) == 2
    assert [h.published for h in newest] == sorted((h.published for h in newest), reverse=True)
    assert [h.id for h in oldest] == [h.id for h in reversed(newest)]
    hit = store.search(SearchQuery(text="tanggap")).hits[0]
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["tanggapan"]


def test_theme_and_tone_filters_and_facets(store: SQLStore) -> None:
    from warta.record import Theme, Tone

    themed = replace(prabowo_article(), id="themed", text=prabowo_article().text + " Lagi.",
                     themes=(Theme(code="iptc:economy", score=0.9),),
                     tone=Tone(score=-20.0, label="negative"))
    store.put(themed)
    store.flush()
    # A near-copy of the Prabowo article, so copies=True to see it.
    r = store.search(SearchQuery(theme="iptc:economy", copies=True))
    assert [h.id for h in r.hits] == ["themed"]
    assert [(f.key, f.count) for f in r.themes] == [("iptc:economy", 1)]
    negative = store.search(SearchQuery(tone="negative", copies=True)).hits
    assert [h.id for h in negative] == ["themed"]
    tones = store.search(SearchQuery(text="inflasi", copies=True)).tones
    assert [(f.key, f.count) for f in tones] == [("negative", 1)]
    assert store.search(SearchQuery(tone="positive", copies=True)).total == 0


def test_a_postgres_store_from_before_stems_gets_them_on_open(pg_db: str) -> None:
    import psycopg

    from warta.record import Tone

    s = open_store(pg_db)
    s.put(replace(prabowo_article(), tone=Tone(score=-20.0, label="negative")))
    s.close()
    with psycopg.connect(pg_db, autocommit=True) as conn:  # as a store made before them
        conn.execute("DROP INDEX articles_tsv_stem")
        conn.execute("ALTER TABLE articles DROP COLUMN tsv_stem, DROP COLUMN tone_label")
    s = open_store(pg_db)
    try:
        assert s.search(SearchQuery(text="perkiraan")).total == 1  # memperkirakan
        assert s.search(SearchQuery(tone="negative")).total == 1
    finally:
        s.close()
