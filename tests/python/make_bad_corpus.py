#!/usr/bin/python3
"""Writes a corpus of bad inputs: OUTDIR/bad.json lists [file, expected words in the error].

Every file must be refused with a clear error naming it, without a crash and
without changing the target .ouro file.
"""
import json
import os
import struct
import sys

import numpy as np
import tifffile

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(3)
bad = []


def p(name):
    return os.path.join(OUT, name)


def add(name, *words):
    bad.append(dict(file=p(name), words=list(words)))


def ome(sx, sy, sz=1, sc=1, st=1, tiffdata='', dtype='uint16', extra=''):
    return ('<?xml version="1.0" encoding="UTF-8"?><OME xmlns="http://www.openmicroscopy.org/Schemas/OME/2016-06">'
            f'<Image ID="Image:0"><Pixels ID="Pixels:0" DimensionOrder="XYZCT" Type="{dtype}" SizeX="{sx}" '
            f'SizeY="{sy}" SizeZ="{sz}" SizeC="{sc}" SizeT="{st}"{extra}><Channel ID="Channel:0:0" '
            f'SamplesPerPixel="1"/>{tiffdata}</Pixels></Image></OME>')


good = rng.integers(0, 60000, (2, 300, 400), dtype=np.uint16)
tifffile.imwrite(p('good.ome.tif'), good, ome=True, metadata={'axes': 'ZYX'}, compression='zlib',
                 rowsperstrip=16)
raw = open(p('good.ome.tif'), 'rb').read()

# Truncations: in the header, in the IFD, in the pixel data.
for n in (0, 3, 8, 100, len(raw) // 2, len(raw) - 5000):
    open(p(f'truncated_{n}.tif'), 'wb').write(raw[:n])
    add(f'truncated_{n}.tif')

# Garbage with a TIFF name, and a TIFF header followed by garbage.
open(p('garbage.tif'), 'wb').write(rng.integers(0, 256, 10000, dtype=np.uint8).tobytes())
add('garbage.tif', 'TIFF')
open(p('header_garbage.tif'), 'wb').write(b'II*\x00' + struct.pack('<I', 8) + rng.integers(0, 256, 5000,
                                                                                             dtype=np.uint8).tobytes())
add('header_garbage.tif')
open(p('ifd_offset_past_end.tif'), 'wb').write(b'II*\x00' + struct.pack('<I', 10 ** 9))
add('ifd_offset_past_end.tif')

# Corrupt compressed data: flip bytes in the middle of the deflate strips.
corrupt = bytearray(raw)
mid = len(raw) // 2
corrupt[mid:mid + 2000] = rng.integers(0, 256, 2000, dtype=np.uint8).tobytes()
open(p('corrupt_strips.ome.tif'), 'wb').write(bytes(corrupt))
add('corrupt_strips.ome.tif')

# OME-XML that disagrees with the IFDs.
img = rng.integers(0, 1000, (2, 64, 96), dtype=np.uint16)
tifffile.imwrite(p('ome_wrong_size.ome.tif'), img, description=ome(1000, 64, 2), metadata=None)
add('ome_wrong_size.ome.tif', '1000')
tifffile.imwrite(p('ome_too_many_planes.ome.tif'), img, description=ome(96, 64, 5), metadata=None)
add('ome_too_many_planes.ome.tif', 'IFD')
tifffile.imwrite(p('ome_wrong_type.ome.tif'), img, description=ome(96, 64, 2, dtype='float'), metadata=None)
add('ome_wrong_type.ome.tif', 'float')
tifffile.imwrite(p('ome_bad_xml.ome.tif'), img, description='<?xml version="1.0"?><OME><Image><Pixels SizeX="3"',
                 metadata=None)
add('ome_bad_xml.ome.tif', 'OME-XML')
tifffile.imwrite(p('ome_bad_order.ome.tif'), img,
                 description=ome(96, 64, 2).replace('XYZCT', 'XYZZT'), metadata=None)
add('ome_bad_order.ome.tif', 'DimensionOrder')
# Sizes that overflow.
tifffile.imwrite(p('ome_overflow.ome.tif'), img, description=ome(96, 64, 2147483647, 2147483647, 2147483647),
                 metadata=None)
add('ome_overflow.ome.tif', 'planes')
tifffile.imwrite(p('ome_huge_xy.ome.tif'), img, description=ome(99999999999, 64, 2), metadata=None)
add('ome_huge_xy.ome.tif', 'SizeX')
# Missing files of a multi-file set, and a missing companion.
tifffile.imwrite(p('ome_missing_file.ome.tif'), img[0], metadata=None, description=ome(
    96, 64, 2, tiffdata='<TiffData FirstZ="0" IFD="0" PlaneCount="1"><UUID FileName="ome_missing_file.ome.tif">u:1'
                        '</UUID></TiffData><TiffData FirstZ="1" IFD="0" PlaneCount="1"><UUID '
                        'FileName="gone.ome.tif">u:2</UUID></TiffData>'))
add('ome_missing_file.ome.tif', 'gone.ome.tif', 'missing')
tifffile.imwrite(p('ome_missing_companion.ome.tif'), img[0], metadata=None, description=(
    '<?xml version="1.0"?><OME xmlns="http://www.openmicroscopy.org/Schemas/OME/2016-06" UUID="urn:uuid:1">'
    '<BinaryOnly MetadataFile="nowhere.companion.ome" UUID="urn:uuid:1"/></OME>'))
add('ome_missing_companion.ome.tif', 'nowhere.companion.ome', 'missing')
open(p('broken.companion.ome'), 'w').write('<OME><Image>')
add('broken.companion.ome', 'OME-XML')

# Pixel types we do not store.
tifffile.imwrite(p('complex.tif'), (rng.random((16, 16)) + 1j).astype(np.complex64))
add('complex.tif', 'not supported')
tifffile.imwrite(p('float16.tif'), rng.random((16, 16)).astype(np.float16))
add('float16.tif', 'not supported')
# ImageJ header that lies about its size.
tifffile.imwrite(p('imagej_lies.tif'), img, description='ImageJ=1.11a\nimages=50\nslices=50\n', metadata=None)
add('imagej_lies.tif', 'ImageJ')

# A hand-made IFD whose size overflows: 4e9 x 3e9 pixels in a 200-byte file.
def tiny_tiff(width, height, bps=8):
    entries = [(256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, bps), (259, 3, 1, 1), (262, 3, 1, 1),
               (273, 4, 1, 8), (277, 3, 1, 1), (278, 4, 1, height), (279, 4, 1, 16)]
    ifd = struct.pack('<H', len(entries)) + b''.join(
        struct.pack('<HHI', tag, typ, cnt) + (struct.pack('<HH', val, 0) if typ == 3 else struct.pack('<I', val))
        for tag, typ, cnt, val in entries) + struct.pack('<I', 0)
    return b'II*\x00' + struct.pack('<I', 24) + bytes(16) + ifd


open(p('huge_size.tif'), 'wb').write(tiny_tiff(4000000000, 3000000000))
add('huge_size.tif')
open(p('wide_row.tif'), 'wb').write(tiny_tiff(2000000000, 1))
add('wide_row.tif')

# PNG: truncated, a corrupted chunk, garbage after the signature.
from PIL import Image as PILImage  # noqa: E402
PILImage.fromarray(rng.integers(0, 255, (64, 64), dtype=np.uint8), 'L').save(p('good.png'))
png = open(p('good.png'), 'rb').read()
open(p('truncated.png'), 'wb').write(png[:len(png) // 2])
add('truncated.png', 'PNG')
bad_crc = bytearray(png)
bad_crc[40] ^= 0xFF  # inside IDAT
open(p('bad_crc.png'), 'wb').write(bytes(bad_crc))
add('bad_crc.png', 'CRC')
open(p('garbage.png'), 'wb').write(png[:8] + rng.integers(0, 256, 300, dtype=np.uint8).tobytes())
add('garbage.png', 'PNG')

# A directory and a file that does not exist.
os.makedirs(p('a_folder.tif'), exist_ok=True)
add('a_folder.tif', 'directory')
bad.append(dict(file=p('does_not_exist.tif'), words=['no such file']))

json.dump(bad, open(os.path.join(OUT, 'bad.json'), 'w'), indent=1)
print(f'{len(bad)} bad files in {OUT}')
