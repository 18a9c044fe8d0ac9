"""Rules of the events stage added by the evprec28 branch (issue 15 part 1): roles taken from
the clause (a reported subordinate clause, a national's apposition before a relative clause,
a case noun before a passive's name, a culprit named in a charge's content, an act asked for
done to the one named, a program used), and false events (a superlative's ranking, a deed
"held" with no protest word). Each sentence is written for its test; the near shape that
must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import KOMISI_DAGANG as KOMISI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import quoted_art, roles

WORM = ("org:w", "ORG", "Ransomware Wannacry")


def test_a_reported_subordinate_clause_takes_the_main_subject() -> None:
    text = ("Budi Santoso mengatakan setelah melakukan pembunuhan itu, Rudi Hartono sempat "
            "menginap di rumah itu.")
    got = roles(quoted_art(text, BUDI, RUDI))
    assert ("ASSAULT", ("per:rudi",), ()) in got, got
    # the subject's own deed stays his
    text = "Budi Santoso melakukan pembunuhan itu setelah bertengkar dengan Rudi Hartono."
    got = roles(quoted_art(text, BUDI, RUDI))
    assert any(c == "ASSAULT" and a == ("per:budi",) for c, a, _ in got), got


def test_the_one_freed_is_what_is_asked_not_who() -> None:
    got = roles(quoted_art("Komisi Dagang menyerukan pembebasan Rudi Hartono.", KOMISI, RUDI))
    assert ("REQUEST", ("org:k",), ()) in got, got
    # the one asked to act stays the target
    got = roles(quoted_art("Komisi Dagang meminta Rudi Hartono membebaskan tahanan.",
                           KOMISI, RUDI))
    assert ("REQUEST", ("org:k",), ("per:rudi",)) in got, got


def test_a_superlative_ranks_and_holds_no_act() -> None:
    text = "Komisi Dagang merupakan lembaga yang paling produktif melaksanakan eksekusi mati."
    got = roles(quoted_art(text, KOMISI))
    assert all(c != "ASSAULT" for c, _, _ in got), got
    got = roles(quoted_art("Komisi Dagang telah melaksanakan 300 eksekusi mati tahun lalu.",
                           KOMISI))
    assert any(c == "ASSAULT" and a == ("org:k",) for c, a, _ in got), got


def test_a_case_noun_before_a_passive_name_is_no_agent() -> None:
    text = "Rudi Hartono ditetapkan sebagai tersangka kasus pembunuhan Budi Santoso."
    got = roles(quoted_art(text, BUDI, RUDI))
    accused = [(a, t) for c, a, t in got if c == "ACCUSE"]
    assert accused and all("per:budi" not in a for a, _ in accused), got
    assert all(t == ("per:rudi",) for _, t in accused), got
    # a bare agent after the verb stays the agent
    got = roles(quoted_art("Rudi Hartono ditangkap petugas Komisi Dagang.", RUDI, KOMISI))
    assert ("COERCE", ("org:k",), ("per:rudi",)) in got, got


def test_a_national_before_a_relative_clause_is_its_subject() -> None:
    text = ("Jaksa menghadirkan Rudi Hartono , warga negara Malaysia yang menjadi tersangka "
            "kasus penipuan.")
    got = roles(quoted_art(text, RUDI))
    assert any(c == "ACCUSE" and t == ("per:rudi",) for c, _, t in got), got
    assert all("MY" not in t for _, _, t in got), got


def test_a_culprit_in_a_charge_content_is_accused() -> None:
    text = ("Komisi Dagang menuding bahwa sebenarnya Rudi Hartono merupakan dalang di balik "
            "kerusuhan itu.")
    got = roles(quoted_art(text, KOMISI, RUDI))
    assert ("ACCUSE", ("org:k",), ("per:rudi",)) in got, got
    # a charge of another kind names no target this way
    got = roles(quoted_art("Komisi Dagang menuding bahwa Rudi Hartono berbohong.", KOMISI, RUDI))
    assert ("ACCUSE", ("org:k",), ()) in got, got


def test_a_program_is_no_attacker() -> None:
    text = ("Pakar menyebut serangan Ransomware Wannacry terhadap Komisi Dagang merugikan "
            "banyak pihak.")
    got = roles(quoted_art(text, WORM, KOMISI))
    assert ("ASSAULT", (), ("org:k",)) in got, got


def test_a_relative_with_an_aspect_word_keeps_its_head() -> None:
    text = "Budi Santoso disambut di negara yang pernah memprotes mereka karena sebuah video."
    got = roles(quoted_art(text, BUDI))
    assert all("per:budi" not in a for _, a, _ in got), got


def test_a_deed_held_with_no_protest_word_is_no_protest() -> None:
    rudi = ("per:rudi", "PERSON", "Rudi")
    text = "Saat melakukan aksinya , Rudi mengira ia mengikuti sebuah acara di televisi."
    got = roles(quoted_art(text, rudi))
    assert all(c != "PROTEST" for c, _, _ in got), got
    # a crowd's action stays a protest
    got = roles(quoted_art("Ratusan mahasiswa melakukan aksi di depan gedung Komisi Dagang.",
                           KOMISI))
    assert any(c == "PROTEST" for c, _, _ in got), got


def test_a_bodily_favour_between_people_is_no_request() -> None:
    got = roles(quoted_art("Budi Santoso meminta Rudi Hartono memijat punggungnya.", BUDI, RUDI))
    assert all(c != "REQUEST" for c, _, _ in got), got
    # a request of another deed stays
    got = roles(quoted_art("Budi Santoso meminta Rudi Hartono mengembalikan uang itu.",
                           BUDI, RUDI))
    assert ("REQUEST", ("per:budi",), ("per:rudi",)) in got, got


def test_a_verbless_aside_keeps_its_head_as_subject() -> None:
    text = "Rudi Hartono, yang juga karyawan Budi Santoso, dikritik kinerjanya oleh Budi Santoso."
    got = roles(quoted_art(text, BUDI, RUDI))
    assert ("ACCUSE", ("per:budi",), ("per:rudi",)) in got, got


def test_a_named_member_of_counted_targets_is_a_target() -> None:
    text = ("Pakar menyebut serangan Ransomware Wannacry terhadap 99 lembaga , termasuk Komisi "
            "Dagang , merugikan banyak pihak.")
    got = roles(quoted_art(text, WORM, KOMISI))
    assert ("ASSAULT", (), ("org:k",)) in got, got
    # a date after the preposition names no group
    text = "Serangan Budi Santoso pada 2017 , termasuk ke Komisi Dagang , merugikan banyak pihak."
    got = roles(quoted_art(text, BUDI, KOMISI))
    assert all(t != ("org:k",) or a for _, a, t in got), got
