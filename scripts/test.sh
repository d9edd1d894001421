#!/usr/bin/env bash
# npm test: the whole suite, from a fresh clone. Installs what is missing (npm packages, a browser,
# PostgreSQL), then checks content, the schema copy, types and lint, runs the unit and integration
# tests, builds the production app and runs the browser journeys and the reliability suite against
# it on SQLite, then the journeys on a throwaway PostgreSQL server with the two-instance test.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing npm packages"
  npm ci
fi

step "Content";   npm run --silent content:check
step "Schema";    node scripts/db-schema.mjs --check
step "Types";     npm run --silent typecheck
step "Lint";      npm run --silent lint
step "Unit and integration tests"; npm run --silent test:unit
step "Production build"; npm run --silent build
step "Browser journeys on SQLite"; bash scripts/test-e2e.sh
step "Reliability"; npm run --silent test:reliability

step "PostgreSQL"
if pg_url="$(node scripts/pg/cluster.mjs start)"; then
  trap 'node scripts/pg/cluster.mjs stop' EXIT
  pg_base="${pg_url%/*}"
  TEST_PG_URL="$pg_url" npx vitest run
  E2E_DATABASE_URL="$pg_base/overflight_e2e_test" bash scripts/test-e2e.sh
  step "Two app instances on one PostgreSQL database"
  E2E_DATABASE_URL="$pg_base/overflight_multi_test" bash scripts/test-e2e.sh -c playwright.multi.config.ts
elif [ "${CI:-}" = "true" ]; then
  echo "ERROR: PostgreSQL could not be started, and CI never skips it." >&2
  exit 1
else
  printf '\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' >&2
  printf '!!  WARNING: PostgreSQL could not be started: its tests did NOT run.            !!\n' >&2
  printf '!!  Install PostgreSQL 15+ (initdb, pg_ctl) or run as root with apt available.  !!\n' >&2
  printf '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' >&2
fi
