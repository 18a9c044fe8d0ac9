"""The dateline's place as an entity (`warta.ner.dateline`)."""

from __future__ import annotations

import pytest

from warta.ner.dateline import (
    dateline_names,
    free_id,
    unmentioned_after,
    with_dateline,
    with_outlet,
)
from warta.ner.gazetteer import Gazetteer, Place
from warta.record import Entity, Span

_JAKARTA = Place("Jakarta", "ID", "city")
_NTB = Place("Nusa Tenggara Barat", "ID", "province")
GAZ = Gazetteer({"jakarta": _JAKARTA, "dki jakarta": _JAKARTA, "mataram": Place(
    "Mataram", "ID", "city"), "kuala lumpur": Place("Kuala Lumpur", "MY", "city"),
    "nusa tenggara barat": _NTB}, {"NTB": _NTB})


def _place(name: str, ident: str, *spans: tuple[int, int]) -> Entity:
    return Entity(id=ident, kind="PLACE", name=name,
                  mentions=tuple(Span(start=a, end=b) for a, b in spans))


def test_dateline_names_are_its_parts_in_a_names_case() -> None:
    assert dateline_names("KUALA LUMPUR") == ["Kuala Lumpur"]
    assert dateline_names("Samarinda , Kalimantan Timur") == ["Samarinda", "Kalimantan Timur"]
    assert dateline_names("Mataram, NTB") == ["Mataram", "NTB"]  # the acronym as written
    assert dateline_names("Jakarta") == ["Jakarta"]
    assert dateline_names(" , ") == []


def test_a_place_the_body_names_is_that_entity() -> None:
    body = [_place("Jakarta", "loc:jakarta", (0, 7))]
    assert with_dateline("JAKARTA", body, GAZ) == body
    # another name of the same gazetteer place is the same entity
    dki = [_place("DKI Jakarta", "loc:dki-jakarta", (0, 11))]
    assert with_dateline("Jakarta", dki, GAZ) == dki


def test_a_place_only_in_the_dateline_is_an_entity_with_no_mentions() -> None:
    person = Entity(id="per:budi", kind="PERSON", name="Budi", mentions=(Span(start=0, end=4),))
    out = with_dateline("KUALA LUMPUR", [person], GAZ)
    assert out[0] is person
    assert out[1] == Entity(id="loc:kuala-lumpur", kind="PLACE", name="Kuala Lumpur",
                            country="MY")
    # not in the gazetteer: the name as written, no country
    assert with_dateline("MISANO ADRIATICO", [], GAZ) == [
        Entity(id="loc:misano-adriatico", kind="PLACE", name="Misano Adriatico")]
    # an organisation of that name is not the place
    org = Entity(id="loc:jakarta", kind="ORG", name="Jakarta", mentions=(Span(start=0, end=7),))
    out = with_dateline("JAKARTA", [org], GAZ)
    assert [e.id for e in out] == ["loc:jakarta", "loc:jakarta-2"]


def test_each_place_of_the_dateline_is_one_entity() -> None:
    body = [_place("Mataram", "loc:mataram", (0, 7))]
    out = with_dateline("Mataram, NTB", body, GAZ)
    assert [(e.name, e.country, e.mentions) for e in out] == [
        ("Mataram", None, (Span(start=0, end=7),)), ("Nusa Tenggara Barat", "ID", ())]


@pytest.mark.parametrize("written", [None, "", " , ", "123"])
def test_no_place_no_entity(written: str | None) -> None:
    assert with_dateline(written, [], GAZ) == []


def test_free_id_and_unmentioned_entities_put_back() -> None:
    assert free_id("loc:a", {"loc:a", "loc:a-2"}) == "loc:a-3"
    assert free_id("loc:a", set()) == "loc:a"
    only = Entity(id="loc:jakarta", kind="PLACE", name="Jakarta", country="ID")
    after = [_place("Bogor", "loc:jakarta", (0, 5))]  # an id a stage remade
    out = unmentioned_after([only, *after], list(after))
    assert [e.id for e in out] == ["loc:jakarta", "loc:jakarta-2"] and out[1].mentions == ()
    # one the stage now finds in the text is that entity
    named = [_place("Jakarta", "loc:jakarta", (0, 7))]
    assert unmentioned_after([only], list(named)) == named


def test_the_town_under_its_administrative_name_in_the_body_is_the_datelines_place() -> None:
    # "DKI Jakarta" that the gazetteer does not give as the town: still the dateline's
    # "JAKARTA", no second entity with no mentions
    gaz = Gazetteer({"jakarta": _JAKARTA}, {})
    dki = [_place("DKI Jakarta", "loc:dki-jakarta", (0, 11))]
    assert with_dateline("JAKARTA", dki, gaz) == dki
    kota = [_place("Kota Bandung", "loc:kota-bandung", (0, 12))]
    assert with_dateline("BANDUNG", kota, gaz) == kota
    # a regency named after a town is another area
    kab = [_place("Kabupaten Bogor", "loc:kabupaten-bogor", (0, 15))]
    assert [e.name for e in with_dateline("BOGOR", kab, gaz)] == ["Kabupaten Bogor", "Bogor"]


def test_a_numbered_id_is_never_another_names_own_id() -> None:
    # "Liga" twice beside "Liga 2": the second "Liga" is no "-2" that "Liga 2" holds
    taken = {"org:liga", "org:liga-2"}
    assert free_id("org:liga", taken) == "org:liga-3"
    assert free_id("org:liga-2", taken) == "org:liga-2-2"


def test_the_outlet_is_the_bodys_org_of_that_name_else_one_with_no_mentions() -> None:
    body = [Entity(id="org:tempo-co", kind="ORG", name="Tempo.co",
                   mentions=(Span(start=0, end=8),)),
            Entity(id="per:antara", kind="PERSON", name="Antara",
                   mentions=(Span(start=20, end=26),))]
    assert with_outlet("TEMPO.CO", body) == body  # named in the body: no second one
    out = with_outlet("Antara", body)  # a PERSON of that name is not the outlet
    assert out[:2] == body and (out[2].kind, out[2].name, out[2].mentions) == (
        "ORG", "Antara", ())
    assert out[2].id not in {e.id for e in body}
    assert with_outlet(None, body) == body


def test_the_outlet_with_its_domain_is_the_bodys_name_without_it() -> None:
    # cuts16: "TeknoKita.com" of a closing line is the body's "TeknoKita", no second one
    body = [Entity(id="org:teknokita", kind="ORG", name="TeknoKita",
                   mentions=(Span(start=7, end=16),))]
    assert with_outlet("TeknoKita.com", body) == body
    out = with_outlet("TeknoKita.com", [])
    assert [(e.kind, e.name, e.mentions) for e in out] == [("ORG", "TeknoKita.com", ())]
