"""Round 34 (ent34c): a common noun opening a sentence alone, before its verb, is no name."""

from __future__ import annotations

from warta.record import Entity
from warta.stages.entities import find_entities
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
