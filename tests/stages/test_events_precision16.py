"""Precision and role rules of the events stage added by the evprec16 branch (issue 15 part 1):
a negator before a causative negates the verb it makes its object do, the authority a
complaint is made to ("kepada Polres X") is no target, and asking a public figure for a photo
is no request. Each sentence is written for its test; the near shape that must stay is
asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import quoted_art, roles

ANDI = ("per:andi", "PERSON", "Andi Wijaya")


def test_a_negated_causative_negates_the_verb_it_makes_do() -> None:
    for text in ("Kekalahan itu tidak lantas membuat Budi Santoso menyalahkan Andi Wijaya.",
                 "Hasil buruk tersebut tak membuat Budi Santoso mengkritik Andi Wijaya."):
        assert roles(quoted_art(text, BUDI, ANDI)) == [], text
    # not negated, the causative still lets its object act
    text = "Kekalahan itu membuat Budi Santoso menyalahkan Andi Wijaya."
    assert roles(quoted_art(text, BUDI, ANDI)) == [("ACCUSE", ("per:budi",), ("per:andi",))]
    # a negator before another verb than a causative does not reach past the name
    text = "Polisi tidak bergerak dan Budi Santoso menyalahkan Andi Wijaya."
    assert ("ACCUSE", ("per:budi",), ("per:andi",)) in roles(quoted_art(text, BUDI, ANDI))


def test_the_authority_a_complaint_is_made_to_is_no_target() -> None:
    text = "Kami resmi mengadukan masalah ini kepada Polres Sukamaju, kata Budi Santoso."
    a = quoted_art(text, BUDI, ("org:p", "ORG", "Polres Sukamaju"))
    assert all("org:p" not in targets for code, _, targets in roles(a) if code == "ACCUSE")
    # the one complained of stays the target
    text = "Budi Santoso mengadukan PT Maju Jaya kepada Polres Sukamaju atas dugaan penipuan."
    a = quoted_art(text, BUDI, ("org:m", "ORG", "PT Maju Jaya"),
                   ("org:p", "ORG", "Polres Sukamaju"))
    assert roles(a) == [("ACCUSE", ("per:budi",), ("org:m",))]


def test_asking_for_a_photo_is_no_request() -> None:
    text = "Budi Santoso menyapa warga yang meminta foto bersama di pasar itu."
    assert roles(quoted_art(text, BUDI)) == []
    # asking a body to act stays a request
    text = "Budi Santoso meminta Dinas Pendidikan untuk memperbaiki sekolah itu."
    a = quoted_art(text, BUDI, ("org:d", "ORG", "Dinas Pendidikan"))
    assert ("REQUEST", ("per:budi",), ("org:d",)) in roles(a)


def test_a_hope_that_someone_undergoes_a_deed_asks_no_one() -> None:
    text = "Budi Santoso berharap Andi Wijaya akan dipanggil lagi ke tim nasional tahun depan."
    assert roles(quoted_art(text, BUDI, ANDI)) == []
    # a hope that the named one acts stays an appeal to him
    text = "Budi Santoso berharap Andi Wijaya segera mundur dari jabatannya."
    assert roles(quoted_art(text, BUDI, ANDI)) == [("REQUEST", ("per:budi",), ("per:andi",))]


def test_backing_an_abstract_aim_backs_no_party() -> None:
    text = "Budi Santoso mendukung gaya hidup aktif bagi para pegawai kantornya."
    assert roles(quoted_art(text, BUDI)) == []
    # backing a named party stays SUPPORT
    text = "Budi Santoso mendukung Andi Wijaya dalam pemilihan itu."
    assert roles(quoted_art(text, BUDI, ANDI)) == [("SUPPORT", ("per:budi",), ("per:andi",))]


def test_private_encounters_and_walkabouts_are_no_meeting() -> None:
    text = "Budi Santoso pertama kali bertemu suaminya di sebuah pesta di Bandung."
    assert all(code != "CONSULT" for code, _, _ in roles(quoted_art(text, BUDI)))
    text = "Budi Santoso dan Andi Wijaya bertemu di sebuah kelab malam di Jakarta."
    assert all(code != "CONSULT" for code, _, _ in roles(quoted_art(text, BUDI, ANDI)))
    text = "Budi Santoso berkunjung ke rumah-rumah warga di Sukamaju."
    assert roles(quoted_art(text, BUDI)) == []
    # two named parties meeting on business still meet
    text = "Budi Santoso bertemu Andi Wijaya di Istana untuk membahas anggaran."
    assert roles(quoted_art(text, BUDI, ANDI)) == [("CONSULT", ("per:budi", "per:andi"), ())]
