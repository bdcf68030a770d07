#!/usr/bin/env bash
# Profile-table benchmarks of issue #4, with the peer (sqlite3's .import), in one run.
#
#   bench/profiles.sh [BUILD_DIR=build/release] [WORK=bench/out] [ROWS=1000000]
#
# 1. Generates a 1,000,000 x 300 REAL CSV with CellProfiler-style names
#    (bench/make_profiles) and the matching 4000x4000 label image of 1,000,000
#    objects (bench/make_profile_labels.py).
# 2. Imports the CSV with `sqlite3 .import` and with `ouro import`, timing both
#    and recording peak memory (/usr/bin/time -v).
# 3. Runs bench/profile_bench (under Xvfb): open + first page, jump to row
#    900,000, sort twice, filter + recolour, with its peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
work="${2:-bench/out}"
rows="${3:-1000000}"
ouro="$build/app/cli/ouro"
mkdir -p "$work"
csv="$work/profiles_${rows}.csv"
[ -f "$csv" ] || "$build/bench/make_profiles" "$csv" "$rows" 300 1000
[ -f "$work/grid_labels.tif" ] || /usr/bin/python3 bench/make_profile_labels.py "$work/grid_image.tif" "$work/grid_labels.tif" 1000
mb=$(du -m "$csv" | cut -f1)

source bench/measure.sh

db="$work/profiles.ouro"
rm -f "$db" "$db-wal" "$db-shm"
read -r s_img r_img < <(measure "$ouro" import "$work/grid_image.tif" --into "$db" --name grid)
read -r s_lab r_lab < <(measure "$ouro" import "$work/grid_labels.tif" --into "$db" --labels-for 0 --label-name cells)

rm -f "$work/peer.db"
read -r s_peer r_peer < <(measure sqlite3 "$work/peer.db" -cmd "PRAGMA page_size=65536" ".mode csv" ".import $csv t")
read -r s_ours r_ours < <(measure "$ouro" import "$csv" --into "$db" --link-labels cells --table-name Nuclei)
rm -f "$work/peer.db"

echo "| step | seconds | MB/s | peak RSS MB |"
echo "|---|---:|---:|---:|"
echo "| image 4000x4000 uint16 import | $s_img | | $r_img |"
echo "| label import + 1,000,000 objects measured | $s_lab | | $r_lab |"
printf '| sqlite3 .import of %s MB CSV (peer) | %s | %.0f | %s |\n' "$mb" "$s_peer" "$(echo "$mb / $s_peer" | bc -l)" "$r_peer"
printf '| ouro import of the same CSV (+ column copy, linking) | %s | %.0f | %s |\n' "$s_ours" "$(echo "$mb / $s_ours" | bc -l)" "$r_ours"
echo
# The table/filter timings: cold page cache is not simulated; the file was just written.
/usr/bin/time -v xvfb-run -a -s "-screen 0 1600x1000x24" "$build/bench/profile_bench" "$db" Nuclei 2>"$work/profile_bench.time"
echo
echo "profile_bench peak RSS: $(grep 'Maximum resident set size' "$work/profile_bench.time" | awk -F': ' '{printf "%.0f MB", $2/1024}')"
