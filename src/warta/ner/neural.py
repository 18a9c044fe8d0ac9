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
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .features import (
    WORD_CACHE,
    Match,
    PhraseMatches,
    match_attributes,
    phrase_matches,
    shape,
)
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
                if len(cache) >= WORD_CACHE:
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
        # No "w2": one convolution only (its output read by the linear layer).
        h2 = np.maximum(conv(h1, a["w2"], a["b2"]), 0) if "w2" in a else h1
        out: F32 = h2 @ a["wo"] + a["bo"]
        return out


def _match_rows(found: Sequence[Match], vocab: dict[str, int], table: str
                ) -> tuple[list[int], list[int]]:
    """The tokens of `phrase_matches`' matches and their rows in one context table
    (`match_attributes`' "gB-city", "gI-city", ...; row 0 for a tag the vocabulary
    lacks)."""
    hits = match_attributes(found, table)
    return [t for t, _ in hits], [vocab.get(a, 0) + 1 for _, a in hits]


class _Shares:
    """Per word row, the word's share of the first layer (5, H1): its own features'
    embeddings times the five offsets' weights, made once per row. Row 0 stays zero (a
    gap between sentences); rows grow by doubling, and the owner bounds how many."""

    def __init__(self, h1: int) -> None:
        self.rows: F32 = np.zeros((1024, 5, h1), dtype=np.float32)
        self.have = np.zeros(1024, dtype=np.bool_)
        self.have[0] = True

    def reset(self) -> None:
        self.have[:] = False
        self.have[0] = True

    def missing(self, rows: Ints) -> Ints:
        """The distinct rows among `rows` with no share yet (the arrays grown to hold
        them)."""
        top = int(rows.max()) + 1 if len(rows) else 0
        if top > len(self.have):
            size = max(top, 2 * len(self.have))
            grown = np.zeros((size, *self.rows.shape[1:]), dtype=np.float32)
            grown[: len(self.rows)] = self.rows
            have = np.zeros(size, dtype=np.bool_)
            have[: len(self.have)] = self.have
            self.rows, self.have = grown, have
        new: Ints = np.unique(rows[~self.have[rows]])
        return new

    def put(self, rows: Ints, shares: F32) -> None:
        self.rows[rows] = shares
        self.have[rows] = True


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
        # Words tagged without the CRF's featurizer: word -> row of `_own` (from 1), and
        # per row the longest gazetteer and name-list phrases it opens (`_context_hits`).
        self._row_of: dict[str, int] = {}
        self._own = _Shares(1)
        self._glen: Ints = np.zeros(1, dtype=np.int64)
        self._nlen: Ints = np.zeros(1, dtype=np.int64)
        # Words of the featurizer's word table (`PhraseMatches.table`): its row + 1 ->
        # row of `_shared`; `_table` and `_generation` say which table's rows they are.
        self._shared = _Shares(1)
        self._table: object = None
        self._generation = -1
        self._w1_words: F32 = np.zeros((1, 1), dtype=np.float32)
        self._ctx: tuple[F32, F32] | None = None

    def __getstate__(self) -> dict[str, Any]:  # pickles as its path only
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    def load(self) -> CnnTagger:
        if self._loaded:  # set last, under the lock: no lock per batch once loaded
            return self
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
                a = self.params.a
                dims = [a["emb_" + name].shape[1] for name in TABLES]
                w1 = a["w1"]
                h1 = w1.shape[2]
                self._own, self._shared = _Shares(h1), _Shares(h1)
                self._row_of.clear()
                self._table = None
                ctx = []
                col = sum(dims[:WORD_TABLES])
                for name, d in zip(TABLES[WORD_TABLES:], dims[WORD_TABLES:], strict=True):
                    tab = np.einsum("vd,jdh->vjh", a["emb_" + name], w1[:, col : col + d])
                    # Row 0 stands for a gap between sentences: no share.
                    ctx.append(np.concatenate([np.zeros((1, 5, h1), np.float32),
                                               tab.astype(np.float32)]))
                    col += d
                self._ctx = (ctx[0], ctx[1])
                dw = sum(dims[:WORD_TABLES])
                # (Dw, 5 * H1): the five offsets' weights of the word's own features.
                self._w1_words = np.ascontiguousarray(
                    w1[:, :dw, :].transpose(1, 0, 2).reshape(dw, 5 * h1))
                self._loaded = True
        return self

    def log_probs(self, sentences: Sequence[Sequence[str]], lexicon: dict[str, str] | None,
                  names: NameLists | None, gaz: Gazetteer | None,
                  phrases: PhraseMatches | None = None) -> list[F64]:
        """(n, L) per-tag log-probabilities of each sentence, in `self.labels` order:
        what `Params.forward` gives, computed faster.

        The sentences are laid end to end with two empty rows between them (the first
        convolution's reach), so each convolution is a few 2-D products with no padding
        to a batch's longest sentence; the first layer's share of each word's own
        features is a cached row per word (`_word_rows`, made for a batch's new words in
        one product), and the context features' shares are tables made at load, added
        only where a token has such a feature (the "none" key's embedding is zero:
        training keeps row 0 of every table at zero). `phrases`: the batch's gazetteer
        and name-list matches and word rows when the CRF's featurizer has found them
        already (the same words, so the same matches; a word's features are read from
        its row's parts, its share made once per row), else found here."""
        self.load()
        n_lab = len(self.labels)
        out: list[F64] = [np.zeros((0, n_lab)) for _ in sentences]
        if not any(sentences):
            return out
        a = self.params.a
        gap = 2
        lens = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
        total = int(lens.sum()) + gap * (len(sentences) + 1)
        # Token k of sentence i lies gap * (i + 1) further on.
        tok_pos = np.arange(total - gap * (len(sentences) + 1)) + gap * np.repeat(
            np.arange(1, len(sentences) + 1), lens)
        flat: list[str] = []
        if phrases is not None and phrases.table is not None:
            wr, shares = self._table_rows(phrases), self._shared
        else:
            flat = [t for s in sentences for t in s]
            wr, shares = self._word_rows(flat, lexicon, names, gaz), self._own
        word_row = np.zeros(total, dtype=np.int64)  # 0: the all-zero row (a gap)
        word_row[tok_pos] = wr
        assert self._ctx is not None
        # part[t, j] is token t's share of the first layer at the position j - 2 from it.
        part = shares.rows[word_row]
        hits = (self._phrase_rows(phrases.gaz, phrases.names)
                if phrases is not None and phrases.found
                else self._context_hits(flat, wr, np.cumsum(lens), gaz, names))
        for toks, tab, key in hits:
            part[tok_pos[toks]] += tab[key]
        z1 = np.broadcast_to(a["b1"], (total, part.shape[2])).copy()
        for j in range(5):
            # Output t reads token t + j - 2: rows shifted by 2 - j.
            lo, hi = max(0, j - 2), min(total, total + j - 2)
            z1[lo - (j - 2) : hi - (j - 2)] += part[lo:hi, j]
        h1 = np.maximum(z1, 0)
        h1[word_row == 0] = 0  # gaps between sentences read nothing
        if "w2" in a:
            z2 = np.broadcast_to(a["b2"], (total, a["w2"].shape[2])).copy()
            w2 = a["w2"]
            z2[1:] += h1[:-1] @ w2[0]
            z2 += h1 @ w2[1]
            z2[:-1] += h1[1:] @ w2[2]
            h1 = np.maximum(z2, 0)
        lp = log_softmax(h1[tok_pos] @ a["wo"] + a["bo"]).astype(np.float64)
        k0 = 0
        for k, s in enumerate(sentences):
            if s:
                out[k] = lp[k0 : k0 + len(s)]
                k0 += len(s)
        return out

    def _context_hits(self, flat: Sequence[str], wr: Ints, ends: Ints, gaz: Gazetteer | None,
                      names: NameLists | None) -> list[tuple[list[int], F32, list[int]]]:
        """The tokens of a batch (`flat`, sentences ending at `ends`) with a gazetteer or
        name-list phrase tag, each with its table and rows: the tags `context_keys` gives
        per sentence (longest match first, left to right), but only tokens that open
        some listed name are visited (their lengths cached per word row)."""
        gl, nl = self._glen[wr], self._nlen[wr]
        cand = np.flatnonzero((gl > 0) | (nl > 0))
        if not len(cand):
            return []
        assert self._ctx is not None
        low = [w.lower() for w in flat]
        sent_end = ends[np.searchsorted(ends, cand, side="right")]
        return self._phrase_rows(*phrase_matches(low, cand, sent_end, gl, nl, gaz, names))

    def _phrase_rows(self, g_found: Sequence[Match], n_found: Sequence[Match]
                     ) -> list[tuple[list[int], F32, list[int]]]:
        """The tokens of gazetteer and name-list matches, each with its table and rows."""
        assert self._ctx is not None
        g_tok, g_key = _match_rows(g_found, self.vocab[WORD_TABLES], "g")
        n_tok, n_key = _match_rows(n_found, self.vocab[WORD_TABLES + 1], "n")
        return [(g_tok, self._ctx[0], g_key), (n_tok, self._ctx[1], n_key)]

    def _shares_of(self, keys: Sequence[tuple[str, ...]]) -> F32:
        """(n, 5, H1) first-layer shares of words by their `word_keys`, in one product."""
        vocab = self.vocab
        ids = np.array([[vocab[k].get(key, 0) for k, key in enumerate(ks)] for ks in keys],
                       dtype=np.int64).reshape(len(keys), WORD_TABLES)
        a = self.params.a
        emb = np.concatenate([a["emb_" + TABLES[t]][ids[:, t]] for t in range(WORD_TABLES)],
                             axis=1)
        out: F32 = (emb @ self._w1_words).reshape(len(keys), 5, -1)
        return out

    def _table_rows(self, phrases: PhraseMatches) -> Ints:
        """Rows of `_shared` of a batch's tokens: their rows in the featurizer's word
        table plus one; a new row's share is made from the parts the table keeps (the
        keys of `word_keys`, not made again). The table bounds its rows (`trim`): when it
        starts again, so do the shares."""
        table = phrases.table
        assert table is not None and phrases.rows is not None
        if table is not self._table or table.generation != self._generation:
            self._shared.reset()
            self._table, self._generation = table, table.generation
        rows: Ints = phrases.rows.astype(np.int64) + 1
        new = self._shared.missing(rows)
        if len(new):
            low, parts = table.low, table.parts
            keys = []
            for r in (new - 1).tolist():
                w, (sh, lx, letters) = low[r], parts[r]
                keys.append((w, sh, w[:3], w[-3:], lx, letters))
            self._shared.put(new, self._shares_of(keys))
        return rows

    def _word_rows(self, words: Sequence[str], lexicon: dict[str, str] | None,
                   names: NameLists | None, gaz: Gazetteer | None) -> Ints:
        """Rows of `_own` holding each word's first-layer share, made once per word (for
        all new words of a batch in one product), with the lengths of the longest
        gazetteer and name-list phrases each opens."""
        rows = self._row_of
        if len(rows) + len(words) + 1 > WORD_CACHE:
            rows.clear()
            self._own.reset()
        fresh = [w for w in dict.fromkeys(words) if w not in rows]
        rows.update(zip(fresh, range(len(rows) + 1, len(rows) + 1 + len(fresh)), strict=True))
        out: Ints = np.array([rows[w] for w in words], dtype=np.int64)
        new = self._own.missing(out)
        if len(new):
            shares = self._own
            shares.put(new, self._shares_of([word_keys(w, lexicon, names) for w in fresh]))
            if len(shares.have) > len(self._glen):
                for attr in ("_glen", "_nlen"):
                    grown = np.zeros(len(shares.have), dtype=np.int64)
                    grown[: len(getattr(self, attr))] = getattr(self, attr)
                    setattr(self, attr, grown)
            gfirst = gaz._first if gaz is not None else {}
            nfirst = names._first if names is not None else {}
            lows = [w.lower() for w in fresh]
            self._glen[new] = [gfirst.get(w, 0) for w in lows]
            self._nlen[new] = [nfirst.get(w, 0) for w in lows]
        return out


@lru_cache(maxsize=8)
def _columns(crf_labels: tuple[str, ...], nn_labels: tuple[str, ...]) -> Ints:
    """Per CRF label, its column among the network's labels (-1: none); made once per
    pair of models, not per batch."""
    col = {lab: k for k, lab in enumerate(nn_labels)}
    take: Ints = np.array([col.get(lab, -1) for lab in crf_labels])
    take.flags.writeable = False  # shared by every call
    return take


def combine(emissions: Sequence[F64], crf_labels: Sequence[str], log_probs: Sequence[F64],
            nn_labels: Sequence[str], weight: float) -> list[F64]:
    """CRF emission scores plus `weight` times the network's log-probabilities (its
    columns put in the CRF's label order; a label it lacks adds nothing). The columns
    are reordered for a whole batch at once."""
    take = _columns(tuple(crf_labels), tuple(nn_labels))
    lens = [len(e) for e in emissions]
    if not sum(lens):
        return list(emissions)
    lp = np.concatenate([x for x, n in zip(log_probs, lens, strict=True) if n])
    add = np.where(take >= 0, lp[:, np.maximum(take, 0)], 0.0) * weight
    out: list[F64] = []
    k = 0
    for e, n in zip(emissions, lens, strict=True):
        out.append(e + add[k : k + n] if n else e)
        k += n
    return out
