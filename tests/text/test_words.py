import re

from warta.text.words import (
    hyphenated_words,
    latin_words,
    plural_base,
    reduplication,
    unit_pattern,
    words,
)

S = "Jum'at, Prof. S.H. bertemu Kim Jong-un di Korea-Utara ’s (Rp10.000) anak_anak 5% ūber."


def test_unit_pattern_joins_across_the_given_characters() -> None:
    assert unit_pattern("-").findall("Korea-Utara, anak-anak.") == [
        "Korea-Utara", ",", "anak-anak", "."]
    assert unit_pattern().findall("Jong-un") == ["Jong", "-", "un"]
    assert unit_pattern("-", punct=False).findall("Korea-Utara, ya.") == ["Korea-Utara", "ya"]
    assert unit_pattern("’'-.").findall("S.H. Jum'at") == ["S.H", ".", "Jum'at"]
    assert unit_pattern("-") is unit_pattern("-")  # compiled once


def test_units_equal_the_patterns_the_stages_held() -> None:
    # The patterns each module carried before they moved here: same units, same outputs.
    old = {("’'-.", True): r"\w+(?:[’'\-.]\w+)*|[^\w\s]",
           ("-'’", True): r"\w+(?:[-'’]\w+)*|[^\w\s]", ("-", False): r"\w+(?:-\w+)*",
           ("", True): r"\w+|[^\w\s]"}
    for (joiners, punct), pat in old.items():
        assert [m.span() for m in unit_pattern(joiners, punct=punct).finditer(S)] == \
            [m.span() for m in re.finditer(pat, S)]
    assert words(S) == re.findall(r"[^\W_]+", S.lower())
    assert hyphenated_words(S) == re.findall(r"[^\W_]+(?:-[^\W_]+)*", S.lower())
    assert latin_words(S) == re.findall(r"[a-z]+(?:-[a-z]+)*", S.lower())
    assert "jong-un" in hyphenated_words(S) and "anak" in words(S)


def test_reduplication_halves_and_the_plural_base() -> None:
    """A word written as its base and the base again: a plural where the halves are equal
    and lower-case (the one base events, quotes and resolve read), a derived word where the
    second half is affixed."""
    assert reduplication("negara-negara") == ("negara", "negara")
    assert reduplication("Iring-iringan") == ("Iring", "iringan")
    assert reduplication("Korea-Utara") is None
    assert reduplication("-") is None
    assert reduplication("anak") is None
    assert [plural_base(w) for w in ("kepala-kepala", "iring-iringan", "Warga-warga",
                                     "2-2", "a-a-a", "kepala")] == [
        "kepala", None, None, None, None, None]
