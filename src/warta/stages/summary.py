"""summary: the k best sentences of the article, as spans in text order (extractive).

Each candidate sentence (from the segment stage) gets position, length, centrality
(TF-IDF cosine with the rest of the article), title-overlap and quotation features;
a logistic scorer trained on IndoSum's extractive labels (`python -m warta.train.summary`)
weighs them. Inference is numpy only; weights ship in `models/summary.json`.
`method="lead"` and `method="centrality"` are the unsupervised baselines.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from operator import mul
from pathlib import Path
from typing import Literal

import numpy as np

from ..pipeline import Stage, with_layers
from ..record import Article, Span
from ..text.words import words as _words

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "summary.json"
Method = Literal["supervised", "lead", "centrality"]

_NEWLINE = re.compile(r"\n")
_DIGIT = re.compile(r"\d")
_QUOTES = ("\"", "“", "”", "«", "»")

FEATURES: tuple[str, ...] = (
    *(f"pos={i}" for i in range(8)), "pos>=8", "rel_pos",
    *(f"para={i}" for i in range(4)), "para>=4",
    "in_para=0", "in_para=1", "in_para>=2",
    "log_words", "short", "long",
    "centrality", "centrality_rank", "sim_first", "title_overlap",
    "has_quote", "starts_quote", "digit_share", "question",
)


def words(text: str) -> list[str]:
    """Lower-cased alphanumeric words (the same reading in training and at run time)."""
    return _words(text)


def _tfidf(tokens: list[str], idf: Mapping[str, float], default_idf: float) -> dict[str, float]:
    return {w: c * idf.get(w, default_idf) for w, c in Counter(tokens).items()}


def _cos(a: Mapping[str, float], b: Mapping[str, float], nb: float,
         na: float | None = None) -> float:
    """Cosine of a and b given |b| (and |a| where the caller has it)."""
    if not a or nb == 0.0:
        return 0.0
    if len(a) > len(b):
        a, b, na = b, a, None
    # Products summed by map in C, in the order the generator took them: the same float.
    dot = sum(map(mul, a.values(), map(b.get, a.keys(), repeat(0.0))))
    if na is None:
        na = math.sqrt(sum(map(mul, a.values(), a.values())))
    return dot / (na * nb) if na else 0.0


_COL = {name: i for i, name in enumerate(FEATURES)}
# Column of each sentence position, paragraph and place in the paragraph (the last of
# each counts every later one).
_POS_COL = [_COL[f"pos={i}"] for i in range(8)] + [_COL["pos>=8"]]
_PARA_COL = [_COL[f"para={i}"] for i in range(4)] + [_COL["para>=4"]]
_IN_PARA_COL = [_COL["in_para=0"], _COL["in_para=1"], _COL["in_para>=2"]]


def sentence_features(text: str, sentences: Sequence[Span], *, title: str | None = None,
                      idf: Mapping[str, float] | None = None,
                      default_idf: float = 1.0) -> np.ndarray:
    """Feature matrix (len(sentences) x len(FEATURES)); pure, numpy only."""
    idf = idf or {}
    n = len(sentences)
    x = np.zeros((n, len(FEATURES)), dtype=np.float64)
    if n == 0:
        return x
    col = _COL
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    toks = [words(s.of(text)) for s in sentences]
    vecs = [_tfidf(t, idf, default_idf) for t in toks]
    doc: Counter[str] = Counter()
    for t in toks:
        doc.update(t)
    dvec = {w: c * idf.get(w, default_idf) for w, c in doc.items()}
    dnorm_sq = sum(map(mul, dvec.values(), dvec.values()))
    title_words = {w for w in words(title or "") if idf.get(w, default_idf) > 2.0}
    first = vecs[0]
    n_first = math.sqrt(sum(map(mul, first.values(), first.values())))
    cent = np.zeros(n)
    prev_para, in_para = -1, 0
    width = len(FEATURES)
    for i, (sp, t, v) in enumerate(zip(sentences, toks, vecs, strict=True)):
        # The row is filled as a list and stored once: a numpy item write per feature
        # cost more than the features.
        row = [0.0] * width
        row[_POS_COL[min(i, 8)]] = 1.0
        row[col["rel_pos"]] = i / n
        para = bisect.bisect_left(newlines, sp.start)
        in_para = in_para + 1 if para == prev_para else 0
        prev_para = para
        row[_PARA_COL[min(para, 4)]] = 1.0
        row[_IN_PARA_COL[min(in_para, 2)]] = 1.0
        nw = len(t)
        row[col["log_words"]] = math.log1p(nw)
        row[col["short"]] = float(nw < 8)
        row[col["long"]] = float(nw > 40)
        # Cosine with the rest of the article (document vector minus this sentence).
        vd = sum(map(mul, v.values(), map(dvec.get, v.keys(), repeat(0.0))))
        vv = sum(map(mul, v.values(), v.values()))
        denom = math.sqrt(vv * max(dnorm_sq - 2 * vd + vv, 0.0))
        cent[i] = (vd - vv) / denom if denom > 0 else 0.0
        row[col["sim_first"]] = 1.0 if i == 0 else _cos(v, first, n_first, math.sqrt(vv))
        if title_words:
            row[col["title_overlap"]] = len(title_words & set(t)) / len(title_words)
        s = sp.of(text)
        row[col["has_quote"]] = float(any(q in s for q in _QUOTES))
        row[col["starts_quote"]] = float(s[:1] in _QUOTES)
        row[col["digit_share"]] = len(_DIGIT.findall(s)) / max(1, len(s))
        row[col["question"]] = float(s.rstrip().endswith("?"))
        x[i] = row
    x[:, col["centrality"]] = cent
    order = np.argsort(-cent, kind="stable")
    ranks = np.empty(n)
    ranks[order] = np.arange(n)
    x[:, col["centrality_rank"]] = 1.0 - ranks / max(1, n - 1) if n > 1 else 1.0
    return x


@dataclass(frozen=True, slots=True)
class SummaryModel:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    idf: dict[str, float]
    default_idf: float


@cache
def load_model(path: Path = MODEL_PATH) -> SummaryModel:
    if not path.exists():
        raise FileNotFoundError(f"summary model {path} is missing: run "
                                "`python -m warta.train.summary` or use method='lead'")
    d = json.loads(path.read_text("utf-8"))
    if d.get("features") != list(FEATURES):
        raise ValueError(f"{path} was trained on other features: retrain with "
                         "`python -m warta.train.summary`")
    return SummaryModel(mean=np.asarray(d["mean"]), scale=np.asarray(d["scale"]),
                        weights=np.asarray(d["weights"]), bias=float(d["bias"]),
                        idf=dict(d["idf"]), default_idf=float(d["default_idf"]))


def score_sentences(text: str, sentences: Sequence[Span], *, title: str | None = None,
                    method: Method = "supervised",
                    model: SummaryModel | None = None) -> np.ndarray:
    """One score per sentence; higher means more summary-worthy."""
    n = len(sentences)
    if method == "lead":
        return -np.arange(n, dtype=np.float64)
    m = model or load_model()
    x = sentence_features(text, sentences, title=title, idf=m.idf, default_idf=m.default_idf)
    if method == "centrality":
        # Unsupervised: a lead prior plus centrality and title overlap (weights picked
        # on the first 800 IndoSum articles, see the model card).
        c = {name: i for i, name in enumerate(FEATURES)}
        lead: np.ndarray = 1.0 / (1.0 + np.arange(n, dtype=np.float64))
        return lead + 0.3 * x[:, c["centrality"]] + 0.3 * x[:, c["title_overlap"]]
    if method != "supervised":
        raise ValueError(f"unknown summary method '{method}': use supervised, lead or centrality")
    out: np.ndarray = ((x - m.mean) / m.scale) @ m.weights + m.bias
    return out


def summarize(text: str, sentences: Sequence[Span], *, k: int = 3, title: str | None = None,
              method: Method = "supervised", model: SummaryModel | None = None
              ) -> tuple[Span, ...]:
    """The k best sentences, in text order (all of them when there are k or fewer)."""
    if len(sentences) <= k:
        return tuple(sentences)
    scores = score_sentences(text, sentences, title=title, method=method, model=model)
    best = sorted(np.argsort(-scores, kind="stable")[:k].tolist())
    return tuple(sentences[i] for i in best)


class SummaryStage(Stage):
    """Extractive summary: `Article.summary` holds the k best sentence spans."""

    name = "summary"
    version = 1
    requires = frozenset({"text", "title", "sentences"})
    provides = frozenset({"summary"})

    def __init__(self, k: int = 3, method: Method = "supervised") -> None:
        if k < 1:
            raise ValueError(f"summary length k must be at least 1, got {k}")
        self.k = k
        self.method: Method = method

    def process(self, article: Article) -> Article:
        spans = summarize(article.text, article.sentences, k=self.k, title=article.title,
                          method=self.method)
        return with_layers(article, summary=spans)
