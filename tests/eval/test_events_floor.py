import tomllib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
CASES = REPO / "tests" / "stages" / "events_cases.toml"


def test_events_meet_floors(load_eval: Callable[[str], ModuleType]) -> None:
    mod = load_eval("events_eval")
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

