"""Rules of the events stage added by the evnoun30 branch (issue 15 part 1, events told by a
noun): a suit told by its hearing's noun, and a body's decision as the support verb of a
noun. Each sentence is written for its test; the near shape that must stay as it was is
asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import coded

ANDI = ("per:a", "PERSON", "Andi Wijaya")
BUDI = ("per:b", "PERSON", "Budi Santoso")
MAJU = ("org:p", "ORG", "Partai Maju")
DAGANG = ("org:k", "ORG", "Komisi Dagang")


def test_a_divorce_hearing_tells_the_suit_of_the_first_named() -> None:
    assert coded("Sidang perceraian Andi Wijaya - Budi Santoso kembali digelar di pengadilan.",
                 [ANDI, BUDI]) == [("ACCUSE", ("per:a",), ("per:b",))]
    assert coded("Sidang perceraian Andi Wijaya kembali digelar di pengadilan.",
                 [ANDI]) == [("ACCUSE", ("per:a",), ())]


def test_a_divorce_hearing_with_no_one_named_or_a_suit_told_by_its_verb_adds_nothing() -> None:
    # a generic statement names no party
    assert coded("Sidang perceraian biasanya digelar tertutup.", []) == []
    # the suit told by its verb is coded once, by the verb
    assert coded("Andi Wijaya menggugat cerai Budi Santoso. Sidang perceraian Andi Wijaya - "
                 "Budi Santoso digelar Senin.", [ANDI, BUDI]) == [
        ("ACCUSE", ("per:a",), ("per:b",))]


def test_a_bodys_decision_gives_the_noun_it_names() -> None:
    assert coded("Rapat pleno Partai Maju menetapkan dukungan terhadap Budi Santoso sebagai "
                 "calon gubernur.", [MAJU, BUDI]) == [("SUPPORT", ("org:p",), ("per:b",))]
    assert coded("Komisi Dagang menetapkan sanksi kepada Partai Maju.", [DAGANG, MAJU]) == [
        ("SANCTION", ("org:k",), ("org:p",))]
    # "memutuskan kerja sama" severs it: no cooperation
    assert coded("Komisi Dagang memutuskan kerja sama dengan Partai Maju.", [DAGANG, MAJU]) != [
        ("COOPERATE", ("org:k",), ("org:p",))]
