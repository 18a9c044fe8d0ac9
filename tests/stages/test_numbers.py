from __future__ import annotations

import re
from datetime import datetime

import pytest

from warta.analysis import analyze
from warta.errors import ConfigError
from warta.pipeline import Pipeline
from warta.record import Article, Count, Entity, Span, TimeExpr
from warta.stages import numbers
from warta.stages.entities import EntityStage
from warta.stages.numbers import NumberStage, find_numbers, parse_digits, parse_number_words
from warta.stages.segment import SegmentStage, split_sentences
from warta.stages.timex import TimexStage


def _nums(text: str, entities: tuple[Entity, ...] = ()) -> list[Count]:
    return find_numbers(Article(id="t", text=text, sentences=tuple(split_sentences(text)),
                                entities=entities))


def _one(text: str) -> Count:
    got = _nums(text)
    assert len(got) == 1, [c.span.of(text) for c in got]
    return got[0]


@pytest.mark.parametrize("s, value", [
    ("10.000", 10000), ("1,5", 1.5), ("2.500.000", 2500000), ("2.500.000,75", 2500000.75),
    ("4,57", 4.57), ("150", 150), ("2.5", 2.5), ("0,3", 0.3),
])


def test_parse_digits(s: str, value: float) -> None:
    assert parse_digits(s) == pytest.approx(value)


@pytest.mark.parametrize("words, value, used", [
    ("sepuluh ribu", 10000, 2), ("dua belas", 12, 2), ("setengah", 0.5, 1),
    ("seratus", 100, 1), ("sebelas", 11, 1), ("dua ratus lima puluh ribu", 250000, 5),
    ("tiga juta dua ratus ribu", 3200000, 5), ("setengah juta", 500000, 2),
    ("seribu dua ratus", 1200, 3), ("lima puluh tujuh", 57, 3), ("sembilan belas", 19, 2),
    ("dua puluh satu orang", 21, 3), ("empat miliar", 4e9, 2), ("Tiga", 3, 1),
    ("seratus dua puluh lima ribu", 125000, 5),
])


def test_parse_number_words(words: str, value: float, used: int) -> None:
    got = parse_number_words(words.split())
    assert got is not None
    assert got[0] == pytest.approx(value) and got[1] == used


@pytest.mark.parametrize("words", ["ribu", "orang banyak", "", "belas"])
def test_parse_number_words_refuses_non_numbers(words: str) -> None:
    assert parse_number_words(words.split()) is None


@pytest.mark.parametrize("text, surface, value, qualifier, thing", [
    ("Lebih dari 10.000 tentara Korea Utara telah dikirim ke Rusia.",
     "Lebih dari 10.000", 10000, "lebih dari", "tentara Korea Utara"),
    ("Sekitar 2.500.000 penduduk terdampak banjir.", "Sekitar 2.500.000", 2500000,
     "sekitar", "penduduk"),
    ("Setidaknya 15 rumah warga rusak berat.", "Setidaknya 15", 15, "setidaknya",
     "rumah warga"),
    ("Sedikitnya dua belas pendaki hilang di gunung.", "Sedikitnya dua belas", 12,
     "sedikitnya", "pendaki"),
    ("Hampir setengah juta pemudik pulang kampung.", "Hampir setengah juta", 500000,
     "hampir", "pemudik"),
    ("Jumlahnya mencapai sepuluh ribu peserta.", "mencapai sepuluh ribu", 10000, "mencapai",
     "peserta"),
    ("Kurang dari 300 kendaraan melintas.", "Kurang dari 300", 300, "kurang dari",
     "kendaraan"),
    ("Polisi menyita 1,2 ton sabu di pelabuhan.", "1,2 ton", 1.2, None, "sabu"),
    ("Sebelas siswa lolos seleksi nasional.", "Sebelas", 11, None, "siswa"),
    ("Sebanyak 57 kapal nelayan ditahan.", "Sebanyak 57", 57, "sebanyak", "kapal nelayan"),
])


def test_amount_qualifier_and_thing(text: str, surface: str, value: float,
                                    qualifier: str | None, thing: str) -> None:
    c = _one(text)
    assert c.span.of(text) == surface
    assert c.value == pytest.approx(value)
    assert c.qualifier == qualifier
    assert c.thing == thing
    assert c.thing_span is not None and c.thing_span.of(text) == thing


def test_qualifier_bounds() -> None:
    assert _one("Lebih dari 100 orang hadir.").low == 100
    c = _one("Kurang dari 300 kendaraan melintas.")
    assert c.high == 300 and c.low is None
    c = _one("Sekitar 40 warga mengungsi.")
    assert c.low is None and c.high is None


@pytest.mark.parametrize("text, low, high, thing", [
    ("Ribuan warga mengungsi ke tenda darurat.", 1000, 9999, "warga"),
    ("Puluhan mahasiswa berunjuk rasa.", 10, 99, "mahasiswa"),
    ("Ratusan rumah terendam banjir.", 100, 999, "rumah"),
    ("Belasan kios terbakar semalam.", 11, 19, "kios"),
    ("Jutaan pemilih akan datang.", 1_000_000, 9_999_999, "pemilih"),
    ("Puluhan ribu buruh mogok kerja.", 10_000, 99_999, "buruh"),
])


def test_vague_amounts(text: str, low: float, high: float, thing: str) -> None:
    c = _one(text)
    assert c.value is None and c.low == low and c.high == high and c.thing == thing


@pytest.mark.parametrize("text, surface, value, currency", [
    ("Pemerintah mengucurkan Rp1,5 triliun untuk bansos.", "Rp1,5 triliun", 1.5e12, "IDR"),
    ("Harganya Rp 500 ribu per bulan.", "Rp 500 ribu", 500_000, "IDR"),
    ("Butuh lebih dari Rp 10,3 kuadriliun.", "lebih dari Rp 10,3 kuadriliun", 1.03e16, "IDR"),
    ("Harganya Rp. 25.000 saja.", "Rp. 25.000", 25_000, "IDR"),
    ("Investasi US$ 3 juta masuk.", "US$ 3 juta", 3e6, "USD"),
    ("Bantuan senilai 3 juta dolar AS dikirim.", "senilai 3 juta dolar AS", 3e6, "USD"),
    ("Kontraknya USD 20 juta.", "USD 20 juta", 2e7, "USD"),
    ("Denda 5.000 euro dijatuhkan.", "5.000 euro", 5000, "EUR"),
    ("Anggaran Rp 5 M disetujui.", "Rp 5 M", 5e9, "IDR"),
    ("Utangnya 2 T rupiah.", "2 T rupiah", 2e12, "IDR"),
    ("Gajinya 10 jt rupiah.", "10 jt rupiah", 1e7, "IDR"),
    ("Kerugian mencapai 1,3 miliar rupiah.", "mencapai 1,3 miliar rupiah", 1.3e9, "IDR"),
    ("Tiket dijual €150 per orang.", "€150", 150, "EUR"),
    ("Ekspor senilai 2 miliar yuan tercatat.", "senilai 2 miliar yuan", 2e9, "CNY"),
])


def test_money(text: str, surface: str, value: float, currency: str) -> None:
    c = _one(text)
    assert c.span.of(text) == surface
    assert c.value == pytest.approx(value) and c.currency == currency and c.unit is None


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Inflasi tercatat 2,5% pada Oktober.", "2,5%", 2.5, "persen"),
    ("Ekonomi tumbuh 5,2 persen.", "5,2 persen", 5.2, "persen"),
    ("Jalan sepanjang 12 km rusak.", "12 km", 12, "km"),
    ("Lahan 300 hektare terbakar.", "300 hektare", 300, "ha"),
    ("Tiga orang tewas dalam kecelakaan itu.", "Tiga orang", 3, "orang"),
    ("Sebanyak 20 ekor sapi mati.", "Sebanyak 20 ekor", 20, "ekor"),
])


def test_units(text: str, surface: str, value: float, unit: str) -> None:
    c = _one(text)
    assert c.span.of(text) == surface and c.value == pytest.approx(value) and c.unit == unit


@pytest.mark.parametrize("text", [
    "Peristiwa itu terjadi pada tahun 2024 di Jakarta.",
    "Kecelakaan terjadi Senin (19/11/2024) di tol.",
    "Rapat dimulai pukul 10.30 WIB.",
    "Ia lahir pada 17 Agustus di Bandung.",
    "Wabah Covid-19 belum berakhir.",
    "Pasal 5 UU No. 12 mengaturnya.",
    "Ia menjabat selama 3 tahun.",
    "Perang berlangsung puluhan tahun.",
    "Ia menjadi juara ke-3 nasional.",
    "Sidang digelar Rabu ( 3 / 8 / 2020 ) di Ambon.",
    "Pertemuan G20 berlangsung di Bali.",
    "Jaringan 5G diluncurkan.",
    "Salah satu warga melapor.",
    "Sejak 2019, harga naik.",
    "Pada Desember 2024, ia pensiun.",
    "Asumsi APBN 2025 yaitu harga minyak naik.",
    "Amanat UUD 1945 yang berlaku.",
    "Ia menjabat 2024 hingga Februari.",
    "Hubungi WhatsApp 0822-4040-6600 untuk info.",
    "Uang emisi tahun 1979,1980 ditarik.",
    "Versi 6.0.1 dirilis.",
    "Sidang pada 19-11-2024 ditunda.",
    "Juventus mengalahkan Porto 2 - 1 di kandang.",
    "Juventus menang 3-1.",
    "Proyek Formula 1 Alfa Romeo dimulai ulang.",
    "Ponsel itu memakai Snapdragon 653 buatan Qualcomm.",
    "Indonesia terhenti di Ronde 4 kualifikasi.",
    "Bantuan menyasar keluarga di desil 1 hingga 4.",  # num25: a rank, no amount
    "Kantor itu menempati lantai 1 hingga 4.",  # num25: a range's end is an identifier too
    "Kadar itu lebih tinggi dari masa sebelum 1750.",  # num25: a year before 1900
    "Penerimanya berada di desil 1, 2, 3, dan 4.",  # num25: a long list of ranks
    "Kota itu berdiri sejak 1850.",
])


def test_time_expressions_and_identifiers_are_not_counts(text: str) -> None:
    assert _nums(text) == []


def test_hyphen_range_gives_bounds() -> None:
    c = _one("Sebanyak 10-20 orang terluka.")
    assert c.value is None and c.low == 10 and c.high == 20 and c.unit == "orang"


def test_spaced_range_and_units_after_it() -> None:
    c = _one("Ia meminta 3 - 4 kali kepada Paspampres.")
    assert (c.low, c.high, c.unit) == (3, 4, "kali")


def test_year_like_number_with_qualifier_is_a_count() -> None:
    c = _one("Sebanyak 2000 peserta hadir.")
    assert c.value == 2000 and c.thing == "peserta"


def test_several_numbers_in_one_sentence() -> None:
    text = "Sebanyak 120 warga dan 35 relawan membagikan 2.000 paket sembako senilai Rp 50 juta."
    got = [(c.span.of(text), c.value, c.thing, c.currency) for c in _nums(text)]
    assert got == [
        ("Sebanyak 120", 120, "warga", None),
        ("35", 35, "relawan", None),
        ("2.000 paket", 2000, "sembako", None),
        ("senilai Rp 50 juta", 5e7, "paket sembako", "IDR"),
    ]


def test_related_entities_from_linker_and_thing() -> None:
    text = "Lebih dari 10.000 tentara Korea Utara telah dikirim ke Rusia untuk berperang."
    ents = tuple(
        Entity(id=eid, kind="PLACE", name=name, country=cc,
               mentions=tuple(Span(start=m.start(), end=m.end())
                              for m in re.finditer(name, text)))
        for eid, name, cc in (("loc:kp", "Korea Utara", "KP"), ("loc:ru", "Rusia", "RU")))
    (c,) = _nums(text, ents)
    assert c.related == ("loc:kp", "loc:ru")


def test_related_stops_at_next_number_and_skips_unlinked() -> None:
    text = "Rusia mengirim 100 tank dan 30 pesawat ke Suriah."
    ents = tuple(
        Entity(id=eid, kind="PLACE", name=name,
               mentions=tuple(Span(start=m.start(), end=m.end())
                              for m in re.finditer(name, text)))
        for eid, name in (("loc:ru", "Rusia"), ("loc:sy", "Suriah")))
    got = _nums(text, ents)
    assert [c.related for c in got] == [(), ("loc:sy",)]


def test_stage_contract_and_pipeline() -> None:
    st = NumberStage()
    assert st.name == "numbers"
    assert st.requires == frozenset({"text", "sentences", "entities", "times", "published"})
    assert st.provides == frozenset({"numbers"})
    with pytest.raises(ConfigError, match="numbers.*entities"):
        Pipeline([SegmentStage(), st])  # `related` reads the entities
    art = Pipeline([SegmentStage(), EntityStage(), TimexStage(), st]).run(
        Article(id="t", text="Ada 5 korban. Lalu 7 lagi."))
    assert [c.value for c in art.numbers] == [5, 7]
    assert art.provenance[-1].name == "numbers"


def test_seed_article(seed_text: str) -> None:
    art = analyze(seed_text)
    got = find_numbers(art)
    text = art.text
    surfaces = [c.span.of(text) for c in got]
    assert surfaces == ["ribuan", "lebih dari 10.000"]
    assert got[0].low == 1000 and got[0].high == 9999
    assert got[0].thing == "tentara Korea Utara"
    assert got[1].value == 10000 and got[1].qualifier == "lebih dari"
    assert got[1].thing == "tentara Korea Utara"


@pytest.mark.parametrize("text, surface, low, high, unit, currency, thing", [
    ("Harga cabai naik 20 sampai 30 persen.", "20 sampai 30 persen", 20, 30, "persen", None,
     "Harga cabai"),
    ("Antara 5 hingga 7 rumah roboh.", "Antara 5 hingga 7", 5, 7, None, None, "rumah"),
    ("Antara 5 dan 7 rumah roboh.", "Antara 5 dan 7", 5, 7, None, None, "rumah"),
    ("Sebanyak 10 sampai dengan 12 orang dirawat.", "Sebanyak 10 sampai dengan 12 orang", 10,
     12, "orang", None, None),
    ("Biayanya Rp 10 juta hingga Rp 15 juta.", "Rp 10 juta hingga Rp 15 juta", 1e7, 1.5e7,
     None, "IDR", "Biayanya"),
    ("Dendanya 2 hingga 3 miliar rupiah.", "2 hingga 3 miliar rupiah", 2e9, 3e9, None, "IDR",
     "Dendanya"),
])


def test_ranges_written_with_words(text: str, surface: str, low: float, high: float,
                                   unit: str | None, currency: str | None,
                                   thing: str | None) -> None:
    c = _one(text)
    assert c.span.of(text) == surface
    assert c.value is None and c.low == pytest.approx(low) and c.high == pytest.approx(high)
    assert (c.unit, c.currency, c.thing) == (unit, currency, thing)


@pytest.mark.parametrize("text", [
    "Pameran digelar 5 hingga 7 Desember di Jakarta.",
    "Ia ditahan 3 sampai 5 tahun.",
    "Kebijakan berlaku 2019 hingga 2023.",
])


def test_word_ranges_of_dates_durations_and_years_are_not_counts(text: str) -> None:
    assert _nums(text) == []


def test_dan_without_antara_keeps_two_counts() -> None:
    text = "Sebanyak 5 siswa dan 7 guru hadir."
    assert [c.value for c in _nums(text)] == [5, 7]


def test_related_after_kepada_untuk_and_a_noun_after_the_linker() -> None:
    text = "Uni Eropa memberi 50 juta euro untuk Ukraina dan 2 km tanggul jebol di tepi Citarum."
    ents = tuple(
        Entity(id=eid, kind="PLACE", name=name,
               mentions=tuple(Span(start=m.start(), end=m.end())
                              for m in re.finditer(name, text)))
        for eid, name in (("loc:ua", "Ukraina"), ("loc:cit", "Citarum")))
    got = _nums(text, ents)
    assert [c.related for c in got] == [("loc:ua",), ("loc:cit",)]
    assert got[1].thing == "tanggul"


# ----------------------------------------------------------------------------- measures


def _measured(text: str) -> list[tuple[str, str | None, str | None, bool, str | None]]:
    art = analyze(text, published=datetime(2025, 1, 15))
    return [(c.span.of(art.text), c.thing, c.change, c.change_to, c.period)
            for c in art.numbers]


def _froms(text: str) -> list[bool]:
    """Which amounts are the level a change started from."""
    return [c.change_from for c in analyze(text, published=datetime(2025, 1, 15)).numbers]


@pytest.mark.parametrize("text, want", [
    ("Laba bersih perusahaan naik 5 persen menjadi Rp 20 miliar pada kuartal IV 2024.",
     [("5 persen", "Laba bersih", "up", False, "2024-Q4"),
      ("Rp 20 miliar", "Laba bersih", "up", True, "2024-Q4")]),
    ("Defisit APBN mencapai Rp 300 triliun pada 2024.",
     [("mencapai Rp 300 triliun", "Defisit APBN", None, False, "2024")]),
    ("Pertumbuhan ekonomi kuartal III-2025 diperkirakan 5,1 persen.",
     [("5,1 persen", "Pertumbuhan ekonomi", None, False, "2025-Q3")]),
    # last year is the base of the comparison, not the period the fall is counted over
    ("Pendapatan perseroan turun 3,2% dibanding tahun lalu.",
     [("3,2%", "Pendapatan", "down", False, None)]),
])


def test_money_and_percentages_measure_what_stands_before_them(
        text: str, want: list[tuple[str, str | None, str | None, bool, str | None]]) -> None:
    assert _measured(text) == want


def test_a_head_in_another_clause_is_not_measured() -> None:
    got = _measured("Ekspor naik, sementara 40 persen warga menolak rencana itu.")
    assert got == [("40 persen", "warga", None, False, None)]


def test_counts_keep_the_thing_after_them_and_no_change() -> None:
    assert _measured("Sebanyak 30 ekor sapi mati.") == [
        ("Sebanyak 30 ekor", "sapi", None, False, None)]


@pytest.mark.parametrize("text", [
    "Ia diam seribu bahasa saat ditanya wartawan.",
    "Mereka masuk satu per satu ke ruang sidang.",
    "Fahmi dijerat Pasal 55 ayat ( 1 ) ke - 1 KUHP .",
    "HUT ke - 72 Republik Indonesia digelar di Istana Negara .",
    "Sidang perkara 123/Pid.B/2024/PN Jkt.Sel kembali digelar.",
    "Permohonan pembaruan HGB 26/Gelora ditolak kantor pertanahan.",
])


def test_idioms_legal_references_ordinals_and_case_numbers_are_no_amounts(text: str) -> None:
    assert _nums(text) == []


@pytest.mark.parametrize("text, low, high", [
    ("Nilainya Rp 20-25 miliar.", 20e9, 25e9),
    ("Sebanyak 10-20 ribu orang hadir.", 1e4, 2e4),
    ("Puluhan ribu orang hadir.", 1e4, 99999),  # a class of amounts keeps its span
])


def test_a_magnitude_scales_both_written_bounds_of_a_range(text: str, low: float,
                                                            high: float) -> None:
    c = _one(text)
    assert (c.low, c.high) == (pytest.approx(low), pytest.approx(high))


def test_the_date_of_a_saying_is_no_period() -> None:
    got = _measured('"Inflasi naik 2 persen," kata Budi, Selasa (14/1/2025).')
    assert got == [("2 persen", "Inflasi", "up", False, None)]


def test_a_level_reached_after_a_change_and_its_size() -> None:
    # "tumbuh 2,87%" is the change; "yang mencapai Rp 2.162,5 triliun" the level reached.
    got = _measured("Pendapatan operasional tumbuh 2,87%, yang mencapai Rp 2.162,5 triliun.")
    assert got == [("2,87%", "Pendapatan operasional", "up", False, None),
                   ("mencapai Rp 2.162,5 triliun", "Pendapatan operasional", "up", True, None)]
    # Without a size before it, "naik mencapai" stays the size of the rise.
    assert _measured("Harga cabai naik mencapai 20 persen.") == [
        ("mencapai 20 persen", "Harga cabai", "up", False, None)]


def test_a_change_word_with_nya_is_a_change() -> None:
    assert _measured("Kinerja itu surplus, yaitu kenaikannya 1,87%.") == [
        ("1,87%", "surplus", "up", False, None)]


def test_from_level_to_level_share_their_thing_and_say_the_direction() -> None:
    got = _measured("Alat itu menekan kehilangan hasil panen dari 20-30 persen menjadi 5 persen.")
    assert got == [("20-30 persen", "kehilangan hasil panen", "down", False, None),
                   ("5 persen", "kehilangan hasil panen", "down", True, None)]
    # the starting level is down from (numtime: the level before has its own field)
    assert _froms("Alat itu menekan kehilangan hasil panen dari 20-30 persen menjadi 5 "
                  "persen.") == [True, False]


def test_an_amount_restated_after_atau_counts_the_same_thing() -> None:
    got = _measured("Kebijakan itu mengurangi pegawai Kemenkeu 979 orang atau menyusut 1,26%.")
    assert got[-1] == ("1,26%", "pegawai Kemenkeu", "down", False, None)


def test_a_new_item_after_a_comma_does_not_take_the_head_before_it() -> None:
    got = _measured("Kita surplus Rp 2.162 triliun, ekuitas posisinya adalah Rp 201,1 triliun, "
                    "mengalami penurunan 14,28%.")
    assert [(s, t, c) for s, t, c, _, _ in got] == [
        ("Rp 2.162 triliun", "surplus", None),
        ("Rp 201,1 triliun", "ekuitas posisinya", "down"),  # the level after the fall
        ("14,28%", "ekuitas posisinya", "down")]
    # Items named by a noun that is no head take that noun.
    got = _measured("Harga cabai Rp 50 ribu, bawang merah Rp 30 ribu.")
    assert [(s, t) for s, t, _, _, _ in got] == [("Rp 50 ribu", "Harga cabai"),
                                                 ("Rp 30 ribu", "bawang merah")]


def test_the_period_later_in_the_clause_and_from_the_paragraph() -> None:
    # A named period further on in the same clause.
    got = _measured("Ia diduga menerima suap sebesar Rp 417 juta dari sejumlah caleg DPRD "
                    "Labura dan DPRD Sumut di Pemilu 2024.")
    assert got[0][4] == "2024"
    # The period an earlier sentence of the paragraph names ...
    text = ("Kinerja keuangan Kemenkeu positif selama 2024. Pendapatan operasional tumbuh "
            "2,87%.\nAset tumbuh 43,46%.")
    got = _measured(text)
    assert got[0] == ("2,87%", "Pendapatan operasional", "up", False, "2024")
    # ... but not past the paragraph, nor into a sentence that turns to another time
    # (numtime15: a turn naming no time keeps it, as the judge of detik-959 wanted)
    assert got[1][4] is None
    text = ("Pagu anggaran tahun 2024 ada Rp 71 triliun. Tapi kini Presiden menaikkannya "
            "menjadi Rp 110 triliun.")
    assert _measured(text)[1][4] != "2024"
    # A day further on is mostly when something was said or began, not the period.
    got = _measured("Sebanyak 82,2% responden mengaku puas dengan kinerja pemerintah selama satu "
                    "tahun memimpin sejak 20 Oktober 2024.")
    assert got[0][4] is None


def test_per_an_nouns_are_things_and_yoy_ends_one() -> None:
    # "pertumbuhan" opens like a verb (per-) but is a noun (per-...-an).
    got = _measured("Program ini berdampak terhadap dua persen pertumbuhan ekonomi.")
    assert got == [("dua persen", "pertumbuhan ekonomi", None, False, None)]
    # A periodicity marker after the amount is no thing: the head before it is.
    got = _measured("Pertumbuhan ekonomi dipatok sebesar 5,2-5,8% year on year (yoy).")
    assert got[0][:2] == ("sebesar 5,2-5,8%", "Pertumbuhan ekonomi")


def test_a_head_up_to_fifteen_words_back_and_a_from_level_is_the_level_before() -> None:
    got = _measured("Target pertumbuhan ekonomi dalam RKP tahun 2026 yang dikeluarkan oleh "
                    "Bappenas berada di rentang 5,8 hingga 6,3%.")
    assert got[0][1] == "Target pertumbuhan ekonomi"
    got = _measured("Inflasi meningkat dari 2,31 persen menjadi 2,65 persen.")
    assert got == [("2,31 persen", "Inflasi", "up", False, None),
                   ("2,65 persen", "Inflasi", "up", True, None)]
    assert _froms("Inflasi meningkat dari 2,31 persen menjadi 2,65 persen.") == [True, False]


def test_one_end_of_a_span_of_dates_is_no_period() -> None:
    # the span is (numtime: as an interval), neither of its ends
    got = _measured("Penebalan Juni-Juli 2025 menyalurkan bantuan Rp400 ribu per keluarga.")
    assert got[0][4] == "2025-06/2025-07"
    got = _measured("Bantuan Juli 2025 sebesar Rp400 ribu per keluarga.")
    assert got[0][4] == "2025-07"


def test_an_amount_naming_nothing_measures_what_the_paragraph_last_did() -> None:
    # "lainnya", no answer: an answer would count the respondents named before
    text = ("Sebanyak 83% responden puas dengan kinerja itu. Sementara 14,6% tidak puas.\n"
            "Harga naik Rp 5 ribu. Sementara 2,4% lainnya.")
    got = _measured(text)
    assert [(s, t) for s, t, _, _, _ in got] == [
        ("Sebanyak 83%", "responden"), ("14,6%", "responden"),  # "puas" is the answer
        ("Rp 5 ribu", "Harga"),  # money and percentages keep their own
        ("2,4%", None)]  # not past the paragraph
    assert _measured("Pelaku menjual motor korban seharga Rp 5,7 juta.")[0][1] == "motor korban"


def test_an_amount_followed_by_the_change_that_led_to_it_is_the_level() -> None:
    got = _measured("Ekuitas posisinya adalah Rp 201,1 triliun, mengalami penurunan 14,28%.")
    assert got == [("Rp 201,1 triliun", "Ekuitas posisinya", "down", True, None),
                   ("14,28%", "Ekuitas posisinya", "down", False, None)]
    # Another named item between them keeps them apart.
    got = _measured("Investasi Rp 8,1 triliun dan peningkatan aset tetap sebesar Rp1,1 triliun.")
    assert got[0][2:4] == (None, False)


def test_heads_with_nya_rates_between_levels_and_earlier_levels() -> None:
    got = _measured("Anggarannya yang sebelumnya Rp 71 triliun, ditambah lagi lebih dari "
                    "Rp 30 triliun.")
    assert got == [("Rp 71 triliun", "Anggarannya", "up", False, None),
                   ("lebih dari Rp 30 triliun", "Anggarannya", "up", False, None)]
    assert _froms("Anggarannya yang sebelumnya Rp 71 triliun, ditambah lagi lebih dari "
                  "Rp 30 triliun.") == [True, False]
    got = _measured("Harga urea dari Rp 2.250 per kilogram menjadi Rp 1.800 per kilogram.")
    assert got[1][1:4] == ("Harga urea", "down", True)
    got = _measured("Pemerintah menurunkan harga eceran tertinggi (HET) pupuk hingga 20%.")
    assert got[0][2] == "down"
    assert _measured("Kami menurunkan harga 20% tanpa menambah subsidi.")[0][1] == "harga"


def test_a_date_past_the_next_amount_is_that_amount_s_period() -> None:
    got = _measured("Pemerintah menghemat anggaran hingga Rp10 triliun, menurunkan biaya produksi "
                    "pupuk sebesar 26 persen, serta meningkatkan laba perseroan hingga Rp2,5 "
                    "triliun pada tahun 2026.")
    # saving spends less: "menghemat anggaran" is a fall
    assert [(c, p) for _, _, c, _, p in got] == [("down", None), ("down", None), ("up", "2026")]


def test_the_sentence_prefilter_finds_what_one_flat_regex_finds() -> None:
    from warta.stages.numbers import _candidate

    words = ["ribuan", "ratusan", "satu", "sejuta", "setengah", "dua", "puluhan", "a"]
    flat = re.compile(rf"\d|(?i:\b(?:{'|'.join(sorted(words))})\b)")
    holds = _candidate(words)
    texts = ["Ribuan warga", "seribuan", "satuan tugas", "dua_puluh", "DUA orang", "x2",
             "setengahnya", "Sejuta", "a", "ba", "puluhan-ribu", "tanpa angka", "٣ (Arab)",
             "kata satu"]
    for text in texts:
        for start in range(len(text)):
            for end in range(start, len(text) + 1):
                want = flat.search(text, start, end) is not None
                assert bool(holds(text, start, end)) == want, (text, start, end)


def test_a_head_inside_a_name_glossed_by_its_abbreviation_is_the_name() -> None:
    got = _measured("Mandat kenaikan Pajak Pertambahan Nilai (PPN) naik jadi 12% dari awalnya 11%.")
    assert got == [("12%", "Pajak Pertambahan Nilai", "up", True, None),
                   ("11%", "Pajak Pertambahan Nilai", "up", False, None)]  # the level before
    # a title-case heading is no name: the head stays alone
    assert _measured("Menkeu Sebut Defisit APBN 2,5 Persen")[0][1] == "Defisit APBN"


def test_an_abbreviation_right_before_the_amount_is_what_it_measures() -> None:
    got = _measured("Insentif diberikan untuk pembelian mobil listrik dengan TKDN lebih dari 40%. "
                    "Kemudian ada juga PPnBM DTP 3% untuk kendaraan hybrid.")
    assert [t for _, t, _, _, _ in got] == ["TKDN", "PPnBM DTP"]
    # not past a source: "menurut BPS" says who measured, not what
    assert _measured("Pertumbuhan ekonomi menurut BPS 5,1%.")[0][1] == "Pertumbuhan ekonomi"


@pytest.mark.parametrize("text, thing", [
    ("Kasus impor gula itu merugikan negara Rp 578 miliar.", "merugikan negara"),
    ("Dari kebutuhan USD 285 miliar, Indonesia baru membiayai sebagian.", "kebutuhan"),
    ("Targetnya devisa hasil ekspor sebesar US$ 80 miliar.", "devisa hasil ekspor"),
])


def test_needs_losses_and_export_proceeds_are_measured(text: str, thing: str) -> None:
    assert _measured(text)[0][1] == thing


def test_a_change_reaches_the_thing_and_the_amount_that_restates_it() -> None:
    got = _measured("Indonesia berkomitmen mengurangi emisi gas rumah kaca sebesar 31,89% tanpa "
                    "syarat dan 43,2% dengan dukungan internasional dan tengah berupaya mencapai "
                    "net zero emissions pada tahun 2060.")
    # the change is said four words before the thing; the second amount is the same
    # change; 2060 is the year of another predicate ("dan tengah berupaya"); "emisi" is a head
    # of its own (num31)
    assert got == [("sebesar 31,89%", "emisi gas rumah kaca", "down", False, None),
                   ("43,2%", "emisi gas rumah kaca", "down", False, None)]


def test_a_date_right_after_an_amount_is_not_the_next_amount_s() -> None:
    got = _measured("Targetnya devisa hasil ekspor naik sebesar US$ 80 miliar tahun ini dan "
                    "meningkat jadi US$ 100 miliar.")
    assert [(p) for _, _, _, _, p in got] == ["2025", None]


def test_a_law_s_citation_year_is_carried_as_no_period() -> None:
    got = _measured("Kebijakan ini dilandasi Peraturan Pemerintah Nomor 8 Tahun 2024. "
                    "Targetnya ekspor Rp 80 miliar.")
    assert got[0][4] is None


@pytest.mark.parametrize("text", [
    "Ia dijerat Pasal 2 dan 3 UU Tipikor.",
    "Ia dijerat dengan pasal 12 huruf e, pasal 12B dan 11 UU Tipikor.",
    "Ia dijerat Pasal 2 atau 3.",
])


def test_the_next_items_of_a_list_of_articles_are_no_amounts(text: str) -> None:
    assert _nums(text) == []


def test_an_amount_after_an_identifier_and_a_join_stays_an_amount() -> None:
    got = _nums("Pertemuan itu di lantai 3 dan 40 orang hadir.")
    assert [(c.value, c.unit) for c in got] == [(40.0, "orang")]


def test_a_date_opening_the_next_item_stays_its_period() -> None:
    got = _measured("Tahun 2023 saja sekitar Rp 16 triliun, tahun 2024 Rp 18 triliun.")
    assert [p for _, _, _, _, p in got] == ["2023", "2024"]
    got = _measured("Dana hibah tahun 2020 Rp 84,4 miliar, 2021 Rp 124,5 miliar dan tahun 2022 "
                    "Rp 135,2 miliar.")
    assert [p for _, _, _, _, p in got] == ["2020", "2021", "2022"]


def test_a_starting_level_is_not_the_level_reached() -> None:
    text = "Total aset tumbuh menjadi Rp 1.922 triliun dari Rp 1.750 triliun."
    assert [(c, to) for _, _, c, to, _ in _measured(text)] == [("up", True), ("up", False)]
    assert _froms(text) == [False, True]


def test_the_base_of_a_comparison_is_no_period() -> None:
    got = _measured("Produksi padi naik 12,62% dibandingkan periode yang sama tahun lalu.")
    assert got[0][4] is None


def test_after_a_change_dari_opens_the_base_of_the_comparison() -> None:
    # Seed 14 of numbers_measure: the date after "dari" is the base's, not the period of
    # the change or of the level reached; the level before keeps its own date.
    got = _measured("Per April 2025, rasio biaya dana sudah turun menjadi 4,30% dari posisi "
                    "4,55% pada Desember 2024.")
    assert got[0][2:] == ("down", True, "2025-04") and got[1][4] == "2024-12"
    got = _measured("Hingga April 2025, pendapatan naik 25,6% dari April 2024.")
    assert got[0][2:] == ("up", False, "2025-04")
    got = _measured("Rasio itu di posisi 84,9%, naik dari posisi 69,2% pada April 2024.")
    assert got[0][4] is None and got[1][4] == "2024-04"
    # "dari" with no change before it is no base: "Rp 20 triliun dari Rp 60 triliun".
    got = _measured("Pajak yang terkumpul Rp 20 triliun dari target pada 2025.")
    assert got[0][4] == "2025"


def test_a_base_date_or_a_span_is_no_period_to_carry_on() -> None:
    # Seed 14: the base of a comparison ("dari ... April 2024", "dibandingkan Juli tahun
    # lalu") is not the paragraph's period, and a sentence naming its own span of months
    # does not take the paragraph's earlier period.
    got = _measured("Per April 2025, pembiayaan naik 25,6% dari penyaluran di April 2024. "
                    "Inflasi pangan terjaga sebesar 3,82%.")
    assert got[1][4] == "2025-04"
    got = _measured("Inflasi Juli sebesar 2,37%, naik dibandingkan Juli tahun lalu sebesar "
                    "2,13%. Inflasi pangan terjaga sebesar 3,82%.")
    assert got[-1][4] is None
    got = _measured("Pada Maret 2025 laba naik 5%. Selama periode Januari hingga April 2025, "
                    "belanja pakaian mencapai 13%.")
    assert got[0][4] == "2025-03" and got[1][4] == "2025-01/2025-04"
    got = _measured("Pada Maret 2025 laba naik 5%. Belanja pakaian mencapai 13%.")
    assert got[1][4] == "2025-03"


def test_a_head_inside_a_persons_title_is_no_thing() -> None:
    # Seed 14: "Pajak" of "Direktur Jenderal Pajak ..." is part of Bimo's title.
    got = _measured("Direktur Jenderal Pajak Kementerian Keuangan Bimo Wijayanto menargetkan "
                    "Rp 20 triliun.")
    assert got[0][1] is None
    got = _measured("Penerimaan pajak mencapai Rp 20 triliun.")
    assert got[0][1] == "Penerimaan pajak"


def test_a_currency_glued_to_its_country_letters_is_no_thing() -> None:
    got = _measured("Dolar Australia turun ke posisi AU$ 0,65.")
    assert got[0][1] != "posisi AU"


@pytest.mark.parametrize("text", [
    "Rapat itu digelar pada 19 dan 20 Agustus 2025.",
    "Forum itu berlangsung pada tanggal 16-17 Oktober 2025.",
])


def test_the_first_day_of_two_is_no_amount(text: str) -> None:
    assert _nums(text) == []


def test_a_name_s_abbreviation_in_brackets_before_a_worth_word_is_the_thing() -> None:
    got = _measured("Pemerintah menyalurkan Bantuan Langsung Tunai Sementara (BLTS) senilai "
                    "Rp 300.000 per bulan.")
    assert got[0][1] == "BLTS"
    # a currency's code is no thing: "melemah terhadap dolar Australia (AUD) sebesar 0,17%"
    assert _measured("Dolar AS melemah terhadap dolar Australia (AUD) sebesar 0,17%.")[0][1] \
        != "AUD"


def test_wealth_and_its_restatement_in_brackets() -> None:
    got = _measured("Kekayaan bersih Elon Musk menurun USD 15,3 miliar (sekitar Rp 234,8 "
                    "triliun) sejak itu.")
    assert [(t, c) for _, t, c, _, _ in got] == [("Kekayaan bersih Elon Musk", "down"),
                                                 ("Kekayaan bersih Elon Musk", "down")]


def test_an_amount_before_a_fall_from_another_is_the_level_reached() -> None:
    got = _measured("Total kekayaan bersihnya kini sekitar USD 346 miliar, turun dari USD 361 "
                    "miliar.")
    assert [(c, to) for _, _, c, to, _ in got] == [("down", True), ("down", False)]


def test_a_change_said_once_covers_the_next_amount_of_the_list() -> None:
    got = _measured("Pemerintah menetapkan yield dengan penurunan sebesar 25 basis poin (bps) "
                    "untuk tenor 5 tahun dan 30 bps untuk tenor 10 tahun.")
    assert [c for _, _, c, _, _ in got] == ["down", "down"]


def test_an_item_opened_by_dan_takes_its_own_noun() -> None:
    got = _measured("Total kekayaan sebesar Rp 4,78 triliun dan total kewajiban sebesar "
                    "Rp 10,23 triliun.")
    assert [t for _, t, _, _, _ in got] == ["kekayaan", "total kewajiban"]
    # a name after "dan" shares the measure
    got = _measured("Proyeksi inflasi di Malaysia sebesar 2,4% dan Filipina sebesar 2,6%.")
    assert got[1][1] == "Proyeksi inflasi"


@pytest.mark.parametrize("text, currency", [
    ("Orderbook mencapai sekitar AUD 8 miliar.", "AUD"),
    ("Kurs berada di posisi HK$ 7,85.", "HKD"),
    ("Kurs berada di posisi THB 32,64.", "THB"),
])


def test_more_currency_codes(text: str, currency: str) -> None:
    assert [c.currency for c in _nums(text)] == [currency]


def test_a_range_typed_with_the_hyphen_on_the_second_number() -> None:
    c = _one("Mobil ini dilepas dengan harga antara Rp 45 -50 juta per unit.")
    assert (c.low, c.high) == (45e6, 50e6)


def test_an_end_of_a_span_of_years_is_not_carried_as_a_period() -> None:
    got = _measured("Ia Direktur Komersial PT PGN 2016-2019.\nIa memberi fee SGD 500 ribu.")
    assert got[-1][4] is None
    got = _measured("Ia Direktur Komersial PT PGN 2016-2019. Ia memberi fee SGD 500 ribu.")
    assert got[-1][4] is None


def test_names_opening_the_items_of_a_list_share_the_measure_before_them() -> None:
    # Seed 14 of numbers_measure: the countries are whose inflation it is, not the thing.
    got = _measured("Inflasi terjaga di 2 persen, salah satu terendah di G-20 seperti Argentina "
                    "33,6 persen, Turki 33,2 persen, US 2,9 persen.")
    assert [t for _, t, _, _, _ in got] == ["Inflasi"] * 4
    # a head written before the name is said of it
    assert _measured("Inflasi Argentina mencapai 33,6 persen.")[0][1] == "Inflasi Argentina"
    # seed 15: an organisation after a linker receives the money
    got = _measured("Nasori menyerahkan dana sejumlah Rp 4,5 miliar kepada Juliyatmono dan untuk "
                    "PT MAM Energindo sejumlah Rp 1,66 miliar.")
    assert [t for _, t, _, _, _ in got] == ["dana", "dana"]


def test_a_head_taking_a_noun_phrase_is_the_thing() -> None:
    # Seed 15: "harga pupuk subsidi" measures the price, not the subsidy.
    got = _measured("Presiden memutuskan untuk menurunkan harga pupuk subsidi sebesar 20%.")
    assert got[0][1:3] == ("harga pupuk subsidi", "down")
    assert _measured("Pemerintah menambah subsidi pupuk sebesar Rp 5 triliun.")[0][1] \
        == "subsidi pupuk"


def test_the_unit_of_a_rate_is_no_thing() -> None:
    got = _measured("Hitung per sak dari Rp 112.500 turun menjadi Rp 90.000 per sak.")
    assert [(t, c, to) for _, t, c, to, _ in got] == [(None, "down", False), (None, "down", True)]


def test_the_level_a_change_reached_after_a_rate_or_a_result_clause() -> None:
    # Seed 15: "turun Rp 450/kg menjadi Rp 1.800/kg", "menurunkan 25 basis poin ...
    # sehingga masing-masing menjadi 4,5% dan 6%", "turunkan ... dan sekarang adalah 5%".
    got = _measured("Harga urea dari Rp 2.250/kg turun Rp 450/kg menjadi Rp 1.800/kg.")
    assert [(c, to) for _, _, c, to, _ in got] == [(None, False), ("down", False), ("down", True)]
    got = _measured("Suku bunga acuan turun 25 basis poin. BI juga menurunkan 25 basis poin untuk "
                    "deposit facility dan lending facility sehingga masing-masing menjadi 4,5% "
                    "dan 6%.")
    assert [(c, to) for _, _, c, to, _ in got[1:]] == [("down", False), ("down", True),
                                                       ("down", True)]
    got = _measured("Suku bunga sudah kami turunkan lima kali dan sekarang adalah 5%.")
    assert got[-1][2:4] == ("down", True)


def test_bare_change_verbs_and_plus_minus() -> None:
    got = _measured("BI kembali turunkan suku bunga acuan sebesar 25 basis poin.")
    assert got[0][2] == "down"
    got = _measured("Perkiraan inflasi dalam sasaran 2,5 plus minus 1 persen.")
    assert got[-1][2] is None


def test_worth_words_after_the_thing() -> None:
    assert _measured("Ia melaksanakan proyek bernilai Rp 78,9 miliar.")[0][1] == "proyek"
    assert _measured("Ia menyerahkan dana sejumlah Rp 4,5 miliar.")[0][1] == "dana"


@pytest.mark.parametrize("text, period", [
    ("Pada periode Januari-Maret 2025, laba bersih perseroan mencapai Rp 5 triliun.", "2025-Q1"),
    ("Pada periode Januari hingga Juni 2025, laba bersih mencapai Rp 5 triliun.", "2025-H1"),
    ("Bantuan Rp 300.000 per bulan untuk Oktober, November, dan Desember 2025.", "2025-Q4"),
    # a span that is no quarter or half is an interval (numtime); so is a list of
    # consecutive years (numtime12: the years it fills), not one of years apart
    ("Selama periode Januari hingga April 2025, laba mencapai Rp 5 triliun.",
     "2025-01/2025-04"),
    ("Kebutuhan investasi periode 2025-2029 mencapai US$ 643,8 miliar.", "2025/2029"),
    ("Kerugian dari November 2024 hingga September 2025 mencapai Rp6,1 triliun.",
     "2024-11/2025-09"),
    ("Perkiraan inflasi tahun 2025 dan 2026 dalam sasaran 2,5 persen.", "2025/2026"),
    ("Target defisit tahun ini dan tahun depan dijaga di 2,8 persen.", "2025/2026"),
    ("Laba pada 2016, 2017 dan 2018 tumbuh 4 persen.", "2016/2018"),
    ("Inflasi pada 2019 dan 2024 tercatat 3 persen.", None),
    # (a two-day meeting decides on its last day: the seed-49/50 judges' ruling; numtime15)
    ("Rapat pada 19 dan 20 Agustus 2025 menurunkan BI Rate sebesar 25 bps.", "2025-08-20"),
])


def test_spans_of_months_that_make_a_quarter_or_half(text: str, period: str | None) -> None:
    assert _measured(text)[-1][4] == period


def test_a_date_and_now_are_no_list() -> None:
    got = _measured("Suku bunga sudah turun sejak September 2024 dan sekarang adalah 5%, ini "
                    "terendah sejak 2022.")
    assert got[-1][4] == "PRESENT_REF"


def test_duties_and_indices_are_measured() -> None:
    # Seed 16: "bea masuk nol persen", "indeks pembangunan keluarga ... mencapai 70,9%".
    assert _measured("Pemerintah menerapkan kebijakan bea masuk nol persen untuk baja.")[0][1] \
        == "bea masuk"
    assert _measured("Dia berharap indeks pembangunan keluarga pada 2029 mencapai 70,9%.")[0][1] \
        == "indeks pembangunan keluarga"


def test_organisations_opening_items_and_a_rate_s_time() -> None:
    # Seed 17: "Kemudian Musim Mas Group senilai Rp 1,18 triliun" returned the loss; the
    # tagger found "Group" alone. "Rp 40 triliun setahun": the year is a rate, no thing.
    got = _measured("Wilmar Group mengembalikan kerugian negara Rp 11,88 triliun. Kemudian Musim "
                    "Mas Group senilai Rp 1,18 triliun dan Permata Hijau Group senilai Rp 186,43 "
                    "miliar.")
    assert [t for _, t, _, _, _ in got] == ["kerugian negara"] * 3
    assert _measured("Diperkirakan kerugian itu Rp 40 triliun setahun.")[0][1] == "kerugian"
    # an abbreviation tagged as an organisation may still be the measure
    got = _measured("Insentif diberikan untuk mobil dengan TKDN lebih dari 40%.")
    assert got[0][1] == "TKDN"


def test_the_level_reached_in_a_range_and_after_a_comma() -> None:
    got = _measured("The Fed menurunkan suku bunga sebesar seperempat poin ke kisaran 4,00%-4,25%.")
    assert [(s, c, to) for s, _, c, to, _ in got][-1] == ("4,00%-4,25%", "down", True)
    got = _measured("Harga minyak mentah West Texas Intermediate AS turun 18 sen, atau 0,28%, "
                    "menjadi US$ 63,87.")
    assert got[-1][2:4] == ("down", True)


def test_a_period_opening_the_sentence_is_its_later_clauses_too() -> None:
    got = _measured("Akhir tahun ini inflasi IHK diperkirakan 2,5%, sementara inflasi inti sekitar "
                    "2,4%.")
    assert [p for _, _, _, _, p in got] == ["2025", "2025"]
    # seed 18
    got = _measured("Sampai triwulan II-2025, realisasi penerimaan pajak pusat mencapai Rp 26,84 "
                    "miliar dan realisasi penerimaan pajak daerah tercatat sebesar Rp 175,98 "
                    "miliar.")
    assert [p for _, _, _, _, p in got] == ["2025-Q2", "2025-Q2"]
    # a date inside the first amount's clause is that amount's alone (seed 14)
    got = _measured("Pertumbuhan ekonomi di kwartal kedua sekitar 2,15 persen, inflasi terjaga di "
                    "2 persen, salah satu terendah seperti Argentina 33,6 persen.")
    assert got[-1][4] is None


def test_a_market_report_s_session_dates_and_names_its_amounts() -> None:
    # Seed 20 (numtime): the lead names the session ("pada perdagangan hari ini") and what
    # the report measures; later amounts that name neither take them, up to the paragraph
    # of an analyst (a person).
    text = ("Harga emas Antam naik pada perdagangan hari ini.\n"
            "Emas dijual pada level Rp 1.900.000 per gram atau naik 0,5%.\n"
            "Emas juga menguat terhadap perak 0,2%.\n"
            "Analis Budi Santoso mengatakan penjualan naik 3% pada tahun ini.")
    got = _measured(text)
    assert [(t, p) for _, t, _, _, p in got] == [
        ("Harga emas Antam", "2025-01-15"), ("Harga emas Antam", "2025-01-15"),
        ("Harga emas Antam", "2025-01-15"), ("penjualan", "2025")]
    # no session word before the day: an ordinary story keeps no period
    got = _measured("Presiden meresmikan pasar hari ini.\nHarganya naik 0,5%.")
    assert got[0][4] is None


def test_the_counterpart_of_a_change_is_not_what_it_measures() -> None:
    # Seed 19/20: "melemah terhadap mata uang X sebesar 0,14%": X is measured against.
    got = _measured("Rupiah melemah terhadap mata uang yen sebesar 0,14%.")
    assert got[0][1] != "uang yen"
    got = _measured("Rasio utang terhadap PDB mencapai 40 persen.")
    assert got[0][1] == "Rasio utang"


def test_the_level_before_a_fall_said_after_it() -> None:
    # numtime: "dari Rp X turun menjadi Rp Y": X is the level the fall started from.
    text = "Harga tiket pesawat dari Rp 1,2 juta turun menjadi Rp 900 ribu."
    got = _measured(text)
    assert [(c, to) for _, _, c, to, _ in got] == [("down", False), ("down", True)]
    assert _froms(text) == [True, False]


def test_money_sent_down_to_a_purpose_is_no_fall() -> None:
    # Seed 16, noticed by numtime: "turunkan Rp X untuk ..." pays money out.
    got = _measured("Tahun depan pemerintah akan turunkan Rp 50 triliun untuk sekolah rakyat.")
    assert got[0][2] is None
    got = _measured("BI akan menurunkan suku bunga sebesar 25 basis poin untuk mendorong kredit.")
    assert got[0][2] == "down"


def test_a_list_of_months_after_bulan_is_a_quarter() -> None:
    got = _measured("Bantuan Rp 300 ribu diberikan untuk bulan Oktober, November dan Desember "
                    "2025. Bantuan Rp 100 ribu untuk Januari-Maret 2025 dan Rp 200 ribu untuk "
                    "April-Juni 2025.")
    assert [p for _, _, _, _, p in got] == ["2025-Q4", "2025-Q1", "2025-Q2"]


def test_a_change_said_before_a_long_counterpart() -> None:
    # Seed 19 (numtime): "menguat terhadap dolar baru Taiwan 0,12%": the rise is said
    # before the counterpart, more than four words back; a counterpart far back in the
    # window is still no thing.
    toks = numbers._tokens("Dolar AS terpantau menguat terhadap dolar baru Taiwan 0,12%.")
    assert numbers._measure(toks, 8).change == "up"  # (the sentence alone reads as Malay)
    got = _measured("Dolar AS juga melemah terhadap mata uang CHF Swiss sebesar 0,14%, kemudian "
                    "menguat terhadap dolar Kanada (CAD) 0,01%.")
    assert [(t, c) for _, t, c, _, _ in got] == [(None, "down"), (None, "up")]


def test_a_tenure_before_a_name_is_no_period() -> None:
    # Seed 15 (numtime): "periode 2018-2023, Sunu Widyatmoko" dates the role.
    got = _measured("Sekretaris Jenderal AFPI periode 2018-2023, Sunu Widyatmoko, menambahkan "
                    "bahwa bunga pinjaman 8% itu perintah OJK.")
    assert got[-1][4] is None


def test_a_sentence_s_opening_period_is_its_first_amount_s_however_far() -> None:
    # Seed 14 (numtime), not after a clause dating an event.
    got = _measured("Selama periode Januari hingga April 2025, transaksi kartu itu paling banyak "
                    "digunakan untuk belanja ritel dan marketplace yang mencapai 13%.")
    assert got[0][4] == "2025-01/2025-04"
    got = _measured("Setelah kembali menjabat Presiden pada Januari 2025, Trump memakai undang-"
                    "undang darurat untuk mengenakan tarif dasar sebesar 10 persen.")
    assert got[0][4] is None


def test_shares_contributions_thresholds_and_gdp_are_measured() -> None:
    # numtime (seeds 8, 13, 20): heads added to numbers.toml.
    assert _measured("Beras memberi andil inflasi sebesar 0,22%.")[0][1] == "andil inflasi"
    assert _measured("Saat ini GDP RI sekitar US$ 1,5 triliun.")[0][1] == "GDP RI"
    assert _measured("Partai itu mengusulkan ambang batas parlemen 3 persen.")[0][1] \
        == "ambang batas parlemen"


def test_a_span_of_years_is_no_amount() -> None:
    # numtime: "periode 2025-2029" was read as an amount from 2025 to 2029.
    got = _measured("Kebutuhan investasi periode 2025-2029 mencapai US$ 643,8 miliar.")
    assert [s for s, *_ in got] == ["mencapai US$ 643,8 miliar"]
    assert [s for s, *_ in _measured("Sebanyak 2000-2050 orang hadir di acara itu.")] \
        == ["Sebanyak 2000-2050 orang"]


def test_a_survey_answer_is_no_thing() -> None:
    # Seed 8 (numtime): "75,8% puas" counts respondents, not "puas".
    got = _measured("Menurut survei itu, sebanyak 86,1 persen responden puas dan 11,1 persen "
                    "tidak puas dengan kinerja gubernur.")
    assert [t for _, t, _, _, _ in got] == ["responden", "responden"]


def test_a_head_referring_back_is_what_the_paragraph_measured() -> None:
    # Seed 13 (numtime): "nilainya" is the value of what was measured before.
    got = _measured("Kerugian korban mencapai USD 3.000. Jika dirupiahkan, nilainya sekitar Rp "
                    "49,6 juta.")
    assert [t for _, t, _, _, _ in got] == ["Kerugian korban", "Kerugian korban"]


def test_the_level_before_takes_no_date_of_the_level_reached() -> None:
    # Seed 21 (numtime): 2025 is the date of 43,42%, not of the level before it.
    got = _measured("Literasi keuangan syariah naik dari sebelumnya 39,11% menjadi 43,42% pada "
                    "2025.")
    assert [(c, p) for _, _, c, _, p in got] == [("up", None), ("up", "2025")]


def test_a_cited_source_s_year_is_no_period_of_the_paragraph() -> None:
    # Seed 21 (numtime): "(APJII, 2022)" dates that figure only.
    got = _measured("Indonesia punya 221 juta pengguna internet (APJII, 2022). Data itu "
                    "menunjukkan hanya 15% UMKM mampu bersaing.")
    assert got[-1][4] is None


def test_a_later_paragraph_measures_the_same_thing_over_the_period_named_before() -> None:
    # numtime2: a paragraph naming no period of its own measures the same thing over the
    # period an earlier paragraph measured it over; another thing gets none (the year is
    # no plan's here: "RAPBN 2026" would frame every amount, numtime12).
    got = _measured("Pagu anggaran ketahanan pangan pada 2026 mencapai Rp 164 triliun.\n"
                    "Anggaran lumbung pangan senilai Rp 22,38 triliun. Denda Rp 5 juta.")
    assert [(t, p) for _, t, _, _, p in got] == [
        ("Pagu anggaran ketahanan pangan", "2026"), ("Anggaran lumbung pangan", "2026"),
        ("Denda", None)]
    # a paragraph naming its own period keeps to it
    got = _measured("Inflasi Juli 2025 sebesar 2,37%.\nPada Agustus 2025, inflasi 2,31%.")
    assert [p for *_, p in got] == ["2025-07", "2025-08"]


def test_the_level_before_a_change_after_sebelumnya() -> None:
    text = ("Dolar AS berada pada level Rp 16.216 atau menguat 31 poin (0,19%), setelah "
            "sebelumnya ditutup pada level Rp 16.247.")
    art = analyze(text, published=datetime(2025, 7, 7))
    last = art.numbers[-1]
    assert (last.span.of(art.text), last.change, last.change_from, last.change_to) == (
        "Rp 16.247", "up", True, False)


def test_the_opening_level_is_no_start_of_the_days_change() -> None:
    # num25: a day's move counts from the close before, not from the opening
    text = ("Rupiah berada pada level Rp 16.504 atau melemah 48 poin (0,29%), setelah "
            "sebelumnya dibuka pada level Rp 16.515.")
    art = analyze(text, published=datetime(2025, 8, 1))
    last = art.numbers[-1]
    assert (last.span.of(art.text), last.thing, last.change) == ("Rp 16.515", "Rupiah", None)


@pytest.mark.parametrize("text, thing", [
    ("Vienna menerima bayaran antara Rp 100 ribu hingga Rp 300 ribu untuk setiap unggahan.",
     "bayaran"),
    ("Terdakwa diberikan imbalan Rp 250 ribu per postingan.", "imbalan"),
    ("Saat ini, cakupan air bersih baru mencapai 71 persen.", "cakupan air bersih"),
])


def test_pay_and_coverage_are_things(text: str, thing: str) -> None:
    assert _measured(text)[0][1] == thing


def test_money_before_a_date_range_end_is_kept() -> None:
    # numtime2 (seed 23): "hingga 17 Oktober" after money is no range; the money stays
    got = _measured("Penerimaan naik dari Rp 7 triliun menjadi Rp 8,3 triliun hingga 17 "
                    "Oktober 2025.")
    assert [s for s, *_ in got] == ["Rp 7 triliun", "Rp 8,3 triliun"]
    assert _measured("Acara digelar 5 hingga 7 Desember.") == []


def test_a_date_after_the_amount_before_and_its_purpose_is_that_amounts() -> None:
    # numtime2 (seed 23): "untuk tahun anggaran 2022" closes the first item
    got = _measured("Nilainya sebesar Rp 3,6 miliar untuk tahun anggaran 2022, serta sekitar "
                    "Rp 5 miliar untuk tahun anggaran 2023.")
    assert [p for *_, p in got] == ["2022", "2023"]


def test_a_base_date_is_no_period_for_later_paragraphs() -> None:
    got = _measured("Inflasi Juli sebesar 2,37%, naik dibandingkan Juli tahun lalu sebesar "
                    "2,13%.\nKe depan inflasi dalam sasaran 2,5%.")
    assert got[-1][4] is None


def test_the_period_opening_a_sentence_with_a_later_date_in_it() -> None:
    # numtime2 (seed 22, detik-712): the last period before the first amount's thing
    # opens the sentence, whatever date a later clause names
    got = _measured("Pada tahun 2023, bauran energi didominasi fosil, dengan batubara sebesar "
                    "40,46%, minyak bumi 30,18%, sementara EBT hingga Mei 2025 sekitar 12,3%.")
    assert [p for *_, p in got][:2] == ["2023", "2023"]


def test_a_comparative_base_is_no_period() -> None:
    # numtime2 (seed 24, detik-118): "lebih rendah dari periode yang sama tahun lalu" names
    # the base; the paragraph's period stays
    got = _measured("Pendapatan sampai akhir September tercatat Rp 1.863,3 triliun. Meskipun "
                    "lebih rendah dari periode yang sama tahun lalu. Penerimaan pajak "
                    "Rp 1.295,3 triliun.")
    assert [p for *_, p in got] == ["2024-09", "2024-09"]
    # the qualifier "lebih dari" opens no base
    assert _measured("Ekspor naik lebih dari 60% pada 2024.")[0][4] == "2024"


def test_a_worth_word_after_a_count_prices_the_thing_counted() -> None:
    # numbers (seed 26, detik-309): a list of seized goods, each counted then priced
    got = _measured("Barang yang disita yaitu kendaraan roda empat 7 unit senilai Rp 3,5 miliar. "
                    "Logam mulia 645 gram, senilai Rp 1,2 miliar. Sertifikat tanah sebanyak "
                    "29 SHM senilai Rp 28 miliar.")
    money = [th for s, th, *_ in got if "Rp" in s]
    assert money == ["kendaraan roda empat", "Logam mulia", "Sertifikat tanah"]
    # a comma still ends the phrase when no count stands before it
    assert _measured("Ia membeli rumah, senilai Rp 2 miliar.")[0][1] is None


def test_a_head_right_before_money_beats_the_noun_after_it() -> None:
    # numbers (seed 26, detik-155): "tanda" after the amount is not what it measures
    got = _measured("BI menarik uang lama. Pecahan Rp 10.000 tanda tahun 1979 ditarik.")
    assert got[0][1] == "Pecahan"
    assert _measured("Klub itu menyiapkan dana € 500 juta demi pemain baru.")[0][1] == "dana"


def test_a_payment_governs_the_head_after_it() -> None:
    # numbers (seed 25, detik-702 and detik-126)
    assert _measured("Nantinya pembayaran kompensasi dilakukan tiap bulan sebesar 70%.")[0][1] \
        == "pembayaran kompensasi"
    assert _measured("Pada 2025, pertumbuhan pembayaran bunga utang sampai 13%.")[0][1] \
        == "pertumbuhan pembayaran bunga utang"


def test_the_number_of_a_list_item_or_clause_is_no_amount() -> None:
    # numbers (seeds 25/26: detik-309, detik-406, detik-400; issue 15's identifiers)
    text = ("Barang yang disita yaitu:\n1. Mobil 7 unit senilai Rp 3,5 miliar\n2. Logam mulia "
            "645 gram\n(3) Negara memiliki saham 1% pada BUMN.\nDalam kerangka ini: 1. Nilai "
            "tukar harus diatur. Korban tewas mencapai 72.")
    got = [c.span.of(text) for c in _nums(text)]
    assert got == ["7 unit", "senilai Rp 3,5 miliar", "645 gram", "1%", "mencapai 72"]


def test_a_vehicle_class_is_no_count() -> None:
    # numbers (seeds 25/26: detik-31, detik-308): "roda empat" names a kind of vehicle
    text = "Polisi menyita kendaraan roda empat 7 unit dan sepeda motor roda dua."
    assert [c.span.of(text) for c in _nums(text)] == ["7 unit"]


def test_a_rate_is_measured_with_what_it_is_the_rate_of() -> None:
    # numbers (seed 26, detik-858): "tingkat" alone is a head, and governs the head after it
    assert _measured("Padahal, tingkat pekerjaan tidak resmi lebih dari 70 persen.")[0][1] \
        == "tingkat pekerjaan"
    assert _measured("Ia ingin agar tingkat suku bunga turun di bawah 3%.")[0][1] \
        == "tingkat suku bunga"


def test_a_name_opening_a_new_priced_item_is_its_thing() -> None:
    # numbers (seed 26, detik-17): the goods named after "dan", not the paragraph's last thing
    got = _measured("Di lokasi itu juga menyediakan beras SPHP Rp 60 ribu dan Minyakita Rp 15.500.")
    assert [th for _, th, *_ in got] == ["beras SPHP", "Minyakita"]


def test_money_joined_by_a_dash_is_one_range() -> None:
    # numbers2 (seed 27, detik-985): "juta-Rp" was read as one word, cutting "Rp 2" off
    got = [(c.span.of(t), c.low, c.high, c.currency) for t in (
        "Kelompok SES C (Rp 2 juta-Rp 4 juta).", "Harganya Rp 2 juta - Rp 4 juta.")
        for c in _nums(t)]
    assert [g[1:] for g in got] == [(2e6, 4e6, "IDR")] * 2
    assert got[0][0] == "Rp 2 juta-Rp 4 juta"
    # a dash joins money or measures only, not bare numbers
    assert [c.span.of(t) for t in ["Skor akhir 3 - 1 untuk tuan rumah."] for c in _nums(t)] \
        != ["3 - 1"]


def test_a_bracketed_sign_is_the_change() -> None:
    # numbers2 (seed 27, detik-175): "BBRI (+5,14%)", "MLPT (-14,99%)"; a bare minus may be a
    # level below zero
    got = _measured("Saham AMMN (-4,37%), MLPT (-14,99%), dan BRMS (-5,85%) melemah, sedangkan "
                    "BBRI (+5,14%) menguat.")
    assert [c for _, _, c, _, _ in got] == ["down", "down", "down", "up"]
    assert _measured("Inflasi -0,5% pada Mei.")[0][2] is None


def test_a_listed_name_shares_the_measure_not_the_name_before() -> None:
    # numbers2 (seed 27, detik-175): "saham AMMN (-4,37%), MLPT (-14,99%)": MLPT's share
    # price, not AMMN's
    # (numtime5, seed 43: a bracketed signed move after a name is that name's share's, as
    # the seed 43 judge ruled bare "saham" names no share)
    got = _measured("Saham AMMN (-4,37%), MLPT (-14,99%), dan BRMS (-5,85%) tercatat melemah.")
    assert [th for _, th, *_ in got] == ["Saham AMMN", "MLPT", "BRMS"]


def test_the_subject_of_a_change_is_its_thing() -> None:
    # numbers2 (seed 27, detik-175): no measured head, or one an earlier amount took
    got = _measured("Dari 11 sektor, sektor keuangan yang naik 3,38%, sedangkan sektor bahan baku "
                    "turun 0,77%.")
    assert [th for _, th, *_ in got][-2:] == ["sektor keuangan", "sektor bahan baku"]
    got = _measured("Indeks LQ45 yang naik 3,10% ke level 796,31, serta ETF EIDO yang menguat "
                    "3,01% ke 17,82.")
    assert got[-1][1] == "ETF EIDO"
    # a worth word's head stays shared: "santunan" for both amounts
    got = _measured("Korban luka berat mendapatkan santunan sebesar Rp 5 juta, dan korban luka "
                    "ringan sebesar Rp 2,5 juta.")
    assert [th for _, th, *_ in got] == ["santunan", "santunan"]


def test_only_the_subject_of_an_intransitive_unnegated_change_is_its_thing() -> None:
    # numbers2 (dump of 150+150 articles): not the agent of a transitive verb, a noun, a
    # negated verb, nor the counterpart after "terhadap"; adverbs and currency words pass
    assert _measured("BI juga menurunkan 25 basis poin untuk deposit facility.")[0][1] != "BI"
    assert _measured("Kan kita nggak pernah tumbuh lebih dari 6%, jadi ada ruang.")[0][1] is None
    assert _measured("Saya dapat informasi berkurangnya Rp 218 M ini.")[0][1] is None
    assert _measured("Dolar AS juga melemah terhadap dolar Singapura juga menguat 0,03%.")[0][1] \
        is None
    assert _measured("Sementara itu, dolar AS justru terkoreksi 13,15 poin.")[0][1] == "dolar AS"
    assert _measured("Secara akumulasi, DPK Bank Mandiri tumbuh 8,54% yoy.")[0][1] \
        == "DPK Bank Mandiri"


def test_a_noun_of_a_rise_is_a_change() -> None:
    # numbers2 (seed 27, detik-103): a cost overrun is a rise of the cost
    got = _measured("Pinjaman itu menutup pembengkakan biaya proyek sebesar Rp 6,98 triliun.")
    assert got[0][1:3] == ("biaya proyek", "up")


def test_respectively_gives_each_listed_item_its_amount() -> None:
    # numbers2 (seed 27, detik-175): "masing-masing" pairs the list with the amounts in order
    got = _measured("BBCA, BMRI, BBNI, dan BBRI masing-masing mencatat kenaikan 5,00%, 6,17%, "
                    "6,32%, dan 5,14%.")
    assert [(th, c) for _, th, c, _, _ in got] == [
        ("BBCA", "up"), ("BMRI", "up"), ("BBNI", "up"), ("BBRI", "up")]
    # one amount for two items: nothing to pair
    got = _measured("Rumah A dan rumah B masing-masing senilai Rp 1 miliar.")
    assert got[0][1] != "rumah B"


def test_one_of_is_no_amount() -> None:
    # numbers2 (seed 27, detik-433): "salah satu poin" = one of the points
    assert _nums("Salah satu poin yang perlu diatur adalah pungutan wisatawan asing.") == []


def test_a_bulleted_item_label_is_what_its_amounts_measure() -> None:
    # numbers2 (seed 25, detik-477): "-Label: ..., Rp X, total Rp Y", cut before its period
    got = _measured("Rinciannya sebagai berikut.\n-Penerima PKH Murni: 398.714 KPM, Rp2,8 "
                    "juta/tahun, total Rp1,116 triliun\n-Penebalan Juni-Juli 2025: 18.277.083 "
                    "KPM, Rp400 ribu, total Rp7,311 triliun")
    assert [th for s, th, *_ in got if "Rp" in s] == ["Penerima PKH Murni"] * 2 + ["Penebalan"] * 2
    # no bullet, no label: a colon of speech is not one
    assert _measured("Ia berkata: kami dapat Rp 5 juta.")[0][1] != "Ia berkata"


def test_a_place_before_a_worth_word_is_not_what_is_priced() -> None:
    # numbers2 (seed 27, detik-175): the net buy, not the market it was made in; "bersih"
    # (net) is no verb
    got = _measured("Investor asing melakukan pembelian bersih (net buy) di pasar reguler sebesar "
                    "Rp 657,03 miliar dan di seluruh pasar sebesar Rp 533,30 miliar.")
    assert [th for _, th, *_ in got] == ["pembelian bersih"] * 2
    assert _measured("Rumah di Menteng seharga Rp 5 miliar dijual.")[0][1] == "Rumah"


def test_a_bracketed_amount_after_an_opening_label_measures_the_label() -> None:
    # numbers3 (seed 28, detik-838): a list heading "Label (x persen)", and an opening
    # subject with its share bracketed (seed 27, detik-985)
    got = _measured("Berikut datanya.\nMasalah gigi (50,3 persen)\nIni masalah umum.")
    assert got[0][1] == "Masalah gigi"
    got = _measured("Mayoritas orang tua murid (91,1%) juga menilai SPMB baik.")
    assert got[0][1] == "Mayoritas orang tua murid"
    # a clause before the bracket is no label
    assert _measured("Ia menyebut (5%) itu kecil.")[0][1] is None
    assert _measured("Kalau perubahan segitu (0,2 persen), tidak besar.")[0][1] is None


def test_a_budget_ceiling_is_a_head_and_no_measure_for_later_amounts() -> None:
    # numbers3 (seed 28, detik-229): "Rp X dari pagu Rp Y": Y is the ceiling; the next
    # sentence's realisation is still the realisation, not the ceiling
    got = _measured("Pada 2022 realisasi anggaran KPK mencapai 96,98 persen, yaitu Rp 1,26 "
                    "triliun dari pagu Rp 1,30 triliun. Tahun 2023 mencapai 99,23 persen, "
                    "yaitu Rp 1,30 triliun dari pagu Rp 1,31 triliun.")
    assert [th for _, th, *_ in got] == ["realisasi anggaran KPK"] * 2 + ["pagu"] + [
        "realisasi anggaran KPK"] * 2 + ["pagu"]


def test_a_cut_is_a_fall() -> None:
    # numbers3 (seed 28, detik-480): "pemotongan tarif ... sebesar 50%"
    got = _measured("Harga tiket turun dengan pemotongan tarif bandara sebesar 50%.")
    assert got[0][1:3] == ("tarif bandara", "down")


def test_a_change_said_of_an_amount_before_is_not_a_later_share_s() -> None:
    # numbers3 (dump, detik): the cut is the quarter point's, not the share of market players
    got = _measured("Sebanyak 81% pelaku pasar memperkirakan pemotongan seperempat poin dan "
                    "sekitar 19% pelaku pasar memperkirakan pemotongan sebesar 50 basis poin.")
    assert [c for _, _, c, _, _ in got] == [None, "down", None, "down"]
    # a list of changes keeps its change
    got = _measured("Harga saham BBCA dan BBRI masing-masing naik 5% dan 6%.")
    assert [c for _, _, c, _, _ in got] == ["up", "up"]


def test_two_years_of_two_events_are_no_period_for_later_sentences() -> None:
    # numbers3 (seed 24, detik-342): the reports' year does not date the loss after it
    got = _measured("Pelaku memasarkan kavling sejak tahun 2017 dan laporan korban tahun 2024. "
                    "Total kerugian lebih dari Rp3 miliar.")
    assert got[0][4] is None
    # a month and its year are one period
    got = _measured("Hingga April 2025, pendapatan naik menjadi Rp 216,6 miliar di tahun 2025. "
                    "Rasio NPF di bawah 1%.")
    assert got[-1][4] == "2025"


def test_a_year_in_brackets_after_a_name_cites_a_source() -> None:
    # numbers3 (seed 28, detik-814): "UNESCO (2019)" dates no later amount
    got = _measured("UNESCO (2019) juga menegaskan pentingnya laut. Indonesia punya 70% "
                    "wilayahnya berupa perairan.")
    assert got[0][4] is None


@pytest.mark.parametrize("text,thing", [
    ("Diskon PPN jasa angkutan udara yang ditanggung pemerintah akan sebesar 6%.",
     "Diskon PPN jasa angkutan"),  # numbers3 (seed 28, detik-480)
    ("Pendapatan berasal dari penerimaan negara bukan pajak (PNBP) yang mencapai Rp 344,9 "
     "triliun.", "penerimaan negara bukan pajak"),  # numbers3 (seed 24, detik-118)
    ("Realisasi mencapai Rp 452 miliar, yang terdiri atas PNBP sebesar Rp 402 miliar.",
     "PNBP"),  # numbers3 (seed 28, detik-229)
])


def test_discounts_and_named_levies_are_heads(text: str, thing: str) -> None:
    assert _measured(text)[-1][1] == thing


def test_the_noun_of_a_change_after_a_head_names_what_changed() -> None:
    # numbers3 (seed 28, detik-480): the ticket fell 13-14%, not the discount
    got = _measured("Diskon ini akan diberikan kepada 3.598.590 tiket pesawat dengan penurunan "
                    "tiket sebesar 13-14%.")
    assert got[-1][1:3] == ("tiket", "down")
    # a head after the change noun stays the thing
    assert _measured("Kas itu menutup pembengkakan biaya proyek sebesar Rp 6,98 triliun."
                     )[0][1] == "biaya proyek"


def test_a_change_noun_is_one_rule_for_pe_an_and_ke_an() -> None:
    # numbers10 (review): "kenaikan" is a change noun as "penurunan" is, wherever read
    for noun, change in (("penurunan", "down"), ("kenaikan", "up")):
        got = _measured(f"Diskon tarif ini dibarengi dengan {noun} tiket sebesar 13%.")
        assert got[-1][1:3] == ("tiket", change)
        assert numbers._change_noun(noun)
    assert not numbers._change_noun("naik") and not numbers._change_noun("tambahan")


def test_a_day_a_running_total_is_counted_up_to_is_its_period() -> None:
    # numbers3 (seed 24, detik-118): "sampai 30 September 2025" dates the next sentence too
    got = _measured("Posisi APBN sampai 30 September 2025 mengalami defisit Rp 371,5 triliun. "
                    "Realisasi itu setara dengan 1,56% terhadap PDB.")
    assert [p for *_, p in got] == ["2025-09-30", "2025-09-30"]
    # a day something was done is no period carried on
    got = _measured("Pada 13 Maret 2025, ia menerima uang. Total kerugian Rp 3 miliar.")
    assert got[-1][4] is None


@pytest.mark.parametrize("text", [
    "Dulu setiap tahun untuk program itu kita alokasikan sebanyak Rp30 miliar.",
    "Jadi, kita bisa bayangkan Rp 30 triliun atau Rp 40 triliun.",
    "Ambang batas itu diusulkan 3 persen, lebih rendah dari 4 persen.",
    "Setiap KPM menerima Rp 300 ribu, dan disalurkan sekaligus sebesar Rp 900 ribu.",
])


def test_a_predicate_or_adverb_is_no_measured_thing(text: str) -> None:
    # numbers4 (seeds 13, 17, 19, 20): the word after a subject, modal or degree word is a
    # predicate ("kita alokasikan", "lebih rendah"), and adverbs are no nouns
    things = [t for _, t, *_ in _measured(text)]
    assert not any(t and t.split()[0].casefold() in
                   {"alokasikan", "bayangkan", "rendah", "sekaligus"} for t in things), things


def test_a_change_is_not_carried_past_a_new_subject() -> None:
    # numbers4 (seed 19, detik-915): the cut was said of the TKD, not the later allocation
    got = _measured("Pemotongan TKD mencapai Rp800 miliar, dulu untuk program itu kita "
                    "alokasikan sebanyak Rp30 miliar.")
    assert got[0][2] == "down" and got[1][2] is None


@pytest.mark.parametrize("text, thing", [
    ("Jumlah penduduk miskin turun menjadi 23,85 juta orang atau 8,47% dari total penduduk.",
     "penduduk"),  # numbers4 (seed 10, detik-893)
    ("Angka ini setara dengan 81,92% dari total WP sebanyak 19,7 juta.", "WP"),  # seed 9
    ("Secara statistik maka sebesar 0,0007% dari total 1,4 miliar porsi MBG yang sudah "
     "dibagikan.", "porsi MBG"),  # numbers4 (seed 19, detik-449)
])


def test_a_share_of_a_whole_measures_the_whole(text: str, thing: str) -> None:
    assert next(t for s, t, *_ in _measured(text) if s.endswith("%")) == thing


def test_a_share_of_nothing_named_and_a_change_base_take_no_whole() -> None:
    assert _measured("Hanya 75 persen dari total seluruhnya yang selesai.")[0][1] is None
    got = _measured("Laba naik 5% dari tahun lalu.")
    assert got[0][1] == "Laba"


def test_a_share_that_answers_counts_the_respondents() -> None:
    # numbers4 (seed 8, detik-455): survey answers with no noun are shares of respondents
    got = _measured("Sebanyak 82,2% responden mengaku puas. Di bidang lain, suasananya beda. "
                    "Sebanyak 75,8% puas, 17,3% tidak puas, dan 6,9 tidak menjawab.")
    assert [t for s, t, *_ in got if s.endswith("%")][-2:] == ["responden", "responden"]
    # no respondents named: no thing
    assert _measured("Sebanyak 75,8% puas.")[0][1] is None


def test_a_ratio_or_a_lead_in_points_takes_no_whole() -> None:
    # numbers4 review (dump_records): a ratio to a whole and points ahead of a rival
    assert _measured("Batas maksimum itu 39,96% dari PDB.")[0][1] != "PDB"
    assert _measured("Mereka unggul lima poin dari PS TNI.")[0][1] is None


@pytest.mark.parametrize("text", [
    "Pasangan itu nomor urut 3 dalam pilkada.",
    "Ia juara 1 lomba itu.",
    "Timnas menang di semifinal leg 2.",
])


def test_a_position_is_no_quantity(text: str) -> None:
    # issue 15 (ordinals are not quantities): a rank written as a cardinal
    assert _nums(text) == []


def test_a_date_after_pada_dates_its_clause_not_a_role() -> None:
    # numbers4 (seeds 25, 28: detik-126, detik-286): a name after the date is the subject
    got = _measured("Pada 13 Maret 2025, Nopriansyah menerima uang Rp 2,2 miliar dari Fauzi.")
    assert got[0][4] == "2025-03-13"
    # a role's tenure before a name still dates the role
    got = _measured("Sekretaris Jenderal AFPI periode 2018-2023, Sunu Widyatmoko, menyebut "
                    "bunga pinjaman turun 0,4%.")
    assert got[-1][4] is None


@pytest.mark.parametrize("text", [
    "Indonesia membutuhkan investasi US$ 643,8 miliar atau lebih dari Rp 10.300 triliun "
    "untuk pembangunan infrastruktur periode 2025-2029.",
    "Nilai investasi mencapai US$ 5 miliar (sekitar Rp 80 triliun) untuk periode 2025-2029.",
])


def test_an_amount_restated_shares_its_period(text: str) -> None:
    # numbers4 (seeds 8, 10: detik-601, detik-161): one statement in two currencies
    assert [p for *_, p in _measured(text)] == ["2025/2029", "2025/2029"]


def test_a_day_data_are_counted_up_to_is_a_far_period() -> None:
    # numbers4 (seed 28, detik-838): "per data <day>" past the clause's ten words
    got = _measured("Secara kumulatif, hanya 75 persen dari total seluruhnya yang selesai "
                    "mendapatkan layanan, per data 15 Oktober 2025.")
    assert got[0][4] == "2025-10-15"


def test_a_date_in_an_event_clause_opening_the_sentence_is_no_role_exemption() -> None:
    # numbers4: "Setelah ..." dates its own event, even before a name after "pada"
    got = _measured("Setelah kembali menjabat Presiden pada Januari 2025, Trump memakai "
                    "undang-undang darurat untuk mengenakan tarif dasar sebesar 10 persen.")
    assert got[0][4] is None


def test_years_counted_from_now_stop_an_earlier_paragraphs_period() -> None:
    # numbers4 (seed 20, detik-178): "lima tahun ke depan" is this paragraph's span
    # (numtime13: the span itself, the years after publication's, as the judge wanted)
    got = _measured("Dividen BUMN pada tahun 2025 mencapai Rp 140 triliun.\n"
                    "Sepanjang lima tahun ke depan, dividen BUMN dapat menyentuh Rp 750 triliun.")
    assert [p for *_, p in got] == ["2025", "2026/2030"]
    got = _measured("Dividen BUMN pada tahun 2025 mencapai Rp 140 triliun.\n"
                    "Dividen BUMN itu naik Rp 10 triliun.")
    assert [p for *_, p in got] == ["2025", "2025"]


def test_a_rank_or_an_agent_is_no_priced_thing() -> None:
    # numbers4 (seed 13, detik-181): the rank is no thing; the sentence's measure is
    got = _measured("Total dana yang belum terserap itu mencapai Rp234 triliun, dengan Provinsi "
                    "Jawa Barat menempati urutan kelima sebesar Rp4,1 triliun.")
    assert [t for _, t, *_ in got] == ["dana", "dana"]
    # numbers4 (seed 28, detik-480): who bears the tax is not what it measures
    got = _measured("PPN itu ditanggung oleh penerima jasa sebesar 5%.")
    assert got[0][1] != "penerima jasa"


def test_a_period_named_later_for_the_same_head_is_taken() -> None:
    # numbers4 (seeds 8, 12: detik-16, detik-169): the article dates the figure later
    got = _measured("Menurutnya, ekspor kopi Indonesia ke Mesir mencapai Rp 2 triliun.\n"
                    "Menurut data kedutaan, ekspor kopi ke Mesir tahun 2024 mencapai US$ 135 "
                    "juta.")
    assert [p for *_, p in got] == ["2024", "2024"]
    # two periods named for the head: none taken; another head's period: none
    got = _measured("Ekspor kopi mencapai Rp 2 triliun.\nEkspor kopi tahun 2023 mencapai Rp 1 "
                    "triliun. Ekspor kopi tahun 2024 mencapai Rp 3 triliun.")
    assert got[0][4] is None
    got = _measured("Harga pupuk organik turun Rp 160.\nLaba PT Pupuk Indonesia tahun 2026 "
                    "naik Rp 2,5 triliun.")
    assert got[0][4] is None
    # the level a change started from is not measured over the later period
    got = _measured("Laba bersih naik 11 persen menjadi Rp 1,2 triliun dibandingkan dengan "
                    "periode yang sama tahun sebelumnya Rp 1,09 triliun.\nLaba bersih kuartal "
                    "I 2017 itu setara 5 persen dari penjualan.")
    # (timex v12 reads "tahun sebelumnya" from the publication date, so the base level's
    # period, the year before 2017's first quarter, is not asserted; the base names no
    # period of its paragraph, so the change is still the later-named quarter's)
    periods = [p for *_, p in got]
    assert periods[:2] == ["2017-Q1", "2017-Q1"] and periods[3] == "2017-Q1"


def test_a_level_that_became_another_is_the_level_before() -> None:
    # numbers4 (seed 15, detik-543): no "dari" needed before the first level
    assert _froms("Kemudian, untuk pupuk NPK Rp 2.300/kg menjadi Rp 1.840/kg.") == [True, False]
    assert _froms("Harga pupuk turun dari Rp 2.300 menjadi Rp 1.840 per kg.") == [True, False]
    # a growth rate before money is no level before it
    assert _froms("Perseroan menumbuhkan laba bersih hingga 15,6 persen menjadi Rp 1,09 "
                  "triliun.")[0] is False


def test_a_window_after_the_first_thing_covers_the_later_clauses() -> None:
    # numbers4 (seeds 22, 24, 27: detik-92, detik-118, detik-476)
    got = _measured("Nilai ekspor Jateng sepanjang Januari-Agustus 2025 mencapai US$ 7,95 miliar, "
                    "dengan surplus perdagangan mencapai US$ 2,19 miliar.")
    assert [p for *_, p in got] == ["2025-01/2025-08", "2025-01/2025-08"]
    got = _measured("Tercatat pendapatan negara sampai 30 September 2025 mencapai Rp 1.863,3 "
                    "triliun, sementara belanja negara terealisasi sebesar Rp 2.234,8 triliun.")
    assert [p for *_, p in got] == ["2025-09-30", "2025-09-30"]


def test_the_subject_of_a_change_from_one_level_to_another_is_its_thing() -> None:
    # numbers8 (seed 31, detik-618): "dari" between the change verb and the level before
    got = _measured("Jalan mantap provinsi naik dari 61,22% menjadi 93,94%.")
    assert [(t, c, to) for _, t, c, to, _ in got] == [
        ("Jalan mantap provinsi", "up", False), ("Jalan mantap provinsi", "up", True)]
    assert _froms("Jalan mantap provinsi naik dari 61,22% menjadi 93,94%.") == [True, False]


def test_a_change_noun_names_what_changes() -> None:
    # numbers8 (seed 31, detik-84): a nominalised rise, a qualifier after "dari"
    text = "Potensi kenaikan margin keuntungan dari rata-rata 10% menjadi 30%."
    got = _measured(text)
    assert [(t, c, to) for _, t, c, to, _ in got] == [
        ("margin keuntungan", "up", False), ("margin keuntungan", "up", True)]
    assert _froms(text) == [True, False]
    # only a change noun right before the phrase names it
    for text, want in [("kenaikan harga saham sebesar 10%", "harga saham"),
                       ("pembelian harga saham sebesar 10%", None),
                       ("kenaikan yang tinggi sebesar 10%", None)]:
        toks = numbers._tokens(text)
        got = numbers._change_noun_of(toks, len(toks) - 2, 0)
        assert (got.of(text) if got else None) == want


def test_a_thing_from_an_earlier_sentence_does_not_open_the_clause() -> None:
    # numbers8: a period before the amount in its own sentence is still the lead's
    assert numbers._opens_at(Span(start=50, end=55), Span(start=10, end=20),
                             Span(start=40, end=60)) == 50
    assert numbers._opens_at(Span(start=50, end=55), Span(start=42, end=48),
                             Span(start=40, end=60)) == 42


def test_percent_points_and_a_base_after_terhadap() -> None:
    # numbers8 (seed 31, detik-890): "% poin" is one unit, not a thing "poin"; the date
    # after "terhadap" that follows a change is the comparison's base, not the period
    got = _measured("Persentase penduduk miskin pada September 2024 sebesar 8,57%, menurun "
                    "0,46% poin terhadap Maret 2024.")
    assert got[1] == ("0,46% poin", "Persentase penduduk miskin", "down", False, "2024-09")
    assert _one("turun 0,5% poin").unit == "poin persentase"


def test_the_usual_level_is_the_level_before_and_an_added_penalty_no_rise() -> None:
    # numbers8 (seed 31, detik-740 and detik-320)
    got = _measured("Tarifnya naik, biasanya Rp 10 ribu jadi Rp 20 ribu.")
    assert [c for _, _, c, _, _ in got] == ["up", "up"]
    assert _froms("Tarifnya naik, biasanya Rp 10 ribu jadi Rp 20 ribu.") == [True, False]
    got = _measured("Ia dijatuhi pidana tambahan berupa pembayaran uang pengganti Rp 19,7 miliar.")
    assert got[0][1:3] == ("pembayaran uang pengganti", None)
    assert _measured("Ada tambahan bantuan Rp 300 ribu.")[0][2] == "up"


def test_no_thing_from_mulai_nor_from_the_party_after_pada() -> None:
    # numbers8 (detik-641, detik-122 of earlier seeds): "Mulai" opens a span, a creditor
    # after "pada" is not what is owed; the change from one level to the next stays
    got = _measured("Mulai dari Rp 1,5 juta menjadi Rp 2 juta per bulan.")
    assert [(t, c, to) for _, t, c, to, _ in got] == [(None, "up", False), (None, "up", True)]
    assert _froms("Mulai dari Rp 1,5 juta menjadi Rp 2 juta per bulan.") == [True, False]
    # not the creditor: the debt "berutang" has (numtime; judged "utang" in detik-122)
    assert _measured("Riky berutang pada tersangka Erwin sebesar Rp 200 ribu.")[0][1] == "utang"
    assert _measured("Bantuan diberikan kepada warga sebesar Rp 200 ribu.")[0][1] != "warga"


def test_a_referring_word_with_nothing_measured_names_no_thing() -> None:
    # numbers8 (detik-863, detik-681): "nilainya" refers to a noun no amount measured;
    # the level it became still moves from it
    got = _measured("Kita juga perbesar dari yang nilainya Rp600 ribu jadi Rp900 ribu.")
    assert [(t, c, to) for _, t, c, to, _ in got] == [(None, "up", False), (None, "up", True)]
    assert _measured("Nilainya sekitar Rp 250 miliar.")[0][1] is None
    # with an amount measured before it in the paragraph, it is that thing
    got = _measured("Bantuan sosial Rp 600 ribu per bulan. Nilainya Rp 1,8 juta sekaligus.")
    assert got[1][1] == "Bantuan sosial"


def test_a_bare_number_after_dari_is_no_level_before_a_percentage() -> None:
    # numbers8: "mengurangi emisi dari 26 menjadi 28 persen" (a garbled range): no rise;
    # the cut its verb says, down by (the seed-65 judge; num31), no level reached
    got = _measured("AS setuju mengurangi emisi dari 26 menjadi 28 persen pada tahun 2025.")
    assert [(c, to) for s, _, c, to, _ in got if s.endswith("persen")] == [("down", False)]


def test_a_range_phrase_between_a_change_and_its_amount_keeps_the_subject() -> None:
    # numbers8 (detik-69): "tumbuh dalam rentang 4,6-5,4%"
    got = _measured("Ekonomi Indonesia akan tumbuh dalam rentang 4,6-5,4% pada 2025.")
    assert got[0][1:3] == ("Ekonomi Indonesia", "up")
    # another phrase there still hides the subject: "naik untuk tenor 5 tahun 3%"
    toks = numbers._tokens("ekonomi naik dalam tiga bulan 5%")
    assert numbers._subject_of(toks, 1, len(toks) - 2, 0) is None


def test_a_date_a_span_starts_at_is_not_the_level_reached() -> None:
    # numbers8 (seed 31, detik-618): "sejak 2018" dates the level before, not the one reached
    got = _measured("Peningkatan terlihat sejak 2018, dimana jalan mantap provinsi naik dari "
                    "61,22% menjadi 93,94% hanya dalam tiga tahun.")
    assert [(c, to, p) for _, _, c, to, p in got] == [("up", False, "2018"), ("up", True, None)]
    got = _measured("Laba bersih naik dari Rp 5 miliar menjadi Rp 8 miliar pada 2024.")
    assert got[1][4] == "2024"


@pytest.mark.parametrize("text, thing", [
    ("Ambang 4 persen terlalu tinggi.", "Ambang"),
    ("Ia membayar angsuran 60 kali per bulan sebesar Rp 864 ribu.", "angsuran"),
    ("Deposito di beberapa bank senilai Rp 4,4 miliar.", "Deposito"),
    ("Ia direkrut dengan mahar €63,5 juta.", "mahar"),
])


def test_thresholds_instalments_deposits_and_fees_are_heads(text: str, thing: str) -> None:
    # numbers8 (detik-529, detik-342, detik-309, detik-746)
    assert _measured(text)[-1][1] == thing


def test_a_comparison_base_is_no_period_of_the_paragraph_nor_of_the_amount_before_it() -> None:
    # the lead, after timex v12 read "tahun sebelumnya" (detik-776, detik-199): the base of
    # "dibandingkan periode yang sama tahun sebelumnya" leaves the amount the period its
    # thing was measured over earlier; "726,5% dari tahun sebelumnya" is measured against it
    got = _measured("Hingga triwulan III 2024, realisasi investasi mencapai Rp 118 miliar.\n"
                    "Realisasi investasi sektor transportasi naik 42 persen dibandingkan "
                    "periode yang sama tahun sebelumnya.")
    assert [p for *_, p in got] == ["2024-Q3", "2024-Q3"]
    got = _measured("Transaksi obligasi sosial mencapai Rp 3 triliun pada tahun 2024, "
                    "mencerminkan pertumbuhan sebesar 726,5% dari tahun sebelumnya.")
    assert [p for *_, p in got] == ["2024", "2024"]


def test_a_market_lead_naming_only_the_publication_day_is_that_day_s_session() -> None:
    # numtime9 (seeds 32/33): a lead saying a market moved, naming no day but the
    # publication day's ("pagi ini") or none at all, reports that day's trading; its
    # amounts naming no period are of that day, and take the lead's mover as their thing.
    text = ("Nilai tukar dolar AS menguat terhadap rupiah pagi ini.\n"
            "Dolar AS terpantau menguat 0,11% terhadap yen Jepang.")
    got = _measured(text)
    assert [(t, p) for _, t, _, _, p in got] == [("Nilai tukar", "2025-01-15")]
    art = analyze("Saham bank BUMN menguat.\nBBRI naik 2,18% ke harga Rp 4.220 per lembar.",
                  published=datetime(2025, 1, 15))
    assert [(c.period, c.period_span) for c in art.numbers] == [("2025-01-15", None)] * 2
    # a lead naming a year is no day's report; nor one with no market in it
    assert _measured("IHSG menguat sepanjang 2024.\nSaham BBRI naik 2%.")[0][4] != "2025-01-15"
    assert _measured("Harga beras naik pagi ini.\nHarganya naik 0,5%.")[0][4] is None


def test_a_share_price_reached_after_ke_harga_is_the_level_reached() -> None:
    # numtime9 (seed 32): "menguat 2,18% ke harga Rp 4.220": up by 2,18%, up to Rp 4.220.
    got = _measured("Saham BRI menguat 2,18% ke harga Rp 4.220 per lembar saham.")
    assert [(c, to) for _, _, c, to, _ in got] == [("up", False), ("up", True)]


def test_a_ratio_to_the_output_is_not_what_is_measured() -> None:
    # numtime9 (seed 33): "X% dari PDB", "X% PDB": PDB is the base of the ratio; the thing
    # is the deficit named before, for the share and the amount restating it after "atau".
    got = _measured("Outlook defisit APBN sebesar 2,78% dari PDB atau sekitar Rp 662 triliun.")
    assert [t for _, t, _, _, _ in got] == ["defisit APBN", "defisit APBN"]
    got = _measured("Defisit APBN dirancang sebesar Rp 689 triliun atau 2,68% PDB.")
    assert [t for _, t, _, _, _ in got] == ["Defisit APBN", "Defisit APBN"]
    # a head that is no base keeps its place: "40 persen saham" counts shares
    assert _measured("Pemerintah memegang 40 persen saham perusahaan.")[0][1] == "saham perusahaan"


def test_a_widening_said_after_the_level_reached_and_before_the_level_before() -> None:
    # numtime9 (seed 33): "Rp 689 triliun atau 2,68% PDB, melebar dari rancangan sebelumnya
    # Rp 638,8 triliun atau 2,48% PDB": up to the first pair, up from the second (a
    # restatement after "atau" is the same level); "menyempit" narrows.
    got = _measured("Defisit APBN dirancang sebesar Rp 689 triliun atau 2,68% terhadap PDB, "
                    "melebar dari rancangan sebelumnya Rp 638,8 triliun atau 2,48% PDB.")
    assert [(c, to) for _, _, c, to, _ in got] == [("up", True)] * 2 + [("up", False)] * 2
    assert _froms("Defisit APBN dirancang sebesar Rp 689 triliun atau 2,68% terhadap PDB, "
                  "melebar dari rancangan sebelumnya Rp 638,8 triliun atau 2,48% PDB.") \
        == [False, False, True, True]
    assert _measured("Defisit neraca berjalan menyempit 0,5%.")[0][2] == "down"


def test_a_one_word_head_with_a_demonstrative_points_back() -> None:
    # numtime9 (seed 33): "defisit Rp 371,5 triliun. Realisasi itu setara dengan 1,56%":
    # "Realisasi itu" is the deficit the paragraph measured last.
    got = _measured("APBN mengalami defisit Rp 371,5 triliun. Realisasi itu setara dengan "
                    "1,56% terhadap PDB.")
    assert [t for _, t, _, _, _ in got] == ["defisit", "defisit"]
    # no demonstrative: the head itself
    assert _measured("Realisasi belanja mencapai 60%.")[0][1] == "Realisasi belanja"


def test_a_level_then_and_a_level_now_are_a_change() -> None:
    # numtime9 (seed 32): "semula Rp 29 miliar, kini hanya tersisa Rp 14,4 miliar": down
    # from the first, down to the second; "kini" is the second's time, not the first's.
    text = "Dari total anggaran semula sekitar Rp 29 miliar, kini hanya tersisa Rp 14,4 miliar."
    got = _measured(text)
    assert [(c, to, p) for _, _, c, to, p in got] == [
        ("down", False, None), ("down", True, "PRESENT_REF")]
    assert _froms(text) == [True, False]
    # "dulu ... sekarang": up as the values go
    got = _measured("Dulu kita alokasikan anggaran Rp30 miliar, sekarang Rp310 miliar.")
    assert [(c, to) for _, _, c, to, _ in got] == [("up", False), ("up", True)]
    # no "then" word: two levels of today, no change
    assert [c for _, _, c, _, _ in _measured("Anggaran kini Rp 5 miliar dan Rp 3 miliar.")] \
        == [None, None]


def test_bracketed_glosses_do_not_push_the_change_out_of_reach() -> None:
    # numtime9 (seed 32): "memangkas suku bunga acuan (BI Rate) sebesar 25 basis poin (bps)
    # menjadi 4,75%": the cut is said of the head however long the glosses after it are.
    got = _measured("Himbara menguat usai Bank Indonesia (BI) memangkas suku bunga acuan "
                    "(BI Rate) sebesar 25 basis poin (bps) menjadi 4,75%.")
    assert [(c, to) for _, _, c, to, _ in got] == [("down", False), ("down", True)]


def test_list_items_naming_nothing_measure_what_their_heading_names() -> None:
    # numbers10 (seed 34, detik-183): a ranked list under "N <noun> dengan X terbesar:"
    got = _measured("Berikut 15 Pemda dengan simpanan tertinggi berdasarkan data Kemenkeu:\n"
                    "1. Provinsi DKI Jakarta Rp 14,6 triliun\n2. Provinsi Jawa Timur Rp 6,8 "
                    "triliun\n3. Kota Banjarbaru Rp 5,1 triliun")
    assert [t for s, t, *_ in got if s.startswith("Rp")] == ["simpanan"] * 3
    # heading and items in one paragraph, a marker after the colon
    got = _measured("Ini 10 negara dengan utang terbesar: 1. Jepang 255 persen, 2. Yunani "
                    "180 persen.")
    assert [t for s, t, *_ in got if s.endswith("persen")] == ["utang", "utang"]
    # a measured head in the heading; an item naming its own thing keeps it
    got = _measured("Rincian anggaran per kementerian:\n- Kemenkeu Rp 5 triliun\n"
                    "- Kemensos dengan subsidi Rp 3 triliun")
    assert [t for _, t, *_ in got] == ["anggaran", "subsidi"]


def test_a_colon_with_no_list_or_no_named_thing_gives_no_thing() -> None:
    # a colon before a quote opens no list; a heading naming no measure names nothing
    assert _measured("Kata Budi: kita siap. Rp 5 triliun sudah ada.")[-1][1] is None
    got = _measured("Ia menjelaskan sebagai berikut:\n1. Kota Bogor Rp 5 triliun")
    assert got[-1][1] is None
    # the list ends where prose starts again
    text = ("Berikut 3 kota dengan utang terbesar:\n1. Bogor Rp 5 triliun\n2. Depok Rp 4 "
            "triliun\nSementara itu, Bupati menyebut bahwa kota lain yang jauh dari pusat "
            "pemerintahan di Jawa Barat hanya menerima Rp 2 triliun pada tahun lalu.")
    assert [t for _, t, *_ in _measured(text)][-1] is None


def test_bases_are_read_for_period_like_dates_only() -> None:
    # numbers10 (review): a day is never a period to carry, so its base is not read
    got = _measured("Inflasi naik 2% dibandingkan Januari 2024. Harga naik 3%.")
    assert got[0][1:3] == ("Inflasi", "up") and got[0][4] is None


def test_a_plain_noun_right_before_an_amount_names_what_it_measures() -> None:
    # numbers10 (seed 34, detik-908; seed 14, detik-72): no listed head, a noun before
    assert _measured("Dengan efisiensi Rp 19 miliar itu, kita masih bisa cover UHC.")[0][1] \
        == "efisiensi"
    got = _measured("Transaksi untuk belanja pakaian 9%; restoran 8%; serta kecantikan 7%.")
    assert [t for _, t, *_ in got][1:] == ["restoran", "kecantikan"]
    assert _measured("Fasilitas ini hanya untuk penghasilan maksimal Rp 10 juta per bulan."
                     )[0][1] == "penghasilan"


@pytest.mark.parametrize("text", [
    "Saya bikin itu kemarin nggak sampai Rp 20 juta.",  # a negation
    "Kalau dikali 20 tahun itu adalah ya Rp 800 triliun.",  # a particle
    "Dolar AS diperkirakan bergerak di rentang Rp 16.210 hingga Rp 16.232.",  # a range
    "Dengan rincian Rp 558,4 miliar pada 2022.",  # a breakdown
    "Kawan-kawan ini jualnya Rp 60.000.",  # a bare verb with -nya
    "Ia memberikancommitment feesebesar SGD 500 ribu.",  # glued to a worth word
    "Investor membeli di seluruh pasar sebesar Rp 533,30 miliar.",  # the worth word's place
])


def test_words_that_only_frame_an_amount_name_nothing(text: str) -> None:
    assert _measured(text)[-1][1] is None


def test_a_part_naming_nothing_measures_what_its_whole_does() -> None:
    # numbers10 (seed 32, detik-617; seed 14, detik-37): "X dari Y <thing>"
    got = _measured("Koster menghitung Bali menyumbang sebesar Rp 107 triliun dari Rp 234 "
                    "triliun devisa pariwisata Indonesia.")
    assert got[0][1] == got[1][1] == "devisa pariwisata Indonesia"
    # seed 11, detik-787: a percentage of the whole the sentence opens with
    got = _measured("Dari kebutuhan USD 285 miliar, Indonesia baru bisa membiayai 16%.")
    assert got[-1][1] == "kebutuhan"
    # not a part that names its own thing, nor a change from a level
    got = _measured("Dari total anggaran Rp 10 triliun, subsidi naik 40%.")
    assert got[-1][1:3] == ("subsidi", "up")


@pytest.mark.parametrize("text", [
    "Nilainya USD 1 juta ( setara Rp 13,3 miliar ).",  # a restatement
    "Dana dibayarkan pada 12 Mei 2010 dengan jumlah Rp 50 miliar.",  # "an amount"
    "Ridwan unggul secara telak 61 persen.",  # a manner
    "Ia menemukan 25 lembar pecahan Rp 100 ribu.",  # the unit of a count
])


def test_a_noun_that_only_frames_an_amount_is_not_its_thing(text: str) -> None:
    # numbers10: dump_records on fresh IndoSum + Detik texts
    got = _measured(text)[-1][1]
    assert got is None or got.split()[0] not in {"setara", "jumlah", "telak", "lembar"}


@pytest.mark.parametrize("text, surface", [
    ("Inflasi tahunan berada di angka 2,5 persen.", "2,5 persen"),
    ("Suku bunga acuan kini berada di level 5,25%.", "5,25%"),
    ("Harga emas Antam pada perdagangan hari ini ditutup di level 2.000 dolar AS per ons.",
     "2.000 dolar AS"),
])


def test_a_level_after_level_or_angka_is_an_amount(text: str, surface: str) -> None:
    # numbers10 (seeds 12-34: detik-4, detik-74, detik-455 ...): "level" and "angka" name
    # identifiers ("angka 1 huruf a") only when no percent, point or currency follows
    assert surface in [s for s, *_ in _measured(text)]
    assert not [c for c in _nums("Sesuai Pasal 5 angka 2 huruf a UU tersebut.")
                if c.span.of("Sesuai Pasal 5 angka 2 huruf a UU tersebut.") == "2"]


def test_a_date_an_open_span_starts_at_is_no_period_of_a_level() -> None:
    # numbers10 (seed 20, detik-74): "terendah sejak November 2022" dates no level
    got = _measured("Suku bunga acuan yang berada di level 5% ini merupakan yang terendah "
                    "sejak November 2022.")
    assert got[0][1] == "Suku bunga acuan" and got[0][4] is None
    # a closed span stays the period
    got = _measured("Sejak 2022 hingga 2024, KPK memulihkan keuangan negara Rp 1,85 triliun.")
    assert got[-1][4] == "2022/2024"
    # a clause dated by the span's start is of that date: "sejak 2022, ketika ..."
    got = _measured("Tugas itu kelanjutan perannya sejak 2022, ketika angka inflasi nasional "
                    "masih di atas 5 persen.")
    assert got[-1][4] == "2022"


def test_a_level_started_from_after_dari_angka() -> None:
    # numbers10 (dump_records, detik:76): "angka" is the figure, as "level" is
    got = _measured("Kita melihat BI rate dipangkas dari angka 5,75% ke angka 5,5%.")
    assert [c[2:4] for c in got] == [("down", False), ("down", True)]
    assert _froms("Kita melihat BI rate dipangkas dari angka 5,75% ke angka 5,5%.") == [
        True, False]


def test_an_abbreviation_after_di_is_where_not_what() -> None:
    # numbers11 (numbers seed 35, detik-640): "di IKN" ends the thing's phrase as a place;
    # the abbreviation is not the measure (so the item keeps its own thing, not the one
    # the item before measured), as "dengan TKDN lebih dari 40%" still is
    got = _measured("Indikatornya antara lain persentase masyarakat sejahtera mencapai 9,50%, "
                    "persentase pelayanan kesehatan yang memenuhi standar di IKN 63%.")
    assert [c[1] for c in got] == ["persentase masyarakat sejahtera",
                                   "persentase pelayanan kesehatan"]
    got = _measured("Insentif diberikan untuk mobil dengan TKDN lebih dari 40%.")
    assert got[-1][1] == "TKDN"


def test_a_plan_year_named_once_frames_bare_amounts() -> None:
    # numtime12: "APBN 2018" then paragraphs naming no period of their own
    got = _measured("Pemerintah menyusun APBN 2018 dengan hati-hati.\n"
                    "Belanja pegawai dipatok Rp 365 triliun.\n"
                    "Subsidi energi disiapkan sebesar Rp 94 triliun.")
    assert [g[4] for g in got] == ["2018", "2018"]
    got = _measured("Target itu tercantum dalam Rencana Kerja Pemerintah (RKP) Tahun 2025.\n"
                    "Cakupan layanan air bersih ditargetkan mencapai 60%.")
    assert got[-1][4] == "2025"


def test_two_plan_years_or_another_period_frame_nothing() -> None:
    got = _measured("APBN 2025 dan RAPBN 2026 dibahas DPR.\nSubsidi pupuk Rp 40 triliun.")
    assert got[-1][4] is None
    got = _measured("DPR mengesahkan APBN 2018.\nPada Maret 2017 utang naik 3 persen.")
    assert got[-1][4] == "2017-03"


def test_a_head_inside_a_name_where_an_amount_is_said() -> None:
    # numtime12: "Belanja Negara" is part of the budget's name, not what 5,3% measures
    got = _measured("Proyeksi inflasi dalam Anggaran Pendapatan dan Belanja Negara (APBN) "
                    "dipatok 2,5% pada 2026.")
    assert got[-1][1] == "Proyeksi inflasi"


def test_a_period_after_untuk_before_a_name_dates_the_clause() -> None:
    # numtime12 (seed 36): "untuk kuartal IV-2025, <name> mengatakan ...": the period the
    # statement is about, not a role written before the name
    got = _measured("Sementara itu, untuk kuartal II-2026, Budi mengatakan proyeksi "
                    "pertumbuhannya masih sebesar 5,1%.")
    assert got[-1][4] == "2026-Q2"


def test_a_year_written_over_two_years_is_their_span() -> None:
    # numtime13: "periode 2019/2020", "tahun ajaran 2023/2024" fill two calendar years; the
    # period is the span, not its first year (a lone year stays the year)
    got = _measured("Pendapatan koperasi periode 2019/2020 mencapai Rp 3 miliar.")
    assert got[-1][4] == "2019/2020"
    got = _measured("Dana beasiswa tahun ajaran 2023/2024 sebesar Rp 500 juta.")
    assert got[-1][4] == "2023/2024"
    got = _measured("Dana beasiswa tahun 2023 sebesar Rp 500 juta.")
    assert got[-1][4] == "2023"


def test_a_taxpayer_is_no_tax() -> None:
    # numtime13 (seed 37): "wajib pajak" is the taxpayer; "pajak" inside it is no head
    got = _measured("Hingga kini jumlah laporan wajib pajak baru 40%.")
    assert got[-1][1] != "pajak"
    got = _measured("Penerimaan pajak mencapai Rp 20 triliun.")
    assert got[-1][1] == "Penerimaan pajak"


def test_a_word_of_the_level_is_no_thing() -> None:
    # numtime13 (seed 37): "ke angka awal Rp 340 miliar": "awal" says which figure, it is
    # not what the money measures
    got = _measured("Dewan meminta PAD dikembalikan ke angka semula Rp 120 miliar.")
    assert got[-1][1] != "semula"
    got = _measured("Dewan meminta target itu dikembalikan ke angka semula Rp 120 miliar.")
    assert got[-1][1] == "target"


def test_the_first_item_of_a_labelled_list() -> None:
    # numtime13 (seed 37): the first amount of a list of labelled amounts takes the words
    # back to the list's opener or the clause start, as the later items do after commas
    got = _measured("Sektor pertanian 41,2 persen, perdagangan 20,5 persen dan jasa 9,1 persen.")
    assert [g[1] for g in got] == ["Sektor pertanian", "perdagangan", "jasa"]
    got = _measured("Alasan warga yakni jujur, sederhana 30,1 persen, sopan santun 25,4 persen.")
    assert [g[1] for g in got] == ["jujur, sederhana", "sopan santun"]
    # a verb opening the clause labels nothing
    got = _measured("Ia memperkirakan 4,5 persen, inflasi 2,8 persen.")
    assert got[0][1] is None


def test_years_counted_ahead_are_their_span() -> None:
    # numtime13 (seed 27's "selama 3 tahun mendatang", once a duration): years counted
    # forward from publication (2025 here) fill the years after this one
    got = _measured("Dividen BUMN dapat menyentuh Rp 750 triliun dalam lima tahun ke depan.")
    assert got[-1][4] == "2026/2030"
    got = _measured("Anggaran Rp 48 triliun disiapkan selama 3 tahun mendatang.")
    assert got[-1][4] == "2026/2028"


def test_a_share_restating_a_count_past_its_noun() -> None:
    # numtime13 (seed 37): "tiga dari 4 upaya penipuan (74%)": the share restates the count
    # and measures what it counts, though the noun stands between them
    got = _measured("Polisi mencatat 120 kasus pencurian (60%) terjadi pada malam hari.")
    assert got[-1][1] == "kasus pencurian"
    got = _measured("Sebanyak 3 juta pelanggan atau 12% sudah beralih.")
    assert got[-1][1] == "pelanggan"


def test_a_body_named_in_a_list_receives_the_sum() -> None:
    # numtime13 (seed 35's detik-59): the items of a budget split among bodies are the
    # budget's; "Dana" or "Investasi" inside a body's name is not what they measure
    got = _measured("Anggaran program itu sebesar Rp 5 triliun. Jumlah tersebut terdiri dari "
                    "Lembaga Pengelola Dana Riset (LPDR) Rp 3 triliun, Badan Pengelola "
                    "Investasi Desa (BPID) Rp 2 triliun.")
    assert [g[1] for g in got] == ["Anggaran program", "Anggaran program", "Anggaran program"]


def test_the_same_period_of_an_earlier_year_is_that_year_s_part() -> None:
    # numtime14 (seed 38): "periode yang sama tahun 2024" after a quarter of 2025 is the
    # same quarter of 2024, not the whole year
    got = _measured("Pada triwulan II 2024, ekspor daerah itu tercatat Rp 8 triliun. Angka ini "
                    "naik Rp 1 triliun dibandingkan periode yang sama tahun 2023 yang sebesar "
                    "Rp 7 triliun.")
    assert [g[4] for g in got] == ["2024-Q2", "2024-Q2", "2023-Q2"]


def test_an_efficiency_cut_is_down() -> None:
    # numtime14 (seed 38): "diefisiensi sebesar" cuts the budget
    got = _measured("Anggaran dinas itu diefisiensi sebesar Rp 12 miliar tahun ini.")
    assert got[0][1:3] == ("Anggaran dinas", "down")


def test_the_sum_a_change_results_in_is_up_to() -> None:
    # numtime14 (seed 38): "ditambah ... sehingga ada sekitar Rp 100 triliun" is the total
    # reached, up to
    got = _measured("Dananya semula Rp 40 miliar lalu ditambah Rp 10 miliar sehingga ada "
                    "sekitar Rp 50 miliar.")
    assert got[-1][2:4] == ("up", True)


def test_a_second_thing_joined_to_a_change_says_it_again() -> None:
    # numtime14 (seed 38): "anggaran KL diefisiensi sebesar ... dan transfer ke daerah (TKD)
    # Rp 50,59 triliun": both cut
    got = _measured("Belanja pegawai dipangkas sebesar Rp 4 miliar dan belanja modal Rp 2 miliar.")
    assert [g[2] for g in got] == ["down", "down"]
    # "dengan" joins no second thing: "naik 5% dengan nilai Rp 3 triliun" says no change
    got = _measured("Ekspor naik Rp 1 triliun dengan nilai Rp 3 triliun.")
    assert got[-1][2:4] != ("up", False)


def test_a_head_pointing_back_shares_the_month_of_the_amount_before() -> None:
    # numtime14 (seed 38): "per akhir Mei 2025 realisasi belanja ... Realisasi ini merupakan
    # 28,1% dari total belanja APBN 2025": the share is of the end of May, not all 2025
    got = _measured("Hingga akhir Juni 2024 realisasi pendapatan daerah mencapai Rp 3 triliun. "
                    "Realisasi ini setara 45% dari target APBD 2024.")
    assert [g[4] for g in got] == ["2024-06", "2024-06"]


def test_a_paragraph_naming_a_thing_measured_over_a_year_gives_its_list_that_year() -> None:
    # numtime15 (seed 39): "Pemkot mengalokasikan dana hibah ... pada tahun 2025 ... 8
    # parpol tersebut mendapat dana hibah dengan besaran berbeda. Adapun PKS mendapat
    # bantuan Rp2,7 miliar, Gerindra Rp1,8 miliar": the grants of 2025
    text = ("Pemerintah kabupaten menyalurkan dana bantuan sosial sebesar Rp 5 miliar pada "
            "tahun 2024.\nEmpat desa menerima dana bantuan sosial dengan jumlah berbeda. "
            "Desa Sukamaju memperoleh bagian Rp 2 miliar, Desa Mekar Rp 1,5 miliar.")
    assert [g[4] for g in _measured(text) if "Rp" in g[0]] == ["2024", "2024", "2024"]
    # a thing its own sentence names is another amount's, not this one's
    text = ("Pemerintah kabupaten menyalurkan dana bantuan sosial sebesar Rp 5 miliar pada "
            "tahun 2024.\nDana bantuan sosial desa itu Rp 2 miliar (kurs Rp 16.000/dolar AS).")
    assert _measured(text)[-1][4] is None


def test_a_list_item_s_period_stays_with_its_item() -> None:
    # numtime15 (seed 39): "• Penerima PKH Murni: ... total Rp 1,116 triliun ... • Penerima
    # Penebalan Juni-Juli 2025: ... total Rp 7,311 triliun": the June-July is the last
    # item's, not the items' above with the same head word
    text = ("Rincian bantuan:\n• Penerima beras: masing-masing Rp 2 juta per tahun\n"
            "• Penerima susu Maret-April 2025: masing-masing Rp 400 ribu")
    got = _measured(text)
    assert [g[4] for g in got if "Rp" in g[0]] == [None, "2025-03/2025-04"]


def test_an_election_s_year_is_no_period_of_its_sentence_s_amounts() -> None:
    # numtime15 (seed 39): "8 partai politik pemenang Pemilu 2024 yang mendapat dana hibah
    # ... Rp11 miliar": the year names the election; after a word of time it is when
    got = _measured("Lima partai pemenang Pemilu 2024 menerima bantuan keuangan Rp 3 miliar.")
    assert got[-1][4] is None
    got = _measured("Ia diduga menerima suap Rp 300 juta dari caleg di Pemilu 2024.")
    assert got[-1][4] == "2024"


def test_value_word_past_a_verb_prices_the_thing_bought() -> None:
    # "dibelikan mobil senilai": the car's value, not the money's (numtime)
    text = ("Fitri mendapat aliran uang Rp 2 miliar dari Heri dan dibelikan mobil senilai "
            "Rp 1 miliar.")
    got = {c.span.of(text): c.thing for c in _nums(text)}
    assert got == {"Rp 2 miliar": "uang", "senilai Rp 1 miliar": "mobil"}
    plain = _one("Polisi menyita uang senilai Rp 5 juta.")
    assert plain.thing == "uang"


def test_head_after_before_tax_is_no_measure() -> None:
    text = ("Ia berpenghasilan sekitar €3.100 per bulan sebelum pajak, sedikit di bawah "
            "rata-rata nasional, yaitu €3.363 untuk posisi serupa.")
    assert all(c.thing != "pajak" for c in _nums(text))


def test_rate_head_read_past_the_window() -> None:
    text = ("Penyebab kenaikan ini adalah Tingkat Pengangguran Terbuka (TPT) laki-laki di kota "
            "yang mengalami kenaikan dari 5,87% menjadi 6,06%.")
    assert [c.thing for c in _nums(text)] == ["Tingkat Pengangguran Terbuka"] * 2


def test_poverty_line_head_and_adverb_turut() -> None:
    text = "Garis kemiskinan Jakarta turut meningkat menjadi Rp852.798 per kapita per bulan."
    assert _one(text).thing == "Garis kemiskinan Jakarta"


def test_list_item_with_level_word_keeps_the_change_before() -> None:
    text = ("Tunjangan DPR naik antara lain tunjangan beras naik menjadi Rp 12 juta dari Rp 10 "
            "juta, tunjangan transportasi (bensin) menjadi Rp 7 juta dari Rp 4-5 juta.")
    got = [(c.thing, c.change, c.change_to, c.change_from) for c in _nums(text)]
    assert got[2:] == [("tunjangan transportasi", "up", True, False),
                       ("tunjangan transportasi", "up", False, True)]


def test_ber_verb_of_a_head_names_it() -> None:
    # "berpenghasilan": has an income of; not an adjective with another verb before the
    # amount ("pupuk bersubsidi yang digunakan petani, yaitu urea dari Rp 2.250")
    assert _one("Ia berpenghasilan sekitar Rp 58 juta per bulan.").thing == "penghasilan"
    text = ("Penurunan meliputi pupuk bersubsidi yang digunakan petani, yaitu urea dari Rp 2.250 "
            "per kilogram menjadi Rp 1.800 per kilogram.")
    assert all(c.thing != "subsidi" for c in _nums(text))


def test_place_right_after_a_percentage_is_no_thing() -> None:
    text = "Sudah hampir 35 persen Kabupaten Bandung menerima manfaat program itu."
    place = Entity(id="e1", kind="PLACE", name="Kabupaten Bandung",
                   mentions=(Span(start=text.index("Kabupaten"), end=text.index(" menerima")),))
    assert _nums(text, (place,))[0].thing is None


def test_base_date_of_a_comparison_is_not_the_level_reacheds() -> None:
    text = ("Jika dibandingkan periode yang sama tahun sebelumnya (Maret 2024), persentase "
            "kemiskinan di Jakarta sedikit menurun dari 4,30 persen menjadi 4,28 persen.")
    art = analyze(text, published=datetime(2025, 8, 2, 11, 0))
    got = [(c.span.of(art.text), c.period) for c in art.numbers]
    assert got == [("4,30 persen", "2024-03"), ("4,28 persen", None)]


def test_date_after_a_counterpart_stays_the_level_reacheds() -> None:
    # "terhadap rupiah" is a counterpart, not a comparison: "hari ini" dates the level
    text = ("Nilai tukar dolar AS menguat terhadap rupiah pada penutupan perdagangan hari ini, "
            "berada di level Rp 16.400-an.")
    art = analyze(text, published=datetime(2025, 10, 22, 16, 0))
    assert [c.period for c in art.numbers] == ["2025-10-22"]


def _periods(text: str, published: datetime) -> dict[str, str | None]:
    art = analyze(text, published=published)
    return {c.span.of(art.text): c.period for c in art.numbers}


def test_saat_itu_is_the_period_named_just_before() -> None:
    # "Saat itu" points back to the month the sentence before named, not a vague past
    got = _periods("Sri Mulyani menyebut kondisi rupiah lebih baik dibandingkan saat Trump "
                   "mengumumkan kebijakan tarif pada April 2025. Saat itu kurs rupiah sempat "
                   "menembus level Rp 16.865/US$.", datetime(2025, 7, 28))
    assert got["Rp 16.865"] == "2025-04"
    got = _periods("Anselmus mulai menanam kopi pada 2004 di atas tanah seluas 1,5 hektare. "
                   "Sejak saat itu harga kopi melonjak hingga Rp 2.500 per kilogram.",
                   datetime(2025, 7, 28))
    assert got["hingga Rp 2.500"] == "2004"


def test_election_year_is_carried_to_no_later_sentence() -> None:
    got = _periods("Besaran dana hibah disesuaikan dengan jumlah suara partai politik saat "
                   "Pemilu 2024 yang lalu. Berdasarkan hitungan, partai politik mendapatkan "
                   "bantuan dana hibah sebesar Rp 5 ribu per suara.", datetime(2025, 6, 12))
    assert got["sebesar Rp 5 ribu"] is None


def test_trading_session_day_carries_to_the_next_sentence() -> None:
    got = _periods("Nilai tukar rupiah ditutup melemah terhadap dolar AS pada perdagangan hari "
                   "ini, Senin (28/7). Melansir dari Refinitiv, nilai tukar rupiah mengalami "
                   "penurunan sebesar 0,15% atau ditutup di level Rp 16.335/US$.",
                   datetime(2025, 7, 28))
    assert got["sebesar 0,15%"] == "2025-07-28"
    # the day glossed by its date is one day, no span: it still carries
    got = _periods("Nilai tukar rupiah ditutup melemah pada perdagangan hari ini, Senin (28/7). "
                   "Nilai tukar rupiah mengalami penurunan sebesar 0,15%.", datetime(2025, 7, 28))
    assert got["sebesar 0,15%"] == "2025-07-28"


def test_session_part_of_day_and_weekend_lead() -> None:
    # a lead greeting the weekend still reports the day's trading; "pagi ini" of the
    # opening is that day
    got = _periods("Mata uang dolar AS bergerak menguat menyambut akhir pekan. Mata uang Paman "
                   "Sam bergerak menguat tipis ke level Rp 16.500.\nPada pembukaan pagi ini, "
                   "dolar AS sempat menyentuh level Rp 16.582.", datetime(2025, 10, 17, 10))
    assert got["Rp 16.500"] == "2025-10-17"
    assert got["Rp 16.582"] == "2025-10-17"


def test_worth_of_a_noun_with_a_demonstrative() -> None:
    # "rumah tersebut seharga": the house is what is priced; a counted noun is not
    art = analyze("Lalu, Beckham dan istrinya membeli rumah tersebut seharga US$ 3,8 juta.",
                  published=datetime(2025, 7, 28))
    assert [c.thing for c in art.numbers] == ["rumah"]
    art = analyze("Jadi totalnya tadi untuk 35,04 juta keluarga penerima manfaat itu senilai "
                  "Rp30 triliun lebih.", published=datetime(2025, 7, 28))
    assert next(c for c in art.numbers if c.currency).thing != "keluarga penerima manfaat"


def test_level_returned_to_is_a_change_to_it() -> None:
    art = analyze("Saat itu kurs rupiah sempat menembus level Rp 16.865/US$, sedangkan per 30 "
                  "Juni 2025 sudah mampu kembali ke level Rp 16.235/US$.",
                  published=datetime(2025, 7, 28))
    got = {c.span.of(art.text): (c.change, c.change_to) for c in art.numbers}
    # (numtime19: the level broken through is up to, by the seed-53 judge's ruling)
    assert got["Rp 16.865"] == ("up", True)
    assert got["Rp 16.235"] == ("down", True)


def test_date_of_a_speech_or_a_saying_is_no_period() -> None:
    # numtime3 (numbers seed 42): the day of a speech, or a time before "bahwa", dates
    # the saying, not the figure said
    got = _periods("Data resmi yang dikutip Presiden pada pidato kenegaraan 18 Agustus 2025 "
                   "menyebut angka kemiskinan Indonesia berada pada titik terendah, yakni 8,47%.",
                   datetime(2025, 9, 12))
    assert got["8,47%"] is None
    got = _periods("Kemarin sudah dipaparkan oleh Menteri bahwa batas maksimum 39,96% dari PDB "
                   "perlu dijaga.", datetime(2025, 9, 12))
    assert got["39,96%"] is None


def test_base_date_of_a_change_is_not_its_period() -> None:
    # the base of a change by an amount is no period; the paragraph's month is
    got = _periods("Persentase penduduk miskin pada Maret 2025 mencapai 8,47%. Jika dibandingkan "
                   "dengan September 2024, persentasenya turun 0,1%.", datetime(2025, 7, 25))
    assert got["0,1%"] == "2025-03"
    # a date before "dari X menjadi Y" is the level reached's, not the level left's
    got = _periods("BPS melalui Sakernas Februari 2025 juga mencatat penurunan Tingkat "
                   "Pengangguran Terbuka (TPT) dari 4,82% menjadi 4,76%.", datetime(2025, 8, 20))
    assert got["4,82%"] is None
    assert got["4,76%"] == "2025-02"


def test_ranking_goes_on_in_the_next_sentence() -> None:
    # "Disusul X dengan 83 persen, Y 82 persen": the score of the sentence before
    art = analyze("Posisi tertinggi diraih Menteri Keuangan Purbaya Yudhi Sadewa dengan skor "
                  "kepuasan mencapai 85 persen. Disusul Sekretaris Kabinet Teddy Indra Wijaya "
                  "dengan 83 persen, Menko Muhaimin Iskandar 82 persen.",
                  published=datetime(2025, 10, 20))
    assert [c.thing for c in art.numbers if c.unit == "persen"] == ["kepuasan"] * 3


def test_share_of_respondents_felt_and_share_against_a_whole() -> None:
    art = analyze("Survei dilakukan terhadap 1.200 responden. Hasil survei menunjukkan mayoritas "
                  "responden atau 83,5 persen merasa puas dengan kinerja Presiden.",
                  published=datetime(2025, 10, 20))
    assert [c.thing for c in art.numbers if c.unit == "persen"] == ["responden"]
    art = analyze("Jumlah penduduk miskin masih terkonsentrasi di pulau Jawa yaitu sebanyak 12,56 "
                  "juta atau sekitar 52,66% terhadap total jumlah penduduk miskin nasional.",
                  published=datetime(2025, 7, 25))
    assert [c.thing for c in art.numbers if c.unit == "persen"] == ["penduduk miskin"]


def test_money_spent_named_by_its_verb() -> None:
    art = analyze("Sepanjang 2024, BPJS Kesehatan mengeluarkan sekitar Rp 35,3 triliun untuk "
                  "menanggung pengobatan penyakit kronis.", published=datetime(2025, 7, 25))
    c = next(c for c in art.numbers if c.currency)
    assert (c.thing, c.period) == ("mengeluarkan", "2024")
    art = analyze("Merek busana baru biasanya hanya sanggup mengeluarkan uang sekitar USD 150 "
                  "untuk satu model.", published=datetime(2025, 7, 25))
    assert [c.thing for c in art.numbers if c.currency] == ["uang"]


def test_a_place_opening_a_list_item_measures_the_headings_thing() -> None:
    # numtime4 (numbers seed 43): the regency opening each item is whose the funds are;
    # the heading names what the amounts measure, and no period of another place's carries
    got = _measured(
        "Dana transfer untuk NTB pada 2025 mencapai Rp 3,4 triliun.\n"
        "Berikut rincian pemangkasan dana transfer daerah untuk 10 kabupaten/kota:\n"
        "1. Kabupaten Bima dari Rp 1,2 triliun menjadi Rp 1 triliun.")
    assert [(s, t, p) for s, t, _, _, p in got[1:] if s.startswith("Rp")] == [
        ("Rp 1,2 triliun", "dana transfer daerah", None),
        ("Rp 1 triliun", "dana transfer daerah", None)]


def test_a_lone_active_verb_is_no_thing() -> None:
    # numtime4 (numbers seed 43): "memperkaya" names no thing; "memperkaya diri" (a listed
    # head) and a verb head of spending ("mengeluarkan") still do
    got = _measured("Jaksa mengatakan perbuatan Isa telah memperkaya perusahaan reasuransi "
                    "Provident Capital Ltd sebesar Rp 50 miliar.")
    assert got[0][1] != "memperkaya"
    got = _measured("Dia membantah memperkaya diri atau orang lain sebesar Rp 39 miliar.")
    assert got[0][1] == "memperkaya diri"
    got = _measured("Sepanjang 2024, BPJS Kesehatan mengeluarkan sekitar Rp 35,3 triliun "
                    "untuk menanggung pengobatan.")
    assert got[0][1] == "mengeluarkan"


def test_an_abbreviation_spells_where_a_cut_name_ends() -> None:
    # numtime4 (numbers seed 43): the bracketed abbreviation's letters carry the thing past
    # "dan" ("pajak bumi dan bangunan (PBB)") and to the gloss's end ("masa depan")
    got = _measured("Rinciannya, pajak penghasilan (PPh) senilai Rp 77 miliar, pajak bumi dan "
                    "bangunan (PBB) senilai Rp 52 miliar.")
    assert [t for _, t, _, _, _ in got] == ["pajak penghasilan", "pajak bumi dan bangunan"]
    got = _measured("Perkara ini bermula saat KMPMD (kewajiban manfaat polis masa depan) telah "
                    "terakumulasi sebesar Rp 10,7 triliun pada Desember 2009.")
    assert got[0][1] == "kewajiban manfaat polis masa depan"


def test_a_rules_signing_date_is_no_period_of_its_figures() -> None:
    # numtime4 (numbers seed 43): the year a decree was signed dates the signing, not the
    # monthly fee it sets
    got = _periods("Dalam perpres yang diteken pada 2020 lalu tersebut, peserta kelas 1 "
                   "membayar biaya iuran sebesar Rp 150.000 per bulan.", datetime(2025, 10, 9))
    assert got["sebesar Rp 150.000"] is None


def test_the_subject_of_a_copula_is_what_the_amount_is() -> None:
    # numtime4 (numbers seed 43): "adalah" before the amount: its subject is the thing,
    # not the words after the amount
    got = _measured("Besaran dendanya adalah 5 persen sebagaimana bunyi ayat pasal 42 ayat (6).")
    assert got[0][:2] == ("5 persen", "Besaran dendanya")


def test_a_trading_day_dating_the_paragraph_after_the_lead_carries_over_the_quotes() -> None:
    # numtime5 (seed 44): the lead says a market moved but names another day (a deadline);
    # the next paragraph opens with the trading day ("Berdasarkan data Bloomberg, Senin
    # (13/1/2025), pukul 15.35 ... melemah"): the day of every quote after it, up to an
    # analyst's paragraph.
    text = ("Mata uang Asia melemah menjelang batas negosiasi tarif pada 20 Januari 2025.\n"
            "Berdasarkan data Bloomberg, Senin (13/1/2025), pukul 15.35 seluruh mata uang "
            "Asia melemah. Rupiah misalnya, melemah 54,50 poin atau 0,34%.\n"
            "Kemudian disusul dolar Australia turun 0,85%, serta rupee India dengan "
            "pelemahan 0,66%.")
    got = _measured(text)
    assert [(s, t, p) for s, t, _, _, p in got] == [
        ("54,50 poin", "Rupiah", "2025-01-13"), ("0,34%", "Rupiah", "2025-01-13"),
        ("0,85%", "dolar Australia", "2025-01-13"), ("0,66%", "rupee India", "2025-01-13")]
    # a lead with no market moving is no report of trading
    assert numbers._sourced_session(analyze(
        "Pemerintah menyiapkan aturan baru.\nBerdasarkan data BPS, Senin (13/1/2025), harga "
        "beras naik 2%.", published=datetime(2025, 1, 15)), ()) is None


def test_a_currency_s_name_stays_whole_in_the_thing() -> None:
    # numtime5 (seed 44): "mata uang dolar Hong Kong", "dolar baru Taiwan": not cut to "uang"
    got = _measured("Mata uang dolar baru Taiwan melemah 0,43%, serta mata uang dolar Hong "
                    "Kong turun 0,01% ke posisi HK$ 7,85/US$.")
    assert [t for _, t, *_ in got] == ["uang dolar baru Taiwan", "uang dolar Hong Kong",
                                       "uang dolar Hong Kong"]
    assert _measured("Dolar Singapura turun 0,32% ke posisi SG$ 1,28/US$.")[1][0] == "SG$ 1,28"


def test_an_amount_restated_after_atau_takes_the_first_amount_s_thing() -> None:
    # numtime5 (seed 44): the head is out of the restatement's window, not the first's
    got = _measured("Parahnya, kerugian dari penipuan Wangiri dan Interasional Revenue Sharing "
                    "Fraud lainnya mencapai lebih dari 27 miliar atau Rp 407 triliun lebih.")
    assert [(s, t) for s, t, *_ in got][-1] == ("Rp 407 triliun", "kerugian")


def test_a_signed_move_in_brackets_after_a_ticker_is_that_ticker_s() -> None:
    # numtime5 (seed 43): not the index the sentence named before the list
    got = _measured("Penguatan indeks didorong oleh saham-saham besar seperti BBCA (+7,62%), "
                    "TLKM (+11,56%), dan BBRI (+2,17%).")
    assert [(t, c) for _, t, c, _, _ in got] == [("BBCA", "up"), ("TLKM", "up"), ("BBRI", "up")]


def test_the_day_a_rate_was_announced_is_no_period_of_it() -> None:
    # numtime5 (seed 44, the judge's rule): "Pada awal bulan April lalu, Presiden Trump
    # mengumumkan tarif sebesar 10%": the month dates the announcement, not the tariff
    got = _measured("Pada awal bulan Desember lalu, Presiden Trump mengumumkan tarif "
                    "sebesar 10% pada sebagian besar negara.")
    assert [(t, p) for _, t, _, _, p in got] == [("tarif", None)]
    # a period said with the amount stays
    got = _measured("Presiden Trump mengumumkan tarif sebesar 10% untuk tahun 2025.")
    assert got[0][4] == "2025"


def test_a_fund_measures_the_amount_not_what_it_pays_for() -> None:
    # numtime6 (seed 45): "anggaran untuk diskon transportasi" is the budget's amount
    got = _measured("Keseluruhan anggaran untuk diskon transportasi sebesar Rp 940 miliar. "
                    "Anggaran yang dibutuhkan untuk perpanjangan diskon iuran JKK Rp 200 miliar.")
    assert [t for _, t, _, _, _ in got] == ["anggaran", "Anggaran"]


def test_a_change_word_inside_a_name_is_no_change() -> None:
    # numtime6 (seed 45): "Pajak Pertambahan Nilai" names a tax; the name runs to its
    # bracketed abbreviation
    got = _measured("Kedua, diskon tiket pesawat ekonomi Pajak Pertambahan Nilai Ditanggung "
                    "Pemerintah (PPN-DTP) 6% untuk menurunkan harga tiket pesawat.")
    assert [(t, c) for _, t, c, _, _ in got] == [
        ("Pajak Pertambahan Nilai Ditanggung Pemerintah", None)]


def test_a_range_or_pair_of_months_is_the_period_they_span() -> None:
    # numtime6 (seed 45): "periode Juni-Juli", "selama Juni dan Juli", published in June
    def periods(text: str) -> list[str | None]:
        return [c.period for c in analyze(text, published=datetime(2025, 6, 2)).numbers]
    got = periods("Diskon kereta api 30% dengan anggaran Rp 300 miliar periode Juni-Juli.")
    assert got[1] == "2025-06/2025-07"
    got = periods("Pemerintah memberi stimulus selama Juni dan Juli senilai Rp 24,44 triliun.")
    assert got[-1] == "2025-06/2025-07"


def test_a_comparison_s_base_year_after_the_amount_is_no_period() -> None:
    # numtime6 (seed 45): "naik 8,6% dibandingkan outlook ... pada 2025" rises in 2026 (the
    # year the sentence before named), 2025 is the base; so after a glued "dari"
    text = ("Pemerintah menganggarkan Rp 599,44 triliun untuk membayar bunga utang pada 2026. "
            "Jumlah bunga utang itu naik 8,6% dibandingkan outlook pembayaran bunga utang "
            "pada 2025.")
    got = analyze(text, published=datetime(2025, 8, 18)).numbers
    assert [c.period for c in got] == ["2026", "2026"]


def test_the_paragraph_dating_the_trading_after_a_lead_naming_a_person() -> None:
    # numtime6 (seed 45): the lead names a minister (an analyst's view ends a session),
    # the next paragraph opens with the trading day: its amounts are of that day
    text = ("Menko Airlangga Hartarto merespons pelemahan nilai tukar rupiah dan anjloknya "
            "IHSG setelah reshuffle.\nBerdasarkan data RTI, Selasa (9/9/2025), IHSG ditutup "
            "di level 7.628 atau melemah 138 poin (1,78%).")
    got = analyze(text, published=datetime(2025, 9, 9, 17)).numbers
    assert [(c.thing, c.period) for c in got if c.unit in ("poin", "persen")] == [
        ("IHSG", "2025-09-09"), ("IHSG", "2025-09-09")]


def test_a_quantity_noun_pointing_back_measures_the_amount_before() -> None:
    # numtime7 (seed 46): "Jumlah itu naik 8,6%" is a rise of what the sentence before
    # measured, of either kind; not "dari jumlah tersebut ... 20%" (a part of it)
    text = ("Kementerian menyiapkan subsidi pupuk sebesar Rp 46 triliun tahun ini. "
            "Angka tersebut turun 3% dari tahun sebelumnya.")
    got = analyze(text, published=datetime(2025, 3, 4)).numbers
    assert [c.thing for c in got] == ["subsidi pupuk", "subsidi pupuk"]
    text = ("Sebanyak 14 juta wajib pajak sudah terdaftar. Namun dari jumlah tersebut baru "
            "di bawah 20% yang melapor.")
    got = [c for c in analyze(text, published=datetime(2025, 3, 4)).numbers
           if c.unit == "persen"]
    assert got[0].thing is None


def test_one_of_is_no_counted_thing() -> None:
    # numtime7 (seed 46): "2 persen salah satu terendah": "salah" is no thing
    c = _one("Kita menjaga harga beras naik di sekitar 3 persen salah satu terendah di Asia.")
    assert c.thing == "harga beras"


def test_a_cited_study_s_year_dates_no_amount() -> None:
    # numtime7 (seed 46): "(Santoso dan Lubis, 2021)" is when a paper came out, not when the
    # money was spent; nor does the paragraph's earlier year carry into a study's findings
    text = ("Revisi undang-undang itu dijadwalkan dibahas pada tahun 2027. Calon kepala daerah "
            "menghabiskan rata-rata Rp 30 miliar untuk kampanye (Santoso dan Lubis, 2021). "
            "Hartono dkk (2019) mencatat biaya saksi mencapai Rp 5 miliar.")
    got = analyze(text, published=datetime(2025, 10, 10)).numbers
    assert [c.period for c in got] == [None, None]
    # an institution's source year still dates its figure
    text = "Pengguna internet mencapai 221 juta orang atau 79,5 persen penduduk (APJII, 2024)."
    got = analyze(text, published=datetime(2025, 10, 10)).numbers
    assert [c.period for c in got if c.unit == "persen"] == ["2024"]


def test_money_received_is_the_money_just_measured() -> None:
    # numtime7 (seed 46): "Setiap KPM menerima Rp 300 ribu" names no noun of its own: the
    # aid the sentence before measured (across a paragraph, too)
    text = ("Pemprov menyalurkan insentif guru ngaji senilai Rp 1,2 juta.\nSetiap guru "
            "menerima Rp 400 ribu per bulan selama tiga bulan.")
    got = analyze(text, published=datetime(2025, 10, 20)).numbers
    assert [c.thing for c in got] == ["insentif guru ngaji", "insentif guru ngaji"]


def test_a_change_noun_opening_the_sentence_changes_what_was_measured_before() -> None:
    # numtime7 (seed 45): "Tambahan 20% bisa didapatkan ..." adds to the discount before
    text = ("Toko itu memberi diskon 30% untuk semua sepatu.\nTambahan 10% berlaku "
            "bagi pemegang kartu anggota.")
    got = analyze(text, published=datetime(2025, 10, 19)).numbers
    assert [(c.thing, c.change) for c in got] == [("diskon", None),
                                                  ("diskon", "up")]


def test_an_addend_joined_to_a_sum_is_no_change() -> None:
    # numtime9 (seed 47): "ditambah akomodasi Rp 2 triliun" adds an item, nothing rises;
    # right before the amount the connective still raises ("iurannya ditambah Rp 5.000")
    text = ("Sewa aula diperkirakan Rp 40 juta per acara. Honor panitia Rp 15 juta, "
            "dikurangi konsumsi Rp 5 juta.")
    got = analyze(text, published=datetime(2025, 10, 20)).numbers
    assert [c.change for c in got] == [None, None, None]
    c = _one("Iuran warga ditambah Rp 5.000 per bulan.")
    assert c.change == "up"


def test_a_change_noun_in_a_subject_is_no_change_of_the_budget() -> None:
    # numtime9 (seed 47): "Proyek peningkatan jalan itu memakan anggaran sebanyak ...":
    # the project improves a road, its budget does not rise
    c = _one("Program perbaikan saluran irigasi itu menelan anggaran Rp 7 miliar.")
    assert (c.thing, c.change) == ("anggaran", None)
    # (a change noun as the subject of "terjadi" is still the head's change)
    c = _one("Kenaikan terbesar terjadi pada harga cabai sebesar 12%.")
    assert c.change == "up"


def test_a_total_after_two_addends_is_its_own_thing() -> None:
    # numtime9 (seed 47): "Totalnya Rp 8 triliun" sums transport and lodging, it is not
    # the lodging measured last; after one measured thing "totalnya" still points back
    text = ("Ongkos bus peserta bisa mencapai Rp 4 miliar per hari. Untuk dua arah menjadi "
            "Rp 8 miliar per hari, ditambah konsumsi Rp 1 miliar per hari. Totalnya Rp 9 "
            "miliar per hari.")
    got = analyze(text, published=datetime(2025, 10, 20)).numbers
    assert [c.thing for c in got if c.currency] == ["Ongkos bus peserta", "Ongkos bus peserta",
                                                    "konsumsi", "Totalnya"]
    text = "Bantuan tunai itu Rp 300 ribu per bulan. Totalnya Rp 900 ribu untuk tiga bulan."
    got = analyze(text, published=datetime(2025, 10, 20)).numbers
    assert [c.thing for c in got] == ["Bantuan tunai", "Bantuan tunai"]


def test_a_fiscal_year_named_later_dates_the_budget() -> None:
    # numtime9 (seed 47): "... proyek ... Tahun Anggaran 2022" later in the article dates
    # the project's budget; a span of years too; not a decree's allocation's fiscal year
    text = ("Pembangunan gedung puskesmas itu menelan anggaran Rp 4 miliar.\nPolisi menyita "
            "dokumen lelang proyek tahun anggaran 2021-2022 dari kantor dinas.")
    got = analyze(text, published=datetime(2025, 10, 20)).numbers
    assert [c.period for c in got] == ["2021/2022"]
    text = ("Pemerintah menghemat anggaran Rp 4 miliar.\nAturan itu mengatur alokasi pupuk "
            "bersubsidi Tahun Anggaran 2021.")
    got = analyze(text, published=datetime(2025, 10, 20)).numbers
    assert [c.period for c in got] == [None]


def test_a_discount_by_another_name_is_the_discount() -> None:
    # numtime9 (seed 47): "potongan harga ..., yakni sekitar 13-14%" is the discount, not
    # the price
    c = _one("Diskon tiket kereta nanti serupa dengan potongan harga saat liburan sekolah, "
             "yakni sekitar 20%.")
    assert c.thing == "potongan harga"


def test_an_adverb_after_a_share_is_no_counted_noun() -> None:
    # numtime9 (seed 47): "lebih dari 63% tetap memakai ojek online": "tetap" is no thing
    got = _nums("Survei itu mencatat 60% pelanggan kereta memakai ojek, sementara lebih dari "
                "40% tetap memakai mobil pribadi.")
    assert [c.thing for c in got] == ["pelanggan kereta", "pelanggan kereta"]


def test_a_whole_opening_a_clause_is_the_base_of_its_shares() -> None:
    # numtime9 (seed 47): "menunjukkan, dari sekitar 20 juta perjalanan harian ..., 22,19%
    # menggunakan ...": the share of the trips; "Dari porsi itu, 26,7% ...": "porsi" is the
    # base, not what the share measures
    text = ("Data dinas menunjukkan, dari sekitar 5 juta perjalanan harian di kota itu, 30% "
            "memakai kereta. Dari porsi itu, 20%, sekitar 300 ribu perjalanan, dilayani bus.")
    got = analyze(text, published=datetime(2025, 10, 20)).numbers
    assert [c.thing for c in got if c.unit == "persen"] == ["perjalanan harian", None]


def test_a_season_s_short_name_carries_its_months() -> None:
    # numtime9 (seed 47): the lead's "Natal 2025 dan Tahun Baru 2026 (Nataru)" dates a
    # later "turunkan 13-14% untuk Nataru"; not before the name is glossed
    text = ("Operator bus menyiapkan armada tambahan untuk libur Natal 2025 dan Tahun Baru "
            "2026 (Nataru). Menurut asosiasi, tarif bisa turun 10% untuk Nataru.")
    got = analyze(text, published=datetime(2025, 10, 20)).numbers
    assert [c.period for c in got] == ["2025-12/2026-01"]
    text = ("Tarif bisa turun 10% untuk Nataru. Itu untuk libur Natal 2025 dan Tahun Baru "
            "2026 (Nataru).")
    got = analyze(text, published=datetime(2025, 10, 20)).numbers
    assert [c.period for c in got] == [None]


def test_level_steadied_to_after_a_sentence_or_before_now_level() -> None:
    # numtime10 (numbers seed 48): "stabilkan ke"/"kembali ke" a level is a change to it,
    # from the level of its kind before it in the paragraph, or, for the first, from the
    # level said as now's right after it
    art = analyze("Harga emas sempat menyentuh Rp 2.100.000 per gram pekan lalu. Pedagang kini "
                  "berhasil menstabilkan ke Rp 1.950.000 per gram.",
                  published=datetime(2025, 7, 28))
    got = {c.span.of(art.text): (c.change, c.change_to) for c in art.numbers}
    assert got["Rp 1.950.000"] == ("down", True)
    art = analyze("Pemerintah ingin inflasi kembali ke level 3%. Saat ini inflasi berada di "
                  "level 4,2%.", published=datetime(2025, 7, 28))
    got = {c.span.of(art.text): (c.change, c.change_to) for c in art.numbers}
    assert got["3%"] == ("down", True)
    assert got["4,2%"][0] is None


def test_subject_of_a_verb_of_being_at_a_level_is_the_thing() -> None:
    # numtime10 (numbers seed 48): with no measured head, the noun phrase before "berada
    # di level", "ditutup di posisi" is what the level is of; a pronoun there is none
    art = analyze("Sore ini minyak Brent berada di level US$ 64 per barel.",
                  published=datetime(2025, 7, 28))
    assert next(c for c in art.numbers if c.currency).thing == "minyak Brent"
    art = analyze("Pukul 10.30 WIB minyak Brent bertengger pada level US$ 65 per barel.",
                  published=datetime(2025, 7, 28))
    assert next(c for c in art.numbers if c.currency).thing == "minyak Brent"
    art = analyze("Kami berada di 7% tahun ini.", published=datetime(2025, 7, 28))
    assert next(c for c in art.numbers if c.unit == "persen").thing is None


def test_part_of_a_day_dates_the_amount_in_its_clause() -> None:
    # numtime11 (numbers seed 48): "kemarin sore" in a quote dated Rabu is Tuesday's, and
    # dates the amount of its clause over a "hari ini" of the clause after it
    art = analyze('Kepala dinas mengatakan, Rabu (10/9/2025): "Harga cabai yang kemarin sore '
                  'sempat mencapai Rp 90.000, hari ini kami tekan ke Rp 70.000."',
                  published=datetime(2025, 9, 10, 15))
    got = {c.span.of(art.text): c.period for c in art.numbers if c.currency}
    assert got["mencapai Rp 90.000"] == "2025-09-09"
    assert got["Rp 70.000"] == "2025-09-10"


def test_share_named_after_its_copula_or_before_yang() -> None:
    # numtime11 (numbers seed 48): a share opening its clause names its thing after the
    # copula ("merupakan"), a "ber-" word kept as the noun's attribute; not "merupakan
    # salah satu ..."
    art = analyze("Dari seluruh kendaraan dinas itu, sekitar 70% merupakan mobil berbahan "
                  "bakar listrik.", published=datetime(2025, 7, 28))
    assert next(c for c in art.numbers if c.unit == "persen").thing \
        == "mobil berbahan bakar listrik"
    art = analyze("Menurutnya, 12% merupakan salah satu angka tertinggi.",
                  published=datetime(2025, 7, 28))
    assert next(c for c in art.numbers if c.unit == "persen").thing is None


def test_month_counted_up_to_dates_the_later_amounts_of_its_sentence() -> None:
    # numtime11 (numbers seed 48): "hingga Agustus 2025" early in the sentence is the window
    # of an amount told after it, past the quantity the sentence measures first and the
    # blend's shares said before it (which open the sentence's amounts)
    art = analyze("Kementerian mencatat penyaluran bahan bakar campuran 20% etanol dan 80% "
                  "bensin (E20) hingga Agustus 2025 mencapai 2,1 juta kiloliter (KL) dengan "
                  "nilai tambah tebu (TBS) sebesar Rp 9,4 triliun.",
                  published=datetime(2025, 10, 2))
    assert next(c for c in art.numbers if c.currency).period == "2025-08"


def test_level_reached_or_returned_to_takes_its_subject_or_the_level_it_is_counted_from() -> None:
    # numtime11 (numbers seed 48): an amount opened by "mencapai" with no head takes the
    # subject before the verb, past "yang" and the day's words; a level returned or steadied
    # to that names nothing shares the thing of the level it is counted from
    art = analyze('"Ringgit yang tadi pagi sempat mencapai Rp 3.900, siang ini bisa kami '
                  'stabilkan ke Rp 3.850," ujarnya, Kamis (4/9/2025).',
                  published=datetime(2025, 9, 4, 15))
    got = {c.span.of(art.text): c.thing for c in art.numbers if c.currency}
    assert got == {"mencapai Rp 3.900": "Ringgit", "Rp 3.850": "Ringgit"}
    art = analyze("Bank sentral ingin yen bisa kembali ke level 140 per dolar AS. Saat ini yen "
                  "berada di level 152 per dolar AS.", published=datetime(2025, 9, 4))
    assert [c.thing for c in art.numbers if c.unit == "per dolar AS"] in ([], ["yen", "yen"])


def test_relative_time_adverb_is_never_the_thing() -> None:
    # numtime12 (numbers seed 49): "nanti" (later) after an amount, or carried to the next
    # amount of the sentence, is a time adverb, never what the amount measures
    art = analyze('"Kalau data dari bank Rp 5,2 triliun nanti akan kami periksa lagi, tapi '
                  'hari ini di rekening kas kita Rp 800 miliar," katanya, Senin (20/10/2025).',
                  published=datetime(2025, 10, 21))
    assert all(c.thing != "nanti" for c in art.numbers if c.currency)
    art = analyze("Harga cabai Rp 60.000 besok diperkirakan turun.",
                  published=datetime(2025, 10, 21))
    assert all(c.thing != "besok" for c in art.numbers if c.currency)


def test_league_points_take_no_thing_nor_change() -> None:
    # numtime12 (numbers seed 49, seed 45's ruling): a team's points in a sentence of the
    # standings measure nothing and change nothing; an index's points still do
    art = analyze("Tambahan 3 poin membuat Persija naik ke peringkat 2 klasemen sementara "
                  "dengan koleksi 15 poin.", published=datetime(2025, 10, 21))
    got = [(c.thing, c.change) for c in art.numbers if c.unit == "poin"]
    assert got == [(None, None), (None, None)]
    art = analyze("IHSG naik 31 poin ke level 7.100 pada perdagangan Senin.",
                  published=datetime(2025, 10, 21))
    assert [(c.thing, c.change) for c in art.numbers if c.unit == "poin"] == [("IHSG", "up")]


def test_share_of_a_group_is_not_carried_to_points_a_change_noun_says() -> None:
    # numtime12 (numbers seed 49): "70% para analis" is a share of the analysts; the cut
    # they expect, said by a change noun right before its points, is no share of them
    art = analyze("Sekitar 70% para analis telah memperkirakan adanya pemotongan seperempat "
                  "poin, sedangkan 30% para analis memperkirakan pemotongan sebesar 50 basis "
                  "poin.", published=datetime(2025, 6, 19))
    got = [(c.thing, c.change) for c in art.numbers]
    assert got == [("para analis", None), (None, "down"), ("para analis", None),
                   (None, "down")]


def test_negated_change_word_says_no_change() -> None:
    # numtime12 (numbers seed 49): "tidak kunjung meningkat" says no rise, so the level the
    # head after it may reach ("terendah bisa mencapai") is not up; "tidak hanya naik" is
    art = analyze('"Bila harga minyak tidak kunjung meningkat, dan suku bunga kebijakan '
                  'terendah bisa mencapai 0,5%, ekonomi melambat," katanya.',
                  published=datetime(2025, 6, 19))
    assert [(c.thing, c.change) for c in art.numbers] == [("suku bunga kebijakan", None)]
    art = analyze("Penjualan mobil listrik tidak hanya naik, tetapi melonjak 12% tahun ini.",
                  published=datetime(2025, 6, 19))
    assert [c.change for c in art.numbers] == ["up"]
    art = analyze("Ekonomi kita tidak pernah tumbuh lebih dari 7% selama ini.",
                  published=datetime(2025, 6, 19))
    assert [c.change for c in art.numbers] == ["up"]
    art = analyze("Bank sentral memangkas suku bunga acuan (BI Rate) sebesar 25 basis poin "
                  "menjadi 4,75%.", published=datetime(2025, 6, 19))
    assert [c.change for c in art.numbers] == ["down", "down"]


def test_session_day_and_moves_read_without_rebuilding() -> None:
    # speed12: a day is a trading session's after a session word in lower case; a year
    # or a month is never one, and its words are not tokenised; "moves" is up | down once.
    lex = numbers._lex()
    assert lex.moves == lex.up | lex.down and "naik" in lex.moves
    text = "Saham bank melemah pada perdagangan hari ini dan sepanjang tahun 2024."
    day = text.index("hari ini")
    year = text.index("2024")
    assert numbers._session_time(
        text, TimeExpr(span=Span(start=day, end=day + 8), type="DATE", value="2025-07-28"), lex)
    assert not numbers._session_time(
        text, TimeExpr(span=Span(start=year, end=year + 4), type="DATE", value="2024"), lex)


def test_bare_repetition_of_a_sum_is_that_sum_again() -> None:
    # numtime13 (numbers seed 49): a balance named by its possessed head before "ada";
    # money naming nothing that repeats the sum shortly after ("Rp 450 juta itu") is the
    # same balance, of the day said for it
    art = analyze('"Kas desa kami cuma di satu bank, hari ini saldonya di sana ada Rp 450 '
                  'juta," kata kepala desa, Senin (3/11/2025). Ia menjelaskan Rp 450 juta '
                  'itu belum terpakai karena proyek jalan belum dibayar.',
                  published=datetime(2025, 11, 3))
    got = [(c.thing, c.period) for c in art.numbers]
    assert got == [("saldonya", "2025-11-03"), ("saldonya", "2025-11-03")]
    # not an amount restating the one right before it in other terms
    art = analyze("Harga emas Rp 2 juta per gram.\n\nSetiap US$ 1 atau Rp 2 juta dibelanjakan "
                  "warga di pasar.", published=datetime(2025, 11, 3))
    assert [c.thing for c in art.numbers if c.currency == "IDR"] == ["Harga emas", None]
    # nor a changed amount that happens to equal it
    art = analyze("Laba perusahaan Rp 5 miliar.\n\nTahun depan warga menambah Rp 5 miliar.",
                  published=datetime(2025, 11, 3))
    assert art.numbers[1].change == "up" and art.numbers[1].thing != "Laba perusahaan"
    # across paragraphs too, the bare sum pointed back at is the balance
    art = analyze('"Hari ini saldonya ada Rp 450 juta," kata kepala desa.\n\nIa menjelaskan '
                  'Rp 450 juta itu belum terpakai.', published=datetime(2025, 11, 3))
    assert [(c.thing, c.period) for c in art.numbers] == [("saldonya", "2025-11-03")] * 2
    # not a range, which many sums share
    art = analyze("Sewa gedung menghabiskan biaya antara Rp 5 juta hingga Rp 9 juta.\n\n"
                  "Sponsor bisa memberi uang. Besarnya antara Rp 5 juta hingga Rp 9 juta.",
                  published=datetime(2025, 11, 3))
    assert art.numbers[-1].thing != art.numbers[0].thing


def test_sum_pointed_at_by_a_demonstrative_is_the_sum_said_before() -> None:
    # numtime13 (numbers seed 48): "Jadi Rp 8 triliun ini ..." points at the sum the lead
    # said, however far back, not at the head the sentence before measured
    lead = "Kejaksaan menyerahkan uang rampasan senilai Rp 8 triliun kepada negara. "
    filler = "Penyerahan itu disaksikan banyak pejabat di gedung utama. " * 16
    art = analyze(lead + "\n\n" + filler + "\n\nTiap sekolah itu anggarannya Rp 2 miliar. "
                  "Jadi Rp 8 triliun ini bisa membangun 4.000 sekolah.",
                  published=datetime(2025, 10, 20))
    assert [c.thing for c in art.numbers if c.currency] \
        == ["uang rampasan", "anggarannya", "uang rampasan"]


def test_money_opening_a_sentence_after_its_change_is_announced() -> None:
    # numtime13 (numbers seed 49): "X dinaikkan nilainya. Rp 5 triliun ..." says the sum
    # the subject's amount rose by; not after a sentence naming an amount of its own, nor
    # after a referring word with no change verb before it
    art = analyze("Subsidi pupuk tahun depan dinaikkan nilainya. Rp 5 triliun dari APBN "
                  "disiapkan untuk petani kecil.", published=datetime(2025, 10, 20))
    c = art.numbers[0]
    assert (c.thing, c.change, c.change_to) == ("Subsidi pupuk tahun depan", "up", False)
    art = analyze("Dana desa dipangkas Rp 2 triliun nilainya. Rp 5 triliun disiapkan untuk "
                  "petani.", published=datetime(2025, 10, 20))
    assert art.numbers[1].change is None
    art = analyze("Program itu dibahas nilainya. Rp 5 triliun disiapkan untuk petani.",
                  published=datetime(2025, 10, 20))
    assert (art.numbers[0].thing, art.numbers[0].change) == (None, None)


def test_base_of_a_year_on_year_comparison_is_up_from_a_year_before() -> None:
    # numtime14 (numbers seed 50): "dari Rp X di periode yang sama tahun sebelumnya" is the
    # level the rise started from, over the same months a year before
    art = analyze("Penjualan koperasi itu naik menjadi Rp 8 miliar hingga Juni 2025, dari "
                  "Rp 6 miliar di periode yang sama tahun sebelumnya.",
                  published=datetime(2025, 7, 20))
    got = [(c.thing, c.change, c.change_to, c.change_from, c.period) for c in art.numbers]
    assert got == [("Penjualan koperasi", "up", True, False, "2025-06"),
                   ("Penjualan koperasi", "up", False, True, "2024-06")]
    # the base said after the comparison, with "yakni"
    art = analyze("Simpanan anggota mencapai Rp 3 miliar pada Juni 2025. Angka itu turun "
                  "dibandingkan periode yang sama tahun lalu, yakni sebesar Rp 4 miliar.",
                  published=datetime(2025, 7, 20))
    c = art.numbers[1]
    assert (c.change, c.change_from, c.period) == ("down", True, "2024-06")
    # a plain "dari" with no year-earlier base is left alone
    art = analyze("Penjualan koperasi itu naik menjadi Rp 8 miliar dari Rp 6 miliar.",
                  published=datetime(2025, 7, 20))
    assert art.numbers[1].period != "2024-06"


def test_level_after_a_named_growth_rate_measures_what_grows() -> None:
    # numtime14 (numbers seed 50): "pertumbuhan X sebesar N% menjadi Rp Y": the rate keeps
    # the growth noun, the level reached (and its base) measures X, up to (up from)
    art = analyze("Pertumbuhan penjualan koperasi tercatat 9% yoy, yakni Rp 8 miliar hingga "
                  "Juni 2025 dari Rp 6 miliar di periode yang sama tahun sebelumnya.",
                  published=datetime(2025, 7, 20))
    got = [(c.thing, c.change, c.change_to, c.change_from) for c in art.numbers]
    assert got[0][0] == "Pertumbuhan penjualan koperasi"
    assert got[1:] == [("penjualan koperasi", "up", True, False),
                       ("penjualan koperasi", "up", False, True)]
    # a money sum restating the growth itself ("atau") keeps the noun
    art = analyze("Pertumbuhan ekonomi daerah itu 1% atau sekitar Rp 2 triliun.",
                  published=datetime(2025, 7, 20))
    assert art.numbers[1].thing != "ekonomi daerah itu"


def test_money_after_a_surge_and_hingga_is_the_level_reached() -> None:
    # numtime14 (numbers seed 50): "melonjak hingga Rp X" is the height reached, up to; a
    # plain "naik hingga Rp X" (by or to) is left as said, and a percent too
    art = analyze("Harga cabai rawit di pasar induk melonjak hingga Rp 90 ribu per kilogram.",
                  published=datetime(2025, 7, 20))
    c = art.numbers[0]
    assert (c.change, c.change_to) == ("up", True)
    art = analyze("Laba koperasi naik hingga Rp 2 miliar tahun ini.",
                  published=datetime(2025, 7, 20))
    assert (art.numbers[0].change, art.numbers[0].change_to) == ("up", False)
    art = analyze("Jumlah penumpang melonjak hingga 40 persen.",
                  published=datetime(2025, 7, 20))
    assert art.numbers[0].change_to is False


def test_turned_sentence_naming_no_time_keeps_the_paragraphs_period() -> None:
    # numtime15: "Sementara ..." / "Tapi ..." opening a sentence of the same paragraph that
    # names no time of its own is of the period the paragraph named; one naming a time
    # ("Namun kini ...") is not
    art = analyze("Pada kuartal II 2025 laba koperasi tani naik 4 persen menjadi Rp 3 miliar. "
                  "Sementara pendapatan koperasi tercatat Rp 12 miliar.",
                  published=datetime(2025, 8, 20))
    assert [c.period for c in art.numbers] == ["2025-Q2", "2025-Q2", "2025-Q2"]
    art = analyze("Pada kuartal II 2025 laba koperasi tani naik 4 persen menjadi Rp 3 miliar. "
                  "Namun kini pendapatan koperasi tercatat Rp 12 miliar.",
                  published=datetime(2025, 8, 20))
    assert art.numbers[-1].period != "2025-Q2"


def test_undated_amounts_of_a_one_period_report_take_that_period() -> None:
    # numtime15: every dated amount of the article is of one period (or its year): the
    # undated ones outside quotations are of it too; not a rate ("per bulan", "setiap US$ 1
    # atau Rp 16.000"), nor a speaker's quoted talk
    text = ("Pada Juni 2025, laba koperasi tani mencapai Rp 3 miliar.\n"
            "Pendapatan koperasi pada Juni 2025 naik 4 persen menjadi Rp 12 miliar.\n"
            "Koperasi itu juga menyalurkan pinjaman sebesar Rp 5 miliar kepada anggotanya.\n"
            "Iuran anggota Rp 50 ribu per bulan, setiap US$ 1 atau Rp 16.000 dihitung.\n"
            "\"Kalau modalnya Rp 9 miliar, kami bisa tumbuh,\" kata ketua koperasi.")
    art = analyze(text, published=datetime(2025, 7, 20))
    got = {c.span.of(art.text): c.period for c in art.numbers if c.currency or c.unit}
    assert got["sebesar Rp 5 miliar"] == "2025-06"
    assert got["Rp 50 ribu"] is None
    assert got["US$ 1"] is None and got["Rp 16.000"] is None
    assert got["Rp 9 miliar"] is None
    # two periods dated: no one report period
    art = analyze(text.replace("pada Juni 2025", "pada Mei 2025"), published=datetime(2025, 7, 20))
    got = {c.span.of(art.text): c.period for c in art.numbers if c.currency or c.unit}
    assert got["sebesar Rp 5 miliar"] is None
    # a year said once dates its own story, not the article's other sums
    art = analyze("Pameran seni biasanya menelan biaya Rp 300 juta.\n"
                  "Pada 2019, galeri itu menghabiskan Rp 2 miliar dan Rp 1 miliar lagi untuk "
                  "promosi, total Rp 3 miliar.", published=datetime(2025, 7, 20))
    assert art.numbers[0].period is None


def test_a_bare_minus_glued_after_a_word_is_the_amounts_sign() -> None:
    # numtime15: "inflasi tercatat -0,12%" is a level below zero; a growth below zero is a
    # fall; not a bracketed signed change nor a dash between two numbers
    art = analyze("Inflasi bulanan tercatat -0,12% pada Juli 2025.", published=datetime(2025, 8, 2))
    c = art.numbers[0]
    assert (c.value, c.span.of(art.text)) == (-0.12, "-0,12%")
    art = analyze("Ekonomi Thailand tumbuh -1,4% pada kuartal II 2025.",
                  published=datetime(2025, 8, 2))
    assert (art.numbers[0].value, art.numbers[0].change) == (-1.4, "down")
    art = analyze("Saham ABCD (-3,15%) melemah, harga cabai naik 30 -40 persen.",
                  published=datetime(2025, 8, 2))
    assert [c.value for c in art.numbers if c.value is not None] == [3.15]
    assert all((c.low or 0) >= 0 for c in art.numbers)


def test_a_date_past_the_whole_after_dari_is_the_parts_too() -> None:
    # numtime15: "menargetkan Rp 5 miliar dari Rp 12 miliar tunggakan ... hingga akhir
    # tahun ini": the whole a part is taken from does not keep the clause's date to itself
    art = analyze("Pemkot menargetkan Rp 5 miliar dari Rp 12 miliar tunggakan retribusi milik "
                  "40 pedagang hingga akhir tahun ini.", published=datetime(2025, 7, 20))
    assert [c.period for c in art.numbers if c.currency] == ["2025", "2025"]


def test_a_bare_level_after_menjadi_takes_the_currency_of_its_base() -> None:
    # numtime15: "dari Rp 40 ribu menjadi 55 ribu" - the level reached is money too, up
    # to; not a count after it ("menjadi 3 juta warga")
    art = analyze("Tarif parkir bus naik dari Rp 40 ribu menjadi 55 ribu.",
                  published=datetime(2025, 7, 20))
    got = [(c.currency, c.change, c.change_to, c.change_from) for c in art.numbers]
    assert got == [("IDR", "up", False, True), ("IDR", "up", True, False)]
    art = analyze("Bantuan Rp 5 miliar menjadi 3 juta warga.", published=datetime(2025, 7, 20))
    assert art.numbers[-1].currency is None


def test_a_two_day_meetings_last_day_dates_its_decision() -> None:
    # numtime15: "Rapat ... pada 9 dan 10 September 2025, ... menaikkan ... menjadi 6%": a
    # meeting of two consecutive days decides on its last; a longer span is no one day
    art = analyze("Berdasarkan rapat dewan pada 9 dan 10 September 2025, bank sentral menaikkan "
                  "suku bunga menjadi 6%.", published=datetime(2025, 9, 12))
    assert art.numbers[-1].period == "2025-09-10"
    art = analyze("Berdasarkan rapat dewan pada 9 dan 12 September 2025, bank sentral menaikkan "
                  "suku bunga menjadi 6%.", published=datetime(2025, 9, 12))
    assert art.numbers[-1].period != "2025-09-12"


def test_a_decision_pointing_back_dates_the_sentence_before() -> None:
    # numtime16: "... memangkas bunga ... menjadi 6%. Keputusan tersebut diambil dalam rapat
    # dewan pada 3-4 Maret 2025.": the decision's day (the meeting's last) dates the moves
    # before it, and those of a sentence going on with the same act ("Tak hanya ... juga");
    # not a day the decision runs from, nor a plain next sentence's day
    art = analyze("Bank sentral Filipina memangkas suku bunga kebijakan sebesar 50 bps menjadi "
                  "6%. Keputusan tersebut diambil dalam rapat dewan pada 3-4 Maret 2025.\n"
                  "Tak hanya itu, bank sentral juga menurunkan giro wajib menjadi 7%.",
                  published=datetime(2025, 3, 5))
    assert [c.period for c in art.numbers if c.unit] == ["2025-03-04"] * 3
    art = analyze("Tarif parkir di pusat kota menjadi Rp 8.000 per jam. Keputusan ini berlaku "
                  "mulai 1 April 2025.", published=datetime(2025, 3, 5))
    assert art.numbers[0].period is None
    art = analyze("Bank sentral memangkas suku bunga menjadi 6%. Gubernur berbicara di depan "
                  "wartawan pada 4 Maret 2025.", published=datetime(2025, 3, 5))
    assert art.numbers[0].period is None


def test_a_modal_adverb_is_no_thing() -> None:
    # numtime16: "Menurut saya 85% semestinya": a modal adverb after the amount is not what
    # it measures, nor part of the thing before it ("Tarif tol seharusnya Rp 9.000")
    art = analyze("Menurut saya 85% semestinya.", published=datetime(2025, 3, 5))
    assert art.numbers[0].thing is None
    art = analyze("Tarif tol seharusnya Rp 9.000 per kendaraan.", published=datetime(2025, 3, 5))
    assert art.numbers[0].thing == "Tarif tol"


def test_a_pointed_back_sum_saying_the_same_change_is_the_sum_before() -> None:
    # numtime16: "memotong dana desa sebesar Rp 50 miliar ... berkurangnya Rp 50 M ini": a
    # sum a demonstrative points at, saying the same change, is the one said before; not
    # one saying another change
    text = ("Pusat memotong dana desa sebesar Rp 50 miliar. Akibatnya APBD menjadi defisit "
            "Rp 20 miliar.\n\"Kami dengar berkurangnya Rp 50 M ini membuat proyek jalan "
            "tertunda,\" kata kepala desa.")
    art = analyze(text, published=datetime(2025, 3, 5))
    assert (art.numbers[-1].thing, art.numbers[-1].change) == ("dana desa", "down")
    art = analyze(text.replace("berkurangnya", "bertambahnya"), published=datetime(2025, 3, 5))
    assert art.numbers[-1].thing is None


def test_a_place_before_an_adverb_and_reaching_verb_is_not_the_thing() -> None:
    # numtime16: "minat baca di Malaysia hanya mencapai 20 persen": past the adverb, the
    # phrase before the place is what reaches the level, as with no adverb
    art = analyze("Survei itu mencatat minat baca di Malaysia hanya mencapai 20 persen.",
                  published=datetime(2025, 3, 5))
    assert art.numbers[0].thing == "minat baca"


def test_the_spoken_efisienkan_is_a_cut() -> None:
    # numtime16: "belanja alat tulis kita efisienkan 20 persen": the spoken "-kan" form of an
    # efficiency cut says down, as "diefisiensikan" does
    art = analyze("Jadi belanja alat tulis kita efisienkan 20 persen.",
                  published=datetime(2025, 3, 5))
    assert art.numbers[0].change == "down"


def test_a_decision_going_on_sentence_looks_at_its_own_times_only() -> None:
    # numtime17: the sentence going on with a decided act ("Tak hanya itu, ... juga") takes
    # the decision's day unless it names a time of its own; times of later sentences do
    # not count (the look-up is bounded to that sentence)
    text = ("Bank sentral Chile memangkas suku bunga kebijakan sebesar 25 bps menjadi 5%. "
            "Keputusan itu diambil dalam rapat dewan pada 7-8 Mei 2025. Tak hanya itu, bank "
            "sentral juga menurunkan giro wajib menjadi 6%. Rapat berikutnya digelar pada "
            "10 Juni 2025.")
    art = analyze(text, published=datetime(2025, 5, 9))
    assert [c.period for c in art.numbers if c.unit] == ["2025-05-08"] * 3
    art = analyze(text.replace("giro wajib menjadi", "giro wajib pada Juni 2025 menjadi"),
                  published=datetime(2025, 5, 9))
    assert [c.period for c in art.numbers if c.unit][:2] == ["2025-05-08"] * 2
    assert art.numbers[-1].period != "2025-05-08"


def test_a_forecast_noun_alone_is_no_thing_what_it_forecasts_is() -> None:
    # numtime17: "lebih tinggi dari proyeksi 94%" measures the subject compared with the
    # forecast; "dengan proyeksi total keuntungan mencapai ..." the phrase after it; a forecast
    # with nothing forecast named is no thing (nor a pronoun's state); "target" is kept
    art = analyze("Penjualan mobil listrik bisa lebih tinggi dari proyeksi 40%.",
                  published=datetime(2025, 3, 5))
    assert art.numbers[0].thing == "Penjualan mobil listrik"
    art = analyze("Pabrik itu memperbarui mesin, dengan proyeksi total keuntungan mencapai "
                  "Rp 4 triliun.", published=datetime(2025, 3, 5))
    assert art.numbers[0].thing == "total keuntungan"
    art = analyze("Kami yakin bisa lebih tinggi dari prediksi 12%.",
                  published=datetime(2025, 3, 5))
    assert art.numbers[0].thing is None
    art = analyze("Ekonom memberi estimasi 4%.", published=datetime(2025, 3, 5))
    assert art.numbers[0].thing is None
    art = analyze("Laba perusahaan melampaui target Rp 5 triliun.", published=datetime(2025, 3, 5))
    assert art.numbers[0].thing == "target"


def test_an_amount_after_auxiliaries_measures_the_clauses_subject() -> None:
    # numtime17: "proses pengerjaan sudah 85%", "pembangunan jembatan itu belum 100%": an
    # amount said as the predicate after auxiliaries, a modal or a negation measures the
    # noun phrase before them; not a pronoun, nor an object of a relative clause's verb
    for text, want in [("Proses pengerjaan gedung sudah 85%.", "Proses pengerjaan gedung"),
                       ("Pembangunan jembatan itu belum 100%.", "Pembangunan jembatan"),
                       ("Kata dia, progres fisik proyek baru 40%.", "progres fisik proyek"),
                       ("Kita optimis untuk 2026 kita bisa 6%.", None),
                       ("Menurut dia, warga yang melakukan aktivasi akun masih di bawah 30%.",
                        None)]:
        art = analyze(text, published=datetime(2025, 3, 5))
        assert art.numbers[-1].thing == want, text


def test_a_sentence_opening_with_besarnya_points_at_the_subject_before() -> None:
    # numtime17: "Besarnya yakni Rp 250 ribu" opening a sentence, with no amount measured
    # before in its paragraph, measures the subject of the sentence before, or the object
    # of an agent's act ("Pemkab membagikan bantuan pupuk. Nilainya ..."); not a "-nya"
    # inside a clause ("dari yang nilainya Rp 600 ribu")
    art = analyze("Tunjangan perawat desa juga dicairkan tahun ini. Besarnya yakni Rp 250 ribu "
                  "per bulan.", published=datetime(2025, 3, 5))
    assert art.numbers[-1].thing == "Tunjangan perawat desa"
    art = analyze("Pemkab membagikan bantuan pupuk kepada petani. Nilainya Rp 750 ribu.",
                  published=datetime(2025, 3, 5))
    assert art.numbers[-1].thing == "bantuan pupuk"
    art = analyze("Mereka memperbesar bantuan dari yang nilainya Rp 600 ribu jadi Rp 900 ribu.",
                  published=datetime(2025, 3, 5))
    assert art.numbers[0].thing is None


def test_year_between_level_and_its_change() -> None:
    # numtime18: "dari X pada 2019 turun menjadi Y": the year the level was read in may
    # stand between that level and its change; X is still the level fallen from
    got = _measured("Harga rata-rata gabah petani dari Rp 5.400 pada 2019 turun menjadi "
                    "Rp 4.900 pada 2021.")
    assert got[0][0] == "Rp 5.400" and got[0][2] == "down" and got[0][4] == "2019"
    assert _froms("Harga rata-rata gabah petani dari Rp 5.400 pada 2019 turun menjadi "
                  "Rp 4.900 pada 2021.") == [True, False]


def test_rate_before_a_from_to_pair_over_years() -> None:
    # numtime18: a rate with no change word of its own said right before "dari X pada A
    # naik menjadi Y pada B" is the rise between them, over A/B; the pair said over a span
    # of years takes its first and last year ("kini" only marks the latest yearly level)
    got = _measured("Pendapatan pariwisata daerah itu tumbuh sebesar 80 persen, dari awalnya "
                    "Rp 50 miliar pada 2015 naik menjadi Rp 90 miliar pada 2023.")
    assert got[0][0] == "sebesar 80 persen" and got[0][2] == "up" and got[0][4] == "2015/2023"
    got = _measured("Pada periode 2016 hingga 2022, nilai penjualan kerajinan itu naik dari "
                    "semula Rp 3 miliar, kini menjadi Rp 7 miliar.")
    assert [(g[0], g[2], g[4]) for g in got] == [("Rp 3 miliar", "up", "2016"),
                                                ("Rp 7 miliar", "up", "2022")]


def test_restated_total_and_its_breakdown_keep_the_period() -> None:
    # numtime18: an undated sum restating to the rupiah the dated sum of the same thing said
    # just before is that figure again; the parts its breakdown lists share its period
    got = _periods("Hingga 30 September 2024, penerimaan daerah mencapai Rp 12,4 triliun. "
                   "Secara rinci, penerimaan daerah Rp 12,4 triliun itu terdiri dari pajak "
                   "daerah Rp 8,1 triliun dan retribusi Rp 4,3 triliun. Tahun depan pemda "
                   "menargetkan dana Rp 9 triliun.", datetime(2024, 10, 20))
    assert got["mencapai Rp 12,4 triliun"] == "2024-09-30"
    assert got["Rp 12,4 triliun"] == "2024-09-30"
    assert got["Rp 8,1 triliun"] == "2024-09-30" and got["Rp 4,3 triliun"] == "2024-09-30"
    assert got["Rp 9 triliun"] != "2024-09-30"


def test_bare_level_before_menjadi_is_the_level_started_from() -> None:
    # numtime18: "yakni X menjadi Y" with no change word before X, X on the far side of the
    # change, is the level fallen (or risen) from, as after "dari"; not "turun X menjadi Y"
    text = ("Pada Juni 2024, kenaikan partisipasi sekolah di kota lebih tinggi, yakni 71,2 "
            "persen menjadi 74,5%.")
    got = _measured(text)
    assert [(g[0], g[2], g[4]) for g in got] == [("71,2 persen", "up", None),
                                                ("74,5%", "up", "2024-06")]
    assert _froms(text) == [True, False]
    assert _froms("Pada Juni 2024, partisipasi sekolah naik 3,3 persen menjadi 74,5%.") == [
        False, False]


def test_predicate_subject_opening_a_quotation() -> None:
    # numtime18: the subject opening a quotation is the clause's opening noun phrase, as it
    # is opening a sentence (its capital is the quotation's, not a name's)
    got = _measured('Menteri itu menjelaskan posisi kas. "Saldo kas daerah masih Rp 40 '
                    'triliun. Cukup aman," ujarnya.')
    assert got[0][0] == "Rp 40 triliun" and got[0][1] == "Saldo kas daerah"


def test_comparison_base_named_then_restated() -> None:
    # numtime18: "Angka itu naik jika dibanding <base named in words>, yakni sebesar Y" in
    # the sentence after a level: that level is the one reached, Y the level risen from
    got = _measured("Survei terbaru mencatat 41% warga desa memakai internet setiap hari. "
                    "Angka itu meningkat bila dibandingkan dengan survei serupa pada 2021, "
                    "yakni sebesar 33%.")
    assert [(g[0], g[1], g[2], g[3]) for g in got] == [
        ("41%", "warga desa", "up", True), ("sebesar 33%", "warga desa", "up", False)]
    assert _froms("Survei terbaru mencatat 41% warga desa memakai internet setiap hari. "
                  "Angka itu meningkat bila dibandingkan dengan survei serupa pada 2021, "
                  "yakni sebesar 33%.") == [False, True]


def test_change_after_a_level_clause_is_said_of_its_subject() -> None:
    # numtime19: "S mencapai <level> pada <year>, naik N%": the change opening the clause
    # after the level is said of the level's subject; a place phrase after the subject
    # ("di udara") is where, not what rose
    got = _measured("Kadar ozon di udara kota mencapai 88 ppb pada 2023, naik 37% dibanding "
                    "rata-rata satu dekade.")
    assert [(g[0], g[1], g[2]) for g in got if g[0] == "37%"] == [("37%", "Kadar ozon", "up")]
    got = _measured("Kandungan PM2 di udara Jakarta naik 12% pekan ini.")
    assert got[0][1] == "Kandungan PM2"
    got = _measured("Kadar ozon mencapai 88 ppb, sedangkan kadar sulfur naik 5%.")
    assert got[-1][1] == "kadar sulfur"


def test_share_held_since_a_year_spans_to_now() -> None:
    # numtime19: "sejak <year>" after an unchanged share is a span from that year to the
    # publication's, not the year alone nor a year carried from the sentence before
    got = _periods("Laporan itu terbit pada 2023. Batu bara memasok sekitar 60% dari "
                   "total listrik di pulau itu sejak 2010, menurut badan statistik.",
                   datetime(2025, 3, 2))
    assert got["sekitar 60%"] == "2010/2025"
    got = _periods("Harga tiket kereta naik 15% sejak 2021.", datetime(2025, 3, 2))
    assert got["15%"] != "2021/2025"  # a change since a year keeps its own reading
    got = _periods("Rupiah ditutup di level Rp 17.100, terlemah sejak 1998.",
                   datetime(2025, 3, 2))
    assert got["Rp 17.100"] != "1998/2025"  # a superlative's comparison, not its span


def test_level_broken_through_is_up_to() -> None:
    # numtime19: "menembus (level) X" with no change word said is the level a rise reached
    got = _measured("Pekan lalu harga cabai rawit sempat menembus level Rp 90.000/kg.")
    assert [(g[1], g[2], g[3]) for g in got] == [("harga cabai rawit", "up", True)]
    got = _measured("Kurs yen kemarin tembus level Rp 110 per yen.")
    assert [(g[1], g[2], g[3]) for g in got] == [("Kurs yen", "up", True)]
    got = _measured("Potensi nilai impor gandum bisa menembus USD 3 miliar.")
    assert got[0][2] is None  # a level a sum could reach: no move said
    got = _measured("Pada perdagangan sesi siang hari ini, harga minyak dunia anjlok 4% dan "
                    "menembus level USD 60 per barel.")
    assert [g[2] for g in got] == ["down", "down"]  # a change said keeps its direction


def test_closing_masing_masing_pairs_amounts_with_the_listed_subject() -> None:
    # numtime19: "A dan B naik X% dan Y% masing-masing": each amount before a closing
    # "masing-masing" takes its own item of the subject list, in order
    got = _measured("Sepanjang 2024, produksi jagung dan produksi kedelai turun 4% dan 9% "
                    "masing-masing dibanding tahun sebelumnya.")
    assert [(g[0], g[1]) for g in got] == [("4%", "produksi jagung"), ("9%", "produksi kedelai")]
    got = _measured("Sepanjang 2024, produksi jagung turun 4% dan 9% masing-masing di Jawa "
                    "dan Sumatra.")
    assert [g[1] for g in got] == ["produksi jagung", "produksi jagung"]


def test_naming_words_are_read_from_the_language_data() -> None:  # data20
    """"yakni"/"yaitu" between a referring noun and its amount come from the lexicon, not
    a list in the code."""
    from warta.stages.numbers import _naming_words

    assert {"yakni", "yaitu"} <= _naming_words()


def test_measure_word_lists_are_numbers_data() -> None:  # data20
    """The negations, break-through verbs, level nouns, day and auxiliary words, "baru" and
    money nouns stages.numbers tests against are numbers.toml [measure] lists."""
    from warta.stages.numbers import (
        _BARE_MONEY,
        _BREAK_THROUGH,
        _DAY_AND_AUX_WORDS,
        _LEVEL_NOUNS,
        _NEGATIONS,
        _ONLY_SO_FAR,
    )

    assert {"tidak", "belum"} <= set(_NEGATIONS) and "tembus" in _BREAK_THROUGH
    assert "posisi" in _LEVEL_NOUNS and "kemarin" in _DAY_AND_AUX_WORDS
    assert "baru" in _ONLY_SO_FAR and "uang tunai" in _BARE_MONEY


def test_not_only_words_are_numbers_data() -> None:  # data20
    from warta.stages.numbers import _NOT_ONLY

    assert {"hanya", "saja"} <= set(_NOT_ONLY)


def test_subject_past_a_time_phrase_before_its_verb() -> None:
    # numtime20: a time phrase between the subject and the verb of its level or change
    # ("X pada <date> mencapai/berada di/naik") leaves the subject the amount's thing
    got = _measured("Menurut laporan OJK, NPL pada kuartal III 2024 berada di level 2,5%.")
    assert [(g[1], g[4]) for g in got] == [("NPL", "2024-Q3")]
    got = _measured("Data terbaru menunjukkan, NTP pada Desember 2024 naik 0,7%.")
    assert [(g[1], g[2]) for g in got] == [("NTP", "up")]
    got = _measured("Catatan bank sentral menunjukkan, DPK pada November 2024 mencapai "
                    "Rp 8.500 triliun.")
    assert [(g[1], g[4]) for g in got] == [("DPK", "2024-11")]
    got = _measured("Dana bagi hasil yang diterima Pemprov NTT pada tahun ini mencapai "
                    "Rp 900 miliar.")
    assert got[0][1] != "Pemprov NTT"  # who receives it, past a verb: not what it measures


def test_two_nouns_joined_before_one_amount_are_one_item() -> None:
    # numtime20: "A dan B (Rp X)" opening a list item measures the joined item, not B
    got = _measured("Penerimaan kota itu berasal dari parkir (Rp 12 miliar), perizinan dan "
                    "iuran (Rp 3 miliar), serta pajak reklame Rp 1 miliar.")
    assert [g[1] for g in got][1] == "perizinan dan iuran"
    got = _measured("Kemudian kerusakan sawah atau ladang sekitar Rp 40 miliar.")
    assert [g[1] for g in got] == ["kerusakan sawah atau ladang"]
    got = _measured("Ekspor naik 5% dan impor turun 3%.")
    assert [g[1] for g in got] == ["Ekspor", "impor"]  # an amount between: two items


def test_spending_with_its_owner_before_a_purpose() -> None:
    # numtime20: "pengeluaran" is a head, and a fund's word with whose it is before
    # "untuk" measures the spending, not the purpose
    got = _measured("Ia mencontohkan di Lombok pengeluaran BPJS untuk pasien asing tidak "
                    "sampai Rp 2 miliar setahun.")
    assert [g[1] for g in got] == ["pengeluaran BPJS"]
    got = _measured("Tahun ini belanja daerah untuk bantuan pupuk hanya Rp 4 miliar.")
    assert [g[1] for g in got] == ["belanja daerah"]


def test_thing_told_just_before_with_one_period_or_move() -> None:
    # numtime20: an amount opening its sentence with its thing, naming no time, takes the
    # one period of the sentence right before that names the same thing; said as reached
    # ("sampai") with no change of its own, the one rise or fall told there
    got = _measured("Menurut laporan itu, angka melek huruf di desa pada 2024 terus membaik. "
                    "\"Angka melek huruf 97,2%.")
    assert got[0][4] == "2024"
    got = _measured("\"Saat ini harga bawang putih yang mengalami kenaikan paling tajam. "
                    "Harganya sampai di atas Rp 50.000 per kilogram,\" katanya.")
    assert (got[0][2], got[0][3], got[0][4]) == ("up", True, "PRESENT_REF")
    got = _measured("Permintaan ekspor teh meningkat setiap tahun. Menurutnya, ekspor teh "
                    "bahkan mencapai ratusan miliar rupiah.")
    assert got[0][2] is None  # a level reached, no move said of it
    got = _measured("Pajak kendaraan berlaku sejak 2023. Terdapat juga pajak sebesar Rp 50 "
                    "ribu bagi kapal.")
    assert got[0][4] is None  # one word names many things: not carried


def test_subject_still_at_a_level_with_no_verb() -> None:
    # numtime20: "X masih/tetap di (kisaran) level Y": X is at level Y, no verb needed
    got = _measured("Siang ini, yen masih di kisaran level Rp 108.")
    assert [g[1] for g in got] == ["yen"]
    got = _measured("Sore ini, ringgit tetap di posisi Rp 3.900.")
    assert [g[1] for g in got] == ["ringgit"]
    got = _measured("Saya masih di Bandung dengan upah Rp 4 juta.")
    assert [g[1] for g in got] == ["upah"]  # a place, no level noun: not a level


def test_policy_meeting_day_in_the_same_sentence_dates_the_move() -> None:
    # numtime20: a central bank's policy meeting said after the amounts of its sentence
    # dates those naming no time, by its last day
    got = _periods("BI menaikkan BI-Rate sebesar 25 bps menjadi 6,25% berdasarkan hasil Rapat "
                   "Dewan Gubernur (RDG) tanggal 23-24 April 2024.", datetime(2024, 5, 2))
    assert got == {"sebesar 25 bps": "2024-04-24", "6,25%": "2024-04-24"}
    got = _periods("\"Defisit kita 2,5%,\" ujar menteri dalam rapat kerja dengan DPR, Senin "
                   "(29/4/2024).", datetime(2024, 5, 2))
    assert got["2,5%"] is None  # a hearing where a figure is said: no decision day


def test_level_opening_the_clause_after_a_change_is_its_subjects() -> None:
    # numtime20: "S menguat ... , berada di level X": the level the clause after a change
    # opens with is the changed subject's, the level reached
    got = _measured("Sementara harga minyak Brent melemah terhadap proyeksi analis pada "
                    "penutupan perdagangan kemarin, berada di level US$ 61 per barel.")
    assert [(g[1], g[2], g[3]) for g in got] == [("harga minyak Brent", "down", True)]


def test_percent_unit_written_twice_keeps_the_counted_noun() -> None:
    # numtime20: "87% persen warga": the unit written twice; the noun after it is counted
    got = _measured("Survei itu mencatat 87% persen warga puas dengan layanan air bersih.")
    assert [(g[0], g[1]) for g in got] == [("87%", "warga")]


def test_now_marks_latest_annual_rate() -> None:
    # kini21: "kini"/"sekarang" on a rate compared with the year before marks the latest
    # yearly figure (the year after the base's), and its restatement keeps each year
    text = ("Menurut laporan dinas tenaga kerja, tingkat pengangguran terbuka di kabupaten itu "
            "kini tercatat 4,62 persen, lebih rendah dibandingkan tahun lalu yang sebesar 5,14 "
            "persen. \"Dari 5,14 persen, sekarang tinggal 4,62 persen,\" kata kepala dinas.")
    got = [c.period for c in analyze(text, published=datetime(2025, 10, 20)).numbers]
    assert got == ["2025", "2024", "2024", "2025"]
    # a price "kini" with no year-on-year comparison stays the present
    text = "Harga cabai kini Rp 80.000 per kilogram. Tingkat inflasi kini 2,5 persen."
    got = [c.period for c in analyze(text, published=datetime(2025, 10, 20)).numbers]
    assert got == ["PRESENT_REF", "PRESENT_REF"]


def test_slowing_is_down_and_a_lists_last_item_keeps_its_change() -> None:
    # numtime24: "melambat menjadi" is down to; ", dan Y menjadi Z" after "X naik menjadi"
    # is the list's last item, its verb left out: up to too
    text = ("Bank sentral memperkirakan penjualan ritel melambat menjadi 2,1%, ekspor naik "
            "menjadi 3,5%, dan impor menjadi 4%.")
    got = [(c.thing, c.change, c.change_to) for c in _nums(text)]
    assert got == [("penjualan ritel", "down", True), ("ekspor", "up", True),
                   ("impor", "up", True)]


def test_share_restating_a_recorded_count_measures_what_it_counts() -> None:
    # numtime24: "X kini tercatat sebanyak N orang atau P persen": past a verb of record
    got = _measured("Jumlah petani gurem kini tercatat sebanyak 12,5 ribu orang atau "
                    "4,25 persen.")
    assert [(g[0], g[1]) for g in got if "persen" in g[0]] == [
        ("4,25 persen", "Jumlah petani gurem")]


def test_then_and_now_rates_restating_earlier_ones_take_their_thing() -> None:
    # numtime24: "dari X sekarang Y": a change from X to Y, each restating a rate said
    # before of one thing, takes that thing and its year
    text = ("Jumlah petani gurem kini tercatat sebanyak 12,5 ribu orang atau 4,25 "
            "persen, lebih rendah dibandingkan tahun lalu yang sebesar 4,75 persen. "
            "\"Dari 4,75 persen sekarang sudah 4,25 persen,\" kata kepala dinas.")
    got = [(c.thing, c.change, c.change_to, c.change_from, c.period)
           for c in analyze(text, published=datetime(2025, 10, 20)).numbers
           if c.unit == "persen"]
    assert got[2:] == [("Jumlah petani gurem", "down", False, True, "2024"),
                       ("Jumlah petani gurem", "down", True, False, "2025")]


def test_sum_restated_under_another_name_keeps_its_first_period() -> None:
    # numtime24: "total bantuan Rp 900.000" dated by the aid's months, then "BLT Rp 900 ribu"
    # naming it otherwise: the same sum, over the period it was first dated by
    text = ("Pada 2024 anggaran bansos Rp 5 triliun.\nPemerintah menyalurkan bantuan untuk "
            "periode Oktober, November, dan Desember 2025. Total bantuan yang diterima sebesar "
            "Rp 900.000 per penerima.\nWarga dapat mengecek status penerima BLT Rp 900 ribu di "
            "situs resmi Kemensos.")
    got = [c.period for c in analyze(text, published=datetime(2025, 10, 20)).numbers]
    assert got[1] is not None and got == ["2024", got[1], got[1]]


def test_share_before_a_counts_fall_is_the_level_reached() -> None:
    # numtime24: "N orang atau P persen, turun M orang": the count's fall makes the share
    # the level reached, down to
    got = _measured("Jumlah petani gurem tercatat 12,5 ribu orang atau 4,25 persen, turun "
                    "sekitar 1,2 ribu orang.")
    assert [(g[0], g[2], g[3]) for g in got if "persen" in g[0]] == [
        ("4,25 persen", "down", True)]


def test_amount_after_comparison_word_is_the_base_compared() -> None:
    # num55: "naik 2,8% vs 2,7%": "vs" is no thing of either amount, and the second is
    # the figure compared with (an expectation), no rise of its own
    got = _measured("Indeks harga inti naik 2,8% vs 2,7% menurut data bulan lalu.")
    assert [g[0] for g in got] == ["2,8%", "2,7%"]
    assert got[0][2] == "up" and got[1][2] is None
    assert all(g[1] != "vs" for g in got)


def test_points_counted_in_words_with_no_change_measure_nothing() -> None:
    # num55: "dua poin sikap utama" lists items of a stance, no measure; a move of points
    # said with a change keeps its thing
    got = [(c.thing, c.change) for c in analyze(
        "Serikat itu menyampaikan dua poin sikap utama. Indeks saham turun lima poin.").numbers]
    assert got == [(None, None), ("Indeks saham", "down")]


def test_currency_gloss_is_no_second_item_of_masing_masing() -> None:
    # num55: "A dan B masing-masing akan menanam $1 miliar (Rp15,8 triliun)": one amount
    # glossed in rupiah, not one item each
    got = [c.thing for c in analyze("Jepang dan Korea masing-masing akan menanam $2 miliar "
                                    "(Rp31,6 triliun) untuk pabrik baterai.").numbers]
    assert "Jepang" not in got and "Korea" not in got


def test_time_pointing_back_takes_the_span_of_its_sentence() -> None:
    # num55: "sejak 2019 hingga 2022, ... ketua saat itu memperoleh Rp X": "saat itu" is
    # the span named before it in its sentence, not an unresolved past
    got = [c.period for c in analyze(
        "Dalam kurun waktu sejak 2019 hingga 2022, ketua dewan saat itu memperoleh dana "
        "hibah mencapai Rp 398 miliar.").numbers]
    assert got == ["2019/2022"]


def test_worded_points_said_of_a_subject_keep_it() -> None:
    # num55: "dua poin lebih tinggi dari ...": a gap in points of the subject, still measured
    got = [c.thing for c in analyze("Tingkat pengangguran mereka dua poin lebih tinggi dari "
                                    "rata-rata nasional.").numbers]
    assert got == ["Tingkat pengangguran"]


def test_date_opened_by_a_word_of_taking_effect_is_no_base() -> None:
    # num55: "tarif 25% terhadap impor dari Jepang mulai bulan depan": "mulai" dates when
    # the rise applies (the month after publication), not the base "terhadap"/"dari" open
    got = _measured("Pemerintah menetapkan tarif tambahan sebesar 25% terhadap impor baja "
                    "dari Jepang mulai bulan depan.")
    assert [(g[1], g[2], g[4]) for g in got] == [("tarif", "up", "2025-02")]


def test_months_counted_ahead_are_the_months_after_publication() -> None:
    # num55: "dalam enam bulan ke depan", published in January 2025, is February to July
    # 2025 (the months after this one), as years counted ahead are
    got = _measured("Kedua negara masing-masing akan menanam $2 miliar dalam enam bulan ke "
                    "depan untuk proyek tambang.")
    assert [g[4] for g in got] == ["2025-02/2025-07"]


def test_unglued_prefilter_keeps_the_plain_loops_answer() -> None:
    """speed24: `_unglued` skips its loop where no one-word comparison or "from" word opens
    the word; every answer is the plain loop's."""
    lex = numbers._lex()

    def plain(w: str) -> str:
        for c in (*lex.comparisons, *lex.from_words):
            if " " not in c and len(w) >= len(c) + numbers._GLUE_REST and w.startswith(c) \
                    and w[len(c):].isalpha():
                return c
        return w

    for w in ("dibandingkanoutlook", "darioutlookpembayaran", "dari", "daripada", "naik",
              "ketimbangtahun", "versusx", "vsbulan", "dariku", "", "dibanding2025"):
        assert numbers._unglued(w, lex) == plain(w)


def test_change_pointed_back_by_its_noun_takes_the_next_sentences_period() -> None:
    # period24: "Penurunan suku bunga ini terjadi di paruh kedua tahun ini" points back at
    # the cut told just before: its amounts, the levels it runs between included, take it
    got = _measured("Bank sentral diperkirakan memangkas suku bunganya sebesar 50 basis poin "
                    "dari 4,5% menjadi 4%. Penurunan suku bunga ini terjadi pada paruh "
                    "kedua tahun ini.")
    assert [g[4] for g in got] == ["2025-H2"] * 3


def test_next_sentences_period_without_the_changes_noun_is_not_taken() -> None:
    # period24: a next sentence naming another thing's period dates nothing before it
    got = _measured("Bank sentral diperkirakan memangkas suku bunganya sebesar 50 basis poin. "
                    "Kenaikan harga beras ini terjadi pada paruh kedua tahun ini.")
    assert got[0][4] is None


def test_lead_telling_a_change_with_its_period_dates_that_change_below() -> None:
    # period24: the lead tells the cut and its meeting's month; the amounts of the same cut
    # in the next paragraph, naming no time, are that meeting's
    got = _measured("Ekonom menilai bank sentral berpeluang menurunkan suku bunga acuan pada "
                    "pertemuan Maret 2025.\nIa memproyeksikan bank sentral akan memangkas "
                    "suku bunga sebesar 25 basis poin dari 5,75% menjadi 5,5%.")
    assert [g[4] for g in got] == ["2025-03"] * 3


def test_lead_telling_another_change_dates_nothing_below() -> None:
    # period24: a rise told in the lead does not date a cut below
    got = _measured("Ekonom menilai bank sentral berpeluang menaikkan suku bunga acuan pada "
                    "pertemuan Maret 2025.\nIa memproyeksikan bank sentral akan memangkas "
                    "suku bunga sebesar 25 basis poin.")
    assert got[0][4] is None


def test_years_said_again_by_their_length_are_that_span() -> None:
    # period24: "selama 4 tahun" after "sejak 2019 hingga 2022" is that span again
    got = _measured("Sejak 2019 hingga 2022 dana hibah terus dicairkan. Ketua dewan selama 4 "
                    "tahun pencairan dana hibah memperoleh komitmen fee hingga Rp 79 miliar.")
    assert got[-1][4] == "2019/2022"


def test_change_pointed_back_takes_the_day_it_runs_from() -> None:
    # period24: "... mengatakan penurunan harga ini berlaku mulai hari ini": the cut told
    # just before runs from that day
    got = _measured("Pemerintah memutuskan menurunkan harga pupuk sebesar 20%. Menteri "
                    "mengatakan penurunan harga ini berlaku mulai hari ini.")
    assert got[0][4] == "2025-01-15"


def test_change_pointed_back_does_not_take_the_day_it_was_said() -> None:
    # period24: a day the pointing sentence was said on dates no amount before it
    got = _measured("Pemerintah memutuskan menurunkan harga pupuk sebesar 20%. Menteri "
                    "menjelaskan penurunan harga ini pada Senin (13/1/2025).")
    assert got[0][4] is None


def test_months_said_by_their_length_take_the_span_the_next_sentence_names() -> None:
    # period24: "selama tiga bulan. Periode ... yakni Oktober, November, dan Desember": the
    # three months the next sentence names
    got = _measured("Program itu memberikan bantuan sebesar Rp 300.000 per bulan selama tiga "
                    "bulan. Periode yang berjalan yakni Oktober, November, dan Desember 2025.")
    assert got[0][4] == "2025-Q4"


def test_a_span_of_another_length_is_not_taken() -> None:
    # period24: "selama dua bulan" is not the quarter named next
    got = _measured("Program itu memberikan bantuan sebesar Rp 300.000 per bulan selama dua "
                    "bulan. Periode yang berjalan yakni Oktober, November, dan Desember 2025.")
    assert got[0][4] is None


def test_a_consensus_pointing_back_measures_the_rate_before() -> None:
    # num25: "konsensusnya" is the consensus of what the paragraph measured
    got = _measured("Bank sentral diperkirakan memangkas suku bunga acuan menjadi 5,5%. "
                    "Pasar sendiri konsensusnya ada di 5,25%.")
    assert [(s, t) for s, t, *_ in got] == [("5,5%", "suku bunga acuan"),
                                            ("5,25%", "suku bunga acuan")]


@pytest.mark.parametrize("text, thing", [
    # num25: a verb made of a measured head names it when the clause names no head
    ("Kedua negara masing-masing akan menginvestasikan $1 miliar.", "investasi"),
    ("Pemda menghibahkan Rp 5 miliar kepada yayasan.", "hibah"),
    # a head named before the verb is kept
    ("Pertumbuhan ekonomi ditargetkan 5 persen.", "Pertumbuhan ekonomi"),
])
def test_a_verb_made_of_a_head_names_it(text: str, thing: str) -> None:
    assert [t for _, t, *_ in _measured(text)][0] == thing


def test_a_forecast_verb_names_no_thing() -> None:
    # num25: "memproyeksikan" is made of "proyeksi", a forecast: what it forecasts is
    # measured, not the forecast
    got = _measured("BI memproyeksikan ekonomi Indonesia akan tumbuh 5% pada 2025.")
    assert got[0][1] != "proyeksi"


def test_an_old_number_counting_a_noun_stays_a_count() -> None:
    # num25: only a bare four-digit number after a word of time is an old year
    assert [c.value for c in _nums("Sebanyak 1750 orang datang sebelum 1500 kendaraan.")] == [
        1750.0, 1500.0]


def test_bare_points_with_no_thing_take_no_period() -> None:
    # numper25 (seed 56): league points or a list's items measure nothing, so "Kini" or a
    # year named before dates none of them; a move of points keeps its period
    def period(text: str) -> dict[str, str | None]:
        art = analyze(text, published=datetime(2025, 3, 4))
        return {c.span.of(art.text): c.period for c in art.numbers}
    assert period("Kini, Tim Garuda memimpin klasemen grup dengan 12 poin.")["12 poin"] is None
    assert period("Surat bernomor S-12/2025 itu dikirim pekan lalu. Ada empat poin yang "
                  "disampaikan menteri.")["empat poin"] is None
    assert period("Pada Senin (3/3/2025), rupiah melemah 40 poin ke level Rp 16.500 per "
                  "dolar AS.")["40 poin"] == "2025-03-03"


def test_a_period_of_no_known_part_is_dropped() -> None:
    # numper25 (seed 56): "dua tahun lalu" in an article with no publication date is a
    # year left unknown (XXXX), no period a price is counted over
    art = analyze("Dijual dengan harga Rp 40 ribu, roti yang hadir dua tahun lalu itu laris.")
    assert [c.period for c in art.numbers if c.currency] == [None]


def test_a_present_said_after_a_later_amount_is_that_amounts() -> None:
    # numper25: "saat ini" right after the second amount tells that one, not the first
    art = analyze("Ambang batas pencalonan pun diusulkan berada pada kisaran 5-6 persen, lebih "
                  "rendah dari 8 persen saat ini.", published=datetime(2025, 3, 4))
    got = {c.span.of(art.text): c.period for c in art.numbers}
    assert got["8 persen"] == "PRESENT_REF"
    assert got["5-6 persen"] is None


def _moves(text: str) -> list[tuple[str, str | None, bool, bool]]:
    art = analyze(text, published=datetime(2025, 1, 15))
    return [(c.span.of(art.text), c.change, c.change_to, c.change_from) for c in art.numbers]


def test_a_level_higher_than_an_earlier_times_is_up_to_and_the_earlier_up_from() -> None:
    # numcmp25: "lebih tinggi dari periode yang sama tahun lalu" compares two times' levels
    got = _moves("Laba koperasi itu mencapai Rp 12 miliar, lebih tinggi dari periode yang "
                 "sama tahun lalu Rp 9 miliar.")
    assert got == [("mencapai Rp 12 miliar", "up", True, False),
                   ("Rp 9 miliar", "up", False, True)]


def test_a_pointer_opening_the_next_sentence_compares_the_level_before_it() -> None:
    got = _moves("Penjualan mobil tahun ini diperkirakan 8 persen. Perkiraan ini lebih "
                 "rendah dari realisasi tahun lalu, 9 persen.")
    assert got == [("8 persen", "down", True, False), ("9 persen", "down", False, True)]


def test_a_comparison_with_no_earlier_time_is_no_change() -> None:
    got = _moves("Inflasi kota itu 2,1 persen, lebih rendah dari rata-rata nasional 2,5 "
                 "persen.")
    assert [c for _, c, _, _ in got] == [None, None]


def test_a_saving_measured_by_its_own_noun_is_no_move_of_it() -> None:
    # num26: "penghematan sebesar ..." is the saving itself; the verb still cuts its object
    saving = _one("Pemerintah mengumumkan penghematan sebesar Rp 12 triliun dari target belanja.")
    assert (saving.thing, saving.change) == ("penghematan", None)
    cut = _one("Pemerintah menghemat anggaran sebesar Rp 12 triliun tahun ini.")
    assert (cut.thing, cut.change) == ("anggaran", "down")


def test_bare_points_in_a_sports_article_measure_nothing() -> None:
    # num26: a team's or a player's points, no measured thing nor change (seed 45's ruling)
    got = _nums("Tim tuan rumah lolos ke babak final. Tim tamu menjauh 65 - 62 berkat "
                "tambahan dua poin dari Budi. Sevilla ( 65 poin ) sempat menyamai catatan "
                "itu.")
    assert [(c.thing, c.change) for c in got if c.unit == "poin"] == [(None, None)] * 2


def test_points_with_a_measured_head_keep_it_beside_a_sports_word() -> None:
    got = _nums("Persaingan di kompetisi bisnis makin ketat. IHSG turun 50 poin hari ini.")
    assert [(c.thing, c.change) for c in got if c.unit == "poin"] == [("IHSG", "down")]


def test_a_subjectless_growth_takes_the_growth_told_before() -> None:
    # num26: "Kita ingin tumbuh 6-8 persen" grows what the paragraph named as growth
    c = _one("Pemerintah memasang target pertumbuhan ekonomi yang cukup tinggi. Kita ingin "
             "tumbuh 6-8 persen tetapi tetap berkelanjutan.")
    assert (c.thing, c.change) == ("pertumbuhan ekonomi", "up")
    c = _one("Perusahaan itu menargetkan pertumbuhan ekonomi lebih tinggi. Penjualan mobil "
             "tumbuh 5 persen.")
    assert c.thing == "Penjualan mobil"


def test_a_level_a_head_had_reached_is_no_move_of_the_verb_before_it() -> None:
    # num26: "menambah X yang telah mencapai Y": Y is where X stood, not a rise
    c = _one("Pemerintah akan menambah realisasi belanja yang telah mencapai Rp 900 triliun.")
    assert (c.thing, c.change) == ("realisasi belanja", None)
    c = _one("Pemerintah menambah anggaran mencapai Rp 900 triliun.")
    assert c.change == "up"


def test_a_bare_whole_hundred_percent_no_head_names_is_a_manner() -> None:
    # num26: "fully", no measure; a listed head keeps it
    assert _one("Makanan di restoran itu dijamin halal 100 persen.").thing is None
    assert _one("Film itu lolos sensor 100 persen, tanpa pemotongan.").thing is None
    assert _one("Pemerintah mengenakan tarif 100 persen atas impor mobil.").thing == "tarif"


def test_price_word_with_no_noun_before_measures_the_price() -> None:
    # numb26: "seharga"/"diharga" with nothing priced before them: the amount is "harga";
    # a noun before the word is still what is priced
    assert _measured("Jam itu dijual masing-masing seharga 999 yuan.")[0][1] == "harga"
    assert _measured("Konsol itu dijajakan diharga normal, yakni US$ 500.")[0][1] == "harga"
    assert _measured("Pelaku menjual motor korban seharga Rp 5,7 juta.")[0][1] == "motor korban"


def test_a_joined_pair_subject_or_object_is_one_thing() -> None:
    # num27: "X dan Y <verb> sebesar": the pair, not its last noun; the restating amount
    # after "atau" keeps it; a listed "masing-masing" still gives each its own
    got = _measured("Tahun ini, aset dan liabilitas bank tumbuh sebesar Rp 2 triliun atau "
                    "naik 10 persen.")
    assert [g[1] for g in got] == ["aset dan liabilitas", "aset dan liabilitas"]
    got = _measured("Sepanjang 2016 setoran pajak dan cukai diperkirakan mencapai Rp 400 triliun.")
    assert got[0][1] == "setoran pajak dan cukai"
    got = _measured("Pemerintah menyalurkan bantuan dan hibah senilai Rp 5 miliar.")
    assert got[0][1] == "bantuan dan hibah"
    got = _measured("Presiden mengumumkan tarif sebesar 10% pada sebagian besar negara dan bea "
                    "tambahan hingga 50%.")
    assert got[1][1] == "bea"  # a pair inside a place phrase: no subject
    got = _measured("Realisasi pajak pusat mencapai Rp 26 miliar dan realisasi pajak daerah "
                    "sebesar Rp 17 miliar.")
    assert got[1][1] == "realisasi pajak daerah"


def test_a_quantity_noun_pointing_back_with_ini_takes_the_amount_before() -> None:
    # num27: "Realisasi ini tumbuh 45%", "Angka ini naik 10 persen": the amount before's
    # thing; "tumbuh X% dibandingkan periode yang sama tahun lalu, yaitu Y": Y the level
    # risen from (a year before), the level said before the level reached
    got = _measured("Laba bersih perseroan mencapai Rp 300 miliar per Juni 2017. Realisasi ini "
                    "tumbuh 40 persen dibandingkan periode yang sama tahun lalu, yaitu Rp 200 "
                    "miliar.")
    assert [(g[1], g[2], g[3]) for g in got] == [("Laba bersih", "up", True),
                                                 ("Laba bersih", "up", False),
                                                 ("Laba bersih", "up", False)]
    assert _froms("Laba bersih perseroan mencapai Rp 300 miliar per Juni 2017. Realisasi ini "
                  "tumbuh 40 persen dibandingkan periode yang sama tahun lalu, yaitu Rp 200 "
                  "miliar.") == [False, False, True]
    assert got[2][4] == "2016-06"
    got = _measured("Kredit bank mencapai Rp 5 triliun. Angka ini naik 10 persen.")
    assert got[1][1:3] == ("Kredit", "up")


def test_a_sentence_opening_on_yakni_spells_out_the_amount_before() -> None:
    # num27: "... naik 5 persen. Yakni, dari X pada 2016 menjadi Y pada 2017": X and Y
    # measure what the 5 persen did, up from and up to (the date after X is no gap)
    got = _measured("Penjualan perseroan cuma naik 5 persen. Yakni, dari Rp 3 triliun pada "
                    "2016 menjadi Rp 3,5 triliun pada 2017.")
    assert [(g[1], g[2], g[3]) for g in got] == [("Penjualan", "up", False),
                                                 ("Penjualan", "up", False),
                                                 ("Penjualan", "up", True)]


def test_a_fund_priced_past_its_purpose_clause() -> None:
    # num27: "dana untuk <verb> ... senilai X": the fund, not the purpose's last noun
    got = _measured("Polisi menyebut dana untuk membeli senjata yang dibahas para tersangka "
                    "senilai Rp 3 miliar.")
    assert got[0][1] == "dana"
    got = _measured("Ia menerima uang Rp 2 miliar dan dibelikan mobil senilai Rp 1 miliar.")
    assert got[1][1] == "mobil"


def test_a_change_noun_right_after_the_amount_says_the_change() -> None:
    # num27: "memberikan 40 persen peningkatan kinerja": up; "10 persen penurunan": down
    got = _measured("Chip baru ini memberikan 40 persen peningkatan kinerja dibandingkan chip "
                    "lama.")
    assert got[0][1:3] == ("peningkatan kinerja", "up")
    assert _measured("Perusahaan mencatat 10 persen penurunan penjualan.")[0][2] == "down"


def test_a_source_after_dari_before_a_verb_of_reaching_is_not_the_thing() -> None:
    # num27: "dana hibah ... dari APBD mencapai X": the fund, not its source; a ceiling
    # right before its own sum ("dari pagu Rp 1,3 triliun") keeps its head
    got = _measured("Ketua DPRD memperoleh jatah dana hibah dari APBD mencapai Rp 398 miliar.")
    assert got[0][1] == "dana hibah"
    got = _measured("KPK menyerap Rp 1,26 triliun dari pagu Rp 1,30 triliun.")
    assert got[1][1] == "pagu"


def test_a_governing_clause_noun_keeps_the_head_after_it() -> None:
    # num27: "klausul penjualan di angka X": the release clause, not the sales
    assert _measured("Klub itu memiliki klausul penjualan di angka 45 juta euro.")[0][1] \
        == "klausul penjualan"


def test_a_decision_running_from_one_date_to_another_dates_the_sentence_before() -> None:
    # num27 (seed 60's ruling): "Kebijakan penetapan HET ... ini akan berlaku mulai X sampai
    # Y" in the next paragraph: the span the amounts before apply over
    got = _measured("Kementerian menetapkan HET untuk gula sebesar Rp 12.500 per kg.\n"
                    "Kebijakan penetapan HET untuk komoditas ini akan berlaku mulai 10 April "
                    "2017 sampai September.")
    assert got[0][4] == "2017-04-10/2017-09"


def test_an_amount_in_another_currency_after_atau_is_the_same_sum() -> None:
    # num27: "X yang mencapai US$ 300 juta atau Rp 4,4 triliun": one sum, one thing
    got = _measured("Dana proyek itu berasal dari anggaran negara Hungaria yang mencapai "
                    "US$ 300 juta atau Rp 4,4 triliun.")
    assert [g[1] for g in got] == ["Dana proyek", "Dana proyek"]


def test_money_received_or_given_far_after_plain_money_is_that_money() -> None:
    # numb27 (seed 61): "didakwa menerima Rp 50 juta" names no noun of its own; past the
    # anaphor's reach, the plain money noun ("uang") told of before still names it; a
    # named sum (an aid, a budget) far before does not
    filler = "Sidang itu berlangsung lama dan dihadiri banyak orang dari berbagai daerah. " * 8
    got = _measured("Saksi menyerahkan uang Rp 250 juta kepada panitera itu.\n" + filler
                    + "\nIa juga didakwa menerima Rp 50 juta untuk mengurus perkara.")
    assert [g[1] for g in got] == ["uang", "uang"]
    got = _measured("Saksi menyerahkan uang Rp 250 juta kepada panitera itu.\n" + filler
                    + "\nIa lalu memberikan Rp 50 juta kepada hakim.")
    assert [g[1] for g in got] == ["uang", "uang"]
    got = _measured("Pemerintah menyalurkan bantuan Rp 2 triliun.\n" + filler
                    + "\nIa juga didakwa menerima Rp 50 juta untuk mengurus perkara.")
    assert [g[1] for g in got] == ["bantuan", None]


def test_a_price_verb_with_no_noun_prices_its_subject() -> None:
    # numb27 (seed 61): "dibanderol" holds no price noun: its subject (past "ini") is what
    # is priced, as "motor seharga Rp 5 juta"; a head before the amount still wins
    assert _measured("Ponsel ini dibanderol Rp 2.999.000.")[0][1] == "Ponsel"
    assert _measured("Satu porsi soto dibanderol Rp 15.000.")[-1][1] == "porsi soto"


def test_saat_itu_is_the_day_named_in_the_sentence_just_before() -> None:
    # numb27 (seed 61): a one-off act "saat itu" is the day the sentence before named,
    # not a vague past; a day named further back does not carry
    got = _periods("Polisi menangkap Budi pada 15 Juni 2016 di kantornya. Budi saat itu "
                   "menyerahkan uang Rp 250 juta kepada panitera.", datetime(2016, 9, 1))
    assert got["Rp 250 juta"] == "2016-06-15"
    got = _periods("Polisi menangkap Budi pada 15 Juni 2016 di kantornya. Ia diperiksa lama. "
                   "Kasus itu ramai dibicarakan. Budi saat itu menyerahkan uang Rp 250 juta.",
                   datetime(2016, 9, 1))
    assert got["Rp 250 juta"] != "2016-06-15"


def test_a_relative_clauses_place_is_not_what_grew() -> None:
    # num28 (seed 62): "yang melancong ke Thailand" says where; the phrase before "yang"
    # is what grew
    got = _measured("Jumlah wisatawan yang datang ke Bali naik 12 persen pada 2024.")
    assert got[0][1] == "Jumlah wisatawan"
    assert _measured("Ekspor ke Jepang naik 12 persen.")[0][1] is not None


def test_a_head_after_di_or_a_source_before_a_copula_is_not_measured() -> None:
    # num28 (seed 62): "dari APBN adalah 10 persen" names the source, "di tingkat daerah"
    # the place; the head before them is what the share measures
    got = _measured("Aturan itu mengamanatkan anggaran kesehatan di tingkat daerah yang "
                    "diberikan dari APBN adalah 10 persen.")
    assert got[0][1] == "anggaran kesehatan"
    assert _measured("Harga gabah di tingkat petani naik 5 persen.")[0][1] == "Harga gabah"


def test_a_rank_opening_a_list_item_is_no_thing() -> None:
    # num28 (seed 62): "kedua Jakarta 30 persen" is the second place's share: neither the
    # rank and place nor a thing carried to the items after it
    got = _measured("Tujuan utama itu Bali 40 persen, kedua Jakarta 30 persen, dan Batam 20 "
                    "persen. Sisanya 10 persen.")
    assert [g[1] for g in got] == [None, None, None, None]
    got = _measured("Inflasi tertinggi di Papua 5 persen, kedua Jakarta 3 persen.")
    assert [g[1] for g in got] == ["Inflasi", "Inflasi"]


def test_a_share_pointed_back_at_is_the_one_said_before() -> None:
    # num28 (seed 62): "10 persen itu" restates the 10 percent measured before; a bare
    # repeated share is not pointed at
    got = _measured("Pemda meminta anggaran dari pusat untuk mencapai 10 persen. Padahal 10 "
                    "persen itu seharusnya dari daerah, ujar Budi.")
    assert [g[1] for g in got] == ["anggaran", "anggaran"]
    got = _measured("Inflasi naik 10 persen. Ekspor turun 10 persen.")
    assert [g[1] for g in got] == ["Inflasi", "Ekspor"]


def test_a_paragraph_going_on_with_kemudian_keeps_the_period() -> None:
    # num28 (seed 62): a breakdown opening "Kemudian," goes on listing the 2018 budget
    got = _periods("Kementerian mendapat anggaran sebesar Rp 59 triliun untuk 2018. Anggaran "
                   "itu dialokasikan untuk program JKN sebesar Rp 25 triliun.\nKemudian, "
                   "insentif tenaga kesehatan sebesar Rp 7 triliun.", datetime(2017, 8, 18))
    assert got["sebesar Rp 7 triliun"] == "2018"
    got = _periods("Kementerian mendapat anggaran sebesar Rp 59 triliun untuk 2018.\nSementara "
                   "itu, perusahaan membayar denda sebesar Rp 7 miliar.", datetime(2017, 8, 18))
    assert got["sebesar Rp 7 miliar"] is None


def test_a_mandated_level_takes_no_other_sentences_period() -> None:
    # num28 (seed 62): a level a law mandates is a standing rule, not the year the
    # article later names for the budget
    text = ("Pemda meminta anggaran dari pusat untuk mencapai 10 persen sesuai yang "
            "diamanatkan undang-undang.\nKementerian mendapat anggaran Rp 59 triliun untuk "
            "2018.")
    assert _periods(text, datetime(2017, 8, 18))["mencapai 10 persen"] is None
    text = text.replace("sesuai yang diamanatkan undang-undang", "tahun depan")
    assert _periods(text, datetime(2017, 8, 18))["mencapai 10 persen"] is not None


def test_a_funds_purpose_pair_is_one_thing() -> None:
    # num28 (seed 62): "anggaran untuk X dan Y sebesar": the pair the fund is for
    got = _measured("Anggaran untuk beasiswa dan bantuan sosial sebesar Rp 5 triliun.")
    assert got[0][1] == "beasiswa dan bantuan sosial"


def test_money_each_of_a_list_takes_the_money_noun_before() -> None:
    # num28 (seed 62): "masing-masing sebesar" after a list of recipients is each one's
    # part of the plain money noun the sentence named; with none named, no thing
    got = _measured("Pembagian uang ini mengalir ke Andi, Budi, dan Citra masing-masing "
                    "sebesar US$ 3.000.")
    assert got[0][1] == "uang"
    got = _measured("Ketua panitia mengundang Andi, Budi, dan Citra masing-masing sebesar "
                    "US$ 3.000.")
    assert got[0][1] is None


def test_money_a_raising_verb_sets_after_hingga_is_the_level_reached() -> None:
    # numb28 (seed 63): "menaikkan tarif hingga" names the new level, and its gloss in
    # brackets with it; a cut "hingga" stays the size of the cut
    got = _measured("Pengelola menaikkan tarif hingga Rp 50 ribu ( US$ 3 ) per orang.")
    assert [(g[2], g[3]) for g in got] == [("up", True), ("up", True)]
    got = _measured("Anggaran desa dipangkas hingga Rp 1 miliar.")
    assert [(g[2], g[3]) for g in got] == [("down", False)]


def test_a_year_in_brackets_after_a_name_is_no_period() -> None:
    # numb28 (seed 63): "Laskar Pelangi ( 2008 )" names the film, not when its rating counts
    text = "Film Laskar Pelangi ( 2008 ) mendapat rating 90 persen dari penonton."
    assert _periods(text, datetime(2017, 8, 18))["90 persen"] is None
    text = "Film Laskar Pelangi pada 2008 mendapat pendapatan Rp 90 miliar."
    assert _periods(text, datetime(2017, 8, 18))["Rp 90 miliar"] == "2008"


def test_pay_said_by_a_passive_verb_and_a_budget_loanword() -> None:
    # numb28 (seed 63): "minta dibayar Rp X" with no noun is the pay its verb names; a
    # noun before the verb still wins; "bujet" is a budget, the head of its qualifier
    assert _measured("Beberapa artis minta dibayar Rp 20 juta.")[0][1] == "dibayar"
    assert _measured("Gaji guru dibayar Rp 5 juta per bulan.")[0][1] == "Gaji guru"
    assert _measured("Film itu dibuat dengan bujet produksi Rp 2 miliar.")[0][1] == \
        "bujet produksi"


def test_besarnya_points_back_at_the_plain_money_named_before() -> None:
    # numb28 (seed 63): "Besarnya kira-kira antara ..." after a sentence naming money
    # (with no subject noun to take) measures that money; with none named, no thing
    got = _measured("Mereka bisa mendapat uang jika ada sponsor. Besarnya kira-kira antara "
                    "Rp 5 juta hingga Rp 15 juta.")
    assert got[0][1] == "uang"
    got = _measured("Mereka datang ke pesta itu. Besarnya Rp 5 juta.")
    assert got[0][1] is None


def test_a_supposed_case_takes_no_period_carried_from_before() -> None:
    # numb28 (seed 63): a sentence opening with "Kalau" states a supposed case; the year
    # an earlier paragraph gave the same thing does not date it (a plain one still is)
    got = _periods("Pada 2011 perusahaan merogoh kocek hingga Rp 1 miliar.\nKalau mereka cuma "
                   "menyewa humas, maka mesti merogoh kocek Rp 5 juta.\nPerusahaan lain "
                   "merogoh kocek Rp 7 juta.", datetime(2017, 8, 18))
    assert (got["Rp 5 juta"], got["Rp 7 juta"]) == (None, "2011")
    got = _periods("Pada 2011 perusahaan merogoh kocek hingga Rp 1 miliar.\nJika dicermati, "
                   "perusahaan merogoh kocek Rp 5 juta.", datetime(2017, 8, 18))
    assert got["Rp 5 juta"] == "2011"  # a way of looking, no supposition


def test_a_vague_plural_after_a_number_is_its_magnitude() -> None:
    # numb28 (seed 63): "Rp 800 jutaan" is some 800 million, ending the range it closes;
    # alone, "jutaan orang" stays vague; "sekilo" is the rate, not the thing
    got = _measured("Biaya sewa gedung Rp 200 juta sampai Rp 800 jutaan.")
    assert [g[0] for g in got] == ["Rp 200 juta sampai Rp 800 jutaan"]
    art = analyze("Jutaan orang hadir.", published=datetime(2025, 1, 15))
    assert [c.value for c in art.numbers] == [None]
    assert _measured("Ubi dijual dengan harga murah, sekitar Rp 10 ribuan sekilo.")[0][1] == \
        "harga murah"


def test_a_share_among_them_measures_the_noun_before_it() -> None:
    # num29 (seed 64): "80 persen di antaranya" is a share of the noun phrase just before,
    # past a comma or "yang"; with no such word after it, no thing is guessed
    got = _measured("Mereka mengirim 300 paket, 80 persen di antaranya tiba tepat waktu.")
    assert got[-1][:2] == ("80 persen", "paket")
    assert _measured("Ia menyoroti dominasi penerima beasiswa yang 65 persen di antaranya dari "
                     "Jawa.")[0][1] == "penerima beasiswa"
    assert _measured("Mereka mengirim 300 paket, 80 persen tiba tepat waktu.")[-1][:2] == \
        ("80 persen", None)


def test_a_price_verb_past_a_starting_price_prices_its_subject() -> None:
    # num29 (seed 64): "dipatok mulai dari Rp 7 juta" prices the subject, as "dipatok Rp 7
    # juta" does
    assert _measured("Layanan tersebut dipatok mulai dari Rp 7 juta per orang.")[0][1] == \
        "Layanan"
    assert _measured("Paket wisata itu dibanderol mulai Rp 2 juta.")[0][1] == "Paket wisata"


def test_money_received_with_no_amount_before_is_the_money_named_before() -> None:
    # num29 (seed 64): "diperkaya lebih dari Rp 40 miliar" with no amount said before is
    # the plain money the text just named; naming none, no thing
    got = _measured("Banyak anggota dewan menerima uang proyek itu. Sejumlah anggota dewan "
                    "diperkaya lebih dari Rp 40 miliar.")
    assert got[0][1] == "uang"
    got = _measured("Banyak anggota dewan terlibat proyek itu. Sejumlah anggota dewan "
                    "diperkaya lebih dari Rp 40 miliar.")
    assert got[0][1] is None
    got = _measured("Warga mendapat bantuan langsung tunai. Setiap keluarga menerima Rp 300 "
                    "ribu.")
    assert got[0][1] != "tunai"  # a modifier of the aid, not the money's own noun


def test_a_span_of_days_dates_the_amounts_of_its_sentence() -> None:
    # num29 (seed 64): a promo price valid "5 Desember 2017 - 5 Januari 2018" is of that
    # span, as a span of months is; a single day before it still dates it as before
    got = _periods("Khusus 5 Desember 2017 - 5 Januari 2018, perusahaan menggelar program "
                   "promo terbang keliling kota dengan biaya Rp 5 juta per orang.",
                   datetime(2017, 12, 4))
    assert got["Rp 5 juta"] == "2017-12-05/2018-01-05"
    got = _periods("Pada 5 Desember 2017, toko itu menjual sepatu dengan harga Rp 500 ribu.",
                   datetime(2017, 12, 4))
    assert got["Rp 500 ribu"] == "2017-12-05"
    got = _periods("Pada rapat 20-21 Mei 2025, bank itu menurunkan bunga 25 bps menjadi 5,5%.",
                   datetime(2025, 5, 21))
    assert got["5,5%"] != "2025-05-20/2025-05-21"  # a meeting's days, no window


def test_a_clause_break_after_an_amount_ends_its_counted_thing() -> None:
    # numb29 (seed 65): "sementara" opens another clause; its subject is whose the next
    # share is, not what the first measures
    got = _measured("Pasangan itu menang dengan perolehan suara 50,9 persen sementara "
                    "pesaingnya 49,1 persen.")
    assert [g[1] for g in got] == ["perolehan suara", "perolehan suara"]


def test_a_manner_adverb_after_a_change_is_no_thing() -> None:
    # numb29 (seed 65): "turun drastis hingga 40 persen": how it fell, the subject fell
    assert _measured("Jumlah wisatawan turun drastis hingga 40 persen.")[0][1:3] == \
        ("Jumlah wisatawan", "down")
    assert _measured("Rupiah melemah tipis 0,05 persen.")[0][1:3] == ("Rupiah", "down")


def test_a_time_unit_inside_a_compound_noun_stays_in_the_subject() -> None:
    # numb29 (seed 65): "pengapalan jam tangan pintar turun": "jam tangan" is a watch; a
    # duration counted ("3 jam pertama") still ends the phrase
    assert _measured("Pengapalan jam tangan pintar turun drastis hingga 40 persen.")[0][1] \
        == "Pengapalan jam tangan pintar"
    assert _measured("Penjualan 3 jam pertama naik 5 persen.")[0][1] == "Penjualan"


def test_an_added_act_of_a_sentence_is_no_rise() -> None:
    # numb29 (seed 65): "ditambah membayar uang pengganti": a penalty added, nothing rises;
    # "ditambah" right before the amount is still one
    got = _measured("Ia divonis 6 tahun penjara ditambah membayar uang pengganti sebesar "
                    "Rp 5 miliar.")
    assert got[-1][1:3] == ("uang pengganti", None)
    assert _measured("Anggaran desa ditambah Rp 5 miliar.")[0][2] == "up"


def test_money_received_is_no_penalty_said_before() -> None:
    # numb29 (seed 65): a fine or compensation is paid; money received after it is not it
    got = _measured("Ia membayar uang pengganti Rp 5 miliar. Ia juga terbukti menerima Rp 6 "
                    "miliar dari para pejabat.")
    assert got[-1][1] is None
    got = _measured("Setiap keluarga mendapat bantuan Rp 300 ribu. Mereka menerima Rp 300 "
                    "ribu lagi.")
    assert got[-1][1] == "bantuan"


def test_a_verdicts_day_dates_no_fine() -> None:
    # numb29 (seed 65): "dijatuhi vonis pada 30 Maret 2016 ... denda Rp 200 juta": the
    # verdict's day, not the fine's period
    got = _periods("Ia dijatuhi vonis pada 30 Maret 2016 lalu yaitu 6 tahun penjara ditambah "
                   "denda Rp 200 juta.", datetime(2017, 3, 30))
    assert got["Rp 200 juta"] is None


def test_a_date_after_dari_before_a_comparison_is_the_figures_own() -> None:
    # numb29 (seed 65): "turun 51,6 persen dari kuartal tiga 2016 dibanding periode yang
    # sama tahun lalu": the quarter measured; a bare "dari <date>" after a change is a base
    got = _periods("Pengapalan jam turun 51,6 persen dari kuartal tiga 2016 dibanding periode "
                   "yang sama tahun lalu.", datetime(2016, 11, 1))
    assert got["51,6 persen"] == "2016-Q3"
    got = _periods("Penjualan naik 5 persen dari kuartal tiga 2016.", datetime(2017, 11, 1))
    assert got["5 persen"] != "2016-Q3"


def test_money_paid_or_raised_is_named_by_its_verb() -> None:
    # num30 (seed 65, 66): no noun before the amount, the verb of paying or raising names
    # the money; a noun after the verb, or after a share, still wins
    assert _measured("Warga cukup membayar sebesar Rp 5 ribu per jam.")[0][1] == "membayar"
    got = _measured("Acara amal itu mengumpulkan US$ 12 juta atau Rp 160 miliar.")
    assert [g[1] for g in got] == ["mengumpulkan", "mengumpulkan"]
    assert _measured("Ia membayar uang sewa Rp 5 juta.")[0][1] == "uang sewa"
    # money received before names it still ("DJP mengumpulkan pajak ... berhasil
    # mengumpulkan Rp 7 triliun" keeps the tax)
    got = _measured("Pajak yang terkumpul naik. Hari ini DJP berhasil mengumpulkan pajak Rp 5 "
                    "triliun, lalu mengumpulkan Rp 2 triliun lagi.")
    assert got[-1][1] != "mengumpulkan"


def test_a_spending_verb_yields_to_the_noun_after_a_share() -> None:
    # num30: "mengeluarkan 30 persen dana": the funds, not the spending verb
    assert _measured("BPJS mengeluarkan 30 persen dana untuk obat.")[0][1] == "dana"


def test_a_share_of_a_counted_group_measures_the_group() -> None:
    # num30 (seed 66): "90 persen dari 1.200 pedagang": the traders; not a share of a
    # year, nor of a quantity in units
    assert _measured("Dinas menargetkan 80 persen dari 500 petani memakai pupuk organik."
                     )[0][1] == "petani"
    assert _measured("Sebanyak 50 persen dari 1.200 ton beras itu rusak.")[0][1] != "ton"


def test_an_attribution_set_off_by_commas_is_skipped() -> None:
    # num30 (seed 66): the subject before an "according to" aside naming a long body
    got = _measured("Proyek itu menyedot anggaran daerah sebesar Rp 6 miliar. Kerugian daerah "
                    "yang disebabkan perkara itu, menurut audit Badan Pemeriksa Keuangan dan "
                    "Pembangunan Daerah, mencapai sekitar Rp 2 miliar.")
    assert got[-1][1] == "Kerugian daerah"


def test_the_object_of_a_cap_verb_is_what_it_caps() -> None:
    # num30 (seed 66): "membatasi pengisian daya hanya sampai 30 %", an adverb between
    assert _measured("Sekolah itu membatasi pemakaian gawai hanya sampai 40 persen."
                     )[0][1] == "pemakaian gawai"


def test_a_content_and_an_allocation_are_measured_heads() -> None:
    # num30 (seed 66): the content right before the amount, not the sale of the clause
    # before; the allocation, not the ceiling it sits in
    got = _measured("Pemerintah melarang penjualan minuman dengan kadar gula lebih dari 10 "
                    "persen.")
    assert got[0][1] == "kadar gula"
    got = _measured("Biaya renovasi masuk dalam pagu kementerian di mana alokasinya adalah Rp "
                    "50 miliar.")
    assert got[0][1] == "alokasinya"


def test_a_year_ending_a_documents_number_dates_no_amount() -> None:
    # num30 (seed 66): "Permendag Nomor 06/M-DAG/PER/1/2015"; a school year still dates
    got = _periods("Dalam Permenkes Nomor 12/MENKES/PER/3 / 2016 tersebut, kadar gula dibatasi "
                   "10 persen.", datetime(2017, 3, 1))
    assert got["10 persen"] is None
    got = _periods("Pada tahun ajaran 2014/2015 biaya sekolah naik 5 persen.",
                   datetime(2016, 3, 1))
    assert got["5 persen"] == "2014/2015"


def test_a_reported_quarter_dates_the_later_paragraphs_percentages() -> None:
    # num30 (seed 65): one quarter said of a percentage: a periodic report's, whose
    # percentages in the next paragraphs are of it too (not those of its own paragraph:
    # test_a_period_opening_the_sentence_is_its_later_clauses_too)
    got = _measured("Lembaga riset merilis data: penjualan sepeda turun 20 persen pada kuartal "
                    "dua 2016.\nMerek Anu paling merasakan penurunan 30 persen.")
    assert {g[0]: g[4] for g in got}["30 persen"] == "2016-Q2"


def test_an_undated_texts_month_without_its_year_dates_no_amount() -> None:
    # num30b (seed 67): the time stage gives "bulan Juli" the latest year the text names
    # (here a promise's); a month the undated text writes without a year is no period,
    # but one ending a span keeps the year its other end gives
    art = analyze("Survei menyebut hanya 40 persen warga puas pada bulan Juli. Ia berjanji "
                  "memotong pajak di tahun 2019.")
    assert {c.span.of(art.text): c.period for c in art.numbers}["40 persen"] is None
    art = analyze("Harga gula ditetapkan Rp 12.000 per kg. Kebijakan ini berlaku mulai 10 Mei "
                  "2016 sampai Agustus.")
    assert [c.period for c in art.numbers] == ["2016-05-10/2016-08"]


def test_a_year_a_record_is_compared_with_is_no_period_of_the_change() -> None:
    # num30b (seed 67): "turun 8 persen, penurunan terbesar sejak 1998": the record's year
    got = _periods("Penjualan mobil turun hingga 8 persen, yang merupakan penurunan terbesar "
                   "sejak 1998.", datetime(2017, 5, 1))
    assert got["hingga 8 persen"] is None


def test_a_fall_from_a_level_named_after_dari_and_the_level_it_reached() -> None:
    # num30b (seed 67): "54 persen ..., atau turun dari angka kepuasan sebesar 64 persen":
    # down to the first, down from the second
    got = [(c.change, c.change_to, c.change_from) for c in analyze(
        "Survei menyebut 45 persen warga yang puas dengan kinerja wali kota, atau turun dari "
        "angka kepuasan sebesar 60 persen.", published=datetime(2025, 1, 15)).numbers]
    assert got == [("down", True, False), ("down", False, True)]


def test_named_receivers_listed_after_a_receiving_sentence_measure_what_was_received() -> None:
    # num30b (seed 67): "... terbukti menerima suap. Mereka di antaranya <nama> sebesar US$
    # X, pengacara <nama> sebesar US$ Y": the bribe, not nothing nor the titled receiver
    art = analyze("Jaksa menyebut ada pejabat lain yang juga menerima suap. Mereka di antaranya "
                  "Bambang Sutrisno sebesar Rp 50 juta, pengacara Joko Santoso sebesar Rp 40 "
                  "juta.", published=datetime(2025, 1, 15))
    assert [c.thing for c in art.numbers if c.currency] == ["suap", "suap"]


def test_a_whole_after_a_word_of_composition_measures_the_material() -> None:
    # num30b (seed 67): "berbahan 100 persen katun" is the cotton's share, no "fully"
    got = [c.thing for c in analyze("Ia membeli kemeja berbahan 100 persen katun. Produk itu "
                                    "dijamin halal 100 persen.").numbers]
    assert got == ["katun", None]


def test_a_price_after_seharga_is_no_change_said_before_its_noun() -> None:
    # num30b (seed 67): "tambahan" of the accessories does not raise the straps' price;
    # a level a rise reached is still one ("naik menjadi seharga")
    got = _measured("Toko itu menawarkan tas tambahan serta dompet seharga Rp 200 ribu.")
    assert got[0][2] is None
    got = _measured("Harga tiket naik menjadi seharga Rp 50 ribu.")
    assert got[0][2:4] == ("up", True)


def test_a_bonus_or_prize_is_its_own_thing_not_the_sum_before() -> None:
    # num31 (seed 68): "biaya ... ditambah bonus yang bisa mencapai" measures the bonus;
    # "uang pembinaan ... dari total hadiah" the prizes, not the champion's share
    got = [c.thing for c in analyze("Klub membayar biaya Rp 5 miliar, ditambah bonus yang bisa "
                                    "mencapai Rp 1 miliar.").numbers]
    assert got == ["biaya", "bonus"]
    got = [c.thing for c in analyze("Tim itu memperoleh uang pembinaan sebesar Rp 20 juta dari "
                                    "total hadiah Rp 100 juta.").numbers]
    assert got == ["uang pembinaan", "hadiah"]


def test_a_count_said_as_a_subject_restated_as_a_share_measures_the_subject() -> None:
    # num31 (seed 68): "Rekor kemenangannya ialah 676 partai atau 57,5 persen": the win
    # rate, not the matches; without a copula the counted noun stays ("2 juta wajib pajak
    # atau 15%")
    got = _measured("Rekor kemenangannya ialah 300 laga atau 60 persen.")
    assert got[-1][1] == "Rekor kemenangannya"
    got = _measured("Sebanyak 2 juta wajib pajak atau 15 persen sudah melapor.")
    assert got[-1][1] == "wajib pajak"


def test_a_day_counted_up_to_before_a_name_dates_the_next_sentence() -> None:
    # num31 (seed 68): "Per 27 Mei 2017, Wenger ..." is as of that day, no role of the
    # name after it: the next sentence's share is counted up to it
    art = analyze("Per 27 Mei 2017, Budi telah memimpin 500 pertandingan. Rekor kemenangannya "
                  "ialah 60 persen.")
    assert [c.period for c in art.numbers if c.unit == "persen"] == ["2017-05-27"]


def test_days_of_one_year_listed_date_the_sentence_by_that_year() -> None:
    # num31 (seed 68): transfers on six days of 2007, each Rp 100 juta: 2007; two days
    # are no list
    art = analyze("Transfer dilakukan pada 15 Januari 2007, kemudian 13 April 2007, dan 2 "
                  "November 2007 dengan masing-masing transfer Rp 100 juta.")
    assert [c.period for c in art.numbers] == ["2007"]
    art = analyze("Transfer dilakukan pada 15 Januari 2007 dan 2 November 2008 dengan "
                  "masing-masing transfer Rp 100 juta.")
    assert [c.period for c in art.numbers] == [None]


def test_prize_money_takes_the_year_of_the_titled_competition() -> None:
    # num31 (seed 68): "menjuarai PGN Livoli Divisi Utama 2017 ... hadiah uang pembinaan
    # sebesar Rp 35 juta": the competition's 2017; not where two titled years are named
    text = ("Tim Garuda menjuarai Kejuaraan Voli Nusantara 2017 di Bandung.\n"
            "Tim itu berhak memperoleh hadiah uang pembinaan sebesar Rp 35 juta.")
    assert [c.period for c in analyze(text).numbers] == ["2017"]
    text = ("Tim Garuda menjuarai Kejuaraan Voli Nusantara 2017 setelah kalah di Piala "
            "Merdeka 2016.\nTim itu berhak memperoleh hadiah uang pembinaan sebesar Rp 35 "
            "juta.")
    assert [c.period for c in analyze(text).numbers] == [None]


def test_a_cut_from_a_lower_to_a_higher_figure_is_its_size_not_a_level_reached() -> None:
    # num31 (seed 65): "mengurangi emisi dari 26 menjadi 28 persen" is a cut of 26 to 28
    # percent (down by), of emisi; a fall to a lower level is still down to
    got = _measured("Negara itu setuju mengurangi emisi dari 20 menjadi 25 persen pada 2030.")
    assert got[-1][1:4] == ("emisi", "down", False)
    got = _measured("Harga beras turun dari Rp 12.000 menjadi Rp 10.000.")
    assert got[-1][2:4] == ("down", True)


def test_a_bare_share_restating_the_sentence_before_takes_its_thing() -> None:
    # num31b (seed 69): "hampir 80 persen bahan ... (next paragraph) “maka itu sekitar 80
    # persen kami impor”": the share said again in the next sentence, naming nothing, is
    # that share, however hedged; not two sentences on, where it may measure another thing
    text = ("Pemilik warung mengatakan , hampir 60 persen bahan masakan merupakan impor dari "
            "Jepang .\n“ Kami menjaga mutu , maka itu sekitar 60 persen kami impor dari sana "
            ". Rasanya gurih , ” ucapnya .")
    assert [c.thing for c in analyze(text).numbers] == ["bahan masakan", "bahan masakan"]
    text = ("Pemilik warung mengatakan , hampir 60 persen bahan masakan merupakan impor dari "
            "Jepang . Warung itu buka setiap hari .\n“ Kami menjaga mutu , maka itu sekitar "
            "60 persen kami impor dari sana . Rasanya gurih , ” ucapnya .")
    assert [c.thing for c in analyze(text).numbers][1] is None


def test_a_year_in_the_phrase_of_a_case_after_an_amount_dates_the_case() -> None:
    # num31b (seed 68): "uang Rp 600 juta ... tak terkait dengan kasus ... pada 2005":
    # 2005 is the case's year, not the money's; a year of the amount's own clause stays
    text = ("Pengacara itu menyebut uang Rp 400 juta yang diterima Budi tidak terkait dengan "
            "kasus korupsi proyek jembatan pada 2010.")
    assert [c.period for c in analyze(text).numbers] == [None]
    text = "Budi menerima uang Rp 50 juta pada 2011 dalam kasus itu."
    assert [c.period for c in analyze(text).numbers] == ["2011"]
    # money of the case, not denied a tie to it, keeps the act's years (seed 47's ruling)
    text = "Uang Rp 13 triliun itu merupakan pengganti kerugian negara dalam perkara korupsi " \
        "periode 2021-2022."
    assert [c.period for c in analyze(text).numbers] == ["2021/2022"]


def test_a_tour_names_its_gross_past_its_star() -> None:
    # num31b (seed 67): "tur Paul McCartney dalam dua tahun terakhir mencapai lebih dari
    # US$ 240 juta": the tour's gross, though a person's name follows the noun
    text = "Menurut data itu , tur Budi Santoso dalam dua tahun terakhir mencapai Rp 30 miliar ."
    assert [c.thing for c in analyze(text).numbers] == ["tur Budi Santoso"]


def test_a_price_word_before_a_starting_price_prices_the_amount() -> None:
    # num32 (seed 70): "bisa Anda pesan ... seharga mulai dari US$ 250": the words of a
    # starting price between the price word and the amount keep the price
    text = "Sepatu lari itu bisa Anda pesan di toko daring seharga mulai dari Rp 2 juta ."
    assert [c.thing for c in analyze(text).numbers] == ["harga"]
    # a worth word other than the price word still says the head's own size
    text = "Koperasi itu menyalurkan pinjaman sebesar mulai dari Rp 5 juta ."
    assert [c.thing for c in analyze(text).numbers] != ["harga"]


def test_a_quantity_noun_heads_the_phrase_right_before_an_amount() -> None:
    # num32 (seed 70): "jumlah spermanya 25 persen lebih rendah": the quantity of the
    # possessed noun after it, also opening a sentence; "dengan jumlah Rp 50 miliar" only
    # frames the amount (what the clause names before it is measured)
    text = "Studi itu menemukan , pria perokok , jumlah rambutnya 15 persen lebih sedikit ."
    assert [c.thing for c in analyze(text).numbers] == ["jumlah rambutnya"]
    text = "Jumlah pengunjung taman 30 persen lebih tinggi dibandingkan pekan sebelumnya ."
    assert [c.thing for c in analyze(text).numbers] == ["Jumlah pengunjung taman"]
    text = "Perusahaan itu mencatat laba dengan jumlah Rp 50 miliar ."
    assert [c.thing for c in analyze(text).numbers] == ["laba"]


def test_an_amount_before_a_comparative_with_an_earlier_time_is_a_change() -> None:
    # num32 (seed 70's cause, seed 60's ruling): "30 persen lebih tinggi dibandingkan
    # pekan sebelumnya": a difference over an earlier time's level, up (by)
    text = "Jumlah pengunjung taman 30 persen lebih tinggi dibandingkan pekan sebelumnya ."
    got = analyze(text).numbers[0]
    assert (got.change, got.change_to, got.change_from) == ("up", False, False)
    text = "Harga tiket kereta itu 10 persen lebih murah dibandingkan tahun 2018 ."
    assert [c.change for c in analyze(text).numbers] == ["down"]
    # a gap between groups is no change over time (seeds 16, 31, 40)
    text = "Harga mobil listrik itu Rp 20 juta lebih murah daripada mobil bensin ."
    assert [c.change for c in analyze(text).numbers] == [None]
    # "lebih" as a qualifier ("Rp 57 juta lebih"), then a noun: no comparison
    text = "Pencuri membawa kabur uang Rp 57 juta lebih milik pedagang itu ."
    assert [c.change for c in analyze(text).numbers] == [None]
    # a level with its comparison after a comma is the level reached (up to), as before
    text = "Laba bank itu mencapai Rp 214 triliun , lebih tinggi dari periode yang sama " \
        "tahun lalu ."
    got = analyze(text).numbers[0]
    assert (got.change, got.change_to) == ("up", True)


_REPORT = ("Pada laporan keuangan kuartal ketiga 2019 , pendapatan Lumina mencapai Rp 700 miliar "
           ".\nLaba bersih Lumina naik jadi Rp 90 miliar .\nBeban Lumina tercatat Rp 300 miliar "
           ".\n")


def test_a_running_total_since_a_year_spans_to_the_reported_year() -> None:
    # num32 (seed 70): "kerugian kumulatif ... sejak 2014 yang hampir Rp 20 triliun" in a
    # report of 2016-Q4: a total to date, 2014/2016, not the report's quarter
    text = _REPORT + "Namun kerugian kumulatif Lumina sejak 2015 mencapai Rp 2 triliun ."
    got = analyze(text).numbers
    assert got[-1].period == "2015/2019"
    assert [c.period for c in got[:3]] == ["2019-Q3"] * 3


def test_a_move_after_an_undated_event_takes_no_carried_period() -> None:
    # num32 (seed 70): "nilai saham ... turun 12,3 persen ... setelah laporan keuangan itu
    # diterima publik": the fall is of the release's time, not the report's quarter
    text = _REPORT + "Saham Lumina turun 8 persen setelah laporan itu diumumkan ."
    assert analyze(text).numbers[-1].period is None
    text = _REPORT + "Saham Lumina turun 8 persen ."
    assert analyze(text).numbers[-1].period == "2019-Q3"
    # an event clause the sentence dates keeps its own date
    text = _REPORT + "Saham Lumina turun 8 persen pada kuartal keempat 2019 setelah laporan " \
        "itu diumumkan ."
    assert analyze(text).numbers[-1].period == "2019-Q4"
    # a trading day carried to a market's move keeps it ("setelah sebelumnya dibuka ...")
    text = ("Rupiah ditutup melemah pada perdagangan hari ini , Senin (7/7/2025) .\nRupiah "
            "berada di level Rp 16.300 , melemah 20 poin (0,12%) , setelah sebelumnya dibuka "
            "pada level Rp 16.280 .")
    got = analyze(text, published=datetime(2025, 7, 7, 12)).numbers
    assert [c.period for c in got[:3]] == ["2025-07-07"] * 3


def test_a_counting_word_after_a_price_is_no_thing() -> None:
    # num32b (seed 71): "Rp 14 juta seekor" is the price of one head, not "seekor"
    assert analyze("Harga kambing yang termurah ada Rp 3 juta seekor .").numbers[0].thing \
        == "Harga kambing"
    for text in ("Domba yang termurah ada Rp 3 juta seekor .",
                 "Tiket konser itu dijual Rp 500 ribu selembar ."):
        assert analyze(text).numbers[0].thing not in {"seekor", "selembar"}


def test_a_price_verb_after_an_auxiliary_prices_its_subject() -> None:
    # num32b (seed 71): "perangkat ... tersebut akan dibandrol 499 dolar AS"
    got = analyze("Ponsel Zeta X2 tersebut akan dibandrol 399 dolar AS .").numbers[0]
    assert got.thing == "Ponsel Zeta X2"
    got = analyze("Ponsel Zeta itu dibanderol Rp 3 juta .").numbers[0]
    assert got.thing == "Ponsel Zeta"
    # the goods, not the maker a relative clause names by its agent
    text = "Ponsel yang diproduksi oleh pabrik Zeta tersebut akan dibandrol 399 dolar AS ."
    assert analyze(text).numbers[0].thing == "Ponsel"


def test_a_weekday_of_no_known_week_dates_nothing() -> None:
    # num32b (seed 71): "Dikutip dari ..., Sabtu, ... dibandrol 499 dolar AS" in a text
    # with no publication date: the weekday is no period
    text = "Dikutip dari Tekno Harian , Sabtu , ponsel Zeta X2 akan dibandrol 399 dolar AS ."
    assert analyze(text).numbers[0].period is None
    # with a publication date the weekday is a day
    got = analyze(text, published=datetime(2025, 7, 7, 12)).numbers[0]
    assert got.period is not None and got.period.startswith("2025-07")


def test_a_head_word_opening_a_body_name_is_no_thing() -> None:
    # num32b (seed 71): "menemui anggota Komisi III DPR dan meminta Rp 2 miliar": the body
    # met is not what the money measures ("komisi" is a fee only when it names none)
    got = analyze("Budi menemui anggota Komisi V DPR dan meminta Rp 2 miliar .").numbers[0]
    assert got.thing is None or "Komisi" not in got.thing
    assert analyze("Komisi agen itu sebesar 5 persen .").numbers[0].thing == "Komisi agen"
    assert analyze("Komisi Rp 5 juta diterima agen itu .").numbers[0].thing == "Komisi"


def test_the_misspelt_share_noun_is_a_head() -> None:
    # num32b (seed 71): "Presentase kehadiran anggota DPR ... di bawah 50 persen"
    text = "Presentase kehadiran anggota dewan sepanjang tahun ini di bawah 50 persen ."
    assert analyze(text).numbers[0].thing == "Presentase kehadiran anggota dewan"


def test_a_quote_closed_by_a_pronoun_cue_keeps_the_period_of_the_paragraph_before() -> None:
    # num33 (seeds 9, 28, 38): a reporting paragraph dates the speaker's figures, and the
    # quote after it, closed by "terangnya", goes on with them
    lead = "Menteri Rina memaparkan kinerja keuangan Kementerian Lumina selama 2024 .\n"
    quote = '"Ekuitas kita Rp 90 triliun , aset kita tumbuh 12% ," terangnya .'
    got = analyze(lead + quote).numbers
    assert [c.period for c in got] == ["2024", "2024"]
    got = analyze(lead + '"Ekuitas kita Rp 90 triliun ," kata dia .').numbers
    assert got[0].period == "2024"
    # must not: a quote of another speaker named in full, or a paragraph that is no quote,
    # takes no period of the paragraph before
    got = analyze(lead + '"Ekuitas kita Rp 90 triliun ," kata Budi .').numbers
    assert got[0].period is None
    got = analyze(lead + "Ekuitas perusahaan Zeta Rp 90 triliun .").numbers
    assert got[0].period is None
    # nor does a date bounding an event's span ("menangani kasus ini sejak Maret 2025")
    case = "Kejaksaan Lumina menangani kasus ini sejak Maret 2025 , usai menerima laporan .\n"
    got = analyze(case + '"Tim menyita uang tunai Rp 50 juta ," ujarnya .').numbers
    assert got[0].period is None


def test_an_undated_sum_said_again_dated_takes_that_period() -> None:
    # num33 (seeds 11, 47): the same sum of the same thing restated just after by a
    # statement that dates it
    text = ("Dari kebutuhan USD 40 miliar , Lumina baru bisa membiayai sebagian .\n"
            "Lumina memperkirakan kebutuhan sekitar US$40 miliar untuk proyek itu pada tahun "
            "2030 .")
    assert analyze(text).numbers[0].period == "2030"
    # must not: the same sum of another thing dated after
    text = "Laba Zeta Rp 5 triliun .\nPada 2020 , pendapatan Zeta Rp 5 triliun ."
    assert analyze(text).numbers[0].period is None
    # nor a day (when it was handed over is not when it was asked for)
    text = ("Pelaku meminta uang Rp 15 juta .\nPada 6 Oktober 2025 , korban menyerahkan "
            "uang Rp 15 juta .")
    assert analyze(text, published=datetime(2025, 10, 8, 12)).numbers[0].period is None


def test_a_targets_time_dates_the_goal_not_other_amounts() -> None:
    # num33 (seeds 14, 20, 71): a time a target word sets is the goal's
    text = ("Bank Zeta mendanai proyek senilai USD 50 juta dengan target tanggal operasi "
            "komersial pada Oktober 2027 .")
    assert analyze(text).numbers[0].period is None
    # must not: a neighbouring sentence's target year dates the amount of another subject
    text = ("Akhir tahun 2027 ditargetkan negosiasi itu selesai . Nilai investasi pabrik "
            "Lumina sebesar Rp 3 triliun .")
    assert analyze(text).numbers[0].period is None
    # must contain: a target's own amount keeps the time it sets, and a plain year carries
    text = "Zeta menargetkan laba Rp 3 triliun pada 2027 ."
    assert analyze(text).numbers[0].period == "2027"
    text = "Pada tahun 2027 negosiasi itu selesai . Nilai investasi pabrik Lumina Rp 3 triliun ."
    assert analyze(text).numbers[0].period == "2027"


def test_a_bearing_or_selling_verb_prices_its_subject() -> None:
    # num33b (seed 72): "E STD MT berbanderol Rp ..., sedangkan E AT berlabel Rp ...":
    # each priced variant, in a list of them
    text = ("Tipe Zeta berbanderol Rp 99 juta , tipe Beta dilego Rp 105 juta , sedangkan "
            "tipe Gama berlabel Rp 120 juta .")
    assert [c.thing for c in analyze(text).numbers] == ["Tipe Zeta", "tipe Beta", "tipe Gama"]
    # a head before the verb keeps its own: the price noun, not the goods
    assert analyze("Harga motor Kilat dilego Rp 20 juta .").numbers[0].thing \
        == "Harga motor Kilat"


def test_a_month_of_no_known_year_dates_nothing() -> None:
    # num33b (seed 72): "Pada April lalu , rating ... yakni 2 persen" in a text with no
    # publication date: XXXX-04 is no period
    text = "Pada April lalu , pangsa pasar Zeta hanya 2 persen ."
    assert analyze(text).numbers[0].period is None
    # with a publication date the month is known
    assert analyze(text, published=datetime(2025, 7, 7, 12)).numbers[0].period == "2025-04"


def test_a_launch_day_is_no_period_of_the_price() -> None:
    # num33b (seed 72): "tiba di Indonesia pada 5 Mei 2017 , masing-masing dengan harga
    # Rp 10,5 juta dan Rp 12 juta": the day dates the launch, the price stands
    text = ("Ponsel Zeta X2 dan X2 Plus akan tiba di Indonesia pada 5 Mei 2017 , "
            "masing-masing dengan harga Rp 10 juta dan Rp 12 juta .")
    got = analyze(text).numbers
    assert [c.thing for c in got] == ["harga", "harga"]
    assert [c.period for c in got] == [None, None]
    # a price dated by no launch verb keeps its day
    text = "Pada 5 Mei 2017 , harga beras di pasar Kota Zeta mencapai Rp 12 ribu per kg ."
    assert analyze(text).numbers[0].period == "2017-05-05"


def test_a_superlative_level_is_the_level_a_move_reached() -> None:
    # num33b (seed 72): "rating Running Man berada pada titik terendahnya , yakni 2 persen"
    got = analyze("Pada Maret 2024 , rating acara Zeta berada pada titik terendahnya , "
                  "yakni 2 persen .").numbers[0]
    assert (got.thing, got.change, got.change_to) == ("rating acara Zeta", "down", True)
    got = analyze("Harga saham Zeta menembus rekor tertinggi di level Rp 9.000 .").numbers[0]
    assert (got.change, got.change_to) == ("up", True)
    # a superlative among peers, with no level noun, names no move
    got = analyze("Desa Zeta mendapat bantuan tertinggi , yakni Rp 2 miliar .").numbers[0]
    assert got.change is None


def test_a_level_now_reached_after_the_leads_move_is_where_it_moved_to() -> None:
    # num33b (seed 72): the lead "Rating pemirsa Running Man kembali menanjak" then
    # "Rating pemirsa Running Man kini mencapai sekitar 8 persen": up to
    text = ("Penjualan mobil Zeta kembali menanjak , setelah sempat merosot tajam .\n"
            "Pabrikan itu menambah varian baru .\n"
            "Penjualan mobil Zeta kini mencapai 12 persen dari pasar .")
    got = analyze(text).numbers[0]
    assert (got.thing, got.change, got.change_to) == ("Penjualan mobil Zeta", "up", True)
    # another thing than the lead's moves nothing
    text = ("Penjualan mobil Zeta kembali menanjak .\n"
            "Pangsa pasar Beta kini mencapai 12 persen .")
    assert analyze(text).numbers[0].change is None


def test_a_days_highest_level_is_no_move() -> None:
    # num33b: "dolar AS sempat menyentuh level tertinggi Rp 16.227" is the day's range
    text = "Hari ini , dolar AS sempat menyentuh level tertinggi Rp 16.227 ."
    assert analyze(text, published=datetime(2025, 7, 14, 12)).numbers[0].change is None


def test_goods_sold_with_their_own_subject_take_no_earlier_measure() -> None:
    # num33b (seed 72): "E STD MT berbanderol Rp ... , E MT dijual Rp ...": the second
    # price is not the first variant's
    text = "Tipe Zeta berbanderol Rp 99 juta , tipe Beta dijual Rp 105 juta ."
    got = analyze(text).numbers
    assert got[0].thing == "Tipe Zeta"
    assert got[1].thing != "Tipe Zeta"
    # with no subject of its own the paragraph's measure still carries
    text = "Pendapatan perusahaan Rp 10 miliar pada 2024 , dan Rp 12 miliar pada 2025 ."
    assert [c.thing for c in analyze(text).numbers] == ["Pendapatan", "Pendapatan"]


def test_a_week_of_no_known_year_dates_nothing() -> None:
    # num33c (seed 73): "Minggu yang lalu sudah sekitar 89 persen warga ..." in a text
    # with no publication date: XXXX-WXX is no period
    text = "Minggu yang lalu sudah sekitar 60 persen petani Zeta yang terdaftar ."
    got = analyze(text).numbers[0]
    assert got.period is None
    # with a publication date the week is known
    dated = analyze(text, published=datetime(2025, 7, 7, 12)).numbers[0]
    assert dated.period is not None and dated.period.startswith("2025-W")


def test_a_referring_value_past_an_attribution_takes_the_measure_asked_before() -> None:
    # num33c (seed 73): "Tidak disebutkan berapa biaya ... Namun , menurut laporan media
    # ..., nilainya mencapai 29,5 juta euro ( sekitar Rp 458,1 miliar )": the fee asked
    # of in the sentence before, for the amount and its bracketed conversion
    text = ("Tidak disebutkan berapa biaya yang dibayar klub Zeta untuk pemain itu . "
            "Namun , menurut laporan media lokal , nilainya mencapai 12 juta euro "
            "( sekitar Rp 190 miliar ) .")
    got = analyze(text).numbers
    assert [c.thing for c in got] == ["biaya", "biaya"]


def test_a_referring_value_after_an_amount_takes_no_head_of_the_sentence_before() -> None:
    # num33c: a sentence before that gave its measure an amount asks nothing the next
    # paragraph's "nilainya" answers
    text = ("Pemain Zeta itu pindah dengan biaya Rp 5 miliar .\n"
            "Namun , menurut laporan media , nilainya mencapai 20 persen dari anggaran .")
    assert analyze(text).numbers[1].thing is None


def test_today_in_an_undated_text_is_the_present() -> None:
    # num33c (seed 73): "mungkin hari ini sudah sampai 90 persen" in a text with no
    # publication date: PRESENT_REF, as "kini"; last week's level stays undated
    text = ("Minggu lalu sudah sekitar 60 persen petani Zeta yang terdaftar , mungkin "
            "hari ini sudah sampai 70 persen .")
    got = analyze(text).numbers
    assert [c.period for c in got] == [None, "PRESENT_REF"]
    # with a publication date "hari ini" is that day
    dated = analyze(text, published=datetime(2025, 7, 7, 12)).numbers
    assert dated[1].period == "2025-07-07"


def test_a_price_word_after_a_name_is_the_price() -> None:
    # num33c (seed 73): "Klub itu menghabiskan 80 juta euro . Sebelumnya , mereka
    # merekrut <pemain> dari <klub> seharga 51 juta euro": the fee's own price word, not
    # the spending verb of the sentence before
    text = ("Klub Zeta sudah menghabiskan 80 juta euro . Sebelumnya , mereka merekrut "
            "Budi Santoso dari Klub Beta seharga 50 juta euro .")
    got = analyze(text).numbers
    assert got[1].thing == "harga"
    # goods before the price word stay what is priced
    assert analyze("Mereka membeli mobil seharga Rp 51 juta .").numbers[0].thing == "mobil"


def test_a_sentence_opening_with_before_that_takes_no_carried_period() -> None:
    # num33c (seed 73): "... pada musim panas 2017 . Sebelumnya , mereka merekrut ...
    # seharga 51 juta euro": an earlier deal, not dated by the paragraph's season
    text = ("Klub Zeta sudah menghabiskan 80 juta euro pada musim panas 2024 . Sebelumnya , "
            "mereka merekrut Budi Santoso dari Klub Beta seharga 50 juta euro .")
    got = analyze(text).numbers
    assert got[1].period is None
    # without the opener the paragraph's period still carries
    text = ("Klub Zeta sudah menghabiskan 80 juta euro pada musim panas 2024 . Mereka juga "
            "membeli bek Budi Santoso dari Klub Beta seharga 50 juta euro .")
    assert analyze(text).numbers[1].period is not None


def test_a_share_among_a_whole_with_a_relative_clause_is_of_the_whole() -> None:
    # num33c (seed 73): "Dari total 183 juta penduduk Indonesia yang wajib ber - KTP , 90
    # persen di antaranya": the residents, not the clause's last word
    text = ("Dari 500 petani Zeta yang memiliki lahan sawah , 40 persen di antaranya "
            "menanam jagung .")
    got = [c for c in analyze(text).numbers if c.unit == "persen"][0]
    assert got.thing == "petani Zeta"
    assert got.thing != "lahan sawah"
    text = "Dari 800 warga Beta yang wajib ber - KTP , 70 persen di antaranya sudah merekam ."
    got = [c for c in analyze(text).numbers if c.unit == "persen"][0]
    assert got.thing == "warga Beta"


def test_an_adverb_of_certainty_is_no_thing() -> None:
    # num33c (seed 73): "... jelas tidak mungkin , namun kalau sudah 90 persen sudah
    # bagus": "jelas" is no measure; the paragraph's measure carries
    text = ("Tingkat perekaman warga Zeta sudah 80 persen . Untuk mencapai seratus persen "
            "jelas tidak mungkin , namun kalau sudah 90 persen sudah bagus .")
    got = analyze(text).numbers
    assert "jelas" not in {c.thing for c in got}
    assert got[-1].thing == "Tingkat perekaman warga Zeta"


def test_the_subject_of_a_level_verb_past_a_relative_clause() -> None:
    # num34 (seed 73, seed 74): "divestasi yang akan dilakukan PT X menjadi 51 persen",
    # "warganya yang sudah melakukan perekaman , yaitu mencapai 90 persen": the noun the
    # relative clause is said of, not the clause's last word nor nothing
    text = "Pertama , kepemilikan yang akan dipegang PT . Zeta menjadi 40 persen ."
    got = analyze(text).numbers[0]
    assert got.thing == "kepemilikan"
    text = ("Kota Beta yang paling rendah petaninya yang sudah melakukan pendaftaran , yakni "
            "mencapai 30 persen .")
    got = [c for c in analyze(text).numbers if c.unit == "persen"][0]
    assert got.thing == "petaninya"
    assert got.thing != "rendah petaninya"
    # a share the clause itself names ("yang puas sebesar"): not the noun alone
    got = analyze("Di kota Zeta jumlah petani yang puas sebesar 60% .").numbers[0]
    assert got.thing != "jumlah petani"
    # a name before "yang" is whose, not what: no thing from it
    got = analyze("PT Zeta yang dipimpin Budi Santoso mencapai Rp 5 triliun .").numbers[0]
    assert got.thing != "PT Zeta"


def test_a_purpose_phrase_after_the_subject_of_reaching_is_no_thing() -> None:
    # num34 (seed 74): "peningkatan pasar global untuk produk berbasis wearable akan
    # mencapai $ 14 miliar": the market, not the products' kind
    text = ("Menurut analis , peningkatan pasar regional untuk perangkat berbasis sensor "
            "akan mencapai $ 9 miliar .")
    got = analyze(text).numbers[0]
    assert got.thing == "pasar regional"
    assert got.thing != "sensor"



def test_the_figure_alone_is_no_thing() -> None:
    # num34 (seed 73): "angka yang sudah mencapai 90 persen", "mencapai angka seratus
    # persen": "the figure" names no measure
    text = ("Menurut dia , angka yang sudah mencapai 70 persen dari total petani Zeta itu "
            "sudah cukup bagus .")
    got = [c for c in analyze(text).numbers if c.unit == "persen"][0]
    assert got.thing is None or got.thing.casefold() != "angka"
    # with a demonstrative it points back at the measure before, and stays
    text = "Inflasi Zeta naik 3 persen . Angka tersebut setara 60 persen dari target ."
    got = analyze(text).numbers[-1]
    assert got.thing is not None


def test_a_level_last_week_and_one_today_are_a_change() -> None:
    # num34 (seed 73): "Minggu yang lalu sudah sekitar 89 persen warga ..., mungkin hari
    # ini sudah sampai 90 persen": up from the first, up to the second
    text = ("Minggu lalu sudah sekitar 60 persen petani Zeta yang terdaftar , mungkin "
            "hari ini sudah sampai 70 persen .")
    got = analyze(text).numbers
    assert [(c.change, c.change_to, c.change_from) for c in got] == [
        ("up", False, True), ("up", True, False)]
    # a level once reached ("pernah mencapai") is a peak, no start of a change
    text = ("Harga Zeta yang kemarin pagi pernah mencapai Rp 9.500 , hari ini sudah "
            "Rp 9.000 .")
    assert analyze(text).numbers[0].change_from is False
    # two things measured at two times are no change of one
    got = analyze("Tahun lalu inflasi Zeta 3 persen , saat ini pertumbuhan ekonomi 5 persen .")
    assert [c.change for c in got.numbers] == [None, None]


def test_the_base_of_a_change_compared_with_an_earlier_time() -> None:
    # num34 (seeds 36, 46 and the numtime pools): "naik 0,52 persen dibanding sebelumnya
    # yang sebesar Rp X", "meningkat Rp 2 triliun , dibandingkan dengan periode yang sama
    # tahun 2024 yang mencapai sebesar Rp Y": the level the change started from
    text = ("Gaji petani Zeta naik 0,5 persen dibanding sebelumnya yang sebesar Rp "
            "2.100.000 .")
    got = analyze(text).numbers[-1]
    assert (got.change, got.change_from, got.change_to) == ("up", True, False)
    text = ("Investasi di Beta meningkat Rp 3 triliun , dibandingkan dengan periode yang "
            "sama tahun 2024 yang mencapai sebesar Rp 20 triliun .")
    got = analyze(text).numbers[-1]
    assert (got.change, got.change_from) == ("up", True)
    # a comparison with no earlier time names no base: no change set on it
    text = "Harga beras Zeta naik 5 persen dibandingkan harga di Beta yang sebesar Rp 12.000 ."
    assert analyze(text).numbers[-1].change_from is False
