"""Parquet corpora and WARC archives through the registry, as `warta ingest`/`batch` read
them."""

from __future__ import annotations

import io
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warta.sources.raw import RawDoc, Rejected
from warta.sources.registry import Input, ReadOptions, count_records, expand, read


def test_parquet_rows_by_field_map(tmp_path: Path) -> None:
    path = tmp_path / "c.parquet"
    pq.write_table(pa.table({"isi_berita": ["Satu.", "Dua.", "x" * 50],
                             "judul": ["A", "B", "C"], "tautan": ["https://d.id/1", None, None],
                             "tanggal": ["01/02/2024 10:00", "bukan tanggal", None],
                             "id": ["7", "8", "9"]}), path)
    got = list(read([Input("parquet", str(path))], ReadOptions(max_bytes=20)))
    first = got[0]
    assert isinstance(first, RawDoc) and first.text == "Satu." and first.title == "A"
    assert first.source == "Detik" and first.external_id == "7"
    assert first.published is not None and first.published.month == 1
    assert first.origin == f"{path}:1"
    assert [g.reason for g in got[1:] if isinstance(g, Rejected)] == ["bad_record", "too_large"]
    assert count_records([Input("parquet", str(path))]) == 3
    assert expand([str(tmp_path)], corpora=True, urls=False) == [Input("parquet", str(path))]


def test_parquet_that_is_not(tmp_path: Path) -> None:
    path = tmp_path / "bad.parquet"
    path.write_bytes(b"PAR1 not really")
    [got] = list(read([Input("parquet", str(path))]))
    assert isinstance(got, Rejected) and got.reason == "unreadable"


def _warc(path: Path) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, ctype, body in [
            ("https://berita.id/a", "200 OK", "text/html; charset=utf-8",
             b"<html><body><p>Halo dunia.</p></body></html>"),
            ("https://berita.id/b.pdf", "200 OK", "application/pdf", b"%PDF-1.4"),
            ("https://berita.id/c", "301 Moved", "text/html", b""),
        ]:
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(
                b"GET / HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body),
                http_headers=headers))


def test_warc_html_responses_and_rejects(tmp_path: Path) -> None:
    path = tmp_path / "cc-news.warc.gz"
    _warc(path)
    [inp] = expand([str(tmp_path)], corpora=True, urls=False)
    assert inp == Input("warc", str(path))
    got = list(read([inp]))
    assert len(got) == 3
    page = got[0]
    assert isinstance(page, RawDoc) and page.url == "https://berita.id/a"
    assert page.data is not None and b"Halo dunia" in page.data
    assert page.origin.startswith(f"{path}@")
    assert [g.reason for g in got[1:] if isinstance(g, Rejected)] == ["not_html", "not_html"]


def test_warc_that_is_not(tmp_path: Path) -> None:
    path = tmp_path / "x.warc"
    path.write_bytes(b"hello, not an archive\n")
    got = list(read([Input("warc", str(path))]))
    assert len(got) == 1 and isinstance(got[0], Rejected) and got[0].reason == "unreadable"
