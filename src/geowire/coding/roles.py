"""Who did what to whom: actor (source) and recipient (target) roles of a predicate.

Given a parsed sentence and the resolved actor mentions, :func:`find_frames` returns one
:class:`Frame` per predicate that has an actor: the subject (or, in the passive, the ``by``
agent) is the source; the direct object, dative or a recipient preposition's object ("to",
"against", "on", "with", ...) is the target; in the passive the subject is the target.  A
predicate without its own subject inherits one: from the verb above an infinitive ("Russia
should consider providing"), from the object of an object-control verb ("urged Washington to
stop"), from the owner of an event noun ("its readiness to supply", "his raid to snatch").

A role is a noun phrase (token range, passed to the categorizer) with the actor mentions in it:
several for compound actors ("Hungarian and Romanian officials" → HUN, ROU).  Pronouns take the
mentions of a simple antecedent (a plural one every party of a coordination); "it" as the object of
an evaluative verb ("described it as a violation") refers to the object of the previous sentence
("the American attack" → USA).  A relative pronoun stands for the noun its clause modifies; a
phrase naming no actor stands for the antecedent of its possessive pronoun ("his regime"); "both
sides", "the two countries" for the two parties named last.  A target that only names the actor's
own state again is no recipient (a domestic patient or place of its own stays).
Equipment is never an actor: it is what is transferred.  The syntactic knowledge and the
pronouns are in the language pack's ``roles.yaml`` (:class:`RoleRules`, read once per pack by
:func:`rules_of`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from pydantic import BaseModel, ConfigDict

from geowire.coding.modality import inverted_condition
from geowire.coding.view import AnyDoc, AnySpan, AnyToken
from geowire.lang.pack import LanguagePack, validated
from geowire.types import ActorMention, Event

_HOLDER = "holder of"  # how a permission's holder is found (:func:`_permission_parties`)
_ACTOR_KINDS_FOR_IT = frozenset({"country", "igo", "group"})
_NP_LINKS = frozenset({"amod", "compound", "poss", "conj", "nmod", "appos", "npadvmod", "nummod"})


class RoleRules(BaseModel):
    """Schema of a pack's ``roles.yaml`` (word lists are read as sets: they are only looked up)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    subject_deps: frozenset[str]
    passive_subject_deps: frozenset[str]
    object_deps: frozenset[str]
    recipient_preps: frozenset[str]
    location_preps: frozenset[str]
    object_control: frozenset[str]
    np_cut_deps: frozenset[str]
    evaluative_verbs: frozenset[str]
    clausal_recipient_verbs: frozenset[str]
    obligation_modals: frozenset[str]
    condition_marks: frozenset[str]
    domestic_patients: frozenset[str]
    stative_passives: frozenset[str]
    demand_verbs: frozenset[str]
    grievance_verbs: frozenset[str]
    domestic_default: frozenset[str]
    grievance_preps: frozenset[str]
    conditional_recipient_verbs: frozenset[str]
    event_nouns: frozenset[str]
    inert_subjects: frozenset[str] = frozenset()
    # a participle or adjective on a noun that makes the verb under it a capability, not an act
    # ("systems designed to restrict …", "drones capable of striking …")
    capability_heads: frozenset[str] = frozenset()
    # "does not recognise the vote": a stance verb in the simple present is a standing relation
    stance_verbs: frozenset[str] = frozenset()
    present_tags: frozenset[str] = frozenset()
    present_auxiliaries: frozenset[str] = frozenset()
    # the dependency of an adverbial clause ("comes as Z's forces push …"): a meeting's partner is
    # not found inside one that does not hold the meeting
    adverbial_clause_deps: frozenset[str] = frozenset()
    person_pronouns: frozenset[str]
    # the plural ones among the thing pronouns: they stand for every party of a coordination
    plural_pronouns: frozenset[str] = frozenset()
    # "both sides", "the two countries": nouns of a pair of parties and the words that count them
    pair_nouns: frozenset[str] = frozenset()
    pair_words: frozenset[str] = frozenset()
    # the sectors of a mention that acts for its state itself (no sector: the country, its capital)
    state_sectors: frozenset[str] = frozenset()
    # the tags of relative pronouns ("that", "which", "who" opening a relative clause)
    relative_tags: frozenset[str] = frozenset()
    thing_pronouns: frozenset[str]
    evaluated_pronouns: frozenset[str]
    genitive_preps: frozenset[str]
    prevention_preps: frozenset[str]
    infinitive_markers: frozenset[str]
    obligation_verbs: frozenset[str]
    cause_preps: frozenset[str]
    aimed_preps: frozenset[str]
    title_deps: frozenset[str]
    open_brackets: frozenset[str]
    close_brackets: frozenset[str]
    conflict_nouns: frozenset[str]
    conflict_party_verbs: frozenset[str]
    conflict_preps: frozenset[str]
    conflict_party_preps: frozenset[str]
    permission_nouns: frozenset[str]
    permission_verbs: frozenset[str]
    purpose_senders: frozenset[str] = frozenset()
    theatre_nouns: frozenset[str] = frozenset()
    destination_preps: frozenset[str] = frozenset()
    # auxiliaries that make a condition by standing before their subject ("had Y attacked, …")
    condition_inversions: frozenset[str] = frozenset()
    # nouns of a relation to others ("Russia's allies"): their owner is not who the phrase denotes
    relational_nouns: frozenset[str] = frozenset()
    # verbs of judging or perceiving: an event noun in their object is not the judge's act
    judging_verbs: frozenset[str] = frozenset()
    # news outlets cited as a source ("IRNA reported"): their sectors, citing verbs and words
    source_sectors: frozenset[str] = frozenset()
    source_verbs: frozenset[str] = frozenset()
    source_preps: frozenset[str] = frozenset()
    # verbs of saying: a place named with them is where it was said, no party of what is said
    speaking_verbs: frozenset[str] = frozenset()
    # acts whose parties act on each other: both sides actors, no recipient
    reciprocal_acts: frozenset[str] = frozenset()
    reciprocal_if_partnered: frozenset[str] = frozenset()
    reciprocal_partners: frozenset[str] = frozenset()
    # verbs crediting their object with the act in their ``crediting_preps`` phrase
    crediting_verbs: frozenset[str] = frozenset()
    crediting_preps: frozenset[str] = frozenset()
    # words that make a weapon's firing or launch a test or a space launch, aimed at no one
    test_words: frozenset[str] = frozenset()
    # what a meeting or deal is about is no party of it: the prepositions and verbs naming its topic
    topic_preps: frozenset[str] = frozenset()
    topic_verbs: frozenset[str] = frozenset()
    # words of meeting or dealing: their place is a venue, their "on"/"over" phrase a topic
    gathering_words: frozenset[str] = frozenset()
    # participles that name a specific act when an actor is joined to them by a hyphen before the
    # noun they modify ("an EU-sanctioned oligarch": the EU sanctioned him), and that hyphen
    act_participles: frozenset[str] = frozenset()
    hyphens: frozenset[str] = frozenset()
    # participles of making, supplying or backing: a name hyphenated before them is no party of the
    # phrase ("Russian-made missiles"); a leader or holder is ("Vietnamese-led forces")
    maker_participles: frozenset[str] = frozenset()
    # predicates that, said of a party in a speaker's reported content, accuse it ("X said Y was
    # responsible for …"): the speaker accuses the subject, who does not act
    attribution_predicates: frozenset[str] = frozenset()
    # verbs of breaking a rule: a breach by another party that a speaker reports accuses it ("X said
    # Y violated the truce", "X said the raid breached international law": X accuses Y / the raider)
    violation_verbs: frozenset[str] = frozenset()


def rules_of(lang: LanguagePack) -> RoleRules:
    """The role rules of ``lang`` (its ``roles.yaml``), validated once per pack."""
    return lang.compiled("coding.roles", _read_rules)


def directed_act(rules: RoleRules, event: Event, feats: Sequence[str]) -> bool:
    """Whether ``event``, a reading of a ``reciprocal_acts`` trigger, is aimed at its recipient
    rather than shared with it: its lemma is one of ``reciprocal_if_partnered`` and the recipient
    follows the trigger in its sentence with no ``reciprocal_partners`` word between them ("fought a
    war against Y", "battled Y's fighters"; not "fighting between X and Y", "fought with Y")."""
    if not event.recipients or not any(f"lemma={w}" in feats for w in rules.reciprocal_if_partnered):
        return False
    r = event.recipients[0]
    end = event.sentence_start + len(event.sentence)
    if not event.trigger.end <= r.start < end:
        return False
    gap = event.sentence[event.trigger.end - event.sentence_start : r.start - event.sentence_start]
    return not any(w in rules.reciprocal_partners for w in re.findall(r"[\w&]+", gap.lower()))


def _read_rules(lang: LanguagePack) -> RoleRules:
    rules: RoleRules = validated(RoleRules, lang.yaml("roles.yaml"), f"data/lang/{lang.code}/roles.yaml")
    return rules


@dataclass(frozen=True)
class Role:
    """One role filler: the noun phrase ``[start, end)`` (token indices) and its actor mentions."""

    head: int
    start: int
    end: int
    mentions: tuple[ActorMention, ...]
    how: str
    confidence: float = 1.0
    pronoun: bool = False
    prep: str | None = None  # the preposition whose object the role is ("for" in "blamed X for Y")
    nested: bool = False  # the actor is named inside the phrase, not the phrase itself ("refugees in X")
    relation: str | None = None  # the dependency label to the verb, for a direct dependent ("dobj")
    holder: bool = False  # the one a permission lets act (:func:`_permission_parties`)


@dataclass(frozen=True)
class Location:
    text: str
    start: int  # character offsets
    end: int
    code: str | None


@dataclass(frozen=True)
class Frame:
    """A predicate with its sources and targets."""

    predicate: int
    sources: tuple[Role, ...]
    targets: tuple[Role, ...]


class MentionIndex:
    """Actor mentions of one document looked up by token; equipment and unresolved kept apart."""

    def __init__(self, doc: AnyDoc, mentions: Iterable[ActorMention]) -> None:
        self.doc = doc
        self.by_token: dict[int, ActorMention] = {}
        self.ordered: list[tuple[int, ActorMention]] = []
        for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            for i in range(span.start, span.end):
                self.by_token.setdefault(i, m)
            self.ordered.append((span.start, m))

    def at(self, tok: AnyToken) -> ActorMention | None:
        m = self.by_token.get(tok.i)
        return None if m is None or m.kind == "equipment" else m

    def is_equipment(self, tok: AnyToken) -> bool:
        m = self.by_token.get(tok.i)
        return m is not None and m.kind == "equipment"

    def before(
        self, tok: AnyToken, *, kinds: frozenset[str], window_start: int, subject: bool = False
    ) -> ActorMention | None:
        """The nearest resolved mention of ``kinds`` before ``tok`` (not before ``window_start``);
        with ``subject``, only mentions standing as a clause subject ("When Moscow warned ..., it")."""
        best = None
        for i, m in self.ordered:
            if i >= tok.i:
                break
            if i >= window_start and _kind(m) in kinds and m.code is not None:
                if not subject or _subject_token(self.doc, i, m):
                    best = m
        return best

    def last_pair(self, tok: AnyToken, *, kinds: frozenset[str], window_start: int) -> list[ActorMention]:
        """The two parties named last before ``tok`` (not before ``window_start``), one mention each,
        in text order; those standing as a subject in ``tok``'s own sentence left out (the one who
        urges "both sides" is not one of them). Fewer than two: []."""
        found: list[ActorMention] = []
        for i, m in reversed(self.ordered):
            if i >= tok.i or m.code is None or _kind(m) not in kinds or any(f.code == m.code for f in found):
                continue
            if i < window_start or len(found) == 2:
                break
            if i >= tok.sent.start and _subject_token(self.doc, i, m):
                continue
            found.append(m)
        return list(reversed(found)) if len(found) == 2 else []


def _kind(m: ActorMention) -> str:
    """A person holding an organisation's office resolves to the organisation but is still a person
    for pronouns ("Kofi Annan ... he")."""
    return "person" if m.how.startswith("person") else m.kind


def _subject_token(doc: AnyDoc, first: int, m: ActorMention) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and any(t.dep_ in ("nsubj", "nsubjpass") for t in span)


def np_span(head: AnyToken, rules: RoleRules) -> tuple[int, int]:
    """AnyToken range of the noun phrase headed by ``head``, without relative clauses and the like."""
    keep = [head]
    stack = [c for c in head.children if c.dep_ not in rules.np_cut_deps]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in rules.np_cut_deps)
    idx = sorted(t.i for t in keep)
    start, end = idx[0], idx[-1] + 1
    # keep contiguous around the head only (a cut child inside the range would leak in)
    while start < head.i and head.doc[start].is_punct:
        start += 1
    return start, end


def collect_mentions(head: AnyToken, index: MentionIndex, rules: RoleRules) -> list[ActorMention]:
    """Actor mentions denoted by the noun phrase headed by ``head`` (compounds as lists), in the
    order of the tree read depth first; read with a stack of its own, so a list of thousands of
    conjuncts (hostile text) neither recurses nor re-reads the mentions already found."""
    found: list[ActorMention] = []
    # (token, the sectors of the heads above whose modifier it is, nearest first)
    stack: list[tuple[AnyToken, tuple[str | None, ...]]] = [(head, ())]
    while stack:
        tok, sectors = stack.pop()
        own = index.at(tok)
        if own is not None:
            found.append(_with_sector(own, sectors))
            nexts = [
                (child, sectors)
                if child.dep_ == "conj"
                # "Hungarian and Romanian officials": the other adjectives share the head's sector
                else (child, (own.sector, *sectors))
                for child in tok.children
                if child.dep_ == "conj"
                or (
                    child.dep_ in ("amod", "compound", "nmod")
                    and index.at(child) is not own
                    and not maker_modifier(child, rules)
                )
            ]
        else:
            # "Russia's allies", "allies of Serbia": a relation's owner is not who the phrase names
            relational = tok.lemma_.lower() in rules.relational_nouns
            nexts = [
                (child, sectors)
                for child in tok.children
                if (not relational or child.dep_ in ("conj", "appos") or _member_group(child, index))
                and not maker_modifier(child, rules)
                and (
                    child.dep_ in _NP_LINKS
                    or child.dep_ == "pobj"
                    or (child.dep_ == "prep" and child.lower_ in rules.genitive_preps)
                )
            ]
        stack.extend(reversed(nexts))
    return _unique(found)


def maker_modifier(tok: AnyToken, rules: RoleRules) -> bool:
    """ "Russian-made missiles", "US-supplied tanks", "Iran-backed militias": a participle of making,
    supplying or backing joined by a hyphen to the word before it names who made, sent or backs the
    thing, not who the phrase denotes; an actor there is no party of the phrase's event (a leader
    is: "Vietnamese-led forces")."""
    return (
        tok.dep_ == "amod"
        and tok.pos_ == "VERB"
        and tok.lemma_.lower() in rules.maker_participles
        and any(c.is_punct and c.text in rules.hyphens and c.i < tok.i for c in tok.children)
    )


def owner_of_relation(tok: AnyToken, rules: RoleRules, *, group: bool = False) -> bool:
    """Whether ``tok`` (an actor mention's head) only owns a noun of a relation to others: the
    possessor, modifier or genitive of "allies", "neighbours", "partners" … ("Russia's allies",
    "US partners", "the allies of Serbia"), which denotes other parties than ``tok``. ``group``:
    the mention is an organisation, which as a modifier names the group the others belong to
    ("its EU partners", "NATO allies": the EU, NATO) — no owner then."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in rules.genitive_preps:
        head = head.head
    elif tok.dep_ not in ("poss", "compound", "amod", "nmod") or (group and tok.dep_ != "poss"):
        return False
    return head.i != tok.i and head.lemma_.lower() in rules.relational_nouns


def cited_source(tok: AnyToken, m: ActorMention, rules: RoleRules) -> bool:
    """Whether the mention ``m`` headed by ``tok`` is a news outlet cited as the source of its
    sentence: the subject or object of a citing verb ("IRNA reported", "told Interfax"), its
    passive agent ("quoted by Tass") or the object of "according to" ("according to Reuters")."""
    if m.sector not in rules.source_sectors:
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.i != tok.i:
        up = head.head
        return up.lower_ in rules.source_preps or (
            head.dep_ == "agent" and up.lemma_.lower() in rules.source_verbs
        )
    cites = rules.subject_deps | rules.object_deps
    return tok.dep_ in cites and head.lemma_.lower() in rules.source_verbs


def _member_group(child: AnyToken, index: MentionIndex) -> bool:
    """Whether ``child`` modifies a noun of relation as the organisation the others belong to
    ("its European Community partners", "fellow NATO allies")."""
    m = index.at(child)
    return child.dep_ in ("compound", "amod", "nmod") and m is not None and m.kind == "igo"


def _with_sector(m: ActorMention, sectors: Sequence[str | None]) -> ActorMention:
    """A country mention without a sector takes the nearest sector of the heads it modifies."""
    if m.kind != "country" or m.sector:
        return m
    sector = next((s for s in sectors if s), None)
    return m if sector is None else replace(m, sector=sector)


def _unique(ms: Iterable[ActorMention]) -> list[ActorMention]:
    seen: set[tuple[int, int]] = set()
    out = []
    for m in ms:
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out


def resolve_pronoun(
    tok: AnyToken, index: MentionIndex, *, sent_starts: Sequence[int], rules: RoleRules
) -> tuple[list[ActorMention], str, bool] | None:
    """Mentions a pronoun refers to, with a note of how and whether the grammar binds it (a fronted
    possessive and the subject of its clause) rather than the discourse suggesting it; None when
    the text does not say."""
    low = tok.lower_
    here = _sentence_number(tok.i, sent_starts)
    window = sent_starts[max(0, here - 2)]
    if (
        low in rules.evaluated_pronouns
        and tok.dep_ in ("dobj", "nsubjpass")
        and tok.head.lemma_.lower() in rules.evaluative_verbs
        and here > 0
    ):
        prev = _previous_object(tok.doc, sent_starts, here, index, rules)
        if prev:
            return prev, f'"{tok.text}" refers to the previous sentence\'s object', False
    if low in rules.person_pronouns:
        people = frozenset({"person"})
        m = index.before(tok, kinds=people, window_start=tok.sent.start)
        if m is None and tok.dep_ == "poss" and tok.i < tok.sent.root.i:
            m = _cataphor(tok, index, people)  # "With his raid ..., Trump has shown"
            if m is not None:  # bound by the grammar, not guessed from the discourse
                return [m], f'"{tok.text}" → {m.text}, the subject of the main clause', True
        if m is None:
            m = index.before(tok, kinds=people, window_start=window)
        return ([m], f'"{tok.text}" → {m.text}', False) if m else None
    if low in rules.thing_pronouns:
        blamed = _blamed_party(tok, index, rules)
        if blamed:
            return (
                blamed,
                f'"{tok.text}" → {" and ".join(g.text for g in blamed)}, the party the act is aimed at',
                False,
            )
        m = index.before(tok, kinds=_ACTOR_KINDS_FOR_IT, window_start=window, subject=True) or index.before(
            tok, kinds=_ACTOR_KINDS_FOR_IT, window_start=window
        )
        if m is None:
            return None
        group = _conjoined_with(m, index, rules) if low in rules.plural_pronouns else [m]
        return group, f'"{tok.text}" → {" and ".join(g.text for g in group)}', False
    return None


def _blamed_party(tok: AnyToken, index: MentionIndex, rules: RoleRules) -> list[ActorMention]:
    """ "sanctioned Moscow over its invasion", "weigh sanctions against Iran over its programme",
    "expelled the envoys for their role in …": a possessive pronoun in the grievance or cause phrase
    of an act stands for the party the act is aimed at (its object), not for the act's subject."""
    noun = tok.head
    if tok.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.i == noun.i:
        return []
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in rules.grievance_preps | rules.cause_preps:
        return []
    act = prep.head
    aimed = [c for c in act.children if c.dep_ == "dobj" and c.i < prep.i]
    if act.pos_ == "NOUN":  # "sanctions on Russia over its …": the noun's own target phrase
        aimed = [g for p in act.children if p.dep_ == "prep" and p.i != prep.i
                 for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    for head in aimed:
        found = [m for m in collect_mentions(head, index, rules) if m.code is not None]
        if not found:
            nested = _nested_mention(head, index, rules)
            found = [nested] if nested is not None and nested.start < prep.idx else []
        if found:
            return found
    return []


def _conjoined_with(m: ActorMention, index: MentionIndex, rules: RoleRules) -> list[ActorMention]:
    """The parties coordinated with ``m`` ("X, Y and Z" for any of them), ``m`` alone when it stands in
    no coordination of parties: what a plural pronoun ("they", "their") stands for."""
    span = index.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return [m]
    top = span.root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if not any(c.dep_ == "conj" for c in top.children):
        return [m]
    group = [g for g in collect_mentions(top, index, rules) if g.code is not None and _kind(g) != "person"]
    return (
        group
        if len(group) > 1 and any(g is m or (g.start, g.end) == (m.start, m.end) for g in group)
        else [m]
    )


def _cataphor(tok: AnyToken, index: MentionIndex, kinds: frozenset[str]) -> ActorMention | None:
    """ "With his raid ..., Trump has shown": a fronted possessive refers to the main subject."""
    root = tok.sent.root
    for subj in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
        for t in subj.subtree:
            m = index.at(t)
            if m is not None and _kind(m) in kinds and m.code is not None:
                return m
    return None


def _sentence_number(i: int, sent_starts: Sequence[int]) -> int:
    n = 0
    for k, s in enumerate(sent_starts):
        if s <= i:
            n = k
    return n


def _previous_object(
    doc: AnyDoc, sent_starts: Sequence[int], here: int, index: MentionIndex, rules: RoleRules
) -> list[ActorMention]:
    """Mentions inside the object of the previous sentence's main verb ("the American attack")."""
    start = sent_starts[here - 1]
    end = sent_starts[here]
    root = next((t for t in doc[start:end] if t.dep_ == "ROOT"), None)
    if root is None:
        return []
    for child in root.children:
        if child.dep_ in rules.object_deps:
            return [m for m in collect_mentions(child, index, rules) if m.code is not None]
    return []


# --- frames -------------------------------------------------------------------------------------


def find_frames(
    sent: AnySpan, index: MentionIndex, *, sent_starts: Sequence[int], rules: RoleRules
) -> list[Frame]:
    """Every predicate of ``sent`` that has at least one source role with an actor mention."""
    frames: list[Frame] = []
    if not any(t.i in index.by_token or t.pos_ == "PRON" for t in sent):
        return frames  # no actor can be named in this sentence
    for tok in sent:
        if tok.pos_ == "VERB" and tok.dep_ == "amod" and tok.lemma_.lower() in rules.act_participles:
            frame = _modifier_frame(tok, index, sent_starts, rules)
        elif tok.pos_ == "VERB" or (tok.pos_ == "AUX" and any(c.dep_ == "acomp" for c in tok.children)):
            frame = _verb_frame(tok, index, sent_starts, rules)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in rules.event_nouns:
            frame = _noun_frame(tok, index, sent_starts, rules)
        else:
            continue
        if frame is not None and frame.sources:
            frames.append(frame)
    return frames


def _role(
    head: AnyToken,
    index: MentionIndex,
    sent_starts: Sequence[int],
    rules: RoleRules,
    how: str,
    confidence: float = 1.0,
    *,
    deep: bool = False,
    relation: str | None = None,
) -> Role | None:
    """A role filler for ``head`` if it denotes at least one actor (pronouns resolved).  With
    ``deep`` (recipients), a noun phrase naming no actor itself takes the first actor named inside
    it ("to refugees fleeing the war in Liberia" → LBR)."""
    if index.is_equipment(head):
        return None
    if head.tag_ in rules.relative_tags:
        # "the plan that urged …", "the loan that Y sought", "X, which Z blamed for …": a
        # relative pronoun stands for the noun its clause modifies, never for an earlier name
        noun = relative_antecedent(head)
        if noun is None:
            return None
        how = f"antecedent of relative {head.text!r} ({how})"
        # a thing that only an actor's name modifies ("the X-made rifles that reached …") is
        # less surely that actor than a name itself ("X, which funded …")
        sure = 0.9 if index.at(noun) is not None else 0.75
        return _role(noun, index, sent_starts, rules, how, confidence * sure, deep=deep, relation=relation)
    if head.pos_ == "PRON":
        resolved = resolve_pronoun(head, index, sent_starts=sent_starts, rules=rules)
        if resolved is None:
            return None
        mentions, note, bound = resolved
        return Role(
            head.i,
            head.i,
            head.i + 1,
            tuple(mentions),
            f"{how}; {note}",
            confidence if bound else confidence * 0.8,
            pronoun=True,
            relation=relation,
        )
    # "…, Reuters reported": a news outlet cited as the source fills no role
    mentions = [m for m in collect_mentions(head, index, rules) if not cited_source(head, m, rules)]
    if not mentions:
        pair = _pair_phrase(head, index, sent_starts, rules)
        if pair:
            start, end = np_span(head, rules)
            note = f"{how}; the two parties named last"
            return Role(head.i, start, end, tuple(pair), note, confidence * 0.7, relation=relation)
    if not mentions and deep and head.lemma_.lower() not in rules.relational_nouns:
        nested = _nested_mention(head, index, rules)
        if nested is not None:  # the role is the nested name alone: the words around it may be the event
            span = head.doc.char_span(nested.start, nested.end, alignment_mode="expand")
            if span is not None and len(span):
                note = f'{how}; actor named inside it: "{nested.text}"'
                found = collect_mentions(span.root, index, rules) or [nested]  # "for Romania and Poland"
                # "between an Israeli delegation and the Syrian team": one name inside each conjunct
                found += [
                    m for c in head.conjuncts if (m := _nested_mention(c, index, rules)) and m not in found
                ]
                start, end = np_span(span.root, rules) if len(found) > 1 else (span.start, span.end)
                return Role(
                    span.root.i,
                    start,
                    end,
                    tuple(found),
                    note,
                    confidence * 0.75,
                    nested=True,
                    relation=relation,
                )
    if (
        not mentions
        and head.lemma_.lower() not in rules.relational_nouns
        and (deep or relation not in rules.object_deps)
    ):
        # last: an object's own recipient phrase or an actor named inside it comes first ("its war in Y")
        return _owned_by_pronoun(head, index, sent_starts, rules, how, confidence, relation)
    if not mentions:
        return None
    start, end = np_span(head, rules)
    return Role(head.i, start, end, tuple(mentions), how, confidence, relation=relation)


def _owned_by_pronoun(
    head: AnyToken,
    index: MentionIndex,
    sent_starts: Sequence[int],
    rules: RoleRules,
    how: str,
    confidence: float,
    relation: str | None,
) -> Role | None:
    """ "his government", "its forces", "their embassies": a phrase naming no actor but owned by a
    possessive pronoun stands for the pronoun's antecedent (a pronoun role: one pointing back at
    the actor is no target of its own act, :func:`_drop_self`)."""
    poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if poss is None:
        return None
    resolved = resolve_pronoun(poss, index, sent_starts=sent_starts, rules=rules)
    if resolved is None:
        return None
    mentions, note, bound = resolved
    start, end = np_span(head, rules)
    sure = 0.85 if bound else 0.7
    return Role(head.i, start, end, tuple(mentions), f"{how}; owner {note}", confidence * sure, pronoun=True,
                relation=relation)  # fmt: skip


def _pair_phrase(
    head: AnyToken, index: MentionIndex, sent_starts: Sequence[int], rules: RoleRules
) -> list[ActorMention]:
    """ "both sides", "the two countries", "the presidents of the two neighbours": the two parties
    named last before the phrase (in its sentence or the two before) — or, when the older of those
    two stands in a coordination of two parties that the later one is not in ("Armenia and
    Azerbaijan signed in Washington. The two neighbours …"), that coordination —, or [] when the
    phrase is no such pair (a ``pair_nouns`` noun counted by a ``pair_words`` word)."""

    def counted(tok: AnyToken) -> bool:
        words = rules.pair_words
        return tok.lemma_.lower() in rules.pair_nouns and any(c.lower_ in words for c in tok.children)

    noun = head
    if not counted(noun):  # "the leaders of the two countries"
        noun = next((g for p in head.children if p.dep_ == "prep" and p.lower_ in rules.genitive_preps
                     for g in p.children if g.dep_ == "pobj"), head)  # fmt: skip
        if not counted(noun):
            return []
    here = _sentence_number(noun.i, sent_starts)
    pair = index.last_pair(noun, kinds=_ACTOR_KINDS_FOR_IT, window_start=sent_starts[max(0, here - 2)])
    if not pair:
        return pair
    # "X and Y signed in Washington. The two neighbours ...": the older of the last two named stands
    # in a coordination of two parties the later one is not in — the pair meant is that coordination
    group = _conjoined_with(pair[0], index, rules)
    codes = {g.code for g in group}
    if len(codes) == 2 and pair[1].code not in codes and all(g.start < noun.idx for g in group):
        return sorted({g.code: g for g in group}.values(), key=lambda g: g.start)
    return pair


def relative_antecedent(pronoun: AnyToken, limit: int = 4) -> AnyToken | None:
    """The noun a relative pronoun stands for: the head of the relative clause it belongs to
    ("loan" in "the loan that Y sought", "plan" in "a plan which urges …"), found
    up through the verbs of that clause; None when the pronoun is in no relative clause."""
    tok = pronoun.head
    for _ in range(limit):
        if tok.dep_ == "relcl":
            noun = tok.head
            return noun if noun.i != tok.i and noun.pos_ in ("NOUN", "PROPN") else None
        if tok.head.i == tok.i or tok.dep_ not in ("xcomp", "ccomp", "conj", "prep", "pcomp"):
            return None
        tok = tok.head
    return None


def _nested_mention(head: AnyToken, index: MentionIndex, rules: RoleRules) -> ActorMention | None:
    """The first resolved actor named in ``head``'s phrase, relative clauses and a maker's participle
    ("Russian-made") aside."""
    stack = [head]
    seen: list[AnyToken] = []
    while stack:
        tok = stack.pop()
        seen.append(tok)
        skipped = ("relcl", "punct", "appos")
        stack.extend(c for c in tok.children if c.dep_ not in skipped and not maker_modifier(c, rules))
    for tok in sorted(seen, key=lambda t: t.i):
        m = index.at(tok)
        if m is not None and m.code is not None:
            return m
    return None


def _verb_frame(
    verb: AnyToken, index: MentionIndex, sent_starts: Sequence[int], rules: RoleRules
) -> Frame | None:
    subjects = _sources(verb, index, sent_starts, rules)
    if subjects is None:
        return None  # no actor: no frame (find_frames keeps frames with sources only)
    targets: list[Role] = []
    passive_subject = None
    for child in verb.children:
        if child.dep_ in rules.subject_deps:
            continue  # a source
        elif child.dep_ in rules.passive_subject_deps:
            passive_subject = child
        elif child.dep_ == "agent":
            continue  # a source
        elif child.dep_ in rules.object_deps:
            r = _role(child, index, sent_starts, rules, f"{child.dep_} of {verb.text!r}", relation=child.dep_)
            if r:
                aimed = _titled_object_targets(child, index, sent_starts, rules)
                targets.extend(aimed or [r])
                continue
            found = []  # "signed a treaty with X", "imposed sanctions on X": the object noun's recipient
            for prep in child.children:
                if (
                    prep.dep_ == "prep"
                    and prep.lower_ in rules.recipient_preps
                    and prep.lower_ not in rules.genitive_preps
                ):
                    found.extend(_prep_targets(prep, index, sent_starts, rules, child))
            found.extend(_permission_parties(child, index, sent_starts, rules))
            deep = _role(
                child,
                index,
                sent_starts,
                rules,
                f"{child.dep_} of {verb.text!r}",
                deep=True,
                relation=child.dep_,
            )
            targets.extend(found or ([deep] if deep else []))
        elif (
            child.dep_ == "prep"
            and child.lower_ in rules.recipient_preps
            and child.lower_ not in rules.genitive_preps
        ):
            targets.extend(_prep_targets(child, index, sent_starts, rules, verb))
        elif child.dep_ == "acomp":  # "is opposed to X", "was hostile towards X"
            for prep in child.children:
                if (
                    prep.dep_ == "prep"
                    and prep.lower_ in rules.recipient_preps
                    and prep.lower_ not in rules.genitive_preps
                ):
                    targets.extend(_prep_targets(prep, index, sent_starts, rules, child))
        elif child.dep_ == "ccomp" and (
            verb.lemma_.lower() in rules.clausal_recipient_verbs
            or obliged(child, rules)
            or attributed(child, rules)
        ):
            subj = next((c for c in child.children if c.dep_ in rules.subject_deps), None)
            r = (
                _role(subj, index, sent_starts, rules, f"subject of what {verb.text!r} asks")
                if subj
                else None
            )
            if r:
                targets.append(r)
    if any(t.relation == "dobj" and not t.nested for t in targets):
        # "blamed X for the bombing in Y": with a named object, what a 'for' phrase mentions is a cause
        targets = [t for t in targets if not (t.prep in rules.cause_preps and t.nested)]
    if verb.lemma_.lower() in rules.grievance_verbs:
        accused = [
            r
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in rules.grievance_preps
            for r in _prep_targets(prep, index, sent_starts, rules, verb)
        ]
        targets = accused or targets  # "complained to the UN over X's raids": X is complained of
    if verb.lemma_.lower() in rules.conditional_recipient_verbs:
        targets.extend(_condition_subjects(verb, index, sent_starts, rules))
    sources, stative = subjects
    if passive_subject is not None and not stative:
        r = _role(passive_subject, index, sent_starts, rules, f"passive subject of {verb.text!r}", deep=True)
        if r:
            targets.insert(0, r)
    kept = _drop_self(sources, targets, rules, verb.doc)
    if not any(m.code for t in kept for m in t.mentions):  # only unnamed peoples ("ethnic Albanians")
        kept = []
    if not kept and verb.lemma_.lower() in rules.conflict_party_verbs:
        kept = _drop_self(sources, _conflict_roles(verb, index, rules), rules, verb.doc)
    if not kept:
        kept = _drop_self(sources, _destination(verb, index, sent_starts, rules), rules, verb.doc)
    if not kept:
        place = _place_target(verb, index, sent_starts, rules, sources)
        kept = [place] if place else []
    if not kept:
        home = _domestic_target(verb, index, rules, sources)
        kept = [home] if home else []
    return Frame(verb.i, tuple(sources), tuple(kept))


def _sources(
    verb: AnyToken, index: MentionIndex, sent_starts: Sequence[int], rules: RoleRules
) -> tuple[list[Role], bool] | None:
    """The source roles of a verb — subjects, the passive ``by`` agent, the subject of a stative
    passive, else a source inherited from the governing word — and whether the passive subject
    was read as the stative subject (then it is no target); None when there is no source."""
    sources: list[Role] = []
    passive_subject = None
    bare = _bare_participle(verb, rules)
    for child in verb.children:
        if child.dep_ in rules.subject_deps:
            if bare:  # "Girkin, now jailed in a colony": the noun is what was done to, not the doer
                continue
            r = _role(child, index, sent_starts, rules, f"{child.dep_} of {verb.text!r}", relation=child.dep_)
            if r:
                sources.append(r)
        elif child.dep_ in rules.passive_subject_deps:
            passive_subject = child
        elif child.dep_ == "agent":
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                r = _role(pobj, index, sent_starts, rules, f"passive agent 'by' of {verb.text!r}")
                if r:
                    sources.append(r)
    stative = passive_subject is not None and not sources and verb.lemma_.lower() in rules.stative_passives
    if stative and passive_subject is not None:
        r = _role(passive_subject, index, sent_starts, rules, f"subject of stative {verb.text!r}")
        if r:  # "X is opposed to Y", "X is committed to peace": the subject holds the attitude
            sources.append(r)
    if not sources and passive_subject is None and not bare:
        inherited = _inherited_source(verb, index, sent_starts, rules)
        if inherited:
            sources.append(inherited)
    return (sources, stative) if sources else None


def _bare_participle(verb: AnyToken, rules: RoleRules) -> bool:
    """A past participle with no auxiliary ("the ousted leader", "X, now jailed, wrote"): passive
    in meaning, so only a ``by`` agent can be its source — never a subject the parser hung on it,
    nor the subject of the clause around it. Not a clause's main verb with both a subject and a
    direct object: that is a past tense the tagger misread, often after a dash ("X — and Y —
    imposed sanctions on Z"), and its subject is its doer."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    deps = {c.dep_ for c in verb.children}
    return not (verb.dep_ == "ROOT" and deps & rules.subject_deps and deps & rules.object_deps)


def _domestic_target(
    verb: AnyToken, index: MentionIndex, rules: RoleRules, sources: Sequence[Role]
) -> Role | None:
    """ "Egyptian police dispersed the protesters": a patient naming no actor but a domestic group
    (protesters, the opposition, a newspaper) is coded, as PLOVER does, as the actor's own country."""
    heads = [c for c in verb.children if c.dep_ in rules.object_deps]
    heads += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in rules.recipient_preps and c.lower_ not in rules.genitive_preps
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for head in heads:
        if head.lemma_.lower() not in rules.domestic_patients or collect_mentions(head, index, rules):
            continue
        if _nested_mention(head, index, rules) is not None:
            continue
        home = _home_mentions(sources)
        if home:
            return Role(
                head.i, head.i, head.i + 1, home, f"domestic patient {head.text!r}: the actor's country", 0.6
            )
    return None


def _home_mentions(sources: Sequence[Role]) -> tuple[ActorMention, ...]:
    out: list[ActorMention] = []
    for r in sources:
        for m in r.mentions:
            if m.kind in ("country", "person") and m.code:
                out.append(m)
            elif m.kind == "group" and m.country:
                out.append(replace(m, kind="country", code=m.country, sector=None))
    return tuple(out[:1])


def conditional(clause: AnyToken, rules: RoleRules) -> bool:
    """Whether ``clause`` is an adverbial condition ("unless X withdraws", "if Y attacks", or by
    inversion: "had Y attacked", "should Y attack", "were Y to attack")."""
    marked = clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in rules.condition_marks for c in clause.children
    )
    return marked or inverted_condition(clause, rules.condition_inversions)


def _condition_subjects(
    verb: AnyToken, index: MentionIndex, sent_starts: Sequence[int], rules: RoleRules
) -> list[Role]:
    """ "threatened to strike unless X withdraws": the subject of the condition is the one threatened."""
    out: list[Role] = []
    stack = [verb]
    while stack:
        tok = stack.pop()
        for c in tok.children:
            if c.dep_ in ("xcomp", "ccomp", "dobj"):
                stack.append(c)
            elif conditional(c, rules):
                subj = next((g for g in c.children if g.dep_ in rules.subject_deps), None)
                r = (
                    _role(subj, index, sent_starts, rules, f"subject of the condition on {verb.text!r}", 0.8)
                    if subj
                    else None
                )
                if r:
                    out.append(r)
    return out


def obliged(clause: AnyToken, rules: RoleRules) -> bool:
    """Whether the clause headed by ``clause`` puts an obligation on its subject ("X must release",
    "Y should withdraw", "Z has to pay"): what someone must do is asked of them, not done by them."""
    for c in clause.children:
        if c.dep_ == "aux" and c.lower_ in rules.obligation_modals:
            return True
    return (
        clause.lemma_.lower() in rules.obligation_verbs
        and any(
            c.dep_ == "xcomp" and any(g.lower_ in rules.infinitive_markers for g in c.children)
            for c in clause.children
        )
        and clause.head.i != clause.i
        and clause.dep_ == "ccomp"
    )


def attribution_subject(trig: AnyToken, rules: RoleRules) -> AnyToken | None:
    """The subject an attribution predicate is said of ("[Y] was responsible for", "Y is guilty
    of"), None when ``trig`` is no such predicate or has no subject."""
    if trig.lemma_.lower() not in rules.attribution_predicates:
        return None
    clause = trig.head if trig.dep_ in ("acomp", "attr") else trig
    return next((c for c in clause.children if c.dep_ in rules.subject_deps), None)


def attributed(clause: AnyToken, rules: RoleRules) -> bool:
    """Whether the clause headed by ``clause`` says of its subject that it is to blame ("Y was
    responsible for the raid"): what a speaker says so accuses that subject (issue 11)."""
    preds = [clause, *(c for c in clause.children if c.dep_ in ("acomp", "attr"))]
    return any(attribution_subject(p, rules) is not None for p in preds)


def _destination(
    verb: AnyToken, index: MentionIndex, sent_starts: Sequence[int], rules: RoleRules
) -> list[Role]:
    """ "sent investigators to X to examine ...": a purpose infinitive under a sending verb is
    aimed at where the sending went (a destination phrase on the verb or in its object), when it
    names no recipient of its own."""
    sender = verb.head
    if verb.dep_ != "advcl" or sender.lemma_.lower() not in rules.purpose_senders:
        return []
    if not any(c.dep_ == "aux" and c.lower_ in rules.infinitive_markers for c in verb.children):
        return []
    words = [sender, *(t for o in sender.children if o.dep_ in rules.object_deps for t in o.subtree)]
    return [r for w in words for prep in w.children
            if prep.dep_ in ("prep", "dative") and prep.lower_ in rules.destination_preps
            for r in _prep_targets(prep, index, sent_starts, rules, sender)]  # fmt: skip


def _place_target(
    verb: AnyToken, index: MentionIndex, sent_starts: Sequence[int], rules: RoleRules, sources: Sequence[Role]
) -> Role | None:
    """With no other recipient, the country of the place acted on ("lifted the curfew in X",
    "arrived in X"), as PLOVER codes it — the actor's own country too (domestic events); not the
    place a verb of saying names ("said in a speech in X": where it was said)."""
    if verb.lemma_.lower() in rules.speaking_verbs:
        return None
    heads = [verb, *(c for c in verb.children if c.dep_ in rules.object_deps)]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in rules.location_preps:
                continue
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                r = _role(
                    pobj,
                    index,
                    sent_starts,
                    rules,
                    f"place of the event '{prep.text} {pobj.text}'",
                    0.7,
                    deep=True,
                )
                if r:
                    return r
    return None


def spoken_place(tok: AnyToken, rules: RoleRules) -> bool:
    """Whether ``tok`` names the place where something was said ("in a speech in X, he said …",
    "told reporters in X"): it stands in a place phrase, through noun and preposition links alone,
    under a verb of saying. It is no party of what was said."""
    placed = False
    while tok.dep_ in ("pobj", "prep", "dobj", "dative", "compound", "appos", "conj") and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in rules.location_preps:
            placed = True
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return placed and tok.lemma_.lower() in rules.speaking_verbs
    return False


def _prep_targets(
    prep: AnyToken, index: MentionIndex, sent_starts: Sequence[int], rules: RoleRules, pred: AnyToken
) -> list[Role]:
    out = []
    for pobj in (g for g in prep.children if g.dep_ == "pobj"):
        r = _role(pobj, index, sent_starts, rules, f"object of '{prep.text}' after {pred.text!r}", deep=True)
        if r:
            out.append(replace(r, prep=prep.text))
    return out


def _titled_object_targets(
    obj: AnyToken, index: MentionIndex, sent_starts: Sequence[int], rules: RoleRules
) -> list[Role]:
    """ "invoked the Syria Accountability Act against Lebanon": an object that is a title (a proper
    name that names no actor itself, an actor named only inside it) with an ``aimed_preps`` phrase of
    its own: the act done with the titled thing is aimed at that phrase's object, not at the actor
    its title names. Empty for any other object ("backed Y's case against Z": Y is named as Y)."""
    if obj.pos_ != "PROPN" or index.at(obj) is not None:
        return []
    return [
        r
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ in rules.aimed_preps
        for r in _prep_targets(prep, index, sent_starts, rules, obj)
    ]


def _conflict_roles(verb: AnyToken, index: MentionIndex, rules: RoleRules) -> list[Role]:
    """ "offered to mediate in the conflict", "will arbitrate the dispute": a verb of
    ``conflict_party_verbs`` acts on the parties of the conflict it names (its object, or the object of
    a ``conflict_preps`` phrase on it or on its object). When that conflict names no party itself,
    they are the parties of the nearest conflict named before with two of them
    (:func:`conflict_parties`)."""
    objects = [c for c in verb.children if c.dep_ in rules.object_deps]
    nouns = objects + [g for w in (verb, *objects) for p in w.children  # "broker talks in the dispute"
                       if p.dep_ == "prep" and p.lower_ in rules.conflict_preps
                       for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    out: list[Role] = []
    for noun in nouns:
        if noun.lemma_.lower() not in rules.conflict_nouns or collect_mentions(noun, index, rules):
            continue
        if any(index.at(t) is not None for t in noun.subtree):
            continue  # the conflict names its parties (or a place) itself: the other searches read them
        found = conflict_parties(noun, index, rules)
        if found:
            how = f'parties of the conflict named before ("{found[0].text}", "{found[1].text}")'
            out.append(Role(noun.i, noun.i, noun.i + 1, tuple(found), how, 0.7))
    return out


def _permission_parties(
    noun: AnyToken, index: MentionIndex, sent_starts: Sequence[int], rules: RoleRules
) -> list[Role]:
    """ "revoked the licences allowing foreign firms to operate in Y", "the permits that let X's
    trawlers fish": a ``permission_nouns`` noun whose own clause is a ``permission_verbs`` verb is
    aimed at the place the permitted act is done in (Y: a licence to work there is what the measure
    on Y withdraws or grants) and at the holder (the one permitted, X's trawlers); [] for any other
    noun or clause."""
    if noun.lemma_.lower() not in rules.permission_nouns:
        return []
    out: list[Role] = []
    for clause in noun.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in rules.permission_verbs:
            continue
        acts = [c for c in clause.children if c.dep_ in ("ccomp", "xcomp")]  # "to operate in Y"
        for act in acts:
            for prep in act.children:
                if prep.dep_ == "prep" and prep.lower_ in rules.location_preps:
                    out += _prep_targets(prep, index, sent_starts, rules, act)
        holders = [c for c in clause.children if c.dep_ in rules.object_deps]
        holders += [c for a in acts for c in a.children if c.dep_ in rules.subject_deps]
        for holder in holders:
            how = f"{_HOLDER} {noun.text!r} ({clause.text!r})"
            r = _role(holder, index, sent_starts, rules, how, 0.85, deep=True)
            if r is not None:
                out.append(replace(r, holder=True))
    return out


def conflict_parties(noun: AnyToken, index: MentionIndex, rules: RoleRules) -> list[ActorMention]:
    """The two or more parties of the conflict named nearest before ``noun`` that names them: "the
    dispute between X and Y", "X's quarrel with Y", "the X-Y border row" (a ``conflict_nouns`` noun
    with its owners and the objects of its ``conflict_party_preps``); [] when none does."""
    doc = noun.doc
    for k in range(noun.i - 1, -1, -1):
        tok = doc[k]
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in rules.conflict_nouns:
            continue
        found: list[ActorMention] = []
        for child in tok.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                found += collect_mentions(child, index, rules)
            elif child.dep_ == "prep" and child.lower_ in rules.conflict_party_preps:
                found += [
                    m for g in child.children if g.dep_ == "pobj" for m in collect_mentions(g, index, rules)
                ]
        parties = {
            m.code: m for m in reversed(found) if m.code is not None and _kind(m) in _ACTOR_KINDS_FOR_IT
        }
        if len(parties) >= 2:  # one mention a party, in text order
            return sorted(parties.values(), key=lambda m: m.start)
    return []


def title_head(tok: AnyToken, rules: RoleRules, limit: int = 8) -> AnyToken:
    """The head of the name ``tok`` is part of: up the ``title_deps`` links between proper nouns ("the
    Syria Civilian Protection and Sanctions Act"), and from inside brackets to the noun they follow
    ("the ABC (a title spelled out)": whatever the parser made of the spelled-out title); ``tok``
    itself when it is part of no name."""
    head = tok
    for _ in range(limit):
        if head.dep_ not in rules.title_deps or head.head.pos_ != "PROPN" or head.head.i == head.i:
            break
        head = head.head
    named = _bracketed_noun(head, rules)
    return head if named is None else title_head(named, rules, limit - 1) if limit > 1 else named


def _bracketed_noun(tok: AnyToken, rules: RoleRules) -> AnyToken | None:
    """The noun right before the brackets ``tok`` stands in, within its sentence, or None."""
    sent = tok.sent
    k = tok.i - 1
    while k >= sent.start and tok.doc[k].text not in rules.open_brackets:
        if tok.doc[k].text in rules.close_brackets:
            return None
        k -= 1
    if k <= sent.start or not any(
        tok.doc[j].text in rules.close_brackets for j in range(tok.i + 1, sent.end)
    ):
        return None
    before = tok.doc[k - 1]
    return before if before.pos_ in ("NOUN", "PROPN") else None


def _inherited_source(
    verb: AnyToken, index: MentionIndex, sent_starts: Sequence[int], rules: RoleRules, depth: int = 0
) -> Role | None:
    """The source of a subject-less predicate, taken from the word that governs it."""
    head = verb.head
    if depth > 4 or head.i == verb.i:
        return None
    dep = verb.dep_
    if dep == "pcomp" and head.dep_ == "prep" and head.lower_ in rules.prevention_preps:
        governor = head.head  # "stop Azerbaijan from seizing"
        obj = next((c for c in governor.children if c.dep_ in rules.object_deps), None)
        return (
            _role(obj, index, sent_starts, rules, f"object of {governor.text!r} before 'from'", 0.8)
            if obj
            else None
        )
    if dep == "xcomp" and head.lemma_.lower() in rules.object_control:
        obj = next((c for c in head.children if c.dep_ in rules.object_deps), None)
        if obj is not None:
            return _role(obj, index, sent_starts, rules, f"object of control verb {head.text!r}", 0.85)
    if dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod", "xcomp"):
        # "Norway is willing to send", "he said he is prepared to lift": the copula's subject
        return (
            _inherited_source(head, index, sent_starts, rules, depth + 1)
            if head.dep_ != "acomp"
            else (
                _subject_role(
                    head.head, index, sent_starts, rules, f"subject of {head.head.text!r} {head.text!r}"
                )
            )
        )
    if dep in ("xcomp", "conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        subj = next((c for c in head.children if c.dep_ in rules.subject_deps), None)
        if subj is not None:
            return _role(
                subj, index, sent_starts, rules, f"subject of {head.text!r} ({dep} → {verb.text!r})", 0.9
            )
        return _inherited_source(head, index, sent_starts, rules, depth + 1)
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
        owner = _owner(
            head, index, sent_starts, rules, f"owner of {head.text!r} ({verb.text!r} complements it)"
        )
        if owner is not None or head.dep_ not in ("dobj", "attr", "oprd"):
            return owner
        # "Russia has stated readiness to supply": the subject of the verb governing the noun
        gsubj = next((c for c in head.head.children if c.dep_ in rules.subject_deps), None)
        return (
            _role(
                gsubj,
                index,
                sent_starts,
                rules,
                f"subject of {head.head.text!r} (governs {head.text!r} → {verb.text!r})",
                0.85,
            )
            if gsubj
            else None
        )
    if dep == "relcl":
        rel = next(
            (c for c in verb.children if c.dep_ in rules.subject_deps and c.tag_ in rules.relative_tags), None
        )
        if rel is not None:
            return _role(head, index, sent_starts, rules, f"antecedent of relative {rel.text!r}", 0.9)
    return None


def _subject_role(
    verb: AnyToken, index: MentionIndex, sent_starts: Sequence[int], rules: RoleRules, how: str
) -> Role | None:
    subj = next((c for c in verb.children if c.dep_ in rules.subject_deps), None)
    return _role(subj, index, sent_starts, rules, how, 0.9) if subj is not None else None


def _owner(
    noun: AnyToken, index: MentionIndex, sent_starts: Sequence[int], rules: RoleRules, how: str
) -> Role | None:
    """The actor a noun belongs to: possessor, actor adjective or compound ("Russia's", "U.S.")."""
    theatre = noun.lemma_.lower() in rules.theatre_nouns
    for child in noun.children:
        if child.dep_ == "compound" and (m := index.at(child)) is not None and m.how.startswith("capital"):
            continue  # "the Caracas raid": a capital in compound is where, not who
        if child.dep_ == "compound" and theatre:
            continue  # "the Ukraine war": where it is fought
        if maker_modifier(child, rules):
            continue  # "the Turkish-made drones sent to strike X": the maker owns nothing they do
        if child.dep_ in ("poss", "amod", "compound"):
            r = _role(child, index, sent_starts, rules, f"{how} via {child.dep_}", 0.85)
            if r:
                return r
    return None


def _modifier_frame(
    verb: AnyToken, index: MentionIndex, sent_starts: Sequence[int], rules: RoleRules
) -> Frame | None:
    """ "an EU-sanctioned oligarch", "M23, a US- and UN-sanctioned group" (issue 11): the actors
    hyphenated before an act participle (``act_participles``) did the act to what the noun it
    modifies denotes, or, for an apposition, to the name it stands beside. No frame without a
    hyphen right before the participle or without a party acted on ("a UN-sanctioned mission")."""
    doc = verb.doc
    if verb.i == 0 or not any(doc[verb.i - 1].text.endswith(h) for h in rules.hyphens):
        return None
    noun = verb.head
    found: list[ActorMention] = []
    k = verb.i - 1
    heads = (verb.i, noun.i)
    # leftwards over the modifiers of the participle or of the noun (and theirs), up to a determiner
    while k >= 0 and doc[k].pos_ != "DET" and (doc[k].head.i in heads or doc[k].head.head.i in heads):
        m = index.at(doc[k])
        if m is not None and m not in found:
            found.insert(0, m)
        k -= 1
    if not found:
        return None
    first = min(m.start for m in found)
    start = next((t.i for t in doc[k + 1 : verb.i] if t.idx >= first), verb.i)
    source = Role(start, start, verb.i, tuple(found), f"actor hyphenated to {verb.text!r}")
    # the name an apposition stands beside first ("Hezbollah, a US-sanctioned Lebanese group")
    for head in (noun.head, noun) if noun.dep_ == "appos" else (noun,):
        r = _role(head, index, sent_starts, rules, f"what {verb.text!r} modifies", relation="dobj")
        kept = () if r is None else tuple(m for m in r.mentions if m not in found)
        if r is not None and kept:
            return Frame(verb.i, (source,), (replace(r, mentions=kept),))
    return None


def _noun_frame(
    noun: AnyToken, index: MentionIndex, sent_starts: Sequence[int], rules: RoleRules
) -> Frame | None:
    """An event noun with an owner ("the American attack on X", "Moscow's warning to Y")."""
    owner = _owner(noun, index, sent_starts, rules, f"owner of event noun {noun.text!r}")
    if owner is None:
        return None
    targets: list[Role] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in rules.recipient_preps:
            targets.extend(_prep_targets(child, index, sent_starts, rules, noun))
    return Frame(noun.i, (owner,), tuple(_drop_self([owner], targets, rules, noun.doc)))


def _drop_self(sources: Sequence[Role], targets: Sequence[Role], rules: RoleRules, doc: AnyDoc) -> list[Role]:
    """Targets that are not just the sources again: a pronoun pointing back at the actor, or the
    actor's own state named again as what the act is aimed at ("warned that Israel would strike",
    "renewed Chile's pledge", "seized cargoes of Peruvian copper") when the actor acts as that state
    (:func:`_acts_as_state`) — an act of a state is aimed at someone else. What a state does to its
    own opposition, rebels or refugees, what its unions do to its ministries, and a place of its own
    named inside the phrase ("imposed a curfew in a town of X") and a domestic patient of its own
    ("summoned the workers of a haulage firm in X": ``domestic_patients``) stay: domestic events, coded as
    PLOVER does. A target naming others besides keeps those others ("a railway linking X, Y and Z")."""
    src_codes = {m.code for r in sources for m in r.mentions}
    state = {m.code for r in sources for m in r.mentions if _acts_as_state(m, rules)}
    src_heads = {r.head for r in sources}
    out = []
    for t in targets:
        codes = {m.code for m in t.mentions}
        if t.head in src_heads or (t.pronoun and codes <= src_codes):
            continue
        if not t.nested and not t.pronoun and doc[t.head].lemma_.lower() not in rules.domestic_patients:
            others = tuple(m for m in t.mentions if not (m.code in state and _acts_as_state(m, rules)))
            if not others:
                continue
            t = replace(t, mentions=others) if len(others) < len(t.mentions) else t
        out.append(t)
    return out


def _acts_as_state(m: ActorMention, rules: RoleRules) -> bool:
    """Whether the mention stands for its state itself: a country, capital or government named
    without a sector, or with one of the pack's ``state_sectors`` (government, army)."""
    return m.sector is None or m.sector in rules.state_sectors


def location_of(pred: AnyToken, index: MentionIndex, rules: RoleRules) -> Location | None:
    """A place stated with a location preposition on the predicate or its object ("in Caracas"); not
    a noun phrase that opens with a date (the parser's "In [2021 Turkey and Azerbaijan] signed")."""
    preps = [c for c in pred.children if c.dep_ == "prep"]
    preps += [g for c in pred.children if c.dep_ in rules.object_deps for g in c.children if g.dep_ == "prep"]
    for child in preps:
        if child.lower_ not in rules.location_preps:
            continue
        for pobj in child.children:
            if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "LOC", "FAC"):
                start, end = np_span(pobj, rules)
                if pred.doc[start].ent_type_ in ("DATE", "TIME"):
                    continue  # "In 2021 Turkey and Azerbaijan signed …": a date, the names its subject
                span = pred.doc[start:end]
                m = index.at(pobj)
                return Location(span.text, span.start_char, span.end_char, m.code if m else None)
    return None


# --- who is no party of an act: its venue, its topic, a relative clause's or a speaker's ---------

# links inside a noun phrase, from a word up to the phrase's head ("the war in [Sudan]", "[Iran]'s
# programme", "the [Chinese] capital")
_PHRASE_UP = frozenset({"compound", "amod", "poss", "nmod", "appos", "conj", "nummod", "npadvmod"})


def phrase_head(tok: AnyToken, rules: RoleRules) -> AnyToken:
    """The head of the noun phrase ``tok`` stands in: up through modifiers, conjuncts and genitive or
    place phrases ("Sudan" in "the war in Sudan" → "war"; "Iran" in "Iran's nuclear programme" →
    "programme")."""
    for _ in range(12):
        head = tok.head
        if head.i == tok.i:
            break
        if tok.dep_ in _PHRASE_UP:
            tok = head
        elif (
            tok.dep_ == "pobj"
            and head.dep_ == "prep"
            and head.lower_ in rules.genitive_preps | rules.location_preps
            and head.head.pos_ in ("NOUN", "PROPN")
            and head.head.i != head.i
        ):
            tok = head.head
        else:
            break
    return tok


def hangs_on(tok: AnyToken, act: frozenset[int]) -> bool:
    """Whether ``tok`` reaches one of the words ``act`` (the trigger and the words governing it in its
    clause) through noun and preposition links alone: a phrase of the act or of its object ("met in
    X", "signed [an accord] in X", "talks [on X]"), not one of another verb below it ("agreed to
    build a port in X": the port's place)."""
    for _ in range(12):
        if tok.i in act:
            return True
        if tok.head.i == tok.i or tok.dep_ not in (
            "prep",
            "pobj",
            "dobj",
            "compound",
            "conj",
            "appos",
            "nmod",
        ):
            return False
        if tok.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
    return False


def venue(tok: AnyToken, act: frozenset[int], rules: RoleRules, *, meeting: bool) -> bool:
    """Whether ``tok`` (a party's head) names only where the act ``act`` took place: the object of a
    location preposition hung on a word of gathering or dealing (``gathering_words``) that is the
    act or its object ("talks in X", "signed an accord at X", "agreed after talks in X"); with
    ``meeting`` (the act is a meeting), hung on any word of the act ("met in X", "held … in X").
    "Agreed to send troops to a force in X", "will evacuate settlements in X" keep X."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in rules.location_preps:
        return False
    on = prep.head
    return (meeting and on.i in act) or (on.lemma_.lower() in rules.gathering_words and hangs_on(on, act))


def topic(tok: AnyToken, act: frozenset[int], rules: RoleRules) -> bool:
    """Whether ``tok`` (a party's head) names only what a meeting or a deal is about: its phrase is the
    object of a verb of discussing ("discussed [the war in X]") or of a topic preposition hung on
    a word of gathering or dealing that is the act or its object ("talks on X", "a deal over X"),
    however deep in that phrase ("met to discuss a plan to end the war in X"), unless the act itself
    stands inside it; "lifted a ban on X" keeps X."""
    head = phrase_head(tok, rules)
    for _ in range(_TOPIC_DEPTH):  # "discussed [a plan to end the war in X]": X deep in the topic
        up = head.head
        if up.i == head.i or head.i in act:
            return False
        if head.dep_ == "dobj" and up.lemma_.lower() in rules.topic_verbs:
            return True
        if (
            head.dep_ == "pobj"
            and up.dep_ == "prep"
            and up.lower_ in rules.topic_preps
            and up.head.i != up.i
            and up.head.lemma_.lower() in rules.gathering_words
            and hangs_on(up.head, act)
        ):
            return True
        if head.dep_ not in _TOPIC_LINKS:
            return False
        head = up
    return False


# the links a party climbs to the phrase a meeting is about: noun phrases, their prepositions, and
# the infinitives and objects hung on a noun of the topic ("a plan [to end [the war [in X]]]")
_TOPIC_LINKS = frozenset({"pobj", "prep", "dobj", "acl", "xcomp", *_PHRASE_UP})
_TOPIC_DEPTH = 10


def in_other_relative(tok: AnyToken, trigger: AnyToken, rules: RoleRules) -> bool:
    """Whether ``tok`` stands in a relative clause opened by a relative pronoun that does not hold
    ``trigger`` ("… of X, who has pledged to end the war in Y": Y is a party of the pledge, not of
    the act outside the clause); not an infinitive the parser hangs on a noun as one ("rejected a
    call for troops to be deployed in Y": the call's content). A party named in another sentence (an
    implied recipient: "… designated the group, which Washington says X leads. Y rejected the
    designation") is not judged by that sentence's clauses."""
    return _in_other_clause(tok, trigger, lambda t: pronoun_relative(t, rules))


def in_other_adverbial(tok: AnyToken, trigger: AnyToken, rules: RoleRules) -> bool:
    """Whether ``tok`` stands in an adverbial clause that does not hold ``trigger`` ("X's visit comes
    as Z's forces push in Y": Y is a party of the push, not of the visit). Same sentence only."""
    return _in_other_clause(tok, trigger, lambda t: t.dep_ in rules.adverbial_clause_deps)


def _in_other_clause(tok: AnyToken, trigger: AnyToken, opens: Callable[[AnyToken], bool]) -> bool:
    """Whether, climbing from ``tok`` to the head ``trigger`` shares with it (same sentence only), a
    head that ``opens`` a clause comes before the shared one: ``tok`` stands in a clause that does
    not hold ``trigger``."""
    above = {t.i for t in _heads(trigger)}
    heads = _heads(tok)
    if heads[-1].i not in above:
        return False  # another sentence
    for t in heads:
        if t.i in above:
            return False
        if opens(t):
            return True
    return False


def pronoun_relative(tok: AnyToken, rules: RoleRules) -> bool:
    """Whether ``tok`` heads a relative clause opened by a relative pronoun ("that Qatar named",
    "which Russia sent"), not an infinitive the parser hangs on a noun as one."""
    return tok.dep_ == "relcl" and any(c.tag_ in rules.relative_tags for c in tok.subtree if c.i < tok.i)


def reporting_speaker(tok: AnyToken, trigger: AnyToken, rules: RoleRules) -> bool:
    """Whether ``tok`` names only who reports the act at ``trigger``: the subject of a verb of saying
    whose content holds the trigger ("X captured Y, the ministry noted": the ministry is no party),
    or the source cited by "according to" ("…, according to US officials")."""
    head = phrase_head(tok, rules)
    verb = head.head
    if head.dep_ == "pobj" and verb.head.i != verb.i and verb.head.lower_ in rules.source_preps:
        return True
    if head.dep_ not in rules.subject_deps or verb.i == trigger.i or verb.i == head.i:
        return False
    lemma = verb.lemma_.lower()
    if lemma not in rules.speaking_verbs and lemma not in rules.source_verbs:
        return False
    above = [t.i for t in _heads(trigger)]
    return verb.i in above[1:] or (verb.dep_ == "parataxis" and verb.head.i in above)


def reporting_only(tok: AnyToken, trigger: AnyToken, rules: RoleRules) -> bool:
    """Whether ``tok`` names someone who only reports, proposes or frames the act at ``trigger``, never
    its doer: the source cited by "according to", the speaker of a parenthetical report ("X captured
    Y, the ministry noted") or the subject of any verb governing a trigger that has a subject of its
    own that is no pronoun ("X suggested that Y mediate", "X said Y attacked Z"; not "Z said it
    captured Y", where the pronoun is the speaker)."""
    head = phrase_head(tok, rules)
    verb = head.head
    if head.dep_ == "pobj" and verb.head.i != verb.i and verb.head.lower_ in rules.source_preps:
        return True
    if head.dep_ not in rules.subject_deps or verb.i in (trigger.i, head.i):
        return False
    above = [t.i for t in _heads(trigger)]
    if verb.i not in above[1:] and not reporting_speaker(tok, trigger, rules):
        return False
    own = {t.i for t in head.subtree}
    return any(c.dep_ in rules.subject_deps and c.pos_ != "PRON" and c.i not in own for c in trigger.children)


def _heads(tok: AnyToken) -> list[AnyToken]:
    """``tok`` and the words above it up to its sentence's root."""
    out = [tok]
    while tok.head.i != tok.i and len(out) < 64:
        tok = tok.head
        out.append(tok)
    return out
