"""Role heads before a name (warta.ner.roles)."""

from __future__ import annotations

from warta.ner.roles import head_at, lower_head_before, role_before


def test_occupations_are_role_heads() -> None:
    # Occupations the judges count as roles open one, capitalised or not.
    for word in ("sutradara", "Penyanyi", "pebalap", "Pentolan", "arsitek"):
        assert head_at([word, "Budi"], 0) == 1


def test_lower_case_head_with_nouns_of_its_own() -> None:
    words = "Pernyataan itu disampaikan tokoh feminis Fatima".split()
    assert lower_head_before(words, 5) == 3
    assert role_before(words, 5) == (3, 5)
    words = "Sidang dipimpin hakim anggota Wahyupi".split()
    assert role_before(words, 4) == (2, 4)


def test_no_role_after_a_quantity_or_over_a_verb() -> None:
    # Several people's head is no one's; a verb ends what a head may carry.
    assert role_before("bersaing dengan dua pebalap Valentino".split(), 4) is None
    assert lower_head_before("pasien dokter menangani Budi".split(), 3) is None
