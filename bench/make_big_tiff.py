#!/usr/bin/python3
"""Writes the import benchmark's input: a 3-channel SIZE x SIZE uint16 tiled
(512x512, uncompressed) OME-TIFF with microscopy-like content (smooth blobs,
background and noise), one tile at a time so memory stays small.

Usage: make_big_tiff.py OUT.ome.tif [SIZE=8192]
"""
import sys

import numpy as np
import tifffile

out = sys.argv[1]
size = int(sys.argv[2]) if len(sys.argv) > 2 else 8192
tile = 512
rng = np.random.default_rng(0)
# Blob centres per channel, shared by every tile generator.
nblobs = (size // 64) ** 2 // 4
centres = rng.uniform(0, size, (3, nblobs, 2))
yy, xx = np.mgrid[0:tile, 0:tile].astype(np.float32)


def tiles():
    for c in range(3):
        for ty in range(0, size, tile):
            for tx in range(0, size, tile):
                t = np.full((tile, tile), 100 + 50 * c, np.float32)
                cs = centres[c]
                near = cs[(cs[:, 0] > ty - 40) & (cs[:, 0] < ty + tile + 40) &
                          (cs[:, 1] > tx - 40) & (cs[:, 1] < tx + tile + 40)]
                for cy, cx in near:
                    t += 2000 * np.exp(-(((yy + ty - cy) ** 2 + (xx + tx - cx) ** 2) / (2 * 8.0 ** 2)))
                t += rng.normal(0, 20, t.shape).astype(np.float32)
                yield np.clip(t, 0, 65535).astype(np.uint16)


tifffile.imwrite(out, tiles(), shape=(3, size, size), dtype=np.uint16, tile=(tile, tile), ome=True,
                 metadata={'axes': 'CYX', 'PhysicalSizeX': 0.325, 'PhysicalSizeY': 0.325,
                           'Channel': {'Name': ['DNA', 'GFP', 'RFP']}})
print(out)
