"""Each bad-input class gives its exit code and a one-line message, never a traceback, from
the real entry point (issue 18). The commands run at once as processes, bounded in time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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


def test_bad_inputs_give_their_exit_codes(db: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged"
    s = open_store(damaged)
    s.put(zelenskyy_article())
    s.close()
    (damaged / "index" / "meta.json").write_text("garbage")
    cases: dict[str, tuple[list[str], int, str]] = {
        "bad search syntax": (["search", "body:*", "--db", str(db)], 2, "title:word"),
        "edge date": (["search", "--until", "9999-12-31", "--db", str(db)], 0, ""),
        "huge offset": (["search", "korea", "--offset", "1000000000", "--db", str(db)], 0, ""),
        "damaged index": (["search", "korea", "--db", str(damaged)], 0, "rebuilding"),
        "reindex damaged": (["reindex", "--db", str(damaged)], 0, "reindexed 1"),
        "postgres down": (["search", "x", "--db",
                           "postgresql://u@127.0.0.1:1/d?password=hunter22"], 10, "***"),
        "IPv4 in IPv6": (["analyze", "http://[::127.0.0.1]/"], 9, "non-public"),
    }
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    procs = {name: subprocess.Popen([sys.executable, "-m", "warta.cli", *argv], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for name, (argv, _, _) in cases.items() if name != "reindex damaged"}
    full = subprocess.Popen([sys.executable, "-m", "warta.cli", "schema"], env=env,
                            stdout=open("/dev/full", "wb"), stderr=subprocess.PIPE)  # noqa: SIM115
    results = {name: (p.wait(timeout=120), p.stderr.read().decode() if p.stderr else "")
               for name, p in procs.items()}
    results["stdout on a full disk"] = (full.wait(timeout=120),
                                        full.stderr.read().decode() if full.stderr else "")
    cases["stdout on a full disk"] = ([], 14, "free some disk space")
    argv, _, _ = cases["reindex damaged"]
    done = subprocess.run([sys.executable, "-m", "warta.cli", *argv], env=env, timeout=120,
                          capture_output=True)
    results["reindex damaged"] = (done.returncode, done.stderr.decode())
    for name, (code, err) in results.items():
        _, want, needle = cases[name]
        assert (code, "Traceback" in err) == (want, False), (name, err)
        assert needle in err, (name, err)
        assert "hunter22" not in err


def test_output_into_a_missing_folder_is_exit_14(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from warta.cli import main

    f = tmp_path / "a.txt"
    f.write_text("Presiden Joko Widodo mengatakan kepada wartawan di Jakarta bahwa dia akan "
                 "berangkat ke Surabaya besok untuk rapat dengan para gubernur.")
    assert main(["analyze", str(f), "-o", str(tmp_path / "no" / "such" / "x.json")]) == 14
    err = capsys.readouterr().err
    assert "create the folder first" in err and "Traceback" not in err
