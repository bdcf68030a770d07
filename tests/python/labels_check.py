#!/usr/bin/python3
"""Label-image checks against independent implementations.

  labels_check.py make OUTDIR
      writes image.tif (1300x1100 uint16), instance.tif (uint32 ids, blobs,
      sparse ids), binary.tif (0/255 with diagonal-touching objects) and
      labels_wrong_size.tif, float_mask.tif.
  labels_check.py verify DB.ouro IMAGE_ID NAME MASK.tif [instance|binary8|binary4]
      reads DB through zarr-python, and checks the label group's metadata,
      level 0 against the mask (instance) or against skimage.measure.label
      (binary, connectivity 2 or 1), and every level against a numpy 2x2 mode.
Prints OK or FAIL: ... .
"""
import json
import sys

import numpy as np
import tifffile
import zarr


def fail(msg):
    print('FAIL: ' + msg)
    sys.exit(1)


def mode2x(a):
    """2x2 mode with ties to the first in raster order (top-left, top-right, bottom-left, bottom-right)."""
    y, x = a.shape
    oy, ox = (y + 1) // 2, (x + 1) // 2
    p = np.full((2 * oy, 2 * ox), -1, np.int64)  # -1 marks pixels beyond the edge
    p[:y, :x] = a
    cand = [p[0::2, 0::2], p[0::2, 1::2], p[1::2, 0::2], p[1::2, 1::2]]
    counts = [np.where(c >= 0, sum((o == c) for o in cand), -1) for c in cand]
    best = np.argmax(np.stack(counts), axis=0)  # argmax returns the first maximum: raster-order ties
    return np.choose(best, cand).astype(a.dtype)


def make(out):
    rng = np.random.default_rng(5)
    h, w = 1100, 1300
    tifffile.imwrite(f'{out}/image.tif', rng.integers(0, 5000, (h, w), dtype=np.uint16))
    inst = np.zeros((h, w), np.uint32)

    def disc(a, cy, cx, r, value):
        y0, y1, x0, x1 = max(0, cy - r), min(h, cy + r + 1), max(0, cx - r), min(w, cx + r + 1)
        yy, xx = np.mgrid[y0:y1, x0:x1]
        a[y0:y1, x0:x1][(yy - cy) ** 2 + (xx - cx) ** 2 < r * r] = value

    for k in range(300):
        cy, cx, r = (int(v) for v in (rng.integers(0, h), rng.integers(0, w), rng.integers(3, 25)))
        disc(inst, cy, cx, r, 70000 + 13 * k)  # ids above 65535, not contiguous
    tifffile.imwrite(f'{out}/instance.tif', inst, compression='zlib')
    binary = np.zeros((h, w), np.uint8)
    for k in range(400):
        cy, cx, r = (int(v) for v in (rng.integers(0, h), rng.integers(0, w), rng.integers(2, 12)))
        disc(binary, cy, cx, r, 255)
    # pixels touching only diagonally: one object with 8-connectivity, two with 4
    binary[10:14, 10:14] = 0
    binary[10, 10] = binary[11, 11] = binary[12, 12] = 255
    tifffile.imwrite(f'{out}/binary.tif', binary)
    tifffile.imwrite(f'{out}/labels_wrong_size.tif', inst[:-1])
    tifffile.imwrite(f'{out}/float_mask.tif', inst.astype(np.float32))
    from PIL import Image
    small = (inst % 60000).astype(np.uint16)  # 16-bit PNG instance mask
    Image.fromarray(small.astype(np.int32), 'I').convert('I;16').save(f'{out}/instance16.png')


def verify(db, image_id, name, mask_path, kind):
    from skimage.measure import label as sk_label
    root = zarr.open(zarr.storage.SQLiteStore(db), mode='r')
    img = root[image_id]
    if name not in img['labels'].attrs['labels']:
        fail(f'labels/.zattrs does not list {name}')
    g = img['labels'][name]
    il = g.attrs.get('image-label')
    if not il or il.get('version') != '0.4':
        fail('no image-label metadata')
    ms = g.attrs['multiscales'][0]
    if [a['name'] for a in ms['axes']] != list('tczyx'):
        fail('axes')
    if len(ms['datasets']) != len(img.attrs['multiscales'][0]['datasets']):
        fail('label pyramid has a different number of levels than its image')
    if mask_path.endswith('.png'):
        from PIL import Image
        mask = np.array(Image.open(mask_path))
    else:
        mask = tifffile.imread(mask_path)
    got = g[ms['datasets'][0]['path']][0, 0, 0]
    if kind == 'instance':
        want = mask
    else:
        want = sk_label(mask != 0, connectivity=2 if kind == 'binary8' else 1)
    if got.shape != want.shape or not np.array_equal(got.astype(np.int64), want.astype(np.int64)):
        bad = np.argwhere(got.astype(np.int64) != want.astype(np.int64))
        fail(f'level 0 differs from the reference at {bad[:3].tolist()} ({len(bad)} pixels)')
    prev = got
    for d in ms['datasets'][1:]:
        have = g[d['path']][0, 0, 0]
        exp = mode2x(prev)
        if not np.array_equal(have, exp):
            fail(f'level {d["path"]} is not the 2x2 mode of the level above')
        if not set(np.unique(have)) <= set(np.unique(got)):
            fail(f'level {d["path"]} invents ids')
        prev = have
    print('OK', json.dumps({'objects': int(len(np.unique(got)) - (1 if 0 in got else 0)), 'max': int(got.max())}))


if sys.argv[1] == 'make':
    make(sys.argv[2])
else:
    verify(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6])
