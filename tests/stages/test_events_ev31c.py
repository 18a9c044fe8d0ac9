"""Rules of the events stage added by the ev31c branch (issue 15 part 1, seeds 133 and
134): a summons to an audience as the meeting, applying for aid as a request, a count of
times opening reported content, and an invitation to a tour as no request. Each sentence is
written for its test; the near shape that must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import KOMISI_DAGANG as KOMISI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import quoted_codes as _codes
from tests.stages.test_events import quoted_roles as _roles


def test_a_summons_to_an_audience_is_the_meeting() -> None:
    got = _roles("Budi Santoso dipanggil menghadap Rudi Hartono di Istana .", BUDI, RUDI)
    assert [c for c, _, _ in got] == ["CONSULT"]
    assert set(got[0][1]) == {"per:budi", "per:rudi"}
    # a plain summons stays a request
    assert ("REQUEST", ("per:rudi",), ("per:budi",)) in _roles(
        "Budi Santoso dipanggil Rudi Hartono ke Istana .", BUDI, RUDI)


def test_applying_for_aid_asks_the_body_applied_to() -> None:
    assert ("REQUEST", ("per:budi",), ("org:k",)) in _roles(
        "Budi Santoso sudah berulang kali mengajukan bantuan ke Komisi Dagang .", BUDI, KOMISI)
    # giving aid is no request
    assert "REQUEST" not in _codes("Budi Santoso memberikan bantuan ke Komisi Dagang .",
                                   BUDI, KOMISI)


def test_a_count_of_times_is_no_subject_of_reported_content() -> None:
    got = _roles("Budi Santoso mengatakan sudah beberapa kali bertemu dengan Rudi Hartono .",
                 BUDI, RUDI)
    assert ("CONSULT", ("per:budi", "per:rudi"), ()) in got
    # a new subject after the verb of saying still keeps the speaker out
    got = _roles("Budi Santoso mengatakan dua pejabat bertemu dengan Rudi Hartono .",
                 BUDI, RUDI)
    assert all("per:budi" not in a for _, a, _ in got)


def test_an_invitation_to_a_tour_is_no_request() -> None:
    assert "REQUEST" not in _codes("Dalam acara itu , Budi Santoso turut mengajak berkeliling "
                                   "rumahnya .", BUDI)
    # an invitation to act stays
    assert "REQUEST" in _codes("Budi Santoso mengajak Rudi Hartono untuk menghentikan "
                               "pembangunan pabrik .", BUDI, RUDI)


PARTAI = ("org:p", "ORG", "Partai Maju")
RAKER = ("org:r", "ORG", "Rakernas")


def test_an_attender_takes_part_in_the_meeting() -> None:
    got = _roles("Budi Santoso hadir di rapat kerja nasional Partai Maju di Bandung .",
                 BUDI, PARTAI)
    assert ("CONSULT", ("per:budi", "org:p"), ()) in got


def test_a_meetings_short_form_is_no_party() -> None:
    got = _roles("Budi Santoso hadir di rapat kerja nasional ( Rakernas ) Partai Maju di "
                 "Bandung .", BUDI, PARTAI, RAKER)
    assert ("CONSULT", ("per:budi", "org:p"), ()) in got
    assert all("org:r" not in a + t for _, a, t in got)
    # a party's own name in brackets after a meeting word still takes part
    got = _roles("Budi Santoso menggelar pertemuan dengan Komisi Dagang ( KD ) di Bandung .",
                 BUDI, KOMISI)
    assert any("org:k" in a + t for _, a, t in got)


def test_defending_backs_only_someone_named() -> None:
    assert "SUPPORT" not in _codes('" Kita membela anak , sama dengan kita membela negara , " '
                                   'kata Budi Santoso .', BUDI)
    # defending a named party stays support
    assert ("SUPPORT", ("per:budi",), ("per:rudi",)) in _roles(
        "Budi Santoso membela Rudi Hartono dalam rapat itu .", BUDI, RUDI)


def test_a_meeting_ever_had_with_no_one_named_is_a_memory() -> None:
    assert "CONSULT" not in _codes('" Saya pernah bertemu dulu sekali , itu jadi gambaran '
                                   'saya , " kata Budi Santoso .', BUDI)
    # with the partner named it stays, and a denial stays a rejection
    assert ("CONSULT", ("per:budi", "per:rudi"), ()) in _roles(
        "Budi Santoso pernah bertemu dengan Rudi Hartono di Jakarta .", BUDI, RUDI)
    assert "REJECT" in _codes("Budi Santoso tidak pernah bertemu Rudi Hartono .", BUDI, RUDI)
