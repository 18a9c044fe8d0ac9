from warta.record import Article
from warta.stages.clean import CleanStage
from warta.text.outlets import host_of, outlet_of_url, usable_sitename


def test_outlet_of_url_matches_host_or_parent_domain() -> None:
    assert outlet_of_url("https://news.detik.com/berita/d-8171947/x") == "Detik"
    assert outlet_of_url("http://detik.com/a") == "Detik"
    assert outlet_of_url("https://m.kompas.com/read/1") == "Kompas.com"
    assert outlet_of_url("https://WWW.Kompas.COM./read/1") == "Kompas.com"
    assert outlet_of_url("https://notdetik.com/a") is None
    assert outlet_of_url("https://example.org/a") is None
    assert outlet_of_url(None) is None and outlet_of_url("http://[bad") is None
    assert host_of("news.detik.com/x") == "news.detik.com"


def test_share_links_are_no_site_name() -> None:
    assert usable_sitename("https://www.facebook.com/Bola.Kompascom") is None
    assert usable_sitename("www.facebook.com/kompas") is None
    assert usable_sitename("@detikcom") is None
    assert usable_sitename("  ") is None
    assert usable_sitename("KapanLagi.com") == "KapanLagi.com"
    assert usable_sitename("Republika Online") == "Republika Online"


def test_clean_takes_source_from_host_only_when_nothing_names_it() -> None:
    url = "https://news.detik.com/berita/d-1/x"
    stage = CleanStage()
    no_dateline = stage(Article(id="a", text="Jakarta - Presiden tiba di Bali.", url=url))
    assert no_dateline.source == "Detik"
    dateline = stage(Article(id="a", text="JAKARTA, KOMPAS.com - Presiden tiba.", url=url))
    assert dateline.source == "Kompas.com"
    given = stage(Article(id="a", text="Presiden tiba.", url=url, source="detik.com"))
    assert given.source == "detik.com"
    assert stage(Article(id="a", text="Presiden tiba.")).source is None
