"""Rules of the events stage added by the evrec27b branch (issue 15 part 1, events recall on
seeds 115-116's causes): submitting to a decision, insisting that someone must act, and an
act carried on. Each sentence is written for its test; the near shape that must stay as it
was is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import coded

ANDI = ("per:a", "PERSON", "Andi Wijaya")
BUDI = ("per:b", "PERSON", "Budi Santoso")
PARTAI = ("org:p", "ORG", "Partai Maju")
KLUB = ("org:k", "ORG", "Persija")


def test_submitting_to_a_decision_concedes_with_no_target_from_its_content() -> None:
    got = coded("Pengurus Partai Maju menyatakan tunduk kepada keputusan dewan pusat soal "
                "dukungan kepada Budi Santoso.", [PARTAI, BUDI])
    assert got == [("CONCEDE", ("org:p",), ())]
    # subject to the law is no concession
    assert coded("Partai Maju tunduk pada hukum Indonesia.", [PARTAI]) == []


def test_insisting_that_someone_must_act_demands_it() -> None:
    got = coded("Andi Wijaya berkeras bahwa Persija harus membeli pemain baru.", [ANDI, KLUB])
    assert got == [("REQUEST", ("per:a",), ("org:k",))]
    # insisting on one's own duty or innocence demands nothing of anyone
    assert coded("Andi Wijaya bersikeras bahwa dirinya harus tetap bermain.", [ANDI]) == []
    assert coded("Andi Wijaya bersikeras tidak bersalah.", [ANDI]) == []


def test_an_act_carried_on_is_done() -> None:
    got = coded("Andi Wijaya melanjutkan kerja sama dengan Partai Maju.", [ANDI, PARTAI])
    assert got == [("COOPERATE", ("per:a",), ("org:p",))]
