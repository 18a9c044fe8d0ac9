"""Train the convolutional NER tagger (`warta.ner.neural`) in numpy.

Per-token softmax cross-entropy, Adam, dropout on the embeddings and the first hidden
layer; word embeddings start from the PPMI-SVD vectors of unlabelled news
(`warta.train.clusters.build_vectors`, the vectors the word clusters are cut from), the
other tables at random. Deterministic for a seed (numpy's generator; BLAS sums may differ
in the last bits between machines).

`warta train ner-cnn` trains on the shipped sets' train+dev splits (the CRF's mix,
`warta.train.ner.mixed_set`) and writes `models/ner_cnn.npz`.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ..ner.features import load_lexicon
from ..ner.gazetteer import Gazetteer, load_gazetteer
from ..ner.names import NameLists, load_names
from ..ner.neural import (
    F32,
    TABLES,
    WORD_TABLES,
    Ints,
    Params,
    context_keys,
    log_softmax,
    sentence_ids,
    word_keys,
)
from .data import Tagged

MODELS = Path(__file__).resolve().parents[1] / "models"


@dataclass(frozen=True)
class CnnOptions:
    # Embedding sizes per table (TABLES order); the word size is the vectors' dims used.
    dims: tuple[int, ...] = (50, 12, 16, 16, 8, 8, 8, 8)
    hidden1: int = 100
    hidden2: int = 100  # 0: one convolution only
    epochs: int = 5
    batch: int = 32
    lr: float = 0.002
    dropout_in: float = 0.25
    dropout_hidden: float = 0.25
    word_dropout: float = 0.05  # a known word read as unknown, so unknown words train
    min_count: int = 2  # keys seen fewer times in training are unknown (vectors' words kept)
    vector_scale: float = 3.0
    seed: int = 7
    # Weight of the log-probabilities added to the CRF's emissions (chosen on dev).
    weight: float = 1.0


@dataclass
class Resources:
    lexicon: dict[str, str]
    names: NameLists
    gaz: Gazetteer


def resources() -> Resources:
    return Resources(load_lexicon(), load_names(), load_gazetteer())


def build_vocab(sents: Sequence[Tagged], res: Resources, vec_words: Sequence[str],
                min_count: int) -> list[list[str]]:
    """Keys per table: row 0 "unknown" (""), then keys seen `min_count`+ times in
    `sents` (and, for words, every word with a vector)."""
    counts: list[Counter[str]] = [Counter() for _ in TABLES]
    for s in sents:
        for t in s.tokens:
            for k, key in enumerate(word_keys(t, res.lexicon, res.names)):
                counts[k][key] += 1
        gz, nt = context_keys(s.tokens, res.gaz, res.names)
        counts[WORD_TABLES].update(gz)
        counts[WORD_TABLES + 1].update(nt)
    out: list[list[str]] = []
    for k, c in enumerate(counts):
        keys = sorted(key for key, n in c.items() if n >= min_count and key)
        if k == 0:
            keys = sorted(set(keys) | {w for w in vec_words if w and "\n" not in w})
        out.append(["", *(key for key in keys if "\n" not in key)])
    return out


def _viterbi_allowed(labels: Sequence[str]) -> F32:
    """(L, L) 0 where a BIO transition is allowed, -1e4 where I-X follows neither B-X
    nor I-X."""
    n = len(labels)
    t = np.zeros((n, n), dtype=np.float32)
    for j, b in enumerate(labels):
        if b.startswith("I-"):
            for i, a in enumerate(labels):
                if a[2:] != b[2:] or a == "O":
                    t[i, j] = -1e4
    return t


def viterbi(scores: F32, trans: F32) -> list[int]:
    """Best label path of (n, L) scores with (L, L) transitions (no start constraint
    beyond the scores)."""
    n = len(scores)
    back = np.zeros((n, scores.shape[1]), dtype=np.intp)
    s = scores[0].copy()
    for t in range(1, n):
        cand = s[:, None] + trans
        back[t] = cand.argmax(axis=0)
        s = cand.max(axis=0) + scores[t]
    path = [int(s.argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def _conv_back(xp: F32, dz: npt.NDArray[Any], w: F32, grads: dict[str, F32], wname: str, bname: str
               ) -> F32:
    """Backward of `conv`: accumulates the weight and bias gradients, returns d(input)."""
    k = w.shape[0]
    half = k // 2
    bsz, t, h = dz.shape
    d = xp.shape[2]
    dz2 = dz.reshape(-1, h)
    dxp = np.zeros_like(xp)
    gw = np.zeros_like(w)
    for j in range(k):
        gw[j] = xp[:, j : j + t].reshape(-1, d).T @ dz2
        dxp[:, j : j + t] += dz @ w[j].T
    grads[wname] = gw
    grads[bname] = dz2.sum(axis=0)
    return dxp[:, half : half + t]


def _pad(x: F32, half: int) -> F32:
    bsz, t, d = x.shape
    xp = np.zeros((bsz, t + 2 * half, d), dtype=x.dtype)
    xp[:, half : half + t] = x
    return xp


def train_cnn(train: Sequence[Tagged], opts: CnnOptions | None = None,
              res: Resources | None = None,
              on_epoch: Callable[[int, Params, list[list[str]], list[str]], None] | None = None,
              vectors: tuple[list[str], F32] | None = None,
              ) -> tuple[Params, list[list[str]], list[str]]:
    """Train on `train`; returns the parameters, the vocabularies and the labels.
    `vectors` (words, matrix) initialise the word embeddings (default: built from the
    unlabelled corpus, as the clusters are). `on_epoch(epoch, params, vocab, labels)`
    is called after each epoch (for scoring a dev split)."""
    opts = opts or CnnOptions()
    res = res or resources()
    rng = np.random.default_rng(opts.seed)
    if vectors is None:
        from .clusters import build_vectors, corpus

        vocab_v, vecs = build_vectors(corpus())
        vectors = (list(vocab_v), np.asarray(vecs, dtype=np.float32))
    vec_words, vec_mat = vectors
    vocab = build_vocab(train, res, vec_words, opts.min_count)
    labels = sorted({t for s in train for t in s.tags}, key=lambda x: (x != "O", x))
    lab_id = {lab: k for k, lab in enumerate(labels)}
    index = [{key: k for k, key in enumerate(v)} for v in vocab]
    arrays: dict[str, F32] = {}
    for k, name in enumerate(TABLES):
        emb = rng.normal(0, 0.1, (len(vocab[k]), opts.dims[k])).astype(np.float32)
        emb[0] = 0
        arrays["emb_" + name] = emb
    # Word vectors: unit rows, first dims, scaled so a dimension's spread is like the
    # random rows'.
    vrow = {w: i for i, w in enumerate(vec_words)}
    d0 = opts.dims[0]
    sub = vec_mat[:, :d0]
    sub = sub / (sub.std() + 1e-8) * 0.1 * opts.vector_scale
    emb = arrays["emb_word"]
    for k, w in enumerate(vocab[0]):
        i = vrow.get(w)
        if i is not None:
            emb[k] = sub[i]
    dim = sum(opts.dims)
    h1, h2, nl = opts.hidden1, opts.hidden2, len(labels)

    def glorot(*shape: int) -> F32:
        fan = shape[-2] * (shape[0] if len(shape) == 3 else 1) + shape[-1]
        return rng.normal(0, np.sqrt(2.0 / fan), shape).astype(np.float32)

    arrays |= {"w1": glorot(5, dim, h1), "b1": np.zeros(h1, np.float32),
               "wo": glorot(h2 or h1, nl), "bo": np.zeros(nl, np.float32)}
    if h2:
        arrays |= {"w2": glorot(3, h1, h2), "b2": np.zeros(h2, np.float32)}
    params = Params(arrays)
    ids = [sentence_ids(s.tokens, index, res.lexicon, res.names, res.gaz) for s in train]
    ys = [np.array([lab_id[t] for t in s.tags], dtype=np.int64) for s in train]
    m1 = {k: np.zeros_like(v) for k, v in arrays.items()}
    m2 = {k: np.zeros_like(v) for k, v in arrays.items()}
    step = 0
    b1, b2, eps = 0.9, 0.999, 1e-8
    cols = np.cumsum([0, *opts.dims])
    # Sentences bucketed by length so a batch pads little; batches shuffled each epoch.
    order = sorted(range(len(train)), key=lambda k: (len(ys[k]), k))
    batches = [order[a : a + opts.batch] for a in range(0, len(order), opts.batch)]
    for epoch in range(opts.epochs):
        t0 = time.process_time()
        total, count = 0.0, 0
        for bi in rng.permutation(len(batches)):
            group = [k for k in batches[bi] if len(ys[k])]
            if not group:
                continue
            t = max(len(ys[k]) for k in group)
            x = np.zeros((len(group), t, len(TABLES)), dtype=np.int64)
            y = np.zeros((len(group), t), dtype=np.int64)
            mask = np.zeros((len(group), t, 1), dtype=np.float32)
            for b, k in enumerate(group):
                n = len(ys[k])
                x[b, :n] = ids[k]
                y[b, :n] = ys[k]
                mask[b, :n] = 1
            if opts.word_dropout:
                x[..., 0] *= rng.random(x.shape[:2]) >= opts.word_dropout
            emb_x = params.embed(x)
            keep_in = ((rng.random(emb_x.shape) >= opts.dropout_in)
                       / (1 - opts.dropout_in)).astype(np.float32)
            xm = emb_x * keep_in * mask
            xp1 = _pad(xm, 2)
            z1 = np.broadcast_to(arrays["b1"], (len(group), t, h1)).copy()
            for j in range(5):
                z1 += xp1[:, j : j + t] @ arrays["w1"][j]
            keep_h = ((rng.random(z1.shape) >= opts.dropout_hidden)
                      / (1 - opts.dropout_hidden)).astype(np.float32)
            a1 = np.maximum(z1, 0) * mask * keep_h
            if h2:
                xp2 = _pad(a1, 1)
                z2 = np.broadcast_to(arrays["b2"], (len(group), t, h2)).copy()
                for j in range(3):
                    z2 += xp2[:, j : j + t] @ arrays["w2"][j]
                a2 = np.maximum(z2, 0)
            else:
                a2 = a1  # one convolution: the output layer reads the first
            logits = a2 @ arrays["wo"] + arrays["bo"]
            lp = log_softmax(logits)
            n_tok = float(mask.sum())
            onehot = np.zeros_like(lp)
            np.put_along_axis(onehot, y[..., None], 1.0, axis=2)
            total -= float((lp * onehot * mask).sum())
            count += int(n_tok)
            g = (np.exp(lp) - onehot) * mask / n_tok
            grads: dict[str, F32] = {
                "wo": a2.reshape(-1, h2 or h1).T @ g.reshape(-1, nl),
                "bo": g.sum(axis=(0, 1))}
            da1: npt.NDArray[Any]
            if h2:
                dz2 = (g @ arrays["wo"].T) * (z2 > 0).astype(np.float32)
                da1 = _conv_back(xp2, dz2, arrays["w2"], grads, "w2", "b2")
            else:
                da1 = g @ arrays["wo"].T
            dz1 = da1 * keep_h * mask * (z1 > 0)
            dxm = _conv_back(xp1, dz1, arrays["w1"], grads, "w1", "b1")
            dx = dxm * keep_in * mask
            flat_ids = x.reshape(-1, len(TABLES))
            flat_dx = dx.reshape(-1, dim)
            for k, name in enumerate(TABLES):
                ge = np.zeros_like(arrays["emb_" + name])
                np.add.at(ge, flat_ids[:, k], flat_dx[:, cols[k] : cols[k + 1]])
                ge[0] = 0  # "unknown" stays the zero vector
                grads["emb_" + name] = ge
            step += 1
            lr = opts.lr * np.sqrt(1 - b2**step) / (1 - b1**step)
            for name, gr in grads.items():
                m1[name] = b1 * m1[name] + (1 - b1) * gr
                m2[name] = b2 * m2[name] + (1 - b2) * gr * gr
                arrays[name] -= (lr * m1[name] / (np.sqrt(m2[name]) + eps)).astype(np.float32)
        print(f"epoch {epoch + 1}: loss {total / max(count, 1):.4f}, "
              f"{time.process_time() - t0:.0f} s CPU", flush=True)
        if on_epoch is not None:
            on_epoch(epoch + 1, params, vocab, labels)
    return params, vocab, labels


def save_cnn(path: Path, params: Params, vocab: Sequence[Sequence[str]],
             labels: Sequence[str], weight: float) -> Path:
    """Write the tagger file `warta.ner.neural.CnnTagger` reads (float32 arrays)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data: dict[str, object] = {"labels": np.array(labels), "weight": np.float64(weight)}
    for k, name in enumerate(TABLES):
        data["vocab_" + name] = np.frombuffer("\n".join(vocab[k]).encode("utf-8"),
                                              dtype=np.uint8)
    for name, arr in params.a.items():
        data[name] = arr.astype(np.float32)
    with path.open("wb") as fh:
        np.savez_compressed(fh, **data)  # type: ignore[arg-type]
    return path


def tag_ids(params: Params, ids: Sequence[Ints], labels: Sequence[str]) -> list[list[str]]:
    """Tags of sentences given as feature ids, by the network alone (BIO-constrained
    Viterbi over its log-probabilities)."""
    trans = _viterbi_allowed(labels)
    out: list[list[str]] = []
    for x in ids:
        if not len(x):
            out.append([])
            continue
        mask = np.ones((1, len(x), 1), dtype=np.float32)
        lp = log_softmax(params.forward(params.embed(x[None]), mask))[0]
        out.append([labels[k] for k in viterbi(lp, trans)])
    return out


def train_shipped_cnn(path: Path | None = None, opts: CnnOptions | None = None) -> Path:
    """Train on the shipped sets' train+dev splits and write `models/ner_cnn.npz`."""
    from .ner import mixed_set

    opts = opts or CnnOptions()
    sents = mixed_set(("train", "dev"))[0]
    params, vocab, labels = train_cnn(sents, opts)
    return save_cnn(path or MODELS / "ner_cnn.npz", params, vocab, labels, opts.weight)
