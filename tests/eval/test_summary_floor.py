import importlib.util
import sys
import tomllib
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO / "eval" / "summary_eval.py"
FLOORS = REPO / "eval" / "floors" / "summary.toml"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("summary_eval", EVAL)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_summary_meets_floors(shared_data: Path) -> None:
    floors = tomllib.loads(FLOORS.read_text("utf-8"))
    fig = _load().floor_figures(int(floors["articles"]))
    assert fig["articles"] >= 0.95 * floors["articles"]
    assert fig["supervised_r1"] >= floors["r1"], fig
    assert fig["supervised_r1"] - fig["lead3_r1"] >= floors["r1_over_own_lead3"], fig
    # The summariser runs on cleaned text: the clean stage removes 'Baca juga' lines.
    assert fig["baca_juga_clean"] < fig["baca_juga_raw"]
