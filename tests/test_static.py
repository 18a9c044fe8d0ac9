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



def _top_level_clashes(root: Path) -> list[str]:
    """Module-level names bound twice to different values in the `.py` files under root."""
    import ast

    clashes = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        seen: dict[str, str] = {}
        for node in tree.body:
            pairs: list[tuple[str, str]] = []
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                pairs = [(node.name, ast.dump(node))]
            elif isinstance(node, ast.Assign):
                pairs = [(t.id, ast.dump(node.value)) for t in node.targets
                         if isinstance(t, ast.Name)]
            for name, value in pairs:
                if name in seen and seen[name] != value and name != "__all__":
                    clashes.append(f"{path.relative_to(root)}: {name}")
                seen[name] = value
    return clashes


def test_no_module_binds_a_top_level_name_twice_to_different_values() -> None:
    """Two branches that each add a module constant of the same name merge silently, the
    later binding replacing the earlier for every use (a merge once gave one rule's
    one-word look-behind another's two-word pattern); rebinding the same value is harmless."""
    assert not _top_level_clashes(ROOT / "src")


def test_the_clash_check_finds_a_rebound_pattern_but_not_a_repeated_one(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text('import re\nX = re.compile("a")\nX = re.compile("b")\n')
    (tmp_path / "b.py").write_text('import re\nY = re.compile("a")\nY = re.compile("a")\n')
    assert _top_level_clashes(tmp_path) == ["a.py: X"]
