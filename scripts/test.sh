#!/usr/bin/env bash
# npm test: the whole suite, from a fresh clone. Installs what is missing (npm packages, a
# browser), then checks content, types and lint, runs the unit tests, builds the production app
# and runs the browser journeys and the reliability suite against it.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing npm packages"
  npm ci
fi

step "Content";   npm run --silent content:check
step "Types";     npm run --silent typecheck
step "Lint";      npm run --silent lint
step "Unit tests"; npm run --silent test:unit
step "Production build"; npm run --silent build
step "Browser journeys"; bash scripts/test-e2e.sh
step "Reliability"; npm run --silent test:reliability
