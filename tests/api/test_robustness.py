"""Hostile input through the API (issue 18): any search syntax gives results or a 400 that
says what is wrong; a chunked body over the cap gives 413; edge dates give answers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# Pieces of tantivy's query language, glued at random with words and noise.
SYNTAX = ["body:", "title:", "id:", "ts:", "nofield:", "entity_key:", "*", "?", '"', "(",
          ")", "[", "]", "{", "}", " TO ", "^2", "~1", "+", "-", "!", " AND ", " OR ",
          " NOT ", " IN ", "\\", "/", ":", "korea", "utara", " ", "é", "0", "9" * 20]


@pytest.fixture(scope="module")
def client(app: FastAPI) -> TestClient:
    return TestClient(app)


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(q=st.lists(st.one_of(st.sampled_from(SYNTAX), st.text(max_size=3)), max_size=12)
       .map("".join), facets=st.booleans())
def test_any_query_gives_results_or_a_400(client: TestClient, q: str, facets: bool) -> None:
    r = client.get("/search", params={"q": q[:500], "facets": facets, "limit": 3})
    assert r.status_code in (200, 400), (q, r.status_code, r.text)
    if r.status_code == 400:
        assert r.json()["code"] == "bad_query"


@pytest.mark.parametrize("q", ["body:*", "title:*", "id:*", "nofield:*"])
def test_field_exists_syntax_is_a_400(client: TestClient, q: str) -> None:
    r = client.get("/search", params={"q": q})
    assert r.status_code == 400 and "title:word" in r.json()["detail"]
    page = client.get("/", params={"q": q})  # the web page shows it in the page
    assert page.status_code == 200 and "title:word" in page.text


def test_edge_dates(client: TestClient, api_key: str) -> None:
    assert client.get("/search", params={"until": "9999-12-31"}).status_code == 200
    assert client.get("/", params={"until": "9999-12-31"}).status_code == 200
    r = client.post("/analyze", json={"text": "Presiden Joko Widodo mengatakan kepada "
                                      "wartawan di Jakarta bahwa besok pagi dia berangkat ke "
                                      "Surabaya untuk rapat dengan para gubernur.",
                                      "published": "9999-12-31"},
                    headers={"X-API-Key": api_key})
    assert r.status_code == 200 and r.json()["times"][0]["value"] == "XXXX-XX-XXTMO"


def test_chunked_body_over_the_cap_is_413(client: TestClient, api_key: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(300):  # the test app caps bodies at 200 kB
            yield b"x" * 10_000
        yield b'"}'

    json_key = {"content-type": "application/json", "X-API-Key": api_key}
    r = client.post("/analyze", content=chunks(), headers=json_key)
    assert r.status_code == 413 and "request body over" in r.json()["detail"]
    small = client.post("/analyze", content=iter([b'{"text": "', b"Halo", b'"}']),
                        headers=json_key)
    assert small.status_code == 422  # read whole and passed on: too short to be Indonesian



def test_analyses_beyond_the_cap_get_503_after_the_key_check(client: TestClient,
                                                             api_key: str) -> None:
    res = client.app.state.warta  # type: ignore[attr-defined]
    body = {"text": "Presiden Joko Widodo mengatakan kepada wartawan di Jakarta bahwa dia akan "
                    "berangkat ke Surabaya besok untuk rapat dengan para gubernur."}
    held = [res.analyses.acquire(blocking=False) for _ in range(res.settings.max_analyses)]
    assert all(held)
    try:
        busy = client.post("/analyze", json=body, headers={"X-API-Key": api_key})
        assert busy.status_code == 503 and busy.headers["retry-after"] == "2"
        assert client.post("/analyze", json=body).status_code == 401  # the key comes first
        assert client.get("/search", params={"q": "korea"}).status_code == 200
    finally:
        for _ in held:
            res.analyses.release()
    assert client.post("/analyze", json=body, headers={"X-API-Key": api_key}).status_code == 200
