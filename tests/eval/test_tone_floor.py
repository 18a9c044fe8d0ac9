import tomllib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
FLOORS = REPO / "eval" / "floors" / "tone.toml"


def test_tone_meets_floors(shared_data: Path, load_eval: Callable[[str], ModuleType]) -> None:
    floors = tomllib.loads(FLOORS.read_text("utf-8"))
    scores = load_eval("tone_eval").smsa_scores("test")
    assert scores["SmSA model alone"] >= floors["model_macro_f1"], scores
    assert scores["article tone (news tone head)"] >= floors["article_macro_f1"], scores
