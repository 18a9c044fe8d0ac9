"""Time of README's first command on a fresh venv, as a newcomer runs it.

Copies the working tree (tracked and untracked-not-ignored files) to a temporary folder and
times, separately: `python3 -m venv .venv`, `.venv/bin/pip install -e .` (no extras), then
the first `warta analyze` of the example (a cold process: spaCy, models, first article) and
a second one (the OS file cache now warm). pip's cache is used as it is unless --no-cache.
Usage: python benchmarks/bench_install.py [--no-cache] [--rounds 1]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIRST = [".venv/bin/warta", "analyze", "examples/banjir-semarang.txt", "--published",
         "2025-11-18", "--pretty"]


def copy_tree(dest: Path) -> None:
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                            "--exclude-standard"], cwd=REPO, capture_output=True,
                           check=True).stdout.split(b"\0")
    for raw in filter(None, files):
        src = REPO / raw.decode()
        if src.is_file():
            (dest / raw.decode()).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / raw.decode())


def timed(argv: list[str], cwd: Path, env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(argv, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def one_round(no_cache: bool) -> dict[str, float]:
    env = dict(os.environ)
    if no_cache:
        env["PIP_NO_CACHE_DIR"] = "1"
    with tempfile.TemporaryDirectory(prefix="warta-install-") as tmp:
        work = Path(tmp)
        copy_tree(work)
        return {
            "venv": timed([sys.executable, "-m", "venv", ".venv"], work, env),
            "pip install -e .": timed([".venv/bin/pip", "install", "-e", "."], work, env),
            "first analyze (cold)": timed(FIRST, work, env),
            "second analyze": timed(FIRST, work, env),
        }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-cache", action="store_true", help="pip downloads every wheel")
    ap.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args()
    rounds = [one_round(args.no_cache) for _ in range(args.rounds)]
    cache = "no pip cache" if args.no_cache else "pip cache as it is"
    print(f"fresh venv, plain install ({cache}), {args.rounds} round(s); seconds, best:")
    for key in rounds[0]:
        print(f"  {key:24s} {min(r[key] for r in rounds):6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
