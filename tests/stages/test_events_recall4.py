"""Recall rules of the events stage added by the evrecall4 branch (issue 15): each a real
sentence shape from the judged seeds 79-80, asserting the event coded and its roles, and
the near shape that must stay uncoded."""

from __future__ import annotations

from tests.stages.test_events import art, ent, one
from warta.stages.events import find_events


def test_a_demand_told_by_a_passive_of_telling_names_its_maker() -> None:
    text = ("Desakan mundur bagi ASN yang sempat terlibat ormas antipancasila disampaikan "
            "pertama kali oleh Menteri Dalam Negeri Tjahjo Kumolo.")
    es = [ent(text, "per:tk", "PERSON", "Tjahjo Kumolo")]
    assert one(find_events(art(text, es)), "REQUEST").actors == ("per:tk",)
    # told by no one named: no event
    text = "Desakan itu disampaikan kemarin di Jakarta oleh pengunjuk rasa."
    assert not find_events(art(text))


def test_a_request_with_its_content_names_the_one_asked() -> None:
    text = ("Permintaan agar Ruhut mundur disampaikan oleh Ketua Fraksi Demokrat Edhie "
            "Baskoro Yudhoyono.")
    es = [ent(text, "per:r", "PERSON", "Ruhut"), ent(text, "org:d", "ORG", "Demokrat"),
          ent(text, "per:e", "PERSON", "Edhie Baskoro Yudhoyono")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.actors == ("per:e",) and e.targets == ("per:r",)
    # market demand stays uncoded
    text = "Permintaan China terhadap batu bara Indonesia naik."
    es = [ent(text, "loc:c", "GPE", "China")]
    assert all(e.code != "REQUEST" for e in find_events(art(text, es)))


def test_a_told_prosecution_demand_is_against_the_accused_after_it() -> None:
    text = ("Majelis hakim menggelar sidang agenda tuntutan yang disampaikan jaksa penuntut "
            "umum (JPU) terhadap terdakwa Basuki.")
    es = [ent(text, "per:b", "PERSON", "Basuki")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("JUD",) and e.targets == ("per:b",)


def test_charges_laid_passively() -> None:
    text = "Hambali dikenai tujuh dakwaan, termasuk terorisme dan pembunuhan."
    es = [ent(text, "per:h", "PERSON", "Hambali")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("JUD",) and e.targets == ("per:h",)
    text = "Hambali dikenai biaya administrasi."
    es = [ent(text, "per:h", "PERSON", "Hambali")]
    assert not find_events(art(text, es))


def test_a_headbutt_and_a_fistfight_assault() -> None:
    text = "Zidane gelap mata dan menanduk dada Materazzi."
    es = [ent(text, "per:z", "PERSON", "Zidane"), ent(text, "per:m", "PERSON", "Materazzi")]
    e = one(find_events(art(text, es)), "ASSAULT")
    assert e.actors == ("per:z",) and e.targets == ("per:m",) and e.mode == "beat"
    text = "Dyer dan Bowyer terlihat saling adu jotos."
    es = [ent(text, "per:d", "PERSON", "Dyer"), ent(text, "per:b", "PERSON", "Bowyer")]
    assert one(find_events(art(text, es)), "ASSAULT").actors == ("per:d", "per:b")


def test_contact_an_mou_and_an_investment_by_light_verbs() -> None:
    text = "Berger melakukan komunikasi dengan Corinna."  # "sering" is a habit (evprec5)
    es = [ent(text, "per:b", "PERSON", "Berger"), ent(text, "per:c", "PERSON", "Corinna")]
    assert one(find_events(art(text, es)), "CONSULT").actors == ("per:b", "per:c")
    text = "BUMD Riau Pangan Bertuah telah melakukan MoU dengan BUMDes di Kampar."
    es = [ent(text, "org:r", "ORG", "BUMD Riau Pangan Bertuah"),
          ent(text, "org:b", "ORG", "BUMDes")]
    e = one(find_events(art(text, es)), "AGREE")
    assert e.actors == ("org:r",) and e.targets == ("org:b",)
    text = "Synchro baru saja mendapatkan dana investasi dari PT Multidata Rancana Prima."
    es = [ent(text, "org:s", "ORG", "Synchro"),
          ent(text, "org:m", "ORG", "PT Multidata Rancana Prima")]
    e = one(find_events(art(text, es)), "COOPERATE")
    assert e.actors == ("org:m",) and e.targets == ("org:s",)
    # an investment with no one named it came from
    text = "Synchro baru saja mendapatkan dana investasi senilai 2,7 miliar rupiah."
    es = [ent(text, "org:s", "ORG", "Synchro")]
    assert not find_events(art(text, es))


def test_naming_a_wanted_suspect_charges_them() -> None:
    text = "Polisi memasukkan Andi ke dalam daftar pencarian orang."
    es = [ent(text, "per:a", "PERSON", "Andi")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("COP",) and e.targets == ("per:a",)
    text = "Polisi memasukkan Andi ke dalam mobil."
    es = [ent(text, "per:a", "PERSON", "Andi")]
    assert not find_events(art(text, es))


def test_a_marked_name_before_yang_heads_the_relative_clause() -> None:
    text = "Ia bersebrangan dengan Demokrat yang mendukung Prabowo Subianto."
    es = [ent(text, "org:d", "ORG", "Demokrat"), ent(text, "per:p", "PERSON", "Prabowo Subianto")]
    e = one(find_events(art(text, es)), "SUPPORT")
    assert e.actors == ("org:d",) and e.targets == ("per:p",)
    # a purpose phrase's object is no head: the envoy backs it, not the UN
    text = "Michel menyesalkan keputusan duta besarnya untuk PBB yang mendukung Saudi."
    es = [ent(text, "org:pbb", "ORG", "PBB"), ent(text, "per:m", "PERSON", "Michel")]
    assert all(e.actors != ("org:pbb",) for e in find_events(art(text, es)))
