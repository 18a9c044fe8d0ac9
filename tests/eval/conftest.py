"""The evaluation scripts in eval/ are scripts, not a package: load them by path."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval"


def load_eval_script(name: str) -> ModuleType:
    """eval/NAME.py as a module; registered in sys.modules, where dataclasses look it up."""
    if name in sys.modules:
        return sys.modules[name]
    if str(EVAL) not in sys.path:
        sys.path.insert(0, str(EVAL))  # as `python eval/NAME.py` runs: its siblings import
    spec = importlib.util.spec_from_file_location(name, EVAL / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def load_eval() -> Callable[[str], ModuleType]:
    return load_eval_script
