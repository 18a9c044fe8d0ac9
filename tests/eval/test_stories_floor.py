import tomllib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
FLOORS = REPO / "eval" / "floors" / "stories.toml"


def test_stories_meet_floors(shared_data: Path, load_eval: Callable[[str], ModuleType]) -> None:
    floors = tomllib.loads(FLOORS.read_text("utf-8"))
    s = load_eval("stories_eval").scores("test", data=shared_data / "news")
    assert s["f1"] >= floors["f1"], s
    assert s["without_near_dups"]["f1"] >= floors["f1_without_near_dups"], s
    assert s["near_dup_precision"] >= floors["near_dup_precision"], s
