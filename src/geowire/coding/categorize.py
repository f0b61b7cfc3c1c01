"""Decide the PLOVER category linking an actor span to a recipient span in a parsed sentence.

:func:`categorize` looks for the event trigger on the dependency path between the two spans
(lowest common ancestor first, then down the recipient's and the actor's side), reads it in the
event lexicon (the language pack's ``event_lexicon.yaml``, compiled once per pack by
:func:`lexicon_of`: verbs, phrasal verbs, light-verb + event-noun pairs, event nouns), then adjusts
the category with the function words of its ``grammar`` section:

* intent — "vowed to strike" → THREATEN, "pledged to send aid" / "will support" → AGREE;
* negation and failure — "did not support", "failed to reach a deal" → REJECT;
* obligation on another party — "said the rebels must free ..." → REQUEST;
* undoing verbs (``reversers``/``undo``) — "lifted the curfew" → CONCEDE, "cut aid" → SANCTION;
* re-readings (``reinterpret``) — a peacekeeping deployment is AID, seizing a town ASSAULT;
* purpose — "phoned X to congratulate him" is coded by the purpose (SUPPORT).

When the path holds no trigger it looks at the words attached to the path, then at the rest of
the sentence, with lower confidence. No trigger anywhere → ``None``: no fallback category. The
``rule`` of each :class:`Decision` names the lexicon entry, where it was found and the adjustment
(``lexicon:verb:attack@path+intent``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from geowire.coding.references import BackReferences, back_reference, idiom_phrases, in_idiom
from geowire.coding.view import AnyDoc, AnyToken
from geowire.lang.pack import LanguagePack, LanguagePackError, validated
from geowire.types import PLOVER_CATEGORIES, QUAD_CLASS, PloverCategory

_VERBAL = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_PHRASE_DEPS = frozenset({"prt", "prep", "dobj", "acomp", "advmod", "attr", "oprd", "dative",
                          "npadvmod", "xcomp", "ccomp", "pobj", "compound", "agent",
                          "intj"})  # fmt: skip  # "intj": "said no" (the parser's interjection)
_ADJACENT_DEPS = frozenset({"prt", "prep", "agent"})  # must follow the verb closely: "call on"
# a passive verb's subject stands where its object would ("ties were cut" is "cut tie"): a verb's own
# dependent only, not a clause's below it
_OWN_DEPS = _PHRASE_DEPS | {"nsubjpass"}
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
_QUANTIFIER_POS = frozenset({"PRON", "DET", "NUM"})  # "some of", "any of", "two of"
_WH_TAGS = frozenset({"WP", "WDT"})  # "what", "which": a relative or question word, no party
_PARTICLE_REACH = 5  # at most this far after the verb when its object stands between ("pull X out")
_MATERIAL_CONFLICT_TO_THREAT = frozenset({"ASSAULT", "COERCE", "PROTEST"})
_CONDITIONAL_TO_THREAT = frozenset({"SANCTION", "REJECT", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE"})


Adjustment = Literal["obligation", "negated", "intent", "condition", "polarity", "attribution"]
Where = Literal["path", "near", "sentence", "actor-span", "lexical", "denied"]


@dataclass(frozen=True)
class Decision:
    """The category chosen for one actor→recipient pair, with the words that triggered it.

    What the decision carries is typed: ``adjustment`` says how the lexicon's category was changed
    (an obligation put on another party → REQUEST, a negated cooperation → REJECT, intent → AGREE
    or THREATEN, a condition → THREATEN; ``polarity``: a sense that holds only under a negation,
    "will not tolerate" → THREATEN, whose negation is the category's); ``where`` where the trigger
    was found; ``sense`` the lexicon entry. ``rule`` is the same information as one readable
    string, for people only.
    """

    category: str  # one of geowire.types.PLOVER_CATEGORIES
    mode: str | None
    context: tuple[str, ...]
    trigger: int  # token index (in doc) of the trigger word
    trigger_end: int  # exclusive token index
    confidence: float
    rule: str  # e.g. "lexicon:verb:supply@path+intent", for display
    adjustment: Adjustment | None = None
    where: Where = "path"
    sense: str = ""  # the lexicon entry key, e.g. "verb:supply"
    base_category: str | None = None  # the category before the adjustment (None: not adjusted)


# --- the lexicon ---------------------------------------------------------------------------------


class LexiconEntry(BaseModel):
    """One group of trigger words sharing a category, mode and context."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    category: PloverCategory
    mode: str | None = None
    context: list[str] = []
    verbs: list[str] = []
    nouns: list[str] = []

    @field_validator("verbs", "nouns")
    @classmethod
    def _clean_words(cls, v: list[str]) -> list[str]:
        for w in v:
            if not w or w != w.strip() or "_" in w or w.lower() != w:
                raise ValueError(f"trigger {w!r} must be lower-case words separated by single spaces")
        return v


class SecondSense(BaseModel):
    """Another reading of trigger words the lexicon lists elsewhere ("ban": COERCE, but a ban on
    trade is a SANCTION): the learned stage's candidate search proposes it beside the first."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    category: PloverCategory
    mode: str | None = None
    verbs: list[str] = []  # verbs and verb phrases listed in the entries
    nouns: list[str] = []  # event nouns and noun phrases listed in the entries


class Judgement(BaseModel):
    """Verbs that, with an object complement ("called the decision a provocation", "branded the
    vote illegal"), state the speaker's judgement: the event is that judgement, not the verb's own
    sense (a phone call); ``category`` first, ``second`` as the other reading."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    verbs: list[str] = []
    object_deps: list[str] = []  # dependency labels of the object the complement is said of ("dobj")
    complement_deps: list[str] = []  # dependency labels of the complement ("oprd")
    # the parser's other readings: the object hung on the complement ("called [the killings]
    # crimes": nmod), the complement hung on the object after it ("called the seizure unacceptable")
    object_in_complement_deps: list[str] = []
    trailing_deps: list[str] = []
    # the complement hung on the object as an apposition with no comma between ("called the leader
    # the head of a gang"); a comma makes it the object's own apposition, a name no label
    appositive_deps: list[str] = []
    # verbs that label their object through a preposition ("described the leader as a dictator",
    # "portrayed them as invaders"): a judgement when the label holds a word of ``pejorative``
    as_verbs: list[str] = []
    as_preps: list[str] = []
    pejorative: list[str] = []
    category: PloverCategory = "ACCUSE"
    mode: str | None = None
    second: PloverCategory | None = None


class Reinterpretation(BaseModel):
    """Read category ``from`` as ``to`` when the trigger's clause holds one of ``when_words``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    from_: PloverCategory = Field(alias="from")
    to: PloverCategory
    mode: str | None = None
    context: list[str] = []
    from_mode: str | None = None
    when_words: list[str] = []
    when_object: list[str] = []  # the object's lemma is one of these ...
    when_object_entities: list[str] = []  # ... or its entity label one of these (GPE, LOC, FAC)


class FigurativeObjects(BaseModel):
    """Objects that make a transfer verb a figure of speech ("delivered a blow", "lent credence")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    verbs: list[str] = []  # verb lemmas that lose their own event with such an object
    objects: list[str] = []  # object lemmas: blow, opportunity, message, ...
    partitives: list[str] = []  # "a form of insurance": look through to the "of" object
    # motion verbs whose subject is goods or money: "its oil exports go mainly to China", "the
    # funds went to a state bank" — nothing travels as a party (no visit), whatever the phrase
    motion_verbs: list[str] = []
    goods: list[str] = []  # subject lemmas: export, oil, money, ...
    # verbs of receiving a visitor whose object is goods or money: "received the envoy" is a
    # meeting, "received arms", "received a shipment of grain" no visit (a transfer, told by its
    # receiver) — the verb's own reading is none; a light verb's event noun is read first ("received aid")
    receipt_verbs: list[str] = []


class StandingRelations(BaseModel):
    """Nouns of a standing relation ("alliance", "partnership") that name an event only as an act
    (issue 11, offer2): plural ("their alliances") or with a possessor ("the two countries'
    alliance", "its partnership") such a noun names the relation as a state, no event (guidelines:
    standing relations, like the dispute nouns) — unless a verb of ``forming_verbs`` takes it as its
    object ("formed an alliance", "deepened their partnership", "would consider new partnerships")
    or modifies it ("the partnership they signed"), or an adjective of ``forming_modifiers`` marks
    it as one being made ("their new alliance")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    nouns: frozenset[str] = frozenset()
    forming_verbs: frozenset[str] = frozenset()
    plural_tags: frozenset[str] = frozenset()  # the tagger's tags of a plural noun
    possessor_deps: frozenset[str] = frozenset()  # "their alliance", "Chile's partnership"
    object_deps: frozenset[str] = frozenset()  # the noun as the forming verb's object
    through_deps: frozenset[str] = frozenset()  # … of these, one whose verb is its head's head
    modifier_deps: frozenset[str] = frozenset()  # the forming verb as a clause on the noun
    # adjectives that make the noun one being formed ("new security partnerships")
    forming_modifiers: frozenset[str] = frozenset()


class Grammar(BaseModel):
    """Function words the categorizer reads around a trigger to adjust its category."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    future_auxiliaries: frozenset[str]  # "will support": intent
    negators: frozenset[str]  # "did not support", "never supported": negated
    possibility_modals: frozenset[str]  # "could strike unless ...": a conditioned possibility
    obligation_modals: frozenset[str]  # "X must release": an obligation on X
    condition_marks: frozenset[str]  # "will cut aid if ...": a condition
    threat_marks: frozenset[str]  # "will do X unless Y": a threat whatever X is
    failure_verbs: frozenset[str]  # "failed to reach a deal": negated
    # "declined to comment": a failure verb with one of these as complement refuses nothing coded
    unanswered_verbs: frozenset[str] = frozenset()
    infinitive_markers: frozenset[str]  # "phoned X to congratulate him": a purpose clause
    partitive_preps: frozenset[str]  # "a form of insurance": look through to the object
    # "20 tonnes of grain", "a batch of peacekeepers", "part of the sanctions": nouns of measure or
    # part that are looked through their partitive preposition, as quantifiers are ("some of")
    measure_nouns: frozenset[str] = frozenset()
    # quantifiers the tagger reads as adjectives or nouns ("most of its exports", "none of the
    # jets"), looked through as "some of" is
    quantifier_words: frozenset[str] = frozenset()
    # "ordered X to appear", "told the junta to step down": a demand made of the verb's object
    directive_verbs: frozenset[str] = frozenset()
    imposed_categories: frozenset[str] = frozenset()  # what an order imposes rather than asks
    # "the lifting of the embargo", "a cessation of hostilities": nouns that undo their object
    nominal_reversers: frozenset[str] = frozenset()
    undone_preps: frozenset[str] = frozenset()
    # "sent experts to investigate": a sending coded by its purpose when it is one of these
    purpose_verbs: frozenset[str] = frozenset()
    purpose_categories: frozenset[str] = frozenset()
    # "launched an attack on X, calling it ...": an attack made of words is an accusation
    verbal_attacks: frozenset[str] = frozenset()  # the attack words
    speech_verbs: frozenset[str] = frozenset()  # the participle that says it was words
    # named-entity labels of times ("in March", "on Independence Day"): a word inside one is a date,
    # never an event, whatever its lemma ("March" is no protest march)
    time_entities: frozenset[str] = frozenset()
    # the hyphen of a compound modifier ("shoulder-fired missiles", "laser-guided bombs")
    hyphens: frozenset[str] = frozenset()


class LexiconFile(BaseModel):
    """The whole ``event_lexicon.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    pass_through: list[str]
    intent: list[str]
    light_verbs: list[str]
    entries: list[LexiconEntry]
    reversers: list[str] = []
    undo: dict[str, str] = {}
    reinterpret: list[Reinterpretation] = []
    figurative_objects: FigurativeObjects = FigurativeObjects()
    undergo_verbs: list[str] = []
    charged_verbs: list[str] = []  # a reported breach: the speaker's charge against the verb's subject
    grammar: Grammar
    contexts: dict[str, list[str]] = {}  # PLOVER context → cue lemmas, forms or phrases (coder)
    second_senses: list[SecondSense] = []
    judgements: Judgement = Judgement()
    never_triggers: list[str] = []  # word forms that are no event whatever their lemma ("according")
    # expressions none of whose words is an event ("in case of": no lawsuit, "in charge of")
    never_phrases: list[str] = []
    # lemmas the tagger gets wrong → the lemma the lexicon lists ("staged" → "stag", not "stage")
    lemma_repairs: dict[str, str] = {}
    # definite event nouns that only point back to an act already made ("the treaty expires")
    back_references: BackReferences = BackReferences()
    # fixed phrases none of whose words is an event ("deal a blow", "a great deal"): lemmas
    idioms: list[str] = []
    standing_relations: StandingRelations = StandingRelations()

    @field_validator("undo")
    @classmethod
    def _undo_categories(cls, v: dict[str, str]) -> dict[str, str]:
        bad = [c for pair in v.items() for c in pair if c not in PLOVER_CATEGORIES]
        if bad:
            raise ValueError(f"unknown PLOVER category {bad[0]!r}")
        return v


@dataclass(frozen=True)
class Sense:
    """What a trigger means: category, mode, context, and the lexicon key that matched."""

    category: str
    mode: str | None
    context: tuple[str, ...]
    key: str


@dataclass(frozen=True)
class Lexicon:
    """The compiled lexicon: single words and phrases for verbs and nouns."""

    verbs: dict[str, Sense]
    verb_phrases: dict[str, list[tuple[tuple[str, ...], Sense]]]  # head lemma → (rest, sense)
    nouns: dict[str, Sense]
    noun_phrases: dict[str, list[tuple[tuple[str, ...], Sense]]]  # any word → (words, sense)
    pass_through: frozenset[str]
    intent: frozenset[str]
    light_verbs: frozenset[str]
    grammar: Grammar
    reversers: frozenset[str] = frozenset()  # "lift", "call off": a lemma, or a lemma and its particle
    reinterpret: tuple[Reinterpretation, ...] = ()
    undo: tuple[tuple[str, str], ...] = ()
    figurative: FigurativeObjects = FigurativeObjects()
    undergo: frozenset[str] = frozenset()
    contexts: tuple[tuple[str, tuple[str, ...]], ...] = ()  # in the file's order
    second: dict[str, tuple[Sense, ...]] = field(default_factory=dict)  # "verb:ban" → other readings
    judgements: Judgement = Judgement()
    never: frozenset[str] = frozenset()  # word forms that are never triggers
    # senses that hold only when the verb is negated ("not tolerate": THREATEN): the verb's lemma →
    # (the rest of the phrase, sense), from the lexicon's verb phrases that begin with a negator
    negated_phrases: dict[str, list[tuple[tuple[str, ...], Sense]]] = field(default_factory=dict)
    # word form → the never-trigger expressions it stands in ("case" → ("in", "case", "of"))
    never_phrases: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    back_references: BackReferences = BackReferences()
    idioms: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # lemma → idioms
    # "X said Y violated the truce": a breach the speaker reports of another subject is the speaker's
    # charge (the coder makes it an ACCUSE), so the speaker stays its source
    charged: frozenset[str] = frozenset()
    standing: StandingRelations = StandingRelations()  # relation nouns named as a state: no event


def lexicon_of(lang: LanguagePack) -> Lexicon:
    """The event lexicon of ``lang`` (its ``event_lexicon.yaml``), validated and compiled once per
    pack; a bad file raises :class:`~geowire.lang.pack.LanguagePackError` naming entry and field."""
    return lang.compiled("coding.lexicon", _read_lexicon)


def _read_lexicon(lang: LanguagePack) -> Lexicon:
    return parse_lexicon(lang.yaml("event_lexicon.yaml"), f"data/lang/{lang.code}/event_lexicon.yaml")


def parse_lexicon(raw: Any, where: str) -> Lexicon:
    """The lexicon compiled from parsed YAML ``raw``; ``where`` names the file in errors."""
    spec: LexiconFile = validated(LexiconFile, raw, where)
    return _compile(spec, where)


def _compile(spec: LexiconFile, where: str) -> Lexicon:
    verbs: dict[str, Sense] = {}
    nouns: dict[str, Sense] = {}
    table: dict[str, Sense]
    verb_phrases: dict[str, list[tuple[tuple[str, ...], Sense]]] = {}
    noun_phrases: dict[str, list[tuple[tuple[str, ...], Sense]]] = {}
    negated_phrases: dict[str, list[tuple[tuple[str, ...], Sense]]] = {}
    for entry in spec.entries:
        for kind, words in (("verb", entry.verbs), ("noun", entry.nouns)):
            for w in words:
                sense = Sense(entry.category, entry.mode, tuple(entry.context), f"{kind}:{w}")
                parts = tuple(w.split())
                if len(parts) == 1:
                    table = verbs if kind == "verb" else nouns
                    if w in table and table[w].category != entry.category:
                        raise LanguagePackError(
                            f"{where}: {kind} {w!r} listed under {table[w].category} and {entry.category}"
                        )
                    table.setdefault(w, sense)
                elif kind == "verb" and parts[0] in spec.grammar.negators:
                    negated_phrases.setdefault(parts[1], []).append((parts[2:], sense))
                elif kind == "verb":
                    verb_phrases.setdefault(parts[0], []).append((parts[1:], sense))
                else:
                    for p in set(parts):
                        noun_phrases.setdefault(p, []).append((parts, sense))
                if kind == "noun" and "-" in w.strip("-"):
                    # the tokenizer splits "cease-fire" into "cease", "-", "fire": matched as a phrase
                    split = tuple(w.replace("-", " - ").split())
                    for p in set(split):
                        noun_phrases.setdefault(p, []).append((split, sense))
    for phrases in (verb_phrases, noun_phrases, negated_phrases):
        for options in phrases.values():
            options.sort(key=lambda o: -len(o[0]))  # longest phrase first
    light, intent = set(spec.light_verbs), set(spec.intent)
    try:
        idioms = idiom_phrases(
            spec.idioms, lambda w: w in verbs or w in nouns or w in verb_phrases or w in noun_phrases
        )
    except ValueError as e:
        raise LanguagePackError(f"{where}: idioms: {e}") from e
    for wrong, right in spec.lemma_repairs.items():  # the wrong lemma reads as the right one
        if right in verbs:
            verbs.setdefault(wrong, verbs[right])
        if right in verb_phrases:
            verb_phrases.setdefault(wrong, verb_phrases[right])
        light |= {wrong} if right in light else set()
        intent |= {wrong} if right in intent else set()
    return Lexicon(verbs, verb_phrases, nouns, noun_phrases, frozenset(spec.pass_through),
                   frozenset(intent), frozenset(light), spec.grammar,
                   frozenset(spec.reversers), tuple(spec.reinterpret),
                   tuple(spec.undo.items()), spec.figurative_objects, frozenset(spec.undergo_verbs),
                   tuple((name, tuple(cues)) for name, cues in spec.contexts.items()),
                   _second_senses(spec, where), spec.judgements,
                   frozenset(spec.never_triggers), negated_phrases,
                   _never_phrases(spec.never_phrases), spec.back_references, idioms,
                   frozenset(spec.charged_verbs), spec.standing_relations)  # fmt: skip


def _never_phrases(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        words = tuple(p.lower().split())
        for w in set(words):
            out.setdefault(w, []).append(words)
    return {w: tuple(v) for w, v in out.items()}


def _second_senses(spec: LexiconFile, where: str) -> dict[str, tuple[Sense, ...]]:
    """The other readings of listed triggers (words or phrases), by the key of their first reading."""
    firsts: dict[str, str] = {}
    for e in spec.entries:
        for kind, words in (("verb", e.verbs), ("noun", e.nouns)):
            for w in words:
                firsts.setdefault(f"{kind}:{w}", e.category)
    out: dict[str, list[Sense]] = {}
    for entry in spec.second_senses:
        for kind, words in (("verb", entry.verbs), ("noun", entry.nouns)):
            for w in words:
                key = f"{kind}:{w}"
                if firsts.get(key, entry.category) == entry.category:
                    raise LanguagePackError(
                        f"{where}: second sense {entry.category} of {kind} {w!r}: it must be a "
                        f"{kind} of another category in the entries"
                    )
                second = Sense(entry.category, entry.mode, (), f"{key}~{entry.category}")
                out.setdefault(key, []).append(second)
    j = spec.judgements
    if j.second is not None:
        for v in j.verbs:
            key = f"verb:{v}+judgement"
            out[key] = [Sense(j.second, None, (), f"{key}~{j.second}")]
    return {k: tuple(v) for k, v in out.items()}


# --- matching one token --------------------------------------------------------------------------


def _forms(tok: AnyToken) -> tuple[str, str]:
    return tok.lemma_.lower(), tok.lower_


@dataclass(frozen=True)
class _Match:
    sense: Sense
    head: AnyToken
    tokens: tuple[int, ...]
    how: str  # "verb", "phrase", "light", "noun", "judgement", "directive", "polarity" (a negated sense)


def _near_lemmas(tok: AnyToken, grammar: Grammar) -> dict[str, int]:
    """Lemmas (and forms) of the token's dependents and their dependents → token index.
    Particles and prepositions count only right after the verb ("called on X", not "called X on
    Friday"). A quantifier or measure object (:func:`_quantifier`, by ``grammar``) is looked through
    its partitive preposition: "lifted some of its sanctions" lifts sanctions, "sent a batch of
    peacekeepers" sends peacekeepers. A passive's subject counts as the object: "the embargo was
    lifted" lifts the embargo."""
    found: dict[str, int] = {}
    for child in tok.children:
        if child.dep_ in _OBJECT_DEPS and _quantifier(child, grammar):
            of = grammar.partitive_preps
            for prep in (g for g in child.children if g.dep_ == "prep" and g.lower_ in of):
                for obj in (g for g in prep.children if g.dep_ == "pobj"):
                    for form in _forms(obj):
                        found.setdefault(form, obj.i)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i != tok.i and tok.head.pos_ in _NOMINAL:
        # "the treaty signed in 2010", "the embassy closed by X": a participle's noun is its object,
        # as a passive's subject is
        for form in _forms(tok.head):
            found.setdefault(form, tok.head.i)
    stray = _object_past_adjunct(tok)
    if stray is not None:  # "will revoke, as of next month, the licence": the licence is revoked
        for form in _forms(stray):
            found.setdefault(form, stray.i)
    for child in tok.children:
        if child.dep_ not in _OWN_DEPS and not _object_predicate(child):
            continue
        if child.dep_ in _ADJACENT_DEPS and not 0 < child.i - tok.i <= 2 and not _after_object(tok, child):
            continue
        for form in _forms(child):
            found.setdefault(form, child.i)
        for grand in child.children:
            if grand.dep_ in _ADJACENT_DEPS and not 0 < grand.i - tok.i <= 3:
                continue
            if grand.dep_ in _PHRASE_DEPS or grand.dep_ in ("pobj", "amod", "det"):
                for form in _forms(grand):
                    found.setdefault(form, grand.i)
    return found


def _object_past_adjunct(verb: AnyToken) -> AnyToken | None:
    """The object of a verb that an adjunct set off by commas parts from it ("will revoke, from next
    month, the licence"), which the parser hangs on a word before the verb: the head noun of the
    first noun phrase after the closing comma, when the verb has no object of its own and the
    adjunct is the verb's."""
    doc = verb.doc
    if verb.pos_ != "VERB" or any(c.dep_ in _OBJECT_DEPS for c in verb.children):
        return None
    commas = sorted(c.i for c in verb.children if c.dep_ == "punct" and c.i > verb.i and c.lower_ == ",")
    if len(commas) < 2 or commas[0] != verb.i + 1:
        return None
    inner = range(commas[0] + 1, commas[1])
    if not inner or any(doc[i].head.i != verb.i and doc[i].head.i not in inner for i in inner):
        return None  # the words between the commas are one adjunct of the verb's
    end = min(commas[1] + 1 + _STRAY_OBJECT_REACH, verb.sent.end)
    for t in doc[commas[1] + 1 : end]:
        if t.pos_ in _NOMINAL and t.dep_ != "compound":
            return t if t.head.i < verb.i or t.dep_ == "dep" else None
        if t.pos_ not in _NOUN_PHRASE_POS:
            return None
    return None


_STRAY_OBJECT_REACH = 4  # words of the noun phrase after an adjunct up to its head ("the new oil licence")
_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PART"})


def _object_predicate(child: AnyToken) -> bool:
    """An adjective the parser hangs on the verb as a clause of its own, with no subject or mark,
    that says what the object is made or found to be: "held X responsible for", "found X guilty"
    (issue 11). It belongs to the verb's phrase as an object complement does."""
    return (
        child.dep_ == "advcl"
        and child.pos_ == "ADJ"
        and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for g in child.children)
    )


def _is_measure(noun: AnyToken, measures: frozenset[str]) -> bool:
    return noun.pos_ in _NOMINAL and noun.lemma_.lower() in measures


def _quantifier(noun: AnyToken, grammar: Grammar) -> bool:
    """Whether ``noun`` is looked through its partitive preposition: a quantifier ("some of", "two
    of", "most of"), or a noun of measure or part ("a batch of", "the bulk of")."""
    return (
        noun.pos_ in _QUANTIFIER_POS
        or _is_measure(noun, grammar.measure_nouns)
        or noun.lemma_.lower() in grammar.quantifier_words
    )


def _measured(noun: AnyToken, lex: Lexicon) -> AnyToken | None:
    """What a measure noun measures ("20 tonnes of grain": "grain"), or None."""
    if not _is_measure(noun, lex.grammar.measure_nouns):
        return None
    return next((g for p in noun.children if p.dep_ == "prep" and p.lower_ in lex.grammar.partitive_preps
                 for g in p.children if g.dep_ == "pobj" and g.pos_ in _NOMINAL), None)  # fmt: skip


def _after_object(verb: AnyToken, particle: AnyToken) -> bool:
    """A particle separated from its verb by the verb's short object only ("pull its police out of
    X", "called the meeting off"): a particle (or a preposition with no object of its own) right
    after the object's last word. "called X on Friday" has its own object ("Friday") and stays out."""
    if particle.dep_ == "prep" and any(c.dep_ == "pobj" for c in particle.children):
        return False
    if particle.dep_ not in ("prt", "prep") or not 0 < particle.i - verb.i <= _PARTICLE_REACH:
        return False
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.i < particle.i:
            words = [t.i for t in obj.subtree]
            return min(words) == verb.i + 1 and max(words) == particle.i - 1
    return False


def _verb_phrase(tok: AnyToken, lex: Lexicon) -> _Match | None:
    return _phrase(tok, lex.verb_phrases.get(tok.lemma_.lower()), lex, "phrase")


def _phrase(
    tok: AnyToken, options: list[tuple[tuple[str, ...], Sense]] | None, lex: Lexicon, how: str
) -> _Match | None:
    """The first of a verb's phrasal ``options`` (the rest of the phrase, its sense) whose words
    stand around it (:func:`_near_lemmas`), longest first; among phrases as long, one built on the
    verb's object before one that is not ("stopped work in the mines": "stop work", not "stop in")."""
    if not options:
        return None
    near = _near_lemmas(tok, lex.grammar)
    best: _Match | None = None
    for rest, sense in options:
        if best is not None and len(rest) < len(best.tokens) - 1:
            break  # longest first: the rest are shorter
        if all(w in near for w in rest):
            match = _Match(sense, tok, (tok.i, *(near[w] for w in rest)), how)
            if _adjunct_only(match):
                continue
            if best is None:
                best = match
            elif _on_object(match) and not _on_object(best):
                return match
    return best


def _adjunct_only(match: _Match) -> bool:
    """Whether a verb + preposition phrase ("stop in", "arrive in") is matched only by a preposition
    that stands after the verb's direct object with an object of its own: "did not stop Kenya in the
    north" names where the stopping happened, no stop-over; the phrase is the verb's only when the
    preposition follows the verb itself ("stopped in Nairobi")."""
    doc = match.head.doc
    rest = [doc[i] for i in match.tokens[1:]]
    if not rest or any(t.dep_ != "prep" or t.head.i != match.head.i for t in rest):
        return False
    first = min(t.i for t in rest)
    return any(c.dep_ == "dobj" and c.i < first for c in match.head.children) and all(
        any(g.dep_ == "pobj" for g in t.children) for t in rest
    )


def _on_object(match: _Match) -> bool:
    """Whether a phrase match holds its verb's object ("stop work": "work")."""
    doc = match.head.doc
    return any(doc[i].dep_ in _OBJECT_DEPS and doc[i].head.i == match.head.i for i in match.tokens[1:])


def _negated_phrase(tok: AnyToken, lex: Lexicon) -> _Match | None:
    """ "will not tolerate", "never tolerated", "did not rule out": a sense the lexicon lists with a
    leading negator, when the verb is negated (the negation belongs to the trigger)."""
    options = lex.negated_phrases.get(tok.lemma_.lower())
    if not options or not _is_negated(tok, lex.grammar):
        return None
    return _phrase(tok, options, lex, "polarity")


def _noun_phrase(tok: AnyToken, lex: Lexicon) -> _Match | None:
    doc, forms = tok.doc, _forms(tok)
    for lemma in dict.fromkeys(forms):
        for words, sense in lex.noun_phrases.get(lemma, ()):
            n = len(words)
            for start in range(max(0, tok.i - n + 1), min(tok.i, len(doc) - n) + 1):
                if words[tok.i - start] not in forms:
                    continue  # ``tok``'s own place first: most windows fail there
                window = [doc[k] for k in range(start, start + n)]
                if all(w in _forms(t) for w, t in zip(words, window, strict=True)):
                    return _Match(sense, tok, tuple(range(start, start + n)), "phrase")
    return None


def _noun(tok: AnyToken, lex: Lexicon) -> _Match | None:
    if tok.pos_ not in _NOMINAL and tok.pos_ != "VERB":
        return None
    phrase = _noun_phrase(tok, lex)
    if phrase:
        return phrase
    for form in _forms(tok):
        if form in lex.nouns:
            return _Match(lex.nouns[form], tok, (tok.i,), "noun")
    return None


def _verb(tok: AnyToken, lex: Lexicon) -> _Match | None:
    """A verb trigger: a judgement (an object and its label), a sense that holds under the verb's
    negation, a phrasal entry, then light verb + event noun, then the verb itself."""
    if _goods_moving(tok, lex):
        return None
    # an object with its label is a judgement before any phrase the verb and object make ("called
    # the strike an act of aggression" is no strike called)
    judged = _judgement(tok, lex)
    if judged is not None:
        return judged
    phrase = _negated_phrase(tok, lex) or _verb_phrase(tok, lex)
    if phrase:
        return phrase
    lemma = tok.lemma_.lower()
    if lemma in lex.light_verbs:
        for child in (c for o in tok.children if o.dep_ in ("dobj", "attr", "nsubjpass", "oprd")
                      for c in _conjoined(o)):  # fmt: skip
            if child.pos_ in _NOMINAL:
                noun = _noun(child, lex)
                measured = _measured(child, lex) if noun is None else None
                noun = _noun(measured, lex) if measured is not None else noun
                if noun:
                    return _Match(noun.sense, noun.head, (tok.i, *noun.tokens), "light")
    if lemma in lex.verbs and lemma not in lex.pass_through and not _figurative(tok, lex):
        if _goods_received(tok, lex):
            return None
        return _Match(lex.verbs[lemma], tok, (tok.i,), "verb")
    return None


def _conjoined(obj: AnyToken) -> Iterator[AnyToken]:
    """An object and the nouns conjoined to it ("gave training and financial support"), in order."""
    cur: AnyToken | None = obj
    seen = 0
    while cur is not None and seen < 8:
        yield cur
        seen += 1
        cur = next((c for c in cur.children if c.dep_ == "conj" and c.pos_ in _NOMINAL), None)


def _judgement(verb: AnyToken, lex: Lexicon) -> _Match | None:
    """ "called the decision a provocation": a judgement verb with an object and its complement (a
    name is no complement: "called Prime Minister X" may be parsed so)."""
    j = lex.judgements
    lemma = verb.lemma_.lower()
    if lemma not in j.verbs and lemma not in j.as_verbs:
        return None
    objects = [c for c in verb.children if c.dep_ in j.object_deps]
    if not (lemma in j.verbs and _labelled(verb, objects, j)) and not _labelled_as(verb, objects, j):
        return None
    key = f"verb:{verb.lemma_.lower()}+judgement"
    return _Match(Sense(j.category, j.mode, (), key), verb, (verb.i,), "judgement")


def judgement_label(tok: AnyToken, lex: Lexicon) -> bool:
    """Whether ``tok`` stands in the label of a judgement ("called the raid a violation of X's
    sovereignty", "described the vote as a fraud"): the label says what the speaker thinks of the
    object, and the judgement verb's own reading is the event — the label's event words are none."""
    verb = tok.head
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    return verb.i != tok.i and tok.i in judged_label(verb, lex)


def judged_label(verb: AnyToken, lex: Lexicon) -> frozenset[int]:
    """The token indices of the label of ``verb``'s judgement (its complement, or its "as" phrase),
    none when ``verb`` states no judgement: who is named there ("a violation of X's sovereignty")
    is the wronged party or the standard, not the one judged."""
    j = lex.judgements
    if _judgement(verb, lex) is None:
        return frozenset()
    if any(c.dep_ in j.object_deps and c.tag_ in _WH_TAGS for c in verb.children):
        return frozenset()  # "what X calls its operation in Y": X's own name for its own act
    labels = [c for c in verb.children if c.dep_ in j.complement_deps]
    labels += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in j.as_preps
               for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    return frozenset(w.i for c in labels for w in c.subtree)


def _labelled(verb: AnyToken, objects: list[AnyToken], j: Judgement) -> bool:
    """ "called the decision a provocation", "branded the vote illegal", "called the leader the head
    of a gang": an object and the complement that labels it."""
    complements = [c for c in verb.children if c.dep_ in j.complement_deps and c.pos_ != "PROPN"]
    inner = [g for c in complements for g in c.children
             if g.dep_ in j.object_in_complement_deps and g.i < c.i]  # fmt: skip
    trailing = [g for o in objects for g in o.children if g.dep_ in j.trailing_deps and g.i > o.i]
    appositive = [g for o in objects for g in o.children
                  if g.dep_ in j.appositive_deps and g.pos_ not in _NOMINAL - {"NOUN"}
                  and g.i > o.i and not any(t.is_punct for t in o.doc[o.i + 1 : g.i])]  # fmt: skip
    return bool((complements and (objects or inner)) or trailing or appositive)


def _labelled_as(verb: AnyToken, objects: list[AnyToken], j: Judgement) -> bool:
    """ "described the leader as a dictator": an object and an "as" phrase whose words hold a
    pejorative label ("described the talks as useful" states no accusation)."""
    if not objects or any(o.tag_ in _WH_TAGS for o in objects):
        return False  # "what X described as an operation": the label is X's own, of its own act
    labels = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in j.as_preps
              for g in p.subtree if g.i > p.i]  # fmt: skip
    doc = verb.doc
    return any(
        (t.lemma_.lower() in j.pejorative or t.lower_ in j.pejorative)
        and not (t.i > 0 and doc[t.i - 1].is_punct)  # "anti-terrorist" names no terrorist
        for t in labels
    )


def _figurative(verb: AnyToken, lex: Lexicon) -> bool:
    """Whether a transfer verb's direct object makes it a figure of speech: "delivered a blow to",
    "provides a form of insurance", "offers Russia an opportunity" hand nothing over."""
    fig = lex.figurative
    if verb.lemma_.lower() not in fig.verbs:
        return False
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        obj = child.lemma_.lower()
        if obj in fig.partitives:
            of = lex.grammar.partitive_preps
            obj = next((g.lemma_.lower() for p in child.children if p.dep_ == "prep" and p.lower_ in of
                        for g in p.children if g.dep_ == "pobj"), obj)  # fmt: skip
        if obj in fig.objects:
            return True
    return False


def _goods_moving(verb: AnyToken, lex: Lexicon) -> bool:
    """Whether a motion verb's subject is goods or money ("the country's oil exports go to China",
    "most of the loans went to state firms"): a flow of trade, no party travelling (no visit);
    the possessor of such a subject is its owner, not a traveller."""
    fig = lex.figurative
    if verb.lemma_.lower() not in fig.motion_verbs:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_head_lemma(c, lex) in fig.goods for c in subjects)


def _goods_received(verb: AnyToken, lex: Lexicon) -> bool:
    """Whether a verb of receipt has goods or money as its objects ("received arms", "received 20
    tonnes of grain", "received a shipment of fuel"): a transfer told by its receiver, no visit."""
    fig = lex.figurative
    if verb.lemma_.lower() not in fig.receipt_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    measured = [_measured(o, lex) or o for o in objects]  # "20 tonnes of grain": grain
    return bool(objects) and all(o.lower_ in fig.goods or _head_lemma(o, lex) in fig.goods for o in measured)


def _head_lemma(noun: AnyToken, lex: Lexicon) -> str:
    """A subject's head lemma, looking through a partitive ("most of its exports")."""
    if _quantifier(noun, lex.grammar):
        of = lex.grammar.partitive_preps
        inner = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ in of
                      for g in p.children if g.dep_ == "pobj"), None)  # fmt: skip
        if inner is not None:
            return inner.lemma_.lower()
    return noun.lemma_.lower()


def _in_never_phrase(tok: AnyToken, lex: Lexicon) -> bool:
    """Whether ``tok`` stands in one of the lexicon's never-trigger expressions ("in case of")."""
    doc, word = tok.doc, tok.lower_
    for words in lex.never_phrases.get(word, ()):
        n = len(words)
        for start in range(max(0, tok.i - n + 1), min(tok.i, len(doc) - n) + 1):
            # ``tok``'s own place first: most windows fail there, with no generator made
            if words[tok.i - start] == word and all(doc[start + k].lower_ == w for k, w in enumerate(words)):
                return True
    return False


def _match_token(tok: AnyToken, lex: Lexicon) -> _Match | None:
    if tok.lower_ in lex.never or _in_never_phrase(tok, lex) or in_idiom(tok, lex.idioms):
        return None
    if tok.ent_type_ in lex.grammar.time_entities or _descriptive_participle(tok, lex.grammar):
        return None
    if _no_comment(tok, lex.grammar):
        return None
    if tok.pos_ in _VERBAL or (tok.pos_ == "ADJ" and tok.dep_ in ("ROOT", "acomp", "xcomp", "conj")):
        match = _verb(tok, lex)
        if match is not None or _figurative(tok, lex):
            return match  # a figurative "offers X something" is no noun "offer" either
        return _noun(tok, lex)
    if tok.pos_ in _NOMINAL:
        match = _noun(tok, lex)
        return None if match is not None and (_points_back(match, lex) or _standing(match, lex)) else match
    return None


def _standing(match: _Match, lex: Lexicon) -> bool:
    """Whether a matched relation noun names a standing relation, not the act of forming it
    (:class:`StandingRelations`): "their alliances with Seoul", "the two countries' partnership" —
    plural or possessed, and neither the object of a forming verb nor modified by one."""
    rel = lex.standing
    noun = match.head
    if match.how != "noun" or noun.lemma_.lower() not in rel.nouns:
        return False
    if noun.tag_ not in rel.plural_tags and not any(c.dep_ in rel.possessor_deps for c in noun.children):
        return False
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "formed alliances and partnerships": the first conjunct's verb
    verb = first.head.head if first.dep_ in rel.through_deps else first.head  # "entered into …"
    if first.dep_ in rel.object_deps and verb.lemma_.lower() in rel.forming_verbs:
        return False  # "formed their alliance", "deepened its partnerships"
    formed = (c.dep_ in rel.modifier_deps and c.lemma_.lower() in rel.forming_verbs for c in noun.children)
    return not any(formed) and not any(c.lower_ in rel.forming_modifiers for c in noun.children)


def _no_comment(tok: AnyToken, grammar: Grammar) -> bool:
    """ "declined to comment", "refused to elaborate on the report": a failure verb whose complement
    answers a question refuses no party's demand or proposal (GUIDELINES: no REJECT)."""
    return tok.lemma_.lower() in grammar.failure_verbs and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in grammar.unanswered_verbs for c in tok.children
    )


def _descriptive_participle(tok: AnyToken, grammar: Grammar) -> bool:
    """ "shoulder-fired missiles", "laser-guided bombs", "rocket-propelled grenades": a participle
    joined by a hyphen to a common noun before it describes how the thing works; nothing is fired or
    guided. Joined to a name ("a Qatar-brokered truce", "EU-sanctioned") it may name an act."""
    if tok.dep_ != "amod" or tok.pos_ != "VERB":
        return False
    if not any(c.is_punct and c.text in grammar.hyphens and c.i < tok.i for c in tok.children):
        return False
    return any(
        c.dep_ == "npadvmod" and c.i < tok.i and c.pos_ == "NOUN" and not c.ent_type_ for c in tok.children
    )


def _points_back(match: _Match, lex: Lexicon) -> bool:
    """Whether a matched event noun only points back to an act already made ("the treaty expires",
    "under the accord"; :func:`geowire.coding.references.back_reference`): no trigger then. A light
    verb, an undoing verb or a listed acting verb over it makes it a new act ("signed the treaty",
    "lifted the sanctions"), which the verb's own match codes."""
    doc = match.head.doc
    own = frozenset(match.tokens)
    noun = next((doc[i] for i in match.tokens if doc[i].head.i not in own or doc[i].head.i == i), match.head)
    return back_reference(
        noun,
        own,
        lex.back_references,
        acting=lambda verb, direct: _acting(verb, lex, direct=direct),
        undoing_nouns=lex.grammar.nominal_reversers,
        partitives=lex.grammar.partitive_preps,
    )


def _acting(verb: AnyToken, lex: Lexicon, *, direct: bool) -> bool:
    """Whether ``verb`` makes an event noun a new act of its subject: an undoing verb ("broke the
    agreement", "withdrew from the pact"), one of the lexicon's acting verbs, or, when the noun is
    its object (``direct``), a light verb ("signed the treaty") — unless the verb states a judgement
    of it ("called the agreement a breakthrough")."""
    if _listed_verb(verb, lex.back_references.acting_verbs) or _reverses(verb, lex):
        return True
    return direct and verb.lemma_.lower() in lex.light_verbs and _judgement(verb, lex) is None


# --- the dependency path -------------------------------------------------------------------------


def _span_root(doc: AnyDoc, span: tuple[int, int]) -> AnyToken:
    start, end = span
    for tok in doc[start:end]:
        if not (start <= tok.head.i < end) or tok.head.i == tok.i:
            return tok
    return doc[start]


def _ancestors(tok: AnyToken) -> list[AnyToken]:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < 64:
        chain.append(chain[-1].head)
    return chain


def _path(doc: AnyDoc, source: tuple[int, int], target: tuple[int, int] | None) -> tuple[list[AnyToken], int]:
    """Tokens between the two spans, top-down: the common ancestor, the target side, the source side.
    Returns the tokens and how many of them are the ancestor plus the target side."""
    s_chain = _ancestors(_span_root(doc, source))
    if target is None:
        return s_chain[1:], 0
    t_chain = _ancestors(_span_root(doc, target))
    t_ids = {t.i for t in t_chain}
    lca_pos = next((k for k, t in enumerate(s_chain) if t.i in t_ids), len(s_chain) - 1)
    lca = s_chain[lca_pos]
    t_side = list(reversed(t_chain[: [t.i for t in t_chain].index(lca.i)])) if lca.i in t_ids else []
    s_side = list(reversed(s_chain[:lca_pos]))
    return [lca, *t_side, *s_side], 1 + len(t_side)


def _inside(i: int, *spans: tuple[int, int] | None) -> bool:
    return any(s is not None and s[0] <= i < s[1] for s in spans)


def _attached(tok: AnyToken) -> Iterator[AnyToken]:
    """Words hanging off a path word that often carry the event: objects, complements, preps."""
    for child in tok.children:
        if child.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp", "advcl", "conj", "pobj", "prep"):
            yield child
            if child.dep_ == "prep":
                yield from (g for g in child.children if g.dep_ == "pobj")


def _candidates(
    doc: AnyDoc,
    source: tuple[int, int],
    target: tuple[int, int] | None,
    words: Callable[[AnyToken], Iterable[AnyToken]] = lambda tok: tok.sent,
) -> Iterator[tuple[AnyToken, float, str]]:
    """Tokens to try as triggers, best first, with a base confidence and a location tag.
    The confidences are roughly the share of correct decisions per tier on the plv dev set
    (path 0.86, attached words 0.71, elsewhere in the sentence 0.67; 2026-11-22).  The rest of the
    sentence is what ``words`` gives of the source's first word: only the words that can be
    triggers (:func:`categorize` finds them once per sentence, not once per actor pair: a sentence
    of thousands of words and pronouns)."""
    path, _ = _path(doc, source, target)
    seen: set[int] = set()
    tiers: list[tuple[Iterable[AnyToken], float, str]] = [
        (path, 0.85, "path"),
        ((a for t in path for a in _attached(t)), 0.7, "near"),
    ]
    s0, s1 = source
    t0, t1 = target if target is not None else (-1, -1)
    for tokens, conf, where in tiers:
        for tok in tokens:
            i = tok.i
            if i not in seen and not (s0 <= i < s1 or t0 <= i < t1):
                seen.add(i)
                yield tok, conf, where
    anchor = source[0] if target is None else (source[0] + target[0]) // 2
    rest = sorted((t for t in words(doc[source[0]]) if t.i not in seen), key=lambda t: abs(t.i - anchor))
    for tok in rest:
        i = tok.i
        if not (s0 <= i < s1 or t0 <= i < t1):
            yield tok, 0.65, "sentence"
    yield _span_root(doc, source), 0.4, "actor-span"


# --- modifiers: intent and negation --------------------------------------------------------------


def _governors(tok: AnyToken, limit: int = 3, *, past_circumstance: bool = True) -> list[AnyToken]:
    """The verbs above a trigger through complement links (xcomp/ccomp/conj/advcl); not above a bare
    participle clause (:func:`circumstance`) unless ``past_circumstance``: "Meeting in Ankara, they
    agreed to …" is no meeting agreed to, while "will extend the curfew, banning rallies" bans them
    as much ahead as it extends it."""
    out: list[AnyToken] = []
    cur = tok
    while (
        cur.dep_ in ("xcomp", "ccomp", "conj", "advcl", "pcomp", "pobj", "prep", "dobj") and len(out) < limit
    ):
        if not past_circumstance and circumstance(cur):
            break
        cur = cur.head
        if cur.pos_ in _VERBAL or cur.pos_ == "ADJ":
            out.append(cur)
    return out


def circumstance(tok: AnyToken) -> bool:
    """Whether ``tok`` heads a bare participle clause beside its head ("Meeting in Ankara, …",
    "…, citing security"): an adverbial "-ing" participle with no marker, auxiliary or subject of
    its own, which states the circumstance of the act above, not its complement."""
    return (
        tok.dep_ == "advcl"
        and tok.pos_ in _VERBAL
        and tok.tag_ == "VBG"
        and not any(c.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children)
    )


def _is_negated(tok: AnyToken, g: Grammar) -> bool:
    return any(_negates(c, g) for c in tok.children)


def _negates(child: AnyToken, g: Grammar) -> bool:
    """A child that negates its head: "not", "never", "no"."""
    return child.dep_ == "neg" or child.lower_ in g.negators and child.dep_ in ("advmod", "det")


def _has_future(tok: AnyToken, g: Grammar) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in g.future_auxiliaries for c in tok.children)


def _modal(tok: AnyToken, g: Grammar) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in g.possibility_modals for c in tok.children)


def _conditioned(trigger: AnyToken, govs: list[AnyToken], marks: frozenset[str]) -> bool:
    """Whether the trigger or a verb above it carries a condition ("unless"/"if")."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for t in (trigger, *govs)
        for c in t.children
    )


def _obliged(trigger: AnyToken, source: tuple[int, int], g: Grammar) -> bool:
    """ "X said Y must release ...": an obligation put on someone other than the source."""
    if not any(c.dep_ == "aux" and c.lower_ in g.obligation_modals for c in trigger.children):
        return False
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and not any(source[0] <= c.i < source[1] for c in subjects)


def _adjust(category: str, trigger: AnyToken, lex: Lexicon, *, source: tuple[int, int],
            light: bool = False) -> tuple[str, Adjustment | None]:  # fmt: skip
    """Apply obligation, intent and negation; return the category and the adjustment made.
    ``light``: the trigger is a light verb whose object names the event ("offered concessions")."""
    if _obligation(category, trigger, source, lex):
        return _OBLIGATION
    return _unobliged(category, trigger, lex, light=light)


_OBLIGATION: tuple[str, Adjustment] = ("REQUEST", "obligation")
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})  # a clause's own subject (:func:`_unobliged`)
_NEVER_OBLIGED = ("REQUEST", "ACCUSE", "REJECT", "THREATEN")


def _obligation(category: str, trigger: AnyToken, source: tuple[int, int], lex: Lexicon) -> bool:
    """Whether :func:`_adjust` reads the event as an obligation put on another than ``source``."""
    return category not in _NEVER_OBLIGED and _obliged(trigger, source, lex.grammar)


def _unobliged(
    category: str, trigger: AnyToken, lex: Lexicon, *, light: bool
) -> tuple[str, Adjustment | None]:
    """:func:`_adjust` when the event is no obligation: negation, intent and condition, which do not
    depend on the source."""
    gr = lex.grammar
    govs = _governors(trigger)
    # "does not take effect until both sides ratify it": a clause opened by a mark keeps its own polarity
    marked = trigger.dep_ == "advcl" and any(c.dep_ == "mark" for c in trigger.children)
    # a clause with a subject of its own is another party's act: "did not allow Y to join the talks"
    # is no refusal by Y (the joining is negated, :func:`geowire.coding.modality._withheld`)
    own_clause = any(c.dep_ in _CLAUSE_SUBJECTS for c in trigger.children)
    negated = _is_negated(trigger, gr) or any(
        _is_negated(g, gr) or g.lemma_.lower() in gr.failure_verbs
        for g in ([] if marked or own_clause else govs[:1])
    )
    owners = _governors(trigger, past_circumstance=False)  # the verbs whose complement the trigger is
    intent_words = [*owners, trigger] if light else owners
    intent = any(_has_future(t, gr) for t in (trigger, *govs)) or any(
        g.lemma_.lower() in lex.intent or g.lower_ in lex.intent for g in intent_words
    )
    coop = QUAD_CLASS[category] in (1, 2)
    if negated and coop:
        return "REJECT", "negated"
    if intent and category in _MATERIAL_CONFLICT_TO_THREAT:
        return "THREATEN", "intent"
    if (intent or _modal(trigger, gr)) and (
        _conditioned(trigger, govs, gr.threat_marks)
        or (category in _CONDITIONAL_TO_THREAT and _conditioned(trigger, govs, gr.condition_marks))
    ):
        return "THREATEN", "condition"  # "will cut aid unless X complies": a threat (PLOVER)
    if intent and coop and category != "AGREE":
        return "AGREE", "intent"
    return category, None


def _directive(verb: AnyToken, target: tuple[int, int] | None, lex: Lexicon) -> _Match | None:
    """ "ordered the minister to appear", "told the junta to step down": a directive verb whose
    object is the target and which has a complement clause is a demand made of the target
    (PLOVER REQUEST), whatever it demands; "ordered troops to attack X" stays the attack on X."""
    if not _may_direct(verb, target, lex):
        return None
    lemma = verb.lemma_.lower()
    complements = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in _VERBAL]
    # the target is the object or named inside it ("told [the junta in Niger] to step down")
    if not complements or not any(
        c.dep_ in ("dobj", "dative") and any(_inside(w.i, target) for w in c.subtree) for c in verb.children
    ):
        return None
    inner = _verb(complements[0], lex)
    if inner is not None and inner.sense.category in lex.grammar.imposed_categories:
        return None  # "ordered the paper to suspend publication": the measure imposed, read below
    return _Match(Sense("REQUEST", None, (), f"verb:{lemma}+directive"), verb, (verb.i,), "directive")


def _may_direct(verb: AnyToken, target: tuple[int, int] | None, lex: Lexicon) -> bool:
    """A directive verb with a target to direct (:func:`_directive`'s first test)."""
    return target is not None and verb.lemma_.lower() in lex.grammar.directive_verbs and verb.pos_ in _VERBAL


def _through_intent(match: _Match, tok: AnyToken, lex: Lexicon) -> tuple[_Match, AnyToken]:
    """ "vowed to strike": an intent verb with an event in its complement yields that event
    (which :func:`_adjust` then turns into AGREE or THREATEN); "called X to congratulate him":
    a phone call or meeting made for a purpose is coded by the purpose."""
    gr = lex.grammar
    sending = match.how == "verb" and tok.lemma_.lower() in gr.purpose_verbs
    purpose = (match.sense.category == "CONSULT" and match.how == "verb") or sending
    if not purpose and (match.how != "verb" or tok.lemma_.lower() not in lex.intent):
        return match, tok
    for child in tok.children:
        if child.dep_ in ("xcomp", "ccomp", "advcl") and child.pos_ in _VERBAL and not circumstance(child):
            if purpose and not any(
                c.dep_ == "aux" and c.lower_ in gr.infinitive_markers for c in child.children
            ):
                continue
            inner = _verb(child, lex)
            if inner is None or (purpose and inner.sense.category == "CONSULT" and not sending):
                continue
            if sending and inner.sense.category not in gr.purpose_categories:
                continue  # "sent troops to fight": the sending stays what it is
            return inner, child
    return match, tok


def _verbal_attack(match: _Match, tok: AnyToken, lex: Lexicon) -> bool:
    """ "launched a scathing attack on X, calling it ...": an attack noun whose clause goes on with
    a participle of speech was made of words (PLOVER ACCUSE), not of force. The verb is left alone:
    "crowds attacked the embassy, accusing ..." is a deed with a reason given."""
    gr = lex.grammar
    doc = tok.doc
    if not any(doc[i].lemma_.lower() in gr.verbal_attacks and doc[i].pos_ in _NOMINAL for i in match.tokens):
        return False
    heads = {match.head.i, tok.i, match.head.head.i, *match.tokens}
    for h in heads:
        for c in doc[h].children:
            if (
                c.dep_ in ("advcl", "xcomp", "conj")
                and c.tag_ == "VBG"
                and c.lemma_.lower() in gr.speech_verbs
            ):
                return True
    return False


def _undone(match: _Match, tok: AnyToken, lex: Lexicon) -> tuple[Sense, AnyToken] | None:
    """ "lifted the embargo", "ended the mediation": an event noun that is the object of an
    undoing verb (``reversers``) becomes the category ``undo`` maps it to."""
    undo = dict(lex.undo)
    nominal = lex.grammar.nominal_reversers
    if match.head.pos_ in _NOMINAL and match.head.lemma_.lower() in nominal:
        verb = match.head  # "(announced) the lifting of the embargo": the undoing noun matched
        obj = _undone_object(verb, lex)
        inner = _noun(obj, lex) if obj is not None else None
        if inner is None:
            return None
        match = inner
    elif match.how in ("light", "judgement"):
        return None
    elif match.head.pos_ in _NOMINAL and match.head.dep_ in ("dobj", "nsubjpass"):
        verb = match.head.head
    elif match.head.pos_ in _NOMINAL and (quantifier := _partitive_object(match.head, lex)) is not None:
        verb = quantifier.head  # "lifted some of its sanctions"
    elif match.head.pos_ in _NOMINAL and _undoing_noun(match.head, lex) is not None:
        verb = match.head.head.head  # "a cessation of hostilities": the noun that undoes
    elif _reverses(tok, lex):  # the verb itself matched ("cancelled"): look at its object
        verb = tok
        obj = _undone_object(tok, lex)
        inner = _noun(obj, lex) if obj is not None else None
        if inner is None:
            return None
        match = inner
    else:
        return None
    if not (_reverses(verb, lex) or verb.lemma_.lower() in nominal) or match.sense.category not in undo:
        return None
    authored = _authored_undoing(verb, match.head.lemma_.lower(), lex)
    if authored is not None:
        return Sense(authored.category, authored.mode, match.sense.context, f"{authored.key}<phrase"), verb
    to = undo[match.sense.category]
    return Sense(to, None, match.sense.context, f"{match.sense.key}<{verb.lemma_.lower()}"), verb


def _authored_undoing(verb: AnyToken, noun: str, lex: Lexicon) -> Sense | None:
    """The lexicon's own phrase for an undoing verb and the noun it undoes ("lift blockade",
    "call off strike"), which beats the general ``undo`` mapping — only when the phrase's verb
    words are the reverser itself: "called off the strike" is no "call strike"."""
    lemma = verb.lemma_.lower()
    heads: list[tuple[str, ...]] = [()] if lemma in lex.reversers else []
    heads += [(form,) for c in verb.children if c.dep_ == "prt"
              for form in _forms(c) if f"{lemma} {form}" in lex.reversers]  # fmt: skip
    for rest, sense in lex.verb_phrases.get(lemma, ()):
        if any(rest == (*particle, noun) for particle in heads):
            return sense
    return None


def _partitive_object(noun: AnyToken, lex: Lexicon) -> AnyToken | None:
    """The quantifier a noun stands in as a verb's object ("some of its sanctions": "some"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in lex.grammar.partitive_preps:
        return None
    quantifier = prep.head
    if quantifier.dep_ not in _OBJECT_DEPS:
        return None
    return quantifier if _quantifier(quantifier, lex.grammar) else None  # "part of the sanctions"


def _undoing_noun(noun: AnyToken, lex: Lexicon) -> AnyToken | None:
    """The undoing noun an event noun hangs on through "of"/"to" ("the lifting of the embargo",
    "a cessation of hostilities", "an end to the siege"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in lex.grammar.undone_preps:
        return None
    owner = prep.head
    return owner if owner.pos_ in _NOMINAL and owner.lemma_.lower() in lex.grammar.nominal_reversers else None


def _undone_object(tok: AnyToken, lex: Lexicon) -> AnyToken | None:
    """What an undoing word undoes: a verb's object; a noun's "of"/"to" object."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in _NOMINAL:
            return c
        if tok.pos_ in _NOMINAL and c.dep_ == "prep" and c.lower_ in lex.grammar.undone_preps:
            obj = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ in _NOMINAL), None)
            if obj is not None:
                return obj
    return None


def _reverses(verb: AnyToken, lex: Lexicon) -> bool:
    """Whether ``verb`` is an undoing verb: its lemma listed alone ("lift"), or with a particle it
    has ("call off": "called off the talks", not "called the closure a provocation")."""
    return _listed_verb(verb, lex.reversers)


def _listed_verb(verb: AnyToken, listed: frozenset[str]) -> bool:
    """Whether ``verb``'s lemma is ``listed`` alone, or with a particle it has ("step up")."""
    lemma = verb.lemma_.lower()
    if lemma in listed:
        return True
    particles = (form for c in verb.children if c.dep_ == "prt" for form in _forms(c))
    return any(f"{lemma} {form}" in listed for form in particles)


def _reinterpret(match: _Match, lex: Lexicon) -> Sense:
    """Apply the first ``reinterpret`` rule whose conditions hold (clause words, object words)."""
    sense = match.sense
    for r in lex.reinterpret:
        if r.from_ != sense.category or (r.from_mode is not None and r.from_mode != sense.mode):
            continue
        if r.when_words and not _clause_has(match.head, r.when_words):
            continue
        if r.when_object and not _object_is(match.head, r.when_object, r.when_object_entities):
            continue
        return Sense(r.to, r.mode, tuple(r.context), f"{sense.key}>{r.to.lower()}")
    return sense


def _clause_has(tok: AnyToken, words: Iterable[str]) -> bool:
    """Whether the clause of ``tok`` holds one of ``words`` (lower case; a phrase as consecutive
    words): the subtree of its nearest verb, clauses below it included, or of the noun a
    participle or relative clause modifies ("peacekeepers deployed in the region"). "Installed
    peacekeepers after Moscow negotiated an end to the fighting" makes no aid of the negotiation."""
    clause = tok
    while clause.pos_ not in _VERBAL and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ in ("acl", "relcl") and clause.head.pos_ in ("NOUN", "PROPN"):
        clause = clause.head  # "peacekeepers deployed in the region": the noun the clause modifies
    memo: dict[object, Any] = getattr(tok.doc, "memo", {})
    key = ("clause-words", clause.i)
    if key not in memo:
        lowered = [t.lower_ for t in clause.subtree]
        memo[key] = (frozenset(lowered), f" {' '.join(lowered)} ")
    single, joined = memo[key]
    return any(f" {w} " in joined if " " in w else w in single for w in words)


def _object_is(verb: AnyToken, words: list[str], entities: list[str]) -> bool:
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False  # "forced Greece to withdraw": the object is made to act, not a place taken
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            if child.lemma_.lower() in words or child.lower_ in words or child.ent_type_ in entities:
                return True
    return False


def _owned_elsewhere(
    match: _Match, where: str, source: tuple[int, int], target: tuple[int, int] | None
) -> bool:
    """Whether an event noun's possessor keeps it from linking ``source`` to ``target``.

    A possessed event nominal names its own participants: "Russia's presence" is Russia's, so it
    is no event of another source towards Russia; and "Moscow's commitment to Caracas" off the
    path between Moscow and a third party ("Washington underestimates ...") is no event between them.
    """
    if match.how != "noun" or target is None:
        return False
    owners = [c.i for c in match.head.children if c.dep_ == "poss"]
    if not owners:
        return False
    if any(_inside(i, target) and not _inside(i, source) for i in owners):
        return True  # the target's own event
    return where != "path"


def _passive_patient(verb: AnyToken, source: tuple[int, int]) -> bool:
    """Whether a passive trigger ("was cancelled", "were expelled") would make the source its
    actor although the source is not its ``by`` agent: a passive verb's actor is its agent. A bare
    participle modifying a noun ("the treaty ratified in October", "the envoys expelled last
    year") is as passive: only its agent, or the noun it modifies ("the troops deployed there"),
    can be its source — never the speaker or subject of the clause around it."""
    if _reduced_relative(verb):
        if source[0] <= verb.head.i < source[1]:
            return False
    elif not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    up = {t.i for t in _ancestors(verb.doc[source[0]])[:12]}
    return not any(c.dep_ == "agent" and c.i in up for c in verb.children)


_SPEAKER_ACTS = frozenset({"ACCUSE", "REQUEST"})


def _other_subject(verb: AnyToken, source: tuple[int, int]) -> bool:
    """Whether a verb trigger has a subject of its own that is not the source ("she said the treaty
    ratified in October gives …", "the resolution that … obliged Russia to withdraw"): a verb's
    actor is its subject, so neither the speaker of the clause around it nor an actor named
    elsewhere carries it out — and an inanimate subject (a treaty, a law) is no actor at all. A
    source named inside the subject's phrase ("Russia's parliament ratified") or coordinated with
    it is its subject; a personal pronoun may stand for the source and is left to the roles."""
    if verb.pos_ not in _VERBAL:
        return False
    clause = verb
    for _ in range(3):  # "the resolution that called on … and obliged X to …": the first conjunct's
        if any(c.dep_ == "nsubj" for c in clause.children) or clause.dep_ != "conj":
            break
        clause = clause.head
    subjects = [
        clause.head if c.tag_ in ("WDT", "WP") and clause.dep_ == "relcl" else c  # "the resolution that …"
        for c in clause.children
        if c.dep_ == "nsubj"
    ]
    if not subjects or any(c.pos_ == "PRON" for c in subjects):
        return False
    up = {t.i for t in _ancestors(verb.doc[source[0]])[:12]}
    # a dateline the parser made a second subject ("MOSCOW — Russia warned …") is one of several
    return not any(source[0] <= c.i < source[1] or c.i in up for c in subjects)


def _reduced_relative(verb: AnyToken) -> bool:
    """A past participle that modifies a noun with no auxiliary and no subject of its own ("the
    pact signed in 2019"): a reduced passive relative clause."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


def _undergone(noun: AnyToken, lex: Lexicon, source: tuple[int, int]) -> bool:
    """Whether an event noun is what someone undergoes ("was unlikely to face sanctions",
    "risks an invasion", "escaped arrest"): the source, unless named inside the noun's own phrase
    ("faced Russian sanctions"), did not carry the event out."""
    if any(t.i == noun.i for t in _ancestors(noun.doc[source[0]])[:12]):
        return False  # "faced Russian sanctions": the source is named inside the noun's phrase
    tok = noun
    for _ in range(5):
        if tok.dep_ not in ("dobj", "pobj", "prep", "conj", "appos", "attr", "xcomp"):
            return False
        tok = tok.head
        if tok.pos_ in _VERBAL:
            return tok.lemma_.lower() in lex.undergo
    return False


# --- the decision --------------------------------------------------------------------------------


def categorize(
    doc: AnyDoc,
    *,
    source: tuple[int, int],
    target: tuple[int, int] | None,
    lexicon: Lexicon,
) -> Decision | None:
    """The PLOVER category linking ``source`` to ``target`` (token ranges ``[start, end)``), or None.

    ``target`` None asks for the event the source takes part in without a recipient.
    """
    lex = lexicon
    if not 0 <= source[0] < source[1] <= len(doc):
        raise ValueError(f"source span {source} outside the document")
    if target is not None and not 0 <= target[0] < target[1] <= len(doc):
        raise ValueError(f"target span {target} outside the document")
    # a token's match depends on the token alone: kept per document when it has a memo (DocView)
    memos = getattr(doc, "memo", {})
    memo = _match_memo(doc, lex)
    # per sentence: its words that :func:`_decide_token` can decide at all
    live: dict[int, list[AnyToken]] = memos.setdefault(("live", id(lex), target is None), {})

    def words(tok: AnyToken) -> list[AnyToken]:
        sent = tok.sent
        if sent.start not in live:
            for t in sent:
                if t.i not in memo:
                    memo[t.i] = _match_token(t, lex)
            live[sent.start] = [t for t in sent if memo[t.i] is not None or _may_direct(t, target, lex)]
        return live[sent.start]

    for tok, confidence, where in _candidates(doc, source, target, words):
        decision = _decide_token(doc, tok, confidence, where, source, target, lex, memo)
        if decision is not None:
            return decision
    return None


def _decide_token(
    doc: AnyDoc,
    tok: AnyToken,
    confidence: float,
    where: str,
    source: tuple[int, int],
    target: tuple[int, int] | None,
    lex: Lexicon,
    memo: dict[int, _Match | None],
    *,
    reading: Sense | None = None,
    patient: bool = False,
) -> Decision | None:
    """The decision if ``tok`` is the trigger linking ``source`` to ``target`` (None if it is not one).
    ``reading``: a second sense of the matched word (:func:`decide_readings`) in place of its first.
    ``patient``: the source is the subject of a passive trigger, asked for as what the act was done
    to (the coder makes it the recipient), so the passive is no reason to refuse it."""
    if tok.i in memo:
        match = memo[tok.i]
    else:
        match = memo[tok.i] = _match_token(tok, lex)
    if match is None and reading is None:
        match = _directive(tok, target, lex)
    if match is None or _owned_elsewhere(match, where, source, target):
        return None
    if match.sense.category == "ACCUSE" and _said_of(match.head, source):
        return None  # "Y was responsible for the raid": Y is accused, it accuses no one
    if match.how == "noun" and _undergone(match.head, lex, source):
        return None
    if match.how != "noun" and where != "path" and not patient and _passive_patient(match.head, source):
        return None
    match, sense, tok, unobliged = _read(doc, match, tok, lex, reading)
    obliged = unobliged[1] != "polarity" and _obligation(sense.category, tok, source, lex)
    category, adjustment = _OBLIGATION if obliged else unobliged
    # a verb with a subject of its own is no act of a source beside it (:func:`_other_subject`), for
    # the readings the categorizer finds off the dependency path between source and target; the
    # speaker's own acts about a clause's subject stay: an accusation ("said the attack breached
    # the law") and a demand ("said the rebels must free …", "gave the junta two weeks to set …")
    if (
        match.how != "noun"
        and not patient
        and where not in ("path", "lexical")
        and adjustment is None
        and category not in _SPEAKER_ACTS
        and match.head.lemma_.lower() not in lex.charged
        and _other_subject(match.head, source)
    ):
        return None
    mode = sense.mode if category == sense.category else None
    idx = sorted(match.tokens)
    lo, hi = (idx[0], idx[-1] + 1) if idx[-1] - idx[0] < 5 else (match.head.i, match.head.i + 1)
    return Decision(
        category=category,
        mode=mode,
        context=sense.context,
        trigger=lo,
        trigger_end=hi,
        confidence=confidence if adjustment is None else round(confidence * 0.9, 3),
        rule=f"lexicon:{sense.key}@{where}" + (f"+{adjustment}" if adjustment else ""),
        adjustment=adjustment,
        where=where,  # type: ignore[arg-type]
        sense=sense.key,
        base_category=sense.category if adjustment is not None else None,
    )


def _said_of(trigger: AnyToken, source: tuple[int, int]) -> bool:
    """Whether ``trigger`` is an adjective predicated of the source ("[Y] was responsible for",
    "[Y] is guilty of"): an accusing adjective describes its subject, who accuses no one."""
    if trigger.pos_ != "ADJ":
        return False
    clause = trigger.head if trigger.dep_ in ("acomp", "attr") else trigger
    return any(c.dep_ in ("nsubj", "nsubjpass") and source[0] <= c.i < source[1] for c in clause.children)


def _read(
    doc: AnyDoc, match: _Match, tok: AnyToken, lex: Lexicon, reading: Sense | None
) -> tuple[_Match, Sense, AnyToken, tuple[str, Adjustment | None]]:
    """What a matched trigger means, whatever its source and target: the match (through an intent
    verb), its sense (reinterpreted, a verbal attack, an undoing), the token that bears it and its
    :func:`_adjust` unless it is an obligation. Worked out once per match and ``reading`` when the
    document keeps a memo (a trigger is asked for each actor and recipient of its sentence)."""
    memo: dict[object, Any] | None = getattr(doc, "memo", None)
    key = ("reading", id(lex), id(match), id(reading))
    if memo is not None and key in memo:
        return memo[key][2]  # type: ignore[no-any-return]
    m = match if reading is None else replace(match, sense=reading)
    m, tok = _through_intent(m, tok, lex)
    sense = _reinterpret(m, lex)
    if sense.category == "ASSAULT" and _verbal_attack(m, tok, lex):
        sense = Sense("ACCUSE", "disapprove", sense.context, f"{sense.key}>verbal")
    undone = _undone(m, tok, lex)
    if undone is not None:
        sense, tok = undone
    result: tuple[_Match, Sense, AnyToken, tuple[str, Adjustment | None]]
    if m.how == "polarity":  # the negation is the sense's own: nothing to adjust
        result = (m, sense, tok, (sense.category, "polarity"))
    else:
        result = (m, sense, tok, _unobliged(sense.category, tok, lex, light=m.how == "light"))
    if memo is not None:
        memo[key] = (match, reading, result)  # the match and reading kept alive: their ids are the key
    return result


_OTHER_CLAUSES = frozenset({"ccomp", "advcl", "conj"})  # a verb's dependents that are clauses of their own


def _match_memo(doc: AnyDoc, lex: Lexicon) -> dict[int, _Match | None]:
    """Each token's lexicon match, kept per document and lexicon when the document has a memo
    (DocView): a token's match depends on the token alone."""
    memo: dict[int, _Match | None] = getattr(doc, "memo", {}).setdefault(("match", id(lex)), {})
    return memo


def categorize_at(
    doc: AnyDoc,
    tok: AnyToken,
    *,
    source: tuple[int, int],
    target: tuple[int, int] | None,
    lexicon: Lexicon,
) -> Decision | None:
    """:func:`categorize` with the path starting at ``tok``: the predicate itself, then the words
    attached to it. For a verb coordinated with another ("condemned the raid and expelled the
    envoys"), whose source's path runs through the first conjunct: the second verb's own act."""
    lex = lexicon
    memo = _match_memo(doc, lex)
    # its objects, not another clause; with no target, the predicate alone (its object may be misread)
    own = (a for a in _attached(tok) if a.dep_ not in _OTHER_CLAUSES) if target is not None else ()
    tiers: tuple[tuple[Iterable[AnyToken], float, str], ...] = (
        ((tok,), 0.85, "path"),
        (own, 0.7, "near"),
    )
    for tokens, confidence, where in tiers:
        for t in tokens:
            if _inside(t.i, source, target):
                continue
            decision = _decide_token(doc, t, confidence, where, source, target, lex, memo)
            if decision is not None:
                return decision
    return None


def decide_trigger(
    doc: AnyDoc,
    tok: AnyToken,
    *,
    source: tuple[int, int],
    target: tuple[int, int] | None,
    lexicon: Lexicon,
) -> Decision | None:
    """The decision with ``tok`` as the trigger for this source and target, wherever it stands in
    the sentence (``where`` = "lexical"): what the learned stage's wider candidate search asks."""
    lex = lexicon
    memo = _match_memo(doc, lex)
    return _decide_token(doc, tok, 0.5, "lexical", source, target, lex, memo)


def decide_readings(
    doc: AnyDoc,
    tok: AnyToken,
    *,
    source: tuple[int, int],
    target: tuple[int, int] | None,
    lexicon: Lexicon,
    patient: bool = False,
) -> list[Decision]:
    """:func:`decide_trigger`'s decision and, when the matched word has second senses in the
    lexicon ("ban": COERCE, also SANCTION), the decision each of them gives, for the learned
    stage to choose from. Empty when ``tok`` is no trigger for this pair. ``patient``: the source
    is the subject of the passive trigger (see :func:`_decide_token`)."""
    lex = lexicon
    memo = _match_memo(doc, lex)
    first = _decide_token(doc, tok, 0.5, "lexical", source, target, lex, memo, patient=patient)
    if first is None:
        return []
    out = [first]
    match = memo.get(tok.i)
    for sense in lex.second.get(match.sense.key, ()) if match is not None else ():
        d = _decide_token(doc, tok, 0.5, "lexical", source, target, lex, memo, reading=sense, patient=patient)
        if d is not None and all(d.category != o.category for o in out):
            out.append(d)
    return out


def is_trigger(doc: AnyDoc, tok: AnyToken, lexicon: Lexicon) -> bool:
    """Whether ``tok`` matches the event lexicon at all."""
    lex = lexicon
    memo = _match_memo(doc, lex)
    if tok.i not in memo:
        memo[tok.i] = _match_token(tok, lex)
    return memo[tok.i] is not None


__all__ = ["Decision", "FigurativeObjects", "Grammar", "Judgement", "Lexicon", "LexiconEntry", "LexiconFile",
           "SecondSense", "Sense",
           "categorize", "categorize_at", "circumstance", "decide_readings", "decide_trigger", "is_trigger",
           "lexicon_of", "parse_lexicon"]  # fmt: skip
