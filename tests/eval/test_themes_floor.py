import tomllib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
FLOORS = REPO / "eval" / "floors" / "themes.toml"


def test_themes_meet_floors(shared_data: Path, load_eval: Callable[[str], ModuleType]) -> None:
    floors = tomllib.loads(FLOORS.read_text("utf-8"))
    results = load_eval("themes_eval").main([])
    for corpus in ("indosum", "detik"):
        acc, f1 = results[corpus]["model+lexicon"]
        assert acc >= floors[corpus]["accuracy"], (corpus, acc)
        assert f1 >= floors[corpus]["macro_f1"], (corpus, f1)
