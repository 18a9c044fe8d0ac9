import tomllib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
FLOORS = REPO / "eval" / "floors" / "dedup.toml"


def test_dedup_meets_floors(shared_data: Path, load_eval: Callable[[str], ModuleType]) -> None:
    floors = tomllib.loads(FLOORS.read_text("utf-8"))
    s = load_eval("dedup_eval").scores(data=shared_data / "news")
    assert s["precision"] >= floors["precision"], s
    assert s["recall"] >= floors["recall"], s
