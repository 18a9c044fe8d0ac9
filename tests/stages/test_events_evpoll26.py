"""Rules of the events stage added by the evpoll26 branch (issue 15 part 1): a share of a
population measured by a poll ("54 persen warga menolak ...") is an opinion measured, no
actor's act. Each sentence is written for its test; the near shape that must stay is
asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import KOMISI_DAGANG as KOMISI
from tests.stages.test_events import quoted_art, roles

GB = ("gpe:gb", "GPE", "Inggris")


def test_a_poll_share_of_a_people_is_no_actor() -> None:
    text = "Dalam survei itu, 54 persen warga Inggris menolak rencana Komisi Dagang."
    got = roles(quoted_art(text, GB, KOMISI))
    assert all(c != "REJECT" for c, _, _ in got), got
    text = "Survei itu menyebut hanya 35 persen warga Inggris setuju dengan Budi Santoso."
    got = roles(quoted_art(text, GB, BUDI))
    assert all(c != "AGREE" for c, _, _ in got), got
    # the people's own government rejecting the plan stays a rejection
    text = "Dalam rapat itu, pemerintah Inggris menolak rencana Komisi Dagang."
    got = roles(quoted_art(text, GB, KOMISI))
    assert any(c == "REJECT" and t == ("org:k",) for c, _, t in got), got


def test_a_percentage_after_the_verb_keeps_the_act() -> None:
    # a rate named as the thing acted on is no subject: the tariff is a sanction all the same
    text = "Komisi Dagang menolak kenaikan tarif 20 persen yang diusulkan Budi Santoso."
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert any(c == "REJECT" and a == ("org:k",) for c, a, _ in got), got
