import pytest

from warta.errors import Reject
from warta.sources.html import clean_title, extract_html

PAGE = """<!DOCTYPE html><html><head><title>Banjir Rendam Semarang - Kompas.com</title>
<meta property="og:site_name" content="Kompas.com">
<meta property="article:published_time" content="2025-11-18T09:00:00+07:00"></head>
<body><nav><a href="/">Beranda</a> <a href="/news">News</a></nav>
<article><h1>Banjir Rendam Semarang</h1>
<p>SEMARANG, KOMPAS.com - Banjir merendam ribuan rumah warga di Kota Semarang pada Selasa
setelah hujan deras mengguyur sejak Senin malam.</p>
<p>Baca juga: Tol Semarang-Demak Ditutup</p>
<p>Menurut BPBD, lebih dari 12.000 warga terdampak dan sekitar 1.500 orang mengungsi ke
posko-posko yang disiapkan pemerintah kota.</p>
<p>“Kami sudah mengirim 40 perahu karet,” ujar Kepala BPBD kepada wartawan di lokasi.</p>
</article><footer>Copyright Kompas.com</footer></body></html>"""


def test_extract_body_and_metadata() -> None:
    ex = extract_html(PAGE)
    assert "ribuan rumah warga" in ex.text and "40 perahu karet" in ex.text
    assert "Beranda" not in ex.text
    assert ex.title == "Banjir Rendam Semarang"
    assert ex.published is not None and ex.published.date().isoformat() == "2025-11-18"


def test_page_without_article_is_rejected() -> None:
    with pytest.raises(Reject) as e:
        extract_html("<html><body><nav><a href='/'>Beranda</a></nav></body></html>")
    assert e.value.reason == "no_article" and e.value.exit_code == 7


def test_clean_title() -> None:
    assert clean_title("Samsul Arif Tak Beban - Kompas.com") == "Samsul Arif Tak Beban"
    assert clean_title("KPK Periksa Pejabat | Republika Online") == "KPK Periksa Pejabat"
    assert clean_title("KapanLagi.com: Brandon Salim Makin Dekat") == "Brandon Salim Makin Dekat"
    assert clean_title("AS - Rusia Sepakat") == "AS - Rusia Sepakat"


LOOSE = """<html><head><title>Merek Baru Serbu Indonesia</title>
<meta property="og:site_name" content="https://www.facebook.com/Otomotif.Kompascom"></head>
<body><div class="read"><br /><strong>Jakarta, KompasOtomotif</strong> &ndash; Tahun depan, dua
produsen otomotif asal China mulai meramaikan industri otomotif Indonesia dengan pabrik baru
di Jawa Barat.<br /><br />Menanggapi kondisi itu, Ketua Umum Gaikindo mengatakan semakin
banyak merek baru yang masuk semakin bagus bagi konsumen di dalam negeri.
<p>&ldquo;Masyarakat menjadi punya banyak pilihan dalam membeli mobil,&rdquo; ungkap Nangoi
saat berbincang dengan wartawan usai rapat umum anggota Gaikindo di Jakarta.</p>
<p>Menurut Nangoi, produsen otomotif baru yang mendirikan pabrik di Indonesia itu sangat
bagus karena bisa menyerap tenaga kerja lokal dalam jumlah besar.</p></div></body></html>"""


def test_loose_lead_text_beside_paragraphs_is_kept() -> None:
    # Issue 15: a Kompas page set its lead off with <br>s, not a <p>, and lost it.
    ex = extract_html(LOOSE, url="http://otomotif.kompas.com/read/1")
    lines = ex.text.split("\n")
    assert lines[0].startswith("Jakarta, KompasOtomotif – Tahun depan"), lines[0]
    assert lines[1].startswith("Menanggapi kondisi itu"), lines[1]
    assert ex.sitename is None  # a share link is no site name


def test_wrap_loose_text_leaves_plain_containers() -> None:
    from lxml.html import fromstring, tostring

    from warta.sources.html import wrap_loose_text

    html = "<div><p>Satu paragraf.</p><span>label</span><p>Dua.</p></div>"
    root = fromstring(html)
    assert wrap_loose_text(root) == 0
    assert tostring(root, encoding="unicode") == html


def test_trim_page_drops_furniture_and_repeated_headline() -> None:
    from warta.sources.html import trim_page

    text = ("Kamis, 05/11/2015 09:25 WIB\n- Rabu, 04/11/2015 23:45 WIB\nFotoBisnis\n"
            "Google Umbar Kelemahan Galaxy\nGalaxy S6 Edge adalah ponsel jagoan Samsung.\n"
            "Subjudul\nGoogle menemukan 11 celah keamanan.\nFotografer: Grandyos\n"
            "Load More...\n-\n01\nMustRead\nclose")
    # The date lines open the body, so they go with the edge; `clean` drops them anywhere.
    assert trim_page(text, "Google Umbar Kelemahan Galaxy") == (
        "Galaxy S6 Edge adalah ponsel jagoan Samsung.\nSubjudul\n"
        "Google menemukan 11 celah keamanan.")


DIVS = """<html><head><title>Pianis Cilik Memukau</title></head><body><article>
<span itemprop="articleBody"><strong>VIVA.co.id</strong> - Pianis cilik Indonesia boleh saja
gagal meraih piala tahun ini, namun ia sukses memukau seluruh hadirin di gedung konser.
<div><br /></div>
<div>Setelah tampil di upacara pembukaan, remaja berusia 12 tahun ini mendapat kesempatan
tampil di atas panggung utama dan memperlihatkan kemahirannya memainkan musik jazz.</div>
<div>Menutup penampilannya, presiden akademi musik itu tak sungkan memuji sang pianis di
depan ribuan undangan yang hadir malam itu di Los Angeles.</div>
<blockquote class="twitter-tweet"><p lang="en">A standing ovation for the young pianist!
<a href="https://twitter.com/hashtag/Music">#Music</a></p>&mdash; The Academy (@Academy)
<a href="https://twitter.com/Academy/status/1">February 16, 2016</a></blockquote>
<script src="//platform.twitter.com/widgets.js"></script></span></article></body></html>"""


def test_lead_before_div_paragraphs_kept_and_embedded_tweet_dropped() -> None:
    # Issue 15: a VIVA page (lead straight in the container, paragraphs in <div>s) kept
    # the tweet embedded under it; the real page, which also lost its lead, is in
    # tests/golden/pages.toml.
    ex = extract_html(DIVS, url="http://life.viva.co.id/read/1")
    assert ex.text.startswith("VIVA.co.id - Pianis cilik Indonesia"), ex.text[:80]
    assert "Menutup penampilannya" in ex.text
    assert "standing ovation" not in ex.text and "@Academy" not in ex.text


def test_drop_embeds_keeps_the_text_after_the_post() -> None:
    from lxml.html import fromstring

    from warta.sources.html import drop_embeds

    root = fromstring('<div><p>Isi.</p><blockquote class="instagram-media x">pos</blockquote>'
                      'sesudah<blockquote>kutipan</blockquote></div>')
    assert drop_embeds(root) == 1
    assert root.text_content() == "Isi.sesudahkutipan"
