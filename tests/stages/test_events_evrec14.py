"""Recall rules of the events stage added by the evrec14 branch (issue 15 part 1). Each
test's sentence is written for it; the near shape that must stay as it was is asserted
beside it."""

from __future__ import annotations

from tests.stages.test_events import art, ent, quoted_art
from warta.stages.events import find_events


def test_a_force_sent_with_its_size_between_is_a_deployment() -> None:
    text = "Rusia mengirim 1.500 tentara tambahan ke perbatasan Belarus."
    es = [ent(text, "loc:r", "PLACE", "Rusia", country="RU"),
          ent(text, "loc:b", "PLACE", "Belarus", country="BY")]
    e = [e for e in find_events(art(text, es)) if e.code == "MOBILIZE"]
    assert len(e) == 1 and e[0].actors == ("RU",)
    text = "Kementerian Pertahanan mengirimkan ribuan pasukan ke wilayah timur."
    es = [ent(text, "org:k", "ORG", "Kementerian Pertahanan")]
    assert [e.code for e in find_events(art(text, es))] == ["MOBILIZE"]
    # a letter to soldiers and goods sent are no deployment
    text = "Rudi Hartono mengirim surat kepada tentara yang bertugas di perbatasan."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert all(e.code != "MOBILIZE" for e in find_events(art(text, es)))
    text = "Rudi Hartono mengirim 30 paket buku ke sekolah itu."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert all(e.code != "MOBILIZE" for e in find_events(art(text, es)))


def test_a_first_person_bare_order_is_a_request() -> None:
    a = quoted_art('"Tadi saya perintahkan Satpol PP untuk menertibkan lapak di trotoar," '
                   'kata Rudi Hartono.', ("org:s", "ORG", "Satpol PP"),
                   ("per:r", "PERSON", "Rudi Hartono"))
    e = [e for e in find_events(a) if e.code == "REQUEST"]
    assert len(e) == 1 and e[0].actors == ("per:r",) and e[0].targets == ("org:s",)
    # a bare verb with no first person before it stays as it was
    text = "Soal itu perintahkan saja kepada yang lain."
    assert all(e.code != "REQUEST" for e in find_events(art(text, [])))


def test_an_order_acted_on_was_given_by_its_genitive() -> None:
    text = "Razia itu merupakan tindak lanjut dari instruksi Bupati Rudi Hartono kepada camat."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    e = [e for e in find_events(art(text, es)) if e.code == "REQUEST"]
    assert len(e) == 1 and e[0].actors == ("per:r",)
    text = "Dinas itu menindaklanjuti perintah Wali Kota Rudi Hartono."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    e = [e for e in find_events(art(text, es)) if e.code == "REQUEST"]
    assert len(e) == 1 and e[0].actors == ("per:r",)
    # a bare "instruksi" names a standing decree as often as an order: none
    text = "Aturan itu merujuk pada instruksi Presiden Nomor 3 Tahun 2020."
    assert all(e.code != "REQUEST" for e in find_events(art(text, [])))


def test_a_relative_clause_after_a_bracketed_short_form_has_the_body_as_subject() -> None:
    text = "Warga mendengar kabar tentang Ikatan Dokter Indonesia ( IDI ) yang menolak aturan itu."
    es = [ent(text, "org:i", "ORG", ["Ikatan Dokter Indonesia", "IDI"])]
    e = [e for e in find_events(art(text, es)) if e.code == "REJECT"]
    assert len(e) == 1 and e[0].actors == ("org:i",)
    # a lower-case description in brackets names no one
    text = "Polisi mendatangi rumah itu ( kanan ) yang menolak digusur."
    assert all(e.actors == () for e in find_events(art(text, [])) if e.code == "REJECT")


def test_a_noun_s_genitive_title_with_its_region_and_a_comma_is_the_holder() -> None:
    text = "Razia itu menjawab desakan Bupati Sleman, Rudi Hartono kepada Polres Sleman."
    es = [ent(text, "loc:s", "PLACE", "Sleman", country="ID"),
          ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "org:p", "ORG", "Polres Sleman")]
    e = [e for e in find_events(art(text, es)) if e.code == "REQUEST"]
    assert len(e) == 1 and e[0].actors == ("per:r",)
    # a place named and then a person after a comma, with no title before: as it was
    text = "Serangan di Sleman, Rudi Hartono terluka."
    es = [ent(text, "loc:s", "PLACE", "Sleman", country="ID"),
          ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert all(e.actors != ("per:r",) for e in find_events(art(text, es)))

