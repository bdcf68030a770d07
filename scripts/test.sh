#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the release build,
# then the same suites built with ASan + UBSan. GUI tests run under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
# The tests' independent Parquet readers and writer (tests/js/package-lock.json).
if [ ! -d tests/js/node_modules ] || [ tests/js/package-lock.json -nt tests/js/node_modules ]; then
  # (npm ci refuses this lock file: npm drops the other platforms' optional DuckDB bindings from it)
  npm install --prefix tests/js --no-audit --no-fund --loglevel=error
fi
status=0
for preset in release asan; do
  echo "== $preset: build"
  bash scripts/build.sh "$preset"
  echo "== $preset: test"
  ctest --preset "$preset" -j2 || status=1
done
exit $status
