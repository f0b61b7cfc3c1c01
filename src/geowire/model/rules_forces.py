"""Arms transfer and deployment claims (SIPRI-style), each field with its evidence span.

Transfers: supplier, recipient, system (equipment mention code), category, quantity, status
(offered / ordered / delivered / deployed / operated-by, or ``mentioned`` when the sentence
names the system without saying what happened to it), operator, date, since-year, value.
Deployments: sending country, personnel count, host country, place, role, date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from geowire.geo.gazetteer import GazetteerEntry, name_key
from geowire.geo.resolve import Geography, geography
from geowire.model.context import (
    SentenceView,
    forward_date,
    mention_country,
    per_view,
    qualifier_before,
    sentence_dates,
)
from geowire.model.lexicon import ModelLexicon, compile_any, compile_each, cue_gate
from geowire.model.rules_agreements import usd_value
from geowire.nlp.dates import alternation
from geowire.nlp.numbers import count_words, number_at, number_grammar
from geowire.nlp.quantities import quantity_rules
from geowire.types import ActorMention, Claim, DateExpr, Event, EventActor, Quantity

if TYPE_CHECKING:
    from geowire.actors.kb import KnowledgeBase
    from geowire.lang.pack import LanguagePack

_NEAR_QUANTITY = 45  # characters between a figure and the system it counts
_YEARLIKE = re.compile(r"(?:19|20)\d\d")


def equipment_categories(kb: KnowledgeBase) -> Mapping[str, str]:
    """Equipment code → category of the knowledge base's equipment (``equipment`` entries; built
    once per knowledge base and kept with it)."""
    return kb.derived(
        "model.equipment_categories", lambda: {code: e.category for code, e in kb.equipment_items.items()}
    )


def equipment_producers(kb: KnowledgeBase) -> Mapping[str, str]:
    """Equipment code → the country that makes it, for the knowledge base's equipment with a
    producer (built once per knowledge base and kept with it)."""
    return kb.derived(
        "model.equipment_producers",
        lambda: {code: e.producer for code, e in kb.equipment_items.items() if e.producer},
    )


@dataclass(frozen=True)
class PluralSystems:
    """Known systems named in the plural ("Gripens", "TB2s'"): one regex over every equipment
    name of the knowledge base with the language's plural ending (and maybe a possessive) after
    it, and the mention each plural stands for (built by :func:`plural_systems`)."""

    regex: re.Pattern[str] | None = None
    systems: Mapping[str, ActorMention] = field(default_factory=dict)
    # the last word of a system's longer name in the plural, right after a count ("72 Typhoons"
    # for the Eurofighter Typhoon): a bare head word may be a storm or a people, a counted one is
    # a fleet; its group ``plural``, the mention in ``systems``
    counted: re.Pattern[str] | None = None
    # the forms of ``regex`` / ``counted`` by their last word (None: no pre-test): a sentence none
    # of whose words is one, or holds none of that word's forms, cannot match (a set look-up and a
    # few substring tests before the scan of a regex of a thousand names)
    last_words: Mapping[str, tuple[str, ...]] | None = None
    counted_words: Mapping[str, tuple[str, ...]] | None = None

    def may_match(self, rx: re.Pattern[str], text: str) -> bool:
        """False only when ``rx`` (``regex`` or ``counted``) cannot match ``text``."""
        forms = self.last_words if rx is self.regex else self.counted_words if rx is self.counted else None
        if forms is None:
            return True
        for word in _words(text):
            for form in forms.get(word, ()):
                if form in text:
                    return True
        return False


_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=64)
def _words(text: str) -> frozenset[str]:
    """The runs of word characters of a sentence (asked for by each plural regex and each rule)."""
    return frozenset(_WORD.findall(text))


def _last_words(forms: Sequence[str], possessives: Sequence[str]) -> dict[str, tuple[str, ...]] | None:
    """``forms`` by their last run of word characters: where a form ends in one and is matched
    followed by a possessive that starts with no word character (or by none), that run is a whole
    run of word characters of the text (the regexes' lookbehind and lookahead bound it); else None."""
    if any(_WORD.match(p) for p in possessives):
        return None
    out: dict[str, tuple[str, ...]] = {}
    for form in forms:
        m = re.search(r"\w+\Z", form)
        if m is None:
            return None
        out[m.group()] = (*out.get(m.group(), ()), form)
    return out


def plural_systems(kb: KnowledgeBase, lang: LanguagePack) -> PluralSystems:
    """The plurals of the knowledge base's equipment names in ``lang`` (built once per knowledge
    base and language and kept with it)."""
    return kb.derived(("model.plural_systems", lang.code), lambda: _plural_systems(kb, lang))


def _plural_systems(kb: KnowledgeBase, lang: LanguagePack) -> PluralSystems:
    words = lang.surface.actors
    ending = words.plural_ending
    if not ending:
        return PluralSystems()
    systems: dict[str, ActorMention] = {}
    for name, refs in kb.all_names():
        codes = {(r.kind, r.code) for r in refs}
        if len(codes) != 1 or refs[0].kind != "equipment":
            continue  # a name that is also a country, group or person is theirs (the resolver's precedence)
        plural = name + ending
        if kb.refs_for_name(plural):
            continue  # the plural is a name of its own ("Tigers" the group): the resolver found it
        e = kb.equipment(refs[0].code)
        if e is None:
            continue
        systems[plural] = ActorMention(
            0, 0, plural, "equipment", code=e.code, wikidata=e.wikidata, name=e.name,
            confidence=0.9, how="equipment-plural", country=e.producer,
        )  # fmt: skip
    heads = _head_plurals(kb, ending, systems)
    if not systems and not heads:
        return PluralSystems()
    possessive = "|".join(re.escape(p) for p in sorted(words.possessives, key=lambda p: (-len(p), p)))
    after = f"(?:{possessive})?" if possessive else ""
    regex = counted = None
    if systems:
        forms = "|".join(re.escape(p) for p in sorted(systems, key=lambda p: (-len(p), p)))
        regex = re.compile(rf"(?<![\w-])(?P<plural>{forms}){after}(?![\w-])")
    if heads:
        counts = alternation(count_words(number_grammar(lang)))
        forms = "|".join(re.escape(p) for p in sorted(heads, key=lambda p: (-len(p), p)))
        counted = re.compile(
            rf"(?<![\w-])(?:\d[\d,]*|(?i:{counts}))(?:\s+[a-z]+)?\s+(?P<plural>{forms}){after}(?![\w-])"
        )
    return PluralSystems(
        regex, {**heads, **systems}, counted,
        _last_words(list(systems), words.possessives) if regex else None,
        _last_words(list(heads), words.possessives) if counted else None,
    )  # fmt: skip


_HEAD_WORD = re.compile(r"[A-Z][a-z]{3,}")


def _head_plurals(
    kb: KnowledgeBase, ending: str, known: Mapping[str, ActorMention]
) -> dict[str, ActorMention]:
    """The plural of the last word of each equipment name of two or more words ("Typhoons" for
    "Eurofighter Typhoon"), where that word is a capitalised word of one system only and neither
    it nor its plural is a name of its own (those are the resolver's or :func:`_plural_systems`')."""
    owners: dict[str, set[str]] = {}
    for name, refs in kb.all_names():
        words = name.split()
        if len(words) < 2 or not _HEAD_WORD.fullmatch(words[-1]):
            continue
        for r in refs:
            if r.kind == "equipment":
                owners.setdefault(words[-1], set()).add(r.code)
    out: dict[str, ActorMention] = {}
    for head, codes in owners.items():
        plural = head + ending
        if len(codes) != 1 or plural in known or kb.refs_for_name(head) or kb.refs_for_name(plural):
            continue
        e = kb.equipment(next(iter(codes)))
        if e is None:
            continue
        out[plural] = ActorMention(
            0, 0, plural, "equipment", code=e.code, wikidata=e.wikidata, name=e.name,
            confidence=0.8, how="equipment-head-plural", country=e.producer,
        )  # fmt: skip
    return out


@per_view
def _plural_mentions(view: SentenceView, plurals: PluralSystems | None) -> list[ActorMention]:
    """Known systems the sentence names in the plural, where no coded mention stands already
    (a plural must follow a known name exactly: "Gripens", not "Gripenson")."""
    if plurals is None:
        return []
    out = []
    found = [
        m for rx in (plurals.regex, plurals.counted) if rx is not None and plurals.may_match(rx, view.text)
        for _s, _e, m in view.finditer(rx)
    ]  # fmt: skip
    for m in found:
        s, e = view.start + m.start("plural"), view.start + m.end("plural")
        if any(o.code and o.start < e and s < o.end for o in view.mentions):
            continue
        out.append(replace(plurals.systems[m.group("plural")], start=s, end=e, sentence=view.sentence.index))
    return out


def transfer_claims(
    view: SentenceView,
    lex: ModelLexicon,
    categories: Mapping[str, str],
    plurals: PluralSystems | None = None,
) -> list[Claim]:
    """One claim per system named in the sentence, plus an aggregate claim for "$N of equipment";
    a known system's category from ``categories`` (:func:`equipment_categories`), a known system
    named in the plural found with ``plurals`` (:func:`plural_systems`)."""
    cues = _verb_cues(view, lex)
    # "ordered K2 tanks to replace the T-72s that Warsaw sent to Kyiv": the relative clause of a
    # replaced system tells that system's past, no step of the sentence's transfer
    aside = _replaced_relatives(view, lex, plurals)
    cues = [c for c in cues if not any(s <= c[1] < e for s, e in aside)]
    status = _status_among(view, lex, cues)
    contents = _contents(view, lex) if status is None else None
    if contents is not None:  # "The package includes …": read as a supply, its status from before it
        status = contents
        cues = [(0, contents[1], contents[2], contents[0])]
    # "ordered the jets to replace its oldest F-16s": what is replaced stays with its owner
    systems = [
        m
        for m in _distinct_systems(view, _plural_mentions(view, plurals), lex)
        if not _replaced(view, lex, m)
    ]
    systems = [_product_of_company(view, lex, m, categories.get(str(m.code), "")) for m in systems]
    if status is not None:  # "an Il-76 carrying the delegation landed": the aircraft carried, it was not sold
        systems = [m for m in systems if not _carries(view, lex, m, _cue_of(view, lex, cues, m, status))]
    known = {str(m.code) for m in systems}
    if status is not None:
        # a generic system is judged by the cue of its own clause ("bought tanks from Germany, and
        # has ordered 24 Gidran vehicles": the order's object, not a carrier after "has")
        generic = [
            g
            for g in _generic_systems(view, lex, status[1])
            + _earlier_clause_generics(view, lex, cues, status)
            if (
                not _carrier(view, lex, g, _status_among(view, lex, cues, g.start) or status)
                or _object_of_cue(view, lex, g, [c for c in cues if c[1] > status[2]])
            )
            and not _replaced(view, lex, g)
        ]
        generic += _listed_generics(view, lex, generic, systems, status[1])
        if lex.transfers.nominal_cue.search(view.slice(status[1], status[2])):
            # "the acquisition of the drones … to field Turkish aircraft": a noun's object follows it
            generic = [g for g in generic if 0 <= g.start - status[2] <= _NOMINAL_GAP]
        if status[0] in _HELD:  # "drone crews" operate nothing transferred; "the system" names one
            generic = [
                g
                for g in generic
                # (lead31) "Egypt, which flies American F-16s, has ordered twelve more Vetkas": a system
                # outside the held clause is judged by its own clause's cue
                if (
                    (_model_named(g) or _self_named(g))
                    and (_status_among(view, lex, cues, g.start) or status)[0] not in _HELD
                )
                or _anaphoric(view, lex, g)
                or lex.transfers.acquired_after.match(view.slice(g.end, g.end + 40))
                or _former_owned(view, lex, g)  # "operates three ex-Korean corvettes"
                or _made_in(view, lex, g) is not None  # "flies Russian-built Sukhoi jets"
            ]
        # "the Barak MX air defence system …, handing over the last two of 12 launchers": a bare noun
        # beside a model's name of its class in its clause is a part of that system
        generic = [g for g in generic if not _part_of_named(view, lex, g, generic)]
        # beside named systems, a generic one counts only in a clause that names none ("donated 45
        # armoured vehicles …, and Riga has ordered CV90s"), or with a model's name of another class
        # ("54 K9 howitzers and 36 K10 ammunition vehicles")
        systems += [
            g
            for g in generic
            if not any(_same_clause(view, lex, g.start, n.start) for n in systems)
            or _conjunct_count(view, lex, g)
            or _named_apart(view, lex, g, systems)
            or _object_pronoun(view, lex, g) is not None  # "buy a NASAMS from … and give it to Kyiv"
            or _bought_pronoun(view, lex, g) is not None  # "Estonia ordered it too"
        ]
    systems = [m for m in systems if not _with_forces(view, lex, m)]
    claims = [
        _system_claim(view, lex, m, _status_among(view, lex, cues, m.start) if status else None, categories)
        for m in systems
    ]
    claims = [
        _undated_by_another_system(view, lex, c, m, systems) for c, m in zip(claims, systems, strict=True)
    ]
    claims = [_outside_relatives(c, aside) for c in claims]
    kept = [(c, m) for c, m in zip(claims, systems, strict=True) if not _private_trader(view, lex, c)]
    claims, systems = [c for c, _m in kept], [m for _c, m in kept]
    claims = [_listed_parties(view, lex, known, (c, m), kept) for c, m in kept]
    claims = [
        replace(c, fields={**c.fields, PRONOUN: "recipient"})
        if _owned_by_antecedent(view, lex, c, m)
        else c
        if _own_model(view, lex, m)  # "the first of its Akash missile batteries": its own model
        else replace(
            c,
            fields={
                **c.fields,
                ANAPHOR: _object_pronoun(view, lex, m)
                or _bought_pronoun(view, lex, m)
                or _same_system(view, lex, m)
                or _contract_of(view, lex, m)
                or _demonstrative(view, lex, m),
            },
        )
        if c.fields.get("system") not in known
        and (_anaphoric(view, lex, m) or _contract_of(view, lex, m))
        and not _bare_designation(lex, m)
        else c
        for c, m in zip(claims, systems, strict=True)
    ]
    # a generic noun with no model's name ("several jets", "the howitzers") may stand for the one
    # system of its class the article names (extract.resolve_systems); "their own missiles" do not;
    # a bare one the sentence adds ("has also sent artillery shells") is marked as added
    adds = view.search(lex.transfers.also) is not None
    claims = [
        replace(c, fields={**c.fields, ARTICLE: ADDED if adds and not c.fields.get(ANAPHOR) else True})
        if c.fields.get("system") not in known and _unnamed_noun(view, lex, m)
        else c
        for c, m in zip(claims, systems, strict=True)
    ]
    # (cx51) a bare plural "the ships" with no count of its own may be the whole set of the article's
    # one system of its class an earlier sentence counted ("three Kasturba-class corvettes"); see extract
    claims = [
        replace(c, fields={**c.fields, WHOLE: True})
        if c.fields.get(ANAPHOR) is True and c.fields.get("quantity") is None and _bare_definite(view, lex, m)
        else c
        for c, m in zip(claims, systems, strict=True)
    ]
    claims += _later_steps(view, lex, cues, claims, systems)
    claims += _gapped_subjects(view, lex, claims)
    if view.search(lex.transfers.same_supplier) is not None:  # "from the same supplier": the article's last
        claims = [
            c if c.fields.get("supplier") else replace(c, fields={**c.fields, SAME_SUPPLIER: True})
            for c in claims
        ]
    # an unknown system with a supplier but no recipient waits for the article: the named system of
    # that supplier it stands for ("China will deliver all eight submarines"), or the recipient the
    # sentence refers to ("approved the sale of bombs to the kingdom"); see extract.resolve_systems
    referred = view.search(lex.transfers.country_anaphor) is not None or _unnamed_buyer(view, lex, status)
    # "Both ships are ex-US cutters": the article says who holds them now
    referred = referred or any(_former_owned(view, lex, m) for m in systems)
    # "The navy took delivery of two patrol boats from Spain": the article's country is the buyer
    referred = referred or (status is not None and _service_subject(view, lex, status[1]))
    # "Four patrol boats donated by the United States reached the Sekondi naval base": the buyer's base
    referred = referred or (status is not None and view.search(lex.transfers.arrival_site) is not None)
    claims = [
        replace(c, fields={**c.fields, PENDING: "recipient" if referred else "system"})
        if c.fields.get("system") not in known
        and c.fields.get("supplier")
        and not c.fields.get("recipient")
        and not c.fields.get(ANAPHOR)
        and not c.fields.get(PRONOUN)
        and c.fields.get("status") != "mentioned"
        else c
        for c in claims
    ]
    # … and one with a recipient but no supplier in a sentence that adds to the article waits for the
    # recipient's one supplier there ("The Emiratis also ordered 12 Caracal helicopters built by
    # Airbus"); see extract.fill_suppliers
    # (cx56) … and so does one told by its own model's name ("the first three Varnos were delivered to
    # the Chilean navy"): the maker the equipment list would give is unknown, the article may name it
    claims = [
        replace(c, fields={**c.fields, PENDING: "supplier"})
        if (
            adds
            or (
                _told_by_model(view, lex, c)
                and not _kept_as_it_is(c)
                and c.fields.get("status") != "approved"
            )
        )
        and c.fields.get("system") not in known
        and c.fields.get("recipient")
        and not c.fields.get("supplier")
        and not c.fields.get(ANAPHOR)
        and not c.fields.get(PRONOUN)
        and not c.fields.get(SAME_SUPPLIER)
        and c.fields.get("status") != "mentioned"
        else c
        for c in claims
    ]
    # an approval whose approver is no country ("The State Department has cleared a possible sale of
    # … to India"): the approving state sells, and the article (its dateline, the recipient's
    # supplier) names it; see extract.fill_unsaid_suppliers
    claims = [
        replace(c, fields={**c.fields, UNSAID_SUPPLIER: _co_recipients(c)})
        if c.fields.get("status") == "approved"
        and c.fields.get("recipient")
        and not c.fields.get("supplier")
        and not c.fields.get(PRONOUN)
        else c
        for c in claims
    ]
    if contents is not None:
        claims = [replace(c, fields={**c.fields, CONTENTS: True}) for c in claims]
    # (cx25) a system built abroad that reached a town or port: the town's country received it;
    # a ship its owner docked somewhere is on a visit ("Two Russian warships docked at Havana")
    claims = [_reached_town(view, lex, c) for c in claims if not _visiting(view, lex, c)]
    # a system the knowledge base does not know is a transfer only between two named parties
    # and a system that only "arrived" somewhere with no recipient named moved, it was not transferred
    # ("the carrier USS Gerald R. Ford arrived in the Caribbean")
    claims = [
        c
        for c in claims
        if (
            c.fields.get(CONTENTS)
            or c.fields.get("system") in known
            or (c.fields.get("supplier") and c.fields.get("recipient"))
            or c.fields.get(ANAPHOR)
            or c.fields.get(SAME_SUPPLIER)
            or c.fields.get(PENDING)
            or c.fields.get(PRONOUN)
            or c.fields.get(UNSAID_SUPPLIER)
        )
        and not (
            not c.fields.get("recipient")
            and not c.fields.get(PRONOUN)
            and not c.fields.get(ARRIVED_FROM)
            and _moved_only(view, lex, c)
        )
    ]
    claims = [
        replace(c, fields={**c.fields, ARRIVED_FROM: True})
        if not c.fields.get("recipient") and _arrived_from(view, lex, c)
        else c
        for c in claims
    ]
    if view.search(lex.transfers.unnamed_recipients) is not None:  # "sold to several Asian armies"
        claims = [c for c in claims if c.fields.get("recipient") or c.fields.get(PRONOUN)]
    # (cx44) "…, yet France has not delivered the remaining five guns": a denial of a part of the
    # order is no denial of the whole order's delivery
    if not any(c.fields.get("negated") and c.fields.get("quantity_partial") for c in claims):
        claims += [d for c in claims if (d := _undelivered(view, lex, c)) is not None]
    claims = _without_repeated_orders([one for c in claims for one in _share_of_total(view, lex, c)])
    claims = _without_restated_materiel(lex, claims)
    # (cx45) "Zagreb now flies no Russian-built helicopters": a denied holding of a maker's make
    claims = [c for c in claims if not _denied_make(view, lex, c)]
    aggregate = _aggregate_claim(view, lex, status)
    if aggregate is not None:
        claims.append(aggregate)
    return [one for c in claims for one in _split_coordinated(c)]


def _denied_make(view: SentenceView, lex: ModelLexicon, c: Claim) -> bool:
    """(cx45) A denied holding whose only supplier is a maker's adjective ("flies no Russian-built
    helicopters", "operates no American-made jets"): it denies a make, no transfer from a state."""
    return (
        c.fields.get("status") == "operated-by"
        and bool(c.fields.get("negated"))
        and "supplier" in c.field_spans
        and _maker_supplier(view, lex, c.field_spans)
    )


def _object_of_cue(view: SentenceView, lex: ModelLexicon, g: ActorMention, cues: list[_Cue]) -> bool:
    """A generic system right after one of ``cues`` (those after the sentence's strongest cue),
    with at most a count between, is that cue's object ("signed a deal under which France will
    supply six patrol boats": the boats are supplied, though the deal, the stronger cue, stands
    before "will")."""
    return any(
        e <= g.start
        and lex.transfers.count_only_gap.fullmatch(view.slice(_past_dative(view, e, g.start), g.start))
        is not None
        and not lex.transfers.compound_before.search(view.slice(max(view.start, s - 10), s))
        for _rank, s, e, _st in cues
    )


def _past_dative(view: SentenceView, e: int, hi: int) -> int:
    """(cx45) Where the object starts after a cue that ends at ``e``: past a country named right
    after it, the indirect object ("will give Riga two radars"), else ``e``."""
    first = next(((c, m) for c, m in view.countries(lo=e, hi=hi) if m.kind != "equipment"), None)
    if first is None or view.slice(e, first[1].start).strip():
        return e
    return first[1].end


def _earlier_clause_generics(
    view: SentenceView, lex: ModelLexicon, cues: list[_Cue], status: tuple[str, int, int, bool]
) -> list[ActorMention]:
    """Generic systems after the cue of an earlier clause than the sentence's strongest cue, in that
    clause ("has supplied Pinaka rocket launchers and ATAGS howitzers, and is now offering the
    Akash system": the launchers and howitzers are the first clause's objects, not carriers)."""
    found = _generic_systems(view, lex, status[1])
    out: list[ActorMention] = []
    for _rank, s, e, _st in cues:
        if s >= status[1] or _same_clause(view, lex, s, status[1]):
            continue
        out += [
            g
            for g in _generic_systems(view, lex, s)
            if e <= g.start < status[1]
            and _same_clause(view, lex, s, g.start)
            and not any(o.start <= g.start < o.end for o in [*found, *out])
        ]
    return out


def _without_restated_materiel(lex: ModelLexicon, claims: list[Claim]) -> list[Claim]:
    """Drop a claim of bare materiel ("weapons", "ammunition", no figure) when another claim of the
    sentence moves a system of its own between the same parties at the same step ("has not supplied
    artillery shells to Ukraine, after a report that Indian-made ammunition …"): the same transfer
    said again in general words, no second one."""

    def step(c: Claim) -> tuple[object, ...]:
        f = c.fields
        return (f.get("supplier"), f.get("recipient"), f.get("status"), bool(f.get("negated")))

    bare = {lex.transfers.aggregate_system, *lex.transfers.materiel_named}

    def general(c: Claim) -> bool:
        return (
            c.fields.get("system") in bare
            and c.fields.get("quantity") is None
            and "value_usd" not in c.fields
        )

    named = {
        step(c) for c in claims if not general(c) and c.fields.get("supplier") and c.fields.get("recipient")
    }
    return [c for c in claims if not (general(c) and step(c) in named)]


def _name_classes(lex: ModelLexicon, name: str) -> frozenset[str]:
    """The equipment classes the words of a system's name say ("air defence system": air defence)."""
    return lex.transfers.classes_of({system_family(w, lex) for w in name.split()})


def _part_of_named(
    view: SentenceView, lex: ModelLexicon, g: ActorMention, generic: list[ActorMention]
) -> bool:
    """A generic noun with no model's name ("launchers") whose clause names a system of its class
    with a model's name ("the Barak MX air defence system")."""
    if _model_named(g):
        return False
    mine = lex.transfers.classes_of([str(g.code)])
    return any(
        o is not g
        and _model_named(o)
        and _same_clause(view, lex, g.start, o.start)
        and mine & _name_classes(lex, o.name or o.text)
        and not _listed_items(view, lex, g, o)
        for o in generic
    )


_LIST_GAP = 25  # characters between two items of one list ("two frigates and three Shaldag boats")


def _listed_items(view: SentenceView, lex: ModelLexicon, a: ActorMention, b: ActorMention) -> bool:
    """``a`` and ``b`` are two items of one list ("two ex-Canadian frigates and three Shaldag patrol
    boats"): only a coordinator and the second item's count stand between them, no verb."""
    lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    gap = view.slice(lo, hi)
    return (
        0 <= hi - lo <= _LIST_GAP
        and lex.transfers.coordinator.search(gap) is not None
        and lex.transfers.another_verb.search(gap) is None
    )


def _listed_generics(
    view: SentenceView, lex: ModelLexicon, generic: list[ActorMention], known: list[ActorMention], cue: int
) -> list[ActorMention]:
    """(cx29) Systems with a model's name of their own the knowledge base does not know, beyond
    ``generic``, each counted in one list with a known system in any clause ("…, and it covers 54 K9
    howitzers and 18 K10 resupply vehicles"): an item of that system's step, wherever the cue is."""
    seen = {(g.start, g.end) for g in generic}
    return [
        g
        for g in _generic_systems(view, lex, cue, every=True)
        if (g.start, g.end) not in seen
        and _model_named(g)
        and any(_listed_items(view, lex, n, g) for n in known)
    ]


def _listed_parties(
    view: SentenceView,
    lex: ModelLexicon,
    known: set[str],
    item: tuple[Claim, ActorMention],
    others: list[tuple[Claim, ActorMention]],
) -> Claim:
    """(cx29) A system the knowledge base does not know, counted in one list with a known one
    ("covers 54 K9 howitzers and 18 K10 resupply vehicles"), moves between that one's parties
    where its sentence does not name both of its own (one side alone is read from the same words
    that gave the known system both)."""
    c, m = item
    if c.fields.get("system") in known or (c.fields.get("supplier") and c.fields.get("recipient")):
        return c
    for d, o in others:
        if d.fields.get("system") in known and d.fields.get("supplier") and d.fields.get("recipient"):
            if _listed_items(view, lex, m, o):
                parties = {k: d.fields[k] for k in ("supplier", "recipient")}
                return replace(c, fields={**c.fields, **parties})
    return c


def _named_apart(
    view: SentenceView,
    lex: ModelLexicon,
    g: ActorMention,
    known: list[ActorMention],
) -> bool:
    """A generic system with a model's name of its own ("36 K10 resupply vehicles", "16 Marder
    vehicles") that no known system of its clause covers or shares that name with ("54 K9
    howitzers and …", "10 Leopard 1A5 tanks and …")."""
    own = _self_named(g)  # (lead31) "twelve more Tarkans", "the N-49": a designation names its model
    if not (own or _model_named(g)):
        return False
    said = (g.name or g.text).split()
    words = {w.lower() for w in (said if own else said[:-1]) if model_word(w)}
    for n in known:
        if n.start < g.end and g.start <= n.end + 1:  # "F-16 Block 70 fighters": one name
            return False
        if _variant_of(view, lex, g, n):  # "Gripen C and D fighter jets": one model
            return False
        theirs = {w.lower() for w in f"{n.code} {n.name or n.text} {n.text}".split()}
        if _same_clause(view, lex, g.start, n.start) and words & theirs:
            return False
    return True


def _variant_of(view: SentenceView, lex: ModelLexicon, g: ActorMention, n: ActorMention) -> bool:
    """Whether a generic system whose own name is only variant letters follows a known model with a
    coordinator between ("Gripen C and D fighter jets", "F-16 A/B jets"): a variant of that model."""
    own = [w for w in (g.name or g.text).split()[:-1] if model_word(w)]
    if not own or not all(lex.transfers.variant_name.match(w) for w in own) or n.end > g.start:
        return False
    gap = view.slice(n.end, g.start)
    return g.start - n.end <= _LIST_GAP and lex.transfers.variant_gap.match(gap) is not None


def _owned_by_antecedent(view: SentenceView, lex: ModelLexicon, c: Claim, m: ActorMention) -> bool:
    """A system with a model's name right after a sentence-opening "Its"/"Their" ("Its ageing Kfir
    fighters, bought from Israel, …"), with a supplier and no recipient: the antecedent's own."""
    return (
        (m.kind == "equipment" and (bool(c.fields.get("category")) or _model_named(m)))
        and bool(c.fields.get("supplier"))
        and not c.fields.get("recipient")
        and c.fields.get("status") not in (None, "mentioned")
        and lex.transfers.possessive_opening.search(view.slice(view.start, m.start)) is not None
    )


def _contents(view: SentenceView, lex: ModelLexicon) -> tuple[str, int, int, bool] | None:
    """A status tuple for a sentence that lists an earlier transfer's contents ("The package
    includes …"): a supply at its verb, whose real status the previous sentence gives."""
    hit = lex.transfers.contents_of.search(view.slice(view.start, view.sentence.end))
    return None if hit is None else ("delivered", view.start + hit.start(), view.start + hit.end(), False)


def carried_transfer(view: SentenceView, lex: ModelLexicon) -> dict[str, object] | None:
    """The status, parties and date of the sentence's transfer cue ("Germany has delivered a new
    package of military aid to Ukraine"): what a following list of contents carries; None when the
    sentence has no cue."""
    status = _status_among(view, lex, _verb_cues(view, lex))
    if status is None:
        return None
    fields, spans = _base_fields(view, status, lex)
    acquisition = bool(lex.transfers.acquire.search(view.slice(status[1], status[2] + 25)))
    _parties(
        view,
        lex,
        fields,
        spans,
        status[1],
        None,
        view.event_at(status[1], status[2]),
        acquisition=acquisition,
    )
    # one side is enough when the list names the other ("Berlin approved more arms exports to the
    # Gulf. Among them are 48 jets for Saudi Arabia")
    return fields if fields.get("supplier") or fields.get("recipient") else None


def with_contents(claims: list[Claim], carried: Mapping[str, object] | None) -> list[Claim]:
    """Listed contents (:data:`CONTENTS`) take the carried transfer's status and parties, and its
    date where their own sentence gives none; with nothing carried, a known system is only mentioned
    and an unknown one is no transfer."""
    out = []
    for c in claims:
        if not c.fields.get(CONTENTS):
            out.append(c)
            continue
        fields = {k: v for k, v in c.fields.items() if k != CONTENTS}
        if carried is None:
            if fields.get("category"):
                out.append(replace(c, fields={**fields, "status": "mentioned"}))
            continue
        fields["status"] = carried["status"]
        if carried.get("negated"):
            fields["negated"] = True
        # the list's parties are the carried transfer's, not its systems' makers ("It also includes six
        # Leopard 2 tanks" after Norway's shipment); its own date, if any, stays; a side the carried
        # transfer lacks is the list's own ("… to the Gulf. Among them are 48 jets for Saudi Arabia")
        if not (carried.get("supplier") and carried.get("recipient")):
            own = c.field_spans.get("recipient") if carried.get("supplier") else c.field_spans.get("supplier")
            if own is None:
                continue
        fields.update({k: carried[k] for k in ("supplier", "recipient") if carried.get(k)})
        if not fields.get("date"):
            fields.update({k: v for k, v in carried.items() if k.startswith("date")})
        out.append(replace(c, fields=fields))
    return out


def _co_recipients(c: Claim) -> list[str] | bool:
    """The recipients of an approval that names no approver, when several share it (no one of them
    approves the others' sale: the UNSAID_SUPPLIER marker's list), else True."""
    also = c.fields.get(_COORDINATED)
    more = [str(code) for role, code in also if role == "recipient"] if isinstance(also, list) else []
    return [str(c.fields["recipient"]), *more] if more else True


def _service_of(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """A country's adjective that qualifies one of its armed services ("the Indonesian army")."""
    rx = lex.transfers.service_after
    head = len(m.text.split()[0]) if m.text.split() else 0  # the mention may hold the service itself
    return rx is not None and rx.match(view.slice(m.start + head, m.end + 30)) is not None


def _private_trader(view: SentenceView, lex: ModelLexicon, c: Claim) -> bool:
    """A transfer whose supplier is a country's adjective before a private trader ("a Bulgarian
    arms dealer … selling rounds to Libya"): a person's sale, no state's."""
    span = c.field_spans.get("supplier")
    rx = lex.transfers.private_trader_after
    if span is not None and rx is not None and rx.match(view.slice(span[1], span[1] + 30)) is not None:
        return True
    cue = c.field_spans.get("status")  # "convicted a local broker of selling rifles to …"
    return (
        cue is not None
        and lex.transfers.private_trader_before.search(view.slice(max(view.start, cue[0] - 60), cue[0]))
        is not None
    )


def _served_signer(
    view: SentenceView,
    lex: ModelLexicon,
    countries: list[tuple[str, ActorMention]],
    signers: list[tuple[str, ActorMention]],
    cue: int,
) -> tuple[str, ActorMention] | None:
    """Of several parties named before a contract cue, the one whose armed service the clause after
    the cue names as the user ("… for the Ghanaian navy"), when exactly one is."""
    if len({c for c, _m in signers}) < 2:
        return None
    served = {
        c
        for c, m in countries
        if m.start >= cue and _same_clause(view, lex, cue, m.start) and _service_of(view, lex, m)
    }
    mine = [a for a in signers if a[0] in served]
    return mine[-1] if len(served) == 1 and mine else None


def _cleared_buyer(view: SentenceView, status: tuple[str, int, int, bool]) -> bool:
    """An approval cue that names the party it clears to buy ("has cleared Jordan to buy"): the
    approver sells, the party inside the cue buys — no acquisition by the subject."""
    return status[0] == "approved" and any(
        status[1] < m.start < status[2] for m in view.mentions if m.kind not in ("unresolved", "equipment")
    )


def _cleared_roles(
    view: SentenceView,
    lex: ModelLexicon,
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
    status: tuple[str, int, int, bool],
) -> None:
    """In "(The State Department) has cleared Norway to buy …" the party the cue clears buys, the
    approving country before the cue sells (the article names it when the sentence does not)."""
    parties = [(c, m) for c, m in view.countries() if m.kind != "equipment"]
    cleared = next(
        (
            (c, m)
            for c, m in parties
            if status[1] < m.start < status[2]
            # "has cleared Norway to buy", not "received approval from Washington to buy"
            and lex.transfers.cleared_party.fullmatch(view.slice(status[1], m.start)) is not None
        ),
        None,
    )
    if cleared is None:
        return
    _put(fields, spans, "recipient", (_party(*cleared), cleared[1]))
    approver = [(c, m) for c, m in parties if m.end <= status[1] and c != cleared[0]]
    if approver:
        _put(fields, spans, "supplier", (_party(*approver[-1]), approver[-1][1]))
    elif fields.get("supplier") == fields["recipient"]:
        fields.pop("supplier", None)
        spans.pop("supplier", None)


def _demonstrative(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> str | bool:
    """``THOSE`` for a reference after a demonstrative ("those twelve light fighters"), else True."""
    before = view.slice(max(view.start, m.start - 30), m.start)
    return THOSE if lex.transfers.demonstrative_before.search(before) else True


def _bare_definite(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """(cx51) A plural generic noun with no model's name after the bare definite article alone ("the
    ships"; not "the first ships", "the two jets", "the ship")."""
    name = m.name or m.text
    before = view.slice(max(view.start, m.start - 6), m.start)
    return (
        bool(name)
        and name == name.lower()
        and name.endswith("s")
        and lex.transfers.bare_definite_before.search(before) is not None
    )


def mention_count(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> tuple[float, str] | None:
    """(cx51) The count said right before a system's mention ("three Kasturba-class corvettes") and its
    words, as a transfer of it would read it; None without one or with a qualifier ("up to six")."""
    fields: dict[str, object] = {}
    _quantity(view, lex, m, fields, {})
    value, text = fields.get("quantity"), fields.get("quantity_text")
    if not isinstance(value, float | int) or fields.get("quantity_qualifier") or not isinstance(text, str):
        return None
    return float(value), text


def _object_pronoun(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> str | None:
    """``THEM``, for the reference an object pronoun after a supply verb makes ("sold them to …")."""
    return THEM if any(e == m.end for _s, e, _m in view.finditer(lex.transfers.object_pronoun)) else None


def _bought_pronoun(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> str | None:
    """``SAME``, for the reference an object pronoun after a buying verb makes ("Latvia and Estonia
    ordered it last year"): the article's last system, its buyer the clause's subject."""
    return SAME if any(e == m.end for _s, e, _m in view.finditer(lex.transfers.bought_pronoun)) else None


def _same_system(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> str | None:
    """``SAME``, when the reference says it is the same system as an earlier one ("the same mortar")."""
    rx = lex.transfers.same_before
    return SAME if rx is not None and rx.search(view.slice(max(view.start, m.start - 20), m.start)) else None


def _outside_relatives(c: Claim, aside: list[tuple[int, int]]) -> Claim:
    """A claim whose supplier was read from the relative clause of a replaced system ("ordered the
    F-16 to replace its MiG-29s, which came from Moscow") has no supplier said: its maker stands in
    (``SUPPLIER_FROM_MAKER``, which the document pass may replace)."""
    span = c.field_spans.get("supplier")
    if span is None or not any(s <= span[0] < e for s, e in aside):
        return c
    fields = {k: v for k, v in c.fields.items() if k != "supplier"}
    maker = fields.pop("maker", None)
    if maker and maker != fields.get("recipient"):
        fields.update(supplier=maker, maker=maker)
        fields[SUPPLIER_FROM_MAKER] = True
    return replace(c, fields=fields, field_spans={k: v for k, v in c.field_spans.items() if k != "supplier"})


def _replaced_relatives(
    view: SentenceView, lex: ModelLexicon, plurals: PluralSystems | None
) -> list[tuple[int, int]]:
    """The spans of the relative clauses that describe replaced systems ("the T-72s that Warsaw sent
    to Kyiv")."""
    out = []
    for m in _distinct_systems(view, _plural_mentions(view, plurals)):
        if _replaced(view, lex, m):
            hit = lex.transfers.relative_after.match(view.slice(m.end, view.sentence.end))
            if hit is not None:
                out.append((m.end, m.end + hit.end()))
    return out


_REPLACED_REACH = 80  # characters before a system where the words that set it aside may stand


def _replaced(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """The system is what a transfer replaces ("to replace its oldest F-16s"), what its owner retires
    and keeps (cx40) or the alternative a buyer passed over ("chose a European design over the
    American Patriot"), not what it moves."""
    before = view.slice(max(view.start, m.start - _REPLACED_REACH), m.start)
    if lex.transfers.retired_before.search(before):
        # (cx40) "… when the air force retired its worn Mi-8s"; not "retired its MiG-29s and gave them to"
        return not lex.transfers.handed_on_after.match(view.slice(m.end, view.sentence.end))
    if not lex.transfers.replaced_before.search(before):
        return False
    # "to replace its Hornets, which Kuwait bought from the United States": the relative clause tells
    # how the replaced system came, a transfer of its own
    return not lex.transfers.acquired_relative.match(view.slice(m.end, view.sentence.end))


def _unnamed_noun(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """A generic system noun with no model's name, not said to be the owner's own ("their own
    long-range missiles")."""
    name = m.name or m.text
    return (
        bool(name)
        and name == name.lower()
        and not lex.transfers.own_before.search(view.slice(max(view.start, m.start - 40), m.start))
    )


def _contract_of(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> str | None:
    """:data:`CONTRACT` when a generic noun with no model's name only qualifies a contract, deal or
    order ("Qatar's helicopter deal with Italy"): the system it buys is one the article names."""
    name = m.name or m.text
    if not name or name != name.lower() or not lex.transfers.contract_of.match(view.slice(m.end, m.end + 30)):
        return None
    return CONTRACT


def _later_steps(
    view: SentenceView, lex: ModelLexicon, cues: list[_Cue], claims: list[Claim], systems: list[ActorMention]
) -> list[Claim]:
    """Another step of a transfer the sentence told in an earlier clause, by a cue of a later clause
    whose object refers back to it ("India could supply Vietnam with BrahMos missiles, though New
    Delhi has not yet approved the export": offered, and an approval denied)."""
    out = []
    for c, m in zip(claims, systems, strict=True):
        if c.fields.get("status") in (None, "mentioned"):
            continue
        for cue in cues:
            if (
                cue[1] <= m.end
                or cue[3] == c.fields.get("status")
                or not lex.transfers.subject_start.search(view.slice(m.end, cue[1]))
                or any(m.end <= o.start < cue[2] for o in systems if o is not m)
                or not lex.transfers.sale_anaphor.match(view.slice(cue[1], view.sentence.end))
                or _other_actor(view, c, m.end, cue[1])
            ):
                continue
            step = _status_among(view, lex, [cue])
            if step is None:
                continue
            fields = {k: v for k, v in c.fields.items() if not k.startswith("date") and k != "negated"}
            fields["status"] = step[0]
            spans = {k: v for k, v in c.field_spans.items() if k != "date"}
            if step[3]:
                fields["negated"] = True
                every = lex.transfers.every_item
                if every is not None and every.match(view.slice(step[2], view.sentence.end)):
                    # "ordered six … but has yet to receive any of them": none of them, whatever the count
                    fields = {k: v for k, v in fields.items() if not k.startswith("quantity")}
                    spans.pop("quantity", None)
            spans["status"] = (step[1], step[2])
            out.append(replace(c, fields=fields, field_spans=spans))
            break
    return out


def _gapped_subjects(view: SentenceView, lex: ModelLexicon, claims: list[Claim]) -> list[Claim]:
    """The transfer of a gapped last conjunct, its verb and object left out ("Denmark delivered 12
    F-16s to Ukraine in 2024, and Norway six"): the sentence's one claim with its subject's party
    (the side named before the cue) replaced by the conjunct's, with the conjunct's count (none for
    "a similar number")."""
    told = [c for c in claims if c.fields.get("status") not in (None, "mentioned")]
    if len(told) != 1:
        return []
    c = told[0]
    cue = c.field_spans.get("status")
    side = next(
        (
            k
            for k in ("supplier", "recipient")
            if cue is not None and (sp := c.field_spans.get(k)) is not None and sp[1] <= cue[0]
        ),
        None,
    )
    if side is None or cue is None:
        return []
    for x, m in view.countries(lo=cue[1]):
        after = lex.transfers.gapped_after.match(view.slice(m.end, view.sentence.end))
        if after is None or not lex.transfers.gapped_before.search(view.slice(cue[1], m.start)):
            continue
        party = _party(x, m)
        if party in (c.fields.get("supplier"), c.fields.get("recipient")):
            return []
        fields = {k: v for k, v in c.fields.items() if not k.startswith("quantity")}
        spans = {k: v for k, v in c.field_spans.items() if k != "quantity"}
        fields[side] = party
        spans[side] = (m.start, m.end)
        if after.group(1):
            fig = _figure(view, m.end + after.start(1), after.group(1))
            if fig is not None:
                _take_figure(view, fig, fields, spans)
        return [replace(c, fields=fields, field_spans=spans)]
    return []


def _without_repeated_orders(claims: list[Claim]) -> list[Claim]:
    """The claims less a second order of one system mention between the same parties (an order read
    from the clause and again from the relative clause of its denied delivery)."""
    seen: set[tuple[object, ...]] = set()
    out: list[Claim] = []
    for c in claims:
        if c.fields.get("status") == "ordered" and not c.fields.get("negated"):
            key = (c.field_spans.get("system"), c.fields.get("supplier"), c.fields.get("recipient"))
            if key in seen:
                continue
            seen.add(key)
        out.append(c)
    return out


def _other_actor(view: SentenceView, c: Claim, lo: int, hi: int) -> bool:
    """Whether the later clause (from ``lo`` to its cue at ``hi``) names a party that is neither side
    of the claim ("bought Rafales from France, and Russia blocked the transfer …": Russia's act is
    no step of the French sale)."""
    sides = {c.fields.get("supplier"), c.fields.get("recipient")}
    return any(m.kind != "equipment" and _party(x, m) not in sides for x, m in view.countries(lo=lo, hi=hi))


def _share_of_total(view: SentenceView, lex: ModelLexicon, c: Claim) -> list[Claim]:
    """A delivery of a share of a figure ("has received 24 of the 96 helicopters it ordered"): the
    share delivered (a part, not the whole), and the total as the order; another step keeps the share
    as its count (:func:`_share_stated`); else ``c`` alone."""
    span = c.field_spans.get("quantity")
    if c.fields.get("status") == "delivered" and c.fields.get("negated") and span is None:
        return _ordered_denied(view, lex, c)
    if span is None:
        return _approved_relative(view, lex, c) if c.fields.get("status") == "delivered" else [c]
    if c.fields.get("status") != "delivered":
        return [_share_stated(view, lex, c, span)]
    if c.fields.get("negated"):
        # "has not yet received the two frigates it ordered from China in 2023": with no "any of",
        # a dated ordering relative still reports the order beside the denial
        out = _ordered_none_of(view, lex, c, span)
        return out if len(out) > 1 else _ordered_denied(view, lex, c)
    fronted = _fronted_share(view, lex, c, span)
    if fronted is not None:
        return [fronted]
    hit = lex.transfers.share_of.search(view.slice(max(view.start, span[0] - 40), span[0]))
    if hit is None:
        return [c]
    at = span[0] - (len(hit.string) - hit.start(1))
    fig = _figure(view, at, hit.group(1))
    if fig is None:
        return [c]
    value, s, e, vague = fig
    share = {**c.fields, "quantity": value, "quantity_text": view.slice(s, e), "quantity_partial": True}
    share["quantity_qualifier"] = vague
    total = {k: v for k, v in c.fields.items() if k not in ("date", "date_precision", "date_text")}
    total["status"] = "ordered"
    return [
        replace(c, fields=share, field_spans={**c.field_spans, "quantity": (s, e)}),
        replace(c, fields=total),
    ]


def _fronted_share(view: SentenceView, lex: ModelLexicon, c: Claim, span: tuple[int, int]) -> Claim | None:
    """A delivery told of a share of a figure fronted at the sentence's start ("Of the 18 howitzers
    that Croatia bought in 2024, six arrived in May 2025"; "Of the 42 jets ordered, the first three
    landed"): the share is the delivery's count and the main clause's date its date (the fronted
    phrase's date is the order's); None when the main clause gives no count of its own."""
    if not lex.transfers.fronted_of.search(view.slice(view.start, span[0])):
        return None
    comma = view.slice(span[1], view.sentence.end).find(",")
    if comma < 0:
        return None
    at = span[1] + comma
    hit = lex.transfers.fronted_share.match(view.slice(at, view.sentence.end))
    rest = view.slice(at + hit.end(), view.sentence.end) if hit is not None else ""
    cue = c.field_spans.get("status")
    if hit is None or not (
        (cue is not None and cue[0] == at + hit.end())
        or any(
            st.status == "delivered" and not st.negated and st.regex.match(rest)
            for st in lex.transfers.statuses
        )
    ):
        return None
    fig = _figure(view, at + hit.start(1), hit.group(1))
    if fig is None:
        return None
    value, s, e, vague = fig
    fields = {k: v for k, v in c.fields.items() if not k.startswith("date")}
    fields.update(
        quantity=value, quantity_text=view.slice(s, e), quantity_partial=True, quantity_qualifier=vague
    )
    spans = {k: v for k, v in c.field_spans.items() if k != "date"}
    spans["quantity"] = (s, e)
    own = next(
        (d for d in sentence_dates(view) if d.start > at and not _said_when(view, lex, d.start, d.end)), None
    )
    if own is not None:
        _dated(fields, spans, own)
    return replace(c, fields=fields, field_spans=spans)


def _share_stated(view: SentenceView, lex: ModelLexicon, c: Claim, span: tuple[int, int]) -> Claim:
    """A step other than a delivery told of a share of a figure ("signed a contract for 24 of the 36
    Apaches that Washington cleared", "will receive six of the 20 jets"): its count is the share, a
    part of the whole — when the step's cue stands before the share, so that the share is its object
    (a relative cue after the system, "26 of the 36 jets it ordered", counts the whole)."""
    cue = c.field_spans.get("status")
    if c.fields.get("negated") or cue is None or cue[1] > span[0]:
        return c
    hit = lex.transfers.share_of.search(view.slice(max(view.start, span[0] - 40), span[0]))
    if hit is None:
        return c
    at = span[0] - (len(hit.string) - hit.start(1))
    fig = _figure(view, at, hit.group(1)) if at >= cue[1] else None
    if fig is None:
        return c
    value, s, e, vague = fig
    share = {**c.fields, "quantity": value, "quantity_text": view.slice(s, e), "quantity_partial": True}
    share["quantity_qualifier"] = vague
    return replace(c, fields=share, field_spans={**c.field_spans, "quantity": (s, e)})


def _ordered_none_of(view: SentenceView, lex: ModelLexicon, c: Claim, span: tuple[int, int]) -> list[Claim]:
    """A denied delivery of any of an ordered figure ("has not received any of the 36 vehicles it
    ordered in 2023"): the denial, and the figure as the order (dated by its own clause)."""
    system = c.field_spans.get("system")
    if (
        system is None
        or not (
            lex.transfers.none_of.search(view.slice(max(view.start, span[0] - 20), span[0]))
            or lex.transfers.fronted_of.search(view.slice(view.start, span[0]))
        )
        or not lex.transfers.ordered_after.match(
            view.slice(system[1], min(view.sentence.end, system[1] + 60))
        )
    ):
        return [c]
    return _denial_and_order(view, lex, c, system)


def _ordered_denied(view: SentenceView, lex: ModelLexicon, c: Claim) -> list[Claim]:
    """A denied delivery of a system with no figure whose ordering relative clause follows it with a
    date of its own ("has not yet received the radar battery it ordered from Spain in 2022"): the
    denial, and the order (an undated one, "the drones it ordered", tells nothing of the order)."""
    system = c.field_spans.get("system")
    if system is None:
        return [c]
    after = view.slice(system[1], min(view.sentence.end, system[1] + 60))
    if lex.transfers.ordered_after.match(after):
        out = _denial_and_order(view, lex, c, system)
        return out if out[1].fields.get("date") else [c]
    approved = lex.transfers.approved_after.match(after)
    if approved is None:
        return [c]
    out = _denial_and_approval(view, lex, c, system[1] + approved.end())
    return out if out[1].fields.get("date") else [c]


def _approved_relative(view: SentenceView, lex: ModelLexicon, c: Claim) -> list[Claim]:
    """(cx53) An asserted delivery of a system whose sale a relative clause dates ("has received the
    batteries, whose sale Washington approved in 2020"): the delivery as its own clause dates it, and
    the approval of the relative's date (an undated one adds nothing)."""
    system = c.field_spans.get("system")
    if system is None:
        return [c]
    approved = lex.transfers.approved_after.match(
        view.slice(system[1], min(view.sentence.end, system[1] + 60))
    )
    if approved is None:
        return [c]
    approval = _denial_and_approval(view, lex, c, system[1] + approved.end())[1]
    return [c, approval] if approval.fields.get("date") else [c]


_APPROVAL_DATE_GAP = 25  # characters between an approving verb and the date of its own clause


def _denial_and_approval(view: SentenceView, lex: ModelLexicon, c: Claim, verb: int) -> list[Claim]:
    """(cx50) The denied delivery undated, and the approval a relative clause reports ("has yet to
    receive the jets, whose sale Washington approved in 2019": an approval of 2019), dated by the
    first date of the approving verb's clause (ending at ``verb``)."""
    denied = {k: v for k, v in c.fields.items() if not k.startswith("date")}
    approval = {**denied, "status": "approved", "negated": False}
    spans = {k: v for k, v in c.field_spans.items() if k != "date"}
    own = next(
        (
            d
            for d in sentence_dates(view)
            if 0 <= d.start - verb <= _APPROVAL_DATE_GAP
            and _same_clause(view, lex, verb, d.start)
            and not _said_when(view, lex, d.start, d.end)
        ),
        None,
    )
    approval_spans = dict(spans)
    if own is not None:
        _dated(approval, approval_spans, own)
    return [
        replace(c, fields=denied, field_spans=spans),
        replace(c, fields=approval, field_spans=approval_spans),
    ]


def _denial_and_order(
    view: SentenceView, lex: ModelLexicon, c: Claim, system: tuple[int, int]
) -> list[Claim]:
    """The denied delivery undated, and the order its relative clause reports, dated by the date in
    that clause ("the 66 jets Taiwan bought in 2019": an order of 2019)."""
    denied = {k: v for k, v in c.fields.items() if not k.startswith("date")}
    order = {**denied, "status": "ordered", "negated": False}
    spans = {k: v for k, v in c.field_spans.items() if k != "date"}
    own = next(
        (
            d
            for d in sentence_dates(view)
            if d.start >= system[1]
            and not _said_when(view, lex, d.start, d.end)
            and lex.transfers.relative_dated.match(view.slice(system[1], d.start))
        ),
        None,
    )
    order_spans = dict(spans)
    if own is not None:
        _dated(order, order_spans, own)
    return [replace(c, fields=denied, field_spans=spans), replace(c, fields=order, field_spans=order_spans)]


def _undelivered(view: SentenceView, lex: ModelLexicon, c: Claim) -> Claim | None:
    """For an order or contract said to be unfulfilled ("the order … has not yet been fulfilled") or
    awaited by a buyer before it ("is still waiting for the jets it ordered"), the delivery it denies:
    the same claim, delivered and negated, beside the order."""
    span = c.field_spans.get("status")
    if c.fields.get("status") not in ("ordered", "contracted") or c.fields.get("negated") or span is None:
        return None
    before = view.slice(view.start, span[0])
    awaited = any(
        st.negated and st.status == "delivered" and st.regex.search(before) for st in lex.transfers.statuses
    )
    if not awaited and not lex.transfers.unfulfilled.search(view.slice(span[1], view.sentence.end)):
        return None
    fields = {**c.fields, "status": "delivered", "negated": True}
    if not awaited:
        return replace(c, fields=fields)
    # the date is the order's ("it ordered in 2023"), not the wait's
    fields = {k: v for k, v in fields.items() if not k.startswith("date")}
    return replace(c, fields=fields, field_spans={k: v for k, v in c.field_spans.items() if k != "date"})


_NOMINAL_GAP = 30  # characters between "the purchase of" and the system it names
_FORCES_GAP = 40  # characters between a system and the counted forces it moves with


def _with_forces(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """The system is coordinated with a counted body of personnel ("sent the frigate X and about
    180 sailors to Oman", "120 troops and a Patriot battery"): it moves with the forces, a
    deployment, not a transfer; forces that a second verb takes as its object ("send 14 tanks to
    Ukraine and train 300 soldiers") do not move with it."""
    for s, e, _m in view.finditer(lex.deployments.count):
        lo, hi = (m.end, s) if s >= m.end else (e, m.start) if e <= m.start else (0, -1)
        if hi < lo or hi - lo > _FORCES_GAP:
            continue
        gap = view.slice(lo, hi)
        if lex.transfers.forces_object_verb.search(gap):
            continue
        if lex.transfers.coordinator.search(gap) and _same_clause(view, lex, lo, hi) and "," not in gap:
            return True
    return False


def _unnamed_buyer(view: SentenceView, lex: ModelLexicon, status: tuple[str, int, int, bool] | None) -> bool:
    """An acquisition whose clause names no buyer before the cue ("It took delivery of two corvettes
    from …", "The navy received …"), or an order or contract placed with a seller after "from" ("six
    howitzers ordered from Korea" in a budget line): the article says who."""
    if status is None:
        return False
    sellers = [m for _c, m in view.countries() if m.kind != "equipment" and m.start > status[2]]
    ordered = status[0] in _ORDERING and any(_after_from(view, lex, m) for m in sellers)
    if not ordered and not lex.transfers.acquire.search(view.slice(status[1], status[2] + 25)):
        return False
    return not any(
        m.end <= status[1] and _same_clause(view, lex, m.end, status[1])
        for _c, m in view.countries()
        if m.kind != "equipment"
    )


def _split_coordinated(c: Claim) -> list[Claim]:
    """One claim per coordinated party ("Latvia and Lithuania will send jammers" is two
    transfers), each a copy with that supplier or recipient."""
    also = c.fields.get(_COORDINATED)
    if not isinstance(also, list):
        return [c]
    fields = {k: v for k, v in c.fields.items() if k != _COORDINATED}
    out = [replace(c, fields=fields)]
    for role, code in also:
        spans = {k: v for k, v in c.field_spans.items() if k != role}
        out.append(replace(c, fields={**fields, role: code}, field_spans=spans))
    return out


SUPPLIER_FROM_MAKER = "supplier_from_maker"  # a marker the document pass removes
FORMER_OWNER = "former_owner"  # a system's former owner that gets nothing ("will send ex-German tanks")
AGGREGATE = "aggregate"  # the category of a "$N of military equipment" claim
ANAPHOR = "anaphor"  # a marker: a generic system that names an earlier one ("the jets"); see extract
SAME = "same"  # the ANAPHOR marker's value for "the same mortar": any earlier system of its class
CONTRACT = "contract"  # the ANAPHOR marker's value for "its helicopter deal": the article's one helicopter
THOSE = "those"  # the ANAPHOR marker's value for "those jets": the system of its class named last
THEM = "them"  # the ANAPHOR marker's value for "sold them to …": an earlier system sharing a party
ARTICLE = "article_system"  # a marker: a generic noun that may name the article's one system; see extract
ADDED = "added"  # the ARTICLE marker's value for a bare noun a sentence adds ("has also sent shells")
WHOLE = "whole_set"  # (cx51) a marker: a bare "the ships", a whole set counted before; see extract
HOST_ANAPHOR = "host_anaphor"  # a marker: a deployment's host is "the country" the article names; see extract
# a marker: the countries a town the forces are at may be in ("stationed at Tapa": EST or IND); the
# one the article names is the host (extract.fill_deployments)
HOST_TOWNS = "host_towns"
# (cx48) a marker: the forces come under a deal a fronted phrase names, and no sender is said; the
# deal's party that does not host sends them (extract.fill_deployments)
DEAL_PARTIES = "deal_parties"
PENDING = "pending"  # a marker: an unknown system without recipient, resolved by the article; see extract
SAME_SUPPLIER = "same_supplier"  # a marker: the supplier is the article's previous one; see extract
CONTENTS = (
    "contents"  # a marker: a system listed in an earlier transfer ("The package includes …"); see extract
)
UNSAID_SUPPLIER = "unsaid_supplier"  # a marker: a passive names no supplier (True, or the co-customers
# of one order, none of whom sells to another); see extract
ARRIVED_FROM = "arrived_from"  # a marker: it arrived from its supplier, no recipient named; see extract
PRONOUN = "pronoun"  # a marker: the role ("supplier"/"recipient") a subject "it" holds; see extract
SPEAKER = "pronoun_we"  # a marker: the subject is a quote's "we", the state that speaks; see extract


def _distinct_systems(
    view: SentenceView, plural: list[ActorMention], lex: ModelLexicon | None = None
) -> list[ActorMention]:
    """One mention per system: the first, unless it only names a contract ("its CAESAR contract") or a
    company (cx48: "CAESAR Industries") and a later one names the goods ("…, received six CAESAR
    howitzers"; cx34, with ``lex``)."""
    seen: dict[str, ActorMention] = {}
    again: list[ActorMention] = []
    named = view.equipment()
    for m in sorted([*named, *plural], key=lambda m: m.start) if plural else named:
        first = seen.setdefault(str(m.code), m)
        if (
            lex is not None
            and first is not m
            and (_names_contract(view, lex, first) or _company_named(view, lex, first))
            and not (_names_contract(view, lex, m) or _company_named(view, lex, m))
        ):
            seen[str(m.code)] = m
        elif lex is not None and first is not m and _own_step(view, lex, first, m):
            again.append(m)
    return sorted([*seen.values(), *again], key=lambda m: m.start)


def _company_named(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """(cx48) A company's word follows the system's name: it names a company ("Kestrel Aerospace")."""
    after = view.slice(m.end, min(view.sentence.end, m.end + 30))
    return lex.transfers.company_after.match(after) is not None


def _product_of_company(
    view: SentenceView, lex: ModelLexicon, m: ActorMention, category: str
) -> ActorMention:
    """(cx48) A known system's name that a company's word follows ("Kestrel Aerospace") names the
    company, not goods: a later definite noun of the system's class in the sentence ("… buy four
    batteries of the missile") is where the system is told, with its count; with none, the name
    stays where it is."""
    if not _company_named(view, lex, m):
        return m
    said = f"{m.name or m.text} {category}"  # "FGM-148 Javelin" and its category, "anti-tank missile"
    classes = _name_classes(lex, said)
    for g in _generic_systems(view, lex, view.start, every=True):
        if (
            g.start > m.end
            and not _model_named(g)
            and _anaphoric(view, lex, g)
            and (str(g.code) in said.lower().split() or lex.transfers.classes_of([str(g.code)]) & classes)
        ):
            return replace(m, start=g.start, end=g.end, text=g.text)
    return m


def _own_step(view: SentenceView, lex: ModelLexicon, first: ActorMention, m: ActorMention) -> bool:
    """(cx37) A second mention of a system in a later clause with a cue of its own (a step, not
    "has": it holds one) before it and a country after it ("delivered three JF-17s to Azerbaijan,
    and it is now offering the JF-17 to Bangladesh"): a step of its own, not the first mention's."""
    if _same_clause(view, lex, first.start, m.start):
        return False
    cues = [
        c for c in _verb_cues(view, lex) if first.end <= c[1] and c[2] <= m.start and c[3] not in _HELD_STEPS
    ]
    own = [c for c in cues if _same_clause(view, lex, c[1], m.start)]
    party = any(
        x.kind != "equipment" and x.start >= m.end and _same_clause(view, lex, m.start, x.start)
        for x in view.mentions
    )
    return bool(own) and party


def _names_contract(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """(cx34) The mention modifies a contract's noun ("its CAESAR contract", "the K9 deal"): it names the
    contract, not the goods."""
    after = view.slice(m.end, min(view.sentence.end, m.end + 30))
    return any(re.match(rf"\s+{re.escape(n)}s?\b", after) for n in lex.transfers.contract_names)


_MODIFIER_WORD = re.compile(r"[A-Za-z][\w/.-]*$")


def system_family(noun: str, lex: ModelLexicon) -> str:
    """The key of a system the knowledge base does not know: its noun, singular and lower-case
    ("coastal radars" and "the radar systems" are both "radar"), so that reports of one
    transfer that name it differently are one record."""
    word = noun.lower().split()[-1] if noun.split() else noun.lower()
    if word in lex.transfers.family_heads and len(noun.split()) > 1:
        word = noun.lower().split()[-2]
    for plural, single in lex.transfers.plural_endings:
        if not word.endswith(plural) or word.endswith(lex.transfers.not_plural_endings):
            continue
        singular = word[: -len(plural)] + single
        if len(word) > 4 or lex.transfers.classes_of([singular]):  # "guns": a short one of a class
            return singular
    return word


_SUBJECT_GAP = 40


def _moved_only(view: SentenceView, lex: ModelLexicon, c: Claim) -> bool:
    """A system that only "arrived" somewhere moved, it was not transferred — unless the arrival
    names no place and ends what the article bought: a dated reference back ("The howitzers
    arrived in May") or a system the sentence also orders ("ordered … with drones, which arrived")."""
    if c.fields.get("negated"):
        return False  # "none of the jets has arrived": a delivery that did not happen
    span = c.field_spans.get("status")
    if span is None or not lex.transfers.undergoes.match(view.slice(span[0], span[1])):
        return False
    after = [
        m
        for m in view.mentions
        if m.kind != "equipment" and m.start >= span[1] and _same_clause(view, lex, span[0], m.start)
    ]
    # (cx37) "arrived from South Korea": where it came from, no place it reached
    placed = any(
        not lex.transfers.arrival_source.search(view.slice(span[1], m.start)) for m in after
    ) or bool(lex.transfers.arrival_place.match(view.slice(span[1], view.sentence.end)))
    # (a dated one: "reports that the launchers had arrived were mistaken" tells no delivery)
    # and a past one: "the first jets are to arrive in 2026" may refer to any jets the article named
    # (a count with no noun, "Twelve have arrived so far", always refers back)
    referred = (
        bool(c.fields.get(ARTICLE) or c.fields.get(ANAPHOR))
        and (bool(c.fields.get("date")) or c.fields.get("system") == lex.transfers.elided_noun)
        and c.fields.get("status") == "delivered"
    )
    bought = referred or any(
        lex.transfers.undergoes.match(view.slice(s, e)) is None for _r, s, e, _st in _verb_cues(view, lex)
    )
    # a batch of what the article bought ("the first four reached the base at …") arrived at its buyer
    batch = referred and (
        c.fields.get("system") == lex.transfers.elided_noun or bool(c.fields.get("quantity_partial"))
    )
    # (cx37) a system that came from a supplier to no place named was handed over ("The first six
    # howitzers arrived from South Korea on Friday"): extract.fill_recipients finds who got it
    return not batch and (placed or not (bought or _arrived_from(view, lex, c)))


def _arrived_from(view: SentenceView, lex: ModelLexicon, c: Claim) -> bool:
    """(cx37) Whether a claim's supplier is where its system came from after an arrival verb
    ("The first six howitzers arrived from South Korea on Friday", "reached the country from
    Sweden"): a handover whose recipient the article gives (extract.fill_recipients)."""
    span, at = c.field_spans.get("status"), c.field_spans.get("supplier")
    if span is None or at is None or at[0] < span[1]:
        return False
    return bool(
        lex.transfers.undergoes.match(view.slice(span[0], span[1]))
        and lex.transfers.arrival_source.search(view.slice(span[1], at[0]))
        and _same_clause(view, lex, span[0], at[0])
    )


def _reached_town(view: SentenceView, lex: ModelLexicon, c: Claim) -> Claim:
    """(cx25) A system that reached a town or port with no recipient named, whose supplier the text
    gives as where it was built or came from ("Two frigates built in Germany reached Alexandria",
    "German-built corvettes docked at Alexandria", "tanks from the United States reached the port
    of Constanta"): delivered to the country the gazetteer places that town in, when it is not the
    supplier's. A system its owner sails or flies there ("Two Chinese corvettes reached
    Sihanoukville", "A Russian frigate docked at Tartus") moved; it changed no hands. (cx55) A town
    the gazetteer does not know ("reached Zorvak") is delivered too, to the article's country."""
    span, supplier = c.field_spans.get("status"), c.fields.get("supplier")
    if c.fields.get("recipient") or c.fields.get("negated") or span is None or not supplier:
        return c
    if not lex.transfers.undergoes.match(view.slice(span[0], span[1])) or not _made_abroad(view, lex, c):
        return c
    placed = _placed_host(view, lex, span[0], span[0], supplier)
    if placed is None and _unknown_place(view, lex, span[0], span[0]):
        # (cx55) "reached Zorvak": a town the gazetteer does not know, delivered there all the same;
        # the dateline or the one country named before tells whose it is (extract._arrival_recipient)
        return replace(c, fields={**c.fields, "status": "delivered", ARRIVED_FROM: True})
    if placed is None:
        return c
    country, _name, at = placed
    return replace(
        c,
        fields={**c.fields, "recipient": country, "status": "delivered"},
        field_spans={**c.field_spans, "recipient": at},
    )


def _visiting(view: SentenceView, lex: ModelLexicon, c: Claim) -> bool:
    """(cx25) A ship told by a visit's verb ("docked at", ``transfers.visit``) whose supplier is
    not where it was built or came from: its owner's ship on a visit, not a delivery."""
    span = c.field_spans.get("status")
    return (
        span is not None
        and lex.transfers.visit.match(view.slice(span[0], span[1])) is not None
        and not _made_abroad(view, lex, c)
    )


def _made_abroad(view: SentenceView, lex: ModelLexicon, c: Claim) -> bool:
    """Whether a claim's supplier is told as where its system was made or came from ("built in
    Germany", "German-built", "from the United States") or the system as a shipment ("Its latest
    consignment, 30 Kirpi trucks, …"), not as the system's owner ("Chinese corvettes", "the Russian
    navy's frigates")."""
    at, system = c.field_spans.get("supplier"), c.field_spans.get("system")
    if system is not None and lex.transfers.shipment_before.search(view.slice(view.start, system[0])):
        return True  # "Its latest consignment, 30 Kirpi trucks, reached Mombasa": a shipment arrived
    if at is None or system is None:
        return False
    if at[0] > system[0]:  # named after the system: "built in Germany", "from the United States"
        return lex.transfers.made_before.search(view.slice(system[1], at[0])) is not None
    return lex.transfers.made_suffix.match(view.slice(at[1], system[0])) is not None


def _carrier(
    view: SentenceView, lex: ModelLexicon, system: ActorMention, status: tuple[str, int, int, bool]
) -> bool:
    """A generic system before an active delivery verb is what carried the goods ("Russian planes
    delivered medicines"), not the goods — unless the verb is passive ("were handed over") or says
    the system itself arrived."""
    if lex.transfers.under_contract.match(view.slice(status[1], view.sentence.end)):
        return False  # "will build 12 aircraft for Poland under a contract": no delivery verb to carry
    if system.end > status[1]:
        # after the cue: its object, unless another verb stands between ("supplied to Venezuela
        # did not stop the U.S. aircraft") or it is what an arrival came on (:func:`_carries`)
        return bool(lex.transfers.another_verb.search(view.slice(status[2], system.start))) or _carries(
            view, lex, system, status[1]
        )
    cue = view.slice(status[1], status[2])
    gap = view.slice(system.end, status[1])
    if _carries(view, lex, system, status[1]):
        return True  # "a cargo jet carrying aid from Doha landed": the jet flew, it changed no hands
    if not gap.strip() and lex.transfers.participle_after.match(view.slice(status[2], status[2] + 8)):
        return False  # "air-defence systems supplied to Venezuela": a participle, the systems moved
    if lex.transfers.object_relative.match(gap):
        return False  # "the drones that Iran sent": the relative clause's object moved
    if status[0] not in _HELD and _zero_relative_named(view, lex, system, status[1]):
        return False  # (cx47) "the Caesar guns France sold to Lithuania": the same with no "that"
    if status[0] in _BUYING and lex.transfers.contract_of.match(view.slice(system.end, status[2])):
        return False  # "the howitzer contract Chile signed": what the contract buys
    if any(
        (a == system.end or lex.transfers.held_in.match(view.slice(system.end, a)) is not None)
        and a <= status[1] < b
        for a, b, _m in view.finditer(lex.transfers.participle_aside)
    ):
        return False  # "Lynx-3 vehicles, bought from Germany, …": the aside describes the system
    if _passive_subject(view, lex, gap, status[1]):
        return False  # "the Saqeb-2, has been supplied to …": an aside closes before the passive's verb
    if len(gap) > _SUBJECT_GAP or lex.transfers.subordinate.search(gap):
        return True  # too far to be the verb's subject ("aircraft struck … before troops reached")
    if lex.transfers.auxiliary.match(cue + " "):
        return False  # a passive cue of its own ("… to Manila was approved")
    return not lex.transfers.undergoes.match(cue) and not lex.transfers.auxiliary.search(
        view.slice(max(view.start, status[1] - 20), status[1])
    )


def _zero_relative_named(view: SentenceView, lex: ModelLexicon, system: ActorMention, cue: int) -> bool:
    """(cx47) A country alone stands between the generic system and the cue, the subject of a
    relative clause with no "that" (``zero_relative_subject``: "The 24 Caesar guns France sold to
    Lithuania are now at the front"): the system is what that country moved, no carrier. (Not
    asked of a holding: "the twelve launchers Peru fields" names no system that moved.)"""
    gap = view.slice(system.end, cue)
    named = [m for _c, m in view.countries(lo=system.end, hi=cue)]
    return (
        len(named) == 1
        and not view.slice(system.end, named[0].start).strip()
        and lex.transfers.zero_relative_subject.search(view.slice(system.start, cue)) is not None
        and bool(gap.strip())
    )


def _cue_of(
    view: SentenceView,
    lex: ModelLexicon,
    cues: list[_Cue],
    m: ActorMention,
    status: tuple[str, int, int, bool],
) -> int:
    """Where the cue that says what happened to system ``m`` stands (its clause's, else the sentence's)."""
    return (_status_among(view, lex, cues, m.start) or status)[1]


def _carries(view: SentenceView, lex: ModelLexicon, system: ActorMention, cue: int) -> bool:
    """A participle of carrying follows the system before its cue ("a plane carrying the minister from
    Paris landed"): the system is a carrier on a trip; what it carries is what may have moved — or
    (cx46) the system is what an arrival came on ("the troops arrived on two transport aircraft")."""
    if cue < system.start and lex.transfers.undergoes.match(view.slice(cue, cue + 12)):
        return lex.transfers.conveyance_gap.match(view.slice(cue, system.start)) is not None
    return system.end <= cue and lex.transfers.carrying.match(view.slice(system.end, cue)) is not None


def _proper_noun(view: SentenceView, s: int, e: int) -> bool:
    """The generic noun is written with a capital inside the sentence next to a capitalised word:
    part of a name ("Karoo Land Systems", "the state-owned Munitions India"), not a system."""
    words = view.slice(max(view.start, s - 30), e).split()
    after = view.slice(e, min(view.sentence.end, e + 30)).split()[:1]
    capital = len(words) > 1 and words[-1][:1].isupper() and s > view.start
    return capital and (words[-2][:1].isupper() or (bool(after) and after[0][:1].isupper()))


def _bare_designation(lex: ModelLexicon, m: ActorMention) -> bool:
    """The system is named by a designation alone ("the Zubr-3"): a name after "the", no reference
    back to an earlier system."""
    rxs = [lex.transfers.designation, lex.transfers.named_designation]
    return any(rx.fullmatch(m.name or m.text) for rx in rxs if rx is not None)


def _designated(lex: ModelLexicon, words: str) -> bool:
    """A model's designation stands among the words ("Tind-2 anti-armour")."""
    rxs = [lex.transfers.designation, lex.transfers.named_designation]
    return any(rx.search(words) for rx in rxs if rx is not None)


_PARTICIPLE_GAP = 80  # characters of a describing participle phrase between a passive's subject and verb


def _passive_subject(view: SentenceView, lex: ModelLexicon, gap: str, cue: int) -> bool:
    """The system before a passive cue is its subject across a comma that closes an aside: the
    gap holds no clause break, subordinator or more than a subject's distance."""
    # "minehunters retired by the Belgian navy last year were passed to …": a participle phrase that
    # describes the subject stands between it and its verb
    reach = _PARTICIPLE_GAP if lex.transfers.reduced_participle.match(gap) else _SUBJECT_GAP
    # "… from the United States have not yet been handed over": the verb group is no distance
    group = lex.transfers.verb_group_tail.search(gap)
    return (
        len(gap[: group.start()] if group else gap) <= reach
        and lex.transfers.passive_auxiliary.search(view.slice(max(view.start, cue - 25), cue)) is not None
        and lex.transfers.clause_break.search(gap) is None
        and lex.transfers.subordinator.search(gap) is None
    )


_STOPWORDS: dict[int, tuple[Sequence[str], frozenset[str]]] = {}


def _lowered_stopwords(words: Sequence[str]) -> frozenset[str]:
    """``words`` lower-cased, made once per list (by its identity: the lexicon's list is asked for
    every sentence with a transfer cue, ~2 ms an article when it was built each time)."""
    hit = _STOPWORDS.get(id(words))
    if hit is not None and hit[0] is words:
        return hit[1]
    if len(_STOPWORDS) >= 64:
        _STOPWORDS.clear()
    lowered = frozenset(w.lower() for w in words)
    _STOPWORDS[id(words)] = (words, lowered)  # the list is kept, so its id is not reused
    return lowered


@per_view
def _generic_systems(
    view: SentenceView, lex: ModelLexicon, cue: int, *, every: bool = False
) -> list[ActorMention]:
    """Systems the knowledge base does not name, from a generic noun and up to three modifiers
    before it ("five coastal surveillance radars" → "coastal surveillance radars"); one per noun
    (the first three nouns) unless ``every``."""
    nouns = lex.transfers.system_noun
    if nouns is None:
        return []
    stop = _lowered_stopwords(lex.transfers.system_stopwords)
    out: list[ActorMention] = []
    heads = sorted([(s, e) for s, e, _m in view.finditer(nouns)] + _reference_heads(view, lex))
    for s, e in heads:
        if any(o.start <= s < o.end for o in out) or any(a < s < b for a, b in heads):
            continue
        named = view.slice(s, e).split()[0]
        if named[:1].isupper() and (_actor_at(view, s, lex) or named.lower() in stop):
            continue  # "German vehicles", "The vehicles": a noun that needs a model's name has none
        if _proper_noun(view, s, e):
            continue  # "Karoo Land Systems", "Halvard Systems": a company's name, not its product
        if lex.transfers.noun_qualifies.match(view.slice(e, min(view.sentence.end, e + 30))):
            continue  # "its ammunition initiative": the noun qualifies another
        start = s
        for n in range(6):
            head = view.slice(max(view.start, start - 30), start)
            word = re.search(r"(\S+)\s+$", head)
            if (
                word is not None
                and word.group(1)[:1].isdigit()
                and lex.transfers.model_name.search(head[: word.start(1)])
                and not _actor_at(view, start - len(word.group(0)) - 2)  # "sold Lithuania 18 …": a count
            ):
                start -= len(word.group(0))  # "Avante 2200 corvette": the number is part of the name
                continue
            if word is None or not _MODIFIER_WORD.fullmatch(word.group(1)) or word.group(1).lower() in stop:
                break
            if view.start < cue < s and start - len(word.group(0)) <= cue:
                break  # (cx24) "It promises radars": the cue and its subject are no part of the name
            if _count_word(view, start - len(word.group(0))):
                break  # "Sixteen armoured vehicles" opening a sentence: the count, not the name
            if n >= 3 and not model_word(word.group(1)):
                break  # past three modifiers only a model's name goes on ("A-29 Super Tucano light attack")
            if any(
                mm.start <= start - len(word.group(0)) < mm.end
                and mm.kind != "unresolved"
                and not _inside_wide(lex, mm, start - len(word.group(0)))
                for mm in view.mentions
            ):
                break  # a country or person ("German tanks"): the maker, not the name
            start -= len(word.group(0))
        text = view.slice(start, e)
        family = system_family(view.slice(s, e), lex)
        # "artillery ammunition", "Tind-2 anti-armour weapons": a kind or a model names the materiel
        named_kind = start < s and (
            family in lex.transfers.materiel_named or _designated(lex, view.slice(start, s))
        )
        # bare "ammunition" is a kind of its own ("sold no ammunition to Kyiv"), but beside weapons
        # ("weapons and ammunition") it is part of the military equipment they name together
        own_kind = family in lex.transfers.materiel_named and not lex.transfers.materiel_listed.search(
            view.slice(max(view.start, start - 25), start)
        )
        if family in lex.transfers.materiel and not named_kind and not own_kind:
            text = family = lex.transfers.aggregate_system  # "weapons and ammunition": military equipment
        named_class = lex.transfers.class_after.match(view.slice(e, min(view.sentence.end, e + 60)))
        # "cutters of the Reliance class": the class names the system
        name = f"{named_class.group('name')} class" if named_class else text
        out.append(ActorMention(start, e, text, "equipment", family, name=name))
    # "Hürkuş trainer" inside "Hürkuş trainer aircraft": one system
    out = [o for o in out if not any(p is not o and p.start <= o.start and o.end <= p.end for p in out)]
    out = [o for o in out if not _unit_of(view, lex, o, [*out, *view.equipment()])]
    out = sorted(out + _designations(view, lex, out) + _elided_references(view, lex), key=lambda o: o.start)
    objects = [
        o for o in out if o.start > cue and not lex.transfers.another_verb.search(view.slice(cue, o.start))
    ]
    # (a count with no noun carries nothing: "Twelve have arrived, and the remaining 32 are due")
    if len(out) > 1 and out[0].end < cue and _passive_cue(view, lex, cue):
        # (cx47) "The six A-29 Super Tucanos, all of which were delivered by Brazil in April, give
        # Asunción the means to intercept light aircraft": a passive cue's subject is what moved; a
        # noun past the next comma is no object of it, unless a coordinated clause's cue stands
        # before it ("…, and Kenya also bought armoured vehicles"; not the main verb "give")
        later = [
            c[1]
            for c in _verb_cues(view, lex)
            if c[1] > cue and lex.transfers.coordinated_clause.search(view.slice(cue, c[1]))
        ]
        out = [
            o
            for o in out
            if o.end <= cue or "," not in view.slice(cue, o.start) or any(c < o.start for c in later)
        ]
    elif len(out) > 1 and objects and _object_relative_head(view, lex, out, cue):
        # (cx56) "The Izzaf 3 system that Israel delivered to Germany gives Berlin a shield against
        # missiles": the head of an object relative is what the relative's cue moved; the nouns after
        # the cue belong to the main verb
        out = [o for o in out if o.end <= cue]
    elif len(out) > 1 and out[0].end < cue and objects and out[0].code != lex.transfers.elided_noun:
        # "aircraft delivered weapons": the carrier is no transfer; a count with no noun that is the
        # cue's own subject stays ("…, but none has been delivered yet, and its MiG-29s …")
        out = [o for o in out if o in objects or _elided_count_subject(view, lex, o, cue)]
    if every:
        return out
    unique: list[ActorMention] = []
    for o in out:  # "weapons and ammunition": one record; "bought drones, and X ordered Anka drones": two
        if not any(u.code == o.code and _same_clause(view, lex, u.start, o.start) for u in unique):
            unique.append(o)
    return unique[:3]


def _object_relative_head(view: SentenceView, lex: ModelLexicon, found: list[ActorMention], cue: int) -> bool:
    """(cx56) The last system before the cue heads an object relative whose subject is an actor and
    whose verb is the cue ("the Izzaf 3 system that Israel delivered"; not "planes, which delivered
    aid": a subject relative, its head the carrier)."""
    before = [o for o in found if o.end <= cue]
    if not before:
        return False
    head = before[-1]
    gap, at = "", head.end
    for _c, m in view.countries(lo=head.end, hi=cue):
        gap, at = gap + view.slice(at, m.start) + "@", m.end
    return "@" in gap and lex.transfers.object_relative_actor.match(gap + view.slice(at, cue)) is not None


def _kept_as_it_is(c: Claim) -> bool:
    """A transfer with one party that the sentence's reading keeps for the article to complete (a
    reference, a pronoun, contents, an arrival, an approval whose approver the article names —
    approvals are marked only later, see :func:`transfer_claims`)."""
    return any(
        c.fields.get(k) for k in (ANAPHOR, PRONOUN, CONTENTS, SAME_SUPPLIER, UNSAID_SUPPLIER, ARRIVED_FROM)
    )


_OPENING = " \t\n\"'“‘—–-"  # what may stand before a sentence's first word (a dateline's dash too)


def _told_by_model(view: SentenceView, lex: ModelLexicon, c: Claim) -> bool:
    """(cx56) A transfer of a system the sentence names by a model's name: a word of its name with a
    figure, or a capitalised one that does not open the sentence and names no kind nor bloc
    (``not_designators``: "Western fighters") — "Varnos", "the R-4 guns"; not "Armoured vehicles
    were …")."""
    span = c.field_spans.get("system")
    words = str(c.fields.get("system_name") or "").split()
    if span is None or not words:
        return False
    if not view.slice(view.start, span[0]).strip(_OPENING):
        words = words[1:]  # the sentence's first word is capitalised whatever it is
    stop = lex.transfers.not_designators
    return any(any(ch.isdigit() for ch in w) or (w[:1].isupper() and w.casefold() not in stop) for w in words)


def _elided_count_subject(view: SentenceView, lex: ModelLexicon, m: ActorMention, cue: int) -> bool:
    """``m`` is a count with no noun standing before the cue in the cue's own clause ("none has
    been delivered"): what the cue's verb is said of, not a carrier."""
    return (
        m.code == lex.transfers.elided_noun
        and not m.text
        and m.end <= cue
        and view.first_within(lex.transfers.clause_break, m.end, cue) is None
    )


def _elided_references(view: SentenceView, lex: ModelLexicon) -> list[ActorMention]:
    """A count that refers back with no noun ("its first eleven", "another two dozen"): an empty
    mention right after it, of the lexicon's ``elided_noun``, so that the count is its quantity."""
    noun = lex.transfers.elided_noun
    if not noun:
        return []
    found = [
        *view.finditer(lex.transfers.elided_reference),
        *view.finditer(lex.transfers.conjunct_count),
        *view.finditer(lex.transfers.object_pronoun),
        *(x for x in view.finditer(lex.transfers.bought_pronoun) if _named_buyer(view, lex, x[0])),
    ]
    return [ActorMention(e, e, "", "equipment", noun, name=noun) for _s, e, _m in found]


def _named_buyer(view: SentenceView, lex: ModelLexicon, at: int) -> bool:
    """A named party is the subject of the buying verb at ``at`` ("Latvia and Estonia ordered it"; an
    aside between, "Chad, for its part, has ordered six"), not a pronoun or "neither" ("but neither
    has ordered it")."""
    parties = [m for m in view.mentions if m.kind not in ("unresolved", "equipment")]
    return any(_verb_subject(view, m, at, aside=lex.statements.aside) for m in parties)


def _conjunct_count(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """``m`` is the empty mention of a count right after a second conjunct's verb ("and sent six")."""
    return any(e == m.start for _s, e, _m in view.finditer(lex.transfers.conjunct_count))


def _reference_heads(view: SentenceView, lex: ModelLexicon) -> list[tuple[int, int]]:
    """Nouns that name a system only as a reference back, where a definite determiner or an
    ordinal batch stands before them ("the first ship", "the remaining units") and neither an
    actor's adjective between ("the first French units") nor a part-of after them ("the units of
    the brigade") makes them forces: their spans."""
    nouns = lex.transfers.reference_noun
    if nouns is None:
        return []
    out = []
    for s, e, _m in view.finditer(nouns):
        hit = lex.transfers.reference_before.search(view.slice(max(view.start, s - 30), s))
        if hit is None or lex.transfers.reference_after_not.match(view.slice(e, e + 6)):
            continue
        lo = s - (len(hit.string) - hit.start())
        if not any(_actor_at(view, at) for at in range(lo, s)):
            out.append((s, e))
    return out


def _noun_heads(view: SentenceView, lex: ModelLexicon) -> list[tuple[int, int]]:
    """The last words of system nouns of several words ("patrol ships", "landing ships"): spans
    where a cue word ("ships") is the noun, not a verb."""
    rx = lex.transfers.system_noun
    if rx is None:
        return []
    out = []
    # "China ships drones": a country before the word is its subject, not a model's name
    actors = [(a.start, a.end) for a in view.mentions if a.kind == "country"]
    for s, e, m in view.finditer(rx):
        head = m.group(0).rfind(" ")
        if head > 0 and not any(a <= s < b for a, b in actors):
            out.append((s + head + 1, e))
    return out


def _unit_of(view: SentenceView, lex: ModelLexicon, unit: ActorMention, systems: list[ActorMention]) -> bool:
    """The generic noun is a unit of the system named right after it ("a second battery of the Barak
    MX system", "three batteries of NASAMS"): that system is the transfer's, not the unit."""
    return any(
        o.start > unit.end and lex.transfers.unit_of.match(view.slice(unit.end, o.start)) is not None
        for o in systems
    )


@per_view
def _count_word(view: SentenceView, at: int) -> bool:
    """The word at ``at`` belongs to a figure in words ("Sixteen", "twenty-four", "a dozen")."""
    phrase = number_at(view.text, at - view.start, number_grammar(view.lang))
    return phrase is not None and not phrase.vague


def model_names(view: SentenceView, lex: ModelLexicon) -> list[ActorMention]:
    """The sentence's generic systems named with a model's name ("eight Hangor-class submarines",
    "the Type 26 frigates"), whatever the sentence says of them: what a later "the submarines" of
    the article stands for (extract.name_generic_systems)."""
    if lex.transfers.system_noun is None or not view.search(lex.transfers.system_noun):
        return []
    return [g for g in _generic_systems(view, lex, view.start, every=True) if _model_named(g)]


def unknown_designations(view: SentenceView, lex: ModelLexicon) -> list[ActorMention]:
    """The sentence's model designations the knowledge base does not know ("the twelve NH90s"),
    whatever the sentence says of them: what an article's "helicopter deal" may stand for
    (extract.resolve_systems)."""
    if not view.may_match(lex.transfers.designation):
        return []
    return [
        g
        for g in _generic_systems(view, lex, view.start, every=True)
        if g.text and g.code == g.name == g.text and g.text != g.text.lower()
    ]


def model_word(word: str) -> bool:
    """A word that can be part of a model's name: capitalised or holding a figure ("Tarkan", "N-49")."""
    return word[:1].isupper() or any(ch.isdigit() for ch in word)


def _model_named(m: ActorMention) -> bool:
    """A generic system's name holds a model's name: a capitalised word or a figure before its noun."""
    words = (m.name or m.text).split()[:-1]
    return any(map(model_word, words))


def _self_named(m: ActorMention) -> bool:
    """(lead31) An unlisted system named by its designation alone ("Tarkans", "N-49"): its key is the
    name it is told by, not a class noun's."""
    return (
        m.kind == "equipment"
        and m.country is None
        and str(m.code) == (m.name or "")
        and str(m.code)[:1].isupper()
    )


def _own_model(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """A generic system with a model's name after a possessive ("its Akash missile batteries") names
    that model, not an earlier system of its class."""
    before = view.slice(max(view.start, m.start - 30), m.start)
    return _model_named(m) and lex.transfers.possessive_pronoun.search(before) is not None


def _demonym_end(lex: ModelLexicon, m: ActorMention) -> int | None:
    """(lead31) Where the demonym that opens a country mention of several words ends, when the mention
    runs on past it ("Chinese R-43L fighters", "South Korean KX-9 howitzers", "Russian-made Vetka jets"
    read whole as a country): the words after it are a system's, not the actor's."""
    if m.kind != "country" or " " not in m.text.strip():
        return None
    at = 0
    for word in m.text.split(" "):
        at += len(word) + 1
        bare = re.sub(lex.transfers.made.pattern.lstrip("^"), "", word)
        if lex.transfers.demonym.search(bare) and not lex.transfers.people_plural.search(bare):
            return m.start + at - 1 if m.start + at - 1 < m.end else None
        if not word[:1].isupper():
            return None
    return None


def _inside_wide(lex: ModelLexicon, m: ActorMention, at: int) -> bool:
    """(lead31) ``at`` lies past the demonym of a mention that runs on over the system's words: the
    word is the model's name, not the actor's."""
    end = _demonym_end(lex, m)
    return end is not None and at >= end


def _wide_maker(lex: ModelLexicon, m: ActorMention, system: ActorMention) -> bool:
    """(lead31) A country mention that opens with a demonym and runs on into the system ("French
    Zinito fighters" read whole as France): the demonym names the maker."""
    end = _demonym_end(lex, m)
    return end is not None and m.start < system.start and end <= system.start < m.end


def _actor_at(view: SentenceView, at: int, lex: ModelLexicon | None = None) -> bool:
    """A resolved actor mention (a country, a person, a group) covers the offset; with ``lex``, not
    past the demonym of a mention that runs on over a system's words (:func:`_inside_wide`)."""
    return any(
        m.start <= at < m.end
        and m.kind not in ("unresolved", "equipment")
        and not (lex is not None and _inside_wide(lex, m, at))
        for m in view.mentions
    )


def _designations(view: SentenceView, lex: ModelLexicon, found: list[ActorMention]) -> list[ActorMention]:
    """Model designations the knowledge base does not know and no generic noun follows ("the
    AH-64E Apache", "M-346"): a system of its own name."""
    # an unresolved mention ("the K9") is what the designation may name
    taken = [*found, *(m for m in view.mentions if m.kind != "unresolved")]
    out = []
    for s, e, m in view.finditer(lex.transfers.designation):
        if any(o.start < e and s < o.end for o in taken):
            continue
        name = m.groupdict().get("name") or m.group(0)  # "T-50s": the T-50
        out.append(ActorMention(s, e, name, "equipment", name, name=name))
    if lex.transfers.named_designation is None:
        return out
    for s, e, m in view.finditer(lex.transfers.named_designation):
        if any(o.start < e and s < o.end for o in [*taken, *out]) or not _names_equipment(view, lex, e):
            continue
        name = m.group("name")
        out.append(ActorMention(s, e, name, "equipment", name, name=name))
    for at, e, m in view.finditer(lex.transfers.counted_name):
        group = "name" if m.groupdict().get("name") else "acronym"  # "36 Vetkas", "29 more MADIS"
        s = at + m.start(group) - m.start(0)
        name = m.group(group)
        if name in lex.transfers.counted_name_not or _actor_at(view, s):
            continue  # "300 Marines", "12 Americans": people, not a model
        if any(o.start < e and s < o.end for o in [*taken, *out]):
            continue
        out.append(ActorMention(s, e, name, "equipment", name, name=name))
    return sorted(out, key=lambda o: o.start)


def _names_equipment(view: SentenceView, lex: ModelLexicon, end: int) -> bool:
    """What follows a name-like designation ("Saka-6") makes it a system's: the end of its phrase,
    or a few words with a noun of an equipment class ("mine-resistant vehicles"), not "vaccines"."""
    rx = lex.transfers.named_designation_next
    hit = rx.match(view.slice(end, view.sentence.end)) if rx is not None else None
    if hit is None:
        return False
    words = hit.group("words")
    if words is None or lex.transfers.passive_auxiliary.search(words.strip() + " "):
        return True  # "the Saqeb-2 has been supplied": the subject of a passive
    return bool(lex.transfers.classes_of(system_family(w, lex) for w in words.split()))


_Cue = tuple[int, int, int, str]  # (rank in the lexicon, start, end, status)


@per_view
def _verb_cues(view: SentenceView, lex: ModelLexicon) -> list[_Cue]:
    """:func:`_found_verb_cues`, worked out once per view and lexicon (asked for ~2.4 times a sentence)."""
    return _found_verb_cues(view, lex)


def _found_verb_cues(view: SentenceView, lex: ModelLexicon) -> list[_Cue]:
    """The sentence's status cues, found once; participles that only describe a system ("the jets
    promised by Berlin") are left out when a verb is there too."""
    gate = cue_gate(lex, "transfers")
    if gate is not None and not view.search(gate):
        return []
    cues: list[_Cue] = [
        (rank, _cue_start(s, m), e, str(st.status))
        for rank, st in enumerate(lex.transfers.statuses)
        for s, e, m in view.finditer(st.regex)
    ]
    cues = [c for c in cues if not (c[3] == "contracted" and _not_a_sale(view, lex, c[1]))]
    # "bought 40 missiles from Israel, a sizeable order for …": the apposed noun describes the step
    cues = [c for c in cues if not _apposed_step(view, lex, c, cues)]
    # "an anti-ship missile": the second half of a compound is no verb
    cues = [
        c
        for c in cues
        if not lex.transfers.compound_before.search(view.slice(max(view.start, c[1] - 10), c[1]))
    ]
    # "delivered 20 tanks in June, as promised": the promise is what was expected, not a step
    cues = [c for c in cues if not _in_comparison(view, lex, c)]
    # "gave no figure for the jets": what the verb gives is information, no system
    cues = [
        c for c in cues if not lex.transfers.information_object.match(view.slice(c[2], view.sentence.end))
    ]
    cues = [c for c in cues if not _inside_weaker(c, cues)]
    tail = _report_tail(view, lex, min((c[2] for c in cues), default=None), cues)
    if tail is not None:  # ", the ministry said, citing crews trained on …": the report's reason
        cues = [c for c in cues if c[1] < tail[0] or _clause_opens(view, lex, tail[1], c[1])]
    nouns = _reference_heads(view, lex)  # "the third ship": a noun after its determiner, not the verb
    nouns += _noun_heads(view, lex)  # "two offshore patrol ships": the system's own noun
    cues = [c for c in cues if not any(s <= c[1] < e for s, e in nouns)]
    # "The frigate, a former US warship, was sold to Chile": the verb, not the "former", moved it
    verbs = [c for c in cues if not _former_cue(view, lex, c)]
    cues = [
        c for c in cues if not (_former_cue(view, lex, c) and any(_outranks(view, lex, v, c) for v in verbs))
    ]
    described = [
        c
        for c in cues
        if _describes(view, lex, c[1], c[2])
        or _relative_before_verb(view, lex, c, cues)
        or (c[3] == "delivered" and _opens_aside(view, lex, c[1]))  # not ", approved by London,"
        or _delivered_zero_relative(view, lex, c, cues)
    ]
    verbs = [c for c in cues if c not in described]
    # "drones delivered by Ankara this month now fly from …": the subject's delivery, now in use (not
    # "now operates the Apache, supplied by …": the object's description)
    delivered = [c for c in described if c[3] == "delivered" and all(c[1] < v[1] for v in verbs)]
    if verbs and delivered and min(verbs)[3] == "operated-by":
        return delivered
    # "F-16 jets sold by the Netherlands landed at Antofagasta": the arrival of what was sold
    if verbs and delivered and all(lex.transfers.undergoes.match(view.slice(v[1], v[2])) for v in verbs):
        return delivered
    return verbs or cues


def _delivered_zero_relative(view: SentenceView, lex: ModelLexicon, cue: _Cue, cues: list[_Cue]) -> bool:
    """The cue is the verb of a relative clause without "that" on the object of an earlier supply
    cue in its clause ("has not yet delivered the six tanks it promised Ukraine"): it names the
    goods, the delivery is the sentence's step."""
    before = view.slice(max(view.start, cue[1] - 40), cue[1])
    return lex.transfers.zero_relative_subject.search(before) is not None and any(
        o[3] == "delivered"
        and o[2] < cue[1]
        and _same_clause(view, lex, o[1], cue[1])
        # not a receipt ("is still waiting for the missiles Washington promised": Washington supplies)
        and lex.transfers.acquire.search(view.slice(o[1], o[2])) is None
        for o in cues
    )


def _former_cue(view: SentenceView, lex: ModelLexicon, cue: _Cue) -> bool:
    """The cue is the "ex-" or "former" before a former owner ("ex-US cutters"), not a verb."""
    return lex.transfers.former_owner.search(view.slice(cue[1], cue[2] + 1)) is not None


def _outranks(view: SentenceView, lex: ModelLexicon, verb: _Cue, former: _Cue) -> bool:
    """The verb says how the system moved, not the "ex-" after it in its clause ("Poland sent ex-Soviet
    jets") or in an apposition before it ("The frigate, a former US warship, was sold to …")."""
    if verb[1] < former[1] and _same_clause(view, lex, verb[1], former[1]):
        return True
    before = view.slice(max(view.start, former[1] - 8), former[1])
    return (
        former[1] < verb[1]
        and lex.transfers.apposition_before.search(before) is not None
        and lex.transfers.hard_break.search(view.slice(former[1], verb[1])) is None
    )


def _report_tail(
    view: SentenceView, lex: ModelLexicon, after: int | None, cues: list[_Cue]
) -> tuple[int, int] | None:
    """(start, end) of a participle that follows the clause reporting the act, a report at or after
    offset ``after`` (", the ministry said on Friday, citing delays in training its crews"): what it
    says is the report's reason, neither the act's status nor its parties. None when no act is given, or the
    report holds a cue of its own ("…, Paris said it would send jets, citing …": what was said)."""
    if after is None:
        return None
    for rs, re_, _m in view.finditer(lex.agreements.report_clause, lo=after):
        comma = view.slice(re_, view.sentence.end).find(",")
        if comma < 0:
            return None
        at = re_ + comma
        if any(rs <= c[1] < at for c in cues):
            return None
        found = lex.transfers.participle_clause.match(view.slice(at, view.sentence.end))
        if found is not None:
            return at, at + found.end()
    return None


def _in_report_clause(view: SentenceView, lex: ModelLexicon, at: int, cue: int) -> bool:
    """(cx41) Offset ``at`` stands in a clause after the cue that reports the act (", Mongolia's
    defence ministry said"): the speaker, no party of what it reports."""
    return any(rs <= at < rend for rs, rend, _m in view.finditer(lex.agreements.report_clause, lo=cue))


def _clause_opens(view: SentenceView, lex: ModelLexicon, lo: int, hi: int) -> bool:
    """A clause of its own opens between two offsets (", adding that Dakar had ordered them")."""
    return lex.transfers.clause_start.search(view.slice(lo, hi)) is not None


def _cue_start(s: int, m: re.Match[str]) -> int:
    """Where a status cue stands: its match's start, or the start of its ``cue`` group where the
    pattern names one ("the radar contract Chile signed with Spain": the verb, so that the name
    before it is the clause's subject)."""
    at = m.groupdict().get("cue") and m.start("cue")
    return s + (at - m.start()) if at else s


def _relative_before_verb(view: SentenceView, lex: ModelLexicon, cue: _Cue, cues: list[_Cue]) -> bool:
    """The cue ends an object relative with a named subject and the main verb follows it ("the two
    radars that Japan promised arrived"): what the relative says only names the system."""
    before = view.slice(max(view.start, cue[1] - 40), cue[1])
    return bool(lex.transfers.relative_subject.search(before)) and any(0 < o[1] - cue[2] <= 1 for o in cues)


def _inside_weaker(cue: _Cue, cues: list[_Cue]) -> bool:
    """The cue starts inside a longer, weaker cue's phrase, so that phrase says what it is
    ("received … under a 2023 contract for 48 guns": the contract the delivery came under, not an
    order that outranks the delivery)."""
    return any(o[0] > cue[0] and o[1] < cue[1] < o[2] for o in cues)


def _apposed_step(view: SentenceView, lex: ModelLexicon, cue: _Cue, cues: list[_Cue]) -> bool:
    """The cue is the noun of a phrase set off by a comma after an earlier cue's clause ("Ecuador
    bought 40 Spike missiles from Israel, a sizeable order for its navy"): it names the step that
    clause told, not a step of its own."""
    if not lex.transfers.apposed_step_noun.match(view.slice(cue[1], cue[2])):
        return False
    before = lex.transfers.apposed_step_before.search(view.slice(max(view.start, cue[1] - 40), cue[1]))
    if before is None:
        return False
    comma = cue[1] - (len(before.group(0)))
    return any(c[2] <= comma and c[3] != cue[3] for c in cues)


def _not_a_sale(view: SentenceView, lex: ModelLexicon, s: int) -> bool:
    """Whether the agreement a contracted cue names is about working together, not a purchase
    ("signed a Gripen industrial cooperation agreement")."""
    return lex.transfers.not_a_sale.search(view.slice(s, view.sentence.end)) is not None


@per_view
def _status_among(
    view: SentenceView, lex: ModelLexicon, verbs: list[_Cue], near: int | None = None
) -> tuple[str, int, int, bool] | None:
    """(status, start, end, negated) of the strongest of the sentence's cues (:func:`_verb_cues`)
    — of those in the clause of ``near`` (a system's offset) when there are any, so that "sent
    tanks to Kyiv, while troops are stationed in Poland" is a delivery.

    The cue's modality shapes the status: a firm future ("will deliver", "is to receive") is
    ``planned``, a modal one ("could supply") ``offered``; a conditional or a question ("what if
    Berlin were to send ...?") states no transfer at all (None); a negation keeps the verb's
    status with ``negated``."""
    if not verbs:
        return None
    given = list(verbs)
    if near is not None:
        # a cue in a participle aside that closes before the system is another system's
        asides = [(s, e) for s, e, _m in view.finditer(lex.transfers.participle_aside) if e <= near]
        verbs = [c for c in verbs if not any(s <= c[1] < e for s, e in asides)]
        if not verbs:
            return None
        # a system inside a relative clause set off by commas takes that clause's cue ("Egypt, which
        # flies American F-16s, has ordered Rafales": the F-16s are not ordered) …
        # … and one outside it does not take the clause's cue ("Morocco, which operates F-16s, signed a
        # contract for Apaches": the Apaches are contracted); the clause's antecedent may take the cues
        # of both ("The tanks, which Australia bought in 2007, …")
        found = view.finditer(lex.transfers.relative_aside)
        relatives = [(s, e) for s, e, _m in found if not _antecedent(view, near, s)]
        verbs = [
            c
            for c in verbs
            if all(
                (s <= c[1] < e) == (s <= near < e) or _renames_object(view, lex, c, s, near)
                for s, e in relatives
            )
        ]
        if not verbs:
            return None
        verbs = [c for c in verbs if _same_clause(view, lex, c[1], near)]
        if not verbs:
            return None  # "…, while Ankara wants 40 new F-16s": another clause's cue is not its status
        verbs = [c for c in verbs if not _earlier_conjunct(view, lex, c, verbs, near)]
        verbs = [
            c
            for c in verbs
            if not (c[2] <= near and lex.transfers.prepositional_relative.search(view.slice(c[2], near)))
        ]
        if not verbs:
            return None  # "ordered jets after a competition in which the Tejas was the favourite"
        # "… handed over …, five years after the sale was approved": a later subordinate clause's cue
        verbs = [
            c
            for c in verbs
            if not (c[1] > near and lex.transfers.subordinator.search(view.slice(near, c[1])))
        ] or verbs
        # "took delivery of nine vehicles, part of a contract for 218": the contract a later phrase names
        # frames the delivery, it is not the system's step
        frame = lex.transfers.frame_before
        verbs = [c for c in verbs if not (c[1] > near and frame.search(view.slice(near, c[1])))] or verbs
        # "ordered howitzers in 2023, paying for an early delivery": the participle's cue is not theirs
        verbs = [c for c in verbs if not _participle_between(view, lex, c[1], near)] or verbs
        verbs = _past_participle_told_before(view, lex, verbs, near)
        verbs = _without_aside_step(view, lex, verbs, near)
        phrase = [s for s, _e, _m in view.finditer(lex.transfers.gerund_phrase) if s < near]
        if phrase:  # "signed for the Akinci, after buying TB2 drones from Turkey": the TB2s were bought
            verbs = [c for c in verbs if c[1] > phrase[-1]]
            if not verbs:
                return None  # "ordered Apaches, after retiring its Mi-24s": the Mi-24s moved nowhere
        opening = _opening_participle(view, lex)
        if opening is not None and near < opening:  # "Having retired its MiG-29s, Slovakia bought …"
            verbs = [c for c in verbs if c[1] < opening]
            if not verbs:
                return None
        # "has yet to receive any of the jets it agreed to buy": with a denying main-clause cue before
        # the system, the cue of the system's object relative only says which system is meant (an
        # asserted one keeps the relative's step: "expects the 20 K9s it ordered" is the order)
        if any(c[1] < near and _denying_cue(view, lex, c) for c in verbs):
            relative = lex.transfers.relative_object_before
            kept = [c for c in verbs if not (c[1] > near and relative.match(view.slice(near, c[1])))]
            verbs = kept or verbs
    # "has not bought tanks in half a century, which makes the purchase it signed …": a habit denied
    # is no step; another cue of the sentence may still be
    late = [c for c in verbs if _manner_denied(view, lex, c)]
    verbs = [c for c in verbs if not _habit_denied(view, lex, c) and c not in late]
    if late and not verbs:  # "were not delivered on time, but reached the battalion in May"
        verbs = [c for c in given if _done_after_all(view, lex, late[-1], c)]
    if not verbs:
        return None
    # "has ordered 12 K9s, to be delivered from 2026": the infinitive schedules the clause's step
    sched = lex.transfers.schedule_before
    scheduled = [c for c in verbs if sched.search(view.slice(max(view.start, c[1] - 30), c[1]))]
    earlier = [c for c in verbs if c not in scheduled]
    verbs = [c for c in verbs if c not in scheduled or not any(o[1] < c[1] for o in earlier)]
    _rank, s, e, status = _nearest_strongest(verbs, near)
    ev = view.event_at(s, e)
    mood = _cue_mood(view, lex, s, e)
    if near is not None and mood == "future" and _reduced_relative(view, lex, near, s, e):
        mood, ev = None, None  # "will fly F-16s bought from Norway": the purchase is past
    if lex.transfers.statuses[_rank].undone:
        mood, ev = None, None  # (cx41) "may cancel its contract with …": the mood is the cancelling's
    if mood == "conditional" or _permitted(view, lex, s):
        return None
    # the coded event's negation holds for a cue in the sentence's first clause only ("has not
    # delivered Taurus but has offered IRIS-T": the offer is not negated)
    negated = (
        mood == "negated"
        or lex.transfers.statuses[_rank].negated
        or (ev is not None and ev.modality == "negated" and _negation_before(view, lex, s))
        or lex.transfers.negated_object.match(view.slice(e, view.sentence.end)) is not None
        or _halted(view, lex, s, e)
    )
    if negated and lex.transfers.habit_span.match(view.slice(e, view.sentence.end)):
        return None  # "has not bought new tanks in half a century": a habit denied, no one transfer
    # (cx39) "cancelled a contract with Russia for …": the contract was made, its cancelling no denial
    negated = negated and not lex.transfers.statuses[_rank].undone
    delayed = negated and lex.transfers.delayed_until.match(view.slice(e, view.sentence.end)) is not None
    negated = negated and not delayed  # "will not arrive until 2027": planned for then, not denied
    future = (
        delayed
        or mood == "future"
        # ("were passed to Bulgaria on Tuesday, and will sail next month": the event's future is the
        # other clause's, the cue's own verb is past)
        or (
            ev is not None
            and ev.modality == "future"
            and not lex.transfers.past_auxiliary.search(view.slice(max(view.start, s - 25), s))
        )
        or (negated and _mood_in_clause(view, lex, s, "future"))  # "will not buy": a planned one denied
        or _put_off(view, lex, s, e)  # "deliveries … have been delayed until 2027": still to come
    )
    # "a possible sale" is what an approval approves: only the cue's own clause makes it an offer
    if mood == "future" and _would_if(view, lex, s, e):
        mood = "hypothetical"  # "would deliver … if Washington did the same": an offer on a condition
    # the clause's own words outrank the coded event's modality ("said Tokyo would provide": future);
    # an event coded in another clause says nothing of this one ("operates Gripens, and Peru is
    # weighing an offer of jets": the Gripens are not offered)
    hypothetical = (
        ev is not None
        and ev.modality == "hypothetical"
        and mood is None
        and _same_clause(view, lex, ev.trigger.start, s)
    )
    if mood == "hypothetical" or (hypothetical and status != "approved"):
        status = "offered"
    elif future and status not in ("offered", "approved", "contracted", "ordered"):
        status = "planned"
    return status, s, e, negated


def _habit_denied(view: SentenceView, lex: ModelLexicon, cue: _Cue) -> bool:
    """Whether ``cue`` denies a habit over a span of time ("has not bought new tanks in half a
    century"), no one transfer."""
    after = view.slice(cue[2], view.sentence.end)
    return lex.transfers.habit_span.match(after) is not None and _denying_cue(view, lex, cue)


def _manner_denied(view: SentenceView, lex: ModelLexicon, cue: _Cue) -> bool:
    """(cx29) Whether ``cue`` denies only how its step went ("did not arrive quickly", "were not
    delivered on time"): the step is not denied, and this cue tells no date or status of it."""
    after = view.slice(cue[2], view.sentence.end)
    return lex.transfers.denied_manner.match(after) is not None and _denying_cue(view, lex, cue)


def _done_after_all(view: SentenceView, lex: ModelLexicon, late: _Cue, cue: _Cue) -> bool:
    """(cx31) Whether ``cue`` is the predicate that a "but" joins to a cue whose manner is denied
    ("were not delivered on time, but reached the battalion in May"): the step happened, late."""
    return cue[1] > late[2] and lex.transfers.done_after_all.match(view.slice(late[2], cue[1])) is not None


def _denying_cue(view: SentenceView, lex: ModelLexicon, cue: _Cue) -> bool:
    """Whether ``cue`` denies its step: a negated status ("still waiting for") or a negated clause
    ("has yet to receive", "has not handed over")."""
    return lex.transfers.statuses[cue[0]].negated or _cue_mood(view, lex, cue[1], cue[2]) == "negated"


def _earlier_conjunct(view: SentenceView, lex: ModelLexicon, cue: _Cue, verbs: list[_Cue], near: int) -> bool:
    """(cx29) The cue is the first of two coordinated verbs before the system, with an object of its
    own between them ("signed for its howitzers in July and took delivery of 18 K9 guns"): the system
    is the second verb's."""
    return cue[2] < near and any(
        cue[2] + 1 < o[1] < near
        and lex.transfers.verb_conjunction.search(view.slice(cue[2], o[1])) is not None
        for o in verbs
    )


def _past_participle_told_before(
    view: SentenceView, lex: ModelLexicon, verbs: list[_Cue], near: int
) -> list[_Cue]:
    """(lead30) The cues without a participle right after the system at ``near`` when the clause's
    own verb, a cue, follows it ("Sixty Javelins bought from Washington in 2022 were handed over in
    March"): the participle names an earlier step that tells which missiles are meant; the clause
    tells the step. A participle alone keeps its cue ("jets bought from Spain")."""
    ends = {c: end for c in verbs if c[1] > near and (end := _reduced_end(view, lex, near, c)) is not None}
    if not ends:
        return verbs
    last = max(ends.values())
    then = lex.transfers.participle_then_verb
    main = [c for c in verbs if c[1] >= last and c not in ends and then.match(view.slice(last, c[1]))]
    if not main or not all(_same_clause(view, lex, last, c[1]) for c in main):
        return verbs
    return [c for c in verbs if c not in ends]


def _without_aside_step(view: SentenceView, lex: ModelLexicon, verbs: list[_Cue], near: int) -> list[_Cue]:
    """(cx53) The cues without those of a relative aside on the system at ``near`` when the clause
    tells its own step: a cue after the aside, or, for a possessive relative, a cue before the
    system ("has received the batteries, whose sale Washington approved in 2020": the relative's
    cue is its noun's step, the sale's approval)."""
    asides = [
        (s, e) for s, e, _m in view.finditer(lex.transfers.relative_aside) if _antecedent(view, near, s)
    ]
    # "The tanks, which Australia bought in 2007, arrived in May": the main verb after the aside is
    # the step; the aside's cue tells which tanks are meant
    main = [
        (s, e) for s, e in asides if any(c[1] >= e and _same_clause(view, lex, near, c[1]) for c in verbs)
    ]
    if any(c[1] < near for c in verbs):
        main += [(s, e) for s, e in asides if lex.transfers.whose_aside.match(view.slice(s, e))]
    return [c for c in verbs if not any(s <= c[1] < e for s, e in main)] or verbs


def _reduced_end(view: SentenceView, lex: ModelLexicon, near: int, cue: _Cue) -> int | None:
    """The end of the participle when the cue is one right after the system at ``near`` (see
    :func:`_reduced_relative`); (cx50) an approval's or a pledge's participle ends before the
    agent's "by" the cue's span holds ("radars approved by Washington")."""
    if _reduced_relative(view, lex, near, cue[1], cue[2]):
        return cue[2]
    if not _reduced_relative(view, lex, near, cue[1], cue[2], step=True):
        return None
    found = lex.transfers.step_participle.match(view.slice(cue[1], cue[2]))
    return None if found is None else cue[1] + found.end()


def _nearest_strongest(verbs: list[_Cue], near: int | None) -> _Cue:
    """The strongest cue; of several as strong, the last before the system at ``near`` ("took
    delivery of six batteries and has since received a dozen drones": the drones' cue is
    "received")."""
    best = min(verbs)
    before = [c for c in verbs if c[0] == best[0] and near is not None and c[1] < near]
    return max(before, key=lambda c: c[1]) if before else best


_ANTECEDENT_GAP = 40  # characters between a system and the relative clause that describes it


def _renames_object(view: SentenceView, lex: ModelLexicon, cue: _Cue, aside: int, near: int) -> bool:
    """(cx46) The aside at ``aside`` is an apposition of the cue's object, and holds the system at
    ``near`` ("handed over the frigate Al-Qahira, a MEKO A-200 built in Kiel, to Egypt"): a few words
    and no preposition between the cue and the aside, the last of them no party ("supplied Egypt, a
    buyer of F-16s, with …" describes the recipient)."""
    if not (cue[2] <= aside < near) or not lex.transfers.apposition_open.match(view.slice(aside, near)):
        return False
    if not lex.transfers.object_before_apposition.match(view.slice(cue[2], aside)):
        return False
    if any(m.start == near and view.slice(m.end, m.end + 1) == "-" for m in view.mentions):
        return False  # "a Rafale-carrying warship": the system only qualifies the object
    return not any(m.end == aside and m.code and m.kind != "equipment" for m in view.mentions)


def _antecedent(view: SentenceView, near: int, aside: int) -> bool:
    """Whether the system at ``near`` is the noun a relative clause starting at ``aside`` describes."""
    return 0 <= aside - near <= _ANTECEDENT_GAP and "," not in view.slice(near, aside)


def _negation_before(view: SentenceView, lex: ModelLexicon, s: int) -> bool:
    """A negation before the cue with no clause boundary between: what a coded event's negation
    may stand for ("has not delivered Taurus but has offered IRIS-T": the offer is not negated;
    "its offer had not been chosen": the negation is the choice's)."""
    negation = next((c.pattern for c in lex.transfers.moods if c.mood == "negated"), None)
    if negation is None:
        return False
    hits = [m.end() for m in negation.finditer(view.slice(view.start, s))]
    return bool(hits) and _same_clause(view, lex, view.start + hits[-1], s)


def _would_if(view: SentenceView, lex: ModelLexicon, s: int, e: int) -> bool:
    """A "would" before the cue and a condition after it ("would deliver tanks if …")."""
    before = view.slice(max(view.start, s - 20), s)
    return bool(lex.transfers.would.search(before)) and bool(
        lex.transfers.condition_after.search(view.slice(e, view.sentence.end))
    )


def _passive_cue(view: SentenceView, lex: ModelLexicon, cue: int) -> bool:
    """A passive auxiliary stands right before the cue at ``cue`` ("were delivered", "have been
    supplied"): its subject is what was moved, not a carrier ("ships are former cutters" is no
    passive: the cue's first word must be a past participle)."""
    word = lex.transfers.past_participle.match(view.slice(cue, view.sentence.end))
    return (
        word is not None
        and not view.slice(cue + word.end(), cue + word.end() + 1).isalnum()
        and lex.transfers.passive_auxiliary.search(view.slice(max(view.start, cue - 25), cue)) is not None
    )


_REDUCED_GAP = 25  # characters of the system's name between it and a participle that describes it


def _reduced_relative(
    view: SentenceView,
    lex: ModelLexicon,
    near: int,
    s: int,
    e: int,
    *,
    tense: bool = True,
    step: bool = False,
) -> bool:
    """The cue is a past participle right after the system it describes ("F-16s bought second-hand
    from Norway"), with no auxiliary of its own: a past act, whatever the main clause's mood, whose
    clause subject is not its agent. ``tense=False`` tests the participle from ``s`` on (the cue's
    end unknown). (cx50) ``step=True`` tests for an approval's or a pledge's participle at ``s``
    ("radars approved by Washington"), whatever the cue's span holds after it."""
    name = view.slice(near, s)
    verb = view.slice(s, e) if tense else view.slice(s, view.sentence.end)
    if step:
        participle = lex.transfers.step_participle.match(view.slice(s, e))
    elif tense:
        participle = lex.transfers.past_participle.fullmatch(verb)
    else:
        participle = lex.transfers.past_participle.match(verb)
    return (
        0 < s - near <= _REDUCED_GAP
        and name.endswith(" ")
        and "," not in name
        and participle is not None
        and not lex.transfers.auxiliary.search(name)
        and not lex.transfers.nominal_cue.search(name)
    )


def _opening_participle(view: SentenceView, lex: ModelLexicon) -> int | None:
    """The end of a participle phrase that opens the sentence ("Having retired its MiG-29s,"), unless
    its first word names a party ("Beijing, …")."""
    found = lex.transfers.opening_participle.search(view.slice(view.start, view.sentence.end))
    if found is None:
        return None
    lead = len(found.group()) - len(found.group().lstrip(" \"'“‘([-—–"))
    first = view.start + lead
    if any(m.start <= first < m.end for _c, m in view.countries()):
        return None
    return view.start + found.end()


def _participle_between(view: SentenceView, lex: ModelLexicon, a: int, b: int) -> bool:
    """A participle clause (", hoping for …") opens between two offsets of the sentence."""
    lo, hi = min(a, b), max(a, b)
    return bool(lex.transfers.participle_clause.search(view.slice(lo, hi)))


def _listed_apart(view: SentenceView, lex: ModelLexicon, a: int, b: int) -> bool:
    """A clause of another subject, joined by a comma alone, opens between two offsets ("Germany sent
    two launchers, Norway delivered missiles")."""
    lo, hi = min(a, b), max(a, b)
    found = view.first_within(lex.transfers.listed_clause, lo, min(view.sentence.end, hi + _LISTED_REACH))
    return found is not None and view.start + found.start("comma") < hi  # before the later offset's clause


_LISTED_REACH = 40  # characters past the later offset where the verb of its clause may stand


@per_view
def _same_clause(view: SentenceView, lex: ModelLexicon, a: int, b: int) -> bool:
    """No clause boundary stands between two offsets of the sentence."""
    lo, hi = min(a, b), max(a, b)
    broken = view.first_within(lex.transfers.clause_break, lo, hi) is not None
    return not broken and not _listed_apart(view, lex, a, b)


def _describes(view: SentenceView, lex: ModelLexicon, s: int, e: int) -> bool:
    """A past participle after its noun, with its agent ("NASAMS batteries supplied by Norway") or
    with its recipient before the clause's own verb ("the battery promised to Romania has …")."""
    after = view.slice(e, min(view.sentence.end, e + 5))
    described = bool(lex.transfers.reduced_passive.match(after)) or (
        # "The battery promised to Romania has never left Germany": the verb after the recipient tells
        lex.transfers.described_participle.search(view.slice(s, e)) is not None
        and lex.transfers.described_to_after.match(view.slice(e, min(view.sentence.end, e + 60))) is not None
    )
    return described and not lex.transfers.auxiliary.search(view.slice(max(view.start, s - 20), s))


def _opens_aside(view: SentenceView, lex: ModelLexicon, s: int) -> bool:
    """The cue opens a participle aside set off by commas ("Slovakia's F-16s, bought from the United
    States, will all be delivered by 2026"): it describes the system; the main verb says the step."""
    return any(
        a < s < b and not view.slice(a, s).strip(", ")
        for a, b, _m in view.finditer(lex.transfers.participle_aside)
    )


@per_view
def _cue_mood(view: SentenceView, lex: ModelLexicon, s: int, e: int) -> str | None:
    """conditional / negated / hypothetical / future from the cue's clause, else None."""
    if view.slice(e, view.sentence.end).rstrip().endswith("?"):
        return "conditional"  # a question asks whether it happens
    before = view.slice(max(view.start, s - 90), s)
    if lex.transfers.topic_before.search(before) and lex.transfers.gerund.search(view.slice(s, e)):
        return "conditional"  # "no decision on selling missiles": a topic, no transfer stated
    cut = [m.end() for m in lex.transfers.clause_start.finditer(before)]
    clause = before[cut[-1] :] if cut else before
    wish = next((c.pattern for c in lex.transfers.moods if c.mood == "conditional"), None)
    if wish is not None and wish.search(clause):
        return "conditional"  # "hopes to sell", "if Berlin were to send": no transfer stated
    if lex.transfers.buyer_hedge.search(clause + view.slice(s, e)):
        return "conditional"  # "may buy", "is considering buying": the buyer has not bought, no offer
    if lex.transfers.awaited_arrival.search(before + view.slice(s, e)):
        return "future"  # "will keep its guns until the new batteries arrive": not delivered yet
    inverted = lex.transfers.inverted_condition.match(view.slice(view.start, s))
    if inverted and lex.transfers.condition_modal.search(clause):
        return "conditional"  # "Should Athens ask, … Rome would offer frigates": a consequence
    if inverted and not lex.transfers.clause_start.search(view.slice(view.start + inverted.end(), s)):
        return "conditional"  # "Had Washington approved the sale, …": the condition itself
    negation = next((c.pattern for c in lex.transfers.moods if c.mood == "negated"), None)
    if negation is not None and negation.search(clause):
        return "negated"  # "has yet to hand one over", "refused to sell"
    if lex.transfers.infinitive.search(before):
        return "future"  # "the decision to buy", "plans to send": not yet done
    if lex.transfers.future_conjunct.search(before) and lex.transfers.base_supply_verb.fullmatch(
        view.slice(s, e)
    ):
        return "future"  # "will buy a battery from … and give it to Kyiv": the second verb shares the "will"
    if lex.transfers.denial.search(before):
        return "negated"  # "denied that it had delivered", "rejected reports that ... supplied"
    if lex.transfers.reported.search(view.slice(view.start, s)) and lex.transfers.refuted_after.search(
        view.slice(e, view.sentence.end)
    ):
        return "negated"  # "Reports that … handed over … are false"
    for cue in lex.transfers.moods:
        mood, rx = cue.mood, cue.pattern
        if rx.search(clause) or (mood == "conditional" and rx.search(before)):
            return mood
    if lex.transfers.noun_cue.match(view.slice(s, e)) and lex.transfers.paced_before.search(before):
        return "conditional"  # "urged Washington to speed up deliveries of …": wanted, not told done
    if lex.transfers.noun_cue.match(view.slice(s, e)) and lex.transfers.future_after.match(
        view.slice(e, view.sentence.end)
    ):
        return "future"  # "deliveries of the jets are expected in 2027": not done yet
    return None


def _in_comparison(view: SentenceView, lex: ModelLexicon, c: _Cue) -> bool:
    """A cue inside a comparison that closes its clause ("…, as promised", "as had been agreed in
    2023")."""
    return bool(
        lex.transfers.comparison_before.search(view.slice(max(view.start, c[1] - 20), c[1]))
    ) and bool(lex.transfers.comparison_after.match(view.slice(c[2], view.sentence.end)))


def _put_off(view: SentenceView, lex: ModelLexicon, s: int, e: int) -> bool:
    """A noun cue whose step its own clause says is put off ("deliveries of the launchers have been
    delayed"): not done yet."""
    return bool(lex.transfers.noun_cue.match(view.slice(s, e))) and bool(
        lex.transfers.put_off_after.match(view.slice(e, view.sentence.end))
    )


def _gerund_phrase_between(view: SentenceView, lex: ModelLexicon, a: int, b: int) -> bool:
    """A gerund phrase (", after buying …") opens between offsets ``a`` and ``b``, in either order."""
    lo, hi = min(a, b), max(a, b)
    return any(lo < s < hi for s, _e, _m in view.finditer(lex.transfers.gerund_phrase))


def _halted(view: SentenceView, lex: ModelLexicon, s: int, e: int) -> bool:
    """A noun cue whose step its own clause says is held up or called off ("deliveries of the jets to
    Chile were put on hold"): the step is denied."""
    return bool(lex.transfers.noun_cue.match(view.slice(s, e))) and bool(
        lex.transfers.halted_after.match(view.slice(e, view.sentence.end))
    )


def _mood_in_clause(view: SentenceView, lex: ModelLexicon, s: int, mood: str) -> bool:
    """A cue of ``mood`` in the cue's clause before it."""
    before = view.slice(max(view.start, s - 90), s)
    cut = [m.end() for m in lex.transfers.clause_start.finditer(before)]
    clause = before[cut[-1] :] if cut else before
    at = s - len(clause)
    return any(
        c.mood == mood
        and not _describes(view, lex, at + m.start(), at + m.start() + len(m.group(0).split()[0]))
        for c in lex.transfers.moods
        for m in c.pattern.finditer(clause)
    )  # "the battery promised to Romania has never …": the participle's future says what is meant


def _base_fields(
    view: SentenceView, status: tuple[str, int, int, bool] | None, lex: ModelLexicon | None = None
) -> tuple[dict[str, object], dict[str, tuple[int, int]]]:
    fields: dict[str, object] = {"status": status[0] if status else "mentioned"}
    spans: dict[str, tuple[int, int]] = {}
    if status:
        spans["status"] = (status[1], status[2])
        if status[3]:
            fields["negated"] = True
    for d in sentence_dates(view):
        if lex is not None and _said_when(view, lex, d.start, d.end):
            continue  # "said on Wednesday that …": when it was said
        if lex is not None and status and _about_a_party(view, lex, status[2], d.start):
            continue  # "delivered to Turkey, which was removed from the programme in 2019"
        if lex is not None and status and not _same_clause(view, lex, status[1], d.start):
            continue  # "will receive jets next year, and Uzbekistan has ordered …": the other clause's
        if lex is not None and status and _aside(view, lex, d.start, status[1]):
            continue  # "Niger, whose junta broke with Paris in 2023, took delivery …"
        if status and status[0] == "operated-by" and _after_publication(view, d.value):
            continue  # "flying its jets, with more due in 2027": a fleet held now is not dated ahead
        if lex is not None and status and _gerund_phrase_between(view, lex, d.start, status[1]):
            continue  # "signed for the Akinci in 2023, after buying TB2 drones": 2023 is the signing's
        if status and _done_step(status) and _after_publication(view, d.value):
            continue  # "the howitzers ordered from Seoul, the first due by March 2026": the order is past
        if lex is not None and status and _participle_aside_date(view, lex, d.start, status[1]):
            continue  # "The jets, bought from Spain in 2020, were handed over in May": the aside's date
        if lex is not None and status and _fronted_adjunct_date(view, lex, d.start, status[1]):
            continue  # (cx47) "Under the pact signed in October, Norway will transfer … by 2027"
        since = d.relation == "since" or (
            lex is not None and status is not None and _since_clause(view, lex, status[2], d.start)
        )
        if since and not (status and status[0] == "planned" and _after_publication(view, d.value)):
            fields.update(since=d.value.isoformat(), since_precision=d.precision)
            spans["since"] = (d.start, d.end)
        elif "date" not in fields:
            _dated(fields, spans, d)
    return fields, spans


def _since_clause(view: SentenceView, lex: ModelLexicon, cue_end: int, at: int) -> bool:
    """(cx39) The date at ``at`` ends a "since" clause after the cue ("has not delivered any since the
    contract was signed in 2022"): it starts the period the cue's status covers, as "since 2022"
    does, and is not the step's own date."""
    return cue_end <= at and lex.transfers.since_clause.search(view.slice(cue_end, at)) is not None


# the steps that are done once told without a future or a modal (an approval, a contract, an order, a
# delivery): none of them happens after its report
_DONE_STEPS = frozenset({"approved", "contracted", "ordered", "delivered"})


def _done_step(status: tuple[str, int, int, bool]) -> bool:
    """An asserted step already taken (:data:`_DONE_STEPS`): a date after the report is another step's
    (the first delivery's, a deadline), not this one's."""
    return status[0] in _DONE_STEPS and not status[3]


def _after_publication(view: SentenceView, when: dt.date) -> bool:
    """``when`` is later than the document's publication (False when it has no publication date)."""
    published = view.ctx.published
    return published is not None and when > published


def _parties(
    view: SentenceView,
    lex: ModelLexicon,
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
    cue: int,
    producer: str | None,
    event: Event | None = None,
    *,
    acquisition: bool = False,
    system: ActorMention | None = None,
) -> None:
    """Supplier and recipient: the coded event's actor and recipient when the cue's event names
    them (the maker's country is not the supplier: "Turkey will supply Eurofighters" is Turkey's
    transfer); else the maker's country, else the country named before the cue; the recipient
    the first other country after the cue. With an acquisition cue ("bought", "a contract to
    buy") the event's actor and the country before the cue are the recipient."""
    countries = []
    for c, m in view.countries():
        # "Escribano, a Spanish company, has sold …": the apposition gives the company's country,
        # which acts for it (a name, not an adjective)
        apposed = _maker_apposition(view, lex, m.start, m.text)
        if lex.transfers.period_after.match(view.slice(m.end, m.end + 12)):
            continue  # "has flown Mi-24s since Soviet times": a period, no party
        if _in_water_name(view, lex, m):
            continue  # "worked hard over the South China Sea": a sea, no party
        if _place_demonym(view, lex, m):
            continue  # (cx54) "On the Libyan border, the Tunisian air force's fleet …": a place, no party
        if (
            not _aside(view, lex, m.start, cue)
            # "thirty Marder vehicles, a gift from Germany, …": an aside that names the system's source
            or lex.transfers.source_aside.search(view.slice(max(view.start, m.start - 40), m.start))
            or apposed
        ) and not lex.transfers.partner_with.search(view.slice(max(view.start, m.start - 50), m.start)):
            # (cx34) "ordered the guns as part of a joint programme with Luxembourg": a co-buyer, no party
            countries.append((_party(c, m), replace(m, how="company") if apposed else m))
    # "…, the navy said, citing help from French instructors": the report's reason names no party
    tail = _report_tail(view, lex, cue, _verb_cues(view, lex))
    if tail is not None:
        countries = [
            (c, m) for c, m in countries if m.start < tail[0] or _clause_opens(view, lex, tail[1], m.start)
        ]
    countries = _with_organisations(view, lex, countries, cue)
    # a system the knowledge base knows, with its maker's country (not a bare "jets")
    military = system is not None and system.kind == "equipment" and system.country is not None
    countries = _with_companies(view, lex, countries, military=military)
    by = _supplied_by(view, lex, countries, cue, system)
    if by is not None:  # "NASAMS batteries supplied by Norway": the agent of the passive supplies
        _put(fields, spans, "supplier", by)
        # "flies Russian MiG-29s, some donated by Belarus": the demonym names a make, not the recipient
        others = [(c, m) for c, m in countries if c != by[0] and m.kind != "equipment"]
        # … but "to the Ghanaian navy" names who gets them
        # … and so does "the Indonesian army fields guns supplied by France": the service's country
        others = [
            (c, m)
            for c, m in others
            if not _adjective(view, lex, m) or _after_to(view, lex, m) or _service_of(view, lex, m)
        ]
        # "flies Rafales bought from France and F-16s supplied by the United States": a source is
        # another system's, it gets nothing
        others = [(c, m) for c, m in others if not _after_from(view, lex, m)]
        before_by = [(c, m) for c, m in others if m.end <= by[1].start]
        to_after = [(c, m) for c, m in others if m.start > by[1].end and _after_to(view, lex, m)]
        # "cleared for sale to Germany by Bern": the buyer between the participle and its agent
        to_between = [(c, m) for c, m in before_by if m.start > cue and _after_to(view, lex, m)]
        pick = (
            to_between[-1:] or to_after[:1] or before_by[-1:] or others[:1]
        )  # "sold by Britain to Saudi Arabia"
        if pick:
            _put(fields, spans, "recipient", pick[0])
        if producer and producer != by[0]:
            fields["maker"] = producer
        return
    giver = _giving_owner(view, lex, countries, cue)
    if giver is not None:  # "Colombia turned down Sweden's offer of jets": Sweden offers, Colombia gets
        _put(fields, spans, "supplier", giver)
        clause = [
            (c, m)
            for c, m in countries
            if m.kind != "equipment" and c != giver[0] and _same_clause(view, lex, cue, m.start)
        ]
        to = [x for x in clause if x[1].start > cue and _after_to(view, lex, x[1])]
        taker = _subject(view, lex, clause, cue)[-1:] or to[:1]
        if taker:
            _put(fields, spans, "recipient", taker[0])
        if producer and producer != giver[0]:
            fields["maker"] = producer
        return
    if _customers(view, lex, fields, spans, countries, cue, producer):
        return  # "has Stinger orders from Germany and Taiwan": they buy
    held = _relative_supplier(view, lex, countries, system)
    # the held system's relative tells its supply: read for what the holder operates, or for the
    # relative's own verb ("jets, which Russia and Belarus gave it in 2017")
    if held is not None and (fields.get("status") == "operated-by" or held[2][0] <= cue < held[2][1]):
        # "Hanoi operates the corvettes that Moscow delivered": the relative's subject gave
        givers, holder, _at = held
        _put(fields, spans, "supplier", givers[0])
        _put(fields, spans, "recipient", holder)
        if len(givers) > 1:
            fields[_COORDINATED] = [("supplier", c) for c, _m in givers[1:]]
        if producer and producer != givers[0][0]:
            fields["maker"] = producer
        return
    source = _from_country(view, lex, countries, cue, system)
    if source is not None and _selling(view, lex, cue) and not _after_from(view, lex, source[1]):
        source = None  # "signed a contract with India to supply": the counterpart buys
    if source is not None and _from_later_conjunct(view, lex, system, source):
        source = None  # "two ex-US frigates and four corvettes from South Korea": Korea's are the corvettes
    if source is not None:  # "bought drones from Turkey", "the delivery of 32 vehicles from Turkey"
        _put(fields, spans, "supplier", source)
        parties = [(c, m) for c, m in countries if m.kind != "equipment"]
        at = parties.index(source) if source in parties else None
        sources = _coordinated_from(view, lex, parties, at) if at is not None else [source]
        if len(sources) > 1:  # "from Germany and the Netherlands": one transfer each
            fields[_COORDINATED] = [("supplier", c) for c, _m in sources[1:]]
        takers = [(c, m) for c, m in parties if c not in {s for s, _m in sources}]
        near = [(c, m) for c, m in takers if m.end <= cue and _same_clause(view, lex, m.start, cue)]
        near = near or [x for x in _elided_subject(view, lex, takers, cue) if x in takers]
        # "bought jets from Russia, corvettes from China": a later "from" names another source
        after = [(c, m) for c, m in takers if m.start > source[1].end and not _after_from(view, lex, m)]
        beyond = [(c, m) for c, m in after if not _same_clause(view, lex, cue, m.start)]
        # a party past a clause boundary belongs to another clause ("…, while the rebels are
        # accused of …"): the recipient is then left to the article
        # … and a party that is another source ("came from China; its vehicles will come from Turkey"),
        # only a make, or another clause's past a semicolon gets nothing
        loose = [
            (c, m)
            for c, m in takers
            if not _after_from(view, lex, m)
            and not _adjective(view, lex, m)
            and ";" not in view.slice(min(m.end, cue), max(m.start, cue))
        ]
        pick = near[-1:] or [x for x in after if x not in beyond][:1] or ([] if beyond else loose[-1:])
        maker = near and (_maker_subject(view, lex, near[-1:]) or near[-1][0] == producer)
        if maker and not _after_from(view, lex, source[1]):
            # "Polish shipyard Baltika has signed a contract with Latvia": the maker sells; (cx31) so
            # does the maker's country ("France's contract with Egypt for 30 Rafale jets")
            _put(fields, spans, "supplier", near[-1])
            pick = [source]
        if pick:
            _put(fields, spans, "recipient", pick[0])
            joint = _coordinated_tail(view, lex, near) if near and pick[0] == near[-1] else []
            if len(joint) > 1:  # "Latvia and Estonia ordered IRIS-T from Germany": each of them buys
                also = fields.get(_COORDINATED)
                fields[_COORDINATED] = [
                    *(also if isinstance(also, list) else []),
                    *(("recipient", c) for c, _m in joint[:-1]),
                ]
        if producer and producer != source[0]:
            fields["maker"] = producer
        return
    # only once no "by", "from" or giving subject names who gave it ("Poland sent ex-Soviet jets")
    keeps = acquisition or fields.get("status") in _BUYING  # "Peru operates ex-Brazilian jets"
    prior = _former_owner(view, lex, countries, cue, system, acquisition=keeps)
    if prior is None and system is not None:  # a giver named: the former owner is no party of this move
        countries = [(c, m) for c, m in countries if not _former_of(view, lex, m, system)]
    if prior is not None:  # "Nigeria's patrol ships are ex-US cutters": the former owner gave them
        _put(fields, spans, "supplier", prior)
        holders = [
            (c, m)
            for c, m in countries
            if c != prior[0] and m.kind != "equipment" and _same_clause(view, lex, m.start, cue)
        ]
        to = [x for x in holders if _after_to(view, lex, x[1])]
        pick = to[:1] or [x for x in holders if x[1].end <= prior[1].start][-1:] or holders[:1]
        if pick:
            _put(fields, spans, "recipient", pick[0])
        if producer and producer != prior[0]:
            fields["maker"] = producer
        return
    pair = _zero_relative(view, lex, countries, cue, system, fields.get("status"), acquisition=acquisition)
    if pair is not None:  # "the ATACMS missiles Washington promised": the relative's subject gives
        for role, party in zip(("supplier", "recipient"), pair, strict=True):
            _put(fields, spans, role, party)
        if producer and producer != pair[0][0]:
            fields["maker"] = producer
        return
    joint = _joint_buyers(view, lex, countries, cue, fields.get("status"), acquisition=acquisition)
    if joint:  # "The Netherlands and Austria placed a joint order for the type": each buys, the seller unsaid
        _put(fields, spans, "recipient", joint[-1])
        fields[_COORDINATED] = [("recipient", c) for c, _m in joint[:-1]]
        return
    if not acquisition and _coordinated_passive(view, lex, countries, cue, fields.get("status")):
        # "Vietnam and Thailand have both been offered the missile": each would get it, none gives it
        _passive_recipient(view, lex, fields, spans, countries, cue, _owner(view, lex, countries, system))
        if producer and producer != fields.get("supplier"):
            fields["maker"] = producer
        return
    roles = _roles(view, lex, countries, cue, fields.get("status"), acquisition=acquisition, system=system)
    if roles is not None:  # the clause says who gives and who gets ("Japan will provide … to Manila")
        _put(fields, spans, "supplier", roles[0][0])
        _put(fields, spans, "recipient", roles[1][0])
        also = [("supplier", c) for c, _m in roles[0][1:]] + [("recipient", c) for c, _m in roles[1][1:]]
        if also:
            fields[_COORDINATED] = also
        if producer and producer != fields["supplier"]:
            fields["maker"] = producer
        return
    if not acquisition and _arrival(view, lex, cue, fields.get("status"), countries):
        # "Hundreds of drones have reached Russia", "… arrived in Lithuania": the place it reached gets it
        _passive_recipient(
            view, lex, fields, spans, countries, cue, _owner(view, lex, countries, system), arrival=True
        )
        if producer and producer != fields.get("supplier"):
            fields["maker"] = producer
        return
    framed = None if acquisition else _colon_frame(view, lex, countries, cue)
    if framed is not None and _agentless_passive(view, lex, cue, fields.get("status")):
        # (cx41) "Washington has backed Georgetown with equipment: two patrol boats were handed over"
        _put(fields, spans, "supplier", framed[0])
        _put(fields, spans, "recipient", framed[1])
        if producer and producer != framed[0][0]:
            fields["maker"] = producer
        return
    if not acquisition and _agentless_passive(view, lex, cue, fields.get("status")):
        # "Four patrol boats were handed over to Ghana": the sentence names who got them, not who
        # gave them — never the maker; an owner before the system ("six Danish F-16s") still gives
        _passive_recipient(view, lex, fields, spans, countries, cue, _owner(view, lex, countries, system))
        if producer and producer != fields.get("supplier"):
            fields["maker"] = producer
        return
    # a participle after the system with no agent ("24 F-16s delivered in 2011") has no subject
    # for the coded event to read roles from
    reduced = system is not None and _reduced_relative(view, lex, system.start, cue, cue + 1, tense=False)
    from_event = None if reduced else _event_parties(event)
    if from_event is not None and any(
        (_aside(view, lex, a.start, cue) and not _maker_apposition(view, lex, a.start, a.entity_text))
        or _listed_apart(view, lex, a.start, cue)
        or (a.start > cue and not _same_clause(view, lex, cue, a.start))  # "…; France's Mistral is …"
        or (a.end <= cue and lex.transfers.hard_break.search(view.slice(a.end, cue)) is not None)
        or _earlier_clause_actor(view, lex, countries, a, cue)
        or _in_report_clause(view, lex, a.start, cue)  # (cx41) "…, Mongolia's defence ministry said"
        or any(m.start == a.start and _place_demonym(view, lex, m) for _c, m in view.countries())
        for a in (*_event_actors(event, "supplier"), *_event_actors(event, "recipient"))
    ):
        from_event = None  # a party of the event named in an aside ("Niger, whose junta broke with Paris, …")
    if (
        from_event is not None
        and not acquisition
        and fields.get("status") not in (*_BUYING, "approved")
        and _supplier_after_recipient(event, cue)
    ):
        from_event = None  # "the delivery of guns to Armenia angered Baku": no supplier after its recipient
    if from_event is not None and (
        (acquisition and not _supplier_trigger(view, lex, event, cue))
        or fields.get("status") in ("deployed", "operated-by")
    ):
        from_event = (from_event[1], from_event[0])
    if from_event is not None and not acquisition and fields.get("status") not in (*_BUYING, "approved"):
        # "France sold Cairo two carriers, and Germany has since delivered four submarines": the cue's
        # own clause names who supplies; the event is the other clause's
        # ("Pakistan expects China to deliver …": China, the event's other party, supplies)
        own = _supplying_subject(view, lex, countries, cue)
        if own and own[-1][0] not in from_event:
            from_event = (own[-1][0], from_event[1])
        elif own and own[-1][0] == from_event[1] and _verb_subject(view, own[-1][1], cue):
            from_event = (from_event[1], from_event[0])
    # a contract or an order without a purchase verb: its subject buys, and the event's other
    # party may be another verb's ("signed a deal for jets, a signal to Ankara")
    buying = acquisition or (fields.get("status") in _ORDERING and not _selling(view, lex, cue))
    if from_event is not None and (acquisition or not buying):
        fields["supplier"], fields["recipient"] = from_event
        for role, code in zip(("supplier", "recipient"), from_event, strict=True):
            span = next(((a.start, a.end) for a in _event_actors(event, role) if a.code == code), None)
            if span is not None:
                spans[role] = span
        listed = _listed_recipients(view, lex, countries, spans.get("recipient"), from_event[0], cue)
        if listed and _COORDINATED not in fields:  # "which it has sold to Lithuania and Hungary"
            fields[_COORDINATED] = [("recipient", c) for c in listed]
        if producer and producer != from_event[0]:
            fields["maker"] = producer
        return
    # a country after "to" gets the system wherever it stands ("the sale of F-15s to Israel was approved")
    to = [(c, m) for c, m in countries if m.kind != "equipment" and _after_to(view, lex, m)]
    if acquisition or fields.get("status") in _BUYING:
        to = []  # the buyer is the subject: "to Washington" is another verb's
    if to:
        countries = [x for x in countries if x[0] != to[0][0]] + [to[0]]
    before = [(c, m) for c, m in countries if m.end <= cue and m.kind != "equipment" and (c, m) not in to[:1]]
    owner = _owner(view, lex, countries, system)
    if owner is not None and acquisition and any(c == owner for c, _m in before):
        owner = None  # (cx53) "Latvia took delivery of its first HIMARS": the possessor gets them
    supplier: str | None = owner or producer
    if fields.get("status") == "approved" and before:
        supplier = before[-1][0]  # "Washington approved the sale of NASAMS": the approver sells
    actors = [x for x in before if not _adjective(view, lex, x[1])]
    # "Egypt operates French Rafale jets and American F-16s": the holder named before the cue holds each
    holding = fields.get("status") in _HELD and any(_same_clause(view, lex, m.start, cue) for _c, m in actors)
    if (buying or holding) and actors:  # the buyer is named before the cue: it is the recipient
        # "Brazil and Sweden signed a contract for Gripens": the maker's country sells
        buyer = ([a for a in actors if a[0] != producer] or actors)[-1]
        signers = _unranked_signers(view, lex, fields, actors, owner or producer, cue, holding=holding)
        if signers:
            buyer = signers[0]  # "Peru and Korea signed a contract for boats", no maker known: Peru buys
        served = _served_signer(view, lex, countries, actors, cue)
        if signers and served is None:  # the article may still tell the maker (:func:`made_by_signer`)
            fields[UNRANKED_SIGNERS] = True
        if served is not None and not (owner or producer):
            # "Ghana and Brazil signed a contract for boats for the Ghanaian navy": its navy's country buys
            buyer = served
        _put(fields, spans, "recipient", buyer)
        # "…, and Togo bought …": a party of a later clause is not this purchase's seller
        sellers = [
            (c, m)
            for c, m in countries
            if m.start >= cue
            and c != buyer[0]
            and _same_clause(view, lex, cue, m.start)
            and not _in_report_clause(view, lex, m.start, cue)  # (cx41) "…, Laos's ministry said"
        ]
        if served is not None or signers:
            sellers = [a for a in actors if a[0] != buyer[0]][-1:]
        if holding:  # "operates submarines and American F-16s": the make of another system sells none
            sellers = [(c, m) for c, m in sellers if not _adjective(view, lex, m)]
        supplier = owner or producer or (sellers[0][0] if sellers else None)
        if supplier and supplier != buyer[0]:
            fields["supplier"] = supplier
            seller = next((m for c, m in sellers if c == supplier), None)
            if seller is not None:
                spans["supplier"] = (seller.start, seller.end)
        return
    supplying = not (owner or buying) and fields.get("status") not in (*_BUYING, "approved")
    if reduced:
        supplying = False  # "… buyers of weapons, including 24 F-16s delivered in 2011": no agent
    subject = _supplying_subject(view, lex, countries, cue) if supplying else []
    if subject:
        supplier = subject[-1][0]  # "Norway later sold 32 more F-16s": the seller, not the maker
    if supplier is None and before:
        supplier = before[-1][0]
    if supplier and supplier == producer and not owner and fields.get("status") == "approved":
        fields[SUPPLIER_FROM_MAKER] = True  # the approver sells; the article may name it
    if supplier:
        fields["supplier"] = supplier
        for c, m in countries:
            if c == supplier:
                spans["supplier"] = (m.start, m.end)
                break
    others = [(c, m) for c, m in countries if c != supplier]
    # "Spain sold Peru boats, and Italy delivered frigates": another cue's subject gives, not gets
    others = [(c, m) for c, m in others if not _subject_of_other_cue(view, lex, m, cue)] or others
    if any(_listed_apart(view, lex, m.start, cue) for _c, m in others):
        # a list of clauses ("Germany sent …, Norway delivered …, and Italy …"): only the cue's own
        # clause names its recipient, else the clause the list explains ("Ukraine got help from three
        # partners: …"), else the article
        own = [(c, m) for c, m in others if _same_clause(view, lex, m.start, cue)]
        colon = view.slice(view.start, cue).rfind(":")
        head = [(c, m) for c, m in others if colon >= 0 and m.end <= view.start + colon]
        others = own or head[:1]
    after = [(c, m) for c, m in others if m.start >= cue]
    # "has sold it abroad; France's Mistral is …": a party past a clause boundary is another clause's
    own_after = [(c, m) for c, m in after if _same_clause(view, lex, cue, m.start)]
    pick = [x for x in to[:1] if x[0] != supplier] or own_after[:1] or ([] if after else others[:1])
    if pick and pick[0] in to[:1]:  # "cleared exports of the mortar to Ghana and Kenya": each gets it
        ordered = sorted((x for x in countries if x[1].kind != "equipment"), key=lambda x: x[1].start)
        _put_recipients(
            fields, spans, [x for x in _coordinated_from(view, lex, ordered, ordered.index(pick[0]))]
        )
    elif pick:
        _put(fields, spans, "recipient", pick[0])


_FORMER_GAP = 40  # characters between a former owner ("ex-US") and the system it qualifies


def _former_owned(view: SentenceView, lex: ModelLexicon, system: ActorMention) -> bool:
    """A country named as the system's former owner stands right before or in it ("ex-US cutters")."""
    return any(m.kind == "country" and _former_of(view, lex, m, system) for m in view.mentions)


def _former_of(view: SentenceView, lex: ModelLexicon, m: ActorMention, system: ActorMention) -> bool:
    return system.start - _FORMER_GAP <= m.start < system.end and _named_former(view, lex, m)


def _apposed_former(view: SentenceView, lex: ModelLexicon, m: ActorMention, system: ActorMention) -> bool:
    """A country named as the former owner in an apposition right after the system ("The frigate, a
    former US warship, …")."""
    between = view.slice(system.end, m.start)
    return (
        m.kind == "country"
        and system.end < m.start <= system.end + _FORMER_GAP
        and between.lstrip().startswith(",")
        and lex.transfers.hard_break.search(between) is None
        and _named_former(view, lex, m)
    )


def _from_later_conjunct(
    view: SentenceView, lex: ModelLexicon, system: ActorMention | None, source: _Party
) -> bool:
    """The source named after "from" closes a later conjunct than this former-owned system ("bought two
    ex-US frigates and four corvettes from South Korea"): the former owner gave this one."""
    return (
        system is not None
        and system.end <= source[1].start
        and _former_owned(view, lex, system)
        and lex.transfers.coordinator.search(view.slice(system.end, source[1].start)) is not None
    )


def _former_recipient(
    view: SentenceView,
    lex: ModelLexicon,
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
    system: ActorMention,
) -> str | None:
    """The system's former owner named before it ("ex-German tanks") when it was chosen as the
    recipient while another party supplies it now: a former owner is not the one that gets it back."""
    span = spans.get("recipient")
    if span is None or not fields.get("supplier") or fields.get("supplier") == fields.get("recipient"):
        return None
    return next(
        (
            c
            for c, m in view.countries()
            if _former_of(view, lex, m, system) and ((m.start, m.end) == span or fields.get("recipient") == c)
        ),
        None,
    )


def _named_former(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """The mention follows "ex-", "former", "surplus" …: a system's former owner."""
    return lex.transfers.former_owner.search(view.slice(max(view.start, m.start - 16), m.start)) is not None


def _former_owner(
    view: SentenceView,
    lex: ModelLexicon,
    countries: list[_Party],
    cue: int,
    system: ActorMention | None,
    *,
    acquisition: bool,
) -> _Party | None:
    """The country named as this system's former owner ("ex-US Coast Guard cutters", "surplus Belgian
    minehunters") right before it, when the clause names no other giver: the subject of a giving
    verb ("Poland sent ex-Soviet jets") supplies, not the former owner."""
    if system is None:
        return None
    prior = next(
        ((c, m) for c, m in countries if m.kind != "equipment" and _former_of(view, lex, m, system)), None
    )
    if prior is None:  # "The frigate, a former US warship, was sold to Chile": its apposition names it
        prior = next(((c, m) for c, m in view.countries() if _apposed_former(view, lex, m, system)), None)
    # the cue is the "ex-" itself ("Peru flies ex-Brazilian jets"): the clause has no giving verb
    if prior is None or acquisition or lex.transfers.former_owner.match(view.slice(cue, prior[1].start)):
        return prior
    # a subject that gives, not one that owns ("Nigeria's ships are ex-US cutters") or receives
    givers = [
        (c, m)
        for c, m in _supplying_subject(view, lex, countries, cue)
        if c != prior[0] and m.end <= cue and not _possessive(view, lex, m)
    ]
    if givers and not lex.transfers.acquire.search(_outside_asides(view, lex, givers[-1][1].end, cue)):
        return None  # "Slovakia, which got tanks from Germany, will send ex-German BMP-1s": Slovakia gives
    return prior


def _giving_owner(view: SentenceView, lex: ModelLexicon, countries: list[_Party], cue: int) -> _Party | None:
    """The country that owns the giving noun of the cue ("Sweden's offer of", "Norway's donation")."""
    for c, m in countries:
        if m.kind != "equipment" and m.end <= cue <= m.end + 30:
            if lex.transfers.given_by_owner.match(view.slice(m.end, min(view.sentence.end, cue + 14))):
                return c, m
    return None


def _earlier_clause_actor(
    view: SentenceView, lex: ModelLexicon, countries: list[_Party], a: EventActor, cue: int
) -> bool:
    """An event party named in an earlier clause while the cue's own clause has a subject of its own
    ("Mali received drones in 2022, and Burkina Faso bought …": Mali is the first clause's)."""
    if a.end > cue or _same_clause(view, lex, a.start, cue):
        return False
    clause = [(c, m) for c, m in countries if m.kind != "equipment" and _same_clause(view, lex, cue, m.start)]
    return any(c != a.code for c, _m in _subject(view, lex, clause, cue))


def _put(fields: dict[str, object], spans: dict[str, tuple[int, int]], role: str, party: _Party) -> None:
    """``party``'s code in ``fields[role]`` and its mention's span in ``spans[role]``."""
    fields[role] = party[0]
    spans[role] = (party[1].start, party[1].end)


def _put_recipients(fields: dict[str, object], spans: dict[str, tuple[int, int]], to: list[_Party]) -> None:
    """The first of the coordinated parties ``to`` as the recipient, each other one as another
    claim's (:data:`_COORDINATED`)."""
    _put(fields, spans, "recipient", to[0])
    if len(to) > 1:
        fields[_COORDINATED] = [("recipient", c) for c, _m in to[1:]]


def _customers(
    view: SentenceView,
    lex: ModelLexicon,
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
    countries: list[_Party],
    cue: int,
    producer: str | None,
) -> bool:
    """Parties named as whom an order came from ("has Stinger orders from Germany and Taiwan", "an
    order from Egypt for two frigates") receive; the clause's subject before the cue, else the
    system's owner or maker, supplies. False when the sentence names no such customer."""
    parties = [(c, m) for c, m in countries if m.kind != "equipment"]
    at = next(
        (
            i
            for i, (_c, m) in enumerate(parties)
            if lex.transfers.customer_from.search(view.slice(max(view.start, m.start - 30), m.start))
        ),
        None,
    )
    if at is None:
        return False
    subject = [
        (c, m)
        for c, m in parties
        if m.end <= cue and _same_clause(view, lex, m.start, cue) and not _adjective(view, lex, m)
    ]
    supplier = subject[-1][0] if subject else producer
    # a customer of the supplier's own country placed a domestic order: no transfer to it
    takers = [(c, m) for c, m in _coordinated_from(view, lex, parties, at) if c != supplier]
    if not takers:
        return False
    _put_recipients(fields, spans, takers)
    if supplier:
        fields["supplier"] = supplier
    else:
        # "the yard has an order from Egypt": the article names the seller, none of the customers
        fields[UNSAID_SUPPLIER] = [c for c, _m in takers]
    return True


def _relative_supplier(
    view: SentenceView, lex: ModelLexicon, countries: list[_Party], system: ActorMention | None
) -> tuple[list[_Party], _Party, tuple[int, int]] | None:
    """(suppliers, holder, verb span) of a held system described by a relative clause whose subject
    supplied it ("Hanoi operates the corvettes that Moscow delivered in 2019"): the relative's
    subject gave it — each party of a coordinated subject ("which Russia and Belarus gave it"), the
    main clause's subject before the system holds it."""
    if system is None:
        return None
    parties = [(c, m) for c, m in countries if m.kind != "equipment"]
    for i, (_c, m) in enumerate(parties):
        gap_before = view.slice(system.end, m.start) if m.start >= system.end else None
        if gap_before is None or not lex.transfers.relative_subject_gap.match(gap_before):
            continue
        subject = _coordinated_from(view, lex, parties, i)
        last = max(subject, key=lambda x: x[1].end)
        rest = view.slice(last[1].end, view.sentence.end)
        gap = lex.transfers.subject_verb_gap.match(rest)
        if gap is None:
            return None
        verb = _relative_verb(lex, rest[gap.end() :])
        if verb is None:
            return None
        givers = {x[0] for x in subject}
        at = last[1].end + gap.end()
        # "The navy flies jets that France sold to Peru", "paid for tanks that Germany bought back and
        # sent to Ukraine": the relative's "to" gets them, else the holder before the system
        after = [x for x in parties if x[1].start >= at + verb and x[0] not in givers]
        to = [
            x
            for x in _after_word(view, lex, after, lex.transfers.recipient_to)
            if _same_clause(view, lex, m.end, x[1].start)
        ]
        holders = [
            x
            for x in parties
            if x[1].end <= system.start and x[0] not in givers and not _adjective(view, lex, x[1])
        ]
        taker = to[:1] or holders[-1:]
        return (subject, taker[0], (at, at + verb)) if taker else None
    return None


def _relative_verb(lex: ModelLexicon, rest: str) -> int | None:
    """Where the supply verb of a relative clause's subject ends in ``rest`` (the text after the
    subject): the verb right there ("that Moscow delivered"), or one joined to a first verb within
    the clause ("that Russia built for it and delivered")."""
    direct = lex.transfers.passive_participle.match(rest)
    if direct is not None:
        return direct.end()
    joined = lex.transfers.joined_supply_verb.match(rest) or lex.transfers.relative_supply_verb.match(rest)
    return joined.end() if joined is not None else None


def _supplier_after_recipient(event: Event | None, cue: int) -> bool:
    """The coded event's supplier is named after the cue and after its recipient ("the delivery of
    howitzers to Armenia angered Baku"): the object of another verb, not who supplied."""
    givers = [a.start for a in _event_actors(event, "supplier")]
    takers = [a.start for a in _event_actors(event, "recipient")]
    return bool(givers and takers) and min(givers) > cue and min(givers) > min(takers)


def _with_organisations(
    view: SentenceView, lex: ModelLexicon, countries: list[_Party], cue: int
) -> list[_Party]:
    """``countries`` and the international organisations the clause makes a party: one that owns a
    phrase ("NATO's procurement agency has ordered", "to the African Union's mission in Somalia") or
    stands after "to" ("handed over to NATO"); one only named in passing ("a UN panel found") is none."""
    orgs = [
        (str(m.code), m)
        for m in view.mentions
        if m.kind == "igo"
        and m.code
        and mention_country(m) is None
        and not _aside(view, lex, m.start, cue)
        and (
            lex.transfers.possessor_after.match(view.slice(m.end, view.sentence.end)) is not None
            or lex.transfers.recipient_to.search(view.slice(max(view.start, m.start - 12), m.start))
            is not None
        )
    ]
    return sorted([*countries, *orgs], key=lambda x: x[1].start) if orgs else countries


def _with_companies(
    view: SentenceView, lex: ModelLexicon, countries: list[_Party], *, military: bool
) -> list[_Party]:
    """``countries`` and the arms companies the sentence names, each as its country ("Rheinmetall
    will supply Hungary": Germany supplies), where no country, person, group or system covers the
    name (the knowledge base's organisation of the same name is the company itself); a company
    that also sells civil goods only for a system known as ``military`` ("220 jets from Boeing" may
    be airliners)."""
    rx = lex.transfers.company
    if rx is None or not view.may_match(rx):
        return countries
    taken = [m for m in view.mentions if m.kind in ("country", "equipment", "person", "group")]
    found: list[_Party] = []
    for s, e, m in view.finditer(rx):
        name = m.group(0)
        if any(t.start <= s < t.end for t in taken) or (
            name in lex.transfers.civil_companies and not military
        ):
            continue
        code = lex.transfers.companies[name]
        found.append((code, ActorMention(s, e, name, "country", code=code, name=name, how="company")))
    return sorted([*countries, *found], key=lambda x: x[1].start) if found else countries


def _colon_frame(
    view: SentenceView, lex: ModelLexicon, countries: list[_Party], cue: int
) -> tuple[_Party, _Party] | None:
    """(cx41) The giver and the receiver of a clause that a colon before the cue details ("Washington
    has backed Georgetown with equipment: two patrol boats were handed over …"): a subject, a verb
    of support (``transfers.frame_verb``) and its object, the colon after them (``frame_tail``) —
    when the detail names no party of its own."""
    colon = view.slice(view.start, cue).rfind(":")
    if colon < 0 or any(m.start > cue and _same_clause(view, lex, cue, m.start) for _c, m in countries):
        return None  # (the detail names its own party: "… were handed over to Guyana's navy")
    at = view.start + colon + 1
    before = [(c, m) for c, m in countries if m.end <= at and m.kind != "equipment"]
    tl = lex.transfers
    for (a, ma), (b, mb) in zip(before, before[1:], strict=False):
        if (
            a != b
            and tl.frame_verb.fullmatch(view.slice(ma.end, mb.start))
            and tl.frame_tail.fullmatch(view.slice(mb.end, at))
        ):
            return (a, ma), (b, mb)
    return None


def _agentless_passive(view: SentenceView, lex: ModelLexicon, cue: int, status: object) -> bool:
    """The cue is a supply verb in the passive with no agent in its clause ("were handed over to",
    "had been sent to Ukraine"): the agent with "by" and the source with "from" were tried before."""
    if status in (*_BUYING, "approved"):
        return False
    before = view.slice(max(view.start, cue - 25), cue)
    rest = view.slice(cue, view.sentence.end)
    participle = lex.transfers.passive_participle.match(rest)
    participle = participle or lex.transfers.dative_passive_participle.match(rest)
    return participle is not None and bool(lex.transfers.passive_auxiliary.search(before))


def _listed_recipients(
    view: SentenceView,
    lex: ModelLexicon,
    countries: list[_Party],
    span: tuple[int, int] | None,
    supplier: object,
    cue: int,
) -> list[str]:
    """The parties coordinated after a recipient named after "to" past the cue ("… sold to Lithuania
    and Hungary"): each gets the system too. None when the recipient stands elsewhere."""
    parties = [(c, m) for c, m in countries if m.kind != "equipment"]
    at = next((i for i, (_c, m) in enumerate(parties) if span == (m.start, m.end)), None)
    if at is None or parties[at][1].start < cue or not _after_to(view, lex, parties[at][1]):
        return []
    listed = _coordinated_from(view, lex, parties, at)[1:]
    return [str(c) for c, _m in listed if c not in (supplier, parties[at][0])]


def _coordinated_passive(
    view: SentenceView, lex: ModelLexicon, countries: list[_Party], cue: int, status: object
) -> bool:
    """The cue is a passive with no agent whose subject is two or more coordinated parties ("Vietnam
    and Thailand have both been offered the missile"): each of them gets it, none gives it."""
    if not _agentless_passive(view, lex, cue, status):
        return False
    parties = [x for x in countries if x[1].kind != "equipment" and _same_clause(view, lex, cue, x[1].start)]
    subject = _subject(view, lex, parties, cue)
    return len(subject) > 1 and _next_to_auxiliary(view, lex, subject[-1][1], cue)


def _arrival(
    view: SentenceView, lex: ModelLexicon, cue: int, status: object, countries: list[_Party]
) -> bool:
    """The system itself moved to a party the clause names after the cue ("… have reached Russia",
    "arrived in Lithuania"), with no source ("from Germany"): the place it reached is the recipient."""
    if status != "delivered" or not lex.transfers.undergoes.match(view.slice(cue, cue + 12)):
        return False
    clause = [m for _c, m in countries if m.kind != "equipment" and _same_clause(view, lex, cue, m.start)]
    reached = [m for m in clause if m.start > cue and lex.transfers.reached.match(view.slice(cue, m.start))]
    return bool(reached) and not any(_after_from(view, lex, m) for m in clause)


def _passive_recipient(
    view: SentenceView,
    lex: ModelLexicon,
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
    countries: list[_Party],
    cue: int,
    owner: str | None,
    *,
    arrival: bool = False,
) -> None:
    """A passive's recipient: the party after "to" in the cue's clause, else the passive's subject
    ("Ghana was given four boats"); with ``arrival`` the first party after the cue ("reached Russia",
    "arrived in Lithuania"). Its supplier is only an owner named before the system; with none, the
    article gives it (:data:`UNSAID_SUPPLIER`, see extract.fill_unsaid_suppliers)."""
    parties = [x for x in countries if x[1].kind != "equipment" and _same_clause(view, lex, cue, x[1].start)]
    after = [(c, m) for c, m in parties if m.start > cue]
    subject = _subject(view, lex, parties, cue)
    # the passive's own subject, with the parties coordinated before it ("Vietnam and Thailand were offered")
    subject = subject if subject and _next_to_auxiliary(view, lex, subject[-1][1], cue) else []
    subject = [(c, m) for c, m in subject if not _adjective(view, lex, m)]
    if arrival:
        subject = [x for x in after if lex.transfers.reached.match(view.slice(cue, x[1].start))][:1]
    # "… have reached Venezuela, according to Colombian officials": the place reached, not a later "to"
    to = (subject if arrival else []) or _after_word(view, lex, after, lex.transfers.recipient_to) or subject
    to = [(c, m) for c, m in to if c != owner]
    if to:
        _put_recipients(fields, spans, to)
    if owner:
        fields["supplier"] = owner
    else:  # no one of several recipients gives the others theirs
        fields[UNSAID_SUPPLIER] = [str(c) for c, _m in to] if len(to) > 1 else True


_PASSIVE_SUBJECT_GAP = 25  # characters between a passive's subject and its participle ("Ghana was given")


def _next_to_auxiliary(view: SentenceView, lex: ModelLexicon, m: ActorMention, cue: int) -> bool:
    """The party is the passive's own subject: only its auxiliary stands before the participle."""
    gap = view.slice(m.end, cue)
    auxiliary = lex.transfers.passive_auxiliary.search(gap)
    return len(gap) <= _PASSIVE_SUBJECT_GAP and "," not in gap and auxiliary is not None


def _verb_subject(
    view: SentenceView, m: ActorMention, cue: int, *, aside: re.Pattern[str] | None = None
) -> bool:
    """The party stands right before the cue, with only a few lower-case words and no comma between
    (auxiliaries, adverbs, "to", "for": "France had handed over", "expects China to deliver",
    "thanked Germany for delivering"; not "reinforced Quito, handing over") — but for an ``aside``
    set off by commas right after the party ("Chad, by contrast, has ordered")."""
    gap = view.slice(m.end, cue)
    opening = aside.match(gap) if aside is not None else None
    if opening is not None:
        gap = " " + gap[opening.end() :]
    return len(gap) <= _ACTOR_GAP and re.fullmatch(r"(?:\s+[a-z]+)*\s+", gap) is not None


_ACTOR_GAP = 20  # characters between a subject and its verb ("Spain has already sold")


def _subject_of_other_cue(view: SentenceView, lex: ModelLexicon, m: ActorMention, cue: int) -> bool:
    """The party is the subject of another status cue of the sentence: only words without a comma
    ("has", "later") stand between it and that cue."""
    starts = [s for _r, s, _e, _st in _verb_cues(view, lex)]
    return any(s != cue and s >= m.end and _verb_subject(view, m, s) for s in starts)


_ZERO_GAP = 30  # characters between a system and the subject of a relative clause without "that"


def _bare_gap(view: SentenceView, lex: ModelLexicon, lo: int, hi: int) -> bool:
    """Nothing but space, or the generic noun of the system ("ATACMS missiles"), between two offsets."""
    gap = view.slice(lo, hi).strip()
    nouns = lex.transfers.system_noun
    return not gap or (nouns is not None and nouns.fullmatch(gap) is not None)


def _supplying_subject(
    view: SentenceView, lex: ModelLexicon, countries: list[_Party], cue: int
) -> list[_Party]:
    """The subject of an active supply verb ("Norway sold …"), unless the system itself moved
    ("… arrived")."""
    if lex.transfers.undergoes.match(view.slice(cue, cue + 12)):
        return []
    clause = [(c, m) for c, m in countries if m.kind != "equipment" and _same_clause(view, lex, cue, m.start)]
    return _subject(view, lex, clause, cue)


def _zero_relative(
    view: SentenceView,
    lex: ModelLexicon,
    countries: list[_Party],
    cue: int,
    system: ActorMention | None,
    status: object,
    *,
    acquisition: bool,
) -> tuple[_Party, _Party] | None:
    """(supplier, recipient) of a supply verb in a relative clause without "that" right after the
    system ("Kyiv is still waiting for the missiles Washington promised"): the relative's subject
    supplies, the country before the system (the main clause's subject) or after "to" gets."""
    if system is None or acquisition or status in _BUYING:
        return None
    parties = [(c, m) for c, m in countries if m.kind != "equipment"]
    subject = next(
        (
            (c, m)
            for c, m in parties
            if 0 <= m.start - system.end <= _ZERO_GAP
            and _bare_gap(view, lex, system.end, m.start)
            and m.end <= cue
            and not view.slice(m.end, cue).strip(" ")
        ),
        None,
    )
    if subject is None:
        return None
    to = [(c, m) for c, m in parties if m.start > cue and _after_to(view, lex, m) and c != subject[0]]
    before = [
        (c, m)
        for c, m in parties
        if m.end <= system.start and c != subject[0] and not _adjective(view, lex, m)
    ]
    pick = to[:1] or before[-1:]
    return (subject, pick[0]) if pick else None


def _adjective(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """A demonym that qualifies the noun after it ("Russian arms"): whose make, not who acts."""
    after = view.slice(m.end, m.end + 2)
    return _demonym(lex, m) and after[:1] == " " and after[1:].isalpha()


def _demonym(lex: ModelLexicon, m: ActorMention) -> bool:
    """The mention is a demonym ("Danish", "Pakistani"), not a name ("Pakistan", "Tehran" end like
    one), nor a people's name ("the Emiratis", "Russians": a noun that acts): as the actor stage
    resolved it, else by its ending."""
    if lex.transfers.people_plural.search(m.text):
        return False
    if m.how:
        return "demonym" in m.how
    return bool(lex.transfers.demonym.search(m.text)) and (m.name or "").lower() != m.text.lower()


def _after_to(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    return bool(lex.transfers.recipient_to.search(view.slice(max(view.start, m.start - 12), m.start)))


_HELD = ("operated-by", "deployed")
# statuses whose subject gets or holds the system: the recipient ("Indonesia ordered", "Greece operates")
_BUYING = ("contracted", "ordered", "operated-by", "deployed")
_ORDERING = ("contracted", "ordered")
_COORDINATED = "coordinated_parties"  # a marker transfer_claims turns into one claim per party
_Party = tuple[str, ActorMention]


def _roles(
    view: SentenceView,
    lex: ModelLexicon,
    countries: list[_Party],
    cue: int,
    status: object,
    *,
    acquisition: bool,
    system: ActorMention | None = None,
) -> tuple[list[_Party], list[_Party]] | None:
    """(suppliers, recipients) from the roles of the cue's clause, when it names both sides:
    the subject before an active supply verb gives and the country after "to" (or right after
    the verb: "supplied Caracas with") gets; a passive's agent after "by" gives; the subject of a
    purchase or contract gets and the country after "from"/"with" gives. Coordinated parties
    ("Latvia and Lithuania will send", "to Peru and Thailand") come along in text order."""
    parties = [(c, m) for c, m in countries if m.kind != "equipment"]
    clause = [(c, m) for c, m in parties if _same_clause(view, lex, cue, m.start)]
    after = [(c, m) for c, m in clause if m.start > cue]
    subject = _subject(view, lex, clause, cue) or _elided_subject(view, lex, parties, cue)
    passive = bool(lex.transfers.passive_auxiliary.search(view.slice(max(view.start, cue - 25), cue)))
    to = _after_word(view, lex, after, lex.transfers.recipient_to) or _dative(view, lex, after, cue)
    if system is not None and system.start > cue:  # "sold F-16s to Taiwan and Abrams tanks to Poland"
        to = (
            _after_word(view, lex, [x for x in after if x[1].start >= system.end], lex.transfers.recipient_to)
            or to
        )
    # "will build 30 jets for Nigeria under a contract": the contract the transfer comes under
    # says nothing of who buys
    under = bool(lex.transfers.under_contract.match(view.slice(cue, view.sentence.end)))
    buying = acquisition or (
        status in _BUYING and not under and not _selling(view, lex, cue) and not _giving_cue(view, lex, cue)
    )
    if not buying and not to:
        to = _after_word(view, lex, after, lex.transfers.recipient_for)  # "build jets for Nigeria"
    conjunct = None if buying else _conjunct_owner(view, lex, parties, cue)
    # (cx45) "Oslo will train Latvian pilots and lend two aircraft": Oslo lends, to Latvia
    if conjunct is not None:
        earlier = [(c, m) for c, m in parties if m.end <= conjunct[1].start]
        subject = subject or _subject(view, lex, earlier, conjunct[1].start)
        to = to or [conjunct]
    if passive and not buying:
        by = _after_word(view, lex, after, lex.transfers.agent_by)
        # "X will be supplied with boats by Y": with no "to", the passive's subject gets them
        suppliers, recipients = by, to or (subject if by else [])
    elif buying:
        seller = _after_word(view, lex, after, lex.transfers.from_country) or _after_word(
            view, lex, after, lex.transfers.counterpart_with
        )
        if not seller and system is not None:  # "received three frigates built by Naval Group": the maker
            seller = _built_by(view, lex, after, system)
        # "Polish shipyard Baltika has signed a contract with Latvia": the maker sells
        suppliers, recipients = (subject, seller) if _maker_subject(view, lex, subject) else (seller, subject)
    else:
        suppliers, recipients = subject, to
    if not suppliers or not recipients or {c for c, _m in suppliers} & {c for c, _m in recipients}:
        return None
    return suppliers, recipients


def _built_by(
    view: SentenceView, lex: ModelLexicon, after: list[_Party], system: ActorMention
) -> list[_Party]:
    """The party a participle right after the system names as its maker ("frigates built for Greece
    by Naval Group"), as the seller of a purchase or receipt that names no "from" or "with"."""
    rx = lex.transfers.built_by_after
    made = [(c, m) for c, m in after if m.start >= system.end and rx.match(view.slice(system.end, m.start))]
    return made[:1]


def _maker_subject(view: SentenceView, lex: ModelLexicon, subject: list[_Party]) -> bool:
    """The subject names a country's maker, a shipyard or firm ("Polish shipyard Baltika")."""
    rx = lex.transfers.maker_after
    return rx is not None and any(rx.match(view.slice(m.end, m.end + 40)) for _c, m in subject[:1])


def _after_from(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """The party is named after "from" (not after "a contract with")."""
    before = view.slice(max(view.start, m.start - 25), m.start)
    return bool(lex.transfers.from_country.search(before)) and not lex.transfers.counterpart_with.search(
        before
    )


def _giving_cue(view: SentenceView, lex: ModelLexicon, cue: int) -> bool:
    """(cx45) The cue of a contract is itself a verb of giving ("a deal under which Oslo will give
    Riga two radars"): its subject gives and its object or "to" party gets, as for a plain supply."""
    word = re.match(r"[a-z]+(?: over)?", view.slice(cue, cue + 12))
    return word is not None and bool(lex.transfers.base_supply_verb.fullmatch(word.group(0)))


def _selling(view: SentenceView, lex: ModelLexicon, cue: int) -> bool:
    """A supply verb in the cue's clause after it ("signed a contract with India to supply"): the
    contract's subject sells."""
    after = view.slice(cue, view.sentence.end)
    cut = lex.transfers.clause_break.search(after)
    after = after[: cut.start() if cut else len(after)]
    # (cx33) a relative clause on a later noun is not the contract's ("…, which have yet to produce an order")
    relative = lex.transfers.relative_clause.search(after)
    return bool(lex.transfers.supply_verb.search(after[: relative.start() if relative else len(after)]))


def _subject(view: SentenceView, lex: ModelLexicon, clause: list[_Party], cue: int) -> list[_Party]:
    """The parties named as the subject of the cue's clause: the last country before the cue
    that no preposition governs and that does not only qualify a system ("Norwegian F-16s"),
    with those coordinated before it ("Latvia and Lithuania")."""
    # "Slovakia, which received tanks from Germany, will send …": a relative aside closed before the
    # cue does not start its clause
    own = _outside_asides(view, lex, view.start, cue)
    cuts = [m.end() for m in lex.transfers.subject_start.finditer(own)]
    lo = view.start + (cuts[-1] if cuts else 0)
    systems = view.equipment()
    found: list[_Party] = []
    for c, m in clause:
        if not lo <= m.start < cue or lex.transfers.not_subject.search(
            view.slice(max(view.start, m.start - 12), m.start)
        ):
            continue
        if any(_qualifies(view, lex, m, e) for e in systems):
            continue  # "Norwegian F-16s", "Israeli-built Kfir jets": whose or whose make, not who acts
        if _first_conjunct_object(view, lex, m, cue):
            continue  # "Oslo will train Latvian pilots and lend …": Oslo lends
        found.append((c, m))
    # "Colombia has turned down Sweden's offer": a possessor after the clause's first party is the
    # object's owner, not the subject
    found = found[:1] + [(c, m) for c, m in found[1:] if not _possessive(view, lex, m)]
    return _coordinated_tail(view, lex, found) if found else []


def _conjunct_owner(view: SentenceView, lex: ModelLexicon, parties: list[_Party], cue: int) -> _Party | None:
    """(cx45) The party whose demonym qualifies the object of a first verb the cue is coordinated
    with ("will train Latvian pilots and lend two aircraft"): the one the lending serves."""
    return next(
        ((c, m) for c, m in parties if m.end <= cue and _first_conjunct_object(view, lex, m, cue)), None
    )


def _first_conjunct_object(view: SentenceView, lex: ModelLexicon, m: ActorMention, cue: int) -> bool:
    """(cx45) A demonym qualifying the object of a first verb the cue is coordinated with ("will
    train Latvian pilots and lend two aircraft"): the first verb's subject is the cue's too."""
    return (
        ("demonym" in (m.how or "") or _demonym(lex, m))  # "Latvian pilots" is one mention
        and lex.transfers.first_conjunct_object.match(view.slice(m.end, cue)) is not None
        and lex.transfers.verb_before_object.search(view.slice(max(view.start, m.start - 20), m.start))
        is not None
    )


def _possessive(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """The mention is a possessor ("Sweden's offer")."""
    return view.slice(m.end, m.end + 2).startswith(lex.agreements.possessive_endings)


def _pronoun_subject(view: SentenceView, lex: ModelLexicon, cue: int) -> str | None:
    """The pronoun ("it", "the kingdom", "we") that is the subject of the cue's clause when that
    clause names no party before the cue; "we" is returned as :data:`SPEAKER`."""
    base = max(view.start, cue - 60)
    before = view.slice(base, cue)
    opening = view.slice(view.start, cue)
    hit = lex.transfers.pronoun_subject.search(before)
    at = base + hit.start() if hit is not None else view.start
    hit = (
        hit
        or lex.transfers.pronoun_opening.search(opening)
        or lex.transfers.pronoun_coordinated.search(opening)
    )
    # (cx33) "The contract it signed with Colombia … covers two patrol vessels": the pronoun inside the cue
    hit = hit or lex.transfers.pronoun_in_cue.match(view.slice(cue, view.sentence.end))
    if hit is None or any(
        m.end <= cue
        and m.kind != "equipment"
        and not _maker_word(view, lex, m)
        and _same_clause(view, lex, m.start, cue)
        # (cx33) "Under a sale that Washington cleared in 2024, it is buying …": a party of a phrase
        # fronted before the pronoun's comma is not the clause's subject
        and not (m.end <= at and "," in view.slice(m.end, at + 1))
        for _c, m in view.countries()
    ):
        return None
    return SPEAKER if hit.groupdict().get("we") else PRONOUN


def _maker_word(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """The mention only names a maker ("its Soviet-built jets", "American-made"): no party."""
    return _made_after(view, lex, m.end)


def _maker_supplier(view: SentenceView, lex: ModelLexicon, spans: Mapping[str, tuple[int, int]]) -> bool:
    """The clause names no supplier, or only a maker ("American-built")."""
    if "supplier" not in spans:
        return True
    return _made_after(view, lex, spans["supplier"][1])


def _made_after(view: SentenceView, lex: ModelLexicon, end: int) -> bool:
    """A maker's suffix right after a name ending at ``end`` ("-built", "-made")."""
    return lex.transfers.made.match(view.slice(end, end + 12)) is not None


def _possessive_subject(view: SentenceView, lex: ModelLexicon, system: ActorMention, cue: int) -> bool:
    """The system, owned by "its" ("…; its next howitzers will come from Slovakia"), is the subject of
    the cue's clause, which names no country before the cue: the holder is the pronoun's antecedent."""
    if not system.end <= cue or not _same_clause(view, lex, system.start, cue):
        return False
    if (
        lex.transfers.possessive_pronoun.search(view.slice(max(view.start, system.start - 30), system.start))
        is None
    ):
        return False
    return not any(
        m.end <= cue
        and m.kind != "equipment"
        and not _maker_word(view, lex, m)
        and _same_clause(view, lex, m.start, cue)
        for _c, m in view.countries()
    )


def _service_subject(view: SentenceView, lex: ModelLexicon, cue: int) -> bool:
    """A bare armed service ("the navy") is the subject of the cue's clause, which names no country
    before the cue: the service of the country the article is about."""
    if lex.transfers.service_subject.search(view.slice(view.start, cue)) is None:
        return False
    return not any(
        m.end <= cue and m.kind != "equipment" and _same_clause(view, lex, m.start, cue)
        for _c, m in view.countries()
    )


def _elided_subject(view: SentenceView, lex: ModelLexicon, parties: list[_Party], cue: int) -> list[_Party]:
    """The subject of the previous clause when the cue's clause shares it ("Rabat took delivery of
    drones from Turkey, and has signed a contract with Israel for …": Rabat signed)."""
    cuts = list(lex.transfers.subject_start.finditer(view.slice(view.start, cue)))
    if not cuts:
        return []
    at = view.start + cuts[-1].start()
    if lex.transfers.pronoun_elided.match(view.slice(at, cue)):
        # (cx44) ", and it has not supplied …": "it" is the previous clause's subject, as if elided
        ant = _pronoun_antecedent(view, lex, cue)
        return [ant] if ant is not None and ant in parties else []
    if not lex.transfers.elided_subject.match(view.slice(at, cue)):
        return []
    earlier = [(c, m) for c, m in parties if m.end <= at and _same_clause(view, lex, m.start, at)]
    return _subject(view, lex, earlier, at)


def _pronoun_antecedent(view: SentenceView, lex: ModelLexicon, cue: int) -> _Party | None:
    """(cx44) The subject of the previous clause of the sentence when the cue's clause is coordinated
    with it and opens with "it" ("Russia sold rifles to Libya, and it has supplied the LNA with
    drones": Russia supplied them), else None (the pronoun's antecedent is then the article's)."""
    cuts = list(lex.transfers.subject_start.finditer(view.slice(view.start, cue)))
    if not cuts or not lex.transfers.pronoun_elided.match(view.slice(view.start + cuts[-1].start(), cue)):
        return None
    if len(cuts) > 1 and cuts[-2].group(0).lower() in _RELATIVE_WORDS:
        return None  # "…, a battery that Israel offered, and it has also taken …": no main clause's subject
    at = view.start + cuts[-1].start()
    lo = view.start + (cuts[-2].end() if len(cuts) > 1 else 0)
    # the clause's first party that no preposition governs ("Pakistan has sold jets to Nigeria and
    # Myanmar, and it is now offering …": Pakistan, not a coordinated recipient)
    subjects = [
        (c, m)
        for c, m in view.countries()
        if m.kind != "equipment"
        and lo <= m.start < at
        and not lex.transfers.not_subject.search(view.slice(max(view.start, m.start - 12), m.start))
        and not _adjective(view, lex, m)
    ]
    return subjects[0] if subjects else None


_RELATIVE_WORDS = frozenset({"that", "which", "who"})


def _qualifies(view: SentenceView, lex: ModelLexicon, m: ActorMention, system: ActorMention) -> bool:
    """The mention only qualifies the system right after it ("Norwegian F-16s", "Israeli-built")."""
    if system.start < m.end:
        return False
    gap = view.slice(m.end, system.start)
    return not gap.strip() or bool(lex.transfers.made.match(gap) and len(gap) <= 12)


def _after_word(
    view: SentenceView, lex: ModelLexicon, after: list[_Party], word: re.Pattern[str]
) -> list[_Party]:
    """The first party after the cue that ``word`` introduces ("to Romania"), with the parties
    coordinated after it ("to Peru and Thailand")."""
    for i, (_c, m) in enumerate(after):
        if word.search(view.slice(max(view.start, m.start - 12), m.start)):
            found = _coordinated_from(view, lex, after, i)
            # "to Mali in 2022 and to Burkina Faso a year later": the word again after "and"
            again = [
                (c2, m2)
                for c2, m2 in after[i + 1 :]
                if lex.transfers.and_again.search(view.slice(max(view.start, m2.start - 25), m2.start))
                and word.search(view.slice(max(view.start, m2.start - 12), m2.start))
                and _same_clause(view, lex, m.end, m2.start)
            ]
            return _distinct(found + again)
    return []


def _joint_buyers(
    view: SentenceView,
    lex: ModelLexicon,
    countries: list[_Party],
    cue: int,
    status: object,
    *,
    acquisition: bool,
) -> list[_Party]:
    """The parties of a coordinated subject that orders or buys, when the clause names no other party
    ("Portugal and Hungary ordered the aircraft"): buyers all, none of them the seller. A contract
    signed by two ("Oman and Spain signed a contract for corvettes") has a seller among them: none."""
    if not (acquisition or status == "ordered"):
        return []
    clause = [(c, m) for c, m in countries if m.kind != "equipment" and _same_clause(view, lex, m.start, cue)]
    subject = [(c, m) for c, m in clause if m.end <= cue]
    if len(subject) < 2 or {c for c, _m in clause} - {c for c, _m in subject}:
        return []  # "… with the Dutch share set at five": the subject's own again, no other party
    joint = _coordinated_tail(view, lex, subject)
    return joint if len(joint) == len(_distinct(subject)) and len(joint) > 1 else []


def _coordinated_from(view: SentenceView, lex: ModelLexicon, parties: list[_Party], i: int) -> list[_Party]:
    """``parties[i]`` and the parties coordinated after it ("Peru and Thailand"; "Chile, Peru and
    Ecuador" — a list of commas only counts when an "and"/"or" closes it: "Russia, Seoul said")."""
    out = [parties[i]]
    closed = 1
    for c2, m2 in parties[i + 1 :]:
        gap = view.slice(out[-1][1].end, m2.start)
        if not lex.transfers.coordinated.match(gap) or not _same_clause(view, lex, out[-1][1].end, m2.end):
            break  # ", and Kyrgyzstan now operates …" starts another clause
        out.append((c2, m2))
        if lex.transfers.coordinator.search(gap):
            closed = len(out)
    return _distinct(out[:closed])


def _dative(view: SentenceView, lex: ModelLexicon, after: list[_Party], cue: int) -> list[_Party]:
    """A recipient right after a supply verb ("supplied Caracas with drones")."""
    if not after:
        return []
    between = [
        w
        for w in view.slice(cue, after[0][1].start).split()[1:]
        if w.lower() not in lex.transfers.dative_fillers
    ]
    return [] if between else [after[0]]  # "supplied the Philippines with …"


def _distinct(parties: list[_Party]) -> list[_Party]:
    seen: dict[str, _Party] = {}
    for c, m in parties:
        seen.setdefault(c, (c, m))
    return list(seen.values())


def _party(country: str, m: ActorMention) -> str:
    """The party a mention stands for in a transfer: an armed group is a party of its own
    ("supplied drones to the Rapid Support Forces"), everything else its country — a state's
    company too ("Russia's arms exporter Rosoboronexport delivered …": Russia supplies)."""
    company = m.sector == _BUSINESS and m.country is not None
    return str(m.code) if m.kind == "group" and m.code and not company else country


_BUSINESS = "BUS"  # the knowledge base's sector of companies (groups.yaml)


def _owner(
    view: SentenceView,
    lex: ModelLexicon,
    countries: list[tuple[str, ActorMention]],
    system: ActorMention | None,
) -> str | None:
    """The country named right before the system ("six Danish F-16s"): whose systems they are —
    unless it names the maker ("Russian-made Sukhoi jets")."""
    if system is None:
        return None
    pronoun = _possessor(view, lex, countries, system)
    if pronoun is not None:
        return pronoun
    for c, m in countries:
        gap = view.slice(m.end, system.start)
        if (
            m.kind != "equipment"
            and m.end <= system.start
            and _demonym(lex, m)  # "Danish F-16s"; not "sold Venezuela jets"
            and len(gap) <= 12
            and not lex.transfers.made.match(gap)
            and "," not in gap
        ):
            if re.fullmatch(r"\s+", gap):
                return c
    return None


def _held_with_origin(
    view: SentenceView, lex: ModelLexicon, fields: dict[str, object], system: ActorMention
) -> bool:
    """A system only held or mentioned (no act moves it), written with a possessive pronoun and a
    demonym right before it ("its South Korean FA-50s"), read with the pronoun's antecedent as the
    supplier and the demonym's country as the recipient: the roles are the other way round, as the
    possessor holds the system and the origin adjective names where it came from."""
    if fields.get("status") not in ("mentioned", *_HELD) or not fields.get("supplier"):
        return False
    countries = [(c, mm) for c, mm in view.countries() if mm.kind != "equipment"]
    if _possessor(view, lex, countries, system) != fields.get("supplier"):
        return False
    origin = [
        c
        for c, mm in countries
        if mm.end <= system.start
        and _demonym(lex, mm)
        and re.fullmatch(r"\s*", view.slice(mm.end, system.start))
    ]
    return bool(origin) and origin[-1] == fields.get("recipient") != fields.get("supplier")


UNRANKED_SIGNERS = "signers_unranked"  # a transfer field: its two signers were ranked by text order only


def made_by_signer(view: SentenceView, lex: ModelLexicon, signers: set[str]) -> str | None:
    """The one of ``signers`` a sentence says makes a system ("Korea will build the boats", "to be
    assembled at a plant near Venice"): a signer, or a town the gazetteer places in one signer's
    country, named in a clause with a production word (``transfers.production``); None when the
    sentence names none or both."""
    if not view.may_match(lex.transfers.production):
        return None
    geo = geography(view.lang)
    found: set[str] = set()
    for s, _e, _m in view.finditer(lex.transfers.production):
        for m in view.mentions:
            if not _same_clause(view, lex, min(s, m.start), max(s, m.start)):
                continue
            country = mention_country(m)
            if country is None and m.kind == "unresolved":
                country = _town_country(geo, m.text, signers)
            if country in signers:
                found.add(country)
    for _s, _e, hit in view.finditer(lex.transfers.production_place):
        town = _town_country(geo, hit.group("place"), signers)
        if town is not None and town in signers:
            found.add(town)  # "The vehicles will be built in Kassel": a town no mention marks
    return next(iter(found)) if len(found) == 1 else None


def _unranked_signers(
    view: SentenceView,
    lex: ModelLexicon,
    fields: Mapping[str, object],
    actors: list[_Party],
    maker: str | None,
    cue: int,
    *,
    holding: bool,
) -> list[_Party]:
    """Two coordinated signers of a contract or an order ("Peru and Korea signed a contract for six
    boats") when nothing tells the seller (no maker, no owner): the two in text order. A report of
    a purchase names the buyer first and its seller as the partner, so the first is read as the
    buyer; a service the clause names (:func:`_served_signer`) still rules. Only a contract or deal
    the pair signs around the cue (``contract_names``) is a purchase: "signed an agreement to develop
    a missile together" names no buyer."""
    if maker or holding or fields.get("status") not in _ORDERING or len(actors) < 2:
        return []
    joint = _coordinated_tail(view, lex, actors)
    if len(joint) != 2:
        return []
    near = view.slice(max(view.start, joint[0][1].start - _SIGNED_REACH), cue + _SIGNED_REACH).lower()
    named = any(re.search(rf"\b{re.escape(n)}s?\b", near) for n in lex.transfers.contract_names)
    return joint if named or fields.get("status") == "ordered" else []


_SIGNED_REACH = 40  # characters around the signers and their verb where the contract they sign is named


def _maker_signs_as_buyer(
    view: SentenceView,
    lex: ModelLexicon,
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
    maker: str,
    cue: int,
) -> bool:
    """Two coordinated signers of a contract or order ("Oman and Spain signed …") read with the maker
    as the buyer: the roles are the other way round."""
    sides = [spans.get("supplier"), spans.get("recipient")]
    if fields.get("status") not in _ORDERING or None in sides or fields.get("recipient") != maker:
        return False
    if fields.get("supplier") == maker:
        return False
    (a, b) = sorted(s for s in sides if s is not None)
    return b[1] <= cue and lex.transfers.coordinated.match(view.slice(a[1], b[0])) is not None


def _made_in(view: SentenceView, lex: ModelLexicon, system: ActorMention) -> str | None:
    """The country a qualifier right before the system says made it ("Russian-built submarines",
    "American-made jets", "Chinese VN-1 vehicles"), or a participle right after it ("corvettes to be
    built by Spanish shipyards"), for a system the knowledge base does not know."""
    if system.kind != "equipment" or system.country is not None:
        return None
    for c, m in view.countries():
        if m.start >= system.end and lex.transfers.built_by_after.match(view.slice(system.end, m.start)):
            return c
        if _model_named(system) and _wide_maker(lex, m, system):
            return c
        gap = view.slice(m.end, system.start)
        if m.kind != "country" or m.end > system.start or len(gap) > 12:
            continue
        if lex.transfers.made.match(gap) or (not gap.strip() and _demonym(lex, m)):
            return c
    return None


def _possessor(
    view: SentenceView, lex: ModelLexicon, countries: list[tuple[str, ActorMention]], system: ActorMention
) -> str | None:
    """The antecedent of a possessive pronoun before the system ("Norway …, and its CV90s"): the
    first country the sentence names before it, when that one is not a demonym or a possessor."""
    if not lex.transfers.possessive_pronoun.search(
        view.slice(max(view.start, system.start - 40), system.start)
    ):
        return None
    before = [(c, m) for c, m in countries if m.kind != "equipment" and m.end <= system.start]
    if not before or _adjective(view, lex, before[0][1]):
        return None
    c, m = before[0]
    return None if view.slice(m.end, m.end + 2).startswith(lex.agreements.possessive_endings) else c


def _supplied_by(
    view: SentenceView,
    lex: ModelLexicon,
    countries: list[tuple[str, ActorMention]],
    cue: int,
    system: ActorMention | None = None,
) -> tuple[str, ActorMention] | None:
    """The agent of a passive supply in the cue's clause ("NASAMS batteries supplied by Norway") —
    for a ``system`` with a source phrase of its own right after it, only the agent in that phrase
    ("Rafales bought from France and F-16s supplied by the United States": the United States
    supplied the F-16s, not the Rafales)."""
    own = lex.transfers.acquired_after.match(view.slice(system.end, system.end + 40)) if system else None
    for c, m in countries:
        if _same_clause(view, lex, m.start, cue) and lex.transfers.supplied_by.search(
            view.slice(max(view.start, m.start - 40), m.start)
        ):
            if system is not None and own is not None and not _in_phrase(view, system.end + own.end(), m):
                continue
            if cue < m.start and lex.transfers.passed_over.search(view.slice(cue, m.start)):
                continue  # "…, choosing them over F-16s offered by the United States": not the supplier
            return c, m
    return None


_ONE_WORD = re.compile(r"\s*(?:[^\W\d]+\s+)?")


def _in_water_name(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """The country's name is part of a sea's or a gulf's ("the South China Sea", "the Gulf of Guinea")."""
    return bool(
        lex.transfers.water_after.match(view.slice(m.end, m.end + 12))
        or lex.transfers.water_before.search(view.slice(max(view.start, m.start - 16), m.start))
    )


def _place_demonym(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """(cx54) A demonym that qualifies a place noun after a preposition of place ("on the Libyan
    border", "off the Yemeni coast"): where something happens, not a party to it."""
    return (
        _demonym(lex, m)
        and lex.transfers.place_demonym_after.match(view.slice(m.end, m.end + 14)) is not None
        and lex.transfers.place_demonym_before.search(view.slice(max(view.start, m.start - 16), m.start))
        is not None
    )


def _in_phrase(view: SentenceView, end: int, m: ActorMention) -> bool:
    """The party ``m`` is named right at ``end``, where a source phrase stops, at most a determiner
    between ("bought from | the United States")."""
    return m.start >= end and _ONE_WORD.fullmatch(view.slice(end, m.start)) is not None


def _from_country(
    view: SentenceView,
    lex: ModelLexicon,
    countries: list[tuple[str, ActorMention]],
    cue: int,
    system: ActorMention | None = None,
) -> tuple[str, ActorMention] | None:
    """A country named after "from" in the cue's clause: where the system comes from ("bought
    drones from Turkey", "the F-16s from Denmark have arrived") — of several, the first after the
    system ("drones from China and TB2s from Turkey")."""
    found = [
        (c, m)
        for c, m in countries
        if _same_clause(view, lex, m.start, cue)
        and m.kind != "equipment"
        and (
            lex.transfers.from_country.search(view.slice(max(view.start, m.start - 25), m.start))
            or _from_a_maker(view, lex, m)
        )
    ]
    if system is not None:
        # "after buying jets from Russia, Algeria wants Chinese fighters": a source before both the
        # system and its cue is another verb's
        found = [
            (c, m)
            for c, m in found
            if m.start > min(cue, system.start) or _contract_counterpart(view, lex, m)
        ]
    if system is not None and len(found) > 1:
        return next(((c, m) for c, m in found if m.start >= system.end), found[-1])
    return found[0] if found else None


def _contract_counterpart(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """(cx30) The country ``m`` is the counterpart of a contract for counted goods ("Zambia's contract
    with China for six K-8 jets"): their source, though it stands before the system and its cue."""
    before = view.slice(max(view.start, m.start - 25), m.start)
    after = view.slice(m.end, min(view.sentence.end, m.end + 40))
    tx = lex.transfers
    return tx.contract_with.search(before) is not None and tx.counterpart_for.match(after) is not None


def _maker_apposition(view: SentenceView, lex: ModelLexicon, start: int, text: str) -> bool:
    """The country at ``start`` qualifies a maker's noun in an apposition ("Escribano, a Spanish
    company, …"): it acts for the company."""
    rx = lex.transfers.maker_after
    first = text.split()[0] if text.split() else text
    return (
        rx is not None
        and lex.transfers.apposition_before.search(view.slice(max(view.start, start - 8), start)) is not None
        and rx.match(view.slice(start + len(first), start + 60)) is not None
    )


def _from_a_maker(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """A maker of the country after "from a" is the source ("from a South Korean yard")."""
    rx = lex.transfers.maker_after
    return (
        rx is not None
        and lex.transfers.from_maker.search(view.slice(max(view.start, m.start - 10), m.start)) is not None
        and rx.match(view.slice(m.end, m.end + 40)) is not None
    )


_TRANSFER_EVENTS = frozenset({"AID", "COOPERATE", "AGREE", "SUPPORT", "MOBILIZE"})


def _supplier_trigger(view: SentenceView, lex: ModelLexicon, event: Event | None, cue: int) -> bool:
    """The event is another verb's than the acquisition cue at ``cue``, a supply verb ("has received
    none of the boats that Ankara says it sent"): its actor already supplies."""
    if event is None or event.trigger.start <= cue < event.trigger.end:
        return False
    verb = view.slice(event.trigger.start, event.trigger.end)
    if lex.transfers.approving_verb.fullmatch(verb) is not None:
        return True  # (cx33) "Under a sale that Washington cleared, Qatar is buying …": the approver sells
    trigger = view.slice(event.trigger.start, event.trigger.end + 25)
    if lex.transfers.acquire.search(trigger) is not None:
        return False
    # (cx38) "…, which Canberra will deliver": a relative clause after the cue names the seller
    gap = view.slice(cue, event.trigger.start) if event.trigger.start > cue else ""
    if lex.transfers.supply_relative.search(gap) is not None:
        return True
    return lex.transfers.passive_participle.match(verb) is not None


def _event_parties(event: Event | None) -> tuple[str, str] | None:
    """(supplier, recipient) country codes from a transfer-like event with both, else None."""
    if event is None or event.category not in _TRANSFER_EVENTS or not event.actors or not event.recipients:
        return None
    supplier = next((a.code for a in event.actors if a.code and a.kind in ("country", "person")), None)
    recipient = next((r.code for r in event.recipients if r.code and r.kind in ("country", "person")), None)
    if supplier is None or recipient is None or supplier == recipient:
        return None
    return supplier, recipient


def _event_actors(event: Event | None, role: str) -> tuple[EventActor, ...]:
    if event is None:
        return ()
    return event.actors if role == "supplier" else event.recipients


def _system_claim(
    view: SentenceView,
    lex: ModelLexicon,
    m: ActorMention,
    status: tuple[str, int, int, bool] | None,
    categories: Mapping[str, str],
) -> Claim:
    fields, spans = _base_fields(view, status, lex)
    fields.update(system=str(m.code), system_name=m.name or m.text)
    spans["system"] = (m.start, m.end)
    _conjunct_date(view, lex, m, fields, spans)
    _participle_own_date(view, lex, m, status, fields, spans)
    if status and spans.get("date", (status[1],))[0] < status[1] and _undone_cue(view, lex, status[1]):
        _undated(fields, spans)  # "voted on Tuesday to cancel a contract for …": the cancelling's day

    category = categories.get(str(m.code))
    if category:
        fields["category"] = category
    ev = view.event_at(status[1], status[2]) if status else None
    cleared = status is not None and _cleared_buyer(view, status)
    acquisition = (
        status is not None
        and bool(lex.transfers.acquire.search(view.slice(status[1], status[2] + 25)))
        and not cleared
    )
    cue = status[1] if status else m.start
    maker = m.country or _made_in(view, lex, m)  # "Russian-built submarines": a maker as a known model's
    _parties(view, lex, fields, spans, cue, maker, ev, acquisition=acquisition, system=m)
    if _held_with_origin(view, lex, fields, m):
        # "Peru flies its South Korean FA-50s": the possessor holds them, the origin supplied them
        for k in ("supplier", "recipient"):
            spans.pop(k, None)
        fields["supplier"], fields["recipient"] = fields["recipient"], fields["supplier"]
    if maker and status is not None and _maker_signs_as_buyer(view, lex, fields, spans, maker, cue):
        # "Oman and Spain signed a contract for corvettes to be built by Spanish yards": the maker sells
        for k in ("supplier", "recipient"):
            spans.pop(k, None)
        fields["supplier"], fields["recipient"] = fields["recipient"], fields["supplier"]
    if status is not None and cleared:
        _cleared_roles(view, lex, fields, spans, status)
    if "recipient" in spans and lex.transfers.made.match(
        view.slice(spans["recipient"][1], spans["recipient"][1] + 12)
    ):
        fields.pop(
            "recipient", None
        )  # "flies French-made trainers but Russian fighters": a maker gets nothing
        spans.pop("recipient")
    former = _former_recipient(view, lex, fields, spans, m)
    if former is not None:
        # "Greece will send ex-German tanks": the former owner gave them once, it gets nothing now (nor
        # from the article: extract.fill_recipients leaves it out)
        fields.pop("recipient", None)
        spans.pop("recipient", None)
        fields[FORMER_OWNER] = former
    pronoun = _pronoun_subject(view, lex, cue) if status is not None else None
    if pronoun == SPEAKER:
        # a quote's "we": the speaking state's role, the clause's reading kept for a speaker that is
        # no state (resolved in extract.resolve_pronouns)
        buying = acquisition or (fields["status"] in _BUYING and not _selling(view, lex, cue))
        fields[PRONOUN] = "recipient" if buying else "supplier"
        fields[SPEAKER] = True
    elif pronoun is not None:
        # "It bought 54 Abrams tanks from …": the subject is the article's, whatever the clause left
        buying = acquisition or (fields["status"] in _BUYING and not _selling(view, lex, cue))
        role = "recipient" if buying else "supplier"
        taken = fields.pop(role, None)
        span = spans.pop(role, None)
        if (
            buying
            and taken
            and not fields.get("supplier")
            and span is not None
            and span[0] > cue
            and lex.transfers.counterpart_with.search(view.slice(max(view.start, span[0] - 12), span[0]))
        ):
            # (cx33) "The contract it signed with Colombia … covers two vessels": the party "with" after
            # the cue that the clause read as the buyer is the pronoun's counterpart, the seller
            fields["supplier"], spans["supplier"] = taken, span
        other = "supplier" if role == "recipient" else "recipient"
        antecedent = _pronoun_antecedent(view, lex, cue)
        if antecedent is not None and antecedent[0] != fields.get(other):
            # (cx44) "…, and it has not supplied the rebels with jets": the earlier clause's subject
            _put(fields, spans, role, antecedent)
            pronoun = None
        else:
            fields[PRONOUN] = role
    if pronoun is not None and pronoun != SPEAKER:
        other = "supplier" if fields[PRONOUN] == "recipient" else "recipient"
        if fields.get(other) not in {_party(c, x) for c, x in view.countries()}:
            fields.pop(other, None)  # the coded event's party for "it" is the pronoun's, not the other role
            spans.pop(other, None)
    if (
        status is not None
        and pronoun is None
        and not fields.get("recipient")
        and fields.get("supplier")
        and acquisition
        and _possessive_subject(view, lex, m, cue)
    ):
        # "…; its armoured vehicles will come from Turkey": the antecedent the sentence names before it
        # ("Algeria … : its Su-30s came from Russia"), else the article's
        named = [
            c
            for c, x in view.countries()
            if x.kind == "country"
            and x.end <= m.start
            and not _after_from(view, lex, x)
            and not _adjective(view, lex, x)
            and ";" not in view.slice(x.end, m.start)
        ]
        if named and named[0] != fields.get("supplier"):
            fields["recipient"] = named[0]
        elif not named:
            fields[PRONOUN] = "recipient"
    if (
        status is not None
        and pronoun is None
        and fields.get("recipient")
        and not acquisition
        and fields["status"] not in _BUYING
        and _maker_supplier(view, lex, spans)
        and _possessive_subject(view, lex, m, cue)
    ):
        # (cx26) "…, and its retired American-built Abrams tanks went to Ukraine": their owner, the
        # antecedent the sentence names before them (else the article's), gives them, not their maker
        owner = [
            c
            for c, x in view.countries()
            if x.kind == "country"
            and x.end <= m.start
            and c != fields["recipient"]
            and not _maker_word(view, lex, x)
            and not _after_from(view, lex, x)
            and not _adjective(view, lex, x)
            and ";" not in view.slice(x.end, m.start)
        ]
        spans.pop("supplier", None)
        if owner:
            fields["supplier"] = owner[0]
        else:
            fields.pop("supplier", None)
            fields[PRONOUN] = "supplier"
    if status is not None and pronoun is None and _service_subject(view, lex, cue):
        # "…, and the army will get 20 vehicles from Turkey": the article's country gets them (see
        # extract.fill_recipients), no other country the sentence names
        if acquisition or (fields["status"] in _BUYING and not _selling(view, lex, cue)):
            fields.pop("recipient", None)
            spans.pop("recipient", None)
    if fields["status"] == "planned" and status is not None and not status[3]:
        contract = view.search(lex.transfers.under_contract)
        if contract is not None:  # "will supply … under a contract signed on Monday"
            fields["status"] = "contracted"
            _contract_date(view, lex, fields, spans)
    if fields["status"] == "planned":
        forward_date(view, fields, spans)  # "will deliver the jets in March": the coming March
    if (
        status is not None
        and (status[3] or fields["status"] == "delivered")
        and _date_of_object_relative(view, lex, m, spans, status[2])
    ):
        _undated(fields, spans)
    if status is not None and _earlier_conjunct_date(view, lex, spans, cue):
        _undated(fields, spans)
        later = [
            d
            for d in sentence_dates(view)
            if d.start >= cue and d.relation != "since" and not _said_when(view, lex, d.start, d.end)
        ]
        if later:  # "… in 2022 and received them in 2024": the second act's own date
            d = later[0]
            _dated(fields, spans, d)
    _quantity(view, lex, m, fields, spans)
    if status is not None:
        _cue_object_count(view, lex, m, status, fields, spans)
    _order_total(view, lex, fields, spans)
    _apposed_total(view, lex, m, fields, spans)
    if "quantity" in spans and (
        _vague_count(view, *spans["quantity"])  # "dozens of mortar tubes", "thousands of shells": no count
        # "Deliveries of four corvettes began": the order, not the delivered
        or (fields["status"] == "delivered" and _begun_order(view, lex, spans["quantity"][0]))
    ):
        for key in _QUANTITY_FIELDS:
            fields.pop(key, None)
        spans.pop("quantity")
    if "quantity" in spans and _partial(view, lex, *spans["quantity"]):
        fields["quantity_partial"] = True  # "a final batch of 18", "four more": not the whole order
    if "quantity" in spans:
        _ordinal_share(view, lex, fields, spans)
    first = lex.transfers.first_one.search(view.slice(max(view.start, m.start - 30), m.start))
    if "quantity" not in spans and first is not None:  # "the first of them arrived": one of the order
        at = m.start - len(first.group(0))
        fields.update(quantity=1.0, quantity_text=first.group(0).strip(), quantity_qualifier=None)
        fields["quantity_partial"] = True
        spans["quantity"] = (at, m.start)
    ordinal = lex.transfers.ordinal_one.search(view.slice(max(view.start, m.start - 30), m.start))
    if (  # "received its first F-16 jet", "its eighth Gripen E fighter": one of the set
        "quantity" not in spans
        and ordinal is not None
        and fields["status"] == "delivered"
        and lex.transfers.plural_after.search(view.slice(m.end, m.end + 30)) is None
        and lex.transfers.plural_name.search(view.slice(m.start, m.end)) is None
    ):
        at = m.start - len(ordinal.group(0))
        fields.update(quantity=1.0, quantity_text=ordinal.group(0).strip(), quantity_qualifier=None)
        fields["quantity_partial"] = True
        spans["quantity"] = (at, m.start)
    one = lex.transfers.one_count.search(view.slice(max(view.start, m.start - 40), m.start))
    if "quantity" not in spans and one is not None:  # "ordered one S26T submarine", "one battery of"
        at = m.start - len(one.group(0))
        fields.update(quantity=1.0, quantity_text=one.group(1), quantity_qualifier=None)
        spans["quantity"] = (at, at + len(one.group(1)))
    if fields["status"] == "operated-by":
        _operator(view, lex, fields, spans)
    return view.claim("transfer", fields, spans, event_id=ev.id if ev else None)


def _vague_count(view: SentenceView, start: int, end: int) -> bool:
    """Whether the figure from ``start`` to ``end`` is a vague one in words ("dozens",
    "several hundred", "thousands"): it says a system came in numbers, not how many."""
    grammar = number_grammar(view.lang)
    for word in re.finditer(r"\S+", view.slice(start, end)):
        phrase = number_at(view.text, start + word.start() - view.start, grammar)
        if phrase is not None:
            return phrase.vague
    return False


def _begun_order(view: SentenceView, lex: ModelLexicon, at: int) -> bool:
    """Whether the count at ``at`` stands inside deliveries said to begin ("Deliveries of four
    corvettes to Bangladesh began", "began delivering 76 vehicles", ``transfers.begun_deliveries``):
    it counts the whole order, not what has been delivered."""
    return any(s <= at < e for s, e, _m in view.finditer(lex.transfers.begun_deliveries))


def _ordinal_share(
    view: SentenceView, lex: ModelLexicon, fields: dict[str, object], spans: dict[str, tuple[int, int]]
) -> None:
    """A delivered count told as places in the set ("handed over the first of eight F-16s", "the
    second and third of the four radars", ``transfers.ordinal_share``): one, or the two named, of
    that set, a part of it — not the whole."""
    if fields.get("status") != "delivered" or fields.get("negated"):
        return
    start = spans["quantity"][0]
    hit = lex.transfers.ordinal_share.search(view.slice(max(view.start, start - 40), start))
    if hit is None:
        return
    text = hit.group(0).strip()
    fields.update(quantity=2.0 if hit.group(2) else 1.0, quantity_text=text, quantity_qualifier=None)
    fields["quantity_partial"] = True
    spans["quantity"] = (start - len(hit.group(0)), start)


def _undated_by_another_system(
    view: SentenceView, lex: ModelLexicon, c: Claim, m: ActorMention, systems: list[ActorMention]
) -> Claim:
    """``c`` without its date when the date stands in a relative clause of another system named after
    its own ("flies Rafales from France alongside the Su-30s it bought from Russia two decades ago":
    the Su-30s' date, not the Rafales')."""
    date = c.field_spans.get("date")
    if date is None or not any(
        m.end <= o.start
        and o.end <= date[0]
        and o.code != m.code
        and lex.transfers.relative_dated.match(view.slice(o.end, date[0]))
        for o in systems
    ):
        return c
    fields = {k: v for k, v in c.fields.items() if k not in ("date", "date_precision", "date_text")}
    return replace(c, fields=fields, field_spans={k: v for k, v in c.field_spans.items() if k != "date"})


def _contract_date(
    view: SentenceView, lex: ModelLexicon, fields: dict[str, object], spans: dict[str, tuple[int, int]]
) -> None:
    """A coming step told as made under a contract ("is to hand over two aircraft by 2028 under a
    contract signed in 2024") is the contract: dated by the first date from the contract phrase on,
    not by the coming delivery's; with none there, a date after the report is dropped."""
    at = next((s for s, _e, _m in view.finditer(lex.transfers.under_contract)), None)
    own = [
        d
        for d in sentence_dates(view)
        if at is not None
        and d.start >= at
        and d.relation != "since"
        and not _after_publication(view, d.value)
        and not _said_when(view, lex, d.start, d.end)
    ]
    if own:
        d = own[0]
        _dated(fields, spans, d)
    elif isinstance(fields.get("date"), str) and _after_publication(
        view, dt.date.fromisoformat(str(fields["date"]))
    ):
        _undated(fields, spans)


def _conjunct_date(
    view: SentenceView,
    lex: ModelLexicon,
    m: ActorMention,
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
) -> None:
    """A count with no noun in a later conjunct ("… to Lithuania in May and eight to Czechia in
    June") takes the first date after it, not the first clause's."""
    if str(m.code) != lex.transfers.elided_noun or spans.get("date", (m.start, 0))[0] >= m.start:
        return
    later = [
        d
        for d in sentence_dates(view)
        if d.start >= m.end and d.relation != "since" and not _said_when(view, lex, d.start, d.end)
    ]
    if later:
        d = later[0]
        _dated(fields, spans, d)


def _participle_own_date(
    view: SentenceView,
    lex: ModelLexicon,
    m: ActorMention,
    status: tuple[str, int, int, bool] | None,
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
) -> None:
    """(cx39) The step is a past participle right after its system ("eight jets ordered from Sweden
    last year") and the claim's date stands before the system, in the clause the participle phrase
    hangs from ("passed a budget on Tuesday, including … jets ordered …"): that date is the main
    verb's. The participle keeps the first date after it in its own clause, as a relative clause
    keeps its own; (cx41) without one the claim is undated ("approved funds on Monday for drones
    bought from Turkey" tells when the funds were voted, not when the drones were bought)."""
    date = spans.get("date")
    if status is None or date is None or date[0] >= m.start:
        return
    if not _reduced_relative(view, lex, m.start, status[1], status[2]):
        return
    own = [
        d
        for d in sentence_dates(view)
        if d.start >= status[2]
        and d.relation != "since"
        and _same_clause(view, lex, status[1], d.start)
        and not _said_when(view, lex, d.start, d.end)
    ]
    if own:
        _dated(fields, spans, own[0])
    else:
        _undated(fields, spans)


def _undone_cue(view: SentenceView, lex: ModelLexicon, at: int) -> bool:
    """(cx39) The cue at ``at`` names a step made earlier that the clause undoes ("cancelled a
    contract with Russia for …", an ``undone`` status): the clause's words before it are the
    undoing's, its date among them."""
    return any(
        _cue_start(s, m) == at
        for st in lex.transfers.statuses
        if st.undone
        for s, _e, m in view.finditer(st.regex)
    )


def _permitted(view: SentenceView, lex: ModelLexicon, cue: int) -> bool:
    """The cue is what an agreement allows a party to do ("The pact allows Japan to provide radars",
    "…, and it lets India supply boats"): a permission, no transfer. "it" or "which" stands for an
    agreement only when the sentence names one before it."""
    base = max(view.start, cue - 80)
    hit = lex.transfers.permitted.search(view.slice(base, cue))
    if hit is None:
        return False
    if hit.group("agreement"):
        return True
    return lex.transfers.permitting_agreement.search(view.slice(view.start, base + hit.start())) is not None


def _earlier_conjunct_date(
    view: SentenceView, lex: ModelLexicon, spans: Mapping[str, tuple[int, int]], cue: int
) -> bool:
    """The claim's date ends the first of two coordinated verbs, the cue the second ("retired its
    MiG-29s in 2022 and handed 13 of them to Ukraine the following spring"): the first act's date."""
    date = spans.get("date")
    return (
        date is not None
        and date[1] <= cue
        and lex.transfers.conjunct_after_date.match(view.slice(date[1], cue)) is not None
    )


def _date_of_object_relative(
    view: SentenceView, lex: ModelLexicon, m: ActorMention, spans: dict[str, tuple[int, int]], cue_end: int
) -> bool:
    """The claim's date stands in a relative clause that follows its system, the cue's object ("has
    not received the fighters it ordered in 2019"): the order's date, not the denied delivery's
    (read for denials and deliveries: "has received three of the jets it ordered in 2024" is no
    delivery in 2024; an order reported so may be dated by it)."""
    date = spans.get("date")
    if date is None or cue_end > m.start or date[0] < m.end:
        return False
    between = view.slice(m.end, date[0])
    # … or a later clause's order, dated by its own participle ("…, completing an order placed in 2023")
    return lex.transfers.relative_dated.match(between) is not None or (
        lex.transfers.order_dated.match(between) is not None
    )


def _aside(view: SentenceView, lex: ModelLexicon, at: int, cue: int) -> bool:
    """``at`` lies in a relative clause set off by commas ("Niger, whose junta broke with Paris in
    2023, took delivery …") that does not hold the cue: what it names is not the transfer's; or
    after the relative clause that holds the cue ("The drones, which Nairobi ordered in 2023, will
    patrol the border with Somalia": the main clause's places are not the order's parties)."""
    return any(
        (s <= at < e and not s <= cue < e) or (s <= cue < e <= at)
        for s, e, _m in view.finditer(lex.transfers.relative_aside)
    )


def _outside_asides(view: SentenceView, lex: ModelLexicon, lo: int, hi: int) -> str:
    """The text between ``lo`` and ``hi`` with its relative asides (", which received … ,") blanked: the
    words of the clause itself."""
    text = list(view.slice(lo, hi))
    for s, e, _m in view.finditer(lex.transfers.relative_aside, lo=lo, hi=hi):
        text[s - lo : e - lo] = " " * (e - s)
    return "".join(text)


def _participle_aside_date(view: SentenceView, lex: ModelLexicon, at: int, cue: int) -> bool:
    """``at`` lies in a participle phrase set off by commas before the cue (", bought from Spain in
    2020,") and the cue's clause dates the step itself after it ("were handed over … in May"): the
    aside's date is an earlier step's. Without a date of its own the cue keeps the aside's. (cx46)
    So is a date right after such a participle with no commas, the passive's auxiliary after it ("the
    600 missiles ordered in 2023 were delivered in May")."""
    own_date = any(
        d.start >= cue and _same_clause(view, lex, cue, d.start) and not _said_when(view, lex, d.start, d.end)
        for d in sentence_dates(view)
    )
    for s, e, _m in view.finditer(lex.transfers.participle_aside):
        if s <= at < e <= cue:
            return own_date
    tl = lex.transfers
    return (
        at < cue
        and own_date
        and tl.reduced_step_date.search(view.slice(max(view.start, at - 60), at)) is not None
        and tl.reduced_step_tail.match(view.slice(at, cue)) is not None
    )


def _fronted_adjunct_date(view: SentenceView, lex: ModelLexicon, at: int, cue: int) -> bool:
    """(cx47) ``at`` lies in an adverbial phrase that opens the sentence before the cue ("Under the
    pact that Norway and Estonia signed in Oslo in October, Norway will transfer … by 2027") and the
    cue's clause dates the step itself after it: the phrase's date is the deal's. Without a date of
    its own the cue keeps the phrase's, as :func:`_participle_aside_date` does."""
    found = lex.transfers.fronted_adjunct.search(view.slice(view.start, cue))
    if found is None or not view.start + found.start() <= at < view.start + found.end() <= cue:
        return False
    return any(
        d.start >= cue and _same_clause(view, lex, cue, d.start) and not _said_when(view, lex, d.start, d.end)
        for d in sentence_dates(view)
    )


def _about_a_party(view: SentenceView, lex: ModelLexicon, lo: int, hi: int) -> bool:
    """A relative clause between ``lo`` and ``hi`` that describes a country ("to Turkey, which
    was removed …"), not the system ("drones, which landed on 9 April")."""
    for s, _e, _m in view.finditer(lex.transfers.relative_clause, lo=lo, hi=hi):
        if any(m.end == s for _c, m in view.countries()):
            return True
    return False


_SPEECH_REACH = 60  # characters before a date searched for the speech verb it dates


def _said_when(view: SentenceView, lex: ModelLexicon, start: int, end: int) -> bool:
    """The date dates a speech verb that the sentence's content follows ("said on Wednesday that"),
    or the rejection of a report ("rejected the Hungarian account on Thursday, saying …")."""
    tl = lex.transfers
    return bool(
        tl.speech_date.search(view.slice(max(view.start, start - _SPEECH_REACH), start))
        and not tl.speech_date_tail.match(view.slice(end, view.sentence.end))
    )


def _anaphoric(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """A generic system after a definite determiner ("the jets", "the first two batteries"), or a
    count with no noun ("Four have arrived so far")."""
    before = view.slice(max(view.start, m.start - 30), m.start)
    if m.code == lex.transfers.elided_noun:
        return True
    hit = lex.transfers.anaphor_before.search(before)
    # "bought from the Netherlands and patrol boats": the article belongs to a country's name
    return hit is not None and not any(
        _actor_at(view, at) for at in range(m.start - len(before) + hit.start(), m.start)
    )


def _partial(view: SentenceView, lex: ModelLexicon, start: int, end: int) -> bool:
    """Whether the figure counts a part of a transfer (a batch, "four more") rather than all of it."""
    before = view.slice(max(view.start, start - 30), start)
    return bool(
        lex.transfers.partial_before.search(before)
        or lex.transfers.partial_after.match(view.slice(end, end + 12))
    )


def _quantity(
    view: SentenceView,
    lex: ModelLexicon,
    m: ActorMention,
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
) -> None:
    for q in sorted(view.quantities, key=lambda q: -q.end):
        # the figure's span may reach into the noun it counts ("1.5 million artillery shells")
        end = m.start if q.start < m.start < q.end and _scaled_figure(view, q.start, m.start) else q.end
        if (
            (q.unit or "").upper() == "USD"
            or _measured(view, q)  # "40 percent of the tanks", "5 km of": not a count of systems
            or end > m.start
            or not (end == m.start or lex.transfers.count_gap.fullmatch(view.slice(end, m.start)))
        ):
            continue
        if _YEARLIKE.fullmatch(q.text.strip(" ,.")) or lex.transfers.status_words.search(
            view.slice(end, m.start)
        ):
            continue
        if _model_number(view, lex, q.start):
            continue  # "Avante 2200 corvette": part of the name, not a count
        qualifier = q.qualifier or qualifier_before(
            view.slice(max(view.start, q.start - 14), q.start), lex.figures
        )
        text, start = view.slice(q.start, end).rstrip(), q.start
        particle = lex.figures.particle
        if qualifier == particle and _particle_at(view, lex, q.start, q.text):
            qualifier = None  # "handed over twelve": the verb's particle
            if text.lower().startswith(f"{particle} "):
                text = text[len(particle) + 1 :].lstrip()
                start = end - len(text)
        fields.update(quantity=q.value, quantity_text=text, quantity_qualifier=qualifier)
        spans["quantity"] = (start, start + len(text))
        return
    before = view.slice(max(view.start, m.start - _NEAR_QUANTITY - 20), m.start)
    # a count with no noun right before its comma ("The first two, lent by Italy, …"): the empty
    # mention stands at the count's end, read as if a space followed it
    pad = 1 if not m.text and not before[-1:].isspace() else 0
    before += " " * pad
    lo = 0
    while (hit := lex.transfers.count_before.search(before, lo)) is not None:
        lo = hit.end(2)  # a figure that fails ("$1 billion contract for 24 …"): try the next one
        at = m.start - len(before) + pad + hit.start(2)
        if (
            any(_measured(view, q) and q.start <= at < q.end for q in view.quantities)
            or _YEARLIKE.fullmatch(hit.group(2).strip(" ,."))
            or not lex.transfers.count_gap.fullmatch(hit.group(3))
            or lex.transfers.status_words.search(hit.group(3))
            or (hit.group(2)[:1].isdigit() and _model_number(view, lex, at))  # "Avante 2200 corvette"
            or (fig := _figure(view, at, hit.group(2))) is None
        ):
            continue
        value, s, e, vague = fig
        number = view.slice(s, e)  # the whole figure in words ("two dozen")
        qualifier = hit.group(1).strip().lower().replace(" ", "-") if hit.group(1) else vague
        written = hit.group(1) or ""
        particle_at = m.start - len(before) + pad + hit.start(1)
        if qualifier == lex.figures.particle and _particle_at(view, lex, particle_at, written):
            qualifier, written = vague, ""  # "handed over twelve": the verb's particle
        elif qualifier is None:  # "About a dozen": the qualifier before the whole figure
            qualifier = qualifier_before(view.slice(max(view.start, s - 14), s), lex.figures)
            if qualifier == lex.figures.particle and _particle_at(view, lex, s, ""):
                qualifier = None
        fields.update(quantity=value, quantity_text=written + number, quantity_qualifier=qualifier)
        spans["quantity"] = (s, s + len(number))
        return
    if not _count_compound(view, lex, m, fields, spans):
        _count_said_after(view, lex, m, fields, spans)


def _count_compound(
    view: SentenceView,
    lex: ModelLexicon,
    m: ActorMention,
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
) -> bool:
    """A count joined to its noun by a hyphen before an order or a fleet of the system ("a 42-jet
    order for Rafale fighters", "a dozen-strong fleet of NASAMS launchers"): the system's count."""
    before = view.slice(max(view.start, m.start - 60), m.start)
    hit = lex.transfers.count_compound.search(before)
    if hit is None:
        return False
    at = m.start - len(before) + hit.start("n")
    fig = _figure(view, at, hit.group("n"))
    if fig is None or _YEARLIKE.fullmatch(hit.group("n")):
        return False
    _take_figure(view, fig, fields, spans)
    return True


def _count_said_after(
    view: SentenceView,
    lex: ModelLexicon,
    m: ActorMention,
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
) -> None:
    """A count its clause gives the system as a predicate after it ("The howitzers Norway sent
    numbered twelve", "… totalled 40") or sets beside it as a total ("K9 howitzers, 48 in all",
    "F-35s — 32 of them —"), or a later purchase verb counts a part of it ("…, after Malaysia agreed
    to buy twelve of the aircraft"), when no figure stands before it."""
    after = view.slice(m.end, view.sentence.end)
    hit = (
        lex.transfers.count_after.match(after)
        or lex.transfers.count_apposed.match(after)
        or lex.transfers.count_covered.match(after)
        or lex.transfers.count_partitive.match(after)
    )
    if hit is None:
        return
    at = m.end + hit.start("n")
    fig = _figure(view, at, hit.group("n"))
    if fig is None or _YEARLIKE.fullmatch(hit.group("n")):
        return
    _take_figure(view, fig, fields, spans)


_QUANTITY_FIELDS = ("quantity", "quantity_text", "quantity_qualifier")


def _apposed_total(
    view: SentenceView,
    lex: ModelLexicon,
    m: ActorMention,
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
) -> None:
    """A count of units before the system ("Two squadrons of F-16 fighters") gives way to a total of
    the systems set beside it ("…, 24 aircraft in all,")."""
    span = spans.get("quantity")
    if span is None or span[0] >= m.start or not lex.transfers.unit_count.match(view.slice(span[0], m.start)):
        return
    kept: dict[str, object] = {k: fields.pop(k) for k in _QUANTITY_FIELDS if k in fields}
    before = spans.pop("quantity")
    _count_said_after(view, lex, m, fields, spans)
    if "quantity" not in spans:  # no total beside it: the count of units stands
        fields.update(kept)
        spans["quantity"] = before


def _scaled_figure(view: SentenceView, start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` is a figure in digits with its multiplier spelled
    out ("1.5 million"), and nothing else ("24 M" before "M-346" is no figure of its own)."""
    words = view.slice(start, end).split()
    multipliers = number_grammar(view.lang).multipliers
    return len(words) == 2 and words[0][:1].isdigit() and words[1].lower() in multipliers


def _particle_at(view: SentenceView, lex: ModelLexicon, start: int, text: str) -> bool:
    """Whether the "over" that opens the figure ``text`` at ``start`` (or stands right before it)
    is a phrasal verb's particle ("handed over twelve"), not the qualifier "more than"."""
    particle = lex.figures.particle
    at = start if text.lower().startswith(particle) else start - len(particle) - 1
    return bool(lex.figures.particle_verb.search(view.slice(max(view.start, at - 20), at)))


def _model_number(view: SentenceView, lex: ModelLexicon, at: int) -> bool:
    """The figure at ``at`` follows a capitalised word that makes it part of a model's name
    ("Avante 2200") — not a country or other actor the sentence names ("gave Ukraine 14 tanks")."""
    hit = lex.transfers.model_name.search(view.slice(max(view.start, at - 20), at))
    if hit is None:
        return False
    word = at - len(view.slice(max(view.start, at - 20), at)) + hit.start()
    return not any(m.start <= word < m.end and m.kind != "unresolved" for m in view.mentions)


def _measured(view: SentenceView, q: Quantity) -> bool:
    """A figure in a currency or a unit of measure (a share, a distance), not a count."""
    numbers = quantity_rules(view.lang).numbers
    return q.unit is not None and (q.unit in numbers.units.values() or q.unit in numbers.currencies.values())


def _operator(
    view: SentenceView, lex: ModelLexicon, fields: dict[str, object], spans: dict[str, tuple[int, int]]
) -> None:
    groups = [m for m in view.mentions if m.kind == "group"]
    for rx in compile_each(lex.transfers.operator_patterns):
        for s, _e, m in view.finditer(rx):
            os_ = s + m.start("op") - m.start(0)
            text = m.group("op")
            inside = [g for g in groups if g.start >= os_ - 30 and g.end <= os_ + len(text)]
            fields["operator"] = (inside[0].name or inside[0].text) if inside else text
            if inside:
                fields["operator_code"] = inside[0].code
                text = view.slice(min(inside[0].start, os_), os_ + len(text))
                os_ = min(inside[0].start, os_)
                fields["operator_text"] = text
            spans["operator"] = (os_, os_ + len(text))
            return
    if groups:
        fields["operator"] = groups[0].name or groups[0].text
        fields["operator_code"] = groups[0].code
        spans["operator"] = (groups[0].start, groups[0].end)


def _aggregate_claim(
    view: SentenceView, lex: ModelLexicon, status: tuple[str, int, int, bool] | None
) -> Claim | None:
    if status is None or status[0] not in ("delivered", "ordered"):
        return None
    agg = list(view.finditer(compile_any(lex.transfers.aggregate_patterns)))
    usd = [(q.start, q.end, q.value, q.text) for q in view.quantities if (q.unit or "").upper() == "USD"]
    if not usd:
        usd = [
            (s, e, v, m.group(0))
            for s, e, m in view.finditer(lex.transfers.usd)
            if (v := usd_value(m.group(0), lex.figures)) is not None
        ]
    if not agg or not usd:
        return None
    fields, spans = _base_fields(view, status, lex)
    fields.update(
        system=lex.transfers.aggregate_system, category=AGGREGATE, value_usd=usd[0][2], value_text=usd[0][3]
    )
    spans["system"] = (agg[0][0], agg[0][1])
    spans["value"] = (usd[0][0], usd[0][1])
    qualifier = qualifier_before(view.slice(max(view.start, usd[0][0] - 14), usd[0][0]), lex.figures)
    if qualifier:
        fields["value_qualifier"] = qualifier
    if "since" not in fields:
        for rx in compile_each(lex.transfers.since):
            for s, e, m in view.finditer(rx):
                fields.update(since=f"{m.group('year')}-01-01", since_precision="year")
                spans["since"] = (s, e)
                _undated(fields, spans)
                break
    # "has yet to receive most of the $21 billion in US arms it ordered": a buying verb's subject gets them
    acquisition = bool(lex.transfers.acquire.search(view.slice(status[1], status[2] + 25)))
    _parties(view, lex, fields, spans, status[1], None, acquisition=acquisition)
    return view.claim("transfer", fields, spans)


def deployment_claims(view: SentenceView, lex: ModelLexicon) -> list[Claim]:
    """A claim when a counted body of personnel is stationed, deployed or sent somewhere."""
    dl = lex.deployments
    verb_rx = compile_any(dl.verbs)
    out = []
    anaphor = [fs for fs, _fe, _fm in view.finditer(dl.force_anaphor)]
    counts = [*view.finditer(dl.count), *view.finditer(dl.strong_count)]  # "a 300-strong contingent"
    # "a force about 220 strong"
    counts += _apart(view.finditer(dl.strong_after), counts)
    # "an Italian contingent of roughly a thousand": a size after the force, no personnel noun
    counts += _apart(view.finditer(dl.force_count), counts)
    # "…, bringing its force there to about 1,000": the size the change leaves
    totals = _apart(view.finditer(dl.force_total), counts)
    counts += totals
    # "Berlin's contingent in Lithuania, now roughly 1,800 strong, trains …": the force's size
    asides = _apart(_sized_asides(view, lex), counts)
    counts += asides
    # "pulled 120 soldiers out of Lithuania, leaving roughly 300 in the battlegroup there": the 300
    # that stay are the force there; the 120 that left are none
    stays = _apart(view.finditer(dl.stay_count), counts)
    if stays:
        counts = [c for c in counts if not _withdrawal(view, lex, c[0], c[1])] + stays
    # "will withdraw 3,000 of its soldiers from Germany": the part that leaves is no force there
    counts = [c for c in counts if not _part_leaving(view, lex, c[0], c[1])]
    if anaphor and not counts:  # "the contingent will number 1,100"
        counts = [x for x in view.finditer(dl.force_number) if x[0] > anaphor[0]]
    systems: list[ActorMention | tuple[int, int]] = [*view.equipment()]
    systems += [(ds, de) for ds, de, _dm in view.finditer(lex.transfers.designation)]
    for s, e, m in counts:
        if any(_overlaps(x, s, e) for x in systems):
            continue  # "12 M-346 trainers": aircraft, not instructors
        if _count_is_date(view, s, e):
            continue  # (cx47) "sent to Jordan in 2023 to train border guards": a year, no force
        if _count_speaks(view, lex, e, verb_rx):
            continue  # (cx57) "two officers at the air base said …": the sources, no force
        verbs = list(view.finditer(verb_rx))
        if not verbs and (s, e, m) in totals:
            verbs = [(s, s, m)]  # "raised its contingent in Latvia to 700": the change is the verb
        if not verbs and (s, e, m) in asides:
            verbs = [(s, s, m)]  # "The Turkish garrison, about 500 strong, guards …": a size told of it
        if not verbs and (apposed := _apposed_to_force(view, lex, anaphor, s, e)) is not None:
            verbs = [apposed]  # "The contingent, 600 soldiers in all, guards …": that force's size
        if not verbs and (aside := _size_aside(view, lex, s, e)) is not None:
            verbs = [aside[1]]  # "Japan's contingent at its base in Djibouti, some 180 personnel, …"
            anaphor = [*anaphor, aside[0]]
        if not verbs:
            located = lex.deployments.in_place.match(view.text[e - view.start :])
            # (cx59) "some 4,000 Rwandan troops now in Cabo Delgado": a town or province the
            # gazetteer does not know is where they are, in the country the article tells
            if not located or not (
                view.countries(lo=e, hi=e + located.end()) or _unknown_place(view, lex, e, e)
            ):
                continue
            verbs = [(e, e, located)]
        near = [v for v in verbs if _same_clause(view, lex, v[0], s)] or verbs
        # "Italy, which hosted a summit in 2019, sent 300 soldiers": the aside's verb is not theirs
        near = [v for v in near if not _aside_of_other(view, lex, v[0], s, e)] or near
        near = _past_modifier(view, lex, near, e)
        claim = _deployment(view, lex, s, e, m, near[0])
        if claim is None:
            continue
        if claim.fields.get("host") and not claim.fields.get("country"):
            claim = _sender_of_contingent(view, lex, claim)  # (cx57) "… are the largest British contingent"
        if (s, e, m) in totals:  # (cx53) the force the change leaves, beside the batch that changed it
            claim = replace(claim, fields={**claim.fields, FORCE_TOTAL: True})
        if claim.fields.get("host") or claim.fields.get("country") or any(a < s for a in anaphor):
            planned = _with_plan(view, lex, _with_denial(view, lex, claim, s, near[0][0]), near[0][0])
            out += _split_coordinated(planned) if planned else []  # the article may name the other side
    if not out:
        bare = _bare_deployment(view, lex, verb_rx)
        if bare is not None:
            s, _e = bare.field_spans["personnel"]
            planned = _with_plan(view, lex, _with_denial(view, lex, bare, s, s), s)
            out += [planned] if planned else []
    elif any(_sideless(c) for c in out) and (bare := _bare_deployment(view, lex, verb_rx)) is not None:
        out = [_sides_from(c, bare) if _sideless(c) else c for c in out]
    return out[:3]


def _sender_of_contingent(view: SentenceView, lex: ModelLexicon, claim: Claim) -> Claim:
    """(cx57) Forces whose clause names no sender take the one nation whose demonym qualifies a
    force noun elsewhere in their sentence ("The 120 Royal Engineers who landed in Belize are the
    largest British contingent there"), the host's left out; else the claim as it is."""
    host = claim.fields.get("host")
    found = [
        (c, m)
        for c, m in view.countries()
        if c != host and _demonym(lex, m) and lex.deployments.force_noun.match(view.slice(m.end, m.end + 40))
    ]
    if len({c for c, _m in found}) != 1:
        return claim
    code, m = found[0]
    return replace(
        claim,
        fields={**claim.fields, "country": code},
        field_spans={**claim.field_spans, "country": (m.start, m.end)},
    )


def _count_speaks(view: SentenceView, lex: ModelLexicon, e: int, verb_rx: re.Pattern[str]) -> bool:
    """(cx57) The personnel (counted or not) ending at ``e`` are the subject of a speech verb after
    them, with no verb of forces between ("two officers at the air base said …")."""
    m = lex.deployments.count_speaks.match(view.text[e - view.start :])
    return m is not None and verb_rx.search(m.group()[: m.start("verb")]) is None


def _count_is_date(view: SentenceView, s: int, e: int) -> bool:
    """(cx47) The figure of the count at ``s``–``e`` is a date the sentence gives ("in 2023 to train
    border guards"), not a number of personnel."""
    digit = re.search(r"\d", view.slice(s, e))
    if digit is None:
        return False
    at = s + digit.start()
    return any(d.start <= at < d.end for d in sentence_dates(view))


def _apposed_to_force(
    view: SentenceView, lex: ModelLexicon, anaphor: list[int], s: int, e: int
) -> tuple[int, int, re.Match[str]] | None:
    """A size set off right after a force the article named before, told as a total ("The
    contingent, 600 soldiers in all, guards the port"): the force's own size — a stand-in verb at
    the count, else None."""
    dl = lex.deployments
    for fs, fe, _fm in view.finditer(dl.force_anaphor):
        if fs not in anaphor or fe > s or not dl.force_apposed.match(view.slice(fe, s)):
            continue
        total = lex.figures.cumulative
        tail = view.slice(e, min(view.sentence.end, e + 20))
        if total is not None and (m := total.match(tail.lstrip())) is not None:
            return (s, s, m)
    return None


def _size_aside(
    view: SentenceView, lex: ModelLexicon, s: int, e: int
) -> tuple[int, tuple[int, int, re.Match[str]]] | None:
    """A size set off in commas right after a force named with its owner or "the" (and perhaps
    its place): "Japan's contingent at its base in Djibouti, some 180 personnel, will be relieved",
    "The company, some 170 soldiers, trains …" — the force's start and a stand-in verb at the count
    (the sentence has no deployment verb), else None."""
    dl = lex.deployments
    for fs, fe, _fm in view.finditer(dl.apposed_head):
        if fe != s and view.slice(fe, s).strip():
            continue
        tail = view.slice(e, min(view.sentence.end, e + 20))
        if (m := dl.apposed_close.match(tail)) is not None:
            return fs, (s, s, m)
    return None


def _past_modifier(
    view: SentenceView, lex: ModelLexicon, verbs: list[tuple[int, int, re.Match[str]]], e: int
) -> list[tuple[int, int, re.Match[str]]]:
    """``verbs`` less a participle right after the forces ending at ``e`` that qualifies them (a
    reduced relative: "the 300 soldiers serving in Estonia arrived there in December") when
    another verb of their clause follows it: that one is the forces' own."""
    first = verbs[0]
    if len(verbs) > 1 and first[0] >= e and lex.deployments.modifier.fullmatch(view.slice(e, first[1])):
        return verbs[1:]
    return verbs


def _aside_of_other(view: SentenceView, lex: ModelLexicon, at: int, s: int, e: int) -> bool:
    """``at`` lies in a relative clause set off by commas that does not describe the forces at
    ``s``–``e`` ("Italy, which hosted a summit in 2019, sent 300 soldiers"), unlike one that
    follows them ("the 800 soldiers, which Britain sent in 2017, …": their sending)."""
    return any(
        a <= at < b and not a <= s < b and not (a >= e and not view.slice(e, a).strip())
        for a, b, _m in view.finditer(lex.transfers.relative_aside)
    )


def _sideless(c: Claim) -> bool:
    return not c.fields.get("country") or not c.fields.get("host")


def _sides_from(c: Claim, bare: Claim) -> Claim:
    """A force counted in a clause of its own ("…, and the contingent now numbers about 700") takes
    the sender or host it lacks from the uncounted forces its sentence places first ("Denmark has
    kept troops in Latvia since 2017")."""
    keys = [k for k in ("country", "host") if not c.fields.get(k) and bare.fields.get(k)]
    keys += ["place"] if "host" in keys and "place" in bare.fields else []
    fields = {**c.fields, **{k: bare.fields[k] for k in keys}}
    spans = {**c.field_spans, **{k: bare.field_spans[k] for k in keys if k in bare.field_spans}}
    return replace(c, fields=fields, field_spans=spans)


_DENIAL_REACH = 60  # characters before the forces (or their verb) where a negation may deny them


def _with_denial(view: SentenceView, lex: ModelLexicon, c: Claim, s: int, verb: int) -> Claim:
    """``c`` marked negated when a negation stands in its clause before the forces at ``s`` (or their
    verb): "has not sent any troops to …", "there are no … soldiers in …" (a withdrawal denied is
    no denied presence)."""
    lo = max(view.start, min(s, verb) - _DENIAL_REACH)
    hits = [view.start + x.start() for x in lex.deployments.denied.finditer(view.slice(view.start, s))]
    hits += _gone_before(view, lex, s)  # "France no longer has any troops in Chad"
    hits = [h for h in hits if h >= lo and _same_clause(view, lex, h, s)]
    end = c.field_spans["personnel"][1] if "personnel" in c.field_spans else s
    if lex.deployments.denied_after.match(view.slice(end, end + 40)):
        hits.append(end)  # "Eritrean troops are not present in …"
    if not hits or _withdrawal(view, lex, s, s + 1):
        return c
    return replace(c, fields={**c.fields, "negated": True})


def _sized_asides(view: SentenceView, lex: ModelLexicon) -> list[_Found]:
    """The sizes a sentence sets off after a force as "N strong" (``deployments.strong_aside``:
    "The Turkish contingent in Somalia, about 500 strong, …"), each from its figure (or the word
    before it, "about") on, so that the owner and place named before it read as a count's."""
    out = []
    for _s, e, m in view.finditer(lex.deployments.strong_aside):
        first = m.start(1) if m.group(1) else m.start(2)
        out.append((e - (m.end() - first), e, m))
    return out


def _gone_before(view: SentenceView, lex: ModelLexicon, s: int) -> list[int]:
    """Where, before the forces at ``s``, the sentence says their presence is over with none of them
    left ("France no longer has any troops in Chad"): a denial of the force there now, which the
    older negation pattern leaves to "no longer" read alone ("no longer patrols the border")."""
    return [view.start + x.start() for x in lex.deployments.gone.finditer(view.slice(view.start, s))]


def _with_plan(view: SentenceView, lex: ModelLexicon, c: Claim, verb: int) -> Claim | None:
    """``c`` with modality ``future`` when a future cue stands in its verb's clause before it
    ("are to be stationed", "will send 800 soldiers"): planned forces, not there yet. A plan denied
    ("will not send soldiers to", "has no plans to deploy troops in") makes no claim: it neither
    plans a force nor denies one that is there already. A force only possible or proposed
    (:func:`_proposed`: "may serve", "offered to send", "would station … under the new plan") has
    modality ``hypothetical``: no size of a force there or coming, so none compared (``records``)."""
    future = _mood_in_clause(view, lex, verb, "future")
    hypothetical = _proposed(view, lex, c, verb, future)
    if not future and not hypothetical:
        return c
    if c.fields.get("negated"):
        return None
    if hypothetical:
        return replace(c, fields={**c.fields, "modality": "hypothetical"})
    fields = {**c.fields, "modality": "future"}
    forward_date(view, fields, c.field_spans)  # "will send 800 soldiers in May": the coming May
    return replace(c, fields=fields)


def _proposed(view: SentenceView, lex: ModelLexicon, c: Claim, verb: int, future: bool) -> bool:
    """A modal cue of ``transfers.moods`` hypothetical ("may serve", "could send", "is considering")
    in the clause of the forces' verb at ``verb`` before it, or a proposal (``deployments.proposed``:
    "offered to send", "has offered 200 soldiers") before the forces, or a planned verb (``future``)
    the sentence puts under a plan or proposal (``deployments.under_plan``: "would station … under
    the new plan"). A date is no cue ("since May")."""
    forces = c.field_spans["personnel"][0] if "personnel" in c.field_spans else verb
    lo = max(view.start, min(verb, forces) - 90)
    text = view.slice(lo, max(verb, forces))
    for d in sentence_dates(view):  # "since May": a month, no modal
        a, b = max(d.start, lo) - lo, min(d.end, lo + len(text)) - lo
        if a < b:
            text = text[:a] + " " * (b - a) + text[b:]

    def clause(upto: int) -> str:
        cut = [m.end() for m in lex.transfers.clause_start.finditer(text[:upto])]
        return text[cut[-1] : upto] if cut else text[:upto]

    modal = clause(verb - lo)
    if any(m.mood == "hypothetical" and m.pattern.search(modal) for m in lex.transfers.moods):
        return True
    if lex.deployments.proposed.search(clause(len(text))):
        return True
    return future and view.search(lex.deployments.under_plan) is not None


def _bare_deployment(view: SentenceView, lex: ModelLexicon, verb_rx: re.Pattern[str]) -> Claim | None:
    """Forces without a count: "Dutch instructors are stationed in Romania", "Ankara has kept
    troops in Qatar" — a sender named just before the forces or as the clause's subject, and a
    host after "in"/"to" in the same clause."""
    noun = lex.deployments.bare_noun
    places = _deployment_places(view, lex)
    for s, e, _m in view.finditer(noun):
        verbs = [v for v in view.finditer(verb_rx) if _same_clause(view, lex, v[0], s) and abs(v[0] - s) < 60]
        if lex.deployments.equipment_noun.fullmatch(view.slice(s, e)):  # "frigates": only when stationed
            verbs = [v for v in verbs if lex.deployments.stationing.match(view.slice(v[0], v[1] + 30))]
            if _moved_as_transfer(view, lex, s):
                continue  # "has sold two frigates to …", "put on hold the delivery of four fighters"
        if not verbs or _count_speaks(view, lex, e, verb_rx):
            continue  # (cx57) "three officers at the air base said": the sources, no force
        hosts = [(c, mm) for c, mm in places
                 if e < mm.start <= e + 40 and _same_clause(view, lex, e, mm.start)
                 and (_located(view, lex, mm) or (_left_place(view, lex, mm) and _whole_left(view, lex, s)))
                 and not _at_venue(view, lex, mm)
                 and not lex.deployments.spread_tail.match(view.slice(e, mm.start))]  # fmt: skip
        hosts = hosts or _host_before_where(view, lex, places, s)
        own = [(c, mm) for c, mm in places if mm.start < s and _same_clause(view, lex, min(mm.end, s), s)
               and not _located(view, lex, mm)]  # fmt: skip
        # "No soldiers from Germany have been deployed to …": a source right after the forces (cx18)
        source = [
            (c, mm)
            for c, mm in places
            if e <= mm.start <= e + 25
            and not _withdrawal(view, lex, s, e)
            and lex.transfers.from_country.search(view.slice(max(view.start, mm.start - 10), mm.start))
        ]
        own = own or source[:1] or _agents(view, lex, places, e)[:1] or _relative_owner(view, lex, places, s)
        if not own:
            continue
        sender = own[-1]
        # "Jordan hosts an Italian battalion": the hosting subject before the forces' owner
        hosts = hosts or [h for h in _hosting_subject(view, lex, own[:-1], s) if h[0] != sender[0]]
        # "has bolstered its presence in Estonia with marines": a host placed before the forces
        hosts = hosts or _host_placed_before(view, lex, places, sender, s)
        # "Eritrean troops are present in Tigray": a region or town the gazetteer places in one country
        placed = (
            (hosts[0][0], hosts[0][1].text, (hosts[0][1].start, hosts[0][1].end))
            if hosts
            else (_placed_host(view, lex, e, e, sender[0]))
        )
        if placed is None and _host_referred(view, lex, e):
            # "denied that any Russian soldiers were stationed on its soil": the article's country;
            # only a denial — forces there, uncounted and with no host named, are too vague a claim
            fields: dict[str, object] = {"country": sender[0], HOST_ANAPHOR: True}
            spans = {"country": (sender[1].start, sender[1].end), "personnel": (s, e)}
            _deployment_date(view, lex, fields, spans, cue=verbs[0][0])
            referred = view.claim("deployment", fields, spans)
            if _with_denial(view, lex, referred, s, s).fields.get("negated"):
                return referred
            continue
        if placed is None or sender[0] == placed[0]:
            continue
        fields = {"country": sender[0], "host": placed[0], "place": placed[1]}
        spans = {"country": (sender[1].start, sender[1].end), "host": placed[2], "place": placed[2],
                 "personnel": (s, e)}  # fmt: skip
        # a count of units ("two battalions") is no number of people: the force, its size unsaid
        count = (
            _counted_by(view, lex, s, e) if lex.deployments.personnel_noun.search(view.slice(s, e)) else None
        )
        if count is not None:  # "roughly a thousand soldiers", "hundreds of troops": the figure in words
            fields.update(
                personnel=count.value, personnel_text=count.text, personnel_qualifier=count.qualifier
            )
            spans["personnel"] = (min(count.start, s), max(count.end, e))
        _deployment_date(view, lex, fields, spans, cue=verbs[0][0])
        return view.claim("deployment", fields, spans)
    return None


def _host_referred(view: SentenceView, lex: ModelLexicon, e: int) -> bool:
    """Whether the clause of the forces ending at ``e`` refers to a host without naming it
    ("stationed on its soil", "in the country") soon after them."""
    return any(
        hs - e <= _HOSTING_GAP and _same_clause(view, lex, e, hs)
        for hs, _he, _hm in view.finditer(lex.deployments.host_anaphor, lo=e)
    )


def _host_before_where(view: SentenceView, lex: ModelLexicon, places: list[_Party], s: int) -> list[_Party]:
    """The country after "in"/"at" right before a relative clause that places the forces at ``s``
    there: "a centre in Romania, where Dutch instructors are stationed"."""
    return [(c, mm) for c, mm in places
            if mm.end <= s and lex.deployments.where_relative.match(view.slice(mm.end, s))
            and _located(view, lex, mm)][-1:]  # fmt: skip


_HELD_STEPS = frozenset({"deployed", "operated-by", "operated"})  # a transfer cue that moves nothing


def _moved_as_transfer(view: SentenceView, lex: ModelLexicon, s: int) -> bool:
    """A transfer step told before the warships or aircraft at ``s`` in their clause (a cue of
    ``transfers.statuses`` that offers, approves, orders, sells or delivers: "has sold two frigates",
    "put on hold the delivery of four fighters"): they are that transfer's system, no force."""
    return any(
        c[3] not in _HELD_STEPS and c[1] < s and _same_clause(view, lex, c[1], s)
        for c in _verb_cues(view, lex)
    )


def _host_placed_before(
    view: SentenceView, lex: ModelLexicon, places: list[_Party], sender: _Party, s: int
) -> list[_Party]:
    """The last country placed by a locating phrase between the sender and the forces at ``s``, in
    their clause ("Britain has bolstered its presence in Estonia with marines"): their host."""
    return [(c, mm) for c, mm in places
            if sender[1].end <= mm.start and mm.end <= s and c != sender[0]
            and _located(view, lex, mm) and _same_clause(view, lex, mm.end, s)][-1:]  # fmt: skip


def _deployment_places(view: SentenceView, lex: ModelLexicon) -> list[_Party]:
    """The sentence's country mentions that may send or host forces: not a country's name inside a
    sea's ("in the South China Sea": no host)."""
    return [
        (c, mm) for c, mm in view.countries() if mm.kind == "country" and not _in_water_name(view, lex, mm)
    ]


def _relative_owner(view: SentenceView, lex: ModelLexicon, places: list[_Party], s: int) -> list[_Party]:
    """The country a relative clause that holds the forces at ``s`` follows ("The Spanish army,
    which had 150 soldiers in …", ``deployments.relative_owner``): their sender."""
    return [
        (c, mm)
        for c, mm in places
        if mm.end <= s and lex.deployments.relative_owner.match(view.slice(mm.end, s))
    ][-1:]


def _relative_sender(
    view: SentenceView, lex: ModelLexicon, places: list[_Party], e: int, verb: int
) -> list[_Party]:
    """(cx47) The country that opens an object relative right after the forces ending at ``e`` and
    is the subject of the deployment verb at ``verb`` ("The 800 troops (that) Uganda keeps in
    Somalia", "the 300 soldiers Chad sent to Niger"): their sender."""
    dl = lex.deployments
    return [
        (c, mm)
        for c, mm in places
        if e <= mm.start
        and mm.end <= verb
        and dl.relative_sender_gap.match(view.slice(e, mm.start))
        and dl.relative_sender_verb.match(view.slice(mm.end, verb))
    ][:1]


_LOCATED_REACH = 60  # characters before a country where the phrase that places something in it may start


def _located(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """The country ``m`` is where something is, after a locating preposition and what may stand
    between it and the country (``deployments.located``: "in Estonia", "in northern Iraq", "near
    Praia, Cape Verde", "to the Novo Selo area of eastern Bulgaria"): a host, not a sender."""
    return (
        lex.deployments.located.search(view.slice(max(view.start, m.start - _LOCATED_REACH), m.start))
        is not None
    )


def _agents(view: SentenceView, lex: ModelLexicon, places: list[_Party], e: int) -> list[_Party]:
    """The countries after the forces ending at ``e``, in their clause, that a passive's "by" names
    (``deployments.agent``: "were dispatched by Romania to …", "deployed by the Spanish navy"): the
    forces' sender — not after a hosting verb ("the troops hosted by Poland": the host)."""
    return [(c, mm) for c, mm in places
            if e <= mm.start <= e + _HOSTING_GAP and _same_clause(view, lex, e, mm.start)
            and lex.deployments.agent.search(view.slice(max(view.start, mm.start - 12), mm.start))
            and not lex.deployments.hosting.search(view.slice(e, mm.start))]  # fmt: skip


def _at_venue(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """The place is where people met ("after talks in Ankara"), not where forces are."""
    return lex.deployments.venue.search(view.slice(max(view.start, m.start - 30), m.start)) is not None


def _counted_by(view: SentenceView, lex: ModelLexicon, s: int, e: int) -> Quantity | None:
    """The figure the quantity stage read for the personnel noun at ``s``–``e``: one that ends in
    it ("a thousand soldiers") or stands right before it ("hundreds of French troops")."""
    for q in view.quantities:
        if _measured(view, q):
            continue
        if q.start <= s < q.end or (q.end <= s and lex.transfers.count_gap.fullmatch(view.slice(q.end, s))):
            return q
    return None


def _deployment(
    view: SentenceView,
    lex: ModelLexicon,
    s: int,
    e: int,
    m: re.Match[str],
    verb: tuple[int, int, re.Match[str]],
) -> Claim | None:
    """The deployment the count ``m`` (``s``–``e``) and ``verb`` state; None when its figure counts
    nothing ("hundred soldiers")."""
    fields: dict[str, object] = {}
    spans: dict[str, tuple[int, int]] = {}
    ns = s + m.start(2) - m.start(0)
    fig = _figure(view, ns, m.group(2))
    if fig is None:
        return None
    personnel, figure_start, _, vague = fig
    s = min(s, figure_start)  # the whole figure in words ("forty-eight", "several dozen")
    stated = next((q.qualifier for q in view.quantities if q.start <= figure_start < q.end), None)
    fields.update(
        personnel=personnel,
        personnel_text=view.slice(s, e),
        # as written before the count, else as the quantity stage read it ("roughly a thousand")
        personnel_qualifier=m.group(1).strip().lower().replace(" ", "-") if m.group(1) else stated or vague,
    )
    spans["personnel"] = (s, e)
    if _partial(view, lex, s, ns + len(m.group(2))) or lex.deployments.relief.search(
        view.slice(max(view.start, s - 40), s)
    ):
        # "the first 300 soldiers", "a fresh battalion of 550": a part of the force, not all of it
        fields["personnel_partial"] = True
    places = _deployment_places(view, lex)
    inside = [c for c, mm in places if mm.start >= ns and mm.end <= e]
    # "Poland's garrison of 400": a mention of the owner and its force that the count starts in
    inside = inside or [c for c, mm in places if mm.start < s < mm.end <= e]
    # "withdrew 1,500 soldiers from Armenia": the country they leave is the host, not a source
    leaving = _withdrawal(view, lex, s, e)
    source = [
        c
        for c, mm in places
        if e <= mm.start <= e + 25
        and not leaving
        and lex.transfers.from_country.search(view.slice(max(view.start, mm.start - 10), mm.start))
    ]
    frame = _deal_frame(view, lex)
    earlier = [
        (c, mm)
        for c, mm in places
        if mm.end <= s and _same_clause(view, lex, mm.end, s) and not (frame and mm.start < frame[1] <= s)
    ]
    located = [(c, mm) for c, mm in earlier if _located(view, lex, mm) or _left_place(view, lex, mm)]
    free = [(c, mm) for c, mm in earlier if (c, mm) not in located]
    # "Estonia joined the French mission in Mali with about 50 soldiers": the mission's nation leads
    # it; the subject before it sends the forces
    led = [(c, mm) for c, mm in free if _mission_owner(view, lex, mm)]
    if led and len(led) < len(free):
        free = [x for x in free if x not in led]
    host_subject = _hosting_subject(view, lex, free, s)
    # after a hosting verb, only a country between it and the forces sends them ("Estonia has hosted
    # a British-led battlegroup of roughly 1,000 troops")
    qualifying = [c for c, mm in free if not host_subject or mm.start > host_subject[0][1].end]
    agents = _agents(view, lex, places, e)  # "were sent by Romania to …": the passive's sender
    owner = _relative_owner(view, lex, places, s)  # "Britain, which has 900 troops in …"
    # (cx47) "The 800 troops Uganda keeps in Somalia": the subject of the forces' object relative
    owner = owner or _relative_sender(view, lex, places, e, verb[0])
    senders = inside or source or [c for c, _mm in agents[:1]] or qualifying[-1:] or [c for c, _mm in owner]
    if senders:
        fields["country"] = senders[0]
        spans["country"] = spans["personnel"]
    if senders and not inside and not source and len(free) > 1:
        governed = lex.deployments.governed  # "after the invasion of Ukraine, London kept …": London's
        joint = [c for c, mm in _coordinated_tail(view, lex, free)
                 if not governed.search(view.slice(max(view.start, mm.start - 12), mm.start))]  # fmt: skip
        if (
            len(joint) > 1
        ):  # "Britain and Canada will send 400 soldiers": each sends, the count is theirs together
            fields["country"] = joint[-1]
            fields[_COORDINATED] = [("country", c) for c in joint[:-1]]
            fields["personnel_joint"] = fields.pop("personnel")
    report = next(view.finditer(lex.agreements.report_clause, lo=e), None)  # ", the Latvian ministry said"
    after = [
        (c, mm)
        for c, mm in places
        if mm.start >= min(verb[1], e)
        and (report is None or mm.start < report[0])
        and c != fields.get("country")
        and not _force_owner(view, lex, mm)  # "an Italian contingent": a sender, not a host
        and not _mission_owner(view, lex, mm)  # "joined the French mission in Mali": nor the mission's
        and not _at_venue(view, lex, mm)
        and _same_clause(view, lex, e, mm.start)
        and (
            leaving
            or not lex.transfers.from_country.search(view.slice(max(view.start, mm.start - 10), mm.start))
        )
    ]
    if host_subject:  # (cx47) "Djibouti, which hosts 4,000 American troops as well as Chinese … bases"
        after = [(c, mm) for c, mm in after if not _demonym(lex, mm)]
    if after and lex.deployments.spread_tail.match(view.slice(e, after[0][1].start)):
        return None  # "2,400 troops to UN missions in Africa, most in South Sudan": a total across hosts
    after = after or [(c, mm) for c, mm in located if c != fields.get("country")][-1:]
    after = after or [(c, mm) for c, mm in host_subject if c != fields.get("country")]
    placed = None if after else _placed_host(view, lex, min(verb[1], e), e, fields.get("country"))
    if after:
        fields["host"] = after[0][0]
        fields["place"] = after[0][1].text
        spans["host"] = spans["place"] = (after[0][1].start, after[0][1].end)
    elif placed is not None:  # "stationed at Tapa": the town's country
        fields["host"], fields["place"] = placed[0], placed[1]
        spans["host"] = spans["place"] = placed[2]
    elif (towns := _town_countries(view, lex, min(verb[1], e), e, fields.get("country"))) is not None:
        fields[HOST_TOWNS], fields["place"] = towns[0], towns[1]  # "stationed at Tapa": the article decides
        spans["place"] = towns[2]
    elif view.search(lex.deployments.host_anaphor) is not None:
        fields[HOST_ANAPHOR] = True  # "2,000 troops in the country": the article's country
    elif _unknown_place(view, lex, min(verb[1], e), e):
        fields[HOST_ANAPHOR] = True  # (cx55) "stationed at Zorvak": a town the gazetteer does not know
    for rx in compile_each(lex.deployments.role):
        for rs, _re, rm in view.finditer(rx, lo=verb[1]):
            role = rm.group("role").strip()
            if role:
                start = rs + rm.start("role") - rm.start(0)
                fields["role"] = role
                spans["role"] = (start, start + len(role))
                break
        if "role" in fields:
            break
    possessive = lex.deployments.possessive_owner.match(view.slice(view.start, e)) is not None
    if not senders and (
        _pronoun_subject(view, lex, verb[0]) == PRONOUN
        # "Its contingent in Latvia numbers some 350 personnel": the owner told before (dep4)
        or possessive
    ):
        fields[PRONOUN] = "country"  # "It will send 400 soldiers to …": the previous sentence's state
        if possessive and "host" not in fields and HOST_TOWNS not in fields:
            # "… a base in Libreville, Gabon. Its garrison numbers some 350 troops": the host told
            # before too, the article's country other than the sender (dep5)
            fields[HOST_ANAPHOR] = True
    if frame and frame[1] <= s and "country" not in fields and PRONOUN not in fields:
        fields[DEAL_PARTIES] = True  # "Under the pact, 900 soldiers will be based in Estonia"
    _deployment_date(view, lex, fields, spans, cue=verb[0])
    said = view.slice(verb[0], verb[1] + 40).lower()  # the verb and what follows it ("have been sent")
    dl = lex.deployments
    measure = ARRIVAL if dl.arrival.match(said) else PRESENCE if dl.presence.match(said) else None
    if measure is None and verb[1] <= s and dl.arrival_after.match(view.slice(e, view.sentence.end)):
        measure = ARRIVAL  # (cx58) "A rotation of about 900 soldiers arrived in …": the noun's force came
    if measure:
        fields["measure"] = measure  # "800 soldiers arrive", "now has 2,000": two measures of a force
    if _at_report(view, lex, fields, spans, verb[0]):
        _undated(fields, spans)  # the force as it stands at the report, not a day's act
    elif "date" in spans and _sent_in_aside_now_there(view, lex, verb[0]):
        # (cx47) "Some 300 Belgian soldiers, deployed to Benin in 2024 …, now form …": there since
        # the aside's date, and the force as it stands at the report
        fields["since"], fields["since_precision"] = fields["date"], fields["date_precision"]
        spans["since"] = spans["date"]
        _undated(fields, spans)
    ev = view.event_at(verb[0], verb[1])
    return view.claim("deployment", fields, spans, event_id=ev.id if ev else None)


def _deal_frame(view: SentenceView, lex: ModelLexicon) -> tuple[int, int] | None:
    """(cx48) The span of a fronted phrase that names the deal the sentence's forces come under
    ("Under the pact Paris and Tallinn signed in May,"), else None."""
    hit = lex.deployments.deal_frame.match(view.text)
    return (view.start + hit.start(), view.start + hit.end()) if hit else None


def _whole_left(view: SentenceView, lex: ModelLexicon, s: int) -> bool:
    """(cx46) The uncounted forces at ``s`` are a whole force that a withdrawal verb before them in
    their clause took away ("withdrew all of its soldiers from Congo", "withdrew its last troops from
    …"): the country they left is their host, as for a counted force ("all of its 300 soldiers")."""
    dl = lex.deployments
    if dl.whole_force is None:
        return False
    verbs = [
        w
        for w in view.finditer(dl.withdraw, lo=max(view.start, s - 40), hi=s)
        if _same_clause(view, lex, w[0], s)
    ]
    return bool(verbs) and dl.whole_force.search(view.slice(verbs[-1][1], s)) is not None


def _sent_in_aside_now_there(view: SentenceView, lex: ModelLexicon, verb: int) -> bool:
    """(cx47) The deployment verb at ``verb`` opens a participle aside set off by commas, and the
    main verb after the aside says the forces are there now (``deployments.current_after_aside``:
    "…, deployed to the Alibori region in 2024 to train …, now form the largest contingent")."""
    return any(
        a < verb < b
        and not view.slice(a, verb).strip(", ")
        and lex.deployments.current_after_aside.match(view.slice(b, view.sentence.end)) is not None
        for a, b, _m in view.finditer(lex.transfers.participle_aside)
    )


def _left_place(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """``m`` is the country a withdrawal before it leaves ("has withdrawn most of its special forces
    from Niger, keeping about 40 instructors in the country"): the forces' host, never their
    sender (dep4)."""
    return lex.deployments.left_from.search(view.slice(max(view.start, m.start - 90), m.start)) is not None


ARRIVAL, PRESENCE = "arrival", "presence"  # the labels of a count's ``measure`` (``records`` reads them)
# (cx53) the field of a count that is the force a change leaves ("bringing its force there to 1,000")
FORCE_TOTAL = "personnel_total"


def _at_report(
    view: SentenceView,
    lex: ModelLexicon,
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
    verb: int,
) -> bool:
    """Whether the count tells the force as it stands at the report: a presence verb right after
    "now" (``deployments.current``: "now keeps 1,000 troops", whatever else the sentence dates, "…
    after doubling the force it sent in 2022"), or the report's own day said after a present verb
    ("are deployed in Qatar today", "has 900 soldiers there now", ``deployments.current_date``) —
    not a day's act ("sent 900 soldiers today" and "arrived today" keep their day)."""
    dl = lex.deployments
    if fields.get("measure") == PRESENCE and dl.current.search(view.slice(max(view.start, verb - 20), verb)):
        return True
    if "date" not in spans or fields.get("measure") == ARRIVAL:
        return False
    if not dl.current_date.match(view.slice(*spans["date"]).strip()):
        return False
    return fields.get("measure") == PRESENCE or bool(
        dl.present_before.search(view.slice(max(view.start, verb - 30), verb))
    )


_HOSTING_GAP = 60  # characters between a hosting subject and the forces it hosts
_ASIDE = re.compile(r",(?!\d)")  # a comma that is no thousands separator parts a clause or an aside


def _hosting_subject(view: SentenceView, lex: ModelLexicon, free: list[_Party], s: int) -> list[_Party]:
    """The country a hosting verb follows before the forces at ``s`` ("Poland hosts some 10,000
    American troops", "Estonia has hosted a British-led battlegroup of …"): the forces' host, not
    their sender; empty when no hosting verb stands between a country and the forces, or when the
    verb is in an aside ("Poland, which hosted a summit, sent 300 soldiers": no comma may part the
    country from the verb or the verb from the forces)."""
    for c, mm in free:
        between = view.slice(mm.end, s)
        if view.slice(max(view.start, mm.start - 2), mm.start) == ", " and between.startswith(", "):
            between = between[2:]  # "Rovaniemi, Finland, will host …": the comma closes the town's country
        if (rel := lex.deployments.hosting_relative.match(between)) is not None:
            between = between[rel.end() :]  # (cx47) "Djibouti, which hosts …": the relative's antecedent
        hit = lex.deployments.hosting.search(between)
        if hit and len(between) <= _HOSTING_GAP and not _ASIDE.search(between):
            return [(c, mm)]
    return []


def _placed_host(
    view: SentenceView, lex: ModelLexicon, lo: int, forces: int, sender: object
) -> tuple[str, str, tuple[int, int]] | None:
    """The host, place and span of the first town or base after ``lo`` in the clause of the forces
    ending at ``forces`` ("stationed at Tapa", "reached Sarajevo") that the gazetteer knows by that
    very name in one country only (or in one the sentence names), not the sender's; None when no
    such place is named. A date ("in March"), an actor that is no place or a meeting's venue is no
    host."""
    geo = geography(view.lang)
    named = {c for c, _m in view.countries()}
    for name, start, end in _host_places(view, lex, lo, forces):
        country = _town_country(geo, name, named)
        if country is not None and country != sender:
            return country, name, (start, end)
    return None


def _town_countries(
    view: SentenceView, lex: ModelLexicon, lo: int, forces: int, sender: object
) -> tuple[list[str], str, tuple[int, int]] | None:
    """The countries, name and span of the first town after ``lo`` in the clause of the forces that
    the gazetteer places in several countries but no sea or region ("stationed at Tapa": a town in
    Estonia and one in India), less the sender's; None when there is no such town."""
    geo = geography(view.lang)
    for name, start, end in _host_places(view, lex, lo, forces):
        key = name_key(name, geo.words.articles)
        exact = [m.entry for m in geo.lookup(name) if name_key(m.entry.name, geo.words.articles) == key]
        if exact and all(e.country for e in exact):
            countries = sorted({str(e.country) for e in exact} - {str(sender)})
            return (countries, name, (start, end)) if countries else None
    return None


def _unknown_place(view: SentenceView, lex: ModelLexicon, lo: int, forces: int) -> bool:
    """(cx55) Whether the first name after ``lo`` that stands where a host's place stands in the
    clause of the forces ending at ``forces`` ("stationed at Zorvak", "arrived in Zorvak") is one
    the gazetteer and the knowledge base do not know: a town or base of the article's country, which
    the article tells (:data:`HOST_ANAPHOR`). A date, an actor, a meeting's venue or a word of
    ``deployments.not_place`` ("Operation") is no such place."""
    geo = geography(view.lang)
    for name, _start, _end in _host_places(view, lex, lo, forces):
        return not geo.lookup(name) and lex.deployments.not_place.search(name) is None
    return False


def _host_places(
    view: SentenceView, lex: ModelLexicon, lo: int, forces: int
) -> Iterator[tuple[str, int, int]]:
    """Name, start and end of each name after ``lo`` that stands where a host's place stands
    (``deployments.host_place``) in the clause of the forces ending at ``forces``, a date, an actor
    or a meeting's venue left out (:func:`_not_a_place`)."""
    for ps, _pe, pm in view.finditer(lex.deployments.host_place, lo=lo):
        start = ps + pm.start("place") - pm.start(0)
        end = start + len(pm.group("place"))
        if _same_clause(view, lex, forces, start) and not _not_a_place(view, lex, start, end):
            yield pm.group("place"), start, end


def _not_a_place(view: SentenceView, lex: ModelLexicon, start: int, end: int) -> bool:
    """The span ``start``–``end`` is a date, part of an actor's name, or where people met."""
    if any(d.start < end and start < d.end for d in view.dates):
        return True
    if any(m.start < end and start < m.end and m.kind != "unresolved" for m in view.mentions):
        return True
    return lex.deployments.venue.search(view.slice(max(view.start, start - 30), start)) is not None


HOST_TOWN = 100_000  # a town named alone (no country in the sentence) gives its country from this size


def _town_country(geo: Geography, name: str, named: set[str]) -> str | None:
    """The country of the place ``name`` names: the one of its exact-name entries in a country of
    ``named``, else the one of them that is a city of :data:`HOST_TOWN` people or more; None when it names no
    place, places in several countries, or also a sea or a region (no country: "the Pacific", "the
    Sahel" — a small town of the same name elsewhere is not what the text means)."""
    key = name_key(name, geo.words.articles)
    exact = [m.entry for m in geo.lookup(name) if name_key(m.entry.name, geo.words.articles) == key]
    if any(not e.country for e in exact):
        return None
    seen = {e.country for e in exact} & named
    if seen:
        return next(iter(seen)) if len(seen) == 1 else None
    big = {e.country for e in exact if e.population >= HOST_TOWN}
    if len(big) > 1:  # (cx25) "Alexandria": the Egyptian port of millions, not a Virginian town
        big = _far_biggest(exact)
    return next(iter(big)) if len(big) == 1 else None


FAR_BIGGER = 10  # a town this many times bigger than every namesake abroad is the one a name means


def _far_biggest(entries: list[GazetteerEntry]) -> set[str]:
    """The country of the one entry at least :data:`FAR_BIGGER` times as populous as every entry
    of the same name in another country; empty when there is none."""
    top = max(entries, key=lambda e: e.population)
    others = [e.population for e in entries if e.country != top.country]
    return {str(top.country)} if all(p * FAR_BIGGER <= top.population for p in others) else set()


def _deployment_date(
    view: SentenceView,
    lex: ModelLexicon,
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
    *,
    cue: int,
) -> None:
    """The sentence's first date that does not date a leading speech verb ("The ministry said on
    Tuesday that 900 soldiers …": the saying's day is not the deployment's), nor lie in a relative
    clause apart from the verb ``cue`` ("Canada, which joined the mission in 2017, has no troops
    in …": the joining's year, as for transfers), nor start a span ("since 2017": the ``since``
    field, as for transfers)."""
    forces = spans["personnel"][1] if "personnel" in spans else cue
    frame = _deal_frame(view, lex)
    for d in sentence_dates(view):
        if _said_when(view, lex, d.start, d.end) or _aside(view, lex, d.start, cue):
            continue
        if frame and d.start < frame[1] <= min(cue, forces):
            continue  # "Under the pact signed in May, 900 soldiers …": the deal's date
        if _other_clause_date(view, lex, d.start, max(cue, forces)):
            continue
        if force_date(view, d, fields, spans):
            return


def _dated(fields: dict[str, object], spans: dict[str, tuple[int, int]], d: DateExpr) -> None:
    """``fields`` and ``spans`` with ``d`` as the claim's date (its value, precision, words, span)."""
    fields.update(date=d.value.isoformat(), date_precision=d.precision, date_text=d.text)
    spans["date"] = (d.start, d.end)


def _undated(fields: dict[str, object], spans: dict[str, tuple[int, int]]) -> None:
    """``fields`` and ``spans`` without the claim's date."""
    for key in ("date", "date_precision", "date_text"):
        fields.pop(key, None)
    spans.pop("date", None)


_SAID_GAP = 25  # characters between a report clause's verb and the date of its saying ("told reporters on")


def _other_clause_date(view: SentenceView, lex: ModelLexicon, at: int, lo: int) -> bool:
    """The date at ``at``, after the forces and their verb (``lo``), dates another act: the saying
    of a report clause that closes the sentence ("…, a Somali defence official said on Monday")
    or a relative clause about another noun ("guarding the survey that Ankara signed up to last
    year")."""
    for rs, rend, _rm in view.finditer(lex.agreements.report_clause, lo=lo):
        if rs < rend <= at <= rend + _SAID_GAP and "," not in view.slice(rend, at):
            return True
    return lex.deployments.other_relative.search(view.slice(lo, at)) is not None


def _overlaps(x: ActorMention | tuple[int, int], s: int, e: int) -> bool:
    start, end = (x.start, x.end) if isinstance(x, ActorMention) else x
    return start < e and s < end


_Found = tuple[int, int, "re.Match[str]"]  # a match in a sentence: start, end, match (SentenceView.finditer)


def _apart(found: Iterable[_Found], taken: Sequence[_Found]) -> list[_Found]:
    """The matches of ``found`` that overlap none of ``taken`` (``(start, end, match)`` each)."""
    return [x for x in found if not any(_overlaps(c[:2], *x[:2]) for c in taken)]


def _part_leaving(view: SentenceView, lex: ModelLexicon, s: int, e: int) -> bool:
    """(cx43) A count at ``s``–``e`` that is a part of its force (``part_leaving``: "3,000 of its
    soldiers") in a withdrawal's clause: those leave, and the force that was there is untold."""
    return bool(lex.deployments.part_leaving.search(view.slice(s, e))) and _withdrawal(view, lex, s, e)


def _withdrawal(view: SentenceView, lex: ModelLexicon, s: int, e: int) -> bool:
    """A withdrawal verb in the clause of the forces at ``s``–``e`` ("has withdrawn its 1,500
    soldiers from …", "1,000 troops will pull out of …"), not one whose forces stay (``stay``:
    "the 900 troops left in …", "leaving 900 troops in …")."""
    stay = lex.deployments.stay
    return any(
        _same_clause(view, lex, ws, s)
        and abs(ws - s) < 60
        and not stay.match(view.slice(ws, s if ws < s else ws + 60))
        for ws, _we, _m in view.finditer(lex.deployments.withdraw)
    )


def _mission_owner(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """A demonym that qualifies a mission ("the French mission in Mali"): the nation that leads it,
    not the sender of another nation's forces that joined it."""
    if not _demonym(lex, m):
        return False
    word = re.match(r"[^\W\d_]+", m.text)  # the demonym, whatever sector noun the mention took in
    start = m.start + (word.end() if word else len(m.text))
    return bool(lex.deployments.mission_noun.match(view.slice(start, m.end + 40)))


def _force_owner(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """A demonym that qualifies a body of forces ("an Italian contingent of roughly a thousand")."""
    return _demonym(lex, m) and bool(lex.deployments.force_noun.match(view.slice(m.end, m.end + 40)))


def _coordinated_tail(view: SentenceView, lex: ModelLexicon, parties: list[_Party]) -> list[_Party]:
    """The last of ``parties`` (not empty) with those coordinated right before it ("France and
    Italy"), each once."""
    out = [parties[-1]]
    for c, m in reversed(parties[:-1]):
        if not lex.transfers.coordinated.match(view.slice(m.end, out[0][1].start)):
            break
        out.insert(0, (c, m))
    return _distinct(out)


def _number(text: str) -> float | None:
    """A count in digits ("2,500"); None for words, which only the number grammar reads
    (:func:`_figure`: "hundreds", "two dozen"), so one it does not read counts nothing ("hundred")."""
    return float(text.replace(",", "")) if text[0].isdigit() else None


def _cue_object_count(
    view: SentenceView,
    lex: ModelLexicon,
    m: ActorMention,
    status: tuple[str, int, int, bool],
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
) -> None:
    """(cx53) A step told after the system's phrase with a count of its own object ("the contract for
    five Gripen jets has been completed with the delivery of the last two aircraft"): the step's count
    is that object's, not the count told with the system before it."""
    own = spans.get("quantity")
    if own is None or own[1] > m.start or status[1] < m.end:
        return
    hit = lex.transfers.cue_object_count.match(view.slice(status[2], view.sentence.end))
    if hit is None or not _same_clause(view, lex, status[1], status[2] + hit.start("n")):
        return
    fig = _figure(view, status[2] + hit.start("n"), hit.group("n"))
    if fig is None:
        return
    _take_figure(view, fig, fields, spans)


def _order_total(
    view: SentenceView, lex: ModelLexicon, fields: dict[str, object], spans: dict[str, tuple[int, int]]
) -> None:
    """(cx58) An order's batch told with the total it brings the buyer's order to ("ordered 12 more
    FA-50s …, bringing its total order for the jets to 24"): the order's count is the total."""
    own = spans.get("quantity")
    if own is None or fields.get("status") not in _ORDERING or fields.get("negated"):
        return
    hit = lex.transfers.order_total.match(view.slice(own[1], view.sentence.end))
    if hit is None:
        return
    fig = _figure(view, own[1] + hit.start("n"), hit.group("n"))
    if fig is None:
        return
    fields.pop("quantity_partial", None)
    _take_figure(view, fig, fields, spans)


_ORDERING = ("ordered", "contracted")  # (cx58) the steps an order's total counts


def _take_figure(
    view: SentenceView,
    fig: tuple[float, int, int, str | None],
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
) -> None:
    """A figure (:func:`_figure`'s value, span and qualifier) as the record's count."""
    value, s, e, vague = fig
    fields.update(quantity=value, quantity_text=view.slice(s, e), quantity_qualifier=vague)
    spans["quantity"] = (s, e)


def _figure(view: SentenceView, start: int, text: str) -> tuple[float, int, int, str | None] | None:
    """The value, span and qualifier of the count ``text`` found at ``start``: the whole figure in
    words it is part of (``nlp.numbers``: "two dozen", "Five hundred", "forty-eight"; a vague one,
    "several dozen", "hundreds", with the pack's vague qualifier), else :func:`_number`'s value;
    None when ``text`` is no figure ("hundred" with no count before it)."""
    grammar = number_grammar(view.lang)
    phrase = None if text[0].isdigit() else number_at(view.text, start - view.start, grammar)
    if phrase is None:
        value = _number(text)
        return None if value is None else (value, start, start + len(text), None)
    vague = grammar.words.vague_qualifier if phrase.vague else None
    return phrase.value, view.start + phrase.start, view.start + phrase.end, vague


def force_date(
    view: SentenceView, d: DateExpr, fields: dict[str, object], spans: dict[str, tuple[int, int]]
) -> bool:
    """Set a force's date from ``d`` and say so (True), or, for a past "since" date ("has kept troops
    there since 2017": when they came, not the force's date; "from 2026" is), set its ``since``
    fields once and say to look on (False)."""
    published = view.ctx.published
    if d.relation == "since" and published is not None and d.value <= published:
        fields.setdefault("since", d.value.isoformat())
        fields.setdefault("since_precision", d.precision)
        spans.setdefault("since", (d.start, d.end))
        return False
    fields.update(date=d.value.isoformat(), date_precision=d.precision)
    spans["date"] = (d.start, d.end)
    return True
