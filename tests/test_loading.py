import io
import subprocess
import sys
import time
from pathlib import Path

import pytest

from warta.commands.train import require_train_extra
from warta.errors import ConfigError
from warta.loading import MESSAGE, announce_if_slow, warm_up

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "banjir-semarang.txt"


def test_slow_work_is_announced_once() -> None:
    err = io.StringIO()
    took = announce_if_slow(lambda: time.sleep(0.3), after=0.05, stream=err)
    assert err.getvalue() == MESSAGE + "\n" and took >= 0.3


def test_quiet_or_fast_work_says_nothing() -> None:
    err = io.StringIO()
    announce_if_slow(lambda: time.sleep(0.3), after=0.05, quiet=True, stream=err)
    announce_if_slow(lambda: None, after=5.0, stream=err)
    time.sleep(0.1)
    assert err.getvalue() == ""


def test_warm_up_loads_the_pipeline() -> None:
    warm_up(quiet=True)
    err = io.StringIO()
    assert warm_up(after=5.0, stream=err) < 5.0 and err.getvalue() == ""


def test_cold_cli_announces_loading_and_quiet_silences_it() -> None:
    def run(*flags: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "warta.cli", "analyze", str(EXAMPLE),
                               "--published", "2025-11-18", *flags],
                              capture_output=True, text=True, timeout=300)

    loud, quiet = run(), run("--quiet")
    assert loud.returncode == quiet.returncode == 0
    assert loud.stdout == quiet.stdout and '"entities"' in loud.stdout
    assert quiet.stderr == ""
    # A cold process loads spaCy and the models for well over a second on this machine.
    assert loud.stderr.count(MESSAGE) <= 1


def test_missing_file_fails_without_loading(capsys: pytest.CaptureFixture[str]) -> None:
    from warta.cli import main

    assert main(["analyze", "/nonexistent/article.txt"]) == 3
    assert MESSAGE not in capsys.readouterr().err


def test_train_without_its_extra_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("warta.commands.train.TRAIN_MODULES", ("no_such_module_xyz",))
    with pytest.raises(ConfigError, match=r"warta\[train\].*|\.\[train\]"):
        require_train_extra()


def test_loading_pauses_the_collector_and_sets_what_it_loaded_aside() -> None:
    import gc

    from warta.loading import _gc_paused

    before, threshold = gc.get_freeze_count(), gc.get_threshold()
    with _gc_paused():
        assert gc.get_threshold()[0] == 0  # no automatic collection
        kept = [[i] for i in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() >= before + len(kept)
    assert gc.get_threshold() == threshold
    gc.disable()  # a caller that turned collection off keeps it off
    try:
        with _gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_library_that_turns_the_collector_back_on_does_not_end_the_pause() -> None:
    import gc

    from warta.loading import _gc_paused

    threshold = gc.get_threshold()
    with _gc_paused():
        gc.disable()  # what a loader such as srsly's msgpack_loads does around its work
        gc.enable()
        assert gc.get_threshold()[0] == 0
        with _gc_paused():  # nested: the outer pause is kept
            pass
        assert gc.get_threshold()[0] == 0
    assert gc.isenabled() and gc.get_threshold() == threshold


def test_preloading_leaves_failures_to_the_next_import() -> None:
    import gc

    from warta.loading import import_in_background, preload

    sys.modules.pop("colorsys", None)
    import_in_background("no_such_module_xyz", "colorsys").join(timeout=60)
    assert "colorsys" in sys.modules and "no_such_module_xyz" not in sys.modules
    sys.modules.pop("colorsys", None)
    preload("colorsys", "no_such_module_xyz")
    assert "colorsys" in sys.modules and gc.isenabled()
