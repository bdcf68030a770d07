"""Writes the image and label mask that bench/make_profiles' rows describe.

    make_profile_labels.py IMAGE.tif LABELS.tif [GRID=1000]

A GRID x GRID grid of 4x4-pixel objects (ids 1..GRID^2 in raster order of the
grid), and a uint16 image of the same size.
"""
import sys

import numpy as np
import tifffile

img_path, lab_path = sys.argv[1], sys.argv[2]
grid = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
ids = (np.arange(grid * grid, dtype=np.uint32) + 1).reshape(grid, grid)
labels = np.repeat(np.repeat(ids, 4, axis=0), 4, axis=1)
tifffile.imwrite(lab_path, labels, tile=(512, 512))
rng = np.random.default_rng(1)
tifffile.imwrite(img_path, rng.integers(0, 4096, size=labels.shape, dtype=np.uint16), tile=(512, 512))
