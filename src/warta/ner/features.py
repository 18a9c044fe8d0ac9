"""Token features for the CRF taggers (POS and NER). Training and tagging share them.

Word-level features are cached per distinct word, so a long text costs one dictionary
look-up per repeated word; context features are the neighbours' word-level keys.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, repeat
from operator import itemgetter
from typing import Any, cast

import numpy as np
import numpy.typing as npt

from ..lang.id import load
from ..lang.schema import RolesData
from .gazetteer import Gazetteer
from .linear import LinearCrf, Matrix
from .names import NameLists

_SHAPE_SUBS = ((re.compile(r"[A-Z]"), "X"), (re.compile(r"[a-z]"), "x"),
               (re.compile(r"[0-9]"), "d"))
_RUNS = re.compile(r"(.)\1{2,}")

# A word's cluster features: one string per granularity, coarse to fine ("c0=8", ...).
Clusters = dict[str, tuple[str, ...]]
NO_CLUSTER: tuple[str, ...] = ("c=none",)


class _ShapeTable(dict[int, str]):
    """str.translate table: A-Z -> X, a-z -> x, 0-9 -> d, "." "," "-" kept, else "*"."""

    def __missing__(self, key: int) -> str:
        return "*"


_SHAPE_TABLE = _ShapeTable({ord(c): "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
                           | {ord(c): "x" for c in "abcdefghijklmnopqrstuvwxyz"}
                           | {ord(c): "d" for c in "0123456789"}
                           | {ord(c): c for c in ".,-"})


# Words a per-word cache holds before it starts again (bounded memory on huge inputs).
WORD_CACHE = 200_000


def shape(word: str) -> str:
    """Compressed word shape: "Zelenskyy" -> "Xxx", "10.000" -> "dd.ddd" (one translation
    and one look-up: a per-word cache saved little)."""
    s = word.translate(_SHAPE_TABLE)
    # Words share few translated forms (a thousand among 23,000 words of 500 articles):
    # the run cutting is done once per form. The translation is what a new word costs.
    cut = _CUTS.get(s)
    if cut is None:
        if len(_CUTS) >= WORD_CACHE:  # bounded memory on huge inputs
            _CUTS.clear()
        cut = _CUTS[s] = _cut_runs(s)
    return cut


def _cut_runs(s: str) -> str:
    """A translated word's runs of three or more of one character cut to two, as
    `_RUNS.sub(r"\\1\\1", s)` does, then its first 8 characters; the table leaves only
    seven characters, and str.replace is cheaper than expanding a regex template per run."""
    for three, two in _TRIPLES:
        while three in s:
            s = s.replace(three, two)
    return s[:8]


_TRIPLES = tuple((c * 3, c * 2) for c in "Xxd.,-*")
_CUTS: dict[str, str] = {}  # translated form -> its shape (`shape`)


def shape_by_patterns(word: str) -> str:
    """`shape` as it was first written, with regular expressions (tests compare them)."""
    s = word
    for pat, rep in _SHAPE_SUBS:
        s = pat.sub(rep, s)
    s = re.sub(r"[^Xxd.,\-]", "*", s)
    return _RUNS.sub(r"\1\1", s)[:8]


@cache
def role_words() -> frozenset[str]:
    """Lower-case single words that open or are part of a role head ("presiden")."""
    out: set[str] = set()
    for head in load("roles", RolesData).heads:
        out.update(head.lower().split())
    return frozenset(out)


@cache
def honorifics() -> frozenset[str]:
    return frozenset(h.lower() for h in load("roles", RolesData).honorifics)


def word_features(word: str, lexicon: dict[str, str] | None = None,
                  clusters: Clusters | None = None, names: NameLists | None = None,
                  shapes: str = "", acronyms: dict[str, tuple[str, ...]] | None = None
                  ) -> tuple[str, ...]:
    """Features of a word alone; the first is always its lower-case key. `shapes` adds
    those `acronym_features` (by letter)."""
    low = word.lower()
    lx = lexicon.get(low, "unk") if lexicon is not None else ""
    # Order matters only to `sentence_features`: key, shape, lexicon class come first.
    f = ["w=" + low, "sh=" + shape(word), "lx=" + lx if lx else "nolx",
         "p2=" + low[:2], "p3=" + low[:3],
         "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:]]
    if word[:1].isupper():
        f.append("cap")
        if lx:
            f.append("caplx=" + lx)
        if word.isupper() and len(word) > 1:
            f.append("allcap")
    if any(c.isdigit() for c in word):
        f.append("digit")
    if len(word) == 1 and not word.isalnum():
        f.append("punct")
    if low in role_words():
        f.append("role")
    if low in honorifics():
        f.append("hon")
    if names is not None:
        f.extend(names.word_features(low))
    if clusters is not None:
        cl = clusters.get(low, NO_CLUSTER)
        f.extend(cl)
        if word[:1].isupper():
            f.append("cap" + cl[-1])
    if shapes:
        f.extend(acronym_features(word, low, lexicon, clusters, shapes))
    if acronyms is not None and word[:1].isupper():
        f.extend(acronyms.get(low, ()))
    return tuple(f)


def acronym_features(word: str, low: str, lexicon: dict[str, str] | None,
                     clusters: Clusters | None, kinds: str = "alg") -> list[str]:
    """Shape features of capitalised words, where organisation acronyms and brands
    differ from common words; `kinds` picks them by letter: "a" affixes crossed with the
    capital ("Kemen-", "Pol-", "-da" read apart from the same letters in a common word),
    "l" an all-caps word's length and a capital inside the word ("KemenPUPR"), "g" for a
    capitalised word that neither the lexicon nor the clusters know, its letter
    trigrams."""
    if not word[:1].isupper():
        return []
    f: list[str] = []
    if "a" in kinds:
        f += ["cp3=" + low[:3], "cs2=" + low[-2:], "cs3=" + low[-3:]]
        if len(low) >= 6:
            f += ["cp4=" + low[:4], "cp5=" + low[:5]]
    if "l" in kinds:
        if word.isupper() and len(word) > 1:
            f.append("aclen=" + str(min(len(word), 6)))
        elif any(c.isupper() for c in word[1:]):
            f.append("innercap")
    if "g" not in kinds:
        return f
    known = (lexicon is not None and low in lexicon) or (clusters is not None
                                                         and low in clusters)
    if not known and len(low) > 3:
        f.append("capunk")
        padded = "<" + low + ">"
        f.extend(dict.fromkeys("cg=" + padded[k : k + 3] for k in range(len(padded) - 2)))
    return f


def gazetteer_tags(tokens: Sequence[str], gaz: Gazetteer | None,
                   low: Sequence[str] | None = None) -> list[str]:
    """Per token: "" or "gB-<type>"/"gI-<type>" from the gazetteer's matches (case-blind);
    `low`: the tokens lower-cased, when the caller has them."""
    tags = [""] * len(tokens)
    if gaz is None:
        return tags
    for m in gaz.match(tokens, cased=False, low=low):
        tags[m.start] = "gB-" + m.place.type
        for k in range(m.start + 1, m.end):
            tags[k] = "gI-" + m.place.type
    return tags


# A word's context features, made once per distinct word (see `Featurizer._context`):
# (word features, lower-case word, as left neighbour ("-1w=..", "-1sh=.."), its optional
# left extras ("-1" + lexicon class, "-1role"), as second left ("-2w=.."), as right
# neighbour, its optional right extras, as second right, cluster features, as left and
# right neighbour's clusters, coarsest cluster as second left and right, finest cluster,
# length of the longest name-list phrase it opens).
_Context = tuple[tuple[str, ...], str, tuple[str, ...], tuple[str, ...], str,
                 tuple[str, ...], tuple[str, ...], str, tuple[str, ...] | None,
                 tuple[str, ...], tuple[str, ...], str, str, str, int]


def _pair_rows(index: dict[str, int], prefix: str, text: str = ""
               ) -> dict[tuple[str, str], int]:
    """Rows of the attributes `prefix + a + "|" + b` by (a, b), for keys a and b that
    open with "w=". Every "|" splits, so a key holding "|" still finds its attribute:
    (a, b) names one string, `prefix + a + "|" + b`, whichever split made it. `text`,
    the index's attributes one a line (`LinearCrf.attr_text`; else made from `index`),
    lets a regular expression pick out those attributes and their first split at once."""
    if not text:
        text = "\n".join(index)
    # (attribute, a, b) at the first "|w=" after the prefix (the lazy a stops there).
    found = re.findall("^(" + re.escape(prefix) + "(w=.*?)\\|(w=.*))$", text, re.M)
    out = dict(zip(map(itemgetter(1, 2), found), map(index.__getitem__,
                                                     map(itemgetter(0), found)), strict=True))
    n = len(prefix)
    for attr, _, b in found:
        if "|w=" in b:  # a key holding "|w=": every later split names the attribute too
            row, rest = index[attr], attr[n:]
            at = rest.find("|w=", len(rest) - len(b))
            while at >= 0:
                out[(rest[:at], rest[at + 1:])] = row
                at = rest.find("|w=", at + 1)
    return out


# Dense word vectors by lower-case word, already scaled (`load_word_vectors`).
DenseVectors = dict[str, npt.NDArray[np.float64]]


def load_word_vectors(path: str, dims: int, scale: float) -> DenseVectors:
    """Lower-case word -> its first `dims` vector components times `scale`, from a
    `warta.train.clusters.write_vectors` file; training and tagging read the same."""
    with np.load(path) as z:
        words = z["words"].tobytes().decode("utf-8").split("\n")
        vecs = z["vectors"][:, :dims].astype(np.float64) * scale
    return dict(zip(words, vecs, strict=True))


def vector_weights(crf: LinearCrf, prefix: str, dims: int) -> Matrix:
    """(dims, L) weights of the real-valued attributes prefix + "v0", "v1", ..."""
    get, zero = crf.index.get, crf.zero
    return np.asarray(crf.state[[get(f"{prefix}v{k}", zero) for k in range(dims)]])


class _WordVectors:
    """Per distinct word and one CRF: five summed weight vectors (the word's own features,
    and its features as left, second-left, right and second-right neighbour) and what the
    per-sentence features need (lower-case word, name-list first length, whether its key
    occurs in a weighted bigram, the code of its finest cluster). With dense `vectors`,
    a word's vector times the weights of "v<k>" (and "-1v<k>", "+1v<k>" as neighbour,
    `window` 1) joins its sums."""

    def __init__(self, crf: LinearCrf, size: int = WORD_CACHE,
                 lexicon: dict[str, str] | None = None, clusters: Clusters | None = None,
                 names: NameLists | None = None, gaz: Gazetteer | None = None,
                 vectors: DenseVectors | None = None, window: int = 0) -> None:
        self.crf = crf
        self.size = size
        self.vectors = vectors
        self.dense: tuple[Matrix, Matrix | None, Matrix | None] | None = None
        if vectors:
            dims = len(next(iter(vectors.values())))
            self.dense = (vector_weights(crf, "", dims),
                          vector_weights(crf, "-1", dims) if window else None,
                          vector_weights(crf, "+1", dims) if window else None)
        # Per word, the longest gazetteer name and name-list phrase it may open (0: none):
        # a batch's candidates for either are found in numpy.
        self._gaz_first = gaz._first if gaz is not None else {}
        self.gaz_len = np.zeros(1024, dtype=np.intp)
        self.name_len = np.zeros(1024, dtype=np.intp)
        # With all three resources (the shipped features) `add_word` builds a new word's
        # attribute rows from per-part caches instead of from its feature strings.
        self.lexicon, self.clusters, self.names = lexicon, clusters, names
        # (shape, lexicon class) -> their rows (`_shape_class`)
        self._parts: dict[tuple[str, str], tuple[tuple[int, int], int, tuple[int, int],
                                                  tuple[int, int]]] = {}
        self._prefix: dict[str, tuple[int, int]] = {}  # first 3 letters -> p2, p3 rows
        self._suffix: dict[str, tuple[int, int, int]] = {}  # last 4 -> s2, s3, s4 rows
        self._name_rows: dict[str, tuple[int, ...]] = {}  # name-list letters -> rows
        # Cluster features -> their rows as own, "cap", left, second-left, right and
        # second-right features, and the finest cluster's code (see `code`).
        self._cl_rows: dict[tuple[str, ...], tuple[tuple[int, ...], int, tuple[int, ...],
                                                   int, tuple[int, ...], int, int]] = {}
        get, zero = crf.index.get, crf.zero
        self._flag = {f: get(f, zero) for f in ("cap", "allcap", "digit", "punct", "role",
                                                 "hon", "-1role")}
        self._no_word = (zero,) * 5  # the five word attributes of an unweighted word
        self._role_words, self._honorifics = role_words(), honorifics()
        self.rows: dict[str, int] = {}
        self.store: npt.NDArray[np.float64] = np.zeros((1024, 5, len(crf.labels)))
        self.low: list[str] = []
        # Per row: the word's shape, lexicon class ("unk" when unlisted) and name-list
        # letters, as `add_word` made them: other models read a row's parts from here
        # (`neural.CnnTagger`) instead of making them again.
        self.parts: list[tuple[str, str, str]] = []
        # Counts `trim`s: a reader that keeps something per row starts again when it moves.
        self.generation = 0
        # Per word: its id among the keys of weighted word bigrams (0: none, or a key
        # outside `crf.pair_words`, which never pairs).
        self.pair_id = np.zeros(1024, dtype=np.int64)
        self.code = np.zeros(1024, dtype=np.intp)
        # Finest-cluster bigram attributes as a table of `state` rows by cluster code;
        # code 0 is every cluster no weighted bigram holds.
        cl = sorted({c for x, y, _ in crf.cluster_pairs for c in (x, y)})
        self.codes = {c: k + 1 for k, c in enumerate(cl)}
        table = np.full((len(cl) + 1, len(cl) + 1), crf.zero, dtype=np.intp)
        for x, y, row in crf.cluster_pairs:
            table[self.codes[x], self.codes[y]] = row
        self.cl_table = table
        # Word bigram attributes by their two keys: ("w=a", "w=b") -> the row of
        # "-1|0w=a|w=b" (left) and of "0|+1w=a|w=b" (right). A tuple of the cached key
        # strings hashes at once, where the joined string is new each time.
        self.left_pairs = _pair_rows(crf.index, "-1|0", crf.attr_text)
        self.right_pairs = _pair_rows(crf.index, "0|+1", crf.attr_text)
        # Both tables as one: sorted codes (left id * width + right id) and per code the
        # left and the right row (`zero` where only the other table holds it), so that a
        # batch's bigrams are looked up in numpy at once, with one search for both.
        keys = dict.fromkeys(chain.from_iterable(chain(self.left_pairs, self.right_pairs)))
        ids = {k: n for n, k in enumerate(keys, 1)}
        self.pair_ids = ids
        self.pair_width = len(ids) + 1
        self.pair_table = _code_table(self.left_pairs, self.right_pairs, ids,
                                      self.pair_width, crf.zero)
        # What `add` gathered for `flush`: attribute rows, group starts, store rows.
        self._rows: list[int] = []
        self._at: list[int] = []
        self._pending: list[int] = []
        # Per pending word, four ints in a row: name-list length, gazetteer length, bigram
        # id, cluster code; written into their arrays at `flush` (a flat list converts to
        # an array several times faster than a list of tuples).
        self._meta: list[int] = []
        # Whether the words of two rows, as a name-list phrase "a b", open some listed
        # name (`open_pairs`), by left row * 2**32 + right row; emptied with the rows.
        self.pair_open: dict[int, bool] = {}

    def row(self, word: str, c: _Context) -> int:
        """The row of a new word, its sums written now."""
        r = self.add(word, c)
        self.flush()
        return r

    def _grow(self) -> None:
        """Double the per-word arrays (a new row would not fit): the same values as
        concatenating zeros, but the new half is left to `np.zeros`, whose memory the
        system hands over zeroed as it is first written (`zeros_like` wrote every zero
        and `concatenate` copied them again: 60 ms a doubling of a 16,384-row store on
        a loaded machine)."""
        self.store, self.pair_id, self.code, self.gaz_len, self.name_len = map(
            _doubled, (self.store, self.pair_id, self.code, self.gaz_len, self.name_len))

    def add(self, word: str, c: _Context) -> int:
        """The row of a new word, its sums written at the next `flush`: the attribute
        rows of all a batch's new words are gathered and summed in one numpy call (the
        same sums, row by row in the same order, as one call per word)."""
        r = len(self.rows)
        if r >= len(self.store) - 1:  # the last row stays zero: `PAD` reads it
            self._grow()
        crf = self.crf
        get, zero = crf.index.get, crf.zero
        # Five sums, none empty (reduceat would copy a row for an empty one): the word's
        # features, and its keys as left, second-left, right and second-right neighbour.
        rows = self._rows
        a0 = len(rows)
        a1 = a0 + len(c[0])
        a2 = a1 + len(c[2]) + len(c[3]) + len(c[9])
        a4 = a2 + 2 + len(c[5]) + len(c[6]) + len(c[10])
        self._at.extend((a0, a1, a2, a2 + 2, a4))
        rows.extend(map(get, (*c[0], *c[2], *c[3], *c[9], c[4], c[11], *c[5], *c[6], *c[10],
                              c[7], c[12]), repeat(zero)))
        self._pending.append(r)
        self.low.append(c[1])
        wf = c[0]  # "w=", "sh=", "lx=" or "nolx" first (`word_features`)
        self.parts.append((wf[1][3:], wf[2][3:] if wf[2] != "nolx" else "",
                           self.names.words.get(c[1], "") if self.names is not None else ""))
        self._meta += (c[14], self._gaz_first.get(c[1], 0),
                       self.pair_ids.get(c[0][0], 0) if c[0][0] in crf.pair_words else 0,
                       self.codes.get(c[13], 0))
        self.rows[word] = r
        return r

    def add_word(self, word: str) -> int:
        """`add(word, context)` for the shipped features without building the word's
        feature strings: the same attribute rows in the same order (see `word_features`
        and `Featurizer._context`), found through caches of the parts words share
        (shape and lexicon class, affixes, name-list letters, clusters)."""
        lexicon, clusters, names = self.lexicon, self.clusters, self.names
        assert lexicon is not None and clusters is not None and names is not None
        crf = self.crf
        r = len(self.rows)
        if r >= len(self.store) - 1:  # the last row stays zero: `PAD` reads it
            self._grow()
        low = word.lower()
        sh = shape(word)
        lx = lexicon.get(low, "unk")
        # Shape and lexicon class: own rows, "caplx", as left, as right (one probe).
        sl = self._parts.get((sh, lx))
        if sl is None:
            sl = self._parts[(sh, lx)] = self._shape_class(sh, lx)
        head, tail = low[:3], low[-4:]  # low[:2] is head[:2]; low[-3:] is tail[-3:], ...
        pre = self._prefix.get(head)
        if pre is None:
            get, zero = crf.index.get, crf.zero
            pre = self._prefix[head] = (get("p2=" + head[:2], zero), get("p3=" + head, zero))
        suf = self._suffix.get(tail)
        if suf is None:
            get, zero = crf.index.get, crf.zero
            suf = self._suffix[tail] = (get("s2=" + tail[-2:], zero),
                                        get("s3=" + tail[-3:], zero), get("s4=" + tail, zero))
        key = "w=" + low
        if low in crf.word_keys:
            get, zero = crf.index.get, crf.zero
            w_rows = (get(key, zero), get("-1" + key, zero), get("-2" + key, zero),
                      get("+1" + key, zero), get("+2" + key, zero))
        else:  # most new words: rare, with no weighted word attribute
            w_rows = self._no_word
        own = [w_rows[0], *sl[0], *pre, *suf]
        flag = self._flag
        cap = word[:1].isupper()
        if cap:
            own += (flag["cap"], sl[1])
            if len(word) > 1 and word.isupper():
                own.append(flag["allcap"])
        if not word.isalpha():
            if any(c.isdigit() for c in word):
                own.append(flag["digit"])
            if len(word) == 1 and not word.isalnum():
                own.append(flag["punct"])
        role = low in self._role_words
        if role:
            own.append(flag["role"])
        if low in self._honorifics:
            own.append(flag["hon"])
        letters = names.words.get(low, "")
        if letters:
            nr = self._name_rows.get(letters)
            if nr is None:
                get, zero = crf.index.get, crf.zero
                nr = self._name_rows[letters] = tuple(get("nw=" + c, zero) for c in letters)
            own += nr
        cl = clusters.get(low, NO_CLUSTER)
        clr = self._cl_rows.get(cl)
        if clr is None:
            get, zero = crf.index.get, crf.zero
            clr = self._cl_rows[cl] = (
                tuple(get(x, zero) for x in cl), get("cap" + cl[-1], zero),
                tuple(get("-1" + x, zero) for x in cl), get("-2" + cl[0], zero),
                tuple(get("+1" + x, zero) for x in cl), get("+2" + cl[0], zero),
                self.codes.get(cl[-1], 0))
        own += clr[0]
        if cap:
            own.append(clr[1])
        # The five groups (`add`) in one extend: own, as left, as second left, as right,
        # as second right.
        left = ((w_rows[1], *sl[2], flag["-1role"], *clr[2]) if role
                else (w_rows[1], *sl[2], *clr[2]))
        rows = self._rows
        a0 = len(rows)
        a1 = a0 + len(own)
        a2 = a1 + len(left)
        a4 = a2 + 5 + len(clr[4])  # second left (2), then w_rows[3], sl[3] (2), clr[4]
        rows += own
        rows += left
        rows += (w_rows[2], clr[3], w_rows[3], *sl[3], *clr[4], w_rows[4], clr[5])
        self._at += (a0, a1, a2, a2 + 2, a4)
        self._pending.append(r)
        self.low.append(low)
        self.parts.append((sh, lx, letters))
        # Every key of `pair_ids` is in `crf.pair_words`: one probe gives the bigram id.
        self._meta += (names._first.get(low, 0),  # names.first_len(low)
                       self._gaz_first.get(low, 0), self.pair_ids.get(key, 0), clr[6])
        self.rows[word] = r
        return r

    def _shape_class(self, sh: str, lx: str) -> tuple[tuple[int, int], int, tuple[int, int],
                                                       tuple[int, int]]:
        """Rows of a shape and a lexicon class: own ("sh=", "lx="), "caplx=", as left
        neighbour ("-1sh=", "-1lx="), as right ("+1sh=", "+1lx=")."""
        get, zero = self.crf.index.get, self.crf.zero
        return ((get("sh=" + sh, zero), get("lx=" + lx, zero)), get("caplx=" + lx, zero),
                (get("-1sh=" + sh, zero), get("-1lx=" + lx, zero)),
                (get("+1sh=" + sh, zero), get("+1lx=" + lx, zero)))

    def open_pairs(self, left: npt.NDArray[np.intp], right: npt.NDArray[np.intp],
                   names: NameLists) -> npt.NDArray[np.bool_]:
        """Per pair of rows, whether the phrase "<left word> <right word>" is a list
        name or the start of one (in `names.phrases` or `names.prefixes`): where
        `NameLists.longest` from the left word can find a name at all. Known pairs are
        read from `pair_open`; a new pair's phrase is built once."""
        known = self.pair_open
        if len(known) >= 4 * self.size:  # bounded memory on huge inputs
            known.clear()
        codes = (left.astype(np.int64) << 32) | right
        found = list(map(known.get, codes.tolist()))
        if None in found:
            low, phrases, prefixes = self.low, names.phrases, names.prefixes
            a, b, c = left.tolist(), right.tolist(), codes.tolist()
            for k, v in enumerate(found):
                if v is None:
                    key = low[a[k]] + " " + low[b[k]]
                    found[k] = known[c[k]] = key in phrases or key in prefixes
        return np.array(found, dtype=np.bool_)

    def trim(self) -> None:
        """Forget every word once the cache holds `size` words (bounded memory on huge
        inputs). Called between batches only: a batch's rows must stay valid while it is
        scored, so one batch may take the cache past `size`."""
        if len(self.rows) >= self.size:
            self.flush()
            self.rows.clear()
            self.pair_open.clear()
            self.low.clear()
            self.parts.clear()
            self.generation += 1

    def flush(self) -> None:
        """Write the sums of the words `add`ed since the last flush."""
        if not self._pending:
            return
        # `fromiter` with a dtype and `take` are several times faster than `np.array`
        # guessing the dtype and fancy indexing (the same values).
        rows = np.fromiter(self._rows, np.intp, len(self._rows))
        sums = np.add.reduceat(self.crf.state.take(rows, axis=0), self._at, axis=0)
        # The pending rows are consecutive (`add` numbers words in order, and `trim`
        # flushes before it starts again at 0): slices, not fancy indexing.
        a, b = self._pending[0], self._pending[-1] + 1
        self.store[a:b] = sums.reshape(b - a, 5, -1)
        meta = np.fromiter(self._meta, np.int64, len(self._meta)).reshape(-1, 4).T
        for arr, values in zip((self.name_len, self.gaz_len, self.pair_id, self.code), meta,
                               strict=True):
            arr[a:b] = values
        if self.dense is not None and self.vectors is not None:
            own, as_left, as_right = self.dense
            for r in self._pending:
                v = self.vectors.get(self.low[r])
                if v is not None:
                    self.store[r, 0] += v @ own
                    if as_left is not None and as_right is not None:
                        self.store[r, 1] += v @ as_left
                        self.store[r, 3] += v @ as_right
        self._rows, self._at, self._pending, self._meta = [], [], [], []



def _doubled(a: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """`a` with as many zero rows again after its own (what `np.concatenate([a,
    np.zeros_like(a)])` gives: the same shape, dtype and values)."""
    out = np.zeros((2 * len(a), *a.shape[1:]), dtype=a.dtype)
    out[: len(a)] = a
    return out


# Sorted bigram codes, and per code the row of its left and of its right attribute.
PairTable = tuple[npt.NDArray[np.int64], npt.NDArray[np.intp], npt.NDArray[np.intp]]


def _code_table(left: dict[tuple[str, str], int], right: dict[tuple[str, str], int],
                ids: dict[str, int], width: int, zero: int) -> PairTable:
    """Bigram rows by code (left id * width + right id): the codes of either table,
    sorted, with their left and right rows (`zero` for a bigram a table lacks)."""
    def codes_rows(pairs: dict[tuple[str, str], int]
                   ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.intp]]:
        n = len(pairs)
        a = np.fromiter(map(ids.__getitem__, map(itemgetter(0), pairs)), np.int64, n)
        b = np.fromiter(map(ids.__getitem__, map(itemgetter(1), pairs)), np.int64, n)
        return a * width + b, np.fromiter(pairs.values(), np.intp, n)

    (lc, lr), (rc, rr) = codes_rows(left), codes_rows(right)
    codes = np.unique(np.concatenate([lc, rc]))  # sorted; a code is one (a, b) pair
    out_left = np.full(len(codes), zero, dtype=np.intp)
    out_right = np.full(len(codes), zero, dtype=np.intp)
    out_left[np.searchsorted(codes, lc)] = lr
    out_right[np.searchsorted(codes, rc)] = rr
    return codes, out_left, out_right


def _table_rows(table: PairTable, q: npt.NDArray[np.int64], zero: int
                ) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Left and right rows of the bigram codes `q` in `table` (`zero` where a code is
    absent): one search for both."""
    codes, left, right = table
    if not len(codes):
        none = np.full(len(q), zero, dtype=np.intp)
        return none, none
    at = np.minimum(np.searchsorted(codes, q), len(codes) - 1)
    hit = codes.take(at) == q
    return np.where(hit, left.take(at), zero), np.where(hit, right.take(at), zero)


# Two padding tokens (see `Featurizer.scores_batch`): the per-word arrays' last row.
_PADS = (-1, -1)


Match = tuple[int, int, str]  # start, end (token indices), the gazetteer type or lists


@dataclass(slots=True)
class PhraseMatches:
    """What `Featurizer.scores_batch` found for a batch that the convolutional tagger
    reads too: the gazetteer and name-list phrase matches (`phrase_matches`, token
    indices over the batch's sentences end to end) and each token's row in the
    featurizer's word table `table` (its words' parts: `_WordVectors.parts`, `low`);
    `found` is False until then (the tagger then finds its own). The rows hold until the
    featurizer's next batch."""

    gaz: list[Match] = field(default_factory=list)
    names: list[Match] = field(default_factory=list)
    found: bool = False
    rows: npt.NDArray[np.intp] | None = None
    table: _WordVectors | None = None


def phrase_matches(words: Sequence[str], cand: npt.NDArray[np.intp],
                   sent_end: npt.NDArray[np.intp], gaz_len: npt.NDArray[np.intp],
                   name_len: npt.NDArray[np.intp], gaz: Gazetteer | None,
                   names: NameLists | None) -> tuple[list[Match], list[Match]]:
    """Gazetteer places and multi-word name-list names over lower-case `words` (sentences
    laid end to end, the one of token i ending before `sent_end` at i's candidate index),
    longest first, left to right, as `gazetteer_tags` and `NameLists.phrase_tags` find them
    per sentence; only the tokens `cand` that open some listed phrase are visited, each
    trying phrases up to its `gaz_len` / `name_len` words. Shared by the CRF's featurizer
    and the convolutional tagger."""
    lookup = gaz.lookup if gaz is not None else {}
    longest = names.longest if names is not None else None
    g_found: list[Match] = []
    n_found: list[Match] = []
    g_next = n_next = 0  # tokens before these are inside a match (or passed)
    for s, end, g, m in zip(cand.tolist(), sent_end.tolist(), gaz_len[cand].tolist(),
                            name_len[cand].tolist(), strict=True):
        if g and s >= g_next:
            for j in range(min(end, s + g), s, -1):
                place = lookup.get(" ".join(words[s:j]))
                if place is not None and not place.ambiguous:
                    g_found.append((s, j, place.type))
                    g_next = j
                    break
        if m and s >= n_next and longest is not None:
            hit = longest(words, s, min(end, s + m))
            if hit is not None:
                n_found.append((s, hit[0], hit[1]))
                n_next = hit[0]
    return g_found, n_found


def match_attributes(found: Sequence[Match], table: str) -> list[tuple[int, str]]:
    """Each token of `phrase_matches`' matches with its attribute ("gB-city", "gI-city"),
    in match order; the CRF's featurizer and the convolutional tagger both read them."""
    out: list[tuple[int, str]] = []
    for s, j, kind in found:
        out.append((s, f"{table}B-{kind}"))
        out.extend((t, f"{table}I-{kind}") for t in range(s + 1, j))
    return out


def _first_item(pair: tuple[int, str]) -> int:
    return pair[0]


class Featurizer:
    """Sentence features with an optional gazetteer, word lexicon and word clusters;
    caches words."""

    def __init__(self, gaz: Gazetteer | None = None, lexicon: dict[str, str] | None = None,
                 cache_size: int = WORD_CACHE, clusters: Clusters | None = None,
                 names: NameLists | None = None, shapes: str = "",
                 acronyms: dict[str, tuple[str, ...]] | None = None,
                 vectors: DenseVectors | None = None, vector_window: int = 0) -> None:
        self.gaz = gaz
        self.vectors = vectors
        self.vector_window = vector_window
        self.shapes = shapes
        self.acronyms = acronyms
        self.names = names
        self.lexicon = lexicon
        self.clusters = clusters
        self._cache: dict[str, tuple[str, ...]] = {}
        self._contexts: dict[str, _Context] = {}
        self._cache_size = cache_size
        self._wv: dict[int, _WordVectors] = {}  # per CRF (by id; checked on use)

    def words(self, tokens: Sequence[str]) -> list[tuple[str, ...]]:
        out = []
        cache_ = self._cache
        for t in tokens:
            f = cache_.get(t)
            if f is None:
                if len(cache_) >= self._cache_size:  # bounded memory on huge inputs
                    cache_.clear()
                f = cache_[t] = word_features(t, self.lexicon, self.clusters, self.names,
                                              self.shapes, self.acronyms)
            out.append(f)
        return out

    def _context(self, t: str) -> _Context:
        """Everything `sentence_features` builds from word `t` alone, built once."""
        wf = word_features(t, self.lexicon, self.clusters, self.names, self.shapes,
                           self.acronyms)
        key, sh = wf[0], wf[1]
        lx = wf[2] if wf[2] != "nolx" else ""
        left_extra = (("-1" + lx,) if lx else ()) + (("-1role",) if "role" in wf else ())
        right_extra = ("+1" + lx,) if lx else ()
        cl: tuple[str, ...] | None = None
        if self.clusters is not None:
            cl = self.clusters.get(t.lower(), NO_CLUSTER)
        c = cl if cl is not None else ("",)
        return (wf, key[2:], ("-1" + key, "-1" + sh), left_extra, "-2" + key,
                ("+1" + key, "+1" + sh), right_extra, "+2" + key, cl,
                tuple("-1" + x for x in c), tuple("+1" + x for x in c),
                "-2" + c[0], "+2" + c[0], c[-1],
                self.names.first_len(key[2:]) if self.names is not None else 0)

    def _vectors(self, crf: LinearCrf) -> _WordVectors:
        wv = self._wv.get(id(crf))
        if wv is None or wv.crf is not crf:
            if len(self._wv) >= 4:  # a handful of models at most (cased and blind)
                self._wv.clear()
            wv = self._wv[id(crf)] = _WordVectors(
                crf.load(), self._cache_size, lexicon=self.lexicon, clusters=self.clusters,
                names=self.names, gaz=self.gaz, vectors=self.vectors,
                window=self.vector_window)
        return wv

    def scores(self, tokens: Sequence[str], crf: LinearCrf) -> Matrix:
        """(n, L) state scores of `crf` for `tokens`: what `crf.emissions(self(tokens))`
        gives (see `scores_batch`)."""
        return self.scores_batch([tokens], crf)[0]

    def scores_batch(self, sentences: Sequence[Sequence[str]], crf: LinearCrf,
                     phrases: PhraseMatches | None = None) -> list[Matrix]:
        """Per sentence, the (n, L) state scores of `crf`: what `crf.emissions(self(s))`
        gives, but each word's own, neighbour and second-neighbour weights are summed once
        per distinct word and cached, and the sums run over all sentences at once.
        Without clusters (not the shipped features) it sums the feature strings.
        `phrases`, when given, receives the batch's phrase matches (the convolutional
        tagger reads the same ones)."""
        if self.clusters is None:
            return [crf.emissions(self(s)) for s in sentences]
        wv = self._vectors(crf)
        wv.trim()
        state, get, zero = crf.state, crf.index.get, crf.zero
        rows = wv.rows
        # Sentences end to end, with two PAD tokens before each and after the last: PAD
        # reads the per-word arrays' last row, always zero (`add` keeps it free), so a
        # token's neighbour sums are plain shifted slices over the whole batch, a
        # sentence's edges adding zeros from the pads where the fancy-indexed sums of
        # tokens with neighbours added nothing (the same values: x + 0.0 == x, up to
        # the sign of a zero).
        starts: list[int] = []  # per sentence, its first token among `ids`
        pstarts: list[int] = []  # ... and in the padded layout
        # The per-part rows of `add_word` know the shipped features only: with the shape
        # or acronym features a new word's rows come from its feature strings.
        fast = (self.lexicon is not None and self.names is not None and not self.shapes
                and self.acronyms is None)
        # All the batch's words looked up in one pass (a pass per sentence cost more than
        # its look-ups); new words are added in order of first sight, a repeated one once.
        words = list(chain.from_iterable(sentences))
        found = list(map(rows.get, words))
        if None in found:
            for i, r in enumerate(found):
                if r is None:
                    t = words[i]
                    r = rows.get(t)
                    if r is None:
                        r = wv.add_word(t) if fast else wv.add(t, self._context(t))
                    found[i] = r
        ids = cast(list[int], found)
        padded: list[int] = []
        at = 0
        for tokens in sentences:
            padded += _PADS
            starts.append(at)
            pstarts.append(len(padded))
            padded += ids[at : at + len(tokens)]
            at += len(tokens)
        padded += _PADS
        wv.flush()
        total = len(ids)
        ends = [*starts[1:], total]
        if total == 0:
            return [np.zeros((0, len(crf.labels))) for _ in sentences]
        pends = [p + b - a for p, a, b in zip(pstarts, starts, ends, strict=True)]
        idx_ids = np.fromiter(ids, np.intp, total)  # faster than np.array's dtype guess
        if phrases is not None:
            phrases.rows, phrases.table = idx_ids, wv
        extra_tok, extra_row = self._extras(wv, ids, idx_ids, starts, ends, get, zero, phrases)
        idx = np.fromiter(padded, np.intp, len(padded))
        # (P, 5, L): own, as left, as second left, as right, 2nd right (`take`: the rows
        # of fancy indexing, faster)
        v = wv.store.take(idx, axis=0)
        e = v[:, 0].copy()
        # Per token, in this order (as before the pads): its left neighbour's weights as
        # left, its right neighbour's as right, the cluster bigram with its left
        # neighbour, the word bigrams, second left, second right, BOS, EOS, extras.
        e[1:] += v[:-1, 1]
        e[:-1] += v[1:, 3]
        code = wv.code.take(idx)
        e[1:] += state.take(wv.cl_table[code[:-1], code[1:]], axis=0)
        pid = wv.pair_id.take(idx)
        both = np.flatnonzero((pid[:-1] > 0) & (pid[1:] > 0)) + 1
        if len(both):
            q = pid[both - 1] * wv.pair_width + pid[both]
            as_left, as_right = _table_rows(wv.pair_table, q, zero)
            e[both] += state.take(as_left, axis=0)
            e[both - 1] += state.take(as_right, axis=0)
        e[2:] += v[:-2, 2]
        e[:-2] += v[2:, 4]
        e[[a for a, b in zip(pstarts, pends, strict=True) if b > a]] += state[get("BOS", zero)]
        e[[b - 1 for a, b in zip(pstarts, pends, strict=True) if b > a]] += state[get("EOS", zero)]
        if extra_tok:
            # Token k of sentence i lies 2 * (i + 1) further on in the padded layout.
            tok = np.array(extra_tok, dtype=np.intp)
            sent = np.searchsorted(np.array(starts, dtype=np.intp), tok, side="right")
            np.add.at(e, tok + 2 * sent, state[extra_row])
        return [e[a:b] for a, b in zip(pstarts, pends, strict=True)]

    def _extras(self, wv: _WordVectors, ids: Sequence[int], idx: npt.NDArray[np.intp],
                starts: Sequence[int], ends: Sequence[int],
                get: Callable[[str, int], int], zero: int,
                phrases: PhraseMatches | None = None) -> tuple[list[int], list[int]]:
        """Tokens of a batch with gazetteer and name-list attributes ("gB-city",
        "nI-P"), and those attributes' rows: per token the gazetteer's first, as
        `gazetteer_tags` and `NameLists.phrase_tags` give them per sentence (longest
        match first, left to right), but only tokens that open some listed name are
        visited (found in numpy from per-word lengths)."""
        gl, nl = wv.gaz_len.take(idx), wv.name_len.take(idx)
        # A token opens a name-list name only if it and the next word of its sentence are
        # one (a name's first two words, `open_pairs`): `NameLists.longest` finds none
        # from the others (half of all tokens open some listed name, "di", "dan" among
        # them; a twentieth pass this), so their lengths are taken as 0.
        s_end = np.asarray(ends, dtype=np.intp)
        s_start = np.asarray(starts, dtype=np.intp)
        opens = np.flatnonzero(nl > 0)
        if len(opens) and self.names is not None:
            nxt = opens + 1
            inside = nxt < s_end[np.searchsorted(s_start, opens, side="right") - 1]
            ok = np.zeros(len(opens), dtype=np.bool_)
            if inside.any():
                ok[inside] = wv.open_pairs(idx[opens[inside]], idx[nxt[inside]], self.names)
            nl[opens[~ok]] = 0  # `nl` is a copy (`take`)
        cand = np.flatnonzero((gl > 0) | (nl > 0))
        if phrases is not None:
            phrases.found = True
        if not len(cand):
            return [], []
        words = list(map(wv.low.__getitem__, ids))  # the map runs in C
        sent_end = s_end[np.searchsorted(s_start, cand, side="right") - 1]
        g_found, n_found = phrase_matches(words, cand, sent_end, gl, nl, self.gaz, self.names)
        if phrases is not None:
            phrases.gaz, phrases.names = g_found, n_found
        # A token's gazetteer attribute before its name-list one (a stable sort).
        hits = match_attributes(g_found, "g") + match_attributes(n_found, "n")
        hits.sort(key=_first_item)
        return [k for k, _ in hits], [get(a, zero) for _, a in hits]

    def __call__(self, tokens: Sequence[str], pos: Sequence[str] | None = None
                 ) -> list[list[str]]:
        """`sentence_features` of `tokens` with this featurizer's resources: the same
        lists, feature for feature and in order, with each word's strings made once."""
        ctx = self._contexts
        cs: list[_Context] = []
        for t in tokens:
            c = ctx.get(t)
            if c is None:
                if len(ctx) >= self._cache_size:  # bounded memory on huge inputs
                    ctx.clear()
                c = ctx[t] = self._context(t)
            cs.append(c)
        n = len(cs)
        gz = gazetteer_tags(tokens, self.gaz)
        nt = None
        if self.names is not None:
            nt = self.names.phrase_tags([c[1] for c in cs], [c[14] for c in cs])
        has_cl = self.clusters is not None
        keys = [c[0][0] for c in cs]
        pairs = [keys[i] + "|" + keys[i + 1] for i in range(n - 1)]
        out: list[list[str]] = []
        fast = has_cl and pos is None
        for i in range(n):
            c = cs[i]
            if fast and 1 < i < n - 2:
                # Inner word with clusters (most tokens): the general branch below,
                # written as one list display.
                p, q, pp, qq = cs[i - 1], cs[i + 1], cs[i - 2], cs[i + 2]
                mid: tuple[str, ...] = ()
                if gz[i] or (nt is not None and nt[i]):
                    mid = tuple(x for x in (gz[i], nt[i] if nt is not None else "") if x)
                out.append([*c[0], *p[2], "-1|0" + pairs[i - 1], pp[4], *p[3],
                            *q[5], "0|+1" + pairs[i], *q[6], qq[7], *mid,
                            *p[9], *q[10], pp[11], qq[12], "-1|0" + p[13] + "|" + c[13]])
                continue
            f = list(c[0])
            if i == 0:
                f.append("BOS")
            else:
                p = cs[i - 1]
                f.extend(p[2])
                f.append("-1|0" + pairs[i - 1])
                if i > 1:
                    f.append(cs[i - 2][4])
                f.extend(p[3])
            if i == n - 1:
                f.append("EOS")
            else:
                q = cs[i + 1]
                f.extend(q[5])
                f.append("0|+1" + pairs[i])
                f.extend(q[6])
                if i < n - 2:
                    f.append(cs[i + 2][7])
            if gz[i]:
                f.append(gz[i])
            if nt is not None and nt[i]:
                f.append(nt[i])
            if has_cl:
                if i > 0:
                    f.extend(cs[i - 1][9])
                if i < n - 1:
                    f.extend(cs[i + 1][10])
                if i > 1:
                    f.append(cs[i - 2][11])
                if i < n - 2:
                    f.append(cs[i + 2][12])
                if i > 0:
                    f.append("-1|0" + cs[i - 1][13] + "|" + c[13])
            if pos is not None:
                f.append("pos=" + pos[i])
                if i > 0:
                    f.append("-1pos=" + pos[i - 1])
                if i < n - 1:
                    f.append("+1pos=" + pos[i + 1])
            out.append(f)
        return out


def sentence_features(tokens: Sequence[str], *, pos: Sequence[str] | None = None,
                      gaz: Gazetteer | None = None,
                      wf: Sequence[tuple[str, ...]] | None = None,
                      clusters: Sequence[tuple[str, ...]] | None = None,
                      names: NameLists | None = None) -> list[list[str]]:
    """CRF feature lists for one sentence (window of two words each side); `clusters`
    holds each token's cluster features (see `parse_clusters`)."""
    n = len(tokens)
    if wf is None:
        wf = [word_features(t) for t in tokens]
    keys = [f[0] for f in wf]
    shapes = [f[1] for f in wf]
    lxs = [w[2] if w[2] != "nolx" else "" for w in wf]
    gz = gazetteer_tags(tokens, gaz)
    nt = names.phrase_tags(keys_low(keys)) if names is not None else None
    out: list[list[str]] = []
    for i in range(n):
        f = list(wf[i])
        if i == 0:
            f.append("BOS")
        else:
            f.append("-1" + keys[i - 1])
            f.append("-1" + shapes[i - 1])
            f.append("-1|0" + keys[i - 1] + "|" + keys[i])
            if i > 1:
                f.append("-2" + keys[i - 2])
            if lxs[i - 1]:
                f.append("-1" + lxs[i - 1])
            if "role" in wf[i - 1]:
                f.append("-1role")
        if i == n - 1:
            f.append("EOS")
        else:
            f.append("+1" + keys[i + 1])
            f.append("+1" + shapes[i + 1])
            f.append("0|+1" + keys[i] + "|" + keys[i + 1])
            if lxs[i + 1]:
                f.append("+1" + lxs[i + 1])
            if i < n - 2:
                f.append("+2" + keys[i + 2])
        if gz[i]:
            f.append(gz[i])
        if nt is not None and nt[i]:
            f.append(nt[i])
        if clusters is not None:
            if i > 0:
                f.extend("-1" + c for c in clusters[i - 1])
            if i < n - 1:
                f.extend("+1" + c for c in clusters[i + 1])
            if i > 1:
                f.append("-2" + clusters[i - 2][0])
            if i < n - 2:
                f.append("+2" + clusters[i + 2][0])
            if i > 0:
                f.append("-1|0" + clusters[i - 1][-1] + "|" + clusters[i][-1])
        if pos is not None:
            f.append("pos=" + pos[i])
            if i > 0:
                f.append("-1pos=" + pos[i - 1])
            if i < n - 1:
                f.append("+1pos=" + pos[i + 1])
        out.append(f)
    return out


def keys_low(keys: Sequence[str]) -> list[str]:
    """Lower-case words from the "w=..." keys."""
    return [k[2:] for k in keys]


@cache
def load_lexicon() -> dict[str, str]:
    """The shipped word lexicon (`warta/models/lexicon.json`), cached."""
    import json
    from importlib import resources

    ref = resources.files("warta.models").joinpath("lexicon.json")
    if not ref.is_file():
        raise FileNotFoundError("warta/models/lexicon.json is missing: run `warta train lexicon`")
    data: dict[str, str] = json.loads(ref.read_text("utf-8"))
    return data


@cache
def load_clusters() -> Clusters:
    """The shipped word clusters (`warta/models/clusters.tsv`), cached."""
    from importlib import resources

    ref = resources.files("warta.models").joinpath("clusters.tsv")
    if not ref.is_file():
        raise FileNotFoundError("warta/models/clusters.tsv is missing: run "
                                "`warta train clusters`")
    return parse_clusters(ref.read_text("utf-8").splitlines())


# The shape features (`acronym_features` kinds) and dense vectors of the candidate on
# branch ner-ship (not shipped; see MODEL_CARD.md): the first VECTOR_DIMS components of
# a `write_vectors` file, times VECTOR_SCALE, own word only.
SHIPPED_SHAPES = "al"
VECTOR_DIMS = 50
VECTOR_SCALE = 5.0


def parse_acronyms(lines: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Acronym features by lower-case word, from `warta.train.acronyms` lines (acronym
    TAB head TAB lists TAB count): "acro", "acrohead=<head>", "acron=<list letter>"."""
    out: dict[str, tuple[str, ...]] = {}
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3 or not parts[0]:
            continue
        out[parts[0]] = ("acro", "acrohead=" + parts[1], *("acron=" + c for c in parts[2]))
    return out


def _model_file(name: str, command: str) -> str:
    from importlib import resources

    ref = resources.files("warta.models").joinpath(name)
    if not ref.is_file():
        raise FileNotFoundError(f"warta/models/{name} is missing: build it with "
                                f"warta.train.{command} (see MODEL_CARD.md)")
    return str(ref)


@cache
def load_acronyms() -> dict[str, tuple[str, ...]]:
    """The acronym table in `warta/models/acronyms.tsv` (`warta.train.acronyms`; not
    shipped), as features, cached."""
    with open(_model_file("acronyms.tsv", "acronyms"), encoding="utf-8") as fh:
        return parse_acronyms(fh)


@cache
def load_shipped_vectors() -> DenseVectors:
    """The word vectors in `warta/models/vectors.npz` (`write_vectors()`; not shipped),
    scaled, cached."""
    return load_word_vectors(_model_file("vectors.npz", "vectors"), VECTOR_DIMS,
                             VECTOR_SCALE)


def shipped_featurizer() -> Featurizer:
    """The features the shipped NER model reads: place gazetteer, lexicon, DBpedia name
    lists and word clusters (training and tagging build them here, so they agree)."""
    from .gazetteer import load_gazetteer
    from .names import load_names

    return Featurizer(load_gazetteer(), load_lexicon(), clusters=load_clusters(),
                      names=load_names())


def parse_clusters(lines: Iterable[str]) -> Clusters:
    """Cluster features from `clusters.tsv` lines: word TAB id TAB id ... (coarse to fine)."""
    out: Clusters = {}
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 2 or not parts[0]:
            continue
        out[parts[0]] = tuple(f"c{k}={v}" for k, v in enumerate(parts[1:]))
    return out

