"""Rules of the events stage added by the evrec26 branch (issue 15 part 1, events recall):
funding between named firms, a sting's seizure by the anti-graft body, a rebuttal made, an
appeal to the press, a claim of responsibility, a charge judged unfair, and a quotation whose
enforcement act opens after aspect words.
Each sentence is written for its test; the near shape that must stay as it was is asserted
beside it."""

from __future__ import annotations

from tests.stages.test_events import coded, quoted_art, roles

FIRMS = [("org:a", "ORG", "Sinar Modal"), ("org:b", "ORG", "Kilat Antar")]


def test_funding_secured_from_a_group_led_by_a_firm() -> None:
    got = coded("Kilat Antar berhasil mengamankan pendanaan Rp 50 miliar dari konsorsium"
                " investor yang dipimpin Sinar Modal.", FIRMS)
    assert got == [("COOPERATE", ("org:a",), ("org:b",))]
    got = coded("Kilat Antar meraih pendanaan dari Sinar Modal.", FIRMS)
    assert got == [("COOPERATE", ("org:a",), ("org:b",))]
    # the leader of a longer phrase, an act's, gives no source
    got = coded("Kilat Antar mendapat dukungan dari serangan udara koalisi pimpinan Sinar Modal.",
                FIRMS)
    assert ("SUPPORT", ("org:a",), ("org:b",)) not in got
    # funding with no investor named is no cooperation with anyone
    assert coded("Kilat Antar meraih pendanaan Rp 50 miliar tahun ini.", FIRMS[1:]) == []


def test_an_investment_made_for_a_named_firm() -> None:
    got = coded("Sinar Modal menginvestasikan dana sebesar 2 miliar dolar untuk Kilat Antar.",
                FIRMS)
    assert got == [("COOPERATE", ("org:a",), ("org:b",))]
    # money put into its own plant names no partner
    assert coded("Sinar Modal menginvestasikan dana untuk pabrik barunya.", FIRMS[:1]) == []


def test_the_anti_graft_body_secures_money_in_a_sting() -> None:
    names = [("org:k", "ORG", "KPK")]
    got = coded("KPK mengamankan uang ratusan juta rupiah dalam operasi tangkap tangan.", names)
    assert got == [("COERCE", ("org:k",), ())]
    # a firm securing its money seizes nothing
    got = coded("Sinar Modal mengamankan uang nasabah di bank lain.", FIRMS[:1])
    assert got == []


def test_a_rebuttal_made() -> None:
    names = [("org:p", "ORG", "Asosiasi Kertas Nusantara")]
    got = coded("Asosiasi Kertas Nusantara menyampaikan sanggahan terkait temuan itu.", names)
    assert got == [("REJECT", ("org:p",), ())]
    # a rebuttal only named, made by no one here
    assert coded("Sanggahan itu dimuat di laman resmi.", []) == []


def test_an_appeal_to_the_press() -> None:
    names = [("per:j", "PERSON", "Joko Santoso")]
    got = coded("Joko Santoso berharap media siber dapat menjaga objektivitasnya.", names)
    assert got == [("REQUEST", ("per:j",), ("MED",))]


def test_a_quoted_act_opened_by_aspect_words_is_the_speakers() -> None:
    names = (("per:a", "PERSON", "Andi Wijaya"),)
    a = quoted_art('"Telah menetapkan satu orang sebagai tersangka," kata Andi Wijaya.', *names)
    assert roles(a) == [("ACCUSE", ("per:a",), ())]
    # another's act named in the quotation stays theirs
    a = quoted_art('"Dia sudah menetapkan satu orang sebagai tersangka," kata Andi Wijaya.',
                   *names)
    assert roles(a) == []


def test_a_claim_of_responsibility_for_an_attack() -> None:
    names = [("org:f", "ORG", "Front Merah")]
    got = coded("Front Merah mengaku bertanggung jawab atas serangan bom di pasar itu.", names)
    assert got == [("ASSAULT", ("org:f",), ())]
    # the claim verb alone before an attack noun claims no deed
    assert coded("Front Merah mengaku serangan itu menakutkan warga.", names) == []
    # one held to account is no claimer
    assert coded("Front Merah harus bertanggung jawab atas penembakan itu.", names) == []


def test_a_charge_judged_unfair_is_criticism() -> None:
    names = [("per:a", "PERSON", "Andi Wijaya"), ("org:p", "ORG", "Partai Maju")]
    got = coded("Andi Wijaya menilai tuduhan Partai Maju itu tidak adil.", names)
    assert got == [("ACCUSE", ("per:a",), ("org:p",))]


def test_a_quoted_noun_after_aspect_words_is_no_act_of_the_speaker() -> None:
    names = (("per:a", "PERSON", "Andi Wijaya"),)
    a = quoted_art('"Masih investigasi, apa penyebab kebakaran itu," kata Andi Wijaya.', *names)
    assert roles(a) == []
    # an apology told so is someone else's
    a = quoted_art('"Sudah meminta maaf ya sudah," kata Andi Wijaya.', *names)
    assert roles(a) == []
