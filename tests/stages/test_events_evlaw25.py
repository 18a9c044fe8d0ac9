"""Rules of the events stage added by the evlaw25 branch (issue 15 part 1, legal and security
process recall): a bare initial no entity covers leaves the suspect noun before it a
participant; offenders named by their gang or crime; tracing by the police, a report for an
ethics breach and a harsh reaction drawn are events. Each sentence is written for its test; the near shape that must stay as it was is
asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import art, ent
from warta.stages.events import find_events


def _got(a) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.code, e.actors, e.targets) for e in find_events(a)]


def test_a_suspect_named_by_a_bare_initial_is_charged() -> None:
    text = "Selanjutnya, tersangka B dijerat Pasal 170 KUHP tentang pengeroyokan."
    assert [(g[0], g[2]) for g in _got(art(text))] == [("ACCUSE", ("CRM",))]


def test_a_title_before_a_tagged_name_still_takes_no_role() -> None:
    text = "Selanjutnya, tersangka Budi dijerat Pasal 170 KUHP tentang pengeroyokan."
    es = [ent(text, "per:b", "PERSON", "Budi")]
    assert [(g[0], g[2]) for g in _got(art(text, es))] == [("ACCUSE", ("per:b",))]
    assert not any("CRM" in g[2] for g in _got(art(text, es)))


def test_gang_members_searched_are_the_ones_searched() -> None:
    text = "Ketiga anggota geng motor itu lalu digeledah di pinggir jalan."
    assert [g[0] for g in _got(art(text))] == ["COERCE"]
    assert _got(art(text))[0][2] == ("CRM",)


def test_police_tracing_an_offender_investigate() -> None:
    text = "Polisi masih menelusuri cara pelaku memperoleh senjata api itu."
    assert ("ACCUSE", ("COP",), ("CRM",)) in _got(art(text))
    # tracing a road names no offence
    text = "Para pendaki menelusuri jalan setapak menuju puncak."
    assert _got(art(text)) == []


def test_a_report_for_an_ethics_breach_is_an_accusation() -> None:
    text = "Hakim Sutrisno dilaporkan telah melakukan pelanggaran kode etik pekan lalu."
    es = [ent(text, "per:s", "PERSON", "Sutrisno")]
    assert [g[0] for g in _got(art(text, es))] == ["ACCUSE"]
    # news reported, no complaint
    text = "Hakim Sutrisno dilaporkan hadir dalam sidang pekan lalu."
    assert _got(art(text, [ent(text, "per:s", "PERSON", "Sutrisno")])) == []


def test_a_harsh_reaction_drawn_is_criticism_of_the_one_who_drew_it() -> None:
    text = "Unggahan Bupati Rahmat menuai reaksi keras dari warga."
    es = [ent(text, "per:r", "PERSON", "Rahmat")]
    assert [g[0] for g in _got(art(text, es))] == ["ACCUSE"]

