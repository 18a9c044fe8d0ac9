"""Outlets: the news outlet a URL's host belongs to, and which page names can be a source.

The host table lives in `lang/id/boilerplate.toml` (`[hosts]`); a host matches its own
entry or any parent domain's, so "news.detik.com" and "m.detik.com" find "detik.com".
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from ..lang.id import load
from ..lang.schema import BoilerplateData


@cache
def _hosts() -> dict[str, str]:
    return {k.lower().strip("."): v for k, v in load("boilerplate", BoilerplateData).hosts.items()}


def host_of(url: str | None) -> str | None:
    """The lower-case host of `url` (None when it has none)."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:  # "http://[bad" and other unparsable netlocs
        return None
    return host.rstrip(".") if host else None


def outlet_of_url(url: str | None) -> str | None:
    """The outlet name for `url`'s host or a parent domain of it; None when unknown."""
    host = host_of(url)
    if not host:
        return None
    table = _hosts()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        name = table.get(".".join(labels[i:]))
        if name:
            return name
    return None


# A page's site name that is really an address (a share link such as
# "https://www.facebook.com/Bola.Kompascom", a handle, a mail address) names no outlet.
_ADDRESS = re.compile(r"[/@:]|^www\.|\s\S+\.\S+/")


def usable_sitename(name: str | None) -> str | None:
    """`name` when it can stand as an article's source, else None."""
    if not name or not name.strip():
        return None
    name = name.strip()
    return None if _ADDRESS.search(name) else name
