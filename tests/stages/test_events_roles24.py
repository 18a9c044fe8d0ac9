"""Participant and recall rules of the events stage added by the evroles24 branch (issue 15
part 1, events roles and recall): lists of aged persons and of bodies glossed by their
country or seated in a city, a foreign national seized by name, a time phrase closing before
the subject, charges faced ("terancam Pasal"), an investigation going on by the speaker's
team. Each sentence is written for its test; the near shape that must stay is asserted
beside it."""

from __future__ import annotations

from tests.stages.test_events import quoted_art, roles

BUDI = ("per:b", "PERSON", "Budi")
ANDI = ("per:a", "PERSON", "Andi")
JOKO = ("per:j", "PERSON", "Joko")
HENDRA = ("per:h", "PERSON", "Hendra")


def test_persons_listed_each_with_an_age_are_one_group() -> None:
    a = quoted_art("Budi (17), Andi (16) dan Joko (21) menyerang Hendra di pasar.",
                   BUDI, ANDI, JOKO, HENDRA)
    assert roles(a) == [("ASSAULT", ("per:b", "per:a", "per:j"), ("per:h",))]
    # an apposition after an aged name is no member: "Sandra (26), DPO kasus itu"
    a = quoted_art("Polisi menangkap Budi (17), pelaku pencurian di pasar itu.", BUDI)
    assert roles(a) == [("COERCE", ("COP",), ("per:b",))]


def test_a_country_of_residence_after_a_person_is_no_party() -> None:
    text = "Tersangka Budi Santoso (43), warga Malaysia dibekuk polisi di Bekasi."
    a = quoted_art(text, ("per:b", "PERSON", "Budi Santoso"), ("loc:m", "PLACE", "Malaysia"))
    assert roles(a) == [("COERCE", ("COP",), ("per:b",))]
    # with no person named, the nationals are still the country's
    a = quoted_art("Warga Malaysia dibekuk polisi di Bekasi.", ("loc:m", "PLACE", "Malaysia"))
    assert roles(a) == [("COERCE", ("COP",), ("MY",))]


def test_a_country_in_brackets_after_a_body_glosses_it() -> None:
    text = ("Acara itu ditutup dengan penandatanganan MoU antara Bank Hijau (Indonesia) dan "
            "Kamar Dagang Lahore (Pakistan).")
    a = quoted_art(text, ("org:h", "ORG", "Bank Hijau"), ("org:l", "ORG", "Kamar Dagang Lahore"))
    assert roles(a) == [("SUPPORT", ("org:h",), ("org:l",))]
    # a country's own abbreviation after it is no gloss of a body: both states agree
    text = "Ada kesepakatan antara China dengan Amerika Serikat (AS) soal tarif impor."
    a = quoted_art(text)
    assert [(c, tuple(sorted(x + y))) for c, x, y in roles(a)] == [("AGREE", ("CN", "US"))]


def test_a_partner_seated_in_a_city_keeps_the_list_going() -> None:
    names = [("org:h", "ORG", "Kedutaan Besar Hijau"), ("org:b", "ORG", "Konsulat Biru"),
             ("org:m", "ORG", "Kamar Dagang Merah"), ("org:k", "ORG", "Yayasan Kuning"),
             ("loc:l", "PLACE", "Lahore")]
    text = ("Kedutaan Besar Hijau bekerja sama dengan Konsulat Biru di Lahore, Kamar Dagang "
            "Merah, serta Yayasan Kuning menggelar forum itu.")
    assert roles(quoted_art(text, *names)) == [
        ("COOPERATE", ("org:h",), ("org:b", "org:m", "org:k"))]
    # with no "dan"/"serta" ending a list, the names after the city are no partners
    text = ("Kedutaan Besar Hijau bekerja sama dengan Konsulat Biru di Lahore, Kamar Dagang "
            "Merah, Yayasan Kuning untuk itu.")
    assert roles(quoted_art(text, *names)) == [("COOPERATE", ("org:h",), ("org:b",))]


def test_a_time_phrase_closed_by_its_relative_leaves_the_subject() -> None:
    text = "Selain Andi, di hari yang sama Komisi Hijau juga memeriksa Budi sebagai tersangka."
    a = quoted_art(text, ANDI, BUDI, ("org:h", "ORG", "Komisi Hijau"))
    assert ("ACCUSE", ("org:h",), ("per:b",)) in roles(a)


def test_facing_an_article_of_law_is_a_charge() -> None:
    a = quoted_art("Atas perbuatannya, Budi terancam Pasal 170 KUHP.", BUDI)
    assert roles(a) == [("ACCUSE", (), ("per:b",))]
    # a penalty or a fate faced names no article: no charge
    assert roles(quoted_art("Budi terancam hukuman penjara lima tahun.", BUDI)) == []
    assert roles(quoted_art("Badak Jawa terancam punah di Ujung Kulon.")) == []


def test_the_speakers_team_going_on_investigating() -> None:
    text = ("Koordinator Bawaslu, Budi menegaskan, timnya masih terus investigasi terkait "
            "temuan pelanggaran itu.")
    # the speaker stands for his team (his body where his role names one, as "pihaknya")
    a = quoted_art(text, BUDI, ("org:b", "ORG", "Bawaslu"))
    assert [(c, x) for c, x, _ in roles(a)] == [("ACCUSE", ("per:b",))]
    # a team not his, named by no one, acts for no one: no investigation coded
    text = "Kabarnya timnya masih terus investigasi terkait temuan pelanggaran itu."
    assert roles(quoted_art(text)) == []


def test_who_an_apology_is_for_is_no_addressee() -> None:
    budi, hijau = ("per:b", "PERSON", "Budi"), ("org:h", "ORG", "Partai Hijau")
    text = "Budi meminta maaf atas sikap sejumlah anggota Partai Hijau kemarin."
    a = quoted_art(text, budi, hijau)
    assert roles(a) == [("CONCEDE", ("per:b",), ())]
    # the addressee named with "kepada" stays
    a = quoted_art("Budi meminta maaf kepada Partai Hijau atas pernyataannya.", budi, hijau)
    assert roles(a) == [("CONCEDE", ("per:b",), ("org:h",))]
