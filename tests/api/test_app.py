from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from warta.analysis import default_pipeline
from warta.api import Settings, create_app
from warta.api.render import Mark, highlight, timeline_svg
from warta.store import FacetCount, SQLStore


@pytest.fixture(scope="module")
def client(app: FastAPI) -> TestClient:
    return TestClient(app)


def test_search_with_filters_and_facets(client: TestClient) -> None:
    r = client.get("/search", params={"q": "korea utara", "speaker": "Volodymyr Zelenskyy",
                                      "since": "2024-11-01"})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 2 and body["limit"] == 20 and body["offset"] == 0
    assert body["next_cursor"] is None
    hit = body["items"][0]
    assert "<" not in hit["snippet"]  # plain text: the offsets say what matched
    assert [hit["snippet"][s:e] for s, e in hit["highlights"]][:1] == ["Korea"]
    assert body["facets"]["speakers"][0]["label"] == "Volodymyr Zelenskyy"
    assert [d["key"] for d in body["facets"]["per_day"]] == ["2024-11-18", "2024-11-20"]


def test_pagination_and_validation(client: TestClient) -> None:
    r = client.get("/articles", params={"limit": 1, "offset": 1})
    assert r.status_code == 200 and r.json()["total"] == 3 and len(r.json()["items"]) == 1
    assert client.get("/articles", params={"limit": 0}).status_code == 422
    assert client.get("/articles", params={"limit": 101}).status_code == 422
    assert client.get("/search", params={"since": "kemarin"}).status_code == 422
    r = client.get("/quotes", params={"since": "2024-12-01", "until": "2024-01-01"})
    assert r.status_code == 400 and "after until" in r.json()["detail"]
    assert r.headers["content-type"] == "application/problem+json"


def test_cursor_pages_past_the_offset_cap(client: TestClient) -> None:
    first = client.get("/articles", params={"limit": 2}).json()
    assert first["total"] == 3 and first["next_cursor"]
    second = client.get("/articles", params={"limit": 2, "cursor": first["next_cursor"]}).json()
    assert second["offset"] == 2 and len(second["items"]) == 1 and second["next_cursor"] is None
    ids = {a["id"] for a in first["items"]} | {a["id"] for a in second["items"]}
    assert len(ids) == 3
    search = client.get("/search", params={"limit": 1, "facets": "false"}).json()
    assert search["facets"] is None and search["next_cursor"]
    assert client.get("/search", params={"limit": 1, "cursor": search["next_cursor"]}
                      ).json()["offset"] == 1
    r = client.get("/articles", params={"cursor": "bm9wZQ"})
    assert r.status_code == 400 and r.json()["code"] == "bad_request"
    assert client.get("/articles", params={"offset": 10_001}).status_code == 422


def test_every_error_is_a_problem(client: TestClient) -> None:
    for r, status, code in (
            (client.get("/articles/nope"), 404, "not_found"),
            (client.get("/articles", params={"limt": 5}), 422, "validation"),
            (client.get("/articles", params={"limit": 0}), 422, "validation"),
            (client.get("/search", params={"q": "body:*"}), 400, "bad_query"),
            (client.post("/ingest", json={"articles": [{"text": "x"}]}), 401, "unauthorized"),
            (client.get("/nowhere"), 404, "not_found")):
        assert r.status_code == status, r.text
        body = r.json()
        assert r.headers["content-type"] == "application/problem+json"
        assert body["status"] == status and body["code"] == code
        assert body["type"] == f"urn:warta:problem:{code}" and body["title"] and body["detail"]
    unknown = client.get("/articles", params={"limt": 5}).json()
    assert unknown["errors"][0]["loc"] == ["query", "limt"] and "limit" in unknown["detail"]
    spec = client.get("/openapi.json").json()
    answers = spec["paths"]["/search"]["get"]["responses"]
    assert answers["422"]["content"] == {
        "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    record = spec["paths"]["/articles/{article_id}"]["get"]["responses"]["200"]
    assert record["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Article"}
    assert "quotes" in spec["components"]["schemas"]["Article"]["properties"]
    assert "Quote" in spec["components"]["schemas"]


def test_quotes_about_an_entity(client: TestClient) -> None:
    every = client.get("/quotes").json()["items"]
    assert every
    body = client.get("/quotes", params={"about": "Korea Utara"}).json()
    assert all("Korea" in q["text"] for q in body["items"])
    assert body["total"] < len(every) or body["total"] >= 1


def test_article_and_entity_endpoints(client: TestClient) -> None:
    first = client.get("/articles", params={"source": "detik.com"}).json()["items"][0]
    record = client.get(f"/articles/{first['id']}").json()
    assert record["quotes"][0]["speaker"] == "per:prabowo-subianto"
    assert client.get("/articles/nope").status_code == 404
    ent = client.get("/entities/per:volodymyr-zelenskyy").json()
    assert ent["entity"]["articles"] == 2 and len(ent["quotes"]) == 2
    assert ent["mentions_per_day"][0] == {"key": "2024-11-18", "label": "2024-11-18",
                                          "count": 2}
    assert client.get("/entities/Kim Jong Un").json()["entity"]["key"] == "per:kim-jong-un"
    # Registry ids: an alias (lang/id/aliases.toml) finds the entity; its card has the
    # registry's fields.
    ent = client.get("/entities/Zelensky").json()["entity"]
    assert ent["key"] == "per:volodymyr-zelenskyy" and ent["kinds"] == ["PERSON"]
    assert ent["first_seen"].startswith("2024-11-18")
    r = client.get("/entities/nobody")
    assert r.status_code == 404 and "/entities" in r.json()["detail"]
    assert client.get("/entities", params={"kind": "ORG"}).json()["items"][0]["name"] == \
        "Bank Indonesia"
    assert client.get("/quotes", params={"speaker": "Prabowo Subianto"}).json()["total"] == 1
    assert client.get("/events", params={"code": "mobilize"}).json()["total"] == 2


def test_write_endpoints_need_the_key(client: TestClient, api_key: str) -> None:
    body = {"articles": [{"text": "Teks."}]}
    assert client.post("/ingest", json=body).status_code == 401
    r = client.post("/ingest", json=body, headers={"X-API-Key": "wrong"})
    assert r.status_code == 401 and "X-API-Key" in r.json()["detail"]
    r = client.post("/ingest", json={"articles": []}, headers={"X-API-Key": api_key})
    assert r.status_code == 422


def test_ingest_then_search(client: TestClient, api_key: str, seed_text: str) -> None:
    r = client.post("/ingest", headers={"X-API-Key": api_key}, json={"articles": [
        {"text": seed_text, "published": "2024-11-18T10:00:00", "source": "suara.com"},
        {"text": "The quick brown fox jumps over the lazy dog. " * 10}]})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["stored"] == 1 and body["rejected"] == {"not_indonesian": 1}
    assert client.get(f"/articles/{body['ids'][0]}").status_code == 200
    assert client.get("/search", params={"source": "suara.com"}).json()["total"] == 1
    again = client.post("/ingest", headers={"X-API-Key": api_key},
                        json={"articles": [{"text": seed_text, "source": "suara.com",
                                            "published": "2024-11-18T10:00:00"}]})
    assert again.json()["duplicates"] == 1


def test_body_size_cap(client: TestClient) -> None:
    r = client.post("/analyze", content=b"{" + b" " * 300_000 + b"}",
                    headers={"content-type": "application/json"})
    assert r.status_code == 413 and "bytes" in r.json()["detail"]


def test_analyze_rejects_with_reason(client: TestClient, api_key: str) -> None:
    key = {"X-API-Key": api_key}
    r = client.post("/analyze", json={"text": "The quick brown fox jumps. " * 10}, headers=key)
    assert r.status_code == 422
    assert r.json()["code"] == "not_indonesian"
    assert client.post("/analyze", json={"text": "x", "bogus": 1}, headers=key).status_code \
        == 422


def test_analyze_needs_the_key_unless_opened(client: TestClient, filled_store: SQLStore,
                                             seed_text: str) -> None:
    body = {"text": seed_text}
    r = client.post("/analyze", json=body)
    assert r.status_code == 401 and "X-API-Key" in r.json()["detail"]
    assert client.post("/analyze", json=body, headers={"X-API-Key": "wrong"}).status_code == 401
    closed = TestClient(create_app(Settings(api_key=None), store=filled_store))
    assert closed.post("/analyze", json=body).status_code == 403
    opened = TestClient(create_app(Settings(open_analyze=True), store=filled_store))
    r = opened.post("/analyze", json=body)
    assert r.status_code == 200 and r.json()["entities"]
    spec = client.get("/openapi.json").json()
    assert spec["paths"]["/analyze"]["post"]["security"] == [{"APIKeyHeader": []}]


def test_analyze_caps_the_text_per_request(filled_store: SQLStore, seed_text: str) -> None:
    c = TestClient(create_app(Settings(open_analyze=True, max_text=500), store=filled_store))
    before = default_pipeline().stats["segment"].calls
    r = c.post("/analyze", json={"text": seed_text})
    assert len(seed_text) > 500
    assert r.status_code == 413
    assert f"{len(seed_text)} characters" in r.json()["detail"] and "--max-text" in \
        r.json()["detail"]
    assert default_pipeline().stats["segment"].calls == before  # refused before the work


def _post_analyze(app: FastAPI, body: bytes, hang_up: Callable[[], bool]) -> list[int]:
    """POST /analyze straight over ASGI with a client that hangs up once `hang_up()`."""
    sent: list[int] = []
    delivered = False

    async def receive() -> dict[str, Any]:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        while not hang_up():
            await anyio.sleep(0.01)
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            sent.append(message["status"])

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": "POST", "scheme": "http", "path": "/analyze", "raw_path": b"/analyze",
             "root_path": "", "query_string": b"", "client": ("127.0.0.1", 1),
             "server": ("127.0.0.1", 80),
             "headers": [(b"content-type", b"application/json"),
                         (b"content-length", str(len(body)).encode())]}
    anyio.run(app, scope, receive, send)
    return sent


def test_analyze_stops_for_a_client_that_has_gone(filled_store: SQLStore,
                                                  seed_text: str) -> None:
    app = create_app(Settings(open_analyze=True, max_text=10**6), store=filled_store)
    stats = default_pipeline().stats
    body = json.dumps({"text": seed_text}).encode()
    # Gone before the work starts: no stage runs.
    before = {k: v.calls for k, v in stats.items()}
    assert _post_analyze(app, body, lambda: True) == [499]
    assert {k: v.calls for k, v in stats.items()} == before
    # Gone once the first stage has run: the rest of the stages do not.
    long_text = json.dumps({"text": "\n\n".join([seed_text] * 20)}).encode()
    clean, last = stats["clean"].calls, stats[list(stats)[-1]].calls
    assert _post_analyze(app, long_text, lambda: stats["clean"].calls > clean) == [499]
    assert stats["clean"].calls == clean + 1 and stats[list(stats)[-1]].calls == last


def test_writes_disabled_without_a_key(filled_store: object) -> None:
    from warta.api import Settings, create_app

    c = TestClient(create_app(Settings(api_key=None), store=filled_store))  # type: ignore[arg-type]
    r = c.post("/ingest", json={"articles": [{"text": "x"}]}, headers={"X-API-Key": "x"})
    assert r.status_code == 403 and "WARTA_API_KEY" in r.json()["detail"]


def test_openapi_and_pages(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/search", "/articles", "/articles/{article_id}", "/entities",
            "/entities/{entity_id}", "/quotes", "/events", "/analyze",
            "/ingest"} <= set(spec["paths"])
    page = client.get("/", params={"q": "korea"})
    assert page.status_code == 200 and "<mark>Korea</mark>" in page.text
    assert '<html lang="en">' in page.text
    assert "cdn" not in page.text.lower() and "https://" not in page.text
    assert client.get("/static/warta.js").status_code == 200
    assert client.get("/", params={"since": "kemarin"}).status_code == 200
    assert client.get("/view/events").status_code == 200
    missing = client.get("/view/articles/nope")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]
    assert "no article with id" in missing.text and "<h1" in missing.text
    bad = client.get("/view/events", params={"offset": "x"})
    assert bad.status_code == 422 and "text/html" in bad.headers["content-type"]


def test_docs_and_redoc_use_local_assets(client: TestClient) -> None:
    for url, assets in (("/docs", ["swagger-ui-bundle.js", "swagger-ui.css"]),
                        ("/redoc", ["redoc.standalone.js"])):
        page = client.get(url)
        assert page.status_code == 200 and "https://" not in page.text, url
        for name in assets:
            assert f'"/docs-static/{name}"' in page.text
            asset = client.get(f"/docs-static/{name}")
            assert asset.status_code == 200 and len(asset.content) > 100_000


def test_highlight_nests_overlaps_and_escapes() -> None:
    text = "Kata <Kim> 10 orang"
    html = highlight(text, [Mark(start=0, end=19, cls="quote"),
                            Mark(start=5, end=10, cls="ent", href="/e/1", title="Kim"),
                            Mark(start=11, end=13, cls="num")])
    assert '<a class="ent" href="/e/1" title="Kim">&lt;Kim&gt;</a>' in html
    assert '<span class="quote"><span class="num">10</span></span>' in html
    assert html.count('class="quote"') == 5


def test_timeline_svg_scales_days() -> None:
    svg = timeline_svg([FacetCount(key="2024-11-01", label="", count=1),
                        FacetCount(key="2024-11-10", label="", count=4)])
    assert svg.count("<rect") == 2 and "2024-11-10: 4" in svg and "max 4" in svg
    assert "<rect" not in timeline_svg([])


def test_pages_escape_stored_text(tmp_path: Path) -> None:
    from dataclasses import replace

    from warta.api import Settings, create_app
    from warta.store import open_store
    from warta.store.samples import prabowo_article

    evil = replace(prabowo_article(), id="evil", title="<script>alert(1)</script>",
                   url="javascript:alert(2)", text=prabowo_article().text + " <img src=x>")
    store = open_store(tmp_path / "db")
    store.put(evil)
    store.flush()
    c = TestClient(create_app(Settings(), store=store))
    html = c.get("/view/articles/evil").text
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html
    assert 'href="javascript:' not in html and "<img src=x>" not in html
    results = c.get("/", params={"q": "img"}).text
    assert "<img src=x>" not in results
    store.close()


def test_page_links_are_clean_and_exports_answer(client: TestClient) -> None:
    import re
    from html import unescape

    page = client.get("/", params={"q": "korea", "kind": "PERSON", "sort": "date"}).text
    assert '<select name="kind">' in page and "<option selected>PERSON</option>" in page
    chips = re.findall(r'<li class="chip">.*?href="([^"]+)"', page)
    assert [unescape(c) for c in chips] == ["/?q=korea&sort=date"]  # kind's chip drops kind
    for href in re.findall(r'class="button" href="([^"]+)"', page):
        link = unescape(href)
        assert "=&" not in link and not link.endswith("="), link  # no empty fields
        r = client.get(link)
        assert r.status_code == 200, (link, r.text[:200])
    filtered = client.get("/", params={"kind": "PERSON"}).text
    assert 'href="/export?kind=PERSON&amp;what=articles&amp;format=csv"' in filtered
    hits = client.get("/view/search/export", params={"q": "korea", "format": "jsonl"})
    assert hits.status_code == 200
    rows = [json.loads(line) for line in hits.text.splitlines()]
    found = client.get("/search", params={"q": "korea", "limit": 100}).json()["items"]
    assert [r["id"] for r in rows] == [h["id"] for h in found] and len(rows) >= 2
    quotes = client.get("/view/quotes", params={"speaker": "Prabowo Subianto"}).text
    assert "Kita mampu menjaga inflasi" in quotes and 'lang="id"' in quotes
    for href in re.findall(r'class="button" href="([^"]+)"', quotes):
        r = client.get(unescape(href))
        assert r.status_code == 200 and "inflasi" in r.text


def test_a_bug_is_a_500_problem_and_a_page_for_browsers(
        filled_store: SQLStore, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(filled_store, "list_articles", broken)
    monkeypatch.setattr(filled_store, "list_events", broken)
    c = TestClient(create_app(Settings(), store=filled_store), raise_server_exceptions=False)
    r = c.get("/articles")
    assert r.status_code == 500 and r.headers["content-type"] == "application/problem+json"
    assert r.json()["code"] == "internal" and "a bug" not in r.text  # details stay in the log
    page = c.get("/view/events")
    assert page.status_code == 500 and "text/html" in page.headers["content-type"]
