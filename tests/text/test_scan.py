import re

import pytest

from warta.text.scan import NOT_BEFORE_WORD, finditer_not_after, opening, search_word_then


def test_the_matches_of_the_pattern_with_its_look_behind() -> None:
    # A match after a word character is dropped and the search goes on one character
    # later, as `(?<![\w-])` before the pattern would: "xKantor" holds no match, but
    # the "Kantor" inside "KKantor" does.
    words = r"(?:Kantor|Kementerian|KPK)(?:\s+[A-Z]\w*)*\s+(?:menyatakan|mengatakan)"
    text = ("Kantor Jaksa menyatakan, xKantor Pajak menyatakan; -KPK mengatakan. "
            "KKantor Pajak mengatakan KPK menyatakan Kementerian Luar Negeri menyatakan")
    with_look = re.compile(r"(?<![\w-])" + words)
    got = finditer_not_after(re.compile(words), re.compile(r"[\w-]"), text)
    assert [m.span() for m in got] == [m.span() for m in with_look.finditer(text)]
    assert [m.group() for m in with_look.finditer(text)][-1].startswith("Kementerian")


def test_a_pattern_that_matches_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="empty string"):
        list(finditer_not_after(re.compile(r"a*"), re.compile(r"\w"), "bbb"))


@pytest.mark.parametrize("word", ["Kuat", "kuat", "Nursiam", "O'Neil", "A.S.", "x"])
@pytest.mark.parametrize("before", [r"\w", r"[\w-]", r"[\w.-]"])
def test_the_word_opening_its_look_behind_finds_what_the_look_behind_first_finds(
        word: str, before: str) -> None:
    # `opening` puts the look-behind after the word so that re skips ahead to the word:
    # at the text's start, after a space, a hyphen, a dot, a letter, and inside a word.
    text = (f"{word} kata {word}, -{word} .{word} x{word} {word}{word} ({word}) "
            f"{word}-{word}\n{word}")
    for tail in (r"(?![\w-])", r"\s+", ""):
        first = re.compile(rf"(?<!{before}){re.escape(word)}{tail}")
        after = re.compile(opening(word, before) + tail)
        assert [m.span() for m in after.finditer(text)] == \
            [m.span() for m in first.finditer(text)], (word, before, tail)


_TAIL = re.compile(r"\s*,\s*(?:yang merupakan\s+)?sebuah\s+([a-z]+)")


@pytest.mark.parametrize("text", [
    "Produk Lumina, sebuah lampu pintar, dijual murah oleh Lumina.",
    "Pra-Lumina, sebuah ide; lalu Lumina , yang merupakan sebuah merek lokal.",
    "XLumina, sebuah tipu. Lumina_2, sebuah kode. Lumina-ku, sebuah nama. Lumina,sebuah x",
    "Lumina Lumina, sebuah kata, dan LuminaLumina, sebuah lagi",
    "Tidak ada yang cocok di sini, sebuah pun.",
    "(Lumina), sebuah? Lumina\n, sebuah\tbenda",
])
@pytest.mark.parametrize("word", ["Lumina", "a", "Lumina Lumina", "(Lumina)", "Lumina.", "\u00e9"])
def test_the_word_then_a_tail_is_found_where_the_regex_made_of_them_finds_it(
        text: str, word: str) -> None:
    for tail in (_TAIL, NOT_BEFORE_WORD):
        want = re.search(r"(?<![\w-])" + re.escape(word) + tail.pattern, text)
        got = search_word_then(text, word, tail)
        assert (got is None) == (want is None)
        if want is not None and got is not None:
            assert (got.end(), got.groups()) == (want.end(), want.groups())
            assert got.start() == want.start() + len(word)


def test_an_empty_word_is_refused() -> None:
    with pytest.raises(ValueError):
        search_word_then("teks", "", NOT_BEFORE_WORD)
