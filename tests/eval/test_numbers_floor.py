import tomllib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
CASES = REPO / "tests" / "stages" / "numbers_gold.toml"
HELDOUT = REPO / "tests" / "stages" / "numbers_heldout.toml"
FIGURES = {"exact_f1", "overlap_f1", "negatives_clean", "value_acc", "qualifier_acc",
           "unit_acc", "thing_acc", "related_acc"}


def test_numbers_meet_floors(load_eval: Callable[[str], ModuleType]) -> None:
    mod = load_eval("numbers_eval")
    assert mod.evaluate().cases + mod.evaluate(HELDOUT).cases >= 60
    figures = mod.all_figures()
    floors = mod.floors()
    assert set(floors) == FIGURES | {f"heldout_{k}" for k in FIGURES}
    for key, floor in floors.items():
        assert figures[key] >= floor, f"{key} {figures[key]:.3f} < floor {floor}"


def test_cases_include_negatives_vague_money_ranges_and_a_heldout_third() -> None:
    cases = tomllib.loads(CASES.read_text("utf-8"))["case"]
    heldout = tomllib.loads(HELDOUT.read_text("utf-8"))["case"]
    assert len(heldout) >= (len(cases) + len(heldout)) // 4
    for part in (cases, heldout):
        counts = [g for c in part for g in c["counts"]]
        assert sum(1 for c in part if not c["counts"]) >= 5
        assert any("value" not in g and "low" in g for g in counts)  # vague or range
        assert any("currency" in g for g in counts)
        assert any(g.get("unit") == "persen" for g in counts)
        assert any("qualifier" in g for g in counts)
