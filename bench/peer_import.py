#!/usr/bin/python3
"""The import benchmark's peer: tifffile + zarr + numcodecs write the same
OME-Zarr as `ouro import` (bioformats2raw layout, t/c/z/y/x, 512x512 chunks,
Blosc lz4 level 5 with byte shuffle, "/" separator, 2x2 mean levels until one
chunk), into a directory store.

Usage: peer_import.py IN.ome.tif OUT.zarr
"""
import sys

import numpy as np
import tifffile
import zarr
from numcodecs import Blosc

src, out = sys.argv[1], sys.argv[2]
comp = Blosc(cname='lz4', clevel=5, shuffle=Blosc.SHUFFLE)
store = zarr.storage.NestedDirectoryStore(out)
root = zarr.group(store=store, overwrite=True)
root.attrs['bioformats2raw.layout'] = 3
ome = root.create_group('OME')
ome.attrs['series'] = ['0']

with tifffile.TiffFile(src) as tif:
    store['OME/METADATA.ome.xml'] = tif.ome_metadata.encode()
    series = tif.series[0]
    c_n, y_n, x_n = series.shape
    img = root.create_group('0')
    shapes = [(y_n, x_n)]
    while shapes[-1][0] > 512 or shapes[-1][1] > 512:
        shapes.append(((shapes[-1][0] + 1) // 2, (shapes[-1][1] + 1) // 2))
    arrays = [img.zeros(str(i), shape=(1, c_n, 1) + s, chunks=(1, 1, 1, 512, 512), dtype='<u2', compressor=comp,
                        dimension_separator='/') for i, s in enumerate(shapes)]
    for c in range(c_n):
        level = tif.pages[c].asarray()
        for i, arr in enumerate(arrays):
            if i:
                y, x = level.shape
                oy, ox = (y + 1) // 2, (x + 1) // 2
                p = np.pad(level.astype(np.uint32), ((0, 2 * oy - y), (0, 2 * ox - x)))
                level = ((p.reshape(oy, 2, ox, 2).sum(axis=(1, 3)) + 2) // 4).astype(np.uint16)
            arr[0, c, 0] = level
    img.attrs['multiscales'] = [{'version': '0.4', 'axes': [{'name': a} for a in 'tczyx'],
                                 'datasets': [{'path': str(i)} for i in range(len(shapes))]}]
print(out)
