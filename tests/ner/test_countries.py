"""Countries of entities (warta.ner.countries) on the shipped gazetteer."""

from __future__ import annotations

from warta.analysis import analyze
from warta.ner.countries import article_countries, org_country, place_country
from warta.ner.gazetteer import Place, load_gazetteer


def test_shared_city_name_takes_the_article_country() -> None:
    g = load_gazetteer()
    assert g.codes("Linares")[0] != "ES" and "ES" in g.codes("Linares")
    linares = g.resolve("Linares")
    spain = g.resolve("Spanyol")
    context = article_countries([(spain, 2), (linares, 1)])
    assert context == {"ES": 2}
    assert place_country("Linares", linares, g, context) == "ES"
    assert place_country("Linares", linares, g, {}) == g.codes("Linares")[0]
    assert place_country("Jakarta", g.resolve("Jakarta"), g, context) == "ID"


def test_organisation_country_from_its_name() -> None:
    g = load_gazetteer()
    assert org_country("Bursa Efek Indonesia", g) == "ID"
    assert org_country("Hotel Pullman Jakarta", g) == "ID"
    assert org_country("Kementerian Luar Negeri Tiongkok", g) == "CN"
    assert org_country("Komisi Pemberantasan Korupsi", g) is None
    assert article_countries([(Place("Jakarta", "ID", "city"), 3), (None, 1)]) == {}


def test_small_foreign_city_without_its_country_gets_no_country() -> None:
    from warta.ner.countries import article_places, doubtful_city

    g = load_gazetteer()
    sikka = g.resolve("Sikka")
    assert sikka is not None and sikka.ambiguous and sikka.code == "IN"
    places = article_places([(g.resolve("Jakarta"), 2), (sikka, 1)])
    assert places == {"ID": 2}
    assert doubtful_city("Sikka", sikka, g, {}, places)
    assert doubtful_city("Sikka", sikka, g, {}, {})
    # The article places something else in that country: kept.
    assert not doubtful_city("Sikka", sikka, g, {"IN": 1}, places)
    assert not doubtful_city("Sikka", sikka, g, {}, {"IN": 1})
    assert not doubtful_city("Jakarta", g.resolve("Jakarta"), g, {}, places)


def test_area_words_say_the_country_of_a_place() -> None:
    # Indonesia's own area words place it in Indonesia, whatever city shares the name;
    # a village word lets a foreign code stand only where the article names that country.
    art = analyze("Warga Desa Pace, Kecamatan Silo, Kabupaten Jember, mengungsi akibat banjir.")
    got = {e.name: e.country for e in art.entities}
    assert got["Kecamatan Silo"] == "ID" and got["Kabupaten Jember"] == "ID"
    assert got["Desa Pace"] is None  # not Pace, Florida
    art = analyze("Banjir melanda Kelurahan Paris di Kabupaten Bogor.")
    assert {e.name: e.country for e in art.entities}["Kelurahan Paris"] == "ID"
