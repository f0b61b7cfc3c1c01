"""Modality of a coded event: asserted, negated, hypothetical or future, plus a reported flag.

The cues are knowledge (the language pack's ``modality.yaml``, validated by :class:`ModalityCues`
and read once per pack by :func:`cues_of`).  A cue counts when it *governs* the trigger: it is a
child of the trigger (``not``, ``could``, ``will``) or of a word on the trigger's chain of heads up
to its clause — through infinitival complements, noun complements and prepositions ("should
consider providing", "stated readiness to supply", "didn't lift a finger to stop") — but never
across a reported-speech boundary (``ccomp``) or into a temporal clause ("When Moscow warned ...,
it was not issuing ..." keeps "warned" asserted).

Order of precedence when several cues govern: negated > hypothetical > future > asserted.
``reported`` is independent: "reportedly", "according to", "is said to", or the trigger standing
in the complement of a speech verb ("X said Russia should ...").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

from geowire.coding.view import AnyToken
from geowire.lang.pack import LanguagePack, validated
from geowire.types import Modality

# Links followed upward from the trigger to the words that govern it.
_UP_DEPS = frozenset(
    {"xcomp", "acl", "pcomp", "prep", "pobj", "dobj", "attr", "amod", "auxpass", "conj", "compound"}
)  # "compound": a trigger inside a noun compound ("arms" of "could expand arms transfers") is its head's
# Modalities the categorizer may absorb into the category (``ignore`` of :func:`detect_modality`).
_ABSORBED = frozenset({"negated"})
COMMITMENT: Literal["commitment"] = "commitment"  # the cue kind of a governing commitment ("agreed to")
# the cue of a governing offer or stated readiness ("offered to mediate", "was ready to host talks"): the
# act offered is only proposed (hypothetical), but the reading that is the offer itself (AGREE, adjustment
# "intent") absorbs it — the offering is the act, asserted (PLOVER AGREE; news guidelines §6, §8)
OFFER = "offer"
OWN_WORDS = "own-words"  # in ``ignore``: the trigger's own negation and future auxiliary are its sense's
# in ``ignore``: the reading is the pledge or threat made in saying the act ("vowed to strike", "would
# strike if attacked" read as THREATEN, "would help if asked" as AGREE): a condition on the act is what
# was said, so it makes no ``conditioned`` cue (the modality model may still read the rest)
SPOKEN = "spoken"
# in ``ignore``: the reading is a threat, whose reported "would" is what the threat says ("said the
# group would respond" read as THREATEN is a threat made: asserted, news guidelines)
THREAT = "threat"
# Links of a time expression to the word it dates, and its longest span in words.
_TIME_DEPS = frozenset({"npadvmod", "advmod", "prep", "tmod", "obl"})
_TIME_SPAN = 5
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Arguments of a verb that negate its clause when they are a negative quantifier ("none has accepted").
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
_VERBAL = frozenset({"VERB", "AUX"})
# the fine tags of a verb with a tense of its own (a past, a third-person present, a participle); a bare
# verb (VB, or VBP after a past governor) in a "that" clause of proposal is a subjunctive
_TENSED = frozenset({"VBD", "VBZ", "VBN", "VBG", "MD"})


class _Negation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    words: frozenset[str]  # looked up only
    governors: frozenset[str]  # looked up only
    idioms: list[str]  # the first word of each is the verb lemma it hangs on ("lift a finger")
    prepositions: frozenset[str]  # looked up only
    phrases: list[str]
    # verbs of abstention, one word or a verb lemma and its particle or adverb ("stop short")
    abstentions: frozenset[str] = frozenset()  # looked up only
    litotes: frozenset[str]  # looked up only
    # verbs of exclusion (a lemma, or a lemma and its particle) whose negation leaves their object an
    # option ("has not ruled out X": X hypothetical), unless a preposition of these goes with them
    options: frozenset[str] = frozenset()  # looked up only
    options_not_with: frozenset[str] = frozenset()  # looked up only
    denials: frozenset[str]  # looked up only
    denied_nouns: frozenset[str]  # looked up only
    # the denials whose object is an act said not to have happened ("denied any interference")
    fact_denials: frozenset[str] = frozenset()  # looked up only
    # nouns of a share in an act: "denied any role in the raid" denies the raid (coder.py)
    denied_shares: frozenset[str] = frozenset()  # looked up only
    # verbs that lay an act at a party's door ("accused X of arming", "blamed X for the raid"); with the
    # reporting verbs, what a remark after them denies ("…, which X denies") is negated
    accusations: frozenset[str] = frozenset()  # looked up only
    # a subject or object that is a negative quantifier ("none", "neither side", "no reinforcements")
    negative_pronouns: frozenset[str] = frozenset()  # looked up only
    negative_determiners: frozenset[str] = frozenset()  # looked up only
    # two-word phrases that set an act aside for another ("rather than withdraw"): the act set aside
    # is the word the phrase's second word introduces (its mark, preposition or coordinator)
    alternatives: list[str] = []
    excess_degrees: list[str] = []  # "too weak to attack": the infinitive's act is not done

    @cached_property
    def idiom_verbs(self) -> frozenset[str]:
        """The verbs that carry a negated idiom (each idiom's first word)."""
        return frozenset(i.split()[0] for i in self.idioms if i.split())


class _Hypothetical(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    auxiliaries: frozenset[str]  # looked up only
    governors: frozenset[str]  # looked up only
    nouns: frozenset[str]  # looked up only
    markers: frozenset[str]  # looked up only
    adjectives: frozenset[str]  # looked up only
    modifiers: frozenset[str]  # looked up only
    # determiners of an event noun that make it any act of its kind ("any transfer would need X")
    determiners: frozenset[str] = frozenset()  # looked up only
    question_marks: tuple[str, ...]
    # the auxiliaries of mere possibility: on the trigger itself ("could attack", "may restore ties")
    # they state the act is only possible, a cue the modality model may not overrule (``possibility``)
    possibility: frozenset[str] = frozenset()  # looked up only
    # adverbs of likelihood: on the trigger with a reported "would" ("said X would more likely help
    # Y", "would probably strike") they keep the act a likelihood, not the future seen from the past
    adverbs: frozenset[str] = frozenset()  # looked up only
    # auxiliaries that make a condition by standing before their subject ("Had X lifted …, …")
    inversions: frozenset[str] = frozenset()  # looked up only
    # determiners of an event noun that, as the subject of a clause with one of ``auxiliaries``, make
    # it any act of its kind, one that would have such an effect ("an attack on X would be a grave
    # error", "any strike would require consent"); a noun with no determiner and no possessor counts too
    subject_determiners: frozenset[str] = frozenset()  # looked up only
    # verbs, adjectives and nouns of offering or stated readiness ("offered to", "ready to", "an offer
    # to"): the act they govern is hypothetical, unless the reading is the offer itself (:data:`OFFER`)
    offers: frozenset[str] = frozenset()  # looked up only


class _Future(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    auxiliaries: frozenset[str]  # looked up only
    reported_auxiliaries: frozenset[str]  # looked up only
    governors: frozenset[str]  # looked up only
    adjectives: frozenset[str]  # looked up only
    nouns: frozenset[str]  # looked up only
    modifiers: frozenset[str]  # looked up only
    time_words: frozenset[str]  # looked up only
    phrases: list[str]
    # marks of a clause whose act, not in the past tense, is still to come ("until both sides ratify
    # it", "once parliament approves the deal")
    pending_marks: frozenset[str] = frozenset()  # looked up only
    commitments: frozenset[str] = frozenset()  # looked up only
    # nouns of commitment ("a pledge to send", "a promise of aid"): the act committed to is future
    # when it is the noun's infinitive or the object of one of ``commitment_preps``
    commitment_nouns: frozenset[str] = frozenset()  # looked up only
    commitment_preps: frozenset[str] = frozenset()  # looked up only
    invitations: frozenset[str] = frozenset()  # looked up only: "invited X to visit"
    invitation_preps: frozenset[str] = frozenset()  # looked up only: "invited X to talks"


class _Reported(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    adverbs: frozenset[str]  # looked up only
    phrases: list[str]
    speech_verbs: frozenset[str]  # looked up only


class _Clauses(BaseModel):
    """Function words that bound the chain of governing words."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    occurrence_verbs: frozenset[str]  # looked up only
    # passive verbs that bring an event noun about: "sanctions were not imposed" (negation only)
    realisation_verbs: frozenset[str] = frozenset()  # looked up only
    reaction_verbs: frozenset[str]  # looked up only
    temporal_marks: frozenset[str]  # "when", "after": a temporal clause is no purpose infinitive
    # "after", "during": an event noun they date is not governed by the verb they hang on
    temporal_prepositions: frozenset[str] = frozenset()  # looked up only
    # "weigh sanctions over its invasion": a definite event noun given as the grounds of the verb it
    # hangs on happened whatever is said of that verb; the chain stops below these prepositions when
    # their object has a possessor or one of ``definite_determiners`` ("over an invasion" may not)
    grounds_prepositions: frozenset[str] = frozenset()  # looked up only
    definite_determiners: frozenset[str] = frozenset()  # looked up only
    infinitive_markers: frozenset[str]  # "to": an advcl with one is a purpose infinitive
    prevention_preps: frozenset[str]  # "stop X from seizing": the chain stops below "from"
    means_preps: frozenset[str]  # "by urging calm, Oslo is not ...": a means adjunct
    # "urged X to let Y join": the act a verb of permission or causation lets happen stands in the
    # scope of a request for that permission (the chain climbs through the clausal complement only
    # then: :func:`_permitted`; a withheld one: :func:`_withheld`); a granted one is not climbed through
    permissive_verbs: frozenset[str] = frozenset()  # looked up only
    # of ``permissive_verbs``, those of permission proper ("let", "allow"): a permission withheld
    # ("refused to let Y join", "did not allow Y to join") leaves the act not done, so the modality
    # reads on through their clausal complement to the negation or refusal (:func:`_withheld`)
    permission_verbs: frozenset[str] = frozenset()  # looked up only


class ModalityCues(BaseModel):
    """Schema of a pack's ``modality.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    negation: _Negation
    hypothetical: _Hypothetical
    future: _Future
    reported: _Reported
    clauses: _Clauses


def cues_of(lang: LanguagePack) -> ModalityCues:
    """The modality cues of ``lang`` (its ``modality.yaml``), validated once per pack."""
    return lang.compiled("coding.modality", _read_cues)


def _read_cues(lang: LanguagePack) -> ModalityCues:
    cues: ModalityCues = validated(
        ModalityCues, lang.yaml("modality.yaml"), f"data/lang/{lang.code}/modality.yaml"
    )
    return cues


# The kind of a modality cue: what in the sentence says the act is not asserted (typed, for the
# learned stage's features and for the cues the modality model may not overrule; never read from
# the cue lines' text). First the kinds that state outright that the act did not happen (not a
# reading of tense or mood).
ExplicitNegation = Literal[
    "trigger-negation",  # "not", "never", "no" on the trigger itself: "will not defend", "no sanctions"
    "negation",  # "not", "never" on a word further up the chain ("did not plan to send"), "without"
    "negative-argument",  # "none has accepted", "sent no reinforcements"
    "abstention",  # "refrained from criticising", "stopped short of", "ruled out sending"
    "refusal",  # a governing verb of failure or refusal: "failed to deliver", "refused to sign"
    "denial",  # the act is the content of a denial: "denied that it had moved troops"
    "negated-passive",  # "sanctions were not imposed"
    "negative-idiom",  # "didn't lift a finger to", "yet to", "rather than"
]
# The kinds of a word governing the trigger that states the act is only proposed, possible or intended.
Proposal = Literal[
    "consideration",  # a governing verb, noun or adjective of possibility: "considering", "a proposal"
    "intent",  # a governing verb or noun of plan or intent: "plans to", "readiness to"
    "commitment",  # a governing verb of commitment: "agreed to", "pledged to" (the intent reading absorbs it)
    "possibility",  # an auxiliary of possibility on the trigger itself: "could attack", "may restore ties"
    # the act is stated only under a condition: the trigger in an "if" or "unless" clause ("if X expelled
    # them"), or a modal on it with such a clause ("would expel them if X did"); not in a reading that
    # is the pledge or threat made (``SPOKEN``: "warned it would strike if attacked" is a threat made)
    "conditioned",
    "non-specific",  # any act of its kind: "any transfer would depend on guarantees", "an attack would be"
]
CueKind = Literal[
    ExplicitNegation,
    Proposal,
    "modal",  # "would", "should"; "could", "might", "may" further up the chain ("could decide to send")
    # a plan under a condition ("will meet if schedules allow"), an inverted condition ("Had X lifted …"),
    # a condition on a reading that is the pledge or threat made (``SPOKEN``), an act awaited in a
    # clause still to come ("until both sides ratify it": future)
    "condition",
    "question",  # a direct question
    "future-auxiliary",  # "will", "shall"
    "schedule",  # "is due to", "a planned visit", "is set to"
    "time-ahead",  # "next week", "later this month"
    "reported-would",  # reported "would": the future seen from the past
]
EXPLICIT_NEGATIONS: frozenset[str] = frozenset(get_args(ExplicitNegation))
PROPOSALS: frozenset[str] = frozenset(get_args(Proposal))


@dataclass(frozen=True)
class Cue:
    """One cue found on the trigger's chain: its words and its kind."""

    text: str
    kind: CueKind


@dataclass(frozen=True)
class ModalityResult:
    """The modality of one event, the reported flag, and the cue lines that explain them; ``cue``
    the kind of the cue that set the modality (None: asserted), ``found`` every cue found with its
    modality, absorbed ones included ("refused to sign" read as REJECT keeps its negation here)."""

    modality: Modality
    reported: bool
    cues: tuple[str, ...] = ()
    cue: CueKind | None = None
    found: tuple[tuple[str, CueKind], ...] = ()


# the modality an adjusted reading already says (its category is the negation or the intent)
_NO_MODALITY: frozenset[str] = frozenset()
_IGNORED_MODALITY: dict[str | None, frozenset[str]] = {
    "negated": frozenset({"negated"}),
    "intent": frozenset({"future", COMMITMENT, OFFER, SPOKEN}),
    # "will not tolerate" (THREATEN): the negation and the "will" on the trigger are the threat's own
    # words (a negation above it still negates: "never said it would not tolerate")
    "polarity": frozenset({OWN_WORDS}),
    "condition": frozenset({SPOKEN}),
}


# the categories whose reading is a threat made in saying an act ("would retaliate if attacked"): a
# condition on the act is the threat's content (news guidelines: a threat is asserted), no ``conditioned`` cue
_THREATS = frozenset({"THREATEN"})


def modality_for(trigger: AnyToken, *, cues: ModalityCues, adjustment: str | None,
                 category: str | None = None) -> ModalityResult:  # fmt: skip
    """:func:`detect_modality` of a reading of ``trigger`` whose categorizer adjustment is
    ``adjustment`` (a negation or intent it already absorbed is not applied) and whose category is
    ``category`` (a threat's conditioned act is its content: :data:`SPOKEN`), once per trigger
    and adjustment when the document keeps a ``memo`` (:class:`geowire.coding.view.DocView`)."""
    ignore = _IGNORED_MODALITY.get(adjustment, _NO_MODALITY)
    if category in _THREATS:
        ignore = ignore | {SPOKEN, THREAT}
    memo = getattr(trigger.doc, "memo", None)
    key = ("modality", id(cues), trigger.i, ignore)
    if memo is not None and key in memo:
        return memo[key]  # type: ignore[no-any-return]
    result = detect_modality(trigger, cues=cues, ignore=ignore)
    if memo is not None:
        memo[key] = result
    return result


def governing_chain(trigger: AnyToken, cues: ModalityCues) -> list[AnyToken]:
    """The trigger and the words above it in its own clause, nearest first."""
    chain = [trigger]
    tok = trigger
    while _climbs(tok, cues):
        if tok.head.i == tok.i:
            break
        if tok.dep_ == "pcomp" and tok.head.lower_ in cues.clauses.prevention_preps:
            if not _abstains(tok.head.head, cues):
                break  # "stop X from seizing": whether X seized is not decided by "stop"
        if tok.dep_ == "pobj" and _dates(tok.head, cues):
            break  # "urged restraint after the strike": the strike dates the urging, it is not urged
        if tok.dep_ == "pobj" and _grounds(tok, cues):
            break  # "weigh sanctions over its invasion": the invasion is not weighed
        tok = tok.head
        chain.append(tok)
    return chain


def _climbs(tok: AnyToken, cues: ModalityCues) -> bool:
    """Whether the word above ``tok`` governs it: a link of :data:`_UP_DEPS`, a purpose infinitive, or
    an act abstained from (:func:`_abstained`)."""
    return (
        tok.dep_ in _UP_DEPS
        or (tok.dep_ == "advcl" and _is_infinitival(tok, cues))
        or _abstained(tok, cues)
        or _permitted(tok, cues)
    )


def _permitted(clause: AnyToken, cues: ModalityCues) -> bool:
    """A clausal complement of a verb of permission or causation that a request asks for ("urged
    Chile to let Bolivia join", "called on X to allow troops to cross"): the act is only as real as
    the permission, so the chain climbs to the permitting verb and on to the request."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in cues.clauses.permissive_verbs:
        return False
    return _asked_for(clause.head, cues)


def _withheld(clause: AnyToken, cues: ModalityCues) -> bool:
    """Whether ``clause`` is the clausal complement of a permission withheld: a verb of permission
    proper (``clauses.permission_verbs``: "let", "allow" — not one of causation such as "help", whose
    negation leaves open whether the act happened) that is negated ("did not allow Y to cross",
    "would not let Y join") or is the complement of a verb of refusal or failure ("refused to let Y
    join"). The act it would let happen is then not done (GUIDELINES §6, negated): only the modality
    reads the permission's chain (:func:`detect_modality`); the role search does not climb there, so
    the permitted party is no actor of the refusal, and the categorizer does not read the negation
    as the permitted party's own refusal (:func:`geowire.coding.categorize._unobliged`)."""
    verb = clause.head
    if (
        clause.dep_ != "ccomp"
        or verb.i == clause.i
        or verb.lemma_.lower() not in cues.clauses.permission_verbs
    ):
        return False
    if any(_negates(c, cues) for c in verb.children):
        return True
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.i != verb.i
        and head.pos_ in _VERBAL
        and head.lemma_.lower() in cues.negation.governors
    )


def _asked_for(verb: AnyToken, cues: ModalityCues) -> bool:
    """Whether a permission is itself what a request or proposal asks for ("urged X to let …",
    "called on X to free … and allow …"): only then does the act it lets happen take the chain
    above it (a withheld permission is :func:`_withheld`)."""
    tok = verb
    for _ in range(4):
        if tok.dep_ not in ("xcomp", "conj", "ccomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in cues.hypothetical.governors:
            return True
    return False


def _abstained(clause: AnyToken, cues: ModalityCues) -> bool:
    """A gerund the parser hung on a verb of abstention as an adverbial clause ("ruled out sending
    troops", "avoided naming the culprit"): the act abstained from, the verb's complement."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and _abstains(clause.head, cues)


def _dates(prep: AnyToken, cues: ModalityCues) -> bool:
    """A preposition that dates the word it hangs on by another event ("after", "during")."""
    return prep.dep_ == "prep" and prep.lower_ in cues.clauses.temporal_prepositions


def _grounds(noun: AnyToken, cues: ModalityCues) -> bool:
    """A definite noun ("its invasion", "the raids") in a preposition that gives the grounds of the
    word it hangs on ("over")."""
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in cues.clauses.grounds_prepositions:
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in cues.clauses.definite_determiners)
        for c in noun.children
    )


def _abstains(tok: AnyToken, cues: ModalityCues) -> bool:
    """Whether ``tok`` is a verb of abstention ("refrained", "avoided"), one with the particle or
    adverb that makes it one ("held back", "stopped short"), or that particle or adverb itself."""
    entries = cues.negation.abstentions
    if not entries:
        return False
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in entries:
        return True
    if tok.pos_ == "VERB" and any(f"{lemma} {c.lower_}" in entries for c in tok.children
                                  if c.dep_ in ("prt", "advmod")):  # fmt: skip
        return True
    return tok.dep_ in ("prt", "advmod") and f"{tok.head.lemma_.lower()} {tok.lower_}" in entries


def _own_sense_word(child: AnyToken, cues: ModalityCues) -> bool:
    """A negation or a future or modal auxiliary: on a trigger whose sense holds only under a negation
    ("will not tolerate", "said it would not tolerate"), the sense's own words."""
    low = child.lower_
    auxiliary = low in cues.future.auxiliaries or low in cues.hypothetical.auxiliaries  # "will", "would"
    return _negates(child, cues) or (child.dep_ == "aux" and auxiliary)


def _negates(child: AnyToken, cues: ModalityCues) -> bool:
    """A "not", "never", "no" attached to the word above it."""
    if child.dep_ == "neg":
        return True
    return child.dep_ in ("advmod", "det", "preconj") and child.lower_ in cues.negation.words


def _leaves_option(verb: AnyToken, below: AnyToken, cues: ModalityCues) -> bool:
    """Whether a negated ``verb`` of exclusion leaves ``below``, its object or complement, an option:
    "did not rule out sanctions", "would not exclude joint patrols" — not "was not excluded from the
    talks", "did not rule on the case", "did not exclude the strike from its report"."""
    options = cues.negation.options
    lemma = verb.lemma_.lower()
    phrase = lemma in options or any(
        f"{lemma} {c.lower_}" in options for c in verb.children if c.dep_ == "prt"
    )
    return (
        phrase
        and below.dep_ in _OPTION_DEPS
        and not any(c.dep_ == "prep" and c.lower_ in cues.negation.options_not_with for c in verb.children)
    )


_OPTION_DEPS = frozenset({"dobj", "xcomp", "ccomp"})  # what the verb excludes: its object or complement


def _bounded(chain: list[AnyToken], cues: ModalityCues) -> list[AnyToken]:
    """``chain`` up to the first link whose head does not govern what is below it: a verb of
    reaction whose object the event is ("will not tolerate attacks" does not deny the attacks), a verb
    that names its object ("called the strike a war crime", an object predicate), and
    a bare past participle describing a noun ("the plan proposed by X", dep ``acl``, or "the detained
    crew", ``amod``: the proposal was made, the crew detained, whatever is said of the plan or the crew;
    "claims that it had supplied" is a clause)."""
    for i, tok in enumerate(chain[:-1]):
        bare = not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN" and bare:
            return chain[: i + 1]  # "demanded the release of the detained crew": the crew was detained
        if tok.dep_ == "dobj" and chain[i + 1].lemma_.lower() in cues.clauses.reaction_verbs:
            return chain[: i + 1]
        if tok.dep_ == "dobj" and any(c.dep_ == "oprd" for c in chain[i + 1].children):
            return chain[: i + 1]  # "called the strike a war crime": a judgement of the strike, no proposal
    return chain


def _predicates_event(head: AnyToken, cues: ModalityCues) -> bool:
    """Whether ``head``, of which an event noun is the subject, says the event happens or is planned
    or likely: a verb of occurrence ("a summit could be held"), a verb of plan or possibility ("talks
    are expected next week") or a copula with an adjective of schedule or likelihood ("a deal is
    likely") — with no other verb after it than one of occurrence ("sanctions are expected to hurt
    the economy" says nothing of whether the sanctions are in force)."""
    lemma = head.lemma_.lower()
    if lemma in cues.clauses.occurrence_verbs:
        return True
    adjectives = cues.future.adjectives | cues.hypothetical.adjectives
    planned = (head.pos_ == "VERB" and lemma in cues.future.governors | cues.hypothetical.governors) or any(
        c.dep_ == "acomp" and c.lemma_.lower() in adjectives for c in head.children
    )
    if not planned:
        return False
    later = [g for c in head.children if c.dep_ in ("xcomp", "acomp") for g in (c, *c.children)
             if g.dep_ == "xcomp"]  # fmt: skip
    return all(g.lemma_.lower() in cues.clauses.occurrence_verbs for g in later)


def _means_adjunct_top(chain: list[AnyToken], cues: ModalityCues) -> int | None:
    """Index in ``chain`` of the gerund of a means adjunct ("By urging calm, Oslo is not
    showing that it is weak"): the cautioning happened; a negated main clause denies
    only what it achieved. None when the trigger is in no such adjunct."""
    for i, tok in enumerate(chain[:-1]):
        if tok.dep_ == "pcomp" and tok.head.lower_ in cues.clauses.means_preps and tok.head.dep_ == "prep":
            return i
    return None


def _is_infinitival(tok: AnyToken, cues: ModalityCues) -> bool:
    """An ``advcl`` that is a purpose infinitive ("to stop"), not a temporal clause ("when ...")."""
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if marks & cues.clauses.temporal_marks:
        return False
    return any(c.dep_ == "aux" and c.lower_ in cues.clauses.infinitive_markers for c in tok.children)


def detect_modality(
    trigger: AnyToken, *, cues: ModalityCues, ignore: frozenset[str] = frozenset()
) -> ModalityResult:
    """Modality and reported flag of the event whose trigger is ``trigger``.

    ``ignore`` names modalities already absorbed into the category (the categorizer codes "did not
    support" as REJECT): their cues are noted but not applied.  Only a negation is absorbed: an
    intent reading keeps its future cue ("will visit" read as AGREE is still a planned visit), but
    not a governing commitment's ("pledged to send" read as AGREE is the pledge, made; read as the
    sending, a future one).
    With :data:`OWN_WORDS` the negation and the future auxiliary on the trigger's own words are its
    sense's ("will not tolerate": a threat made), and only those.
    """
    chain = _bounded(governing_chain(trigger, cues), cues)
    if len(chain) == 1 and trigger.dep_ in _SUBJECTS and _predicates_event(trigger.head, cues):
        chain = [trigger, *_bounded(governing_chain(trigger.head, cues), cues)]  # "a summit could be held"
    if _withheld(chain[-1], cues):  # "refused to let Y join the talks": the joining is not done
        chain = [*chain, *_bounded(governing_chain(chain[-1].head, cues), cues)]
    found: dict[str, Cue] = {}
    own = _own_words(trigger, chain)
    means = _means_adjunct_top(chain, cues)
    for i, tok in enumerate(chain):
        # a first conjunct is no governor of the next ("called X a threat and demanded Y")
        _scan_word(tok, is_trigger=(i == 0 or chain[i - 1].dep_ == "conj"), cues=cues, found=found)
        # "has not ruled out", "did not refrain from": a negated exclusion or abstention negates nothing
        litotes = i > 0 and (tok.lemma_.lower() in cues.negation.litotes or _abstains(tok, cues))
        # a negative subject or object counts below the first conjunct link only ("had no plans to
        # send troops and would keep working with X": the second verb has its own arguments)
        arguments = not any(t.dep_ == "conj" for t in chain[:i])
        # a conjunct with a verb group of its own does not share its head's auxiliaries ("said X would
        # respond and asked Y": "asked" has its own tense; "would cancel or suspend" shares "would")
        unshared = i > 0 and chain[i - 1].dep_ == "conj" and _own_verb_group(chain[i - 1])
        for child in tok.children:
            if OWN_WORDS in ignore and i < own and _own_sense_word(child, cues):
                continue
            if unshared and child.dep_ in _VERB_GROUP_DEPS:
                continue
            if not (litotes and child.dep_ == "neg"):
                _scan_child(child, cues=cues, found=found, arguments=arguments, own=i < own)
            elif _leaves_option(tok, chain[i - 1], cues):
                # "did not rule out sanctions": what is not excluded is an option, not a deed
                found.setdefault("hypothetical", Cue(f"{child.text} {tok.text}", "consideration"))
        if (i == 0 or tok.pos_ in _VERBAL) and not unshared and not (OWN_WORDS in ignore and i < own):
            stranded = _stranded_auxiliary(tok, cues)
            if stranded is not None:  # "would more likely help X": the "would" hung on "likely"
                _scan_auxiliary(stranded, cues=cues, found=found, own=i < own)
        if i > 0 and _invites_to(tok, chain[max(i - 2, 0) : i][::-1], cues):
            found.setdefault("future", Cue(tok.text, "intent"))  # "invited X to visit": not made yet
        if i > 0 and _commits_to(tok, chain[i - 1], cues):
            found.setdefault(COMMITMENT, Cue(tok.text, COMMITMENT))  # "a pledge to send troops"
        if i == means:  # above a "by"-gerund: the main clause's negation denies its result only
            held = found.copy()
            for tok_above in chain[i + 1 :]:
                _scan_word(tok_above, is_trigger=False, cues=cues, found=found)
                for child in tok_above.children:
                    _scan_child(child, cues=cues, found=found)
            if "negated" not in held:
                found.pop("negated", None)
            break
    commitment = _commitment(found, ignore)
    offer = _offer(found, ignore)
    _scan_phrases(trigger, chain, cues=cues, found=found)
    alternative = _set_aside(chain, cues)
    if alternative is not None and not found.keys() & {"hypothetical", "future"}:
        # "were likely to abstain rather than veto": the act set aside is as hypothetical as the other
        found.setdefault("negated", Cue(alternative, "negative-idiom"))  # "rather than withdraw"
    excess = _excessive(chain, cues)
    if excess is not None and not found.keys() & {"hypothetical", "future"}:
        found.setdefault("negated", Cue(excess, "negative-idiom"))  # "too weak to attack"
    _scan_time(chain, cues=cues, found=found)
    if trigger.pos_ in ("NOUN", "PROPN"):
        any_of = cues.hypothetical.determiners
        det = next((c for c in trigger.children if c.dep_ == "det" and c.lower_ in any_of), None)
        if det is not None:
            found.setdefault("hypothetical", Cue(f"{det.text} {trigger.text}", "non-specific"))
    if len(chain) == 1:
        subject = _non_specific_subject(trigger, cues)
        if subject is not None:  # "an attack on X would be a grave error": no attack made
            found.setdefault("hypothetical", Cue(subject, "non-specific"))
    denial = _denial(chain, cues) or _denied_by_remark(trigger, cues)
    if denial is not None:
        found.setdefault("negated", Cue(denial, "denial"))
    undergone = _negated_passive(trigger, chain, cues)
    if undergone is not None:
        found.setdefault("negated", Cue(undergone[0], "negated-passive"))
        chain = [trigger, *undergone[1]]  # "denied that sanctions had been imposed": reported too
    reported_cue = _reported_cue(trigger, chain, cues=cues)
    modal = found.get("hypothetical")
    if modal is not None and modal.kind == "modal" and _likelihood(trigger, cues):
        # "would more likely help", "would probably strike": only judged likely, a mere possibility
        found["hypothetical"] = Cue(modal.text, "possibility")
    spoken = None
    if THREAT in ignore and _reported_would(found, reported_cue, cues):
        # "said it would retaliate" read as THREATEN: the "would" is what the threat says, made
        spoken = found.pop("hypothetical")
    elif _past_future(found, chain, reported_cue, cues):
        found["future"] = Cue(found.pop("hypothetical").text, "reported-would")  # "said it would close"
    conditioned = _conditioned_cue(found.get("hypothetical"), chain, cues, ignore)
    if conditioned is not None:  # "if X expelled …", "would expel X if …"
        found["hypothetical"] = conditioned
    if "future" in found and not found.keys() & {"hypothetical", "negated"} and _conditioned(chain, cues):
        # "will meet if schedules allow"
        found["hypothetical"] = Cue(f'"{found["future"].text}" under a condition', "condition")
    proposer = _proposer(chain[-1], cues)
    if proposer is not None:  # "suggested that the bloc mediate": the mediation is only proposed
        found.setdefault("hypothetical", Cue(f'"{proposer.text}" that …', "consideration"))
    if "hypothetical" not in found and _in_question(trigger, chain, cues):
        found["hypothetical"] = Cue("direct question", "question")
    if "hypothetical" not in found:
        inverted = next((t for t in chain if inverted_condition(t, cues.hypothetical.inversions)), None)
        if inverted is not None:  # "Had Lima recalled its envoy, …": a condition, not a deed
            found["hypothetical"] = Cue(f'"{inverted.text}" in an inverted condition', "condition")
    every = tuple((m, c.kind) for m, c in found.items())
    absorbed = [
        f'{m} cue "{found.pop(m).text}" absorbed into the category'
        for m in sorted(ignore & _ABSORBED)
        if m in found
    ]
    if absorbed and "future" in found:  # "said it would not extend the truce": the refusal is the act
        absorbed.append(f'future cue "{found.pop("future").text}" absorbed with the negation')
    if commitment is not None and COMMITMENT in ignore:
        absorbed.append(f'commitment cue "{commitment.text}" absorbed: the commitment is the act')
    if offer is not None and OFFER in ignore:
        absorbed.append(f'offer cue "{offer.text}" absorbed: the offer is the act')
    if spoken is not None:
        absorbed.append(f'reported "{spoken.text}" absorbed: the threat is the act')
    for modality in ("negated", "hypothetical", "future"):
        if modality in found:
            lines = [f'modality {modality}: cue "{found[modality].text}"']
            lines += [f'also {m} cue "{c.text}"' for m, c in found.items() if m != modality] + absorbed
            if reported_cue:
                lines.append(f"reported: {reported_cue}")
            return ModalityResult(modality, bool(reported_cue), tuple(lines), found[modality].kind, every)
    lines = ["modality asserted: no negation, condition or intent governs the trigger", *absorbed]
    if reported_cue:
        lines.append(f"reported: {reported_cue}")
    return ModalityResult("asserted", bool(reported_cue), tuple(lines), None, every)


def _own_verb_group(conjunct: AnyToken) -> bool:
    """Whether a coordinated verb has a verb group of its own, so that the auxiliaries and the
    negation of the verb it is coordinated with are not its own: a tense of its own (past or third
    person present: "would respond and asked", "has not signed and says"), or its own subject,
    auxiliary or negation ("would not attack and will withdraw"); a conjunct with its own subject
    is a clause of its own even where the parser hung the conjunction on another word."""
    if conjunct.pos_ not in _VERBAL:
        return False
    if any(c.dep_ in _SUBJECTS for c in conjunct.children):
        return True  # a clause of its own, however the parser hung the "and" ("X may do A, and Y are to B")
    if not _coordinated(conjunct):
        return False
    return conjunct.tag_ in _FINITE or any(c.dep_ in _VERB_GROUP_DEPS or c.dep_ in _SUBJECTS
                                           for c in conjunct.children)  # fmt: skip


def _coordinated(conjunct: AnyToken) -> bool:
    """Whether a ``conj`` link is a coordination the text spells: a conjunction or a comma between
    the two verbs ("keep the border closed" misread as a conjunct has neither)."""
    head = conjunct.head
    lo, hi = sorted((head.i, conjunct.i))
    return any(c.dep_ in ("cc", "punct") and lo < c.i < hi for c in (*head.children, *conjunct.children))


_FINITE = frozenset({"VBD", "VBZ"})  # a verb form no auxiliary governs
_VERB_GROUP_DEPS = frozenset({"aux", "neg"})  # what a coordinated verb may share with its head


def _conditioned_cue(
    cue: Cue | None, chain: list[AnyToken], cues: ModalityCues, ignore: frozenset[str]
) -> Cue | None:
    """The hypothetical ``cue`` as a ``conditioned`` one when it says the act holds only under a
    condition: a conditional mark on the chain ("if X expelled …") or a modal with a conditional clause
    on the chain ("would expel X if …"); None otherwise, and for a reading that is the pledge or threat
    made (:data:`SPOKEN`)."""
    if SPOKEN in ignore or cue is None:
        return None
    if cue.kind == "condition":
        return Cue(cue.text, "conditioned")
    if cue.kind == "modal" and _conditioned(chain, cues):
        return Cue(f'"{cue.text}" under a condition', "conditioned")
    return None


def _non_specific_subject(trigger: AnyToken, cues: ModalityCues) -> str | None:
    """The words that make an event noun any act of its kind, or None: the noun is the subject of a
    clause whose verb has a modal auxiliary ("would", "could") and is no verb of occurrence (those
    pass their modality to the noun anyway: "a summit could be held"), with no possessor, relative
    clause or determiner other than ``subject_determiners`` ("an attack on X would be a grave error",
    "any strike would need consent", "sanctions would hurt X" — not "Russia's invasion would …", "the
    strike that killed 12 could be …")."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ not in _SUBJECTS or verb.i == trigger.i:
        return None
    if verb.pos_ not in _VERBAL or verb.lemma_.lower() in cues.clauses.occurrence_verbs:
        return None
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in cues.hypothetical.auxiliaries),
                 None)  # fmt: skip
    if modal is None:
        return None
    kids: list[AnyToken] = list(trigger.children)
    if any(c.dep_ in ("poss", "relcl", "acl", "nummod") for c in kids):
        return None
    dets = [c for c in kids if c.dep_ == "det"]
    if any(d.lower_ not in cues.hypothetical.subject_determiners for d in dets):
        return None
    return " ".join([*(d.text for d in dets), trigger.text, "…", modal.text])


def _commitment(found: dict[str, Cue], ignore: frozenset[str]) -> Cue | None:
    """The governing commitment's cue ("agreed to withdraw"), taken out of ``found``: a future cue
    of the act committed to, unless the reading is the commitment itself (``ignore`` holds
    :data:`COMMITMENT`: "vowed to expel" read as THREATEN), whose other future cues still count
    ("will agree to withdraw" read as AGREE is a future agreement)."""
    commitment = found.pop(COMMITMENT, None)
    if commitment is not None and COMMITMENT not in ignore:
        found.setdefault("future", commitment)
    return commitment


def _offer(found: dict[str, Cue], ignore: frozenset[str]) -> Cue | None:
    """The governing offer's cue ("offered to mediate", "was ready to host"), taken out of ``found``: a
    hypothetical cue of the act offered, unless the reading is the offer itself (``ignore`` holds
    :data:`OFFER`: "offered to mediate" read as AGREE is the offer, made)."""
    offer = found.pop(OFFER, None)
    if offer is not None and OFFER not in ignore:
        found.setdefault("hypothetical", Cue(offer.text, "consideration"))
    return offer


def _own_words(trigger: AnyToken, chain: list[AnyToken]) -> int:
    """How many words at the foot of ``chain`` are the trigger's own verb group, whose negation
    negates the trigger itself (``trigger-negation``): the trigger (its auxiliaries and "not" hang
    on it), and the predicate of an event noun that is its subject ("the talks did not take
    place"); a negation higher up ("did not plan to send") negates the governing word."""
    return 2 if len(chain) > 1 and chain[1].i == trigger.head.i and trigger.dep_ in _SUBJECTS else 1


def _invites_to(verb: AnyToken, below: Sequence[AnyToken], cues: ModalityCues) -> bool:
    """Whether ``verb`` invites to what ``below`` (the chain words under it, nearest first) holds: its
    infinitive complement ("invited X to visit") or the object of an invitation preposition ("invited
    India to talks"), that preposition hung on the verb or on the one invited ("invited the envoy for
    consultations", parsed as the envoy's) — not its subject or object ("the raid invited criticism")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.future.invitations:
        return False
    if below[0].dep_ == "xcomp":
        return True
    preps = cues.future.invitation_preps
    if below[0].dep_ == "dobj" and len(below) > 1:
        below = below[1:]  # the invited party's own preposition
    return below[0].dep_ == "prep" and below[0].lower_ in preps


def _commits_to(noun: AnyToken, below: AnyToken, cues: ModalityCues) -> bool:
    """Whether ``noun`` is a noun of commitment whose infinitive ("a pledge to send troops") or
    prepositional object ("a promise of aid") holds the trigger, ``below`` being the chain word under
    it: the act committed to is not done yet. Not a compound ("the ceasefire agreement": the ceasefire
    is what was agreed, and its modality is the agreement's)."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in cues.future.commitment_nouns:
        return False
    if below.dep_ == "prep":
        return below.lower_ in cues.future.commitment_preps
    return below.dep_ == "acl" and any(
        c.dep_ == "aux" and c.lower_ in cues.clauses.infinitive_markers for c in below.children
    )


def _excessive(chain: list[AnyToken], cues: ModalityCues) -> str | None:
    """The degree phrase ("too weak", "too much") whose "to"-infinitive on the chain names an act
    not done ("is too weak to attack X", "has too much at stake to walk away"), or None: the
    infinitive's head, or a word beside it under that head, bears the degree word."""
    degrees = cues.negation.excess_degrees
    if not degrees:
        return None
    for tok in chain:
        infinitive = any(c.dep_ == "aux" and c.pos_ == "PART" for c in tok.children)  # "to walk away"
        if tok.dep_ not in ("xcomp", "advcl") or not infinitive:
            continue
        head = tok.head
        for word in (head, *(c for c in head.children if c.dep_ in ("dobj", "acomp", "advmod", "attr"))):
            degree = next((c for c in word.children if c.dep_ == "advmod" and c.lower_ in degrees), None)
            if degree is not None:
                return f"{degree.text} {word.text} to"
    return None


def _set_aside(chain: list[AnyToken], cues: ModalityCues) -> str | None:
    """The phrase ("rather than", "instead of") that sets the trigger's act aside for another, or
    None: the phrase's second word is the mark of a chain word ("Rather than withdraw, X sent"), a
    preposition on the chain ("sent troops rather than withdrawing", "sanctions rather than
    retaliation") or the nearest coordinator before a chain word that is a second conjunct ("chose to
    recall its envoy rather than expel X"); not above that conjunct ("paused the work rather than sit
    with them, and resumed ...": the third verb is no act set aside)."""
    alternatives = cues.negation.alternatives
    if not alternatives:
        return None
    for i, tok in enumerate(chain):
        words = [c for c in tok.children if c.dep_ == "mark"]
        if i > 0 and chain[i - 1].dep_ in ("pcomp", "pobj"):
            words.append(tok)
        if tok.dep_ == "conj":
            words += [c for c in tok.head.children if c.dep_ == "cc" and tok.head.i < c.i < tok.i][-1:]
        for word in words:
            if word.i > 0 and f"{word.doc[word.i - 1].lower_} {word.lower_}" in alternatives:
                return f"{word.doc[word.i - 1].text} {word.text}"
        if tok.dep_ == "conj":
            return None
    return None


def _negated_passive(
    trigger: AnyToken, chain: list[AnyToken], cues: ModalityCues
) -> tuple[str, list[AnyToken]] | None:
    """An event noun that is the subject of a passive verb of realisation (``clauses.realisation_verbs``:
    "imposed", "signed", "held") is what that verb did or did not bring about: a negation on the verb
    or a denial of its clause negates the event ("sanctions were not imposed", "denied that any
    restrictions had been imposed"). Only the negation is taken from the verb (its plans and modals
    were tried for every modality and left out: docs/learned.md). The cue and the verb's chain, or
    None."""
    head = trigger.head
    if len(chain) != 1 or trigger.dep_ != "nsubjpass" or trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    if head.pos_ != "VERB" or head.i == trigger.i:
        return None
    if head.lemma_.lower() not in cues.clauses.realisation_verbs:
        return None
    above = _bounded(governing_chain(head, cues), cues)
    for tok in above:
        neg = next((c for c in tok.children if c.dep_ == "neg"), None)
        if neg is not None:
            return f"{neg.text} {tok.text}", above
    denial = _denial([trigger, *above], cues)
    return (denial, above) if denial is not None else None


def _negative_argument(child: AnyToken, cues: ModalityCues) -> bool:
    """Whether ``child``, a subject or object of a verb, is a negative quantifier: "none", "nothing",
    or a noun with "no" or "neither" as its determiner ("neither side", "no reinforcements")."""
    if child.dep_ not in _ARGUMENTS or child.head.pos_ not in _VERBAL:
        return False
    if child.lower_ in cues.negation.negative_pronouns:
        return True
    determiners = cues.negation.negative_determiners
    return any(g.dep_ in ("det", "preconj") and g.lower_ in determiners for g in child.children)


def _denial(chain: list[AnyToken], cues: ModalityCues) -> str | None:
    """The denial whose complement holds the trigger ("denied that it had moved troops", "rejected
    claims that it had supplied arms"), or None."""
    if any(t.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in t.children) for t in chain[:-1]):
        return None  # "denied that ... and accused X": the second verb is the denier's own act
    for below, noun in zip(chain, chain[1:], strict=False):  # "rejected claims that ...": in the chain
        if below.dep_ == "acl" and noun.lemma_.lower() in cues.negation.denied_nouns and noun.i < below.i:
            verb = noun.head
            if noun.dep_ in ("dobj", "nsubjpass") and _denies(verb, cues) and verb.i < noun.i:
                return f'denied by "{verb.text}"'
    top = chain[-1]
    head = top.head
    if top.dep_ == "ccomp" and head.i < top.i and _denies(head, cues):  # fronted content is no complement
        return f'denied by "{head.text}"'
    return None


def _denied_by_remark(trigger: AnyToken, cues: ModalityCues) -> str | None:
    """The denial in a remark after the trigger's clause, when the trigger is the act an accusation
    or a report lays at a party's door: "accused Quito of arming the rebels, which Ecuador denies",
    "blamed Lima for the bombing, a charge Peru denied", "say X shipped shells; Y denies any role".
    The remark follows a comma or semicolon after the trigger; its denial (not negated itself) has a
    relative pronoun, or a noun of accusation or of a share in an act with no content clause of its
    own ("denied claims that …" denies what it names), or is the relative clause of such a noun ("a
    charge Peru denied"). The accusation itself is not denied."""
    accusers = cues.negation.accusations | cues.reported.speech_verbs
    if not any(a.lemma_.lower() in accusers and a.pos_ == "VERB" for a in _heads_above(trigger)):
        return None
    sent = trigger.sent
    after = trigger.doc[trigger.i + 1 : sent.end]
    pause = next((t for t in after if t.dep_ == "punct" and t.text in (",", ";")), None)
    if pause is None:
        return None
    named = cues.negation.denied_nouns | cues.negation.denied_shares
    for verb in trigger.doc[pause.i + 1 : sent.end]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.negation.fact_denials:
            continue
        if any(_negates(c, cues) for c in verb.children):
            return None  # "which Rabat does not deny"
        head = verb.head
        if verb.dep_ == "relcl" and head.i > pause.i and head.lemma_.lower() in named:
            return f'denied by "{verb.text}" in a remark'  # "…, a charge Islamabad denied"
        for arg in verb.children:
            relative = arg.tag_ == "WDT" and arg.dep_ in ("dobj", "nsubj")
            noun = arg.lemma_.lower() in named and not any(c.dep_ == "acl" for c in arg.children)
            if relative or (noun and arg.dep_ in ("dobj", "nsubj", "nsubjpass")):
                return f'denied by "{verb.text}" in a remark'
    return None


def _proposer(clause: AnyToken, cues: ModalityCues) -> AnyToken | None:
    """The verb of proposal whose content ``clause`` is, in the subjunctive: "proposed that Egypt
    mediate", "urged that the talks resume", "suggested that the summit be held in Lima" (a bare
    verb, a tenseless "be" — or a bare verb the parser took for a noun — after "that"); not a claim
    ("suggested that Uganda had armed the rebels", "suggests that it arms them")."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.pos_ != "VERB":
        return None
    if head.lemma_.lower() not in cues.hypothetical.governors:
        return None
    kids: list[AnyToken] = list(clause.children)
    subject = any(c.dep_ in _SUBJECTS for c in kids) or clause.pos_ == "NOUN"  # "that the bloc mediate"
    if not subject or not any(c.dep_ == "mark" for c in kids):
        return None
    helpers: list[AnyToken] = [c for c in kids if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ != "VB" for c in helpers):
        return None  # "had armed", "will mediate", "was held"
    if clause.tag_ in _TENSED and not (clause.tag_ == "VBN" and helpers):
        return None  # "had armed", "arms"; "be held" is bare
    return head


def _heads_above(tok: AnyToken) -> list[AnyToken]:
    """The words above ``tok`` up to its sentence's root."""
    out: list[AnyToken] = []
    while tok.head.i != tok.i:
        tok = tok.head
        out.append(tok)
    return out


def _denies(tok: AnyToken, cues: ModalityCues) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in cues.negation.denials


def inverted_condition(clause: AnyToken, inversions: Collection[str]) -> bool:
    """Whether ``clause`` is a condition written by inversion: an adverbial clause whose auxiliary
    (or its own verb) is one of ``inversions`` and stands before its subject ("Had Lima recalled
    its envoy, …", "Should Quito close the port, …", "Were Rome to object, …"), or the verb under
    such a "were" ("to object")."""
    head = clause.head
    if clause.dep_ in ("xcomp", "advcl") and head.i != clause.i and _inverted(head, inversions):
        return True
    return _inverted(clause, inversions)


def _inverted(verb: AnyToken, inversions: Collection[str]) -> bool:
    if verb.dep_ != "advcl":
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if verb.lower_ in inversions and verb.i < subject.i:
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in inversions and c.i < subject.i for c in verb.children
    )


def _conditioned(chain: list[AnyToken], cues: ModalityCues) -> bool:
    """Whether a conditional clause ("if", "unless") hangs on the chain or marks it."""
    for tok in chain:
        for child in tok.children:
            if child.dep_ == "mark" and child.lower_ in cues.hypothetical.markers:
                return True
            if child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in cues.hypothetical.markers for g in child.children
            ):
                return True
    return False


def _past_future(
    found: dict[str, Cue], chain: list[AnyToken], reported_cue: str | None, cues: ModalityCues
) -> bool:
    """Whether the hypothetical cue is "would" of reported speech with no condition: the future
    seen from the past ("announced it would close the border")."""
    return (
        _reported_would(found, reported_cue, cues)
        and not _conditioned(chain, cues)
        and not _likelihood(chain[0], cues)
    )


def _likelihood(trigger: AnyToken, cues: ModalityCues) -> bool:
    """Whether an adverb of likelihood modifies the trigger, directly or through a degree word
    ("would probably help", "would more likely help"): the act is only judged likely."""
    adverbs = cues.hypothetical.adverbs
    return any(
        t.dep_ == "advmod" and t.lower_ in adverbs
        for c in trigger.children
        if c.dep_ == "advmod"
        for t in (c, *c.children)
    )


def _reported_would(found: dict[str, Cue], reported_cue: str | None, cues: ModalityCues) -> bool:
    """Whether the hypothetical cue is "would" in reported speech ("said it would respond")."""
    cue = found.get("hypothetical")
    if cue is None or reported_cue is None:
        return False
    return cue.text.lower() in cues.future.reported_auxiliaries


def in_direct_question(trigger: AnyToken, cues: ModalityCues) -> bool:
    """Whether ``trigger`` is in the main clause of a direct question ("Will Oslo mediate?", "How can
    Oslo help Kyiv?"): the news guidelines code no event there, whatever its modality. A statement
    coordinated before the question ("X expelled the envoy, but will Y retaliate?") is no question."""
    if not _asks(trigger, cues):  # most sentences: no chain to walk
        return False
    root = trigger.sent.root
    if _bounded(governing_chain(trigger, cues), cues)[-1].i != root.i:
        return False
    clauses = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if not clauses:
        return True
    asked = {t.i for t in max(clauses, key=lambda c: c.i).subtree}  # the last clause holds the "?"
    return trigger.i in asked


def _in_question(trigger: AnyToken, chain: list[AnyToken], cues: ModalityCues) -> bool:
    """Whether the trigger is in the main clause of a direct question ("How can Oslo help Kyiv?")."""
    return _asks(trigger, cues) and chain[-1].i == trigger.sent.root.i


def _asks(trigger: AnyToken, cues: ModalityCues) -> bool:
    """Whether the trigger's sentence ends in a question mark."""
    return trigger.sent.text.rstrip().endswith(tuple(cues.hypothetical.question_marks))


def _scan_time(chain: list[AnyToken], *, cues: ModalityCues, found: dict[str, Cue]) -> None:
    """A time expression pointing ahead on a chain word not in the past tense ("will travel to
    Rome next week", "talks later this month"), or the mark of a clause still to come ("does not
    take effect until both sides ratify it"); "two days later" on a past verb is no cue."""
    for tok in chain:
        if _past(tok):
            return
        pending = cues.future.pending_marks
        mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in pending), None)
        if mark is not None and tok.pos_ in ("VERB", "AUX"):
            found.setdefault("future", Cue(f'"{mark.text} {tok.text}"', "condition"))
            return
        for child in tok.children:
            if child.dep_ not in _TIME_DEPS:
                continue
            words: list[AnyToken] = list(child.subtree)
            if len(words) <= _TIME_SPAN and any(w.lower_ in cues.future.time_words for w in words):
                found.setdefault("future", Cue(" ".join(w.text for w in words), "time-ahead"))
                return


def _past(tok: AnyToken) -> bool:
    """A verb in the past tense, or with a past auxiliary ("had met", "was held", "did meet")."""
    return tok.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tok.children)


def _scan_word(tok: AnyToken, *, is_trigger: bool, cues: ModalityCues, found: dict[str, Cue]) -> None:
    """A governing word itself ("consider", "readiness", "refused") is a cue; the trigger is not."""
    if is_trigger:
        return
    lemma = tok.lemma_.lower()
    if lemma in cues.hypothetical.offers and tok.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
        found.setdefault(OFFER, Cue(tok.text, "consideration"))  # "offered to mediate": see _offer
    elif _abstains(tok, cues):
        verb = tok.head if tok.dep_ in ("prt", "advmod") else tok
        if not any(c.dep_ == "neg" for c in verb.children):
            found.setdefault("negated", Cue(tok.text, "abstention"))  # "refrained from criticising"
    elif tok.pos_ in ("VERB", "AUX"):
        if lemma in cues.negation.governors:
            found.setdefault("negated", Cue(tok.text, "refusal"))
        elif lemma in cues.hypothetical.governors:
            found.setdefault("hypothetical", Cue(tok.text, "consideration"))
        elif lemma in cues.future.governors:
            found.setdefault("future", Cue(tok.text, "intent"))
        elif lemma in cues.future.commitments:
            found.setdefault(COMMITMENT, Cue(tok.text, COMMITMENT))  # "agreed to withdraw": see _commitment
    elif tok.pos_ == "ADJ" and lemma in cues.future.adjectives:
        found.setdefault("future", Cue(tok.text, "schedule"))  # "is due to meet"
    elif tok.pos_ == "ADJ" and lemma in cues.hypothetical.adjectives:
        found.setdefault("hypothetical", Cue(tok.text, "consideration"))  # "is likely to host talks"
    elif tok.pos_ == "ADP" and tok.lower_ in cues.negation.prepositions:
        found.setdefault("negated", Cue(tok.text, "negation"))  # "without agreeing"
    elif tok.pos_ in ("NOUN", "PROPN"):
        if lemma in cues.hypothetical.nouns:
            found.setdefault("hypothetical", Cue(tok.text, "consideration"))
        elif lemma in cues.future.nouns:
            found.setdefault("future", Cue(tok.text, "intent"))


def _scan_child(
    child: AnyToken, *, cues: ModalityCues, found: dict[str, Cue], arguments: bool = True, own: bool = False
) -> None:
    """Auxiliaries, negations and conditional markers attached to a word of the chain, and (with
    ``arguments``) a subject or object that is a negative quantifier; ``own``: the word is the
    trigger's own (:func:`_own_words`), so a negation on it is a ``trigger-negation``."""
    low = child.lower_
    if _negates(child, cues):
        found.setdefault("negated", Cue(child.text, "trigger-negation" if own else "negation"))
    elif arguments and _negative_argument(child, cues):
        # "neither side called off the talks"
        found.setdefault("negated", Cue(f"{child.text} ({child.dep_})", "negative-argument"))
    elif child.dep_ == "aux" and _is_auxiliary(child, cues):
        _scan_auxiliary(child, cues=cues, found=found, own=own)
    elif child.dep_ == "mark" and low in cues.hypothetical.markers:
        found.setdefault("hypothetical", Cue(child.text, "condition"))
    elif child.dep_ == "acomp" and child.lemma_.lower() in cues.future.adjectives:
        found.setdefault("future", Cue(child.text, "schedule"))  # "is due in Ankara to discuss"
    elif child.dep_ == "acomp" and child.lemma_.lower() in cues.hypothetical.adjectives:
        found.setdefault("hypothetical", Cue(child.text, "consideration"))
    elif child.dep_ == "amod" and low in cues.hypothetical.modifiers:
        found.setdefault("hypothetical", Cue(child.text, "consideration"))  # "a proposed summit"
    elif child.dep_ == "amod" and low in cues.future.modifiers:
        found.setdefault("future", Cue(child.text, "schedule"))  # "a planned visit"
    elif child.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ in cues.hypothetical.markers for g in child.children
    ):
        # "If X happened, Russia would respond": the main clause is conditional too, but its own
        # modal ("would") already marks it; a bare conditional main clause stays asserted.
        pass


def _is_auxiliary(tok: AnyToken, cues: ModalityCues) -> bool:
    """Whether ``tok`` is a modal or future auxiliary ("would", "could", "will")."""
    low = tok.lower_
    return low in cues.hypothetical.auxiliaries or low in cues.future.auxiliaries


def _scan_auxiliary(aux: AnyToken, *, cues: ModalityCues, found: dict[str, Cue], own: bool) -> None:
    """The cue of a modal or future auxiliary of a word of the chain (``own``: of the trigger)."""
    low = aux.lower_
    if low in cues.hypothetical.auxiliaries:
        possible = own and low in cues.hypothetical.possibility  # "could attack": only possible
        found.setdefault("hypothetical", Cue(aux.text, "possibility" if possible else "modal"))
    elif low in cues.future.auxiliaries:
        found.setdefault("future", Cue(aux.text, "future-auxiliary"))


def _stranded_auxiliary(trigger: AnyToken, cues: ModalityCues) -> AnyToken | None:
    """A modal or future auxiliary right before the trigger, with at most a few adverbs between, that
    the parse does not give the trigger: hung on one of those adverbs ("would more likely help X",
    the "would" on "likely"), or anywhere before it when the tagger made the trigger a noun ("could
    soon aid X" with "aid" a noun). A modal is followed by its verb, so it is the trigger's own.
    Not a modal that heads or hangs on a word after the trigger: one standing before its subject
    ("could sanctions work?")."""
    doc = trigger.doc
    start = trigger.sent.start
    between: list[AnyToken] = []
    i = trigger.i - 1
    while i >= start and len(between) < _STRANDED_SPAN and (doc[i].pos_ == "ADV" or doc[i].dep_ == "advmod"):
        between.append(doc[i])
        i -= 1
    if i < start:
        return None
    aux = doc[i]
    if aux.pos_ != "AUX" or not _is_auxiliary(aux, cues) or aux.head.i == trigger.i or aux.head.i > trigger.i:
        return None
    if any(aux.head.i == t.i for t in between):
        return aux
    nominal = trigger.pos_ in ("NOUN", "PROPN")  # (a word above the trigger is a verb: never nominal)
    bare = not any(c.dep_ in ("det", "poss") for c in trigger.children)
    return aux if nominal and bare else None


_STRANDED_SPAN = 3  # adverbs between a modal and its verb ("would much more likely help")


def _scan_phrases(
    trigger: AnyToken, chain: list[AnyToken], *, cues: ModalityCues, found: dict[str, Cue]
) -> None:
    """Multi-word cues read from the text around the chain ("lift a finger", "going to")."""
    sent = trigger.sent
    for tok in chain[1:]:
        if tok.lemma_.lower() in cues.negation.idiom_verbs and any(c.dep_ == "neg" for c in tok.children):
            window = sent.text.lower()
            for idiom in cues.negation.idioms:
                if idiom in window:
                    found["negated"] = Cue(f"not {idiom}", "negative-idiom")
    left = " " + trigger.doc[max(sent.start, trigger.i - 3) : trigger.i].text.lower() + " "
    for phrase in cues.negation.phrases:
        if f" {phrase} " in left:
            found.setdefault("negated", Cue(phrase, "negative-idiom"))
    # a schedule is read left of the trigger and of each verb above it in its clause: "are to host talks"
    # (not a negation: "has yet to ratify the bid" leaves the bid made)
    for tok in [trigger, *(t for t in chain[1:] if t.pos_ in _VERBAL)]:
        left = " " + tok.doc[max(sent.start, tok.i - 3) : tok.i].text.lower() + " "
        for phrase in cues.future.phrases:
            if f" {phrase} " in left:
                found.setdefault("future", Cue(phrase, "schedule"))


def _reported_cue(trigger: AnyToken, chain: list[AnyToken], *, cues: ModalityCues) -> str | None:
    """Why the event is only reported or alleged, or None."""
    sent = trigger.sent
    adverbs, phrase = _sentence_reported(trigger, cues)
    for tok in adverbs:
        if tok.head in chain or tok.head == sent.root:
            return f'"{tok.text}"'
    if phrase is not None:
        return f'"{phrase}"'
    top = chain[-1]
    if top.dep_ in ("ccomp", "parataxis") and top.head.lemma_.lower() in cues.reported.speech_verbs:
        return f'content of "{top.head.text}" (reported speech)'
    speaker = next((v for t in chain if (v := _misattached_content(t, cues)) is not None), None)
    if speaker is not None:
        return f'content of "{speaker.text}" (reported speech)'
    denial = _denial(chain, cues)
    if denial is not None:
        return f"content of a denial ({denial})"
    return None


def _misattached_content(clause: AnyToken, cues: ModalityCues) -> AnyToken | None:
    """The speech verb whose content ``clause`` is, when the parser hung that content clause on the
    noun of the verb's prepositional phrase ("said in a statement that it would recall its envoy":
    the clause parsed as the statement's): a clause with its own mark and subject under that noun."""
    if clause.dep_ != "acl" or not {"mark", "nsubj"} <= {c.dep_ for c in clause.children}:
        return None
    noun = clause.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    return verb if verb.lemma_.lower() in cues.reported.speech_verbs else None


def _sentence_reported(trigger: AnyToken, cues: ModalityCues) -> tuple[list[AnyToken], str | None]:
    """The trigger's sentence's reporting adverbs and its first reporting phrase (kept per sentence
    when the document keeps a ``memo``, as :class:`geowire.coding.view.DocView` does)."""
    sent = trigger.sent
    memo = getattr(trigger.doc, "memo", None)
    key = ("reported", id(cues), sent.start)
    if memo is not None and key in memo:
        return memo[key]  # type: ignore[no-any-return]
    adverbs = [tok for tok in sent if tok.lower_ in cues.reported.adverbs]
    low = sent.text.lower()
    found = (adverbs, next((p for p in cues.reported.phrases if p in low), None))
    if memo is not None:
        memo[key] = found
    return found
