#!/usr/bin/env bash
# Set up a fresh machine: Python env from the lock file, offline map assets, and (with --browser)
# Debian's Chromium for the browser tests. Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
if [ ! -x .venv/bin/uv ]; then
  .venv/bin/pip install --quiet --disable-pip-version-check "uv==0.13.9"
fi
if [ ! -f .venv/.lock-installed ] || ! cmp -s requirements.lock .venv/.lock-installed; then
  .venv/bin/uv pip install --quiet --python .venv/bin/python -r requirements.lock
  .venv/bin/uv pip install --quiet --python .venv/bin/python --no-deps -e .
  cp requirements.lock .venv/.lock-installed
fi
if [ -x scripts/fetch_assets.sh ]; then
  scripts/fetch_assets.sh
fi
if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
