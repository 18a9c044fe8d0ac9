"""Kind and boundary corrections of tagged chunks (warta.ner.kinds), on token lists."""

from __future__ import annotations

from warta.ner.gazetteer import GazMatch, Place
from warta.ner.kinds import fix_chunks, glued


def _joined(text: str, words: list[str]) -> list[bool]:
    spans, at = [], 0
    for w in words:
        s = text.index(w, at)
        spans.append((s, s + len(w)))
        at = s + len(w)
    return glued(spans)


def test_hyphen_glued_name_is_one_name() -> None:
    text = "Kim Jong-un tiba"
    words = ["Kim", "Jong", "-", "un", "tiba"]
    assert fix_chunks(words, [("PERSON", 0, 2)], _joined(text, words)) == [("PERSON", 0, 4)]
    # Spaced hyphens join nothing: "Korea - Jepang" stays two places.
    text = "Korea - Jepang"
    words = ["Korea", "-", "Jepang"]
    chunks = [("PLACE", 0, 1), ("PLACE", 2, 3)]
    assert fix_chunks(words, chunks, _joined(text, words)) == chunks


def test_facility_head_makes_a_place() -> None:
    text = "di Bandara Soekarno - Hatta ,"
    words = text.split()
    got = fix_chunks(words, [("PERSON", 2, 3), ("PERSON", 4, 5)], _joined(text, words))
    assert got == [("PLACE", 1, 5)]
    text = "demo di Jalan Thamrin"
    words = text.split()
    assert fix_chunks(words, [("PERSON", 3, 4)], _joined(text, words)) == [("PLACE", 2, 4)]


def test_ship_names_are_no_people() -> None:
    text = "kapal induk Ronald Reagan tiba"
    words = text.split()
    assert fix_chunks(words, [("PERSON", 2, 4)], _joined(text, words)) == []
    text = "USS Ronald Reagan tiba"
    words = text.split()
    assert fix_chunks(words, [("ORG", 0, 1), ("PERSON", 1, 3)], _joined(text, words)) == []
    # An airline after "pesawat" is still an organisation.
    text = "pesawat Garuda Indonesia mendarat"
    words = text.split()
    assert fix_chunks(words, [("ORG", 1, 3)], _joined(text, words)) == [("ORG", 1, 3)]


def test_legal_forms_join_their_organisation() -> None:
    text = "PT Pos Indonesia (Persero) Tbk naik"
    words = ["PT", "Pos", "Indonesia", "(", "Persero", ")", "Tbk", "naik"]
    joined = _joined(text, words)
    assert fix_chunks(words, [("ORG", 0, 3), ("ORG", 4, 7)], joined) == [("ORG", 0, 7)]
    assert fix_chunks(words, [("ORG", 4, 7)], joined) == []  # "Persero) Tbk" alone


def test_non_entities_and_places_named_alone() -> None:
    text = "IHSG dan IPO di Davao"
    words = text.split()
    davao = GazMatch(4, 5, Place("Davao", "PH", "place"))
    chunks = [("ORG", 0, 1), ("ORG", 2, 3), ("PERSON", 4, 5)]
    assert fix_chunks(words, chunks, _joined(text, words), [davao]) == [("PLACE", 4, 5)]
    # A role before the name keeps the person ("Jenderal Sudirman" style).
    assert fix_chunks(words, chunks, _joined(text, words), [davao], with_role={4}) == [
        ("PERSON", 4, 5)]


def test_acronym_after_a_role_does_not_swallow_the_name() -> None:
    from warta.ner.kinds import split_acronym_org

    words = ["Ketua", "KPK", "Firli", "Bahuri", "diperiksa"]
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O"]
    assert split_acronym_org(words, tags) == ["O", "B-ORG", "B-PERSON", "I-PERSON", "O"]
    # No role before it, a legal-form prefix, or a place inside: one organisation.
    assert split_acronym_org(words[1:], tags[1:]) == tags[1:]
    words = ["Direktur", "PT", "Sinar", "Jaya", "hadir"]
    assert split_acronym_org(words, tags) == tags
    words = ["Ketua", "DPD", "Jawa", "Barat", "hadir"]
    assert split_acronym_org(words, tags, not_name={2, 3}) == tags


def test_country_after_a_head_of_state_role_does_not_swallow_the_name() -> None:
    from warta.ner.kinds import split_acronym_org

    words = ["Presiden", "Turki", "Recep", "Tayyip", "Erdogan", "mengajak"]
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    assert split_acronym_org(words, tags, countries={1: 2}) == [
        "O", "B-PLACE", "B-PERSON", "I-PERSON", "I-PERSON", "O"]
    # Another role: "Peneliti Indonesia Corruption Watch" stays an organisation.
    words = ["Peneliti", "Indonesia", "Corruption", "Watch", "hadir"]
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O"]
    assert split_acronym_org(words, tags, countries={1: 2}) == tags
