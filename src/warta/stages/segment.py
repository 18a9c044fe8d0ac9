"""segment: sentences as spans, from spaCy's Indonesian tokenizer plus Indonesian rules.

A period after an abbreviation ("Jl.", "Prof.", "S.H.", "dll.") or an initial ("B. J.
Habibie") does not end a sentence; nor does a punctuation mark followed by a lower-case
word ('?" tanya dia'), nor one inside a quotation that closes later in the paragraph, so
a quote and its attribution stay together. A line break always ends a sentence.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from ..lang.id import load_words
from ..pipeline import Stage
from ..record import Article, Span

_TERMINAL = {".", "!", "?", "…", "...", "?!", "!?", "!!", "??"}
_CLOSERS = {"”", "’", '"', "'", ")", "]", "»"}
_OPENERS = {"“", "‘", '"', "(", "[", "«", "'"}
# Abbreviations that may also end a sentence ("... dan sebagainya. Lalu").
_MAY_END = {"dll.", "dsb.", "dst.", "dkk."}


@cache
def _nlp() -> Any:
    import spacy

    return spacy.blank("id")


@cache
def _abbreviations() -> frozenset[str]:
    return load_words("abbreviations")


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token character spans from spaCy's Indonesian tokenizer (whitespace dropped)."""
    return [(t.idx, t.idx + len(t.text)) for t in _nlp().tokenizer(text)]


def _is_abbreviation(prev: str) -> bool:
    low = prev.lower().rstrip(".")
    if low in _abbreviations():
        return True
    # Single letters are initials ("B. J. Habibie"); dotted forms like "S.H" too.
    return (len(prev) == 1 and prev.isalpha()) or ("." in prev and len(prev) <= 6 and
                                                     prev.replace(".", "").isalpha())


def _quote_closes_later(toks: list[str], i: int) -> bool:
    return any(t in {"”", "»"} for t in toks[i + 1 :])


def split_paragraph(para: str) -> list[tuple[int, int]]:
    """Sentence spans (relative to `para`) of one paragraph."""
    doc = _nlp().tokenizer(para)
    toks = [t.text for t in doc]
    starts = [t.idx for t in doc]
    n = len(toks)
    out: list[tuple[int, int]] = []
    sent_start = 0
    in_quote = False
    i = 0
    while i < n:
        tok = toks[i]
        if tok in {"“", "«"}:
            in_quote = True
        elif tok in {"”", "»"}:
            in_quote = False
        elif tok == '"':
            in_quote = not in_quote
        boundary = tok in _TERMINAL or tok in _MAY_END
        if boundary and tok == "." and i > 0 and _is_abbreviation(toks[i - 1]) \
                and starts[i] == starts[i - 1] + len(toks[i - 1]):
            boundary = False
        if boundary:
            j = i + 1
            while j < n and toks[j] in _CLOSERS:
                if toks[j] in {"”", "»"} or (toks[j] == '"' and in_quote):
                    in_quote = False
                j += 1
            if j >= n:
                break
            nxt = toks[j]
            starts_new = nxt[0].isupper() or nxt[0].isdigit() or nxt in _OPENERS
            if starts_new and not (in_quote and _quote_closes_later(toks, j - 1)):
                end = starts[j - 1] + len(toks[j - 1])
                out.append((sent_start, end))
                sent_start = starts[j]
            i = j
            continue
        i += 1
    if sent_start < len(para):
        out.append((sent_start, len(para.rstrip())))
    return [(s, e) for s, e in out if e > s]


def split_sentences(text: str) -> list[Span]:
    spans: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            for s, e in split_paragraph(line.strip()):
                spans.append(Span(start=offset + lead + s, end=offset + lead + e))
        offset += len(line) + 1
    return spans


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
    version = 1
    requires = frozenset({"text"})
    provides = frozenset({"sentences"})

    def process(self, article: Article) -> Article:
        return replace(article, sentences=tuple(split_sentences(article.text)))
