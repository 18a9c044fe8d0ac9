"""Participant and code rules of the events stage added by the evroles12 branch (issue 15 part
1): a role noun apposed to a person, one side's own decision told by an accord word, and an
outlet's observation opening a sentence. Each sentence is written for its test; the near
shape that must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import art, ent, one
from warta.stages.events import find_events


def test_a_role_noun_right_after_a_person_is_their_apposition() -> None:
    text = ("Rina Wulandari, adik Agus Salim tersangka kasus pembalakan liar, meminta rumah "
            "yang disita polisi dikembalikan.")
    es = [ent(text, "per:r", "PERSON", "Rina Wulandari"),
          ent(text, "per:a", "PERSON", "Agus Salim")]
    assert one(find_events(art(text, es)), "REQUEST").actors == ("per:r",)
    # after a comma, with the case named: the same person's role
    text = "Agus Salim, terdakwa perkara pembalakan liar, meminta hakim membebaskannya."
    es = [ent(text, "per:a", "PERSON", "Agus Salim")]
    assert one(find_events(art(text, es)), "REQUEST").actors == ("per:a",)
    # an offender noun on its own keeps its code
    text = "Pelaku meminta uang tebusan kepada keluarga Agus Salim."
    es = [ent(text, "per:a", "PERSON", "Agus Salim")]
    assert "CRM" in one(find_events(art(text, es)), "REQUEST").actors


def test_one_sides_accord_to_act_is_its_own_decision() -> None:
    text = "Panja DPR sepakat memperberat ancaman hukuman bagi pelaku pembalakan liar."
    es = [ent(text, "org:p", "ORG", "Panja DPR")]
    assert [e for e in find_events(art(text, es)) if e.code == "AGREE"] == []
    # an accord with a partner, or of two sides, stays an agreement
    text = "Filipina sepakat berdamai dengan Vietnam soal sengketa perairan."
    es = [ent(text, "loc:f", "PLACE", "Filipina"), ent(text, "loc:v", "PLACE", "Vietnam")]
    assert one(find_events(art(text, es)), "AGREE").targets == ("VN",)
    text = "Filipina dan Vietnam sepakat membentuk patroli bersama."
    es = [ent(text, "loc:f", "PLACE", "Filipina"), ent(text, "loc:v", "PLACE", "Vietnam")]
    assert one(find_events(art(text, es)), "AGREE").actors == ("PH", "VN")


def test_an_outlets_observation_opening_the_sentence_is_no_actor() -> None:
    text = "Pantauan Tempo, polisi tengah menyelidiki kebakaran gudang itu."
    es = [ent(text, "org:t", "ORG", "Tempo")]
    assert one(find_events(art(text, es)), "ACCUSE").actors == ("COP",)


def test_the_object_of_a_relative_aside_is_not_the_subject_after_it() -> None:
    text = ("Pelatih Andi Susanto, yang kedapatan mendorong pemain Persik Budi Santoso, dijatuhi "
            "hukuman larangan bertanding oleh Komisi Disiplin PSSI.")
    es = [ent(text, "per:a", "PERSON", "Andi Susanto"), ent(text, "org:p", "ORG", "Persik"),
          ent(text, "per:b", "PERSON", "Budi Santoso"),
          ent(text, "org:k", "ORG", "Komisi Disiplin PSSI")]
    assert one(find_events(art(text, es)), "SANCTION").targets == ("per:a",)
    text = "Andi Susanto, yang mendorong Budi Santoso, ditahan polisi di Kediri."
    es = [ent(text, "per:a", "PERSON", "Andi Susanto"),
          ent(text, "per:b", "PERSON", "Budi Santoso"), ent(text, "loc:k", "PLACE", "Kediri")]
    assert one(find_events(art(text, es)), "COERCE").targets == ("per:a",)
    # a relative clause with no verb of its own keeps the name before the verb
    text = "Andi Susanto, yang juga ayah Budi Santoso, ditahan polisi di Kediri."
    es = [ent(text, "per:a", "PERSON", "Andi Susanto"),
          ent(text, "per:b", "PERSON", "Budi Santoso"), ent(text, "loc:k", "PLACE", "Kediri")]
    assert one(find_events(art(text, es)), "COERCE").targets
