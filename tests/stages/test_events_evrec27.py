"""Rules of the events stage added by the evrec27 branch (issue 15 part 1, events recall on
seeds 101-114's causes): a claim's subject after a fronted phrase, violent conduct kept in
sport text, a chain of subordinate clauses leaving their subject out, and a description
opened by "sang" as a clause's subject. Each sentence is written for its test; the near
shape that must stay as it was is asserted beside it."""

from __future__ import annotations

from dataclasses import replace

from tests.stages.test_events import art, coded, ent, one
from warta.record import Theme
from warta.stages.events import find_events

ANDI = ("per:a", "PERSON", "Andi Wijaya")
BUDI = ("per:b", "PERSON", "Budi Santoso")
KOMISI = ("org:k", "ORG", "Komisi Dagang")


def test_the_one_a_claim_is_about_acts_after_a_fronted_phrase() -> None:
    got = coded("Di Pengadilan Negeri, Andi Wijaya disebut Budi Santoso menemui Komisi Dagang.",
                [ANDI, BUDI, KOMISI, ("org:pn", "ORG", "Pengadilan Negeri")])
    assert got == [("CONSULT", ("per:a", "org:k"), ())]
    # a place phrase's list goes on after its comma: both places, no subject
    got = coded("Andi Wijaya bertemu Budi Santoso di Jakarta, Bandung.", [ANDI, BUDI])
    assert got == [("CONSULT", ("per:a", "per:b"), ())]


def _sport(text: str, names: list[tuple[str, str, str]]) -> list[tuple[str, ...]]:
    a = art(text, [ent(text, *n) for n in names])
    sport = replace(a, themes=(Theme(code="iptc:sport", score=0.9),))
    return [e.code for e in find_events(sport)]


def test_violent_conduct_is_kept_in_sport_text_but_attacking_play_is_not() -> None:
    assert _sport("Andi Wijaya kedapatan mencekik Budi Santoso.", [ANDI, BUDI]) == ["ASSAULT"]
    assert _sport("Andi Wijaya menginjak kaki Budi Santoso.", [ANDI, BUDI]) == ["ASSAULT"]
    assert _sport("Andi Wijaya dan Budi Santoso terlihat saling adu jotos.",
                  [ANDI, BUDI]) == ["ASSAULT"]
    assert _sport("Andi Wijaya menyerang Budi Santoso sejak menit awal.", [ANDI, BUDI]) == []


def test_a_stamp_on_a_foot_assaults_but_reaching_an_age_does_not() -> None:
    got = coded("Andi Wijaya menginjak kaki Budi Santoso.", [ANDI, BUDI])
    assert got == [("ASSAULT", ("per:a",), ("per:b",))]
    assert coded("Andi Wijaya kini menginjak usia 50 tahun.", [ANDI]) == []


def test_a_chain_of_subordinate_clauses_takes_the_main_subject() -> None:
    got = coded("Andi Wijaya pulang setelah diperiksa seusai menampar Budi Santoso.",
                [ANDI, BUDI])
    assert ("ASSAULT", ("per:a",), ("per:b",)) in got
    # a subject of its own in the middle clause stays that clause's
    got = coded("Andi Wijaya pulang setelah polisi datang seusai menampar Budi Santoso.",
                [ANDI, BUDI])
    assert ("ASSAULT", ("per:a",), ("per:b",)) not in got


def test_a_role_noun_after_sang_stands_for_the_person_named_before() -> None:
    a = art("Andi Wijaya datang ke lokasi. Sang aktor menampar Budi Santoso.", [])
    text = a.text
    a = art(text, [ent(text, *ANDI), ent(text, *BUDI)])
    e = one(find_events(a), "ASSAULT")
    assert e.actors == ("per:a",) and e.targets == ("per:b",)
    # "sang kekasih X" is someone else, X's partner: no actor read from it
    text = "Andi Wijaya datang ke lokasi. Sang kekasih Budi Santoso menampar wartawan."
    a = art(text, [ent(text, *ANDI), ent(text, *BUDI)])
    assert all("per:a" not in e.actors for e in find_events(a))


def test_a_ban_counted_in_matches_is_a_penalty_but_accepting_one_is_none() -> None:
    got = coded("Andi Wijaya mendapat hukuman tiga laga.", [ANDI])
    assert got == [("SANCTION", (), ("per:a",))]
    assert coded("Andi Wijaya menerima hukuman itu dengan lapang dada.", [ANDI]) == []


def test_a_subordinate_clause_receiving_takes_the_main_subject() -> None:
    got = coded("Andi Wijaya berkata setelah mendapat kecaman dari Budi Santoso.", [ANDI, BUDI])
    assert got == [("ACCUSE", ("per:b",), ("per:a",))]
    # a subject of its own after the conjunction is the one criticised
    got = coded("Andi Wijaya berkata setelah Komisi Dagang mendapat kecaman dari Budi Santoso.",
                [ANDI, BUDI, KOMISI])
    assert got == [("ACCUSE", ("per:b",), ("org:k",))]


def test_a_wage_subsidy_handed_out_is_aid_but_an_explanation_is_not() -> None:
    gov = ("org:g", "ORG", "Kementerian Tenaga Kerja")
    got = coded("Kementerian Tenaga Kerja memberikan BSU selama dua bulan kepada Budi Santoso.",
                [gov, BUDI])
    assert got == [("AID", ("org:g",), ("per:b",))]
    got = coded("Kementerian Tenaga Kerja memberikan penjelasan kepada Budi Santoso.", [gov, BUDI])
    assert all(code != "AID" for code, _, _ in got)
