"""Quote-speaker precision on the hand-judged who sample (eval/who_sample.py) stays above
its floor, and its speaker judgements stay current (few speakers nobody has judged)."""

import tomllib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
FLOORS = REPO / "eval" / "floors" / "who.toml"


def test_who_sample_speaker_precision_meets_floor(
        shared_data: Path, load_eval: Callable[[str], ModuleType]) -> None:
    floors = tomllib.loads(FLOORS.read_text("utf-8"))["sample"]
    load_eval("events_sample")  # who_sample draws its articles as events_sample does
    mod = load_eval("who_sample")
    verdicts: Counter[str] = Counter()
    unjudged = []
    for seed in floors["seeds"]:
        found = mod.run(mod.sample_docs(seed, 5, 5))
        judged, missed = mod.load_judgements(REPO / "eval" / "data" / f"who_sample_{seed}.toml")
        sc = mod.score(found, judged, missed)
        verdicts.update(sc.verdicts.get("speaker", Counter()))
        unjudged += [it.key for it in sc.unjudged if it.table == "speaker"]
    assert len(unjudged) <= floors["max_unjudged_speakers"], (
        f"{len(unjudged)} unjudged speakers, e.g. {unjudged[:3]}: run `python "
        "eval/who_sample.py --seed N --judge eval/data/who_sample_N.toml` and judge them")
    given = verdicts["correct"] + verdicts["wrong"]
    precision = verdicts["correct"] / given
    assert precision >= floors["speaker_precision"], f"speaker precision {precision:.3f}"


def test_who_sample_pooled_rounds_meet_floors(
        shared_data: Path, load_eval: Callable[[str], ModuleType]) -> None:
    """Entities, roles and speakers of the fully judged rounds, each drawn less what the
    rounds before it drew, stay above their floors, with few items nobody judged."""
    floors = tomllib.loads(FLOORS.read_text("utf-8"))["pooled"]
    load_eval("events_sample")
    mod = load_eval("who_sample")
    total, unjudged = mod.pooled(floors["seeds"], floors["skip"])
    assert len(unjudged) <= floors["max_unjudged"], (
        f"{len(unjudged)} unjudged, e.g. {unjudged[:3]}: run `python eval/who_sample.py "
        "--pool ... --skip ...` (commands in eval/floors/who.toml) and judge them")
    got = {f"{t}_{m}": v for t in ("entity", "role", "speaker")
           for m, v in zip(("precision", "recall"), total.pr(t), strict=True)}
    low = {k: round(got[k], 3) for k in got if k in floors and got[k] < floors[k]}
    assert not low, f"under the floor: {low} (floors {({k: floors[k] for k in low})})"
