"""Token features for the CRF taggers (POS and NER). Training and tagging share them.

Word-level features are cached per distinct word, so a long text costs one dictionary
look-up per repeated word; context features are the neighbours' word-level keys.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from ..lang.id import load
from ..lang.schema import RolesData
from .gazetteer import Gazetteer
from .names import NameLists

_SHAPE_SUBS = ((re.compile(r"[A-Z]"), "X"), (re.compile(r"[a-z]"), "x"),
               (re.compile(r"[0-9]"), "d"))
_RUNS = re.compile(r"(.)\1{2,}")

# A word's cluster features: one string per granularity, coarse to fine ("c0=8", ...).
Clusters = dict[str, tuple[str, ...]]
NO_CLUSTER: tuple[str, ...] = ("c=none",)


@lru_cache(maxsize=200_000)
def shape(word: str) -> str:
    """Compressed word shape: "Zelenskyy" -> "Xxx", "10.000" -> "dd.ddd"."""
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
                  clusters: Clusters | None = None, names: NameLists | None = None
                  ) -> tuple[str, ...]:
    """Features of a word alone; the first is always its lower-case key."""
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
    return tuple(f)


def gazetteer_tags(tokens: Sequence[str], gaz: Gazetteer | None) -> list[str]:
    """Per token: "" or "gB-<type>"/"gI-<type>" from the gazetteer's matches (case-blind)."""
    tags = [""] * len(tokens)
    if gaz is None:
        return tags
    for m in gaz.match(tokens, cased=False):
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


class Featurizer:
    """Sentence features with an optional gazetteer, word lexicon and word clusters;
    caches words."""

    def __init__(self, gaz: Gazetteer | None = None, lexicon: dict[str, str] | None = None,
                 cache_size: int = 200_000, clusters: Clusters | None = None,
                 names: NameLists | None = None) -> None:
        self.gaz = gaz
        self.names = names
        self.lexicon = lexicon
        self.clusters = clusters
        self._cache: dict[str, tuple[str, ...]] = {}
        self._contexts: dict[str, _Context] = {}
        self._cache_size = cache_size

    def words(self, tokens: Sequence[str]) -> list[tuple[str, ...]]:
        out = []
        cache_ = self._cache
        for t in tokens:
            f = cache_.get(t)
            if f is None:
                if len(cache_) >= self._cache_size:  # bounded memory on huge inputs
                    cache_.clear()
                f = cache_[t] = word_features(t, self.lexicon, self.clusters, self.names)
            out.append(f)
        return out

    def _context(self, t: str) -> _Context:
        """Everything `sentence_features` builds from word `t` alone, built once."""
        wf = word_features(t, self.lexicon, self.clusters, self.names)
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

