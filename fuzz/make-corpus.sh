#!/usr/bin/env bash
# Seeds for fuzz_parquet: small files from DuckDB (v1 and v2 pages, several
# codecs and encodings) written by tests/js/parquet_peer.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build/fuzz/corpus-parquet}"
mkdir -p "$out"
[ -d tests/js/node_modules ] || npm install --prefix tests/js --no-audit --no-fund --loglevel=error
i=0
for opts in "COMPRESSION uncompressed" "COMPRESSION uncompressed, PARQUET_VERSION v2" "COMPRESSION snappy" \
            "COMPRESSION zstd, PARQUET_VERSION v2" "COMPRESSION gzip, ROW_GROUP_SIZE 500"; do
  node tests/js/parquet_peer.mjs write "$out/duckdb-$i.parquet" "$opts" >/dev/null
  i=$((i + 1))
done
ls -la "$out"
