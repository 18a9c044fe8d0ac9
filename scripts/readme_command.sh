#!/usr/bin/env bash
# Print README.md's Nth set-up command (N=1: install and run the example; N=2: the tests),
# verbatim: the Nth ```bash block, without comment lines. CI runs exactly what a newcomer reads.
set -euo pipefail
n=${1:?usage: readme_command.sh N}
readme="$(cd "$(dirname "$0")/.." && pwd)/README.md"
cmd=$(awk -v want="$n" '/^```bash/{k++; next} /^```/{if (k == want) exit; next}
                        k == want && $0 !~ /^[[:space:]]*#/ && NF {print}' "$readme")
[ -n "$cmd" ] || { echo "README.md has no command block $n" >&2; exit 2; }
printf '%s\n' "$cmd"
