"""trie_pattern: a word list as one regex with a branch per letter."""

from __future__ import annotations

import re

from warta.text.trie import trie_pattern


def test_the_trie_matches_exactly_the_words() -> None:
    words = ["mengatakan", "menjelaskan", "mengungkap", "mengungkapkan", "ujar", "a.b", "k+",
             "Ujar", "é"]
    trie = re.compile(rf"(?:{trie_pattern(words)})\Z")
    for w in words:
        assert trie.match(w), w
    for w in ["meng", "mengungkapka", "ujarkan", "axb", "k", "men", ""]:
        assert not trie.match(w), w


def test_a_search_finds_a_word_where_the_flat_alternation_does() -> None:
    words = ["dua", "dua puluh", "puluhan", "ribuan", "se-", "satu"]
    flat = re.compile(rf"(?i:\b(?:{'|'.join(map(re.escape, words))})\b)")
    trie = re.compile(rf"(?i:\b{trie_pattern(words)}\b)")
    texts = ["Dua puluh orang", "duaan", "se-Jawa", "puluhan ribu", "tanpa", "SATU", "se- x"]
    for text in texts:
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                assert (flat.search(text, start, end) is None) == \
                    (trie.search(text, start, end) is None), (text, start, end)


def test_an_empty_list_matches_nothing() -> None:
    assert re.search(trie_pattern([]), "apa saja") is None


def test_a_space_written_as_a_pattern() -> None:
    # (speed18) timex writes a word list's spaces as r"\s+", as its alternations did
    source = trie_pattern(["akhir pekan", "akhir", "awal"], space=r"\s+")
    trie = re.compile(rf"(?:{source})\Z")
    for text in ["akhir pekan", "akhir \n pekan", "akhir", "awal"]:
        assert trie.match(text), text
    for text in ["akhir  ", "akhirpekan", "akhir pekan ", "awal pekan"]:
        assert not trie.match(text), text
