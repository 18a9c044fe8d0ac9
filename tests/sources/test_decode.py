import pytest

from warta.errors import BinaryInput, EmptyInput, UndecodableInput
from warta.sources.decode import decode_bytes, looks_like_html


def test_utf8_and_bom() -> None:
    assert decode_bytes("Jakarta – kota".encode()).encoding == "utf-8"
    assert decode_bytes(b"\xef\xbb\xbfHalo").text == "Halo"


def test_cp1252_fallback_is_reported() -> None:
    d = decode_bytes("“Kami siap,” ujar Kim – café".encode("cp1252"))
    assert d.encoding == "cp1252"
    assert d.text.startswith("“Kami")


def test_empty_binary_undecodable() -> None:
    with pytest.raises(EmptyInput):
        decode_bytes(b"  \n\t ")
    with pytest.raises(BinaryInput):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(UndecodableInput) as e:
        decode_bytes(b"teks \x81\x8d\x8f\x90\x9d rusak")
    assert "UTF-8" in str(e.value) and "cp1252" in str(e.value)


def test_html_detection() -> None:
    assert looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert looks_like_html("<div><p>satu</p><p>dua</p><p>tiga</p></div>")
    assert not looks_like_html("Harga naik, kata dia <sic> kemarin.")
