"""Role rules of the events stage added by the evprec17 branch (issue 15 part 1): a system
or a device named after a noun of a tool or its use is no participant, a body named after
its clients or pupils only says whose clients they are, and the candidates named after their
campaign team only say whose team it is. Each sentence is written for its test; the near
shape that must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import quoted_art, roles

ANI = ("per:ani", "PERSON", "Ani Lestari")
ANDI = ("per:andi", "PERSON", "Andi Wijaya")


def test_a_tool_or_its_use_is_no_participant() -> None:
    tool = ("org:s", "ORG", "SmartPark")
    text = "Budi Santoso memuji penerapan SmartPark di kota itu."
    assert all("org:s" not in t for _, _, t in roles(quoted_art(text, BUDI, tool)))
    text = "Budi Santoso meminta agar 500 kamera SmartPark segera dipasang di pasar."
    assert all("org:s" not in t for _, _, t in roles(quoted_art(text, BUDI, tool)))
    # the body that runs it, named bare, stays the one praised
    text = "Budi Santoso memuji Dinas Perhubungan atas kerja kerasnya."
    a = quoted_art(text, BUDI, ("org:d", "ORG", "Dinas Perhubungan"))
    assert ("SUPPORT", ("per:budi",), ("org:d",)) in roles(a)


def test_a_body_named_after_its_clients_is_no_party() -> None:
    firm = ("org:k", "ORG", "Koperasi Sejahtera Abadi")
    text = "Puluhan laporan penipuan dilaporkan nasabah Koperasi Sejahtera Abadi ke polisi."
    assert all("org:k" not in a for _, a, _ in roles(quoted_art(text, firm)))
    # a body after its clients, not after a passive verb, may stay a party
    text = "Polisi mengusut kasus penipuan yang dialami nasabah Koperasi Sejahtera Abadi."
    assert ("ACCUSE", ("COP",), ("org:k",)) in roles(quoted_art(text, firm))
    # a body as the bare agent of a passive stays its actor
    text = "Budi Santoso dilaporkan Koperasi Sejahtera Abadi ke polisi atas dugaan penipuan."
    assert ("ACCUSE", ("org:k",), ("per:budi",)) in roles(quoted_art(text, BUDI, firm))
    # the body named as the one reported stays the target
    text = "Warga melaporkan Koperasi Sejahtera Abadi ke polisi atas dugaan penipuan."
    assert ("ACCUSE", ("CVL",), ("org:k",)) in roles(quoted_art(text, firm))


def test_candidates_named_after_their_campaign_team_are_no_party() -> None:
    text = "Tim sukses Budi Santoso - Ani Lestari meminta warga memilih pasangan itu."
    got = roles(quoted_art(text, BUDI, ANI))
    assert all("per:budi" not in a and "per:ani" not in a for _, a, _ in got), got
    text = "Relawan Budi Santoso dan Ani Lestari mengajak warga datang ke TPS."
    got = roles(quoted_art(text, BUDI, ANI))
    assert all("per:budi" not in a and "per:ani" not in a for _, a, _ in got), got
    # the candidates themselves asking stay the actors
    text = "Budi Santoso - Ani Lestari meminta warga memilih pasangan itu."
    got = roles(quoted_art(text, BUDI, ANI))
    assert ("REQUEST", ("per:budi", "per:ani"), ("CVL",)) in got, got
    # a person after the team's head and a comma is its member, not its candidate
    text = "Tim sukses, Andi Wijaya, meminta warga memilih pasangan itu."
    assert ("REQUEST", ("per:andi",), ("CVL",)) in roles(quoted_art(text, ANDI))


def test_aspirants_to_an_office_are_no_holders_of_it() -> None:
    text = "Budi Santoso diduga meminta uang kepada sejumlah calon kepala daerah di provinsi itu."
    got = roles(quoted_art(text, BUDI))
    assert all("GOV" not in t for _, _, t in got), got
    # the holders themselves stay the government
    text = "Budi Santoso meminta para kepala daerah di provinsi itu menertibkan pasar."
    assert ("REQUEST", ("per:budi",), ("GOV",)) in roles(quoted_art(text, BUDI))


def test_the_players_of_a_trade_are_firms_not_offenders() -> None:
    text = "Budi Santoso memberi tenggat waktu kepada pelaku transportasi daring untuk berbenah."
    got = roles(quoted_art(text, BUDI))
    assert all("CRM" not in t for _, _, t in got), got
    # a bare "pelaku" stays the offender
    text = "Polisi menangkap pelaku pencurian di pasar itu."
    assert ("COERCE", ("COP",), ("CRM",)) in roles(quoted_art(text))


def test_the_name_a_short_description_belongs_to_acts() -> None:
    siti, imam = ("per:s", "PERSON", "Siti Aminah"), ("per:i", "PERSON", "Imam Wahyudi")
    for text in ("Siti Aminah, tetangga Imam Wahyudi, melaporkan Imam Wahyudi ke polisi.",
                 "Siti Aminah, tetangga Imam Wahyudi, berniat melaporkan Imam Wahyudi ke polisi."):
        assert roles(quoted_art(text, siti, imam)) == [("ACCUSE", ("per:s",), ("per:i",))], text
    # a body naming the described one's post may stand between
    text = ("Siti Aminah, tetangga dosen UIN Sukamaju Imam Wahyudi, melaporkan Imam Wahyudi "
            "ke polisi.")
    a = quoted_art(text, siti, imam, ("org:u", "ORG", "UIN Sukamaju"))
    assert ("ACCUSE", ("per:s",), ("per:i",)) in roles(a)
    # a plain pair of subjects stays both actors
    text = "Siti Aminah dan Imam Wahyudi melaporkan Andi Wijaya ke polisi."
    a = quoted_art(text, siti, imam, ANDI)
    assert roles(a) == [("ACCUSE", ("per:s", "per:i"), ("per:andi",))]
