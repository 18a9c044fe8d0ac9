#!/usr/bin/env bash
# System packages the store/API tests need (idempotent): PostgreSQL server binaries for the
# throwaway test cluster, and Debian's chromium for the headless-browser test of the web page.
# Tests skip with a reason when these are absent; CI installs them here.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql postgresql-contrib)
if [ "${#need[@]}" -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends "${need[@]}" fonts-dejavu-core
fi
