"""The actor knowledge base: load, validate and query the YAML knowledge files.

The shipped files live in ``geowire/data/`` (``countries``, ``organisations``, ``people``,
``groups``, ``equipment``, ``sectors``, ``not_actors``; schemas in ``data/README.md``).  A person's
role names a country, an organisation, or both.  Every entry is validated
with a pydantic model (``extra="forbid"``); a bad file raises
:class:`~geowire.errors.KnowledgeBaseError` naming the file, the entry and the field.  User files
(``--actors FILE`` / ``settings.actors_files``) may hold any of the top-level keys; their entries
extend the shipped ones and replace those with the same code (``id`` for people).

:func:`load_kb` keeps one :class:`KnowledgeBase` per list of files on the language pack its names
are read with (a name's key leaves out the pack's article: "The Economist" is "Economist"; office
titles are compared in one spelling: ``ActorWords.office_spellings``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from geowire.actors.words import ActorLexicon, actor_words
from geowire.errors import KnowledgeBaseError
from geowire.lang import LanguagePack
from geowire.settings import Settings
from geowire.types import Role
from geowire.yamlio import load_yaml

T = TypeVar("T")

SECTIONS: tuple[str, ...] = (
    "countries", "organisations", "people", "groups", "equipment", "sectors", "not_actors", "ambiguous",
)  # fmt: skip
EntryKind = Literal["country", "igo", "person", "group", "equipment", "blocked"]

_ACRONYM = re.compile(r"^[A-Z]{4,}$")  # an acronym that may also be written "Nato"
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def _parse_partial_date(value: Any, *, end: bool) -> dt.date | None:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` → a date (first day, or last day when ``end``)."""
    if value is None or isinstance(value, dt.date):
        return value
    m = _PARTIAL_DATE.match(str(value).strip())
    if not m:
        raise ValueError(f"not a date (YYYY-MM-DD, YYYY-MM or YYYY): {value!r}")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if day:
        return dt.date(year, int(month), int(day))
    if month:
        last = calendar.monthrange(year, int(month))[1]
        return dt.date(year, int(month), last if end else 1)
    return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


_ISO3 = Field(pattern=r"^[A-Z]{3}$")
_QID = Field(None, pattern=r"^Q\d+$")


class CountryEntry(_Entry):
    code: str = _ISO3
    wikidata: str | None = _QID
    name: str = Field(min_length=1)
    status: Literal["member", "observer", "other"] = "member"
    aliases: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)
    capitals: list[str] = Field(default_factory=list)
    seats: list[str] = Field(default_factory=list)
    peoples: list[str] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)


class OrganisationEntry(_Entry):
    code: str = Field(pattern=r"^[A-Z0-9][A-Z0-9_\-+&.]*$")
    plover: str = Field(min_length=2)
    wikidata: str | None = _QID
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    kind: str = ""
    members: list[str] = Field(default_factory=list)
    sector: str | None = None


class RoleEntry(_Entry):
    country: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    organisation: str | None = Field(None, pattern=r"^[A-Z0-9][A-Z0-9_\-+&.]*$")
    sector: str = Field(pattern=r"^[A-Z]{3}$")
    title: str = ""
    start: dt.date | None = None
    end: dt.date | None = None

    @field_validator("start", mode="before")
    @classmethod
    def _start(cls, v: Any) -> dt.date | None:
        return _parse_partial_date(v, end=False)

    @field_validator("end", mode="before")
    @classmethod
    def _end(cls, v: Any) -> dt.date | None:
        return _parse_partial_date(v, end=True)

    @model_validator(mode="after")
    def _holder(self) -> RoleEntry:
        if self.country is None and self.organisation is None:
            raise ValueError("a role names a country, an organisation, or both")
        return self

    def to_role(self) -> Role:
        return Role(
            country=self.country or "",
            sector=self.sector,
            title=self.title,
            start=self.start,
            end=self.end,
            organisation=self.organisation,
        )


class PersonEntry(_Entry):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_\-]*$")
    wikidata: str | None = _QID
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    roles: list[RoleEntry] = Field(min_length=1)


class GroupEntry(_Entry):
    code: str = Field(pattern=r"^[A-Z0-9][A-Z0-9_\-+&.]*$")
    wikidata: str | None = _QID
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    country: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    sector: str = Field(pattern=r"^[A-Z]{3}$")
    kind: str = ""


class EquipmentEntry(_Entry):
    code: str = Field(min_length=1)
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    category: str = Field(min_length=1)
    producer: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    wikidata: str | None = _QID


class NotActorEntry(_Entry):
    """A name that must never resolve to an actor, nor let a shorter name inside it resolve
    ("Latin America" is not "America")."""

    name: str = Field(min_length=1)
    kind: str = ""


class AmbiguousEntry(_Entry):
    """A name or demonym several countries share ("Congo", "Korean"), which no country entry lists:
    the actor stage reads it as the one candidate the article names unambiguously
    (:mod:`geowire.actors.resolve`), else leaves it unresolved."""

    name: str = Field(min_length=1)
    kind: Literal["name", "demonym"]
    countries: list[str] = Field(min_length=2)

    @field_validator("countries")
    @classmethod
    def _codes(cls, v: list[str]) -> list[str]:
        bad = [c for c in v if not re.fullmatch(r"[A-Z]{3}", c)]
        if bad:
            raise ValueError(f"not an ISO alpha-3 code: {bad[0]!r}")
        if len(set(v)) != len(v):
            raise ValueError("a country is listed twice")
        return v


class SectorEntry(_Entry):
    code: str = Field(pattern=r"^[A-Z]{3}$")
    description: str = ""
    words: list[str] = Field(default_factory=list)


_MODELS: dict[str, type[_Entry]] = {
    "countries": CountryEntry,
    "organisations": OrganisationEntry,
    "people": PersonEntry,
    "groups": GroupEntry,
    "equipment": EquipmentEntry,
    "sectors": SectorEntry,
    "not_actors": NotActorEntry,
    "ambiguous": AmbiguousEntry,
}
_KEY_FIELD = {"people": "id", "not_actors": "name", "ambiguous": "name"}


@dataclass(frozen=True)
class NameRef:
    """What a name in the text can refer to: an entry of the knowledge base and how it matched."""

    kind: EntryKind
    code: str  # country/org/group/equipment code, or person id
    how: str  # country-name | country-alias | demonym | capital | seat | org-name | person-name | ...


class KnowledgeBase:
    """All knowledge entries, indexed for lookup by their names in the language pack ``lang`` (kept
    as :attr:`lang`). Build with :func:`load_kb` or :meth:`from_files`.

    Public lookups: :meth:`country`, :meth:`organisation`, :meth:`person`, :meth:`group`,
    :meth:`equipment` (by code/id, ``None`` when unknown); :meth:`person_role` and
    :meth:`person_nearest_role` (dated roles); :meth:`person_by_wikidata`, :meth:`person_by_name`;
    :meth:`sector_of_phrase` and :attr:`sector_phrases` (sector words); :meth:`all_names` and
    :meth:`refs_for_name` (every name/alias/demonym/capital/seat for gazetteer matchers).
    """

    def __init__(
        self, sections: dict[str, list[Any]], *, lang: LanguagePack, sources: tuple[str, ...] = ()
    ) -> None:
        self.sources = sources
        self.lang = lang
        self._words: ActorLexicon = actor_words(lang)
        self.countries: dict[str, CountryEntry] = {e.code: e for e in sections.get("countries", [])}
        self.organisations: dict[str, OrganisationEntry] = {
            e.code: e for e in sections.get("organisations", [])
        }
        self.people: dict[str, PersonEntry] = {e.id: e for e in sections.get("people", [])}
        self.groups: dict[str, GroupEntry] = {e.code: e for e in sections.get("groups", [])}
        self.equipment_items: dict[str, EquipmentEntry] = {e.code: e for e in sections.get("equipment", [])}
        self.sectors: dict[str, SectorEntry] = {e.code: e for e in sections.get("sectors", [])}
        self.not_actors: dict[str, NotActorEntry] = {e.name: e for e in sections.get("not_actors", [])}
        self.ambiguous: dict[str, AmbiguousEntry] = {e.name: e for e in sections.get("ambiguous", [])}
        self._names = self._index_names()
        self._foldable = self._index_foldable()
        self._sector_words = self._index_sector_words()
        self._people_by_qid = {p.wikidata: p for p in self.people.values() if p.wikidata}
        self._people_by_name = {p.name: p for p in self.people.values()}
        self._derived: dict[Hashable, Any] = {}

    def derived(self, key: Hashable, build: Callable[[], T]) -> T:
        """``build()``, computed once per ``key`` and kept with this knowledge base: where a stage
        keeps what it compiles from it (the resolver's phrase matcher per vocabulary)."""
        if key not in self._derived:
            self._derived[key] = build()
        return cast(T, self._derived[key])

    # --- construction ---------------------------------------------------------------------------

    @classmethod
    def from_files(cls, paths: Sequence[Path], *, lang: LanguagePack, shipped: bool = True) -> KnowledgeBase:
        """Load the shipped files (when ``shipped``) then ``paths``, later entries replacing earlier;
        names are indexed with the words of ``lang``."""
        files = [*(shipped_files() if shipped else []), *paths]
        merged: dict[str, dict[str, Any]] = {s: {} for s in SECTIONS}
        for path in files:
            for section, entries in _read_file(path).items():
                key = _KEY_FIELD.get(section, "code")
                for entry in entries:
                    merged[section][getattr(entry, key)] = entry
        sections = {s: list(v.values()) for s, v in merged.items()}
        _check_references(sections)
        _check_sectors(sections)
        return cls(sections, lang=lang, sources=tuple(str(p) for p in files))

    def _index_names(self) -> dict[str, list[NameRef]]:
        names: dict[str, list[NameRef]] = {}

        def add(text: str, ref: NameRef) -> None:
            key = self._strip_article(text)
            if key and ref not in names.setdefault(key, []):
                names[key].append(ref)

        for c in self.countries.values():
            add(c.name, NameRef("country", c.code, "country-name"))
            for a in c.aliases:
                add(a, NameRef("country", c.code, "country-alias"))
            for a in c.demonyms:
                add(a, NameRef("country", c.code, "demonym"))
            for a in c.capitals:
                add(a, NameRef("country", c.code, "capital"))
            for a in c.seats:
                add(a, NameRef("country", c.code, "seat"))
            for a in c.peoples:
                add(a, NameRef("country", c.code, "people-demonym"))
            for a in c.regions:
                add(a, NameRef("country", c.code, "region"))
        for kind, how, table in (
            ("igo", "org-name", self.organisations),
            ("group", "group-name", self.groups),
            ("equipment", "equipment-name", self.equipment_items),
        ):
            for e in table.values():
                for a in (e.name, e.code, *e.aliases):
                    add(a, NameRef(kind, e.code, how))  # type: ignore[arg-type]
        for p in self.people.values():
            for a in (p.name, *p.aliases):
                add(a, NameRef("person", p.id, "person-name"))
        for n in self.not_actors.values():
            add(n.name, NameRef("blocked", n.name, "not-an-actor"))
        for shared in self.ambiguous.values():
            taken = [r for r in names.get(self._strip_article(shared.name), []) if r.kind == "country"]
            if taken:
                raise KnowledgeBaseError(
                    f"ambiguous entry {shared.name}: field 'name': also a name of country {taken[0].code}"
                )
            for code in shared.countries:  # several countries: the resolver's ``ambiguous`` holds
                add(shared.name, NameRef("country", code, f"ambiguous-{shared.kind}"))
        return names

    def _index_sector_words(self) -> dict[tuple[str, ...], str]:
        words: dict[tuple[str, ...], str] = {}
        for s in self.sectors.values():
            for w in s.words:
                words.setdefault(tuple(w.lower().split()), s.code)
        return words

    # --- lookups --------------------------------------------------------------------------------

    def country(self, code: str) -> CountryEntry | None:
        """The country with ISO alpha-3 ``code``."""
        return self.countries.get(code)

    def organisation(self, code: str) -> OrganisationEntry | None:
        """The international organisation with our ``code`` (e.g. ``NATO``)."""
        return self.organisations.get(code)

    def person(self, person_id: str) -> PersonEntry | None:
        """The person with slug ``person_id`` (e.g. ``putin``)."""
        return self.people.get(person_id)

    def group(self, code: str) -> GroupEntry | None:
        """The armed group / PMC / militant group with ``code``."""
        return self.groups.get(code)

    def equipment(self, code: str) -> EquipmentEntry | None:
        """The military system with canonical designation ``code``."""
        return self.equipment_items.get(code)

    def person_by_wikidata(self, qid: str) -> PersonEntry | None:
        return self._people_by_qid.get(qid)

    def person_by_name(self, name: str) -> PersonEntry | None:
        """The person whose canonical name is ``name``."""
        return self._people_by_name.get(name)

    def person_role(self, person_id: str, *, on: dt.date | None) -> Role | None:
        """The role ``person_id`` held on ``on`` (ends inclusive; the latest-starting role wins).

        ``on=None`` (date unknown) gives the latest role.  ``None`` when no role covers the date.
        """
        person = self.people.get(person_id)
        if person is None:
            return None
        roles = sorted(person.roles, key=lambda r: r.start or dt.date.min)
        if on is None:
            return roles[-1].to_role()
        held = [r for r in roles if (r.start is None or r.start <= on) and (r.end is None or on <= r.end)]
        return held[-1].to_role() if held else None

    def person_nearest_role(self, person_id: str, *, on: dt.date) -> Role | None:
        """The role closest in time to ``on``: the last one that ended before it, else the first."""
        person = self.people.get(person_id)
        if person is None:
            return None
        before = [r for r in person.roles if r.end is not None and r.end < on]
        if before:
            return max(before, key=lambda r: r.end or dt.date.min).to_role()
        return min(person.roles, key=lambda r: r.start or dt.date.max).to_role()

    def office_holders(self, country: str, office: str, *, on: dt.date) -> list[tuple[PersonEntry, Role]]:
        """Who held ``office`` ("president", "foreign minister", written as in the text) in
        ``country`` on ``on``: every person with a role there whose title is that office ("Defense
        Minister" = "defence minister"; "Prime Minister of Serbia" = "prime minister"), with the role.
        Roles without a start or end date count as open on that side."""
        found = []
        for person_id, role in self._offices.get((country, self.office_key(office)), ()):
            if (role.start is None or role.start <= on) and (role.end is None or on <= role.end):
                person = self.people[person_id]
                found.append((person, role.to_role()))
        return found

    def office_holders_known(self, country: str, office: str) -> bool:
        """Whether anybody in the knowledge base ever held ``office`` in ``country``."""
        return (country, self.office_key(office)) in self._offices

    @functools.cached_property
    def _offices(self) -> dict[tuple[str, str], list[tuple[str, RoleEntry]]]:
        out: dict[tuple[str, str], list[tuple[str, RoleEntry]]] = {}
        for p in self.people.values():
            for r in p.roles:
                if not r.country or not r.title:
                    continue
                for k in self._office_keys(r.title, r.country):
                    out.setdefault((r.country, k), []).append((p.id, r))
        return out

    def _office_keys(self, title: str, country_code: str) -> set[str]:
        """The keys of one role title: the title; each name of it in parentheses ("Secretary of
        Defense (Secretary of War)"); the title without "of <its own country>" ("Prime Minister of
        Serbia")."""
        country = self.countries.get(country_code)
        own = {self.office_key(n) for n in (country.name, *country.aliases)} if country else set()
        keys = set()
        for part in re.split(r"[()]", title):
            key = self.office_key(part)
            if not key:
                continue
            keys.add(key)
            head, where = self._office_of(key)
            if where and self._strip_article(where) in own:
                keys.add(head)
        return keys

    def _office_of(self, key: str) -> tuple[str, str]:
        """An office key split at its first genitive ("prime minister of serbia" → ("prime
        minister", "serbia")); ("key", "") when it has none."""
        cuts = [(i, len(g) + 2) for g in self._words.genitive if (i := key.find(f" {g} ")) >= 0]
        if not cuts:
            return key, ""
        i, n = min(cuts)
        return key[:i], key[i + n :]

    def office_key(self, title: str) -> str:
        """An office as a comparable key: lower case, hyphens as spaces, one spelling of each word
        (``ActorWords.office_spellings``: "Defense-Minister" → "defence minister")."""
        spellings = self._words.office_spellings
        words = title.lower().replace("-", " ").split()
        return " ".join(spellings.get(w, w) for w in words)

    def _strip_article(self, text: str) -> str:
        """``text`` with its spaces normalised and without a leading article ("the Kremlin")."""
        text = " ".join(text.split())
        for prefix in self._words.article_prefixes:
            if text.startswith(prefix):
                return text[len(prefix) :]
        return text

    def sector_of_phrase(self, words: Sequence[str]) -> str | None:
        """The sector code of a lowercase word sequence (``("foreign", "ministry")`` → ``GOV``)."""
        return self._sector_words.get(tuple(words))

    @property
    def sector_phrases(self) -> dict[tuple[str, ...], str]:
        """Every sector phrase (lowercase word tuple) → sector code."""
        return self._sector_words

    def refs_for_name(self, name: str) -> list[NameRef]:
        """What ``name`` (as written, leading "the " optional) refers to; empty when unknown."""
        return self._names.get(self._strip_article(name), [])

    def all_names(self) -> Iterator[tuple[str, list[NameRef]]]:
        """Every matchable surface form (without a leading "the ") and what it refers to."""
        yield from self._names.items()

    def foldable_names(self) -> frozenset[str]:
        """Organisation and group names that may also match in another letter case: acronyms of
        four or more letters ("NATO" also as "Nato", "ECOWAS" as "Ecowas") and names of two or
        more words ("African Union" in an all-capitals headline).  Only names and aliases count,
        not bare codes ("SHELL" is a code, "shell" a word); names also used by a country, a person
        or ``not_actors`` are left out.  Shorter acronyms keep their case ("WHO" is not "Who")."""
        return self._foldable

    def _index_foldable(self) -> frozenset[str]:
        out: set[str] = set()
        for table in (self.organisations, self.groups):
            for e in table.values():
                for name in (e.name, *e.aliases):
                    key = self._strip_article(name)
                    if not (_ACRONYM.fullmatch(key) or len(key.split()) >= 2):
                        continue
                    refs = [*self._names.get(key, []), *self._names.get(key.capitalize(), [])]
                    if all(r.kind in ("igo", "group") for r in refs):  # "Alba" in not_actors: no
                        out.add(key)
        return frozenset(out)

    def display_name(self, kind: str, code: str) -> str | None:
        """The canonical name of an entry of ``kind`` with ``code`` (person id for people)."""
        tables: dict[str, dict[str, Any]] = {
            "country": self.countries, "igo": self.organisations, "person": self.people,
            "group": self.groups, "equipment": self.equipment_items,
        }  # fmt: skip
        entry = tables.get(kind, {}).get(code)
        return entry.name if entry is not None else None


# --- files --------------------------------------------------------------------------------------


def shipped_files() -> list[Path]:
    """The shipped knowledge files that exist, in the order of :data:`SECTIONS`."""
    base = resources.files("geowire") / "data"
    found = []
    for section in SECTIONS:
        entry = base / f"{section}.yaml"
        if entry.is_file():
            found.append(Path(str(entry)))
    return found


def _read_file(path: Path) -> dict[str, list[Any]]:
    """Parse and validate one knowledge file: {section: [validated entries]}."""
    try:
        data = load_yaml(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise KnowledgeBaseError(f"cannot read knowledge file {path}: {e.strerror}") from e
    except yaml.YAMLError as e:
        raise KnowledgeBaseError(f"knowledge file {path} is not valid YAML: {e}") from e
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise KnowledgeBaseError(
            f"knowledge file {path} must be a mapping with keys among {', '.join(SECTIONS)}"
        )
    out: dict[str, list[Any]] = {}
    for section, entries in data.items():
        if section not in _MODELS:
            raise KnowledgeBaseError(
                f"{path}: unknown top-level key {section!r} (expected one of {', '.join(SECTIONS)})"
            )
        if not isinstance(entries, list):
            raise KnowledgeBaseError(f"{path}: {section} must be a list of entries")
        out[section] = [_validate(path, section, i, raw) for i, raw in enumerate(entries)]
        _check_unique(path, section, out[section])
    return out


def _validate(path: Path, section: str, index: int, raw: Any) -> Any:
    label = _entry_label(section, index, raw)
    if not isinstance(raw, dict):
        raise KnowledgeBaseError(f"{path}: {label}: must be a mapping")
    try:
        return _MODELS[section].model_validate(raw)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "(entry)"
        raise KnowledgeBaseError(f"{path}: {label}: field {where!r}: {err['msg']}") from e


def _entry_label(section: str, index: int, raw: Any) -> str:
    key = _KEY_FIELD.get(section, "code")
    ident = raw.get(key) if isinstance(raw, dict) else None
    return f"{section}[{index}]" + (f" ({key}={ident})" if ident is not None else "")


def _check_unique(path: Path, section: str, entries: list[Any]) -> None:
    key = _KEY_FIELD.get(section, "code")
    seen: set[str] = set()
    for i, e in enumerate(entries):
        ident = getattr(e, key)
        if ident in seen:
            raise KnowledgeBaseError(
                f"{path}: {section}[{i}] ({key}={ident}): field {key!r}: duplicate {key}"
            )
        seen.add(ident)


def _check_references(sections: dict[str, list[Any]]) -> None:
    """Country codes used by people, groups, organisations and equipment must be known countries."""
    countries = {c.code for c in sections["countries"]}
    if not countries:
        return  # nothing to check against (e.g. a partial user knowledge base in tests)
    refs: list[tuple[str, str, str, str | None]] = []
    orgs = {o.code for o in sections["organisations"]}
    for p in sections["people"]:
        refs += [("people", p.id, "roles.country", r.country) for r in p.roles]
        for r in p.roles:
            if r.organisation is not None and orgs and r.organisation not in orgs:
                raise KnowledgeBaseError(
                    f"people entry {p.id}: field 'roles.organisation': "
                    f"unknown organisation code {r.organisation}"
                )
    refs += [("groups", g.code, "country", g.country) for g in sections["groups"]]
    refs += [("equipment", e.code, "producer", e.producer) for e in sections["equipment"]]
    for o in sections["organisations"]:
        refs += [("organisations", o.code, "members", m) for m in o.members]
    for a in sections["ambiguous"]:
        refs += [("ambiguous", a.name, "countries", c) for c in a.countries]
    for section, ident, fld, code in refs:
        if code is not None and code not in countries:
            raise KnowledgeBaseError(f"{section} entry {ident}: field {fld!r}: unknown country code {code}")


def _check_sectors(sections: dict[str, list[Any]]) -> None:
    """Sector codes used by people, groups and organisations must be defined sectors."""
    sectors = {s.code for s in sections["sectors"]}
    if not sectors:
        return
    refs = [("people", p.id, "roles.sector", r.sector) for p in sections["people"] for r in p.roles]
    refs += [("groups", g.code, "sector", g.sector) for g in sections["groups"]]
    refs += [("organisations", o.code, "sector", o.sector) for o in sections["organisations"]]
    for section, ident, fld, code in refs:
        if code is not None and code not in sectors:
            raise KnowledgeBaseError(f"{section} entry {ident}: field {fld!r}: unknown sector code {code}")


# --- kept on the language pack -------------------------------------------------------------------


def load_kb(settings: Settings, lang: LanguagePack) -> KnowledgeBase:
    """The shipped knowledge base extended by ``settings.actors_files``, its names read with
    ``lang`` (built once per list of files and kept on the pack)."""
    return _kept(lang, tuple(Path(p).resolve() for p in settings.actors_files))


def shipped_kb(lang: LanguagePack) -> KnowledgeBase:
    """The shipped knowledge base alone, its names read with ``lang`` (kept on the pack)."""
    return _kept(lang, ())


def _kept(lang: LanguagePack, paths: tuple[Path, ...]) -> KnowledgeBase:
    key = "actors.kb:" + "\n".join(map(str, paths))
    return lang.compiled(key, lambda pack: KnowledgeBase.from_files(list(paths), lang=pack, shipped=True))
