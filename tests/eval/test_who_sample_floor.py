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
