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
# An OME-Arrow record (DuckDB writes the nested layout): seeds the image assembly too.
node tests/js/parquet_peer.mjs sql - "COPY (SELECT {'type': 'ome.arrow', 'name': 'seed', 'pixels_meta': {'type': 'uint16', \
'size_x': 3, 'size_y': 2, 'size_z': 1, 'size_c': 2, 'size_t': 1, 'channels': [{'name': 'a', 'color_rgba': 4278190335::UINTEGER}]}, \
'planes': [{'z': 0, 't': 0, 'c': 1, 'pixels': [1, 2, 3, 4, 5, 6]::USMALLINT[]}, \
{'z': 0, 't': 0, 'c': 0, 'pixels': [7, 8, 9, 10, 11, 12]::USMALLINT[]}]} AS ome_arrow) TO '$out/omearrow.parquet' (FORMAT parquet)" >/dev/null

# Seeds for fuzz_zarr: .zattrs, .zarray and chunks joined by "\n--\n" (see fuzz_zarr.cpp).
zout="${2:-build/fuzz/corpus-zarr}"
mkdir -p "$zout"
z=tests/data/omezarr/xy_8bit__nuclei_PLK1_control.ome.zarr
{ cat "$z/.zattrs"; printf '\n--\n'; cat "$z/2/.zarray"; printf '\n--\n'; cat "$z/2/0/0/0/0/0"; } > "$zout/blosc-lz4"
/usr/bin/python3 - "$zout" <<'PY'
import json, sys, zlib
import numpy as np
a = (np.arange(40 * 30, dtype=np.uint16) * 37).reshape(40, 30)
attrs = {"multiscales": [{"version": "0.4", "axes": [{"name": "y", "type": "space"}, {"name": "x", "type": "space"}],
                          "datasets": [{"path": "0", "coordinateTransformations": [{"type": "scale", "scale": [1, 1]}]}]}]}
for name, comp, data in (("zlib", {"id": "zlib", "level": 1}, zlib.compress(a[:32, :16].tobytes())),
                         ("raw", None, a[:32, :16].tobytes())):
    arr = {"zarr_format": 2, "shape": [40, 30], "chunks": [32, 16], "dtype": "<u2", "compressor": comp,
           "fill_value": 0, "order": "C", "filters": None, "dimension_separator": "/"}
    with open(f"{sys.argv[1]}/{name}", "wb") as f:
        f.write(json.dumps(attrs).encode() + b"\n--\n" + json.dumps(arr).encode() + b"\n--\n" + data)
PY
ls -la "$zout"
