"""A news site on loopback for the crawler tests, built at test time from the anpandu
article pages in ../shared/data (nothing of them is copied into the repository).

http://127.0.0.1:PORT/ serves: robots.txt (disallows /rahasia/, 0 crawl delay, names the
sitemap), an RSS feed and a sitemap (both with ETags, so conditional GETs get 304), article
pages (ETags too), a two-page article (page 2 at ?page=2, linked as "Halaman 2"), a slow
page, a failing page (HTTP 500), and a page that redirects to http://localhost:PORT/secret
(a private address under a name the test does not allow: the crawler must refuse it).
Every request is logged with its time, so tests check what was fetched and how often.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest

PAGES = "html/anpandu/test/fixtures/websites"


@dataclass
class Item:
    path: str
    html: bytes
    updated: datetime
    in_feed: bool = True


@dataclass
class Site:
    """The fixture site's content, changeable while it is served (publish, update)."""

    root: Path
    port: int = 0
    items: dict[str, Item] = field(default_factory=dict)
    sitemap: list[str] = field(default_factory=list)
    extra: dict[str, bytes] = field(default_factory=dict)  # path -> body (page 2, ...)
    log: list[tuple[float, str, dict[str, str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    slow_seconds: float = 4.0  # the crawler's deadline in the tests is 2 s
    robots_status: int = 200
    in_flight: int = 0
    max_in_flight: int = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def page(self, name: str) -> bytes:
        folder = name.split("-")[0]
        return (self.root / PAGES / folder / f"{name}.html").read_bytes()

    def publish(self, path: str, page: str, *, in_feed: bool = True,
                when: datetime | None = None) -> str:
        self.items[path] = Item(path, self.page(page), when or datetime.now(UTC), in_feed)
        return self.base + path

    def requests(self, path: str) -> list[tuple[float, str, dict[str, str]]]:
        with self.lock:
            return [r for r in self.log if r[1] == path]

    def feed(self) -> bytes:
        entries = "".join(
            f"<item><title>{i.path}</title><link>{self.base}{i.path}</link>"
            f"<guid>{self.base}{i.path}</guid><pubDate>{format_datetime(i.updated)}</pubDate>"
            "</item>" for i in self.items.values() if i.in_feed)
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Berita</title>'
                f"<link>{self.base}/</link>{entries}</channel></rss>").encode()

    def sitemap_xml(self) -> bytes:
        urls = "".join(f"<url><loc>{self.base}{p}</loc>"
                       f"<lastmod>{self.items[p].updated.isoformat()}</lastmod></url>"
                       for p in self.sitemap)
        return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns='
                f'"http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>').encode()


def _handler(site: Site) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - http.server API
            with site.lock:
                site.log.append((time.monotonic(), self.path, dict(self.headers.items())))
                site.in_flight += 1
                site.max_in_flight = max(site.max_in_flight, site.in_flight)
            try:
                self._answer()
            finally:
                with site.lock:
                    site.in_flight -= 1

        def _answer(self) -> None:
            path = self.path
            if path == "/robots.txt" and site.robots_status != 200:
                return self._send(site.robots_status, b"unavailable", "text/plain")
            if path == "/robots.txt":
                body = (f"User-agent: *\nDisallow: /rahasia/\n\n"
                        f"Sitemap: {site.base}/sitemap.xml\n").encode()
                return self._send(200, body, "text/plain")
            if path == "/feed.xml":
                return self._send(200, site.feed(), "application/rss+xml", etag=True)
            if path == "/sitemap.xml":
                return self._send(200, site.sitemap_xml(), "application/xml", etag=True)
            if path == "/read/2016/02/23/1005/halaman-gagal":
                return self._send(500, b"server error", "text/plain")
            if path == "/read/2016/02/23/1006/pindah-alamat":
                self.send_response(302)
                self.send_header("Location", f"http://localhost:{site.port}/secret")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            if path == "/read/2016/02/23/1004/halaman-lambat":
                time.sleep(site.slow_seconds)
            if path == "/":
                links = "".join(f'<a href="{p}">{p}</a>' for p in site.items)
                return self._send(200, f"<html><body>{links}</body></html>".encode(),
                                  "text/html")
            if path in site.extra:
                return self._send(200, site.extra[path], "text/html; charset=utf-8",
                                  etag=True)
            item = site.items.get(path)
            if item is None:
                return self._send(404, b"not found", "text/plain")
            return self._send(200, item.html, "text/html; charset=utf-8", etag=True)

        def _send(self, status: int, body: bytes, kind: str, etag: bool = False) -> None:
            tag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if etag and self.headers.get("If-None-Match") == tag:
                self.send_response(304)
                self.send_header("ETag", tag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", tag)
            self.end_headers()
            with contextlib.suppress(OSError):  # the crawler gave up (the slow page)
                self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


TWO_PAGE = "/read/2016/02/23/1007/dua-halaman"
FEED_PAGES = {
    "/read/2016/02/16/1001/menteri-yuddy-ancam-pns": "kompas-singlepage2",
    "/read/2015/11/05/1002/google-umbar-kelemahan-galaxy": "detik-singlepage",
    "/rahasia/2016/02/23/1003/kontes-film-pendek": "antara-singlepage3",
    "/read/2016/02/23/1004/halaman-lambat": "antara-singlepage",
    "/read/2016/02/23/1005/halaman-gagal": "antara-singlepage2",
    "/read/2016/02/23/1006/pindah-alamat": "antara-singlepage4",
}
SITEMAP_PAGES = {
    TWO_PAGE: "kompas-singlepage4",
    "/read/2436773/tri-indonesia-broadband": "liputan6-singlepage",
}


@pytest.fixture()
def site(shared_data: Path) -> Iterator[Site]:
    s = Site(root=shared_data)
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(s))
    srv.daemon_threads = True
    s.port = int(srv.server_address[1])
    when = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    for path, page in FEED_PAGES.items():
        s.publish(path, page, when=when)
    for path, page in SITEMAP_PAGES.items():
        s.publish(path, page, in_feed=False, when=when)
        s.sitemap.append(path)
    # Page 1 links page 2 the way Indonesian sites do ("Halaman 2", ?page=2).
    first = s.items[TWO_PAGE]
    first.html = first.html.replace(
        b"</body>", f'<a href="{TWO_PAGE}?page=2">Halaman 2</a></body>'.encode())
    s.extra[TWO_PAGE + "?page=2"] = s.page("kompas-singlepage5")
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield s
    srv.shutdown()
    srv.server_close()
