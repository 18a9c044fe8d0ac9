"""Wall time of whole `warta` processes started cold, and what each one imports.

Usage: python benchmarks/bench_cold.py [--runs 5] [--src PATH] [--ingest N] [--only NAMES]
Runs, `--runs` times each: `warta search x --db EMPTY` (an empty store made first in a
temporary folder), `warta analyze examples/banjir-semarang.txt` and `warta --help`, each as a new
Python process (`python -m warta.cli`; the OS file cache is warm after the first run).
`--ingest N` adds `warta ingest` of the first 8 IndoSum dev articles into a new store
with `--workers N` (each run its own store).
Prints every run's wall seconds, the median and the best, the median CPU seconds (user +
system: less moved by other jobs on a shared machine), then which heavy libraries each
command imported. `--src` puts another checkout's `src` first on the path, for a
before/after.

Python modules load from bytecode cached in a temporary folder (PYTHONPYCACHEPREFIX), as
an installed warta's do, after one unmeasured run of each command; `--no-bytecode`
compiles warta's sources in every process instead (what PYTHONDONTWRITEBYTECODE=1 in a
source checkout does: about 0.1 s more).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HEAVY = ("spacy", "trafilatura", "httpx", "lxml", "numpy", "pydantic", "tantivy", "scipy",
         "warta.analysis", "warta.stages.segment", "warta.lang.id")
PROBE = """
import contextlib, io, sys
from warta.cli import main
sys.argv = ["warta", *sys.argv[1:]]
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        main()
    except SystemExit:
        pass
print(" ".join(m for m in {heavy!r} if m in sys.modules) or "-")
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="processes per command (default 5)")
    ap.add_argument("--src", type=Path, default=REPO / "src", help="the warta source to run")
    ap.add_argument("--ingest", type=int, default=0, metavar="N",
                    help="also time `warta ingest` of 8 IndoSum articles with --workers N")
    ap.add_argument("--only", default="", metavar="NAMES",
                    help="comma-separated commands to time (search,analyze,--help,ingest)")
    ap.add_argument("--no-bytecode", action="store_true",
                    help="compile warta's sources in every process (no bytecode cache)")
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": str(args.src), "OMP_NUM_THREADS": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        if args.no_bytecode:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        print("bytecode:", "none (sources compiled in every process)" if args.no_bytecode
              else "cached (after one unmeasured run of each command)")
        # An empty store made beforehand: `search` refuses a --db that holds none.
        subprocess.run([sys.executable, "-c", "import sys; from warta.store import open_store;"
                        " open_store(sys.argv[1]).close()", str(Path(tmp) / "empty")],
                       env=env, check=True)
        commands = {
            "search": ["search", "x", "--db", str(Path(tmp) / "empty")],
            "analyze": ["analyze", str(REPO / "examples" / "banjir-semarang.txt")],
            "--help": ["--help"],
        }
        if args.ingest:
            sys.path.insert(0, str(REPO / "benchmarks"))
            from corpora import INDOSUM

            commands["ingest"] = ["ingest", str(INDOSUM / "dev.01.jsonl"), "--limit", "8", "--db",
                                  str(Path(tmp) / "store-{run}"), "--create", "--quiet",
                                  "--workers", str(args.ingest)]
        only = set(filter(None, args.only.split(",")))
        for name, argv in commands.items():
            if only and name not in only:
                continue
            secs, cpu = [], []
            if not args.no_bytecode:  # writes the bytecode; also warms the OS file cache
                subprocess.run([sys.executable, "-m", "warta.cli",
                                *(a.format(run="warm") for a in argv)], env=env,
                               capture_output=True, check=False)
            for run in range(args.runs):
                r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.perf_counter()
                done = subprocess.run([sys.executable, "-m", "warta.cli",
                                       *(a.format(run=run) for a in argv)], env=env,
                                      capture_output=True, check=False)
                secs.append(time.perf_counter() - t0)
                r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
                if done.returncode != 0:
                    print(f"{name}: exit {done.returncode}: {done.stderr.decode()[-500:]}")
                    return 1
            probe = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY),
                                    *(a.format(run="probe") for a in argv)],
                                   env=env, capture_output=True, text=True, check=True)
            print(f"{name:8s} median {statistics.median(secs):.2f} s, best {min(secs):.2f} s "
                  f"({' '.join(f'{s:.2f}' for s in secs)}); CPU median "
                  f"{statistics.median(cpu):.2f} s; imports: {probe.stdout.strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
