"""Rules of the events stage added by the ev34c branch (issue 15 part 1, seeds 145 and
146): trips made by regular habit and a cooperation told only as ended are coded as no
event. Each sentence is written for its test; the near shape that must stay is asserted
beside it."""

from __future__ import annotations

from tests.stages.test_events import quoted_codes as _codes

TIRTA = ("loc:tirta", "PLACE", "Tirtania", "PH")
RINA = ("per:rina", "PERSON", "Rina Kusuma")
DONO = ("per:dono", "PERSON", "Dono Prasetyo")


def test_trips_made_by_regular_habit_are_no_visit() -> None:
    assert "CONSULT" not in _codes(
        "Selama bertahun-tahun , Rina Kusuma secara reguler mengunjungi Tirtania .", RINA, TIRTA)
    assert "CONSULT" not in _codes(
        "Rina Kusuma rutin mengunjungi Tirtania setiap musim panas .", RINA, TIRTA)
    # one visit told at a time stays
    assert "CONSULT" in _codes("Rina Kusuma mengunjungi Tirtania pada pekan lalu .", RINA, TIRTA)


def test_a_cooperation_told_only_as_ended_is_none() -> None:
    assert "COOPERATE" not in _codes(
        "Album itu menjadi penanda usainya kerjasama Rina Kusuma dengan Dono Prasetyo .",
        RINA, DONO)
    assert "COOPERATE" not in _codes(
        "Album itu menandai berakhirnya kerja sama Rina Kusuma dengan Dono Prasetyo .",
        RINA, DONO)
    # a cooperation begun stays
    assert "COOPERATE" in _codes(
        "Album itu menjadi penanda awal kerjasama Rina Kusuma dengan Dono Prasetyo .",
        RINA, DONO)
