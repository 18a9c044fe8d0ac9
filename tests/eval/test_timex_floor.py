from collections.abc import Callable
from pathlib import Path
from types import ModuleType


def test_timex_meets_floors(shared_data: Path, load_eval: Callable[[str], ModuleType]) -> None:
    mod = load_eval("timex_eval")
    res = mod.evaluate()
    assert res["docs"] == 13
    assert res["gold"] == 101  # TIMEX3 in TEXT; the 13 creation dates are not counted
    floors = mod.floors()
    assert set(floors) == {"relaxed_f1", "value_f1"}
    for key, floor in floors.items():
        assert res[key] >= floor, f"{key} {res[key]:.3f} < floor {floor}"


def test_gold_parsing_keeps_spans_on_the_text(
        shared_data: Path, load_eval: Callable[[str], ModuleType]
) -> None:
    mod = load_eval("timex_eval")
    docs = mod.load_gold()
    first = docs[0]
    spans = [first.text[t.start:t.end] for t in first.timexes]
    assert "Minggu (28/12/2014)" in spans
    assert all("<" not in s for d in docs for s in (d.text[t.start:t.end] for t in d.timexes))
