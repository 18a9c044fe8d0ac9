import pytest

from warta.stages.clean import clean_text, unglue_brackets, unglue_labels, unglue_words


@pytest.mark.parametrize(("glued", "spaced"), [
    ("demikian dilaporkanSaudi Press Agency", "demikian dilaporkan Saudi Press Agency"),
    ("dilansirdetikNewsdariNew Arab", "dilansir detikNews dari New Arab"),
    ("seperti dilansirdetikFinance.", "seperti dilansir detikFinance."),
    ("DilansirdetikTravel, harga", "Dilansir detikTravel, harga"),
    ("kepadadetikJatengdi Semarang", "kepada detikJateng di Semarang"),
    ("pantauandetikcom, Senin", "pantauan detikcom, Senin"),
    ("ujarnya kepadakumparanBISNIS.", "ujarnya kepada kumparanBISNIS."),
    ("Dikutip dari bukuHukum Bisnis", "Dikutip dari buku Hukum Bisnis"),
])
def test_unglue_words_splits_words_a_lost_tag_glued(glued: str, spaced: str) -> None:
    assert unglue_words(glued) == spaced


@pytest.mark.parametrize("text", [
    # camel-case names: a capital first or a short lower-case part
    "McDonald iPhone PlayStation YouTube eKTP LinkedIn iOS mAh microSD",
    # a brand alone, and names or foreign words before a capital ("uber", "talk")
    "detikNews detikcom kumparanBISNIS uberXL talkSPORT",
    # the capitalised pronoun of God is glued on purpose
    "kepadaNya titipanNya koridorMu",
])
def test_unglue_words_leaves_camel_case_names(text: str) -> None:
    assert unglue_words(text) == text


def test_unglue_brackets_spaces_a_sentence_after_a_date() -> None:
    assert unglue_brackets("Kamis (18/9/2025).Powell menjelaskan") \
        == "Kamis (18/9/2025). Powell menjelaskan"
    assert unglue_brackets("Keuangan (Menkeu)Purbaya") == "Keuangan (Menkeu) Purbaya"
    # not before a lower-case letter, a digit or the end
    assert unglue_brackets("f(x)y dan (a).b (1)2 (c).") == "f(x)y dan (a).b (1)2 (c)."


def test_clean_text_unglues_words_and_brackets() -> None:
    text = clean_text("Harga naik, Kamis (18/9/2025).Powell menjelaskan, "
                      "dilansirdetikFinance.").text
    assert text == "Harga naik, Kamis (18/9/2025). Powell menjelaskan, dilansir detikFinance."


def test_unglue_labels_breaks_a_board_list_glued_at_its_posts() -> None:
    glued = "1. DPC Partai Maju SukamajuKetua: Budi SantosoSekretaris: Siti Aminah"
    assert unglue_labels(glued) == \
        "1. DPC Partai Maju Sukamaju\nKetua: Budi Santoso\nSekretaris: Siti Aminah"
    # a capitalised word that is no role head, and a head with no colon, stay glued
    assert unglue_labels("Aplikasi YouTube: baru, BudiKetua rapat") == \
        "Aplikasi YouTube: baru, BudiKetua rapat"
    assert "Budi Santoso\nSekretaris: Siti" in clean_text(glued).text
