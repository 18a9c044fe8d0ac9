"""A small convolutional NER tagger in numpy: per-tag log-probabilities per token.

Each token is read as embeddings of a few discrete features of the word (lower-case word,
shape, first and last three letters, lexicon class, DBpedia name-list word flags) and of
its sentence context (place-gazetteer and name-list phrase tags); two 1-D convolutions
(window 5, then 3, ReLU) and a linear layer give per-tag scores, softmax-normalised.
Training (`warta.train.neural`) needs nothing but numpy; so does tagging here.

The entities stage adds `weight` times these log-probabilities to the CRF's emission
scores before Viterbi (`combine`): a product of the two experts, decoded with the CRF's
transitions.

File (`models/ner_cnn.npz`, written by `warta train ner-cnn`):
    labels          (L,)   label strings
    vocab_<table>   bytes  the table's keys, UTF-8, one a line (row 0 is "unknown")
    emb_<table>     (V, d) embeddings, float32
    w1 (5, D, H1), b1, w2 (3, H1, H2), b2, wo (H2, L), bo   float32
    weight          ()     the weight of the log-probabilities in `combine`
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .features import shape
from .gazetteer import Gazetteer
from .names import NameLists

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

# Feature tables, in the order of a token's columns: the first six are the word's own
# (cached per word), the last two its place in the sentence.
TABLES = ("word", "shape", "prefix", "suffix", "lex", "nword", "gaz", "nphrase")
WORD_TABLES = 6


def word_keys(word: str, lexicon: dict[str, str] | None, names: NameLists | None
              ) -> tuple[str, ...]:
    """The keys of a word's own features, one per table of `TABLES[:WORD_TABLES]`."""
    low = word.lower()
    return (low, shape(word), low[:3], low[-3:],
            lexicon.get(low, "unk") if lexicon is not None else "",
            names.words.get(low, "") if names is not None else "")


def context_keys(tokens: Sequence[str], gaz: Gazetteer | None, names: NameLists | None
                 ) -> tuple[list[str], list[str]]:
    """Per token: its gazetteer tag and its name-list phrase tag ("" when none)."""
    from .features import gazetteer_tags

    low = [t.lower() for t in tokens]
    gz = gazetteer_tags(tokens, gaz, low)
    nt = names.phrase_tags(low) if names is not None else [""] * len(tokens)
    return gz, nt


def sentence_ids(tokens: Sequence[str], vocab: Sequence[dict[str, int]],
                 lexicon: dict[str, str] | None, names: NameLists | None,
                 gaz: Gazetteer | None, cache: dict[str, tuple[int, ...]] | None = None
                 ) -> Ints:
    """(n, len(TABLES)) row ids of a sentence's features (0: unknown key)."""
    rows: list[tuple[int, ...]] = []
    for t in tokens:
        ids = cache.get(t) if cache is not None else None
        if ids is None:
            keys = word_keys(t, lexicon, names)
            ids = tuple(vocab[k].get(key, 0) for k, key in enumerate(keys))
            if cache is not None:
                if len(cache) >= 200_000:  # bounded memory on huge inputs
                    cache.clear()
                cache[t] = ids
        rows.append(ids)
    gz, nt = context_keys(tokens, gaz, names)
    out = np.zeros((len(tokens), len(TABLES)), dtype=np.int64)
    if rows:
        out[:, :WORD_TABLES] = rows
        gv, nv = vocab[WORD_TABLES], vocab[WORD_TABLES + 1]
        out[:, WORD_TABLES] = [gv.get(g, 0) for g in gz]
        out[:, WORD_TABLES + 1] = [nv.get(x, 0) for x in nt]
    return out


def conv(x: F32, w: F32, b: F32) -> F32:
    """Same-length 1-D convolution over axis 1 of (B, T, D) with (K, D, H) weights,
    zero-padded (K odd)."""
    k = w.shape[0]
    half = k // 2
    bsz, t, d = x.shape
    xp = np.zeros((bsz, t + 2 * half, d), dtype=x.dtype)
    xp[:, half : half + t] = x
    out = np.broadcast_to(b, (bsz, t, w.shape[2])).copy()
    for j in range(k):
        out += xp[:, j : j + t] @ w[j]
    return out


def log_softmax(z: F32) -> F32:
    m = z.max(axis=-1, keepdims=True)
    e = z - m
    out: F32 = e - np.log(np.exp(e).sum(axis=-1, keepdims=True))
    return out


class Params:
    """The network's arrays, by name (see the module docstring)."""

    def __init__(self, arrays: dict[str, F32]) -> None:
        self.a = arrays

    def embed(self, ids: Ints) -> F32:
        """(..., D) concatenated embeddings of (..., len(TABLES)) ids."""
        return np.concatenate([self.a["emb_" + name][ids[..., k]]
                               for k, name in enumerate(TABLES)], axis=-1)

    def forward(self, x: F32, mask: F32) -> F32:
        """(B, T, L) logits of (B, T, D) embedded tokens; `mask` (B, T, 1) is 1 on
        tokens, 0 on padding."""
        a = self.a
        h1 = np.maximum(conv(x * mask, a["w1"], a["b1"]), 0) * mask
        h2 = np.maximum(conv(h1, a["w2"], a["b2"]), 0)
        out: F32 = h2 @ a["wo"] + a["bo"]
        return out


class CnnTagger:
    """The tagger of `models/ner_cnn.npz`; loads on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._loaded = False
        self.labels: list[str] = []
        self.vocab: list[dict[str, int]] = []
        self.params = Params({})
        self.weight = 1.0
        self._cache: dict[str, tuple[int, ...]] = {}

    def __getstate__(self) -> dict[str, Any]:  # pickles as its path only
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    def load(self) -> CnnTagger:
        with self._lock:
            if not self._loaded:
                with np.load(self.path) as z:
                    self.labels = [str(x) for x in z["labels"]]
                    self.vocab = [
                        {w: k for k, w in enumerate(
                            z["vocab_" + name].tobytes().decode("utf-8").split("\n"))}
                        for name in TABLES]
                    self.params = Params({k: np.asarray(z[k], dtype=np.float32)
                                          for k in z.files
                                          if k.startswith(("emb_", "w", "b"))})
                    self.weight = float(z["weight"])
                self._loaded = True
        return self

    def log_probs(self, sentences: Sequence[Sequence[str]], lexicon: dict[str, str] | None,
                  names: NameLists | None, gaz: Gazetteer | None, batch: int = 64
                  ) -> list[F64]:
        """(n, L) per-tag log-probabilities of each sentence, in `self.labels` order."""
        self.load()
        ids = [sentence_ids(s, self.vocab, lexicon, names, gaz, self._cache)
               for s in sentences]
        out: list[F64] = [np.zeros((0, len(self.labels))) for _ in sentences]
        order = sorted((k for k, s in enumerate(sentences) if len(s)),
                       key=lambda k: len(sentences[k]))
        for a in range(0, len(order), batch):
            group = order[a : a + batch]
            t = len(sentences[group[-1]])
            x = np.zeros((len(group), t, len(TABLES)), dtype=np.int64)
            mask = np.zeros((len(group), t, 1), dtype=np.float32)
            for b, k in enumerate(group):
                n = len(sentences[k])
                x[b, :n] = ids[k]
                mask[b, :n] = 1
            lp = log_softmax(self.params.forward(self.params.embed(x), mask))
            for b, k in enumerate(group):
                out[k] = lp[b, : len(sentences[k])].astype(np.float64)
        return out


def combine(emissions: Sequence[F64], crf_labels: Sequence[str], log_probs: Sequence[F64],
            nn_labels: Sequence[str], weight: float) -> list[F64]:
    """CRF emission scores plus `weight` times the network's log-probabilities (its
    columns put in the CRF's label order; a label it lacks adds nothing)."""
    col = {lab: k for k, lab in enumerate(nn_labels)}
    take = [col.get(lab, -1) for lab in crf_labels]
    out: list[F64] = []
    for e, lp in zip(emissions, log_probs, strict=True):
        if not len(e):
            out.append(e)
            continue
        add = np.where(np.array(take) >= 0, lp[:, take], 0.0)
        out.append(e + weight * add)
    return out
