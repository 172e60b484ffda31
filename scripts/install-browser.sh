#!/usr/bin/env bash
# Debian's Chromium for the browser tests and screenshots (tests/test_browser.py, scripts/screenshots.py).
# Playwright (the `test` extra) drives it with executable_path=/usr/bin/chromium: never `playwright install`.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "install-browser: $(/usr/bin/chromium --version 2>/dev/null | tail -n 1)"
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "install-browser: /usr/bin/chromium is missing and this is not root: run 'sudo apt-get install chromium'" \
       "(the browser tests are skipped without it, except under CI)" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q chromium
/usr/bin/chromium --version 2>/dev/null | tail -n 1
