"""NER floor: the cheapest full evaluation (NERGrit train -> test, ~10-20 s) meets its floor.

The other sets (NER-UGM folds, idner-news-2k, NERP) run in `python eval/ner_eval.py`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.shared
def test_nergrit_floor(shared_data: Path, load_eval: Callable[[str], ModuleType]) -> None:
    floors = tomllib.loads((REPO / "eval" / "floors" / "ner.toml").read_text("utf-8"))
    ner_eval = load_eval("ner_eval")
    res = ner_eval.evaluate_set("nergrit")  # type: ignore[attr-defined]
    assert res["micro"]["f1"] >= floors["nergrit"]["micro_f1"], res["micro"]
    for kind in ("PERSON", "PLACE", "ORGANISATION"):
        assert res[kind]["f1"] > 0.4, (kind, res[kind])
