"""`warta batch` on a real Dask cluster: a `dask scheduler` and two `dask worker` processes
on loopback. The output equals the one-process run, a worker killed with SIGKILL mid-run
loses and duplicates nothing, and a re-run redoes only unfinished partitions."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from distributed import Client

from warta.batch.cluster import run_batch
from warta.batch.output import Outcome, finished_parts, read_output
from warta.batch.pool import outcome
from warta.cli import main
from warta.corpus.export import arrow_schema
from warta.sources.raw import Rejected
from warta.sources.registry import expand, read

REPO = Path(__file__).resolve().parents[2]
DASK = Path(sys.executable).parent / "dask"
Cluster = tuple[str, list[subprocess.Popen[bytes]]]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """A scheduler and two single-threaded workers (no nanny: SIGKILL ends the worker
    itself), bound to 127.0.0.1 on free ports."""
    tmp = tmp_path_factory.mktemp("dask")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(REPO / "src"), *filter(None, [os.environ.get("PYTHONPATH")])])}
    info = tmp / "scheduler.json"
    common = ["--no-dashboard"]
    procs = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0",
                               "--scheduler-file", str(info), *common], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        deadline = time.monotonic() + 30
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert info.exists(), "the dask scheduler did not start in 30 s"
        address = json.loads(info.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        for _ in range(2):
            procs.append(subprocess.Popen(
                [str(DASK), "worker", address, "--nthreads", "1", "--no-nanny",
                 "--host", "127.0.0.1", "--death-timeout", "60", *common], env=env,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        yield address, procs[1:]
    finally:
        for proc in procs:  # our own processes, by id; nothing of value is lost
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def corpus(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Nine IndoSum articles, a line that is not JSON and one English text."""
    rows = (shared_data / "news/indosum/dev.01.jsonl").read_text("utf-8").splitlines()[:9]
    rows.insert(4, "{broken")
    rows.append(json.dumps({"paragraphs": [[["The", "quick", "brown", "fox", "jumps", "over",
                                             "the", "lazy", "dog", "."]] * 8],
                            "source_url": "https://example.com/en", "id": "1490000000-en"}))
    path = tmp_path_factory.mktemp("corpus") / "mix.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _key(got: Outcome) -> tuple[str, ...]:
    if isinstance(got, Rejected):
        return ("rejected", got.origin, got.reason)
    doc, article = got
    return (doc.origin, article.id, article.to_json())


@pytest.fixture(scope="module")
def expected(corpus: Path) -> list[tuple[str, ...]]:
    """The one-process result, in input order."""
    return [_key(outcome(d)) for d in read(expand([str(corpus)], corpora=True, urls=False))]


def test_cli_batch_then_ingest_equals_one_process_ingest(
        cluster: Cluster, corpus: Path, tmp_path: Path,
        expected: list[tuple[str, ...]], capsys: pytest.CaptureFixture[str]) -> None:
    address, _ = cluster
    out = tmp_path / "out"
    assert main(["batch", str(corpus), "--out", str(out), "--scheduler", address,
                 "--partition-size", "4", "--summary-json", "-q"]) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (summary["partitions"], summary["records"], summary["rejects"]) == (3, 9, 2)
    assert [_key(g) for g in read_output(out)] == expected
    export = arrow_schema("articles")
    schema = pq.read_schema(out / "records" / "part-000000.parquet")
    assert schema.names[:len(export)] == export.names  # the export's article columns
    assert schema.metadata[b"warta_export"] == export.metadata[b"warta_export"]

    stores = []
    for name, inputs in (("direct", [str(corpus), "--workers", "1"]), ("batch", [str(out)])):
        db = tmp_path / name
        assert main(["ingest", *inputs, "--db", str(db), "--create", "--quiet",
                     "--summary-json"]) == 0
        got = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
        assert got["stored"] == 9 and got["rejected"] == {"bad_record": 1,
                                                          "not_indonesian": 1}
        with sqlite3.connect(db / "warta.sqlite3") as con:
            stores.append(list(con.execute("SELECT id, record FROM articles ORDER BY rev")))
    assert stores[0] == stores[1]


def test_worker_killed_mid_run_loses_and_duplicates_nothing(
        cluster: Cluster, corpus: Path, tmp_path: Path,
        expected: list[tuple[str, ...]]) -> None:
    address, workers = cluster
    out = tmp_path / "out"
    inputs = expand([str(corpus)], corpora=True, urls=False)
    victim = workers[0]

    def kill_after_first_partition() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(finished_parts(out)) < 1:
            time.sleep(0.02)
        victim.send_signal(signal.SIGKILL)

    killer = threading.Thread(target=kill_after_first_partition, daemon=True)
    with Client(address, timeout="30s") as client:
        killer.start()
        summary = run_batch(inputs, out, client=client, size=1)
        killer.join(timeout=60)
    assert victim.wait(timeout=10) == -signal.SIGKILL
    assert summary.partitions == 11 and summary.skipped == 0
    assert (summary.records, summary.rejects) == (9, 2)
    assert [_key(g) for g in read_output(out)] == expected
    assert len(list((out / "records").glob("part-*.parquet"))) == 11

    # A run killed part way: partition 5 unfinished (no marker, a half-written temp file).
    (out / "_done" / "part-000005.json").unlink()
    (out / "records" / ".part-000005.parquet.dead.tmp").write_bytes(b"PAR1 half")
    before = {p.name: p.stat().st_mtime_ns for p in (out / "records").glob("part-*")}
    with Client(address, timeout="30s") as client:
        again = run_batch(inputs, out, client=client, size=1)
    assert again.skipped == 10 and (again.records, again.rejects) == (9, 2)
    after = {p.name: p.stat().st_mtime_ns for p in (out / "records").glob("part-*")}
    assert {k for k in after if after[k] != before[k]} == {"part-000005.parquet"}
    assert not list(out.glob("*/.*.tmp"))
    assert [_key(g) for g in read_output(out)] == expected
