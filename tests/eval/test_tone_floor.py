import importlib.util
import sys
import tomllib
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO / "eval" / "tone_eval.py"
FLOORS = REPO / "eval" / "floors" / "tone.toml"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tone_eval", EVAL)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_tone_meets_floors(shared_data: Path) -> None:
    floors = tomllib.loads(FLOORS.read_text("utf-8"))
    scores = _load().smsa_scores("test")
    assert scores["SmSA model alone"] >= floors["model_macro_f1"], scores
    assert scores["article tone (model + lexicon)"] >= floors["article_macro_f1"], scores
