"""Recipients implied by an event noun that points back to an act told before.

"North Korea fired a missile on Sunday. … Japan condemned the test." The condemnation names no
party but "the test", and the test is the launch told earlier: its actor is whom the condemnation
is aimed at (news GUIDELINES §5: condemning a missile test → the tester). The rule:

* the event has no recipient, and its trigger takes as object (``dobj``, a passive subject, or a
  preposition's object: "protested over the raid", "condemnation of the launch"), or a noun
  trigger completes a verb whose subject is ("the visit was an interference"), a noun of a class
  of ``event_anaphors.yaml`` made definite by a determiner ("the", "this"), with no party named in
  its own words ("the Israeli strikes", "its test" and "the strikes on Gaza" name their parties,
  and the role rules and :mod:`geowire.actors.coref` take them from there);
* the noun's class names the categories it refers back to (``*``: any; "the move", "the
  decision" within a few sentences); an earlier event (an earlier sentence, within the class's
  reach) of one of them, or whose trigger has the noun's lemma ("tested" → "the test"), and not
  negated, is its antecedent — the nearest one whose actors are not the event's own;
* the antecedent's actors (less the event's own: no self-loop) are the recipients. No antecedent,
  no recipient: nothing is invented.

:func:`referred_noun` finds the noun on a parsed trigger; :func:`antecedent_event` the act it
points back to among events already coded (plain data); :func:`implied_by_event_nouns` applies both
to a document's events (the rule coder's output), and the learned stage's candidates get the same
recipient as a variant (``recipient_how`` "previous-event", :meth:`EventCoder._event_noun_variants`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict

from geowire.lang import LanguagePack
from geowire.lang.pack import validated
from geowire.types import Event

FILE = "event_anaphors.yaml"
_VERBAL = frozenset({"VERB", "AUX"})
ANY = "*"


class NounClass(BaseModel):
    """Event nouns (lemmas) that point back to acts of ``categories`` within ``reach`` sentences."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    categories: list[str]
    words: list[str]
    reach: int | None = None


class EventAnaphorFile(BaseModel):
    """``event_anaphors.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    determiners: list[str] = []
    object_deps: list[str] = []
    subject_deps: list[str] = []
    complement_deps: list[str] = []
    prepositions: list[str] = []
    classes: list[NounClass] = []


@dataclass(frozen=True)
class EventNouns:
    """:class:`EventAnaphorFile` compiled: each noun lemma with its categories and reach."""

    determiners: frozenset[str]
    object_deps: frozenset[str]
    subject_deps: frozenset[str]
    complement_deps: frozenset[str]
    prepositions: frozenset[str]
    nouns: Mapping[str, tuple[frozenset[str], int | None]]


def event_nouns(lang: LanguagePack) -> EventNouns:
    """The event anaphors of ``lang`` (none when the pack ships no ``event_anaphors.yaml``)."""
    return lang.compiled("coding.event_anaphors", _compile)


def _compile(lang: LanguagePack) -> EventNouns:
    raw = lang.yaml(FILE) if lang.has(FILE) else {}
    spec: EventAnaphorFile = validated(EventAnaphorFile, raw or {}, f"data/lang/{lang.code}/{FILE}")
    nouns: dict[str, tuple[frozenset[str], int | None]] = {}
    for c in spec.classes:
        for w in c.words:
            nouns[w.lower()] = (frozenset(c.categories), c.reach)
    return EventNouns(
        _low(spec.determiners),
        _low(spec.object_deps),
        _low(spec.subject_deps),
        _low(spec.complement_deps),
        _low(spec.prepositions),
        nouns,
    )


def _low(words: Sequence[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def referred_noun(trig: Any, words: EventNouns, named: Callable[[Any], bool]) -> Any | None:
    """The definite event noun of ``words`` that the trigger ``trig`` (a spaCy ``Token`` or a
    ``TokenView``) takes as its object, directly or through a preposition, or that is the subject
    of the verb a noun trigger completes (:func:`_arguments`), when no word of the noun's phrase
    is a party (``named``: whether a token belongs to a coded actor mention) and no possessor owns
    it; None otherwise."""
    for child in _arguments(trig, words):
        if child.dep_ in words.object_deps or child.head.i != trig.i:
            found = _pointing(child, words, named)
        elif child.dep_ == "prep" and child.lower_ in words.prepositions:
            found = next((_pointing(g, words, named) for g in child.children if g.dep_ == "pobj"), None)
        else:
            continue
        if found is not None:
            return found
    return None


def pointing_subject(trig: Any, words: EventNouns, named: Callable[[Any], bool]) -> Any | None:
    """The definite event noun of ``words`` that is the subject of the verb ``trig`` ("The sanctions
    will freeze …", "the embargo bars …") naming no party in its own words and owned by no possessor
    (as :func:`referred_noun`); None otherwise. Such a noun stands for the act told before, and the
    verb's act is that act's own: its doer is the act's actor (:meth:`EventCoder._stand_in_variants`)."""
    if trig.pos_ not in _VERBAL:
        return None
    subj = next((c for c in trig.children if c.dep_ in words.subject_deps), None)
    return None if subj is None else _pointing(subj, words, named)


def _arguments(trig: Any, words: EventNouns) -> list[Any]:
    """The trigger's own dependents, and for a noun trigger that completes a verb ("the visit
    constitutes an interference", "the launch was a provocation") that verb's subject."""
    out = list(trig.children)
    head = trig.head
    if (
        trig.pos_ == "NOUN"
        and trig.dep_ in words.complement_deps
        and head.i != trig.i
        and head.pos_ in _VERBAL
    ):
        out += [c for c in head.children if c.dep_ in words.subject_deps]
    return out


def _pointing(noun: Any, words: EventNouns, named: Callable[[Any], bool]) -> Any | None:
    if noun.pos_ != "NOUN" or _lemma(noun) not in words.nouns:
        return None
    kids = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ in words.determiners for c in kids):
        return None
    if any(c.dep_ == "poss" for c in kids) or any(named(t) for t in noun.subtree):
        return None
    return noun


def _lemma(tok: Any) -> str:
    return str(tok.lemma_).lower()


def antecedent_event(
    lemma: str,
    sentence: int,
    earlier: Sequence[Event],
    words: EventNouns,
    *,
    own: frozenset[str | None],
    trigger_lemmas: Callable[[Event], Collection[str]],
) -> Event | None:
    """The act an event noun (``lemma``) in sentence ``sentence`` points back to (its actors are the
    pointing event's recipients): the nearest event of ``earlier`` (in document order) in an earlier
    sentence within the noun class's reach, not negated, with actors, of one of the class's
    categories or with the noun's lemma among its trigger's (``trigger_lemmas``: "signed a deal" →
    "the deal"). None when there is none, or when an actor of that nearest act is one of ``own``
    (the pointing event's actors: "Seoul tested a missile. Seoul defended the test" implies no one)."""
    spec = words.nouns.get(lemma)
    if spec is None:
        return None
    cats, reach = spec
    for e in reversed(earlier):
        if e.sentence_index >= sentence or not e.actors:
            continue
        if reach is not None and sentence - e.sentence_index > reach:
            break
        if e.modality == "negated":
            continue
        if ANY not in cats and e.category not in cats and lemma not in trigger_lemmas(e):
            continue
        if any(a.code in own or a.code is None for a in e.actors):
            return None  # the nearest act of the kind is the event's own actor's: none is implied
        return e
    return None


def implied_by_event_nouns(
    events: Sequence[Event],
    words: EventNouns,
    *,
    trigger_token: Callable[[Event], Any | None],
    trigger_lemmas: Callable[[Event], Collection[str]],
    named: Callable[[Any], bool],
    note: Callable[[Event, Event, str], Event],
) -> list[Event]:
    """``events`` (one document, in order) with each event that has no recipient and whose trigger
    (``trigger_token``; ``trigger_lemmas``: the lemmas of its words) takes a pointing event noun
    (:func:`referred_noun`) given the actors of the act the noun points back to
    (:func:`antecedent_event`) as recipients, through ``note`` (event, antecedent, noun lemma →
    the event with the antecedent's actors as recipients)."""
    if not words.nouns:
        return list(events)
    out = list(events)
    for k, event in enumerate(events):
        if event.recipients or not event.actors:
            continue
        trig = trigger_token(event)
        noun = referred_noun(trig, words, named) if trig is not None else None
        if noun is None:
            continue
        found = antecedent_event(
            _lemma(noun),
            event.sentence_index,
            out[:k],
            words,
            own=frozenset(a.code for a in event.actors),
            trigger_lemmas=trigger_lemmas,
        )
        if found is not None:
            out[k] = note(event, found, _lemma(noun))
    return out
