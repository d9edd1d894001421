#!/usr/bin/env bash
# npm run test:e2e: the Playwright journeys against the production build (built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
PLAYWRIGHT_CHROMIUM_PATH="$(bash scripts/ensure-browser.sh | tail -n 1)"
export PLAYWRIGHT_CHROMIUM_PATH
[ -f .next/BUILD_ID ] || npm run build
npx playwright test "$@"
