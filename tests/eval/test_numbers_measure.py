from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest


def test_seed_commands_read_the_header_across_comment_lines(
        tmp_path: Path, load_eval: Callable[[str], ModuleType]) -> None:
    mod = load_eval("numbers_measure")
    j = tmp_path / "j.toml"
    j.write_text('# "seed-8" = seed 8 (`--seed 8 --articles 8`), judged.\n'
                 '# "seed-21" = seed 21 (`--seed 21 --articles\n'
                 '#   11 --skip detik-682 detik-930`: 9 fresh)\n'
                 '# again (`--seed 8 --articles 9`)\n\n[[count]]\n', "utf-8")
    assert mod.seed_commands(j) == {
        7: ["--seed", "7"], 8: ["--seed", "8", "--articles", "8"],
        21: ["--seed", "21", "--articles", "11", "--skip", "detik-682", "detik-930"]}


def test_the_judgement_file_quotes_a_command_for_every_judged_seed(
        load_eval: Callable[[str], ModuleType]) -> None:
    mod = load_eval("numbers_measure")
    commands = mod.seed_commands(mod.JUDGEMENTS)
    assert set(range(7, 32)) <= set(commands)
    assert commands[31][:4] == ["--seed", "31", "--articles", "18"]


def test_seed_commands_keep_the_corpus_a_seed_was_drawn_from(
        tmp_path: Path, load_eval: Callable[[str], ModuleType]) -> None:
    mod = load_eval("numbers_measure")
    j = tmp_path / "j.toml"
    j.write_text('# "seed-56" = (`--seed 56 --corpus indosum --articles 8`)\n\n[[count]]\n',
                 "utf-8")
    assert mod.seed_commands(j)[56] == ["--seed", "56", "--corpus", "indosum", "--articles", "8"]


def test_an_unknown_corpus_is_refused(load_eval: Callable[[str], ModuleType]) -> None:
    draw = load_eval("detik_draw")
    with pytest.raises(ValueError, match="corpus must be one of"):
        draw.in_draw_order(1, "kompas")
