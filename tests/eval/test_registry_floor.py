import tomllib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
FLOORS = REPO / "eval" / "floors" / "registry.toml"


def test_registry_meets_floors(shared_data: Path, load_eval: Callable[[str], ModuleType]) -> None:
    floors = tomllib.loads(FLOORS.read_text("utf-8"))
    s = load_eval("registry_eval").scores(data=shared_data / "news", splits=("test",))
    # A labelled name the analysis no longer finds (a cleaner or tagger change) is left out
    # of the scores; none is missing on the analysis the pairs were drawn from (2026-12-02):
    # more than 16 (a fifth of the 80) means the pairs must be drawn again.
    assert s["missing"] <= 16, s
    assert s["precision"] >= floors["precision"], s
    assert s["recall"] >= floors["recall"], s
