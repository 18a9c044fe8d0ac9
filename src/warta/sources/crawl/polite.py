"""Polite, guarded fetching for the crawler: robots.txt, a rate and a concurrency cap per
host, a User-Agent that names a contact, conditional GET, and retries with backoff.

Every request, redirects included, goes through `sources.fetch` (the rules of `analyze`):
only public addresses unless `allow_private` or the host is in `allow_hosts`, the address
checked is the one connected to, a deadline per fetch and a size cap.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ...errors import ConfigError, FetchError
from ..fetch import (
    DEADLINE,
    Fetched,
    FetchNetworkError,
    FetchStatusError,
    Resolver,
    fetch,
    system_resolver,
)
from ..raw import MAX_BYTES

log = logging.getLogger("warta.crawl")

AGENT = "warta-crawler/0.1"
ROBOTS_TTL = 3600.0  # seconds a host's robots.txt is trusted
ROBOTS_RETRY = 300.0  # seconds before an unreadable robots.txt is tried again
MAX_CRAWL_DELAY = 60.0  # a robots.txt Crawl-delay above this is capped, not obeyed blindly
MAX_RETRY_AFTER = 120.0
DISALLOWED = "robots.txt disallows it"


def user_agent(contact: str | None) -> str:
    """`warta-crawler/0.1 (+CONTACT; Indonesian news monitoring)`: the contact is how a site
    operator reaches whoever runs the crawl (an e-mail address or a URL)."""
    who = f"+{contact}" if contact else "+no contact set: warta crawl --contact"
    return f"{AGENT} ({who}; Indonesian news monitoring)"


@dataclass(frozen=True, slots=True, kw_only=True)
class Politeness:
    """How the crawler treats the sites it reads (validated: bad values are a ConfigError)."""

    contact: str | None = None
    delay: float = 1.0  # seconds between two requests to one host (robots Crawl-delay wins)
    per_host: int = 2  # requests to one host at once
    timeout: float = DEADLINE  # seconds for one fetch, redirects included
    retries: int = 2  # more tries after a 5xx, 429 or network error (not after a timeout)
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    max_bytes: int = MAX_BYTES
    allow_private: bool = False
    allow_hosts: frozenset[str] = frozenset()
    resolve: Resolver = field(default=system_resolver, compare=False)

    def __post_init__(self) -> None:
        if self.delay < 0 or self.timeout <= 0 or self.backoff < 0:
            raise ConfigError("--delay and --backoff take 0 or more seconds, --timeout more "
                              "than 0")
        if self.per_host < 1 or self.retries < 0:
            raise ConfigError("--per-host takes 1 or more, --retries 0 or more")

    @property
    def user_agent(self) -> str:
        return user_agent(self.contact)


@dataclass(slots=True)
class _Host:
    gate: threading.Semaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    robots_lock: threading.Lock = field(default_factory=threading.Lock)
    next_at: float = 0.0
    delay: float = 0.0
    robots: object | None = None  # a Protego parser, or None: not read yet
    robots_at: float = 0.0
    robots_error: str | None = None  # robots.txt unreadable (5xx, network): fetch nothing
    requests: int = 0


class PoliteFetcher:
    """Fetches URLs politely; one per crawl run (its per-host timing spans the passes)."""

    def __init__(self, settings: Politeness, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.settings = settings
        self._clock = clock
        self._sleep = sleep
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()
        self.headers = {"User-Agent": settings.user_agent}

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        with self._lock:
            found = self._hosts.get(key)
            if found is None:
                found = _Host(gate=threading.Semaphore(self.settings.per_host),
                              delay=self.settings.delay)
                self._hosts[key] = found
            return found

    def requests(self) -> dict[str, int]:
        """Requests sent so far, per host (robots.txt included)."""
        with self._lock:
            return {k: h.requests for k, h in self._hosts.items()}

    # -- robots.txt ------------------------------------------------------------------------
    def allowed(self, url: str) -> bool:
        """robots.txt lets this crawler fetch `url` (see `blocked`)."""
        return self.blocked(url) is None

    def blocked(self, url: str) -> str | None:
        """Why `url` may not be fetched now: `DISALLOWED` (robots.txt says no), or the
        reason the host's robots.txt cannot be read (5xx, timeout, no such host: nothing of
        the host is fetched until it can be); None when it may. robots.txt is read once an
        hour per host."""
        host = self._host(url)
        with host.robots_lock:  # one read per host, however many threads ask
            if host.robots is None or self._clock() - host.robots_at > ROBOTS_TTL:
                self._read_robots(url, host)
        if host.robots_error is not None:
            return host.robots_error
        from protego import Protego

        robots = host.robots
        assert isinstance(robots, Protego)
        return None if robots.can_fetch(url, AGENT) else DISALLOWED

    def sitemaps(self, url: str) -> list[str]:
        """The Sitemap lines of the robots.txt of `url`'s host."""
        self.allowed(url)
        robots = self._host(url).robots
        return list(getattr(robots, "sitemaps", None) or [])

    def _read_robots(self, url: str, host: _Host) -> None:
        from protego import Protego

        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        text, error = "", None
        try:
            got = self._get_once(robots_url, host, {})
            text = got.content.decode("utf-8", errors="replace")
        except FetchStatusError as e:
            if e.status >= 500 or e.status == 429:  # 4xx: no rules, everything allowed
                error = f"robots.txt unreadable: {e}"
        except FetchError as e:
            error = f"robots.txt unreadable: {e}"
        if error:
            log.info("robots.txt unreadable", extra={"url": robots_url, "error": error})
        ok = error is None
        host.robots = Protego.parse(text)
        host.robots_error = error
        # An unreadable robots.txt is asked for again sooner than a read one.
        host.robots_at = self._clock() - (0.0 if ok else ROBOTS_TTL - ROBOTS_RETRY)
        delay = host.robots.crawl_delay(AGENT) if ok else None
        if delay:
            host.delay = max(self.settings.delay, min(float(delay), MAX_CRAWL_DELAY))

    # -- fetching --------------------------------------------------------------------------
    def get(self, url: str, *, etag: str | None = None,
            last_modified: str | None = None) -> Fetched:
        """GET `url` with the host's rate and cap, conditional when validators are given,
        retrying 5xx, 429 and network errors with backoff. Raises `FetchError`."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        host = self._host(url)
        attempt = 0
        while True:
            try:
                return self._get_once(url, host, headers)
            except (FetchStatusError, FetchNetworkError) as e:
                status = getattr(e, "status", None)
                retryable = status is None or status >= 500 or status == 429
                if not retryable or attempt >= self.settings.retries:
                    raise
                wait = self.settings.backoff * (2 ** attempt)
                after = getattr(e, "retry_after", None)
                if after is not None:
                    wait = max(wait, min(after, MAX_RETRY_AFTER))
                # The whole host backs off, not only this URL: a server that is failing or
                # asks us to slow down gets no other request before the wait is over.
                with host.lock:
                    host.next_at = max(host.next_at, self._clock() + wait)
                log.info("retrying in %.2f s: %s", wait, e, extra={"url": url})
                attempt += 1

    def _get_once(self, url: str, host: _Host, headers: dict[str, str]) -> Fetched:
        with host.gate:
            with host.lock:  # reserve the next slot of this host
                now = self._clock()
                at = max(now, host.next_at)
                host.next_at = at + host.delay
                host.requests += 1
            if at > now:
                self._sleep(at - now)
            s = self.settings
            started = self._clock()
            try:
                got = fetch(url, allow_private=s.allow_private, max_bytes=s.max_bytes,
                            deadline=s.timeout, resolve=s.resolve,
                            headers={**self.headers, **headers}, allow_hosts=s.allow_hosts)
            except FetchError as e:
                log.info("fetch failed", extra={"url": url, "error": str(e),
                                                "seconds": round(self._clock() - started, 3)})
                raise
            log.debug("fetched", extra={"url": url, "status": got.status,
                                        "bytes": len(got.content),
                                        "seconds": round(self._clock() - started, 3)})
            return got
