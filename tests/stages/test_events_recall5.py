"""Recall rules of the events stage added by the evrecall5 branch (issue 15): each a real
sentence shape from the judged seeds 81-82, asserting the event coded and its roles, and
the near shape that must stay uncoded."""

from __future__ import annotations

from dataclasses import replace

from tests.stages.test_events import art, ent, one, quoted_art
from warta.record import Theme
from warta.stages.events import find_events


def test_a_threat_after_its_condition_is_made() -> None:
    text = ("Jika uang tersebut tidak diberikan, pelaku mengancam akan menggelar aksi terkait "
            "video korban.")
    assert one(find_events(art(text)), "THREATEN").actors == ("CRM",)
    # a threat inside the condition stays hypothetical
    text = "Jika pelaku mengancam korban lagi, polisi siap bertindak."
    assert all(e.code != "THREATEN" for e in find_events(art(text)))


def test_a_quoted_passive_with_its_agent_named_is_reported() -> None:
    text = ('"Pelapor diancam oleh pelaku dengan cara akan menyebarkan video," ujar Kasat '
            'Reskrim Polres Padangsidimpuan AKP Kenborn Sinaga.')
    a = quoted_art(text, ("per:k", "PERSON", "Kenborn Sinaga"))
    assert one(find_events(a), "THREATEN").actors == ("CRM",)
    # a relative clause names a thing seized, no seizure reported
    text = ('"Berapa jumlah nilai yang disita oleh penyidik, nanti bisa ditanyakan," '
            'tutur Asep Guntur.')
    a = quoted_art(text, ("per:a", "PERSON", "Asep Guntur"))
    assert all(e.code != "COERCE" for e in find_events(a))
    # no agent named after "oleh": still a description in the quotation
    text = '"Pelapor diancam dengan cara akan menyebarkan video," ujar AKP Kenborn Sinaga.'
    a = quoted_art(text, ("per:k", "PERSON", "Kenborn Sinaga"))
    assert all(e.code != "THREATEN" for e in find_events(a))


def test_laying_down_a_post_resigns_with_no_target_even_in_sport() -> None:
    text = ("Carlo Tavecchio akhirnya memutuskan untuk menanggalkan jabatannya sebagai "
            "presiden federasi sepakbola Italia (FIGC).")
    es = [ent(text, "per:ct", "PERSON", "Carlo Tavecchio"), ent(text, "org:figc", "ORG", "FIGC")]
    sport = replace(art(text, es), themes=(Theme(code="iptc:sport", score=0.9),))
    e = one(find_events(sport), "RETREAT")
    assert e.actors == ("per:ct",) and e.targets == () and e.mode == "resign"
    # a rider leaving through illness names no post: still refused in sport
    text = "Tim sibuk mencari pengganti Jonas Folger yang mengundurkan diri karena sakit."
    es = [ent(text, "per:jf", "PERSON", "Jonas Folger")]
    a = art(text, es)
    assert one(find_events(a), "RETREAT").actors == ("per:jf",)  # coded outside sport
    sport = replace(a, themes=(Theme(code="iptc:sport", score=0.9),))
    assert all(e.code != "RETREAT" for e in find_events(sport))


def test_a_captivity_noun_with_its_captor_assaults() -> None:
    text = "Polisi menyelidiki penyekapan 300 orang TKI oleh Abu Sayyaf di Filipina."
    es = [ent(text, "org:as", "ORG", "Abu Sayyaf"), ent(text, "loc:ph", "GPE", "Filipina", "PH")]
    e = one(find_events(art(text, es)), "ASSAULT")
    assert e.actors == ("org:as",) and e.mode == "abduct"


def test_a_threat_hurled_is_made() -> None:
    text = ("Rezim Kim Jong-un dan Presiden Donald Trump terus saling melontarkan ancaman "
            "perang.")
    es = [ent(text, "per:kim", "PERSON", "Kim Jong-un"),
          ent(text, "per:trump", "PERSON", "Donald Trump")]
    e = one(find_events(art(text, es)), "THREATEN")
    assert e.actors == ("per:kim", "per:trump")
    # the bare danger noun stays no threat
    text = "Jepang menggelar latihan di tengah ancaman perang."
    assert all(e.code != "THREATEN" for e in find_events(art(text)))


def test_an_unnamed_kind_partners_a_cooperation() -> None:
    text = ("KPK melakukan aksi pencegahan korupsi dengan menggandeng komunitas komik lewat "
            "pameran antikorupsi.")
    es = [ent(text, "org:kpk", "ORG", "KPK")]
    assert one(find_events(art(text, es)), "COOPERATE").actors == ("org:kpk",)
    # a kind defined by a relative clause, or one named before, partners no one here
    for text in ["Pasal ini menyebutkan bahwa LPSK dapat bekerja sama dengan lembaga yang "
                 "berwenang.",
                 "Adalah LPSK yang berhasil bekerjasama dengan perusahaan asal Jepang tersebut."]:
        es = [ent(text, "org:lpsk", "ORG", "LPSK")]
        assert all(e.code != "COOPERATE" for e in find_events(art(text, es)))
