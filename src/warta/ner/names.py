"""Name lists as NER features: which words and phrases Indonesian DBpedia knows as people,
organisations and places.

Built by `warta.train.names` from ../shared/data/gazetteers/dbpedia-id-mdee (CC BY-SA 3.0,
see MODEL_CARD.md) and shipped as `models/names.json.gz`:
    {"version": 1,
     "phrases": {"pos indonesia": "O", "soekarno hatta": "LP", ...},
     "words": {"pdip": "o", "sulawesi": "lL", ...}}
A phrase's letters say which lists hold it whole (P person, O organisation, L place);
a word's letters say which lists use it inside a longer name (lower case: p, o, l) or
as a name of its own (upper case), so an unseen name still reads as "made of person
words". Lookups are case-blind; the tagger's own case features carry the case.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources

MAX_PHRASE = 6  # longer list entries are dropped at build time


class NameLists:
    """Case-blind phrase and word look-ups of the DBpedia name lists."""

    def __init__(self, phrases: Mapping[str, str], words: Mapping[str, str]) -> None:
        self.phrases = dict(phrases)
        self.words = dict(words)
        first: dict[str, int] = {}
        for key in self.phrases:
            parts = key.split(" ")
            if len(parts) > 1:
                first[parts[0]] = max(first.get(parts[0], 0), len(parts))
        self._first = first

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> NameLists:
        phrases, words = data["phrases"], data["words"]
        assert isinstance(phrases, dict) and isinstance(words, dict)
        return cls(phrases, words)

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
        phrases = self.phrases
        i = 0  # tokens before i are tagged or passed
        # Only tokens that open some list name can start a match.
        for s, maxlen in enumerate(first_lens):
            if not maxlen or s < i:
                continue
            for j in range(min(n, s + maxlen), s + 1, -1):
                k = phrases.get(" ".join(low[s:j]))
                if k is not None:
                    tags[s] = "nB-" + k
                    for t in range(s + 1, j):
                        tags[t] = "nI-" + k
                    i = j
                    break
        return tags


@cache
def load_names() -> NameLists:
    """The shipped name lists (`warta/models/names.json.gz`), cached."""
    ref = resources.files("warta.models").joinpath("names.json.gz")
    if not ref.is_file():
        raise FileNotFoundError("warta/models/names.json.gz is missing: run "
                                "`warta train names`")
    return NameLists.from_json(json.loads(gzip.decompress(ref.read_bytes()).decode("utf-8")))
