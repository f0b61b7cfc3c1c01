"""The offline gazetteer: GeoNames places (cities of 15,000 people or more, admin1 regions,
countries) loaded once per process from ``data/geo/places.tsv.gz`` and looked up by name.

The file is built by ``scripts/build_gazetteer.py`` (``data/geo/README.md``: sources, schema,
licence).  Every row is validated at load; a malformed file is a :class:`KnowledgeBaseError`.
Lookup keys are case-, accent- and apostrophe-blind (:func:`name_key`), so "Sana'a", "SANAA" and
"Sanaa" meet; each key keeps every place it names, alias matches marked as such.
"""

from __future__ import annotations

import gzip
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from geowire.errors import KnowledgeBaseError
from geowire.types import PlaceKind

HEADER = (
    "geonameid",
    "kind",
    "name",
    "country",
    "admin1_code",
    "admin1",
    "lat",
    "lon",
    "population",
    "aliases",
)
KINDS: tuple[PlaceKind, ...] = ("country", "admin1", "city")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "-": " ", ".": ""})


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One gazetteer row."""

    geonames_id: int | None
    kind: PlaceKind
    name: str
    country: str  # ISO alpha-3
    admin1_code: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class Match:
    """A place a name may stand for; ``alias`` when the name is an alternate name of it."""

    entry: GazetteerEntry
    alias: bool


def name_key(text: str) -> str:
    """The lookup key of a place name: no accents, apostrophes unified, case-folded, no leading
    "the", spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = plain.replace("'", "").split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def _without_article(key: str) -> str:
    """A name key without a leading Arabic article ("al ", "el ")."""
    head, _, rest = key.partition(" ")
    return rest if head in ("al", "el") and rest else key


class Gazetteer:
    """Places by name key and countries by ISO alpha-3."""

    def __init__(self, entries: list[tuple[GazetteerEntry, tuple[str, ...]]]) -> None:
        self._by_key: dict[str, list[Match]] = {}
        self.countries: dict[str, GazetteerEntry] = {}
        for entry, aliases in entries:
            self._add(entry.name, Match(entry, alias=False))
            for alias in aliases:
                self._add(alias, Match(entry, alias=True))
            if entry.kind == "country":
                self.countries[entry.country] = entry
        for key, found in self._by_key.items():  # a place once per key, by its best match
            best: dict[GazetteerEntry, Match] = {}
            for m in found:
                if m.entry not in best or (best[m.entry].alias and not m.alias):
                    best[m.entry] = m
            self._by_key[key] = list(best.values())

    def _add(self, name: str, match: Match) -> None:
        key = name_key(name)
        if key:
            self._by_key.setdefault(key, []).append(match)
        bare = _without_article(key)
        if bare != key:  # "El-Hodeidah" also as "Hodeidah"
            self._by_key.setdefault(bare, []).append(Match(match.entry, alias=True))

    def lookup(self, name: str) -> list[Match]:
        """Every place ``name`` may stand for (empty when none); a name with an Arabic article
        ("Al-Fashir") is tried without it when it is not known with it."""
        key = name_key(name)
        return self._by_key.get(key) or self._by_key.get(_without_article(key), [])

    def __len__(self) -> int:
        return len(self._by_key)


def _parse(line: str, lineno: int) -> tuple[GazetteerEntry, tuple[str, ...]]:
    parts = line.rstrip("\n").split("\t")
    if len(parts) != len(HEADER):
        raise KnowledgeBaseError(
            f"data/geo/places.tsv.gz line {lineno}: {len(parts)} fields, want {len(HEADER)}"
        )
    gid, kind, name, country, code, admin1, lat, lon, pop, aliases = parts
    try:
        entry = GazetteerEntry(
            geonames_id=int(gid) if gid else None,
            kind=_kind(kind),
            name=name,
            country=country,
            admin1_code=code or None,
            admin1=admin1 or None,
            lat=float(lat),
            lon=float(lon),
            population=int(pop),
        )
    except ValueError as e:
        raise KnowledgeBaseError(f"data/geo/places.tsv.gz line {lineno}: {e}") from e
    if not name or len(country) != 3 or not (-90 <= entry.lat <= 90 and -180 <= entry.lon <= 180):
        raise KnowledgeBaseError(f"data/geo/places.tsv.gz line {lineno}: bad name, country or coordinates")
    return entry, tuple(a for a in aliases.split("|") if a)


def _kind(value: str) -> PlaceKind:
    for kind in KINDS:
        if value == kind:
            return kind
    raise ValueError(f"unknown kind {value!r}")


def read_rows(data: bytes) -> Iterator[tuple[GazetteerEntry, tuple[str, ...]]]:
    """The validated rows of a gzipped gazetteer file's bytes."""
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    if not lines or tuple(lines[0].split("\t")) != HEADER:
        raise KnowledgeBaseError("data/geo/places.tsv.gz: missing or unexpected header")
    for n, line in enumerate(lines[1:], start=2):
        yield _parse(line, n)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer, read and validated once per process."""
    try:
        data = resources.files("geowire.data").joinpath("geo/places.tsv.gz").read_bytes()
    except (OSError, gzip.BadGzipFile) as e:
        raise KnowledgeBaseError(f"cannot read data/geo/places.tsv.gz: {e}") from e
    return Gazetteer(list(read_rows(data)))
