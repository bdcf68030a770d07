#!/usr/bin/env bash
# Import and tile-read benchmarks of issue #2, with their peers, in one run.
#
#   bench/import_and_tiles.sh [BUILD_DIR=build/release] [WORK=bench/out]
#
# 1. Generates a 3-channel 8192x8192 uint16 tiled OME-TIFF (and a 16384x16384
#    one for the memory check).
# 2. Imports it with `ouro import` and the peer (tifffile + zarr + numcodecs,
#    same chunks, codec and levels), 3 runs each, under /usr/bin/time -v.
# 3. Reads 2000 random chunks with `ouro bench read-tiles` and with
#    zarr-python's SQLiteStore.
# 4. Compares the .ouro size with the peer's OME-Zarr directory.
# Prints a Markdown report on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
work="${2:-bench/out}"
ouro="$build/app/cli/ouro"
py=/usr/bin/python3
mkdir -p "$work"

[ -f "$work/big8k.ome.tif" ] || $py bench/make_big_tiff.py "$work/big8k.ome.tif" 8192 >/dev/null
[ -f "$work/big16k.ome.tif" ] || $py bench/make_big_tiff.py "$work/big16k.ome.tif" 16384 >/dev/null

source bench/measure.sh
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

ours=(); peer=(); ours_rss=(); peer_rss=()
for i in 1 2 3; do
  rm -f "$work/b.ouro" "$work/b.ouro-wal" "$work/b.ouro-shm"
  read -r s r < <(measure "$ouro" import "$work/big8k.ome.tif" --into "$work/b.ouro")
  ours+=("$s"); ours_rss+=("$r")
  rm -rf "$work/peer.zarr"
  read -r s r < <(measure $py bench/peer_import.py "$work/big8k.ome.tif" "$work/peer.zarr")
  peer+=("$s"); peer_rss+=("$r")
done
# Appending to an existing file goes through the WAL (readers keep working meanwhile).
rm -f "$work/append.ouro"*
"$ouro" import resources/samples/examplehuman/AS_09125_050116030001_D03f00d0.tif --into "$work/append.ouro" >/dev/null
read -r sa ra < <(measure "$ouro" import "$work/big8k.ome.tif" --into "$work/append.ouro")
rm -f "$work/b16.ouro" "$work/b16.ouro-wal" "$work/b16.ouro-shm"
read -r s16 r16 < <(measure "$ouro" import "$work/big16k.ome.tif" --into "$work/b16.ouro")

o_med=$(printf '%s\n' "${ours[@]}" | median); p_med=$(printf '%s\n' "${peer[@]}" | median)
o_rss=$(printf '%s\n' "${ours_rss[@]}" | sort -g | tail -1); p_rss=$(printf '%s\n' "${peer_rss[@]}" | sort -g | tail -1)

tiles=$("$ouro" bench read-tiles "$work/b.ouro" --image 0 --n 2000 --json)
ptiles=$($py bench/peer_read_tiles.py "$work/b.ouro" 2000)
get() { $py -c "import json,sys; print(round(json.loads(sys.argv[1])[sys.argv[2]], 3))" "$1" "$2"; }

osize=$(stat -c %s "$work/b.ouro")
zsize=$(du -sb "$work/peer.zarr" | cut -f1)
zdisk=$(du -sB1 "$work/peer.zarr" | cut -f1)

cat <<MD
Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(date -u +%Y-%m-%d). Input: 3 x 8192 x 8192 uint16, tiled 512, uncompressed ($(du -h "$work/big8k.ome.tif" | cut -f1)).

| import (3 runs) | median s | runs s | peak RSS MB |
|---|---|---|---|
| \`ouro import\` | $o_med | ${ours[*]} | $o_rss |
| peer: tifffile + zarr + numcodecs | $p_med | ${peer[*]} | $p_rss |
| speed-up | $($py -c "print(round($p_med/$o_med, 2))")x | | |
| \`ouro import\` appending to an existing file (WAL) | $sa | | $ra |
| \`ouro import\`, 4x larger (3 x 16384 x 16384) | $s16 | | $r16 |

| tile reads (2000 random 512x512 chunks) | p50 ms | p99 ms | chunks/s | MB/s |
|---|---|---|---|---|
| \`ouro bench read-tiles\` | $(get "$tiles" p50_ms) | $(get "$tiles" p99_ms) | $(get "$tiles" chunks_per_s) | $(get "$tiles" mb_per_s) |
| zarr-python SQLiteStore | $(get "$ptiles" p50_ms) | $(get "$ptiles" p99_ms) | $(get "$ptiles" chunks_per_s) | $(get "$ptiles" mb_per_s) |
| ratio | | | $($py -c "import json,sys; print(round(json.loads(sys.argv[1])['chunks_per_s']/json.loads(sys.argv[2])['chunks_per_s'], 1))" "$tiles" "$ptiles")x | |

| size | bytes | vs OME-Zarr directory |
|---|---|---|
| .ouro file | $osize | $($py -c "print(f'{($osize/$zsize-1)*100:+.2f} %')") |
| OME-Zarr directory (sum of files) | $zsize | |
| OME-Zarr directory (disk usage) | $zdisk | |
MD
