"""Place names → gazetteer places, ranked by population and by the country context of the
sentence, the article and its dateline.

The coder hands over plain data: the place-like spans of a sentence (:class:`PlaceSpan`, each with
the cue that introduced it; :func:`geowire.geo.spans.place_spans`), the countries its sentence and
its article name, and the article's dateline place (:func:`dateline_place`).  Every function takes
the :class:`Geography`: the gazetteer, the named features (``data/geo/features.yaml``) and the
language pack's place words (:class:`~geowire.lang.pack.PlaceWords`), built once per pack by
:func:`geography`.  :func:`rank` scores every candidate of a name —
log10(population), + a bonus for a country (so "Georgia" is the country unless a qualifier says
otherwise), − a little for an alias or an admin1 region (unless the text says "region",
"province" …), + the sentence's, the dateline's and the article's countries, + a qualifier that
names the candidate's admin1 or country ("Paris, Texas"); a named sea, strait or region scores
like a city of ten million (so "the Red Sea" is the sea, "Red Sea state" the Sudanese state), and
a name with a feature word ("the Dnipro river", "the Gulf of Aden") can only be such a feature,
never a town.  :func:`event_place` picks the event's
place: the most specific place of the best cue, a city of the same country from a weaker cue
before a whole country ("Ukraine … in Kharkiv" → Kharkiv), the dateline's place last.
Each candidate costs a dict lookup and a few additions.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from geowire.actors.kb import shipped_kb
from geowire.geo.countries import country_names, load_shared_names
from geowire.geo.features import FEATURE_KINDS, Feature, load_features
from geowire.geo.gazetteer import Gazetteer, GazetteerEntry, Match, load_gazetteer, name_key
from geowire.lang.pack import LanguagePack, PlaceWords
from geowire.types import Place, PlaceSource

Cue = Literal["location", "city-of", "prep", "named"]
CUE_ORDER: tuple[Cue, ...] = ("location", "city-of", "prep", "named")
# categories whose recipient is where the event happens ("struck Beirut"); for the others a
# capital as recipient stands for its government ("accused Moscow", "warned Damascus")
PHYSICAL_CATEGORIES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT"})
BIG_CITY = 1_000_000  # a bare name stands for a city this big wherever the article is
_SPECIFIC = {"city": 2, "admin1": 1, "region": 1, "water": 1, "country": 0}
_COUNTRY_BONUS = 3.0
_ALIAS_PENALTY = 0.7
_ADMIN1_PENALTY = 1.0
_CITY_BONUS = 0.5
_SENTENCE_BONUS = 2.5
_DATELINE_BONUS = 2.0
_DOC_BONUS = 1.5
_QUALIFIER_BONUS = 5.0
# a named feature ("the Black Sea", "the Donbas") scores like a city of ten million: it beats a
# town of the same name, and an admin1 region too unless a region word follows ("Red Sea state")
_FEATURE_SCORE = 7.5
# an opening dateline: an upper-case name opening a line ("KHARKIV", "GAZA CITY", "US"), an optional
# ", Qualifier" (the place's country or region: "TRIPOLI, Libya"), then a comma, a bracket or a dash;
# ``to_dash``: the rest up to the dash when the line reaches one, a date or an agency in brackets on
# the way ("SEOUL, South Korea —", "MOSCOW, Feb 2 (Wire) -", "KYIV, 4 March 2024 —", "KYIV —")
_DATELINE = re.compile(
    r"^[ \t]*(?P<name>[A-Z][A-Z'’.\- ]{0,40}?[A-Z])"
    r"(?:,[ \t]*(?P<qual>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?[ \t]*(?=,|\(|—|–|--| - )"
    r"(?P<to_dash>(?:,[ \t]*[A-Z0-9][\w.]*(?:[ \t,]+[A-Z0-9][\w.]*){0,4})?[ \t]*"
    r"(?P<agency>\([^)\n]{1,40}\)[ \t]*)?(?:—|–|--| -\s))?",
    re.MULTILINE,
)
DATELINE_WINDOW = 400  # characters at the start of the text where a dateline may stand
_SHORTEST_PLACE = 3  # a name of two letters is a place only as a country's ("US", "UK"), in a whole dateline


@dataclass(frozen=True)
class PlaceSpan:
    """A place-like span of a sentence: its text and offsets, the cue that introduced it, whether
    a region word follows it, and the text of a ", Qualifier" right after it."""

    text: str
    start: int
    end: int
    cue: Cue
    region: bool = False
    qualifier: str | None = None
    feature: bool = False  # a feature word follows or leads it ("Dnipro river", "Gulf of Aden")
    actor: bool = False  # the span is one of the event's actors ("Moscow said")
    capital: bool = False  # the actor stage read it as a capital: a government, unless it is
    target: bool = False  # … the recipient of a physical event ("struck Beirut")
    doubtful: bool = False  # not clearly a place (a verb's object, a "person"): resolved strictly
    topic: bool = False  # it names where a situation is ("the crisis in X"): no place of a non-physical event


@dataclass(frozen=True, eq=False)
class Geography:
    """What resolving a place needs: the gazetteer, the language pack's place words, the named
    features and the countries' other names."""

    gazetteer: Gazetteer
    words: PlaceWords
    features: dict[str, list[Match]]  # named features by lookup key
    countries: dict[str, list[Match]] = field(default_factory=dict)  # countries by their other names

    @classmethod
    def of(
        cls,
        gazetteer: Gazetteer,
        words: PlaceWords,
        features: Sequence[Feature],
        countries: Iterable[tuple[str, str]] = (),
    ) -> Geography:
        """``countries``: (name, ISO alpha-3) pairs naming countries the gazetteer knows under
        another name (:func:`geowire.geo.countries.country_names`); each is an alias match."""
        index: dict[str, list[Match]] = {}
        for f in features:
            entry = f.entry()
            for n, name in enumerate((f.name, *f.aliases)):
                index.setdefault(name_key(name, words.articles), []).append(Match(entry, alias=n > 0))
        return cls(gazetteer, words, index, _country_index(gazetteer, words, countries))

    def lookup(self, text: str) -> list[Match]:
        """Every place ``text`` may name (a named feature first, then a country by another of its
        names), the pack's articles dropped or tried without."""
        w = self.words
        key = name_key(text, w.articles)
        found = [*self.features.get(key, []), *self.countries.get(key, [])]
        more = self.gazetteer.lookup(text, articles=w.articles, name_articles=w.name_articles)
        return [*found, *(m for m in more if all(m.entry != f.entry for f in found))]


def _country_index(
    gazetteer: Gazetteer, words: PlaceWords, names: Iterable[tuple[str, str]]
) -> dict[str, list[Match]]:
    """Gazetteer countries by the lookup keys of their other names (not the gazetteer's own)."""
    index: dict[str, list[Match]] = {}
    for name, code in names:
        entry = gazetteer.countries.get(code)
        key = name_key(name, words.articles)
        if entry is None or key == name_key(entry.name, words.articles):
            continue
        listed = index.setdefault(key, [])
        if all(m.entry != entry for m in listed):
            listed.append(Match(entry, alias=True))
    return index


def geography(lang: LanguagePack) -> Geography:
    """The :class:`Geography` of ``lang``, built once per pack (it holds the process's gazetteer:
    the exports take theirs from here too); the countries' other names are the shipped knowledge
    base's and ``data/geo/country_names.yaml``'s."""
    return lang.compiled("geo.geography", _build_geography)


def _build_geography(pack: LanguagePack) -> Geography:
    names = country_names(shipped_kb(pack), load_shared_names())
    return Geography.of(load_gazetteer(), pack.surface.places, load_features(), names)


def names_region(lang: LanguagePack, text: str) -> bool:
    """Whether ``text`` names a country or a first-level region rather than, say, a news agency:
    a country's name, alias, demonym, capital or region in the shipped knowledge base ("Lebanon",
    "Lebanese"), or a country or admin1 region of the gazetteer ("Texas").  Towns do not count:
    many share a name with an agency.  Loads the geography of ``lang`` on first use."""
    if any(ref.kind == "country" for ref in shipped_kb(lang).refs_for_name(text)):
        return True
    return any(m.entry.kind in ("country", "admin1") for m in geography(lang).lookup(text))


@dataclass(frozen=True)
class GeoContext:
    """What the article says about where it is: the countries it names and its dateline place."""

    doc_countries: frozenset[str] = frozenset()
    dateline: Place | None = None


def score(
    match: Match,
    *,
    sentence_countries: Collection[str],
    context: GeoContext,
    region: bool = False,
    qualifier: str | None = None,
    qualifier_countries: Collection[str] = (),
    articles: Collection[str] = (),
) -> float:
    """How likely ``match`` is the place meant (higher is likelier); ``qualifier_countries`` are
    the countries the qualifier names ("Tripoli, Lebanon")."""
    e = match.entry
    s = math.log10(max(e.population, 1000))
    if e.kind in FEATURE_KINDS:
        s = 0.0 if region else _FEATURE_SCORE
    elif e.kind == "country":
        s += _COUNTRY_BONUS
    elif e.kind == "admin1":
        s += 1.0 if region else -_ADMIN1_PENALTY
    else:
        s += _CITY_BONUS
    if match.alias:
        s -= _ALIAS_PENALTY
    if not e.country:  # international waters, a region over several countries
        return s
    if e.country in sentence_countries:
        s += _SENTENCE_BONUS
    if context.dateline is not None and e.country == context.dateline.country:
        s += _DATELINE_BONUS
    if e.country in context.doc_countries:
        s += _DOC_BONUS
    if qualifier and (e.country in qualifier_countries or _qualifies(qualifier, e, articles)):
        s += _QUALIFIER_BONUS
    return s


def _qualifies(qualifier: str, e: GazetteerEntry, articles: Collection[str]) -> bool:
    key = name_key(qualifier, articles)
    return key in (name_key(e.admin1 or "", articles), name_key(e.admin1_code or "", articles))


def candidates(geo: Geography, text: str) -> tuple[list[Match], bool]:
    """The places ``text`` may name, and whether it ended in a region word ("Kharkiv region")
    that was dropped to find them ("Gaza City" → "Gaza" when only the shorter name is known); a
    leading direction word is dropped when the name is unknown with it ("North Darfur" → Darfur)."""
    found = geo.lookup(text)
    if found:
        return found, False
    words = text.split()
    if len(words) > 1 and words[0].casefold() in geo.words.directions:
        found, region = candidates(geo, " ".join(words[1:]))
        if found:
            return found, region
    last = words[-1].casefold() if words else ""
    if len(words) > 1 and (last in geo.words.city_suffixes or last in geo.words.region_words):
        return geo.lookup(" ".join(words[:-1])), last in geo.words.region_words
    return [], False


def rank(
    geo: Geography,
    text: str,
    *,
    sentence_countries: Collection[str] = (),
    context: GeoContext | None = None,
    region: bool = False,
    qualifier: str | None = None,
    strict: bool = False,
    feature: bool = False,
) -> list[tuple[float, GazetteerEntry]]:
    """Every candidate of ``text``, best first, with its score (``strict``: see :func:`resolve`;
    ``feature``: a feature word goes with the name, so only a named feature will do — the Dnipro
    river is not the city of Dnipro)."""
    ctx = context or GeoContext()
    found, dropped_region = candidates(geo, text)
    qual_countries = (
        {m.entry.country for m in geo.lookup(qualifier) if m.entry.kind == "country"} if qualifier else set()
    )
    seen = {*sentence_countries, *ctx.doc_countries, *qual_countries}
    if ctx.dateline is not None:
        seen.add(ctx.dateline.country)
    if not (region or dropped_region):  # an admin1 region only where its country is in view
        found = [m for m in found if m.entry.kind != "admin1" or m.entry.country in seen]
    if feature:
        found = [m for m in found if m.entry.kind in FEATURE_KINDS]
    if strict:  # a bare sea or region too only where its country is in view
        found = [m for m in found if m.entry.country in seen or m.entry.population >= BIG_CITY]
    scored = [
        (
            score(m, sentence_countries=sentence_countries, context=ctx, region=region or dropped_region,
                  qualifier=qualifier, qualifier_countries=qual_countries, articles=geo.words.articles),
            m.entry,
        )
        for m in found
    ]  # fmt: skip
    return sorted(scored, key=lambda se: (-se[0], se[1].geonames_id or 0))


def to_place(entry: GazetteerEntry, *, text: str, source: PlaceSource = "sentence") -> Place:
    return Place(
        name=entry.name,
        kind=entry.kind,
        geonames_id=entry.geonames_id,
        lat=entry.lat,
        lon=entry.lon,
        country=entry.country,
        admin1=entry.admin1,
        admin1_code=entry.admin1_code,
        source=source,
        text=text,
    )


def resolve(
    geo: Geography,
    span: PlaceSpan,
    *,
    sentence_countries: Collection[str] = (),
    context: GeoContext | None = None,
    strict: bool = False,
) -> Place | None:
    """The best place for one span, or None when the gazetteer knows no place by its name; with
    ``strict`` (a name no location word introduced), only a place whose country is in view or a
    city of a million people or more ("Rodríguez said" is no town in the Philippines)."""
    ranked = rank(
        geo,
        span.text,
        sentence_countries=sentence_countries,
        context=context,
        region=span.region,
        qualifier=span.qualifier,
        strict=strict,
        feature=span.feature,
    )
    return to_place(ranked[0][1], text=span.text) if ranked else None


def event_place(
    geo: Geography,
    spans: Sequence[PlaceSpan],
    *,
    sentence_countries: Collection[str] = (),
    context: GeoContext | None = None,
) -> Place | None:
    """The event's place from its sentence's spans (see the module doc), else the dateline's."""
    ctx = context or GeoContext()
    best: Place | None = None
    best_cue = len(CUE_ORDER)
    for span in spans:
        if ctx.dateline is not None and span.text == ctx.dateline.text and span.text.isupper():
            continue  # the dateline itself ("MOSCOW, 3 May —" opening the sentence): its own source
        named = span.cue == "named"
        if named and (span.actor or (span.capital and not span.target)):
            continue
        strict = named or span.doubtful
        place = resolve(geo, span, sentence_countries=sentence_countries, context=ctx, strict=strict)
        if place is None or (span.cue == "named" and place.kind == "country"):
            continue
        cue = CUE_ORDER.index(span.cue)
        if best is None or _better(place, cue, best, best_cue):
            best, best_cue = place, cue
    if best is None and ctx.dateline is not None:
        return ctx.dateline
    return best


def _better(place: Place, cue: int, best: Place, best_cue: int) -> bool:
    """``place`` (from cue rank ``cue``) over ``best``: a stronger cue wins unless it gave only a
    whole country and this is a place inside it; on the same cue, the more specific place."""
    if best.kind == "country" and place.kind != "country":
        return place.country == best.country or cue <= best_cue
    if place.kind == "country" and best.kind != "country":
        return False
    if cue != best_cue:
        return cue < best_cue
    return _SPECIFIC[place.kind] > _SPECIFIC[best.kind]


def dateline_span(geo: Geography, text: str) -> tuple[int, int, bool] | None:
    """Where the dateline that opens an article stands ("SEOUL, South Korea — …": from the name to
    after the dash), None when there is none: the names in it place the article and are no party
    of its first sentence's events.  A line that opens with a name in capitals and reaches a dash
    soon counts when the gazetteer knows the name ("US, 3 May —" only as a country's, and only
    with a date or an agency before the dash), an agency in brackets follows it ("UNITED NATIONS
    (AP) —") or the name has several words ("UNITED NATIONS —": a name written in capitals for
    the dateline, where an acronym is in capitals anyway); a
    headline above it is no part of it; "NATO – Russia council" is no dateline.  The third value:
    whether it is a dateline whatever the name stands for (an agency, several words), so that an
    organisation named there is no party either."""
    for m in _DATELINE.finditer(text[:DATELINE_WINDOW]):
        if m.group("to_dash") is None:
            continue
        name = m.group("name").strip()
        if len(name) < _SHORTEST_PLACE and not _credited_or_dated(m):
            continue  # "US - China trade talks …": a headline naming two parties
        sure = m.group("agency") is not None or " " in name
        if sure or any(_is_dateline_place(name, match.entry) for match in geo.lookup(name.title())):
            return m.start("name"), m.end(), sure
    return None


def _credited_or_dated(m: re.Match[str]) -> bool:
    """Whether a :data:`_DATELINE` match reaching a dash has an agency in brackets ("US (Wire) —")
    or a date before its dash ("UK, 3 May 2026 —"): what a name of two letters needs to open a
    dateline, where "UK – EU fishing talks" is a headline's first words."""
    to_dash = m.group("to_dash")
    return to_dash is not None and (m.group("agency") is not None or any(c.isdigit() for c in to_dash))


def _is_dateline_place(name: str, entry: GazetteerEntry) -> bool:
    """Whether ``entry`` may be the place of a dateline reading ``name``: any for a longer name,
    only a country for two letters ("US", "UK"; "EU" is no town in Normandy)."""
    return len(name) >= _SHORTEST_PLACE or entry.kind == "country"


def dateline_place(geo: Geography, text: str, *, doc_countries: Collection[str] = ()) -> Place | None:
    """The place of the article's dateline ("KHARKIV, 4 March 2024 —", "GAZA CITY (Wire) —"),
    looked for at the start of each line in the first :data:`DATELINE_WINDOW` characters."""
    head = text[:DATELINE_WINDOW]
    for m in _DATELINE.finditer(head):
        name = m.group("name").strip()
        if name.upper() != name or (len(name) < _SHORTEST_PLACE and not _credited_or_dated(m)):
            continue  # "US, the EU and …" opens a sentence; "US - China talks" a headline
        ctx = GeoContext(doc_countries=frozenset(doc_countries))
        ranked = rank(geo, name, context=ctx, qualifier=m.group("qual"))
        if ranked and _is_dateline_place(name, ranked[0][1]):
            return to_place(ranked[0][1], text=name, source="dateline")
    return None
