"""A throwaway PostgreSQL server (initdb + pg_ctl in a temporary folder, loopback only,
fsync off), stopped and removed on exit, so nothing is left running: the server-store tests
(tests/store/conftest.py) and the benchmarks start theirs with it. As root, the server runs
as the `postgres` user (or a `warta-pg` user made for it), since PostgreSQL refuses root.

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

MISSING = "PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql"


def bindir() -> Path | None:
    """The folder holding initdb and pg_ctl (the newest installed version), if any."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    which = shutil.which("initdb")
    return Path(which).resolve().parent if which else None


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
def temp_server(prefix: str = "warta-pg-") -> Iterator[str]:
    """A running server's URL (`postgresql://postgres@127.0.0.1:PORT/postgres`) for the
    `with` block. FileNotFoundError when the binaries are missing; CalledProcessError (its
    stderr says why) when the server does not start."""
    bins, user = bindir(), _user()
    if bins is None:
        raise FileNotFoundError(MISSING)
    as_user = ["runuser", "-u", user, "--"] if user else []
    root = Path(tempfile.mkdtemp(prefix=prefix))
    data, port = root / "data", _port()
    if user:
        shutil.chown(root, user)
    try:
        subprocess.run([*as_user, str(bins / "initdb"), "-D", str(data), "-A", "trust",
                        "-U", "postgres", "-E", "UTF8", "--no-locale"],
                       check=True, capture_output=True, timeout=120)
        subprocess.run([*as_user, str(bins / "pg_ctl"), "-D", str(data), "-l",
                        str(root / "log"), "-w", "-o",
                        f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off "
                        "-c full_page_writes=off", "start"],
                       check=True, capture_output=True, timeout=120)
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, str(bins / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "stop"], capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(url: str, name: str) -> str:
    """An empty database `name` on the server at `url` (dropped first if it exists)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    return url.rsplit("/", 1)[0] + "/" + name
