"""themes: IPTC Media Topics (top level) and finer GDELT-like themes, with scores.

Two signals: a one-vs-rest linear model over words, trained on weak labels (IndoSum
categories and Detik URL sections; `python -m warta.train.themes`, weights in
`models/themes.npz`), and the lexicons in `lang/id/themes.toml` for topics those
corpora lack (conflict, politics, crime, disaster, ...). A code known to both takes the
larger score. Inference is numpy only.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from ..lang.id import load
from ..lang.schema import ThemesData
from ..pipeline import Stage, with_layers
from ..record import Article, Theme
from ..text.words import hyphenated_words

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "themes.npz"


def words(text: str) -> list[str]:
    """Lower-cased words; hyphenated compounds ("anak-anak", "k-pop") stay one word."""
    return hyphenated_words(text)


def longest_phrases(terms: Iterable[str]) -> dict[str, int]:
    """First word of each multi-word term -> words in the longest term it starts, so that
    a scan tries phrases only where one can start."""
    longest: dict[str, int] = {}
    for t in terms:
        parts = t.split(" ")
        if len(parts) > 1:
            longest[parts[0]] = max(longest.get(parts[0], 1), len(parts))
    return longest


@dataclass(frozen=True, slots=True)
class Lexicon:
    codes: tuple[str, ...]
    terms: dict[str, tuple[tuple[int, float], ...]]  # term -> (code index, weight)
    longest: dict[str, int]  # first word of a phrase -> words in its longest phrase
    scale: float
    min_terms: int
    min_score: float
    max_themes: int
    learned_weight: float  # lexicon discount on codes the model also scores


@cache
def load_lexicon() -> Lexicon:
    d = load("themes", ThemesData)
    codes = tuple(d.codes)
    table: dict[str, list[tuple[int, float]]] = {}
    for ci, code in enumerate(codes):
        e = d.codes[code]
        for group, weight in ((e.strong, 2.0), (e.terms, 1.0), (e.weak, 0.5)):
            for term in group:
                table.setdefault(" ".join(words(term)), []).append((ci, weight))
    s = d.settings
    return Lexicon(codes=codes, terms={t: tuple(v) for t, v in table.items()},
                   longest=longest_phrases(table),
                   scale=s.scale, min_terms=s.min_terms, min_score=s.min_score,
                   max_themes=s.max_themes, learned_weight=s.learned_weight)


def lexicon_scores(tokens: Sequence[str], lex: Lexicon | None = None) -> dict[str, float]:
    """Per code: 1 - exp(-(weighted hits per 100 words) / scale), given enough distinct terms."""
    lex = lex or load_lexicon()
    if not tokens:
        return {}
    hits = [0.0] * len(lex.codes)
    distinct = [0] * len(lex.codes)
    grams: Counter[str] = Counter(tokens)
    n = len(tokens)
    longest = lex.longest
    # Phrases: only where a phrase's first word stands (found in one pass, in order).
    for i in [i for i, tok in enumerate(tokens) if tok in longest]:
        for k in range(2, min(longest[tokens[i]], n - i) + 1):
            grams[" ".join(tokens[i:i + k])] += 1
    for gram, count in grams.items():
        for ci, weight in lex.terms.get(gram, ()):
            hits[ci] += weight * count
            distinct[ci] += 1
    per100 = 100.0 / max(len(tokens), 50)  # short texts: do not inflate densities
    return {code: 1.0 - math.exp(-(h * per100) / lex.scale)
            for code, h, n in zip(lex.codes, hits, distinct, strict=True)
            if n >= lex.min_terms}


@dataclass(frozen=True, slots=True)
class ThemeModel:
    labels: tuple[str, ...]
    vocab: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray  # (vocab, labels)
    bias: np.ndarray  # (labels,)


@cache
def load_model(path: Path = MODEL_PATH) -> ThemeModel:
    if not path.exists():
        raise FileNotFoundError(
            f"theme model {path} is missing: run `python -m warta.train.themes`")
    with np.load(path, allow_pickle=False) as z:
        vocab = [str(w) for w in z["vocab"]]
        return ThemeModel(labels=tuple(str(x) for x in z["labels"]),
                          vocab={w: i for i, w in enumerate(vocab)},
                          idf=z["idf"].astype(np.float64),
                          weights=z["weights"].astype(np.float64),
                          bias=z["bias"].astype(np.float64))


def vectorize(tokens: Sequence[str], vocab: dict[str, int],
              idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sparse (indices, values): log-count x idf, L2-normalised."""
    # One look-up a token, counted in C with the misses (None) dropped after: the same
    # ids in the same first-seen order as a filtered list, without a Python loop.
    counts = Counter(map(vocab.get, tokens))
    counts.pop(None, None)
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    val = np.log1p(np.fromiter(counts.values(), dtype=np.float64, count=len(counts))) * idf[idx]
    norm = float(np.sqrt(val @ val))
    return idx, val / norm if norm else val


def model_scores(tokens: Sequence[str], model: ThemeModel | None = None) -> dict[str, float]:
    m = model or load_model()
    idx, val = vectorize(tokens, m.vocab, m.idf)
    z = val @ m.weights[idx] + m.bias
    p = 1.0 / (1.0 + np.exp(-z))
    return {label: float(s) for label, s in zip(m.labels, p, strict=True)}


def score_themes(text: str, *, title: str | None = None, model: ThemeModel | None = None,
                 use_model: bool = True, use_lexicon: bool = True) -> dict[str, float]:
    """Every code with its score (0..1), before thresholds."""
    tokens = words(f"{title}\n{text}" if title else text)
    lex = load_lexicon()
    scores: dict[str, float] = {}
    if use_lexicon:
        scores.update(lexicon_scores(tokens, lex))
    if use_model:
        discount = lex.learned_weight if use_lexicon else 1.0
        for code, s in model_scores(tokens, model).items():
            scores[code] = max(s, discount * scores.get(code, 0.0))
    return scores


def find_themes(text: str, *, title: str | None = None,
                model: ThemeModel | None = None) -> tuple[Theme, ...]:
    """Themes above the reporting threshold: IPTC top-level codes best first, then the
    finer GDELT-like codes best first (so `themes[0]` is always the main topic)."""
    lex = load_lexicon()
    scores = score_themes(text, title=title, model=model)
    ranked = sorted(((c, s) for c, s in scores.items() if s >= lex.min_score),
                    key=lambda cs: (not cs[0].startswith("iptc:"), -cs[1], cs[0]))
    return tuple(Theme(code=c, score=round(s, 3)) for c, s in ranked[: lex.max_themes])


class ThemeStage(Stage):
    """Fill `Article.themes` (IPTC top level + GDELT-like), best first."""

    name = "themes"
    version = 1
    requires = frozenset({"text", "title"})
    provides = frozenset({"themes"})

    def process(self, article: Article) -> Article:
        return with_layers(article, themes=find_themes(article.text, title=article.title))
