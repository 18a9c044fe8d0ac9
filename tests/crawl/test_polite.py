"""The polite fetcher's rules with a fake clock and no network: robots.txt read once a
host, Crawl-delay obeyed (capped), and a host that fails or says 429 backs off as a whole."""

from __future__ import annotations

from typing import Any

import pytest

from warta.sources.crawl import polite
from warta.sources.crawl.polite import PoliteFetcher, Politeness
from warta.sources.fetch import Fetched, FetchStatusError


class Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


@pytest.fixture()
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Any]]:
    """URL -> what `fetch` gives for it, in order (a Fetched, or an exception to raise)."""
    table: dict[str, list[Any]] = {}
    calls: list[str] = []

    def fake_fetch(url: str, **kw: Any) -> Fetched:
        calls.append(url)
        queue = table.get(url) or [FetchStatusError(f"{url} answered HTTP 404", 404)]
        got = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(got, Exception):
            raise got
        assert isinstance(got, Fetched)
        return got

    monkeypatch.setattr(polite, "fetch", fake_fetch)
    table["__calls__"] = calls
    return table


def page(url: str, body: bytes = b"ok") -> Fetched:
    return Fetched(url=url, content=body, content_type="text/plain")


def test_robots_read_once_and_crawl_delay_capped(answers: dict[str, list[Any]]) -> None:
    answers["https://a.example/robots.txt"] = [page(
        "https://a.example/robots.txt",
        b"User-agent: *\nDisallow: /private/\nCrawl-delay: 600\n")]
    clock = Clock()
    f = PoliteFetcher(Politeness(delay=1.0), clock=clock, sleep=clock.sleep)
    assert f.allowed("https://a.example/read/1")
    assert not f.allowed("https://a.example/private/2")
    assert answers["__calls__"].count("https://a.example/robots.txt") == 1
    answers["https://a.example/read/1"] = [page("https://a.example/read/1")]
    f.get("https://a.example/read/1")
    f.get("https://a.example/read/1")
    # 1 s after robots.txt (the delay known then), then Crawl-delay 600 capped at 60 s.
    assert clock.slept == [1.0, 60.0]


def test_unreadable_robots_blocks_the_host_then_is_retried(
        answers: dict[str, list[Any]]) -> None:
    answers["https://b.example/robots.txt"] = [
        FetchStatusError("robots answered HTTP 503", 503), page("x", b"")]
    clock = Clock()
    f = PoliteFetcher(Politeness(delay=0.0, retries=0), clock=clock, sleep=clock.sleep)
    assert not f.allowed("https://b.example/read/1")
    clock.now += 301
    assert f.allowed("https://b.example/read/1")


def test_429_backs_the_whole_host_off(answers: dict[str, list[Any]]) -> None:
    url = "https://c.example/read/1"
    answers[url] = [FetchStatusError("HTTP 429", 429, retry_after=30.0), page(url)]
    clock = Clock()
    f = PoliteFetcher(Politeness(delay=0.0, retries=2, backoff=1.0), clock=clock,
                      sleep=clock.sleep)
    assert f.get(url).content == b"ok"
    assert clock.slept == [30.0]  # Retry-After, not the 1 s backoff


def test_404_is_not_retried(answers: dict[str, list[Any]]) -> None:
    clock = Clock()
    f = PoliteFetcher(Politeness(delay=0.0, retries=3), clock=clock, sleep=clock.sleep)
    with pytest.raises(FetchStatusError):
        f.get("https://d.example/missing")
    assert answers["__calls__"] == ["https://d.example/missing"]


def test_user_agent_names_the_contact() -> None:
    assert "+ops@example.org" in Politeness(contact="ops@example.org").user_agent
    assert "--contact" in Politeness().user_agent
