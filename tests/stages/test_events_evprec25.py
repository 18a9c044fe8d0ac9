"""Rules of the events stage added by the evprec25 branch (issue 15 part 1): a name after a
noun of legal counsel is the client, no party; a person joined on by "bersama" right after
an arrest is held too; a backing given to a programme named after a preposition is none
between actors; a speaker named by an attribution opening the sentence only reports; an
unnamed agent noun in apposition after a person is that person. Each sentence is written for
its test; the near shape that must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import KOMISI_DAGANG as KOMISI
from tests.stages.test_events import quoted_art, roles

ANI = ("per:ani", "PERSON", "Ani Lestari")


def test_the_client_of_counsel_is_not_the_one_asked() -> None:
    text = "Komisi Dagang meminta tim kuasa hukum Budi Santoso tidak berbicara di luar sidang."
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert any(c == "REQUEST" for c, _, _ in got), got
    assert all("per:budi" not in t for _, _, t in got), got
    # the person asked directly stays the target
    text = "Komisi Dagang meminta Budi Santoso tidak berbicara di luar sidang."
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert any(c == "REQUEST" and t == ("per:budi",) for c, _, t in got), got


def test_a_partner_arrested_with_the_subject_is_held_too() -> None:
    text = "Budi Santoso ditangkap bersama kedua rekannya, Ani Lestari, di Bandung."
    got = roles(quoted_art(text, BUDI, ANI))
    assert any(c == "COERCE" and t == ("per:budi", "per:ani") for c, _, t in got), got
    # goods seized with him are no one held
    text = "Budi Santoso ditangkap bersama barang bukti sabu di rumah Ani Lestari."
    got = roles(quoted_art(text, BUDI, ANI))
    assert any(c == "COERCE" and t == ("per:budi",) for c, _, t in got), got


def test_a_backing_given_to_a_programme_is_no_support() -> None:
    text = "Rapat itu membahas dukungan Komisi Dagang terhadap program rumah murah."
    got = roles(quoted_art(text, KOMISI))
    assert all(c != "SUPPORT" for c, _, _ in got), got
    # a backing given to a person stays support
    text = "Komisi Dagang memberikan dukungan terhadap Budi Santoso dalam pemilihan itu."
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert any(c == "SUPPORT" and t == ("per:budi",) for c, _, t in got), got


def test_a_speaker_opening_the_sentence_only_reports() -> None:
    text = "Tapi kata Budi Santoso warga menyerang kantor Komisi Dagang kemarin."
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert all("per:budi" not in a for _, a, _ in got), got
    # the same name as the subject acts
    text = "Budi Santoso menyerang kantor Komisi Dagang kemarin."
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert any(c == "ASSAULT" and a == ("per:budi",) for c, a, _ in got), got


def test_an_unnamed_suspect_in_apposition_is_the_person_named() -> None:
    text = "Budi Santoso, tersangka yang sudah ditahan, melakukan pertemuan dengan Ani Lestari."
    got = roles(quoted_art(text, BUDI, ANI))
    assert any(c == "COERCE" and t == ("per:budi",) for c, _, t in got), got
    assert all("CRM" not in a + t for _, a, t in got), got
    # a suspect named by no one before him stays unnamed
    text = "Polisi menahan tersangka yang membawa sabu di Bandung."
    got = roles(quoted_art(text))
    assert any(c == "COERCE" and "CRM" in t for c, _, t in got), got
