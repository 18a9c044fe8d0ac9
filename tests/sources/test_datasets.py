"""The shared corpora read one way for training, evaluation and benchmarks."""

from __future__ import annotations

import itertools
from datetime import datetime
from pathlib import Path

import pytest

from warta.sources.datasets import (
    detik_docs,
    detik_published,
    detik_rows,
    indosum_docs,
    indosum_records,
    spaced_text,
)


def test_spaced_text_is_the_task_form() -> None:
    rec = {"paragraphs": [[["Harga", "naik", "."], ["Ya", "."]], [["Dua", "."]]]}
    assert spaced_text(rec) == "Harga naik . Ya .\nDua ."


def test_indosum_records_dedupe_across_folds(shared_data: Path) -> None:
    folder = shared_data / "news/indosum"
    ids = [r["id"] for r in indosum_records(folder)]
    assert len(ids) == len(set(ids)) == 3463  # the five dev folds overlap
    assert sum(1 for _ in indosum_records(folder, dedupe=False)) > len(ids)
    with pytest.raises(FileNotFoundError, match="WARTA_SHARED"):
        next(indosum_records(folder, pattern="nothing.*"))


def test_indosum_and_detik_docs(shared_data: Path) -> None:
    doc = next(indosum_docs(shared_data / "news/indosum", limit=1))
    assert doc.external_id == "1490674536-mustahil-transportasi-tradisional-dan-online-bersa"
    assert doc.text is not None and doc.text.startswith("Ketua MPR Zulkifli Hasan")
    assert doc.published is not None and doc.published.year == 2017
    assert doc.origin.endswith("dev.01.jsonl:1") and doc.url and doc.source
    csv_path = shared_data / "news/detik-1k/data_berita.csv"
    docs = list(itertools.islice(detik_docs(csv_path), 2))
    rows = detik_rows(csv_path)[:2]
    assert [d.external_id for d in docs] == [r["id"] for r in rows]
    assert [d.text for d in docs] == [r["isi_berita"].strip() for r in rows]


def test_detik_published_reads_the_preset_format_or_gives_none() -> None:
    assert detik_published({"tanggal": "11/05/2015 09:25"}) == datetime(2015, 11, 5, 9, 25)
    assert detik_published({"tanggal": ""}) is None
    assert detik_published({"tanggal": "kemarin"}) is None
