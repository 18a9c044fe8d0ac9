"""A linear-chain CRF's weights in numpy: emission sums and batched Viterbi decoding.

crfsuite scores a token as the sum of its attributes' weights per label and decodes with
Viterbi over those scores plus label-to-label transitions. `LinearCrf` does the same
arithmetic with the weights exported from a crfsuite model (`export_weights`), so it gives
crfsuite's tags, but it can take per-word sums that a caller caches
(`Featurizer.scores`) and it decodes all sentences of an article at once.

File (`models/ner.npz`, written by `warta train ner`):
    labels  (L,)    label strings, crfsuite's order
    attrs   bytes   attribute strings that carry a weight, UTF-8, one a line
    state   (A, L)  float64 weights
    trans   (L, L)  float64 weights, from row label to column label
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[np.float64]


class LinearCrf:
    """CRF weights with attribute look-up, emission sums and Viterbi; loads on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._loaded = False
        self.labels: list[str] = []
        self.index: dict[str, int] = {}
        self.state: Matrix = np.zeros((1, 1))
        self.trans: Matrix = np.zeros((1, 1))
        self.zero = 0  # the all-zero row of `state`: unknown attributes
        # Parts of weighted bigram attributes ("-1|0w=a|w=b", "-1|0c2=7|c2=9"): a bigram
        # of words outside these carries no weight, so its string need not be built.
        self.pair_words: frozenset[str] = frozenset()
        # Cluster bigram attributes: (left cluster, right cluster, row of `state`).
        self.cluster_pairs: list[tuple[str, str, int]] = []
        # Words with a weighted word attribute ("w=", "-1w=", "-2w=", "+1w=", "+2w="): any
        # other word's five word attributes are all unknown, so they need no look-up.
        self.word_keys: frozenset[str] = frozenset()
        self.attr_text = ""  # the weighted attributes, one a line, in row order

    def __getstate__(self) -> dict[str, Any]:  # pickles as its path only
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    def load(self) -> LinearCrf:
        with self._lock:
            if not self._loaded:
                if not self.path.exists():
                    raise FileNotFoundError(f"model {self.path} is missing: run "
                                            "`warta train ner`")
                with np.load(self.path) as z:
                    self.labels = [str(x) for x in z["labels"]]
                    raw = z["attrs"]
                    blob = (raw.tobytes().decode("utf-8") if raw.dtype == np.uint8
                            else "\n".join(str(a) for a in raw))
                    attrs = blob.split("\n")
                    state = z["state"]
                    self.trans = np.ascontiguousarray(z["trans"], dtype=np.float64)
                self.index = {a: k for k, a in enumerate(attrs)}
                self.zero = len(attrs)
                self.pair_words, self.cluster_pairs = _pair_parts(blob, self.index)
                self.word_keys = frozenset(_WORD_ATTR.findall(blob))
                self.attr_text = blob
                self.state = np.vstack([state, np.zeros((1, state.shape[1]))])
                self._loaded = True
        return self

    def rows(self, attrs: Sequence[str]) -> list[int]:
        """Row of each attribute in `state` (the zero row when unknown)."""
        get, zero = self.index.get, self.zero
        return [get(a, zero) for a in attrs]

    def sum_rows(self, attrs: Sequence[str]) -> Matrix:
        """Summed weights of `attrs`: one vector of L scores."""
        rows = self.rows(attrs)
        if not rows:
            return np.zeros(len(self.labels))
        return np.asarray(self.state[rows].sum(axis=0), dtype=np.float64)

    def emissions(self, features: Sequence[Sequence[str]]) -> Matrix:
        """(n, L) state scores of a sentence given as attribute lists (crfsuite's input)."""
        self.load()
        get, zero = self.index.get, self.zero
        rows: list[int] = []
        starts: list[int] = []
        for f in features:
            starts.append(len(rows))
            rows.extend(get(a, zero) for a in f)
            if len(rows) == starts[-1]:
                rows.append(zero)
        out: Matrix = np.add.reduceat(self.state[rows], starts, axis=0)
        return out

    def tag(self, features: Sequence[Sequence[str]]) -> list[str]:
        """Tags of one sentence, as `CrfModel.tag` gives them."""
        if not features:
            return []
        return self.decode([self.emissions(features)])[0]

    def decode(self, emissions: Sequence[Matrix], batch: int = 64) -> list[list[str]]:
        """Viterbi tags of several sentences (each an (n, L) score matrix), decoded
        `batch` at a time, sentences of like length together.

        Ties go to the lower label index at every step, as in crfsuite."""
        self.load()
        out: list[list[str]] = [[] for _ in emissions]
        order = sorted((k for k, e in enumerate(emissions) if len(e)),
                       key=lambda k: len(emissions[k]))
        for a in range(0, len(order), batch):
            group = order[a : a + batch]
            for k, tags in zip(group, self._decode([emissions[k] for k in group]),
                               strict=True):
                out[k] = tags
        return out

    def _decode(self, emissions: Sequence[Matrix]) -> list[list[str]]:
        # Rows in order of length: at step t the sentences still going are a suffix of
        # the batch, so each step works on that slice alone (the same sums, maxima and
        # ties per row as over the whole batch), and the back-trace runs over the batch
        # at once rather than token by token.
        lens = np.array([len(e) for e in emissions], dtype=np.intp)
        order = np.argsort(lens, kind="stable")
        lens_sorted = lens[order]
        n_rows, n_labels = len(emissions), len(self.labels)
        T = int(lens_sorted[-1])
        E = np.zeros((T, n_rows, n_labels))  # step-major: E[t, a:] is one block
        for b, k in enumerate(order.tolist()):
            E[: lens_sorted[b], b] = emissions[k]
        # Rows before lo[t] have ended by step t (their length is t or less).
        lo = np.searchsorted(lens_sorted, np.arange(T), side="right").tolist()
        # A row's back-pointers past its end keep every label (identity), so the
        # back-trace runs over all rows at each step, unsliced.
        back = np.empty((T, n_rows, n_labels), dtype=np.intp)
        back[:] = np.arange(n_labels)
        score = E[0].copy()
        # The steps are tiny arrays (a few dozen rows, 9 labels), so numpy's per-call
        # cost rules: each step writes into buffers (`out=`) instead of allocating.
        # cand[b, j, i] = score[b, i] + trans[i, j]: the previous label on the last,
        # contiguous axis, where argmax is cheapest; the best score is then taken at the
        # argmax (the same element `max` would give, bitwise, for a third of its cost:
        # a small 3-d `maximum.reduce` is numpy's slowest call here). First-index ties
        # as before.
        trans_t = self.trans.T[None, :, :]
        cand = np.empty((n_rows, n_labels, n_labels))
        flat = cand.reshape(-1)
        # Flat offset of cand[b, j, 0], and a buffer for the argmax's flat positions.
        offs = (np.arange(n_rows)[:, None] * (n_labels * n_labels)
                + np.arange(n_labels)[None, :] * n_labels)
        at = np.empty((n_rows, n_labels), dtype=np.intp)
        a = -1
        for t in range(1, T):
            if lo[t] != a:  # the rows still going changed: views of them, made once
                a = lo[t]
                c, s, pos, off = cand[a:], score[a:], at[a:], offs[a:]
                s3 = s[:, None, :]
            bk = back[t, a:]
            np.add(s3, trans_t, out=c)
            c.argmax(axis=2, out=bk)
            np.add(bk, off, out=pos)
            flat.take(pos, out=s, mode="clip")  # positions are in range: no checks
            s += E[t, a:]
        path = np.empty((T, n_rows), dtype=np.intp)
        score.argmax(axis=1, out=path[T - 1])
        # path[t - 1] = back[t, rows, path[t]], as flat positions in back[t] (a take is
        # cheaper than indexing by two arrays).
        flat_back = back.reshape(T, n_rows * n_labels)
        row_at = np.arange(n_rows) * n_labels
        at_row = np.empty(n_rows, dtype=np.intp)
        for t in range(T - 1, 0, -1):
            np.add(row_at, path[t], out=at_row)
            flat_back[t].take(at_row, out=path[t - 1], mode="clip")
        labels = self.labels
        out: list[list[str]] = [[] for _ in emissions]
        for k, n, ys in zip(order.tolist(), lens_sorted.tolist(), path.T.tolist(),
                            strict=True):
            out[k] = [labels[y] for y in ys[:n]]
        return out


# The word of each word attribute, one attribute a line ("w=jakarta", "+1w=di").
_WORD_ATTR = re.compile(r"^(?:w|-1w|-2w|\+1w|\+2w)=(.*)$", re.M)


# Word bigram attributes ("-1|0w=a|w=b", "0|+1w=a|w=b"), from the first key on; cluster
# bigram attributes ("-1|0c2=7|c2=9") with their left cluster and the rest after its "|".
_WORD_PAIR_ATTR = re.compile(r"^(?:-1\|0|0\|\+1)(w=.*)$", re.M)
_CLUSTER_PAIR_ATTR = re.compile(r"^(-1\|0(c[^|\n]*)\|?(.*))$", re.M)


def _pair_parts(text: str, index: dict[str, int]
                ) -> tuple[frozenset[str], list[tuple[str, str, int]]]:
    """Word keys that occur in bigram attributes ("-1|0w=a|w=b", "0|+1w=a|w=b"), and the
    cluster bigram attributes ("-1|0c2=7|c2=9") with their rows (`index`), from `text`,
    the attributes one a line. A word containing "|" may split wrongly; every piece is
    kept (each "|" piece, and each "|w=" piece as a key), so the word set only ever holds
    too much. Regular expressions pick the attributes out (a loop over every attribute
    was a sixth of loading the model)."""
    rests = _WORD_PAIR_ATTR.findall(text)
    words = set("|".join(rests).split("|")) if rests else set()  # every "|" piece
    # Where every "|" opens "w=", the "|w=" pieces (as keys) are the "|" pieces; a word
    # holding a "|" adds its own.
    for rest in rests:
        if rest.count("|") != rest.count("|w="):
            for n, piece in enumerate(rest.split("|w=")):
                words.add(piece if n == 0 else "w=" + piece)
    clusters = [(left, right, index[attr])
                for attr, left, right in _CLUSTER_PAIR_ATTR.findall(text)]
    return frozenset(words), clusters


DOMAIN_MARK = "@"  # opens a per-domain copy of an attribute: "@nergrit w=jakarta"


def fold_domain(attr: str, domain: str | None) -> str | None:
    """The attribute a weight is exported under: a general one as it is; a domain copy
    ("@nergrit w=jakarta", see `warta.train.ner.domain_copy`) under its general name when
    it is `domain`'s, else none (dropped)."""
    if not attr.startswith(DOMAIN_MARK):
        return attr
    name, _, rest = attr[1:].partition(" ")
    return rest if name == domain else None


def export_weights(crfsuite_path: Path, out: Path, domain: str | None = None) -> Path:
    """Write a crfsuite model's labels, weighted attributes and weights to `out` (.npz).
    A model trained with per-domain attribute copies is folded for `domain`: each copy of
    that domain adds its weights to the general attribute, other domains' copies are
    dropped, so the file tags `domain`'s text with plain attributes."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crfsuite_path))
    info = tagger.info()
    labels = sorted(info.labels, key=lambda lab: int(info.labels[lab]))
    lab_id = {lab: k for k, lab in enumerate(labels)}
    folded = {a: fold_domain(a, domain) for a, _ in info.state_features}
    attrs = sorted({a for a in folded.values() if a is not None})
    a_id = {a: k for k, a in enumerate(attrs)}
    state = np.zeros((len(attrs), len(labels)))
    for (a, lab), w in info.state_features.items():
        f = folded[a]
        if f is not None:
            state[a_id[f], lab_id[lab]] += w
    # A fold can sum an attribute's weights to exactly zero; crfsuite files never hold
    # all-zero rows, and neither does this one.
    if any(f != a for a, f in folded.items()):
        keep = np.flatnonzero(np.any(state != 0, axis=1))
        attrs = [attrs[k] for k in keep]
        state = state[keep]
    trans = np.zeros((len(labels), len(labels)))
    for (a, b), w in info.transitions.items():
        trans[lab_id[a], lab_id[b]] = w
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as fh:
        # Attributes as one UTF-8 text, a line each: a fixed-width string array of 84k
        # attributes is tens of MB to build at load.
        blob = np.frombuffer("\n".join(attrs).encode("utf-8"), dtype=np.uint8)
        np.savez_compressed(fh, labels=np.array(labels), attrs=blob, state=state, trans=trans)
    return out
