"""Recall rules of the events stage added by the evrec7 branch (issue 15 part 1): demands,
protests and backing told with unnamed groups or after a condition. Each test's sentence is
written for it; the near shape that must stay uncoded is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import art, ent, one
from warta.stages.events import find_events


def test_a_crowd_opening_the_clause_holds_the_protest_past_the_span() -> None:
    text = ("Massa dari kalangan pedagang kaki lima di Sleman menggelar aksi di depan kantor "
            "bupati.")
    es = [ent(text, "loc:s", "PLACE", "Sleman")]
    e = one(find_events(art(text, es)), "PROTEST")
    assert e.actors == ("CVL",)
    # counted crowds too: "Ratusan buruh ..."
    text = "Ratusan buruh pabrik tekstil asal Bandung menggelar aksi di depan gedung DPRD."
    es = [ent(text, "loc:b", "PLACE", "Bandung")]
    assert one(find_events(art(text, es)), "PROTEST").actors == ("LAB",)
    # a crowd word with a verb between is someone's report, no protest's subject
    text = "Warga yang ditemui di pasar mengatakan bahwa KPK melakukan aksi pencegahan korupsi."
    es = [ent(text, "org:kpk", "ORG", "KPK")]
    assert all(e.code != "PROTEST" for e in find_events(art(text, es)))


def test_an_ngo_named_by_its_class_demands() -> None:
    text = "Sejumlah LSM kemarin mendesak Bambang Sutrisno mundur dari jabatannya."
    es = [ent(text, "per:b", "PERSON", "Bambang Sutrisno")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.actors == ("NGO",) and e.targets == ("per:b",)
    # a named organisation after the class noun is titled by it, not an unnamed one
    text = "Puluhan aktivis LSM Kontras mendesak Bambang Sutrisno mundur."
    es = [ent(text, "org:k", "ORG", "Kontras"), ent(text, "per:b", "PERSON", "Bambang Sutrisno")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert "org:k" in e.actors and e.targets == ("per:b",)


def test_a_demand_after_its_condition_is_made() -> None:
    text = "Kalau belum diteken, Hasan Basri meminta Menteri Ratna menunda aturan itu."
    es = [ent(text, "per:h", "PERSON", "Hasan Basri"), ent(text, "per:r", "PERSON", "Ratna")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.actors == ("per:h",) and e.targets == ("per:r",)
    # a demand only planned after the condition stays hypothetical
    text = "Kalau terbukti, Hasan Basri akan meminta Menteri Ratna menunda aturan itu."
    es = [ent(text, "per:h", "PERSON", "Hasan Basri"), ent(text, "per:r", "PERSON", "Ratna")]
    assert all(e.code != "REQUEST" for e in find_events(art(text, es)))
    # ... and a demand inside the condition too
    text = "Kalau Hasan Basri meminta Menteri Ratna menunda aturan itu, rapat ditunda."
    es = [ent(text, "per:h", "PERSON", "Hasan Basri"), ent(text, "per:r", "PERSON", "Ratna")]
    assert all(e.code != "REQUEST" for e in find_events(art(text, es)))


def test_an_unnamed_complainant_reports_to_the_police() -> None:
    text = "Korban yang dikenal sebagai penjual sayur itu langsung lapor ke polisi."
    e = one(find_events(art(text)), "ACCUSE")
    assert e.actors == ("CVL",)
    text = "Keluarga korban kemudian membuat laporan polisi terhadap Joko Susilo."
    es = [ent(text, "per:j", "PERSON", "Joko Susilo")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("CVL",) and e.targets == ("per:j",)
    # a victim told of before another verb reports nothing here
    text = "Korban mengaku takut sehingga polisi yang lapor ke atasannya."
    assert all(e.actors != ("CVL",) for e in find_events(art(text)))
    # nor is a victim the subject of a report that is no complaint to an authority
    text = "Korban menyampaikan keluhan itu kepada wartawan."
    assert all(e.code != "ACCUSE" for e in find_events(art(text)))


def test_a_complainant_after_a_fronted_clause_reports_not_the_suspects() -> None:
    text = "Setelah para pelaku ditangkap, korban lalu membuat laporan polisi."
    e = one(find_events(art(text)), "ACCUSE")
    assert e.actors == ("CVL",)


def test_an_instruction_after_a_condition_asks_no_one_named() -> None:
    text = ("Polisi mengimbau warga jika melihat kedua buronan, Tri Ananda dan Sinta Dewi "
            "diminta menghubungi nomor pengaduan.")
    es = [ent(text, "per:t", "PERSON", "Tri Ananda"), ent(text, "per:s", "PERSON", "Sinta Dewi")]
    assert all("per:t" not in e.targets for e in find_events(art(text, es))
               if e.code == "REQUEST")


def test_a_demand_noun_asks_the_subject_of_its_content_clause() -> None:
    text = "Ketua fraksi itu memahami desakan berbagai pihak agar Rudi Hartono mundur."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.actors == () and e.targets == ("per:r",)
    # with its demander named, both roles
    text = "Desakan Partai Buruh agar Rudi Hartono mundur makin keras."
    es = [ent(text, "org:pb", "ORG", "Partai Buruh"),
          ent(text, "per:r", "PERSON", "Rudi Hartono")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.actors == ("org:pb",) and e.targets == ("per:r",)
    # a demand pointed back to, or one with no one asked, still codes nothing new
    text = "Desakan itu agar Rudi Hartono mundur."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert all(e.code != "REQUEST" for e in find_events(art(text, es)))
    text = "Ketua fraksi itu memahami desakan berbagai pihak agar rapat ditunda."
    assert all(e.code != "REQUEST" for e in find_events(art(text)))


def test_fans_chanting_a_demand_protest() -> None:
    text = "Ribuan suporter di tribun selatan meneriakkan yel-yel menuntut Hendra Wijaya mundur."
    es = [ent(text, "per:h", "PERSON", "Hendra Wijaya")]
    e = one(find_events(art(text, es)), "PROTEST")
    assert e.actors == ("CVL",) and e.targets == ("per:h",)
    # chants cheering a side protest nothing
    text = "Ribuan suporter meneriakkan yel-yel dukungan untuk Persija sepanjang laga."
    es = [ent(text, "org:p", "ORG", "Persija")]
    assert all(e.code != "PROTEST" for e in find_events(art(text, es)))


def test_a_letter_s_request_is_its_sender_s() -> None:
    text = ("Para akademisi mengirim surat kepada Rektor Hadi Santoso, yang meminta Hadi untuk "
            "mundur dari jabatannya.")
    es = [ent(text, "per:h", "PERSON", ["Hadi Santoso", "Hadi"])]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.actors == ("EDU",) and e.targets == ("per:h",)
    # a relative after someone given help is that person's own clause
    text = "Bupati memberikan bantuan kepada Budi Santoso, yang meminta Rudi Hartono datang."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"),
          ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert one(find_events(art(text, es)), "REQUEST").actors == ("per:b",)


def test_a_complaint_to_an_ethics_body_accuses() -> None:
    text = "Hakim Sutrisno Adi dilaporkan sejumlah LSM ke Komisi Yudisial pekan lalu."
    es = [ent(text, "per:s", "PERSON", "Sutrisno Adi"),
          ent(text, "org:ky", "ORG", "Komisi Yudisial")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("NGO",) and e.targets == ("per:s",)
    # news reported to no authority is no complaint
    text = "Hakim Sutrisno Adi dilaporkan sejumlah media akan pensiun."
    es = [ent(text, "per:s", "PERSON", "Sutrisno Adi")]
    assert all(e.code != "ACCUSE" for e in find_events(art(text, es)))
