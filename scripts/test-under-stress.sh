#!/usr/bin/env bash
# npm run test:stress [-- RUNS]: the whole suite RUNS times in a row (3 by default) on a clean clone of
# HEAD while another process keeps every core busy, as a slow CI machine or a busy laptop would. Stops at
# the first failure. The load is stress-ng when installed (Debian's stress-ng), else one Node busy loop
# per core; it is started and stopped here, also when a run fails or is interrupted. A run that passed
# only because Playwright retried a test (CI=true gives each test one retry) counts as passed, as it does
# on CI, but its log is kept and the script ends non-zero: a test that needs a retry under load is a flake.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
clone="$(mktemp -d "${TMPDIR:-/tmp}/overflight-stress-XXXXXX")"
cores="$(node -e 'console.log(require("node:os").availableParallelism())')"
load_pids=()
retried=0
stop_load() { for pid in "${load_pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap 'stop_load; rm -rf "$clone"' EXIT

git clone --quiet . "$clone"
if command -v stress-ng >/dev/null; then
  stress-ng --cpu "$cores" --quiet &
  load_pids+=($!)
else
  for _ in $(seq "$cores"); do node -e 'for (;;) {}' & load_pids+=($!); done
fi
echo "test:stress: $runs runs of npm test in $clone, with $cores cores kept busy"
for run in $(seq "$runs"); do
  started=$SECONDS
  if ! (cd "$clone" && CI=true npm test > "$clone/run-$run.log" 2>&1); then
    echo "test:stress: run $run of $runs FAILED after $((SECONDS - started)) s; its log:" >&2
    tail -n 80 "$clone/run-$run.log" >&2
    cp "$clone/run-$run.log" "${TMPDIR:-/tmp}/overflight-stress-failed.log"
    echo "(whole log kept in ${TMPDIR:-/tmp}/overflight-stress-failed.log)" >&2
    exit 1
  fi
  # Playwright's list reporter ends with "  N flaky" and the tests that passed on their retry.
  if grep -qE '^ +[0-9]+ flaky$' "$clone/run-$run.log"; then
    retried=$((retried + 1))
    kept="${TMPDIR:-/tmp}/overflight-stress-run-$run-retried.log"
    cp "$clone/run-$run.log" "$kept"
    echo "test:stress: run $run of $runs passed in $((SECONDS - started)) s, but only after a retry (whole log kept in $kept):"
    grep -E -A6 '^ +[0-9]+ flaky$' "$clone/run-$run.log" | grep -E 'flaky|›'
  else
    echo "test:stress: run $run of $runs passed in $((SECONDS - started)) s"
  fi
done
if [ "$retried" -gt 0 ]; then
  echo "test:stress: all $runs runs passed, $retried of them only after a retry" >&2
  exit 1
fi
echo "test:stress: all $runs runs passed, none needed a retry"
