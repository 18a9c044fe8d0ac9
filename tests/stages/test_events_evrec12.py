"""Recall rules of the events stage added by the evrec12 branch (issue 15 part 1). Each
test's sentence is written for it; the near shape that must stay one event is asserted
beside it."""

from __future__ import annotations

from tests.stages.test_events import art, ent
from warta.stages.events import find_events


def test_a_seizure_and_an_arrest_of_one_actor_are_two_acts() -> None:
    # the arrest's targets are unnamed: it shares every participant with the seizure
    text = "Petugas Bea Cukai menyita 40 kilogram sabu dan menangkap tujuh orang di pelabuhan."
    es = [ent(text, "org:bc", "ORG", "Bea Cukai")]
    modes = sorted(e.mode or "" for e in find_events(art(text, es)) if e.code == "COERCE")
    assert modes == ["arrest", "confiscate"]
    # the seizure is kept beside an arrest of someone named
    text = "Polisi menyita dua pucuk senapan dan menangkap Rudi Hartono di Medan."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    modes = sorted(e.mode or "" for e in find_events(art(text, es)) if e.code == "COERCE")
    assert modes == ["arrest", "confiscate"]
    # an arrest told twice ("menangkap dan menahan") stays one act
    text = "Polisi menangkap dan menahan Rudi Hartono di Medan."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert [e.mode for e in find_events(art(text, es)) if e.code == "COERCE"] == ["arrest"]


def test_a_thing_made_jointly_by_bodies_after_oleh_is_cooperation() -> None:
    text = "Vaksin itu diproduksi bersama-sama oleh Bio Nusantara dan Kimia Sehat Group."
    es = [ent(text, "org:b", "ORG", "Bio Nusantara"),
          ent(text, "org:k", "ORG", "Kimia Sehat Group")]
    e = [e for e in find_events(art(text, es)) if e.code == "COOPERATE"]
    assert len(e) == 1 and set(e[0].actors) == {"org:b", "org:k"} and not e[0].targets
    # one maker, or none named, is no cooperation
    text = "Vaksin itu diproduksi bersama-sama oleh Bio Nusantara."
    es = [ent(text, "org:b", "ORG", "Bio Nusantara")]
    assert all(e.code != "COOPERATE" for e in find_events(art(text, es)))
    text = "Aplikasi itu dirancang secara kolaboratif oleh para mahasiswa."
    assert all(e.code != "COOPERATE" for e in find_events(art(text, [])))


def test_a_time_clause_fronted_takes_the_main_subject_after_its_comma() -> None:
    text = "Ketika ditangkap di Malaysia, Rudi Hartono membawa tiga paspor palsu."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    e = [e for e in find_events(art(text, es)) if e.code == "COERCE"]
    assert len(e) == 1 and e[0].targets == ("per:r",)
    text = "Paspornya dicabut karena, saat ditahan di Malaysia, Rudi Hartono memakai nama lain."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    e = [e for e in find_events(art(text, es)) if e.code == "COERCE"]
    assert len(e) == 1 and e[0].targets == ("per:r",)
    # after a noun the time clause is no fronted one: no one named after its comma is held
    text = "Pelarian itu saat akan ditangkap, kata Rudi Hartono, berakhir di Medan."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert all("per:r" not in e.targets for e in find_events(art(text, es)))

