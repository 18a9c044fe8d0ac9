from pathlib import Path

import pytest

import warta
from warta.errors import BinaryInput, ConfigError, EmptyInput, MissingInput, Reject

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "banjir-semarang.txt"


def test_bundled_example() -> None:
    a = warta.analyze_file(EXAMPLE, published="2025-11-18")
    assert a.source == "Kompas.com"
    assert a.related == ("Jalan Tol Semarang-Demak Ditutup Sementara Akibat Genangan",
                         "BMKG: Waspada Hujan Lebat di Pantura Jawa Hingga Akhir Pekan")
    assert "Baca" not in a.text and "ADVERTISEMENT" not in a.text
    assert not a.text.startswith("SEMARANG")
    assert a.lang == "id" and a.published is not None
    assert len(a.text.split("\n")) == 8
    assert [r.name for r in a.provenance][:3] == ["clean", "langid", "segment"]


def test_analyze_html_string() -> None:
    html = ("<html><head><title>Uji</title></head><body><article>" + "".join(
        f"<p>Paragraf {i}: pemerintah mengatakan bahwa harga beras akan turun bulan depan "
        "karena panen raya sudah dimulai di banyak daerah.</p>" for i in range(4))
        + "</article></body></html>")
    a = warta.analyze(html, url="https://contoh.id/berita/1")
    assert a.text.startswith("Paragraf 0") and a.url == "https://contoh.id/berita/1"
    assert a.provenance[0].name == "extract"


def test_errors() -> None:
    with pytest.raises(EmptyInput):
        warta.analyze("   ")
    with pytest.raises(Reject, match="not Indonesian"):
        warta.analyze("This is plainly an English sentence about the weather in London today.")
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        warta.analyze("Harga naik.", published="18 November")
    with pytest.raises(MissingInput):
        warta.analyze_file("/nonexistent/berita.txt")


def test_binary_file(tmp_path: Path) -> None:
    f = tmp_path / "x.bin"
    f.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(BinaryInput):
        warta.analyze_file(f)
