"""Rules of the events stage added by the evprec29c branch (issue 15 part 1, seeds 125 and
126): false events of a bare passive ask of one person, of a shared opinion, of a commitment
"dengan" a manner, of the public's joy and of a team's form wished for. Each sentence is
written for its test; the near shape that must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import quoted_roles as _roles

DINAS = ("org:dinas", "ORG", "Dinas Pertanian")


def test_a_bare_passive_ask_of_one_person_is_no_request() -> None:
    got = _roles("Saat itu Budi Santoso diminta menjadi pendamping pengantin pria .", BUDI)
    assert "REQUEST" not in {c for c, _, _ in got}
    # an appeal to a body with no asker stays, and so does a person asked by someone named
    got = _roles("Dinas Pertanian diminta mematuhi arahan itu .", DINAS)
    assert ("REQUEST", (), ("org:dinas",)) in got
    got = _roles("Budi Santoso diminta oleh Rudi Hartono untuk mundur .", BUDI, RUDI)
    assert ("REQUEST", ("per:rudi",), ("per:budi",)) in got
    # a person asked to join a party named after the ask stays
    got = _roles("Budi Santoso diminta kembali memperkuat Dinas Pertanian .", BUDI, DINAS)
    assert ("REQUEST", (), ("per:budi",)) in got


def test_assent_that_something_is_so_is_an_opinion() -> None:
    got = _roles("Budi Santoso sepakat bahwa arah kebijakan itu kini realistis .", BUDI)
    assert "AGREE" not in {c for c, _, _ in got}
    # an agreement with a party named stays
    got = _roles("Budi Santoso sepakat dengan Rudi Hartono soal harga itu .", BUDI, RUDI)
    assert "AGREE" in {c for c, _, _ in got}


def test_a_commitment_to_act_with_a_manner_agrees_with_no_one() -> None:
    got = _roles("Budi Santoso berkomitmen untuk membuat keputusan dengan objektivitas .", BUDI)
    assert "AGREE" not in {c for c, _, _ in got}
    # a commitment to work with a named body stays
    got = _roles("Budi Santoso berkomitmen untuk bekerja sama dengan Dinas Pertanian .",
                 BUDI, DINAS)
    assert "AGREE" in {c for c, _, _ in got}


def test_the_publics_joy_at_a_thing_is_no_support() -> None:
    got = _roles("Saat itu , masyarakat menyambut gembira hadirnya pasar baru di desa itu .")
    assert "SUPPORT" not in {c for c, _, _ in got}
    # a named person's welcome stays, and the public's welcome of a body's step
    got = _roles("Budi Santoso menyambut gembira hadirnya pasar baru di desa itu .", BUDI)
    assert ("SUPPORT", ("per:budi",), ()) in got
    got = _roles("Warga menyambut gembira keputusan Dinas Pertanian .", DINAS)
    assert ("SUPPORT", ("CVL",), ("org:dinas",)) in got


def test_a_teams_form_wished_for_asks_no_one() -> None:
    got = _roles("Budi Santoso berharap Dinas Pertanian bisa lebih kompetitif di lomba itu .",
                 BUDI, DINAS)
    assert "REQUEST" not in {c for c, _, _ in got}
    # a hope that someone named acts stays an appeal
    got = _roles("Budi Santoso berharap Dinas Pertanian bisa segera menyalurkan pupuk .",
                 BUDI, DINAS)
    assert ("REQUEST", ("per:budi",), ("org:dinas",)) in got
