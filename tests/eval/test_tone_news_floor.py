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


def test_second_labellings_name_labelled_paragraphs(
        load_eval: Callable[[str], ModuleType]) -> None:
    """Each blind second labelling (second.tsv .. seventh.tsv) holds ids of labels.tsv, with
    one of the three labels, and `agreement` reads it (no corpus needed)."""
    mod = load_eval("tone_news_eval")
    labelled = {r[0] for r in mod.load_labels()}
    for path, _ in mod.AGREEMENT:
        rows = [line.split("\t") for line in path.read_text("utf-8").splitlines()[1:]]
        assert rows and all(r[0] in labelled for r in rows), path
        assert {r[1] for r in rows} <= {"negative", "neutral", "positive"}, path
        n, observed, kappa, f1 = mod.agreement(path)
        assert n == len(rows) and 0 <= observed <= 100 and -1 <= kappa <= 1 and 0 <= f1 <= 100
