#!/usr/bin/python3
"""Checks one imported case independently of Ouroboros' own reader.

Usage: verify_import.py DB.ouro CASE.json

Opens DB with zarr-python's SQLiteStore (read-only), and for every image:
  * compares level 0 pixel for pixel with tifffile's reading of the source
    (or a saved reference, or for JPEG libjpeg's decode through Pillow, and
    loosely the uncompressed original), rearranged to t, c, z, y, x;
  * recomputes every pyramid level from the previous one with numpy (2x2
    mean, rounded half away from zero) and compares;
  * checks the OME-Zarr 0.4 metadata (multiscales, axes, omero, .zarray).
Prints "OK" or the first mismatch, and exits 0 or 1.
"""
import json
import sys

import numpy as np
import tifffile
import zarr


def fail(msg):
    print('FAIL: ' + msg)
    sys.exit(1)


def to_tczyx(a, axes, pages_as='Z'):
    axes = list(axes)
    # tifffile's generic page axes become what --pages-as said.
    for i, ax in enumerate(axes):
        if ax in 'IQ':
            axes[i] = pages_as
    # Samples become channels (after any C axis).
    if 'S' in axes:
        if 'C' in axes:
            ci, si = axes.index('C'), axes.index('S')
            a = np.moveaxis(a, [ci, si], [0, 1])
            rest = [x for j, x in enumerate(axes) if j not in (ci, si)]
            a = a.reshape((a.shape[0] * a.shape[1],) + a.shape[2:])
            axes = ['C'] + rest
        else:
            axes[axes.index('S')] = 'C'
    for ax in 'TCZ':
        if ax not in axes:
            a = a[np.newaxis]
            axes = [ax] + axes
    if sorted(axes) != sorted('TCZYX'):
        fail(f'cannot map axes {axes}')
    return np.transpose(a, [axes.index(x) for x in 'TCZYX'])


def downsample(a):
    """2x2 mean over y, x with partial edge blocks; ints rounded half away from zero."""
    y, x = a.shape[-2:]
    oy, ox = (y + 1) // 2, (x + 1) // 2
    f = a.astype(np.float64)
    pad = [(0, 0)] * (a.ndim - 2) + [(0, 2 * oy - y), (0, 2 * ox - x)]
    s = np.pad(f, pad).reshape(a.shape[:-2] + (oy, 2, ox, 2)).sum(axis=(-3, -1))
    ones = np.pad(np.ones((y, x)), [(0, 2 * oy - y), (0, 2 * ox - x)]).reshape(oy, 2, ox, 2).sum(axis=(1, 3))
    if a.dtype.kind == 'f':
        return (s / ones).astype(a.dtype)
    si = np.pad(a.astype(np.int64), pad).reshape(a.shape[:-2] + (oy, 2, ox, 2)).sum(axis=(-3, -1))
    n = ones.astype(np.int64)
    q = np.where(si >= 0, (si + n // 2) // n, -((-si + n // 2) // n))
    return q.astype(a.dtype)


def main():
    db, case_path = sys.argv[1], sys.argv[2]
    case = json.load(open(case_path))
    store = zarr.storage.SQLiteStore(db)
    root = zarr.open(store, mode='r')
    if root.attrs.get('bioformats2raw.layout') != 3:
        fail('root lacks bioformats2raw.layout 3')
    series = root['OME'].attrs['series']
    refs = case['refs']
    if len(series) != len(refs):
        fail(f'{len(series)} images stored, {len(refs)} expected')
    if 'OME/METADATA.ome.xml' not in store:
        fail('OME/METADATA.ome.xml is missing')
    xml = bytes(store['OME/METADATA.ome.xml']).decode('utf-8')
    if xml.count('<Image ') != len(series):
        fail('METADATA.ome.xml does not list every image')
    meta = case.get('meta', {})
    for k, (path, ref) in enumerate(zip(series, refs)):
        g = root[path]
        ms = g.attrs['multiscales'][0]
        if ms['version'] != '0.4' or [a['name'] for a in ms['axes']] != list('tczyx'):
            fail(f'image {path}: bad multiscales {ms}')
        levels = [d['path'] for d in ms['datasets']]
        if ref['kind'] == 'tifffile':
            with tifffile.TiffFile(ref['file']) as t:
                s = t.series[ref['series']]
                want = to_tczyx(s.asarray(), s.axes, ref.get('pages_as', 'Z'))
                if 'astype' in ref:
                    want = want.astype(ref['astype'])
        elif ref['kind'] == 'pillow':
            # libjpeg's own decode (Pillow through libtiff), for lossy files: the same bytes must
            # decode to the same pixels, so these compare exactly too.
            from PIL import Image
            with Image.open(ref['file']) as im:
                dec = np.asarray(im)
            want = to_tczyx(dec, 'YXS' if dec.ndim == 3 else 'YX')
        else:
            want = np.load(ref['file'])
        a0 = g[levels[0]]
        if a0.compressor.codec_id != 'blosc' or a0._dimension_separator != '/':
            fail(f'image {path}: level 0 is not blosc with "/" separator')
        if a0.chunks[:3] != (1, 1, 1) or a0.chunks[3] != min(512, a0.shape[3]) or a0.chunks[4] != min(512, a0.shape[4]):
            fail(f'image {path}: chunks {a0.chunks}')
        got = a0[:]
        if got.shape != want.shape:
            fail(f'image {path}: shape {got.shape}, tifffile says {want.shape}')
        if got.dtype != want.dtype.newbyteorder('<') and got.dtype != want.dtype:
            fail(f'image {path}: dtype {got.dtype}, tifffile says {want.dtype}')
        if 'original' in ref:
            # And a sanity check that it is the picture that was compressed (JPEG's loss is bounded).
            with tifffile.TiffFile(ref['original']) as t:
                s = t.series[0]
                orig = to_tczyx(s.asarray(), s.axes)
            err = np.abs(got.astype(np.float64) - orig.astype(np.float64))
            if got.shape != orig.shape or err.mean() > ref['max_mean_error']:
                fail(f'image {path}: mean abs error {err.mean():.2f} from the original > {ref["max_mean_error"]}')
        if not np.array_equal(got, want, equal_nan=want.dtype.kind == 'f'):
            bad = np.argwhere(got != want)[0]
            fail(f'image {path}: pixel {tuple(bad)} is {got[tuple(bad)]}, {ref["kind"]} says {want[tuple(bad)]}')
        prev = got
        for lv in levels[1:]:
            exp = downsample(prev)
            have = g[lv][:]
            if have.shape != exp.shape or not np.array_equal(have, exp):
                fail(f'image {path}: level {lv} differs from the 2x2 mean of level {int(lv) - 1}')
            prev = have
        if 'levels' in meta and len(levels) != meta['levels'][k]:
            fail(f'image {path}: {len(levels)} levels, expected {meta["levels"][k]}')
        if prev.shape[3] > 512 or prev.shape[4] > 512:
            fail(f'image {path}: coarsest level {prev.shape} does not fit one chunk')
        om = g.attrs['omero']
        if len(om['channels']) != got.shape[1]:
            fail(f'image {path}: omero lists {len(om["channels"])} channels for {got.shape[1]}')
        if 'names' in meta and ms['name'] != meta['names'][k]:
            fail(f'image {path}: name {ms["name"]!r}, expected {meta["names"][k]!r}')
        if 'channel_names' in meta and [c['label'] for c in om['channels']] != meta['channel_names']:
            fail(f'image {path}: channel names {[c["label"] for c in om["channels"]]}')
        if 'colors' in meta and ['#' + c['color'] for c in om['channels']] != meta['colors']:
            fail(f'image {path}: colours {[c["color"] for c in om["channels"]]}')
        if 'physical_size' in meta:
            scale = ms['datasets'][0]['coordinateTransformations'][0]['scale']
            ps = meta['physical_size']
            exp_scale = [ps.get('t', 1.0), 1.0, ps.get('z', 1.0), ps['y'], ps['x']]
            if not np.allclose(scale, exp_scale, rtol=1e-6):
                fail(f'image {path}: scale {scale}, expected {exp_scale}')
            units = {a['name']: a.get('unit') for a in ms['axes']}
            if units['x'] != 'micrometer':
                fail(f'image {path}: x unit {units["x"]}')
        if 'size' in meta:
            for ax, n in meta['size'].items():
                if got.shape['tczyx'.index(ax)] != n:
                    fail(f'image {path}: size {ax} is {got.shape["tczyx".index(ax)]}, expected {n}')
    if 'catalog_sql' in meta:
        import sqlite3
        con = sqlite3.connect(f'file:{db}?mode=ro', uri=True)
        for sql, expected in meta['catalog_sql']:
            got = [list(r) for r in con.execute(sql)]
            if got != expected:
                fail(f'catalog: {sql} gave {got}, expected {expected}')
    print('OK')


main()
