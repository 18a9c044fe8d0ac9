"""Rules of the events stage added by the evatk26 branch (issue 15 part 1, events recall on
seeds 111-112's causes): pelting attacks, a claimed attack, a charge named as such, a push for
a change in a rule, an invitation in a purpose clause after delivering a letter, a person
described by sex and age. Each sentence is written for its test; the near shape that must
stay as it was is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import coded, find_events, quoted_art, roles

ANDI = ("per:a", "PERSON", "Andi Wijaya")
BUDI = ("per:b", "PERSON", "Budi Santoso")
ISIS = ("org:i", "ORG", "ISIS")


def test_pelting_with_stones_is_an_attack_active_or_passive() -> None:
    got = coded("Mobil rombongan Budi Santoso dilempari batu oleh orang tidak dikenal di Tol"
               " Cipali.", [BUDI])
    assert got == [("ASSAULT", (), ("per:b",))]
    got = coded("Andi Wijaya melempari rumah Budi Santoso dengan batu.", [ANDI, BUDI])
    assert got == [("ASSAULT", ("per:a",), ("per:b",))]
    # pelted with questions is no attack
    assert coded("Budi Santoso dilempari pertanyaan oleh Andi Wijaya.", [ANDI, BUDI]) == []


def test_claiming_an_attack_makes_the_claimant_its_attacker() -> None:
    got = coded("ISIS mengaku bertanggung jawab atas pemboman mobil itu.", [ISIS])
    assert got == [("ASSAULT", ("org:i",), ())]
    # owning up to a failure attacks no one
    assert coded("Andi Wijaya mengaku bertanggung jawab atas kegagalan proyek itu.",
                 [ANDI]) == []


def test_a_charge_named_as_such_is_an_accusation() -> None:
    got = coded("Budi Santoso, usia 31, dikenakan tuntutan mengemudi dalam keadaan mabuk.",
               [BUDI])
    assert [(g[0], g[2]) for g in got] == [("ACCUSE", ("per:b",))]
    # a fee charged is none
    assert coded("Budi Santoso dikenakan biaya tambahan.", [BUDI]) == []


def test_urging_a_change_in_a_rule_is_a_request() -> None:
    got = coded("Andi Wijaya mendorong adanya perubahan jumlah pengawas pemilu dalam revisi"
               " Undang-Undang Pemilu.", [ANDI])
    assert got == [("REQUEST", ("per:a",), ())]
    # an outcome wished, no rule named: none
    assert coded("Andi Wijaya mendorong adanya peningkatan ekonomi warga.", [ANDI]) == []


def test_an_invitation_after_delivering_a_letter_is_the_deliverers() -> None:
    got = coded("Andi Wijaya mengantar surat untuk mengundang Budi Santoso berbicara di MPR.",
               [ANDI, BUDI])
    assert got == [("REQUEST", ("per:a",), ("per:b",))]


def test_a_person_described_by_sex_and_age_is_the_one_named_before() -> None:
    text = ("Budi Santoso kembali terjerat narkoba. Polisi mengonfirmasi bahwa pria berusia 28"
            " tahun itu telah ditangkap atas kasus narkoba.")
    a = quoted_art(text, BUDI)
    assert [(c, t) for c, _, t in roles(a)] == [("COERCE", ("per:b",))]
    # a crowd of men is no one named before
    text = ("Budi Santoso kembali terjerat narkoba. Para pria itu telah ditangkap atas kasus"
            " narkoba.")
    assert all("per:b" not in e.targets for e in find_events(quoted_art(text, BUDI)))


def test_fireworks_set_off_at_someone_are_an_attack() -> None:
    got = coded("Andi Wijaya menyalakan petasan yang diarahkan ke rumah Budi Santoso.",
               [ANDI, BUDI])
    assert got == [("ASSAULT", ("per:a",), ("per:b",))]
    # set off to celebrate, aimed at no one: none
    assert coded("Andi Wijaya menyalakan petasan untuk merayakan malam tahun baru.",
                 [ANDI]) == []
