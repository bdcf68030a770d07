#!/usr/bin/env bash
# Creates the demo database from the bundled sample data. Usage: make-demo.sh OURO DB
#   image 0: ExampleHuman (DNA, PH3, cellbody) with labels "nuclei"
#   image 1: DSB2018 nuclei with labels "nuclei"
#   image 2: "Nuclei 3D", a z-stack derived from DSB2018, with labels "nuclei3d" and the table Nuclei3D
set -euo pipefail
cd "$(dirname "$0")/.."
ouro="$1" db="$2"
# An existing demo is kept when it is sound and complete (labels and the Nuclei table);
# one made by an older build is made again.
if [ -f "$db" ] && "$ouro" check "$db" >/dev/null 2>&1 && "$ouro" info "$db" --json | grep -q '"labels": \[$' &&
  "$ouro" info "$db" --json | grep -q '"name": "Nuclei"' && "$ouro" info "$db" --json | grep -q '"name": "Nuclei3D"'; then
  exit 0
fi
rm -f "$db" "$db-wal" "$db-shm"
s=resources/samples
"$ouro" import "$s/examplehuman/AS_09125_050116030001_D03f00d0.tif" "$s/examplehuman/AS_09125_050116030001_D03f00d1.tif" \
  "$s/examplehuman/AS_09125_050116030001_D03f00d2.tif" --as-channels --channel-names DNA,PH3,cellbody \
  --name ExampleHuman --into "$db"
"$ouro" import "$s/examplehuman/nuclei_labels.tif" --into "$db" --labels-for 0 --label-name nuclei
"$ouro" import "$s/dsb2018/img2d.tif" --name "DSB2018 nuclei" --into "$db"
"$ouro" import "$s/dsb2018/mask2d.tif" --into "$db" --labels-for 1 --label-name nuclei
"$ouro" import tests/data/examplehuman/Nuclei.csv --into "$db" --link-labels nuclei --table-name Nuclei
"$ouro" import "$s/nuclei3d/nuclei3d.ome.tif" --into "$db"
"$ouro" import "$s/nuclei3d/nuclei3d_labels.tif" --into "$db" --labels-for 2 --label-name nuclei3d
"$ouro" import "$s/nuclei3d/Nuclei3D.csv" --into "$db" --link-labels nuclei3d --table-name Nuclei3D
