#!/usr/bin/env bash
# 3D view benchmark of issue #6 (targets: load <= 2 s, rotation >= 10 frames/s under Xvfb).
#
#   bench/volume.sh [BUILD_DIR=build/release] [WORK=bench/out]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
work="${2:-bench/out}"
mkdir -p "$work"
xvfb-run -a -s "-screen 0 1280x1024x24" "$build/bench/volume_bench" "$work" "$build/app/cli/ouro"
