#!/usr/bin/env bash
# Run README's first command verbatim, as a newcomer would: in a fresh copy of the working
# tree (so a fresh .venv with no extras, not the test venv), then check from inside that venv
# that every warta module imports, every command's --help works, and the command printed a
# record with text, entities, quotes and times. A dependency that only an extra brings in
# turns this red.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Tracked and untracked-not-ignored files that exist: no .venv, no build outputs.
(cd "$repo" && git ls-files -z --cached --others --exclude-standard \
   | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
   | tar --null -T - -cf -) | tar -xf - -C "$work"
cmd=$("$repo/scripts/readme_command.sh" 1)
echo "check_plain_install: README's first command: $cmd"
cd "$work"
start=$(date +%s)
bash -c "$cmd" > first-command.out
echo "check_plain_install: first command exited 0 in $(( $(date +%s) - start )) s"
"$work/.venv/bin/python" "$repo/scripts/check_plain_install.py" first-command.out
# The same checks on a regular (non-editable) install: package data (models, language
# files, schema, web assets) must ship inside the wheel, not be read from the checkout.
python3 -m venv "$work/wheel-venv"
"$work/wheel-venv/bin/pip" install --quiet "$work"
(cd "$work/wheel-venv" && bin/warta analyze "$work/examples/banjir-semarang.txt" \
   --published 2025-11-18 --pretty --quiet > wheel.out)
(cd "$work/wheel-venv" && bin/python "$repo/scripts/check_plain_install.py" wheel.out)
