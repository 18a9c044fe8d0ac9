"""Round 33 (kind33): invented characters, named features, terms spelt out with commas or
listed as formats, prices, schemes and documents, a hit song's title, research firms."""

from __future__ import annotations

from tests.stages.test_entities_ent32b import _at, _names
from warta.ner.resolve import (
    _bodies_after_office_contractions,
    _invented_characters,
    _named_features,
    _no_titles,
    _pair_mates_read_as_bodies,
    _terms_and_features,
)
from warta.stages.entities import find_entities
from warta.stages.segment import split_sentences


def test_mascot_after_its_noun_and_a_list_cue_is_no_person() -> None:
    """'sang maskot yaitu [Kancil Lincah]': a mascot read as a person is no entity, nor its
    later mention; the real person in the sentence stays."""
    text = ("Panitia memperkenalkan sang maskot yaitu Kancil Lincah , kata Budi Santoso . "
            "Kancil Lincah akan hadir di Manado .")
    kept, gone = _invented_characters(text, [
        _at(text, "Kancil Lincah", "PERSON"), _at(text, "Budi Santoso", "PERSON"),
        _at(text, "Kancil Lincah", "PERSON", 1), _at(text, "Manado", "PLACE")])
    assert _names(kept) == [("PERSON", "Budi Santoso"), ("PLACE", "Manado")]
    assert len(gone) == 2


def test_character_noun_drops_the_character_not_its_maker() -> None:
    """'pembuat karakter [Kucing Merona] , Sanrimo': the character goes, its maker stays."""
    text = "Gerai itu bekerja sama dengan pembuat karakter Kucing Merona , Sanrimo ."
    kept, _ = _invented_characters(text, [
        _at(text, "Kucing Merona", "ORG"), _at(text, "Sanrimo", "ORG")])
    assert _names(kept) == [("ORG", "Sanrimo")]


def test_person_without_a_character_noun_stays() -> None:
    """A name after 'karakter' only later in the text, not before it, stays a person
    where no character's noun stands right before any of its mentions."""
    text = "Karakternya kuat , kata Rina Wulandari tentang karakter tokoh itu ."
    kept, gone = _invented_characters(text, [_at(text, "Rina Wulandari", "PERSON")])
    assert _names(kept) == [("PERSON", "Rina Wulandari")]
    assert not gone


def test_feature_named_after_fitur_and_a_naming_cue_is_no_entity() -> None:
    """'fitur baru pada iPesan bernama [Emojiku]': a feature, no entity; the app named
    before the cue stays."""
    text = ("Ponsel itu mengemas fitur baru pada Pesanku bernama Emojiku . Emojiku meniru "
            "wajah , kata Budi Santoso .")
    kept, gone = _named_features(text, [
        _at(text, "Pesanku", "ORG"), _at(text, "Emojiku", "PERSON"),
        _at(text, "Emojiku", "PERSON", 1), _at(text, "Budi Santoso", "PERSON")])
    assert _names(kept) == [("ORG", "Pesanku"), ("PERSON", "Budi Santoso")]
    assert len(gone) == 2


def test_name_after_a_naming_cue_without_fitur_stays() -> None:
    """'aplikasi bernama [Jualanku]': no feature noun, the product stays (products ORG)."""
    text = "Mereka merilis aplikasi bernama Jualanku di Bandung ."
    kept, gone = _named_features(text, [_at(text, "Jualanku", "ORG"),
                                        _at(text, "Bandung", "PLACE")])
    assert _names(kept) == [("ORG", "Jualanku"), ("PLACE", "Bandung")]
    assert not gone


def test_acronym_of_comma_listed_lower_case_words_is_a_term() -> None:
    """'ketua , sekretaris , dan bendahara ( KSB )': three posts' short form, no body; a
    body's acronym spelt out in capitals stays."""
    text = ("Sebanyak lima ketua , sekretaris , dan bendahara ( KSB ) dilantik . Kinerja KSB "
            "dinilai Dewan Pimpinan Wilayah ( DPW ) .")
    kept, gone = _terms_and_features(text, [
        _at(text, "KSB", "ORG"), _at(text, "KSB", "ORG", 1),
        _at(text, "Dewan Pimpinan Wilayah", "ORG"), _at(text, "DPW", "ORG")])
    assert ("ORG", "KSB") not in _names(kept)
    assert ("ORG", "Dewan Pimpinan Wilayah") in _names(kept)
    assert len(gone) == 2


def test_hit_song_title_is_no_entity() -> None:
    """'Pelantun hit [Rindu Malam] itu': a song's title, no entity."""
    text = "Pelantun hit Rindu Malam itu menggelar konser di Medan ."
    kept, _ = _no_titles(text, [_at(text, "Rindu Malam", "ORG"), _at(text, "Medan", "PLACE")],
                         {})
    assert _names(kept) == [("PLACE", "Medan")]


def _found(text: str) -> set[tuple[str, str]]:
    return {(e.kind, e.name) for e in find_entities(text, split_sentences(text))}


def test_terms_listed_are_no_entities_in_a_whole_text() -> None:
    """Price ceilings, record formats, design documents and core counts are no bodies;
    the ministry and the firm beside them stay."""
    text = ("Kementerian Perdagangan menetapkan Harga Eceran Tertinggi ( HET ) minyak goreng . "
            "Band Sinar Pagi merilis EP berjudul Langit . Detail Engineering Design ( DED ) "
            "jembatan itu sudah ada , kata Budi Santoso . Ponsel itu memakai prosesor Quad "
            "Core buatan PT Cahaya Silika .")
    names = {n for _, n in _found(text)}
    assert "Kementerian Perdagangan" in names
    assert "Budi Santoso" in names
    for term in ("Harga Eceran Tertinggi", "HET", "EP", "Detail Engineering Design", "DED",
                 "Quad Core"):
        assert term not in names


def test_research_firm_closing_word_makes_a_body() -> None:
    """'analis … dari [Wirya Analysis]': a research firm, no person."""
    text = ("Pasar iklan digital tumbuh , kata analis media dari Wirya Analysis , Budi "
            "Santoso , di Jakarta .")
    found = _found(text)
    assert ("PERSON", "Wirya Analysis") not in found
    assert ("PERSON", "Budi Santoso") in found


def test_body_head_after_a_role_is_the_body_not_its_holder() -> None:
    """'Pengasuh [Ponpes Nurul Falah Kediri]': a boarding school, no person; a pharmacy
    listed among partners ('Apotek Sehat Jaya') a body too; the persons stay."""
    found = _found("Pengasuh Ponpes Nurul Falah Kediri ini menilai Budi Santoso jujur . "
                   "Mitra lainnya adalah Apotek Sehat Jaya , kata Rina Wulandari .")
    assert ("ORG", "Ponpes Nurul Falah Kediri") in found
    assert ("PERSON", "Ponpes Nurul Falah Kediri") not in found
    assert ("ORG", "Apotek Sehat Jaya") in found
    assert ("PERSON", "Budi Santoso") in found


def test_unknown_place_after_an_office_contraction_is_the_body() -> None:
    """'Direktur Jenderal ( Dirjen ) [Sumber Tirta]': the directorate general the office
    is held at, an organisation, no place; a place after a bracket that contracts no
    office ('kantor ( pusat ) [Wanasari]') stays a place."""
    text = ("Direktur Jenderal ( Dirjen ) Sumber Tirta , Budi Santoso , meninjau jalan itu . "
            "Ia datang dari kantor ( Pusat ) Wanasari .")
    mentions = [_at(text, "Sumber Tirta", "PLACE"), _at(text, "Budi Santoso", "PERSON"),
                _at(text, "Wanasari", "PLACE")]
    _bodies_after_office_contractions(text, mentions)
    assert _names(mentions) == [("ORG", "Sumber Tirta"), ("PERSON", "Budi Santoso"),
                                ("PLACE", "Wanasari")]


def test_doubles_mate_read_as_a_body_is_a_person() -> None:
    """'vs [Rina Sakura] / Dewi Lestari ( JPN )': a doubles pair, both persons; a photo
    credit with no bracket after it ('Antara Foto / Budi Santoso') keeps its outlet."""
    text = ("WD : Ani Wulan / Sari Putri vs Rina Sakura / Dewi Lestari ( JPN ) 21 - 17 . "
            "Foto : Kilat Foto / Budi Santoso .")
    mentions = [_at(text, "Ani Wulan", "PERSON"), _at(text, "Sari Putri", "PERSON"),
                _at(text, "Rina Sakura", "ORG"), _at(text, "Dewi Lestari", "PERSON"),
                _at(text, "Kilat Foto", "ORG"), _at(text, "Budi Santoso", "PERSON")]
    _pair_mates_read_as_bodies(text, mentions)
    assert ("PERSON", "Rina Sakura") in _names(mentions)
    assert ("ORG", "Rina Sakura") not in _names(mentions)
    assert ("ORG", "Kilat Foto") in _names(mentions)


def test_title_after_a_work_noun_and_a_media_word_is_no_entity() -> None:
    """'serial televisi [GTX]': the show's title, no body; 'stasiun televisi [Metro
    Kini]' (no work noun) stays."""
    text = "Ia membintangi serial televisi GTX . Stasiun televisi Metro Kini menayangkannya ."
    kept, _ = _no_titles(text, [_at(text, "GTX", "ORG"), _at(text, "Metro Kini", "ORG")], {})
    assert _names(kept) == [("ORG", "Metro Kini")]
