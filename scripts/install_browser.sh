#!/usr/bin/env bash
# Installs Debian's Chromium and its driver for the browser tests (tests/e2e), only when missing.
# The tests launch /usr/bin/chromium directly, so Playwright's own browser download is never used.
# Idempotent: a second run does nothing. Needs root (or sudo) to install.
set -euo pipefail

if [[ -x /usr/bin/chromium ]]; then
    echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
    exit 0
fi

SUDO=""
if [[ "$(id -u)" -ne 0 ]]; then
    SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium chromium-driver

if [[ ! -x /usr/bin/chromium ]]; then
    echo "install_browser.sh: /usr/bin/chromium is still missing after apt-get install" >&2
    exit 1
fi
echo "installed: $(/usr/bin/chromium --version)"
