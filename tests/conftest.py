"""Shared fixtures. Tests that need ../shared skip with a reason when it is absent."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared"))
SEED = SHARED / "examples" / "suara-kim-jong-un-2024-11.txt"

# Commands default to a worker process per core; tests run in one process unless they ask
# for workers (tests/batch/), so a CLI test does not start a pool that loads every model.
os.environ.setdefault("WARTA_WORKERS", "1")

# The built tokenizer is cached between processes (warta.text.tokens); the tests keep that
# cache in a folder of their own, shared by the CLI subprocesses they start and removed at
# the end, so a test run never writes into the user's ~/.cache.
if "WARTA_CACHE" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="warta-test-cache-")
    os.environ["WARTA_CACHE"] = _cache
    atexit.register(shutil.rmtree, _cache, ignore_errors=True)


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} not found: clone warta beside shared/ (or set WARTA_SHARED) "
                    "to run the tests on public gold data")
    return path


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or skip."""
    return _need(SHARED / "data")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return _need(SEED)


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text("utf-8")
