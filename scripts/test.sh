#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the release build,
# then the same suites built with ASan + UBSan. GUI tests run under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
status=0
for preset in release asan; do
  echo "== $preset: build"
  bash scripts/build.sh "$preset"
  echo "== $preset: test"
  ctest --preset "$preset" -j2 || status=1
done
exit $status
