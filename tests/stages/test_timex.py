from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from warta import analyze
from warta.lang.schema import Holidays
from warta.pipeline import Pipeline
from warta.record import Article, TimeExpr
from warta.stages.timex import (
    TimexStage,
    _alt,
    _full_regex,
    _matches,
    _rules,
    add_months,
    duration_value,
    find_times,
    iso_week,
    parse_number,
    weekday_date,
)

MON = datetime(2024, 11, 18, 9, 30)  # the seed's publication date, a Monday


def _one(text: str, published: datetime | None = MON) -> tuple[str, TimeExpr]:
    found = find_times(text, published)
    assert len(found) == 1, [(text[t.span.start:t.span.end], t.value) for t in found]
    t = found[0]
    return text[t.span.start:t.span.end], t


def _values(text: str, published: datetime | None = MON) -> list[tuple[str, str]]:
    return [(text[t.span.start:t.span.end], t.value) for t in find_times(text, published)]


# ---------------------------------------------------------------- helpers

@pytest.mark.parametrize(("text", "value"), [
    ("12", 12), ("2,5", 2.5), ("dua", 2), ("sebelas", 11), ("dua belas", 12),
    ("dua puluh", 20), ("dua puluh lima", 25), ("seratus", 100), ("tiga ratus", 300),
    ("seratus dua puluh", 120), ("satu setengah", 1.5), ("dua ribu", 2000),
])


def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_parse_number_rejects_words() -> None:
    assert parse_number("banyak") is None


def test_duration_value_mixes_date_and_clock_units() -> None:
    assert duration_value([("3", "Y")]) == "P3Y"
    assert duration_value([("2", "H"), ("30", "MIN")]) == "PT2H30M"
    assert duration_value([("1", "D"), ("6", "H")]) == "P1DT6H"


def test_calendar_helpers() -> None:
    assert iso_week(date(2024, 11, 11)) == "2024-W46"
    assert iso_week(date(2024, 12, 30)) == "2025-W01"
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    mon = date(2024, 11, 18)
    assert weekday_date(mon, 1, "onbefore") == mon
    assert weekday_date(mon, 1, "before") == date(2024, 11, 11)
    assert weekday_date(mon, 4, "onafter") == date(2024, 11, 21)
    assert weekday_date(mon, 7, "week") == date(2024, 11, 24)


# ---------------------------------------------------------------- weekdays and weeks

@pytest.mark.parametrize(("text", "span", "value"), [
    ("Pidato itu diungkap pada Senin, setelah laporan.", "Senin", "2024-11-18"),
    ("Delegasi tiba di Pyongyang pada Minggu untuk berunding.", "Minggu", "2024-11-17"),
    ("Ia berbicara pada hari Jumat di Jakarta.", "hari Jumat", "2024-11-15"),
    ("Ia datang Senin lalu ke kantor.", "Senin lalu", "2024-11-11"),
    ("Mereka bertemu Minggu kemarin di sana.", "Minggu kemarin", "2024-11-17"),
    ("Pertemuan digelar Kamis depan di Lima.", "Kamis depan", "2024-11-21"),
    ("Presiden akan bertemu pada Kamis di Lima.", "Kamis", "2024-11-21"),
    ("Ia mengatakan pada Rabu bahwa harga naik.", "Rabu", "2024-11-13"),
])


def test_weekdays_follow_the_news_convention(text: str, span: str, value: str) -> None:
    got_span, t = _one(text)
    assert (got_span, t.value, t.type, t.anchored) == (span, value, "DATE", True)


def test_future_cue_in_another_clause_does_not_count() -> None:
    # "akan" belongs to the reported speech, the weekday to the reporting clause.
    assert _values("Pemerintah akan menaikkan harga, kata dia pada Senin.") == [
        ("Senin", "2024-11-18")]


def test_capitalised_minggu_is_sunday_lowercase_is_week() -> None:
    assert _values("Ia tiba pada Minggu.") == [("Minggu", "2024-11-17")]
    assert _values("Ia tiba minggu lalu.") == [("minggu lalu", "2024-W46")]
    assert _values("Ia tiba pada Minggu lalu.") == [("Minggu lalu", "2024-11-17")]
    # Opening a sentence the capital says nothing: "Minggu lalu" is then last week.
    assert _values('"Minggu lalu sudah naik," kata dia.') == [("Minggu lalu", "2024-W46")]


def test_weekday_names_that_are_not_dates() -> None:
    assert find_times("Usai salat Jumat mereka pulang.", MON) == []
    assert find_times("SPBU di Jl Raya Pasar Minggu 14.", MON) == []


@pytest.mark.parametrize(("text", "value", "relative"), [
    ("pekan lalu", "2024-W46", "-1W"),
    ("minggu depan", "2024-W48", "+1W"),
    ("pekan ini", "2024-W47", "0W"),
    ("bulan depan", "2024-12", "+1M"),
    ("bulan lalu", "2024-10", "-1M"),
    ("tahun lalu", "2023", "-1Y"),
    ("tahun ini", "2024", "0Y"),
    ("dua hari lalu", "2024-11-16", "-2D"),
    ("tiga tahun silam", "2021", "-3Y"),
    ("dua belas hari lalu", "2024-11-06", "-12D"),
])


def test_relative_periods(text: str, value: str, relative: str) -> None:
    span, t = _one(f"Hal itu terjadi {text} di sana.")
    assert (span, t.value, t.relative, t.anchored) == (text, value, relative, True)


@pytest.mark.parametrize(("text", "value"), [
    ("pada akhir pekan", "2024-W46-WE"),      # Monday: the weekend just gone
    ("akhir pekan lalu", "2024-W46-WE"),
    ("akhir pekan ini", "2024-W47-WE"),
    ("akhir pekan depan", "2024-W48-WE"),
])


def test_weekend(text: str, value: str) -> None:
    _, t = _one(f"Lokakarya digelar {text}.")
    assert t.value == value


def test_weekend_published_on_saturday_is_that_weekend() -> None:
    _, t = _one("Lokakarya digelar pada akhir pekan.", datetime(2024, 11, 23))
    assert t.value == "2024-W47-WE"


# ---------------------------------------------------------------- days relative to DCT

@pytest.mark.parametrize(("text", "type_", "value"), [
    ("kemarin", "DATE", "2024-11-17"),
    ("hari ini", "DATE", "2024-11-18"),
    ("besok", "DATE", "2024-11-19"),
    ("lusa", "DATE", "2024-11-20"),
    ("tadi malam", "TIME", "2024-11-17TNI"),
    ("semalam", "TIME", "2024-11-17TNI"),
    ("pagi ini", "TIME", "2024-11-18TMO"),
    ("kemarin pukul 10.00 WIB", "TIME", "2024-11-17T10:00"),
])


def test_relative_days(text: str, type_: str, value: str) -> None:
    span, t = _one(f"Ia tiba {text} di bandara.")
    assert (span, t.type, t.value) == (text, type_, value)


def test_tadi_malam_published_in_the_evening_is_tonight() -> None:
    _, t = _one("Ia tiba tadi malam di bandara.", datetime(2024, 11, 18, 21, 0))
    assert t.value == "2024-11-18TNI"
    _, t = _one("Ia tiba tadi malam di bandara.", datetime(2024, 11, 18))  # no hour known
    assert t.value == "2024-11-17TNI"


# ---------------------------------------------------------------- calendar dates and times

@pytest.mark.parametrize(("text", "type_", "value"), [
    ("19 November 2024", "DATE", "2024-11-19"),
    ("19 Nov 2024", "DATE", "2024-11-19"),
    ("5 Agu 2023", "DATE", "2023-08-05"),
    ("3 Okt. 2022", "DATE", "2022-10-03"),
    ("1 Des 2020", "DATE", "2020-12-01"),
    ("(19/11/2024)", "DATE", "2024-11-19"),
    ("Selasa (19/11/2024)", "DATE", "2024-11-19"),
    ("Selasa (19/11)", "DATE", "2024-11-19"),
    ("Minggu (17/11/2024) pagi", "TIME", "2024-11-17TMO"),
    ("Minggu (17/11/2024) pukul 06.18 WIB", "TIME", "2024-11-17T06:18"),
    ("Senin 18 November 2024 pukul 21.05 waktu setempat", "TIME", "2024-11-18T21:05"),
    ("Tanggal 14 Juni 2014", "DATE", "2014-06-14"),
    ("pukul 10.30 WIB", "TIME", "2024-11-18T10:30"),
    ("pukul 8 malam", "TIME", "2024-11-18T20:00"),
    ("November 2014", "DATE", "2014-11"),
    ("awal November", "DATE", "2024-11"),
    ("bulan Maret lalu", "DATE", "2024-03"),
    ("tahun 2007", "DATE", "2007"),
    ("tahun 1990-an", "DATE", "199"),
    ("sekitar tahun 40-an", "DATE", "194"),
])


def test_calendar_expressions(text: str, type_: str, value: str) -> None:
    span, t = _one(f"Peristiwa itu terjadi pada {text} di Jakarta.")
    assert (span, t.type, t.value) == (text, type_, value)


def test_clock_after_comma_stands_alone_and_takes_the_story_date() -> None:
    text = "Pesawat jatuh Sabtu 20 April 1997, pukul 08.00 WIB, di laut."
    assert _values(text) == [("Sabtu 20 April 1997", "1997-04-20"),
                             ("pukul 08.00 WIB", "1997-04-20T08:00")]


def test_kemudian_counts_from_the_last_mentioned_date() -> None:
    text = ("Kecelakaan terjadi pada 14 Juni 2014. Sebulan kemudian pesawat lain jatuh. "
            "Tiga minggu kemudian ada lagi.")
    assert _values(text) == [("14 Juni 2014", "2014-06-14"), ("Sebulan kemudian", "2014-07-14"),
                             ("Tiga minggu kemudian", "2014-08-04")]


def test_mention_of_publication_day_keeps_story_reference() -> None:
    text = ("Pesawat hilang sejak Minggu (17/11/2024). Basarnas menyampaikan, Senin (18/11/2024). "
            "Serpihan terlihat pukul 13.25.")
    assert _values(text)[-1] == ("pukul 13.25", "2024-11-17T13:25")


def test_year_without_year_takes_nearest_or_future_when_cued() -> None:
    assert _values("Harga turun sejak Juni.")[0][1] == "2024-06"
    assert _values("Rapat dijadwalkan pada Juni di Wina.", datetime(2024, 11, 28))[0][1] == \
        "2025-06"
    assert _values("Ia tiba 28 Desember.", datetime(2025, 1, 2))[0][1] == "2024-12-28"


def test_bare_years_and_their_fences() -> None:
    assert _values("Pada 2015 harga naik.") == [("2015", "2015")]
    assert find_times("Sebanyak 2000 orang hadir dan membayar Rp 2015.", MON) == []
    assert find_times("Angkanya 12.2015 atau 3/2015.", MON) == []


def test_a_bare_year_before_a_capitalised_word_is_part_of_a_name() -> None:
    # a club's name is no year (txq26); a dating word or a capital before it keeps the year
    assert _values("Ia membeli saham 1860 Muenchen pada 2011 lalu.") == [("2011 lalu", "2011")]
    assert _values("Klub 1945 Jaya kalah. Ia mendukung 1945 Jaya.") == []
    assert _values("Judulnya \" 2014 Proves Grim \" saja.") == [("2014", "2014")]
    assert _values("Pada 2015 Budi pindah ke Bandung.") == [("2015", "2015")]
    assert _values("Hasil Pemilu 2019 Jawa Barat diumumkan.") == [("2019", "2019")]
    assert _values("Ia lahir 1990 Juni lalu.")[0] == ("1990", "1990")


# ---------------------------------------------------------------- durations and sets

@pytest.mark.parametrize(("text", "value"), [
    ("tiga tahun", "P3Y"), ("2 jam", "PT2H"), ("enam tahun", "P6Y"), ("dua menit", "PT2M"),
    ("48 jam", "PT48H"), ("setahun", "P1Y"), ("sepekan", "P1W"), ("beberapa bulan", "PXM"),
    ("bertahun-tahun", "PXY"), ("sekitar 40 menit", "PT40M"), ("dua puluh lima hari", "P25D"),
    ("2 jam 30 menit", "PT2H30M"), ("sejenak", "PXX"),
])


def test_durations(text: str, value: str) -> None:
    span, t = _one(f"Ia menunggu {text} di sana.")
    assert (span, t.type, t.value) == (text, "DURATION", value)


def test_offsets_beyond_the_calendar_degrade_to_references() -> None:
    assert _values("Situs itu dibangun 3300 tahun lalu.") == [("3300 tahun lalu", "PAST_REF")]
    assert _values("Fosil itu berumur 99999999 hari sebelumnya.")[0][1] == "PAST_REF"


def test_age_with_itu_is_a_duration() -> None:
    assert _values("Aktor berusia 30 tahun itu tampil.") == [("30 tahun", "P30Y")]


def test_law_citations_are_years_not_durations() -> None:
    assert _values("Sesuai UU Nomor 17 Tahun 2016 tentang itu.") == [("Tahun 2016", "2016")]


def test_once_every_n_units_is_a_set() -> None:
    assert _values("Sensus dilakukan sepuluh tahun sekali.") == [("sepuluh tahun sekali", "P10Y")]


def test_beberapa_waktu_lalu_is_a_past_reference() -> None:
    assert _values("Ia datang beberapa waktu lalu.") == [("beberapa waktu lalu", "PAST_REF")]


def test_per_with_a_deictic_unit_is_as_of_that_period_not_a_rate() -> None:
    # numtime9 (timex seed 10): "per hari ini" is "as of today", not the rate "per hari".
    assert _values("Data per hari ini menunjukkan kenaikan.") == [("hari ini", "2024-11-18")]
    assert _values("Penerimaan per tahun ini naik.") == [("tahun ini", "2024")]
    assert _values("Ia makan tiga kali per hari.") == [("per hari", "P1D")]


def test_a_vague_count_after_a_story_day_is_a_vague_duration() -> None:
    # numtime9 (timex seed 9): "beberapa hari kemudian/setelahnya" counts from a story's
    # day by an unknown amount: the vague duration "beberapa hari", as "Beberapa saat
    # kemudian" is; against publication it stays a reference ("beberapa hari lalu").
    assert _values("Ia pulang beberapa hari kemudian.") == [("beberapa hari", "PXD")]
    assert _values("Ia pulang beberapa minggu setelahnya.") == [("beberapa minggu", "PXW")]
    assert _values("Ia pulang beberapa hari lalu.") == [("beberapa hari lalu", "PAST_REF")]
    assert _values("Ia pulang beberapa tahun mendatang.") == [
        ("beberapa tahun mendatang", "FUTURE_REF")]


def test_duration_range_gives_two_expressions() -> None:
    assert _values("Butuh waktu 2-3 menit.") == [("2", "PT2M"), ("3 menit", "PT3M")]


def test_duration_range_in_words_gives_two_expressions() -> None:
    # tx33: counts in words make a range too; the second keeps its extent
    assert _values("Ia belajar selama dua hingga tiga tahun ke depan.") == [
        ("dua", "P2Y"), ("tiga tahun ke depan", "P3Y")]


@pytest.mark.parametrize(("text", "want"), [
    ("Harga naik selama dua pekan ini.", [("dua pekan ini", "P2W")]),
    ("Ia sakit dalam satu bulan terakhir ini.", [("satu bulan terakhir ini", "P1M")]),
    ("Dua tahun ini, kami menata data.", [("Dua tahun ini", "P2Y")]),
    ("Perjalanan tiga hari ini melelahkan.", [("tiga hari", "P3D")]),
])
def test_a_counted_span_keeps_its_ini(text: str, want: list[tuple[str, str]]) -> None:
    # tx33: "ini" is the span's after "terakhir", "selama"/"dalam" or opening a clause
    # (seed 26/27's ruling), a noun's determiner otherwise
    assert _values(text) == want


def test_coordinates_are_not_durations() -> None:
    assert find_times("posisi 08 derajat 50 menit 43 south", MON) == []


@pytest.mark.parametrize(("text", "value"), [
    ("setiap hari", "P1D"), ("setiap tahun", "P1Y"), ("tiap 2 minggu", "P2W"),
    ("setiap Senin", "XXXX-WXX-1"),
])


def test_sets(text: str, value: str) -> None:
    span, t = _one(f"Ia datang {text} ke sini.")
    assert (span, t.type, t.value) == (text, "SET", value)


# ---------------------------------------------------------------- references

def test_reference_words() -> None:
    assert _values("Saat ini harga naik, sedangkan saat itu turun.") == [
        ("Saat ini", "PRESENT_REF"), ("saat itu", "PAST_REF")]


def test_particle_dulu_is_not_a_time() -> None:
    assert find_times("Kita lihat dulu prosedurnya.", MON) == []
    assert _values("Sejak zaman dulu begitu.") == [("zaman dulu", "PAST_REF")]


def test_hari_itu_is_the_last_mentioned_day() -> None:
    text = "Pesawat hilang pada Minggu (17/11/2024). Pada hari itu cuaca buruk."
    assert _values(text)[-1] == ("hari itu", "2024-11-17")


# ---------------------------------------------------------------- no publication date

@pytest.mark.parametrize(("text", "value", "relative"), [
    ("pekan lalu", "XXXX-WXX", "-1W"),
    ("kemarin", "XXXX-XX-XX", "-1D"),
    ("bulan depan", "XXXX-XX", "+1M"),
    ("tahun lalu", "XXXX", "-1Y"),
    ("pada Senin", "XXXX-WXX-1", "onbefore"),
    ("Senin depan", "XXXX-WXX-1", "after"),
    ("akhir pekan", "XXXX-WXX-WE", "onbefore"),
    ("akhir pekan lalu", "XXXX-WXX-WE", "-1W"),
    ("pukul 10.30", "XXXX-XX-XXT10:30", None),
    ("19 November", "XXXX-11-19", None),
])


def test_without_publication_date_values_stay_relative(text: str, value: str,
                                                       relative: str | None) -> None:
    _, t = _one(f"Ia tiba {text} di sana.", None)
    assert (t.value, t.anchored, t.relative) == (value, False, relative)


def test_absolute_values_are_anchored_without_publication_date() -> None:
    _, t = _one("Ia tiba 19 November 2024 di sana.", None)
    assert (t.value, t.anchored) == ("2024-11-19", True)



def test_undated_text_reads_relative_times_against_its_reporting_day() -> None:
    text = ("Tahun ini harga naik, kata Budi, Senin (6/3/2017). Kuartal lalu harga turun, "
            "kemarin stabil.")
    assert _values(text, None) == [("Tahun ini", "2017"), ("Senin (6/3/2017)", "2017-03-06"),
                                   ("Kuartal lalu", "2016-Q4"), ("kemarin", "2017-03-05")]


def test_undated_text_fills_only_the_year_from_the_latest_year_it_names() -> None:
    text = ("Pada 2015 laba turun. Laba kuartal III 2016 naik. Pada kuartal keempat dan "
            "tahun lalu laba stabil, bulan lalu turun.")
    got = {(text[t.span.start:t.span.end], t.value, t.anchored)
           for t in find_times(text, None)}
    assert {("kuartal keempat", "2016-Q4", True), ("tahun lalu", "2015", True),
            ("bulan lalu", "XXXX-XX", False)} <= got


def test_undated_yearless_reporting_day_takes_the_year_its_weekday_agrees_with() -> None:
    text = "Laba kuartal IV 2016 naik, kata dia, Kamis (10/11). Kuartal lalu laba turun."
    assert ("Kuartal lalu", "2016-Q3") in _values(text, None)


def test_undated_yearless_reporting_day_takes_the_agreeing_year_nearest_the_named_one() -> None:
    # 5 September is a Tuesday in 2017, not in 2019 (the year the text names)
    text = "Ia maju pada Pemilu 2019, kata dia, Selasa (5/9). Besok ia mendaftar."
    assert ("Besok", "2017-09-06") in _values(text, None)


def test_undated_text_leaves_a_month_the_year_end_reading_moves_ahead_unknown() -> None:
    text = "Impor 2018 dibahas. Beras tiba akhir Januari nanti, tahun ini cukup."
    got = {(text[t.span.start:t.span.end], t.value) for t in find_times(text, None)}
    assert {("akhir Januari nanti", "XXXX-01"), ("tahun ini", "2018")} <= got


@pytest.mark.parametrize("text", [
    # tx26: a target or plan year ("Visi 2045", "pada 2030 nanti") is not the year an
    # undated text reports in; the year it dates its events by sets "tahun ini"
    "Laba 2017 naik menuju Visi 2045. Tahun ini harga stabil.",
    "Pabrik dibuka Maret 2017 dan rampung pada 2030 nanti. Tahun ini harga stabil.",
    "Pemerintah akan membangun rumah pada 2030. Laba 2017 naik. Tahun ini harga stabil.",
])
def test_undated_text_takes_its_events_year_not_a_target_year(text: str) -> None:
    assert ("Tahun ini", "2017") in _values(text, None)


def test_undated_text_naming_only_a_target_year_leaves_this_year_unknown() -> None:
    got = find_times("Tahun ini kita menuju Visi 2030.", None)
    assert [(t.value, t.anchored) for t in got][0] == ("XXXX", False)


def test_undated_text_naming_no_year_stays_unanchored() -> None:
    _, t = _one("Tahun ini harga naik.", None)
    assert (t.value, t.anchored) == ("XXXX", False)


# ---------------------------------------------------------------- seed and stage

def test_seed_article(seed_text: str) -> None:
    got = _values(seed_text, datetime(2024, 11, 18))
    assert ("pekan lalu", "2024-W46") in got
    assert ("Senin", "2024-11-18") in got
    assert ("akhir pekan", "2024-W46-WE") in got
    assert ("Minggu", "2024-11-17") in got
    spans = [s for s, _ in got]
    assert "Korea" not in " ".join(spans)


def test_stage_fills_times_and_declares_contract() -> None:
    stage = TimexStage()
    assert stage.requires == frozenset({"text", "published"})
    assert stage.provides == frozenset({"times"})
    Pipeline([stage])  # builds: text and published come with the source
    art = Article(id="x", text="Ia tiba pada Senin (18/11/2024) pukul 10.00 WIB.",
                  published=MON)
    out = stage(art)
    assert [t.value for t in out.times] == ["2024-11-18T10:00"]
    assert out.provenance[-1].name == "timex"
    assert Article.from_dict(out.to_dict()).times == out.times


# ---------------------------------------------------------------- the fast scan

_MIXED = ("Sekitar pukul 06.14 WIB, Minggu (28/12/2014) pagi, dua hari lalu, setahun kemudian, "
          "akhir pekan lalu, beberapa bulan, bertahun-tahun, tadi malam, sejak zaman dulu, "
          "tiap 2 minggu, musim hujan, tahun 1990-an, pertengahan 2014, Kamis depan, "
          "keesokan harinya, saat yang sama, 2-3 menit, 5 Agu 2023, sekitar tahun 40-an.")


def _same_as_full_scan(text: str) -> None:
    fast = [m.span() for m in _matches(text)]
    full = [m.span() for m in _full_regex().finditer(text)]
    assert fast == full


def test_dispatch_regexes_compile_on_first_use_under_every_key_sharing_them() -> None:
    _rules.cache_clear()
    try:
        dispatch = _rules().dispatch
        assert not any(isinstance(r, re.Pattern) for r in dispatch.values())
        _same_as_full_scan("Senin (3/2/2025)")
        compiled = {k: r for k, r in dispatch.items() if isinstance(r, re.Pattern)}
        assert "senin" in compiled and "<digit>" not in compiled  # "3" sits inside a match
        # Keys that share a set of patterns share the one regex compiled for it.
        same = [k for k, r in dispatch.items() if r is compiled["senin"]]
        assert "selasa" in same
    finally:
        _rules.cache_clear()
    _same_as_full_scan(_MIXED)


def test_trigger_scan_loses_nothing_on_mixed_text() -> None:
    _same_as_full_scan(_MIXED)
    assert len(find_times(_MIXED, MON)) == 20  # 19 phrases, "2-3 menit" gives two


def test_trigger_scan_loses_nothing_on_indotimex(shared_data: Path) -> None:
    folder = shared_data / "timex" / "indotimex"
    files = sorted(folder.glob("gold/*.tml")) + sorted(folder.glob("development/*.tml"))
    assert files
    for f in files:
        raw = f.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        _same_as_full_scan(re.sub(r"<[^>]+>", "", text))


def test_trigger_scan_loses_nothing_on_seed(seed_text: str) -> None:
    _same_as_full_scan(seed_text)


def test_trigger_scan_loses_nothing_on_news(shared_data: Path) -> None:
    import json

    path = shared_data / "news" / "indosum" / "dev.01.jsonl"
    with path.open(encoding="utf-8") as fh:
        for _, line in zip(range(150), fh, strict=False):
            paras = json.loads(line)["paragraphs"]
            _same_as_full_scan("\n".join(" ".join(" ".join(s) for s in p) for p in paras))


# ---------------------------------------------------------------- issue 15 error classes

def _mods(text: str, published: datetime | None = MON) -> list[tuple[str, str, str | None]]:
    return [(text[t.span.start:t.span.end], t.value, t.mod)
            for t in find_times(text, published)]


def test_siang_is_afternoon_as_indotimex_values_it() -> None:
    assert _values("Rombongan tiba Selasa siang di Medan.") == [
        ("Selasa siang", "2024-11-12TAF")]
    assert _values("Antrean sudah panjang tadi siang.") == [("tadi siang", "2024-11-18TAF")]


def test_part_of_day_alone_after_a_preposition_or_before_itu() -> None:
    assert _values("Air naik pada malam hari dan merendam rumah warga.") == [
        ("malam hari", "2024-11-18TNI")]
    text = "Gudang terbakar pada 10 November 2024. Malam itu api sulit dipadamkan."
    assert _values(text) == [("10 November 2024", "2024-11-10"),
                             ("Malam itu", "2024-11-10TNI")]
    # Today's part of the day, whatever the story date was.
    assert _values("Sidang 3 Maret 2020 ditunda. Bursa ditutup melemah pada sore hari ini.")[
        -1] == ("sore hari ini", "2024-11-18TAF")
    # after "saat" and "ketika" too ("Saat malam, ...")
    assert _values("Gudang terbakar pada 10 November 2024. Saat malam, api membesar.") == [
        ("10 November 2024", "2024-11-10"), ("malam", "2024-11-10TNI")]
    assert _values("Ketika pagi tiba, warga mengungsi.") == [("pagi", "2024-11-18TMO")]
    # A part of the day in a compound is no time.
    assert _values("Mereka makan malam bersama keluarga.") == []
    assert _values("Saat makan malam, ia bercerita.") == []
    assert _values("Ia menjadi pembawa acara pagi di televisi.") == []


def test_ke_depan_stays_inside_the_duration() -> None:
    assert _values("Cuaca buruk diperkirakan bertahan tiga hari ke depan.") == [
        ("tiga hari ke depan", "P3D")]
    assert _values("Stok beras cukup untuk beberapa bulan ke depan.") == [
        ("beberapa bulan ke depan", "PXM")]


@pytest.mark.parametrize(("text", "span", "value", "mod"), [
    ("Tol itu rampung pertengahan tahun depan.", "pertengahan tahun depan", "2025", "MID"),
    ("Gaji cair akhir bulan ini.", "akhir bulan ini", "2024-11", "END"),
    ("Harga turun sejak awal pekan lalu.", "awal pekan lalu", "2024-W46", "START"),
    ("Panen raya jatuh pada awal November.", "awal November", "2024-11", "START"),
    ("Proyek dimulai penghujung 2023.", "penghujung 2023", "2023", "END"),
    ("Banjir besar terjadi pertengahan Maret 2019.", "pertengahan Maret 2019", "2019-03",
     "MID"),
    ("Harga naik bulan ini.", "bulan ini", "2024-11", None),
])


def test_period_positions_become_timex3_mods(text: str, span: str, value: str,
                                             mod: str | None) -> None:
    assert _mods(text) == [(span, value, mod)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Laba naik pada kuartal IV 2024.", "kuartal IV 2024", "2024-Q4"),
    ("Ekspor melambat pada triwulan I-2023.", "triwulan I-2023", "2023-Q1"),
    ("Penjualan semester I tahun depan ditargetkan naik.", "semester I tahun depan",
     "2025-H1"),
    ("Ekonomi tumbuh pada kuartal ketiga tahun lalu.", "kuartal ketiga tahun lalu", "2023-Q3"),
    # Without a year: the last one begun by publication (a report of results) ...
    ("Ekonomi tumbuh 5 persen pada triwulan III.", "triwulan III", "2024-Q3"),
    ("Laba bersih turun pada kuartal keempat.", "kuartal keempat", "2024-Q4"),
    ("Laba bersih turun pada semester kedua.", "semester kedua", "2024-H2"),
    # ... or, in a forward-looking clause, the first not yet over.
    ("Pabrik akan beroperasi pada kuartal pertama.", "kuartal pertama", "2025-Q1"),
    ("Pabrik akan beroperasi pada kuartal keempat.", "kuartal keempat", "2024-Q4"),
    # The older spelling, still in news (numbers_measure seed 14).
    ("Ekonomi tumbuh di kwartal kedua 2024.", "kwartal kedua 2024", "2024-Q2"),
    # Three or six months with an ordinal (numtime2, numbers_measure seeds 15 and 23).
    ("Penerimaan pajak tiga bulan pertama tahun ini naik.", "tiga bulan pertama tahun ini",
     "2024-Q1"),
    ("Maka KPM pada 3 bulan ke-4 ini mendapatkan Rp1,5 juta.", "3 bulan ke-4", "2024-Q4"),
    ("Penjualan enam bulan pertama 2024 naik.", "enam bulan pertama 2024", "2024-H1"),
])


def test_quarters_and_halves(text: str, span: str, value: str) -> None:
    assert _values(text) == [(span, value)]


def test_quarter_not_yet_begun_is_last_year_s() -> None:
    assert _values("Laba turun pada kuartal IV.", datetime(2025, 2, 10)) == [
        ("kuartal IV", "2024-Q4")]


def test_quarter_words_outside_their_range_are_no_time() -> None:
    assert _values("Ia kini kuliah di semester 5.") == [("kini", "PRESENT_REF")]
    assert _mods("Target dicapai pada akhir kuartal II 2025.") == [
        ("akhir kuartal II 2025", "2025-Q2", "END")]


@pytest.mark.parametrize(("text", "published", "value"), [
    # "sejak" puts a bare month in the past even when the next one is nearer ...
    ("Harga cabai naik sejak bulan Januari.", MON, "2024-01"),
    ("Harga cabai naik sejak awal bulan Januari.", MON, "2024-01"),
    ("Warga mengungsi sejak Desember.", datetime(2025, 1, 5), "2024-12"),
    # ... while "lalu" and "mendatang" say the direction themselves.
    ("Pameran itu digelar Januari lalu.", MON, "2024-01"),
    ("Pameran itu digelar Januari mendatang.", MON, "2025-01"),
    # A day and month after "sejak" is not in the future either.
    ("Jalur itu ditutup sejak 16 September.", datetime(2024, 9, 10), "2023-09-16"),
])


def test_direction_of_bare_months_and_dates(text: str, published: datetime,
                                            value: str) -> None:
    assert _values(text, published)[0][1] == value


def test_sejak_wins_over_an_earlier_future_cue_in_the_clause() -> None:
    # "akan" opens the clause but "sejak" stands right before the weekday.
    assert _values("Jembatan akan tetap ditutup seperti sejak Kamis.") == [
        ("Kamis", "2024-11-14")]
    assert _values("Jembatan akan dibuka pada Kamis.") == [("Kamis", "2024-11-21")]


def test_capitalised_minggu_before_depan_is_next_week() -> None:
    assert _values("Rapat lanjutan digelar Minggu depan di Jakarta.") == [
        ("Minggu depan", "2024-W48")]
    assert _values("Harga naik Minggu ini.") == [("Minggu ini", "2024-W47")]
    # With "hari" or "pada" before it, the day name stays Sunday.
    assert _values("Rapat lanjutan digelar hari Minggu depan.") == [
        ("hari Minggu depan", "2024-11-24")]
    assert _values("Rapat lanjutan digelar pada Minggu depan.") == [
        ("Minggu depan", "2024-11-24")]


FRI = datetime(2023, 8, 25, 8, 0)  # published the day after the statements below


def test_deictic_words_in_a_dated_quote_count_from_the_statement_day() -> None:
    text = '"Hari ini kami serahkan berkasnya," kata Budi di Jakarta, Kamis (24/8).'
    assert _values(text, FRI) == [("Hari ini", "2023-08-24"), ("Kamis (24/8)", "2023-08-24")]
    text = 'Kepala dinas, Kamis (24/8), berkata, "Kemarin pompa sudah dipasang."'
    assert _values(text, FRI)[-1] == ("Kemarin", "2023-08-23")
    # Reported speech in the same sentence as the dated attribution.
    text = "Menurut Budi, Kamis (24/8), tadi malam hujan deras mengguyur desa itu."
    assert _values(text, FRI)[-1] == ("tadi malam", "2023-08-23TNI")


def test_deictic_words_without_a_dated_statement_count_from_publication() -> None:
    # The dated attribution is in another paragraph and the quote has a new speaker.
    text = 'Budi bicara Kamis (24/8).\n"Hari ini kami serahkan berkasnya," kata Ani.'
    assert _values(text, FRI)[-1] == ("Hari ini", "2023-08-25")
    # (closed by "katanya", Budi goes on: his dated statement's day, numtime9)
    text = 'Budi bicara Kamis (24/8).\n"Hari ini kami serahkan berkasnya," katanya.'
    assert _values(text, FRI)[-1] == ("Hari ini", "2023-08-24")
    # Outside quotes a date in another sentence does not count.
    text = "Gempa terjadi Kamis (24/8). Hari ini warga kembali ke rumah."
    assert _values(text, FRI)[-1] == ("Hari ini", "2023-08-25")
    # A weekday that does not fit the date is no statement date.
    text = '"Hari ini kami serahkan berkasnya," kata Budi, Rabu (24/8).'
    assert _values(text, FRI)[0] == ("Hari ini", "2023-08-25")
    # A date long before publication dates the quote its attribution closes (numtime6,
    # timex seed 22's ruling: 'hari ini' in a quote dated 'Selasa (10/6)' is that day) ...
    text = '"Hari ini kami serahkan berkasnya," kata Budi, Kamis (10/8/2023).'
    assert _values(text, FRI)[0] == ("Hari ini", "2023-08-10")
    # ... but a date in a later sentence of the paragraph does not
    text = '"Hari ini kami serahkan berkasnya," kata Budi. Berkas dibuat Kamis (10/8/2023).'
    assert _values(text, FRI)[0] == ("Hari ini", "2023-08-25")


def test_first_month_of_a_range_takes_the_year_of_the_second() -> None:
    text = "Harga sempat tinggi pada Juni-Juli 2014 lalu."
    assert _values(text, datetime(2014, 12, 3)) == [("Juni", "2014-06"),
                                                     ("Juli 2014 lalu", "2014-07")]


def test_bare_month_half_a_year_away_either_side_is_the_past_one() -> None:
    assert _values("Stok menipis pada Juni karena permintaan naik.",
                   datetime(2014, 12, 9)) == [("Juni", "2014-06")]
    # Nearer ahead than behind: the next one.
    assert _values("Panen dimulai pada Januari.", MON) == [("Januari", "2025-01")]


def test_deictic_word_with_its_date_is_one_expression() -> None:
    assert _values("Data yang dirilis kemarin (17/11) menunjukkan stok naik.") == [
        ("kemarin (17/11)", "2024-11-17")]


def test_terakhir_stays_inside_the_duration_and_paruh_is_a_half() -> None:
    assert _values("Harga terendah dalam lima tahun terakhir.") == [
        ("lima tahun terakhir", "P5Y")]
    assert _values("Harga masih turun hingga paruh pertama tahun depan.") == [
        ("paruh pertama tahun depan", "2025-H1")]


def test_month_of_a_contract_and_other_bare_periods() -> None:
    assert _values("Minyak untuk pengiriman Januari turun 40 sen.") == [
        ("Januari", "2025-01")]
    assert _mods("Target itu dikejar hingga akhir tahun.") == [("akhir tahun", "2024", "END")]
    assert _values("Bursa naik hingga tengah hari.") == [("tengah hari", "2024-11-18TMI")]
    assert _values("Gempa terjadi 10 November 2024. Pada hari yang sama banjir datang.") == [
        ("10 November 2024", "2024-11-10"), ("hari yang sama", "2024-11-10")]
    # A position word without a period after it is no time.
    assert _values("Target awal proyek itu lima lapangan.") == []


def test_clock_alone_takes_the_dated_weekday_right_after_it() -> None:
    text = "Harga turun kemarin. WTI di level 66 dollar AS pada pukul 7:55 WIB, Senin (18/11/2024)."
    assert _values(text)[1] == ("pukul 7:55 WIB", "2024-11-18T07:55")
    text = "Harga turun kemarin. WTI di level 66 dollar AS pada pukul 7:55 WIB."
    assert _values(text)[1] == ("pukul 7:55 WIB", "2024-11-17T07:55")


def test_time_zone_after_a_part_of_day_is_inside_the_span() -> None:
    text = "Harga turun pada Minggu (17/11/2024) waktu setempat (Senin pagi WIB)."
    assert _values(text)[-1] == ("Senin pagi WIB", "2024-11-18TMO")


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Ia menghilang sejak September 16.", "September 16", "2022-09-16"),  # past, by "sejak"
    ("Ia menghilang sejak September 16, 2023.", "September 16, 2023", "2023-09-16"),
    ("Hingga Oktober 15 persen warga pindah.", "Oktober", "2023-10"),  # a count, no day
])


def test_month_first_dates_of_translated_wires(text: str, surface: str, value: str) -> None:
    t = find_times(text, date(2023, 8, 25))[0]
    assert (text[t.span.start:t.span.end], t.value) == (surface, value)


@pytest.mark.parametrize(("text", "surface", "value", "mod"), [
    ("Rabu pekan depan sidang dilanjutkan.", "Rabu pekan depan", "2023-08-30", None),
    ("Senin minggu lalu ia ditangkap.", "Senin minggu lalu", "2023-08-14", None),
    ("Hingga akhir kuartal ini harga stabil.", "akhir kuartal ini", "2023-Q3", "END"),
    ("Pada triwulan lalu ekspor turun.", "triwulan lalu", "2023-Q2", None),
    ("Semester depan target naik.", "Semester depan", "2024-H1", None),
])


def test_a_weekday_of_a_named_week_and_the_quarter_around_the_dct(
        text: str, surface: str, value: str, mod: str | None) -> None:
    t = find_times(text, date(2023, 8, 25))[0]  # a Friday
    assert (text[t.span.start:t.span.end], t.value, t.mod) == (surface, value, mod)


# ---------------------------------------------------------------- issue 15, this round

@pytest.mark.parametrize(("text", "value"), [
    # Bare weekdays: on or before publication, "sejak" too; "lalu" strictly before,
    # "mendatang"/"depan"/"nanti" strictly after (MON is a Monday).
    ("Warga mengungsi sejak Jumat.", "2024-11-15"),
    ("Rapat itu digelar Jumat lalu.", "2024-11-15"),
    ("Rapat digelar Senin mendatang.", "2024-11-25"),
    ("Rapat digelar Jumat depan.", "2024-11-22"),
    ("Rapat digelar Rabu nanti.", "2024-11-20"),
])


def test_direction_of_bare_weekdays(text: str, value: str) -> None:
    assert _values(text)[0][1] == value


def test_the_malam_of_the_issue_alone_and_with_a_day() -> None:
    assert _values("Petugas bersiaga hingga malam.") == [("malam", "2024-11-18TNI")]
    assert _values("Kecelakaan terjadi Minggu (17/11) malam.") == [
        ("Minggu (17/11) malam", "2024-11-17TNI")]
    assert _values("Harga naik sejak pertengahan bulan Januari.") == [
        ("pertengahan bulan Januari", "2024-01")]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Pameran digelar pada Januari tahun depan.", "Januari tahun depan", "2025-01"),
    ("Pameran digelar pada Januari tahun lalu.", "Januari tahun lalu", "2023-01"),
    ("Pameran digelar 20 Januari tahun depan.", "20 Januari tahun depan", "2025-01-20"),
    ("Pameran digelar pada bulan Maret tahun lalu.", "bulan Maret tahun lalu", "2023-03"),
    ("Rapat digelar pada 20 Januari nanti.", "20 Januari nanti", "2025-01-20"),
    ("Pameran digelar Januari nanti.", "Januari nanti", "2025-01"),
])


def test_a_month_in_a_year_named_against_publication(text: str, span: str,
                                                      value: str) -> None:
    assert _values(text) == [(span, value)]


def test_a_clock_time_with_kemarin_is_of_the_day_before() -> None:
    assert _values("Harga naik pukul 14.00 WIB kemarin.") == [
        ("pukul 14.00 WIB kemarin", "2024-11-17T14:00")]


def test_a_bare_weekday_the_text_has_dated_is_that_day() -> None:
    text = ("OPEC akan menggelar pertemuan pada Kamis (27/11/2014). Produksi sulit dipotong "
            "pada pertemuan Kamis di Wina.")
    assert _values(text, datetime(2014, 11, 26)) == [("Kamis (27/11/2014)", "2014-11-27"),
                                                      ("Kamis", "2014-11-27")]
    # A dated weekday far from publication says nothing about this week's.
    text = "Banjir terjadi pada Kamis (3/10/2024). Warga kembali pada Kamis."
    assert _values(text)[-1] == ("Kamis", "2024-11-14")


@pytest.mark.parametrize(("text", "span", "value", "mod"), [
    ("Produksi tertinggi sejak 1980-an.", "1980-an", "198", None),
    # tx29b: the decade's part kept in the span, as a year's ("akhir 2025") is
    ("Alat itu dipakai sejak akhir 1960-an.", "akhir 1960-an", "196", "END"),
    ("Pada awal 1970-an, warga mulai datang.", "awal 1970-an", "197", "START"),
    ("Harga naik pada pertengahan tahun 90-an.", "pertengahan tahun 90-an", "199", "MID"),
    ("Tantangan abad ke-21 berbeda.", "abad ke-21", "20", None),
    ("Kota itu dibangun pada abad XIX.", "abad XIX", "18", None),
    ("Laba turun pada Q3 2024.", "Q3 2024", "2024-Q3", None),
    ("Laba turun pada Q1-2023.", "Q1-2023", "2023-Q1", None),
    ("Target dicapai hingga akhir kuartal.", "akhir kuartal", "2024-Q4", "END"),
    ("Penjualan naik pada awal semester.", "awal semester", "2024-H2", "START"),
    ("Harga naik pada awal pekan.", "awal pekan", "2024-W47", "START"),
    ("Harga naik pada tahun-tahun mendatang.", "tahun-tahun mendatang", "FUTURE_REF", None),
    ("Kebakaran terjadi tengah malam.", "tengah malam", "2024-11-18T24:00", None),
    ("Kebakaran terjadi dini hari.", "dini hari", "2024-11-18TNI", None),
    ("Ia tiba larut malam di rumah.", "larut malam", "2024-11-18TNI", None),
])


def test_decades_centuries_short_quarters_and_lone_periods(text: str, span: str, value: str,
                                                          mod: str | None) -> None:
    assert _mods(text) == [(span, value, mod)]


def test_lone_part_words_need_their_pair() -> None:
    assert _values("Sistem peringatan dini bencana dipasang.") == []
    assert _values("Laba per saham (EPS) naik.") == []


def test_dulu_after_a_subject_or_opening_a_sentence_is_the_past() -> None:
    assert _values("Seingat saya dulu di Adam Air dan Lion.") == [("dulu", "PAST_REF")]
    assert _values("Harga naik. Dulu, harga beras murah.") == [("Dulu", "PAST_REF")]
    # The particle "first" is no time.
    assert _values("Kita lihat dulu prosedurnya.") == []
    assert _values("Habis DKI, Kalimantan dulu yang banyak tambang.") == []



def test_the_first_of_two_coordinated_quarters_takes_the_year_of_the_second() -> None:
    assert _values("Pasokan sulit terserap dalam kuartal pertama dan kedua tahun depan.") == [
        ("kuartal pertama", "2025-Q1"), ("tahun depan", "2025")]
    assert _values("Laba naik pada kuartal I dan kuartal II 2023.") == [
        ("kuartal I", "2023-Q1"), ("kuartal II 2023", "2023-Q2")]


# ---------------------------------------------------------------- real-news sample fixes

MAY25 = datetime(2025, 5, 27, 9, 0)


@pytest.mark.parametrize(("text", "want"), [
    ("Fee itu dijanjikan cair sebelum Lebaran.", [("Lebaran", "2025-03-31")]),
    ("Menjelang hari raya Idul Fitri, mereka menagih.", [("hari raya Idul Fitri", "2025-03-31")]),
    ("Arus mudik Lebaran 2024 meningkat.", [("Lebaran 2024", "2024-04-10")]),
    ("Natal tahun lalu sepi.", [("Natal tahun lalu", "2024-12-25")]),
    # reported speech two months after it: that year's, not the next
    ("Uang akan diberikan sebelum Lebaran.", [("Lebaran", "2025-03-31")]),
])


def test_named_holidays_are_dates(text: str, want: list[tuple[str, str]]) -> None:
    assert _values(text, MAY25) == want


def test_a_holiday_long_past_in_a_forward_clause_is_next_year_s() -> None:
    assert _values("Kami akan mudik saat Lebaran.", datetime(2025, 12, 1)) == [
        ("Lebaran", "2026-03-21")]


def test_a_holiday_with_no_date_for_its_year_is_left_out() -> None:
    # (numtime11: the year said stays a date, alone, as before a holiday's name was known:
    # "Ramadan 2026" once gave "2026")
    assert _values("Lebaran 1990 meriah.", MAY25) == [("1990", "1990")]


def test_a_span_of_years_is_two_dates() -> None:
    assert _values("Rencana jangka menengah 2025-2029 disusun.", MAY25) == [
        ("2025", "2025"), ("2029", "2029")]


@pytest.mark.parametrize(("text", "want"), [
    ("Saya tidak pernah mendaftar dari dulu sampai sekarang.",
     [("dari dulu", "PAST_REF"), ("sekarang", "PRESENT_REF")]),
    ("Mungkin itu data dulu waktu anak saya masih SD.", [("dulu", "PAST_REF")]),
    ("Kita lihat dulu waktu yang tepat.", []),  # the particle "first"
])


def test_dulu_before_a_when_clause_or_after_dari_is_formerly(
        text: str, want: list[tuple[str, str]]) -> None:
    assert _values(text, MAY25) == want


def test_a_weekday_naming_an_activity_is_no_date() -> None:
    assert _values("PWI menjalankan kegiatan Jumat Sehat secara konsisten.", MAY25) == []
    # a part of the day after it, or "pada" before it, keeps the date
    assert _values("Aksi digelar pada Jumat Sore.", MAY25) == [("Jumat Sore", "2025-05-23TAF")]
    assert _values("Warga Demo Jumat Sore", MAY25) == [("Jumat Sore", "2025-05-23TAF")]


def test_a_season_takes_its_period_position() -> None:
    found = find_times("Sulsel mengalami tanda-tanda awal musim hujan.", datetime(2025, 10, 21))
    assert [(t.value, t.mod) for t in found] == [("2025-WI", "START")]


def test_a_part_of_the_day_in_a_habit_is_any_day_s() -> None:
    found = find_times("Senin (5/5) hujan. Hujan umumnya turun pada siang hari.", MAY25)
    assert [(t.value, t.anchored) for t in found][-1] == ("XXXX-XX-XXTAF", False)


def test_parts_of_the_day_with_nya_and_nanti() -> None:
    got = _values("Jadi, pada pagi hingga siangnya panas, kemudian nanti siang hujan.", MAY25)
    assert got == [("pagi", "2025-05-27TMO"), ("siangnya", "2025-05-27TAF"),
                   ("nanti siang", "2025-05-27TAF")]


def test_the_next_day_of_a_story_counts_from_the_day_it_last_told() -> None:
    assert _values("Korban ditemukan Senin (5/5). Keesokan harinya, polisi datang.", MAY25) == [
        ("Senin (5/5)", "2025-05-05"), ("Keesokan harinya", "2025-05-06")]
    found = find_times("Keesokan harinya, pelaku kembali meminta uang.", MAY25)
    assert [(t.value, t.anchored) for t in found] == [("XXXX-XX-XX", False)]


def test_ke_depan_opening_a_sentence_is_the_future() -> None:
    assert _values("Ke depan, tidak ada lagi BUMN yang nakal.", MAY25) == [
        ("Ke depan", "FUTURE_REF")]
    assert _values("Ia maju ke depan, lalu berbicara.", MAY25) == []


def test_a_relative_year_or_month_counts_from_the_year_or_month_named_last() -> None:
    assert _values("Pada 2023 ia menang. Setahun sebelumnya ia kalah.", MAY25) == [
        ("2023", "2023"), ("Setahun sebelumnya", "2022")]
    assert _values("Pada Maret 2023 ia menang. Sebulan kemudian ia kalah.", MAY25) == [
        ("Maret 2023", "2023-03"), ("Sebulan kemudian", "2023-04")]
    # after a day, from that day, as before
    assert _values("Pada Senin (5/5/2025) ia menang. Setahun sebelumnya ia kalah.", MAY25)[1] \
        == ("Setahun sebelumnya", "2024-05-05")


@pytest.mark.parametrize(("text", "want"), [
    # a modal right after it, or after its subject when it opens a sentence; with -nya
    ("Arah program ke depan akan berubah.", [("ke depan", "FUTURE_REF")]),
    ("Politik uang, ke depan itu bisa jadi contoh buruk.", [("ke depan", "FUTURE_REF")]),
    ("Ia melangkah ke depan akan tetapi jatuh.", []),
    ("Ke depannya akan ada pemeriksaan rutin.", [("Ke depannya", "FUTURE_REF")]),
    ("Ke depan kami akan lebih teliti.", [("Ke depan", "FUTURE_REF")]),
    ("Ia hadir.\n\"Ke depan kami akan teliti,\" ujarnya.", [("Ke depan", "FUTURE_REF")]),
    ("Pemain itu maju ke depan kami akan menunggu.", []),
])


def test_ke_depan_before_a_modal_is_the_future(text: str, want: list[tuple[str, str]]) -> None:
    assert _values(text, MAY25) == want


def test_sekira_is_kept_in_the_clock_span() -> None:
    assert _values("Polisi tiba sekira pukul 17.00 Wita.", MAY25) == [
        ("sekira pukul 17.00 Wita", "2025-05-27T17:00")]


def test_a_year_part_with_nya() -> None:
    assert _values("Semester depannya anda bisa kuliah lagi.", MAY25) == [
        ("Semester depannya", "2025-H2")]


@pytest.mark.parametrize(("text", "want"), [
    ("Ia membalap di Ceko pada 18-20 Juli.", [("18", "2025-07-18"), ("20 Juli", "2025-07-20")]),
    ("Rapat digelar pada 19 dan 20 Agustus 2025.",
     [("19", "2025-08-19"), ("20 Agustus 2025", "2025-08-20")]),
    ("Skor 3-1 pada menit ke-20.", []),
])


def test_the_first_day_of_a_range_takes_the_month(text: str, want: list[tuple[str, str]]) -> None:
    assert _values(text, MAY25) == want


def test_set_parts_season_years_and_refs() -> None:
    found = find_times("Mereka rutin olahraga bersama setiap pagi.", MAY25)
    assert [(t.type, t.value) for t in found] == [("SET", "XXXX-XX-XXTMO")]
    assert _values("Martin membela Aprilia musim ini, setelah juara musim lalu.", MAY25) == [
        ("musim ini", "2025"), ("musim lalu", "2024")]
    assert _values("Pembenahan akan terus dilakukan untuk ke depan.", MAY25) == [
        ("ke depan", "FUTURE_REF")]
    assert _values("Hubungan itu berlangsung sejak lama.", MAY25) == [("sejak lama", "PAST_REF")]


def test_a_weekly_schedule_is_sets_and_daily_times() -> None:
    found = find_times("Saksikan pada Senin-Jumat, pukul 08.00-11.00 WIB, di 20.detik.com.", MAY25)
    assert [(t.type, t.value) for t in found] == [
        ("SET", "XXXX-WXX-1"), ("SET", "XXXX-WXX-5"),
        ("TIME", "XXXX-XX-XXT08:00"), ("TIME", "XXXX-XX-XXT11:00")]


def test_a_clock_range_after_a_date_is_of_that_day() -> None:
    assert _values("Rapat digelar pukul 09.00-12.00 WIB, Kamis (5/6/2025).", MAY25)[:2] == [
        ("pukul 09.00", "2025-06-05T09:00"), ("12.00 WIB", "2025-06-05T12:00")]


def test_dulu_after_a_word_ending_like_a_pronoun_is_the_particle() -> None:
    assert _values("Tolong prioritaskan manusia-manusia dulu. Media dulu tidak begitu.",
                   MAY25) == []
    assert _values("Ia dulu bekerja di sana.", MAY25) == [("dulu", "PAST_REF")]


def test_a_statement_quoted_from_an_earlier_report_keeps_its_day() -> None:
    text = ('"Terus terang malam ini ada beberapa hal yang dibahas," kata Prasetyo dikutip '
            "dari detikNews, Minggu (12/10/2025).")
    assert _values(text, datetime(2025, 10, 20, 14, 45))[0] == ("malam ini", "2025-10-12TNI")


def test_a_holiday_word_in_a_place_name_is_no_date() -> None:
    assert _values("Mantan Kepala Dinas Kabupaten Mandailing Natal menerima dana.", MAY25) == []
    assert _values("Selamat Natal untuk semua.", datetime(2025, 11, 20)) == [
        ("Natal", "2025-12-25")]


def test_each_month_of_a_list_is_a_date() -> None:
    # numtime: the middle month of "Oktober, November, dan Desember 2025" had no word before
    # it that lets a bare month count; a list of months does.
    art = analyze("Bantuan diberikan untuk Oktober, November, dan Desember 2025.",
                  published=datetime(2025, 9, 15))
    assert [t.value for t in art.times] == ["2025-10", "2025-11", "2025-12"]
    art = analyze("Penjualan Juli, Agustus dan September naik.", published=datetime(2025, 9, 15))
    assert [t.value for t in art.times] == ["2025-07", "2025-08", "2025-09"]


def test_the_same_year_is_the_last_year_named() -> None:
    # Seed 21 of numbers_measure (numtime): "pada tahun yang sama" after "September 2024".
    art = analyze("BPS merilis angka kemiskinan sebesar 8,57% per September 2024. Bank Dunia "
                  "menyatakan 60,3% penduduk hidup di bawah garis kemiskinan pada tahun yang "
                  "sama.", published=datetime(2025, 5, 29))
    assert [t.value for t in art.times] == ["2024-09", "2024"]


@pytest.mark.parametrize(("text", "span", "value"), [
    # timex_news seed 1 (detik-938, detik-751): a unit counted in another unit
    ("Sanksi itu hanya terbatas pada satu semester.", "satu semester", "P6M"),
    ("Kuliahnya berlangsung dua semester.", "dua semester", "P12M"),
    # ("ini" after "selama" is the span's since tx33, seed 26/27's ruling)
    ("Kalau selama 3 dasarian ini curah hujan di atas 50 mm, hujan turun.", "3 dasarian ini",
     "P30D"),
    ("Ia menunggu selama sewindu.", "sewindu", "P8Y"),
])


def test_a_unit_counted_in_another_is_multiplied_out(text: str, span: str, value: str) -> None:
    assert _values(text, MAY25) == [(span, value)]


def test_a_unit_counted_in_another_keeps_its_other_readings() -> None:
    assert _values("Biaya dibayar setiap semester.", MAY25) == [("setiap semester", "P6M")]
    assert _values("Ia mahasiswa semester tujuh.", MAY25) == []
    assert _values("Laba semester I 2025 naik.", MAY25) == [("semester I 2025", "2025-H1")]


def test_the_whole_of_a_unit_is_a_duration_unless_a_date_follows() -> None:
    # timex_news seed 4 (detik-737): "negosiasi intensif sepanjang hari"
    assert _values("Namun meski negosiasi intensif sepanjang hari, belum ada kesepakatan.",
                   MAY25) == [("sepanjang hari", "P1D")]
    assert _values("Sepanjang hari, diplomat itu berkeliling.", MAY25) == [
        ("Sepanjang hari", "P1D")]
    assert _values("Harga naik sepanjang hari ini.", MAY25) == [("hari ini", "2025-05-27")]
    assert _values("Laba naik sepanjang tahun 2024.", MAY25) == [("tahun 2024", "2024")]


def test_a_part_of_the_day_before_nanti_is_the_coming_one() -> None:
    # timex_news seed 4 (detik-78): "diumumkan dalam FOMC malam nanti waktu Indonesia"
    assert _values("Keputusan diumumkan dalam FOMC malam nanti waktu Indonesia.", MAY25) == [
        ("malam nanti", "2025-05-27TNI")]


@pytest.mark.parametrize(("text", "span", "value"), [
    # Detik-1k: a clock hour written in words, and the hours each part of the day makes p.m.
    ("Kami berangkat tepat pukul satu siang dari Jakarta.", "pukul satu siang", "T13:00"),
    ("Kami tiba di Garut pukul lima sore.", "pukul lima sore", "T17:00"),
    ("Ia datang jam tujuh malam.", "jam tujuh malam", "T19:00"),
    ("Ia datang pukul sepuluh.", "pukul sepuluh", "T10:00"),
    ("Ia datang pukul 11 siang.", "pukul 11 siang", "T11:00"),
    ("Ia datang pukul 1 siang.", "pukul 1 siang", "T13:00"),
    ("Ia pulang pukul 2 malam.", "pukul 2 malam", "T02:00"),
    ("Ia pulang pukul 8 malam.", "pukul 8 malam", "T20:00"),
])


def test_clock_hours_in_words_and_the_parts_that_make_them_pm(text: str, span: str,
                                                              value: str) -> None:
    assert _values(text, MAY25) == [(span, "2025-05-27" + value)]


def test_a_part_of_the_day_joined_to_one_found_is_the_same_days() -> None:
    # timex_news seed 1 (detik-751): "pada siang atau sore hari setelah pagi ..." (a habit)
    assert _values("Hujan umumnya turun pada siang atau sore hari setelah pagi yang panas.",
                   MAY25) == [("siang", "XXXX-XX-XXTAF"), ("sore hari", "XXXX-XX-XXTAF"),
                              ("pagi", "XXXX-XX-XXTMO")]
    assert _values("Pada Senin pagi dan sore mereka rapat.", MAY25) == [
        ("Senin pagi", "2025-05-26TMO"), ("sore", "2025-05-26TAF")]
    # the first is no time expression: neither is the second
    assert _values("Tim SAR bekerja siang dan malam.", MAY25) == []


@pytest.mark.parametrize(("text", "span", "value"), [
    # Detik-1k police news: a detention of "1x24 jam" is a day's hours, "2 x 24 jam" two
    ("Tersangka sudah diamankan dan ditahan 1x24 jam.", "1x24 jam", "PT24H"),
    ("Polisi punya waktu 2 x 24 jam untuk menentukan status.", "2 x 24 jam", "PT48H"),
    # a fiscal or school year names its year; "2025/2026" is its first year (seed 1)
    ("Dalam RAPBN tahun anggaran 2026, bunga utang naik.", "tahun anggaran 2026", "2026"),
    ("Pemilihan Ketua OSIS tahun 2025/2026 digelar.", "tahun 2025/2026", "2025"),
    # numtime13: "periode" joins it as "tahun ajaran" does (the judged extent held it)
    ("Ia anggota DPM periode 2025/2026.", "periode 2025/2026", "2025"),
])


def test_multiplied_durations_and_fiscal_or_school_years(text: str, span: str,
                                                         value: str) -> None:
    assert _values(text, MAY25) == [(span, value)]


def test_two_years_with_a_slash_that_do_not_follow_are_no_school_year() -> None:
    assert _values("Data 2020/2024 naik.", MAY25) == []


def test_di_kemudian_hari_is_no_time() -> None:
    # numtime24: "di kemudian hari" (some day, later) is not counted, as "di kemudian waktu"
    # and "nanti" are not (timex_news seeds 14 and 31 judged it spurious)
    assert _values("Agar tidak timbul masalah di kemudian hari.", MAY25) == []
    assert _values("Nanti akan kita rilis di kemudian waktu.", MAY25) == []


def test_dulunya_is_formerly() -> None:
    # numtime24: "-nya" makes "dulu" the adverb "formerly", never the particle "first"
    assert _values("Kota itu dulunya desa nelayan.", MAY25) == [("dulunya", "PAST_REF")]
    assert _values("Dahulunya lahan ini sawah.", MAY25) == [("Dahulunya", "PAST_REF")]


# ---------------------------------------------------------------- timex v12 (seeds 7 and 8)

OCT25 = datetime(2025, 10, 21, 9, 0)


def test_a_fence_word_fences_only_a_whole_word() -> None:
    # "pp" (a regulation) fences "PP 2017", not the acronym "PPP 2017" ending like it
    assert _values("Metode baru untuk penghitungan PPP 2017 diadopsi.", OCT25) == [
        ("2017", "2017")]
    assert _values("Aturan itu ada di PP 2017 dan Rp 2017 juta.", OCT25) == []
    # so do the words a bare month must follow: "pada Juni", not "kepada Juni" (a name)
    assert _values("Ia berkata kepada Juni bahwa rapat ditunda pada Juni.", OCT25) == [
        ("Juni", "2025-06")]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Sidang berlangsung paling lama 60 hari kerja.", "60 hari kerja", "P60D"),
    ("Lelang ditutup dalam 14 hari kalender.", "14 hari kalender", "P14D"),
    ("Jadi sudah lebih 25 tahun kasus ini diadukan.", "lebih 25 tahun", "P25Y"),
    ("Perjalanan lebih kurang 3 jam.", "lebih kurang 3 jam", "PT3H"),
])


def test_working_days_and_colloquial_modifiers_stay_in_the_span(text: str, span: str,
                                                                value: str) -> None:
    assert _values(text, OCT25) == [(span, value)]


def test_a_bare_unit_before_sebelumnya_is_that_period_of_the_passage() -> None:
    assert _values("Program digelar kedua kalinya, setelah sukses pada tahun sebelumnya.",
                   OCT25) == [("tahun sebelumnya", "2024")]
    assert _values("Pada 2023 ekspor naik, dibanding tahun sebelumnya.", OCT25) == [
        ("2023", "2023"), ("tahun sebelumnya", "2022")]
    assert _values("Rapat digelar Senin (13/10/2025). Pada hari sebelumnya ia tiba.",
                   OCT25) == [("Senin (13/10/2025)", "2025-10-13"),
                              ("hari sebelumnya", "2025-10-12")]
    assert _values("Pada Maret 2024 harga naik, bulan berikutnya turun.", OCT25) == [
        ("Maret 2024", "2024-03"), ("bulan berikutnya", "2024-04")]
    # with no date at all it stays an unanchored year
    assert _values("Laba naik dari tahun sebelumnya.", None) == [
        ("tahun sebelumnya", "XXXX")]


@pytest.mark.parametrize(("text", "published", "want"), [
    ("Lima mahasiswa terdakwa kasus unjuk rasa Hari Buruh (May Day) disidang.", OCT25,
     [("Hari Buruh (May Day)", "2025-05-01")]),
    ("Mereka ikut aksi May Day di Semarang.", OCT25, [("May Day", "2025-05-01")]),
    # a fixed day is read as its date written out: the nearest one
    ("Tiket libur Natal dan Tahun Baru mulai dijual.", OCT25,
     [("Natal", "2025-12-25"), ("Tahun Baru", "2026-01-01")]),
    ("Upacara Hari Kemerdekaan digelar di Istana.", OCT25,
     [("Hari Kemerdekaan", "2025-08-17")]),
    ("Peringatan Hari Ibu dan Hardiknas.", OCT25,
     [("Hari Ibu", "2025-12-22"), ("Hardiknas", "2025-05-02")]),
    ("Selamat Natal untuk semua.", MAY25, [("Natal", "2024-12-25")]),
    # a moving one with no dates here is left out, and its "Tahun Baru" is no 1 January
    ("Pawai Tahun Baru Islam meriah.", OCT25, []),
    ("Tahun Baru Saka dirayakan umat Hindu, Tahun Baru China dengan barongsai.", OCT25,
     [("Tahun Baru China", "2025-01-29")]),
    # the 1928 pledge is no day; its day is "Hari Sumpah Pemuda"
    ("Mereka menggelorakan semangat Sumpah Pemuda.", OCT25, []),
    ("Upacara Hari Sumpah Pemuda ke-97 digelar.", OCT25,
     [("Hari Sumpah Pemuda ke-97", "2025-10-28")]),
    # only capitalised: a mother's day is no Mother's Day
    ("Pada hari ibu meninggal, ia pulang.", OCT25, []),
])


def test_fixed_date_national_and_international_days(text: str, published: datetime,
                                                    want: list[tuple[str, str]]) -> None:
    assert _values(text, published) == want


@pytest.mark.parametrize(("text", "want"), [
    # month first with no year and no day word: two digits are the year of a citation
    ("Riset itu terbit di jurnal Volume 83, Desember 22.", [("Desember 22", "2022-12")]),
    ("Pertemuan digelar pada September 16, di Jakarta.", [("September 16", "2025-09-16")]),
    ("Serangan terjadi September 16, 2023 lalu.", [("September 16, 2023 lalu", "2023-09-16")]),
    ("Maret 5 lalu ia pergi.", [("Maret 5 lalu", "2025-03-05")]),
    ("Angka Maret 5 itu kecil.", []),
])


def test_a_month_first_number_is_a_day_only_with_a_sign_of_one(
        text: str, want: list[tuple[str, str]]) -> None:
    assert _values(text, OCT25) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Dia berharap, ke depan Sumsel tak hanya mengandalkan kuliner.",
     [("ke depan", "FUTURE_REF")]),
    ('"Ini jadi evaluasi kami agar pengawasan lebih ketat ke depan.', [("ke depan", "FUTURE_REF")]),
    ("Semoga ke depan kunjungan seperti ini lebih sering.", [("ke depan", "FUTURE_REF")]),
    ("Kami mendorong agar ke depan jabatan gubernur tidak dipilih langsung.",
     [("ke depan", "FUTURE_REF")]),
    # a clause closing before a purpose join, or opening after a join (tx34)
    ("Aturan ini penting untuk menata kota ke depan agar lebih tertib.",
     [("ke depan", "FUTURE_REF")]),
    ("Semoga ia lulus dan ke depan membantu desanya.", [("ke depan", "FUTURE_REF")]),
    ("Kami pindah ke depan agar lebih dekat.", []),
    ("Ia menoleh ke kiri dan ke depan.", []),
    # a direction, a figure of speech, or no hope or aim in the sentence: no time
    ("Kami minta agar ia maju ke depan.", []),
    ("Kami ingin melihat ke depan.", []),
    ("Massa bergerak, ke depan gedung DPR.", []),
    ("Mobil itu melaju ke depan.", []),
])


def test_ke_depan_in_a_hoping_or_aiming_sentence_is_the_future(
        text: str, want: list[tuple[str, str]]) -> None:
    assert _values(text, OCT25) == want


def test_a_part_of_the_day_after_a_habit_s_is_any_day_s() -> None:
    # Detik-1k weather news: the passage goes on describing the habit with no day told
    text = ("Hujan umumnya turun pada siang hari. Tanda peralihan musim adalah hujan terjadi "
            "pada sore hari. Pada Senin (20/10) hujan turun sejak pagi.")
    assert _values(text, OCT25) == [
        ("siang hari", "XXXX-XX-XXTAF"), ("sore hari", "XXXX-XX-XXTAF"),
        ("Senin (20/10)", "2025-10-20"), ("pagi", "2025-10-20TMO")]


@pytest.mark.parametrize(("text", "want"), [
    ("Chiko bakal diperiksa dalam waktu dekat.", [("waktu dekat", "FUTURE_REF")]),
    # within ("dalam") the phrase keeps its 'ini', as a duration does (tx34)
    ("Hasilnya diumumkan dalam waktu dekat ini.", [("waktu dekat ini", "FUTURE_REF")]),
    ("Sekarang ini harga beras naik.", [("Sekarang", "PRESENT_REF")]),
    # an awaited moment arriving is the day its sentence names, not the past (tx34)
    ("Pada hari ini, 1 Mei 2025, saat itu sudah tiba.",
     [("hari ini", "2025-05-01"), ("1 Mei 2025", "2025-05-01"), ("saat itu", "2025-05-01")]),
    ("Pada 1 Mei 2025 saat itu ia sudah pergi.",
     [("1 Mei 2025", "2025-05-01"), ("saat itu", "PAST_REF")]),
    ("Selama satu tahun belakangan ini banyak kebijakan lolos.",
     [("satu tahun belakangan ini", "P1Y")]),
    ("Dalam setahun belakangan Kemenag membangun sistem.", [("setahun belakangan", "P1Y")]),
    ("Data 10 tahun ke belakang dikaji.", [("10 tahun ke belakang", "P10Y")]),
    # the ordinal of an anniversary is part of the holiday's name
    ("Acara digelar untuk memperingati HUT RI ke-80.", [("HUT RI ke-80", "2025-08-17")]),
])


def test_near_future_recent_durations_and_anniversaries(
        text: str, want: list[tuple[str, str]]) -> None:
    assert _values(text, OCT25) == want


def test_a_case_sensitive_holiday_must_be_a_named_one() -> None:
    with pytest.raises(ValidationError, match="is no holidays.names entry"):
        Holidays(names={"natal": "natal"}, dates={"natal": {"every": "12-25"}},
                 case_sensitive=("Hari Ibu",))
    assert Holidays(names={"natal": "natal"}, dates={"natal": {"every": "12-25"}},
                    case_sensitive=("Natal",)).case_sensitive == ("Natal",)


def test_a_bare_month_takes_the_year_its_paragraph_named() -> None:
    # numtime9 (numbers seed 32): "puncaknya 2025 itu ... bulan Februari mau dicicil" is
    # February 2025 (published October 2025), not the next February a cue points to.
    published = datetime(2025, 10, 8)
    text = ("\"Puncaknya 2025 itu gaji kita belum dibayarkan sampai sekarang. Gaji bulan "
            "Februari mau dicicil. Bulan Maret belum digaji,\" ujarnya.")
    assert [v for _, v in _values(text, published)][-2:] == ["2025-02", "2025-03"]
    # another paragraph's year is not this one's (the publication date decides there)
    assert _values("Pada 2023 harga naik.\nHarga turun pada Maret.", published)[-1] != (
        "Maret", "2023-03")
    assert _values("Pada 2023 harga naik. Harga turun pada Maret.", published)[-1] == (
        "Maret", "2023-03")


def test_a_month_ahead_in_its_own_month_is_this_month() -> None:
    # numtime9: "akan berjalan ... Oktober" published on 21 October is this October (a
    # whole month is on or after publication from its first day), not next year's; a
    # year inferred for a bare month is no year written for the next one.
    got = _values("Periode yang akan berjalan yakni Oktober, November, dan Desember.",
                  datetime(2025, 10, 21))
    assert [v for _, v in got] == ["2025-10", "2025-11", "2025-12"]


def test_a_continued_quote_counts_from_the_statement_dated_before() -> None:
    # numtime9 (timex seed 9): '"... sudah kemarin ...," ujarnya' in a paragraph that
    # dates nothing goes on with the speaker dated paragraphs before ("..., Senin
    # (25/8/2025)"): the day before that statement; a quote closed by a new speaker
    # ("kata Budi") keeps publication as its reference.
    text = ("Ia bicara, kata Sugiono kepada wartawan, Senin (25/8/2025).\n"
            "Sugiono menjelaskan hal itu.\n"
            "\"Kalau misalnya sudah kemarin kan sempat tersangka,\" ujarnya.\n"
            "\"Kemarin saya ke sana,\" kata Budi.")
    assert _values(text, datetime(2025, 8, 28, 12))[1:] == [
        ("kemarin", "2025-08-24"), ("Kemarin", "2025-08-27")]


def test_a_yearless_weekday_date_takes_the_year_its_weekday_agrees_with() -> None:
    # numbers11 (timex seed 12): after "pada 2023" the story's reference year is 2023, but
    # 11 May 2023 was a Thursday: "Minggu (11/5)" is the Sunday of the publication year.
    # A weekday that agrees with the inferred year keeps it ("Kamis (11/5)" in 2023).
    text = "MoU itu diteken pada 12 Mei 2023. Ia berbicara, Minggu (11/5)."
    assert _values(text, datetime(2025, 5, 11, 12))[-1] == ("Minggu (11/5)", "2025-05-11")
    text = "MoU itu diteken pada 12 Mei 2023. Ia datang pada Kamis (11/5)."
    assert _values(text, datetime(2025, 5, 20, 12))[-1] == ("Kamis (11/5)", "2023-05-11")


def test_midnight_tadi_is_the_midnight_past() -> None:
    # numtime12 (timex seed 13): published Saturday morning, "tengah malam tadi" is the
    # midnight that ended Friday, and the story's later clock times are Friday's.
    text = ("Kebakaran gudang terjadi tengah malam tadi. \"Api muncul pukul 22.15 WIB dan "
            "padam sebelum tengah malam,\" kata petugas.")
    assert _values(text, datetime(2025, 3, 8, 7, 30)) == [
        ("tengah malam tadi", "2025-03-07T24:00"), ("pukul 22.15 WIB", "2025-03-07T22:15"),
        ("tengah malam", "2025-03-07T24:00")]


def test_a_relative_day_glossed_by_a_date_is_that_date() -> None:
    # numtime12 (timex seed 13): "Kemarin, hari Senin tanggal 5 Mei 2025" in a quote of an
    # older statement: the day the gloss gives, not the day before publication.
    text = ("\"Kemarin, hari Senin tanggal 5 Mei 2025, kami sudah melapor ke polsek,\" kata "
            "Ketua RT Budi, Selasa (6/5/2025).")
    assert _values(text, datetime(2025, 5, 20, 12))[0] == ("Kemarin", "2025-05-05")
    # unglossed, it counts from its attribution's day, however old (numtime6, timex seed
    # 22's ruling on a quote dated months before publication)
    text = "\"Kemarin kami sudah melapor,\" kata Budi, Selasa (6/5/2025)."
    assert _values(text, datetime(2025, 5, 20, 12))[0] == ("Kemarin", "2025-05-05")


def test_a_range_of_days_after_tanggal_takes_its_month() -> None:
    # numtime12 (timex seed 13): "tanggal 28-29 Desember 1954": the first day is 28
    # December 1954, not the 28th of the publication month.
    text = "Pertemuan itu berlangsung pada tanggal 14-16 Agustus 1962 di Jakarta."
    assert _values(text, datetime(2025, 9, 10, 12)) == [
        ("tanggal 14", "1962-08-14"), ("16 Agustus 1962", "1962-08-16")]


def test_within_the_next_n_units_is_a_duration() -> None:
    # numtime13 (timex seed 14): "dalam 3 tahun yang akan datang" is within the next three
    # years (P3Y, as "3 tahun ke depan"), not the year three years on.
    text = "Pemerintah menargetkan jalan tol itu selesai dalam 2 tahun yang akan datang."
    assert _values(text, datetime(2025, 6, 2, 9)) == [("2 tahun yang akan datang", "P2Y")]
    text = "Harga beras diperkirakan stabil selama tiga pekan mendatang."
    assert _values(text, datetime(2025, 6, 2, 9)) == [("tiga pekan mendatang", "P3W")]
    # without "dalam"/"selama" it stays the date that many units on
    text = "Bandara baru itu dibuka 2 tahun mendatang."
    assert _values(text, datetime(2025, 6, 2, 9)) == [("2 tahun mendatang", "2027")]


def test_a_clock_time_ending_an_evening_span_is_past_midnight() -> None:
    # numtime13 (timex seed 14): "sejak Selasa (21/10) sore hingga sekitar pukul 00.00"
    # ends at the midnight after Tuesday, the next day's 00:00.
    text = "Listrik padam sejak Jumat (6/6) malam hingga sekitar pukul 03.00 WIB."
    assert _values(text, datetime(2025, 6, 7, 9)) == [
        ("Jumat (6/6) malam", "2025-06-06TNI"), ("sekitar pukul 03.00 WIB", "2025-06-07T03:00")]
    # a later hour the same day, and a night after midnight ("dini hari"), stay on the day
    text = "Rapat berlangsung Jumat (6/6) pukul 09.00 hingga pukul 14.30 WIB."
    assert _values(text, datetime(2025, 6, 7, 9))[-1] == ("pukul 14.30 WIB", "2025-06-06T14:30")
    text = "Hujan turun sejak Jumat (6/6) dini hari hingga pukul 05.00 WIB."
    assert _values(text, datetime(2025, 6, 7, 9))[-1] == ("pukul 05.00 WIB", "2025-06-06T05:00")


def test_clock_times_of_a_schedule_or_rule_are_any_day_s() -> None:
    # numtime14 (timex seed 15): the times of a rule or a schedule name no day
    text = "Perpustakaan itu buka setiap hari pukul 08.00 hingga pukul 20.00 WIB."
    assert _values(text, datetime(2025, 6, 2, 9))[1:] == [
        ("pukul 08.00", "XXXX-XX-XXT08:00"), ("pukul 20.00 WIB", "XXXX-XX-XXT20:00")]
    # the rule goes on in the next sentence of the paragraph
    text = ("Ada larangan membuka toko sebelum pukul 06.00. Toko itu harus tutup pukul 10 "
            "malam.")
    assert _values(text, datetime(2025, 6, 2, 9)) == [
        ("pukul 06.00", "XXXX-XX-XXT06:00"), ("pukul 10 malam", "XXXX-XX-XXT22:00")]
    # a sentence that dates itself keeps that day
    text = "Senin (2/6), toko itu buka pukul 07.00 seperti biasanya."
    assert _values(text, datetime(2025, 6, 3, 9))[-1] == ("pukul 07.00", "2025-06-02T07:00")


def test_twelve_at_night_is_midnight() -> None:
    text = "Warga berjaga hingga pukul 12 malam setiap hari."
    assert ("pukul 12 malam", "XXXX-XX-XXT00:00") in _values(text, datetime(2025, 6, 2, 9))


def test_reduplicated_day_words_are_no_dates() -> None:
    # numtime14 (timex seed 15): "sehari-hari" is "everyday", "kemarin-kemarin" "lately"
    assert _values("Ia memakai sepeda untuk keperluan sehari-hari.", MON) == []
    assert _values("Kemarin-kemarin harga cabai sempat melonjak.", MON) == [
        ("Kemarin-kemarin", "PAST_REF")]
    assert _values("Ia tiba sehari kemudian.", MON) == [("sehari kemudian", "2024-11-19")]


def test_a_quote_closed_by_the_named_speaker_counts_from_his_dated_statement() -> None:
    # numtime14 (timex seed 15): '"Besok ...," ujar Rizki' in a paragraph dating nothing,
    # after "dikonfirmasi ... Rizki ..., Minggu (19/10/2025)": the Sunday's tomorrow
    text = ('Kabar itu dikonfirmasi Kapolres Budi Santoso, Minggu (1/6/2025).\n'
            '"Besok kami panggil saksi," ujar Budi.')
    assert _values(text, datetime(2025, 6, 2, 21))[-1] == ("Besok", "2025-06-02")
    # another speaker's quote is not dated by that statement
    text = ('Kabar itu dikonfirmasi Kapolres Budi Santoso, Minggu (1/6/2025).\n'
            '"Besok kami panggil saksi," ujar Andi.')
    assert _values(text, datetime(2025, 6, 2, 21))[-1] == ("Besok", "2025-06-03")


def test_yesterday_after_an_election_is_the_last_one() -> None:
    # numtime14 (timex seed 15): "pemilihan kemarin" is the last election, no day
    assert _values("Suara partai itu naik pada pemilu kemarin.", MON) == [("kemarin", "PAST_REF")]
    assert _values("Partai itu rapat kemarin.", MON) == [("kemarin", "2024-11-17")]
    # the speaker's own statement dated in full may be older than a week
    text = ('"Sudah selesai," ujar Menteri Andi Wijaya, Selasa (3/6/2025).\n'
            'Menurut dia, rapat akan digelar lagi.\n'
            '"Terutama kemarin kami sudah rapat," jelas Andi.')
    assert _values(text, datetime(2025, 6, 16, 9))[-1] == ("kemarin", "2025-06-02")


def test_a_prohibition_s_clock_time_is_any_day_s() -> None:
    # numtime14 (timex seed 15): "nggak boleh lagi memasak di bawah pukul 12 malam"
    text = "Kini pedagang tidak boleh berjualan di atas pukul 10 malam."
    assert _values(text, datetime(2025, 6, 3, 9))[-1] == ("pukul 10 malam", "XXXX-XX-XXT22:00")


def test_a_bracketed_gloss_counts_from_publication() -> None:
    # numtime14 (timex seed 15): '"Besok (hari ini) ..."' in a quote of Sunday: the
    # writer's gloss is the publication day, the quote's "besok" the Sunday's next day,
    # its date taken from the speaker's own sentence, not a later one's event date
    text = ('Hal itu disampaikan Kapolres Budi Santoso, Minggu (1/6/2025). Ia menyebut '
            'saksi dihubungi pada Jumat (30/5) malam.\n'
            '"Besok (hari ini) saksi dipanggil," ujar Budi.')
    got = _values(text, datetime(2025, 6, 2, 21))
    assert got[-2:] == [("Besok", "2025-06-02"), ("hari ini", "2025-06-02")]


def test_a_clock_range_of_a_schedule_is_any_day_s() -> None:
    # numtime14 (timex seed 15's notes): "jam operasional pukul 08.00-16.00" names no day
    text = "Jam pelayanan kantor itu pukul 08.00-15.00 WIB."
    assert _values(text, datetime(2025, 6, 2, 9)) == [
        ("pukul 08.00", "XXXX-XX-XXT08:00"), ("15.00 WIB", "XXXX-XX-XXT15:00")]
    text = "Rapat digelar pukul 08.00-10.00 WIB."
    assert _values(text, datetime(2025, 6, 2, 9))[0] == ("pukul 08.00", "2025-06-02T08:00")


def test_a_curfew_is_no_evening() -> None:
    # numtime15 (timex seed 16): "jam malam ini" is this curfew, not this evening
    assert _values("Aturan jam malam ini berlaku bagi pelajar.", MON) == []
    assert _values("Rapat digelar malam ini.", MON) == [("malam ini", "2024-11-18TNI")]


def test_meanwhile_is_no_time() -> None:
    # numtime15 (timex seed 16): "di saat yang sama" is the idiom "meanwhile"; "pada saat
    # yang sama" the moment just told (IndoTimex tags it)
    assert _values("Di saat yang sama, harga beras turun.", MON) == []
    assert _values("Pada saat yang sama ada pesawat lain.", MON) == [
        ("saat yang sama", "PAST_REF")]


def test_an_obligation_s_night_is_any_night() -> None:
    # numtime15 (timex seed 16): a rule that obliges ("mewajibkan ... pada malam hari") tells
    # any night, not the night of the date before it
    text = ("Aturan itu berlaku sejak Senin (18/11/2024). Aturan itu mewajibkan pelajar "
            "tetap di rumah pada malam hari.")
    assert _values(text, MON)[-1] == ("malam hari", "XXXX-XX-XXTNI")


def test_a_clock_time_during_opening_hours_is_the_event_s_day() -> None:
    # numtime15 (timex seed 16): "dicuri saat jam operasional, sekitar pukul 09.30" tells
    # when the theft happened (the day just told), not a schedule
    text = ("Toko itu dibobol pada Sabtu (16/11/2024) pagi. Pencurian terjadi saat jam "
            "operasional toko, sekitar pukul 10.15.")
    assert _values(text, MON)[-1] == ("sekitar pukul 10.15", "2024-11-16T10:15")
    text = "Jam operasional toko itu pukul 10.00 WIB."
    assert _values(text, MON)[-1] == ("pukul 10.00 WIB", "XXXX-XX-XXT10:00")


def test_a_mistyped_year_of_a_dated_statement_follows_its_weekday() -> None:
    # numtime15 (timex seed 16): "Senin (18/11/3024)" in a 2024 report is that Monday
    assert _values("Hal itu disampaikan Andi, Senin (18/11/3024).", MON) == [
        ("Senin (18/11/3024)", "2024-11-18")]


def test_forecast_sentence_is_no_habit() -> None:
    # "umumnya" = across the region: the forecast day's morning, and the parts after it
    text = ("Prakiraan cuaca Rabu (22/10/2025). BMKG memprediksi cuaca di Sulsel umumnya berawan "
            "pada pagi hari. Pada siang dan sore hari, BMKG mencatat potensi hujan.")
    got = _values(text, datetime(2025, 10, 22, 9, 0))
    assert got[1:] == [("pagi hari", "2025-10-22TMO"), ("siang", "2025-10-22TAF"),
                       ("sore hari", "2025-10-22TAF")]
    assert _values("Hujan umumnya turun pada siang hari.", MON) == [
        ("siang hari", "XXXX-XX-XXTAF")]


def test_season_with_a_quality_is_any_years() -> None:
    text = "Perubahan iklim membawa musim panas yang lebih panjang dan musim dingin yang ringan."
    assert _values(text) == [("musim panas", "XXXX-SU"), ("musim dingin", "XXXX-WI")]
    assert _values("Petani bersiap menghadapi musim kemarau.") == [("musim kemarau", "2024-SU")]


def test_someones_season_is_any_years_unless_told() -> None:
    # tx29b: "liburan musim panasnya" (his summer holidays) names no year
    assert _values("Pangeran itu menghabiskan liburan musim panasnya di pantai.") == [
        ("musim panasnya", "XXXX-SU")]
    assert _values("Musim hujannya tahun ini datang lebih awal.")[0] == (
        "Musim hujannya", "2024-WI")


def test_a_quotes_earlier_part_of_day_is_of_the_evening_told_before() -> None:
    # tx29b: a statement quoted right after "pada Sabtu malam" was made that evening
    text = ('Polisi membubarkan massa pada Sabtu malam.\n"Setelah warga berkumpul dengan '
            'damai pada pagi tadi, agitator datang," tulis polisi.')
    assert _values(text)[-1] == ("pagi tadi", "2024-11-16TMO")
    # a night counted from publication names no day: the quote's morning is today's
    text = 'Warga mengungsi tadi malam.\n"Pagi tadi kami kembali," kata warga.'
    assert _values(text)[-1] == ("Pagi tadi", "2024-11-18TMO")


def test_a_decade_after_a_named_year_is_that_decade() -> None:
    # tx29b: counted from the year named last, as coarse as its unit, not from an older day
    text = ("Klub berdiri pada 12 Juli 1991. Lomba junior digelar pada tahun 2000. "
            "Dalam satu dekade setelahnya, klub baru lahir.")
    assert _values(text)[-1] == ("satu dekade setelahnya", "201")


def test_reduplicated_years_ago_is_a_vague_past() -> None:
    assert _values("Sampel itu dikumpulkan bertahun-tahun yang lalu.") == [
        ("bertahun-tahun yang lalu", "PAST_REF")]


def test_dulu_between_yang_and_its_verb_is_formerly() -> None:
    assert _values("Orang yang dulu menggantungkan hidup dari warung itu pergi.") == [
        ("dulu", "PAST_REF")]
    assert _values("Kita lihat dulu hasilnya.") == []


def test_part_of_day_after_a_condition_is_any_days() -> None:
    assert _values("Jalan itu sepi kalau malam hari.") == [("malam hari", "XXXX-XX-XXTNI")]


def test_bare_day_after_a_coming_week_is_the_coming_one() -> None:
    text = ("Pemeriksaan dijadwalkan ulang minggu depan, kalau tidak berhalangan antara tanggal "
            "23 atau 24.")
    got = _values(text, datetime(2025, 10, 21, 9, 0))
    assert got[1:] == [("tanggal 23", "2025-10-23"), ("24", "2025-10-24")]
    assert _values("Ia datang tanggal 25.", datetime(2025, 10, 21, 9, 0)) == [
        ("tanggal 25", "2025-09-25")]


def test_part_of_day_after_di_is_any_days() -> None:
    text = "Risiko tindak kriminal di malam hari kian meningkat."
    assert _values(text) == [("malam hari", "XXXX-XX-XXTNI")]
    assert _values("Senin (18/11/2024) pada malam hari polisi datang.")[-1] == (
        "malam hari", "2024-11-18TNI")


def test_parts_listed_after_waktu_are_any_days_and_forecasts_stay_dated() -> None:
    text = ("Potensi hujan berpeluang terjadi di waktu siang, sore, ataupun malam hari.\n"
            "BMKG memprediksi cuaca Rabu (22/10/2025) umumnya berawan pada pagi hari.\n"
            "Kemudian pada malam hari, hujan ringan diprediksi masih melanda Makassar.")
    got = _values(text, datetime(2025, 10, 22, 9, 0))
    assert got[:3] == [("siang", "XXXX-XX-XXTAF"), ("sore", "XXXX-XX-XXTAF"),
                       ("malam hari", "XXXX-XX-XXTNI")]
    assert got[-2:] == [("pagi hari", "2025-10-22TMO"), ("malam hari", "2025-10-22TNI")]


@pytest.mark.parametrize("text, surface, kind, value", [
    # a numeral glossed in words in brackets, as legal texts and lists of requirements write it
    ("Melampirkan bukti pajak selama 5 (lima) tahun terakhir.", "5 (lima) tahun terakhir",
     "DURATION", "P5Y"),
    ("Tidak pernah dipidana penjara 5 (lima) tahun atau lebih.", "5 (lima) tahun",
     "DURATION", "P5Y"),
    # a frequency: each day (week) of it, the whole span
    ("Anak-anak dapat makan bergizi gratis tiga kali sehari.", "tiga kali sehari", "SET", "P1D"),
    ("Rapat digelar 2 kali seminggu.", "2 kali seminggu", "SET", "P1W"),
])


def test_glossed_durations_and_frequencies(text: str, surface: str, kind: str,
                                           value: str) -> None:
    art = analyze(text, published=datetime(2025, 10, 19))
    assert [(t.span.of(art.text), t.type, t.value) for t in art.times] == [(surface, kind, value)]


def test_parts_of_day_named_by_the_sun() -> None:
    # numtime3 (timex seed 19's miss): "menjelang matahari terbenam" is the evening
    assert _values("Warga berkumpul di alun-alun menjelang matahari terbenam.", MON) == [
        ("matahari terbenam", "2024-11-18TEV")]
    assert _values("Nelayan berangkat saat matahari terbit.", MON) == [
        ("matahari terbit", "2024-11-18TMO")]


def test_a_set_says_how_often_in_each_period() -> None:
    # numtime3: TIMEX3 writes "three times a day" as value P1D with freq 3X
    text = "Anak-anak dapat makan bergizi gratis tiga kali sehari."
    _, t = _one(text)
    assert (t.type, t.value, t.freq) == ("SET", "P1D", "3X")
    _, t = _one("Ia berolahraga 2 kali seminggu.")
    assert (t.value, t.freq) == ("P1W", "2X")
    _, t = _one("Pasar itu buka setiap hari.")
    assert (t.value, t.freq) == ("P1D", None)


def test_a_weekday_slip_keeps_a_date_near_publication_in_its_year() -> None:
    # numtime4 (numbers seed 43): "Senin (21/10)" in a report of Wednesday 22/10/2025 is
    # the day before, though 21/10/2025 was a Tuesday; 2024's Monday 21/10 is a year away
    text = "IHSG ditutup menguat pada perdagangan Senin (21/10), naik 1,84%."
    assert _values(text, datetime(2025, 10, 22, 12))[-1] == ("Senin (21/10)", "2025-10-21")


def test_a_clock_time_right_after_a_dated_day_is_of_that_day() -> None:
    # numtime5 (numbers seed 44): "Senin (18/11/2024), pukul 15.35" is the publication day's
    # 15.35, though a mention of that day is no reference for later times
    got = _values("Batas waktunya besok. Berdasarkan data Bloomberg, Senin (18/11/2024), "
                  "pukul 15.35 rupiah melemah.")
    assert ("pukul 15.35", "2024-11-18T15:35") in got


@pytest.mark.parametrize(("text", "span", "value"), [
    # numtime5 (timex seed 21): spoken "berapa" is "beberapa"; "ke depan ini" is from now on
    ("Setelah itu dia pulang berapa minggu akhirnya dia pingsan lagi.", "berapa minggu", "PXW"),
    ("Saya sekali lagi ke depan ini menjadi salah satu anggota komisi etik.", "ke depan",
     "FUTURE_REF"),
])


def test_vague_spoken_durations_and_ke_depan_ini(text: str, span: str, value: str) -> None:
    got, t = _one(text)
    assert (got, t.value) == (span, value)


def test_a_clock_time_after_a_deictic_today_is_of_today() -> None:
    # numtime5 (numbers seed 44): "pagi hari ini ... Sekitar pukul 09.15 WIB" is today's,
    # not the day "besok" named before
    got = _values("Batas waktunya besok. Sebelumnya, pada pembukaan perdagangan pagi hari "
                  "ini, rupiah melemah. Sekitar pukul 09.15 WIB dolar AS menguat.")
    assert got[-1] == ("Sekitar pukul 09.15 WIB", "2024-11-18T09:15")


def test_a_week_word_in_a_quote_counts_from_the_quote_s_day() -> None:
    # numtime6 (timex seed 22): "minggu depan" said on Friday 17/10, published Monday 20/10,
    # is the week after the speaker's, not after publication's
    got = _values('"Kalau itu minggu depan saya cek. Ini birokrasi seperti itu," kata '
                  'Purbaya kepada awak media, Jumat (17/10/2025).', datetime(2025, 10, 20, 17))
    assert ("minggu depan", "2025-W43") in got


def test_a_deictic_in_a_quote_dated_months_ago_counts_from_its_attribution() -> None:
    # numtime6 (timex seed 22): the attribution's own date dates the quote, however old
    got = _values('"Jadi mulai terhitung hari ini, pemerintah telah mencabut empat IUP," ujar '
                  'Menteri ESDM saat jumpa pers di Jakarta, Selasa (10/6).',
                  datetime(2025, 10, 21, 18))
    assert got[0] == ("hari ini", "2025-06-10")


@pytest.mark.parametrize(("text", "span", "value"), [
    # numtime6 (timex seed 22): bare "belakangan" (lately), "dulu" after "padahal",
    # "detik ini" (this very moment), a duration of alternative counts as one span
    ("Nunung mengakui belakangan penyakit asmanya kerap kambuh.", "belakangan", "PAST_REF"),
    ("Dia pakai inhaler, padahal dulu gak pakai.", "dulu", "PAST_REF"),
    ("Sampai detik ini kami belum pernah lihat.", "detik ini", "PRESENT_REF"),
    ("Masa jabatan menteri hanya empat atau lima tahun.", "empat atau lima tahun", "P5Y"),
])


def test_lately_formerly_now_and_alternative_counts(text: str, span: str, value: str) -> None:
    got, t = _one(text)
    assert (got, t.value) == (span, value)


def test_not_lately_after_paling_nor_a_dated_alternative() -> None:
    assert _values("Dia yang paling belakangan datang.") == []
    assert _values("Satu atau dua hari lalu dia datang.")[0][0] == "dua hari lalu"


@pytest.mark.parametrize("text", [
    # tx26 (timex seed 35): "belakangan" after a contrast join or before a word of coming
    # to light is "later on" in a narrative, a sequence, not "lately"
    "Namun, belakangan kabar itu dibantah oleh polisi.",
    "Tapi belakangan Budi membantah ucapannya.",
    "Kabar itu belakangan diketahui tidak benar.",
])
def test_belakangan_later_on_is_no_time(text: str) -> None:
    assert _values(text) == []


def test_the_month_that_closes_a_range_of_months() -> None:
    # numtime6 (numbers seed 45): "periode Juni-Juli" names July too
    got = _values("Diskon untuk 2,8 juta penumpang periode Juni-Juli.", datetime(2025, 6, 2))
    assert got == [("Juni", "2025-06"), ("Juli", "2025-07")]


def test_a_clock_range_after_a_modifier_and_a_second_range_joined_to_it() -> None:
    # numtime7 (timex seed 23): "sekitar pukul 11.00-16.00" gives both ends; a range with
    # no "pukul" after "atau" gives two more
    got = _values("Hujan lebat turun sekitar pukul 13.00-15.30 WIB di kota itu.",
                  datetime(2025, 11, 3, 18))
    assert got == [("sekitar pukul 13.00", "2025-11-03T13:00"),
                   ("15.30 WIB", "2025-11-03T15:30")]
    got = _values("Pasar itu buka setiap hari pukul 06.00-10.00 dan 15.00-18.00 WIB.",
                  datetime(2025, 11, 3, 18))
    assert [v for _, v in got] == ["P1D", "XXXX-XX-XXT06:00", "XXXX-XX-XXT10:00",
                                   "XXXX-XX-XXT15:00", "XXXX-XX-XXT18:00"]


def test_advice_tells_any_days_hours() -> None:
    # numtime7 (timex seed 23): advice ("disarankan", "hindari") is general: no date
    got = _values("Warga disarankan menyiram tanaman pukul 06.00-08.00 WIB.",
                  datetime(2025, 11, 3, 18))
    assert [v for _, v in got] == ["XXXX-XX-XXT06:00", "XXXX-XX-XXT08:00"]
    got = _values("Hindari berjemur sekitar pukul 12.00 agar kulit tidak terbakar.",
                  datetime(2025, 11, 3, 18))
    assert got == [("sekitar pukul 12.00", "XXXX-XX-XXT12:00")]


def test_a_mistyped_month_with_its_weekday_is_the_day_near_publication() -> None:
    # numtime7 (timex seed 23): "Kamis (6/16/2025)" published Thursday 6/11/2025
    got = _values("Hal itu disampaikan Kapolres, Kamis (6/16/2025).", datetime(2025, 11, 6, 9))
    assert got == [("Kamis (6/16/2025)", "2025-11-06")]
    # the weekday disagreeing with every near day: no date
    assert _values("Hal itu disampaikan Kapolres, Jumat (6/16/2025).",
                   datetime(2025, 11, 6, 9)) == []


def test_the_year_of_a_birthday_is_no_year() -> None:
    # numtime7 (timex seed 23): "ulang tahun itu" is that birthday
    assert _values("Ulang tahun itu dirayakan dengan sederhana.") == []
    assert _values("Pada ulang tahun ini ia menerima hadiah.") == []
    assert _values("Tahun itu ia pindah ke Bandung.")[0][0] == "Tahun itu"


def test_a_part_of_the_day_joined_to_one_of_today() -> None:
    # numtime7 (timex seed 22): "siang atau sore ini": the midday of today too
    got = _values("Hasilnya kami umumkan pagi atau siang ini.", datetime(2025, 8, 22, 9))
    assert got == [("pagi", "2025-08-22TMO"), ("siang ini", "2025-08-22TAF")]
    assert _values("Ia bekerja siang dan malam.", datetime(2025, 8, 22, 9)) == []


def test_yesterday_before_a_lasting_state_is_previously() -> None:
    # numtime9 (timex seed 24): "yang kemarin tidak aktif" is the colloquial "previously"
    assert _values("Dinas mendata ulang kartu warga yang kemarin belum terdaftar.", MON) \
        == [("kemarin", "PAST_REF")]
    assert _values("Toko yang kemarin sempat tutup sudah buka lagi.", MON) \
        == [("kemarin", "PAST_REF")]
    # an event on that day is still the day before
    assert _values("Rapat yang kemarin digelar membahas banjir.", MON) \
        == [("kemarin", "2024-11-17")]


def test_holiday_of_any_year_in_a_habit_or_a_list_of_examples() -> None:
    # numtime11 (timex seed 25): a holiday after "setiap", in a habit's sentence or in a
    # sentence opening with an example word is any year's; Ramadan is named there only
    assert _values("Setiap Lebaran, terminal itu penuh pemudik.", MON) \
        == [("Lebaran", "XXXX-XX-XX")]
    assert _values("Contohnya, Natal dirayakan dengan pohon cemara, Hari Kartini dengan "
                   "kebaya.", MON) == [("Natal", "XXXX-12-25"), ("Hari Kartini", "XXXX-04-21")]
    assert _values("Pasar biasanya ramai menjelang Ramadan.", MON) == [("Ramadan", "XXXX-XX-XX")]
    # a holiday told once keeps its year; Ramadan with no day to give keeps the year said
    assert _values("Menjelang Natal, harga telur naik.", MON) == [("Natal", "2024-12-25")]
    assert _values("Pada Ramadan pasar ramai.", MON) == []
    # a rule's word is no habit: one year's ban
    assert _values("Larangan mudik saat Lebaran diberlakukan.", datetime(2025, 9, 8)) \
        == [("Lebaran", "2025-03-31")]
    assert _values("Selama Ramadhan 2026 pasar buka.", MON) == [("2026", "2026")]


def test_vague_duration_with_its_extent_and_ke_depan_before_a_topic() -> None:
    # numtime11 (timex seed 25): "beberapa waktu terakhir" keeps its extent; "ke depan"
    # before "terkait"/"soal" is from now on, not after a verb of looking
    assert _values("Harga beras beberapa waktu terakhir terus naik.", MON) \
        == [("beberapa waktu terakhir", "PXX")]
    assert _values("Kami paham ke depan soal perizinan harus lebih cepat.", MON) \
        == [("ke depan", "FUTURE_REF")]
    assert _values("Ia menatap ke depan soal kariernya.", MON) == []


def test_yearless_months_told_in_order_keep_that_order() -> None:
    # numtime11 (numbers seed 48): the nearest-month guess put "Maret" of an October
    # article in the next year while "Juli" later in the same sentence is this year's: told
    # in order, the first takes the next one's year; across sentences nothing changes
    oct20 = datetime(2025, 10, 20, 9)
    assert _values("Pada Maret, pabrik itu memangkas produksi, lalu menambahnya lagi pada "
                   "Juli.", oct20) == [("Maret", "2025-03"), ("Juli", "2025-07")]
    assert _values("Pada Maret harga naik. Pada Juli harga turun.", oct20) \
        == [("Maret", "2026-03"), ("Juli", "2025-07")]


def test_year_before_christ_and_now_after_terlebih() -> None:
    # numtime12 (timex seed 26): "SM" (sebelum Masehi) after a year is a year before Christ,
    # as TimeML writes it; "Terlebih" (especially) opening a clause does not fence "saat
    # ini" as "terlebih dahulu" (first) would; schools' counts are no years
    assert _values("Candi itu dibangun sekitar 800 SM oleh para raja.", MON) \
        == [("800 SM", "BC0800")]
    assert _values("Kota itu berdiri pada tahun 44 sebelum Masehi.", MON) \
        == [("tahun 44 sebelum Masehi", "BC0044")]
    assert _values("Ada 120 SMA dan 80 SMP di kabupaten itu.", MON) == []
    assert _values("Terlebih saat ini harga pangan terus naik.", MON) \
        == [("saat ini", "PRESENT_REF")]
    assert _values("Kami mengecek terlebih dahulu datanya.", MON) == []


def test_weekday_glued_to_the_word_before_a_bracketed_date() -> None:
    # numtime13 (timex seed 26): a source that glues the weekday to the word before it
    # ("dikutipdetikNewsSenin (18/11/2024)") still writes the weekday of the date: it
    # belongs to the expression when it agrees with the date; not one that disagrees
    assert _values("Hal itu dia sampaikan, dikutipdetikNewsSenin (18/11/2024).", MON) \
        == [("Senin (18/11/2024)", "2024-11-18")]
    assert _values("Hal itu dia sampaikan, dikutipdetikNewsSelasa (18/11/2024).", MON) \
        == [("(18/11/2024)", "2024-11-18")]


def test_bare_weekday_listed_after_a_weekday_habit_is_a_habit_too() -> None:
    # numtime13: "setiap Senin dan Kamis" is every Monday and every Thursday, not the last
    # Thursday; a weekday with its own date after it is that day
    assert _values("Pasar murah digelar setiap Selasa dan Jumat di balai desa.", MON) \
        == [("setiap Selasa", "XXXX-WXX-2"), ("Jumat", "XXXX-WXX-5")]
    assert _values("Kelas dibuka tiap Senin, Rabu atau Sabtu.", MON) \
        == [("tiap Senin", "XXXX-WXX-1"), ("Rabu", "XXXX-WXX-3"), ("Sabtu", "XXXX-WXX-6")]
    assert _values("Ia datang setiap Senin, dan Jumat (15/11) ia pulang.", MON) \
        == [("setiap Senin", "XXXX-WXX-1"), ("Jumat (15/11)", "2024-11-15")]


def test_deadline_weekday_is_the_coming_one() -> None:
    # numtime14 (timex seed 27): "paling lambat" (at the latest) sets a deadline, so a bare
    # weekday after it is the coming one, the modifier kept in the extent; a plain weekday
    # stays the last one
    assert _values("Berkas wajib diserahkan ke panitia paling lambat hari Rabu.", MON) \
        == [("paling lambat hari Rabu", "2024-11-20")]
    assert _values("Berkas diserahkan ke panitia hari Rabu.", MON) \
        == [("hari Rabu", "2024-11-13")]


def test_season_of_a_habit_is_any_years() -> None:
    # numtime14 (timex seed 27): a season in a sentence telling a habit is every year's
    # (XXXX-WI), not this year's; one with a direction word after it keeps the year
    assert _values("Jalan desa itu sering tergenang selama musim hujan.", MON) \
        == [("musim hujan", "XXXX-WI")]
    assert _values("Jalan desa itu tergenang selama musim hujan.", MON) \
        == [("musim hujan", "2024-WI")]


def test_ke_depan_after_nanti_is_from_now_on() -> None:
    # numtime14 (timex seed 27): "nanti" (later on) looks ahead like "akan": 'ke depan'
    # closing its clause or right after it is FUTURE_REF; a motion's 'ke depan' is not
    assert _values("Nanti kami awasi ke depan, apakah warga masih melanggar.", MON) \
        == [("ke depan", "FUTURE_REF")]
    assert _values("Tapi nanti ke depan kami akan pasang kamera baru.", MON) \
        == [("ke depan", "FUTURE_REF")]
    assert _values("Nanti kamu maju ke depan, ya.", MON) == []


def test_another_countrys_independence_day_is_its_own() -> None:
    # numtime15 (timex seed 27): a bare "Hari Kemerdekaan" told in a story of another
    # country is that country's day, not Indonesia's 17 August; "Sejak ..." opening the
    # sentence makes it each year's since then; "Hari Kemerdekaan RI" stays Indonesia's
    assert _values("Warga Filipina merayakan Hari Kemerdekaan dengan pawai besar.", MON) \
        [0][1].endswith("-06-12")
    text = ("Negara Ghana merdeka dari Inggris pada 1957. Sejak itu, presiden berpidato di "
            "alun-alun kota pada Hari Kemerdekaan.")
    assert ("Hari Kemerdekaan", "XXXX-03-06") in _values(text, MON)
    assert _values("Diplomat di Singapura menggelar upacara Hari Kemerdekaan RI.", MON) \
        [0][1].endswith("-08-17")
    assert _values("Upacara Hari Kemerdekaan digelar di alun-alun kota.", MON)[0][1] \
        .endswith("-08-17")


def test_trailing_ini_and_sebentar_lagi() -> None:
    # numtime16 (timex seed 28): a vague count's "ini" is the span's ("beberapa minggu ini",
    # these last few weeks), not a number's ("tiga hari" alone); a holiday's year keeps its
    # "ini" as "tahun 2025 ini" does; "sebentar lagi" (soon) is FUTURE_REF
    assert _values("Beberapa minggu ini stok beras di pasar menipis.", MON) \
        == [("Beberapa minggu ini", "PXW")]
    assert _values("Harga gula naik dalam beberapa bulan ini.", MON) \
        == [("beberapa bulan ini", "PXM")]
    # (a number's "ini" opening a clause is the span's too since tx33: seed 33's ruling on
    # "Satu tahun ini, ..."; a noun's determiner is not: "Perjalanan tiga hari ini")
    assert _values("Tiga hari ini dia tidak masuk kerja.", MON)[0][0] == "Tiga hari ini"
    assert _values("Perayaan Natal 2024 ini digelar sederhana.", MON)[0][0] == "Natal 2024 ini"
    assert _values("Panitia bilang pawainya mulai sebentar lagi.", MON) \
        == [("sebentar lagi", "FUTURE_REF")]


def test_a_relative_day_set_against_an_era_is_vague() -> None:
    # numtime17 (timex seed 28): "kemarin" before "ke depannya"/"sekarang" of its sentence
    # is recently (PAST_REF), "hari ini" in a sentence naming the future or past as an era
    # nowadays (PRESENT_REF); not a day glossed by its weekday, nor one opening the
    # sentence, nor one a preposition governs
    assert _values("Kemarin ramainya kritik kepada panitia, nanti ke depannya bisa lain lagi.",
                   MON)[0] == ("Kemarin", "PAST_REF")
    assert _values("Kemarin dia bertugas di Aceh, sekarang di Bandung.", MON)[0] \
        == ("Kemarin", "PAST_REF")
    assert _values("Kemarin (Minggu) dia bertugas di Aceh, sekarang di Bandung.", MON)[0][1] \
        != "PAST_REF"
    assert _values("Kemarin dia bertugas di Aceh.", MON)[0][1] != "PAST_REF"
    assert ("hari ini", "PRESENT_REF") in _values(
        "Masa depan desa ini bergantung pada para pemuda hari ini.", MON)
    assert _values("Hari ini panitia membuka pendaftaran untuk masa depan anak.", MON)[0][1] \
        != "PRESENT_REF"
    assert _values("Sampai hari ini belum jelas masa depan pabrik itu.", MON)[0][1] \
        != "PRESENT_REF"


def test_a_plain_word_list_as_a_trie_matches_as_its_alternation_did() -> None:
    # (speed18) the same match and the same groups, the longer word first where a shorter
    # one would also do and backtracking takes it when what follows needs it
    words = ["hari", "hari ini", "harian", "jam", "jam kerja", "se-", "no.", "bulan", "bulanan"]
    flat = "(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                            for w in sorted(set(words), key=lambda s: (-len(s), s))) + ")"
    assert _alt(words) != flat  # the trie, not the alternation
    texts = ["Hari ini  kerja", "harian jam kerja", "JAM\nKERJA bulanan", "se-Jawa no. 5",
             "bulan ini", "hari\tini ini", "harianan", "jam kerjaan"]
    for after in ("", r"(?!\w)", r"\s+ini", r"an", r"\s*\d"):
        old = re.compile(f"(?P<w>{flat}){after}", re.IGNORECASE)
        new = re.compile(f"(?P<w>{_alt(words)}){after}", re.IGNORECASE)
        for text in texts:
            for at in range(len(text)):
                a, b = old.match(text, at), new.match(text, at)
                assert (a and (a.span(), a.span("w"))) == (b and (b.span(), b.span("w"))), \
                    (after, text, at)


def test_a_list_with_a_capital_or_a_case_sensitive_word_stays_an_alternation() -> None:
    assert _alt(["Natal", "natal"]) == "(?:Natal|natal)"
    assert _alt(["imlek", "idul"], frozenset({"imlek"})) == "(?:(?-i:imlek)|idul)"
    assert _alt([]) == "(?:)"
# ---------------------------------------------------------------- numtime18

def test_clock_glossed_by_the_day_after_it() -> None:
    # a clock followed by ", <date>" is of that date, not of the day the text had reached
    text = "Tim relawan bertolak dari Medan pukul 06.30, 3 November 2024, menuju Aceh."
    assert _values(text)[:2] == [("pukul 06.30", "2024-11-03T06:30"),
                                 ("3 November 2024", "2024-11-03")]


def test_morning_after_a_late_time_is_the_next_day() -> None:
    # "pagi harinya" after an evening of the story's day is the next morning, and the
    # story goes on from that day ("siang itu")
    text = ("Para pendaki tiba di pos terakhir 9 November 2024 pukul delapan malam. Usai "
            "beristirahat, pagi harinya mereka mendaki ke puncak. Cuaca siang itu cerah.")
    assert _values(text) == [("9 November 2024 pukul delapan malam", "2024-11-09T20:00"),
                             ("pagi harinya", "2024-11-10TMO"),
                             ("siang itu", "2024-11-10TAF")]


def test_part_of_day_moving_towards_another() -> None:
    text = ("Kapal merapat 9 November 2024. Langit pun berubah dari jingga, saat siang "
            "menuju petang.")
    assert _values(text)[1:] == [("siang", "2024-11-09TAF"), ("petang", "2024-11-09TEV")]


@pytest.mark.parametrize(("text", "span"), [
    ("Gedung yang dulu megah itu sudah kosong.", "dulu"),
    ("Ia bercerita tentang masa remajanya dulu di pesantren.", "dulu"),
    ("Benteng itu menyimpan cerita masa silam kota pelabuhan.", "masa silam"),
    ("Naskah itu berasal dari masa lampau.", "masa lampau"),
])


def test_vague_pasts(text: str, span: str) -> None:
    got, t = _one(text)
    assert (got, t.value) == (span, "PAST_REF")


def test_particle_dulu_is_no_time() -> None:
    assert _values("Kita tunggu dulu hasilnya, pilih yang dulu-dulu saja.") == []


def test_ke_depan_before_a_copula_is_from_now_on() -> None:
    assert _values("Prioritas koperasi ke depan adalah memperluas gudang.") == [
        ("ke depan", "FUTURE_REF")]
    assert _values("Yang berdiri ke depan adalah para juara.") == []


def test_ke_depan_before_a_comparative_is_from_now_on() -> None:
    # tx29b: "<noun phrase> ke depan lebih baik": better from now on, mid-clause
    assert _values("Dana itu menjamin layanan desa ke depan lebih baik.") == [
        ("ke depan", "FUTURE_REF")]
    assert _values("Pelari itu maju ke depan lebih cepat.") == []


def test_postposed_lebih_is_in_the_duration() -> None:
    assert _values("Ia mengabdi selama dua dasawarsa lebih di desa itu.")[0][0] in (
        "dua dasawarsa lebih",)
    assert _values("Bendungan rampung tiga bulan lebih cepat.") == [("tiga bulan", "P3M")]


def test_part_of_day_as_the_subject_of_its_passing() -> None:
    text = "Perahu tiba di dermaga 9 November 2024. Malam kian larut, nelayan mulai melaut."
    assert _values(text) == [("9 November 2024", "2024-11-09"), ("Malam", "2024-11-09TNI")]
    assert _values("Pagi Hari ini rapat. Senja Utami datang ke rapat.")[-1:] != [
        ("Senja", "2024-11-18TEV")]


def test_years_owned_with_nya_are_a_duration() -> None:
    # "perjalanan 35 tahunnya": the span of years, the clitic outside the extent
    assert _values("Koperasi itu merayakan perjalanan 40 tahunnya di Kudus.") == [
        ("40 tahun", "P40Y")]


def test_parts_of_day_listed_before_one_found() -> None:
    # numtime19: "pagi, siang, hingga malam": each listed part is a time of the same day
    got = _values("BMKG memprakirakan besok hujan ringan mulai dari pagi, siang, hingga "
                  "malam hari di Bogor.")
    assert [v for s, v in got if s != "besok"] == [
        "2024-11-19TMO", "2024-11-19TAF", "2024-11-19TNI"]
    assert _values("Petani itu bekerja pagi, siang dan malam.") == []


def test_numbered_cycle_of_years_is_a_duration() -> None:
    # numtime19: "lima tahunan" (a cycle with its number) is the duration; bare "tahunan"
    # is an adjective, no time
    assert _values("Koperasi itu menyusun rencana kerja tiga tahunan.") == [
        ("tiga tahunan", "P3Y")]
    assert _values("Koperasi itu menyusun laporan tahunan.") == []


def test_day_governors_and_habit_adverbs_are_timex_data() -> None:  # data20
    from warta.stages.timex import _DAY_GOVERNORS, _HABIT_ADVERBS

    assert "sejak" in _DAY_GOVERNORS and "biasanya" in _HABIT_ADVERBS
    assert all(w == w.lower() for w in (*_DAY_GOVERNORS, *_HABIT_ADVERBS))


def test_a_quote_dated_only_by_its_quoting_day_is_of_the_event_day_told_before() -> None:
    # tquote21: "dikutip, <publication day>" dates the writer's quoting, not the statement;
    # the statement is of the day the text told its event on just before.
    text = ("Para kepala daerah berkumpul dalam musyawarah anggaran di Surabaya pada Senin "
            "(9/6).\n\"Sore ini kami sepakati pagu baru,\" ujar Ketua Panitia Budi dalam "
            "keterangannya, dikutip, Kamis (12/6/2025).")
    got = _values(text, datetime(2025, 6, 12, 9, 0))
    assert ("Sore ini", "2025-06-09TAF") in got
    # no event day told before: the quoting day stays
    text = ("\"Sore ini kami sepakati pagu baru,\" ujar Ketua Panitia Budi dalam "
            "keterangannya, dikutip, Kamis (12/6/2025).")
    assert _values(text, datetime(2025, 6, 12, 9, 0))[0] == ("Sore ini", "2025-06-12TAF")


def test_part_of_day_joined_to_a_clock_time_is_of_its_day() -> None:
    # numtime24: "pukul 08.00 atau siang": the afternoon of the clock time's day, and any
    # day's in advice ("Idealnya ...")
    assert _values("Ia datang pukul 08.00 atau siang.", MAY25) == [
        ("pukul 08.00", "2025-05-27T08:00"), ("siang", "2025-05-27TAF")]
    assert _values("Idealnya, minum kopi sekitar pukul 10.00 atau siang.", MAY25) == [
        ("sekitar pukul 10.00", "XXXX-XX-XXT10:00"), ("siang", "XXXX-XX-XXTAF")]


def test_an_undated_texts_readings_share_its_matches() -> None:
    # speed27: `_text_dated` finds the regex's matches once and hands them to each reading;
    # a reading given them reads what it reads when it finds them itself.
    from warta.stages.timex import _find_times

    text = ("Tahun ini harga naik, kata Budi, Senin (6/3/2017). Kuartal lalu harga turun, "
            "kemarin stabil.")
    hits = list(_matches(text))
    for anchor in (None, date(2017, 3, 6), date(2017, 12, 31)):
        assert _find_times(text, anchor, hits) == _find_times(text, anchor)


# tx27: "hari ini" after an abstract or plural noun, or joined to "ke depan", is nowadays;
# a prefixed verb after it or a verb of saying before it keeps the day.
@pytest.mark.parametrize(("text", "value"), [
    ("Sekolah harus sesuai dengan dunia hari ini.", "PRESENT_REF"),
    ("Rakyat jangan jadi korban kekuasaan hari ini.", "PRESENT_REF"),
    ("Anak-anak hari ini sudah hidup di dunia digital.", "PRESENT_REF"),
    ("Kami akan tetap bersama warga, hari ini dan ke depan.", "PRESENT_REF"),
    ("Anak-anak hari ini mengikuti lomba di sekolah.", "2024-11-18"),
    ("Budi mengatakan hari ini ada rapat.", "2024-11-18"),
])
def test_hari_ini_nowadays_by_its_phrase(text: str, value: str) -> None:
    assert ("hari ini", value) in _values(text)


# tx27: "kemarin lagi" closing a clause is the other day's event again, no day; "lagi"
# before a predicate ("kemarin lagi sakit") keeps yesterday.
@pytest.mark.parametrize(("text", "value"), [
    ("Jangan sampai terjadi kerusuhan kemarin lagi, kata dia.", "PAST_REF"),
    ("Dia kemarin lagi sakit, jadi tidak datang.", "2024-11-17"),
])
def test_kemarin_lagi_closing_a_clause_is_a_past(text: str, value: str) -> None:
    assert ("kemarin", value) in _values(text)


# tx28: an undated quote told after the day an event was held ("yang berlangsung pada 16
# November 2024") was said there: its "hari ini" is that day, not publication's; not when
# the day told last is no held event's, nor when the event lies over a week back.
def test_hari_ini_in_an_undated_quote_after_a_held_event_is_its_day() -> None:
    text = ("Lomba lari amal yang berlangsung pada 16 November 2024 diikuti ratusan warga.\n"
            "Ketua panitia, Budi, mengapresiasi acara ini.\n"
            "\"Hari ini kami berhasil mengumpulkan dana besar,\" ujarnya.\n"
            "Peserta lain, Ani, ikut hadir dalam acara tersebut.\n"
            "\"Saya senang hari ini dapat ikut berlari,\" ujarnya.")
    got = _values(text)
    assert ("Hari ini", "2024-11-16") in got and ("hari ini", "2024-11-16") in got
    # the last day told names no held event: publication's day
    text = ("Harga beras naik pada 16 November 2024.\n"
            "\"Hari ini kami cek pasar,\" ujarnya.")
    assert ("Hari ini", "2024-11-18") in _values(text)
    # the event a month back: publication's day
    text = ("Lomba lari amal berlangsung pada 16 Oktober 2024.\n"
            "\"Hari ini kami cek pasar,\" ujarnya.")
    assert ("Hari ini", "2024-11-18") in _values(text)


# tx28: "dulu" right after a conditional setting then against now is "formerly".
def test_dulu_after_kalau_or_jika_is_formerly() -> None:
    assert ("dulu", "PAST_REF") in _values(
        "\"Kalau dulu gerakan digagas tokoh bangsa, kini oleh influencer,\" ujarnya.")
    assert ("dulu", "PAST_REF") in _values("Jika dulu harga murah, kini mahal.")
    assert _values("Kita makan dulu kalau lapar.") == []


# tx28: "kemarin" after a word the text told earlier in a sentence dated to an older day is
# that event, "the other day" (PAST_REF); told dated to the day before, it stays yesterday.
def test_kemarin_after_an_event_told_on_an_older_day_is_a_past() -> None:
    text = ("Budi menjadi korban salah tangkap di bandara, Rabu (13/11) malam.\n"
            "\"Kami minta pelaku salah tangkap kemarin dihukum,\" ujar Budi, Minggu (17/11).")
    assert ("kemarin", "PAST_REF") in _values(text)
    text = ("Budi menjadi korban salah tangkap di bandara, Sabtu (16/11) malam.\n"
            "\"Kami minta pelaku salah tangkap kemarin dihukum,\" ujar Budi, Minggu (17/11).")
    assert ("kemarin", "2024-11-16") in _values(text)
    # a predicate after an aspect word names no event
    text = ("Budi sudah sembuh pada Rabu (13/11).\n"
            "\"Siswa yang sudah sembuh kemarin datang lagi,\" ujar Budi, Minggu (17/11).")
    assert ("kemarin", "2024-11-16") in _values(text)
    # a pronoun before it names no event
    text = ("Saya ke Bandung pada Rabu (13/11).\n"
            "\"Saya kemarin ke pasar,\" ujar Budi, Minggu (17/11).")
    assert ("kemarin", "2024-11-16") in _values(text)


# tx28: a count after a topic with "-nya" opens its clause: its "ini" is the span's.
def test_a_count_after_a_nya_topic_keeps_its_ini() -> None:
    assert ("satu tahun ini", "P1Y") in _values("Harapannya satu tahun ini menjadi bekal.")
    # a noun's determiner stays out ("perjalanan dua hari ini": this two-day trip)
    assert ("dua hari", "P2D") in _values("Ia menikmati perjalanan dua hari ini.")


# tx29: a quote's weekdays count from the day its attribution dates it, however many years
# back when the date gives its year ("kata Budi ..., Senin (17/1/2022)" in a 2024 article):
# the Friday before that Monday, not before publication.
def test_weekdays_of_a_quote_dated_years_back_count_from_its_day() -> None:
    text = ("\"Presiden memutuskan pada hari Jumat. Jadi sekarang hari Senin, pada hari Jumat "
            "lalu beliau setuju,\" kata Budi dalam rapat dikutip detikNews, Senin (17/1/2022).")
    got = _values(text)
    assert ("hari Jumat", "2022-01-14") in got and ("hari Jumat lalu", "2022-01-14") in got
    assert ("hari Senin", "2022-01-17") in got
    # undated, the weekday counts from publication (Monday 18 November 2024)
    assert ("hari Jumat", "2024-11-15") in _values(
        "\"Presiden memutuskan pada hari Jumat,\" kata Budi dalam rapat.")


# tx29: 'ke depan' written as one word ("kedepan", "kedepannya") is read as 'ke depan';
# a purpose ("dalam rangka") or "harapannya" before it is the aim that makes it the future.
@pytest.mark.parametrize("text, span", [
    ("Semoga kedepan bisa berdiskusi dengan warga.", "kedepan"),
    ("Bakat itu akan digunakan kedepannya.", "kedepannya"),
    ("Dalam rangka memperbaiki aturan pemilu kedepan, data ini dipakai.", "kedepan"),
    ("Dalam rangka memperbaiki aturan pemilu ke depan, data ini dipakai.", "ke depan"),
    ("Dengan demikian, harapannya kedepan partisipasi warga meningkat.", "kedepan"),
])
def test_kedepan_written_as_one_word_is_the_future(text: str, span: str) -> None:
    assert _values(text) == [(span, "FUTURE_REF")]


@pytest.mark.parametrize("text", [
    "Dalam rangka itu, ia maju kedepan.",
    "Aparat harus kedepankan dialog.",
])
def test_kedepan_of_motion_or_a_verb_is_no_time(text: str) -> None:
    assert _values(text) == []


# tx29: a modifier before a month is kept in its span, as before a year.
def test_a_modifier_before_a_month_is_in_the_span() -> None:
    assert _values("Katanya sekitar bulan Desember akan diadili.") == [
        ("sekitar bulan Desember", "2024-12")]


# tx29: "tahun (anggaran) berjalan" is the running year, as "tahun ini"; a count before it
# makes a duration ("Tujuh tahun berjalan").
def test_the_running_year_is_this_year() -> None:
    assert _values("Dana untuk tahun anggaran berjalan belum cair.") == [
        ("tahun anggaran berjalan", "2024")]
    assert _values("Belanja APBN tahun berjalan naik.") == [("tahun berjalan", "2024")]
    assert _values("Tujuh tahun berjalan, gerakan itu tumbuh.") == [("Tujuh tahun", "P7Y")]
    # the financial statement's line "laba (bersih) tahun berjalan" is a name
    assert _values("Laba bersih tahun berjalan senilai Rp 5 triliun.") == []


# tx29: "nanti siang" after a habit's part of the day in its sentence goes on the habit
# ("then, in the afternoon"): any day's; alone it is today's afternoon.
def test_nanti_after_a_habit_in_its_sentence_is_any_day() -> None:
    got = _values("Hujan umumnya turun pada pagi hari, kemudian nanti siang cerah.")
    assert ("nanti siang", "XXXX-XX-XXTAF") in got
    assert _values("Kami rapat nanti siang.") == [("nanti siang", "2024-11-18TAF")]


# tx29: a part of the day with "hari" is a time wherever it stands: any day's unless the
# sentence before or its own told that part of a day; closing its sentence after a word
# that is no prefixed verb it describes the noun before, no time.
def test_a_part_of_the_day_with_hari_stands_alone() -> None:
    assert _values("Sinar matahari membuat suhu siang hari meningkat.") == [
        ("siang hari", "XXXX-XX-XXTAF")]
    assert _values("Pakai tabir surya saat beraktivitas siang hari.") == [
        ("siang hari", "XXXX-XX-XXTAF")]
    text = "Tim dikerahkan pada Jumat (15/11) malam. Evakuasi dilakukan malam hari agar aman."
    assert ("malam hari", "2024-11-15TNI") in _values(text)
    assert _values("Anak dilindungi dari pengaruh buruk lingkungan malam hari.") == []
    assert ("malam hari raya", "XXXX-XX-XXTNI") not in _values("Takbir di malam hari raya.")
    # joined to a part found before, it stays that one's day
    assert ("sore hari", "2024-11-15TAF") in _values(
        "Hujan turun pada Jumat (15/11) siang atau sore hari.")


# tx30: "dinihari" written as one word is the small hours, as "dini hari", also after a date.
def test_dinihari_one_word_is_a_part_of_the_day() -> None:
    assert _values("Banjir melanda sejak Sabtu 16 November dinihari.") == [
        ("Sabtu 16 November dinihari", "2024-11-16TNI")]


# tx30: a part of the day right before its date ("senja tanggal 12 November") is of that
# date, not of the day the quote is dated.
def test_a_part_of_the_day_before_its_date_takes_that_day() -> None:
    got = _values('"Saat senja tanggal 12 November, saya melihat burung aneh," kata Budi, '
                  "Senin (18/11/2024).")
    assert ("senja", "2024-11-12TEV") in got


# tx30: a dated weekday after "dari"/"sejak" opens a span of the story; it dates no
# statement, so "siang ini" closing the span is the publication day's.
def test_a_span_start_dates_no_statement() -> None:
    assert _values("Hujan turun dari Minggu (17/11) sore hingga siang ini.") == [
        ("Minggu (17/11) sore", "2024-11-17TAF"), ("siang ini", "2024-11-18TAF")]


# tx30: 'ke depan' after its subject before an active (meN-) verb is from now on; after a
# verb of motion it stays a direction.
def test_ke_depan_before_an_active_verb_is_from_now_on() -> None:
    assert _values("Budi menjelaskan pemerintah ke depan menetapkan anggaran baru.") == [
        ("ke depan", "FUTURE_REF")]
    assert _values("Para juara maju ke depan menerima hadiah.") == []


# tx30: a season right after a word of naming is the kind of season, any year's; entered
# or awaited it stays this year's.
def test_a_season_named_as_a_kind_is_any_year() -> None:
    assert _values("Jika hujan turun deras, wilayah itu disebut musim hujan.") == [
        ("musim hujan", "XXXX-WI")]
    assert _values("Wilayah itu sudah memasuki musim hujan.") == [("musim hujan", "2024-WI")]


# tx31: a clock range whose start carries its own zone still gives its end.
def test_a_clock_range_with_the_zone_on_both_ends() -> None:
    assert _values("Apel berlangsung sejak pukul 07.15 WIB hingga 07.45 WIB.") == [
        ("pukul 07.15 WIB", "2024-11-18T07:15"), ("07.45 WIB", "2024-11-18T07:45")]


# tx31: "minggu" in lower case right after "hari" is Sunday; alone it stays a week.
def test_lower_case_minggu_after_hari_is_sunday() -> None:
    assert _values("Kami biasa libur hari minggu bersama keluarga.") == [
        ("hari minggu", "2024-11-17")]
    assert _values("Harga naik minggu ini.") == [("minggu ini", "2024-W47")]


# tx31: "dulu" right after a when-word is formerly; the particle "first" stays out.
def test_dulu_after_a_when_word_is_the_past() -> None:
    assert _values("Ia bercerita saat dulu ia bersekolah di desa.") == [("dulu", "PAST_REF")]
    assert _values("Kita makan dulu saja.") == []


# tx31: "belakangan" between "yang" and its verb, or closing its clause after a happening
# verb, is lately; "the latter" before a copula and "came later" are no time.
def test_belakangan_lately_after_yang_or_a_happening_verb() -> None:
    assert _values("Pejabat yang belakangan dikritik warga meminta maaf.") == [
        ("belakangan", "PAST_REF")]
    assert _values("Dengan kasus yang marak belakangan, polisi berjaga.") == [
        ("belakangan", "PAST_REF")]
    assert _values("Ada A dan B, yang belakangan merupakan kader partai.") == []
    assert _values("Budi datang belakangan.") == []


# tx31: "masa yang akan datang" is the future, as "masa mendatang".
def test_masa_yang_akan_datang_is_the_future() -> None:
    assert _values("Kami menanti kemajuan di masa yang akan datang.") == [
        ("masa yang akan datang", "FUTURE_REF")]


# tx31: a part of the day right after "bangun"/"rutinitas" is a routine's, any day's; with
# "ini" it stays that day's.
def test_a_part_of_the_day_after_bangun_is_a_habit() -> None:
    assert _values("Bangun pagi memang tidak mudah bagi santri.") == [
        ("pagi", "XXXX-XX-XXTMO")]
    assert _values("Saya bangun pagi ini.") == [("pagi ini", "2024-11-18TMO")]
    assert _values("Rutinitas malam dan pagi membantu anak tidur.") == [
        ("malam", "XXXX-XX-XXTNI"), ("pagi", "XXXX-XX-XXTMO")]


# tx32: the clock times and parts of the day of an average ("rata-rata") are a routine's,
# any day's, and so are the times that go on it in its paragraph; a time said after a date
# in its sentence stays that day's.
def test_an_average_routine_has_no_day() -> None:
    text = ("Rata-rata adonan roti disiapkan pukul 22.00 atau malam sebelum dijual. Roti, "
            "katanya, dipanggang pukul 03.00 dan dikemas pukul 06.00.")
    assert _values(text) == [
        ("pukul 22.00", "XXXX-XX-XXT22:00"), ("malam", "XXXX-XX-XXTNI"),
        ("pukul 03.00", "XXXX-XX-XXT03:00"), ("pukul 06.00", "XXXX-XX-XXT06:00")]
    assert ("pukul 10.00", "2024-11-15T10:00") in _values(
        "Pada Jumat (15/11/2024), rata-rata warga datang pukul 10.00.")


TUE = datetime(2024, 11, 19, 8, 0)  # published the day after the day the text calls today


# tx32 (issue 15, part 2): a text that names its own today ("hari ini, Senin (18/11/2024)")
# before its publication day counts its undated "hari ini" from that day, and a relative
# day glossed by a bracketed one ("Besok (hari ini)") takes the gloss's day.
def test_a_text_counts_from_the_today_it_names() -> None:
    text = ("Rudi Hartono dijadwalkan diperiksa hari ini, Senin (18/11/2024).\n"
            '"Besok (hari ini) RH dipanggil," ujar Kombes Taufik kepada wartawan.\n'
            "Namun Rudi rupanya hari ini tidak datang ke kantor polisi.")
    assert _values(text, TUE) == [
        ("hari ini", "2024-11-18"), ("Senin (18/11/2024)", "2024-11-18"),
        ("Besok", "2024-11-18"), ("hari ini", "2024-11-18"), ("hari ini", "2024-11-18")]
    # no such gloss: today is the publication day
    assert _values("Namun Rudi rupanya hari ini tidak datang.", TUE) == [
        ("hari ini", "2024-11-19")]
    # a speaker's glossed today is the speaker's, not the text's
    quoted = ('"Saya diperiksa hari ini, Senin (18/11/2024)," kata Rudi.\n'
              "Polisi memeriksa saksi lain hari ini.")
    assert _values(quoted, TUE)[-1] == ("hari ini", "2024-11-19")


# tx32: a part of the day with "nanti" after it ("menjelang petang nanti") is the
# publication day's, "nanti" in its extent; "petang itu" stays the story's day.
def test_a_part_of_the_day_with_nanti_is_this_one() -> None:
    assert _values("Pada Jumat (15/11/2024) ia berbicara. Menjelang petang nanti, "
                   "acara kami kedatangan tamu.") == [
        ("Jumat (15/11/2024)", "2024-11-15"), ("petang nanti", "2024-11-18TEV")]
    assert _values("Pada Jumat (15/11/2024) ia berbicara. Petang itu hujan turun.")[-1] == (
        "Petang itu", "2024-11-15TEV")


# tx32: "waktu-waktu mendatang" (the times to come) is the future, as "masa mendatang".
def test_waktu_waktu_mendatang_is_the_future() -> None:
    assert _values("Ini pelajaran bagi kami di waktu-waktu mendatang.") == [
        ("waktu-waktu mendatang", "FUTURE_REF")]
    assert _values("Kami akan memperbaikinya dalam waktu mendatang.") == [
        ("waktu mendatang", "FUTURE_REF")]


# tx32: the formal "dahulu" right before a verb, after its subject, is "formerly"; after a
# verb or "terlebih" it is the particle "first".
def test_dahulu_before_a_verb_after_its_subject_is_the_past() -> None:
    assert _values("Di aula ini para bupati dahulu menandatangani perjanjian.") == [
        ("dahulu", "PAST_REF")]
    assert _values("Warga harus mendaftar dahulu melalui aplikasi.") == []
    assert _values("Petugas terlebih dahulu memeriksa berkas.") == []


# tx32: a part of the day right after "keluar" (going out at night) is any day's; with
# "itu" it stays the story's.
def test_a_part_of_the_day_after_keluar_is_a_habit() -> None:
    assert _values("Remaja dilarang orang tuanya keluar malam tanpa alasan.") == [
        ("malam", "XXXX-XX-XXTNI")]
    assert _values("Rini keluar malam itu juga.") == [("malam itu", "2024-11-18TNI")]


def test_same_time_after_a_conjunction_is_a_connective() -> None:
    # tx32b (timex seed 46): "Tapi saat yang sama ..." links two claims, "at the same time",
    # as "di saat yang sama"; "pada saat yang sama" stays the moment told
    assert _values("Tapi saat yang sama, data warga wajib dijaga.", MON) == []
    assert _values("Harga naik dan saat yang sama pasokan turun.", MON) == []
    assert _values("Pada saat yang sama ada kapal lain di sana.", MON) == [
        ("saat yang sama", "PAST_REF")]


def test_yesterday_tied_to_an_election_after_it_is_the_last_one() -> None:
    # tx32b (timex seed 46): "Kemarin saat di pilkada ..." is the last election, no day
    assert _values("Kemarin saat di pilkada banyak suara diulang.", MON) == [
        ("Kemarin", "PAST_REF")]
    assert _values("Itu terjadi kemarin pas pemilu di desa Suka.", MON) == [
        ("kemarin", "PAST_REF")]
    # not a day told with another occasion
    assert _values("Kemarin saat rapat warga, Budi Santoso hadir.", MON) == [
        ("Kemarin", "2024-11-17")]


def test_that_period_in_formal_words_is_the_past() -> None:
    # tx32b (timex seed 46): "pada masa tersebut" is "pada masa itu", PAST_REF
    assert _values("Pada masa tersebut, desa Sukamaju belum berlistrik.", MON) == [
        ("masa tersebut", "PAST_REF")]
    assert _values("Pada saat tersebut, jalan masih ditutup.", MON) == [
        ("saat tersebut", "PAST_REF")]


def test_a_part_of_the_day_with_its_position() -> None:
    # tx32b (timex seed 31): "di pertengahan pagi" is the morning (mid-morning), kept whole;
    # advice's, any day's; "di tengah malam" stays midnight
    assert _values("Idealnya, teh diminum di pertengahan pagi.", MON) == [
        ("pertengahan pagi", "XXXX-XX-XXTMO")]
    assert _values("Hujan turun sejak awal malam di Desa Kiri.", MON) == [
        ("awal malam", "2024-11-18TNI")]
    assert _values("Warga berjaga di tengah malam.", MON) == [("tengah malam", "XXXX-XX-XXT24:00")]
    # not a position word with no governing word before it
    assert _values("Acara akhir pagi ditunda.", MON) == []


def test_a_season_of_a_living_thing_s_cycle_is_any_year_s() -> None:
    # tx32b (timex seed 41): "dapat bertahan hidup ... selama musim dingin" tells each
    # winter in turn, not this year's; a year after the season keeps it told
    assert _values("Kumbang ini dapat bertahan hidup dengan berlindung selama musim dingin "
                   "di gudang.", MON) == [("musim dingin", "XXXX-WI")]
    assert ("musim gugur", "XXXX-FA") not in _values(
        "Burung itu bermigrasi pada musim gugur 2024.", MON)
    # no cycle word: the season of the year told
    assert _values("Panen terganggu selama musim dingin di Desa Utara.", MON) == [
        ("musim dingin", "2024-WI")]
