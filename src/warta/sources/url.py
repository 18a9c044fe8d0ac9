"""Reader for one http(s) URL: fetched bytes (see `fetch` for the caps and refusals)."""

from __future__ import annotations

from .raw import RawDoc


def is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


def read_url(url: str, *, allow_private: bool = False) -> RawDoc:
    """The page at `url` as bytes, with the final URL after redirects; `FetchError`."""
    from .fetch import fetch  # httpx loads only when a URL is read

    fetched = fetch(url, allow_private=allow_private)
    return RawDoc(origin=url, data=fetched.content, url=fetched.url)
