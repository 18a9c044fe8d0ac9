import importlib.util
from pathlib import Path
from types import ModuleType

EVAL = Path(__file__).resolve().parents[2] / "eval" / "extraction_eval.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extraction_eval", EVAL)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_extraction_meets_floors(shared_data: Path) -> None:
    mod = _load()
    res = mod.evaluate()
    assert res["pages"] == 26
    for key, floor in mod.floors().items():
        assert res[key] >= floor, f"{key} {res[key]:.3f} < floor {floor}"
