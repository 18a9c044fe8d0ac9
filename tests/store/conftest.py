"""A throwaway PostgreSQL cluster for the server-store tests (initdb + pg_ctl on a temp
dir, loopback only). Skips with a reason when the server binaries are missing; CI installs
them (.ci/system-deps.sh). As root, the cluster runs as the `postgres` user (or a
`warta-pg` user created for it), since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


def _bindir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    which = shutil.which("initdb")
    return Path(which).resolve().parent if which else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_as(user: str | None, cmd: list[str]) -> None:
    full = ["runuser", "-u", user, "--", *cmd] if user else cmd
    subprocess.run(full, check=True, capture_output=True, timeout=120)


def _service_user() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "warta-pg"):
        if subprocess.run(["id", name], capture_output=True).returncode == 0:
            return name
    subprocess.run(["useradd", "--system", "--no-create-home", "warta-pg"], check=True)
    return "warta-pg"


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    bindir = _bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found: "
                    "apt-get install postgresql (CI: .ci/system-deps.sh)")
    pytest.importorskip("psycopg", reason="pip install 'psycopg[binary]'")
    user = _service_user()
    root = Path(tempfile.mkdtemp(prefix="warta-pg-"))
    data = root / "data"
    port = _free_port()
    if user:
        shutil.chown(root, user)
    try:
        _run_as(user, [str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                       "-E", "UTF8", "--no-locale"])
        _run_as(user, [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w",
                       "-o", f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off "
                       "-c full_page_writes=off", "start"])
    except subprocess.CalledProcessError as e:
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"could not start a test PostgreSQL: {e.stderr.decode(errors='replace')}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run((["runuser", "-u", user, "--"] if user else [])
                       + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture()
def pg_db(pg_url: str) -> Iterator[str]:
    """A fresh, empty database per test."""
    import uuid

    import psycopg

    name = "t_" + uuid.uuid4().hex[:10]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield pg_url.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
