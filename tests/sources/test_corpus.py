from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from pathlib import Path

import pytest

from warta.errors import ConfigError
from warta.sources.corpus import (
    MAPS,
    detect_map,
    detokenize,
    map_record,
    parse_date,
    parse_overrides,
    read_corpus,
    text_of,
)
from warta.sources.raw import RawDoc, Rejected


def _docs(got: Iterable[RawDoc | Rejected]) -> list[RawDoc]:
    out = list(got)
    assert all(isinstance(d, RawDoc) for d in out), out
    return [d for d in out if isinstance(d, RawDoc)]


def test_detokenize_closes_punctuation_and_pairs_quotes() -> None:
    toks = ['"', 'Bond', 'berhenti', ',', '"', 'tutur', 'seorang', '(', 'kata', 'dia', ')', '.']
    assert detokenize(toks) == '"Bond berhenti," tutur seorang (kata dia).'


def test_text_of_indosum_paragraphs() -> None:
    paras = [[["Ketua", "MPR", "menyesalkan", "kisruh", "."], ["Ia", "diam", "."]], [["Dua", "."]]]
    assert text_of(paras) == "Ketua MPR menyesalkan kisruh. Ia diam.\nDua."
    assert text_of(["satu", "dua"]) == "satu\ndua"


def test_text_of_keeps_a_quote_open_across_sentences() -> None:
    # Issue 15: the quote state was reset per sentence, giving `dihilangin, "ujar Luhut`.
    para = [['"', "Dwell", "time", "turun", "."],
            ["Biaya", "perlu", "dihilangin", ",", '"', "ujar", "Luhut", "."]]
    got = text_of([para])
    assert got == '"Dwell time turun. Biaya perlu dihilangin," ujar Luhut.'
    assert ', "ujar' not in got


def test_parse_date_formats() -> None:
    assert parse_date("1490674536-mustahil", "epoch-prefix").isoformat() == "2017-03-28T04:15:36"
    assert parse_date("10/21/2025 20:43", "%m/%d/%Y %H:%M").isoformat() == "2025-10-21T20:43:00"
    assert parse_date("2024-11-18", None).isoformat() == "2024-11-18T00:00:00"
    assert parse_date("", None) is None
    with pytest.raises(ValueError):
        parse_date("kemarin", None)


def test_map_record_reports_missing_text_and_bad_dates() -> None:
    doc = map_record({"body": "x"}, MAPS["default"], "f:1")
    assert isinstance(doc, Rejected) and "--map text=" in doc.message
    assert doc.reason == "bad_record" and doc.origin == "f:1"
    doc = map_record({"text": "x", "published": "besok"}, MAPS["default"], "f:2")
    assert isinstance(doc, Rejected) and "date" in doc.message


def test_overrides() -> None:
    fmap = MAPS["default"].with_overrides(parse_overrides("text=isi, title=judul"))
    assert (fmap.text, fmap.title) == ("isi", "judul")
    with pytest.raises(ConfigError, match="unknown field"):
        MAPS["default"].with_overrides({"body": "x"})
    with pytest.raises(ConfigError, match="FIELD=KEY"):
        parse_overrides("text")


def test_detect_map() -> None:
    assert detect_map({"paragraphs", "source_url", "id"}).name == "indosum"
    assert detect_map({"isi_berita", "tautan", "judul"}).name == "detik"
    assert detect_map({"text"}).name == "default"


def test_jsonl_with_custom_mapping(tmp_path: Path) -> None:
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({"body": "Teks berita.", "headline": "Judul", "date": "2024-11-01"})
                 + "\nnot json\n", encoding="utf-8")
    docs = list(read_corpus(p, overrides=parse_overrides("text=body,title=headline,"
                                                         "published=date")))
    assert isinstance(docs[0], RawDoc)
    assert docs[0].text == "Teks berita." and docs[0].title == "Judul"
    assert docs[0].published is not None and docs[0].published.day == 1
    assert isinstance(docs[1], Rejected) and "bad JSON" in docs[1].message


def test_indosum_loads(shared_data: Path) -> None:
    docs = _docs(itertools.islice(read_corpus(shared_data / "news/indosum/dev.01.jsonl"), 3))
    assert all(d.text and d.url and d.source for d in docs)
    assert docs[0].external_id == "1490674536-mustahil-transportasi-tradisional-dan-online-bersa"
    assert docs[0].text.startswith("Ketua MPR Zulkifli Hasan menyesalkan")
    assert docs[0].published is not None and docs[0].published.year == 2017


def test_detik_loads(shared_data: Path) -> None:
    docs = _docs(itertools.islice(read_corpus(shared_data / "news/detik-1k/data_berita.csv"), 3))
    assert all(d.title and d.url for d in docs)
    assert [d.external_id for d in docs] == ["1", "2", "3"]
    assert docs[0].source == "Detik"
    assert docs[0].published is not None and docs[0].published.isoformat() == "2025-10-21T20:43:00"


def test_jsonl_bad_lines_are_rejects_and_the_rest_is_read(tmp_path: Path) -> None:
    """Issue 18.4: each of these once ended the whole ingest."""
    p = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"text": "Satu.", "id": 1}).encode(),
        b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",  # RecursionError
        json.dumps({"text": "Dua.", "published": 1e20}).encode(),  # OverflowError
        b'{"text": "caf\xe9\xff"}',  # UnicodeDecodeError
        b'{"text": "' + b"x" * 300_000 + b'"}',  # over the (test) size cap
        json.dumps({"text": "Tiga.", "published": -1e18}).encode(),  # ValueError/OSError
        b'{"text": "Lima.", "id": ' + b"9" * 5000 + b"}",  # past int's digit limit
        json.dumps({"text": "Empat.", "published": "2024-11-18"}).encode(),
    ]
    p.write_bytes(b"\n".join(lines) + b"\n")
    got = list(read_corpus(p, max_bytes=250_000))
    assert [g.text if isinstance(g, RawDoc) else g.reason for g in got] == [
        "Satu.", "bad_record", "bad_record", "bad_record", "too_large", "bad_record", "bad_record",
        "Empat."]
    messages = [g.message for g in got if isinstance(g, Rejected)]
    assert "nested too deeply" in messages[0] and "date" in messages[1]
    assert "not UTF-8" in messages[2] and f"{p}:4" in messages[2]
    assert got[0].external_id == "1"  # type: ignore[union-attr]


def test_csv_bad_rows_are_rejects_and_the_rest_is_read(tmp_path: Path) -> None:
    p = tmp_path / "c.csv"
    p.write_bytes(b"id,text\n1,Satu.\n2,caf\xe9\xff\n3,\"" + b"x" * 300 + b"\"\n4,Empat.\n")
    got = list(read_corpus(p, max_bytes=200))
    assert [g.text if isinstance(g, RawDoc) else g.reason for g in got] == [
        "Satu.", "bad_record", "too_large", "Empat."]
    assert [g.external_id for g in got if isinstance(g, RawDoc)] == ["1", "4"]


def test_map_id_column_becomes_external_id(tmp_path: Path) -> None:
    p = tmp_path / "c.csv"
    p.write_text("kode,isi\nA-7,Teks berita.\n", encoding="utf-8")
    docs = _docs(read_corpus(p, overrides=parse_overrides("text=isi,id=kode")))
    assert docs[0].external_id == "A-7" and docs[0].text == "Teks berita."
