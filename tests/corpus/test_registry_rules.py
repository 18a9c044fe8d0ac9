"""The registry's name rules and curation replay (pure functions, no store)."""

from __future__ import annotations

from warta.corpus.registry import (
    Curation,
    alias_root,
    initials,
    is_acronym,
    parts_of,
    place_core,
    short_part,
    words,
)


def test_words_and_initials() -> None:
    assert words("B.J. Habibie") == ("b.j", "habibie")
    assert initials("Komisi Pemberantasan Korupsi") == "kpk"
    assert initials("Badan Meteorologi, Klimatologi, dan Geofisika") == "bmkg"
    assert initials("Badan Riset dan Inovasi Nasional") == "brin"
    assert initials("Polri") is None


def test_short_names() -> None:
    assert short_part("Prabowo", "PERSON") == "prabowo"
    assert short_part("KPK", "ORG") == "#kpk"
    assert short_part("AS", "PLACE") == "#as"
    assert is_acronym("BRIN", "ORG") and not is_acronym("BRIN", "PERSON")
    assert short_part("Bank", "ORG") is None  # generic: never stands for a longer name
    assert short_part("Jakarta", "PLACE") is None  # places join by alias or acronym only
    assert short_part("Prabowo Subianto", "PERSON") is None
    assert short_part("Li", "PERSON") is None  # too short to be told apart


def test_parts_of_longer_names() -> None:
    assert parts_of("Bahlil Lahadalia", "PERSON") == (("bahlil", "PERSON"),
                                                      ("lahadalia", "PERSON"))
    assert ("#brin", "ORG|PLACE") in parts_of("Badan Riset dan Inovasi Nasional", "ORG")
    # In the corpus an organisation is found by its initials only ("Chelsea Islan").
    assert parts_of("Persib Bandung", "ORG", corpus=True) == (("#pb", "ORG|PLACE"),)
    assert ("persib", "ORG") in parts_of("Persib Bandung", "ORG")


def test_alias_file() -> None:
    assert alias_root("Jokowi", "PERSON") == "per:joko-widodo"  # entities.toml
    assert alias_root("Sandi", "PERSON") == "per:sandiaga-uno"
    assert alias_root("KPK", "ORG") == "org:komisi-pemberantasan-korupsi"
    assert alias_root("kpk", "PLACE") == "org:komisi-pemberantasan-korupsi"
    assert alias_root("AS", "PLACE") == alias_root("AS", "ORG") == "loc:amerika-serikat"
    assert alias_root("Sandi", "ORG") is None  # a person's alias names people only
    assert alias_root("Budi", "PERSON") is None


def test_curation_replay() -> None:
    c = Curation()
    c.apply("merge", "per:a", "per:b")
    assert c.resolve("per:b", "per:b") == "per:a"
    c.apply("merge", "per:c", "per:a")  # chains follow
    assert c.resolve("per:b", "per:b") == "per:c"
    c.apply("split", "per:x", "")
    assert c.resolve("per:x", "per:c") == "per:x"
    c.apply("alias", "per:c", "per:y|Y")
    assert c.resolve("per:y", "per:y") == "per:c" and c.aliases["per:c"] == ["Y"]
    c.apply("merge", "per:b", "per:c")  # merging into a member of its own group: a no-op
    assert c.resolve("per:b", "per:b") == "per:c"


def test_place_core() -> None:
    assert place_core("Kecamatan Kawali") == "Kawali"
    assert place_core("Desa Sukamaju") == "Sukamaju"
    assert place_core("Kawali") is None
    assert place_core("Kabupaten Bandung") is None  # a regency is not its city
    assert place_core("Kota Bandung") is None
    assert place_core("Kampung Melayu") is None  # part of the name
    assert place_core("Kelurahan 9") is None  # not a name
    assert place_core("Kecamatan") is None
