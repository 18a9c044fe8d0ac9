"""Rules of the events stage added by the ev33b branch (issue 15 part 1, seeds 139 and
140): both sides of "antara" whatever their kinds, a talk told as "perbincangan dengan", a
meeting planned with "untuk", declining to react told with "untuk", a jibe at a named party,
a bare legal form ("PT") as no party, the parties a probed case involves, backing a project
through one's own means, a copula's subject as the head of a relative clause, an aid passive's giver
named in its subject.
Each sentence is written for its test; the near shape that must stay is asserted beside
it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import KOMISI_DAGANG as KOMISI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import art, roles
from tests.stages.test_events import quoted_roles as _roles
from warta.record import Entity, Span
from warta.stages.quotes import QuoteStage

ANIS = ("per:anis", "PERSON", "Anis Wibowo")
TIRTA = ("loc:tirta", "PLACE", "Tirtania", "PH")


def _codes(text: str, *ents: tuple[str, ...]) -> set[str]:
    return {c for c, _, _ in _roles(text, *ents)}  # type: ignore[arg-type]


def test_antara_names_both_sides_a_state_and_an_agent() -> None:
    got = _roles("Perundingan damai antara pemerintah Tirtania dan pemberontak gagal .", TIRTA)
    assert ("CONSULT", ("PH", "REB"), ()) in got
    # two agents after "antara" stay a pair
    assert ("CONSULT", ("GOV", "REB"), ()) in _roles(
        "Perundingan antara pemerintah dan pemberontak digelar pekan lalu .")


def test_a_talk_told_as_perbincangan_dengan() -> None:
    got = _roles("Dalam perbincangan dengan Rudi Hartono , Budi Santoso mengatakan hal itu .",
                 BUDI, RUDI)
    assert any(c == "CONSULT" and set(a) == {"per:budi", "per:rudi"} for c, a, _ in got)
    # the talk of the town is no meeting
    assert "CONSULT" not in _codes("Pernyataan Budi Santoso menjadi perbincangan warganet .",
                                   BUDI)


def test_a_meeting_planned_with_untuk() -> None:
    got = _roles("Budi Santoso merencanakan untuk bertemu Gubernur Anis Wibowo .", BUDI, ANIS)
    assert ("CONSULT", ("per:budi", "per:anis"), ()) in got
    assert ("CONSULT", ("per:budi", "per:anis"), ()) in _roles(
        "Budi Santoso berencana untuk bertemu dengan Anis Wibowo .", BUDI, ANIS)


def test_declining_to_react_with_untuk_is_no_rejection() -> None:
    assert "REJECT" not in _codes("Budi Santoso menolak untuk menanggapi penyerangan itu .",
                                  BUDI)
    assert "REJECT" not in _codes("Budi Santoso menolak untuk berkomentar soal itu .", BUDI)
    # refusing to sign still rejects
    assert "REJECT" in _codes("Budi Santoso menolak untuk menandatangani kontrak itu .", BUDI)


def test_a_jibe_at_a_named_party_accuses_it() -> None:
    assert ("ACCUSE", ("per:budi",), ("per:rudi",)) in _roles(
        "Budi Santoso menyindir komentar Rudi Hartono tentang warga .", BUDI, RUDI)
    # a jibe with no party named is no event between actors
    assert "ACCUSE" not in _codes("Budi Santoso sempat menyindir dalam pidatonya .", BUDI)


def test_a_bare_legal_form_entity_is_no_party() -> None:
    text = "Kejaksaan menyita mobil milik PT Sinar Jaya ."
    a = art(text, [
        Entity(id="org:kj", kind="ORG", name="Kejaksaan", mentions=(Span(start=0, end=9),)),
        # the tagger cut "PT" off the firm's name: an entity of its own
        Entity(id="org:pt", kind="ORG", name="PT", mentions=(Span(start=30, end=32),)),
        Entity(id="org:sj", kind="ORG", name="PT Sinar Jaya",
               mentions=(Span(start=33, end=43),))])
    got = roles(QuoteStage()(a))
    assert ("COERCE", ("org:kj",), ("org:sj",)) in got
    assert not any("org:pt" in t for _, _, t in got)


def test_a_probed_case_names_the_parties_it_involves() -> None:
    sj = ("org:sj", "ORG", "PT Sinar Jaya")
    km = ("org:km", "ORG", "Bank Karya")
    got = _roles("Komisi Dagang tengah mendalami kasus dugaan korupsi pemberian kredit , yang "
                 "melibatkan PT Sinar Jaya dan Bank Karya .", KOMISI, sj, km)
    assert ("ACCUSE", ("org:k",), ("org:sj", "org:km")) in got
    assert ("ACCUSE", ("org:k",), ("per:budi",)) in _roles(
        "Komisi Dagang menyelidiki dua kasus suap yang melibatkan Budi Santoso .", KOMISI, BUDI)
    # a case with no one said to be involved names no one
    assert ("ACCUSE", ("org:k",), ()) in _roles(
        "Komisi Dagang menyelidiki kasus suap di kantor Budi Santoso .", KOMISI, BUDI)


def test_backing_a_project_through_ones_own_means_is_no_support() -> None:
    sj = ("org:sj", "ORG", "PT Sinar Jaya")
    jt = ("org:jt", "ORG", "Jalur Tirta")
    assert "SUPPORT" not in _codes("Pemerintah mendukung proyek Jalur Tirta melalui penyertaan "
                                   "modal negara kepada PT Sinar Jaya .", sj, jt)
    # backing a party stays
    assert "SUPPORT" in _codes("Budi Santoso mendukung PT Sinar Jaya .", BUDI, sj)


def test_a_copulas_subject_is_the_relative_clauses_head() -> None:
    got = _roles("Budi Santoso dan Rudi Hartono adalah personel yang telah setuju untuk ikut "
                 "serta dalam proyek tersebut .", BUDI, RUDI)
    assert ("AGREE", ("per:budi", "per:rudi"), ()) in got
    assert ("CONSULT", ("per:budi", "per:rudi"), ()) in _roles(
        "Budi Santoso merupakan orang pertama yang menemui Rudi Hartono .", BUDI, RUDI)
    # a common noun with no copula before it stays its own (unnamed) subject
    got = _roles("Budi Santoso bertemu warga yang menolak Rudi Hartono .", BUDI, RUDI)
    assert ("REJECT", ("CVL",), ("per:rudi",)) in got
    assert not any(c == "REJECT" and "per:budi" in a for c, a, _ in got)


def test_an_aid_passives_giver_named_in_its_subject() -> None:
    assert ("AID", ("org:k",), ()) in _roles(
        "Bantuan sosial ( bansos ) dari Komisi Dagang disalurkan secara bertahap per tiga "
        "bulan sekali .", KOMISI)
    # goods traded from a body are no aid
    assert "AID" not in _codes("Beras dari Komisi Dagang disalurkan ke pasar .", KOMISI)


def test_welcoming_a_project_with_no_means_told_stays_support() -> None:
    assert "SUPPORT" in _codes("Budi Santoso mengaku menyambut baik proyek yang menggabungkan "
                               "pembiayaan komersial dengan anggaran negara .", BUDI)
