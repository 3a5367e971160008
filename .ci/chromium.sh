#!/bin/sh
# Install Debian's headless Chromium and its WebDriver for the browser tests (tests/test_report_browser.py),
# plus CJK fonts so report screenshots render Chinese. Idempotent and quiet; run as root on Debian 12.
set -eu
need=""
[ -x /usr/bin/chromium ] || need="$need chromium"
[ -x /usr/bin/chromedriver ] || need="$need chromium-driver"
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need="$need fonts-noto-cjk"
if [ -n "$need" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    apt-get install -y -qq $need >/dev/null
fi
/usr/bin/chromium --version >/dev/null 2>&1 || { echo "chromium.sh: /usr/bin/chromium does not run" >&2; exit 1; }
/usr/bin/chromedriver --version >/dev/null 2>&1 || { echo "chromium.sh: chromedriver does not run" >&2; exit 1; }
