"""The token layer: spaCy's Indonesian tokenizer, run once per article.

The segment stage stores the result as `Article.tokens` (a `record.Tokens`); the other
stages slice it by sentence or span instead of tokenizing again. Training code uses the
same `tokenize`, so models see the tokens they are later given.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from ..record import Article, Tokens

__all__ = ["make_tokens", "tokenize", "tokens_of"]


@cache
def _nlp() -> Any:
    from spacy.lang.id import Indonesian, IndonesianDefaults
    from spacy.lang.id.punctuation import TOKENIZER_PREFIXES  # type: ignore[attr-defined]

    # The Indonesian prefixes include an HTML-tag pattern that costs half the tokenizer's
    # time; cleaned text holds no tags, and without it the tokens on IndoSum and Detik are
    # identical (checked on 400 articles) at about twice the speed. Set through the
    # defaults, so the tokenizer loads its special cases once (assigning `prefix_search`
    # afterwards reloads them all: about a second of start-up).
    class _Defaults(IndonesianDefaults):
        prefixes = [p for p in TOKENIZER_PREFIXES if not p.startswith("<(")]

    class _Indonesian(Indonesian):  # type: ignore[no-untyped-call]
        Defaults = _Defaults

    return _Indonesian()


@lru_cache(maxsize=8)
def _spans(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    # to_array avoids building a Python Token object per token (a third of the time).
    arr = _nlp().tokenizer(text).to_array(["IDX", "LENGTH", "IS_SPACE"]).tolist()
    starts = tuple(i for i, _, space in arr if not space)
    ends = tuple(i + n for i, n, space in arr if not space)
    return starts, ends


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token character spans from spaCy's Indonesian tokenizer (whitespace dropped)."""
    starts, ends = _spans(text)
    return list(zip(starts, ends, strict=True))


def make_tokens(text: str) -> Tokens:
    """The token layer of `text`."""
    starts, ends = _spans(text)
    return Tokens(starts=starts, ends=ends)


def tokens_of(article: Article) -> Tokens:
    """`article.tokens`, or the tokens made afresh when the record has none (one read
    back from JSON, or built by hand without the segment stage)."""
    return article.tokens if article.tokens is not None else make_tokens(article.text)
