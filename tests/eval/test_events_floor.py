import importlib.util
import sys
import tomllib
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO / "eval" / "events_eval.py"
CASES = REPO / "tests" / "stages" / "events_cases.toml"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("events_eval", EVAL)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def test_events_meet_floors() -> None:
    mod = _load()
    assert mod.evaluate().cases >= 30
    figures = mod.all_figures()
    floors = mod.floors()
    assert set(floors) == {"event_f1", "code_f1", "heldout_event_f1", "heldout_code_f1"}
    for key, floor in floors.items():
        assert figures[key] >= floor, f"{key} {figures[key]:.3f} < floor {floor}"


def test_cases_include_negatives_and_most_codes() -> None:
    data = tomllib.loads(CASES.read_text("utf-8"))
    negatives = [c for c in data["case"] if not c["events"]]
    assert len(negatives) >= 5
    codes = {e["code"] for c in data["case"] for e in c["events"]}
    assert len(codes) >= 14

