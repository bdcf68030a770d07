#!/usr/bin/env bash
# Creates the demo database from the bundled sample data. Usage: make-demo.sh OURO DB
set -euo pipefail
cd "$(dirname "$0")/.."
ouro="$1" db="$2"
if [ -f "$db" ] && "$ouro" check "$db" >/dev/null 2>&1; then
  exit 0
fi
rm -f "$db" "$db-wal" "$db-shm"
s=resources/samples/examplehuman
"$ouro" import "$s/AS_09125_050116030001_D03f00d0.tif" "$s/AS_09125_050116030001_D03f00d1.tif" \
  "$s/AS_09125_050116030001_D03f00d2.tif" --as-channels --channel-names DNA,PH3,cellbody \
  --name ExampleHuman --into "$db"
