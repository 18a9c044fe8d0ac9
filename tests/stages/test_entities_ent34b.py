"""Round 34 (ent34b): bodies' English last words and acronymed forums, English titles apposed
after a name, a given name cut in an 'office , name , office , name' list."""

from __future__ import annotations

from tests.stages.test_entities_ent32b import _at, _names
from warta.ner.gazetteer import load_gazetteer
from warta.ner.resolve import (
    _acronymed_body,
    _apposed_title_len,
    _Cluster,
    _english_tails_run_back,
    _given_names_after_office_commas,
    join_embassy_forms,
)
from warta.record import Entity
from warta.stages.entities import find_entities
from warta.stages.segment import split_sentences


def _entities(text: str) -> list[Entity]:
    return find_entities(text, split_sentences(text))


def _kinds(text: str) -> set[tuple[str, str]]:
    return {(e.kind, e.name) for e in _entities(text)}


def test_english_tail_runs_back_over_the_cut_words() -> None:
    """'diadakan [Pelita Magazine]': the tagger's one-word 'Magazine' goes back over the
    capitalised word before it, an organisation."""
    text = "Pesta itu diadakan Pelita Magazine bersama tamu asing , kata Budi Santoso ."
    ms = _english_tails_run_back(text, [_at(text, "Magazine", "PERSON"),
                                        _at(text, "Budi Santoso", "PERSON")])
    assert _names(ms) == [("ORG", "Pelita Magazine"), ("PERSON", "Budi Santoso")]


def test_english_tail_keeps_role_words_and_tagged_words_out() -> None:
    """A role word before the tail is no part of the body's name ('Ketua [Institute]' stays
    as tagged); a tail right after a tagged name is left to that name."""
    text = "Ia menjadi Ketua Institute itu . Lalu Rina Wulandari Institute datang ."
    ms = _english_tails_run_back(text, [
        _at(text, "Institute", "ORG"), _at(text, "Rina Wulandari", "PERSON"),
        _at(text, "Institute", "ORG", 1)])
    assert _names(ms) == [("ORG", "Institute"), ("PERSON", "Rina Wulandari"),
                          ("ORG", "Institute")]


def test_conservatory_and_magazine_are_bodies() -> None:
    """A conservatory named with its city is a school, an organisation, not the place."""
    got = _kinds("Rudi Hartono belajar musik di Conservatory Rotterdam sejak kecil .")
    assert ("ORG", "Conservatory Rotterdam") in got
    assert ("PLACE", "Conservatory Rotterdam") not in got


def test_forum_with_its_bracketed_acronym_is_a_body() -> None:
    """'Forum Warga Peduli ( FWP )' is a standing body, an organisation, not an event."""
    got = _kinds("Ratusan anggota Forum Warga Peduli ( FWP ) berunjuk rasa di Medan .")
    assert ("ORG", "Forum Warga Peduli") in got
    assert ("EVENT", "Forum Warga Peduli") not in got


def test_acronymed_body_needs_the_bracketed_acronym() -> None:
    words = ["Forum", "Warga", "Peduli", "(", "FWP", ")", "hadir"]
    assert _acronymed_body(words, 0, 3)
    words = ["Forum", "Warga", "Peduli", "digelar", "(", "2024", ")"]
    assert not _acronymed_body(words, 0, 3)
    words = ["Kongres", "Warga", "Peduli", "(", "KWP", ")", "hadir"]
    assert not _acronymed_body(words, 0, 3)  # "Kongres" opens gatherings only


def test_apposed_english_title_is_the_names_office_not_a_person() -> None:
    """'Budi Santoso , Visiting Professor pada Universitas Maju , memuji …': the title with
    its body is Budi's office; no person 'Visiting Professor'."""
    ents = _entities("Budi Santoso , Visiting Professor pada Universitas Maju , memuji "
                     "acara itu .")
    got = {(e.kind, e.name): e.roles for e in ents}
    assert got.get(("PERSON", "Budi Santoso")) == (
        "Visiting Professor pada Universitas Maju",)
    assert ("PERSON", "Visiting Professor") not in got
    assert ("ORG", "Universitas Maju") in got


def test_apposed_title_length() -> None:
    assert _apposed_title_len(["Senior", "Lecturer", "di", "X"], 0) == 2
    assert _apposed_title_len(["Visiting", "Professor", "pada", "X"], 0) == 2
    assert _apposed_title_len(["Ketua", "RT", "05"], 0) == 0
    assert _apposed_title_len(["Rina", "Wulandari", ",", "kata"], 0) == 0


def test_counsellor_title_before_a_name_is_its_role() -> None:
    """'… , demikian Minister Counsellor Fungsi Politik KBRI Oslo , Rina Wulandari kepada …':
    the English diplomatic title before the name is her office."""
    ents = _entities("Acara itu meriah , demikian Minister Counsellor Fungsi Politik KBRI "
                     "Oslo , Rina Wulandari kepada wartawan , Sabtu .")
    got = {e.name: e.roles for e in ents if e.kind == "PERSON"}
    assert got.get("Rina Wulandari") == ("Minister Counsellor Fungsi Politik KBRI Oslo",)


def test_given_name_cut_after_an_office_comma_goes_back_on() -> None:
    """'Duta Besar Palestina , [Rawan] Sulaiman , Dubes X , …': the capitalised dictionary
    word before the name is its given name, and the office before the comma is his, not the
    list's next one."""
    text = ("Hadir Duta Besar Mesir , Rawan Hakim , Dubes Kroasia , Ana Petrovic , dan "
            "lainnya .")
    ms = [_at(text, "Mesir", "PLACE"), _at(text, "Hakim", "PERSON"),
          _at(text, "Kroasia", "PLACE"), _at(text, "Ana Petrovic", "PERSON")]
    ms[1].role = "Dubes Kroasia"
    _given_names_after_office_commas(text, ms, load_gazetteer())
    assert ms[1].surface == "Rawan Hakim"
    assert ms[1].role == "Duta Besar Mesir"
    assert ms[3].surface == "Ana Petrovic"


def test_no_given_name_without_an_office_or_after_a_place() -> None:
    """No office before the comma, or a place as the word: the name stays as tagged."""
    text = "Warga desa , Rawan Hakim , datang . Dubes Mesir , Kairo Hakim , pulang ."
    ms = [_at(text, "Hakim", "PERSON"), _at(text, "Mesir", "PLACE"),
          _at(text, "Hakim", "PERSON", 1)]
    _given_names_after_office_commas(text, ms, load_gazetteer())
    assert [m.surface for m in ms] == ["Hakim", "Mesir", "Hakim"]


def test_longer_name_ending_in_a_tail_is_a_body_with_its_glued_word() -> None:
    """'Indonesia-[Malaysia Business Forum]' read as a place: the forum, one organisation
    with the country glued to it; the country's own mention inside goes."""
    text = "Panitia menggelar Indonesia-Malaysia Business Forum di Jakarta ."
    ms = _english_tails_run_back(text, [
        _at(text, "Indonesia", "PLACE"), _at(text, "Malaysia Business Forum", "PLACE"),
        _at(text, "Jakarta", "PLACE")])
    assert _names(ms) == [("ORG", "Indonesia-Malaysia Business Forum"), ("PLACE", "Jakarta")]


def test_home_embassy_short_and_long_forms_are_one_body() -> None:
    """'Kedutaan Besar Republik Indonesia di Oslo', later 'KBRI Oslo' and 'Kedubes
    Indonesia': one embassy, named by its longest form."""
    text = ("Kedutaan Besar Republik Indonesia di Oslo menggelar pameran . Menurut Rina "
            "Wulandari , KBRI Oslo mengundang warga . Kedubes Indonesia juga menyiapkan "
            "makanan .")
    orgs = [e for e in _entities(text) if e.kind == "ORG"]
    assert [e.name for e in orgs] == ["Kedutaan Besar Republik Indonesia"]
    assert len(orgs[0].mentions) == 3


def test_embassies_of_two_cities_stay_apart() -> None:
    """'KBRI Oslo' and 'KBRI Roma' are two embassies: nothing joins."""
    clusters = [_Cluster("ORG", "KBRI Oslo", [_at("KBRI Oslo", "KBRI Oslo", "ORG")]),
                _Cluster("ORG", "KBRI Roma", [_at("KBRI Roma", "KBRI Roma", "ORG")]),
                _Cluster("ORG", "KBRI", [_at("KBRI", "KBRI", "ORG")])]
    assert len(join_embassy_forms(clusters)) == 3
