"""Recall rules of the events stage added by the evrec13 branch (issue 15 part 1). Each
test's sentence is written for it; the near shape that must stay as it was is asserted
beside it."""

from __future__ import annotations

from tests.stages.test_events import art, ent
from warta.stages.events import find_events


def test_bakal_marks_the_future_as_akan_does() -> None:
    text = "Ketua klub Budi Santoso menegaskan bakal menolak bertemu dengan Persija Jakarta."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"),
          ent(text, "org:p", "ORG", "Persija Jakarta")]
    e = [e for e in find_events(art(text, es)) if e.code == "REJECT"]
    assert len(e) == 1 and e[0].actors == ("per:b",)
    # "bakal calon" (a candidate-to-be) is no future word: the backing keeps its roles
    text = "Partai Gerindra mengusung bakal calon wali kota Rudi Hartono."
    es = [ent(text, "org:g", "ORG", "Partai Gerindra"),
          ent(text, "per:r", "PERSON", "Rudi Hartono")]
    e = [e for e in find_events(art(text, es)) if e.code == "SUPPORT"]
    assert len(e) == 1 and e[0].actors == ("org:g",) and e[0].targets == ("per:r",)


def test_blocking_sites_apps_and_games_is_censorship() -> None:
    text = "Kementerian Kominfo memblokir 1.200 situs judi daring sepanjang Maret."
    es = [ent(text, "org:k", "ORG", "Kementerian Kominfo")]
    e = [e for e in find_events(art(text, es)) if e.code == "COERCE"]
    assert len(e) == 1 and e[0].mode == "censor" and e[0].actors == ("org:k",)
    text = "Pemblokiran aplikasi pesan itu oleh pemerintah Vietnam memicu protes pengguna."
    es = [ent(text, "loc:v", "PLACE", "Vietnam", country="VN")]
    e = [e for e in find_events(art(text, es)) if e.code == "COERCE"]
    assert len(e) == 1 and e[0].mode == "censor"
    # a road blocked is a protest, an account frozen a seizure, a number blocked nothing
    text = "Warga Desa Sukamaju memblokir jalan menuju pabrik semen."
    assert [e.code for e in find_events(art(text, []))] == ["PROTEST"]
    text = "Penyidik memblokir rekening milik Rudi Hartono."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert [e.mode for e in find_events(art(text, es)) if e.code == "COERCE"] == ["confiscate"]
    text = "Rudi Hartono memblokir nomor telepon mantan rekannya."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert not find_events(art(text, es))


def test_goods_handed_out_named_before_the_passive_are_aid() -> None:
    text = "Ratusan warga menerima paket sembako yang dibagikan langsung oleh Bupati Rudi Hartono."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    e = [e for e in find_events(art(text, es)) if e.code == "AID"]
    assert len(e) == 1 and e[0].actors == ("per:r",)
    # goods traded move too: imported rice distributed by a trading firm is no aid
    text = ("Menteri itu mengatakan impor beras dilakukan dan didistribusikan oleh PT Sarana "
            "Niaga dengan bermitra bersama perusahaan lain.")
    es = [ent(text, "org:s", "ORG", "PT Sarana Niaga")]
    assert all(e.code != "AID" for e in find_events(art(text, es)))


def test_a_reported_clause_after_a_comma_keeps_the_sayer_as_subject() -> None:
    text = "Kementerian Kominfo mengaku, hingga saat ini telah memblokir 900 situs ilegal."
    es = [ent(text, "org:k", "ORG", "Kementerian Kominfo")]
    e = [e for e in find_events(art(text, es)) if e.code == "COERCE"]
    assert len(e) == 1 and e[0].actors == ("org:k",)
    text = "Budi Santoso mengatakan, sudah bertemu dengan Rudi Hartono dua kali."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"),
          ent(text, "per:r", "PERSON", "Rudi Hartono")]
    e = [e for e in find_events(art(text, es)) if e.code == "CONSULT"]
    assert len(e) == 1 and set(e[0].actors) == {"per:b", "per:r"}
    # a clause with a subject of its own: the sayer takes no part
    text = "Budi Santoso mengatakan, warga menolak bertemu dengan Rudi Hartono."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"),
          ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert all("per:b" not in e.actors for e in find_events(art(text, es)))


def test_an_act_planned_on_a_condition_is_not_done() -> None:
    text = "Menteri Rudi Hartono menyatakan akan mundur dari jabatannya jika anggaran dipotong."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert all(e.code != "RETREAT" for e in find_events(art(text, es)))
    # a plan with no condition is kept as before, and so is a threat with one
    text = "Menteri Rudi Hartono akan mundur dari jabatannya pekan depan."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert [e.code for e in find_events(art(text, es))] == ["RETREAT"]
    text = "Serikat Pekerja Logam mengancam akan mogok jika upah tidak dinaikkan."
    es = [ent(text, "org:s", "ORG", "Serikat Pekerja Logam")]
    assert "THREATEN" in [e.code for e in find_events(art(text, es))]


def test_a_town_named_after_its_government_word_joins_a_genitive_list() -> None:
    text = ("Pelatihan itu digelar atas kerja sama Pemerintah Kabupaten (Pemkab) Garut, "
            "Badan Pangan Daerah, dan Dinas Sosial Jabar.")
    es = [ent(text, "loc:g", "PLACE", "Garut"),
          ent(text, "org:b", "ORG", "Badan Pangan Daerah"),
          ent(text, "org:d", "ORG", "Dinas Sosial Jabar")]
    e = [e for e in find_events(art(text, es)) if e.code == "COOPERATE"]
    assert len(e) == 1 and set(e[0].actors) == {"loc:g", "org:b", "org:d"}
    text = "Acara itu digelar atas kerja sama Pemkot Garut dan Badan Pangan Daerah."
    es = [ent(text, "loc:g", "PLACE", "Garut"),
          ent(text, "org:b", "ORG", "Badan Pangan Daerah")]
    e = [e for e in find_events(art(text, es)) if e.code == "COOPERATE"]
    assert len(e) == 1 and set(e[0].actors) == {"loc:g", "org:b"}
    # a town ending a body's own name stays part of that name
    text = "Acara itu digelar atas kerja sama Universitas Garut dan Badan Pangan Daerah."
    es = [ent(text, "loc:g", "PLACE", "Garut"),
          ent(text, "org:b", "ORG", "Badan Pangan Daerah")]
    assert all("loc:g" not in e.actors for e in find_events(art(text, es)))


def test_a_higher_court_upholding_a_sentence_sanctions() -> None:
    text = "Pengadilan Tinggi Medan menguatkan vonis 12 tahun penjara terhadap Rudi Hartono."
    es = [ent(text, "org:p", "ORG", "Pengadilan Tinggi Medan"),
          ent(text, "per:r", "PERSON", "Rudi Hartono")]
    e = [e for e in find_events(art(text, es)) if e.code == "SANCTION"]
    assert len(e) == 1 and e[0].actors == ("org:p",) and e[0].targets == ("per:r",)
    # a ruling upheld may punish no one: an acquittal, a ruling on a minister's powers
    text = "Mahkamah Agung menguatkan putusan bebas terhadap Rudi Hartono."
    es = [ent(text, "org:m", "ORG", "Mahkamah Agung"),
          ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert all(e.code != "SANCTION" for e in find_events(art(text, es)))
    text = "Mahkamah Agung memperkuat putusan yang membatalkan izin tambang dari Menteri Rudi."
    es = [ent(text, "org:m", "ORG", "Mahkamah Agung"), ent(text, "per:r", "PERSON", "Rudi")]
    assert all(e.code != "SANCTION" for e in find_events(art(text, es)))
