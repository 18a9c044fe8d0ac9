"""Cooperation rules of the events stage added by the evcoop10 branch (issue 15 part 1):
duets, ties, work made together and synergy with a named partner, and partnerships of named
organisations kept in technology text. Each sentence is written for its test; the near shape
that must stay uncoded is asserted beside it."""

from __future__ import annotations

from dataclasses import replace

from tests.stages.test_events import art, ent
from warta.record import Theme
from warta.stages.events import find_events


def _got(a) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.code, e.actors, e.targets) for e in find_events(a)]


def test_a_duet_with_a_named_partner_is_cooperation() -> None:
    text = "Pada malam puncak, Sari Kinanti akan melakukan duet dengan Bimo Prakoso."
    es = [ent(text, "per:s", "PERSON", "Sari Kinanti"),
          ent(text, "per:b", "PERSON", "Bimo Prakoso")]
    assert _got(art(text, es)) == [("COOPERATE", ("per:s",), ("per:b",))]
    text = "Sari Kinanti juga dijadwalkan berduet dengan Bimo Prakoso di Medan."
    es = [ent(text, "per:s", "PERSON", "Sari Kinanti"),
          ent(text, "per:b", "PERSON", "Bimo Prakoso")]
    assert _got(art(text, es)) == [("COOPERATE", ("per:s",), ("per:b",))]
    # a strike pair named as a duet is no act, nor a duet with no partner named
    text = "Duet Sari Kinanti dan Bimo Prakoso mencetak dua gol."
    es = [ent(text, "per:s", "PERSON", "Sari Kinanti"),
          ent(text, "per:b", "PERSON", "Bimo Prakoso")]
    assert _got(art(text, es)) == []
    text = "Sari Kinanti akan berduet di panggung utama."
    assert _got(art(text, [ent(text, "per:s", "PERSON", "Sari Kinanti")])) == []


def test_work_made_together_and_a_tie_announced_name_every_partner() -> None:
    text = "Sari Kinanti memastikan bahwa ia dan Bimo Prakoso akan berkarya bersama tahun depan."
    es = [ent(text, "per:s", "PERSON", "Sari Kinanti"),
          ent(text, "per:b", "PERSON", "Bimo Prakoso")]
    assert _got(art(text, es)) == [("COOPERATE", ("per:s", "per:b"), ())]
    text = "Bank Nusa mengumumkan jalinan kerja sama dengan PT Dompet Kilat dan Koperasi Maju."
    es = [ent(text, "org:n", "ORG", "Bank Nusa"), ent(text, "org:d", "ORG", "PT Dompet Kilat"),
          ent(text, "org:k", "ORG", "Koperasi Maju")]
    assert _got(art(text, es)) == [("COOPERATE", ("org:n",), ("org:d", "org:k"))]
    text = "Basarnas mensinergikan Polair dan Dinas Perhubungan dalam pencarian itu."
    es = [ent(text, "org:b", "ORG", "Basarnas"), ent(text, "org:p", "ORG", "Polair"),
          ent(text, "org:d", "ORG", "Dinas Perhubungan")]
    assert _got(art(text, es)) == [("COOPERATE", ("org:b",), ("org:p", "org:d"))]
    # working alone together with no one named is nothing
    text = "Sari Kinanti ingin terus berkarya bersama di kampung halamannya."
    assert _got(art(text, [ent(text, "per:s", "PERSON", "Sari Kinanti")])) == []


def test_technology_text_keeps_a_partnership_of_named_organisations() -> None:
    text = "Bank Nusa menjalin kerja sama dengan PT Dompet Kilat untuk layanan dompet digital."
    es = [ent(text, "org:n", "ORG", "Bank Nusa"), ent(text, "org:d", "ORG", "PT Dompet Kilat")]
    tech = replace(art(text, es), themes=(Theme(code="iptc:science_technology", score=0.8),))
    assert _got(tech) == [("COOPERATE", ("org:n",), ("org:d",))]
    # a person's work with a firm, and a partnership named with no partner after it, stay
    # refused there; sport keeps refusing a club's deal with a sponsor
    text = "Budi Santoso bekerja sama dengan PT Dompet Kilat membuat aplikasi itu."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"),
          ent(text, "org:d", "ORG", "PT Dompet Kilat")]
    assert _got(replace(art(text, es), themes=tech.themes)) == []
    text = "Kemitraan Bank Nusa dan PT Dompet Kilat membuat cip baru itu lebih hemat."
    es = [ent(text, "org:n", "ORG", "Bank Nusa"), ent(text, "org:d", "ORG", "PT Dompet Kilat")]
    assert _got(replace(art(text, es), themes=tech.themes)) == []
    text = "Klub Garuda menjalin kerja sama dengan PT Dompet Kilat sebagai sponsor."
    es = [ent(text, "org:g", "ORG", "Klub Garuda"), ent(text, "org:d", "ORG", "PT Dompet Kilat")]
    sport = replace(art(text, es), themes=(Theme(code="iptc:sport", score=0.9),))
    assert _got(sport) == []
