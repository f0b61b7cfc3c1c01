"""(cx63) A structural deployment reader: forces read from the spaCy dependency parse.

The regex reader (:func:`~geowire.model.rules_forces.deployment_claims`) finds a count of personnel
by its characters and the countries around it by their distance and clause.  This reader starts
from the parse instead: a force noun with its count (``nummod``, a figure in words, "about N"), the
verb or act noun that governs it, and the roles that verb gives — the sender (subject of a sending
verb, a passive's agent, the demonym or possessor of the force), the host (a destination
preposition's object, the subject of a receiving or hosting verb), the modality (a future or modal
auxiliary, a plan verb above it, a negation) — and the clause's date as the regex reader dates it.

It is used as a fallback (:func:`parse_fallback`): a force phrase the regex reader read no
deployment from, in a sentence where the parse settles both sides.  Its words are in the language
pack's ``parse_forces.yaml`` (:class:`ParseForceRules`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from pydantic import BaseModel, ConfigDict

from geowire.geo.gazetteer import name_key
from geowire.geo.resolve import geography
from geowire.lang.pack import LanguagePack, validated
from geowire.model.context import SentenceView, forward_date, sentence_dates
from geowire.model.lexicon import ModelLexicon
from geowire.model.rules_forces import (
    ARRIVAL,
    FORCE_TOTAL,
    HOST_ANAPHOR,
    HOST_TOWNS,
    PRESENCE,
    _figure,
    _not_a_place,
    _said_when,
    deployment_claims,
    force_date,
)
from geowire.types import Claim

Token = Any  # a spaCy Token (the pipeline's parse)
# a host: its country (None: the article's; a list: a town's several countries), place name, span
_Host = tuple[str | list[str] | None, str | None, tuple[int, int]]


class ParseForceRules(BaseModel):
    """Schema of a pack's ``parse_forces.yaml`` (lemmas and dependency labels, looked up only)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    force_nouns: frozenset[str]
    unit_nouns: frozenset[str]
    carrier_nouns: frozenset[str]
    send_verbs: frozenset[str]
    keep_verbs: frozenset[str]
    arrive_verbs: frozenset[str]
    stay_verbs: frozenset[str]
    receive_verbs: frozenset[str]
    total_verbs: frozenset[str]
    act_nouns: frozenset[str]
    destination_preps: frozenset[str]
    source_preps: frozenset[str]
    total_preps: frozenset[str]
    agent_preps: frozenset[str]
    of_preps: frozenset[str]
    future_auxiliaries: frozenset[str]
    modal_auxiliaries: frozenset[str]
    plan_verbs: frozenset[str]
    proposal_verbs: frozenset[str]
    negations: frozenset[str]
    increment_words: frozenset[str]
    subject_deps: frozenset[str]
    passive_subject_deps: frozenset[str]
    object_deps: frozenset[str]
    count_deps: frozenset[str]
    number_modifier_deps: frozenset[str]
    count_qualifiers: frozenset[str]
    inner_place_preps: frozenset[str]
    number_joiners: frozenset[str]
    copulas: frozenset[str]
    arrival_nouns: frozenset[str]
    hosting_verbs: frozenset[str]
    reach_verbs: frozenset[str]
    relative_pronoun_tags: frozenset[str]
    vehicle_modifiers: frozenset[str]
    qualified_force_nouns: dict[str, frozenset[str]]


def parse_rules(lang: LanguagePack) -> ParseForceRules | None:
    """The rules of ``lang``'s ``parse_forces.yaml`` (None when the pack ships none), read once."""
    return lang.compiled("model.parse_forces", _read_rules)


def _rules(view: SentenceView) -> ParseForceRules:
    rules = parse_rules(view.lang)
    assert rules is not None  # the reader runs only with its rules
    return rules


def _read_rules(lang: LanguagePack) -> ParseForceRules | None:
    if not lang.has("parse_forces.yaml"):
        return None
    where = f"data/lang/{lang.code}/parse_forces.yaml"
    rules: ParseForceRules = validated(ParseForceRules, lang.yaml("parse_forces.yaml"), where)
    return rules


@dataclass(frozen=True)
class Force:
    """A counted force phrase: its noun, its count's tokens and value, and the qualifier."""

    noun: Token
    first: Token  # the count's first token ("about" excluded)
    last: Token  # the count's last token
    value: float
    start: int  # doc offsets of the count and its noun
    end: int
    qualifier: str | None
    antecedent: Token | None = None  # a bare count's force noun told before it ("… after sending 300")


@dataclass(frozen=True)
class Governor:
    """What the force is to its governing word: the word (a verb or an act noun), its class and the
    force's role (``subject``, ``object``, ``total``, ``of``, ``copula``)."""

    word: Token
    kind: str  # send | keep | arrive | stay | receive | total | act | be
    role: str
    carrier: Token | None = None  # the unit noun whose "of" counts the force ("a garrison of 1,000")


def sentence_tokens(doc: Any, view: SentenceView) -> list[Token]:
    """The parse's tokens inside ``view``'s sentence (none without a parse)."""
    if doc is None or not hasattr(doc, "char_span"):
        return []
    end = view.sentence.end
    return [t for t in doc if view.start <= t.idx < end]


def parse_deployments(doc: Any, view: SentenceView, lex: ModelLexicon) -> list[Claim]:
    """Every deployment the parse of ``view``'s sentence states (the reader alone)."""
    rules = parse_rules(view.lang)
    tokens = sentence_tokens(doc, view)
    if rules is None or not tokens:
        return []
    out = []
    inside = {t.i for t in tokens}
    read: dict[int, Claim] = {}
    for force in [*_forces(tokens, view, rules), *_elided_forces(tokens, view, rules, inside)]:
        if _equipment(view, lex, force):
            continue  # "six M-346 jet trainers": aircraft, not instructors
        gov = _governor(force.noun, rules, inside)
        if gov is None:
            continue
        claim = _claim(view, lex, rules, force, gov, inside)
        if claim is None:
            continue
        if force.antecedent is not None:
            if (before := read.get(force.antecedent.i)) is None:
                continue
            claim = _sides_of(claim, before)
        read[force.noun.i] = claim
        out.append(claim)
    return out


def _equipment(view: SentenceView, lex: ModelLexicon, force: Force) -> bool:
    """Whether the force's noun phrase names equipment (a system the knowledge base knows or a
    model's designation), as the regex reader skips such counts."""
    s, e = _phrase_span(force.noun)
    s, e = min(s, force.start), max(e, force.end)
    systems = [(m.start, m.end) for m in view.equipment()]
    systems += [(ds, de) for ds, de, _dm in view.finditer(lex.transfers.designation)]
    return any(a < e and s < b for a, b in systems)


def _elided_forces(
    tokens: Sequence[Token], view: SentenceView, rules: ParseForceRules, inside: set[int]
) -> Iterator[Force]:
    """A bare count that a sending or receiving verb takes as its object after a counted force of
    the sentence ("has 1,000 troops in Estonia after sending a further 300 in May"): the same
    forces, a batch of them."""
    nouns = [f.noun for f in _forces(tokens, view, rules)]
    for t in tokens:
        if t.pos_ != "NUM" or t.dep_ not in rules.object_deps or t.head.i not in inside:
            continue
        if _verb_kind(t.head.lemma_.lower(), rules) not in ("send", "receive"):
            continue
        earlier = [n for n in nouns if n.i < t.i]
        if not earlier:
            continue
        f = _force(view, rules, t, t, noun_after=False)
        if f is not None:
            yield replace(f, antecedent=earlier[-1])


def _sides_of(claim: Claim, before: Claim) -> Claim:
    """``claim`` (a bare count's) with the sender and host of the force it counts a batch of, where
    its own clause names none."""
    fields = dict(claim.fields)
    spans = dict(claim.field_spans)
    for key in ("country", "host"):
        if not fields.get(key) and before.fields.get(key):
            fields[key] = before.fields[key]
            if key in before.field_spans:
                spans[key] = before.field_spans[key]
    if fields.get("host"):
        fields.pop(HOST_ANAPHOR, None)
        fields.pop(HOST_TOWNS, None)
    fields["personnel_partial"] = True
    return replace(claim, fields=fields, field_spans=spans)


def parse_fallback(doc: Any, view: SentenceView, lex: ModelLexicon, found: Sequence[Claim]) -> list[Claim]:
    """The parse's deployments of ``view`` whose force phrase none of ``found`` (the regex reader's
    deployments of the sentence) counts, that name a sender and a host (or the article's)."""
    read = [c.field_spans.get("personnel") for c in found if c.kind == "deployment"]
    out = []
    for c in parse_deployments(doc, view, lex):
        s, e = c.field_spans["personnel"]
        if any(r is not None and r[0] < e and s < r[1] for r in read):
            continue
        if not c.fields.get("country") or not any(
            c.fields.get(k) for k in ("host", HOST_ANAPHOR, HOST_TOWNS)
        ):
            continue
        out.append(c)
    return out


def deployments_read(doc: Any, view: SentenceView, lex: ModelLexicon, mode: str = "both") -> list[Claim]:
    """The sentence's deployments: the regex reader's, and the parse's where it read none of a force
    phrase (:func:`parse_fallback`); ``mode`` ``regex`` or ``parse`` (``Settings.deployment_reader``)
    runs one reader alone (for measuring them apart)."""
    if mode == "parse":
        return parse_fallback(doc, view, lex, [])
    found = deployment_claims(view, lex)
    return found if mode == "regex" else [*found, *parse_fallback(doc, view, lex, found)]


# the forces and their counts


def _forces(tokens: Sequence[Token], view: SentenceView, rules: ParseForceRules) -> Iterator[Force]:
    """Each force noun of the sentence with a count: its own number, or the number after a unit
    noun's "of" ("a contingent of about 800")."""
    for t in tokens:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = t.lemma_.lower()
        if _force_noun(t, lemma, rules):
            nums = [c for c in t.children if c.dep_ in rules.count_deps and _numeric(c)]
            if nums:
                f = _force(view, rules, t, nums[0])
                if f is not None:
                    yield f
        elif lemma in rules.unit_nouns:
            for p in t.children:
                if p.dep_ == "prep" and p.lower_ in rules.of_preps:
                    objs = [o for o in p.children if o.dep_ == "pobj" and o.pos_ == "NUM"]
                    if objs:
                        f = _force(view, rules, t, objs[0], noun_after=False)
                        if f is not None:
                            yield f


def _force_noun(t: Token, lemma: str, rules: ParseForceRules) -> bool:
    """A noun of people under arms: one of ``force_nouns`` ("soldiers"; not "jet trainers"), or one
    of ``qualified_force_nouns`` with its qualifier before it ("police officers", "army engineers")."""
    if any(c.lower_ in rules.vehicle_modifiers for c in t.children):
        return False
    if lemma in rules.force_nouns:
        return True
    needs = rules.qualified_force_nouns.get(lemma, frozenset())
    return bool(needs) and any(c.dep_ in ("compound", "amod") and c.lower_ in needs for c in t.children)


def _numeric(t: Token) -> bool:
    return bool(t.pos_ == "NUM" or t.like_num)


def _force(
    view: SentenceView, rules: ParseForceRules, noun: Token, num: Token, *, noun_after: bool = True
) -> Force | None:
    """The force ``noun`` counted by ``num`` (a figure in words takes its whole subtree: "three
    hundred"), or None when the figure is no count (a year)."""
    parts = [x for x in num.subtree if x.dep_ not in rules.number_modifier_deps or _numeric(x)]
    parts = [x for x in parts if _numeric(x) or x.lower_ in rules.number_joiners]
    if not parts:
        return None
    first, last = min(parts, key=lambda x: x.i), max(parts, key=lambda x: x.i)
    fig = _figure(view, first.idx, first.text)
    if fig is None:
        return None
    value, start, _fend, vague = fig
    if value < 2 or (1900 <= value <= 2100 and "," not in first.text and not first.text.isalpha()):
        return None
    mods = [x for x in num.children if x.dep_ in rules.number_modifier_deps and not _numeric(x)]
    qualifier = "-".join(x.lower_ for x in sorted(mods, key=lambda x: x.i)) or vague
    if not qualifier and noun.dep_ == "pobj" and noun.head.lower_ in rules.count_qualifiers:
        qualifier = noun.head.lower_  # "around 4,500 troops" parsed as a preposition
    end = noun.idx + len(noun.text) if noun_after else last.idx + len(last.text)
    return Force(noun, first, last, value, min(start, first.idx), end, qualifier or None)


# the governing word


def _verb_kind(lemma: str, rules: ParseForceRules) -> str | None:
    for kind, words in (
        ("send", rules.send_verbs),
        ("keep", rules.keep_verbs),
        ("arrive", rules.arrive_verbs),
        ("stay", rules.stay_verbs),
        ("receive", rules.receive_verbs),
        ("total", rules.total_verbs),
    ):
        if lemma in words:
            return kind
    return None


def _governor(noun: Token, rules: ParseForceRules, inside: set[int], depth: int = 0) -> Governor | None:
    """The verb or act noun whose force ``noun`` is, and its role there; a conjunct takes its first
    conjunct's ("300 soldiers and 40 trainers"), a force after a unit noun's "of" the unit's ("kept a
    garrison of 1,000 troops in …"), a force with a relative clause its verb's ("the 2,500 soldiers
    who landed in …", "the 800 troops Uganda keeps in …")."""
    # a conjunct, or a phrase in apposition (the parser hangs "RIGA, 11 March — Around 700 Danish
    # soldiers arrived …" on the dateline's town), stands where the word it follows stands
    apposed = None
    while noun.dep_ in ("conj", "appos") and noun.head.i in inside and noun.head.i != noun.i:
        apposed = noun.head if noun.dep_ == "appos" and noun.head.pos_ == "NOUN" else apposed
        noun = noun.head
    if apposed is not None and depth == 0:  # "Japan's detachment, roughly 400 sailors, …": the unit's
        found = _governor(apposed, rules, inside, depth + 1)
        return None if found is None else replace(found, carrier=found.carrier or apposed)
    dep, head = noun.dep_, noun.head
    if head.i not in inside or head.i == noun.i:
        return None
    if dep == "pobj":
        prep = head
        above = prep.head
        if above.i not in inside:
            return None
        lemma = above.lemma_.lower()
        if prep.lower_ in rules.of_preps and lemma in rules.act_nouns:
            return Governor(above, "act", "of")  # "the deployment of 300 troops"
        if prep.lower_ in rules.total_preps and _verb_kind(lemma, rules) == "total":
            return Governor(above, "total", "total")  # "raise its force in X to 1,800 soldiers"
        kind = _verb_kind(lemma, rules) if above.pos_ in ("VERB", "AUX") else None
        if prep.lower_ in rules.count_qualifiers and kind in ("send", "keep", "receive"):
            return Governor(above, kind, "object")  # "hosts around 4,500 … troops" parsed as a preposition
        if prep.lower_ in rules.of_preps and lemma in rules.unit_nouns | rules.carrier_nouns and depth < 2:
            unit = _governor(above, rules, inside, depth + 1)  # "a garrison of about 1,000 troops"
            return None if unit is None else replace(unit, carrier=above)
        return None
    kind = _verb_kind(head.lemma_.lower(), rules) if head.pos_ in ("VERB", "AUX") else None
    if dep in rules.object_deps and kind in ("send", "keep", "receive"):
        return Governor(head, kind, "object")
    if dep in rules.passive_subject_deps and kind in ("send",):
        return Governor(head, kind, "subject")
    if dep in rules.subject_deps or (dep == "attr" and any(c.dep_ == "expl" for c in head.children)):
        if kind in ("arrive", "stay"):
            return Governor(head, kind, "subject")
        if head.lemma_.lower() in rules.copulas and any(
            c.dep_ == "prep" and c.lower_ in rules.destination_preps for c in [*head.children, *noun.children]
        ):
            return Governor(head, "be", "copula")  # "some 4,000 troops are now in …", "there are 400 … in"
        if kind == "send" and not any(c.dep_ in rules.object_deps for c in head.children):
            return Governor(head, kind, "subject")  # "some 300 soldiers deployed to … in May"
    return _relative(noun, rules)


def _relative(noun: Token, rules: ParseForceRules) -> Governor | None:
    """The verb of a relative clause on the force: its object when the clause has a subject of its
    own ("the 300 soldiers Chad sent to Niger"), else its subject ("… who landed in Somalia")."""
    for v in noun.children:
        if v.dep_ != "relcl":
            continue
        kind = _verb_kind(v.lemma_.lower(), rules)
        own = [
            c
            for c in v.children
            if c.dep_ in rules.subject_deps and c.tag_ not in rules.relative_pronoun_tags
        ]
        if own and kind in ("send", "keep", "receive"):
            return Governor(v, kind, "object")
        if not own and kind in ("arrive", "stay"):
            return Governor(v, kind, "subject")
        passive = any(c.dep_ in rules.passive_subject_deps for c in v.children)
        if not own and passive and kind == "send":
            return Governor(v, kind, "subject")
    return None


# the claim


def _claim(
    view: SentenceView,
    lex: ModelLexicon,
    rules: ParseForceRules,
    force: Force,
    gov: Governor,
    inside: set[int],
) -> Claim | None:
    fields: dict[str, object] = {
        "personnel": force.value,
        "personnel_text": view.slice(force.start, force.end),
        "personnel_qualifier": force.qualifier,
    }
    spans: dict[str, tuple[int, int]] = {"personnel": (force.start, force.end)}
    verb = _clause_verb(gov)
    sender = _sender(view, rules, force, gov, inside)
    host = _host(view, lex, rules, force, gov, inside, sender[0] if sender else None)
    if sender is not None:
        fields["country"] = sender[0]
        spans["country"] = sender[1]
    if _spread(view, lex, force):
        return None  # "4,000 soldiers across the Sahel, chiefly in Niger": a total across hosts
    if host is not None:
        code, place, span = host
        if code is None:
            fields[HOST_ANAPHOR] = True
        elif isinstance(code, list):
            fields[HOST_TOWNS] = code
        else:
            fields["host"] = code
            spans["host"] = span
        if place:
            fields["place"] = place
            spans["place"] = span
    if fields.get("country") and fields.get("country") == fields.get("host"):
        return None
    if _increment(force, rules, gov.carrier):
        fields["personnel_partial"] = True
    if gov.kind == "total":
        fields[FORCE_TOTAL] = True
    arrived = verb is not None and verb.lemma_.lower() in rules.arrive_verbs  # "a rotation of 900 … arrived"
    if (
        gov.kind == "arrive"
        or arrived
        or (gov.kind == "act" and gov.word.lemma_.lower() in rules.arrival_nouns)
    ):
        fields["measure"] = ARRIVAL
    elif gov.kind in ("keep", "be") or (
        gov.kind == "receive" and gov.word.lemma_.lower() in rules.hosting_verbs
    ):
        fields["measure"] = PRESENCE
    _clause_date(view, lex, fields, spans, verb if verb is not None else gov.word, inside)
    mood = _mood(verb if verb is not None else gov.word, rules, inside)
    if _denied(force, verb, rules, inside):
        if mood is not None:
            return None  # a plan denied: neither a force coming nor one denied there
        fields["negated"] = True
    if mood == "future":
        fields["modality"] = "future"
        forward_date(view, fields, spans)
    elif mood == "hypothetical":
        fields["modality"] = "hypothetical"
    ev = view.event_at(gov.word.idx, gov.word.idx + len(gov.word.text))
    return view.claim("deployment", fields, spans, event_id=ev.id if ev else None)


_OTHER_CLAUSES = frozenset({"advcl", "relcl", "acl", "ccomp", "pcomp", "csubj", "parataxis"})


def _clause_date(
    view: SentenceView,
    lex: ModelLexicon,
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
    verb: Token,
    inside: set[int],
) -> None:
    """The first date of the verb's own clause: inside its subtree (from the top of its infinitive
    chain, "plans to send … in May"), outside the clauses under it ("… after sending 300 in May":
    the sending's date, not the force's); "since 2017" is the ``since`` field, as for the regex
    reader (``rules_forces._deployment_date``), and a saying's day ("said on Tuesday") no date."""
    top = verb
    while top.dep_ in ("xcomp", "conj") and top.head.i in inside and top.head.i != top.i:
        top = top.head
    own = {t.idx for t in top.subtree}
    for t in top.subtree:
        if t.dep_ in _OTHER_CLAUSES and t is not verb and t.i not in {a.i for a in _ancestors(verb)}:
            own -= {x.idx for x in t.subtree}
    for d in sentence_dates(view):
        if d.start not in own or _said_when(view, lex, d.start, d.end):
            continue
        if force_date(view, d, fields, spans):
            return


def _spread(view: SentenceView, lex: ModelLexicon, force: Force) -> bool:
    """Whether a wider place and then the share of a few hosts follow the force ("across the Sahel,
    chiefly in Niger", "to UN operations in Africa, mostly in Mali"): a total across hosts, as the
    regex reader reads it (``deployments.spread_tail``)."""
    return any(
        lex.deployments.spread_tail.match(view.slice(force.end, m.start))
        for _c, m in view.countries(lo=force.end)
    )


def _clause_verb(gov: Governor) -> Token | None:
    """The verb of the force's clause: the governing verb, or the verb an act noun hangs on."""
    w = gov.word
    if gov.kind != "act":
        return w
    for x in _ancestors(w):
        if x.pos_ in ("VERB", "AUX"):
            return x
    return None


def _ancestors(t: Token) -> Iterator[Token]:
    seen = {t.i}
    while t.head.i not in seen:
        t = t.head
        seen.add(t.i)
        yield t


def _countries_in(view: SentenceView, start: int, end: int) -> list[tuple[str, int, int]]:
    """The countries of the mentions that start in [start, end) ("British" of the mention "British
    soldiers")."""
    return [(c, m.start, m.end) for c, m in view.countries() if start <= m.start < end]


def _phrase_span(
    t: Token, *, cut: frozenset[str] = frozenset({"prep", "relcl", "acl", "conj", "cc", "appos"})
) -> tuple[int, int]:
    """The character span of ``t``'s noun phrase without its prepositions and clauses."""
    toks = [t]
    stack = [c for c in t.children if c.dep_ not in cut]
    while stack:
        x = stack.pop()
        toks.append(x)
        stack.extend(x.children)
    lo, hi = min(toks, key=lambda x: x.i), max(toks, key=lambda x: x.i)
    return lo.idx, hi.idx + len(hi.text)


def _country_of(view: SentenceView, t: Token) -> tuple[str, tuple[int, int]] | None:
    """The country the noun phrase of ``t`` names (its first), with its span."""
    s, e = _phrase_span(t)
    found = _countries_in(view, s, e)
    return (found[0][0], (found[0][1], found[0][2])) if found else None


def _force_owner(
    view: SentenceView, force: Force, carrier: Token | None = None
) -> tuple[str, tuple[int, int]] | None:
    """A demonym, possessor or compound naming the force's country ("British soldiers", "Britain's
    troops"), or one in "of"'s unit noun ("a French contingent of 300")."""
    for h in (force.noun, *([carrier] if carrier is not None else [])):
        for c in h.children:
            if c.dep_ in ("amod", "compound", "poss", "nmod"):
                s, e = _phrase_span(c)
                found = _countries_in(view, s, e)
                if found:
                    return found[0][0], (found[0][1], found[0][2])
    return None


def _prep_objects(word: Token, preps: frozenset[str]) -> Iterator[Token]:
    for c in word.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in preps:
            for o in c.children:
                if o.dep_ == "pobj":
                    yield o


def _sender(
    view: SentenceView, rules: ParseForceRules, force: Force, gov: Governor, inside: set[int]
) -> tuple[str, tuple[int, int]] | None:
    """Who sends or keeps the forces."""
    w = gov.word
    owner = _force_owner(view, force, gov.carrier)
    verb = _clause_verb(gov)
    if verb is not None and gov.kind in ("send", "act", "total", "keep"):
        for o in _prep_objects(verb, rules.agent_preps) if verb.tag_ == "VBN" else ():
            if (found := _country_of(view, o)) is not None:
                return found  # "were sent by Romania"
        for x in _agents(verb, rules, inside):
            if (found := _country_of(view, x)) is not None:
                return found
        if gov.kind == "act":  # "Poland's deployment of 300 troops"
            for c in w.children:
                if c.dep_ in ("poss", "amod", "compound"):
                    s, e = _phrase_span(c)
                    found_c = _countries_in(view, s, e)
                    if found_c:
                        return found_c[0][0], (found_c[0][1], found_c[0][2])
    if owner is not None:
        return owner
    for prep_word in (w, force.noun):
        for o in _prep_objects(prep_word, rules.source_preps):
            if (found := _country_of(view, o)) is not None:
                return found  # "300 soldiers from Kenya"
    return None


def _agents(verb: Token, rules: ParseForceRules, inside: set[int]) -> Iterator[Token]:
    """The subject of ``verb``, or of the verb above it for an infinitive or a participle chain
    ("plans to send", "has decided to deploy")."""
    v = verb
    for _ in range(4):
        subj = [c for c in v.children if c.dep_ in rules.subject_deps]
        if subj:  # the nearest first: a dateline's town may be parsed as a subject too
            yield from sorted(subj, key=lambda c: abs(c.i - v.i))
            return
        if v.dep_ in ("xcomp", "conj", "advcl") and v.head.i in inside and v.head.i != v.i:
            v = v.head
            continue
        if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.i in inside:
            v = v.head.head  # "… after sending 300": the subject of the verb the phrase hangs on
            continue
        return


def _host(
    view: SentenceView,
    lex: ModelLexicon,
    rules: ParseForceRules,
    force: Force,
    gov: Governor,
    inside: set[int],
    sender: str | None,
) -> _Host | None:
    """Where the forces go or are: the subject of a receiving verb, else a destination preposition's
    object on the verb, the act noun, the force noun or (for a total) the changed force; a country,
    a known place's country, or an unknown town (the article's country, ``code`` None)."""
    w = gov.word
    if gov.kind == "receive":
        for x in _agents(w, rules, inside):
            found = _country_of(view, x)
            if found is not None and found[0] != sender:
                return found[0], None, found[1]
        return None
    holders = [w, force.noun, *([gov.carrier] if gov.carrier is not None else [])]
    # "has 900 soldiers stationed in Estonia": the participle on the force
    holders += [c for h in list(holders) for c in h.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")]
    if gov.kind == "total":
        holders += [c for c in w.children if c.dep_ in rules.object_deps]
    if gov.kind == "act":
        v = _clause_verb(gov)
        holders += [v] if v is not None else []
    if gov.kind == "arrive" and w.lemma_.lower() in rules.reach_verbs:
        holders_objs = [c for c in w.children if c.dep_ in rules.object_deps]
    else:
        holders_objs = []
    objs = [o for h in holders for o in _prep_objects(h, rules.destination_preps)] + holders_objs
    for o in objs:
        place = _place(view, lex, o, sender)
        if place is not None:
            return place
    return None


def _place(view: SentenceView, lex: ModelLexicon, o: Token, sender: str | None) -> _Host | None:
    """The host a destination's object names: a country mention in it ("to a base in Estonia" by
    its own preposition), a place the gazetteer gives one country, or an unknown proper name."""
    s, e = _phrase_span(o, cut=frozenset({"relcl", "acl", "cc", "appos"}))
    for code, ms, me in _countries_in(view, s, e):
        if code != sender:
            return code, None, (ms, me)
    if o.pos_ != "PROPN" or not o.text[:1].isupper():
        # "at the air base in Minsk Mazowiecki", "to a camp near …": the place the noun is in
        for inner in _prep_objects(o, _rules(view).inner_place_preps):
            if (found := _place(view, lex, inner, sender)) is not None:
                return found
        return None
    name_toks = [x for x in o.subtree if x.pos_ == "PROPN" and x.i <= o.i and o.i - x.i <= 3]
    first = min(name_toks, key=lambda x: x.i)
    ns, ne = first.idx, o.idx + len(o.text)
    if any(d.start < ne and ns < d.end for d in sentence_dates(view)):
        return None  # "in mid-December": a date, no place
    if _not_a_place(view, lex, ns, ne) or lex.deployments.not_place.search(view.slice(ns, ne)):
        return None  # a date, an actor, a venue; an operation, a mission, an acronym
    name = view.slice(ns, ne)
    geo = geography(view.lang)
    matches = geo.lookup(name)
    if any(not m.entry.country for m in matches):
        return None  # a region over several countries ("the Sahel")
    key = name_key(name, geo.words.articles)
    # the place of that name, not one it is another name of ("Africa" for a town's quarter)
    if matches and not any(name_key(m.entry.name, geo.words.articles) == key for m in matches):
        return None
    countries = {m.entry.country for m in matches}  # every country a place of that name may be in
    if len(countries) == 1:
        (code,) = countries
        return (None, name, (ns, ne)) if code == sender else (code, name, (ns, ne))
    if not matches:
        return None, name, (ns, ne)  # a town the gazetteer does not know: the article's country
    towns = sorted(countries - {str(sender)})
    return (towns, name, (ns, ne)) if towns else None  # a town of several countries: the article decides


def _increment(force: Force, rules: ParseForceRules, carrier: Token | None = None) -> bool:
    """A part added to a force: "a further 300", "another 200 soldiers", "a fresh battalion of 550"."""
    words = [c for c in force.noun.children if c.i < force.first.i and c.dep_ in ("amod", "det", "advmod")]
    if carrier is not None:
        words += [c for c in carrier.children if c.i < carrier.i and c.dep_ in ("amod", "det", "advmod")]
    words += [c for c in force.first.children if c.dep_ in ("amod", "advmod", "quantmod")]
    return any(c.lower_ in rules.increment_words for c in words)


def _mood(verb: Token, rules: ParseForceRules, inside: set[int]) -> str | None:
    """``future`` for a future auxiliary or a plan verb above the verb ("will send", "plans to
    deploy", "is to station"), ``hypothetical`` for a modal or a proposal ("could send", "offered
    to deploy"), else None."""
    v = verb
    for _ in range(4):
        auxes = [c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(a in rules.future_auxiliaries for a in auxes):
            return "future"
        if any(a in rules.modal_auxiliaries for a in auxes):
            return "hypothetical"
        if v.dep_ == "xcomp" and v.head.i in inside:
            lemma = v.head.lemma_.lower()
            if lemma in rules.proposal_verbs:
                return "hypothetical"
            if lemma in rules.plan_verbs:
                return "future"
            v = v.head
            continue
        if v.dep_ == "conj" and v.head.i in inside and v.head.i != v.i:
            v = v.head
            continue
        return None
    return None


def _denied(force: Force, verb: Token | None, rules: ParseForceRules, inside: set[int]) -> bool:
    """A negation on the verb (or a verb above it in its chain) or "no" on the force."""
    if any(c.dep_ == "det" and c.lower_ in rules.negations for c in force.noun.children):
        return True
    v = verb
    for _ in range(4):
        if v is None:
            return False
        if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in rules.negations) for c in v.children):
            return True
        if v.dep_ in ("xcomp", "conj") and v.head.i in inside and v.head.i != v.i:
            v = v.head
            continue
        return False
    return False
