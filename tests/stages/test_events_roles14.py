"""Participant rules of the events stage added by the evroles14 branch (issue 15 part 1): the
place a fronted phrase points to before the subject's name, and the one an offer is made to
("ke X"). Each sentence is written for its test; the near shape that must stay is asserted
beside it."""

from __future__ import annotations

from tests.stages.test_events import art, ent, one
from warta.stages.events import find_events


def test_a_place_ending_a_fronted_phrase_is_no_state_of_the_name_after_it() -> None:
    text = "Dalam lawatannya ke Tokyo, Budi Santoso berjanji memperluas kerja sama perdagangan."
    es = [ent(text, "loc:t", "PLACE", "Tokyo"), ent(text, "per:b", "PERSON", "Budi Santoso")]
    ev = one(find_events(art(text, es)), "CONSULT")
    assert ev.actors == ("per:b",) and ev.targets == ("JP",)
    text = "Saat kunjungan kerja ke Jepang, Budi Santoso menemui para pengusaha otomotif."
    es = [ent(text, "loc:j", "PLACE", "Jepang"), ent(text, "per:b", "PERSON", "Budi Santoso")]
    assert one(find_events(art(text, es)), "CONSULT").place == "loc:j"
    # a post's state before the name stays its modifier: "Menteri Luar Negeri Jepang, X"
    text = "Menteri Luar Negeri Jepang, Taro Yamada, mengunjungi Jakarta pekan lalu."
    es = [ent(text, "loc:j", "PLACE", "Jepang"), ent(text, "per:t", "PERSON", "Taro Yamada"),
          ent(text, "loc:k", "PLACE", "Jakarta")]
    assert one(find_events(art(text, es)), "CONSULT").actors == ("per:t",)


def test_the_country_an_offer_goes_to_is_its_target() -> None:
    text = "Bantuan teknis yang ditawarkan Malaysia ke Fiji meliputi pelatihan nelayan."
    es = [ent(text, "loc:m", "PLACE", "Malaysia"), ent(text, "loc:f", "PLACE", "Fiji")]
    assert one(find_events(art(text, es)), "AGREE").targets == ("FJ",)
    text = "Kerja sama perikanan yang ditawarkan Malaysia ke Fiji dibahas dalam forum itu."
    es = [ent(text, "loc:m", "PLACE", "Malaysia"), ent(text, "loc:f", "PLACE", "Fiji")]
    ev = one(find_events(art(text, es)), "AGREE")
    assert ev.actors == ("MY",) and ev.targets == ("FJ",)
    # an agreement reached in a country keeps it as the place only
    text = "Malaysia dan Filipina sepakat memperpanjang patroli bersama di Sabah."
    es = [ent(text, "loc:m", "PLACE", "Malaysia"), ent(text, "loc:p", "PLACE", "Filipina"),
          ent(text, "loc:s", "PLACE", "Sabah")]
    assert one(find_events(art(text, es)), "AGREE").actors == ("MY", "PH")


def test_a_person_before_a_role_held_at_a_place_is_the_relative_clauses_head() -> None:
    text = ("Budi Santoso, guru asal Indonesia di sebuah sekolah di Osaka yang ditahan pihak "
            "imigrasi Jepang, akhirnya dibebaskan.")
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"), ent(text, "loc:i", "PLACE", "Indonesia"),
          ent(text, "loc:o", "PLACE", "Osaka"), ent(text, "loc:j", "PLACE", "Jepang")]
    ev = one(find_events(art(text, es)), "COERCE")
    assert ev.actors == ("JP",) and ev.targets == ("per:b",)
    # a relative clause of another person's relation ("ayah dari ...") is not the name's
    text = "Budi Santoso, ayah dari tersangka di Osaka yang ditahan polisi, hadir di sidang."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"), ent(text, "loc:o", "PLACE", "Osaka")]
    assert all("per:b" not in e.targets for e in find_events(art(text, es)))


def test_tengah_after_a_preposition_is_amid_no_aspect() -> None:
    text = "Budi Santoso terpilih sebagai gubernur di tengah kecaman Jepang."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"), ent(text, "loc:j", "PLACE", "Jepang")]
    ev = one(find_events(art(text, es)), "ACCUSE")
    assert ev.actors == ("JP",) and "per:b" not in ev.targets
    text = "Budi Santoso terpilih di tengah tudingan campur tangan Jepang dalam pemilihan."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"), ent(text, "loc:j", "PLACE", "Jepang")]
    assert all("per:b" not in e.actors for e in find_events(art(text, es)))
    # "tengah" as aspect keeps the subject acting: "X tengah rapat dengan Y"
    text = "Budi Santoso tengah rapat dengan Partai Hijau soal pemilihan."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"), ent(text, "org:h", "ORG", "Partai Hijau")]
    assert "per:b" in one(find_events(art(text, es)), "CONSULT").actors
