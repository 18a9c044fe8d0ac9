"""Rules of the events stage added by the evrec27c branch (events, third pass on seeds 117 and
118's causes): an apology conveyed, seized boats destroyed, a leader's phone call, a suspicion
voiced, a proposal in the passive, a refusal in words, a working meal, declining to say, and a
bare request before a comma. Each sentence is written for its test; the near shape that must
stay as it was is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import coded

ANDI = ("per:a", "PERSON", "Andi Wijaya")
BUDI = ("per:b", "PERSON", "Budi Santoso")
KOMISI = ("org:k", "ORG", "Komisi Dagang")


def test_an_apology_conveyed_concedes_and_asks_nothing() -> None:
    got = coded("Andi Wijaya menyampaikan permintaan maaf kepada Budi Santoso.", [ANDI, BUDI])
    assert got == [("CONCEDE", ("per:a",), ("per:b",))]
    assert coded("Andi Wijaya menyampaikan permintaan maaf.", [ANDI]) == [
        ("CONCEDE", ("per:a",), ())]
    # a request conveyed to someone named still asks
    got = coded("Andi Wijaya menyampaikan permintaan kepada Komisi Dagang.", [ANDI, KOMISI])
    assert got == [("REQUEST", ("per:a",), ("org:k",))]


def test_seized_boats_destroyed_are_coerced_not_attacked() -> None:
    got = coded("Pemerintah kembali meledakkan dan menenggelamkan 30 kapal pencuri ikan.", [])
    assert [g[0] for g in got] == ["COERCE"]
    assert coded("Andi Wijaya menenggelamkan kapal perang Budi Santoso.", [ANDI, BUDI]) == []


def test_a_call_to_a_leader_consults_but_contacting_a_source_does_not() -> None:
    got = coded("Andi Wijaya menghubungi Presiden Budi Santoso.", [ANDI, BUDI])
    assert got == [("CONSULT", ("per:a", "per:b"), ())]
    assert coded("Komisi Dagang mencoba menghubungi Budi Santoso.", [KOMISI, BUDI]) == []
    assert coded("Warga dapat menghubungi nomor Komisi Dagang.", [KOMISI]) == []


def test_suspecting_someone_named_accuses_them() -> None:
    got = coded("Komisi Dagang mencurigai Budi Santoso mendorong pemisahan wilayah.",
                [KOMISI, BUDI])
    assert got == [("ACCUSE", ("org:k",), ("per:b",))]


def test_a_proposal_in_the_passive_requests_but_a_thing_proposed_does_not() -> None:
    got = coded("Tambahan cuti itu diusulkan oleh Kepala Polisi Andi Wijaya.", [ANDI])
    assert got == [("REQUEST", ("per:a",), ())]
    assert coded("Anggaran yang diusulkan oleh Komisi Dagang naik.", [KOMISI]) == []


def test_a_refusal_in_words_rejects() -> None:
    got = coded("Budi Santoso tetap tidak setuju aturan itu dicabut.", [BUDI])
    assert got == [("REJECT", ("per:b",), ())]


def test_a_meal_with_someone_named_meets_them() -> None:
    got = coded("Budi Santoso berbicara setelah makan siang bersama Andi Wijaya.", [ANDI, BUDI])
    assert got == [("CONSULT", ("per:b", "per:a"), ())]
    assert coded("Andi Wijaya makan siang bersama keluarganya.", [ANDI]) == []


def test_declining_to_say_is_no_refusal() -> None:
    assert coded("Andi Wijaya menolak mengatakan Komisi Dagang sebagai lawan terberat.",
                 [ANDI, KOMISI]) == []


def test_a_bare_request_before_a_comma_has_no_content() -> None:
    got = coded("Meski Andi Wijaya sudah mendesak , Budi Santoso tetap tidak setuju aturan itu "
                "dicabut .", [ANDI, BUDI])
    assert ("REJECT", ("per:b",), ()) in got
    # a request's content right after it stays its content
    got = coded("Andi Wijaya mendesak Budi Santoso menandatangani kesepakatan itu .", [ANDI, BUDI])
    assert [g[0] for g in got] == ["REQUEST"]


def test_a_visit_to_an_area_meets_no_host() -> None:
    natuna = ("loc:n", "LOCATION", "Pulau Natuna")
    assert coded("Andi Wijaya mengunjungi kawasan perairan di sekitar Pulau Natuna.",
                 [ANDI, natuna]) == []
    # a visit to a body named still meets it
    got = coded("Andi Wijaya mengunjungi Komisi Dagang.", [ANDI, KOMISI])
    assert [g[0] for g in got] == ["CONSULT"]


def test_the_one_named_in_a_relative_of_place_is_no_subject() -> None:
    chiko = ("per:c", "PERSON", "Chiko Putra")
    got = coded("Pihak kampus tempat Chiko Putra berkuliah menjatuhkan sanksi .", [chiko])
    assert all("per:c" not in g[1] for g in got)
    # after a preposition "tempat" heads no relative: the subject after the comma acts
    got = coded("Di tempat Chiko Putra berkuliah , Andi Wijaya menjatuhkan sanksi .",
                [chiko, ANDI])
    assert [g[1] for g in got] == [("per:a",)]


def test_a_practice_spotlighted_as_existing_is_criticised() -> None:
    got = coded("Komisi Dagang juga menyoroti ada pemberian izin kepada pulau kecil .", [KOMISI])
    assert got == [("ACCUSE", ("org:k",), ())]
    assert coded("Komisi Dagang menyoroti pentingnya kolaborasi .", [KOMISI]) == []


def test_a_main_clause_request_before_a_comma_keeps_its_content() -> None:
    got = coded("Wakil Ketua Andi Wijaya mendesak , Menteri Komisi Dagang mencopot Direktur "
                "Budi Santoso .", [ANDI, KOMISI, BUDI])
    assert [g[0] for g in got] == ["REQUEST"]


def test_a_bare_disagreement_with_a_view_is_no_rejection() -> None:
    assert coded("Namun , Andi Wijaya tak setuju .", [ANDI]) == []
    got = coded("Andi Wijaya tidak setuju rencana pembangunan gedung itu .", [ANDI])
    assert got == [("REJECT", ("per:a",), ())]
