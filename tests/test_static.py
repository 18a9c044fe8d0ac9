"""The code's static checks run with the tests, so a merge that breaks them shows in CI:
mypy in strict mode (pyproject's [tool.mypy]) and ruff (pyproject's [tool.ruff])."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (it comes with the test extras)")
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, text=True,
                          capture_output=True, timeout=600, check=False)


def test_mypy_strict_finds_no_error_in_src() -> None:
    done = _run("mypy")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_ruff_finds_no_error() -> None:
    done = _run("ruff", "check", "src", "tests", "eval", "benchmarks")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
