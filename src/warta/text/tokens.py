"""The token layer: spaCy's Indonesian tokenizer, run once per article.

The segment stage stores the result as `Article.tokens` (a `record.Tokens`); the other
stages slice it by sentence or span instead of tokenizing again. Training code uses the
same `tokenize`, so models see the tokens they are later given.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache, lru_cache
from itertools import accumulate, compress, islice, repeat
from operator import add
from pathlib import Path
from typing import Any, cast

from ..record import Article, Tokens
from .cache_files import checked_body, write_checked

__all__ = ["make_tokens", "tokenize", "tokens_of"]


class _Exceptions:
    """spaCy's Indonesian tokenizer exceptions, added to the tokenizer as texts need them.

    spaCy loads its 15,963 exceptions when it builds the tokenizer, which takes 1.8 to 3.3
    s of every process's start; 15,614 of them are hyphenated words ("anak-anak" stays one
    token). An exception can change the tokens of a text only when the text holds it once
    whitespace is taken out (spaCy matches them on whole chunks, on what remains of a chunk
    as affixes come off, and as runs of tokens that may stand apart), so before each text
    the hyphenated ones it holds are added, and the tokens are the same as with all of them
    loaded. The 349 others (whitespace, abbreviations, emoticons) load with the tokenizer.
    """

    def __init__(self, rules: Mapping[str, Any]) -> None:
        self.rules = rules
        self.added: set[str] = set()
        # Hyphenated exceptions by what stands before their first hyphen ("anak" for
        # "anak-anak"), so a text is searched from its hyphens only.
        self.by_head: dict[str, list[str]] = {}
        # Exceptions written in letters alone ("XD"): such a chunk goes to the tokenizer
        # (see `_chunk_spans`).
        alpha: set[str] = set()
        for key in rules:
            if "-" in key:
                self.by_head.setdefault(key[:key.index("-")], []).append(key)
            elif key.isalpha():
                alpha.add(key)
        self.alpha = frozenset(alpha)
        self.longest_head = max(map(len, self.by_head), default=0)
        # The exceptions written with a space inside ("Dr. med"): where a text may hold
        # one, its chunks there go to the tokenizer together (see `_spans`). spaCy joins
        # such an exception's tokens across chunks only where its first word ends a chunk
        # and the next chunk opens with its second word, so the text is searched for the
        # first word, whitespace and the second word's letters (a superset: "Dr. medis"
        # too). The first word alone ("Dr. Tedros", in one text in a hundred) sent texts
        # that hold none of them through the tokenizer whole, 5 to 20 ms more each. Per
        # first word, one pattern opening with it (a literal re can skip to), searched
        # only in a text that holds the word.
        seconds: dict[str, set[str]] = {}
        for key in rules:
            words = key.split()
            if len(words) > 1:
                seconds.setdefault(words[0], set()).add(re.escape(words[1].rstrip(".")))
        self.spaced = tuple((head, re.compile(re.escape(head) + r"\s+(?:"
                                              + "|".join(sorted(seconds[head])) + ")"))
                            for head in sorted(seconds))

    def eager(self) -> dict[str, Any]:
        """The exceptions the tokenizer is built with."""
        return {k: v for k, v in self.rules.items() if "-" not in k}

    def needed(self, text: str) -> list[str]:
        """Hyphenated exceptions `text` holds (whitespace taken out) not yet added."""
        if "-" not in text:  # one text in six: no copy without whitespace to make
            return []
        flat = "".join(text.split())
        out: set[str] = set()
        p = flat.find("-")
        while p >= 0:
            for o in range(min(p, self.longest_head) + 1):
                for key in self.by_head.get(flat[p - o:p], ()):
                    if key not in self.added and flat.startswith(key, p - o):
                        out.add(key)
            p = flat.find("-", p + 1)
        return sorted(out)


# The built tokenizer is kept in the user's cache folder: building it from spaCy's
# Indonesian data (importing its 15,963 exceptions, making the language) costs about 0.15 s
# of every cold process. The file's name holds spaCy's version and a hash of this module,
# so a new spaCy or a change here builds it afresh; without a writable cache folder (or
# with WARTA_CACHE=off) every process builds it, as before.
CACHE_ENV = "WARTA_CACHE"
_CACHE_PREFIX = "tokenizer-id-"


def cache_dir() -> Path | None:
    """Where warta keeps files it can rebuild: $WARTA_CACHE, else $XDG_CACHE_HOME/warta
    or ~/.cache/warta; None when $WARTA_CACHE is "off"."""
    env = os.environ.get(CACHE_ENV, "").strip()
    if env.lower() == "off":
        return None
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base).expanduser() if base else Path.home() / ".cache") / "warta"


def _cache_file() -> Path | None:
    from spacy.about import __version__ as spacy_version

    folder = cache_dir()
    if folder is None:
        return None
    digest = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return folder / f"{_CACHE_PREFIX}{spacy_version}-{digest}.bin"


@cache
def _tokenizer_class() -> type[Any]:
    """spaCy's tokenizer, adding exceptions without emptying its cache of chunks (one class
    per process: each rebuild past `MAX_LEXEMES` makes an instance, not a class)."""
    from spacy.tokenizer import Tokenizer

    class _Tokenizer(Tokenizer):  # type: ignore[misc]
        """spaCy empties the cache at each `add_special_case`; here no cached chunk can hold
        an exception added later (the chunk's text would have held it, and it would have
        been added then), so the cache stays, as with every exception loaded up front."""

        adding = False
        exceptions: _Exceptions
        chunks: dict[str, tuple[tuple[int, int], ...] | None]

        def _flush_cache(self) -> None:
            if not self.adding:
                super()._flush_cache()

        def add(self, keys: Sequence[str]) -> None:
            self.adding = True
            try:
                for key in keys:
                    self.add_special_case(key, self.exceptions.rules[key])
                    self.exceptions.added.add(key)
            finally:
                self.adding = False

    return _Tokenizer


def _build() -> tuple[bytes, Mapping[str, Any]]:
    """From spaCy's Indonesian data: the tokenizer (with the exceptions it loads up front)
    as bytes, and every exception."""
    from spacy.lang.id import Indonesian, IndonesianDefaults
    from spacy.lang.id.punctuation import TOKENIZER_PREFIXES  # type: ignore[attr-defined]
    from spacy.tokenizer import Tokenizer

    exceptions = _Exceptions(dict(IndonesianDefaults.tokenizer_exceptions))

    # The Indonesian prefixes include an HTML-tag pattern that costs half the tokenizer's
    # time; cleaned text holds no tags, and without it the tokens on IndoSum and Detik are
    # identical (checked on 400 articles) at about twice the speed. Set through the
    # defaults (assigning `prefix_search` afterwards reloads every special case).
    class _Defaults(IndonesianDefaults):
        prefixes = [p for p in TOKENIZER_PREFIXES if not p.startswith("<(")]
        tokenizer_exceptions: dict[str, Any] = {}

    class _Indonesian(Indonesian):  # type: ignore[no-untyped-call]
        Defaults = _Defaults

    base: Any = _Indonesian().tokenizer
    built = Tokenizer(base.vocab, rules=exceptions.eager(), prefix_search=base.prefix_search,
                      suffix_search=base.suffix_search, infix_finditer=base.infix_finditer,
                      token_match=base.token_match, url_match=base.url_match,
                      faster_heuristics=base.faster_heuristics)
    return built.to_bytes(exclude=["vocab"]), exceptions.rules


def _pack(tokenizer: bytes, rules: Mapping[str, Any]) -> bytes:
    """The cache file's body, msgpack (`cache_files.write_checked` puts its checksum before
    it). An exception that is its own single token (all of spaCy's hyphenated ones) is
    stored as its text only."""
    import srsly
    from spacy.symbols import ORTH

    plain = [k for k, v in rules.items() if v == [{ORTH: k}]]
    other = {k: v for k, v in rules.items() if v != [{ORTH: k}]}
    body: bytes = srsly.msgpack_dumps({"tokenizer": tokenizer, "plain": plain,
                                       "other": other})
    return body


class _Rules(Mapping[str, Any]):
    """Exceptions read back from the cache file: those that are their own single token
    are kept as their text, and their rule made when the tokenizer adds one."""

    def __init__(self, plain: Iterable[str], other: dict[str, Any]) -> None:
        from spacy.symbols import ORTH

        self.orth = ORTH
        self.plain = frozenset(plain)
        self.other = other

    def __getitem__(self, key: str) -> Any:
        if key in self.plain:
            return [{self.orth: key}]
        return self.other[key]

    def __iter__(self) -> Iterator[str]:
        yield from self.plain
        yield from self.other

    def __len__(self) -> int:
        return len(self.plain) + len(self.other)


def _unpack(data: bytes) -> tuple[bytes, Mapping[str, Any]] | None:
    """The cache file's bytes read back (`_pack` undone); None for a file cut short or
    damaged (its checksum differs)."""
    import srsly

    body = checked_body(data)
    if body is None:
        return None
    packed = srsly.msgpack_loads(body)
    return packed["tokenizer"], _Rules(packed["plain"], packed["other"])


# Cache files of other builds kept beside the new one: two installs of different versions
# (a checkout and a wheel, two virtual environments) share one cache folder, and removing
# every other file made each of them rebuild after the other ran.
_CACHE_KEEP = 4


def _load() -> tuple[bytes, Mapping[str, Any]]:
    """The tokenizer's bytes and exceptions, from the cache file or built (and cached)."""
    path = _cache_file()
    if path is not None:
        try:
            found = _unpack(path.read_bytes())
        except OSError:
            found = None
        if found is not None:
            return found
    tokenizer, rules = _build()
    if path is not None:
        # a folder that cannot be written (read-only home, full disk) is skipped: the next
        # process builds it again
        write_checked(path, _pack(tokenizer, rules), _CACHE_KEEP, _CACHE_PREFIX + "*.bin")
    return tokenizer, rules


@cache
def _nlp() -> tuple[Any, _Exceptions]:
    """The tokenizer (built from bytes, whether just built or read from the cache file, so
    every process gets the same one) and its exceptions."""
    from spacy.attrs import IS_SPACE
    from spacy.vocab import Vocab

    data, rules = _load()
    exceptions = _Exceptions(rules)
    # spaCy computes every lexical attribute (shape, stop word, like_num... about twenty
    # Python calls) for each word form it has not seen; only IS_SPACE is read here (the
    # tokens are the same whatever the getters), so that is the one it computes: about a
    # sixth of tokenizing fresh text.
    tokenizer = _tokenizer_class()(Vocab(lex_attr_getters={IS_SPACE: str.isspace}))
    tokenizer.from_bytes(data, exclude=["vocab"])
    tokenizer.exceptions = exceptions
    tokenizer.chunks = {}
    return tokenizer, exceptions


# The tokenizer changes as exceptions are added: one text at a time (API threads).
_LOCK = threading.Lock()


# spaCy keeps every word form it has seen (a lexeme in the vocabulary, about 400 bytes,
# and an entry in the tokenizer's cache) for the life of the process, so a server or a long
# ingest grows without bound. Past this many lexemes the tokenizer is built afresh (a
# second or so, every 15k-20k articles in benchmarks/bench_memory.py); same tokens.
MAX_LEXEMES = 300_000


# Whitespace-free chunks of text and their tokens, kept by the tokenizer (`_chunk_spans`);
# emptied when it holds more (about 10 MB).
MAX_CHUNKS = 100_000
_CHUNK = re.compile(r"\S+")
_NEW = ((-1, -1),)  # a chunk not in the store yet (no chunk's tokens look so)


@lru_cache(maxsize=8)
def _spans(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    tokenizer, exceptions = _nlp()
    with _LOCK:
        tokenizer.add(exceptions.needed(text))
        spans = _chunk_spans(tokenizer, text)
        windows = _spaced_windows(text, exceptions)
        if not windows:
            return spans
        # Where an exception written with a space ("Dr. med") may stand, a few chunks
        # around it go to the tokenizer together, as they would in the whole text (spaCy
        # joins such an exception's tokens across chunks; elsewhere each chunk's tokens
        # are its own). The whole text sent there made a long text that holds one cost
        # several times the chunk path (its chunks not read from the store).
        # to_array avoids a Python Token object per token.
        pieces = [(a, tokenizer(text[a:b]).to_array(["IDX", "LENGTH", "IS_SPACE"]))
                  for a, b in windows]
        if len(tokenizer.vocab) > MAX_LEXEMES:
            _nlp.cache_clear()  # the next call builds a fresh one; this one goes with its users
    return _splice(spans, windows, pieces)


# Chunks taken with a possible spaced exception's first word (`_spaced_windows`): one
# before it, and after it as many as the longest such exception has words ("Dr. rer. nat.").
_BEFORE, _AFTER = 1, 3


def _spaced_windows(text: str, exceptions: _Exceptions) -> list[tuple[int, int]]:
    """Stretches [a, b) of `text` that may hold an exception written with a space, each
    from a chunk's start to a chunk's end (so its chunks are the text's), overlaps merged."""
    found = sorted((_chunk_edge_back(text, m.start(), _BEFORE),
                    _chunk_edge_forward(text, m.start(), _AFTER))
                   for head, pattern in exceptions.spaced if head in text
                   for m in pattern.finditer(text))
    out: list[tuple[int, int]] = []
    for a, b in found:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _chunk_edge_back(text: str, p: int, n: int) -> int:
    """The start of the chunk holding text[p], or of the n-th chunk before it."""
    while True:
        while p > 0 and not text[p - 1].isspace():
            p -= 1
        if n == 0:
            return p
        n -= 1
        q = p
        while q > 0 and text[q - 1].isspace():
            q -= 1
        if q == 0:
            return p
        p = q - 1


def _chunk_edge_forward(text: str, p: int, n: int) -> int:
    """The end of the chunk holding text[p], or of the n-th chunk after it."""
    size = len(text)
    while True:
        while p < size and not text[p].isspace():
            p += 1
        if n == 0:
            return p
        n -= 1
        q = p
        while q < size and text[q].isspace():
            q += 1
        if q == size:
            return p
        p = q


def _splice(spans: tuple[tuple[int, ...], tuple[int, ...]], windows: list[tuple[int, int]],
            pieces: list[tuple[int, Any]]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Token spans `spans` with those starting in each window replaced by the window's
    own tokens (`pieces`: its offset and spaCy's IDX, LENGTH, IS_SPACE array)."""
    starts, ends = spans
    out_s: list[int] = []
    out_e: list[int] = []
    prev = 0
    for (a, b), (_, arr) in zip(windows, pieces, strict=True):
        i, j = bisect_left(starts, a, prev), bisect_left(starts, b, prev)
        out_s += starts[prev:i]
        out_e += ends[prev:i]
        kept = arr[arr[:, 2] == 0]
        idx = kept[:, 0] + a
        out_s += idx.tolist()
        out_e += (idx + kept[:, 1]).tolist()
        prev = j
    out_s += starts[prev:]
    out_e += ends[prev:]
    return tuple(out_s), tuple(out_e)


def _chunk_spans(tokenizer: Any, text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """`_spans` of a text, chunk by chunk (as if it held no exception written with a
    space: `_spans` redoes the stretches that may hold one).

    spaCy splits a text at whitespace into chunks and tokenizes each on its own (an
    exception can join tokens across a space only when written with one), and it keeps
    the tokens of at most 10,000 chunks, none after an article's first exception
    ("anak-anak", "Jl."): most chunks went through its affix rules again. Here every chunk
    seen is kept (`MAX_CHUNKS`): a text's new chunks are tokenized together, one a line,
    and the others read back, at about half the time per article; same tokens.
    """
    chunks = tokenizer.chunks
    words, offsets = _chunks_at(text)
    # Each chunk's tokens, looked up once (`_NEW`: not seen yet, filled in below).
    rel = list(map(chunks.get, words, repeat(_NEW)))
    missing = _NEW in rel
    new = (list(dict.fromkeys(w for w, r in zip(words, rel, strict=True) if r is _NEW))
           if missing else [])
    if new:
        if len(chunks) + len(new) > MAX_CHUNKS:
            chunks.clear()
            new = list(dict.fromkeys(words))
        # A chunk of letters alone (two thirds of new chunks) is one token: spaCy splits
        # a chunk only at an exception, a prefix, a suffix or an infix, and no suffix or
        # infix pattern matches letters alone (they need punctuation, a hyphen or a digit
        # before); exceptions and prefixes ("Rp", "USD") are checked here as spaCy checks
        # them. Such chunks skip the tokenizer (its Doc and lexemes); same tokens
        # (checked on all 131,756 letters of Unicode in six forms, none split; a seventh
        # of them in tests/text/test_tokens.py). Letters and a comma (the next most
        # common) are those letters and the comma (checked likewise in three forms).
        #   Letters and one other mark that the suffix rules take off alone ("kata.",
        # "dia?", a fifth of the new chunks left) are those letters and the mark: spaCy
        # takes off the one suffix the rules find (the leftmost match; here the last
        # character), and the letters left are one token as above (with no token_match
        # rule, which could keep the chunk whole; checked on the corpora and in
        # tests/text/test_tokens.py).
        alpha, prefix = tokenizer.exceptions.alpha, tokenizer.prefix_search
        suffix = tokenizer.suffix_search if tokenizer.token_match is None else None
        rules = tokenizer.exceptions.rules
        hard: list[str] = []
        for c in new:
            if c.isalpha() and c not in alpha and prefix(c) is None:
                chunks[c] = None
            elif c[:-1].isalpha() and c[:-1] not in alpha and c not in rules \
                    and prefix(c) is None and (c[-1] == "," or _one_suffix(c, prefix, suffix)):
                chunks[c] = ((0, len(c) - 1), (len(c) - 1, len(c)))
            else:
                hard.append(c)
        new = hard
    if new:
        arr = tokenizer("\n".join(new)).to_array(["IDX", "LENGTH", "IS_SPACE"])
        kept = arr[arr[:, 2] == 0]
        idx, size = kept[:, 0].tolist(), kept[:, 1].tolist()
        k, at = 0, 0
        for chunk in new:
            end = at + len(chunk)
            toks = []
            while k < len(idx) and idx[k] < end:
                toks.append((idx[k] - at, idx[k] - at + size[k]))
                k += 1
            # None for the usual chunk that is one token
            chunks[chunk] = None if toks == [(0, len(chunk))] else tuple(toks)
            at = end + 1
    if len(tokenizer.vocab) > MAX_LEXEMES:
        _nlp.cache_clear()
    if missing:
        rel = [chunks[w] if r is _NEW else r for w, r in zip(words, rel, strict=True)]
    return _expand(words, offsets, rel)


# Whitespace runs, kept by `split` between the chunks (`_chunks_at`).
_GAPS = re.compile(r"(\s+)")


def _chunks_at(text: str) -> tuple[list[str], list[int]]:
    """The whitespace-free chunks of `text` (`_CHUNK.findall`) and their offsets.

    Line by line: in a line with no character `isprintable` rejects, the one whitespace
    is " " (every other whitespace character is a control or separator), so `str.split`
    at spaces and running sums of the pieces' lengths give the chunks and offsets in C,
    several times faster than a regex scan; other lines are split at whitespace runs (`_GAPS`)."""
    words: list[str] = []
    offsets: list[int] = []
    at = 0
    for line in text.split("\n"):
        if line.isprintable():
            pieces = line.split(" ")  # chunk, chunk, ... ("" between two spaces)
            starts = accumulate(map(add, map(len, pieces), repeat(1)), initial=at)
            words += filter(None, pieces)
            offsets += compress(starts, pieces)
        else:
            parts = _GAPS.split(line)  # chunk, gap, chunk, ... (the end ones may be "")
            starts = accumulate(map(len, parts), initial=at)
            chunks = parts[0::2]
            words += filter(None, chunks)
            offsets += compress(islice(starts, 0, None, 2), chunks)
        at += len(line) + 1
    return words, offsets


def _expand(words: Sequence[str], at: Sequence[int],
            rel: Sequence[tuple[tuple[int, int], ...] | None]
            ) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Token starts and ends of chunks `words` at offsets `at`, each one token (`rel`
    None) or its tokens' offsets within it. The one-token chunks, nine in ten, are copied
    by the slice between the others."""
    ends = list(map(add, at, map(len, words)))
    split = [k for k, r in enumerate(rel) if r is not None]
    if not split:
        return tuple(at), tuple(ends)
    starts_out: list[int] = []
    ends_out: list[int] = []
    prev = 0
    for k in split:
        starts_out += at[prev:k]
        ends_out += ends[prev:k]
        a0 = at[k]
        for a, b in cast(tuple[tuple[int, int], ...], rel[k]):
            starts_out.append(a0 + a)
            ends_out.append(a0 + b)
        prev = k + 1
    starts_out += at[prev:]
    ends_out += ends[prev:]
    return tuple(starts_out), tuple(ends_out)


def _one_suffix(chunk: str, prefix: Any, suffix: Any) -> bool:
    """Whether spaCy's affix rules take the last character of `chunk` (letters and one
    mark, no prefix) off alone, and leave letters without a prefix."""
    if suffix is None or chunk.isalpha() or prefix(chunk[:-1]) is not None:
        return False
    m = suffix(chunk)
    return m is not None and m.start() == len(chunk) - 1


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token character spans from spaCy's Indonesian tokenizer (whitespace dropped)."""
    starts, ends = _spans(text)
    return list(zip(starts, ends, strict=True))


def make_tokens(text: str) -> Tokens:
    """The token layer of `text`."""
    starts, ends = _spans(text)
    return Tokens(starts=starts, ends=ends)


def tokens_of(article: Article) -> Tokens:
    """`article.tokens`, or the tokens made afresh when the record has none (one read
    back from JSON, or built by hand without the segment stage)."""
    return article.tokens if article.tokens is not None else make_tokens(article.text)
