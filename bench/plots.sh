#!/usr/bin/env bash
# Plots benchmark of issue #6 (targets: redraw while panning or zooming <= 50 ms median,
# brush <= 200 ms, with 1,000,000 points). Needs bench/profiles.sh's bench/out/profiles.ouro.
#
#   bench/plots.sh [BUILD_DIR=build/release] [WORK=bench/out]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
work="${2:-bench/out}"
[ -f "$work/profiles.ouro" ] || { echo "run bench/profiles.sh first" >&2; exit 1; }
xvfb-run -a -s "-screen 0 1280x1024x24" "$build/bench/plot_bench" "$work/profiles.ouro" Nuclei
