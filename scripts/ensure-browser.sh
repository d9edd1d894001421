#!/usr/bin/env bash
# Makes sure Playwright has a Chromium to drive, and prints its path on the last line.
# Order: an explicit PLAYWRIGHT_CHROMIUM_PATH, Debian's /usr/bin/chromium (installed with apt when
# missing and we are root), then Playwright's own download (needs internet). Fails loudly otherwise.
set -euo pipefail

if [ -n "${PLAYWRIGHT_CHROMIUM_PATH:-}" ] && [ -x "${PLAYWRIGHT_CHROMIUM_PATH}" ]; then
  echo "${PLAYWRIGHT_CHROMIUM_PATH}"; exit 0
fi
if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's chromium for the browser tests..." >&2
  if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2; then
    if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi
  fi
  echo "apt-get could not install chromium; trying Playwright's own browser." >&2
fi

if npx playwright install chromium >&2; then
  echo "playwright-bundled"; exit 0
fi

cat >&2 <<'MSG'
ERROR: no browser for the end-to-end tests.
  Install Debian's chromium (apt-get install chromium), or run `npx playwright install chromium`
  on a machine with internet, or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium binary.
MSG
exit 1
