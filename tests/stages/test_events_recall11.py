"""Recall rules of the events stage added by the evrec11 branch (issue 15 part 1): religious
leaders and aid beneficiaries as unnamed participants, an appeal told by stressing that
someone named act ("menekankan pentingnya X <verb>"), a suspected wrong's parties
("menduga ada suap ... kepada X"), an addressee's bracketed short form, and no meeting
partner inside a relative clause set off by a comma. Each test's sentence is written for
it; the near shape that must stay uncoded is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import art, ent, one
from warta.stages.events import find_events


def test_religious_leaders_unnamed_take_a_role() -> None:
    text = "Para ulama di Garut menyatakan dukungan kepada Dedi Kurniawan dalam pemilihan itu."
    es = [ent(text, "per:d", "PERSON", "Dedi Kurniawan")]
    e = one(find_events(art(text, es)), "SUPPORT")
    assert e.actors == ("REL",) and e.targets == ("per:d",)
    text = "Bupati Hendra Wijaya mengajak para pemuka agama menjaga kerukunan warga."
    es = [ent(text, "per:h", "PERSON", "Hendra Wijaya")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.actors == ("per:h",) and e.targets == ("REL",)


def test_help_to_programme_beneficiaries_past_an_amount_is_aid() -> None:
    text = "Dinas Sosial Bandung telah membantu lebih dari 12.500 penerima manfaat tahun ini."
    es = [ent(text, "org:d", "ORG", "Dinas Sosial Bandung")]
    e = one(find_events(art(text, es)), "AID")
    assert e.actors == ("org:d",) and e.targets == ("CVL",)
    # help with no one in need named is no aid
    text = "Dinas Sosial Bandung telah membantu menyusun laporan tahunan."
    es = [ent(text, "org:d", "ORG", "Dinas Sosial Bandung")]
    assert all(e.code != "AID" for e in find_events(art(text, es)))


def test_stressing_that_someone_named_act_is_an_appeal() -> None:
    text = ("Gubernur Rina Marlina menekankan pentingnya para bupati menyalurkan bantuan dengan "
            "cepat.")
    es = [ent(text, "per:r", "PERSON", "Rina Marlina")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.actors == ("per:r",) and e.targets == ("GOV",)
    # the addressee's short form in brackets before the verb
    text = ("Gubernur Rina Marlina menegaskan pentingnya pemerintah daerah (pemda) mendata "
            "warga miskin.")
    es = [ent(text, "per:r", "PERSON", "Rina Marlina")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.targets == ("GOV",)
    # a name inside the thing stressed, or no one at all, is asked nothing
    for text in ("Gubernur Rina Marlina menekankan pentingnya peran pemerintah daerah dalam "
                 "menjaga harga.",
                 "Gubernur Rina Marlina menekankan pentingnya menjaga kesehatan di musim hujan."):
        es = [ent(text, "per:r", "PERSON", "Rina Marlina")]
        assert all(e.code != "REQUEST" for e in find_events(art(text, es)))


def test_a_suspected_wrong_accuses_the_parties_named_in_it() -> None:
    text = ("Kejaksaan Tinggi Banten menduga ada aliran suap dari PT Sinar Abadi kepada "
            "Hendra Wijaya.")
    es = [ent(text, "org:k", "ORG", "Kejaksaan Tinggi Banten"),
          ent(text, "org:s", "ORG", "PT Sinar Abadi"),
          ent(text, "per:h", "PERSON", "Hendra Wijaya")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("org:k",) and "per:h" in e.targets
    # the giver after "oleh" is accused with the one given to
    text = "Polisi menduga ada pemberian fee kepada Hendra Wijaya oleh Rina Marlina."
    es = [ent(text, "per:h", "PERSON", "Hendra Wijaya"),
          ent(text, "per:r", "PERSON", "Rina Marlina")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("COP",) and e.targets == ("per:h", "per:r")
    # a suspected fault with no wrongdoing accuses no one
    text = "Kejaksaan Tinggi Banten menduga ada kendala teknis pada sistem milik PT Sinar Abadi."
    es = [ent(text, "org:k", "ORG", "Kejaksaan Tinggi Banten"),
          ent(text, "org:s", "ORG", "PT Sinar Abadi")]
    assert all(e.code != "ACCUSE" for e in find_events(art(text, es)))


def test_no_meeting_partner_inside_a_comma_relative_clause() -> None:
    text = ("Tokoh agama setempat sudah menggelar pertemuan , yang hasilnya mendukung "
            "Hendra Wijaya maju.")
    es = [ent(text, "per:h", "PERSON", "Hendra Wijaya")]
    meets = [e for e in find_events(art(text, es)) if e.code == "CONSULT"]
    assert meets and all("per:h" not in e.actors + e.targets for e in meets)
    # a partner after "dengan" before the comma still takes part
    text = ("Tokoh agama setempat sudah menggelar pertemuan dengan Hendra Wijaya , yang datang "
            "bersama Rina Marlina.")
    es = [ent(text, "per:h", "PERSON", "Hendra Wijaya"),
          ent(text, "per:r", "PERSON", "Rina Marlina")]
    e = one(find_events(art(text, es)), "CONSULT")
    assert "per:h" in e.actors and "per:r" not in e.actors


def test_a_collective_numeral_with_ke_is_no_goal() -> None:
    text = "Atas perbuatannya, ke - 9 tersangka dijerat Pasal 351 KUHP."
    e = one(find_events(art(text)), "ACCUSE")
    assert e.targets == ("CRM",)
    text = "Atas perbuatannya, ke-9 tersangka dijerat Pasal 351 KUHP."
    e = one(find_events(art(text)), "ACCUSE")
    assert e.targets == ("CRM",)


def test_questioning_over_an_ethics_breach_is_an_accusation() -> None:
    text = "Dewan Etik memeriksa Hendra Wijaya atas dugaan pelanggaran kode etik hakim."
    es = [ent(text, "org:d", "ORG", "Dewan Etik"), ent(text, "per:h", "PERSON", "Hendra Wijaya")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("org:d",) and e.targets == ("per:h",)
    # a doctor's examination is no questioning
    text = "Dokter Rina Marlina memeriksa Hendra Wijaya di ruang gawat darurat."
    es = [ent(text, "per:r", "PERSON", "Rina Marlina"),
          ent(text, "per:h", "PERSON", "Hendra Wijaya")]
    assert all(e.code != "ACCUSE" for e in find_events(art(text, es)))


def test_bare_officers_are_the_police_counted_ones_are_staff() -> None:
    text = "Petugas mengamankan seorang pria bernama Hendra Wijaya di Cibinong."
    es = [ent(text, "per:h", "PERSON", "Hendra Wijaya")]
    e = one(find_events(art(text, es)), "COERCE")
    assert e.actors == ("COP",) and e.targets == ("per:h",)
    text = "Dinas Perhubungan Bogor memecat 12 petugas yang menerima pungutan itu."
    es = [ent(text, "org:d", "ORG", "Dinas Perhubungan Bogor")]
    assert all("COP" not in e.targets for e in find_events(art(text, es)))


def test_a_place_relative_after_a_comma_holds_no_target() -> None:
    text = ("Hendra Wijaya membebaskannya di dekat Stasiun Bogor, tempat dia kemudian ditangkap "
            "petugas.")
    es = [ent(text, "per:h", "PERSON", "Hendra Wijaya")]
    for e in find_events(art(text, es)):
        if e.code == "RETREAT":
            assert "COP" not in e.targets
