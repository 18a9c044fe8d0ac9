"""segment: sentences as spans, from spaCy's Indonesian tokenizer plus Indonesian rules.

A period after an abbreviation ("Jl.", "Prof.", "S.H.", "dll.") or an initial ("B. J.
Habibie") does not end a sentence; nor does a punctuation mark followed by a lower-case
word ('?" tanya dia'), nor one inside a quotation that closes later in the paragraph, so
a quote and its attribution stay together. A line break always ends a sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache

from ..lang.id import load_words
from ..pipeline import Stage, with_layers
from ..record import Article, Span, Tokens
from ..text.tokens import make_tokens

_TERMINAL = {".", "!", "?", "…", "...", "?!", "!?", "!!", "??"}
_CLOSERS = {"”", "’", '"', "'", ")", "]", "»"}
_OPENERS = {"“", "‘", '"', "(", "[", "«", "'"}
# Abbreviations that may also end a sentence ("... dan sebagainya. Lalu").
_MAY_END = {"dll.", "dsb.", "dst.", "dkk."}


@cache
def _abbreviations() -> frozenset[str]:
    return load_words("abbreviations")


def _is_abbreviation(prev: str) -> bool:
    low = prev.lower().rstrip(".")
    if low in _abbreviations():
        return True
    # Single letters are initials ("B. J. Habibie"); dotted forms like "S.H" too.
    return (len(prev) == 1 and prev.isalpha()) or ("." in prev and len(prev) <= 6 and
                                                     prev.replace(".", "").isalpha())


@cache
def _abbreviations_before_names() -> frozenset[str]:
    return load_words("abbreviations_before_names")


def _spaced_abbreviation(prev: str) -> bool:
    """An abbreviation that only heads a name (abbreviations_before_names.txt), written
    capitalised before a period set apart by a space, as IndoSum's tokens write "PT .
    Persib" and "Kab . Pidie": the period is the abbreviation's. Lower-case words
    ("keliling kota . Tidak") and single letters may end a sentence so written."""
    return len(prev) >= 2 and prev[0].isupper() and prev.lower() in _abbreviations_before_names()


def _glued_period(tok: str) -> bool:
    """A sentence's period the tokenizer left on its word: spaCy splits a final period
    only after a lower-case letter, a digit or two capitals, so "3D.", "GoT.", "B2C." and
    "UberX." keep theirs. A word ending in a capital after a lower-case letter or digit is
    no abbreviation (those are lower-case or dotted: "Jl.", "S.H."), unless listed."""
    return (len(tok) >= 3 and tok[-1] == "." and "." not in tok[:-1]
            and tok[-2].isupper() and not tok[-3].isupper()
            and tok[:-1].lower() not in _abbreviations())


_OPEN_QUOTE = {"“", "«"}
_CLOSE_QUOTE = {"”", "»"}
# First characters of every token `_split_tokens` acts on (quotation marks, closers,
# sentence ends, the abbreviations that may end one).
_MARK_FIRST = frozenset(t[0] for t in (*_TERMINAL, *_MAY_END, *_CLOSERS, *_OPENERS,
                                        *_OPEN_QUOTE, *_CLOSE_QUOTE))


def _split_tokens(text: str, starts: Sequence[int], ends: Sequence[int], lo: int,
                  hi: int) -> list[tuple[int, int]]:
    """Sentence spans over tokens [lo, hi) of one paragraph (token i is
    text[starts[i]:ends[i]]). Token strings are sliced as they are read, not kept in a
    list: on a 139k-token paragraph, lists of every token outgrew the CPU caches and made
    the cost grow faster than the length."""
    # Index of the paragraph's last closing mark: "does a quotation close later?" is one
    # comparison, not a scan to the paragraph's end at every boundary (which made a long
    # paragraph cost the square of its length).
    last_close = _last_token(text, starts, ends, lo, hi, _CLOSE_QUOTE)
    out: list[tuple[int, int]] = []
    first = lo  # token index where the current sentence starts
    in_quote = False
    # Only a quotation mark or a sentence end changes anything; every other token was one
    # step of the walk. The tokens that may be one (by their first character) are picked
    # out in one pass, and `after` is the first index a boundary's look-ahead left.
    after = lo
    for i in [k for k in range(lo, hi)
              if text[starts[k]] in _MARK_FIRST or text[ends[k] - 1] == "."]:
        if i < after:
            continue
        tok = text[starts[i]:ends[i]]
        if tok in _OPEN_QUOTE:
            in_quote = True
        elif tok in _CLOSE_QUOTE:
            in_quote = False
        elif tok == '"':
            in_quote = not in_quote
        boundary = tok in _TERMINAL or tok in _MAY_END or _glued_period(tok)
        if boundary and tok == "." and i > lo and (
                _spaced_abbreviation(text[starts[i - 1]:ends[i - 1]])
                if starts[i] > ends[i - 1]
                else _is_abbreviation(text[starts[i - 1]:ends[i - 1]])):
            boundary = False
        if boundary:
            j = i + 1
            while j < hi and (nxt := text[starts[j]:ends[j]]) in _CLOSERS:
                if nxt in _CLOSE_QUOTE or (nxt == '"' and in_quote):
                    in_quote = False
                j += 1
            if j >= hi:
                break
            nxt = text[starts[j]:ends[j]]
            starts_new = nxt[0].isupper() or nxt[0].isdigit() or nxt in _OPENERS
            # Inside a quotation that closes later in the paragraph: keep going, so the
            # quote and its attribution ("..., ujar Kim.") stay one sentence.
            closes_later = in_quote and last_close >= j
            if starts_new and not closes_later:
                out.append((starts[first], ends[j - 1]))
                first = j
            after = j
    if first < hi:
        out.append((starts[first], ends[hi - 1]))
    return out


def _last_token(text: str, starts: Sequence[int], ends: Sequence[int], lo: int, hi: int,
                marks: set[str]) -> int:
    """The greatest index in [lo, hi) of a token that is one of `marks`, else -1 (found
    from the end with str.rfind, not by reading every token)."""
    best = -1
    for mark in marks:
        q = text.rfind(mark, starts[lo], ends[hi - 1])
        while q >= 0:
            k = bisect_left(starts, q, lo, hi)
            if k < hi and starts[k] == q and ends[k] == q + len(mark):
                best = max(best, k)
                break
            q = text.rfind(mark, starts[lo], q)
    return best


def split_sentences(text: str, tokens: Tokens | None = None) -> list[Span]:
    """Sentence spans of a cleaned text; a line break always ends a sentence.

    `tokens` is the token layer of `text` when the caller has it (else it is made here).
    """
    tk = make_tokens(text) if tokens is None else tokens
    starts, ends = tk.starts, tk.ends
    lo, hi = tk.index_range(0, len(text))
    out: list[Span] = []
    first = lo  # the current paragraph's first token
    # A paragraph ends before token k when a line break lies between tokens k-1 and k.
    p = text.find("\n")
    while p >= 0:
        k = bisect_right(starts, p, lo, hi)  # the first token after the line break
        if first < k < hi and ends[k - 1] <= p:
            out.extend(Span(start=a, end=b) for a, b in _split_tokens(text, starts, ends,
                                                                      first, k))
            first = k
        p = text.find("\n", p + 1)
    if first < hi:
        out.extend(Span(start=a, end=b) for a, b in _split_tokens(text, starts, ends, first,
                                                                  hi))
    return out


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans of a cleaned text (one paragraph a line)."""
    out: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Span(start=offset, end=offset + len(line)))
        offset += len(line) + 1
    return out


class SegmentStage(Stage):
    name = "segment"
    version = 4  # seg25 (4): ranks ('Pol', 'Capt', 'Gen'), 'Alm', 'Moh', 'Rep', 'Cq' before a
    # name and 'Rp', 'Vol', 'Sp' before what they head end no sentence, spaced or not
    # ('Kombes Pol . Erwanto', 'Rp . 25.000.000', 'Alm. H. Adam Malik'); 'Ph.D.', 'Jkt.Pst'
    # was seg24 (3): common words ('kota', 'hal') and after-name forms ('Jr', 'SH')
    # are no longer abbreviations, so 'Polres Tasikmalaya Kota. Ia ...' splits; a period
    # the tokenizer leaves on a word ending in a capital ('3D.', 'GoT.') ends a sentence
    requires = frozenset({"text"})
    provides = frozenset({"tokens", "sentences"})

    def process(self, article: Article) -> Article:
        tokens = make_tokens(article.text)
        return with_layers(article, tokens=tokens,
                       sentences=tuple(split_sentences(article.text, tokens)))
