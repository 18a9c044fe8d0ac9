"""Rules of the events stage added by the evrec28 branch (events recall on seeds 105-118's
causes): a club's fans by their collective name as the fans' agent code, and the head of a
relative clause closed by a demonstrative, not the object inside it, as the clause's
subject. Each sentence is written for its test; the near shape that must stay as it was is
asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import coded

ANDI = ("per:a", "PERSON", "Andi Wijaya")
BUDI = ("per:b", "PERSON", "Budi Santoso")
KLUB = ("org:k", "ORG", "Persija")
KOMDIS = ("org:d", "ORG", "Komdis PSSI")


def test_fans_named_by_their_club_nickname_act_as_fans() -> None:
    got = coded("Bobotoh menuntut agar pelatih Andi Wijaya dipecat.", [ANDI])
    assert [(g[0], g[1]) for g in got] == [("REQUEST", ("CVL",))]
    got = coded("Para Aremania meminta Andi Wijaya mundur.", [ANDI])
    assert got == [("REQUEST", ("CVL",), ("per:a",))]


def test_the_object_of_a_closed_relative_is_not_the_one_fined() -> None:
    got = coded("Pemain yang membela Persija itu didenda oleh Komdis PSSI.", [KLUB, KOMDIS])
    assert got == [("SANCTION", ("org:d",), ())]
    # a name right before "yang" is the one fined
    got = coded("Andi Wijaya yang membela Persija itu didenda oleh Komdis PSSI.",
                [ANDI, KLUB, KOMDIS])
    assert ("SANCTION", ("org:d",), ("per:a",)) in got
    # the object of the main verb is untouched
    got = coded("Polisi menangkap Budi Santoso yang memukul Andi Wijaya itu.", [ANDI, BUDI])
    assert ("COERCE", ("COP",), ("per:b",)) in got


def test_the_object_of_a_closed_relative_is_not_the_actor() -> None:
    got = coded("Pemain yang membela Persija itu memukul Budi Santoso.", [KLUB, BUDI])
    assert all("org:k" not in g[1] for g in got)
    got = coded("Andi Wijaya yang membela Persija itu memukul Budi Santoso.", [ANDI, KLUB, BUDI])
    assert ("ASSAULT", ("per:a",), ("per:b",)) in got


def test_a_plural_pronoun_stands_for_the_unnamed_group_named_before() -> None:
    got = coded("Kekalahan itu ditanggapi kritis suporter Persija. Mereka menuntut agar "
                "pelatih dipecat.", [KLUB])
    assert [(g[0], g[1]) for g in got] == [("REQUEST", ("CVL",))]
    # a person named in the sentence before may be one of "them": left unresolved
    got = coded("Andi Wijaya melihat warga di jalan. Mereka menuntut agar pelatih dipecat.",
                [ANDI])
    assert all("CVL" not in g[1] for g in got if g[0] == "REQUEST")


def test_a_demand_noun_owned_by_a_plural_pronoun() -> None:
    got = coded("Para mahasiswa menggelar aksi di kampus. Tuntutan mereka adalah agar "
                "rektor dipecat.", [])
    assert ("REQUEST", ("EDU",), ()) in got
    # an arrest of "them" is no arrest by them
    got = coded("Polisi menangkap lima pemuda. Penangkapan mereka berlangsung di Bogor.", [])
    assert all("COP" not in g[2] and g[1] != ("COP", "COP") for g in got)


def test_a_plural_pronoun_after_a_person_in_its_sentence_stays_theirs() -> None:
    text = ("Warga berkumpul di balai desa. Andi Wijaya menyebut mereka menuntut agar "
            "pelatih dipecat.")
    assert all("CVL" not in g[1] for g in coded(text, [ANDI]))
    got = coded("Warga berkumpul di balai desa. Mereka menuntut agar pelatih dipecat.", [])
    assert [(g[0], g[1]) for g in got] == [("REQUEST", ("CVL",))]
