"""The crawl state (store/crawl.py) on SQLite and PostgreSQL: tables made on an existing
store, URLs found once, a cause needed to fetch again, counters per host, the last pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.store import SQLStore, open_store
from warta.store.crawl import CrawlState
from warta.store.samples import prabowo_article


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> SQLStore:
    if request.param == "postgres":
        db = request.getfixturevalue("pg_db")
        s = open_store(db)
    else:
        s = open_store(tmp_path / "db")
    request.addfinalizer(s.close)
    return s


def test_state_on_an_existing_store(store: SQLStore) -> None:
    store.put(prabowo_article())  # a store in use before the crawler came
    state = CrawlState(store)
    a, b = "https://berita.example/a", "https://berita.example/b"
    host = "berita.example"
    assert state.found("feed", [(a, host, "2026-12-01T08:00:00+00:00"), (b, host, None)]) == 2
    assert state.found("feed", [(a, host, "2026-12-01T08:00:00+00:00")]) == 0
    due = state.due(["feed"], limit=10, max_attempts=3)
    assert [u.url for u in due] == [a, b]
    state.fetched(a, etag='"x1"', last_modified=None, content_hash="h1", final_url=a)
    state.settle(a, "done", "stored")
    state.settle(b, "error", "timeout", "too slow")
    due = state.due(["feed"], limit=10, max_attempts=3)
    assert [u.url for u in due] == [b]  # a is done; b failed once: another try
    state.settle(b, "error", "timeout", "too slow")
    state.settle(b, "error", "timeout", "too slow")
    assert state.due(["feed"], limit=10, max_attempts=3) == []  # three tries: left alone
    # A newer date announced for a: a cause for a conditional fetch with its ETag.
    state.found("feed", [(a, host, "2026-12-01T09:30:00+00:00")])
    again = state.due(["feed"], limit=10, max_attempts=3)
    assert [(u.url, u.etag, u.state) for u in again] == [(a, '"x1"', "done")]
    state.fetched(a, etag=None, last_modified=None, content_hash=None, final_url=None)
    state.settle(a, "done", "unchanged")
    assert state.due(["feed"], limit=10, max_attempts=3) == []
    assert state.due(["other"], limit=10, max_attempts=3) == []
    state.alias(a, "https://berita.example/a-canonical", host, "feed")
    assert state.get("https://berita.example/a-canonical").state == "done"  # type: ignore[union-attr]
    state.count(host, fetched=2, stored=1)
    state.count(host, errors=3)
    [counts] = state.hosts()
    assert (counts.fetched, counts.stored, counts.errors) == (2, 1, 3)
    with pytest.raises(ValueError, match="unknown crawl counters"):
        state.count(host, fetches=1)
    state.list_read("https://berita.example/feed.xml", "feed", kind="feed", etag='"f"',
                    last_modified=None, entries=2, newest=None)
    state.list_read("https://berita.example/feed.xml", "feed", kind=None, etag=None,
                    last_modified=None, entries=0, newest=None)
    assert state.list_state("https://berita.example/feed.xml").etag == '"f"'  # type: ignore[union-attr]
    state.record_pass({"pass": 1, "stored": 1})
    assert CrawlState(store).last_pass() == {"pass": 1, "stored": 1}
    assert store.count() == 1


def test_a_crawl_pass_on_this_store(store: SQLStore) -> None:
    """Two passes of the crawler over a two-article feed on loopback: stored once, not
    fetched again, counted per host (on SQLite and on PostgreSQL)."""
    import http.server
    import threading

    from warta.sources.crawl.crawler import Crawler
    from warta.sources.crawl.polite import PoliteFetcher, Politeness
    from warta.sources.extract import to_article

    paragraph = ("Pemerintah provinsi menyiapkan posko banjir di sejumlah kecamatan dan "
                 "meminta warga di bantaran sungai waspada terhadap kenaikan debit air. ")
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server API
            hits.append(self.path)
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            if self.path == "/feed.xml":
                items = "".join(f"<item><link>{base}/berita/{i}/banjir-kecamatan-{i}</link>"
                                "</item>" for i in (1, 2))
                body = f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
            elif self.path.startswith("/berita/"):
                body = (f"<html><head><title>Banjir {self.path}</title></head><body><article>"
                        f"<h1>Banjir</h1><p>{paragraph * 3}</p><p>{paragraph}</p></article>"
                        "</body></html>")
            else:
                self.send_response(404)
                self.end_headers()
                return
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        feed = f"http://127.0.0.1:{srv.server_address[1]}/feed.xml"
        fetcher = PoliteFetcher(Politeness(delay=0.0, timeout=5.0,
                                           allow_hosts=frozenset({"127.0.0.1"})))
        crawler = Crawler(store, fetcher, analyse=to_article)
        first = crawler.run_pass([feed])
        second = crawler.run_pass([feed])
    finally:
        srv.shutdown()
        srv.server_close()
    assert (first.stored, second.stored, second.fetched) == (2, 0, 0)
    assert sorted(p for p in hits if p.startswith("/berita/")) == [
        "/berita/1/banjir-kecamatan-1", "/berita/2/banjir-kecamatan-2"]
    assert store.count() == 2
    [host] = CrawlState(store).hosts()
    assert (host.stored, host.errors) == (2, 0)
