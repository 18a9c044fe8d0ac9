"""Round 33 (ent33): names run on past a bracketed short form, aliases after initials,
a body named with and without the inner body's head."""

from __future__ import annotations

from tests.stages.test_entities_ent32b import _at, _names
from warta.ner.gazetteer import load_gazetteer
from warta.ner.resolve import (
    Mention,
    _Cluster,
    _districts_apart,
    _places_after_acronyms,
    _regional_body,
    _tails_past_acronyms,
    _unit_areas_before_holders,
    join_inner_heads,
    join_named_aliases,
    join_office_forms,
)
from warta.stages.entities import find_entities
from warta.stages.segment import split_sentences


def _ents(text: str) -> set[tuple[str, str]]:
    return {(e.kind, e.name) for e in find_entities(text, split_sentences(text))}


def test_office_head_before_a_regional_service_keeps_it_regional() -> None:
    """'Kantor Dinas …' is the service's office, a regional body as 'Dinas …' is; a
    national body with the same office head is not."""
    assert _regional_body("Kantor Dinas Pertanian dan Pangan")
    assert _regional_body("Dinas Pertanian dan Pangan")
    assert not _regional_body("Kantor Staf Kepresidenan")


def test_region_after_an_office_of_a_service_and_its_acronym_joins_it() -> None:
    """'Kantor Dinas Pertanian dan Pangan (Distan) Wonokerto': the regency after the
    bracketed acronym is the office's, one name; no bare office left."""
    text = "Polisi menggeledah Kantor Dinas Pertanian dan Pangan (Distan) Wonokerto kemarin ."
    got = _names(_places_after_acronyms(text, [
        _at(text, "Kantor Dinas Pertanian dan Pangan", "ORG"),
        _at(text, "Wonokerto", "PLACE")], {}))
    assert ("ORG", "Kantor Dinas Pertanian dan Pangan Wonokerto") in got
    assert ("ORG", "Kantor Dinas Pertanian dan Pangan") not in got


def test_numbered_area_run_into_a_holder_is_the_units() -> None:
    """'Kepala Balai Besar Jalan Raya ( BBJR ) [Wilayah IV Budi Santoso]': the numbered
    area goes with the unit, the rest is its head; an area word with no number stays."""
    text = ("Kepala Balai Besar Jalan Raya ( BBJR ) Wilayah IV Budi Santoso meninjau jalan . "
            "Warga Wilayah Rudi Hartono hadir .")
    split = _unit_areas_before_holders(text, [
        _at(text, "Balai Besar Jalan Raya", "ORG"),
        _at(text, "Wilayah IV Budi Santoso", "PLACE"),
        _at(text, "Wilayah Rudi Hartono", "PERSON")])
    assert _names(split) == [("ORG", "Balai Besar Jalan Raya"), ("ORG", "Wilayah IV"),
                             ("PERSON", "Budi Santoso"), ("PERSON", "Wilayah Rudi Hartono")]
    joined = _names(_places_after_acronyms(text, split, {}))
    assert ("ORG", "Balai Besar Jalan Raya Wilayah IV") in joined
    assert ("ORG", "Wilayah IV") not in joined


def test_numbered_area_needs_a_bracketed_acronym_before_it() -> None:
    """No bracketed acronym before: the run is left as the tagger read it."""
    text = "Kemarin Wilayah IV Budi Santoso meninjau jalan ."
    got = _names(_unit_areas_before_holders(text, [_at(text, "Wilayah IV Budi Santoso",
                                                          "PERSON")]))
    assert got == [("PERSON", "Wilayah IV Budi Santoso")]


def test_home_body_and_its_acronym_before_a_foreign_town_is_its_office_there() -> None:
    """'Indonesia Trade Office ( ITO ) Osaka': the body's office in the foreign town, one
    name; a foreign body before a town, or a home town, stays apart."""
    gaz = load_gazetteer()
    text = ("Kerja sama dengan Indonesia Trade Office ( ITO ) Osaka diteken . Lalu Global "
            "Trade Office ( GTO ) Osaka dan Indonesia Trade Office ( ITO ) Bandung .")
    osaka, bandung = gaz.resolve("Osaka"), gaz.resolve("Bandung")
    assert osaka is not None and bandung is not None
    got = _names(_places_after_acronyms(text, [
        _at(text, "Indonesia Trade Office", "ORG"),
        Mention(*_span(text, "Osaka", 0), "PLACE", "Osaka", place=osaka),
        _at(text, "Global Trade Office", "ORG"),
        Mention(*_span(text, "Osaka", 1), "PLACE", "Osaka", place=osaka),
        _at(text, "Indonesia Trade Office", "ORG", 1),
        Mention(*_span(text, "Bandung", 0), "PLACE", "Bandung", place=bandung)], {}))
    assert ("ORG", "Indonesia Trade Office Osaka") in got
    assert ("ORG", "Global Trade Office Osaka") not in got
    assert ("ORG", "Indonesia Trade Office Bandung") not in got


def _span(text: str, surface: str, nth: int) -> tuple[int, int]:
    s = -1
    for _ in range(nth + 1):
        s = text.index(surface, s + 1)
    return s, s + len(surface)


def test_alias_after_bracketed_initials_is_the_same_person() -> None:
    """'Budi Santoso ( BS ) alias Kribo': the alias after the name's initials is the
    person; initials that are a mention of their own ('( [BS] ) alias') too."""
    text = "Warga memukul Budi Santoso ( BS ) alias Kribo di pasar . Kribo tewas ."
    budi = _Cluster("PERSON", "Budi Santoso", [_at(text, "Budi Santoso", "PERSON")])
    kribo = _Cluster("PERSON", "Kribo", [_at(text, "Kribo", "PERSON"),
                                         _at(text, "Kribo", "PERSON", 1)])
    got = join_named_aliases(text, [budi, kribo])
    assert [(c.name, len(c.mentions)) for c in got] == [("Budi Santoso", 3)]
    budi = _Cluster("PERSON", "Budi Santoso", [_at(text, "Budi Santoso", "PERSON"),
                                               _at(text, "BS", "PERSON")])
    kribo = _Cluster("PERSON", "Kribo", [_at(text, "Kribo", "PERSON")])
    got = join_named_aliases(text, [budi, kribo])
    assert [(c.name, len(c.mentions)) for c in got] == [("Budi Santoso", 3)]


def test_bracketed_letters_not_the_names_initials_link_no_alias() -> None:
    """'Budi Santoso ( KPK ) alias …' is no set of his initials: no alias joined."""
    text = "Warga memukul Budi Santoso ( KPK ) alias Kribo di pasar ."
    budi = _Cluster("PERSON", "Budi Santoso", [_at(text, "Budi Santoso", "PERSON")])
    kribo = _Cluster("PERSON", "Kribo", [_at(text, "Kribo", "PERSON")])
    assert len(join_named_aliases(text, [budi, kribo])) == 2


def test_body_named_without_its_inner_bodys_head_is_one_body() -> None:
    """'Fraksi Partai Garuda' and 'Fraksi Garuda' are one faction; 'Partai Garuda' and a
    faction of another party are not joined to it."""
    text = "Fraksi Partai Garuda menolak . Fraksi Garuda diam . Fraksi Elang dan Partai Garuda ."
    long = _Cluster("ORG", "Fraksi Partai Garuda", [_at(text, "Fraksi Partai Garuda", "ORG")])
    short = _Cluster("ORG", "Fraksi Garuda", [_at(text, "Fraksi Garuda", "ORG")])
    other = _Cluster("ORG", "Fraksi Elang", [_at(text, "Fraksi Elang", "ORG")])
    party = _Cluster("ORG", "Partai Garuda", [_at(text, "Partai Garuda", "ORG", 1)])
    got = join_inner_heads([long, short, other, party])
    assert [(c.name, len(c.mentions)) for c in got] == [
        ("Fraksi Partai Garuda", 2), ("Fraksi Elang", 1), ("Partai Garuda", 1)]


def test_whole_text_unit_area_and_alias() -> None:
    """Through the stage: the unit with its numbered area, its head apart; the alias
    linked to the full name."""
    got = _ents("Kepala Balai Besar Jalan Raya ( BBJR ) Wilayah IV Budi Santoso meninjau "
                "jalan ambles di Garut , Sabtu . Polisi memburu pembakar Rudi Hartono ( RH ) "
                "alias Kribo di Bekasi . Kribo tewas di tempat .")
    assert ("PERSON", "Budi Santoso") in got
    assert ("PERSON", "Wilayah IV Budi Santoso") not in got
    assert ("PERSON", "Kribo") not in got


def test_district_run_into_its_regency_is_two_places() -> None:
    """'Kecamatan Lembang Kabupaten Garut' with no comma: the district and the regency
    apart; a regency word right after the area word (no name between) or before an
    unknown rest stays in the name."""
    gaz = load_gazetteer()
    text = ("Jalan ambles di Kecamatan Lembang Kabupaten Garut dan Kecamatan Kota Baru , "
            "juga Desa Sukamaju Kota Zzyqx .")
    got = _names(_districts_apart([
        _at(text, "Kecamatan Lembang Kabupaten Garut", "PLACE"),
        _at(text, "Kecamatan Kota Baru", "PLACE"),
        _at(text, "Desa Sukamaju Kota Zzyqx", "PLACE")], gaz))
    assert got == [("PLACE", "Kecamatan Lembang"), ("PLACE", "Kabupaten Garut"),
                   ("PLACE", "Kecamatan Kota Baru"), ("PLACE", "Desa Sukamaju Kota Zzyqx")]


def test_name_going_on_past_its_acronym_to_a_syllabic_short_form_is_one_body() -> None:
    """'Badan Dana Wisata (BDW) Daya Raya Nusa (Darana)': the tail after the acronym,
    spelt by the syllabic short form after it, is the body's, no person; a tail the short
    form does not spell stays apart."""
    text = ("Opsi itu mencakup Badan Dana Wisata (BDW) Daya Raya Nusa (Darana) sebagai "
            "pengelola . Lalu Badan Dana Wisata (BDW) Budi Santoso (Kribo) hadir .")
    got = _names(_tails_past_acronyms(text, [
        _at(text, "Badan Dana Wisata", "ORG"), _at(text, "BDW", "ORG"),
        _at(text, "Raya Nusa", "PERSON"), _at(text, "Darana", "ORG"),
        _at(text, "Badan Dana Wisata", "ORG", 1), _at(text, "Budi Santoso", "PERSON")]))
    assert got == [("ORG", "Badan Dana Wisata Daya Raya Nusa"), ("ORG", "Darana"),
                   ("ORG", "Badan Dana Wisata"), ("PERSON", "Budi Santoso")]


def test_regional_body_with_and_without_office_head_and_area_word_is_one() -> None:
    """'Kantor Dinas Pangan Wonokerto' and 'Dinas Pangan Kabupaten Wonokerto' are one
    service; another regency's service, and a national body, are not joined."""
    got = join_office_forms([_one("Kantor Dinas Pangan Wonokerto"),
                             _one("Dinas Pangan Kabupaten Wonokerto"),
                             _one("Dinas Pangan Kabupaten Sukarami"),
                             _one("Kantor Staf Kepresidenan"), _one("Staf Kepresidenan")])
    assert [(c.name, len(c.mentions)) for c in got] == [
        ("Kantor Dinas Pangan Wonokerto", 2), ("Dinas Pangan Kabupaten Sukarami", 1),
        ("Kantor Staf Kepresidenan", 1), ("Staf Kepresidenan", 1)]


def _one(name: str) -> _Cluster:
    return _Cluster("ORG", name, [Mention(0, len(name), "ORG", name)])


def test_district_short_form_before_its_regency_joins_no_place() -> None:
    """'Kecamatan Sungai Luar Kota ( Salako ) Kabupaten Garut': the district's syllabic
    short form before the regency makes no one place of them."""
    text = "Warga Desa Sukamaju , Kecamatan Sungai Luar Kota ( Salako ) Kabupaten Garut geger ."
    got = _names(_places_after_acronyms(text, [
        _at(text, "Desa Sukamaju", "PLACE"), _at(text, "Kecamatan Sungai Luar Kota", "PLACE"),
        _at(text, "Kabupaten Garut", "PLACE")], {}))
    assert ("PLACE", "Kabupaten Garut") in got
    assert ("PLACE", "Kecamatan Sungai Luar Kota Kabupaten Garut") not in got
