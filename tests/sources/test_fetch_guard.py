"""The fetch guard against hostile servers (issue 18): DNS rebinding, IPv4 hidden in IPv6,
and a server that trickles bytes to hold a fetch open."""

from __future__ import annotations

import socket
import socketserver
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpcore
import httpx
import pytest

from warta.errors import FetchError
from warta.sources.fetch import check_address, fetch, guarded_client

PUBLIC = "93.184.216.34"


@pytest.mark.parametrize("url", ["http://[::127.0.0.1]/", "http://[64:ff9b::7f00:1]/",
                                 "http://[::ffff:10.0.0.1]/", "http://[2002:7f00:1::]/",
                                 "http://[64:ff9b:1::a00:1]/", "http://0.0.0.0/",
                                 "http://100.64.0.1/", "http://[fe80::1]/"])
def test_ipv4_inside_ipv6_and_odd_ranges_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="non-public"):
        check_address(url, allow_private=False)


def test_a_name_with_any_private_address_is_refused() -> None:
    def resolve(host: str, port: int) -> list[str]:
        return [PUBLIC, "127.0.0.1"]

    with pytest.raises(FetchError, match="non-public address 127.0.0.1"):
        check_address("http://news.example/", allow_private=False, resolve=resolve)


class _Page(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        while self.rfile.readline().strip():
            pass
        body = b"Berita hari ini."
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))


class _Trickle(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        while self.rfile.readline().strip():
            pass
        try:
            for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"x" * 100:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass  # the client gave up, as it should


def _serve(handler: type[socketserver.BaseRequestHandler]) -> Iterator[int]:
    srv = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield int(srv.server_address[1])
    srv.shutdown()
    srv.server_close()


@pytest.fixture()
def page_port() -> Iterator[int]:
    yield from _serve(_Page)


@pytest.fixture()
def trickle_port() -> Iterator[int]:
    yield from _serve(_Trickle)


def test_rebinding_resolver_cannot_reach_loopback(page_port: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The resolver answers a public address, then 127.0.0.1: the connection goes to the
    address that was checked (routed here to the local test server), and the resolver is
    asked once per connection, so there is no second answer to exploit."""
    answers = iter([[PUBLIC], ["127.0.0.1"]])
    asked: list[str] = []
    dialled: list[str] = []

    def resolve(host: str, port: int) -> list[str]:
        asked.append(host)
        return next(answers)

    real = httpcore.SyncBackend.connect_tcp

    def route(self: Any, host: str, port: int, *args: Any) -> Any:
        dialled.append(host)
        assert host == PUBLIC
        return real(self, "127.0.0.1", page_port, *args)  # "the internet", here

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", route)
    got = fetch(f"http://news.example:{page_port}/a", resolve=resolve)
    assert got.content == b"Berita hari ini."
    assert asked == ["news.example"] and dialled == [PUBLIC]
    with pytest.raises(FetchError, match="non-public address 127.0.0.1"):
        fetch(f"http://news.example:{page_port}/b", resolve=resolve)
    assert dialled == [PUBLIC]


def test_trickling_server_hits_the_total_deadline(trickle_port: int) -> None:
    start = time.monotonic()
    with pytest.raises(FetchError, match="longer than 1 s"):
        fetch(f"http://127.0.0.1:{trickle_port}/", allow_private=True, deadline=1.0)
    assert time.monotonic() - start < 3.0


def test_client_uses_the_guarded_backend() -> None:
    """httpx has no public hook for a network backend: pin that ours is in place."""
    client = guarded_client(allow_private=False)
    with pytest.raises(FetchError, match="non-public"):
        client.get(f"http://localhost:{_free_port()}/")
    client.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_tls_is_checked_against_the_host_name_not_the_address(tmp_path: Path) -> None:
    """Connecting to the checked address must keep SNI and certificate checks on the URL's
    host: a certificate for news.example passes, the same server as other.example fails."""
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=news.example",
                    "-addext", "subjectAltName=DNS:news.example"],
                   check=True, capture_output=True, timeout=60)
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert, key)
    names: list[str | None] = []
    server_ctx.sni_callback = lambda sock, name, ctx: names.append(name)  # type: ignore[assignment,misc,return-value]

    srv = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Page)
    srv.daemon_threads = True
    srv.socket = server_ctx.wrap_socket(srv.socket, server_side=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    port = int(srv.server_address[1])
    client_ctx = ssl.create_default_context(cafile=str(cert))
    try:
        with guarded_client(allow_private=True, resolve=lambda h, p: ["127.0.0.1"],
                            ssl_context=client_ctx) as c:
            assert c.get(f"https://news.example:{port}/").content == b"Berita hari ini."
            with pytest.raises(httpx.ConnectError, match="certificate|hostname"):
                c.get(f"https://other.example:{port}/")
        assert names[0] == "news.example"
    finally:
        srv.shutdown()
        srv.server_close()


def test_allow_host_lifts_the_guard_for_that_host_only(page_port: int) -> None:
    """`--allow-host 127.0.0.1` (the crawler's allow-list): that host may be private; the
    same server under another name (localhost) is still refused."""
    allow = frozenset({"127.0.0.1"})
    got = fetch(f"http://127.0.0.1:{page_port}/a", allow_hosts=allow)
    assert got.content == b"Berita hari ini." and got.status == 200
    with pytest.raises(FetchError, match="non-public"):
        fetch(f"http://localhost:{page_port}/a", allow_hosts=allow)


def test_status_errors_carry_the_status_and_retry_after() -> None:
    from warta.sources.fetch import FetchStatusError, _retry_after

    err = FetchStatusError("x answered HTTP 503", 503, _retry_after("7"))
    assert (err.status, err.retry_after) == (503, 7.0)
    assert _retry_after("Wed, 21 Oct 2026 07:28:00 GMT") is None  # a date: ignored
