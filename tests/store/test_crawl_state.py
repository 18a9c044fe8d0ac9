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
