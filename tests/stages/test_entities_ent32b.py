"""Round 32 (ent32b): peoples, lone model suffixes, police units, persons amid places."""

from __future__ import annotations

from warta.ner.gazetteer import load_gazetteer
from warta.ner.resolve import (
    Mention,
    _model_codes,
    _peoples,
    _persons_amid_places,
    _units_before_commands,
)


def _at(text: str, surface: str, kind: str, nth: int = 0) -> Mention:
    """A mention of `surface` in `text` (its `nth` occurrence)."""
    s = -1
    for _ in range(nth + 1):
        s = text.index(surface, s + 1)
    return Mention(s, s + len(surface), kind, surface)


def _names(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.kind, m.surface) for m in mentions]


def test_people_after_its_noun_and_listed_after_it_is_no_entity() -> None:
    """'suku Marind dan Asmat': a people and the one listed after it, no person or place;
    the same name read as a person elsewhere ('milisi Marind') is the people too."""
    text = ("Milisi Marind menyerang pos itu . Desa Kolopom dihuni warga suku Marind dan "
            "Asmat , kata Budi Santoso di Merauke .")
    got = _names(_peoples(text, [
        _at(text, "Marind", "PERSON"), _at(text, "Kolopom", "PLACE"),
        _at(text, "Marind", "PERSON", 1), _at(text, "Asmat", "PLACE"),
        _at(text, "Budi Santoso", "PERSON"), _at(text, "Merauke", "PLACE")]))
    assert ("PERSON", "Marind") not in got
    assert ("PLACE", "Asmat") not in got
    assert got == [("PLACE", "Kolopom"), ("PERSON", "Budi Santoso"), ("PLACE", "Merauke")]


def test_people_noun_keeps_places_elsewhere_and_persons_listed() -> None:
    """A place of the people's name elsewhere stays ('pulau Sentani' beside 'suku
    Sentani'); a person listed after the people stays ('suku Sentani dan Yoram');
    a capitalised office ('Suku Dinas') is no people's noun."""
    text = ("Warga suku Sentani dan Yoram tiba di pulau Sentani . Kepala Suku Dinas "
            "Pertamanan Jakarta Timur , Rina Wulandari , hadir .")
    got = _names(_peoples(text, [
        _at(text, "Sentani", "PLACE"), _at(text, "Yoram", "PERSON"),
        _at(text, "Sentani", "PLACE", 1),
        _at(text, "Suku Dinas Pertamanan Jakarta Timur", "ORG"),
        _at(text, "Rina Wulandari", "PERSON")]))
    assert got == [("PERSON", "Yoram"), ("PLACE", "Sentani"),
                   ("ORG", "Suku Dinas Pertamanan Jakarta Timur"),
                   ("PERSON", "Rina Wulandari")]


def test_model_suffix_alone_grows_back_over_its_lower_camel_brand() -> None:
    """'iGlaz [Pro]': a model's suffix word the tagger took alone is the model named with
    the lower-camel brand word before it; no bare 'Pro'."""
    text = "Layarnya sama seperti di iGlaz Pro , kata Rina Wulandari ."
    got = _names(_model_codes(text, [_at(text, "Pro", "ORG"),
                                     _at(text, "Rina Wulandari", "PERSON")]))
    assert ("ORG", "iGlaz Pro") in got
    assert ("ORG", "Pro") not in got
    assert ("PERSON", "Rina Wulandari") in got


def test_model_joined_to_a_second_by_dan_is_the_first_model() -> None:
    """'iGlaz [5 dan 5 Plus]': two models joined, the second without its brand word; the
    mention is the first model, 'iGlaz 5', not the joined run."""
    text = "Chipnya lebih cepat ketimbang milik iGlaz 5 dan 5 Plus tahun lalu ."
    got = _names(_model_codes(text, [_at(text, "5 dan 5 Plus", "ORG")]))
    assert got == [("ORG", "iGlaz 5")]


def test_person_after_a_lower_camel_word_is_not_a_model() -> None:
    """A person's name opening with a suffix word ('Max Hartono') after a lower-camel
    word stays the person."""
    text = "Video di eKanal Max Hartono ditonton jutaan orang ."
    got = _names(_model_codes(text, [_at(text, "Max Hartono", "PERSON")]))
    assert got == [("PERSON", "Max Hartono")]


def test_unit_word_before_its_command_is_one_name() -> None:
    """'Satreskrim [Polres Lembang]': the unit of the command, one name; not inside its
    head's office ('Kasat Reskrim [Polres Lembang]' keeps the command)."""
    text = ("Kasat Reskrim Polres Lembang AKP Rudi Hartono memimpin . Satreskrim Polres "
            "Lembang menangkap pelaku .")
    got = _names(_units_before_commands(text, [
        _at(text, "Polres Lembang", "ORG"), _at(text, "Rudi Hartono", "PERSON"),
        _at(text, "Polres Lembang", "ORG", 1)]))
    assert ("ORG", "Satreskrim Polres Lembang") in got
    assert ("ORG", "Reskrim Polres Lembang") not in got
    assert got[:2] == [("ORG", "Polres Lembang"), ("PERSON", "Rudi Hartono")]


def test_spelt_unit_and_short_form_before_command_is_the_unit() -> None:
    """'Satuan Polisi Perairan dan Udara (Satpolairud) [Polres Lembang]' is the unit, and
    'Satpolairud [Polres Lembang]' later names the same unit; no bare command left."""
    text = ("Satuan Polisi Perairan dan Udara (Satpolairud) Polres Lembang menggelar apel . "
            "Menurut Rina , Satpolairud Polres Lembang siap .")
    got = _names(_units_before_commands(text, [
        _at(text, "Satpolairud", "ORG"), _at(text, "Polres Lembang", "ORG"),
        _at(text, "Rina", "PERSON"), _at(text, "Polres Lembang", "ORG", 1)]))
    whole = "Satuan Polisi Perairan dan Udara Polres Lembang"
    assert got == [("ORG", whole), ("PERSON", "Rina"), ("ORG", whole)]
    assert ("ORG", "Polres Lembang") not in got


def test_one_word_person_amid_listed_places_is_a_place() -> None:
    """'Garut , Tasik , [Ciamisan] dan Banjar': a one-word 'person' amid a list of places
    is one of the towns; a person with an office, or one after a single place, stays."""
    gaz = load_gazetteer()
    text = ("Rombongan singgah di Garut , Tasik , Ciamisan dan Banjar . Lalu Bogor , Rudi "
            "dan Depok .")
    ms = [_at(text, w, "PLACE") for w in ("Garut", "Tasik")]
    ms += [_at(text, "Ciamisan", "PERSON"), _at(text, "Banjar", "PLACE"),
           _at(text, "Bogor", "PLACE"), _at(text, "Rudi", "PERSON"), _at(text, "Depok", "PLACE")]
    _persons_amid_places(text, ms, gaz)
    got = _names(ms)
    assert ("PLACE", "Ciamisan") in got
    assert ("PERSON", "Ciamisan") not in got
    assert ("PERSON", "Rudi") in got
