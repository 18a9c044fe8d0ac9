from collections.abc import Callable
from pathlib import Path
from types import ModuleType


def test_extraction_meets_floors(shared_data: Path, load_eval: Callable[[str], ModuleType]) -> None:
    mod = load_eval("extraction_eval")
    res = mod.evaluate()
    assert res["pages"] == 26
    for key, floor in mod.floors().items():
        assert res[key] >= floor, f"{key} {res[key]:.3f} < floor {floor}"
