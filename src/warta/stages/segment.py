"""segment: sentences as spans, from spaCy's Indonesian tokenizer plus Indonesian rules.

A period after an abbreviation ("Jl.", "Prof.", "S.H.", "dll.") or an initial ("B. J.
Habibie") does not end a sentence; nor does a punctuation mark followed by a lower-case
word ('?" tanya dia'), nor one inside a quotation that closes later in the paragraph, so
a quote and its attribution stay together. A line break always ends a sentence.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..lang.id import load_words
from ..pipeline import Stage
from ..record import Article, Span, Tokens
from ..text.tokens import make_tokens, tokenize

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


def _split_tokens(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans over the tokens of one paragraph."""
    toks = [text[s:e] for s, e in spans]
    n = len(toks)
    # Index of the paragraph's last closing mark: "does a quotation close later?" is one
    # comparison, not a scan to the paragraph's end at every boundary (which made a long
    # paragraph cost the square of its length).
    last_close = max((k for k, t in enumerate(toks) if t in {"”", "»"}), default=-1)
    out: list[tuple[int, int]] = []
    first = 0  # token index where the current sentence starts
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
                and spans[i][0] == spans[i - 1][1]:
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
            # Inside a quotation that closes later in the paragraph: keep going, so the
            # quote and its attribution ("..., ujar Kim.") stay one sentence.
            closes_later = in_quote and last_close >= j
            if starts_new and not closes_later:
                out.append((spans[first][0], spans[j - 1][1]))
                first = j
            i = j
            continue
        i += 1
    if first < n:
        out.append((spans[first][0], spans[-1][1]))
    return out


def split_sentences(text: str, tokens: Tokens | None = None) -> list[Span]:
    """Sentence spans of a cleaned text; a line break always ends a sentence.

    `tokens` is the token layer of `text` when the caller has it (else it is made here).
    """
    spans = tokenize(text) if tokens is None else tokens.spans(0, len(text))
    out: list[Span] = []
    para: list[tuple[int, int]] = []
    prev_end = 0
    for s, e in spans:
        if para and "\n" in text[prev_end:s]:
            out.extend(Span(start=a, end=b) for a, b in _split_tokens(text, para))
            para = []
        para.append((s, e))
        prev_end = e
    if para:
        out.extend(Span(start=a, end=b) for a, b in _split_tokens(text, para))
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
    version = 1
    requires = frozenset({"text"})
    provides = frozenset({"tokens", "sentences"})

    def process(self, article: Article) -> Article:
        tokens = make_tokens(article.text)
        return replace(article, tokens=tokens,
                       sentences=tuple(split_sentences(article.text, tokens)))
