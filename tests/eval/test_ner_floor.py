"""NER floor: the cheapest full evaluation (NERGrit train -> test, ~10-20 s) meets its floor.

The other sets (NER-UGM folds, idner-news-2k, NERP) run in `python eval/ner_eval.py`.
"""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _load_eval() -> object:
    spec = importlib.util.spec_from_file_location("ner_eval", REPO / "eval" / "ner_eval.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["ner_eval"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.shared
def test_nergrit_floor(shared_data: Path) -> None:
    floors = tomllib.loads((REPO / "eval" / "floors" / "ner.toml").read_text("utf-8"))
    ner_eval = _load_eval()
    res = ner_eval.evaluate_set("nergrit")  # type: ignore[attr-defined]
    assert res["micro"]["f1"] >= floors["nergrit"]["micro_f1"], res["micro"]
    for kind in ("PERSON", "PLACE", "ORGANISATION"):
        assert res[kind]["f1"] > 0.4, (kind, res[kind])
