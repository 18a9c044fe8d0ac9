from __future__ import annotations

import pytest

from warta.store.terms import Term, highlight_spans, parse_plain, snippet_for
from warta.text.stem import stem_text, stems


@pytest.mark.parametrize("word, stem", [
    ("kebanjiran", "banjir"), ("dibanjiri", "banjir"), ("membanjiri", "banjir"),
    ("banjirnya", "banjir"), ("makanan", "makan"), ("dimakan", "makan"),
    ("diperbaiki", "baik"), ("memperbaiki", "baik"), ("keberhasilan", "hasil"),
    ("melihat", "lihat"), ("bertanya", "tanya"), ("menggunakan", "guna"),
    ("mengirim", "kirim"), ("meninggal", "tinggal"), ("menyakiti", "sakit"),
])
def test_affixed_words_share_the_root(word: str, stem: str) -> None:
    assert stem in stems(word)


@pytest.mark.parametrize("word", ["berita", "jalan", "pagi", "menteri", "sekolah", "dinas",
                                  "banjir", "media"])
def test_short_or_prefix_like_words_keep_their_form(word: str) -> None:
    assert stems(word) == (word,)


def test_stem_text_folds_and_keeps_every_reading() -> None:
    assert stem_text("Kebanjiran, MENGIRIM!") == "banjir irim kirim"


def test_plain_syntax() -> None:
    assert parse_plain('banjir "hujan deras" banj* -korea covid-19') == [
        Term("word", ("banjir",)), Term("phrase", ("hujan", "deras")),
        Term("prefix", ("banj",)), Term("word", ("korea",), negate=True),
        Term("phrase", ("covid", "19"))]
    for advanced in ("title:banjir", "a OR b", "(a b)", "b*j", "x^2"):
        assert parse_plain(advanced) is None, advanced


def test_highlights_find_affixed_forms_and_phrases() -> None:
    text = "Jakarta kebanjiran lagi. Hujan deras membuat warga dibanjiri air."
    terms = parse_plain('banjir "hujan deras"')
    assert terms is not None
    assert [text[s:e] for s, e in highlight_spans(text, terms)] == [
        "kebanjiran", "Hujan deras", "dibanjiri"]
    fragment, marks = snippet_for("x " * 300 + text, terms, size=80)
    assert "kebanjiran" in fragment and len(fragment) <= 80
    assert [fragment[s:e] for s, e in marks][0] == "kebanjiran"
