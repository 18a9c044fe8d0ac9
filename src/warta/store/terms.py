"""The search box's plain syntax, read once for both stores: words, "exact phrases",
prefixes (`banj*`) and exclusions (`-word`); and the snippet those terms highlight.

A bare word matches itself or any word sharing one of its Indonesian stems
(`warta.text.stem`: "banjir" finds "kebanjiran"); a quoted phrase, even of one word,
matches exactly. A query using more of tantivy's syntax (`title:x`, `a OR b`, brackets)
is not plain: `parse_plain` returns None and the engine's own parser reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..record import fold
from ..text.stem import WORD, stems, words

ADVANCED = re.compile(r"[:()\[\]{}^~]|^(AND|OR|NOT|IN)$")
TOKEN = re.compile(r'(?P<neg>[-+]?)"(?P<phrase>[^"]*)"?|(?P<word>\S+)')


@dataclass(frozen=True, slots=True)
class Term:
    kind: Literal["word", "phrase", "prefix"]
    words: tuple[str, ...]  # folded tokens: one for a word or prefix
    negate: bool = False

    def stems(self) -> tuple[str, ...]:
        return stems(self.words[0]) if self.kind == "word" else ()


def parse_plain(text: str) -> list[Term] | None:
    """The terms of a plain query, or None when it uses more of the engine's syntax."""
    out: list[Term] = []
    for m in TOKEN.finditer(text):
        if m.group("word") is None:
            toks = tuple(words(m.group("phrase")))
            if toks:
                out.append(Term("phrase", toks, m.group("neg") == "-"))
            continue
        raw = m.group("word")
        negate = raw.startswith("-") and len(raw) > 1
        raw = raw[1:] if raw[0] in "-+" and len(raw) > 1 else raw
        if ADVANCED.search(raw):
            return None
        if raw.endswith("*"):
            toks = tuple(words(raw[:-1]))
            if len(toks) != 1 or "*" in raw[:-1] or len(toks[0]) < 2:
                return None  # "a*", "*" or "co*vid*": left to the engine, which refuses
            out.append(Term("prefix", toks, negate))
            continue
        if "*" in raw:
            return None
        toks = tuple(words(raw))
        if len(toks) == 1:
            out.append(Term("word", toks, negate))
        elif toks:  # "covid-19": its tokens in a row, as the index saw them
            out.append(Term("phrase", toks, negate))
    return out


def _matches(term: Term, token: str) -> bool:
    if term.kind == "prefix":
        return token.startswith(term.words[0])
    if term.kind == "word":
        return token == term.words[0] or bool(set(stems(token)) & set(term.stems()))
    return False


def highlight_spans(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Character ranges of `text` that the (non-negated) terms match.

    A regular expression finds the few tokens that can match (those holding a term's word,
    a stem less its first letter, which a nasal prefix may have changed, or a prefix), and
    only those are folded and stemmed: a page of hits stays in milliseconds."""
    wanted = [t for t in terms if not t.negate]
    if not wanted:
        return []
    low = text.lower()
    if len(low) != len(text):  # a rare letter whose lower case is longer: token by token
        return _spans_by_token(text, wanted)
    cores: set[str] = set()
    for t in wanted:
        cores.add(t.words[0])
        cores.update(s[1:] if len(s) > 3 else s for s in t.stems())
    # No leading [^\W_]* in the pattern: it would backtrack at every position of the text.
    pattern = re.compile("|".join(re.escape(c) for c in sorted(cores, key=len, reverse=True)))
    out: list[tuple[int, int]] = []
    seen = -1
    for hit in pattern.finditer(low):
        start = hit.start()
        while start > 0 and (low[start - 1].isalnum()):  # back to the token's start
            start -= 1
        m = WORD.match(low, start)
        if m is None or start <= seen:
            continue
        seen = start
        raw = text[m.start():m.end()]
        token = raw.lower() if raw.isascii() else fold(raw)
        for t in wanted:
            if t.kind == "phrase":
                end = _phrase_end(low, m.start(), t.words)
                if end is not None:
                    out.append((m.start(), end))
                    break
            elif _matches(t, token):
                out.append((m.start(), m.end()))
                break
    return out


def _phrase_end(low: str, start: int, words: tuple[str, ...]) -> int | None:
    """Where the phrase starting at `start` ends, or None when it is not there."""
    pos = start
    for i, w in enumerate(words):
        m = WORD.match(low, pos)
        if m is None or (m.group() if m.group().isascii() else fold(m.group())) != w:
            return None
        pos = m.end()
        if i + 1 < len(words):
            gap = re.compile(r"[\W_]+").match(low, pos)
            if gap is None:
                return None
            pos = gap.end()
    return pos


def _spans_by_token(text: str, wanted: list[Term]) -> list[tuple[int, int]]:
    tokens = [(m.start(), m.end(), fold(m.group())) for m in WORD.finditer(text)]
    out: list[tuple[int, int]] = []
    for i, (start, end, tok) in enumerate(tokens):
        for t in wanted:
            if t.kind == "phrase":
                n = len(t.words)
                if tuple(x[2] for x in tokens[i:i + n]) == t.words:
                    out.append((start, tokens[i + n - 1][1]))
                    break
            elif _matches(t, tok):
                out.append((start, end))
                break
    return out


def snippet_for(text: str, terms: list[Term], size: int = 240) -> tuple[
        str, list[tuple[int, int]]]:
    """About `size` characters of `text` around its densest run of matches, and where the
    matches lie in that fragment (the store's snippet: plain text plus offsets)."""
    spans = highlight_spans(text, terms)
    if not spans:
        return text[:size], []
    best, best_n = spans[0][0], 0
    for i, (start, _) in enumerate(spans):
        n = sum(1 for s, e in spans[i:] if e <= start + size)
        if n > best_n:
            best, best_n = start, n
    lo = max(0, best - size // 6)
    if lo:  # start at a word boundary
        space = text.rfind(" ", 0, lo)
        lo = space + 1 if space >= 0 and lo - space < 30 else lo
    hi = min(len(text), lo + size)
    if hi < len(text):
        space = text.rfind(" ", lo, hi)
        hi = space if space > best else hi
    marks = [(s - lo, e - lo) for s, e in spans if s >= lo and e <= hi]
    return text[lo:hi], marks
