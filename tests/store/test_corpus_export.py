"""Exports and duplicate groups over both stores."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from warta.cli import main
from warta.corpus.export import COLUMNS, Filters, chunks
from warta.corpus.gdelt import N_EVENT_COLUMNS, N_GKG_COLUMNS
from warta.corpus.groups import rebuild
from warta.store import SQLStore, open_store
from warta.store.samples import prabowo_article, zelenskyy_article


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SQLStore]:
    target = str(tmp_path / "db") if request.param == "sqlite" else \
        request.getfixturevalue("pg_db")
    s = open_store(target)
    z = zelenskyy_article()
    s.put_many([z, prabowo_article(), replace(zelenskyy_article(day=20, extra=" Lagi."),
                                              id="copy")], ["z-1", "p-1", "z-2"])
    s.put(prabowo_article(), external_id="p-2")  # a re-scrape: same URL, another input row
    s.flush()
    yield s
    s.close()


def _bytes(store: SQLStore, what: str, fmt: str, **kw: object) -> bytes:
    return b"".join(chunks(store, what, fmt, Filters(**kw)))  # type: ignore[arg-type]


def test_articles_jsonl_carry_ids_groups_and_story(store: SQLStore) -> None:
    rows = [json.loads(x) for x in _bytes(store, "articles", "jsonl").splitlines()]
    by_ext = {r["external_id"]: r for r in rows}
    z, p = zelenskyy_article(), prabowo_article()
    assert set(by_ext) == {"z-1", "p-1", "z-2", "p-2"}
    assert by_ext["z-1"]["id"] == z.id and by_ext["z-1"]["duplicate_of"] is None
    assert by_ext["z-2"]["duplicate_of"] == z.id
    assert by_ext["p-2"]["id"] == f"{p.id}~p-2" and by_ext["p-2"]["duplicate_of"] == p.id
    assert all(r["story"].startswith("st-") for r in rows)  # every article has a story
    assert by_ext["z-2"]["story"] == by_ext["z-1"]["story"]  # a copy: its original's story
    collapsed = _bytes(store, "articles", "jsonl", collapse=True).splitlines()
    assert len(collapsed) == 2


def test_layers_csv_and_filters(store: SQLStore) -> None:
    text = _bytes(store, "quotes", "csv", source="Kompas.com").decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and {r["speaker_name"] for r in rows} == {"Volodymyr Zelenskyy"}
    assert list(rows[0]) == [c[0] for c in COLUMNS["quotes"]]
    for what in COLUMNS:
        assert _bytes(store, what, "jsonl") is not None


def test_parquet_has_the_documented_schema(store: SQLStore, tmp_path: Path) -> None:
    for what in ("articles", "times", "numbers"):
        path = tmp_path / f"{what}.parquet"
        path.write_bytes(_bytes(store, what, "parquet"))
        table = pq.read_table(path)
        assert table.schema.names == [c[0] for c in COLUMNS[what]]
    assert pq.read_table(tmp_path / "articles.parquet").num_rows == 4


def test_gdelt_tables_have_the_codebook_widths(store: SQLStore) -> None:
    events = _bytes(store, "events", "gdelt-events").decode().splitlines()
    assert events and all(len(e.split("\t")) == N_EVENT_COLUMNS for e in events)
    first = events[0].split("\t")
    assert first[1] == "20241118" and first[26] == "15" and first[29] == "4"  # MOBILIZE
    assert first[33] == "2"  # the original and its copy
    gkg = _bytes(store, "articles", "gdelt-gkg").decode().splitlines()
    assert len(gkg) == 2 and all(len(g.split("\t")) == N_GKG_COLUMNS for g in gkg)
    assert "Volodymyr Zelenskyy" in gkg[0].split("\t")[11]


def test_gdelt_puts_agent_codes_in_the_type_column(tmp_path: Path) -> None:
    from warta.record import Event
    s = open_store(str(tmp_path / "db"))
    a = prabowo_article()
    s.put(replace(a, events=(Event(code="COERCE", actors=("COP",), targets=("ID",)),)))
    s.flush()
    row = _bytes(s, "events", "gdelt-events").decode().splitlines()[0].split("\t")
    s.close()
    assert (row[5], row[7], row[12]) == ("COP", "", "COP")  # agent type, no country
    assert (row[15], row[17], row[22]) == ("ID", "ID", "")


def test_rebuild_gives_the_groups_ingest_gave(store: SQLStore) -> None:
    def groups() -> list[tuple[str, str | None]]:
        return sorted((str(r[0]), r[1]) for r in
                      store._x("SELECT id, duplicate_of FROM articles"))

    before = groups()
    assert rebuild(store) == 4
    assert groups() == before


def test_export_cli(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    s = open_store(db)
    s.put_many([zelenskyy_article(), prabowo_article()])
    s.close()
    out = tmp_path / "a.parquet"
    assert main(["export", "--db", db, "--what", "articles", "--format", "parquet",
                 "-o", str(out)]) == 0
    assert pq.read_table(out).num_rows == 2
    out = tmp_path / "q.jsonl"
    assert main(["export", "--db", db, "--what", "quotes", "--speaker", "Volodymyr Zelenskyy",
                 "-o", str(out)]) == 0
    assert out.read_text("utf-8").count("\n") == 1
    assert main(["dedup", "--db", db, "--rebuild"]) == 0


def test_a_schema_1_store_gains_the_corpus_columns(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "old"
    open_store(db).close()
    conn = sqlite3.connect(db / "warta.sqlite3")  # the layout of the previous release
    conn.executescript("DROP INDEX articles_duplicate_of; DROP TABLE minhashes; "
                       "DROP TABLE minhash_bands; ALTER TABLE articles DROP COLUMN external_id; "
                       "ALTER TABLE articles DROP COLUMN duplicate_of; PRAGMA user_version = 1;")
    conn.close()
    s = open_store(db)
    s.put_many([zelenskyy_article(), replace(zelenskyy_article(), id="copy")], ["a", "b"])
    assert s.duplicate_of("copy") == zelenskyy_article().id
    s.close()


def test_layers_carry_the_registry_id_and_follow_curation(store: SQLStore) -> None:
    from warta.corpus import registry

    def rows(what: str) -> list[dict[str, object]]:
        return [json.loads(x) for x in _bytes(store, what, "jsonl").splitlines()]

    ents = rows("entities")
    assert ents and all(r["registry_id"] == r["key"] for r in ents)  # nothing merged yet
    registry.merge(store, "Prabowo Subianto", "Bank Indonesia")  # a curation, read at once
    store.flush()
    bi = [r for r in rows("entities") if r["key"] == "org:bank-indonesia"]
    assert bi and {r["registry_id"] for r in bi} == {"per:prabowo-subianto"}
    ments = [r for r in rows("mentions") if r["key"] == "org:bank-indonesia"]
    assert ments and {r["registry_id"] for r in ments} == {"per:prabowo-subianto"}
    quotes = rows("quotes")
    assert {(q["speaker"], q["speaker_registry_id"]) for q in quotes if q["speaker"]} == {
        ("per:prabowo-subianto", "per:prabowo-subianto"),
        ("per:volodymyr-zelenskyy", "per:volodymyr-zelenskyy")}
    table = pq.read_table(io.BytesIO(_bytes(store, "mentions", "parquet")))
    assert "per:prabowo-subianto" in table.column("registry_id").to_pylist()
