"""Rules of the events stage added by the evrec28b branch (issue 15 part 1, events recall on
seeds 119-120's causes): a sting as the subject of "dilakukan", caught "dalam" a sting, a
sentence upheld in the passive, criticism said with "mengatakan", a call told with the word
of need before the addressee, and a suspicion that an incident was planned. Each sentence is
written for its test; the near shape that must stay as it was is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import coded, quoted_art, roles

ANDI = ("per:a", "PERSON", "Andi Wijaya")
BUDI = ("per:b", "PERSON", "Budi Santoso")
KPK = ("org:kpk", "ORG", "KPK")
MA = ("org:ma", "ORG", "Mahkamah Agung")


def test_a_sting_done_on_someone_arrests_them() -> None:
    got = coded("OTT terhadap Budi Santoso dilakukan KPK pada Rabu.", [BUDI, KPK])
    assert got == [("COERCE", ("org:kpk",), ("per:b",))]
    # the sting told again, no one caught named: no second arrest
    assert coded("OTT itu dilakukan oleh KPK di Medan.", [KPK]) == []


def test_caught_in_a_sting_is_arrested() -> None:
    got = coded("Budi Santoso turut terjaring dalam OTT tersebut.", [BUDI])
    assert [(c, t) for c, _, t in got] == [("COERCE", ("per:b",))]


def test_a_sentence_upheld_in_the_passive_by_a_court() -> None:
    got = coded("Menurut keluarga, hukuman mati untuk Budi Santoso telah dikonfirmasi oleh "
                "Mahkamah Agung.", [BUDI, MA])
    assert got == [("SANCTION", ("org:ma",), ("per:b",))]
    # news confirmed by a manager upholds nothing
    assert coded("Kabar itu dikonfirmasi oleh Budi Santoso.", [BUDI]) == []


def test_an_act_said_to_be_arbitrary_is_criticised() -> None:
    a = quoted_art("Andi Wijaya mengatakan bahwa penahanan itu sewenang-wenang.", ANDI)
    assert roles(a) == [("ACCUSE", ("per:a",), ())]
    # a plain statement charges no one
    a = quoted_art("Andi Wijaya mengatakan bahwa penahanan itu berlangsung sehari.", ANDI)
    assert roles(a) == []


def test_a_need_before_the_addressee_tells_a_call() -> None:
    got = coded("Andi Wijaya memandang perlu pemerintah segera membentuk badan baru.", [ANDI])
    assert got == [("REQUEST", ("per:a",), ("GOV",))]
    # talks found needed, no one asked; a win found important asks nothing
    assert coded("Andi Wijaya menilai perlu ada pembicaraan dengan pemerintah.", [ANDI]) == []
    assert coded("Andi Wijaya menganggap penting kemenangan Persija.",
                 [ANDI, ("org:k", "ORG", "Persija")]) == []


def test_suspecting_an_incident_was_planned_charges_its_makers() -> None:
    got = coded("Andi Wijaya mencurigai kebakaran mobil di Cawang itu sudah direncanakan.",
                [ANDI])
    assert got == [("ACCUSE", ("per:a",), ())]
    # suspecting a link of a mail is no charge
    assert coded("Andi Wijaya mencurigai tautan di surat itu.", [ANDI]) == []
