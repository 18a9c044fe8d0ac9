import importlib.util
import sys
from pathlib import Path
from types import ModuleType

EVAL = Path(__file__).resolve().parents[2] / "eval" / "quotes_eval.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("quotes_eval", EVAL)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def test_quotes_meet_floors(shared_data: Path) -> None:
    mod = _load()
    res = mod.evaluate()
    assert res["gold_statements"] > 1000
    assert res["predicted_direct"] > 0
    for key, floor in mod.floors().items():
        assert res[key] >= floor, f"{key} {res[key]:.3f} < floor {floor}"
