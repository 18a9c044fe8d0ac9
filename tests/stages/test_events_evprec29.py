"""Rules of the events stage added by the evprec29 branch (issue 15 part 1): false events of
an act urged on a body glossed by its short form, of a programme's sponsor line, and of a
relative clause's agent read as the subject of the verb after it. Each sentence is written
for its test; the near shape that must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import quoted_roles as _roles

DINAS = ("org:dinas", "ORG", "Dinas Pertanian")
BADAN = ("org:badan", "ORG", "Badan Riset")
YAYASAN = ("org:yayasan", "ORG", "Yayasan Hijau")


def test_an_act_urged_on_a_body_with_its_short_form_is_not_done() -> None:
    got = _roles("Budi Santoso mendorong Dinas Pertanian (Distan) bekerja sama dengan Badan "
                 "Riset dalam penelitian itu.", BUDI, DINAS, BADAN)
    assert "COOPERATE" not in {c for c, _, _ in got}
    # a cooperation told as done stays
    got = _roles("Dinas Pertanian (Distan) bekerja sama dengan Badan Riset dalam penelitian "
                 "itu.", DINAS, BADAN)
    assert "COOPERATE" in {c for c, _, _ in got}


def test_a_programmes_sponsor_line_is_no_support() -> None:
    got = _roles("Program itu dilaksanakan atas kerja sama warga dan dukungan Yayasan Hijau "
                 "serta pihak lain.", YAYASAN)
    assert "SUPPORT" not in {c for c, _, _ in got}
    # backing given by a named body stays
    got = _roles("Yayasan Hijau menyatakan dukungan kepada Budi Santoso.", YAYASAN, BUDI)
    assert ("SUPPORT", ("org:yayasan",), ("per:budi",)) in got


def test_the_agent_of_a_headless_relative_is_no_subject() -> None:
    # the relative's head was left in the sentence before: Malaysia only made it
    got = _roles(", yang dibentuk oleh Kongres Malaysia pada 2004 , memberikan dukungan dana "
                 "hibah bagi negara-negara miskin .")
    assert not any("MY" in a for _, a, _ in got)
    # the head named before the relative stays the giver
    got = _roles("Yayasan Hijau , yang didirikan oleh Budi Santoso pada 2004 , memberikan "
                 "dukungan dana bagi warga .", BUDI, YAYASAN)
    assert any(a == ("org:yayasan",) for c, a, _ in got if c == "SUPPORT")


def test_a_visit_noun_naming_only_its_visitors_is_no_meeting() -> None:
    rudi = ("per:rudi", "PERSON", "Rudi Hartono")
    got = _roles("Kunjungan Budi Santoso dan Rudi Hartono itu ternyata menjadi pengalaman "
                 "yang menakutkan.", BUDI, rudi)
    assert "CONSULT" not in {c for c, _, _ in got}
    # a visit noun with its host stays
    got = _roles("Kunjungan Budi Santoso ke Malaysia berlangsung tiga hari.", BUDI)
    assert "CONSULT" in {c for c, _, _ in got}


def test_a_habitual_charge_at_any_one_of_a_kind_is_no_act() -> None:
    got = _roles("Budi Santoso kerap memprotes suatu negara yang menjalin hubungan dengan "
                 "Yayasan Hijau.", BUDI, YAYASAN)
    assert "ACCUSE" not in {c for c, _, _ in got}
    # a habitual charge at someone named is voiced all the same
    got = _roles("Budi Santoso kerap memprotes Yayasan Hijau.", BUDI, YAYASAN)
    assert "ACCUSE" in {c for c, _, _ in got}
