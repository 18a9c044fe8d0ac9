"""The featurizer's cached fast path gives `sentence_features`' lists exactly."""

from __future__ import annotations

import random

from warta.ner.features import Featurizer, sentence_features, shipped_featurizer

SENTENCES = [
    "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Istana Merdeka , Jakarta .",
    "PT Pos Indonesia dan Bank Rakyat Indonesia ( BRI ) melaporkan laba Rp 10.000 miliar",
    "Soekarno Hatta",
    "ia",
    "Menurut KPK , Gubernur DKI Jakarta Anies Baswedan tidak hadir di Sulawesi Selatan .",
    "",
]


def _reference(feat: Featurizer, tokens: list[str], pos: list[str] | None) -> list[list[str]]:
    cls = None
    if feat.clusters is not None:
        cls = [feat.clusters.get(t.lower(), ("c=none",)) for t in tokens]
    return sentence_features(tokens, pos=pos, gaz=feat.gaz, wf=feat.words(tokens),
                             clusters=cls, names=feat.names)


def test_fast_features_equal_sentence_features() -> None:
    rnd = random.Random(7)
    words = [w for s in SENTENCES for w in s.split()]
    cases = [s.split() for s in SENTENCES]
    cases += [[rnd.choice(words) for _ in range(rnd.randint(1, 12))] for _ in range(50)]
    for feat in (shipped_featurizer(), Featurizer(), Featurizer(cache_size=3)):
        for tokens in cases:
            for toks in (tokens, [t.lower() for t in tokens]):
                pos = ["NN"] * len(toks)
                assert feat(toks) == _reference(feat, toks, None)
                assert feat(toks, pos) == _reference(feat, toks, pos)
