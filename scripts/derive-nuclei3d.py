#!/usr/bin/python3
"""Derives the demo's 3D nuclei from the DSB2018 2D image and mask (resources/samples/dsb2018).

The bundled sample data has no real z-stack of cells, so this makes one that is honest
about what it is: each 2D nucleus of the mask becomes a lens-shaped 3D nucleus with the
same outline, at a depth drawn from a fixed seed. The 3D intensity is the 2D image's
smoothed intensity inside each nucleus, fading towards the nucleus's top and bottom, plus
a faint background. The per-object table is measured from the 3D labels with
scikit-image's regionprops, so it is an independent measurement of the label image.

Writes (into the folder given, default resources/samples/nuclei3d):
  nuclei3d.ome.tif         Z×Y×X uint16 OME-TIFF, zlib
  nuclei3d_labels.tif      Z×Y×X uint16 instance labels (the 2D mask's ids), zlib
  Nuclei3D.csv             one row per object: ObjectNumber, volume, centroid, intensity

Run with Debian's python3 (python3-skimage, python3-tifffile): every run gives the same
pixels, labels and table (only the OME-XML's UUID differs).
"""
import os
import sys

import numpy as np
import tifffile
from scipy import ndimage as ndi
from skimage import measure

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "..", "resources", "samples", "dsb2018")
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "resources", "samples", "nuclei3d")
os.makedirs(out, exist_ok=True)

img2d = tifffile.imread(os.path.join(src, "img2d.tif")).astype(np.float64)
mask2d = tifffile.imread(os.path.join(src, "mask2d.tif")).astype(np.int64)
Z = 40
rng = np.random.default_rng(2018)

smooth = ndi.gaussian_filter(img2d, 1.0)
labels = np.zeros((Z,) + mask2d.shape, np.uint16)
# Height field: the distance to the nucleus's edge, as a fraction of its largest, gives a dome.
dist = ndi.distance_transform_edt(mask2d > 0)
signal = np.zeros(labels.shape, np.float64)
zz = np.arange(Z, dtype=np.float64)[:, None]
for region in measure.regionprops(mask2d):
    sl = region.slice
    inside = mask2d[sl] == region.label
    d = dist[sl] * inside
    dome = np.sqrt(np.clip(d / max(d.max(), 1.0), 0.0, 1.0))
    radius = np.sqrt(region.area / np.pi)
    half = np.clip(0.9 * radius, 2.0, 0.45 * Z - 1)
    centre = rng.uniform(half + 1, Z - half - 2)
    reach = (half * dome).reshape(1, -1)  # per pixel of the outline
    depth = np.abs(zz - centre)  # Z × 1
    within = (depth <= reach) & inside.reshape(1, -1)
    fade = np.where(within, 1.0 - 0.5 * (depth / np.maximum(reach, 1e-9)) ** 2, 0.0)
    block = labels[:, sl[0], sl[1]].reshape(Z, -1)
    block[within] = region.label
    labels[:, sl[0], sl[1]] = block.reshape((Z,) + inside.shape)
    s = signal[:, sl[0], sl[1]].reshape(Z, -1)
    s[:] = np.maximum(s, fade * smooth[sl].reshape(1, -1))
    signal[:, sl[0], sl[1]] = s.reshape((Z,) + inside.shape)

# A little blur along z and in the plane, as a microscope would give, and a faint background.
signal = ndi.gaussian_filter(signal, (1.0, 0.7, 0.7)) + 0.03 * signal.max()
pixels = np.round(signal / signal.max() * 4000.0).astype(np.uint16)

tifffile.imwrite(os.path.join(out, "nuclei3d.ome.tif"), pixels, compression="zlib", predictor=True,
                 metadata={"axes": "ZYX", "Name": "Nuclei 3D (derived from DSB2018)",
                           "Channel": {"Name": ["DNA"]}}, ome=True)
tifffile.imwrite(os.path.join(out, "nuclei3d_labels.tif"), labels, compression="zlib", predictor=True)

props = measure.regionprops(labels.astype(np.int64), intensity_image=pixels)
with open(os.path.join(out, "Nuclei3D.csv"), "w") as f:
    f.write("ImageNumber,ObjectNumber,Volume,Centroid_Z,Centroid_Y,Centroid_X,Height_Z,"
            "EquivalentDiameter,Intensity_Mean,Intensity_Max,Intensity_Integrated\n")
    for p in props:
        cz, cy, cx = p.centroid
        z0, _, _, z1, _, _ = p.bbox
        vals = p.intensity_image[p.image]
        f.write(f"1,{p.label},{int(p.area)},{cz:.4f},{cy:.4f},{cx:.4f},{z1 - z0},"
                f"{p.equivalent_diameter:.4f},{vals.mean():.4f},{int(vals.max())},{int(vals.sum())}\n")
print(f"{out}: {labels.shape}, {len(props)} objects")
