"""Regex scans shared by stages: ones the engine runs faster written another way (with the
same matches), and the quotation a position stands in."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from .trie import trie_pattern

__all__ = ["QUOTATION", "CueWords", "ends_in", "ends_in_word", "finditer_not_after",
           "finditer_opening_with", "last_word", "may_hold", "opening", "quotation_around",
           "search_word_then", "window_may_hold"]


def finditer_not_after(pattern: re.Pattern[str], before: re.Pattern[str], text: str
                       ) -> Iterator[re.Match[str]]:
    """The matches `(?<!B)P` finds with `finditer`, where `pattern` is P and `before`
    matches the one character B: no match of `before` right before a match's start.

    A look-behind opening a pattern keeps `re` from skipping ahead to the first letters
    of an alternation of words: it tries every branch at every position. Here P is
    searched alone and a match after a `before` character is dropped, the search going
    on one character later, as the look-behind would. P must not match the empty string.
    """
    search, after = pattern.search, before.match
    pos = 0
    while (m := search(text, pos)) is not None:
        s = m.start()
        if s and after(text, s - 1):
            pos = s + 1
            continue
        if m.end() == s:
            raise ValueError(f"{pattern.pattern!r} matched the empty string")
        yield m
        pos = m.end()


# Empty patterns: no word character nor hyphen before / after a position.
_NOT_AFTER_WORD = re.compile(r"(?<![\w-])")
NOT_BEFORE_WORD = re.compile(r"(?![\w-])")


def search_word_then(text: str, word: str, tail: re.Pattern[str]) -> re.Match[str] | None:
    r"""What `re.search(r"(?<![\w-])" + re.escape(word) + tail.pattern, text)` finds, as
    `tail`'s match where the word ends (so with the same groups), without compiling a
    pattern per word: a pattern made per name or word at run time is compiled again and
    again (hundreds an article) and evicts others from `re`'s cache. The word is found by
    `str.find`, the look-behind and `tail` (no flags) tried at each place in turn; the first
    place where both hold is the regex's leftmost match."""
    if not word:
        raise ValueError("search_word_then needs a word")
    find, free, after = text.find, _NOT_AFTER_WORD.match, tail.match
    at = find(word)
    while at >= 0:
        if free(text, at) is not None and (m := after(text, at + len(word))) is not None:
            return m
        at = find(word, at + 1)
    return None


_WORD_CHAR = re.compile(r"\w")


def holds_whole(text: str, phrase: str) -> bool:
    r"""Whether `re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text)` finds
    anything, without compiling a pattern per phrase (see `search_word_then`): the phrase
    found by `str.find`, with no word character right before or right after it."""
    if not phrase:
        raise ValueError("holds_whole needs a phrase")
    word, at, n = _WORD_CHAR.match, text.find(phrase), len(phrase)
    while at >= 0:
        end = at + n
        if (at == 0 or word(text, at - 1) is None) and word(text, end) is None:
            return True
        at = text.find(phrase, at + 1)
    return False


# Characters a case-blind regex (`re.IGNORECASE`) matches to an ASCII letter that
# `str.lower` does not lower to it: "İ" and "ı" (to "i"), the Kelvin sign (to "k"), "ſ" (to "s").
_FOLDS_TO_ASCII = "\u0130\u0131\u212a\u017f"


class CueWords:
    """Words a case-blind pattern needs one of ("disapa", "dipanggil"), for `may_hold`:
    lower-cased once, each once. Where one is not ASCII (`lower` and `re`'s case folding
    may differ), `may_hold` answers True."""

    __slots__ = ("any", "blind", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(dict.fromkeys(w.lower() for w in words))
        self.blind = not all(w.isascii() for w in self.words)
        # one search of a short lower-cased window, faster than a scan a word there; as a
        # trie, one branch a letter (an alternation of 42 words: 12 us a window, this 7)
        self.any = re.compile(trie_pattern(self.words))


@lru_cache(maxsize=4)  # the last few articles: each stage asks of the same text
def _lowered(text: str) -> str | None:
    """`text` lower-cased, or None where it holds one of `_FOLDS_TO_ASCII`."""
    return None if any(c in text for c in _FOLDS_TO_ASCII) else text.lower()


def may_hold(text: str, cues: CueWords) -> bool:
    """Whether `text` may hold one of `cues` written in any case, as a case-blind regex
    (`re.IGNORECASE`) reads it: False only where the lower-cased text holds none of them.
    A pattern that needs one of a few literal words and opens with a look-behind or a
    case-blind alternation is tried at every character of the text; this test, `str`
    scans of the text lower-cased once (cached for the last few texts), first skips it
    where it cannot match. A text holding a character `re` folds to an ASCII letter that
    `lower` keeps ("ı", "ſ") answers True (the regex decides)."""
    low = _lowered(text)
    return cues.blind or low is None or any(map(low.__contains__, cues.words))


def finditer_opening_with(pattern: re.Pattern[str], text: str, cues: CueWords
                          ) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)`, where every match of the case-blind
    `pattern` opens with one of `cues` written in any case (a look-behind may stand before
    it): the cues are found by `str.find` in the lower-cased text (`may_hold`'s, cached),
    and the pattern is tried only there, left to right, as `finditer` would (a match
    starting inside the one before is skipped). A pattern opening with a look-behind and
    a case-blind alternation of words is tried at every character of the text: 1.28 ms
    an article against 0.47 for a list of 31 words. A text `may_hold` cannot lower-case
    safely goes to `finditer` whole. `pattern` must not match the empty string."""
    low = _lowered(text)
    if low is None or cues.blind or len(low) != len(text):
        yield from pattern.finditer(text)
        return
    starts: set[int] = set()
    for w in cues.words:
        at = low.find(w)
        while at >= 0:
            starts.add(at)
            at = low.find(w, at + 1)
    end = 0
    match = pattern.match  # the look-behind still sees the text before the position
    for at in sorted(starts):
        if at < end:
            continue
        m = match(text, at)
        if m is not None:
            if m.end() == at:
                raise ValueError(f"{pattern.pattern!r} matched the empty string")
            yield m
            end = m.end()


def window_may_hold(text: str, lo: int, hi: int, cues: CueWords) -> bool:
    """`may_hold` of the short window text[lo:hi] (a regex searched there with `pos` and
    `endpos`), lower-cased each time and not cached: a window asked per mention would
    push the articles out of `may_hold`'s cache."""
    window = text[lo:hi]
    if cues.blind or any(map(window.__contains__, _FOLDS_TO_ASCII)):
        return True
    return cues.any.search(window.lower()) is not None


def opening(word: str, before: str) -> str:
    """`word` (escaped) where no character of class `before` precedes it: the pattern
    `(?<!B)WORD` written with the look-behind after the word, spanning it, so that `re`
    skips ahead to the word's first letters; opened by the look-behind, a pattern is tried
    at every character of the text. `word` holds no line break (`.` spans it)."""
    return re.escape(word) + rf"(?<!{before}.{{{len(word)}}})"


def ends_in(text: str, lo: int, hi: int, marks: str) -> bool:
    r"""Whether the last character of `text[lo:hi]` other than white space is one of
    `marks`. A pattern anchored at its end (`...\($`, `...[“"]\s*$`) and searched over a
    window is tried from every start of the window; where each of its matches ends in
    one of `marks` and white space (`\s`, what `str.rstrip` strips), this test first
    skips the search where it cannot match, with the same answers."""
    tail = text[lo:hi].rstrip()
    return bool(tail) and tail[-1] in marks


def ends_in_word(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    r"""Whether `text[lo:hi]`, its closing white space left out, ends in one of `words`
    (lower-case ASCII) written in any case, as a case-blind regex (`re.IGNORECASE`)
    reads it. A case-blind pattern anchored at its end (`...(?:yakni|yaitu)\s*$`) and
    searched over a window is tried from every start of the window; where each of its
    matches ends in one of `words` and white space (`\s`, what `str.rstrip` strips),
    this test first skips the search where it cannot match, with the same answers. An
    ending holding a character `re` folds to an ASCII letter that `lower` keeps ("ı",
    "ſ") answers True (the regex decides)."""
    end = text[lo:hi].rstrip()[-max(map(len, words)):]
    return any(map(end.__contains__, _FOLDS_TO_ASCII)) or end.lower().endswith(words)


def last_word(text: str, lo: int, hi: int) -> tuple[int, str] | None:
    r"""Where the last run of non-space characters of `text[lo:hi]` starts, and the run,
    when white space follows it to `hi`: what `re.search(r"(\S+)\s+$")` finds over the
    window (its start and group 1), without trying the pattern from every start."""
    window = text[lo:hi]
    body = window.rstrip()
    if not body or len(body) == len(window):
        return None
    word = body.rsplit(None, 1)[-1]
    return lo + len(body) - len(word), word


# A quotation within one line: curly marks, or straight ones, with no line break inside.
QUOTATION = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


def quotation_around(text: str, at: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the quotation found in text[lo:hi] that holds `at` inside its marks,
    else None."""
    return next(((q.start(), q.end()) for q in QUOTATION.finditer(text, lo, hi)
                 if q.start() < at < q.end()), None)
