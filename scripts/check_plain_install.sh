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
