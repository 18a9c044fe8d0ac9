"""Fetch one URL with httpx: timeouts, a size cap, and no private addresses by default."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from ..errors import FetchError

MAX_BYTES = 5 * 1024 * 1024
TIMEOUT = httpx.Timeout(10.0, connect=5.0)
MAX_REDIRECTS = 5
USER_AGENT = "warta/0.1 (+Indonesian news analysis)"


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # final URL after redirects
    content: bytes
    content_type: str


def check_address(url: str, *, allow_private: bool) -> None:
    """Refuse non-HTTP schemes and hosts that resolve to private, loopback or link-local IPs."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise FetchError(f"only http and https URLs can be fetched, not '{parts.scheme}:'")
    host = parts.hostname
    if not host:
        raise FetchError(f"URL has no host: {url}")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror as e:
        raise FetchError(f"cannot resolve host '{host}': {e.strerror}") from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if not ip.is_global or ip.is_multicast:
            raise FetchError(
                f"refusing to fetch {url}: '{host}' resolves to non-public address {ip}; "
                "pass --allow-private if you really mean a local or intranet server"
            )


def fetch(url: str, *, allow_private: bool = False, max_bytes: int = MAX_BYTES,
          client: httpx.Client | None = None) -> Fetched:
    """GET `url`, following up to 5 redirects, each hop checked like the first."""
    own = client is None
    client = client or httpx.Client(timeout=TIMEOUT, headers={"User-Agent": USER_AGENT},
                                    follow_redirects=False)
    try:
        for _ in range(MAX_REDIRECTS + 1):
            check_address(url, allow_private=allow_private)
            try:
                with client.stream("GET", url) as resp:
                    if resp.is_redirect and "location" in resp.headers:
                        url = urljoin(url, resp.headers["location"])
                        continue
                    if resp.status_code >= 400:
                        raise FetchError(f"{url} answered HTTP {resp.status_code}")
                    declared = int(resp.headers.get("content-length") or 0)
                    if declared > max_bytes:
                        raise FetchError(f"{url} is {declared} bytes, over the {max_bytes} cap")
                    chunks: list[bytes] = []
                    size = 0
                    for chunk in resp.iter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise FetchError(f"{url} is over the {max_bytes}-byte cap")
                        chunks.append(chunk)
                    return Fetched(url=str(resp.url), content=b"".join(chunks),
                                   content_type=resp.headers.get("content-type", ""))
            except httpx.HTTPError as e:
                raise FetchError(f"could not fetch {url}: {e}") from None
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")
    finally:
        if own:
            client.close()
