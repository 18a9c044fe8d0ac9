"""Word units other than spaCy's tokens, in one place.

The token layer (`warta.text.tokens`, `Article.tokens`) holds spaCy's Indonesian tokens:
hyphens split ("Jong", "-", "un"), "10.000" and URLs stay whole. Some stages match word
lists and need other units: hyphenated compounds whole ("anak-anak", "k-pop"), quoted
forms ("Jum'at"), dotted ones ("S.H."), or bare words without punctuation. About 5% of
those units differ from a spaCy token on IndoSum and Detik, so they cannot be read off
the token layer without changing outputs; they are scanned from the text with the
patterns here, and a stage and the code that builds its word lists share one pattern.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["hyphenated_words", "latin_words", "plural_base", "reduplication", "unit_pattern",
           "words"]

_WORDS = re.compile(r"[^\W_]+")
_HYPHENATED = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_LATIN = re.compile(r"[a-z]+(?:-[a-z]+)*")


@cache
def unit_pattern(joiners: str = "", *, punct: bool = True) -> re.Pattern[str]:
    """Runs of word characters (`\\w`), joined across any single character of `joiners`
    ("-" keeps "Korea-Utara" whole); with `punct`, each other non-space character is a
    unit of its own."""
    word = r"\w+"
    if joiners:
        word += rf"(?:[{''.join(re.escape(c) for c in joiners)}]\w+)*"
    return re.compile(word + r"|[^\w\s]" if punct else word)


def words(text: str) -> list[str]:
    """Lower-cased runs of letters and digits ("anak-anak" is two words)."""
    return _WORDS.findall(text.lower())


def hyphenated_words(text: str) -> list[str]:
    """Lower-cased words; hyphenated compounds ("anak-anak", "k-pop") stay one word.

    Not cached: the theme stage reads the title and text, the tone stage the same with
    names blanked (`tone.lexicon_words`), so no text came twice and the cache (keyed by
    the whole text, with a tuple copy in and a list copy out) never hit."""
    return _HYPHENATED.findall(text.lower())


def latin_words(text: str) -> list[str]:
    """Lower-cased words of ASCII letters a-z, hyphenated compounds whole (the marker
    words language identification counts)."""
    return _LATIN.findall(text.lower())


def reduplication(word: str) -> tuple[str, str] | None:
    """The halves of a word written as its base, a hyphen and the base again, the second
    half in any case and maybe affixed ("negara-negara", "Marmut-marmut", "iring-iringan");
    None for any other word."""
    base, dash, rest = word.partition("-")
    return (base, rest) if dash and base and rest.lower().startswith(base.lower()) else None


def plural_base(word: str) -> str | None:
    """The base of a lower-case plural by reduplication, its halves equal ("negara-negara"
    -> "negara"); None for any other word ("iring-iringan" is a noun of its own)."""
    halves = reduplication(word)
    if halves is None or halves[0] != halves[1]:
        return None
    return halves[0] if halves[0].isalpha() and halves[0].islower() else None
