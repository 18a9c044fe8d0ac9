"""DBpedia name-list features (warta.ner.names) and their builder."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from warta.ner.features import Featurizer
from warta.ner.names import NameLists, load_names, opening_words, pack, phrase_prefixes


def test_phrase_and_word_features() -> None:
    names = NameLists({"pos indonesia": "O", "soekarno - hatta": "LP"},
                      {"pdip": "O", "soekarno": "Pp", "pos": "l"})
    assert names.word_features("pdip") == ["nw=O"]
    assert names.word_features("makan") == []
    low = ["pt", "pos", "indonesia", "di", "soekarno", "-", "hatta"]
    assert names.phrase_tags(low) == ["", "nB-O", "nI-O", "", "nB-LP", "nI-LP", "nI-LP"]
    feats = Featurizer(names=names)(["PT", "Pos", "Indonesia"])
    assert "nB-O" in feats[1] and "nI-O" in feats[2] and "nw=l" in feats[1]


def test_shipped_names_load() -> None:
    names = load_names()
    assert "O" in names.word_features("pdip")[0]
    assert len(names.phrases) > 100_000
    # The packed file's opening words are the ones the phrases give.
    assert names.first_len("soekarno") > 1 and names._first == opening_words(names.phrases)
    assert names.prefixes == phrase_prefixes(names.phrases)


def test_packed_names_load_as_the_plain_layout() -> None:
    plain = {"version": 1,
             "phrases": {"pos indonesia": "O", "soekarno - hatta": "LP", "pos kota lama": "L",
                         "bank rakyat indonesia": "O"},
             "words": {"pdip": "O", "soekarno": "Pp", "pos": "l", "bank": "o"}}
    packed = json.loads(json.dumps(pack(plain)))
    assert packed["version"] == 2
    assert packed["phrases"]["O"] == "pos indonesia\nbank rakyat indonesia"
    assert packed["prefixes"] == "bank rakyat\npos kota\nsoekarno -"
    a, b = NameLists.from_json(plain), NameLists.from_json(packed)
    assert (a.phrases, a.words, a._first, a.prefixes) == (b.phrases, b.words, b._first,
                                                          b.prefixes)
    assert b.first_len("pos") == 3 and b.first_len("indonesia") == 0
    low = ["di", "pos", "kota", "lama", "dan", "bank", "rakyat", "indonesia"]
    assert a.phrase_tags(low) == b.phrase_tags(low)


def test_phrase_prefixes() -> None:
    assert phrase_prefixes(["a b c d", "a b x", "b", "c d", "e  f g"]) == {
        "a b", "a b c", "e ", "e  f"}


def test_pack_refuses_a_key_it_could_not_read_back() -> None:
    with pytest.raises(ValueError, match="line break"):
        pack({"phrases": {"a\nb": "O"}, "words": {}})


@pytest.mark.shared
def test_build_names_from_shared(shared_data: Path, tmp_path: Path) -> None:
    from warta.train.names import write_names

    path = write_names(tmp_path / "n.json.gz")
    data = json.loads(gzip.decompress(path.read_bytes()))
    assert data["version"] == 2 and "pdip" in NameLists.from_json(data).words
    # Deterministic bytes: the shipped file is what the builder writes.
    assert path.read_bytes() == write_names(tmp_path / "m.json.gz").read_bytes()


def _phrase_tags_reference(names: NameLists, low: list[str]) -> list[str]:
    """The plain left-to-right scan: longest list name at each token, else move on."""
    n, tags, i = len(low), [""] * len(low), 0
    while i < n:
        hit, kinds = 0, ""
        for j in range(min(n, i + names.first_len(low[i])), i + 1, -1):
            k = names.phrases.get(" ".join(low[i:j]))
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


def test_phrase_tags_equal_the_plain_scan() -> None:
    import random

    names = NameLists({"a b": "P", "a b c": "O", "b c": "L", "c a b c d": "PL", "d d": "O",
                       "e d e d d e": "L", "e d  a": "O", "b c d e": "P"}, {})
    rnd = random.Random(5)
    for _ in range(500):
        low = [rnd.choice("abcde") for _ in range(rnd.randint(0, 12))]
        want = _phrase_tags_reference(names, low)
        assert names.phrase_tags(low) == want
        assert names.phrase_tags(low, [names.first_len(w) for w in low]) == want
