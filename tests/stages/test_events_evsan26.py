"""Rules of the events stage added by the evsan26 branch (issue 15 part 1, events recall on
seed 113's causes): strangling and a punch thrown as assaults, a ban received and a red card
told as a "gift" as penalties. Each sentence is written for its test; the near shape that must
stay as it was is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import coded

ANDI = ("per:a", "PERSON", "Andi Wijaya")
BUDI = ("per:b", "PERSON", "Budi Santoso")


def test_strangling_is_an_assault_active_or_passive() -> None:
    got = coded("Andi Wijaya mencekik Budi Santoso dalam pertandingan itu.", [ANDI, BUDI])
    assert got == [("ASSAULT", ("per:a",), ("per:b",))]
    got = coded("Budi Santoso dicekik Andi Wijaya.", [ANDI, BUDI])
    assert got == [("ASSAULT", ("per:a",), ("per:b",))]


def test_a_punch_thrown_at_someone_is_an_assault() -> None:
    got = coded("Andi Wijaya melayangkan bogem mentah kepada Budi Santoso.", [ANDI, BUDI])
    assert got == [("ASSAULT", ("per:a",), ("per:b",))]


def test_a_ban_received_is_a_penalty_but_accepting_a_verdict_is_none() -> None:
    got = coded("Andi Wijaya mendapat hukuman larangan bertanding dua laga.", [ANDI])
    assert got == [("SANCTION", (), ("per:a",))]
    assert coded("Andi Wijaya menerima hukuman itu dengan lapang dada.", [ANDI]) == []


def test_a_red_card_told_as_a_gift_is_a_penalty() -> None:
    got = coded("Andi Wijaya menerima hadiah kartu merah langsung dari wasit.", [ANDI])
    assert [(g[0], g[2]) for g in got] == [("SANCTION", ("per:a",))]
