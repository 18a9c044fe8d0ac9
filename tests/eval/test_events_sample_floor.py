"""Events precision on hand-judged real news (eval/events_sample.py) stays above its
floors, and the judgements stay current (few events nobody has judged)."""

import importlib.util
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO / "eval" / "events_sample.py"
FLOORS = REPO / "eval" / "floors" / "events.toml"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("events_sample", EVAL)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("seed", [1, 2])
def test_events_sample_precision_meets_floor(shared_data: Path, seed: int) -> None:
    floors = tomllib.loads(FLOORS.read_text("utf-8"))["sample"]
    mod = _load()
    docs = mod.sample_docs(seed)
    events = mod.run_sample(docs)
    sc = mod.score(events, mod.load_judgements(mod.JUDGEMENTS), None, {d.id for d in docs})
    assert len(sc.unjudged) <= floors["max_unjudged"], (
        f"{len(sc.unjudged)} unjudged events: run `python eval/events_sample.py --seed {seed} "
        f"--judge {mod.JUDGEMENTS.relative_to(REPO)}` and judge them")
    assert sc.judged >= 40
    floor = floors[f"seed{seed}_precision"]
    assert sc.precision >= floor, f"seed {seed}: precision {sc.precision:.3f} < floor {floor}"
