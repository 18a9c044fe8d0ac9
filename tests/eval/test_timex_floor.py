import importlib.util
import sys
from pathlib import Path
from types import ModuleType

EVAL = Path(__file__).resolve().parents[2] / "eval" / "timex_eval.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("timex_eval", EVAL)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def test_timex_meets_floors(shared_data: Path) -> None:
    mod = _load()
    res = mod.evaluate()
    assert res["docs"] == 13
    assert res["gold"] == 101  # TIMEX3 in TEXT; the 13 creation dates are not counted
    floors = mod.floors()
    assert set(floors) == {"relaxed_f1", "value_f1"}
    for key, floor in floors.items():
        assert res[key] >= floor, f"{key} {res[key]:.3f} < floor {floor}"


def test_gold_parsing_keeps_spans_on_the_text(shared_data: Path) -> None:
    mod = _load()
    docs = mod.load_gold()
    first = docs[0]
    spans = [first.text[t.start:t.end] for t in first.timexes]
    assert "Minggu (28/12/2014)" in spans
    assert all("<" not in s for d in docs for s in (d.text[t.start:t.end] for t in d.timexes))
