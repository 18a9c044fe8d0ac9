"""Rules of the events stage added by the evrec28c branch (events recall: criticism and
cooperation): a cooperation's partner as a counted kind of body ("dengan sejumlah media"),
a shortfall spotlighted and a breach of the constitution stated as criticism. Each sentence
is written for its test; the near shape that must stay as it was is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import coded

DINAS = ("org:d", "ORG", "Dinas Kominfo")
ANDI = ("per:a", "PERSON", "Andi Wijaya")


def test_a_counted_kind_partners_a_cooperation() -> None:
    for text in ["Dinas Kominfo menjalin kerja sama dengan sejumlah media untuk berbagi informasi.",
                 "Dinas Kominfo menjalin kemitraan dengan lebih dari 100 restoran."]:
        got = coded(text, [DINAS])
        assert [(g[0], g[1]) for g in got] == [("COOPERATE", ("org:d",))]
    # a count of anything else, or a manner, is no partner
    for text in ["Dinas Kominfo bekerja dengan banyak cara untuk berbagi informasi.",
                 "Dinas Kominfo menjalin kerja sama dengan sejumlah target baru."]:
        assert all(g[0] != "COOPERATE" for g in coded(text, [DINAS]))


def test_a_breach_of_the_constitution_stated_criticises() -> None:
    got = coded("Andi Wijaya menilai langkah pemerintah itu tidak konstitusional.", [ANDI])
    assert [(g[0], g[1]) for g in got] == [("ACCUSE", ("per:a",))]
    # a plain judgement criticises no one
    got = coded("Andi Wijaya menilai langkah pemerintah itu sudah tepat.", [ANDI])
    assert all(g[0] != "ACCUSE" for g in got)


def test_a_shortfall_spotlighted_criticises() -> None:
    got = coded("Andi Wijaya menyoroti masih rendahnya sosialisasi aturan itu di daerah.", [ANDI])
    assert [(g[0], g[1]) for g in got] == [("ACCUSE", ("per:a",))]
    # spotlighting what matters criticises no one
    got = coded("Andi Wijaya menyoroti pentingnya sosialisasi aturan itu di daerah.", [ANDI])
    assert all(g[0] != "ACCUSE" for g in got)
