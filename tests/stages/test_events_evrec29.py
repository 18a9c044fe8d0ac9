"""Rules of the events stage added by the evrec29 branch (issue 15 part 1, events recall on
seeds 119-122's causes): a duty laid on someone named in a direct quotation, criticism in
the passive "dikritisi", a contract ended in the passive, and a hack. Each sentence is
written for its test; the near shape that must stay as it was is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import coded, quoted_art, roles

ANDI = ("per:a", "PERSON", "Andi Wijaya")
BUDI = ("per:b", "PERSON", "Budi Santoso")
PSSI = ("org:pssi", "ORG", "PSSI")
DAGANG = ("org:k", "ORG", "Komisi Dagang")


def test_a_duty_laid_on_someone_named_in_a_quotation_is_a_call() -> None:
    a = quoted_art('"Komisi Dagang harus segera memeriksa harga beras," kata Andi Wijaya.',
                   ANDI, DAGANG)
    assert roles(a) == [("REQUEST", ("per:a",), ("org:k",))]
    # the name may be set off by "sendiri" before the need word
    a = quoted_art('"Budi Santoso sendiri perlu memperbaiki programnya," kata Andi Wijaya.',
                   ANDI, BUDI)
    assert roles(a) == [("REQUEST", ("per:a",), ("per:b",))]


def test_a_duty_of_ones_own_side_a_thing_or_a_role_asks_no_one() -> None:
    # the speaker's own side
    a = quoted_art('"Kita harus segera memeriksa harga beras," kata Andi Wijaya.', ANDI)
    assert roles(a) == []
    # a thing to be done in the passive
    a = quoted_art('"Harga beras perlu diperiksa," kata Andi Wijaya.', ANDI)
    assert roles(a) == []
    # a role the one named is to play
    a = quoted_art('"Komisi Dagang harus menjadi motor industri," kata Andi Wijaya.',
                   ANDI, DAGANG)
    assert roles(a) == []
    # a happening wished for: the congress asked nothing
    a = quoted_art('"Kongres Komisi Dagang harus terlaksana tahun ini," kata Andi Wijaya.',
                   ANDI, ("org:kk", "ORG", "Kongres Komisi Dagang"))
    assert roles(a) == []
    # a benefit the one named is to get
    a = quoted_art('"Komisi Dagang harus mendapatkan manfaat dari kebijakan itu," kata Andi '
                   'Wijaya.', ANDI, DAGANG)
    assert roles(a) == []
    # the government by a minister: his own side; by a legislator: asked
    a = quoted_art('"Pemerintah harus menolak usulan itu," ujar Menteri Andi Wijaya.', ANDI)
    assert roles(a) == []
    a = quoted_art('"Pemerintah harus menolak usulan itu," ujar anggota DPR Andi Wijaya.', ANDI)
    assert roles(a) == [("REQUEST", ("per:a",), ("GOV",))]
    # a country by name: mostly the speaker's own
    a = quoted_art('"Indonesia harus memperkuat industrinya," kata Andi Wijaya.', ANDI,
                   ("loc:id", "PLACE", "Indonesia", "ID"))
    assert roles(a) == []
    # outside a quotation, a duty stated is no call
    assert coded("Komisi Dagang harus segera memeriksa harga beras.", [DAGANG]) == []


def test_criticism_in_the_passive_dikritisi() -> None:
    got = coded("Rencana Komisi Dagang kembali dikritisi oleh Budi Santoso.", [BUDI, DAGANG])
    assert [(c, a) for c, a, _ in got] == [("ACCUSE", ("per:b",))]


def test_a_contract_ended_in_the_passive_is_a_sacking() -> None:
    got = coded("Budi Santoso diputus kontraknya oleh PSSI pada Kamis.", [BUDI, PSSI])
    assert got == [("SANCTION", ("org:pssi",), ("per:b",))]
    # a contract to be ended is a duty, nothing done
    assert coded("Budi Santoso harus diputus kontraknya oleh PSSI.", [BUDI, PSSI]) == []


def test_a_hack_of_someone_named_is_an_attack() -> None:
    got = coded("Budi Santoso meretas situs Komisi Dagang pada Senin.", [BUDI, DAGANG])
    assert got == [("ASSAULT", ("per:b",), ("org:k",))]
    # a hack of nothing named attacks no one
    assert coded("Budi Santoso pernah meretas sebuah situs.", [BUDI]) == []
