#!/usr/bin/env bash
# Parquet benchmarks of issue #5, with the peer (DuckDB, @duckdb/node-api) in the same run.
#
#   bench/parquet.sh [BUILD_DIR=build/release] [WORK=bench/out]
#
# Needs bench/profiles.sh to have run (bench/out/profiles.ouro with the 1,000,000 x 300
# table "Nuclei", and the CSV it came from).
# 1. Export: `ouro export --format parquet` (ZSTD) of the table, against DuckDB's
#    COPY … TO (COMPRESSION zstd) from an in-memory table of the same CSV (loading untimed).
# 2. Import of our file: `ouro import` into a new .ouro, against DuckDB's
#    CREATE TABLE … AS SELECT * FROM read_parquet(…) of the same file.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
work="${2:-bench/out}"
ouro="$build/app/cli/ouro"
db="$work/profiles.ouro"
csv="$work/profiles_1000000.csv"
[ -f "$db" ] && [ -f "$csv" ] || { echo "run bench/profiles.sh first" >&2; exit 1; }
[ -d tests/js/node_modules ] || npm install --prefix tests/js --no-audit --no-fund --loglevel=error
source bench/measure.sh

rm -f "$work/ours.parquet" "$work/duck.parquet" "$work/fromparquet.ouro"
read -r s_ours r_ours < <(measure "$ouro" export "$db" --format parquet --table Nuclei --out "$work/ours.parquet")
duck=$(node tests/js/duckdb_bench.mjs export "$csv" "$work/duck.parquet")
s_duck=$(echo "$duck" | sed 's/.*"ms":\([0-9.]*\).*/\1/' | awk '{printf "%.2f", $1/1000}')
b_ours=$(stat -c %s "$work/ours.parquet")
b_duck=$(stat -c %s "$work/duck.parquet")

read -r s_imp r_imp < <(measure "$ouro" import "$work/ours.parquet" --into "$work/fromparquet.ouro" --table-name Nuclei)
dimp=$(node tests/js/duckdb_bench.mjs import "$work/ours.parquet")
s_dimp=$(echo "$dimp" | sed 's/.*"ms":\([0-9.]*\).*/\1/' | awk '{printf "%.2f", $1/1000}')

rows=1000000
echo "| step | seconds | rows/s | file MB | peak RSS MB |"
echo "|---|---:|---:|---:|---:|"
printf '| ouro export --format parquet (zstd, 305 columns: 302 + 3 link columns) | %s | %.0f | %.1f | %s |\n' "$s_ours" "$(echo "$rows / $s_ours" | bc -l)" "$(echo "$b_ours / 1048576" | bc -l)" "$r_ours"
printf '| DuckDB COPY TO parquet (zstd, 302 columns; peer) | %s | %.0f | %.1f | |\n' "$s_duck" "$(echo "$rows / $s_duck" | bc -l)" "$(echo "$b_duck / 1048576" | bc -l)"
printf '| ouro import of our file (types, column copy) | %s | %.0f | | %s |\n' "$s_imp" "$(echo "$rows / $s_imp" | bc -l)" "$r_imp"
printf '| DuckDB read_parquet into a table (peer) | %s | %.0f | | |\n' "$s_dimp" "$(echo "$rows / $s_dimp" | bc -l)"
printf '\nrows/s ratio (ours / DuckDB): export %.2f; file size ratio %.2f\n' "$(echo "$s_duck / $s_ours" | bc -l)" "$(echo "$b_ours / $b_duck" | bc -l)"
rm -f "$work/fromparquet.ouro"
