"""The extraction step: RawDoc -> unanalysed Article (decode, HTML extraction, scrub)."""

from __future__ import annotations

from datetime import datetime

import pytest

from warta.errors import EmptyInput
from warta.sources.extract import scrub, to_article
from warta.sources.raw import RawDoc

BODY = ("Presiden Prabowo Subianto menegaskan pentingnya pengendalian inflasi. " * 4).strip()


def test_text_passes_with_metadata() -> None:
    doc = RawDoc(origin="x", text=BODY, url="https://x.id/a", title="Judul", source="x.id",
                 published=datetime(2024, 11, 18), external_id="7")
    a = to_article(doc)
    assert (a.text, a.url, a.title, a.source) == (BODY, "https://x.id/a", "Judul", "x.id")
    assert a.published == datetime(2024, 11, 18) and a.provenance == ()


def test_bytes_are_decoded_and_html_extracted() -> None:
    html = f"<html><head><title>Inflasi</title></head><body><article><p>{BODY}</p>" \
           "</article></body></html>"
    a = to_article(RawDoc(origin="p.html", data=html.encode("cp1252")))
    assert a.text.startswith("Presiden Prabowo")
    assert [r.name for r in a.provenance] == ["extract"]
    a = to_article(RawDoc(origin="p.txt", data=("Caf\u00e9 " + BODY).encode("cp1252")))
    assert a.provenance[0].note == "decoded as cp1252"
    with pytest.raises(EmptyInput, match="p.txt is empty"):
        to_article(RawDoc(origin="p.txt", data=b" \n"))


def test_nul_and_lone_surrogates_never_reach_a_store() -> None:
    """Issue 18.4: a NUL past the first 8 KB made PostgreSQL refuse the whole batch."""
    data = (BODY + "\n") * 120 + "\x00" + BODY
    a = to_article(RawDoc(origin="p.txt", data=data.encode("utf-8")))
    assert "\x00" not in a.text and a.provenance[0].note == "removed 1 NUL character(s)"
    a = to_article(RawDoc(origin="r", text=BODY + " \ud800", title="a\x00b"))
    assert a.text.endswith("\ufffd") and a.title == "ab"
    assert scrub("x\x00\udcff") == "x\ufffd"
