"""Checks run inside a venv made by README's first command (a plain install, no extras).

Usage: VENV/bin/python scripts/check_plain_install.py FIRST_COMMAND_OUTPUT

1. no test or training extra is present (so this really is a plain install);
2. every `warta` module imports from `[project].dependencies` alone;
3. `warta COMMAND --help` exits 0 for every command;
4. the first command's stdout ends with a record that has text, entities, quotes and times.
Prints one line per failure and exits 1 if any.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

EXTRA_ONLY = ("pytest", "sklearn", "psycopg", "playwright")


def plain_venv() -> list[str]:
    return [f"{m} is installed: this is not a plain install" for m in EXTRA_ONLY
            if importlib.util.find_spec(m) is not None]


def imports() -> list[str]:
    import warta

    bad = []
    names = [m.name for m in pkgutil.walk_packages(warta.__path__, "warta.")]
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as e:  # report every module, not only the first failure
            bad.append(f"import {name}: {type(e).__name__}: {e}")
    print(f"check_plain_install: {len(names) - len(bad)}/{len(names)} modules import")
    return bad


def helps() -> list[str]:
    from warta.cli import COMMANDS

    bad = []
    for cmd in ["", *COMMANDS]:
        argv = [sys.executable, "-m", "warta.cli", *([cmd] if cmd else []), "--help"]
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=120)
        if proc.returncode != 0 or "usage:" not in proc.stdout:
            bad.append(f"warta {cmd} --help: exit {proc.returncode}: {proc.stderr[-500:]}")
    print(f"check_plain_install: --help of {len(COMMANDS)} commands checked")
    return bad


def record(path: Path) -> list[str]:
    out = path.read_text("utf-8").splitlines()
    # pip's own output comes first; the pretty-printed record starts at the last "{" line.
    starts = [i for i, line in enumerate(out) if line == "{"]
    if not starts:
        return ["the first command printed no JSON record"]
    try:
        rec = json.loads("\n".join(out[starts[-1]:]))
    except json.JSONDecodeError as e:
        return [f"the first command's record is not JSON: {e}"]
    bad = [f"the record has no {key}" for key in ("text", "entities", "quotes", "times")
           if not rec.get(key)]
    print(f"check_plain_install: record with {len(rec.get('entities', []))} entities, "
          f"{len(rec.get('quotes', []))} quotes, {len(rec.get('times', []))} times")
    return bad


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = plain_venv() + imports() + helps() + record(Path(sys.argv[1]))
    for p in problems:
        print(f"check_plain_install: FAIL {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
