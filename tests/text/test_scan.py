import re

import pytest

from warta.text.scan import (
    NOT_BEFORE_WORD,
    CueWords,
    ends_in,
    ends_in_word,
    finditer_not_after,
    finditer_opening_with,
    holds_whole,
    last_word,
    may_hold,
    opening,
    search_word_then,
    window_may_hold,
)


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


@pytest.mark.parametrize("text", [
    "dana hibah partai", "nondana hibah", "dana hibahnya", "dana hibah-dana hibah", "dana hibah",
    "x dana hibah_2 dan dana hibah.", "(dana hibah)", "", "dana  hibah", "Dana Hibah",
])
@pytest.mark.parametrize("phrase", ["dana hibah", "a", "\u00e9", "hibah."])
def test_a_whole_phrase_is_held_where_the_regex_with_word_bounds_finds_it(
        text: str, phrase: str) -> None:
    want = re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None
    assert holds_whole(text, phrase) == want


def test_an_empty_phrase_is_refused() -> None:
    with pytest.raises(ValueError):
        holds_whole("teks", "")


def test_an_empty_word_is_refused() -> None:
    with pytest.raises(ValueError):
        search_word_then("teks", "", NOT_BEFORE_WORD)


def test_white_space_is_what_the_regex_and_rstrip_both_take() -> None:
    # `ends_in` and `last_word` read `\s` as `str.rstrip` and `str.split` do.
    space = re.compile(r"\s")
    for code in range(0x3100):
        ch = chr(code)
        assert bool(space.fullmatch(ch)) == ch.isspace() == (ch.rstrip() == ""), hex(code)


_SPACES = [" ", "  ", "\n", " \n", "\t", "\u00a0", "\u3000", "\x1c", "\u2028", "\x85"]
_PIECES = ["kata", "(", "“", '"', "Kepala", "x", "-", ",", "tahun", "12"]


def _windows() -> list[tuple[str, int, int]]:
    import random

    rng = random.Random(13)
    out = []
    for _ in range(3000):
        parts = [rng.choice(_PIECES + _SPACES) for _ in range(rng.randrange(0, 9))]
        text = "".join(parts)
        lo = rng.randrange(0, len(text) + 1)
        hi = rng.randrange(lo, len(text) + 1)
        out.append((text, lo, hi))
    out += [("", 0, 0), ("a ", 0, 2), (" ", 0, 1), ("a\n", 0, 2), ("ab (  ", 1, 6),
            ("Ketua Umum ", 3, 11), ("kata\nx", 0, 6)]
    for text in ("dana bantuan tunai ( ", "kredit usaha-rakyat (\n", "harga beli ( x",
                 "kata kata kata kata kata kata kata kata (", "Dana Bantuan ( "):
        out += [(text, lo, hi) for lo in range(len(text) + 1)
                for hi in range(lo, len(text) + 1)]
    return out


def test_the_last_word_is_what_the_end_anchored_search_finds() -> None:
    pattern = re.compile(r"(\S+)\s+$")
    for text, lo, hi in _windows():
        m = pattern.search(text, lo, hi)
        assert last_word(text, lo, hi) == (None if m is None else (m.start(), m.group(1))), (
            text, lo, hi)
    assert last_word("ia berkata  ", 0, 12) == (3, "berkata")
    assert last_word("ia berkata", 0, 10) is None


def test_a_window_not_ending_in_the_marks_holds_no_end_anchored_match() -> None:
    patterns = [(re.compile(r"([a-z]+(?:[\s-]+[a-z]+){1,6})\s*\(\s*$"), "("),
                (re.compile(r"\s+[“\"«„]\s*$"), "“\"«„")]
    for pattern, marks in patterns:
        for text, lo, hi in _windows():
            if pattern.search(text, lo, hi) is not None:
                assert ends_in(text, lo, hi, marks), (text, lo, hi)
    assert ends_in("ruang terbuka hijau ( ", 0, 22, "(")
    assert not ends_in("ruang terbuka hijau", 0, 19, "(")
    assert not ends_in("   ", 0, 3, "(")


def test_a_window_not_ending_in_the_words_holds_no_case_blind_end_anchored_match() -> None:
    """speed19: a case-blind pattern ending in one of a few words and white space matches
    only in a window `ends_in_word` accepts; a letter `re` folds to ASCII that `lower`
    keeps ("ı", "ſ", the Kelvin sign) leaves it to the regex."""
    import random

    words = ("yakni", "yaitu", "sebesar")
    patterns = [re.compile(r"(\w+)\s+(?:naik|turun)\s+,?\s*(?:yakni|yaitu|sebesar)\s*$", re.I),
                re.compile(r"(?:yakni|yaitu)\s+(?:sebesar\s+)?$", re.IGNORECASE)]
    pieces = ["harga", "naik", "turun", "YAKNI", "Yaitu", "sebesar", "SEBESAR", ",", "12",
              "yaıtu", "ſebesar", "yaKni", "yakni", "x", "\u0130"]
    rng = random.Random(19)
    windows = []
    for _ in range(4000):
        parts = [rng.choice(pieces + _SPACES) for _ in range(rng.randrange(0, 9))]
        text = "".join(parts)
        lo = rng.randrange(0, len(text) + 1)
        windows.append((text, lo, rng.randrange(lo, len(text) + 1)))
    hits = 0
    for text, lo, hi in windows:
        for pattern in patterns:
            if pattern.search(text, lo, hi) is not None:
                hits += 1
                assert ends_in_word(text, lo, hi, words), (text, lo, hi)
    assert hits > 20
    assert ends_in_word("harga naik, YAITU  \n", 0, 20, words)
    assert ends_in_word("turun sebesar ", 0, 14, words)
    assert ends_in_word("harga naik yaıtu ", 0, 17, words)  # "ı": the regex decides
    assert patterns[1].search("harga naik yaıtu ") is not None
    assert not ends_in_word("harga naik yakni 12 ", 0, 20, words)
    assert not ends_in_word("yakni ", 1, 6, words)  # the word cut by the window
    assert not ends_in_word("   ", 0, 3, words)


def test_may_hold_answers_false_only_where_the_case_blind_regex_finds_no_word() -> None:
    """speed17: a cue word in any case may stand; with none, the case-blind pattern that
    needs one cannot match; a text holding a letter `re` folds to ASCII ("ı" for "i", "ſ"
    for "s") that `lower` keeps, and a word that is not ASCII, leave it to the regex."""
    words = CueWords(("Dijuluki", "digelari"))
    cue = re.compile(r"dijuluki|digelari", re.IGNORECASE)
    for text in ("Pemain yang DIJULUKI Si Kancil itu", "tim yang Digelari juara",
                 "penyanyi yang dijulukı Ratu", "kapal yang ſering disebut", "tanpa julukan"):
        assert may_hold(text, words) or cue.search(text) is None
        assert window_may_hold(text, 3, len(text), words) or cue.search(text, 3) is None
    assert may_hold("Pemain yang DIJULUKI Si Kancil", words)
    assert not may_hold("Pemain yang disebut Si Kancil", words)
    assert may_hold("penyanyi yang dijulukı Ratu", words)  # "ı": the regex decides
    assert cue.search("penyanyi yang dijulukı Ratu") is not None
    assert may_hold("apa saja", CueWords(("café",)))
    assert not may_hold("apa saja", CueWords(()))
    assert not window_may_hold("DIJULUKI Si Kancil", 3, 18, words)  # outside the window
    assert window_may_hold("kata DIJULUKI Si Kancil", 0, 14, words)


def test_the_matches_opening_with_cue_words_are_finditer_s() -> None:
    """speed17: a case-blind pattern whose matches open with one of a few words (after a
    look-behind) is tried only where the lower-cased text holds one: the same matches,
    overlapping candidates skipped as `finditer` skips them."""
    pattern = re.compile(r"(?<![\w-])(?:lagu|album|lagu baru)(?![\w-])(?:\s+\w+){0,2}?\s+yakni",
                         re.IGNORECASE)
    cues = CueWords(("lagu", "Album", "lagu baru"))
    for text in ("Dua LAGU barunya yakni A dan B ; album lagu yakni C", "pelagu lagu yakni X",
                 "Album album album yakni Y", "lagu-lagu yakni Z", "tanpa apa pun",
                 "Lagu ıtu yakni W"):
        assert [m.span() for m in finditer_opening_with(pattern, text, cues)] == \
            [m.span() for m in pattern.finditer(text)], text
    with pytest.raises(ValueError, match="empty"):
        list(finditer_opening_with(re.compile(r"(?=lagu)"), "lagu", cues))
