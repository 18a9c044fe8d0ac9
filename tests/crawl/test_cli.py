"""`warta crawl` and `warta watch` on the command line, through the whole pipeline, against
the fixture site (conftest.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.cli import main
from warta.store import open_store

from .conftest import Site

pytestmark = pytest.mark.shared


def test_crawl_analyses_into_the_store(site: Site, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "db")
    code = main(["crawl", site.base + "/feed.xml", "--db", db, "--allow-host", "127.0.0.1",
                 "--timeout", "2", "--retries", "0", "--delay", "0", "-q", "--summary-json",
                 "--log-json", "--contact", "ops@warta.invalid"])
    out, err = capsys.readouterr()
    assert code == 0
    summary = json.loads(out.strip().splitlines()[-1])
    assert summary["stored"] == 2 and summary["refused"] == 1
    assert summary["errors"] == {"timeout": 1, "http_500": 1, "refused": 1}
    assert "stored 2 new article(s)" in err
    logs = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    assert {"article", "fetch failed", "robots.txt disallows"} <= {x["event"] for x in logs}
    assert all("url" in x for x in logs if x["event"] == "article")
    with open_store(db) as store:
        assert store.count() == 2
        art = store.get(next(iter(store.list_articles(limit=5)[1])).id)
        assert art is not None and art.sentences and art.entities  # analysed, not just read


def test_watch_stops_after_passes_and_list_fetches_nothing(
        site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "db")
    common = ["--db", db, "--allow-host", "127.0.0.1", "--timeout", "2", "--retries", "0",
              "--delay", "0", "-q"]
    assert main(["crawl", site.base + "/sitemap.xml", "--list", *common]) == 0
    listed = capsys.readouterr().out.split()
    assert len(listed) == 2 and not [r for r in site.log if r[1].startswith("/read/")]
    assert main(["watch", site.base + "/sitemap.xml", "--every", "0.1s", "--passes", "2",
                 *common]) == 0
    err = capsys.readouterr().err
    assert "pass 1" in err and "pass 2" in err and "nothing new" in err


def test_unknown_source_is_a_usage_error(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["crawl", "kompass", "--db", str(tmp_path / "db")]) == 2
    assert "site profiles: antara" in capsys.readouterr().err
    assert main(["watch", "kompas", "--every", "soon", "--db", str(tmp_path / "db")]) == 2


def test_watch_stops_cleanly_on_ctrl_c(site: Site, tmp_path: Path) -> None:
    """A real process: SIGINT while it waits for the next pass ends it with status 0, the
    store holding what the pass stored."""
    import os
    import signal
    import subprocess
    import sys
    import time

    db = str(tmp_path / "db")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; from warta.cli import main; sys.exit(main())",
         "watch", site.base + "/sitemap.xml", "--every", "1h", "--db", db, "--allow-host",
         "127.0.0.1", "--delay", "0", "-q"],
        stderr=subprocess.PIPE, text=True, env=env,
        # A shell's background job (`cmd &`, as CI may run the suite) inherits SIGINT ignored,
        # and Python then installs no Ctrl-C handler: give the child the default back.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stderr is not None
    lines: list[str] = []
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        lines.append(line)
        if "pass 1" in line or not line:
            break
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    _, rest = proc.communicate(timeout=30)
    assert proc.returncode == 0, "".join(lines) + rest
    assert "stopped after 1 full pass(es)" in rest
    with open_store(db) as store:
        assert store.count() == 2


def test_crawl_with_analysis_workers(site: Site, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    """--workers 2: pages analysed in a process pool (batch.pool), the same store result."""
    db = str(tmp_path / "db")
    code = main(["crawl", site.base + "/sitemap.xml", "--db", db, "--allow-host",
                 "127.0.0.1", "--delay", "0", "-q", "--workers", "2", "--summary-json"])
    out, _ = capsys.readouterr()
    assert code == 0 and json.loads(out.strip().splitlines()[-1])["stored"] == 2
    with open_store(db) as store:
        assert store.count() == 2
