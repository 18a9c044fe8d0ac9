"""Recall rules of the events stage added by the evrec17 branch (issue 15 part 1): a meeting
noun opening the sentence in its setting has the main clause's subject for a participant, a
bare-stem support verb gives a noun its voice, a passive saying verb's "olehnya" agent (or none
at all) is the person named before, and a complainant right before a report after an opening
adjunct reports. Each sentence is written for its test; the near shape that must stay as it
was is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import art, ent
from warta.stages.events import find_events


def _got(a) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.code, e.actors, e.targets) for e in find_events(a)]


def test_a_fronted_meeting_noun_takes_the_main_clause_subject() -> None:
    text = ("Dalam pertemuan dengan Rudi Hartono, kepala dinas pertanian itu, Sri Wahyuni "
            "menyampaikan rencana panen raya.")
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "per:s", "PERSON", "Sri Wahyuni")]
    got = [g for g in _got(art(text, es)) if g[0] == "CONSULT"]
    assert got == [("CONSULT", ("per:s", "per:r"), ())]
    # a meeting noun not opening the sentence keeps to its own clause
    text = "Sri Wahyuni menyampaikan bahwa pertemuan dengan Rudi Hartono ditunda."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "per:s", "PERSON", "Sri Wahyuni")]
    assert all(g[1] != ("per:s", "per:r") for g in _got(art(text, es)) if g[0] == "CONSULT")


def test_a_bare_stem_support_verb_gives_the_noun_its_subject() -> None:
    text = "Komisi Budaya gelar rapat konsultasi dengan Dewan Kesenian di Bandung."
    es = [ent(text, "org:k", "ORG", "Komisi Budaya"), ent(text, "org:d", "ORG", "Dewan Kesenian")]
    assert _got(art(text, es)) == [("CONSULT", ("org:k", "org:d"), ())]


def test_olehnya_as_a_passive_agent_is_the_person_named_before() -> None:
    text = ("Rudi Hartono meninjau gudang beras di Cirebon. Hal itu diungkapkan olehnya usai "
            "beraudiensi dengan Bupati Sri Wahyuni di kantornya.")
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "per:s", "PERSON", "Sri Wahyuni")]
    got = [g for g in _got(art(text, es)) if g[0] == "CONSULT"]
    assert got == [("CONSULT", ("per:r", "per:s"), ())]


def test_a_complainant_right_before_a_report_after_an_opening_adjunct_reports() -> None:
    text = "Atas kejadian itu korban langsung melaporkan Budi Santoso ke Polres Tegal."
    es = [ent(text, "org:p", "ORG", "Polres Tegal"), ent(text, "per:b", "PERSON", "Budi Santoso")]
    assert _got(art(text, es)) == [("ACCUSE", ("CVL",), ("per:b",))]
    # the victim as the object of someone else's act reports nothing
    text = "Atas kejadian itu Budi Santoso memeriksa korban di Polres Tegal."
    es = [ent(text, "org:p", "ORG", "Polres Tegal"), ent(text, "per:b", "PERSON", "Budi Santoso")]
    assert _got(art(text, es)) == []


def test_an_agentless_saying_passive_is_said_by_the_person_named_before() -> None:
    text = ("Rudi Hartono menyatakan akan menambah pasokan beras. Hal itu diungkapkan usai "
            "bertemu dengan Bupati Sri Wahyuni di Cirebon.")
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "per:s", "PERSON", "Sri Wahyuni")]
    got = [g for g in _got(art(text, es)) if g[0] == "CONSULT"]
    assert got == [("CONSULT", ("per:r", "per:s"), ())]
    text = ("Rudi Hartono menyatakan akan menambah pasokan beras. Hal tersebut disampaikan saat "
            "rapat koordinasi dengan Bupati Sri Wahyuni di Cirebon.")
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "per:s", "PERSON", "Sri Wahyuni")]
    got = [g for g in _got(art(text, es)) if g[0] == "CONSULT"]
    assert got == [("CONSULT", ("per:r", "per:s"), ())]
    # a subject of its own before the saying verb is no thing said: no one borrowed
    text = ("Rudi Hartono menyatakan akan menambah pasokan beras. Rencana pasar murah "
            "diungkapkan usai bertemu dengan Bupati Sri Wahyuni di Cirebon.")
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "per:s", "PERSON", "Sri Wahyuni")]
    assert [g for g in _got(art(text, es)) if g[0] == "CONSULT"] == []


def test_reconciling_with_a_named_party_is_an_agreement() -> None:
    text = "Rudi Hartono akhirnya berdamai dengan Budi Santoso setelah mediasi di balai desa."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "per:b", "PERSON", "Budi Santoso")]
    assert _got(art(text, es)) == [("AGREE", ("per:r", "per:b"), ())]
    # making peace with one's lot names no party: none
    text = "Rudi Hartono mengaku sudah berdamai dengan keadaan."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert _got(art(text, es)) == []


def test_road_users_asked_to_obey_are_a_civilian_addressee() -> None:
    text = ("Kapolda Rudi Hartono mengharapkan seluruh pengguna jalan agar mematuhi rambu lalu "
            "lintas.")
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert _got(art(text, es)) == [("REQUEST", ("per:r",), ("CVL",))]
    # a hope about road users, asked of no one, stays none
    text = "Rudi Hartono mengharapkan jumlah pengguna jalan tol meningkat tahun ini."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert _got(art(text, es)) == []
