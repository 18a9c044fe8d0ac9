"""Rules of the events stage added by the evmore25 branch (issue 15 part 1, events recall and
codes): a demand made in a purpose clause after an active verb, criticism told as harm to an
institution's standing, a warning of what not to be. Each sentence is written for its test;
the near shape that must stay as it was is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import coded

ANDI = ("per:a", "PERSON", "Andi Wijaya")
BUDI = ("per:b", "PERSON", "Budi Santoso")




def test_a_demand_in_a_purpose_clause_has_the_main_subject() -> None:
    got = coded("Andi Wijaya menggelar jumpa pers untuk mendesak Budi Santoso mundur.",
               [ANDI, BUDI])
    assert got == [("REQUEST", ("per:a",), ("per:b",))]
    # the speaker named as the agent of a passive saying verb before "ketika"
    got = coded("Hal itu diakui oleh dosen Andi Wijaya, ketika menyampaikan keterangan pers"
               " untuk mendesak Budi Santoso mundur.", [ANDI, BUDI])
    assert ("REQUEST", ("per:a",), ("per:b",)) in got
    # not after any verb: the one paid acts, a duty is no act, reported content is none
    got = coded("Andi Wijaya mengaku membayar seseorang untuk menyelidiki kasus Budi Santoso.",
               [ANDI, BUDI])
    assert not [g for g in got if g[1] == ("per:a",) and g[0] == "ACCUSE"]
    got = coded("Andi Wijaya menyebut polisi telah menemukan bukti untuk menetapkan Budi Santoso"
               " sebagai tersangka.", [ANDI, BUDI])
    assert not [g for g in got if g[1] == ("per:a",)]
    # a passive main verb lends no subject: the one summoned asks nothing here
    got = coded("Andi Wijaya dipanggil untuk meminta Budi Santoso mundur.", [ANDI, BUDI])
    assert not [g for g in got if g[0] == "REQUEST" and g[1] == ("per:a",)]


def test_criticism_told_as_harm_to_standing() -> None:
    got = coded("Andi Wijaya menilai, sikap Budi Santoso akan menjatuhkan marwah lembaga itu.",
               [ANDI, BUDI])
    assert got == [("ACCUSE", ("per:a",), ("per:b",))]
    # a plain judgement of worth is none
    got = coded("Andi Wijaya menilai pertemuan itu penting bagi marwah lembaga.", [ANDI])
    assert got == []


def test_a_reason_clause_after_an_own_deed_shares_its_subject() -> None:
    got = coded("Andi Wijaya melanggar kode etik karena bertemu dengan Budi Santoso.",
               [ANDI, BUDI])
    assert got == [("CONSULT", ("per:a", "per:b"), ())]
    # after an act on someone the reason may be the object's: the police attack no one
    got = coded("Polisi menangkap pria itu karena menyerang Budi Santoso.", [BUDI])
    assert [g[0] for g in got] == ["COERCE"]


def test_a_warning_of_what_not_to_be_is_a_request() -> None:
    got = coded("Andi Wijaya memperingatkan Budi Santoso tidak mengulangi perbuatannya.",
               [ANDI, BUDI])
    assert got == [("REQUEST", ("per:a",), ("per:b",))]
    # a forecast told by "bahwa" is no event, a warning of a deed to come stays a threat
    assert coded("Andi Wijaya memperingatkan bahwa harga tidak akan turun.", [ANDI]) == []
    got = coded("Andi Wijaya memperingatkan Budi Santoso akan menyerang balik.", [ANDI, BUDI])
    assert got == [("THREATEN", ("per:a",), ("per:b",))]


def test_a_region_head_titled_by_the_region_alone_is_the_office() -> None:
    text = "Andi Wijaya setuju dengan gubernur Jakarta untuk menunda rapat itu."
    got = coded(text, [ANDI])
    assert got == [("AGREE", ("per:a",), ("GOV",))]
    # the race for the office is no office holder acting
    got = coded("Syarat pencalonan gubernur Jakarta mewajibkan calon mendapat dukungan partai.",
               [])
    assert not [g for g in got if "GOV" in g[1]]
    # with the governor named after the region, the noun is his title
    got = coded("Andi Wijaya bertemu dengan Gubernur Jawa Barat Budi Santoso.", [ANDI, BUDI])
    assert got == [("CONSULT", ("per:a", "per:b"), ())]
