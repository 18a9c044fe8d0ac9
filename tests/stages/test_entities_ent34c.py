"""Round 34 (ent34c): a common noun opening a sentence alone, before its verb, is no name."""

from __future__ import annotations

from warta.record import Entity
from warta.stages.entities import find_entities, list_numbers_masked
from warta.stages.segment import split_sentences


def _names(text: str) -> set[str]:
    ents: list[Entity] = find_entities(text, split_sentences(text))
    return {e.name for e in ents}


def test_opening_common_noun_before_reporting_verb_is_no_name() -> None:
    """'Statistik mencatat , …' and 'Kampus menegaskan , …' name nothing; the names around
    them stay."""
    got = _names("Universitas Kenanga menolak tuduhan itu . Kampus menegaskan , tidak ada "
                 "pelanggaran . Statistik mencatat , tim itu kalah 12 kali .")
    assert "Universitas Kenanga" in got
    assert "Kampus" not in got
    assert "Statistik" not in got


def test_longer_name_opened_by_the_noun_is_kept() -> None:
    """Only the noun alone is dropped: a name it opens stays whole."""
    got = _names("Kantor itu tutup . Kampus Kenanga Raya menolak , kata Budi Santoso .")
    assert "Kampus Kenanga Raya" in got
    assert "Budi Santoso" in got


def test_glued_list_numbers_are_blanked() -> None:
    """'… DPRD Kenanga2. Budi …': the next item's number glued to the office is no part of
    it; the offsets hold (same length)."""
    text = ("Mereka ialah : 1. Rudi Hartono selaku anggota DPRD Kenanga2. Budi Santoso "
            "selaku Ketua Komisi II DPRD Kenanga3. Sri Wulandari selaku Kepala Dinas PUPR "
            "Kenanga .")
    masked = list_numbers_masked(text)
    assert len(masked) == len(text)
    assert "Kenanga2" not in masked and "Kenanga3" not in masked
    ents = find_entities(text, split_sentences(text))
    roles = {e.name: e.roles for e in ents}
    assert "Ketua Komisi II DPRD Kenanga" in roles["Budi Santoso"]
    assert "Kepala Dinas PUPR Kenanga" in roles["Sri Wulandari"]
    assert not any(r.endswith(("Kenanga3", "Kenanga2")) for rs in roles.values() for r in rs)


def test_a_name_ending_in_a_number_is_kept() -> None:
    """A glued number with no list around it ('KTT G20. Presiden …') stays in the name."""
    text = "Para pemimpin hadir di KTT G20. Presiden Joko Widodo berpidato ."
    assert list_numbers_masked(text) == text
    assert "KTT G20" in _names(text)
