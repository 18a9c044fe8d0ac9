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
from typing import Any, cast

import numpy as np
import numpy.typing as npt

from .features import Match, PhraseMatches, match_attributes, phrase_matches, shape
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
        self._row_of: dict[str, int] = {}  # word -> row of `_rows`
        self._rows: F32 | None = None
        self._used = 1  # rows of `_rows` in use (row 0: zeros, for gaps)
        self._glen: Ints = np.zeros(1, dtype=np.int64)  # per row: see `_context_hits`
        self._nlen: Ints = np.zeros(1, dtype=np.int64)
        self._w1_words: F32 = np.zeros((1, 1), dtype=np.float32)
        self._ctx: tuple[F32, F32] | None = None

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
                a = self.params.a
                dims = [a["emb_" + name].shape[1] for name in TABLES]
                w1 = a["w1"]
                h1 = w1.shape[2]
                self._rows = np.zeros((1024, 5, h1), dtype=np.float32)
                self._used = 1
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
        and name-list matches when the CRF's featurizer has found them already (the same
        words, so the same matches), else found here."""
        self.load()
        n_lab = len(self.labels)
        out: list[F64] = [np.zeros((0, n_lab)) for _ in sentences]
        if not any(sentences):
            return out
        a = self.params.a
        gap = 2
        starts: list[int] = []
        pos = gap
        for s in sentences:
            starts.append(pos)
            pos += len(s) + gap
        total = pos
        flat = [t for s in sentences for t in s]
        tok_pos = np.concatenate([np.arange(st, st + len(s))
                                  for s, st in zip(sentences, starts, strict=True)])
        wr = np.array(self._word_rows(flat, lexicon, names, gaz), dtype=np.int64)
        word_row = np.zeros(total, dtype=np.int64)  # 0: the all-zero row (a gap)
        word_row[tok_pos] = wr
        assert self._rows is not None and self._ctx is not None
        # part[t, j] is token t's share of the first layer at the position j - 2 from it.
        part = self._rows[word_row]
        ends = np.cumsum([len(s) for s in sentences])
        hits = (self._phrase_rows(phrases.gaz, phrases.names)
                if phrases is not None and phrases.found
                else self._context_hits(flat, wr, ends, gaz, names))
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

    def _word_rows(self, words: Sequence[str], lexicon: dict[str, str] | None,
                   names: NameLists | None, gaz: Gazetteer | None) -> list[int]:
        """Rows of `self._rows` holding each word's first-layer share (5, H1): its own
        features' embeddings times the five offsets' weights; made once per word, for all
        new words of a batch in one product."""
        rows = self._row_of
        out = list(map(rows.get, words))
        if None not in out:
            return cast(list[int], out)
        assert self._rows is not None
        fresh = {w: 0 for w, r in zip(words, out, strict=True) if r is None}
        if len(rows) + len(fresh) + 1 > 200_000:  # bounded memory on huge inputs
            rows.clear()
            self._used = 1
            fresh = dict.fromkeys(words, 0)
        base = self._used
        vocab = self.vocab
        ids = np.array([[vocab[k].get(key, 0) for k, key in
                         enumerate(word_keys(w, lexicon, names))] for w in fresh],
                       dtype=np.int64)
        a = self.params.a
        emb = np.concatenate([a["emb_" + TABLES[t]][ids[:, t]] for t in range(WORD_TABLES)],
                             axis=1)
        share = (emb @ self._w1_words).reshape(len(fresh), 5, -1)
        need = base + len(fresh)
        if need > len(self._rows):  # grown by doubling: appends cost O(1) each
            grown = np.zeros((max(need, 2 * len(self._rows)), *self._rows.shape[1:]),
                             dtype=np.float32)
            grown[:base] = self._rows[:base]
            self._rows = grown
        self._rows[base:need] = share
        if need > len(self._glen):
            for attr in ("_glen", "_nlen"):
                old = getattr(self, attr)
                grown_len = np.zeros(len(self._rows), dtype=np.int64)
                grown_len[:base] = old[:base]
                setattr(self, attr, grown_len)
        # Lengths of the longest gazetteer and name-list phrases opening with the word.
        gfirst = gaz._first if gaz is not None else {}
        nfirst = names._first if names is not None else {}
        lows = [w.lower() for w in fresh]
        self._glen[base:need] = [gfirst.get(w, 0) for w in lows]
        self._nlen[base:need] = [nfirst.get(w, 0) for w in lows]
        self._used = need
        rows.update(zip(fresh, range(base, need), strict=True))
        return [rows[w] for w in words]


def combine(emissions: Sequence[F64], crf_labels: Sequence[str], log_probs: Sequence[F64],
            nn_labels: Sequence[str], weight: float) -> list[F64]:
    """CRF emission scores plus `weight` times the network's log-probabilities (its
    columns put in the CRF's label order; a label it lacks adds nothing). The columns
    are reordered for a whole batch at once."""
    col = {lab: k for k, lab in enumerate(nn_labels)}
    take = np.array([col.get(lab, -1) for lab in crf_labels])
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
