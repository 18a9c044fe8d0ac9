import http.server
import threading
from collections.abc import Iterator

import pytest

from warta.errors import FetchError
from warta.sources.fetch import check_address, fetch


def test_private_and_loopback_refused_without_flag() -> None:
    for url in ["http://127.0.0.1/", "http://10.1.2.3/x", "http://192.168.0.1/",
                "http://169.254.169.254/latest/meta-data", "http://[::1]/"]:
        with pytest.raises(FetchError, match="--allow-private"):
            check_address(url, allow_private=False)


def test_bad_scheme_refused() -> None:
    with pytest.raises(FetchError, match="http and https"):
        check_address("file:///etc/passwd", allow_private=True)


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server API
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.end_headers()
            return
        body = b"x" * 2000 if self.path == "/big" else b"Berita hari ini."
        self.send_response(404 if self.path == "/missing" else 200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


def test_fetch_local_with_allow_private(server: str) -> None:
    got = fetch(f"{server}/redirect", allow_private=True)
    assert got.content == b"Berita hari ini."
    assert got.url.endswith("/page")


def test_fetch_refuses_local_by_default(server: str) -> None:
    with pytest.raises(FetchError, match="non-public"):
        fetch(f"{server}/page")


def test_size_cap_and_http_error(server: str) -> None:
    with pytest.raises(FetchError, match="cap"):
        fetch(f"{server}/big", allow_private=True, max_bytes=1000)
    with pytest.raises(FetchError, match="404"):
        fetch(f"{server}/missing", allow_private=True)
