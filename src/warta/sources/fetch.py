"""Fetch one URL with httpx: timeouts, a total deadline, a size cap, and no private addresses
by default.

The address check and the connection are one step: the network backend resolves each host
once, refuses non-public addresses, and connects to the address it checked, so a DNS server
that answers differently the second time (DNS rebinding) has no second time. Every read and
write gets at most the time left before the fetch's deadline, so a server that trickles a
byte every few seconds cannot hold a fetch open forever.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from ..errors import FetchError

MAX_BYTES = 5 * 1024 * 1024
TIMEOUT = httpx.Timeout(10.0, connect=5.0)
DEADLINE = 30.0  # seconds for the whole fetch, redirects included
MAX_REDIRECTS = 5
USER_AGENT = "warta/0.1 (+Indonesian news analysis)"

Resolver = Callable[[str, int], list[str]]
IP = ipaddress.IPv4Address | ipaddress.IPv6Address

# IPv6 forms that carry an IPv4 address inside: the address checked is the IPv4 one.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
_V4_COMPATIBLE = ipaddress.ip_network("::/96")


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # final URL after redirects
    content: bytes
    content_type: str
    status: int = 200  # 304 (not modified, empty content) when a conditional GET matched
    etag: str | None = None
    last_modified: str | None = None


class FetchStatusError(FetchError):
    """The server answered with an HTTP error status (the crawler retries 5xx and 429)."""

    def __init__(self, message: str, status: int, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class FetchTimeout(FetchError):
    """The fetch ran past its deadline or a read timed out."""


class FetchNetworkError(FetchError):
    """Connecting or reading failed (refused, reset): worth another try later."""


def system_resolver(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (the operating system's resolver)."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as e:
        raise FetchError(f"cannot resolve host '{host}': {e.strerror}") from None
    return [str(info[4][0]) for info in infos]


def embedded_ipv4(ip: IP) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, NAT64, 6to4, Teredo, compatible)."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64 or ip in _NAT64_LOCAL or (ip in _V4_COMPATIBLE and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    return None


def is_public(ip: IP) -> bool:
    """Globally routable unicast, and so is any IPv4 address it carries."""
    inner = embedded_ipv4(ip)
    if inner is not None and not is_public(inner):
        return False
    return ip.is_global and not ip.is_multicast


def checked_address(host: str, port: int, *, allow_private: bool,
                    resolve: Resolver = system_resolver) -> str:
    """The address to connect to: every address of `host` must be public (unless allowed)."""
    try:
        literal: IP | None = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        literal = None
    addresses = [str(literal)] if literal is not None else resolve(host, port)
    if not addresses:
        raise FetchError(f"cannot resolve host '{host}': no addresses")
    if not allow_private:
        for raw in addresses:
            ip = ipaddress.ip_address(raw.split("%")[0])
            if not is_public(ip):
                raise FetchError(
                    f"refusing to fetch from '{host}': it resolves to non-public address {ip}; "
                    "pass --allow-private if you really mean a local or intranet server")
    return addresses[0]


def check_address(url: str, *, allow_private: bool,
                  resolve: Resolver = system_resolver) -> str:
    """Refuse non-HTTP schemes and hosts on private, loopback or link-local addresses;
    returns the address that passed."""
    host, port = _host_port(url)
    return checked_address(host, port, allow_private=allow_private, resolve=resolve)


def _host_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise FetchError(f"only http and https URLs can be fetched, not '{parts.scheme}:'")
    host = parts.hostname
    if not host:
        raise FetchError(f"URL has no host: {url}")
    try:
        return host, parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError(f"URL has a bad port: {url}") from None


class _Deadline:
    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds
        self.seconds = seconds

    def left(self, timeout: float | None) -> float:
        remaining = self.at - time.monotonic()
        if remaining <= 0:
            raise httpcore.ReadTimeout(f"the fetch took longer than {self.seconds:g} s")
        return remaining if timeout is None else min(timeout, remaining)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, deadline: _Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._deadline.left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._deadline.left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        tls = self._inner.start_tls(ssl_context, server_hostname, self._deadline.left(timeout))
        return _DeadlineStream(tls, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """Connects only to checked addresses, within the deadline. TLS still verifies the
    certificate against the URL's host name: httpcore passes it as `server_hostname`."""

    def __init__(self, *, allow_private: bool, deadline: float = DEADLINE,
                 resolve: Resolver = system_resolver,
                 allow_hosts: frozenset[str] = frozenset()) -> None:
        self._inner = httpcore.SyncBackend()
        self._allow_private = allow_private
        self._allow_hosts = frozenset(h.lower() for h in allow_hosts)
        self._deadline = _Deadline(deadline)
        self._resolve = resolve

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        # `--allow-host`: these host names (as written in the URL) may be private; a
        # redirect to any other private host is still refused.
        allowed = self._allow_private or host.lower().strip("[]") in self._allow_hosts
        address = checked_address(host, port, allow_private=allowed, resolve=self._resolve)
        stream = self._inner.connect_tcp(address, port, self._deadline.left(timeout),
                                         local_address, socket_options)
        return _DeadlineStream(stream, self._deadline)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None
                            ) -> httpcore.NetworkStream:
        raise FetchError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


def guarded_client(*, allow_private: bool, deadline: float = DEADLINE,
                   resolve: Resolver = system_resolver,
                   ssl_context: ssl.SSLContext | None = None,
                   allow_hosts: frozenset[str] = frozenset()) -> httpx.Client:
    """An httpx client whose every connection goes through `GuardedBackend`."""
    transport = httpx.HTTPTransport()
    # httpx takes no network backend, so its pool is rebuilt with ours (tests pin this).
    transport._pool = httpcore.ConnectionPool(
        ssl_context=ssl_context or httpx.create_ssl_context(),
        network_backend=GuardedBackend(allow_private=allow_private, deadline=deadline,
                                       resolve=resolve, allow_hosts=allow_hosts))
    return httpx.Client(transport=transport, timeout=TIMEOUT, follow_redirects=False,
                        headers={"User-Agent": USER_AGENT}, trust_env=False)


def fetch(url: str, *, allow_private: bool = False, max_bytes: int = MAX_BYTES,
          client: httpx.Client | None = None, deadline: float = DEADLINE,
          resolve: Resolver = system_resolver, headers: Mapping[str, str] | None = None,
          allow_hosts: frozenset[str] = frozenset()) -> Fetched:
    """GET `url`, following up to 5 redirects, each hop checked like the first, all within
    `deadline` seconds. `headers` go with every hop (a crawler's User-Agent, conditional
    GET); a 304 answer comes back as `Fetched(status=304)` with no content."""
    started = time.monotonic()
    own = client is None
    client = client or guarded_client(allow_private=allow_private, deadline=deadline,
                                      resolve=resolve, allow_hosts=allow_hosts)
    try:
        for _ in range(MAX_REDIRECTS + 1):
            _host_port(url)  # scheme and host here; the address is checked as it connects
            try:
                with client.stream("GET", url, headers=headers) as resp:
                    if resp.is_redirect and "location" in resp.headers:
                        url = urljoin(url, resp.headers["location"])
                        continue
                    if resp.status_code >= 400:
                        raise FetchStatusError(f"{url} answered HTTP {resp.status_code}",
                                               resp.status_code,
                                               _retry_after(resp.headers.get("retry-after")))
                    validators = {"etag": resp.headers.get("etag"),
                                  "last_modified": resp.headers.get("last-modified")}
                    if resp.status_code == 304:
                        return Fetched(url=str(resp.url), content=b"", status=304,
                                       content_type=resp.headers.get("content-type", ""),
                                       **validators)
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
                                   content_type=resp.headers.get("content-type", ""),
                                   status=resp.status_code, **validators)
            except httpx.HTTPError as e:
                late = time.monotonic() - started >= deadline - 0.05
                why = f"the fetch took longer than {deadline:g} s" if late else str(e)
                kind = (FetchTimeout if late or isinstance(e, httpx.TimeoutException)
                        else FetchNetworkError if isinstance(e, httpx.TransportError)
                        else FetchError)
                raise kind(f"could not fetch {url}: {why}") from None
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")
    finally:
        if own:
            client.close()


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header given in seconds (an HTTP date is ignored)."""
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None
