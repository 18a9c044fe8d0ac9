"""tone: an article tone score (-100 negative .. +100 positive, GDELT-style) and a label.

The label and score come from the news tone head (`models/tone_head.npz`), a 3-class
linear model learned from hand-labelled news paragraphs (`eval/tone_news/labels.tsv`,
`warta train tone`) over features that generalise beyond the words it saw: the news-aware
lexicon of `lang/id/tone.toml` as positive / negative hits per 100 words (with negation,
concession and former states), the probabilities of the news model (distant supervision
on IndoSum, reading the words around the lexicon's terms), and the word clusters of the
text (`models/clusters.tsv`, learned from unlabelled news). The SmSA model (reviews and
comments, not news; `python -m warta.train.tone`, `models/tone.npz`) is kept for
`model_probs` and weighs nothing in the news score. Numpy only.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

import numpy as np

from ..lang.id import load
from ..lang.schema import ToneData
from ..pipeline import Stage, with_layers
from ..record import Article, Tone
from ..text.words import hyphenated_words
from .themes import longest_phrases, vectorize  # shared with the theme model

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "tone.npz"
NEWS_MODEL_PATH = MODEL_PATH.with_name("tone_news.npz")
HEAD_PATH = MODEL_PATH.with_name("tone_head.npz")
LABELS: tuple[Literal["negative", "neutral", "positive"], ...] = (
    "negative", "neutral", "positive")


def softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max())
    out: np.ndarray = e / e.sum()
    return out


def words(text: str) -> list[str]:
    return hyphenated_words(text)


# A title-case word (capital, then a small letter somewhere; "KPK" is no name here) whose
# previous non-space character, within three spaces, is there and ends no sentence.
# The capital comes first and the look-behinds span it (the "." at their end): a pattern
# opening with a character class lets the regex engine skip to the capitals, where one
# opening with look-arounds was tried at every position (a third slower, same matches).
_ENDS = r".!?\"“”'‘’:;\-–—•("
_NAME = re.compile(
    rf"[A-Z](?<![^\W_].)"
    rf"(?:(?<=[^\s\w{_ENDS}].)|(?<=[^\s{_ENDS}] .)|(?<=[^\s{_ENDS}]  .)|(?<=[^\s{_ENDS}]   .))"
    r"(?=[^\W_]*[a-z])[^\W_]*(?:-[^\W_]+)*")
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
    # every word `lexicon_hits` may act on: single-word terms and the first words of
    # phrases and concessives (derived from the fields above)
    scan_words: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "scan_words", frozenset(
            {*self.terms, *self.longest, *self.concessives, *self.concessive_longest}))


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
    return list(map(table.get, tokens, tokens))  # get(t, t) per token, in C


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
    out = mark_negation(toks, lex.negators, lex.model_negation_window)
    # The pairs joined in C, appended to the words' list: a Python generator per pair and
    # the copy into a new list were a quarter of this on a 130k-word text.
    out += map(" ".join, zip(toks, toks[1:], strict=False))
    return out


def concession_size(tokens: Sequence[str], i: int, lex: ToneLexicon) -> int:
    """Words of the concessive that opens at `tokens[i]` (its longest phrase), 0 if none."""
    for k in range(min(lex.concessive_longest.get(tokens[i], 1), len(tokens) - i), 1, -1):
        if " ".join(tokens[i:i + k]) in lex.concessives:
            return k
    return 1 if tokens[i] in lex.concessives else 0


def lexicon_hits(tokens: Sequence[str], lex: ToneLexicon | None = None
                 ) -> tuple[float, float, float, float]:
    """(positive, negative, negated, conceded) weighted hits per 100 words; the longest
    phrase wins.

    A negator up to `window` words before a term turns a positive term negative and
    multiplies a negative one by `negated_negative`, as does a `formers` word right before
    a negative term ("eks pengungsi"); terms up to `concession_window` words after a
    concessive ("meski", "di tengah") count `concession_weight` times. `negated` and
    `conceded` are the weights of the terms those rules touched, before they did."""
    lex = lex or load_lexicon()
    n = len(tokens)
    pos = neg = negated = conceded_w = 0.0
    terms, longest, negators = lex.terms, lex.longest, lex.negators
    conceded = -1  # the last token index inside a concessive clause
    # Only a word some rule starts from (a term, a phrase's or a concessive's first word)
    # does anything; the others are skipped in one pass, as the word-by-word walk did
    # nothing at them but step on. `after` is the first index a matched phrase left.
    after = 0
    scan = lex.scan_words
    for i in [i for i, t in enumerate(tokens) if t in scan]:
        if i < after:
            continue
        if size := concession_size(tokens, i, lex):
            conceded = i + size - 1 + lex.concession_window
        size, w = 1, terms.get(tokens[i])
        for k in range(min(longest.get(tokens[i], 1), n - i), 1, -1):
            gram = " ".join(tokens[i:i + k])
            if gram in terms:
                size, w = k, terms[gram]
                break
        if w is not None:
            if any(t in negators for t in tokens[max(0, i - lex.window):i]):
                negated += abs(w)
                w = -w if w > 0 else w * lex.negated_negative
            elif w < 0 and i and tokens[i - 1] in lex.formers:
                negated += abs(w)
                w *= lex.negated_negative
            if i <= conceded:
                conceded_w += abs(w)
                w *= lex.concession_weight
            if w > 0:
                pos += w
            else:
                neg -= w
        after = i + size
    per = 100.0 / max(n, 20)
    return pos * per, neg * per, negated * per, conceded_w * per


def unconceded(tokens: Sequence[str], lex: ToneLexicon | None = None) -> list[str]:
    """`tokens` with the words of concessive and backdrop clauses blanked (the opener and
    the `concession_window` words after it, as `lexicon_hits` reads them): what such a
    clause grants or sets the scene with is not the news, for the models either."""
    lex = lex or load_lexicon()
    out = list(tokens)
    n = len(out)
    singles, firsts = lex.concessives, lex.concessive_longest
    for i, t in enumerate(tokens):
        if t not in singles and t not in firsts:  # most words: one look-up each
            continue
        if size := concession_size(tokens, i, lex):
            for j in range(i, min(n, i + size + lex.concession_window)):
                out[j] = ""
    return out


def lexicon_tone(tokens: Sequence[str], lex: ToneLexicon | None = None) -> float:
    """(positive - negative) weighted hits per 100 words (see `lexicon_hits`)."""
    pos, neg, _, _ = lexicon_hits(tokens, lex)
    return pos - neg


@dataclass(frozen=True, slots=True)
class ToneModel:
    vocab: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray  # (vocab, 3) in LABELS order
    bias: np.ndarray


def tone_model(z: Mapping[str, np.ndarray]) -> ToneModel:
    """A linear model from its saved arrays."""
    return ToneModel(vocab={str(w): i for i, w in enumerate(z["vocab"])},
                     idf=z["idf"].astype(np.float64),
                     weights=z["weights"].astype(np.float64),
                     bias=z["bias"].astype(np.float64))


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
        return tone_model(z)


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
        return tone_model(z)


def news_model_probs(lexicon_tokens: Sequence[str], lex: ToneLexicon | None = None,
                     model: ToneModel | None = None) -> np.ndarray:
    """The news model's probabilities in LABELS order, on `lexicon_words` output."""
    lex = lex or load_lexicon()
    m = model or load_news_model()
    idx, val = vectorize(features(context_tokens(lexicon_tokens, lex), lex), m.vocab, m.idf)
    return softmax(val @ m.weights[idx] + m.bias)


def news_model_margin(lexicon_tokens: Sequence[str], lex: ToneLexicon | None = None,
                      model: ToneModel | None = None) -> float:
    """p(positive) - p(negative) of the news model on `lexicon_words` output."""
    p = news_model_probs(lexicon_tokens, lex, model)
    return float(p[2] - p[0])


# The head's dense features, in this order (names stored in the file and checked).
# The negated and conceded hits of `lexicon_hits` are left out: they carry no sign, and a
# head learns from them that a concession goes with bad news (the rule it stands for says
# the clause counts nothing), with no loss in cross-validation.
HEAD_DENSE = ("positive_hits", "negative_hits", "log_positive_hits", "log_negative_hits",
              "news_p_negative", "news_p_positive")


@dataclass(frozen=True, slots=True)
class ToneHead:
    """The news tone head: standardised dense features and weighted word-cluster counts
    (log-count x IDF, L2-normalised) -> 3 classes."""

    mean: np.ndarray  # (len(HEAD_DENSE),)
    scale: np.ndarray
    vocab: dict[str, int]  # cluster feature -> row of weights after the dense rows
    idf: np.ndarray
    cluster_weight: float
    weights: np.ndarray  # (len(HEAD_DENSE) + len(vocab), 3) in LABELS order
    bias: np.ndarray


@cache
def word_clusters() -> dict[str, str]:
    """Word -> its finest cluster in `models/clusters.tsv` (unlabelled news, shared with
    the NER features)."""
    from ..ner.features import load_clusters

    return {w: ids[-1] for w, ids in load_clusters().items() if ids}


def cluster_features(tokens: Sequence[str]) -> list[str]:
    """The finest word cluster of each word the clusters know (give `head_inputs`'s
    tokens: names and concessive clauses blanked)."""
    # One look-up a word, by map in C (a cluster id is a string, never None).
    return [c for c in map(word_clusters().get, tokens) if c is not None]


def clusters_checksum() -> int:
    """A checksum of the word clusters the head reads (`word_clusters`): the head's cluster
    weights are keyed by cluster id, so a rebuilt clusters.tsv (`warta train clusters`)
    makes them read other words, silently, unless the head is retrained."""
    table = word_clusters()
    return zlib.crc32("\n".join(f"{w}\t{table[w]}" for w in sorted(table)).encode("utf-8"))


def news_model_checksum(model: ToneModel) -> int:
    """The head reads the news model's probabilities: retrain it when they change."""
    return zlib.crc32(np.ascontiguousarray(model.weights, dtype=np.float32).tobytes())


def tone_head(z: Mapping[str, np.ndarray]) -> ToneHead:
    """The head from its saved arrays (`load_head`; `warta.train.tone_head.fit`'s)."""
    return ToneHead(mean=z["mean"].astype(np.float64), scale=z["scale"].astype(np.float64),
                    vocab={str(w): i for i, w in enumerate(z["vocab"])},
                    idf=z["idf"].astype(np.float64),
                    cluster_weight=float(z["cluster_weight"]),
                    weights=z["weights"].astype(np.float64),
                    bias=z["bias"].astype(np.float64))


@cache
def load_head(path: Path = HEAD_PATH) -> ToneHead:
    if not path.exists():
        raise FileNotFoundError(f"news tone head {path} is missing: run `warta train tone`")
    lex = load_lexicon()
    with np.load(path, allow_pickle=False) as z:
        if tuple(str(x) for x in z["labels"]) != LABELS:
            raise ValueError(f"{path} has labels {list(z['labels'])}, expected {list(LABELS)}")
        if tuple(str(x) for x in z["dense"]) != HEAD_DENSE:
            raise ValueError(f"{path} reads dense features {list(z['dense'])}, this code "
                             f"{list(HEAD_DENSE)}: run `warta train tone`")
        if (int(z["terms_checksum"]) != terms_checksum(lex)
                or int(z["news_model_checksum"]) != news_model_checksum(load_news_model())):
            raise ValueError(f"{path} was trained with another lexicon or news model than "
                             "the shipped ones: run `warta train tone`")
        if "clusters_checksum" not in z or int(z["clusters_checksum"]) != clusters_checksum():
            raise ValueError(f"{path} was trained with other word clusters than the shipped "
                             "models/clusters.tsv (rebuilt by `warta train clusters`?): run "
                             "`warta train tone` to retrain the head on them")
        return tone_head(z)


def head_inputs(lexicon_tokens: Sequence[str], lex: ToneLexicon | None = None
                ) -> tuple[np.ndarray, list[str]]:
    """The head's dense features (HEAD_DENSE order) and cluster features of
    `lexicon_words` output; the models read it without concessive clauses."""
    lex = lex or load_lexicon()
    pos, neg, _, _ = lexicon_hits(lexicon_tokens, lex)
    rest = unconceded(lexicon_tokens, lex)
    p = news_model_probs(rest, lex)
    return (np.array([pos, neg, math.log1p(pos), math.log1p(neg), p[0], p[2]]),
            cluster_features(rest))


def head_scores(dense: np.ndarray, clusters: Sequence[str], head: ToneHead) -> np.ndarray:
    """The head's linear scores in LABELS order."""
    n = len(head.mean)
    idx, val = vectorize(clusters, head.vocab, head.idf)
    z: np.ndarray = ((dense - head.mean) / head.scale) @ head.weights[:n] + head.bias
    if len(idx):
        z = z + head.cluster_weight * (val @ head.weights[n + idx])
    return z


def head_probs(lexicon_tokens: Sequence[str], head: ToneHead | None = None,
               lex: ToneLexicon | None = None) -> np.ndarray:
    """Probabilities in LABELS order of the news tone head on `lexicon_words` output."""
    h = head or load_head()
    return softmax(head_scores(*head_inputs(lexicon_tokens, lex), h))


def model_probs(tokens: Sequence[str], model: ToneModel | None = None) -> np.ndarray:
    """Probabilities in LABELS order (softmax of the linear scores)."""
    m = model or load_model()
    idx, val = vectorize(features(tokens), m.vocab, m.idf)
    return softmax(val @ m.weights[idx] + m.bias)


def label_of(score: float, band: float) -> Literal["negative", "neutral", "positive"]:
    if score <= -band:
        return "negative"
    return "positive" if score >= band else "neutral"


def article_tone(text: str, *, title: str | None = None, head: ToneHead | None = None,
                 lexicon: ToneLexicon | None = None) -> Tone:
    """Tone of a whole article (title included when given): the news tone head's most
    probable label, and score = 100 x (p_positive - p_negative)."""
    full = f"{title}\n{text}" if title else text
    lw = lexicon_words(full)
    if not any(lw):  # nothing to read: say so rather than report the head's prior
        return Tone(score=0.0, label="neutral")
    p = head_probs(lw, head, lexicon)
    score = round(100.0 * float(p[2] - p[0]), 1)
    return Tone(score=score, label=LABELS[int(p.argmax())])


class ToneStage(Stage):
    """Fill `Article.tone`."""

    name = "tone"
    version = 6
    requires = frozenset({"text", "title"})
    provides = frozenset({"tone"})

    def process(self, article: Article) -> Article:
        return with_layers(article, tone=article_tone(article.text, title=article.title))
