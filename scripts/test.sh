#!/usr/bin/env bash
# Install warta with its test extras into .venv (created if missing) and run the test suite.
# Extra arguments go to pytest, e.g. `scripts/test.sh tests/stages -x`.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
exec .venv/bin/python -m pytest "$@"
