"""Discovery: which article URLs a feed, a sitemap or a section page lists (pure functions).

Parsing is the libraries' (feedparser for RSS and Atom, trafilatura's sitemaps and feeds
modules, courlan for links and URL normalisation); this module only chooses between them
and keeps, for each URL, the date its list gives (the cause to fetch it again later).
"""

from __future__ import annotations

import re
import zlib
from calendar import timegm
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from time import struct_time
from typing import Literal
from urllib.parse import urljoin, urlsplit

Kind = Literal["feed", "sitemap", "page"]
MAX_LIST_BYTES = 50 * 1024 * 1024  # a sitemap may hold 50,000 URLs in 50 MB (sitemaps.org)

# What the first bytes of a document say it is (a feed or sitemap served as text/html).
_SITEMAP_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:\w+:)?(?:urlset|"
                            rb"sitemapindex)\b", re.DOTALL)
_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<\?xml-stylesheet[^>]*>"
                         rb"\s*)?<(?:rss|feed|rdf:RDF)\b", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Entry:
    """One article URL a list names, with the date the list gives it (ISO 8601, UTC)."""

    url: str
    updated: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Listing:
    """What one feed, sitemap or page yields: article entries and further lists to read."""

    entries: tuple[Entry, ...] = ()
    lists: tuple[str, ...] = ()  # child sitemaps of a sitemap index, feeds a page links


def kind_of(content: bytes, url: str) -> Kind:
    """A feed, a sitemap or a web page, from the content (the URL only breaks ties)."""
    head = content[:2048]
    if _SITEMAP_START.match(head):
        return "sitemap"
    if _FEED_START.match(head):
        return "feed"
    if head.lstrip().startswith(b"<") and url.endswith(".xml"):
        return "sitemap" if b"sitemap" in head or b"<urlset" in head else "feed"
    return "page"


def normalise(url: str) -> str | None:
    """The URL as the crawl state keys it: cleaned and normalised by courlan (tracking
    parameters and fragments dropped, host lower-cased); None when it is not a web URL."""
    from courlan import clean_url, normalize_url

    cleaned = clean_url(url.strip())
    if not cleaned or urlsplit(cleaned).scheme not in ("http", "https"):
        return None
    # The fragment never reaches the server: one page, whatever follows '#'.
    return str(normalize_url(cleaned, strict=False)).split("#", 1)[0]


def _iso(value: struct_time | None) -> str | None:
    if value is None:
        return None
    return datetime.fromtimestamp(timegm(value), UTC).isoformat(timespec="seconds")


def parse_feed(content: bytes, url: str) -> Listing:
    """Entries of an RSS or Atom feed (feedparser), each with its updated or published date."""
    import feedparser

    parsed = feedparser.parse(content)
    out: list[Entry] = []
    for item in parsed.entries:
        link = item.get("link")
        if not isinstance(link, str) or not link:
            continue
        # dict.get: FeedParserDict maps a missing updated_parsed to published_parsed with a
        # DeprecationWarning; ask for each plainly.
        when = dict.get(item, "updated_parsed") or dict.get(item, "published_parsed")
        title = item.get("title")
        out.append(Entry(url=urljoin(url, link), updated=_iso(when),
                         title=title if isinstance(title, str) else None))
    return Listing(entries=tuple(out))


def parse_sitemap(content: bytes, url: str) -> Listing:
    """URLs of a sitemap (trafilatura's sitemaps module: XML or plain-text sitemaps, and
    the child sitemaps of an index), each with its `<lastmod>` or news publication date."""
    from courlan import extract_domain
    from trafilatura.sitemaps import SitemapObject

    text = content.decode("utf-8", errors="replace")
    base = f"{urlsplit(url).scheme}://{urlsplit(url).netloc}"
    # external=True: the domain check is the crawler's (a profile names its domains).
    sitemap = SitemapObject(base, urlsplit(url).hostname or "", [], external=True)
    sitemap.current_url = url
    sitemap.content = text
    dates, locs, children = _sitemap_xml(content)
    if extract_domain(url, fast=True) is None:
        # trafilatura drops every link of a host with no registered domain (an IP address,
        # an intranet name): there the sitemap's own <loc> entries are taken as they are.
        urls, lists = locs, children
    else:
        sitemap.process()
        urls, lists = sitemap.urls, sitemap.sitemap_urls
    entries = tuple(Entry(url=u, updated=dates.get(u)) for u in dict.fromkeys(urls))
    # Newest child sitemap first: an index often lists years of monthly archives, and a
    # pass reads only a few lists.
    ordered = sorted(dict.fromkeys(lists), key=lambda u: dates.get(u) or "", reverse=True)
    return Listing(entries=entries, lists=tuple(ordered))


def _sitemap_xml(content: bytes) -> tuple[dict[str, str], list[str], list[str]]:
    """`<loc>` -> its `<lastmod>` (or `<news:publication_date>`) normalised to UTC, for
    pages and child sitemaps, and the page and child-sitemap locations. trafilatura keeps
    only the locations; this reads the dates beside them with lxml."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True,
                             huge_tree=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError:
        return {}, [], []
    if root is None:
        return {}, [], []
    out: dict[str, str] = {}
    locs: list[str] = []
    for node in root.iter("{*}url"):
        loc = (node.findtext("{*}loc") or "").strip()
        when = node.findtext("{*}lastmod") or node.findtext("{*}news/{*}publication_date")
        if loc:
            locs.append(loc)
        if loc and when:
            parsed = parse_date(when)
            if parsed:
                out[loc] = parsed
    children: list[str] = []
    for node in root.iter("{*}sitemap"):
        loc = (node.findtext("{*}loc") or "").strip()
        when = parse_date(node.findtext("{*}lastmod") or "")
        if loc:
            children.append(loc)
            if when:
                out[loc] = when
    return out, locs, children


def parse_date(value: str) -> str | None:
    """An ISO 8601 date or time as UTC ISO text (a date alone is midnight UTC)."""
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="seconds")


def parse_page(content: bytes, url: str) -> Listing:
    """Links of a section (index) page on its own site (courlan), and the feeds it
    announces (trafilatura's feed finder)."""
    from courlan import extract_domain, extract_links
    from trafilatura.feeds import FeedParameters, determine_feed

    html = content.decode("utf-8", errors="replace")
    host = urlsplit(url).hostname or ""
    if extract_domain(url, fast=True) is None:
        # courlan drops every link of a host with no registered domain (an IP address, an
        # intranet name): there the page's links to its own host are taken (lxml).
        links = _own_links(content, url)
    else:
        links = extract_links(html, url=url, external_bool=False, strict=False,
                              with_nav=False)
    feeds = determine_feed(html, FeedParameters(url, host, url))
    return Listing(entries=tuple(Entry(url=u) for u in sorted(links)),
                   lists=tuple(feeds))


def _own_links(content: bytes, url: str) -> set[str]:
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(content)
    except (ValueError, lxml.etree.ParserError):
        return set()
    netloc = urlsplit(url).netloc
    found = (urljoin(url, str(h)).split("#")[0] for h in tree.xpath("//a/@href"))
    return {u for u in found if urlsplit(u).netloc == netloc}


def gunzip(content: bytes, max_bytes: int = MAX_LIST_BYTES) -> bytes:
    """`content` decompressed when it is gzip (a `sitemap.xml.gz` served as a file, not as
    a Content-Encoding), at most `max_bytes` of it; else `content` as it is."""
    if not content.startswith(b"\x1f\x8b"):
        return content
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflate.decompress(content, max_bytes)
    except zlib.error:
        return b""
    return out


def parse_listing(content: bytes, url: str, kind: Kind | None = None) -> Listing:
    """The entries of a feed, sitemap or page, whichever `content` is."""
    content = gunzip(content)
    kind = kind or kind_of(content, url)
    if kind == "feed":
        return parse_feed(content, url)
    if kind == "sitemap":
        return parse_sitemap(content, url)
    return parse_page(content, url)


def site_of(host: str, domains: Sequence[str]) -> bool:
    """`host` is one of `domains` or a subdomain of one."""
    host = host.lower()
    return any(host == d or host.endswith("." + d) for d in domains)


def domain_of(url: str) -> str:
    """The registered domain of `url`'s host (courlan), else the host itself (an IP
    address, a test name)."""
    from courlan import extract_domain

    host = (urlsplit(url).hostname or "").lower()
    found = extract_domain(url, fast=True)
    return found.lower() if found and host.endswith(found.lower()) else host


def is_article(url: str, patterns: Iterable[re.Pattern[str]],
               skip: Iterable[re.Pattern[str]]) -> bool:
    """`url` looks like an article page: it matches a pattern and no skip pattern."""
    return (not any(p.search(url) for p in skip)) and any(p.search(url) for p in patterns)
