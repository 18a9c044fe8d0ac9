"""Rules of the events stage added by the evprec18 branch (issue 15 part 1): a verb alone in
quotation marks is a figure, no act; a name between a passive verb of claim and the verb is
the claim's source, no subject; a name after followers and kind words ("fans grup band X")
is the one followed, no participant; "pihak berwenang" ends a list member, no verb. Each
sentence is written for its test; the near shape that must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import KOMISI_DAGANG as KOMISI
from tests.stages.test_events import quoted_art, roles

FIRMA = ("org:f", "ORG", "Sentosa Digital")


def test_a_verb_alone_in_quotation_marks_is_a_figure() -> None:
    for text in ("Aturan baru Komisi Dagang itu ‘mengancam’ bisnis Sentosa Digital.",
                 'Aturan baru Komisi Dagang itu "mengancam" bisnis Sentosa Digital.',
                 "Aturan baru Komisi Dagang itu ‘ mengancam’ bisnis Sentosa Digital."):
        got = roles(quoted_art(text, KOMISI, FIRMA))
        assert all(c != "THREATEN" for c, _, _ in got), (text, got)
    # the plain verb stays a threat
    text = "Komisi Dagang mengancam Sentosa Digital dengan denda besar."
    assert ("THREATEN", ("org:k",), ("org:f",)) in roles(quoted_art(text, KOMISI, FIRMA))


def test_the_source_of_a_claim_is_no_subject() -> None:
    text = "Komplotan bersenjata itu disebut Budi Santoso menyerang Sentosa Digital pekan lalu."
    got = roles(quoted_art(text, BUDI, FIRMA))
    assert all("per:budi" not in a for _, a, _ in got), got
    # the subject named before the claim verb acts
    text = "Komisi Dagang disebut Budi Santoso menyerang Sentosa Digital pekan lalu."
    got = roles(quoted_art(text, BUDI, KOMISI, FIRMA))
    assert ("ASSAULT", ("org:k",), ("org:f",)) in got, got
    # a plain subject before the verb stays its actor
    text = "Budi Santoso menyerang Sentosa Digital pekan lalu."
    assert ("ASSAULT", ("per:budi",), ("org:f",)) in roles(quoted_art(text, BUDI, FIRMA))


def test_the_one_followed_by_fans_is_no_participant() -> None:
    band = ("org:b", "ORG", "Nada Ceria")
    text = "Penggemar grup band Nada Ceria menyumbangkan ratusan karung beras."
    got = roles(quoted_art(text, band))
    assert all("org:b" not in a for _, a, _ in got), got
    text = "Pendukung setia Budi Santoso menyerang pos polisi semalam."
    got = roles(quoted_art(text, BUDI))
    assert all("per:budi" not in a for _, a, _ in got), got
    # a name after a kind word alone, with no follower noun, stays the actor
    text = "Grup band Nada Ceria menyumbangkan ratusan karung beras kepada korban banjir."
    got = roles(quoted_art(text, band))
    assert any("org:b" in a for _, a, _ in got), got


def test_an_official_adjective_ends_a_list_member() -> None:
    text = "Komisi Dagang dan pihak berwenang Singapura menyelidiki Sentosa Digital."
    got = roles(quoted_art(text, KOMISI, FIRMA, ("loc:sg", "PLACE", "Singapura", "SG")))
    assert any(c == "ACCUSE" and "org:k" in a and t == ("org:f",) for c, a, t in got), got


def test_a_party_in_the_act_asked_for_is_not_the_one_asked() -> None:
    polri = ("org:p", "ORG", "Polri")
    for text in ("Budi Santoso mengusulkan keterlibatan Polri dalam penanganan banjir.",
                 "Budi Santoso meminta pengerahan Polri ke lokasi bentrokan."):
        got = roles(quoted_art(text, BUDI, polri))
        assert all("org:p" not in t for _, _, t in got), (text, got)
    # the one asked, named bare after the verb, stays the target
    text = "Budi Santoso meminta Polri segera mengusut kasus itu."
    assert ("REQUEST", ("per:budi",), ("org:p",)) in roles(quoted_art(text, BUDI, polri))

