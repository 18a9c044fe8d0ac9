import importlib.util
import sys
import tomllib
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO / "eval" / "themes_eval.py"
FLOORS = REPO / "eval" / "floors" / "themes.toml"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("themes_eval", EVAL)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_themes_meet_floors(shared_data: Path) -> None:
    floors = tomllib.loads(FLOORS.read_text("utf-8"))
    results = _load().main([])
    for corpus in ("indosum", "detik"):
        acc, f1 = results[corpus]["model+lexicon"]
        assert acc >= floors[corpus]["accuracy"], (corpus, acc)
        assert f1 >= floors[corpus]["macro_f1"], (corpus, f1)
