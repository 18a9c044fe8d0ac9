"""tone: an article tone score (-100 negative .. +100 positive, GDELT-style) and a label.

Two signals: a 3-class linear model (negative / neutral / positive) over words (marked
"!word" up to `model_negation_window` words after a negator, so "tidak bagus" differs
from "bagus") and word pairs, after slang normalisation (`[slang]` in `lang/id/tone.toml`),
trained on SmSA (reviews and comments, not news; `python -m warta.train.tone`,
weights in `models/tone.npz`), and the news-aware lexicon in `lang/id/tone.toml`
(GDELT-like positive minus negative hits per 100 words, with negation). Numpy only.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Literal

import numpy as np

from ..lang.id import load
from ..lang.schema import ToneData
from ..pipeline import Stage
from ..record import Article, Tone
from ..text.words import hyphenated_words
from .themes import longest_phrases, vectorize  # shared with the theme model

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "tone.npz"
NEWS_MODEL_PATH = MODEL_PATH.with_name("tone_news.npz")
LABELS: tuple[Literal["negative", "neutral", "positive"], ...] = (
    "negative", "neutral", "positive")


def words(text: str) -> list[str]:
    return hyphenated_words(text)


# A title-case word (capital, then a small letter somewhere; "KPK" is no name here) whose
# previous non-space character, within three spaces, is there and ends no sentence.
_ENDS = r".!?\"“”'‘’:;\-–—•("
_NAME = re.compile(
    rf"(?=[A-Z])(?<![^\W_])"
    rf"(?:(?<=[^\s\w{_ENDS}])|(?<=[^\s{_ENDS}] )|(?<=[^\s{_ENDS}]  )|(?<=[^\s{_ENDS}]   ))"
    r"[A-Z](?=[^\W_]*[a-z])[^\W_]*(?:-[^\W_]+)*")
_BLANK = "zzblankzz"  # one word unit, lower-case, in no word list


def lexicon_words(text: str) -> list[str]:
    """`words(text)` with the words of names blanked (""): a title-case word that does
    not open a sentence ("Kerja Sama Internasional", "Puskesos Margakaya Istimewa",
    "Komisi Pemberantasan Korupsi") names something and says nothing of the tone.
    Blanks keep the word count, so the per-100-words reading is unchanged in scale."""
    marked = _NAME.sub(_BLANK, text)
    return ["" if w == _BLANK else w for w in words(marked)]


@dataclass(frozen=True, slots=True)
class ToneLexicon:
    terms: dict[str, float]  # signed weight
    longest: dict[str, int]  # first word of a phrase -> words in its longest phrase
    negators: frozenset[str]
    window: int
    negated_negative: float
    concessives: frozenset[str]  # words or phrases
    concessive_longest: dict[str, int]  # first word of a phrase -> words in its longest
    formers: frozenset[str]
    concession_window: int
    concession_weight: float
    model_negation_window: int
    slang: dict[str, str]
    model_weight: float
    news_model_weight: float
    lexicon_weight: float
    lexicon_scale: float
    neutral_band: float


@cache
def load_lexicon() -> ToneLexicon:
    d = load("tone", ToneData)
    terms: dict[str, float] = {}
    for polarity, sign in ((d.negative, -1.0), (d.positive, 1.0)):
        for group, weight in ((polarity.strong, 2.0), (polarity.terms, 1.0)):
            for t in group:
                terms[" ".join(words(t))] = sign * weight
    for t in d.neutral:
        terms[" ".join(words(t))] = 0.0
    concessives = frozenset(" ".join(words(c)) for c in d.concessives)
    s = d.settings
    return ToneLexicon(terms=terms, longest=longest_phrases(terms),
                       negators=frozenset(d.negators),
                       window=s.negation_window,
                       negated_negative=s.negated_negative,
                       concessives=concessives,
                       concessive_longest=longest_phrases(concessives),
                       formers=frozenset(d.formers),
                       concession_window=s.concession_window,
                       concession_weight=s.concession_weight,
                       model_negation_window=s.model_negation_window,
                       slang=dict(d.slang),
                       model_weight=s.model_weight,
                       news_model_weight=s.news_model_weight,
                       lexicon_weight=s.lexicon_weight,
                       lexicon_scale=s.lexicon_scale,
                       neutral_band=s.neutral_band)


def normalise(tokens: Sequence[str], slang: dict[str, str] | None = None) -> list[str]:
    """Informal spellings to their standard word ("gak" -> "tidak"); data in `[slang]`."""
    table = load_lexicon().slang if slang is None else slang
    return [table.get(t, t) for t in tokens]


def mark_negation(tokens: Sequence[str], negators: frozenset[str], window: int) -> list[str]:
    """Prefix "!" to the `window` words after a negator: "tidak enak" -> "tidak !enak"."""
    out: list[str] = []
    left = 0
    for t in tokens:
        if t in negators:
            out.append(t)
            left = window
        else:
            out.append(f"!{t}" if left > 0 else t)
            left -= 1
    return out


def features(tokens: Sequence[str], lex: ToneLexicon | None = None) -> list[str]:
    """Model features: words (negation-marked) and adjacent word pairs (as written),
    after slang normalisation."""
    lex = lex or load_lexicon()
    toks = normalise(tokens, lex.slang)
    return [*mark_negation(toks, lex.negators, lex.model_negation_window),
            *(f"{a} {b}" for a, b in zip(toks, toks[1:], strict=False))]


def lexicon_tone(tokens: Sequence[str], lex: ToneLexicon | None = None) -> float:
    """(positive - negative) weighted hits per 100 words; the longest phrase wins.

    A negator up to `window` words before a term turns a positive term negative and
    multiplies a negative one by `negated_negative`, as does a `formers` word right before
    a negative term ("eks pengungsi"); terms up to `concession_window` words after a
    concessive ("meski", "di tengah") count `concession_weight` times."""
    lex = lex or load_lexicon()
    n = len(tokens)
    total = 0.0
    terms, longest, negators = lex.terms, lex.longest, lex.negators
    conceded = -1  # the last token index inside a concessive clause
    i = 0
    while i < n:
        if tokens[i] in lex.concessives:
            conceded = i + lex.concession_window
        for k in range(min(lex.concessive_longest.get(tokens[i], 1), n - i), 1, -1):
            if " ".join(tokens[i:i + k]) in lex.concessives:
                conceded = i + k - 1 + lex.concession_window
                break
        size, w = 1, terms.get(tokens[i])
        for k in range(min(longest.get(tokens[i], 1), n - i), 1, -1):
            gram = " ".join(tokens[i:i + k])
            if gram in terms:
                size, w = k, terms[gram]
                break
        if w is not None:
            if any(t in negators for t in tokens[max(0, i - lex.window):i]):
                w = -w if w > 0 else w * lex.negated_negative
            elif w < 0 and i and tokens[i - 1] in lex.formers:
                w *= lex.negated_negative
            if i <= conceded:
                w *= lex.concession_weight
            total += w
        i += size
    return 100.0 * total / max(n, 20)


@dataclass(frozen=True, slots=True)
class ToneModel:
    vocab: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray  # (vocab, 3) in LABELS order
    bias: np.ndarray


@cache
def load_model(path: Path = MODEL_PATH) -> ToneModel:
    if not path.exists():
        raise FileNotFoundError(f"tone model {path} is missing: run `python -m warta.train.tone`")
    with np.load(path, allow_pickle=False) as z:
        if tuple(str(x) for x in z["labels"]) != LABELS:
            raise ValueError(f"{path} has labels {list(z['labels'])}, expected {list(LABELS)}")
        window = load_lexicon().model_negation_window
        if "model_negation_window" not in z or int(z["model_negation_window"]) != window:
            raise ValueError(f"{path} was trained with other features than tone.toml's "
                             f"model_negation_window={window}: run `python -m warta.train.tone`")
        return ToneModel(vocab={str(w): i for i, w in enumerate(z["vocab"])},
                         idf=z["idf"].astype(np.float64),
                         weights=z["weights"].astype(np.float64),
                         bias=z["bias"].astype(np.float64))


def terms_checksum(lex: ToneLexicon) -> int:
    """A checksum of the lexicon's terms: the news model reads text without them, so it
    must be retrained when they change."""
    return zlib.crc32("\n".join(sorted(lex.terms)).encode("utf-8"))


def context_tokens(tokens: Sequence[str], lex: ToneLexicon) -> list[str]:
    """`tokens` (from `lexicon_words`) without blanks and without the lexicon's single-word
    terms: what the news model reads."""
    return [t for t in tokens if t and t not in lex.terms]


@cache
def load_news_model(path: Path = NEWS_MODEL_PATH) -> ToneModel:
    if not path.exists():
        raise FileNotFoundError(f"news tone model {path} is missing: run "
                                "`python -m warta.train.tone_news`")
    lex = load_lexicon()
    with np.load(path, allow_pickle=False) as z:
        if tuple(str(x) for x in z["labels"]) != LABELS:
            raise ValueError(f"{path} has labels {list(z['labels'])}, expected {list(LABELS)}")
        if (int(z["model_negation_window"]) != lex.model_negation_window
                or int(z["terms_checksum"]) != terms_checksum(lex)):
            raise ValueError(f"{path} was trained with another lexicon or negation window "
                             "than tone.toml's: run `python -m warta.train.tone_news`")
        return ToneModel(vocab={str(w): i for i, w in enumerate(z["vocab"])},
                         idf=z["idf"].astype(np.float64),
                         weights=z["weights"].astype(np.float64),
                         bias=z["bias"].astype(np.float64))


def news_model_margin(lexicon_tokens: Sequence[str], lex: ToneLexicon | None = None,
                      model: ToneModel | None = None) -> float:
    """p(positive) - p(negative) of the news model on `lexicon_words` output."""
    lex = lex or load_lexicon()
    m = model or load_news_model()
    idx, val = vectorize(features(context_tokens(lexicon_tokens, lex), lex), m.vocab, m.idf)
    z = val @ m.weights[idx] + m.bias
    e = np.exp(z - z.max())
    p = e / e.sum()
    return float(p[2] - p[0])


def model_probs(tokens: Sequence[str], model: ToneModel | None = None) -> np.ndarray:
    """Probabilities in LABELS order (softmax of the linear scores)."""
    m = model or load_model()
    idx, val = vectorize(features(tokens), m.vocab, m.idf)
    z = val @ m.weights[idx] + m.bias
    e = np.exp(z - z.max())
    out: np.ndarray = e / e.sum()
    return out


def label_of(score: float, band: float) -> Literal["negative", "neutral", "positive"]:
    if score <= -band:
        return "negative"
    return "positive" if score >= band else "neutral"


def article_tone(text: str, *, title: str | None = None, model: ToneModel | None = None,
                 lexicon: ToneLexicon | None = None) -> Tone:
    """Tone of a whole article (title included when given).

    reading = news lexicon hits per 100 words + news_model_weight x the news model's
    p_pos - p_neg; score = 100 x clip(model_weight x the SmSA model's p_pos - p_neg +
    lexicon_weight x tanh(reading / lexicon_scale)). Weights and band in tone.toml.
    """
    lex = lexicon or load_lexicon()
    full = f"{title}\n{text}" if title else text
    tokens = words(full)
    if not tokens:  # nothing to read: say so rather than report the model's prior
        return Tone(score=0.0, label="neutral")
    m = 0.0
    if lex.model_weight:
        p = model_probs(tokens, model)
        m = float(p[2] - p[0])
    lw = lexicon_words(full)
    reading = lexicon_tone(lw, lex)
    if lex.news_model_weight:
        reading += lex.news_model_weight * news_model_margin(lw, lex)
    lx = math.tanh(reading / lex.lexicon_scale)
    raw = lex.model_weight * m + lex.lexicon_weight * lx
    score = round(100.0 * max(-1.0, min(1.0, raw)), 1)
    return Tone(score=score, label=label_of(score, lex.neutral_band))


class ToneStage(Stage):
    """Fill `Article.tone`."""

    name = "tone"
    version = 3
    requires = frozenset({"text", "title"})
    provides = frozenset({"tone"})

    def process(self, article: Article) -> Article:
        return replace(article, tone=article_tone(article.text, title=article.title))
