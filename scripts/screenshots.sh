#!/usr/bin/env bash
# Makes the screenshots in docs/images from the demo data, with `ouroboros --screenshot`
# under Xvfb. Usage: scripts/screenshots.sh [BUILD_DIR]   (default build/release)
# Needs a build (scripts/build.sh release) and xvfb-run. Settings go to a scratch folder,
# so the pictures do not depend on (or change) your own window layout.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
app="$build/app/ouroboros" ouro="$build/app/cli/ouro"
[ -x "$app" ] && [ -x "$ouro" ] || { echo "screenshots.sh: build first (scripts/build.sh release)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "screenshots.sh: needs xvfb-run (apt-get install xvfb)" >&2; exit 1; }
bash scripts/make-demo.sh "$ouro" demo.ouro
out=docs/images
mkdir -p "$out"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

shot() { # shot NAME.png ARGS...: a 1600 x 1000 window on demo.ouro
  local name="$1"; shift
  rm -rf "$scratch/config"
  XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch" \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$app" -qwindowgeometry 1600x1000+0+0 demo.ouro "$@" --screenshot "$out/$name"
  echo "$out/$name"
}

# The viewer: ExampleHuman's three channels; nuclei over 200 pixels coloured by their PH3 intensity.
shot main-window.png --image 0 --filter "AreaShape_Area > 200" --color-by Intensity_MeanIntensity_PH3
# The same in German (the interface follows the system's language; --language picks one).
shot main-window-de.png --language de --image 0 --filter "AreaShape_Area > 200" \
  --color-by Intensity_MeanIntensity_PH3
# Plots: nucleus area against DNA intensity, the filter's matches in orange.
shot plots.png --image 0 --plot AreaShape_Area,Intensity_MeanIntensity_DNA \
  --filter "AreaShape_Area > 150"
# 3D: the z-stack and its nuclei as surfaces, coloured by depth; the plot of the same table.
shot 3d-view.png --image 2 --view3d oblique --color-by Centroid_Z --plot Volume,Intensity_Mean
# 3D alone, from the front: the nuclei's depths.
shot 3d-front.png --image 2 --view3d front --color-by Centroid_Z
