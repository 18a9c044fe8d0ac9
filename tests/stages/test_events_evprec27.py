"""Rules of the events stage added by the evprec27 branch (issue 15 part 1): a visit to a
venue, an appointment rule, a stance on a matter, an ability to make a deal, the teller of an
allegation set after a comma and a pronoun resolved to a name in its own clause. Each sentence
is written for its test; the near shape that must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import KOMISI_DAGANG as KOMISI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import quoted_art, roles
from warta.stages import events as events_mod

MUSEUM = ("org:m", "ORG", "Museum Batik")
ZOO = ("loc:z", "PLACE", "Malang Zoo")
COURT = ("org:pn", "ORG", "Pengadilan Negeri")


def test_a_visit_to_a_venue_meets_no_one() -> None:
    got = roles(quoted_art("Budi Santoso mengunjungi Museum Batik pada Senin pagi.", BUDI, MUSEUM))
    assert all(c != "CONSULT" for c, _, _ in got), got
    got = roles(quoted_art("Kunjungan Budi Santoso ke Malang Zoo dilakukan untuk memeriksa "
                           "kandang.", BUDI, ZOO))
    assert all(c != "CONSULT" for c, _, _ in got), got
    # a visit to a body keeps its host
    got = roles(quoted_art("Budi Santoso mengunjungi Komisi Dagang pada Senin pagi.", BUDI, KOMISI))
    assert any(c == "CONSULT" and t == ("org:k",) for c, _, t in got), got


def test_appointed_and_dismissed_is_a_rule() -> None:
    text = "Sekretaris komisi diangkat dan diberhentikan oleh Budi Santoso atas usul menteri."
    got = roles(quoted_art(text, BUDI))
    assert all(c != "SANCTION" for c, _, _ in got), got
    # a dismissal done stays a sanction
    text = "Sekretaris Komisi Dagang diberhentikan oleh Budi Santoso pada Senin."
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert any(c == "SANCTION" and a == ("per:budi",) for c, a, _ in got), got


def test_assent_on_a_matter_is_a_stance() -> None:
    got = roles(quoted_art("Budi Santoso setuju soal perlunya penataan sungai di hulu.", BUDI))
    assert all(c != "AGREE" for c, _, _ in got), got
    # agreeing with a named party stays an agreement
    got = roles(quoted_art("Budi Santoso setuju dengan Rudi Hartono soal penataan sungai.",
                           BUDI, RUDI))
    assert any(c == "AGREE" and a == ("per:budi",) for c, a, _ in got), got


def test_an_ability_to_make_a_deal_is_no_deal() -> None:
    text = "Rudi Hartono yakin Komisi Dagang harus bisa melakukan kerja sama dengan Budi Santoso."
    got = roles(quoted_art(text, BUDI, RUDI, KOMISI))
    assert all(c != "COOPERATE" for c, _, _ in got), got
    # a cooperation done stays
    text = "Komisi Dagang melakukan kerja sama dengan Budi Santoso."
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert any(c == "COOPERATE" and a == ("org:k",) for c, a, _ in got), got


def test_the_teller_after_a_comma_is_no_actor() -> None:
    text = ("Dalam video pemeriksaan di Pengadilan Negeri, Budi Santoso disebut Rudi Hartono "
            "menemui anggota Komisi Dagang.")
    got = roles(quoted_art(text, BUDI, RUDI, KOMISI, COURT))
    assert any(c == "CONSULT" and "per:budi" in a for c, a, _ in got), got
    assert all("per:rudi" not in a for _, a, _ in got), got
    # a name after the court's comma with no claim stays the subject
    text = "Dalam sidang di Pengadilan Negeri, Budi Santoso menemui anggota Komisi Dagang."
    got = roles(quoted_art(text, BUDI, KOMISI, COURT))
    assert any(c == "CONSULT" and "per:budi" in a for c, a, _ in got), got


def test_a_pronoun_is_no_name_in_its_own_clause() -> None:
    # the resolver's answer for "Ia" is checked against the names of its clause
    toks = events_mod._tokens("Ia menuduh Budi Santoso melanggar Pasal 156 KUHP .", 0)
    budi = events_mod._Mention(2, 4, ("per:budi",), "PERSON")
    assert events_mod._named_after_in_clause(toks, [budi], 0, "per:budi")
    assert not events_mod._named_after_in_clause(toks, [budi], 0, "per:rudi")
    # a name past the clause's comma may be the pronoun's own
    toks = events_mod._tokens("Ia datang , lalu Budi Santoso menuduh Rudi .", 0)
    budi = events_mod._Mention(4, 6, ("per:budi",), "PERSON")
    assert not events_mod._named_after_in_clause(toks, [budi], 0, "per:budi")


def test_a_bill_is_no_actor() -> None:
    bill = ("org:ruu", "ORG", "RUU Pangan")
    indonesia = ("loc:id", "PLACE", "Indonesia")
    got = roles(quoted_art("Budi Santoso menyebut, RUU Pangan mendukung pembangunan nasional "
                           "Indonesia.", BUDI, bill, indonesia))
    assert all(c != "SUPPORT" for c, _, _ in got), got
    # a body backing the bill stays support
    got = roles(quoted_art("Komisi Dagang mendukung RUU Pangan dan Budi Santoso.", BUDI, KOMISI,
                           bill))
    assert any(c == "SUPPORT" and a == ("org:k",) for c, a, _ in got), got


def test_the_side_an_anti_protest_opposes_is_its_target() -> None:
    text = "Budi Santoso terluka dalam demonstrasi anti - pemerintah di Kabul pada Jumat."
    got = roles(quoted_art(text, BUDI))
    assert ("PROTEST", ("CVL",), ("GOV",)) in got, got
    # protesters named as the subject stay the actors
    text = "Komisi Dagang menggelar demonstrasi di depan gedung parlemen."
    got = roles(quoted_art(text, KOMISI))
    assert any(c == "PROTEST" and a == ("org:k",) for c, a, _ in got), got
