from __future__ import annotations

import io
import json
from dataclasses import replace

import pyarrow.parquet as pq
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from warta.store import SQLStore
from warta.store.samples import zelenskyy_article


@pytest.fixture(scope="module", autouse=True)
def with_a_copy(filled_store: SQLStore) -> None:
    filled_store.put(replace(zelenskyy_article(), id="copy"))
    filled_store.release_writer()


def test_export_streams_articles_and_layers(app: FastAPI) -> None:
    client = TestClient(app)
    r = client.get("/export", params={"what": "articles", "format": "jsonl"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    rows = [json.loads(x) for x in r.text.splitlines()]
    assert len(rows) == 4 and [x["id"] for x in rows if x["duplicate_of"]] == ["copy"]
    assert "attachment" in r.headers["content-disposition"]
    r = client.get("/export", params={"what": "quotes", "format": "parquet", "collapse": True})
    assert pq.read_table(io.BytesIO(r.content)).num_rows == 3  # not the copy's quote
    r = client.get("/export", params={"format": "gdelt-events"})
    assert r.status_code == 200 and len(r.text.splitlines()[0].split("\t")) == 61
    assert client.get("/export", params={"what": "nope"}).status_code == 422


def test_search_collapses_copies_unless_asked(app: FastAPI) -> None:
    client = TestClient(app)
    one = client.get("/search", params={"q": "korea"}).json()
    both = client.get("/search", params={"q": "korea", "copies": True}).json()
    assert one["total"] == 2 and both["total"] == 3
    assert {h["id"]: h["copies"] for h in one["items"]}[zelenskyy_article().id] == 1
