"""Outlets the tagger misses: domains, lower-case outlets' sections, glued outlet names."""

from __future__ import annotations

from warta.ner.outlets import outlet_mentions, outlet_spans
from warta.ner.resolve import Mention


def _spans(text: str) -> list[str]:
    return [text[a:b] for a, b in outlet_spans(text)]


def test_domains_are_outlets() -> None:
    text = "Dilansir dari boldsky.com , sebuah studi. Informasi diperoleh merdeka.com usai rapat."
    assert _spans(text) == ["boldsky.com", "merdeka.com"]


def test_addresses_and_pages_are_no_outlets() -> None:
    # A page under a government domain, an e-mail, a URL's host and a site's sub-domain.
    text = ("Data di situs apbd.jakarta.go.id , surat ke humas@polri.com , tautan "
            "https://www.contoh.com/berita dan siaran di 20.detik.com hari ini.")
    assert _spans(text) == []


def test_a_label_inside_a_spaced_image_address_is_no_outlet() -> None:
    # ent29: the tokeniser spaces out a leaked image address ('cdns.contoh.com / bola.net /
    # library / …', who 290); a domain between its slashes is a path's part, no outlet.
    text = ('src="https://cdns.contoh.com / bola.net / library / upload/20 / a.jpg " . '
            "Dikutip dari bola.net / Senin.")
    assert _spans(text) == ["bola.net"]


def test_domain_repeating_the_name_before_is_no_second_outlet() -> None:
    assert _spans("yang diterima kumparan ( kumparan.com ) , Kamis") == []
    assert _spans("dikutip kumparan , ( kumparan.com ) , Sabtu") == []


def test_lower_case_outlets_sections() -> None:
    text = "Pantauan detikJabar pukul 16.15 WIB. Dilansir detikNews, Roy hadir."
    assert _spans(text) == ["detikJabar", "detikNews"]


def test_common_words_with_an_outlets_stem_are_kept() -> None:
    # "detik" is a second, and no capitalised section follows it here.
    assert _spans("Dalam video berdurasi 12 detik itu tampak 56 detiknya.") == []


def test_glued_outlet_splits_the_mention() -> None:
    text = "Tayang di TikTokdetikcom. Jangan lewatkan."
    m = Mention(10, 24, "ORG", "TikTokdetikcom")
    out = outlet_mentions(text, [m])
    assert [(x.surface, x.kind) for x in out] == [("TikTok", "ORG"), ("detikcom", "ORG")]


def test_cue_glued_to_outlet_is_cut_off() -> None:
    text = "DilansirAljazeera, Selasa (22/10/2025), Trump berkata."
    out = outlet_mentions(text, [Mention(0, 17, "PERSON", "DilansirAljazeera")])
    assert [(x.surface, x.kind) for x in out] == [("Aljazeera", "ORG")]


def test_untagged_outlet_is_added_and_tagged_one_becomes_org() -> None:
    text = "Mengutip detikBali, lahan di Suara.com luas."
    out = outlet_mentions(text, [Mention(29, 38, "PLACE", "Suara.com")])
    assert [(x.surface, x.kind) for x in out] == [("detikBali", "ORG"), ("Suara.com", "ORG")]


def test_rest_of_a_cut_mention_keeps_its_name_not_its_linking_words() -> None:
    text = "kolaborasi GoToMalls.com dengan PayPro selain itu"
    out = outlet_mentions(text, [Mention(11, 38, "ORG", "GoToMalls.com dengan PayPro")])
    assert [(x.surface, x.kind) for x in out] == [("GoToMalls.com", "ORG"), ("PayPro", "ORG")]


def test_an_outlets_show_is_no_outlet() -> None:
    # A work's noun before the section name: the outlet's programme, no organisation.
    text = "Simak di program detikPagi edisi Rabu, dilansir detikNews."
    assert _spans(text) == ["detikNews"]


def test_a_section_inside_an_address_is_no_outlet() -> None:
    assert _spans("tautan detik.com/detikNews dan akun @detikFinance kemarin") == []


def _copies_mentions(text: str, copies: int) -> tuple[str, list[Mention]]:
    """`copies` of `text`, one a line, with each copy's person, a mention run into an
    outlet ("GoToMalls.com dengan PayPro") and a place, in order."""
    long = "\n".join([text] * copies)
    out = []
    for k in range(copies):
        at = k * (len(text) + 1)
        for part, kind in (("Ahmad", "PERSON"), ("GoToMalls.com dengan PayPro", "ORG"),
                           ("Jakarta", "PLACE")):
            a = at + text.index(part)
            out.append(Mention(a, a + len(part), kind, part))
    return long, out


def test_many_outlets_in_a_long_text_are_each_read_as_in_one_paragraph() -> None:
    # The mentions an outlet overlaps are looked up among those near it: a text of fifty
    # copies of a paragraph gives fifty copies of the paragraph's own result.
    text = "Ahmad mengutip GoToMalls.com dengan PayPro di Jakarta kemarin."
    one = outlet_mentions(*_copies_mentions(text, 1))
    many = outlet_mentions(*_copies_mentions(text, 50))
    step = len(text) + 1
    assert [(m.start, m.end, m.kind) for m in many] == [
        (m.start + k * step, m.end + k * step, m.kind) for k in range(50) for m in one]
    assert [(m.surface, m.kind) for m in one] == [
        ("Ahmad", "PERSON"), ("GoToMalls.com", "ORG"), ("PayPro", "ORG"), ("Jakarta", "PLACE")]

def test_mentions_out_of_order_come_back_in_order_of_start() -> None:
    text = "Di Jakarta, kata merdeka.com , Budi hadir."
    out = outlet_mentions(text, [Mention(31, 35, "PERSON", "Budi"),
                                 Mention(3, 10, "PLACE", "Jakarta")])
    assert [(x.surface, x.kind) for x in out] == [
        ("Jakarta", "PLACE"), ("merdeka.com", "ORG"), ("Budi", "PERSON")]


def test_a_section_word_inside_any_earlier_domain_is_no_outlet() -> None:
    # Several domains before it: the one holding the section word is found among them.
    text = "lihat kumparan.com , tempo.co dan detik.com/detikNews serta detikJabar hari ini"
    assert _spans(text) == ["kumparan.com", "tempo.co", "detikJabar"]


def test_closing_credit_is_the_agency_or_the_writer() -> None:
    # whokinds4: "( Antara )" closing a story is the agency; "( Yendhi )" the writer
    from warta.ner.features import load_lexicon
    from warta.ner.outlets import credit_mentions

    lex = load_lexicon()
    text = "Keduanya kini ditahan di kantor polisi , katanya . ( Antara )"
    assert [(m.kind, m.surface) for m in credit_mentions(text, [], lex)] == [("ORG", "Antara")]
    text = "Keduanya kini ditahan di kantor polisi , katanya . ( Yendhi )"
    out = credit_mentions(text, [], lex)
    assert [(m.kind, m.surface) for m in out] == [("PERSON", "Yendhi")]
    # a writer's initials, a domain and a common word are left alone
    for credit in ("( DAN )", "( Health.com )", "( Selesai )"):
        assert credit_mentions(f"Ia ditahan polisi . {credit}", [], lex) == []
