#!/usr/bin/env bash
# The main job: install what is missing, build, make demo.ouro from the bundled
# ExampleHuman sample (three channels) and open it in the app. With no display,
# print `ouro info demo.ouro` instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh release
bash scripts/make-demo.sh build/release/app/cli/ouro demo.ouro
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec build/release/app/ouroboros demo.ouro
fi
echo "No display: showing what the app would open."
build/release/app/cli/ouro info demo.ouro
