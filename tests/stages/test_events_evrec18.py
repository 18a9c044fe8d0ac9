"""Recall rules of the events stage added by the evrec18 branch (issue 15 part 1): fines in
every voice, denials by "menyangkal", a deadline given to someone named, a crime scene
examined by the police, and "not only" that negates nothing. Each sentence is written for its
test; the near shape that must stay as it was is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import art, ent
from warta.stages.events import find_events


def _got(a) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.code, e.actors, e.targets) for e in find_events(a)]


def test_fines_in_every_voice_are_sanctions() -> None:
    text = "Komisi Dagang mendenda Sinar Jaya sebesar Rp 3 miliar pekan lalu."
    es = [ent(text, "org:k", "ORG", "Komisi Dagang"), ent(text, "org:s", "ORG", "Sinar Jaya")]
    assert _got(art(text, es)) == [("SANCTION", ("org:k",), ("org:s",))]
    text = "Sinar Jaya didenda Komisi Dagang sebesar Rp 3 miliar pekan lalu."
    es = [ent(text, "org:k", "ORG", "Komisi Dagang"), ent(text, "org:s", "ORG", "Sinar Jaya")]
    assert _got(art(text, es)) == [("SANCTION", ("org:k",), ("org:s",))]
    text = "Sinar Jaya dijatuhi denda Rp 3 miliar oleh Komisi Dagang."
    es = [ent(text, "org:k", "ORG", "Komisi Dagang"), ent(text, "org:s", "ORG", "Sinar Jaya")]
    assert _got(art(text, es)) == [("SANCTION", ("org:k",), ("org:s",))]
    # a fine only threatened by a rule names no fine given
    text = "Menurut aturan Komisi Dagang, denda hingga Rp 3 miliar menanti Sinar Jaya."
    es = [ent(text, "org:k", "ORG", "Komisi Dagang"), ent(text, "org:s", "ORG", "Sinar Jaya")]
    assert [g for g in _got(art(text, es)) if g[0] == "SANCTION"] == []


def test_not_only_negates_nothing() -> None:
    text = "Sinar Jaya bukan hanya kena denda Rp 3 miliar, tetapi juga harus menutup pabriknya."
    es = [ent(text, "org:s", "ORG", "Sinar Jaya")]
    assert _got(art(text, es)) == [("SANCTION", (), ("org:s",))]
    # a plain negator still negates
    text = "Sinar Jaya tidak kena denda dalam perkara itu."
    es = [ent(text, "org:s", "ORG", "Sinar Jaya")]
    assert _got(art(text, es)) == []


def test_menyangkal_is_a_denial() -> None:
    text = "Direktur Sinar Jaya, Budi Santoso, menyangkal tuduhan penggelapan pajak itu."
    es = [ent(text, "org:s", "ORG", "Sinar Jaya"), ent(text, "per:b", "PERSON", "Budi Santoso")]
    assert [g for g in _got(art(text, es)) if g[0] == "REJECT"] == [("REJECT", ("per:b",), ())]


def test_a_deadline_given_to_someone_demands_that_they_act() -> None:
    text = "Dinas Lingkungan memberi waktu 14 hari bagi Sinar Jaya untuk menutup saluran limbah."
    es = [ent(text, "org:d", "ORG", "Dinas Lingkungan"), ent(text, "org:s", "ORG", "Sinar Jaya")]
    assert _got(art(text, es)) == [("REQUEST", ("org:d",), ("org:s",))]
    # time given with no span of days, or to no one named, demands nothing
    text = "Dinas Lingkungan memberi waktu kepada Sinar Jaya untuk berbenah."
    es = [ent(text, "org:d", "ORG", "Dinas Lingkungan"), ent(text, "org:s", "ORG", "Sinar Jaya")]
    assert _got(art(text, es)) == []
    text = "Pelatih Budi Santoso memberi waktu libur tiga hari kepada para pemain."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso")]
    assert _got(art(text, es)) == []


def test_a_crime_scene_examined_is_an_investigation() -> None:
    text = "Polres Tegal sudah melakukan olah TKP di rumah korban pada Senin pagi."
    es = [ent(text, "org:p", "ORG", "Polres Tegal")]
    assert _got(art(text, es)) == [("ACCUSE", ("org:p",), ())]
    # a bare heading names no examination done
    text = "Tim olah TKP Polres Tegal tiba pukul 10.00."
    es = [ent(text, "org:p", "ORG", "Polres Tegal")]
    assert _got(art(text, es)) == []


def test_a_ter_adjective_of_manner_keeps_the_meeting_partner() -> None:
    text = "Dalam pertemuan tertutup dengan Rudi Hartono, Sri Wahyuni membahas harga gabah."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "per:s", "PERSON", "Sri Wahyuni")]
    got = [g for g in _got(art(text, es)) if g[0] == "CONSULT"]
    assert len(got) == 1 and set(got[0][1]) == {"per:r", "per:s"}
    # a ter- verb between the noun and the name still ends the noun phrase
    text = "Pertemuan itu terganggu oleh Rudi Hartono yang datang terlambat."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert [g for g in _got(art(text, es)) if g[0] == "CONSULT"] == []


def test_unfit_for_office_and_crimes_against_a_people_are_criticism() -> None:
    text = "Ketua LSM Budi Santoso menilai Rudi Hartono tidak layak memimpin partai itu lagi."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"),
          ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert _got(art(text, es)) == [("ACCUSE", ("per:b",), ("per:r",))]
    # a house unfit to live in judges no one
    text = "Budi Santoso menilai rumah Rudi Hartono tidak layak huni."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"),
          ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert _got(art(text, es)) == []
    text = ("Lembaga HAM Nusantara menyebut pengusiran warga Desa Sukamaju sebagai "
            "pembersihan etnis.")
    es = [ent(text, "org:l", "ORG", "Lembaga HAM Nusantara")]
    assert [g[:2] for g in _got(art(text, es))] == [("ACCUSE", ("org:l",))]
    # a crime named as a topic, not as the label of a deed, accuses no one
    text = "Lembaga HAM Nusantara menyebut jumlah korban genosida itu mencapai seribu orang."
    es = [ent(text, "org:l", "ORG", "Lembaga HAM Nusantara")]
    assert _got(art(text, es)) == []


def test_not_only_before_a_noun_still_negates() -> None:
    text = "Bukan hanya memangkas dana bantuan, Sinar Jaya juga menutup kantornya di Tegal."
    es = [ent(text, "org:s", "ORG", "Sinar Jaya")]
    assert [g for g in _got(art(text, es)) if g[0] == "AID"] == []
    text = "Amukan warga Desa Sukamaju malam itu bukan sekadar kerusuhan."
    assert [g for g in _got(art(text, [])) if g[0] == "PROTEST"] == []
