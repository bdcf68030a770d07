#!/usr/bin/env bash
# Runs one Qt Test suite (the command line given) for CTest and makes its skips
# visible: a run that passes with any QSKIP exits 77, which CTest reports as
# "Skipped" (SKIP_RETURN_CODE), not as passed. On CI (CI set, as GitHub Actions
# does) a skip fails instead: scripts/deps.sh installs every tool a suite needs
# there, so a skip means something is missing.
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$@" 2>&1 | tee "$out"
rc=${PIPESTATUS[0]}
if [ "$rc" -eq 0 ] && grep -q '^SKIP   : ' "$out"; then
  case "${CI:-}" in
    ''|0|false|FALSE|False) exit 77 ;;
    *) echo "FAIL: the suite skipped on CI (CI=$CI), where every tool it needs is installed"; exit 1 ;;
  esac
fi
exit "$rc"
