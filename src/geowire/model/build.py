"""Maintain the derived model tables from the stored events and claims.

:func:`rebuild_model` recomputes occurrences (with their dyads), agreements, transfers,
deployments, statements and contradictions from scratch in one transaction; it is idempotent.
On a large store it clusters the categories in two forked worker processes
(:mod:`geowire.model.forked`), with the same result as in one.
:func:`update_model` brings them up to date after some documents were (re)processed, touching
only what those documents' events and claims can change, with the same result as a rebuild:

- occurrences: the stored events a new event may join — in its blocks and date window, sharing
  its trigger prefix or enough content words, looked up in the ``event_words`` index — are loaded
  with their occurrences pre-joined, and clustered with the new events comparing only pairs with
  a new event (``cluster(fresh=...)``); occurrences a new event links are merged
  (renamed to the union's first event, links moved by one UPDATE) without loading their other
  members.  Occurrences that held a re-coded document's old events are re-clustered whole, as a
  removed event may split one.  Occurrences are connected components of a pairwise relation,
  so this equals a full rebuild.  Their rows (counts, dates, codes, dyads) are derived in SQL:
  a rebuild's from the member links, an update's by merging the stored rows of the occurrences
  a cluster absorbs with its new members (:func:`derived.derive_occurrences`).
- records: statements per document; transfers per (supplier, recipient, system), deployments per
  (country, host) and assessment contradictions per (subject, predicate) touched; agreements
  (grouped greedily across kinds, a bare "treaty" joining the one treaty it can be) all together
  when a document has or had an agreement claim.

Only processed documents take part; a document marked duplicate never counts twice.  Only the
events at or above the model's confidence floor (:func:`model_floor`) enter occurrences, dyads and
``event_words``; the others stay stored and listed.  The store records the floor its model was
built with, and a model built with another one is rebuilt (:func:`floor_stale`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import duckdb

from geowire.actors.kb import KnowledgeBase, load_kb
from geowire.coding.floors import ARTEFACT, ArtefactFloors, floors_of
from geowire.errors import ModelError
from geowire.lang.pack import LanguagePack, default_language
from geowire.model import forked, records
from geowire.model.lexicon import ModelLexicon, model_lexicon
from geowire.model.occurrences import (
    PUBLICATION_WINDOW,
    EventRecord,
    Occurrence,
    PlaceNames,
    cluster,
    named_place,
    occurrence_id,
    period,
    period_days,
    place_key,
    vocabulary,
)
from geowire.model.records import Contradiction, Record, StoredClaim
from geowire.nlp.dates import date_rules
from geowire.settings import Settings, load_settings
from geowire.store import derived
from geowire.store.claims import decode
from geowire.store.db import Store

Con = duckdb.DuckDBPyConnection
_UNDATED = (dt.date(1, 1, 1), dt.date(9999, 12, 31))
_TRANSFER_KEY = ("supplier", "recipient", "system")
_DEPLOYMENT_KEY = ("country", "host")
_ASSESSMENT_KEY = ("subject", "predicate")


@dataclass(frozen=True)
class BuildReport:
    occurrences: int
    agreements: int
    transfers: int
    deployments: int
    statements: int
    contradictions: int


REBUILD_MEMORY = "1GB"  # DuckDB's buffer pool during a full rebuild (the Python side holds one category)
REBUILD_WORKERS = 2  # processes clustering categories side by side in a full rebuild of a large store
CLUSTER_MEMORY = "256MB"  # DuckDB's buffer pool while the categories are clustered (read once)
# from this many stored events on, the two pools are these: at 10^7 events the occurrence rows of
# the largest category's members (aggregates over lists, which DuckDB does not spill) ran out of
# 256 MB even in parts; a rebuild with 2 GB / 3 GB completed there (peak RSS ~9 GB, upd7)
LARGE_FROM = 3_000_000
LARGE_MEMORY = {"rebuild": "3GB", "cluster": "2GB"}
SMALL_MEMORY = {"rebuild": REBUILD_MEMORY, "cluster": CLUSTER_MEMORY}
PARALLEL_FROM = 50_000  # stored events below which a rebuild clusters in-process (forking costs more)
# at most about this many events staged by one statement while the workers cluster: the sort of the
# later categories of 10^7 events ran out of the CLUSTER_MEMORY pool in one statement
STAGE_ROWS = 1_000_000


def model_floor(settings: Settings | None = None) -> float | None:
    """The confidence floor of the events the model counts (:func:`derived.model_events`): the
    ``model_min_confidence`` setting, else the configured decider's ``model_min_confidence``
    (chosen on dev for precision; its ``min_confidence``, the default view's floor, in an artefact
    without one), else None (no decider to read: every event counts).  ``settings``: the
    environment's and defaults when not given.  The floor applies to the learned decision stage's
    events only, whatever the coder now configured: the rule coder's confidences are fixed
    per-rule tiers on another scale, and its events all count."""
    settings = settings or load_settings()  # the environment and defaults
    if settings.model_min_confidence is not None:
        return settings.model_min_confidence
    return decider_floor(settings.decider_model)


def with_model_floor(settings: Settings | None = None, floors: ArtefactFloors | None = None) -> Settings:
    """``settings`` (the environment's and defaults when not given) with ``model_min_confidence``
    resolved (:func:`model_floor`): an entry point that reads or extends the model resolves it
    once and hands it down, so the decider artefact is read once per command, not per step.
    ``floors``: the artefact's, when the command has read them already (:func:`read_floors`)."""
    settings = settings or load_settings()
    if settings.model_min_confidence is not None:
        return settings
    floor = decider_floor(settings.decider_model, floors)
    return settings if floor is None else settings.with_overrides(model_min_confidence=floor)


# geowire.coding.decide.MODEL_PATH: importing the coder costs ~1.5 s (spaCy), and every command
# that reads the model checks its floor
DECIDER_PATH = ARTEFACT


def decider_floor(path: Path | None = None, floors: ArtefactFloors | None = None) -> float | None:
    """The decider artefact's ``model_min_confidence`` (its ``min_confidence`` when it has none),
    read from its JSON alone at each call (~40 ms for its 2.7 MB; a command reads it once, through
    :func:`with_model_floor`; not kept in a module-level cache, which ``tests/test_layers.py``
    forbids) unless ``floors`` were read already; None when the shipped artefact is absent (a named
    one that cannot be read is a ``ModelError``).  Setting
    ``model_min_confidence`` skips the read."""
    floors = floors_of(path, floors)
    if floors.problem is not None:
        raise ModelError(f"the decider artefact {floors.path} {floors.problem}; run `make train`")
    return floors.model


def floor_stale(store: Store, settings: Settings | None = None) -> bool:
    """Whether the stored model was built with another confidence floor than the configured one
    (:func:`model_floor`), or before floors were recorded: then it must be rebuilt."""
    return derived.floor_differs(store.con, model_floor(settings))


def rebuild_model(
    store: Store,
    *,
    today: dt.date | None = None,
    lang: LanguagePack | None = None,
    workers: int | None = None,
    settings: Settings | None = None,
) -> BuildReport:
    """Recompute every derived model table from the stored claims and events (``lang``: the
    language pack whose stop words and place words clustering uses; the default settings' one).
    ``workers``: processes clustering categories side by side (:func:`forked.map_forked`; by
    default :data:`REBUILD_WORKERS` from :data:`PARALLEL_FROM` events on, else 1) — the same
    result whatever their number.  ``settings``: where the confidence floor comes from
    (:func:`model_floor`), recorded with the model."""
    today = today or dt.date.today()
    lang = lang or default_language()
    lex = model_lexicon(lang)
    floor = model_floor(settings)
    with store.transaction() as con:
        events = derived.table_counts(con, ["events"])[0]
    pools = LARGE_MEMORY if events >= LARGE_FROM else SMALL_MEMORY
    with store.transaction() as con, derived.memory_limit(con, pools["rebuild"]):
        derived.clear(con)
        if workers is None:
            workers = REBUILD_WORKERS if events >= PARALLEL_FROM else 1
        _cluster_store(con, lang, workers, floor, cluster_memory=pools["cluster"])
        derived.derive_occurrences(con, None)
        derived.refresh_dyad_totals(con)
        derived.record_floor(con, floor)
        _write_agreements(con, load_claims(con, kind="agreement"), today, lex)
        claims = load_claims(con, kind="transfer")
        bounds = date_bounds(lang)
        built = records.build_transfers(claims, figures=lex.figures, bounds=bounds, **_transfer_words(lex))
        _write_records(con, "transfers", *built)
        claims = load_claims(con, kind="deployment")
        built_deployments = records.build_deployments(claims, figures=lex.figures, **_deployment_words(lex))
        _write_records(con, "deployments", *built_deployments)
        _write_contradictions(con, records.assessment_contradictions(load_claims(con, kind="assessment")))
        derived.write(con, "statements", [_statement_row(c) for c in load_claims(con, kind="statement")])
        return _report(con)


def update_model(
    store: Store,
    doc_ids: Iterable[str],
    *,
    today: dt.date | None = None,
    lang: LanguagePack | None = None,
    settings: Settings | None = None,
) -> BuildReport:
    """Bring the derived tables up to date after ``doc_ids`` were (re)processed or removed
    (``lang`` and ``settings`` as for :func:`rebuild_model`); a model built with another
    confidence floor is rebuilt instead (:func:`floor_stale`)."""
    today = today or dt.date.today()
    lang = lang or default_language()
    docs = set(doc_ids)
    floor = model_floor(settings)
    if derived.floor_differs(store.con, floor):
        return rebuild_model(store, today=today, lang=lang, settings=settings)
    with store.transaction() as con:
        derived.record_floor(con, floor)  # an empty model's first update
        if docs:
            _update_occurrences(con, docs, lang, floor)
            _update_records(con, docs, today, model_lexicon(lang), bounds=date_bounds(lang))
        return _report(con)


def _report(con: Con) -> BuildReport:
    tables = ("occurrences", "agreements", "transfers", "deployments", "statements", "contradictions")
    return BuildReport(*derived.table_counts(con, tables))


# --- loading ---------------------------------------------------------------------------------------


def load_events(
    con: Con, *, names: PlaceNames | None = None, lang: LanguagePack | None = None, **filters: Any
) -> list[EventRecord]:
    """Events of processed documents (see :func:`derived.event_rows` for ``filters``), as
    clustering input, each with the named place of its location (by ``names``, else the shipped
    knowledge base's in ``lang``'s words, the default language's unless given)."""
    rows = derived.event_rows(con, **filters)
    if names is None and any(r.get("location") for r in rows):  # else no need to load them
        names = place_names(lang=lang or default_language())
    return [EventRecord(**_event_fields(r, names or PlaceNames())) for r in rows]


def _event_fields(r: dict[str, Any], names: PlaceNames) -> dict[str, Any]:
    for key in ("actors", "recipients", "actor_keys", "recipient_keys", "names"):
        if key in r:
            r[key] = tuple(r[key] or ())
    location = r.pop("location", None)
    r["place"] = named_place(location, names) if location else None
    return r


def place_names(kb: KnowledgeBase | None = None, *, lang: LanguagePack | None = None) -> PlaceNames:
    """The place names of a knowledge base (the shipped one by default) in a language pack's words
    (the default settings' pack): every country's name and aliases are whole countries, not
    places; a capital's other spellings map to its first.  Computed once per knowledge base and
    pack (kept by the knowledge base, which the shipped one is kept by its pack)."""
    pack = lang or default_language()
    kb = kb or load_kb(Settings.model_validate({}), pack)  # the shipped files, kept on the pack
    return kb.derived(("model.place_names", pack.code), lambda: _place_names(kb, pack))


def _place_names(kb: KnowledgeBase, pack: LanguagePack) -> PlaceNames:
    words = vocabulary(pack)
    kinds = words.place_kinds
    countries = {place_key(n, kinds) for c in kb.countries.values() for n in (c.code, c.name, *c.aliases)}
    spellings = {
        place_key(other, kinds): place_key(c.capitals[0], kinds)
        for c in kb.countries.values()
        for other in c.capitals[1:]
    }
    homes = _homes(kb, pack, kinds)
    return PlaceNames(
        countries=frozenset(countries - {""}), spellings=spellings, vocabulary=words, homes=homes
    )


# a city of another country at least this large, and not dwarfed by the capital (a tenth of it or
# more), makes a capital's name ambiguous (Tripoli, Lebanon; not Washington, Tyne and Wear)
_SHARED_CITY = 50_000
_SHARED_RATIO = 10


def _homes(kb: KnowledgeBase, pack: LanguagePack, kinds: frozenset[str]) -> dict[str, str]:
    """Each country's names and capitals → the country, where the name is one country's alone: a
    name two countries claim, or a capital named like a city of another country (Tripoli, San José,
    Kingston, Victoria: the gazetteer's), says nothing of which country holds it."""
    from geowire.geo.resolve import geography

    gazetteer = geography(pack).gazetteer
    found: dict[str, set[str]] = defaultdict(set)
    for c in kb.countries.values():
        for n in (c.name, *c.aliases):
            found[place_key(n, kinds)].add(c.code)
        for n in c.capitals:
            holders = found[place_key(n, kinds)]
            holders.add(c.code)
            cities = [m.entry for m in gazetteer.lookup(n) if m.entry.kind == "city" and not m.alias]
            own = max((e.population for e in cities if e.country == c.code), default=0)
            holders |= {
                e.country
                for e in cities
                if e.population >= _SHARED_CITY and e.population * _SHARED_RATIO > own
            }
    found.pop("", None)
    return {key: next(iter(codes)) for key, codes in found.items() if len(codes) == 1}


def region_within(pack: LanguagePack) -> Callable[[str, str], bool]:
    """Whether a place name is a first-level region of the gazetteer ("Bavaria") that holds a place
    named like the other ("Munich"); a region named like a sizeable city ("Hanoi", "Kyiv") is read
    as the city and holds nothing."""
    from geowire.geo.resolve import geography

    gazetteer = geography(pack).gazetteer

    area_word = model_lexicon(pack).agreements.area_after

    @functools.lru_cache(maxsize=4096)
    def areas(name: str) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
        bare = _area_name(name, area_word)
        found = [m.entry for m in gazetteer.lookup(bare)]
        if bare != name:  # (cx57) "the Lviv region": the region, whatever city shares its name
            return frozenset(_area_regions(found)), frozenset()
        regions = _regions_named(found)
        places = {(e.country, e.admin1_code) for e in found if e.kind != "admin1" and e.admin1_code}
        return frozenset(regions), frozenset(places)

    def within(region: str, place: str) -> bool:
        return bool(areas(region)[0] & areas(place)[1])

    return within


def _admin1_regions(found: Sequence[Any]) -> set[tuple[str, str]]:
    """(country, admin1 code) of the first-level regions among gazetteer entries."""
    return {(e.country, e.admin1_code) for e in found if e.kind == "admin1" and e.admin1_code}


def _regions_named(found: Sequence[Any]) -> set[tuple[str, str]]:
    """(country, admin1 code) of the first-level regions among a name's gazetteer entries; none when
    a sizeable city bears the name ("Hanoi", "Kyiv" are read as the city)."""
    if any(e.kind == "city" and e.population >= _SHARED_CITY for e in found):
        return set()
    return _admin1_regions(found)


def _area_regions(found: Sequence[Any]) -> set[tuple[str, str]]:
    """(cx57) (country, admin1 code) of a name said to be a region ("the Lviv region"): its
    first-level regions, else the one that holds the largest city of that name ("the Kaliningrad
    region"), else none."""
    regions = _admin1_regions(found)
    cities = [e for e in found if e.kind == "city" and e.admin1_code]
    if not regions and cities:
        top = max(cities, key=lambda e: e.population)
        regions = {(top.country, top.admin1_code)}
    return regions


def place_known(pack: LanguagePack, homes: Mapping[str, str]) -> Callable[[str], str | None]:
    """(lead31) What a place name is to the gazetteer: "region" (a first-level region, not shadowed by
    a sizeable city of its name), "place" (a city or site, or a capital of ``homes``), None when no one
    knows it — of a place no one knows, whether it lies in a region cannot be told. (cx57) A name
    with an area's word ("the Lviv region") is a "region" when the gazetteer bounds it
    (:func:`_area_regions`), else an "area": the text says it is a region, whose bounds no one here
    knows."""
    from geowire.geo.resolve import geography

    gazetteer = geography(pack).gazetteer
    area_word = model_lexicon(pack).agreements.area_after

    @functools.lru_cache(maxsize=4096)
    def known(name: str) -> str | None:
        if " ".join(name.casefold().split()) in homes:
            return "place"
        bare = _area_name(name, area_word)
        found = [m.entry for m in gazetteer.lookup(bare)]
        if bare != name:
            return "region" if _area_regions(found) else "area"
        if _regions_named(found):
            return "region"
        return "place" if found else None

    return known


def _area_name(name: str, area_word: re.Pattern[str]) -> str:
    """(cx57) A place's name without the area's word that closes it ("Khorezm region" → "Khorezm")."""
    m = next((m for m in area_word.finditer(name) if m.end() == len(name)), None)
    return name[: m.start()] if m else name


def _transfer_words(lex: ModelLexicon) -> dict[str, Any]:
    """The lexicon's words that :func:`records.build_transfers` compares claims with."""
    return {
        "aggregate": lex.transfers.aggregate_system,
        "partial": lex.transfers.partial_before,
        "not_designators": lex.transfers.not_designators,
        "completing": lex.transfers.completing,
        "clause_break": lex.transfers.clause_break,
        "arrival": lex.deployments.arrival,  # the verbs of arriving, forces' or equipment's
        "delayed": lex.transfers.delayed_until,
        "negation": next((m.pattern for m in lex.transfers.moods if m.mood == "negated"), None),
        "kinds": lex.grouping.generic_kinds,
    }


def _deployment_words(lex: ModelLexicon) -> dict[str, Any]:
    """The lexicon's words that :func:`records.build_deployments` compares claims with."""
    d = lex.deployments
    return {"withdraw": d.withdraw, "whole_force": d.whole_force, "rotation": d.rotation,
            "kinds": d.personnel_kinds, "led": d.led_before, "passing": d.passing_after,
            "opening": d.opening_force}  # fmt: skip


def date_bounds(lang: LanguagePack) -> frozenset[str]:
    """The words of ``lang`` that make a date a deadline ("by 2026", "before June")."""
    return frozenset(w for w, rel in date_rules(lang).relations.items() if rel in ("before", "until"))


def load_claims(con: Con, **filters: Any) -> list[StoredClaim]:
    """Claims of processed documents with their sentence, outlet, publication date and doc text."""
    return [StoredClaim.from_row(decode(r)) for r in derived.claim_rows(con, **filters)]


# --- occurrences ---------------------------------------------------------------------------------


def _cluster_store(
    con: Con, lang: LanguagePack, workers: int, floor: derived.Floor, *, cluster_memory: str = CLUSTER_MEMORY
) -> None:
    """Stage the events the model counts under ``floor`` (:func:`derived.stage_events`) and cluster
    every category's (occurrences never span categories), ``workers`` categories at a time, making
    each category's occurrence rows and links as its result comes back
    (:func:`derived.add_staged_links`, in category order) while the workers cluster the next ones.
    The parent's SQL overlaps the workers: only the first categories' events are staged before
    they start, the others while they run, and the ``event_words`` index
    (:func:`derived.index_events`), which needs no occurrence, is made after the first category's
    links.  DuckDB's buffer pool is kept small meanwhile: the workers need the memory."""
    stop = vocabulary(lang).stop
    staging: dict[str, Any] = {"floor": floor, "window_days": PUBLICATION_WINDOW, "stop_words": stop}
    sizes = derived.category_sizes(con, floor)  # the most frequent first
    categories = [c for c, _n in sizes]
    derived.stage_events(con, **staging, categories=categories[:workers])

    def stage_rest() -> None:  # in the parent, while the first workers run
        for chunk in stage_chunks(sizes[workers:], STAGE_ROWS):
            derived.stage_events(con, **staging, categories=chunk, add=True)

    clusterer = _CategoryClusterer(names=place_names(lang=lang), stop=stop)
    # forked workers get a category's rows as Arrow columns and make them Python objects themselves
    columnar = workers > 1 and forked.can_fork() and derived.can_stage_columns()
    staged = (derived.staged_rows(con, c, columnar=columnar) for c in categories)
    derived.stage_links(con)  # written to occurrences and occurrence_events by derive_occurrences
    with derived.memory_limit(con, cluster_memory):
        # closed at once on an error here, so the workers stop before the rollback, not at collection
        results = forked.map_forked(clusterer, staged, workers=workers, meanwhile=stage_rest)
        with contextlib.closing(results):
            _add_results(con, categories, results, stop)


def stage_chunks(sizes: Sequence[tuple[str, int]], rows: int) -> list[list[str]]:
    """The categories in order, grouped so that a group holds at most ``rows`` events unless one
    category alone has more (it is a group of its own)."""
    chunks: list[list[str]] = []
    held = rows
    for category, n in sizes:
        if held + n > rows:
            chunks.append([])
            held = 0
        chunks[-1].append(category)
        held += n
    return chunks


def _add_results(
    con: Con, categories: list[str], results: Iterator[tuple[list[str], list[str]]], stop: frozenset[str]
) -> None:
    """Each category's occurrence links as its result comes back; the ``event_words`` index after
    the first (every event is staged by then; the next workers run meanwhile)."""
    indexed = False
    for category, (occurrence_ids, event_ids) in zip(categories, results, strict=True):
        derived.add_staged_links(con, category, occurrence_ids, event_ids)
        if not indexed:
            derived.index_events(con, None, window_days=PUBLICATION_WINDOW, stop_words=stop)
            indexed = True
    if not indexed:  # no category
        derived.index_events(con, None, window_days=PUBLICATION_WINDOW, stop_words=stop)


@dataclass(frozen=True)
class _CategoryClusterer:
    """One category's event rows (:func:`derived.staged_rows`: dicts, or Arrow columns a worker
    converts) → its occurrence links: the events' occurrence ids and their ids, in the rows' order
    (for :func:`derived.add_staged_links`).  The rows carry their evidence words (``ws``), so no
    sentence is read or tokenised here."""

    names: PlaceNames
    stop: frozenset[str]

    def __call__(self, staged: derived.StagedRows) -> tuple[list[str], list[str]]:
        # the cyclic collector off meanwhile: clustering makes millions of objects and no cycles,
        # and each collection it triggered walked them (and, in a forked worker, the parent's
        # inherited objects, copying their pages): ~10-20% of a worker's CPU
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._links(staged)
        finally:
            if collecting:
                gc.enable()

    def _links(self, staged: derived.StagedRows) -> tuple[list[str], list[str]]:
        rows = derived.as_rows(staged)
        bags = [frozenset(r.pop("ws")) for r in rows]  # the evidence words, computed in SQL
        events = [EventRecord(sentence="", **_event_fields(r, self.names)) for r in rows]
        rows.clear()  # the dicts are not needed any more (in a worker: its copy)
        occs = cluster(events, stop=self.stop, bags=bags)
        occurrence_of = {m.id: occ.id for occ in occs for m in occ.members}
        ids = [e.id for e in events]
        return [occurrence_of[i] for i in ids], ids


def _update_occurrences(con: Con, docs: set[str], lang: LanguagePack, floor: derived.Floor) -> None:
    """Join ``docs``' events to the occurrences they reach, and re-cluster those that held
    ``docs``' old events (a removed event may split its occurrence).

    Only the stored events a new one may join directly are loaded (a superset of them, looked up
    by :func:`derived.candidate_events` in the ``event_words`` index): an
    occurrence is a connected component, and stored events already sit in theirs, so one that
    no new event joins stays as it is; those a new event joins bring their occurrence along
    (``together``) without their other members being loaded."""
    stop = vocabulary(lang).stop
    split = derived.occurrences_of_documents(con, docs)
    if split:  # else none of docs' events is clustered, so none is in event_words
        derived.unindex_documents(con, docs)
    new = load_events(con, lang=lang, doc_ids=docs, slim=True, floor=floor)
    candidates, windows = derived.candidate_events(
        con, docs, window_days=PUBLICATION_WINDOW, stop_words=stop, floor=floor
    )
    home = {e: o for e, o in candidates if o not in split}
    loose = set(derived.member_events(con, split)) - set(home)  # a split occurrence's: dates unknown
    stored = load_events(con, lang=lang, event_ids=set(home), slim=True, floor=floor, windows=windows)
    if loose:
        stored += load_events(con, lang=lang, event_ids=loose, slim=True, floor=floor)
    old = sorted((e for e in stored if e.doc_id not in docs), key=lambda e: e.id)
    events = new + old
    together: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        if e.id in home:
            together[home[e.id]].append(i)
    fresh = frozenset(i for i, e in enumerate(events) if e.id not in home)  # new and re-clustered
    occs = cluster(events, stop=stop, together=together.values(), fresh=fresh)
    renamed, firsts, links = _merge(con, [o for o in occs if any(m.id not in home for m in o.members)], home)
    # the occurrences absorbed are read among the rows dated within their members' days, which
    # first_members read by their periods (a rebuild writes by date); a split one may hold only
    # docs' old events, whose periods are not known here: read whole (re-coding is rare)
    derived.count_dyads(con, split, -1, None)
    derived.absorb(con, renamed, firsts)  # counted out, kept to merge with the new members, deleted
    derived.delete_occurrences(con, split, None)
    derived.relink(con)  # by the renaming absorb kept
    derived.add_links(con, links)
    touched = set(renamed.values()) | {link["occurrence_id"] for link in links}
    derived.derive_occurrences(con, touched)
    derived.index_events(con, docs, window_days=PUBLICATION_WINDOW, stop_words=stop, floor=floor)
    # the removed occurrences' counts out, the derived ones' in
    derived.apply_dyad_delta(con)


def _merge(
    con: Con, occs: list[Occurrence], home: dict[str, str]
) -> tuple[dict[str, str], dict[str, str], list[dict[str, Any]]]:
    """For the clusters of new and old events: the stored occurrences each one absorbs (old id →
    new id, the id of the union's first event), their first member events, and the links of its
    events not yet stored."""
    changed = []
    days = set()  # the spans the absorbed occurrences' members' dates fall in (their periods')
    for occ in occs:
        stored = {home[m.id] for m in occ.members if m.id in home}
        fresh = [m for m in occ.members if m.id not in home]
        if fresh or len(stored) > 1:  # else an old occurrence nothing joined
            changed.append((stored, fresh))
            if stored:  # its stored occurrences' links are read (first_members) in their period's days
                days.add(period_days(period(occ.members[0])))  # one period per occurrence
    firsts = derived.first_members(con, {o for stored, _ in changed for o in stored}, days)
    renamed: dict[str, str] = {}
    links: list[dict[str, Any]] = []
    for stored, fresh in changed:
        new_id = occurrence_id(min([m.id for m in fresh] + [firsts[o] for o in stored]))
        renamed.update((o, new_id) for o in stored)
        links += _links(new_id, fresh)
    return renamed, firsts, links


def _links(occ_id: str, members: Iterable[EventRecord]) -> list[dict[str, Any]]:
    return [{"occurrence_id": occ_id, "event_id": m.id, "doc_id": m.doc_id} for m in members]


# --- records -------------------------------------------------------------------------------------


def _update_records(
    con: Con, docs: set[str], today: dt.date, lex: ModelLexicon, *, bounds: Collection[str]
) -> None:
    derived.delete_where_in(con, "statements", "doc_id", docs)
    derived.write(
        con, "statements", [_statement_row(c) for c in load_claims(con, kind="statement", doc_ids=docs)]
    )
    new = load_claims(con, doc_ids=docs)
    kinds = {c.kind for c in new}
    if "agreement" in kinds or derived.records_with_documents(con, "agreements", docs, "id"):
        derived.clear(con, ["agreements"])
        derived.delete_contradictions_ending(con, records.AGREEMENT_ACTIONS)
        _write_agreements(con, load_claims(con, kind="agreement"), today, lex)
    _update_transfers(con, docs, [c for c in new if c.kind == "transfer"], lex, bounds=bounds)
    _update_deployments(con, docs, [c for c in new if c.kind == "deployment"], lex)
    _update_assessments(con, docs, [c for c in new if c.kind == "assessment"])


def _key(fields: Mapping[str, Any], names: tuple[str, ...]) -> str:
    """The '|'-joined values of ``names`` in a claim's fields, as :func:`derived.field_key` makes them."""
    return "|".join(str(fields.get(n)) for n in names)


def _touched_keys(
    con: Con, table: str, docs: set[str], new: list[StoredClaim], names: tuple[str, ...]
) -> set[str]:
    old = derived.records_with_documents(con, table, docs, derived.column_key(names))
    return {r[0] for r in old} | {_key(c.fields, names) for c in new}


def _update_transfers(
    con: Con, docs: set[str], new: list[StoredClaim], lex: ModelLexicon, *, bounds: Collection[str]
) -> None:
    keys = _touched_keys(con, "transfers", docs, new, _TRANSFER_KEY)
    if not keys:
        return
    # every system between the touched parties: a denial of a kind of system ("any drones") is
    # compared with the named systems of that kind (records.build_transfers)
    pairs = {"|".join(k.split("|")[:2]) for k in keys}
    claims = load_claims(con, kind="transfer", keys=([f"$.{n}" for n in _TRANSFER_KEY[:2]], pairs))
    keys |= {_key(c.fields, _TRANSFER_KEY) for c in claims}
    derived.delete_where_in(con, "transfers", derived.column_key(_TRANSFER_KEY), keys)
    subjects = [x for k in keys for x in records.transfer_subjects(*k.split("|"))]
    derived.delete_where_in(con, "contradictions", "subject", subjects)
    built = records.build_transfers(claims, figures=lex.figures, bounds=bounds, **_transfer_words(lex))
    _write_records(con, "transfers", *built)


def _update_deployments(con: Con, docs: set[str], new: list[StoredClaim], lex: ModelLexicon) -> None:
    keys = _touched_keys(con, "deployments", docs, new, _DEPLOYMENT_KEY)
    if not keys:
        return
    derived.delete_where_in(con, "deployments", derived.column_key(_DEPLOYMENT_KEY), keys)
    derived.delete_where_in(
        con, "contradictions", "subject", [" personnel in ".join(k.split("|")) for k in keys]
    )
    claims = load_claims(con, kind="deployment", keys=([f"$.{n}" for n in _DEPLOYMENT_KEY], keys))
    deployments = records.build_deployments(claims, figures=lex.figures, **_deployment_words(lex))
    _write_records(con, "deployments", *deployments)


def _update_assessments(con: Con, docs: set[str], new: list[StoredClaim]) -> None:
    """Assessment contradictions are pairs of documents: drop ``docs``' and find them again."""
    derived.contradictions_of_documents(con, "assessment", docs)
    keys = {_key(c.fields, _ASSESSMENT_KEY) for c in new}
    if not keys:
        return
    claims = load_claims(con, kind="assessment", keys=([f"$.{n}" for n in _ASSESSMENT_KEY], keys))
    found = records.assessment_contradictions(claims)
    _write_contradictions(con, [x for x in found if x.doc_a in docs or x.doc_b in docs])


def _write_agreements(con: Con, claims: list[StoredClaim], today: dt.date, lex: ModelLexicon) -> None:
    agreements: list[records.AgreementRecord] = []
    contradictions: list[Contradiction] = []
    generic = tuple(lex.agreements.generic)
    names = place_names()  # a whole country as a signing place contains any city of its own
    within = region_within(default_language())  # and a region ("Bavaria") any city in it
    known = place_known(default_language(), names.homes)  # a place no gazetteer knows may hold another
    seen: set[str] = set()
    words = {
        "topic_stop": lex.agreements.topic_stop,
        "topic_plain": lex.agreements.topic_plain,
        "fresh": lex.agreements.fresh,
        "trade_kinds": lex.agreements.trade_kinds,
        "trade_words": lex.agreements.trade_words,
    }
    groups = records.group_agreements(claims, generic=generic, **words)
    for members in groups:
        rec, cx = records.build_agreement(
            members,
            today,
            countries=names.countries,
            homes=names.homes,
            figures=lex.figures,
            within=within,
            known=known,
        )
        while rec.id in seen:  # two agreements alike in kind, parties, name and year
            rec = replace(rec, id="ag" + hashlib.sha1(rec.id.encode()).hexdigest()[:14])
        seen.add(rec.id)
        agreements.append(rec)
        contradictions += cx
    contradictions += records.described_dates_apart(groups, generic=generic, stop=lex.agreements.topic_stop)
    dated = {c.doc_id for c in claims if c.fields.get("kind") in generic and c.fields.get("date")}
    transfers = load_claims(con, kind="transfer", doc_ids=dated) if dated else []
    contradictions += records.covered_dates_apart(
        groups, transfers, generic=generic, fresh=lex.agreements.fresh, stop=lex.agreements.topic_stop
    )
    derived.write(con, "agreements", [_record_row(a, _AGREEMENT_COLUMNS) for a in agreements])
    _write_contradictions(con, contradictions)


def _write_records(con: Con, table: str, recs: Sequence[Record], contradictions: list[Contradiction]) -> None:
    columns = {"transfers": _TRANSFER_COLUMNS, "deployments": _DEPLOYMENT_COLUMNS}[table]
    derived.write(con, table, [_record_row(r, columns) for r in recs])
    _write_contradictions(con, contradictions)


def _write_contradictions(con: Con, found: Collection[Contradiction]) -> None:
    unique = {x.id: x for x in found}
    derived.delete_where_in(con, "contradictions", "id", list(unique))  # the same pair seen twice
    derived.write(con, "contradictions", [_contradiction_row(x) for x in unique.values()])


def _json(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False, default=str)


_AGREEMENT_COLUMNS = (
    "id",
    "kind",
    "name",
    "parties",
    "signed",
    "signed_precision",
    "signed_place",
    "signer",
    "ratified",
    "ratified_precision",
    "in_force",
    "expires_year",
    "duration_years",
    "value_usd",
    "status",
    "disputed",
    "doc_ids",
    "claim_ids",
    "event_ids",
)


_TRANSFER_COLUMNS = (
    "id",
    "supplier",
    "recipient",
    "system",
    "category",
    "quantity",
    "quantity_text",
    "status",
    "statuses",
    "operator",
    "date",
    "since",
    "value_usd",
    "doc_ids",
    "claim_ids",
)


_DEPLOYMENT_COLUMNS = (
    "id",
    "country",
    "host",
    "personnel",
    "personnel_text",
    "place",
    "role",
    "date",
    "doc_ids",
    "claim_ids",
)


def _record_row(record: Record, columns: tuple[str, ...]) -> dict[str, Any]:
    """The stored row of a merged record: its columns, and its fields with their sources as JSON."""
    data = record.as_dict()
    row = {k: data[k] for k in columns}
    row["fields"] = _json({"fields": data["fields"], "sources": data["sources"]})
    return row


def _statement_row(c: StoredClaim) -> dict[str, Any]:
    f = c.fields
    span = c.field_spans.get("text") or [c.start, c.end]
    return {
        "claim_id": c.id,
        "doc_id": c.doc_id,
        "outlet": c.outlet,
        "published": c.published,
        "speaker": f.get("speaker"),
        "speaker_name": f.get("speaker_name"),
        "speaker_country": f.get("speaker_country"),
        "target": f.get("target"),
        "stance": f.get("stance", "neutral"),
        "text": f.get("text", ""),
        "quote": f.get("quote"),
        "start": span[0],
        "end": span[1],
        "sentence_index": c.sentence_index,
    }


def _contradiction_row(x: Contradiction) -> dict[str, Any]:
    return {
        "id": x.id,
        "kind": x.kind,
        "subject": x.subject,
        "field": x.field,
        "value_a": x.value_a,
        "value_b": x.value_b,
        "doc_a": x.doc_a,
        "doc_b": x.doc_b,
        "claim_a": x.claim_a,
        "claim_b": x.claim_b,
        "evidence": _json([e.as_dict() for e in x.evidence]),
    }
