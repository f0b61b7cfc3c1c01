"""Build the web map's country borders (``src/geowire/web/static/world.json``) from the
``world-atlas`` npm package's ``countries-110m.json`` (TopoJSON of Natural Earth's 1:110m admin-0
countries; ISC code licence, public-domain data; see ``src/geowire/web/static/LICENSES.md``).

The TopoJSON is decoded here (quantised, delta-coded arcs → rings of lon/lat) and written as one
small JSON file the browser draws without a library: ``{"note", "source", "countries": [{"id",
"name", "rings": [[lon, lat, lon, lat, …], …]}]}`` — ``id`` is the ISO 3166-1 numeric code (absent
for a few disputed areas), each ring a flat list rounded to ``--precision`` decimals with repeated
points dropped; a ring across the antimeridian is made continuous and written twice, shifted by
360° (so a few longitudes lie past ±180; the map clips them).  Nothing is downloaded at run
time; the map has no CDN.

Run: ``cd /tmp && npm pack world-atlas`` then
``python scripts/build_world_map.py /tmp/world-atlas-2.0.2.tgz`` (or the unpacked
``countries-110m.json``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tarfile
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "src" / "geowire" / "web" / "static" / "world.json"
MEMBER = "package/countries-110m.json"

Point = tuple[float, float]


def read_topology(path: Path) -> tuple[dict[str, Any], str]:
    """The TopoJSON and a source label, from the npm tarball or the JSON file itself."""
    if path.suffix in (".tgz", ".gz"):
        with tarfile.open(path) as tar:
            pkg = json.load(tar.extractfile("package/package.json"))  # type: ignore[arg-type]
            topo = json.load(tar.extractfile(MEMBER))  # type: ignore[arg-type]
        return topo, f"world-atlas {pkg['version']} countries-110m.json"
    return json.loads(path.read_text(encoding="utf-8")), f"world-atlas {path.name}"


def decode_arcs(topo: dict[str, Any]) -> list[list[Point]]:
    """Every arc as absolute lon/lat points (undo the quantisation and delta coding)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[list[Point]] = []
    for arc in topo["arcs"]:
        x = y = 0
        points: list[Point] = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[Point]], *, precision: int) -> list[float]:
    """One ring from its arc indexes (``~i`` = arc ``i`` reversed), flat and rounded."""
    points: list[Point] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    flat: list[float] = []
    last: tuple[float, float] | None = None
    for lon, lat in points:
        p = (round(lon, precision), round(lat, precision))
        if p != last:
            flat.extend(p)
            last = p
    return flat


def unwrap(flat: list[float]) -> list[list[float]]:
    """A ring that crosses the antimeridian (Fiji, Chukotka) made continuous and drawn twice, once
    on each side (the map clips what lies past ±180); any other ring as it is."""
    if all(abs(flat[i] - flat[i - 2]) <= 180 for i in range(2, len(flat), 2)):
        return [flat]
    out = flat[:2]
    for i in range(2, len(flat), 2):
        lon = flat[i]
        while lon - out[-2] > 180:
            lon -= 360
        while out[-2] - lon > 180:
            lon += 360
        out.extend((lon, flat[i + 1]))
    lons = out[0::2]
    shift = 360 if min(lons) < -180 else -360
    shifted = [v + shift if i % 2 == 0 else v for i, v in enumerate(out)]
    return [out, shifted]


def countries(topo: dict[str, Any], *, precision: int) -> list[dict[str, Any]]:
    """Each country geometry as ``{id, name, rings}`` (rings of fewer than 3 points dropped)."""
    arcs = decode_arcs(topo)
    out: list[dict[str, Any]] = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polygons = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom.get("arcs") or []]
        rings = [ring(r, arcs, precision=precision) for poly in polygons for r in poly]
        rings = [part for r in rings if len(r) >= 6 for part in unwrap(r)]
        if not rings:
            continue
        entry: dict[str, Any] = {"name": geom.get("properties", {}).get("name", "")}
        if geom.get("id"):
            entry["id"] = str(geom["id"])
        entry["rings"] = rings
        out.append(entry)
    return sorted(out, key=lambda c: c["name"])


def _compact(value: float) -> float | int:
    return int(value) if value == int(value) else value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="world-atlas-*.tgz or countries-110m.json")
    parser.add_argument("--precision", type=int, default=2, help="decimals of lon/lat (default 2)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    topo, label = read_topology(args.source)
    shapes = countries(topo, precision=args.precision)
    for c in shapes:
        c["rings"] = [[_compact(v) for v in r] for r in c["rings"]]
    doc = {
        "note": "Country borders (lon, lat) for geowire's offline map; built by scripts/build_world_map.py.",
        "source": f"{label}: Natural Earth 1:110m admin-0 countries (public domain), "
        "TopoJSON by world-atlas (ISC, Mike Bostock); see LICENSES.md",
        "countries": shapes,
    }
    args.out.write_text(json.dumps(doc, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    size = args.out.stat().st_size
    print(f"{len(shapes)} countries, {size / 1024:.0f} KB → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
