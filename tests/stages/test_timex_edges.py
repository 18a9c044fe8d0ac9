"""Dates at the calendar's edge (issue 18): arithmetic that leaves year 1..9999 gives an
unanchored value, never an OverflowError."""

from __future__ import annotations

from datetime import date

import pytest

import warta
from warta.stages.timex import find_times

FUTURE = ("Besok pagi, pekan depan, bulan depan, tahun depan, 10 tahun lagi, akhir pekan ini, "
          "Senin depan, keesokan harinya, lusa")
PAST = ("kemarin, pekan lalu, bulan lalu, tahun lalu, 10 tahun lalu, akhir pekan lalu, "
        "Senin lalu, sehari sebelumnya, tadi malam, kemarin lusa")


@pytest.mark.parametrize(("text", "dct"), [(FUTURE, date(9999, 12, 31)),
                                           (PAST, date(1, 1, 1))])
def test_relative_dates_past_the_calendar_stay_unanchored(text: str, dct: date) -> None:
    found = find_times(text, dct)
    assert len(found) >= 8
    besok = found[0]
    assert besok.value.startswith("XXXX-XX-XX") and not besok.anchored


def test_analyze_accepts_edge_dates() -> None:
    text = ("Presiden Joko Widodo mengatakan kepada wartawan di Jakarta bahwa {} dia berangkat "
            "ke Surabaya untuk rapat dengan para gubernur.")
    a = warta.analyze(text.format("kemarin"), published="0001-01-01")
    assert [t.value for t in a.times] == ["XXXX-XX-XX"]
    b = warta.analyze(text.format("besok pagi"), published="9999-12-31")
    assert [t.value for t in b.times] == ["XXXX-XX-XXTMO"]
