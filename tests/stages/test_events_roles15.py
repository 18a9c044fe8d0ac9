"""Participant rules of the events stage added by the evroles15 branch (issue 15 part 1): two
persons paired by a spaced dash are one party, and a pronoun right after an active verb is its
object. Each sentence is written for its test; the near shape that must stay is asserted
beside it."""

from __future__ import annotations

from tests.stages.test_events import art, ent, one, quoted_art, roles
from warta.stages.events import find_events


def test_two_persons_paired_by_a_spaced_dash_are_one_party() -> None:
    text = "Partai Hijau yang mendukung Rina Wulandari - Agus Salim kini berbalik arah."
    es = [ent(text, "org:h", "ORG", "Partai Hijau"),
          ent(text, "per:r", "PERSON", "Rina Wulandari"),
          ent(text, "per:a", "PERSON", "Agus Salim")]
    assert one(find_events(art(text, es)), "SUPPORT").targets == ("per:r", "per:a")
    # the pair acts together too
    text = "Rina Wulandari – Agus Salim mengkritik Partai Hijau atas keputusan itu."
    es = [ent(text, "org:h", "ORG", "Partai Hijau"),
          ent(text, "per:r", "PERSON", "Rina Wulandari"),
          ent(text, "per:a", "PERSON", "Agus Salim")]
    ev = one(find_events(art(text, es)), "ACCUSE")
    assert ev.actors == ("per:r", "per:a") and ev.targets == ("org:h",)
    # a dash between a person and a body joins nothing: the body is no co-target
    text = "Partai Hijau mendukung Rina Wulandari - Koalisi Biru menolak usulan itu."
    es = [ent(text, "org:h", "ORG", "Partai Hijau"),
          ent(text, "per:r", "PERSON", "Rina Wulandari"),
          ent(text, "org:b", "ORG", "Koalisi Biru")]
    assert one(find_events(art(text, es)), "SUPPORT").targets == ("per:r",)


def test_a_pronoun_right_after_an_active_verb_is_its_object() -> None:
    text = ("Andi Wijaya kembali tidak hadir dalam sidang. "
            "Kemarin jaksa kembali memanggil dia sebagai saksi perkara itu.")
    a = quoted_art(text, ("per:andi", "PERSON", "Andi Wijaya"))
    assert ("REQUEST", ("JUD",), ("per:andi",)) in roles(a)
    # after a noun ending the trigger the pronoun opens the next clause: no object
    text = ("Andi Wijaya datang ke desa itu. "
            "Usai polisi menyerahkan bantuan dia langsung pulang ke Bandung.")
    a = quoted_art(text, ("per:andi", "PERSON", "Andi Wijaya"))
    assert all("per:andi" not in targets for _, _, targets in roles(a))


def test_dirinya_after_an_active_verb_in_a_reported_clause_is_its_speaker() -> None:
    text = "Budi Santoso mengaku yakin Partai Hijau tetap mendukung dirinya dalam pemilihan itu."
    a = quoted_art(text, ("per:b", "PERSON", "Budi Santoso"), ("org:h", "ORG", "Partai Hijau"))
    assert roles(a) == [("SUPPORT", ("org:h",), ("per:b",))]
    # "dirinya sendiri" after the verb turns the act on its doer: no event, as before
    text = "Budi Santoso mengatakan Partai Hijau telah menyerang dirinya sendiri."
    a = quoted_art(text, ("per:b", "PERSON", "Budi Santoso"), ("org:h", "ORG", "Partai Hijau"))
    assert roles(a) == []


def test_the_comma_closing_a_fronted_clause_ends_its_list() -> None:
    text = ("Meski sudah mengantongi dukungan dari Partai Hijau dan Partai Biru, Rina Wulandari "
            "akan tetap mencari partai lain.")
    es = [ent(text, "org:h", "ORG", "Partai Hijau"), ent(text, "org:b", "ORG", "Partai Biru"),
          ent(text, "per:r", "PERSON", "Rina Wulandari")]
    assert one(find_events(art(text, es)), "SUPPORT").actors == ("org:h", "org:b")
    text = ("Setelah mendapat dukungan dari Partai Hijau dan Partai Biru, Rina Wulandari "
            "mendaftar ke kantor komisi pemilihan.")
    es = [ent(text, "org:h", "ORG", "Partai Hijau"), ent(text, "org:b", "ORG", "Partai Biru"),
          ent(text, "per:r", "PERSON", "Rina Wulandari")]
    assert one(find_events(art(text, es)), "SUPPORT").actors == ("org:h", "org:b")
    # a connective and its comma before the verb open no fronted clause: the list goes on
    text = "Setelah itu, polisi mengamankan Rina Wulandari, Agus Salim, Dedi dan Joko."
    es = [ent(text, "per:r", "PERSON", "Rina Wulandari"),
          ent(text, "per:a", "PERSON", "Agus Salim"),
          ent(text, "per:d", "PERSON", "Dedi"), ent(text, "per:j", "PERSON", "Joko")]
    ev = one(find_events(art(text, es)), "COERCE")
    assert ev.targets == ("per:r", "per:a", "per:d", "per:j")
    # with no verb before, the body and the comma name the person's post, as before
    text = "Sementara itu Ketua Partai Hijau, Rina Wulandari, mengkritik Partai Biru."
    es = [ent(text, "org:h", "ORG", "Partai Hijau"), ent(text, "org:b", "ORG", "Partai Biru"),
          ent(text, "per:r", "PERSON", "Rina Wulandari")]
    assert one(find_events(art(text, es)), "ACCUSE").actors == ("per:r",)
    # a meeting named in the fronted clause has the main clause's subject for its party
    text = ("Saat ditanya usai rapat bersama Komisi Keuangan, Rina Wulandari memilih "
            "tidak berkomentar.")
    es = [ent(text, "org:k", "ORG", "Komisi Keuangan"),
          ent(text, "per:r", "PERSON", "Rina Wulandari")]
    assert one(find_events(art(text, es)), "CONSULT").actors == ("org:k", "per:r")


def test_a_trade_barrier_targets_the_country_the_goods_come_from() -> None:
    text = "Presiden Budi Santoso mengancam menaikkan tarif barang impor asal Kanada."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso")]
    ev = one(find_events(art(text, es)), "THREATEN")
    assert ev.actors == ("per:b",) and ev.targets == ("CA",)
    text = "Meksiko mengenakan tarif impor 30 persen atas produk dari Brasil."
    es = [ent(text, "loc:m", "PLACE", "Meksiko"), ent(text, "loc:b", "PLACE", "Brasil")]
    ev = one(find_events(art(text, es)), "SANCTION")
    assert ev.actors == ("MX",) and ev.targets == ("BR",)
    # no barrier word before the goods: no trade named, no country targeted
    text = "Polisi mengancam akan menangkap pengedar barang asal Kanada itu."
    assert all("CA" not in e.targets for e in find_events(art(text)))


def test_a_pledge_to_invest_in_a_country_targets_that_country() -> None:
    text = "Toyota menjanjikan investasi senilai USD 2 miliar di Vietnam pada tahun depan."
    es = [ent(text, "org:t", "ORG", "Toyota"), ent(text, "loc:v", "PLACE", "Vietnam")]
    ev = one(find_events(art(text, es)), "AGREE")
    assert ev.actors == ("org:t",) and ev.targets == ("VN",)
    # no investment word: the country is only where the promise was made
    text = "Toyota menjanjikan kenaikan gaji karyawan saat berada di Vietnam."
    es = [ent(text, "org:t", "ORG", "Toyota"), ent(text, "loc:v", "PLACE", "Vietnam")]
    assert all("VN" not in e.targets for e in find_events(art(text, es)))


def test_support_received_in_a_fronted_clause_goes_to_the_main_subject() -> None:
    text = ("Setelah mendapat dukungan dari Partai Hijau dan Partai Biru, Rina Wulandari "
            "mendaftar ke kantor komisi pemilihan.")
    es = [ent(text, "org:h", "ORG", "Partai Hijau"), ent(text, "org:b", "ORG", "Partai Biru"),
          ent(text, "per:r", "PERSON", "Rina Wulandari")]
    ev = one(find_events(art(text, es)), "SUPPORT")
    assert ev.actors == ("org:h", "org:b") and ev.targets == ("per:r",)


def test_names_each_after_the_same_preposition_are_one_list() -> None:
    text = ("Kementerian Keuangan membentuk tim gabungan dengan Badan Pengawas, dengan Pusat "
            "Analisis, dan juga dengan Kejaksaan Agung.")
    es = [ent(text, "org:k", "ORG", "Kementerian Keuangan"),
          ent(text, "org:b", "ORG", "Badan Pengawas"), ent(text, "org:p", "ORG", "Pusat Analisis"),
          ent(text, "org:j", "ORG", "Kejaksaan Agung")]
    ev = one(find_events(art(text, es)), "COOPERATE")
    assert ev.actors == ("org:k",) and ev.targets == ("org:b", "org:p", "org:j")
    # another preposition after the comma starts no member: "dari" names a source
    text = "Kementerian Keuangan membentuk tim gabungan dengan Badan Pengawas, dari Pusat Analisis."
    es = [ent(text, "org:k", "ORG", "Kementerian Keuangan"),
          ent(text, "org:b", "ORG", "Badan Pengawas"), ent(text, "org:p", "ORG", "Pusat Analisis")]
    assert one(find_events(art(text, es)), "COOPERATE").targets == ("org:b",)
