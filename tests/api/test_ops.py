"""GET /health and /metrics (Prometheus text) over a store the crawler has counted into."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from warta.api import Settings, create_app
from warta.api.routes.ops import prometheus_text
from warta.store import open_store
from warta.store.crawl import CrawlState, HostCounts


def test_metrics_and_health(tmp_path: Path) -> None:
    store = open_store(tmp_path / "db")
    state = CrawlState(store)
    state.count("berita.example", fetched=5, stored=3, errors=1)
    state.count("berita.example", fetched=1, refused=2)
    state.found("feed", [("https://berita.example/a", "berita.example", None)])
    state.record_pass({"started": "2026-12-01T10:00:00+00:00", "seconds": 2.5, "stored": 3,
                       "errors": {"timeout": 1}})
    client = TestClient(create_app(Settings(), store=store))
    r = client.get("/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    lines = r.text.splitlines()
    assert 'warta_crawl_fetched_total{host="berita.example"} 6' in lines
    assert 'warta_crawl_stored_total{host="berita.example"} 3' in lines
    assert 'warta_crawl_refused_total{host="berita.example"} 2' in lines
    assert 'warta_crawl_urls{state="pending"} 1' in lines
    assert "# TYPE warta_crawl_errors_total counter" in lines
    h = client.get("/health").json()
    assert h["status"] == "ok" and h["articles"] == 0
    assert h["last_crawl_pass"]["errors"] == 1
    store.close()


def test_health_without_a_crawl(tmp_path: Path) -> None:
    store = open_store(tmp_path / "db")
    client = TestClient(create_app(Settings(), store=store))
    assert client.get("/health").json() == {"status": "ok", "articles": 0,
                                            "last_crawl_pass": None}
    assert "warta_articles 0" in client.get("/metrics").text
    store.close()


def test_label_values_are_escaped() -> None:
    text = prometheus_text([HostCounts('a"b\\c', 1, 0, 0, 0, 0, 0, 0)], {}, 0, None)
    assert 'warta_crawl_fetched_total{host="a\\"b\\\\c"} 1' in text
