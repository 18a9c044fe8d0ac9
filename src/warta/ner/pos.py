"""Part-of-speech tags (kumparan tagset: NN, NNP, VB, ...) from the shipped CRF.

Not used by the entities stage (the POS feature did not pay for its time, see
`models/MODEL_CARD.md`); here for stages and users that want tags.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path

from .crf import CrfModel
from .features import Featurizer


@cache
def _pos() -> tuple[CrfModel, Featurizer]:
    path = Path(str(resources.files("warta.models"))) / "pos.crfsuite"
    return CrfModel(path), Featurizer()


def pos_tags(words: Sequence[str]) -> list[str]:
    """One tag per word, e.g. ["NNP", "VB", "IN", "NNP"] for "Jokowi tiba di Bali"."""
    model, feat = _pos()
    return model.tag(feat(words))
