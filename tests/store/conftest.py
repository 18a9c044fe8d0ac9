"""A throwaway PostgreSQL server for the server-store tests (warta.store.pgtemp). Skips
with a reason when the server binaries are missing; CI installs them (.ci/system-deps.sh).
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import ExitStack

import pytest

from warta.store import pgtemp


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    if pgtemp.bindir() is None:
        pytest.skip(f"{pgtemp.MISSING} (CI: .ci/system-deps.sh)")
    pytest.importorskip("psycopg", reason="pip install 'psycopg[binary]'")
    with ExitStack() as stack:
        try:
            url = stack.enter_context(pgtemp.temp_server())
        except subprocess.CalledProcessError as e:
            pytest.fail(f"could not start a test PostgreSQL: "
                        f"{e.stderr.decode(errors='replace')}")
        yield url


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
