#!/usr/bin/env bash
# Installs the Debian 12 packages Ouroboros needs to build, run and test,
# but only those that are missing (so a second run costs nothing).
set -euo pipefail

PACKAGES=(
  # build
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-qpa-plugins libgl-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n  # lupdate/lrelease (translations), Qt's own translations
  libvtk9-dev  # VTK 9.1, non-Qt modules (3D view, plots); pulls in many packages, none linked
  libsqlite3-dev libtiff-dev libblosc-dev zlib1g-dev libpugixml-dev nlohmann-json3-dev
  libzstd-dev liblz4-dev libbrotli-dev libsnappy-dev
  # run under a virtual display, and fonts for the UI
  xvfb xauth fonts-dejavu-core
  # tests: independent peers and tools
  libtiff-tools python3 python3-numpy python3-tifffile python3-zarr python3-numcodecs python3-skimage sqlite3 time
  python3-matplotlib  # its colormaps are the reference tst_labelling compares ours with
  python3-pil  # the test corpora (tests/python/make_corpus.py, labels_check.py) import Pillow
  libxml2-utils  # xmllint: the OME-XML we write, checked by an independent parser
  # the .deb: Depends from the binaries (dpkg-shlibdeps, which needs file(1)), and its checks
  dpkg-dev file desktop-file-utils appstream shared-mime-info
)

# Node.js runs the independent Parquet peers of the tests (DuckDB, hyparquet from npm);
# a newer Node already on the machine is kept.
command -v node >/dev/null && command -v npm >/dev/null || PACKAGES+=(nodejs npm)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "error: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
