"""Rules of the events stage added by the evrec24 branch (issue 15 part 1, events recall):
a questioning at a police headquarters, urging someone named right after with no "untuk",
the colloquial "minta" of something asked for, an apology made as a video or a letter, and a
statement called a lie. Each sentence is written for its test; the near shape that must stay
as it was is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import coded


def test_a_questioning_at_a_police_headquarters() -> None:
    got = coded("Saat ini Andi Wijaya masih menjalani pemeriksaan di Mapolres Bogor Kota.",
               [("per:a", "PERSON", "Andi Wijaya")])
    assert [(g[0], g[2]) for g in got] == [("ACCUSE", ("per:a",))]
    # a check-up at a hospital questions no one
    got = coded("Saat ini Andi Wijaya masih menjalani pemeriksaan di Rumah Sakit Bogor.",
               [("per:a", "PERSON", "Andi Wijaya")])
    assert "ACCUSE" not in [g[0] for g in got]


def test_urging_someone_named_right_after_to_act() -> None:
    names = [("per:a", "PERSON", "Andi Wijaya"), ("org:p", "ORG", "Partai Maju")]
    got = coded("Andi Wijaya mendorong Partai Maju membentuk peraturan daerah baru.", names)
    assert got == [("REQUEST", ("per:a",), ("org:p",))]
    got = coded("Andi Wijaya minta Partai Maju segera menuntaskan jalan tol itu.", names)
    assert got == [("REQUEST", ("per:a",), ("org:p",))]
    # driving growth asks no one
    got = coded("Andi Wijaya mendorong pertumbuhan ekonomi daerah.", names[:1])
    assert "REQUEST" not in [g[0] for g in got]


def test_the_colloquial_minta_of_something_asked_for() -> None:
    got = coded("Andi Wijaya juga minta pengertian dari para guru.",
               [("per:a", "PERSON", "Andi Wijaya")])
    assert [(g[0], g[1]) for g in got] == [("REQUEST", ("per:a",))]
    # "minta maaf" stays an apology
    got = coded("Andi Wijaya juga minta maaf kepada para guru.",
               [("per:a", "PERSON", "Andi Wijaya")])
    assert [g[0] for g in got] == ["CONCEDE"]


def test_an_apology_made_as_a_video() -> None:
    got = coded("Andi Wijaya juga sudah membuat video permintaan maaf kepada Partai Maju.",
               [("per:a", "PERSON", "Andi Wijaya"), ("org:p", "ORG", "Partai Maju")])
    assert got == [("CONCEDE", ("per:a",), ("org:p",))]
    # a plain video made apologises for nothing
    got = coded("Andi Wijaya juga sudah membuat video tentang Partai Maju.",
               [("per:a", "PERSON", "Andi Wijaya"), ("org:p", "ORG", "Partai Maju")])
    assert "CONCEDE" not in [g[0] for g in got]


def test_a_statement_called_a_lie() -> None:
    names = [("per:a", "PERSON", "Andi Wijaya"), ("per:b", "PERSON", "Budi Santoso")]
    got = coded("Andi Wijaya menyebut pernyataan Budi Santoso mengandung kebohongan.", names)
    assert got == [("ACCUSE", ("per:a",), ("per:b",))]
    # a rumour called false accuses no one
    got = coded("Andi Wijaya menyebut kabar itu bohong.", names[:1])
    assert "ACCUSE" not in [g[0] for g in got]


def test_a_wish_conveyed_to_someone_named() -> None:
    names = [("per:b", "PERSON", "Budi Santoso"), ("org:p", "ORG", "Partai Maju")]
    got = coded("Budi Santoso menyampaikan keinginan tersebut kepada Partai Maju.", names)
    assert got == [("REQUEST", ("per:b",), ("org:p",))]
    # a wish told to the press asks it nothing
    got = coded("Budi Santoso menyampaikan keinginannya kepada wartawan.", names[:1])
    assert "REQUEST" not in [g[0] for g in got]
