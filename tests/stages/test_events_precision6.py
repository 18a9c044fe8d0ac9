"""Precision and role rules of the events stage added by the evprec6 branch (issue 15):
each a real sentence shape from the judged seeds 83-84, asserting the false event gone or
the wrong participant dropped, and the near shape that still codes."""

from __future__ import annotations

from tests.stages.test_events import art, ent, one
from warta.stages.events import find_events


def test_a_warning_told_as_a_statement_is_no_threat() -> None:
    text = ("Ia memperingatkan bahwa planet ini bisa berubah menjadi bola api raksasa "
            "akibat ulah manusia.")
    es = [ent(text, "per:h", "PERSON", "Ia")]
    assert all(e.code != "THREATEN" for e in find_events(art(text, es)))
    text = "Korea Utara memperingatkan Amerika Serikat atas latihan militer itu."
    es = [ent(text, "loc:kp", "GPE", "Korea Utara", "KP"),
          ent(text, "loc:us", "GPE", "Amerika Serikat", "US")]
    assert one(find_events(art(text, es)), "THREATEN").targets == ("loc:us",)


def test_securing_a_protest_is_no_arrest() -> None:
    text = "Ratusan personel kepolisian mengamankan aksi unjuk rasa mahasiswa di depan DPR."
    assert all(e.code != "COERCE" for e in find_events(art(text)))
    text = "Polisi mengamankan tiga orang pelaku pencurian di Bekasi."
    assert one(find_events(art(text)), "COERCE").actors == ("COP",)


def test_taking_over_a_firms_division_is_no_seizure() -> None:
    text = "Google hanya mencaplok sebagian divisi smartphone HTC senilai 1,1 miliar dolar."
    es = [ent(text, "org:g", "ORG", "Google"), ent(text, "org:htc", "ORG", "HTC")]
    assert all(e.code != "COERCE" for e in find_events(art(text, es)))
    text = "Rusia mencaplok Krimea dari Ukraina pada 2014."
    es = [ent(text, "loc:ru", "GPE", "Rusia", "RU"), ent(text, "loc:ua", "GPE", "Ukraina", "UA"),
          ent(text, "loc:cr", "GPE", "Krimea")]
    assert one(find_events(art(text, es)), "COERCE").actors == ("loc:ru",)


def test_an_act_on_the_doer_itself_is_no_attack() -> None:
    text = "Peradaban seperti kita biasanya menghancurkan dirinya sendiri."
    assert find_events(art(text)) == []


def test_an_exception_is_a_condition() -> None:
    text = "Kecuali dia mencuri dan merampok, dia tidak bisa ditangkap."
    es = [ent(text, "per:d", "PERSON", "dia")]
    assert all(e.code != "ASSAULT" for e in find_events(art(text, es)))


def test_the_employer_of_workers_or_a_reporter_is_no_participant() -> None:
    text = "Polisi melakukan penangkapan mantan wartawan BBC di Jakarta."
    es = [ent(text, "org:bbc", "ORG", "BBC")]
    e = one(find_events(art(text, es)), "COERCE")
    assert e.actors == ("COP",) and e.targets == ("MED",)
    text = "Ribuan karyawan Freeport yang mogok membakar fasilitas milik PT Freeport Indonesia."
    es = [ent(text, "org:f", "ORG", "Freeport"),
          ent(text, "org:fi", "ORG", "PT Freeport Indonesia")]
    e = one(find_events(art(text, es)), "ASSAULT")
    assert e.actors == ("LAB",) and e.targets == ("org:fi",)
    # an investigator acts for his body
    text = "Penyidik KPK menangkap Bupati Cianjur di rumahnya."
    es = [ent(text, "org:kpk", "ORG", "KPK")]
    assert one(find_events(art(text, es)), "COERCE").actors == ("org:kpk",)


def test_a_second_predicates_object_is_not_the_first_ones() -> None:
    text = ("Erwin Dwiyanto menyambut baik kunjungan tersebut dan menegaskan komitmen "
            "Pertamina dalam menjaga distribusi energi.")
    es = [ent(text, "per:e", "PERSON", "Erwin Dwiyanto"), ent(text, "org:p", "ORG", "Pertamina")]
    e = one(find_events(art(text, es)), "SUPPORT")
    assert e.actors == ("per:e",) and e.targets == ()
    # two verbs sharing one object still give it to both
    text = "Polisi menangkap dan menahan Budi di Bekasi."
    es = [ent(text, "per:b", "PERSON", "Budi")]
    assert any(e.targets == ("per:b",) for e in find_events(art(text, es)) if e.code == "COERCE")
