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
