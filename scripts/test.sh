#!/usr/bin/env bash
# Quickstart: set up (with the dev tools and Debian's Chromium for the browser tests), then run
# every check: ruff, mypy and the whole pytest suite, browser end-to-end tests included.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
bash scripts/install_browser.sh
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/pytest "$@"
