"""Discovery and site rules as pure functions: feeds, sitemaps, pages, profiles, pages of
multi-page articles, durations."""

from __future__ import annotations

import pytest

from warta.errors import ConfigError
from warta.lang.schema import SitePages
from warta.sources.crawl.discover import kind_of, normalise, parse_feed, parse_listing
from warta.sources.crawl.sites import all_pages_url, next_page, resolve, sites
from warta.sources.crawl.watch import parse_every

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Satu</title><link>https://news.example.id/read/1?utm_source=rss</link>
<pubDate>Mon, 30 Nov 2026 08:00:00 +0700</pubDate></item>
<item><title>Dua</title><link>/read/2</link></item></channel></rss>"""

SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://www.kompas.com/read/2026/11/30/1/a</loc><lastmod>2026-11-30</lastmod></url>
<url><loc>https://www.kompas.com/read/2026/11/30/2/b</loc>
 <news:news><news:publication_date>2026-11-30T10:00:00+07:00</news:publication_date></news:news>
</url></urlset>"""

INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://www.kompas.com/sitemap-2026-10.xml</loc><lastmod>2026-10-31</lastmod>
</sitemap><sitemap><loc>https://www.kompas.com/sitemap-2026-11.xml</loc>
<lastmod>2026-11-30</lastmod></sitemap></sitemapindex>"""


def test_feed_entries_with_dates_and_absolute_links() -> None:
    listing = parse_feed(RSS, "https://news.example.id/rss")
    assert [e.url for e in listing.entries] == ["https://news.example.id/read/1?utm_source=rss",
                                                "https://news.example.id/read/2"]
    assert listing.entries[0].updated == "2026-11-30T01:00:00+00:00"  # in UTC
    assert listing.entries[0].title == "Satu"
    assert kind_of(RSS, "https://news.example.id/rss") == "feed"


def test_sitemap_locations_dates_and_child_sitemaps() -> None:
    assert kind_of(SITEMAP, "https://www.kompas.com/x") == "sitemap"
    listing = parse_listing(SITEMAP, "https://www.kompas.com/sitemap.xml")
    assert {e.url: e.updated for e in listing.entries} == {
        "https://www.kompas.com/read/2026/11/30/1/a": "2026-11-30T00:00:00+00:00",
        "https://www.kompas.com/read/2026/11/30/2/b": "2026-11-30T03:00:00+00:00"}
    index = parse_listing(INDEX, "https://www.kompas.com/sitemap.xml")
    assert index.lists == ("https://www.kompas.com/sitemap-2026-11.xml",  # newest first
                           "https://www.kompas.com/sitemap-2026-10.xml")


def test_section_page_links_and_feeds() -> None:
    html = (b'<html><head><link rel="alternate" type="application/rss+xml" '
            b'href="/rss"></head><body><a href="/read/2026/11/30/123/judul-berita-panjang">'
            b'x</a><a href="https://other.example/x">o</a></body></html>')
    listing = parse_listing(html, "https://news.example.id/indeks")
    assert [e.url for e in listing.entries] == [
        "https://news.example.id/read/2026/11/30/123/judul-berita-panjang"]
    assert listing.lists == ("https://news.example.id/rss",)


def test_normalise_drops_tracking_and_fragment() -> None:
    assert normalise("HTTPS://News.Example.id/read/1?utm_source=rss#top") == \
        "https://news.example.id/read/1"
    assert normalise("mailto:redaksi@example.id") is None


def test_every_profile_resolves_with_feeds_and_domains() -> None:
    names = set(sites().sites)
    assert {"kompas", "detik", "suara", "tempo", "antara", "cnnindonesia", "liputan6",
            "tribunnews", "okezone", "republika", "kumparan", "viva",
            "cnbcindonesia"} <= names
    for name in names:
        plan = resolve(name)
        assert plan.lists and plan.domains and plan.site
        assert all(plan.owns(u) for u in plan.lists), name
        assert "not checked from here" in sites().sites[name].origin


def test_a_url_on_a_profiled_site_takes_its_rules() -> None:
    plan = resolve("https://www.kompas.com/")
    assert plan.site == "Kompas.com" and plan.root
    assert plan.owns("https://nasional.kompas.com/read/2026/11/30/1/a")
    assert not plan.owns("https://kompas.com.evil.example/read/1")
    assert any(p.search("https://nasional.kompas.com/read/2026/11/30/10/judul")
               for p in plan.articles)


def test_unknown_profile_lists_the_valid_ones() -> None:
    with pytest.raises(ConfigError, match="kompas"):
        resolve("kompass")


def test_pages_follow_only_linked_templates() -> None:
    pages = SitePages(all=None, next=("{url}?page={n}", "{url}/{n}"))
    url = "https://news.example.id/read/1/judul"
    assert next_page(url + "?utm=x", {url + "?page=2"}, pages, 2) == url + "?page=2"
    assert next_page(url, {url + "/2"}, pages, 2) == url + "/2"
    assert next_page(url, {url + "?page=3"}, pages, 2) is None  # never guessed
    assert all_pages_url(url, resolve("kompas").pages) == url + "?page=all"
    assert all_pages_url(url, pages) is None


@pytest.mark.parametrize(("text", "seconds"), [("10m", 600), ("90s", 90), ("1.5h", 5400),
                                               ("30", 30)])
def test_every(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "0m", "10 minutes", "-5s"])
def test_bad_every(text: str) -> None:
    with pytest.raises(ConfigError, match="--every"):
        parse_every(text)


def test_watch_goes_on_after_a_failed_pass() -> None:
    from warta.sources.crawl.crawler import PassSummary
    from warta.sources.crawl.watch import watch
    from warta.store import StoreBusy

    class Flaky:
        calls = 0

        def run_pass(self, sources: list[str]) -> PassSummary:
            self.calls += 1
            if self.calls == 1:
                raise StoreBusy("store locked by another writer")
            return PassSummary(number=self.calls)

    flaky = Flaky()
    assert watch(flaky, ["kompas"], every=0.01, passes=2) == 2  # type: ignore[arg-type]
    assert flaky.calls == 3


def test_gzipped_sitemap_is_read() -> None:
    import gzip

    listing = parse_listing(gzip.compress(SITEMAP), "https://www.kompas.com/sitemap.xml.gz")
    assert len(listing.entries) == 2


def test_summary_names_each_host_when_there_are_several() -> None:
    from warta.sources.crawl.crawler import PassSummary

    s = PassSummary(fetched=3, stored=1)
    s.host("https://www.kompas.com/read/1", fetched=2, stored=1)
    s.host("https://news.detik.com/berita/d-1/x", fetched=1, errors=1)
    s.errors["http_500"] += 1
    s.examples["http_500"] = "https://news.detik.com/berita/d-1/x answered HTTP 500"
    text = "\n".join(s.lines())
    assert "www.kompas.com: fetched 2, stored 1" in text
    assert "news.detik.com: fetched 1, errors 1" in text
    assert "1 fetch error(s) (http_500)" in text and "retried next pass" in text
