#!/usr/bin/python3
"""Compares `ouro objects --csv` output with scikit-image's regionprops.

Usage: objects_check.py OBJECTS.csv MASK.tif IMAGE.tif [IMAGE2.tif ...]
    (one image file per channel, in channel order)

Area and bounding box must match exactly; centroid and mean intensity to 1e-6
relative; min, max and sum exactly; std to 1e-6 relative of numpy's
population std. Prints OK or FAIL: ...
"""
import csv
import sys

import numpy as np
import tifffile
from skimage.measure import regionprops


def fail(msg):
    print('FAIL: ' + msg)
    sys.exit(1)


def close(a, b, rel=1e-6):
    return abs(a - b) <= rel * max(1.0, abs(b))


rows = {int(r['label']): r for r in csv.DictReader(open(sys.argv[1]))}
mask = tifffile.imread(sys.argv[2])
channels = [tifffile.imread(f) for f in sys.argv[3:]]
props = {p.label: p for p in regionprops(mask)}
if set(rows) != set(props):
    fail(f'labels differ: ouro has {len(rows)}, skimage {len(props)}; '
         f'only in ouro {sorted(set(rows) - set(props))[:5]}, only in skimage {sorted(set(props) - set(rows))[:5]}')
for label, p in props.items():
    r = rows[label]
    if int(r['area']) != p.area:
        fail(f'label {label}: area {r["area"]}, skimage {p.area}')
    bbox = tuple(int(r[k]) for k in ('bbox_min_y', 'bbox_min_x', 'bbox_max_y', 'bbox_max_x'))
    if bbox != tuple(p.bbox):
        fail(f'label {label}: bbox {bbox}, skimage {p.bbox}')
    if not close(float(r['centroid_y']), p.centroid[0]) or not close(float(r['centroid_x']), p.centroid[1]):
        fail(f'label {label}: centroid {r["centroid_y"]},{r["centroid_x"]}, skimage {p.centroid}')
    for c, img in enumerate(channels):
        values = img[mask == label].astype(np.float64)
        mean_sk = regionprops((mask == label).astype(np.uint8), intensity_image=img)[0].mean_intensity
        if not close(float(r[f'mean_c{c}']), mean_sk):
            fail(f'label {label} c{c}: mean {r[f"mean_c{c}"]}, skimage {mean_sk}')
        if float(r[f'min_c{c}']) != values.min() or float(r[f'max_c{c}']) != values.max():
            fail(f'label {label} c{c}: min/max {r[f"min_c{c}"]}/{r[f"max_c{c}"]}, numpy {values.min()}/{values.max()}')
        if float(r[f'sum_c{c}']) != values.sum():
            fail(f'label {label} c{c}: sum {r[f"sum_c{c}"]}, numpy {values.sum()}')
        if not close(float(r[f'std_c{c}']), values.std()):
            fail(f'label {label} c{c}: std {r[f"std_c{c}"]}, numpy {values.std()}')
print(f'OK {len(props)} objects')
