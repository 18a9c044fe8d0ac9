"""The events judgements file (eval/judgements/events_sample.toml) as its loader reads it:
a key judged twice with two verdicts is warned of, and the shipped file holds none."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

_ENTRY = """
[[event]]
article = "detik-1"
trigger = 40
code = "REQUEST"
actors = ["CVL"]
targets = []
verdict = "{verdict}"
reason = "warga menuntut ganti rugi"
added = "{added}"
"""


def test_a_key_judged_with_two_verdicts_is_warned_of(
        tmp_path: Path, load_eval: Callable[[str], ModuleType]) -> None:
    mod = load_eval("events_sample")
    path = tmp_path / "judged.toml"
    path.write_text(_ENTRY.format(verdict="correct", added="seed-1")
                    + _ENTRY.format(verdict="correct", added="seed-2"), "utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the same verdict twice: no warning
        assert len(mod.load_judgements(path)) == 1
    path.write_text(_ENTRY.format(verdict="correct", added="seed-1")
                    + _ENTRY.format(verdict="roles", added="seed-2"), "utf-8")
    with pytest.warns(UserWarning, match=r"#2 \(seed-2\) .* 'roles', event #1 \(seed-1\) "
                                         r"'correct': keep one verdict"):
        got = mod.load_judgements(path)
    assert [j["verdict"] for j in got.values()] == ["roles"]  # the last one counts


def test_the_shipped_judgements_hold_no_contradictory_verdicts(
        load_eval: Callable[[str], ModuleType]) -> None:
    mod = load_eval("events_sample")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        mod.load_judgements(mod.JUDGEMENTS)


def test_an_articles_first_tag_is_its_first_item_in_file_order(
        tmp_path: Path, load_eval: Callable[[str], ModuleType]) -> None:
    """`--first` keeps a seed's first-judged articles: the first item of an article, an
    [[event]] or a [[missed]] table, names the round that read it first."""
    mod = load_eval("events_sample")
    path = tmp_path / "judged.toml"
    missed = '\n[[missed]]\narticle = "detik-2"\ntrigger = 5\ncode = "PROTEST"\nadded = "seed-7"\n'
    untagged = '\n[[missed]]\narticle = "detik-3"\ntrigger = 9\ncode = "AID"\n'
    path.write_text(missed + _ENTRY.format(verdict="correct", added="seed-8")
                    + _ENTRY.format(verdict="correct", added="seed-9")
                    + _ENTRY.replace("detik-1", "detik-2").format(verdict="wrong", added="seed-8")
                    + untagged, "utf-8")
    assert mod.first_tags(path) == {"detik-2": "seed-7", "detik-1": "seed-8",
                                    "detik-3": "before"}
    docs = [mod.Doc(id=i, text="") for i in ("detik-1", "detik-2", "detik-4")]
    assert mod.first_judged(docs, path, {"seed-8"}) == {"detik-1"}
    assert mod.first_judged(docs, path, None) == {"detik-1", "detik-2", "detik-4"}
