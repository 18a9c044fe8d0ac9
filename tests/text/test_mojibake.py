import sys
import types

import pytest

from warta.text.mojibake import fix_mojibake, has_mojibake_sign


def _mojibake(text: str, codec: str = "latin-1") -> str:
    """`text` as a page whose UTF-8 was decoded with `codec` shows it (a browser keeps the
    five bytes cp1252 leaves undefined as C1 controls)."""
    return "".join(bytes([b]).decode(codec, "ignore") or chr(b) for b in text.encode("utf-8"))


@pytest.mark.parametrize("good", [
    "royalti 1–2% dan 30–50 jenis mineral",  # en dash
    "pemilu paruh waktu—pemilu yang digelar di tengah masa jabatan",  # em dash
    "sekitar €3.100 (Rp58 juta) per bulan",  # euro
    "“Kita mampu menjaga inflasi,” kata Presiden.",  # curly quotation marks
    "suhu 23°C, lahan 2.567 m², Nims Café, António Guterres",  # Latin-1 letters and signs
    "tiga orạng tiap kecamatan",  # a lead byte other than Ã/â ("áº¡")
])
@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_utf8_read_as_latin1_or_cp1252_is_repaired(good: str, codec: str) -> None:
    bad = _mojibake(good, codec)
    assert bad != good and has_mojibake_sign(bad)
    assert fix_mojibake(bad) == good


def test_c1_quotation_marks_of_cp1252_are_repaired() -> None:
    # cp1252 bytes decoded as Latin-1: the quotation marks become C1 controls
    bad = "“Saya tidak tahu,” ujarnya.".encode("cp1252").decode("latin-1")
    assert fix_mojibake(bad) == "“Saya tidak tahu,” ujarnya."


@pytest.mark.parametrize("text", [
    "Gubernur makan pâté di São Paulo dan Ântara, lalu ke Château Margaux.",
    "Harga naik 1–2% — kata “menteri” — pada 2025; suhu 23°C.",
    "Presiden Prabowo Subianto menegaskan pentingnya pengendalian inflasi.",
])
def test_clean_text_and_legit_letters_are_untouched(text: str) -> None:
    assert not has_mojibake_sign(text)
    assert fix_mojibake(text) is text


def test_a_sign_without_mojibake_is_left_to_ftfy_and_kept() -> None:
    text = "Ia makan di “Café” Ântara, lalu pulang."
    assert has_mojibake_sign(text)  # "é”": a Latin-1 letter before a cp1252 character
    assert fix_mojibake(text) == text


def test_a_text_without_a_sign_is_not_passed_to_ftfy(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    stub = types.ModuleType("ftfy")
    stub.fix_encoding = lambda t: calls.append(t) or t  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ftfy", stub)
    fix_mojibake("Pâté dan São Paulo, 1–2% “kata” dia.")
    assert calls == []
    fix_mojibake("1â\x80\x932%")
    assert calls == ["1â\x80\x932%"]
