import tomllib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
FLOORS = REPO / "eval" / "floors" / "tone_news.toml"


def test_news_tone_meets_floors(shared_data: Path,
                                load_eval: Callable[[str], ModuleType]) -> None:
    floors = tomllib.loads(FLOORS.read_text("utf-8"))
    stage = load_eval("tone_news_eval").scores()["tone stage (news tone head)"]
    assert stage["test"] >= floors["stage_test_macro_f1"], stage
    assert stage["dev"] >= floors["stage_dev_macro_f1"], stage
