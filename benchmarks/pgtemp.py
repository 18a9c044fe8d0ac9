"""A throwaway PostgreSQL server for benchmarks, started as tests/store/conftest.py starts
its own (initdb + pg_ctl in a temporary folder, loopback only, fsync off) and stopped and
removed on exit, so a benchmark never leaves a server running.

    with temp_server() as url:    # postgresql://postgres@127.0.0.1:PORT/postgres
        ...
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _bindir() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    which = shutil.which("initdb")
    if not which:
        raise SystemExit("PostgreSQL server binaries (initdb, pg_ctl) not found: "
                         "apt-get install postgresql, or give --db postgresql://...")
    return Path(which).resolve().parent


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _user() -> str | None:
    """PostgreSQL refuses to run as root: as root, run it as `postgres` (or `warta-pg`)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "warta-pg"):
        if subprocess.run(["id", name], capture_output=True).returncode == 0:
            return name
    subprocess.run(["useradd", "--system", "--no-create-home", "warta-pg"], check=True)
    return "warta-pg"


@contextmanager
def temp_server() -> Iterator[str]:
    bindir, user = _bindir(), _user()
    as_user = ["runuser", "-u", user, "--"] if user else []
    root = Path(tempfile.mkdtemp(prefix="warta-bench-pg-"))
    data, port = root / "data", _port()
    if user:
        shutil.chown(root, user)
    try:
        subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(data), "-A", "trust",
                        "-U", "postgres", "-E", "UTF8", "--no-locale"],
                       check=True, capture_output=True, timeout=120)
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-l",
                        str(root / "log"), "-w", "-o",
                        f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off "
                        "-c full_page_writes=off", "start"],
                       check=True, capture_output=True, timeout=120)
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "stop"], capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(url: str, name: str) -> str:
    """An empty database `name` on the server at `url` (dropped first if it exists)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    return url.rsplit("/", 1)[0] + "/" + name
