"""The offline gazetteer: GeoNames places (cities of 5,000 people or more, admin1 regions,
countries) loaded once per process from ``data/geo/places.tsv.gz`` and looked up by name.

The files are built by ``scripts/build_gazetteer.py`` (``data/geo/README.md``: sources, schema,
licence): the rows (``places.tsv.gz``) and a sorted index of their lookup keys, already
normalised by :func:`name_key` (``keys.txt.gz``), so loading builds no per-key objects (a list of
strings and an integer array, bisected per lookup: ~50 ms, nothing for the garbage collector to
walk).  The header, every row's shape (field count, kind) and the index are checked at load, a
row's values when it is first looked up (:func:`read_rows` checks them all, as the tests do).  A
malformed file is a :class:`KnowledgeBaseError`.  Keys are case-, accent- and apostrophe-blind,
so "Sana'a", "SANAA" and "Sanaa" meet; an alias match is marked as such.  The articles a lookup
drops ("the" before a name, "al"/"el" of transliterated names) are the language pack's
(:class:`~geowire.lang.pack.PlaceWords`), handed to :meth:`Gazetteer.lookup` by the resolver.
"""

from __future__ import annotations

import bisect
import gzip
import unicodedata
from array import array
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources

from geowire.errors import KnowledgeBaseError
from geowire.types import PlaceKind

HEADER = ("geonameid", "kind", "name", "country", "admin1_code", "admin1", "lat", "lon", "population")
KEYS_MAGIC = "geowire gazetteer keys v1"
KINDS: tuple[PlaceKind, ...] = ("country", "admin1", "city")
_KIND_FIELDS = tuple(f"\t{k}\t" for k in KINDS)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "-": " ", ".": ""})
_FILE = "data/geo/places.tsv.gz"
_KEYS = "data/geo/keys.txt.gz"


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


def name_key(text: str, articles: Collection[str] = ()) -> str:
    """The lookup key of a place name: no accents, apostrophes unified, case-folded, no leading
    article from ``articles`` ("the"), spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = plain.replace("'", "").split()
    if words and words[0] in articles:
        words = words[1:]
    return " ".join(words)


def without_article(key: str, articles: Collection[str]) -> str:
    """A name key without a leading article of a transliterated name (``articles``: "al", "el")."""
    head, _, rest = key.partition(" ")
    return rest if head in articles and rest else key


class Gazetteer:
    """Places by name key (rows parsed on first use) and countries by ISO alpha-3.

    ``lines`` are the rows; ``keys`` the sorted lookup keys and ``codes`` the row each stands for,
    times two, plus one for an alias."""

    def __init__(self, lines: list[str], keys: list[str], codes: Sequence[int]) -> None:
        if len(keys) != len(codes) or (len(codes) and (min(codes) < 0 or max(codes) >> 1 >= len(lines))):
            raise KnowledgeBaseError(f"{_KEYS}: keys and rows do not match")
        self._lines = lines
        self._keys = keys
        self._codes = codes
        self._entries: dict[int, GazetteerEntry] = {}
        self._countries: dict[str, GazetteerEntry] | None = None

    @classmethod
    def from_bytes(cls, places: bytes, keys: bytes) -> Gazetteer:
        """A gazetteer from the gzipped bytes of its two files, their shape checked."""
        return cls(_lines(places), *read_index(keys))

    def entry(self, row: int) -> GazetteerEntry:
        found = self._entries.get(row)
        if found is None:
            found = self._entries[row] = parse_row(self._lines[row], row + 2)
        return found

    def _rows(self, key: str) -> list[int]:
        i = bisect.bisect_left(self._keys, key)
        out = []
        while i < len(self._keys) and self._keys[i] == key:
            out.append(self._codes[i])
            i += 1
        return out

    def lookup(
        self, name: str, *, articles: Collection[str] = (), name_articles: Collection[str] = ()
    ) -> list[Match]:
        """Every place ``name`` may stand for (empty when none), a leading word of ``articles``
        dropped ("the Hague"); a name with an article of ``name_articles`` ("Al-Fashir") is tried
        without it when it is not known with it."""
        key = name_key(name, articles)
        codes = self._rows(key) or self._rows(without_article(key, name_articles))
        return [Match(self.entry(code >> 1), alias=bool(code & 1)) for code in codes]

    @property
    def countries(self) -> dict[str, GazetteerEntry]:
        """Every country row by ISO alpha-3."""
        if self._countries is None:
            rows = (r for r, line in enumerate(self._lines) if "\tcountry\t" in line)
            self._countries = {e.country: e for e in map(self.entry, rows) if e.kind == "country"}
        return self._countries

    def __len__(self) -> int:
        return len(self._lines)


def parse_row(line: str, lineno: int) -> GazetteerEntry:
    """One row's entry, every value checked."""
    parts = line.split("\t")
    if len(parts) != len(HEADER):
        raise KnowledgeBaseError(f"{_FILE} line {lineno}: {len(parts)} fields, want {len(HEADER)}")
    gid, kind, name, country, code, admin1, lat, lon, pop = parts
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
        raise KnowledgeBaseError(f"{_FILE} line {lineno}: {e}") from e
    if not name or len(country) != 3 or not (-90 <= entry.lat <= 90 and -180 <= entry.lon <= 180):
        raise KnowledgeBaseError(f"{_FILE} line {lineno}: bad name, country or coordinates")
    return entry


def _kind(value: str) -> PlaceKind:
    for kind in KINDS:
        if value == kind:
            return kind
    raise ValueError(f"unknown kind {value!r}")


def _lines(data: bytes) -> list[str]:
    """The rows of a gzipped gazetteer file, after the header; every row's shape (field count,
    one kind) is checked on the whole text at once."""
    text = gzip.decompress(data).decode("utf-8")
    head, _, body = text.partition("\n")
    if tuple(head.split("\t")) != HEADER:
        raise KnowledgeBaseError(f"{_FILE}: missing or unexpected header")
    lines = body.splitlines()
    kinds = sum(body.count(k) for k in _KIND_FIELDS)
    if body.count("\t") != (len(HEADER) - 1) * len(lines) or kinds != len(lines):
        bad = next((n for n, line in enumerate(lines, start=2) if not _row_shaped(line)), "?")
        raise KnowledgeBaseError(f"{_FILE} line {bad}: not a gazetteer row")
    return lines


def _row_shaped(line: str) -> bool:
    return line.count("\t") == len(HEADER) - 1 and sum(line.count(k) for k in _KIND_FIELDS) == 1


def read_rows(data: bytes) -> Iterator[GazetteerEntry]:
    """Every row of a gzipped gazetteer file's bytes, each value checked."""
    for n, line in enumerate(_lines(data), start=2):
        yield parse_row(line, n)


def shipped_bytes(name: str = "places.tsv.gz") -> bytes:
    """The bytes of one of the shipped gazetteer files."""
    try:
        return resources.files("geowire.data").joinpath(f"geo/{name}").read_bytes()
    except OSError as e:
        raise KnowledgeBaseError(f"cannot read data/geo/{name}: {e}") from e


def read_index(data: bytes) -> tuple[list[str], array[int]]:
    """The sorted keys and their row codes from a gzipped key index's bytes."""
    lines = gzip.decompress(data).decode("utf-8").split("\n")
    if len(lines) < 2 or lines[0] != KEYS_MAGIC:
        raise KnowledgeBaseError(f"{_KEYS}: missing or unexpected first line")
    try:
        codes = array("q", map(int, lines[1].split()))
    except ValueError as e:
        raise KnowledgeBaseError(f"{_KEYS}: {e}") from e
    keys = lines[2:-1] if lines[-1] == "" else lines[2:]
    return keys, codes


def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer (each call reads it, ~0.5 s: keep it — the coder's
    :func:`geowire.geo.resolve.geography` is built once per language pack, an export's
    :class:`~geowire.export.codes.ExportCodes` keeps its own)."""
    try:
        return Gazetteer.from_bytes(shipped_bytes(), shipped_bytes("keys.txt.gz"))
    except (gzip.BadGzipFile, EOFError, UnicodeDecodeError) as e:
        raise KnowledgeBaseError(f"cannot read the gazetteer (data/geo): {e}") from e
