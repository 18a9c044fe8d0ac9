"""Rules of the events stage added by the evlaw25 branch (issue 15 part 1, legal and security
process recall): a bare initial no entity covers leaves the suspect noun before it a
participant; offenders named by their gang or crime; tracing by the police, a report for an
ethics breach and a harsh reaction drawn are events; "kita amankan" in a police quote is a
detention (not goods or a place secured); "ternyata" after a comma opens a clause. Each
sentence is written for its test; the near shape that must stay as it was is asserted beside
it."""

from __future__ import annotations

from tests.stages.test_events import art, ent, quoted_art, roles
from warta.stages.events import find_events


def test_a_suspect_named_by_a_bare_initial_is_charged() -> None:
    text = "Selanjutnya, tersangka B dijerat Pasal 170 KUHP tentang pengeroyokan."
    assert [(g[0], g[2]) for g in roles(art(text))] == [("ACCUSE", ("CRM",))]


def test_a_title_before_a_tagged_name_still_takes_no_role() -> None:
    text = "Selanjutnya, tersangka Budi dijerat Pasal 170 KUHP tentang pengeroyokan."
    es = [ent(text, "per:b", "PERSON", "Budi")]
    assert [(g[0], g[2]) for g in roles(art(text, es))] == [("ACCUSE", ("per:b",))]
    assert not any("CRM" in g[2] for g in roles(art(text, es)))


def test_gang_members_searched_are_the_ones_searched() -> None:
    text = "Ketiga anggota geng motor itu lalu digeledah di pinggir jalan."
    assert [g[0] for g in roles(art(text))] == ["COERCE"]
    assert roles(art(text))[0][2] == ("CRM",)


def test_police_tracing_an_offender_investigate() -> None:
    text = "Polisi masih menelusuri cara pelaku memperoleh senjata api itu."
    assert ("ACCUSE", ("COP",), ("CRM",)) in roles(art(text))
    # tracing a road names no offence
    text = "Para pendaki menelusuri jalan setapak menuju puncak."
    assert roles(art(text)) == []


def test_a_report_for_an_ethics_breach_is_an_accusation() -> None:
    text = "Hakim Sutrisno dilaporkan telah melakukan pelanggaran kode etik pekan lalu."
    es = [ent(text, "per:s", "PERSON", "Sutrisno")]
    assert [g[0] for g in roles(art(text, es))] == ["ACCUSE"]
    # news reported, no complaint
    text = "Hakim Sutrisno dilaporkan hadir dalam sidang pekan lalu."
    assert roles(art(text, [ent(text, "per:s", "PERSON", "Sutrisno")])) == []


def test_a_harsh_reaction_drawn_is_criticism_of_the_one_who_drew_it() -> None:
    text = "Unggahan Bupati Rahmat menuai reaksi keras dari warga."
    es = [ent(text, "per:r", "PERSON", "Rahmat")]
    assert [g[0] for g in roles(art(text, es))] == ["ACCUSE"]



def test_a_detention_told_again_by_the_police_in_a_quote() -> None:
    text = '"Sudah kita amankan, dia sekarang di kantor polisi," kata Kapolsek Hendra Prayoga.'
    assert [g[:2] for g in roles(quoted_art(text, ("per:h", "PERSON", "Hendra Prayoga")))] == [
        ("COERCE", ("per:h",))]


def test_goods_or_a_thing_secured_in_a_quote_are_no_detention() -> None:
    for text in ('"Situasi di pasar sudah kita amankan sejak pagi," kata Kapolsek Hendra Prayoga.',
                 '"Kita amankan itu supaya tidak ada yang ragu," kata Kapolsek Hendra Prayoga.'):
        assert roles(quoted_art(text, ("per:h", "PERSON", "Hendra Prayoga"))) == []


def test_ternyata_after_a_comma_opens_a_clause() -> None:
    text = ('"Sudah kita amankan, ternyata dia bukan anggota Partai Maju," kata Kapolsek Hendra '
            "Prayoga.")
    got = roles(quoted_art(text, ("per:h", "PERSON", "Hendra Prayoga"),
                           ("org:p", "ORG", "Partai Maju")))
    assert got == [("COERCE", ("per:h",), ())]
    from warta.stages.events import _comma_break, _tokens, lexicon
    toks = _tokens("Budi ternyata menerima suap", 0)
    assert not _comma_break(toks, 1, lexicon())  # no comma: the subject stays with its verb


def test_shots_fired_into_the_air_coerce_a_crowd() -> None:
    text = "Polisi melepaskan tembakan ke udara untuk membubarkan kerumunan di depan balai kota."
    assert ("COERCE", ("COP",), ()) in roles(art(text))
    # a shot that hits someone stays an attack
    text = "Polisi melepaskan tembakan ke arah kerumunan di depan balai kota."
    assert all(g[0] != "COERCE" or g[1] != ("COP",) for g in roles(art(text)))



def test_those_held_before_described_by_kita_amankan_are_no_new_detention() -> None:
    text = ('"Dari lima yang kita amankan, kita masih mengejar pelaku lainnya," kata Kapolsek '
            "Hendra Prayoga.")
    a = quoted_art(text, ("per:h", "PERSON", "Hendra Prayoga"))
    assert all(text[e.trigger.start:e.trigger.end] != "amankan" for e in find_events(a))
    text = '"Sudah kita amankan, dia di kantor polisi," kata Kapolsek Hendra Prayoga.'
    a = quoted_art(text, ("per:h", "PERSON", "Hendra Prayoga"))
    assert [text[e.trigger.start:e.trigger.end] for e in find_events(a)] == ["amankan"]
