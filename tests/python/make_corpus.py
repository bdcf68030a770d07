#!/usr/bin/python3
"""Writes the interop corpus: TIFF/OME-TIFF files made by tifffile (and
libtiff's tiffcp) with a manifest of how to import each and what it holds.

Usage: make_corpus.py OUTDIR  ->  OUTDIR/manifest.json

Each case names the files to import, extra `ouro import` arguments and, per
expected image, a reference: tifffile's own reading of a series
({"kind": "tifffile"}) or, where tifffile cannot read the layout (BinaryOnly
companions), the array we wrote ({"kind": "npy"}); for JPEG, libjpeg's own
decode through Pillow ({"kind": "pillow"}).
"""
import json
import os
import shutil
import subprocess
import sys
import uuid

import numpy as np
import tifffile

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(42)
cases = []


def data(shape, dtype):
    dt = np.dtype(dtype)
    if dt.kind == 'f':
        a = rng.normal(0, 1000, size=shape).astype(dt)
    else:
        info = np.iinfo(dt)
        a = rng.integers(info.min, info.max, size=shape, endpoint=True, dtype=dt)
    # a smooth part too, so compression has something to find
    yy, xx = np.mgrid[0:shape[-2], 0:shape[-1]]
    a[..., : shape[-2] // 2, :] = ((yy + xx)[: shape[-2] // 2] % 100).astype(dt)
    return a


def add(name, files, refs, args=(), meta=None):
    cases.append(dict(name=name, files=files, args=list(args), refs=refs, meta=meta or {}))


def path(name):
    return os.path.join(OUT, name)


def tf_ref(f, series=0, pages_as='Z'):
    return dict(kind='tifffile', file=f, series=series, pages_as=pages_as)


# Every pixel type, tiled, two channels, OME.
for dt in ['uint8', 'int8', 'uint16', 'int16', 'uint32', 'int32', 'float32', 'float64']:
    f = path(f'dtype_{dt}.ome.tif')
    tifffile.imwrite(f, data((2, 600, 700), dt), ome=True, tile=(256, 256), metadata={'axes': 'CYX'})
    add(f'dtype_{dt}', [f], [tf_ref(f)])

# Strips with an odd RowsPerStrip, little-endian.
f = path('strips_u16.ome.tif')
tifffile.imwrite(f, data((333, 517), 'uint16'), ome=True, rowsperstrip=7)
add('strips_u16', [f], [tf_ref(f)])

# BigTIFF, tiled.
f = path('bigtiff.ome.tif')
tifffile.imwrite(f, data((3, 300, 400), 'uint16'), ome=True, bigtiff=True, tile=(128, 128), metadata={'axes': 'ZYX'})
add('bigtiff', [f], [tf_ref(f)])

# Big-endian, strips and tiles.
for dt in ['int16', 'float32', 'uint32']:
    f = path(f'bigendian_{dt}.ome.tif')
    tifffile.imwrite(f, data((2, 250, 300), dt), ome=True, byteorder='>', metadata={'axes': 'TYX'})
    add(f'bigendian_{dt}', [f], [tf_ref(f)])
f = path('bigendian_tiled.ome.tif')
tifffile.imwrite(f, data((200, 300), 'uint16'), ome=True, byteorder='>', tile=(64, 64))
add('bigendian_tiled', [f], [tf_ref(f)])

# Several series in one OME-TIFF, of different shapes and types.
f = path('multiseries.ome.tif')
with tifffile.TiffWriter(f, ome=True) as w:
    w.write(data((2, 120, 160), 'uint16'), metadata={'axes': 'CYX', 'Name': 'first'})
    w.write(data((3, 90, 110), 'float32'), metadata={'axes': 'ZYX', 'Name': 'second'})
    w.write(data((70, 50, 3), 'uint8'), photometric='rgb', metadata={'axes': 'YXS', 'Name': 'third'})
add('multiseries', [f], [tf_ref(f, 0), tf_ref(f, 1), tf_ref(f, 2)], meta={'names': ['first', 'second', 'third']})

# SubIFD pyramid: level 0 is the data; reduced levels in SubIFDs are ignored and rebuilt.
f = path('subifd_pyramid.ome.tif')
base = data((2, 1100, 1300), 'uint16')
with tifffile.TiffWriter(f, ome=True) as w:
    w.write(base, subifds=2, tile=(256, 256), metadata={'axes': 'CYX'})
    w.write(base[:, ::2, ::2], subfiletype=1, tile=(256, 256))
    w.write(base[:, ::4, ::4], subfiletype=1, tile=(256, 256))
add('subifd_pyramid', [f], [tf_ref(f)], meta={'levels': [3]})

# Old-style pyramid: each level written as its own OME series. Only level 0 is imported.
f = path('multiseries_pyramid.ome.tif')
with tifffile.TiffWriter(f, ome=True) as w:
    lv = data((2, 1000, 1200), 'uint16')
    for i in range(3):
        w.write(lv[:, ::2 ** i, ::2 ** i].copy(), tile=(256, 256), metadata={'axes': 'CYX'})
add('multiseries_pyramid', [f], [tf_ref(f, 0)], meta={'levels': [3]})

# Plain TIFF pages that are pyramid levels without the reduced-image flag.
f = path('plain_pyramid_pages.tif')
with tifffile.TiffWriter(f) as w:
    lv = data((900, 1100), 'uint8')
    for i in range(3):
        w.write(lv[::2 ** i, ::2 ** i].copy(), tile=(128, 128), metadata=None)
add('plain_pyramid_pages', [f], [tf_ref(f, 0)], meta={'images': 1})

# All six DimensionOrders: tifffile derives the order from the axes.
orders_seen = []
for axes in ['TCZYX', 'CTZYX', 'TZCYX', 'ZTCYX', 'CZTYX', 'ZCTYX']:
    sizes = {'T': 2, 'C': 3, 'Z': 4}
    shape = tuple(sizes[a] for a in axes[:3]) + (40, 56)
    a = data(shape, 'uint16')
    f = path(f'order_{axes}.ome.tif')
    tifffile.imwrite(f, a, ome=True, metadata={'axes': axes, 'PhysicalSizeX': 0.25, 'PhysicalSizeY': 0.25,
                                                'PhysicalSizeZ': 1.5, 'TimeIncrement': 2.0,
                                                'Channel': {'Name': ['DAPI', 'GFP', 'RFP']}})
    with tifffile.TiffFile(f) as t:
        xml = t.ome_metadata
        order = xml.split('DimensionOrder="')[1][:5]
    orders_seen.append(order)
    add(f'order_{order}', [f], [tf_ref(f)],
        meta={'physical_size': {'x': 0.25, 'y': 0.25, 'z': 1.5, 't': 2.0}, 'channel_names': ['DAPI', 'GFP', 'RFP']})
assert sorted(orders_seen) == sorted(['XYZCT', 'XYZTC', 'XYCZT', 'XYCTZ', 'XYTZC', 'XYTCZ']), orders_seen

# Plane and channel metadata: DeltaT, ExposureTime, Position, wavelengths.
n = 2 * 3 * 4
f = path('plane_metadata.ome.tif')
tifffile.imwrite(f, data((2, 3, 4, 32, 40), 'uint16'), ome=True, metadata={
    'axes': 'TCZYX', 'PhysicalSizeZ': 0.5, 'PhysicalSizeZUnit': 'nm',
    'Plane': {'DeltaT': [float(i) for i in range(n)], 'DeltaTUnit': ['ms'] * n, 'ExposureTime': [0.25] * n,
              'PositionX': [10.0 + i for i in range(n)], 'PositionY': [-3.0] * n},
    'Channel': {'Name': ['a', 'b', 'c'], 'EmissionWavelength': [450.0, 520.0, 600.0],
                'ExcitationWavelength': [405.0, 488.0, 561.0]}})
add('plane_metadata', [f], [tf_ref(f)], meta={'catalog_sql': [
    ['SELECT COUNT(*), SUM(delta_t), MIN(delta_t_unit), MIN(exposure_time), SUM(position_x), MAX(position_y) '
     'FROM plane', [[24, 276.0, 'ms', 0.25, 516.0, -3.0]]],
    # DeltaT of plane t=1, c=2, z=3 is its index in XYZCT order: 3 + 4 * (2 + 3 * 1) = 23
    ['SELECT delta_t FROM plane WHERE t=1 AND c=2 AND z=3', [[23.0]]],
    ['SELECT name, excitation_wavelength, emission_wavelength FROM channel ORDER BY idx',
     [['a', 405.0, 450.0], ['b', 488.0, 520.0], ['c', 561.0, 600.0]]],
    ['SELECT physical_size_z, physical_size_z_unit, levels FROM image', [[0.5, 'nm', 1]]],
]})

# RGB and RGBA, contiguous and planar: each sample becomes a channel.
rgb = data((200, 300, 3), 'uint8')
f = path('rgb_contig.tif')
tifffile.imwrite(f, rgb, photometric='rgb', planarconfig='contig')
add('rgb_contig', [f], [tf_ref(f)])
f = path('rgb_planar.tif')
tifffile.imwrite(f, np.moveaxis(rgb, -1, 0).copy(), photometric='rgb', planarconfig='separate')
add('rgb_planar', [f], [tf_ref(f)])
f = path('rgba_u16.ome.tif')
tifffile.imwrite(f, data((150, 170, 4), 'uint16'), photometric='rgb', extrasamples=['unassalpha'], ome=True,
                 metadata={'axes': 'YXS'})
add('rgba_u16', [f], [tf_ref(f)])

# Palette: index values are kept, the palette becomes the colour.
pal = np.zeros((3, 256), dtype=np.uint16)
pal[1] = np.arange(256) * 257  # a green ramp
f = path('palette.tif')
tifffile.imwrite(f, data((120, 130), 'uint8'), photometric='palette', colormap=pal)
add('palette', [f], [tf_ref(f)], meta={'colors': ['#00FF00']})

# 1-bit bilevel masks become uint8 0/1.
f = path('bilevel.tif')
tifffile.imwrite(f, rng.random((70, 133)) > 0.5)
ref = tf_ref(f)
ref['astype'] = 'uint8'
add('bilevel', [f], [ref])

# ImageJ hyperstack with calibration.
f = path('imagej.tif')
tifffile.imwrite(f, data((2, 3, 2, 100, 120), 'uint16'), imagej=True, resolution=(1 / 0.4, 1 / 0.4),
                 metadata={'axes': 'TZCYX', 'spacing': 2.5, 'unit': 'um', 'finterval': 5.0})
add('imagej', [f], [tf_ref(f)], meta={'physical_size': {'x': 0.4, 'y': 0.4, 'z': 2.5, 't': 5.0}})

# Plain multi-page TIFF, pages as time points.
f = path('plain_pages.tif')
with tifffile.TiffWriter(f) as w:
    for i in range(5):
        w.write(data((90, 110), 'uint16'), metadata=None)
add('plain_pages_as_t', [f], [tf_ref(f, pages_as='T')], args=['--pages-as', 't'], meta={'size': {'t': 5, 'z': 1}})

# A pyramid of four levels (2100x1700 with 512 chunks).
f = path('large_pyramid.ome.tif')
tifffile.imwrite(f, data((1700, 2100), 'uint16'), ome=True, tile=(512, 512))
add('large_pyramid', [f], [tf_ref(f)], meta={'levels': [4]})

# Deflate with a horizontal predictor, through libtiff's tiffcp.
src = path('strips_u16.ome.tif')
for codec in ['lzw:2', 'zip:2', 'packbits', 'zstd', 'lzw']:
    f = path(f'tiffcp_{codec.replace(":", "_")}.ome.tif')
    subprocess.run(['tiffcp', '-c', codec, src, f], check=True)
    add(f'tiffcp_{codec}', [f], [tf_ref(src)])
for codec in ['lzw:2', 'zstd', 'packbits']:
    f = path(f'tiffcp_tiled_{codec.replace(":", "_")}.tif')
    subprocess.run(['tiffcp', '-t', '-w', '64', '-l', '64', '-c', codec, path('rgb_contig.tif'), f], check=True)
    add(f'tiffcp_tiled_rgb_{codec}', [f], [tf_ref(path('rgb_contig.tif'))])
# JPEG is lossy: compared exactly with libjpeg's own decode of the same file (Pillow reads
# it through libtiff and libjpeg), and loosely with the uncompressed original, so the
# picture is the one that was compressed.
def jpeg_ref(f, original):
    return dict(kind='pillow', file=f, original=original, max_mean_error=JPEG_MEAN_ERROR)


JPEG_MEAN_ERROR = 2  # measured < 0.9 at quality 75 on these ramps; a wrong colour conversion or plane is off by tens
smooth = np.zeros((256, 320, 3), np.uint8)
yy, xx = np.mgrid[0:256, 0:320]
smooth[..., 0] = (xx * 255 // 319).astype(np.uint8)
smooth[..., 1] = (yy * 255 // 255).astype(np.uint8)
smooth[..., 2] = 128
tifffile.imwrite(path('smooth_rgb.tif'), smooth, photometric='rgb')
for codec in ['jpeg', 'jpeg:r']:
    f = path(f'tiffcp_{codec.replace(":", "_")}.tif')
    subprocess.run(['tiffcp', '-c', codec, '-r', '16', path('smooth_rgb.tif'), f], check=True)
    add(f'tiffcp_{codec}', [f], [jpeg_ref(f, path('smooth_rgb.tif'))])
smooth_gray = smooth[..., 0].copy()
tifffile.imwrite(path('smooth_gray.tif'), smooth_gray)
f = path('tiffcp_jpeg_gray.tif')
subprocess.run(['tiffcp', '-c', 'jpeg', '-r', '16', path('smooth_gray.tif'), f], check=True)
add('tiffcp_jpeg_gray', [f], [jpeg_ref(f, path('smooth_gray.tif'))])


# PNG (written by Pillow): grey 1/8/16-bit, palette (indices kept), RGB, RGBA, grey+alpha.
from PIL import Image as PILImage  # noqa: E402

png_cases = []
g8 = data((97, 131), 'uint8')
png_cases.append(('png_gray8', PILImage.fromarray(g8, 'L'), g8[None, None, None]))
g16 = data((80, 120), 'uint16')
png_cases.append(('png_gray16', PILImage.fromarray(g16.astype(np.int32), 'I').convert('I;16'), g16[None, None, None]))
bits = rng.random((50, 77)) > 0.5
png_cases.append(('png_1bit', PILImage.fromarray(bits), bits.astype(np.uint8)[None, None, None]))
idx = rng.integers(0, 5, (60, 70), dtype=np.uint8)
pimg = PILImage.fromarray(idx, 'P')
pimg.putpalette([0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 0])
png_cases.append(('png_palette', pimg, idx[None, None, None]))
rgbp = data((64, 90, 3), 'uint8')
png_cases.append(('png_rgb', PILImage.fromarray(rgbp, 'RGB'), np.moveaxis(rgbp, -1, 0)[None, :, None]))
rgbap = data((40, 50, 4), 'uint8')
png_cases.append(('png_rgba', PILImage.fromarray(rgbap, 'RGBA'), np.moveaxis(rgbap, -1, 0)[None, :, None]))
lap = data((33, 44, 2), 'uint8')
png_cases.append(('png_gray_alpha', PILImage.fromarray(lap, 'LA'), np.moveaxis(lap, -1, 0)[None, :, None]))
big = data((1100, 700), 'uint8')  # several 512-row bands: the row stream restarts and continues
png_cases.append(('png_large', PILImage.fromarray(big, 'L'), big[None, None, None]))
for name, im, ref in png_cases:
    f = path(name + '.png')
    im.save(f, optimize=(name == 'png_large'))
    back = np.array(PILImage.open(f))
    np.save(path(name + '.npy'), ref)
    add(name, [f], [dict(kind='npy', file=path(name + '.npy'))])

# Multi-file OME: planes spread over two files, referenced by UUID/FileName.
def ome_xml(file_uuid, files_planes, size, dtype='uint16', binary_only=None, root_uuid=None):
    """files_planes: list of (filename, uuid, firstZ) one plane each."""
    sz, sy, sx = size
    tds = ''.join(
        f'<TiffData FirstZ="{z}" IFD="0" PlaneCount="1"><UUID FileName="{fn}">urn:uuid:{u}</UUID></TiffData>'
        for fn, u, z in files_planes)
    head = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<OME xmlns="http://www.openmicroscopy.org/Schemas/OME/2016-06" '
            f'UUID="urn:uuid:{root_uuid or file_uuid}">')
    if binary_only:
        return head + f'<BinaryOnly MetadataFile="{binary_only}" UUID="urn:uuid:{root_uuid}"/></OME>'
    return (head + '<Image ID="Image:0" Name="multifile"><Pixels ID="Pixels:0" DimensionOrder="XYZCT" '
            f'Type="{dtype}" SizeX="{sx}" SizeY="{sy}" SizeZ="{sz}" SizeC="1" SizeT="1" '
            'PhysicalSizeX="0.5" PhysicalSizeY="0.5">'
            '<Channel ID="Channel:0:0" SamplesPerPixel="1" Name="only"/>' + tds + '</Pixels></Image></OME>')


mf = os.path.join(OUT, 'multifile')
os.makedirs(mf, exist_ok=True)
planes = data((2, 64, 96), 'uint16')
uuids = [str(uuid.UUID(int=i + 1)) for i in range(2)]
names = ['mf_z0.ome.tif', 'mf_z1.ome.tif']
for i in range(2):
    xml = ome_xml(uuids[i], list(zip(names, uuids, [0, 1])), (2, 64, 96))
    tifffile.imwrite(os.path.join(mf, names[i]), planes[i], description=xml, metadata=None)
np.save(os.path.join(mf, 'ref.npy'), planes[None, None])
add('multifile', [os.path.join(mf, names[0]), os.path.join(mf, names[1])],
    [dict(kind='npy', file=os.path.join(mf, 'ref.npy'))], meta={'images': 1})

# Companion: the TIFFs carry BinaryOnly, the metadata is in a .companion.ome file.
cp = os.path.join(OUT, 'companion')
os.makedirs(cp, exist_ok=True)
root = str(uuid.UUID(int=99))
cnames = ['cp_z0.ome.tif', 'cp_z1.ome.tif']
for i in range(2):
    xml = ome_xml(uuids[i], [], (2, 64, 96), binary_only='set.companion.ome', root_uuid=root)
    tifffile.imwrite(os.path.join(cp, cnames[i]), planes[i], description=xml, metadata=None)
with open(os.path.join(cp, 'set.companion.ome'), 'w') as fh:
    fh.write(ome_xml(root, list(zip(cnames, uuids, [0, 1])), (2, 64, 96), root_uuid=root))
np.save(os.path.join(cp, 'ref.npy'), planes[None, None])
add('companion_file', [os.path.join(cp, 'set.companion.ome')], [dict(kind='npy', file=os.path.join(cp, 'ref.npy'))])
add('companion_master_tiff', [os.path.join(cp, cnames[0])], [dict(kind='npy', file=os.path.join(cp, 'ref.npy'))])
# Every file of the set given at once (as a dropped folder would be): one image, not three.
add('companion_all_files', [os.path.join(cp, n) for n in cnames] + [os.path.join(cp, 'set.companion.ome')],
    [dict(kind='npy', file=os.path.join(cp, 'ref.npy'))])

with open(os.path.join(OUT, 'manifest.json'), 'w') as fh:
    json.dump(cases, fh, indent=1)
print(f'{len(cases)} cases in {OUT}')
