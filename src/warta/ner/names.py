"""Name lists as NER features: which words and phrases Indonesian DBpedia knows as people,
organisations and places.

Built by `warta.train.names` from ../shared/data/gazetteers/dbpedia-id-mdee (CC BY-SA 3.0,
see MODEL_CARD.md) as
    {"version": 1,
     "phrases": {"pos indonesia": "O", "soekarno hatta": "LP", ...},
     "words": {"pdip": "o", "sulawesi": "lL", ...}}
A phrase's letters say which lists hold it whole (P person, O organisation, L place);
a word's letters say which lists use it inside a longer name (lower case: p, o, l) or
as a name of its own (upper case), so an unseen name still reads as "made of person
words". Lookups are case-blind; the tagger's own case features carry the case.

`models/names.json.gz` ships the same lists packed (`pack`, version 2): the keys of each
letter set joined by newlines, plus each opening word's longest name,
    {"version": 2, "phrases": {"O": "pos indonesia\n...", "LP": "soekarno hatta\n..."},
     "words": {"o": "pdip\n...", ...}, "first": {"2": "pos\nsoekarno\n...", ...}}
so loading splits a few long strings instead of decoding 200,000 JSON members and
splitting every phrase again (0.38 -> 0.03 s of every process that tags). It also holds
"prefixes", every proper prefix of two or more words of a phrase ("bank rakyat" of "bank
rakyat indonesia"), one a line: a match then grows word by word and stops at the first
prefix no phrase goes on from, one dictionary probe per word instead of one per
candidate length (`NameLists.longest`). A file without them has them worked out at load.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from functools import cache
from importlib import resources
from typing import TypeVar

MAX_PHRASE = 6  # longer list entries are dropped at build time

T = TypeVar("T")


class NameLists:
    """Case-blind phrase and word look-ups of the DBpedia name lists."""

    def __init__(self, phrases: Mapping[str, str], words: Mapping[str, str],
                 first: Mapping[str, int] | None = None,
                 prefixes: Collection[str] | None = None) -> None:
        """`first` is `opening_words(phrases)` and `prefixes` `phrase_prefixes(phrases)`
        when the caller has them (a packed file)."""
        self.phrases = dict(phrases)
        self.words = dict(words)
        self._first = dict(first) if first is not None else opening_words(self.phrases)
        self.prefixes = (frozenset(prefixes) if prefixes is not None
                         else phrase_prefixes(self.phrases))

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> NameLists:
        """From the JSON of either layout: plain (version 1) or `pack`ed (version 2)."""
        phrases, words = data["phrases"], data["words"]
        assert isinstance(phrases, dict) and isinstance(words, dict)
        if data.get("version") != 2:
            return cls(phrases, words)
        first, prefixes = data["first"], data.get("prefixes")
        assert isinstance(first, dict) and (prefixes is None or isinstance(prefixes, str))
        return cls(_unpack(phrases, str), _unpack(words, str), _unpack(first, int),
                   prefixes.split("\n") if prefixes else None)

    def word_features(self, low: str) -> list[str]:
        """Features of one lower-case word: "nw=o", "nw=P", ... (empty when unlisted)."""
        flags = self.words.get(low, "")
        return ["nw=" + c for c in flags]

    def first_len(self, low: str) -> int:
        """Words in the longest multi-word list name that opens with `low` (0: none)."""
        return self._first.get(low, 0)

    def phrase_tags(self, low: Sequence[str], first_lens: Sequence[int] | None = None
                    ) -> list[str]:
        """Per token: "" or "nB-<lists>"/"nI-<lists>" for the longest multi-word list
        names over the (lower-case) tokens, left to right; `first_lens` holds each
        token's `first_len` when the caller has it at hand."""
        n = len(low)
        tags = [""] * n
        if first_lens is None:
            first = self._first
            first_lens = [first.get(w, 0) for w in low]
        i = 0  # tokens before i are tagged or passed
        # Only tokens that open some list name can start a match.
        for s, maxlen in enumerate(first_lens):
            if not maxlen or s < i:
                continue
            hit = self.longest(low, s, min(n, s + maxlen))
            if hit is not None:
                j, k = hit
                tags[s] = "nB-" + k
                for t in range(s + 1, j):
                    tags[t] = "nI-" + k
                i = j
        return tags

    def longest(self, low: Sequence[str], s: int, stop: int) -> tuple[int, str] | None:
        """The longest multi-word list name `low[s:j]` with j <= stop, as (j, its
        letters), or None: the phrase `" ".join(low[s:j])` grown a word at a time while
        it is a prefix of some name (the same as trying every j from `stop` down)."""
        phrases, prefixes = self.phrases, self.prefixes
        key = low[s]
        best: tuple[int, str] | None = None
        for j in range(s + 1, stop):
            key = key + " " + low[j]
            k = phrases.get(key)
            if k is not None:
                best = (j + 1, k)
            if key not in prefixes:
                break
        return best


def opening_words(phrases: Mapping[str, str]) -> dict[str, int]:
    """Each multi-word phrase's first word -> words in its longest phrase."""
    first: dict[str, int] = {}
    for key in phrases:
        parts = key.split(" ")
        if len(parts) > 1:
            first[parts[0]] = max(first.get(parts[0], 0), len(parts))
    return first


def phrase_prefixes(phrases: Iterable[str]) -> frozenset[str]:
    """Every proper prefix of two or more words of each phrase ("a b" and "a b c" of
    "a b c d"), cut at each space."""
    out: set[str] = set()
    for key in phrases:
        a = key.rfind(" ")
        while a > 0:
            key = key[:a]
            if " " not in key or key in out:  # one word, or its prefixes are in already
                break
            out.add(key)
            a = key.rfind(" ")
    return frozenset(out)


def pack(data: Mapping[str, object]) -> dict[str, object]:
    """Name lists given as {"phrases": {key: letters}, "words": {key: letters}} in the
    shipped layout (version 2, see the module docstring); `from_json` reads it back."""
    phrases, words = data["phrases"], data["words"]
    assert isinstance(phrases, dict) and isinstance(words, dict)
    first = {k: str(n) for k, n in opening_words(phrases).items()}
    return {"version": 2, "phrases": _group(phrases), "words": _group(words),
            "first": _group(first), "prefixes": "\n".join(sorted(phrase_prefixes(phrases)))}


def _group(flat: Mapping[str, str]) -> dict[str, str]:
    """{key: value} -> {value: keys in order, joined by newlines}."""
    groups: dict[str, list[str]] = {}
    for key, value in flat.items():
        if not key or "\n" in key:
            raise ValueError(f"name list key {key!r} cannot be packed: empty or holds a "
                             "line break")
        groups.setdefault(value, []).append(key)
    return {v: "\n".join(keys) for v, keys in sorted(groups.items())}


def _unpack(groups: Mapping[str, object], value: Callable[[str], T]) -> dict[str, T]:
    """`_group` undone, each value read by `value`."""
    out: dict[str, T] = {}
    for v, keys in groups.items():
        assert isinstance(keys, str)
        out.update(dict.fromkeys(keys.split("\n"), value(v)))
    return out


@cache
def load_names() -> NameLists:
    """The shipped name lists (`warta/models/names.json.gz`), cached."""
    ref = resources.files("warta.models").joinpath("names.json.gz")
    if not ref.is_file():
        raise FileNotFoundError("warta/models/names.json.gz is missing: run "
                                "`warta train names`")
    return NameLists.from_json(json.loads(gzip.decompress(ref.read_bytes()).decode("utf-8")))
