"""Participant rules of the events stage added by the evroles8 branch (issue 15 part 1): the
maker of an enforcement operation an arrest is told inside is the arrest's agent. Each
sentence is written for its test; the near shape that must stay without an agent is asserted
beside it."""

from __future__ import annotations

from tests.stages.test_events import art, ent, one
from warta.stages.events import find_events


def test_the_maker_of_an_operation_is_the_arrests_agent() -> None:
    text = "Bupati Andi Susanto dan istrinya Citra diciduk dalam OTT yang dilakukan KPK di Medan."
    es = [ent(text, "per:a", "PERSON", "Andi Susanto"), ent(text, "per:c", "PERSON", "Citra"),
          ent(text, "org:k", "ORG", "KPK"), ent(text, "loc:m", "PLACE", "Medan")]
    e = one(find_events(art(text, es)), "COERCE")
    assert e.actors == ("org:k",)
    assert e.targets == ("per:a", "per:c")
    # an act noun as the operation, the agent marked by "oleh"
    text = "Tiga pengedar ditangkap saat penggerebekan yang digelar oleh Polres Bogor kemarin."
    es = [ent(text, "org:p", "ORG", "Polres Bogor")]
    assert one(find_events(art(text, es)), "COERCE").actors == ("org:p",)


def test_a_case_handled_by_a_body_names_no_arrester() -> None:
    # a case is no operation: who handles or reported it did not make the arrest
    text = "Andi Susanto ditangkap dalam kasus yang dilaporkan Budi Hartono."
    es = [ent(text, "per:a", "PERSON", "Andi Susanto"),
          ent(text, "per:b", "PERSON", "Budi Hartono")]
    assert all("per:b" not in e.actors for e in find_events(art(text, es)))


def test_a_passive_result_clause_shares_a_passive_main_clauses_subject() -> None:
    text = "Andi Susanto diduga menipu warga hingga ditetapkan tersangka oleh Polda Jambi."
    es = [ent(text, "per:a", "PERSON", "Andi Susanto"), ent(text, "org:k", "ORG", "Polda Jambi")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert (e.actors, e.targets) == (("org:k",), ("per:a",))
    # after an active main verb the subject acts: it is not the one detained
    text = "Budi Hartono memukul Andi Susanto hingga ditahan oleh Polres Bogor."
    es = [ent(text, "per:b", "PERSON", "Budi Hartono"),
          ent(text, "per:a", "PERSON", "Andi Susanto"),
          ent(text, "org:k", "ORG", "Polres Bogor")]
    assert all("per:b" not in e.targets for e in find_events(art(text, es)) if e.code == "COERCE")


def test_a_name_after_berinisial_ends_the_agents_description() -> None:
    text = ("Andi Susanto dilaporkan ke polisi oleh adik Wali Kota Kota Bogor (Kobo), "
            "berinisial RS, pekan lalu.")
    es = [ent(text, "per:a", "PERSON", "Andi Susanto"), ent(text, "per:r", "PERSON", "RS"),
          ent(text, "loc:b", "PLACE", "Kota Bogor"), ent(text, "loc:c", "PLACE", "Kobo")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert (e.actors, e.targets) == (("per:r",), ("per:a",))
    # a relative clause between: the name is someone the agent acted on, no agent
    text = "Andi Susanto dilaporkan ke polisi oleh warga yang memergoki pria berinisial RS."
    es = [ent(text, "per:a", "PERSON", "Andi Susanto"), ent(text, "per:r", "PERSON", "RS")]
    assert all("per:r" not in e.actors for e in find_events(art(text, es)))
