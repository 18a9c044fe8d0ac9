"""Round 34 (ent34): firms the tagger left untagged where a cue names them firms."""

from __future__ import annotations

from tests.stages.test_entities_ent32b import _at, _names
from warta.ner.gazetteer import load_gazetteer
from warta.ner.resolve import _parties_in_factions, _untagged_firms, _untagged_people
from warta.stages.entities import find_entities
from warta.stages.segment import split_sentences


def _ents(text: str) -> set[tuple[str, str]]:
    return {(e.kind, e.name) for e in find_entities(text, split_sentences(text))}


def test_untagged_brands_listed_after_a_brand_noun_are_firms() -> None:
    """'brand seperti [Zorvex] atau [Kalimo Tech]': each listed brand is a firm, ORG,
    though the tagger found none."""
    text = ("Di gim balap itu , brand seperti Zorvex atau Kalimo Tech dapat memasang iklan "
            "di lintasan .")
    got = _names(_untagged_firms(text, [], {}, None))
    assert ("ORG", "Zorvex") in got
    assert ("ORG", "Kalimo Tech") in got


def test_couriers_listed_after_their_trade_are_firms_with_an_ampersand() -> None:
    """'layanan ekspedisi seperti A , B , C dan D&E': couriers by their trade, the
    ampersand kept inside the last name."""
    text = ("Toko itu memakai layanan ekspedisi seperti Trakira , KLX , Pos Lintas dan K&B "
            "untuk mengirim barang .")
    got = _ents(text)
    assert {("ORG", "Trakira"), ("ORG", "KLX"), ("ORG", "K&B")} <= got
    assert ("ORG", "K") not in got


def test_a_brands_list_opening_the_next_sentence_is_read_and_retyped() -> None:
    """'aneka merek sabun … diskon 20% . Di antaranya , A , B , hingga C': the list after
    the next sentence's cue is the brands'; one read as a person is the firm."""
    text = ("Khusus hari ini , aneka merek sabun cair mendapat diskon 20% . Di antaranya , "
            "Zelvora , Marindo , hingga Qutex .")
    person = _at(text, "Marindo", "PERSON")
    got = _names(_untagged_firms(text, [person], {}, None))
    assert {("ORG", "Zelvora"), ("ORG", "Marindo"), ("ORG", "Qutex")} <= set(got)
    assert ("PERSON", "Marindo") not in got


def test_an_untagged_name_after_a_partners_cue_is_a_firm() -> None:
    """'bermitra dengan [Paynesia]', 'seri gim besutan [QX]': a partner's or maker's name
    the tagger left is the firm; a common word alone after the cue is not."""
    text = ("Toko daring itu bermitra dengan Paynesia . Seri gim besutan QX laris . "
            "Mereka menjalin kemitraan dengan Sekolah setempat .")
    got = _names(_untagged_firms(text, [], {"sekolah": "NN:n"}, None))
    assert ("ORG", "Paynesia") in got
    assert ("ORG", "QX") in got
    assert ("ORG", "Sekolah") not in got


def test_a_source_cue_makes_no_firm_of_its_date() -> None:
    """'dikutip Minggu ( 24 / 8 )', 'dilansir dari laman X , Senin': the day is no source;
    the outlet named is one, and no comma-list runs on past it."""
    text = ("Dalam nota keuangan itu , dikutip Minggu ( 24 / 8 ) , dana naik . Dilansir dari "
            "laman Modavista , Senin ( 14 / 8 ) , mereka membedah biaya itu .")
    got = _names(_untagged_firms(text, [], {}, None))
    assert ("ORG", "Modavista") in got
    assert ("ORG", "Minggu") not in got
    assert ("ORG", "Senin") not in got


def test_an_untagged_name_after_an_occupation_or_office_is_a_person() -> None:
    """'kata sosiolog [Zoltek Vandermeer] dari …', 'Menteri Pertahanan Jepang [Hirotaka
    Umezawa]': two unknown name words right after an office are its holder."""
    text = ("Diskriminasi bisa memburuk , kata sosiolog Zoltek Vandermeer dari Lembaga Riset "
            "Kerja . Menteri Pertahanan Jepang Hirotaka Umezawa akan bertolak ke Amerika "
            "Serikat .")
    got = _ents(text)
    assert ("PERSON", "Zoltek Vandermeer") in got
    assert ("PERSON", "Hirotaka Umezawa") in got


def test_words_any_list_knows_after_an_office_make_no_person() -> None:
    """'Kepala Dinas Pendidikan [Kota Bandung]': a place and a head after the office are the
    body's, no holder; an unknown run its bracketed acronym spells is a body, and one after
    a work's noun a title."""
    text = ("Kepala Dinas Pendidikan Kota Bandung hadir . Salah satu pimpinan Jamaah Zurvani "
            "Dalwat ( JZD ) ditangkap . Pemain film Zarko Velmin itu senang .")
    got = _untagged_people(text, [], {"kota": "NN:m"}, load_gazetteer(), None)
    names = {m.surface for m in got}
    assert "Kota Bandung" not in names
    assert "Jamaah Zurvani Dalwat" not in names
    assert "Zarko Velmin" not in names


def test_an_untagged_name_before_companions_words_is_a_person() -> None:
    """'bertemu [Ruvo Kastel] dkk.', 'oleh [Tarvin Alduri] dkk': only people have
    companions; a sentence's opener before the name stays out ('Namun [Budi] dkk')."""
    text = ("Ia akan bertemu Ruvo Kastel dkk. Studi itu ditulis oleh Tarvin Alduri dkk , "
            "lalu dibahas . Namun Zelvan dkk menolak .")
    got = _names(_untagged_people(text, [], {"namun": "CC:l"}, load_gazetteer(), None))
    assert ("PERSON", "Ruvo Kastel") in got
    assert ("PERSON", "Tarvin Alduri") in got
    assert ("PERSON", "Zelvan") in got
    assert ("PERSON", "Namun Zelvan") not in got


def test_a_partys_group_names_the_party_as_a_body_of_its_own() -> None:
    """'Anggota Komisi XII DPR RI Fraksi Golkar , Budi Santoso': the group and the party
    both; the party's bare name written alone joins the party, not its group."""
    text = ("Anggota Komisi XII DPR RI Fraksi Golkar , Budi Santoso , memuji langkah itu . "
            "Ketua Fraksi Partai Gerindra Rudi Hartono menolak revisi itu . Gerindra bakal "
            "melawan , kata Rudi .")
    got = _ents(text)
    assert {("ORG", "Fraksi Golkar"), ("ORG", "Golkar")} <= got
    assert {("ORG", "Fraksi Partai Gerindra"), ("ORG", "Partai Gerindra")} <= got


def test_a_group_whose_rest_is_no_party_names_no_party() -> None:
    """'Fraksi Kebangkitan Bangsa': the rest is no party's name aliases.toml knows, nor
    opens with 'Partai': no body inside."""
    text = "Ketua Fraksi Kebangkitan Bangsa hadir di rapat itu , kata Budi Santoso ."
    got = _names(_parties_in_factions([_at(text, "Fraksi Kebangkitan Bangsa", "ORG")]))
    assert got == [("ORG", "Fraksi Kebangkitan Bangsa")]
