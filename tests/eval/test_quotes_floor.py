from collections.abc import Callable
from pathlib import Path
from types import ModuleType


def test_quotes_meet_floors(shared_data: Path, load_eval: Callable[[str], ModuleType]) -> None:
    mod = load_eval("quotes_eval")
    # with the entities stage: the resolution floors score who each quote is given to
    res = mod.evaluate(entities=True)
    assert res["gold_statements"] > 1000
    assert res["predicted_direct"] > 0
    for key, floor in mod.floors().items():
        assert res[key] >= floor, f"{key} {res[key]:.3f} < floor {floor}"
