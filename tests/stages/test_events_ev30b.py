"""Rules of the events stage added by the ev30b branch (issue 15 part 1, seeds 127 and
128): a relative of place is its own clause, a person's ask of their own fans or kin, the
-nya noun of a bare verb, backing for an aim, a sting told again, unnamed parties' asks and
doubt of a named party. Each sentence is written for its test; the near shape that must stay
is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import quoted_roles as _roles

POLRES = ("org:polres", "ORG", "Polres Kota Mawar")


def test_a_relative_of_place_keeps_the_main_subject_out() -> None:
    got = _roles("Polres Kota Mawar kembali memeriksa rumah di Jalan Melati , tempat Nur ( 30 ) "
                 "menganiaya anaknya hingga tewas .", POLRES)
    assert ("ASSAULT", ("org:polres",), ()) not in got
    # the one named in the relative is its subject, not a place
    got = _roles("Polres Kota Mawar kembali memeriksa rumah di Jalan Melati , tempat Budi "
                 "Santoso menganiaya anaknya hingga tewas .", POLRES, BUDI)
    assert ("ASSAULT", ("per:budi",), ()) in got


def test_a_persons_ask_of_own_fans_or_kin_is_private() -> None:
    for text in ("Budi Santoso mengundang penggemarnya datang ke rumah .",
                 "Budi Santoso selalu meminta kepada ibunya untuk berkunjung ke rumah Rudi .",
                 "Budi Santoso berharap , bobotoh juga bersabar ."):
        assert "REQUEST" not in {c for c, _, _ in _roles(text, BUDI)}, text
    # a body's appeal to supporters stays, and so does a person's ask of someone named
    got = _roles("Polres Kota Mawar mengimbau suporter tidak datang ke stadion .", POLRES)
    assert ("REQUEST", ("org:polres",), ("CVL",)) in got
    got = _roles("Budi Santoso meminta Rudi Hartono untuk mundur .", BUDI, RUDI)
    assert ("REQUEST", ("per:budi",), ("per:rudi",)) in got
    # a politician's appeal to his supporters stays too
    got = _roles("Budi Santoso meminta seluruh pendukungnya untuk segera meninggalkan markas .",
                 BUDI)
    assert ("REQUEST", ("per:budi",), ()) in got


def test_the_nya_noun_of_a_bare_verb_has_its_owner_as_doer() -> None:
    got = _roles("Penyidik belum mendapat konfirmasi dari kuasa hukum terkait mangkirnya Budi "
                 "Santoso .", BUDI)
    assert ("REJECT", ("per:budi",), ()) in got
    got = _roles("Budi Santoso mangkir dari panggilan polisi .", BUDI)
    assert ("REJECT", ("per:budi",), ("COP",)) in got


def test_backing_for_an_aim_backs_no_party() -> None:
    got = _roles("Budi Santoso memastikan pihaknya bakal terus memberikan dukungan agar potensi "
                 "yang ada bisa dikembangkan .", BUDI)
    assert "SUPPORT" not in {c for c, _, _ in got}
    # backing of someone named stays
    got = _roles("Budi Santoso memberikan dukungan kepada Rudi Hartono agar bisa menang .",
                 BUDI, RUDI)
    assert ("SUPPORT", ("per:budi",), ("per:rudi",)) in got


def test_a_sting_told_again_has_the_last_enforcer_as_maker() -> None:
    kpk = ("org:kpk", "ORG", "KPK")
    got = _roles("KPK melakukan OTT terkait kasus pemerasan . Budi Santoso turut terjaring "
                 "dalam OTT tersebut .", BUDI, kpk)
    assert ("COERCE", ("org:kpk",), ("per:budi",)) in got
    # with no enforcer named before, the maker stays unnamed
    got = _roles("Budi Santoso turut terjaring dalam OTT tersebut .", BUDI)
    assert ("COERCE", (), ("per:budi",)) in got


def test_parties_unnamed_asking_someone_named() -> None:
    dinas = ("org:dinas", "ORG", "Dinas Energi")
    got = _roles("Sebelumnya , sejumlah pihak meminta Dinas Energi untuk menambah pasokan .",
                 dinas)
    assert ("REQUEST", (), ("org:dinas",)) in got
    # a party referred to, not counted, asks no one here
    got = _roles("Pihak itu meminta Dinas Energi untuk menambah pasokan .", dinas)
    assert "REQUEST" not in {c for c, _, _ in got}


def test_doubting_a_named_partys_readiness_is_criticism() -> None:
    polri = ("org:polri", "ORG", "Polri")
    got = _roles("Budi Santoso meragukan kesiapan Polri membentuk detasemen khusus .", BUDI,
                 polri)
    assert ("ACCUSE", ("per:budi",), ("org:polri",)) in got
    # a doubt about a thing, or none, accuses no one
    assert _roles("Budi Santoso meragukan hasil survei itu .", BUDI) == []
    assert _roles("Budi Santoso tidak meragukan kesiapan Polri .", BUDI, polri) == []
