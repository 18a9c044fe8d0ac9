"""Each bad-input class gives its exit code and a one-line message, never a traceback
(issue 18). In-process through `main()` (an exception would fail the test), plus the real
entry point for what only a process shows (stdout on a full disk at exit)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from warta.cli import main
from warta.store import open_store
from warta.store.samples import zelenskyy_article

SRC = str(Path(__file__).resolve().parents[1] / "src")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "db"
    s = open_store(path)
    s.put_many([zelenskyy_article(day=d, extra=f" Hari {d}.") for d in (1, 2)])
    s.close()
    return path


def _damaged(tmp_path: Path) -> str:
    path = tmp_path / "damaged"
    s = open_store(path)
    s.put(zelenskyy_article())
    s.close()
    (path / "index" / "meta.json").write_text("garbage")
    return str(path)


CASES = {
    "bad search syntax": (["search", "body:*", "--db", "{db}"], 2, "title:word"),
    "edge date": (["search", "--until", "9999-12-31", "--db", "{db}"], 0, ""),
    "huge offset": (["search", "korea", "--offset", "1000000000", "--db", "{db}"], 0, ""),
    "damaged index, search": (["search", "korea", "--db", "{damaged}"], 0, "rebuilding"),
    "damaged index, reindex": (["reindex", "--db", "{damaged}"], 0, "reindexed 1"),
    "postgres down": (["search", "x", "--db", "postgresql://u@127.0.0.1:1/d?password=hunter22"],
                      10, "***"),
    "IPv4 in IPv6": (["analyze", "http://[::127.0.0.1]/"], 9, "non-public"),
    "output folder missing": (["analyze", "{text}", "-o", "{tmp}/no/such/x.json"], 14,
                              "create the folder first"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_gives_its_exit_code(name: str, db: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str],
                                       caplog: pytest.LogCaptureFixture) -> None:
    argv, want, needle = CASES[name]
    text = tmp_path / "a.txt"
    text.write_text("Presiden Joko Widodo mengatakan kepada wartawan di Jakarta bahwa dia akan "
                    "berangkat ke Surabaya besok untuk rapat dengan para gubernur.")
    fill = {"db": str(db), "tmp": str(tmp_path), "text": str(text),
            "damaged": _damaged(tmp_path) if "{damaged}" in argv else ""}
    assert main([a.format(**fill) for a in argv]) == want
    err = capsys.readouterr().err + caplog.text
    assert needle in err and "Traceback" not in err and "hunter22" not in err


def test_stdout_on_a_full_disk_from_the_real_entry_point() -> None:
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "warta.cli", "schema"], env=env,
                              stdout=full, stderr=subprocess.PIPE, timeout=120)
    err = done.stderr.decode()
    assert done.returncode == 14 and "free some disk space" in err and "Traceback" not in err
