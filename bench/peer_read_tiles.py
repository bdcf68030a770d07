#!/usr/bin/python3
"""The tile-read benchmark's peer: zarr-python reads N random level-0 chunks
of image 0 from the same .ouro through SQLiteStore.

Usage: peer_read_tiles.py DB.ouro [N=1000]   -> JSON with p50/p99 and chunks/s
"""
import json
import sys
import time

import numpy as np
import zarr

db = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
arr = zarr.open(zarr.storage.SQLiteStore(db), mode='r')['0/0']
t_n, c_n, z_n, y_n, x_n = arr.shape
cy, cx = arr.chunks[3:]
rng = np.random.default_rng(1)
times = []
start = time.perf_counter()
for _ in range(n):
    t, c, z = (int(rng.integers(0, k)) for k in (t_n, c_n, z_n))
    iy, ix = int(rng.integers(0, -(-y_n // cy))), int(rng.integers(0, -(-x_n // cx)))
    s = time.perf_counter()
    arr[t, c, z, iy * cy:(iy + 1) * cy, ix * cx:(ix + 1) * cx]
    times.append((time.perf_counter() - s) * 1000)
total = time.perf_counter() - start
times.sort()
print(json.dumps({'chunks': n, 'p50_ms': times[n // 2], 'p99_ms': times[min(n - 1, int(n * 0.99))],
                  'chunks_per_s': n / total, 'mb_per_s': n * cy * cx * arr.dtype.itemsize / total / 1e6}))
