"""Events precision on hand-judged real news (eval/events_sample.py) stays above its
floors, and the judgements stay current (few events nobody has judged)."""

import tomllib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
FLOORS = REPO / "eval" / "floors" / "events.toml"


@pytest.mark.parametrize("seed", [1, 2])
def test_events_sample_precision_meets_floor(
        shared_data: Path, seed: int, load_eval: Callable[[str], ModuleType]
) -> None:
    floors = tomllib.loads(FLOORS.read_text("utf-8"))["sample"]
    mod = load_eval("events_sample")
    docs = mod.sample_docs(seed)
    events = mod.run_sample(docs)
    sc = mod.score(events, mod.load_judgements(mod.JUDGEMENTS), None, {d.id for d in docs})
    assert len(sc.unjudged) <= floors["max_unjudged"], (
        f"{len(sc.unjudged)} unjudged events: run `python eval/events_sample.py --seed {seed} "
        f"--judge {mod.JUDGEMENTS.relative_to(REPO)}` and judge them")
    assert sc.judged >= 40
    floor = floors[f"seed{seed}_precision"]
    assert sc.precision >= floor, f"seed {seed}: precision {sc.precision:.3f} < floor {floor}"


def test_events_sample_pooled_seeds_meet_floors(
        shared_data: Path, load_eval: Callable[[str], ModuleType]) -> None:
    """Precision and recall summed over the seeds read whole for recall stay above their
    floors, with few events nobody judged."""
    floors = tomllib.loads(FLOORS.read_text("utf-8"))["pooled"]
    mod = load_eval("events_sample")
    sc, rc = mod.pooled(floors["seeds"], floors["indosum"], floors["detik"])
    assert len(sc.unjudged) <= floors["max_unjudged"], (
        f"{len(sc.unjudged)} unjudged events: run `python eval/events_sample.py --seed N "
        "--indosum 15 --detik 15 --judge eval/judgements/events_sample.toml` and judge them")
    assert sc.precision >= floors["precision"], f"pooled precision {sc.precision:.3f}"
    assert rc.recall >= floors["recall"], f"pooled recall {rc.recall:.3f}"
