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

    def phrase_tags(self, low: Sequence[str]) -> list[str]:
        """Per token: "" or "nB-<lists>"/"nI-<lists>" for the longest multi-word list
        names over the (lower-case) tokens, left to right."""
        n = len(low)
        tags = [""] * n
        first = self._first
        phrases = self.phrases
        i = 0
        while i < n:
            maxlen = first.get(low[i], 0)
            hit = 0
            kinds = ""
            for j in range(min(n, i + maxlen), i + 1, -1):
                k = phrases.get(" ".join(low[i:j]))
                if k is not None:
                    hit, kinds = j, k
                    break
            if hit:
                tags[i] = "nB-" + kinds
                for t in range(i + 1, hit):
                    tags[t] = "nI-" + kinds
                i = hit
            else:
                i += 1
        return tags


@cache
def load_names() -> NameLists:
    """The shipped name lists (`warta/models/names.json.gz`), cached."""
    ref = resources.files("warta.models").joinpath("names.json.gz")
    if not ref.is_file():
        raise FileNotFoundError("warta/models/names.json.gz is missing: run "
                                "`warta train names`")
    return NameLists.from_json(json.loads(gzip.decompress(ref.read_bytes()).decode("utf-8")))
