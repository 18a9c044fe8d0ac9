"""Recall rules of the events stage added by the evrec16 branch (issue 15 part 1): a partner
named "mitra" keeps a firm partnership in technology text, and a reporting verb whose clause
calls a claim false is a denial. Each sentence is written for its test; the near shape that
must stay as it was is asserted beside it."""

from __future__ import annotations

from dataclasses import replace

from tests.stages.test_events import art, ent
from warta.record import Theme
from warta.stages.events import find_events

_TECH = (Theme(code="iptc:science_technology", score=0.8),)


def _got(a) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.code, e.actors, e.targets) for e in find_events(a)]


def test_a_partner_named_mitra_keeps_a_firm_partnership_in_technology_text() -> None:
    # the actor's name misread as a person's: the partner named "mitra" keeps the tie
    text = "Untuk layanan kreditnya, Dompet Kilat menggandeng Bank Nusa sebagai mitra pembiayaan."
    es = [ent(text, "per:d", "PERSON", "Dompet Kilat"), ent(text, "org:n", "ORG", "Bank Nusa")]
    assert _got(replace(art(text, es), themes=_TECH)) == [("COOPERATE", ("per:d",), ("org:n",))]
    # one partner of a list misread as a person, the list named "mitra lokal seperti"
    text = ("Dalam peluncurannya, Ruang Kerja menggandeng mitra lokal seperti Koperasi Maju, "
            "Inkubator Timur, dan Sinar Abadi.")
    es = [ent(text, "org:r", "ORG", "Ruang Kerja"), ent(text, "org:k", "ORG", "Koperasi Maju"),
          ent(text, "org:i", "ORG", "Inkubator Timur"),
          ent(text, "per:s", "PERSON", "Sinar Abadi")]
    assert _got(replace(art(text, es), themes=_TECH)) == [
        ("COOPERATE", ("org:r",), ("org:k", "org:i", "per:s"))]
    # no "mitra" named: a person's work with a firm stays refused there, and so does a
    # partnership whose partners are people only
    text = "Budi Santoso menggandeng Bank Nusa untuk membuat aplikasi itu."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"), ent(text, "org:n", "ORG", "Bank Nusa")]
    assert _got(replace(art(text, es), themes=_TECH)) == []
    text = "Bank Nusa menggandeng Budi Santoso sebagai mitra pengembang aplikasi."
    es = [ent(text, "org:n", "ORG", "Bank Nusa"), ent(text, "per:b", "PERSON", "Budi Santoso")]
    assert _got(replace(art(text, es), themes=_TECH)) == []
    # sport keeps refusing a club's deal, "mitra" or not
    text = "Klub Garuda menggandeng PT Dompet Kilat sebagai mitra resmi musim ini."
    es = [ent(text, "org:g", "ORG", "Klub Garuda"), ent(text, "org:d", "ORG", "PT Dompet Kilat")]
    sport = replace(art(text, es), themes=(Theme(code="iptc:sport", score=0.9),))
    assert _got(sport) == []


def test_a_reporting_verb_calling_a_claim_false_is_a_denial() -> None:
    text = ("Kuasa hukumnya, Rudi Hartono, mengungkapkan bahwa tudingan terhadap kliennya "
            "tidak benar.")
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert _got(art(text, es)) == [("REJECT", ("per:r",), ())]
    text = ("Juru bicara Dinas Sosial, Rina Lestari, mengatakan kabar pemotongan bantuan itu "
            "tidak benar.")
    es = [ent(text, "per:r", "PERSON", "Rina Lestari")]
    assert _got(art(text, es)) == [("REJECT", ("per:r",), ())]
    # a report with nothing called false denies nothing
    text = "Rina Lestari mengatakan bantuan itu akan dibagikan pekan depan."
    es = [ent(text, "per:r", "PERSON", "Rina Lestari")]
    assert all(c != "REJECT" for c, _, _ in _got(art(text, es)))


def test_calling_a_step_a_burden_or_wasteful_is_criticism() -> None:
    text = "Rudi Hartono menilai kenaikan tarif itu menjadi beban berat bagi para pedagang kecil."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert _got(art(text, es)) == [("ACCUSE", ("per:r",), ())]
    text = "Rina Lestari menilai program pengadaan mobil dinas itu tidak efisien."
    es = [ent(text, "per:r", "PERSON", "Rina Lestari")]
    assert _got(art(text, es)) == [("ACCUSE", ("per:r",), ())]
    # a plain judgement blames no one
    text = "Rina Lestari menilai program pengadaan mobil dinas itu berjalan baik."
    es = [ent(text, "per:r", "PERSON", "Rina Lestari")]
    assert _got(art(text, es)) == []


def test_a_release_from_custody_with_no_one_named_is_the_police() -> None:
    text = ("Polisi memeriksa Budi Santoso pada Sabtu malam. Budi Santoso kemudian dilepaskan "
            "dari tahanan keesokan harinya.")
    es = [ent(text, "per:b", "PERSON", "Budi Santoso")]
    got = [g for g in _got(art(text, es)) if g[0] == "RETREAT"]
    assert got == [("RETREAT", ("COP",), ("per:b",))]
    # a body named as agent releases; custody is no participant
    text = "Budi Santoso dibebaskan dari tahanan oleh Kejaksaan Negeri Sleman."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"),
          ent(text, "org:k", "ORG", "Kejaksaan Negeri Sleman")]
    assert _got(art(text, es)) == [("RETREAT", ("org:k",), ("per:b",))]
    # let out of prison with no one named: no police act
    text = ("Polisi memeriksa Budi Santoso pada Sabtu malam. Budi Santoso dibebaskan dari "
            "penjara tahun lalu.")
    assert all(g[0] != "RETREAT" for g in _got(art(text, es[:1])))
