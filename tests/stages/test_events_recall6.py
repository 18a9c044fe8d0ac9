"""Recall rules of the events stage added by the evrecall6 branch (issue 15): each a real
sentence shape from the judged seeds 83-84, asserting the event coded and its roles, and
the near shape that must stay uncoded."""

from __future__ import annotations

from tests.stages.test_events import art, ent, one, quoted_art
from warta.stages.events import find_events


def test_a_cooperation_made_with_a_partner_cooperates() -> None:
    text = ('"Beberapa waktu lalu saya membuat kerjasama ( MoU ) dengan pemerintah Spanyol," '
            'ujar Nahrawi.')
    a = quoted_art(text, ("loc:es", "PLACE", "Spanyol", "ES"), ("per:n", "PERSON", "Nahrawi"))
    e = one(find_events(a), "COOPERATE")
    assert e.actors == ("per:n",) and e.targets == ("ES",)


def test_a_task_entrusted_to_a_body_cooperates_with_it() -> None:
    text = ("Sementara dari sisi keamanan, pemerintah Saudi mempercayakan upaya pengamanan "
            "kepada Polri dan Pasukan Pengaman Presiden.")
    es = [ent(text, "loc:sa", "PLACE", "Saudi", "SA"), ent(text, "org:p", "ORG", "Polri"),
          ent(text, "org:pp", "ORG", "Pasukan Pengaman Presiden")]
    e = one(find_events(art(text, es)), "COOPERATE")
    assert e.actors == ("SA",) and e.targets == ("org:p", "org:pp")
    # trusting someone with nothing handed over is no cooperation
    text = "Warga Saudi mempercayakan nasibnya pada takdir."
    es = [ent(text, "loc:sa", "PLACE", "Saudi", "SA")]
    assert all(e.code != "COOPERATE" for e in find_events(art(text, es)))


def test_a_crowd_dispersed_by_force_is_coerced() -> None:
    text = "Kerusuhan itu dipicu pembubaran paksa massa karyawan mogok oleh aparat."
    e = one(find_events(art(text)), "COERCE")
    assert e.actors == ("COP",) and e.targets == ("CVL",)
    # a committee wound up is no crowd dispersed
    text = "Panitia mengumumkan pembubaran tim pada akhir tahun."
    assert all(e.code != "COERCE" for e in find_events(art(text)))


def test_a_threat_flaunted_threatens_its_addressee() -> None:
    text = "Slamet juga mengumbar ancaman kepada aparat kalau berani menangkap Rizieq."
    es = [ent(text, "per:s", "PERSON", "Slamet"), ent(text, "per:r", "PERSON", "Rizieq")]
    e = one(find_events(art(text, es)), "THREATEN")
    assert e.actors == ("per:s",) and e.targets == ("COP",)


def test_an_expulsion_from_a_programme_sanctions() -> None:
    text = ("RSUP Prof Ngoerah mengeluarkan mahasiswa yang mengejek korban dari program "
            "koas.")
    es = [ent(text, "org:r", "ORG", "RSUP Prof Ngoerah")]
    e = one(find_events(art(text, es)), "SANCTION")
    assert e.actors == ("org:r",) and e.mode == "expel"
    # money or a statement issued is no expulsion
    text = "Bank Indonesia mengeluarkan pernyataan resmi dari kantor pusat."
    es = [ent(text, "org:bi", "ORG", "Bank Indonesia")]
    assert all(e.code != "SANCTION" for e in find_events(art(text, es)))


def test_a_campaign_of_strikes_assaults() -> None:
    text = ("Amerika Serikat pada masa lalu melancarkan rangkaian serangan secara sporadis "
            "terhadap para anggota Al Qaeda.")
    es = [ent(text, "loc:us", "PLACE", "Amerika Serikat", "US"),
          ent(text, "org:aq", "ORG", "Al Qaeda")]
    e = one(find_events(art(text, es)), "ASSAULT")
    assert e.actors == ("US",) and e.targets == ("org:aq",)


def test_a_passive_after_a_relative_aside_has_the_described_subject() -> None:
    text = ("Leonardo Jonathan Handika Putra, mahasiswa Fakultas Kelautan dan Perikanan angkatan "
            "2022 yang menjabat sebagai Wakil Ketua BEM, ikut diberhentikan tidak dengan hormat.")
    es = [ent(text, "per:l", "PERSON", "Leonardo Jonathan Handika Putra"),
          ent(text, "org:f", "ORG", "Fakultas Kelautan dan Perikanan")]
    e = one(find_events(art(text, es)), "SANCTION")
    assert e.targets == ("per:l",) and e.mode == "expel"
    # a verb outside the aside still blocks: who was dismissed is unsure
    text = ("Leonardo Jonathan Handika Putra menyebut mahasiswa yang menjabat sebagai "
            "pengurus diberhentikan.")
    es = [ent(text, "per:l", "PERSON", "Leonardo Jonathan Handika Putra")]
    assert all("per:l" not in e.targets for e in find_events(art(text, es)))


def test_an_order_purpose_is_done_by_the_one_ordered() -> None:
    text = ("Presiden Barack Obama memerintahkan Kemenhan AS untuk mengerahkan lebih banyak "
            "pesawat tanpa awak.")
    es = [ent(text, "per:o", "PERSON", "Barack Obama"), ent(text, "org:k", "ORG", "Kemenhan AS")]
    evs = find_events(art(text, es))
    assert one(evs, "REQUEST").targets == ("org:k",)
    assert one(evs, "MOBILIZE").actors == ("org:k",)
    # a request's content stays undone
    text = "Presiden Barack Obama meminta Kemenhan AS untuk mengerahkan pasukan."
    es = [ent(text, "per:o", "PERSON", "Barack Obama"), ent(text, "org:k", "ORG", "Kemenhan AS")]
    assert all(e.code != "MOBILIZE" for e in find_events(art(text, es)))
