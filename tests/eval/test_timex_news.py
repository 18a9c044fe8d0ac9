from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest


def test_the_judgements_load_and_follow_the_verdict_rules(
        load_eval: Callable[[str], ModuleType]) -> None:
    mod = load_eval("timex_news")
    judged, missed = mod.load(mod.JUDGEMENTS)
    assert len(judged) > 200 and missed
    assert all(m["article"].startswith("detik-") and m["want"] for m in missed)


def test_a_spurious_span_carries_no_value_verdict(
        tmp_path: Path, load_eval: Callable[[str], ModuleType]) -> None:
    mod = load_eval("timex_news")
    bad = tmp_path / "j.toml"
    bad.write_text('[[time]]\narticle = "detik-1"\nstart = 0\ntext = "x"\ngot = "2025"\n'
                   'span = "spurious"\nvalue = "ok"\n', "utf-8")
    with pytest.raises(ValueError, match="spurious span has no value"):
        mod.load(bad)


def test_figures(load_eval: Callable[[str], ModuleType]) -> None:
    mod = load_eval("timex_news")
    f = mod.figures(Counter(found=10, ok=8, partial=1, spurious=1, missed=2, right=7))
    assert f["gold"] == 11 and round(f["strict_p"], 3) == 0.8
    assert round(f["relaxed_r"], 3) == round(9 / 11, 3)
    assert round(f["value_f1"], 3) == round(14 / 21, 3)


def test_a_time_found_after_a_fix_takes_its_missed_entry_out_of_gold(
        load_eval: Callable[[str], ModuleType]) -> None:
    mod = load_eval("timex_news")
    rows = [mod.Row("detik-1", 5, "18.00 WIB", "TIME", "XXXX-XX-XXT18:00", "")]
    judged = {("detik-1", 5, "18.00 WIB"): {"got": "XXXX-XX-XXT18:00", "span": "ok",
                                             "value": "ok", "was_missed": True}}
    missed = [{"article": "detik-1", "text": "18.00", "want": "XXXX-XX-XXT18:00"},
              {"article": "detik-1", "text": "pagi", "want": "XXXX-XX-XXTMO"}]
    c, unjudged = mod.score(["detik-1"], rows, judged, missed)
    assert not unjudged and c["missed"] == 1 and c["ok"] == 1


def test_every_judged_seed_has_its_command_in_the_header(
        load_eval: Callable[[str], ModuleType]) -> None:
    # `--all-seeds` runs each seed with the command its header quotes (detik_draw's parser,
    # shared with numbers_measure): every seed of seed-1 to seed-33 has one
    mod = load_eval("timex_news")
    draw = load_eval("detik_draw")
    commands = draw.header_seed_commands(mod.JUDGEMENTS)
    assert set(range(1, 34)) <= set(commands)
    assert commands[33][:4] == ["--seed", "33", "--articles", "32"]
