"""Rules of the events stage added by the evprec24 branch (issue 15 part 1): a meeting a
verb of suggesting asks to exist is none held; a main clause that will act after a
when-clause naming no one tells a standing procedure, nothing done; a backing named as the
manner of an act its clause calls needed is none given. Each sentence is written for its
test; the near shape that must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import KOMISI_DAGANG as KOMISI
from tests.stages.test_events import quoted_art, roles

FIRMA = ("org:f", "ORG", "Sentosa Digital")


def test_a_meeting_only_suggested_is_none_held() -> None:
    text = ("Budi Santoso menyarankan adanya pertemuan antara Komisi Dagang dan Sentosa "
            "Digital.")
    got = roles(quoted_art(text, BUDI, KOMISI, FIRMA))
    assert all(c != "CONSULT" for c, _, _ in got), got
    # a meeting held stays one
    text = "Komisi Dagang menggelar pertemuan dengan Sentosa Digital di Bandung."
    got = roles(quoted_art(text, KOMISI, FIRMA))
    assert any(c == "CONSULT" for c, _, _ in got), got


def test_a_procedure_after_a_when_clause_is_no_act() -> None:
    text = ("Ketika ada keluhan dilaporkan, petugas pasar akan menyelidiki dan memberikan "
            "dukungan kepada pedagang.")
    got = roles(quoted_art(text))
    assert all(c not in ("ACCUSE", "SUPPORT") for c, _, _ in got), got
    # a when-clause naming its occasion leaves the act planned
    text = ("Ketika Budi Santoso tiba di kantor, Komisi Dagang akan menyelidiki Sentosa "
            "Digital.")
    got = roles(quoted_art(text, BUDI, KOMISI, FIRMA))
    assert any(c == "ACCUSE" and t == ("org:f",) for c, _, t in got), got


def test_a_backing_needed_is_none_given() -> None:
    text = ("Langkah itu yang perlu dilakukan Sentosa Digital ke depan dengan dukungan "
            "Komisi Dagang.")
    got = roles(quoted_art(text, KOMISI, FIRMA))
    assert all(c != "SUPPORT" for c, _, _ in got), got
    # a backing told as given stays support
    text = "Budi Santoso maju dalam pemilihan itu dengan dukungan Komisi Dagang."
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert any(c == "SUPPORT" and "org:k" in a for c, a, _ in got), got


def test_operators_of_a_transport_service_are_firms() -> None:
    text = ("Budi Santoso menyesalkan kisruh antara pelaku sarana transportasi online dan "
            "tradisional.")
    got = roles(quoted_art(text, BUDI))
    assert any(c == "ACCUSE" and "BUS" in t for c, _, t in got), got
    assert all("CRM" not in t for _, _, t in got), got
