"""What a crawl SOURCE means (a profile name, a feed, sitemap or site URL) and the rules of
the site it belongs to: its domains, article URL patterns and multi-page rules.

The rules are data (`lang/id/sites.toml`); this module only reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit, urlunsplit

from ...errors import ConfigError
from ...lang.id import load
from ...lang.schema import Site, SitePages, SitesData
from ..url import is_url
from .discover import domain_of, site_of


@dataclass(frozen=True, slots=True)
class Plan:
    """One SOURCE of a crawl, resolved: where to look and what counts as an article."""

    name: str  # the profile key, or the URL given
    lists: tuple[str, ...]  # feeds, sitemaps and section pages to read
    domains: tuple[str, ...]
    articles: tuple[re.Pattern[str], ...]
    skip: tuple[re.Pattern[str], ...]
    pages: SitePages
    site: str | None = None  # the outlet's name, when a profile matched
    root: bool = False  # a bare site URL: its robots.txt sitemaps are read too

    def owns(self, url: str) -> bool:
        return site_of(urlsplit(url).hostname or "", self.domains)


@cache
def sites() -> SitesData:
    data: SitesData = load("sites", SitesData)
    return data


def _compile(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


def _plan(name: str, lists: tuple[str, ...], domains: tuple[str, ...],
          site: Site | None, root: bool = False) -> Plan:
    d = sites().defaults
    return Plan(name=name, lists=lists, domains=domains,
                articles=_compile(site.articles if site and site.articles else d.articles),
                skip=_compile(d.skip), pages=site.pages if site and site.pages else d.pages,
                site=site.name if site else None, root=root)


def resolve(source: str) -> Plan:
    """A profile name (`kompas`) or an http(s) URL as a `Plan`; `ConfigError` otherwise.
    A URL on a profiled site takes that site's rules."""
    data = sites()
    if source in data.sites:
        s = data.sites[source]
        return _plan(source, (*s.feeds, *s.sitemaps, *s.sections), tuple(s.domains), s)
    if not is_url(source):
        raise ConfigError(f"unknown crawl source '{source}': give a feed, sitemap or site "
                          f"URL, or one of the site profiles: {', '.join(sorted(data.sites))}")
    host = urlsplit(source).hostname or ""
    for s in data.sites.values():
        if site_of(host, s.domains):
            return _plan(source, (source,), tuple(s.domains), s, root=_is_root(source))
    return _plan(source, (source,), (domain_of(source),), None, root=_is_root(source))


def _is_root(url: str) -> bool:
    return urlsplit(url).path in ("", "/") and not urlsplit(url).query


def base_of(url: str) -> str:
    """The article URL that page templates extend: no query, no fragment, no final '/'."""
    p = urlsplit(url)
    return urlunsplit((p.scheme, p.netloc, p.path.rstrip("/") or "/", "", ""))


def all_pages_url(url: str, pages: SitePages) -> str | None:
    """The URL that shows the whole article on one page, where the site has one."""
    return pages.all.format(url=base_of(url)) if pages.all else None


def next_page(url: str, links: set[str], pages: SitePages, n: int) -> str | None:
    """Page `n` of the article at `url`, when the page links to it by one of the site's
    templates (never guessed: a link must be there)."""
    for template in pages.next:
        candidate = template.format(url=base_of(url), n=n)
        if candidate in links or candidate + "/" in links:
            return candidate
    return None
