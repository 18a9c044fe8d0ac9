"""Rules of the events stage added by the evprec26 branch (issue 15 part 1): an invitation
to perform as a guest star is a booking, no request; an act noun inside a body's name
("otoritas investigasi") is no act; a coach urging his own players and a head praising his
own ranks act within one side. Each sentence is written for its test; the near shape that
must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import KOMISI_DAGANG as KOMISI
from tests.stages.test_events import quoted_art, roles

HOTEL = ("org:h", "ORG", "Hotel Mawar")


def test_booking_a_guest_star_is_no_request() -> None:
    text = ("Hotel Mawar telah mengundang Budi Santoso melalui manajernya untuk tampil "
            "sebagai bintang tamu di malam Tahun Baru.")
    got = roles(quoted_art(text, BUDI, HOTEL))
    assert all(c != "REQUEST" for c, _, _ in got), got
    # inviting someone to give evidence stays a request
    text = "Komisi Dagang mengundang Budi Santoso untuk memberikan keterangan di gedung DPR."
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert any(c == "REQUEST" and t == ("per:budi",) for c, _, t in got), got


def test_an_act_noun_in_a_body_name_is_no_act() -> None:
    text = "Komisi Dagang yakin otoritas investigasi Australia tidak memakai bukti yang kuat."
    got = roles(quoted_art(text, KOMISI))
    assert all(c != "ACCUSE" for c, _, _ in got), got
    # an investigation done by a body stays an accusation
    text = "Komisi Dagang melakukan investigasi terhadap Budi Santoso sejak Januari."
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert any(c == "ACCUSE" and a == ("org:k",) for c, a, _ in got), got


def test_a_coach_urging_his_own_players_is_no_request() -> None:
    text = "Budi Santoso mendesak para pemainnya untuk mengamankan enam poin."
    got = roles(quoted_art(text, BUDI))
    assert all(c != "REQUEST" for c, _, _ in got), got
    # urging a named body stays a request
    text = "Budi Santoso mendesak Komisi Dagang untuk memenangkan laga berikutnya."
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert any(c == "REQUEST" and t == ("org:k",) for c, _, t in got), got


def test_a_head_praising_his_own_ranks_is_no_support() -> None:
    text = "Budi Santoso menyampaikan apresiasi kepada seluruh jajarannya atas kerja keras itu."
    got = roles(quoted_art(text, BUDI))
    assert all(c != "SUPPORT" for c, _, _ in got), got
    # praising a named body stays support
    text = "Budi Santoso menyampaikan apresiasi kepada Komisi Dagang atas kerja keras itu."
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert any(c == "SUPPORT" and t == ("org:k",) for c, _, t in got), got


def test_the_source_of_a_claim_after_oleh_is_no_actor() -> None:
    text = "Komisi Dagang disebut oleh Budi Santoso menyerang sejumlah pos polisi."
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert any(c == "ASSAULT" and a == ("org:k",) for c, a, _ in got), got
    assert all("per:budi" not in a for _, a, _ in got), got
    # the agent of the attack itself stays the actor
    text = "Komisi Dagang diserang oleh Budi Santoso di pos polisi."
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert any(c == "ASSAULT" and a == ("per:budi",) for c, a, _ in got), got


def test_an_urgent_moment_is_no_demand() -> None:
    text = ("Putusan Mahkamah Agung harus dijadikan momentum mendesak bagi Komisi Dagang untuk "
            "segera membahas revisi aturan itu.")
    got = roles(quoted_art(text, KOMISI, ("org:m", "ORG", "Mahkamah Agung")))
    assert all(c != "REQUEST" for c, _, _ in got), got
    # urging the body stays a request
    text = "Budi Santoso mendesak Komisi Dagang untuk segera bekerja."
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert any(c == "REQUEST" and t == ("org:k",) for c, _, t in got), got


def test_praising_a_process_is_no_support() -> None:
    text = '"Kami hargai proses pemeriksaan etik yang berjalan," kata Budi Santoso.'
    got = roles(quoted_art(text, BUDI))
    assert all(c != "SUPPORT" for c, _, _ in got), got
    # praising a named body stays support
    text = '"Kami hargai Komisi Dagang yang bekerja keras," kata Budi Santoso.'
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert any(c == "SUPPORT" and t == ("org:k",) for c, _, t in got), got
