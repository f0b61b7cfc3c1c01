"""The model lexicon (a language pack's ``model_lexicon.yaml``): the validated cue words and
patterns of the claim rules.

:func:`model_lexicon` gives a pack's lexicon, validated and compiled once per pack.  Cue lists are
compiled case-insensitively and wrapped in word boundaries; whole rule patterns (:data:`Rx`,
:data:`CaseRx`) as written.  A pattern that does not compile, or an unknown key, raises
:class:`~geowire.lang.LanguagePackError` (a :class:`~geowire.errors.KnowledgeBaseError`).
"""

from __future__ import annotations

import os
import re
import re._constants as _re_constants  # the pattern parser behind ``re`` (see required_literals)
import re._parser as _re_parser
from collections.abc import Callable, Iterable
from functools import cached_property, lru_cache
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, field_validator

from geowire.lang.pack import LanguagePack, LanguagePackError, validated
from geowire.nlp.dates import alternation
from geowire.nlp.numbers import NumberGrammar, count_words, number_grammar

Stance = Literal["supportive", "critical", "threatening", "neutral"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def compile_any(patterns: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive alternation of ``patterns``, each wrapped in word boundaries."""
    return _compile_any(tuple(patterns))


@lru_cache(maxsize=1024)
def _compile_any(patterns: tuple[str, ...]) -> re.Pattern[str]:
    # cached: the claim rules ask for the same alternations for every sentence
    return re.compile("|".join(rf"\b(?:{p})\b" for p in patterns), re.IGNORECASE)


def required_literals(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case ASCII strings of which every text ``regex`` finds a match in contains at least
    one (as a substring of the lower-cased text, when the text has none of the non-ASCII case
    variants of ASCII letters: see :data:`CASE_TRAPS`); None when no such strings of 2+ characters
    are found.

    Lets a rule skip a sentence with a substring test instead of a regex scan: when none of the
    strings is in the lower-cased sentence, the regex cannot match there.  Derived from the
    parsed pattern (literal runs, small character classes, alternations; when those give none,
    what a lookahead or lookbehind must see: not in the match, but in the text searched), built
    once per regex.
    """
    hit = _LITERALS.get(id(regex))
    if hit is not None and hit[0] is regex:  # by identity: hashing a Pattern hashes its code
        return hit[1]
    if len(_LITERALS) >= 4096:
        _LITERALS.clear()
    found = _required_literals(regex)
    _LITERALS[id(regex)] = (regex, found)  # the regex is kept, so its id is not reused
    return found


# Non-ASCII characters that a case-insensitive pattern matches for an ASCII letter ("ſ" for "s",
# "İ"/"ı" for "i", the Kelvin sign for "k"): text holding one gets no substring pre-test.
CASE_TRAPS = frozenset("ſİıK")
_LITERALS: dict[int, tuple[re.Pattern[str], frozenset[str] | None]] = {}
_MAX_STRINGS = 64  # strings a fixed run of the pattern may stand for
_MAX_UNION = 1024  # strings an alternation of such runs may stand for


def _required_literals(regex: re.Pattern[str]) -> frozenset[str] | None:
    if regex.flags & re.LOCALE or not isinstance(regex.pattern, str):
        return None
    try:
        parsed = _re_parser.parse(regex.pattern, regex.flags)
    except (re.error, RecursionError):  # no pre-test, same results
        return None
    found = _required(list(parsed))
    if found is None:  # only then what lookarounds must see: often common words (" to ", "from")
        found = _required(list(parsed), lookarounds=True)
    if found is None or not all(s.isascii() for s in found):
        return None
    lowered = _common_prefixes({s.lower() for s in found})
    # a string that contains another one of the set adds nothing to the test
    return frozenset(s for s in lowered if not any(o != s and o in s for o in lowered))


def _common_prefixes(strings: set[str], *, k: int = 6) -> set[str]:
    """Strings sharing their first ``k`` characters replaced by their common prefix ("criticised",
    "criticises", "criticized" → "critici"): fewer substring tests, each string still holds one;
    a short ``k`` makes the prefixes so common that more sentences pass the test."""
    out: set[str] = set()
    groups: dict[str, list[str]] = {}
    for s in strings:
        if len(s) < k:
            out.add(s)
        else:
            groups.setdefault(s[:k], []).append(s)
    out.update(os.path.commonprefix(g) for g in groups.values())
    return out


def _required(seq: list[tuple[Any, Any]], *, lookarounds: bool = False) -> frozenset[str] | None:
    """Strings one of which every match of the op sequence ``seq`` contains (the option with the
    longest shortest string), or None."""
    options: list[frozenset[str]] = []
    run: frozenset[str] = frozenset({""})
    for op, av in seq:
        fixed = _finite(op, av)
        if fixed is not None and len(run) * len(fixed) <= _MAX_STRINGS:
            run = frozenset(a + b for a in run for b in fixed)
            continue
        options.append(run)
        run = frozenset({""})
        if fixed is not None:
            run = fixed
        elif (own := _required_op(op, av, lookarounds)) is not None:
            options.append(own)
    options.append(run)
    good = [o for o in options if min(map(len, o)) >= 2]
    return max(good, key=lambda o: (min(map(len, o)), -len(o))) if good else None


def _required_op(op: Any, av: Any, lookarounds: bool) -> frozenset[str] | None:
    c = _re_constants
    if op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
        return _required(list(av[-1] if op is c.SUBPATTERN else av), lookarounds=lookarounds)
    if op is c.BRANCH:
        alts = [_required(list(a), lookarounds=lookarounds) for a in av[1]]
        if any(a is None for a in alts):
            return None
        union = frozenset(s for a in alts if a is not None for s in a)
        return union if len(union) <= _MAX_UNION else None
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(list(av[2]), lookarounds=lookarounds)
    if op is c.ASSERT and lookarounds:  # a lookahead or lookbehind: what it sees is in the searched text
        return _required(list(av[1]), lookarounds=True)
    return None


def _finite(op: Any, av: Any) -> frozenset[str] | None:
    """Every string the op can match, when they are few and the op is not zero-width."""
    c = _re_constants
    if op is c.LITERAL:
        return frozenset({chr(av)})
    if op is c.IN:
        members = list(av)
        if members and all(m[0] is c.LITERAL for m in members):
            return frozenset(chr(m[1]) for m in members)
        return None
    if op is c.SUBPATTERN:
        return _finite_seq(list(av[-1]))
    if op is c.BRANCH:
        alts = [_finite_seq(list(a)) for a in av[1]]
        if any(a is None for a in alts):
            return None
        union = frozenset(s for a in alts if a is not None for s in a)
        return union if len(union) <= _MAX_STRINGS else None
    if op is c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
        inner = _finite_seq(list(av[2]))
        return inner | {""} if inner is not None else None
    return None


def _finite_seq(seq: list[tuple[Any, Any]]) -> frozenset[str] | None:
    out: frozenset[str] = frozenset({""})
    for op, av in seq:
        fixed = _finite(op, av)
        if fixed is None or len(out) * len(fixed) > _MAX_STRINGS:
            return None
        out = frozenset(a + b for a in out for b in fixed)
    return out


def compile_each(patterns: list[str] | tuple[str, ...]) -> list[re.Pattern[str]]:
    """Each of ``patterns`` compiled on its own (for patterns with named groups)."""
    return [re.compile(rf"\b(?:{p})\b", re.IGNORECASE) for p in patterns]


def _compile(flags: int) -> Callable[[object], object]:
    def compile_(v: object) -> object:
        if not isinstance(v, str):
            return v  # a compiled pattern passes; anything else fails the type check
        try:
            return re.compile(v, flags)
        except re.error as e:
            raise ValueError(f"pattern {v!r} does not compile: {e}") from e

    return compile_


# A whole rule pattern, used as written: case-insensitive (Rx) or case-sensitive (CaseRx).
Rx = Annotated[re.Pattern[str], BeforeValidator(_compile(re.IGNORECASE))]
CaseRx = Annotated[re.Pattern[str], BeforeValidator(_compile(0))]


class _Patterns(_Strict):
    patterns: list[str]

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, v: list[str]) -> list[str]:
        for p in v:
            try:
                re.compile(p)
            except re.error as e:
                raise ValueError(f"pattern {p!r} does not compile: {e}") from e
        return v

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The patterns as one alternation (:func:`compile_any`), kept: the rules ask for it in
        every sentence, and each :func:`compile_any` call makes and hashes a tuple of the patterns."""
        return compile_any(self.patterns)


class AgreementKind(_Patterns):
    kind: str
    # words that name an agreement only when a signing is told of them ("the order, signed on
    # Thursday"), not alone ("an order for 24 jets" is a transfer)
    needs_signing: bool = False
    # a verb that names the agreement it makes ("contracted with Italy for four jets"): the record
    # is named by `kind`, not by the verb
    verbal: bool = False


class AgreementAction(_Patterns):
    action: Literal["signed", "ratified", "in-force", "extended", "expires"]
    not_before: str | None = None


class Agreements(_Strict):
    kinds: list[AgreementKind]
    generic: list[str]
    # the words right before an agreement's kind describe it ("a maritime security agreement"):
    # the description stops at a word of `topic_stop` (a determiner, a preposition, a
    # conjunction) and leaves out those of `topic_plain`, which tell no two agreements apart
    # ("a new bilateral agreement")
    topic_stop: list[str] = []
    topic_plain: list[str] = []
    # (cx21) words that tell an agreement apart from an older one of the same parties ("the new
    # security agreement" is not the treaty they signed in 2019)
    fresh: list[str] = []
    # (cx25) a specific kind (`trade_kinds`: "arms deal") that another article tells by a bare
    # trade word of a generic kind (`trade_words`: "the contract", "the purchase") between the
    # same parties: one sale, told two ways
    trade_kinds: list[str] = []
    trade_words: list[str] = []
    actions: list[AgreementAction]
    until: list[str]
    duration: list[str]
    place_prepositions: list[str]
    non_asserted: Rx
    denied_report: Rx  # (cx40) the act lies in a report a denial rejects ("rejecting a report that …")
    negated: Rx
    past_form: Rx
    usd: Rx
    signed_by: Rx
    name_before: CaseRx
    name_after: CaseRx
    name_articles: list[str]
    currency_after: Rx
    place_articles: list[str]
    place_particles: list[str]
    not_place_words: frozenset[str]
    year_words: dict[str, int]
    attribution_before: Rx
    attribution_after: Rx
    according_before: Rx
    era_before: Rx = re.compile(r"(?!)")  # (cx47)
    question_clause: Rx
    # (cx28) before an agreement, in the clause of its action: an embedded question or condition
    # ("did not say whether the pact announced last week had been signed"): the action is not told
    question_before_kind: Rx = re.compile(r"(?!)")
    negated_after: Rx
    # right before an action: a verb that puts it off ("postponed the signing"): negated
    put_off_before: Rx = re.compile(r"(?!)")
    # right after a denying cue before an agreement: an idiom the cue opens ("No sooner", "Not even"),
    # which denies nothing, or another determiner of the noun, which the cue then does not head
    denial_idiom: Rx = re.compile(r"(?!)")
    noun_determiner: Rx = re.compile(r"(?!)")
    clause_modal: Rx
    clause_start: Rx
    dated_kind: Rx
    possessive_endings: tuple[str, ...] = ()
    iso_currencies: frozenset[str] = frozenset()
    currency_words: dict[str, list[str]] = {}
    currency_countries: dict[str, str] = {}
    dollar_prefixes: dict[str, str] = {}
    # (cx38) the word right after a figure and its scale inside a quantity's text, where the quantity
    # stage took the noun after it as the unit ("a 2.4 billion yen agreement"): `word` may be a currency
    figure_word: Rx = re.compile(r"(?!)")
    # (cx52) a figure, its scale and a currency word joined by hyphens before the noun they qualify
    # ("a 2.6-billion-euro deal"): `n`, `scale` and `word`, read with `hyphen_currencies` (else as
    # `currency_words`)
    hyphen_figure: Rx = re.compile(r"(?!)")
    hyphen_currencies: dict[str, str] = {}
    indefinite_before: Rx
    # right before a country that stands before "ratified": a partner, not the ratifier ("the pact
    # with Chile was ratified", "Poland and Ukraine ratified")
    ratifier_partner_before: Rx
    # a passive predicate after an action starts another statement about the agreement ("signed in
    # March was agreed in principle in Berlin"): its place and date are not the action's
    new_predicate: CaseRx
    # (cx59) a second reported clause coordinated after the action ("said that no contract has been
    # signed and that funding would depend on next year's budget"): its dates are not the action's
    next_report: Rx = re.compile(r"(?!)")
    # a date right before an action, when none follows it ("agreed on Monday to extend"): the words
    # between them (`date_gap`), or a comma and words when the date opens the sentence
    # (`date_gap_opening`, "On Monday, the two extended"; `sentence_opening`: what may stand before
    # such a date); a date after `end_date_before` is where the agreement runs to, not its act's date
    date_gap: Rx
    date_gap_opening: Rx
    sentence_opening: Rx
    end_date_before: Rx
    # right after a kind: an object relative clause ("the memorandum that their ministries began
    # drafting in 2023"); its date and place are its own verb's, not the action's
    kind_relative: Rx | None = None
    # a date a cleft sentence stresses before its action ("It was on 16 October that the two signed"):
    # what stands before the date (`cleft_opening`) and between it and the action (`cleft_gap`)
    cleft_opening: Rx = re.compile(r"(?!)")
    cleft_gap: Rx = re.compile(r"(?!)")
    # (cx53) the stressed part of a cleft up to its "that", whose place is the action's
    cleft_span: Rx = re.compile(r"(?!)")
    cleft_subject: Rx = re.compile(r"(?!)")
    # where an action's clause ends (the parties of a signed purchase stand before it)
    clause_end: Rx
    # between a date and a kind: the date's possessive ("last week's tank contract")
    day_possessive: Rx
    # before a kind: a verb that refers to the agreement ("withdrew from the accord")
    referred_before: Rx
    # (cx34) before / after a kind: a named owner's possessive and a counterpart after "with"
    # ("Chile's frigate deal with Britain"): an agreement of the two referred to
    possessed_before: Rx = re.compile(r"(?!)")
    counterpart_after: Rx = re.compile(r"(?!)")
    # before a kind: an agreement other than one named before ("a second memorandum", "another
    # accord"); a count of agreements ("signed two memoranda": group `n`, a word of `year_words`)
    another_before: Rx
    count_before: Rx
    # the clause that reports the sentence (", the ministry said"): no signing place after it
    report_clause: Rx
    # between two parties that are together the subject of a relative clause right after a kind
    # ("the deal Chile and Peru signed"): only the words that join them (matched whole)
    relative_subject_joint: Rx = re.compile(r"\s+")
    # (cx40) between nations' adjectives joined before another agreement kind ("the Polish and
    # Romanian contracts"): only their joining words (matched whole)
    nations_joint: Rx = re.compile(r"(?!)")
    # the last word of a place that is no signing place ("in the Barents Sea": a scope)
    not_place_heads: frozenset[str] = frozenset()
    # (cx24) a whole place name that is no signing place: a continent or a world region ("the
    # largest deal Italy has concluded in Asia")
    not_place_names: frozenset[str] = frozenset()
    # a part of a country before its name ("in northern Vietnam"): the place, never a party
    place_regions: list[str] = []
    # (cx57) the kind of place a name is said to be before it ("in the port city of Hai Phong", "in
    # the mountain town of X"): the name after "of" is the place
    place_kind_nouns: list[str] = []
    # (cx57) a first-level area's word after its name ("in the Khorezm region"): kept with the name,
    # which names an area, not a city
    place_area_nouns: list[str] = []
    # between the action and a whole country after a preposition: the country places something
    # else ("signed a deal to station troops in Estonia", "tanks built in Korea"), not the signing
    place_elsewhere: Rx = re.compile(r"(?!)")
    place_where: Rx = re.compile(r"(?!)")
    # a city that stands for an organisation seated there ("Brussels and Jakarta signed", when the
    # article names the EU): organisation code -> the names of its seat
    seats: dict[str, list[str]] = {}
    # "Anglo" of "Anglo-Polish" -> GBR: a party when a country mention follows the hyphen
    combining_forms: dict[str, str] = {}
    # --- agr2: agreements on fresh text -----------------------------------------------------------
    # right before an action: a verb of decision whose infinitive it is ("agreed on Monday to
    # extend", "voted to ratify"): the decision is the act, asserted whatever the event's mood
    decided_before: Rx = re.compile(r"(?!)")
    # right after a kind that needs its signing told (an order, a purchase): a predicate that
    # prices it ("Oman's order for five corvettes is worth €2.9 billion"): a contract, named
    # (`priced_kinds`: the words of those kinds that a price makes a contract; not a "sale",
    # which is priced when it is only approved)
    priced_after: Rx = re.compile(r"(?!)")
    priced_kinds: frozenset[str] = frozenset()
    # --- ag3: agreements on fresh text ----------------------------------------------------------
    # right before a kind: a superlative class it is compared within ("among the largest arms
    # deals", "one of the biggest contracts"): agreements in general, not one of its own
    class_before: Rx = re.compile(r"(?!)")
    # --- agr3: agreements between companies -------------------------------------------------------
    # right after a nation's adjective: a company it describes ("the Serbian state gas company", "a
    # Hungarian trader"): the company signs, not the state (no party)
    company_after: Rx = re.compile(r"(?!)")
    # right before a kind: a contract between companies ("a string of company contracts")
    company_before: Rx = re.compile(r"(?!)")
    # right after a kind: a class of agreements ("arrangements of this kind"), none of its own
    class_after: Rx = re.compile(r"(?!)")
    # an organisation that only keeps the papers ("lodged its notice with the UN") or hosts the act
    # ("at UN headquarters"): no party
    depositary_before: Rx = re.compile(r"(?!)")
    headquarters_after: Rx = re.compile(r"(?!)")
    # before an in-force action: a withdrawal is what takes effect, not the agreement
    withdrawal_before: Rx = re.compile(r"(?!)")
    # (cx60) an extension verb whose object is a favour granted, not an agreement: the favour's
    # noun heading a relative before it ("a privilege Muscat has so far extended to few navies")
    # or its object after it ("renewed its invitation to Rome")
    granted_before: Rx = re.compile(r"(?!)")
    granted_after: Rx = re.compile(r"(?!)")
    # (agr4) a third party's role in the talks or the act, no party: the words before it ("talks
    # mediated by Qatar", "hosted by") and after it ("acting as mediator", ", which brokered")
    mediator_before: Rx = re.compile(r"(?!)")
    mediator_after: Rx = re.compile(r"(?!)")
    # (agr4) an act that binds or frees one state alone (an accession, a withdrawal): its party is
    # the actor right before it
    sole_act: Rx = re.compile(r"(?!)")

    @cached_property
    def place_before(self) -> re.Pattern[str]:
        """A place preposition right before a mention ("in Brussels"): the mention is a place."""
        preps = "|".join(re.escape(p) for p in self.place_prepositions)
        articles = "|".join(re.escape(a) for a in self.place_articles)
        return re.compile(rf"\b(?:{preps})\s+(?:(?:{articles})\s+)?{self._region}$", re.IGNORECASE)

    @cached_property
    def region_at_start(self) -> re.Pattern[str]:
        """A part of a country at the start of a place's name ("central ", "south of ")."""
        regions = sorted(self.place_regions, key=len, reverse=True)
        return re.compile(rf"(?:{'|'.join(re.escape(r) for r in regions) or '(?!)'})\s+")

    @property
    def _region(self) -> str:
        """An optional part of a country before its name ("northern "), as a regex."""
        return (
            rf"(?:(?:{'|'.join(re.escape(r) for r in self.place_regions)})\s+)?" if self.place_regions else ""
        )

    @cached_property
    def place(self) -> re.Pattern[str]:
        """A signing place after a preposition: "in Rio de Janeiro" (groups ``prep``: the
        preposition, ``name``: the name, ``kind``: the kind of place before "of", if any)."""
        preps = "|".join(re.escape(p) for p in self.place_prepositions)
        articles = "|".join(re.escape(a) for a in self.place_articles)
        particles = "|".join(re.escape(p) for p in self.place_particles)
        name = rf"(?P<name>{self._region}(?:[A-Z][\w'’.-]+)(?:(?: (?:{particles}))? [A-Z][\w'’.-]+){{0,2}})"
        kinds = "|".join(re.escape(k) for k in self.place_kind_nouns) or "(?!)"
        # (cx60) the modifiers before the kind may be a name's words too ("the Black Sea resort of")
        lead = rf"(?:(?:[A-Za-z][\w'’-]* ){{0,3}}?(?P<kind>{kinds}) of )?"
        return re.compile(rf"\b(?P<prep>{preps}) (?:(?:{articles}) )?{lead}{name}")

    @cached_property
    def area_after(self) -> re.Pattern[str]:
        """(cx57) An area's word right after a place's name (" region", " province")."""
        nouns = "|".join(re.escape(n) for n in self.place_area_nouns) or "(?!)"
        return re.compile(rf" (?:{nouns})\b")


class TransferStatus(_Patterns):
    status: Literal[
        "offered", "planned", "approved", "contracted", "ordered", "delivered", "deployed", "operated-by"
    ]
    # the cue itself says the step has not happened ("is still waiting for": not delivered)
    negated: bool = False
    # (cx39) the cue names a step already made that something is now done to ("cancelled a contract
    # with Russia for …"): the words before it are that act's, no negation of the step
    undone: bool = False


Mood = Literal["conditional", "negated", "hypothetical", "future"]


class MoodCue(_Strict):
    mood: Mood
    pattern: Rx


_Step = Literal["offered", "planned", "approved", "contracted", "ordered", "delivered"]


class ParseReading(_Strict):
    """(cx61) What the structural transfer reader (:mod:`geowire.model.rules_parse`) reads off the
    dependency parse: the lemmas of its cue words, per role they give the subject, with the status
    each states when asserted, and the words of its modality and its role prepositions."""

    # a verb whose subject gives (supplier) and whose "to" / dative object gets: lemma → status
    giving: dict[str, _Step] = {}
    # a verb whose subject gets (recipient) and whose "from" object gives: lemma → status
    getting: dict[str, _Step] = {}
    # a noun of a contract or deal whose "for" / "of" object is the goods: lemma → status
    contract_nouns: dict[str, _Step] = {}
    # a verb that makes its contract-noun object a contract made ("signed a deal for …")
    signing: frozenset[str] = frozenset()
    # a light verb whose object noun gets the goods of its "of" object ("took delivery of"): the
    # verbs, and the nouns → the status
    light_verbs: frozenset[str] = frozenset()
    taking: dict[str, _Step] = {}
    # a verb whose subject is the goods that reached the recipient ("arrived in", "reached"): lemma
    # → status, and the prepositions of the place reached
    arriving: dict[str, _Step] = {}
    arrival_preps: frozenset[str] = frozenset()
    # a verb that clears the sale its object names ("approved the sale of … to …"), and those nouns
    approving: frozenset[str] = frozenset()
    sale_nouns: frozenset[str] = frozenset()
    # a verb over an infinitive cue ("plans to buy"): lemma → the status it makes, or "negated"
    # ("refused to sell")
    # ("refused to sell"), or "none": no step told ("hopes to sell", "allows Japan to provide"; the
    # parser lemmatises "hopes" as "hop")
    # "asserted": the infinitive's own step ("has yet to deliver", with "yet" a negation)
    governing: dict[str, Literal["offered", "planned", "contracted", "negated", "none", "asserted"]] = {}
    # auxiliaries: a firm future (planned), a possibility (offered)
    future_aux: frozenset[str] = frozenset()
    possible_aux: frozenset[str] = frozenset()
    # auxiliaries of a wish or an obligation: no step told ("should supply")
    unreal_aux: frozenset[str] = frozenset()
    # negation words as a verb's dependants ("not", "never")
    negations: frozenset[str] = frozenset()
    # relative pronouns standing for the noun their clause hangs on
    relatives: frozenset[str] = frozenset()
    # the role prepositions: the receiver's ("to"), the giver's ("from"), the counterpart's
    # ("with"), the goods' after a contract noun ("for", "of"), the goods' after "supply X with"
    to_preps: frozenset[str] = frozenset()
    from_preps: frozenset[str] = frozenset()
    with_preps: frozenset[str] = frozenset()
    goods_preps: frozenset[str] = frozenset()
    # the preposition of a contract a planned step comes under ("will supply … under a contract"):
    # the contract is made
    under_preps: frozenset[str] = frozenset()


class Transfers(_Strict):
    statuses: list[TransferStatus]
    aggregate_system: str
    aggregate_patterns: list[str]
    since: list[str]
    operator_patterns: list[str]
    system_nouns: list[str] = []
    system_stopwords: list[str] = []
    parse: ParseReading = ParseReading()
    not_designators: frozenset[str] = frozenset()
    noun_cue: Rx = re.compile(r"(?!)")
    future_after: Rx = re.compile(r"(?!)")
    usd: Rx
    count_gap: Rx
    count_before: Rx
    family_heads: frozenset[str]
    plural_endings: list[tuple[str, str]]
    not_plural_endings: tuple[str, ...]
    materiel: frozenset[str]
    materiel_named: frozenset[str] = frozenset()
    # right before a materiel noun: another one it is listed with ("weapons and ammunition")
    materiel_listed: Rx = re.compile(r"(?!)")
    another_verb: Rx
    participle_after: Rx
    subordinate: Rx
    subordinator: Rx
    object_relative: Rx
    # (cx56) between a system and its cue: an object relative whose subject is one actor or two, each
    # written "@" ("that @ sold", "which the @ has delivered"): the cue is the relative's own verb
    object_relative_actor: Rx = re.compile(r"(?!)")
    # right after a system: the contract or order it names ("the howitzer contract", "a Rafale deal")
    contract_of: Rx = re.compile(r"(?!)")
    # right before a system: the owner's own, no other system the article names ("their own missiles")
    own_before: Rx = re.compile(r"(?!)")
    # right before a system: what a transfer replaces, not what it moves ("to replace its oldest F-16s")
    replaced_before: Rx = re.compile(r"(?!)")
    # (cx40) … or what its owner retires ("retired its worn Mi-8s"), unless it is then passed on
    # (``handed_on_after``: "… and gave them to Ukraine")
    retired_before: Rx = re.compile(r"(?!)")
    handed_on_after: Rx = re.compile(r"(?!)")
    # right after a replaced system: a relative clause that tells how its owner got it ("…, which
    # Kuwait bought from the United States"), a transfer of its own
    acquired_relative: CaseRx = re.compile(r"(?!)")
    # right after a system: the relative clause that describes it ("…s that Warsaw sent to Kyiv")
    relative_after: CaseRx = re.compile(r"(?!)")
    # between a system and the country after it: a participle that names its maker ("to be built by")
    built_by_after: Rx = re.compile(r"(?!)")
    undergoes: Rx
    # (cx46) from an arrival cue to the system the travellers came on
    conveyance_gap: Rx = re.compile(r"(?!)")
    # (cx46) an earlier step's participle right before a date, no comma between it and its system
    reduced_step_date: Rx = re.compile(r"(?!)")
    # (lead30) from such a participle to the clause's own verb: its complements and an auxiliary
    participle_then_verb: Rx = re.compile(r"(?!)")
    # (cx50) an approval's or a pledge's participle right after its system, no supply verb
    step_participle: Rx = re.compile(r"(?!)")
    reduced_step_tail: Rx = re.compile(r"(?!)")
    # right after a system, before its cue: the system carried people or goods on a trip ("a plane
    # carrying the minister … landed"), it did not change hands
    carrying: Rx = re.compile(r"(?!)")
    clause_break: Rx
    listed_clause: CaseRx
    participle_clause: Rx
    opening_participle: Rx
    reduced_passive: Rx
    auxiliary: Rx
    clause_start: Rx
    moods: list[MoodCue]
    denial: Rx
    # a report the sentence calls false after the cue ("Reports that … handed over … are false")
    reported: Rx
    refuted_after: Rx
    # an order or contract said not to be fulfilled: the delivery denied
    unfulfilled: Rx
    # between a system (the cue's object) and a date: a relative clause of its own ("the jets it
    # ordered in 2019"), whose date is not the cue's
    relative_dated: CaseRx
    order_dated: Rx = re.compile(r"(?!)")
    # (cx39) from a cue to a date: a "since" clause of its own ("has not delivered any since the
    # contract was signed in 2022"): the date bounds the period the cue's status covers
    since_clause: Rx = re.compile(r"(?!)")
    frame_before: Rx = re.compile(r"(?!)")  # (tx12) "…, part of a contract for": a frame, no step
    # (tx22) right before a cue: an infinitive that tells when the clause's step is carried out
    # ("ordered 12 howitzers, to be delivered from 2026"), no step of its own
    schedule_before: Rx = re.compile(r"(?!)")
    # (tx22) from a system to a later cue: an object relative whose antecedent is the system, its
    # subject a pronoun ("has yet to receive any of the jets it agreed to buy"): with a cue of the
    # main clause before the system, the relative's cue is not the system's status
    relative_object_before: Rx = re.compile(r"(?!)")
    # right before a cue: an object relative with a named subject ("the radars that Japan promised
    # arrived"): with the main verb right after it, the cue only describes the system
    relative_subject: CaseRx = re.compile(r"(?!)")
    # right after a generic system noun: the noun only qualifies what follows ("an ammunition
    # initiative", "a drone factory"), no system moves
    noun_qualifies: Rx = re.compile(r"(?!)")
    # (cx48) right after a known system's name (case-sensitive): a company's word, so the name is a
    # company's ("BrahMos Aerospace", "Javelin Joint Venture"), named after the system it makes
    company_after: CaseRx = re.compile(r"(?!)")
    # right before a system's figure: a share of that total ("received 24 of the 96 helicopters")
    share_of: Rx
    # right before a delivered figure: ordinal places in that set ("the first of eight jets", "the
    # second and third of the four radars"): one, or two with a second ordinal in group 2
    ordinal_share: Rx = re.compile(r"(?!)")
    none_of: Rx = re.compile(r"(?!)")
    # a figure fronted at the sentence's start ("Of the 12 Rafales that Belgrade ordered, none has
    # arrived"): read as ``none_of`` when the sentence denies the delivery
    fronted_of: Rx = re.compile(r"(?!)")
    # a gapped last conjunct, its verb and object left out, after and before its subject's mention:
    # ("Denmark delivered 12 jets to Ukraine in 2024, and Norway six"): the figure in group 1, or
    # none for "a similar number"
    gapped_before: Rx = re.compile(r"(?!)")
    gapped_after: Rx = re.compile(r"(?!)")
    # right after the comma that ends a fronted figure's phrase, before a delivered cue of the main clause:
    # the share delivered, in group 1 ("Of the 18 howitzers Croatia bought, six arrived in May")
    fronted_share: Rx = re.compile(r"(?!)")
    given_by_owner: Rx = re.compile(r"(?!)")
    contents_of: Rx = re.compile(r"(?!)")
    possessive_opening: Rx = re.compile(r"(?!)")
    ordered_after: Rx = re.compile(r"(?!)")
    # (cx50) after a system: a relative clause whose sale a named state approved
    approved_after: Rx = re.compile(r"(?!)")
    # (cx53) a relative aside that opens with a possessive ("…, whose sale …"): its verb's object is
    # its own noun
    whose_aside: Rx = re.compile(r"(?!)")
    # (cx53) right after a step's cue told after its system: the count of the cue's own object ("…
    # with the delivery of the last two aircraft"); group ``n`` the count
    cue_object_count: Rx = re.compile(r"(?!)")
    order_total: Rx = re.compile(r"(?!)")  # (cx58)
    # right after the cue: its object denied ("delivered no tanks", "sold not a single jet")
    negated_object: Rx
    # after a noun cue: the step it names held up or called off ("deliveries … were put on hold")
    halted_after: Rx = re.compile(r"(?!)")
    # after a noun cue: the step it names put off ("deliveries … have been delayed"): planned
    put_off_after: Rx = re.compile(r"(?!)")
    # (cx21) right before a noun cue: a change of its pace asked for ("to speed up deliveries of"):
    # no step stated
    paced_before: Rx = re.compile(r"(?!)")
    # a gerund phrase after the main clause (", after buying …"): its systems take its cue
    gerund_phrase: Rx = re.compile(r"(?!)")
    # right after a negated cue: a date it is put off to ("will not arrive until 2027"), a delay of a
    # planned step, not a denial
    delayed_until: Rx = re.compile(r"(?!)")
    habit_span: Rx = re.compile(r"(?!)")
    # (cx29) right after a negated cue: the manner denied, not the step ("did not arrive quickly")
    denied_manner: Rx = re.compile(r"(?!)")
    # (cx31) after a denied manner, "but" and the same subject's next predicate ("…, but reached")
    done_after_all: Rx = re.compile(r"(?!)")
    infinitive: Rx
    made: Rx
    demonym: CaseRx
    people_plural: CaseRx
    dative_fillers: frozenset[str]
    supplied_by: Rx
    # (cx28) between a cue and a passive's agent: the alternative a buyer passed over ("signed for
    # Gripens, choosing them over F-16s offered by the United States"): the agent gave no system here
    passed_over: Rx = re.compile(r"(?!)")
    # (cx33) an approving verb, another than an acquisition cue, whose actor sells ("Under a sale that
    # Washington cleared in 2024, Bahrain is buying …")
    approving_verb: Rx = re.compile(r"(?!)")
    # (cx38) between an acquisition cue and a later supply verb: a relative clause whose subject names
    # the seller ("bought four boats, which Canberra will deliver next year")
    supply_relative: Rx = re.compile(r"(?!)")
    participle_aside: Rx
    fronted_adjunct: Rx = re.compile(r"(?!)")  # (cx47)
    held_in: Rx = re.compile(r"(?!)")  # (cx45) "in the island's inventory" between a system and an aside
    from_country: Rx
    # (cx30) right after a contract's counterpart: what the contract is for, counted ("Zambia's
    # contract with China for six K-8 jets"): the counterpart is the source of those goods
    counterpart_for: Rx = re.compile(r"(?!)")
    contract_with: Rx = re.compile(r"(?!)")
    from_maker: Rx = re.compile(r"(?!)")
    former_owner: Rx = re.compile(r"(?!)")
    past_auxiliary: Rx = re.compile(r"(?!)")
    cleared_party: Rx = re.compile(r"(?!)")
    reduced_participle: Rx = re.compile(r"(?!)")
    verb_group_tail: Rx = re.compile(r"(?!)")
    purchase_cue: Rx = re.compile(r"(?!)")
    buyer_hedge: Rx = re.compile(r"(?!)")
    awaited_arrival: Rx = re.compile(r"(?!)")
    joined_supply_verb: Rx = re.compile(r"(?!)")
    relative_supply_verb: Rx = re.compile(r"(?!)")
    future_conjunct: Rx = re.compile(r"(?!)")
    base_supply_verb: Rx = re.compile(r"(?!)")
    first_one: Rx = re.compile(r"(?!)")
    # right before a system: "one" as its count ("ordered one submarine", "one battery of NASAMS"),
    # group 1 the word; not "one of the …", "no one", "the one"
    one_count: Rx = re.compile(r"(?!)")
    # right before a system with no count: an ordinal place ("received its first F-16 jet", "its
    # eighth Gripen"), one unit when the noun after it is singular (``plural_after`` does not match)
    ordinal_one: Rx = re.compile(r"(?!)")
    # deliveries said to begin: a count inside them is the whole order ("Deliveries of four … began")
    begun_deliveries: Rx = re.compile(r"(?!)")
    plural_after: Rx = re.compile(r"(?!)")
    plural_name: Rx = re.compile(r"(?!)")
    demonstrative_before: Rx = re.compile(r"(?!)")
    # (cx51) right before a generic system noun: the bare definite article alone ("The ships, which
    # were handed over …"), no count nor other word: the whole set an earlier sentence counted
    bare_definite_before: Rx = re.compile(r"(?!)")
    arrival_site: Rx = re.compile(r"(?!)")
    # (cx25) between a system and its supplier named after it: where it was made or came from
    # ("frigates built in Germany", "tanks from the United States"); right after a supplier named
    # before it: a maker's suffix ("German-built frigates")
    made_before: Rx = re.compile(r"(?!)")
    made_suffix: Rx = re.compile(r"(?!)")
    # (cx25) right before a system: the shipment it came in ("Its latest consignment, 30 Kirpi …")
    shipment_before: Rx = re.compile(r"(?!)")
    # (cx25) a delivery cue that is also what a ship on a visit does ("docked at"): a delivery only
    # of a system told as made abroad
    visit: Rx = re.compile(r"(?!)")
    water_after: CaseRx = re.compile(r"(?!)")
    water_before: CaseRx = re.compile(r"(?!)")
    apposition_before: Rx = re.compile(r"(?!)")
    class_after: Rx = re.compile(r"(?!)")
    acquire: Rx
    same_supplier: Rx
    acquired_after: Rx
    nominal_cue: Rx
    not_a_sale: Rx
    country_anaphor: Rx
    passive_auxiliary: Rx
    coordinated_clause: Rx = re.compile(r"(?!)")  # (cx47)
    passive_participle: Rx
    dative_passive_participle: Rx
    reached: Rx
    zero_relative_subject: Rx
    arrival_place: Rx
    arrival_source: Rx
    would: Rx
    condition_after: Rx
    # a sentence that opens with an inverted condition ("Should Athens ask, …", "Had Rome waited, …"),
    # and the modal of its consequence ("Rome would offer …"): no transfer stated
    inverted_condition: CaseRx = re.compile(r"(?!)")
    # right after a country's name: it names a period ("since Soviet times", "Soviet-era"), not a party
    period_after: Rx = re.compile(r"(?!)")
    # (cx54) before and after a demonym: a preposition of place and a place noun ("On the Libyan
    # border"): where it happens, no party
    place_demonym_before: Rx = re.compile(r"(?!)")
    place_demonym_after: Rx = re.compile(r"(?!)")
    # right before a cue: the first half of a compound whose second half only looks like a verb
    # ("anti-ship missiles")
    compound_before: Rx = re.compile(r"(?!)")
    # a cue in a closing comparison ("…, as promised"): no step of its own
    comparison_before: Rx = re.compile(r"(?!)")
    comparison_after: Rx = re.compile(r"(?!)")
    condition_modal: Rx = re.compile(r"(?!)")
    past_participle: Rx
    and_again: Rx
    anaphor_before: Rx
    any_class_nouns: list[str] = []
    system_classes: dict[str, frozenset[str]] = {}
    reference_nouns: list[str] = []
    reference_before: Rx = re.compile(r"(?!)")
    reference_after_not: Rx = re.compile(r"(?!)")
    elided_reference: Rx = re.compile(r"(?!)")
    elided_noun: str = ""
    # an object pronoun after a supply verb ("sold them to Germany"): a reference back to a system
    object_pronoun: Rx = re.compile(r"(?!)")
    # an object pronoun after a buying verb ("Latvia and Estonia ordered it last year"): the article's
    # last system, bought by the clause's subject
    bought_pronoun: Rx = re.compile(r"(?!)")
    # a supply to buyers left unnamed ("sold to several Asian armies"): no recipient for the article to give
    unnamed_recipients: Rx = re.compile(r"(?!)")
    # a count with no noun right after a second conjunct's supply verb ("and sent eight to Czechia")
    conjunct_count: Rx = re.compile(r"(?!)")
    # a sentence that opens by referring back to a step an earlier sentence told and dates it ("The
    # handover took place … on 12 May", "They are due to arrive in October", "The signing took place
    # in Lima on …"): its date is that step's (extract.dates_told_apart)
    # a count given as the system's predicate after it, in its clause ("… numbered twelve")
    count_after: Rx = re.compile(r"(?!)")
    # … or a total set beside the system after a comma, dash or bracket ("K9 howitzers, 48 in all")
    count_apposed: Rx = re.compile(r"(?!)")
    # (tx22) … or what the contract or order that names the system covers ("the contract for K2 tanks,
    # which Poland signed in April, covers 150 vehicles")
    count_covered: Rx = re.compile(r"(?!)")
    # (cx40) … or a later purchase verb's count of them ("its Hürjet trainer after Malaysia agreed to
    # buy twelve of the aircraft", "ordered four of them")
    count_partitive: Rx = re.compile(r"(?!)")
    # a count of units before the system ("two squadrons of"): an apposed total counts it better
    unit_count: Rx = re.compile(r"(?!)")
    # a hyphenated count before an order or fleet of the system ("a 42-jet order for Rafales")
    count_compound: Rx = re.compile(r"(?!)")
    dated_handover: Rx = re.compile(r"(?!)")
    # a sentence that opens by referring back to a step and gives its count ("The order covers four
    # ships"): that step's count (extract.counts_told_apart)
    counted_reference: Rx = re.compile(r"(?!)")
    # (tx23) a noun phrase set off after the step's clause that describes it (", a sizeable order for
    # …"): what stands before the cue, and the cue's own words
    apposed_step_before: Rx = re.compile(r"(?!)")
    apposed_step_noun: Rx = re.compile(r"(?!)")
    # (tx23) a participle with its recipient after "to" before the sentence's own verb ("the battery
    # promised to Romania has never left Germany"): it describes the goods
    described_to_after: Rx = re.compile(r"(?!)")
    described_participle: Rx = re.compile(r"(?!)")
    # (tx23) what may stand between a cue and the generic system that is its object: a count at most
    count_only_gap: Rx = re.compile(r"(?!)")
    dated_plan: Rx = re.compile(r"(?!)")
    dated_signing: Rx = re.compile(r"(?!)")
    # (cx41) a clause of support that a colon details ("Washington has backed Georgetown with equipment:
    # two patrol boats were handed over"): the verb between giver and receiver, what ends the clause
    frame_verb: Rx = re.compile(r"(?!)")
    frame_tail: Rx = re.compile(r"(?!)")
    # … or by its ceremony alone ("The ceremony took place on 27 February"): the step before it,
    # a handover or a signing, whichever the nearest sentence told
    dated_ceremony: Rx = re.compile(r"(?!)")
    # (cx41) … or by a clause inside a sentence of its own records that says when "the contract" was
    # signed ("has not delivered any since the contract was signed in"): the words right before the date
    signed_back: Rx = re.compile(r"(?!)")
    under_contract: Rx
    speech_date: Rx
    relative_clause: Rx
    relative_aside: Rx
    # (cx46) an apposition that renames the cue's object: how it opens, what stands between the cue and it
    apposition_open: Rx = re.compile(r"(?!)")
    object_before_apposition: Rx = re.compile(r"(?!)")
    speech_date_tail: Rx
    agent_by: Rx
    recipient_to: Rx
    recipient_for: Rx
    counterpart_with: Rx
    # (cx34) a partner's "with" ("together with Luxembourg", "a joint programme with"): a co-buyer
    partner_with: Rx = re.compile(r"(?!)")
    maker_after: Rx | None = None
    # arms companies and their countries: a company that sells ("Rheinmetall will supply Hungary",
    # "a contract with Hanwha") is its country's supplier, as its government would be
    companies: dict[str, str] = {}
    # of ``companies``, those that also sell civil goods: suppliers of known military systems only
    civil_companies: frozenset[str] = frozenset()
    same_before: Rx | None = None
    service_after: Rx | None = None
    private_trader_after: Rx | None = None
    # right before a cue: a private trader as the seller ("convicted a broker of selling rifles to …")
    private_trader_before: Rx = re.compile(r"(?!)")
    # right after a cue: what it gives is information, not a system ("gave no figure for the jets")
    information_object: Rx = re.compile(r"(?!)")
    not_subject: Rx
    # (cx45) a demonym in the object of a first coordinated verb ("train Latvian pilots and lend"):
    # from its end to the cue, and the verb right before it
    first_conjunct_object: Rx = re.compile(r"(?!)")
    verb_before_object: Rx = re.compile(r"(?!)")
    subject_start: Rx
    elided_subject: Rx
    # (cx44) a coordinated clause whose subject is "it" (", and it has not supplied …"): the pronoun
    # stands for the previous clause's subject, as an elided subject does
    pronoun_elided: Rx = re.compile(r"(?!)")
    pronoun_subject: Rx
    pronoun_opening: Rx = re.compile(r"(?!)")
    pronoun_in_cue: Rx = re.compile(r"(?!)")
    # (cx26) the pronoun subject of a first verb the cue is coordinated with ("It retired … and handed")
    pronoun_coordinated: Rx = re.compile(r"(?!)")
    # (cx26) from a date to the cue: the date ends the first of two coordinated verbs
    conjunct_after_date: Rx = re.compile(r"(?!)")
    # (cx29) between two cues before a system: the second verb of a coordination, whose object the
    # system is ("signed for its howitzers in July and took delivery of 18 K9 guns")
    verb_conjunction: Rx = re.compile(r"(?!)")
    # (cx29) a relative clause opened by a preposition and "which" ("a competition in which India's Tejas
    # was the favourite"): a system inside it does not take a cue before it
    prepositional_relative: Rx = re.compile(r"(?!)")
    # (cx26) right before a cue: an agreement (or "it"/"which") that allows a party to do it
    permitted: Rx = re.compile(r"(?!)")
    permitting_agreement: Rx = re.compile(r"(?!)")
    # a bare armed service as the subject of the cue's clause ("The navy took delivery of …"): the article's
    # country's service, whatever other country the sentence names
    service_subject: Rx = re.compile(r"(?!)")
    also: Rx
    coordinated: Rx
    coordinator: Rx
    # (cx28) between a known model and a generic whose own name is a bare variant letter ("Gripen C
    # and D fighter jets", "F-16 A/B jets"): the generic is a variant of that model, not a system
    variant_gap: Rx = re.compile(r"(?!)")
    variant_name: Rx = re.compile(r"(?!)")
    # a verb after the coordinator whose object is counted personnel ("… and train 300 soldiers")
    forces_object_verb: Rx = re.compile(r"(?!)")
    supply_verb: Rx
    contract_names: frozenset[str] = frozenset()
    # a sentence that says where or by whom a system is made ("will be assembled near Venice",
    # "Korea will build the boats"): the maker's side of a contract whose two signers are unranked
    production: Rx = re.compile(r"(?!)")
    # (cx34) the place a production verb names ("built in Kassel"): group `place`
    production_place: Rx = re.compile(r"(?!)")
    status_words: Rx
    partial_before: Rx
    partial_after: Rx
    completing: Rx
    possessive_pronoun: Rx
    unit_of: Rx
    topic_before: Rx
    gerund: Rx
    possessor_after: Rx
    relative_subject_gap: Rx
    hard_break: Rx
    customer_from: Rx
    sale_anaphor: Rx
    # after a denied later step's cue: the denial is of every item ("has yet to receive any of them")
    every_item: Rx | None = None
    source_aside: Rx
    subject_verb_gap: Rx
    model_name: CaseRx
    designation: CaseRx
    named_designation: CaseRx | None = None
    named_designation_next: Rx | None = None
    # (lead31) a capitalised plural right after a count ("36 Vetkas"): a model the knowledge base does
    # not know, named in the plural (group ``name``), unless the word is one of ``counted_name_not``
    counted_name: CaseRx = re.compile(r"(?!)")
    counted_name_not: frozenset[str] = frozenset()

    @cached_property
    def system_noun(self) -> re.Pattern[str] | None:
        """Any generic system noun (None when the lexicon has none)."""
        if not self.system_nouns:
            return None
        return re.compile(r"(?<![\w-])(?:" + "|".join(self.system_nouns) + r")\b", re.IGNORECASE)

    @cached_property
    def reference_noun(self) -> re.Pattern[str] | None:
        """Any noun that names a system only as a reference back (None when the lexicon has none)."""
        if not self.reference_nouns:
            return None
        return re.compile(r"(?<![\w-])(?:" + "|".join(self.reference_nouns) + r")\b", re.IGNORECASE)

    def classes_of(self, words: Iterable[str]) -> frozenset[str]:
        """The equipment classes (``system_classes``) any of ``words`` (singular, lower case) names."""
        found = set(words)
        return frozenset(name for name, members in self.system_classes.items() if members & found)

    @cached_property
    def company(self) -> re.Pattern[str] | None:
        """Any of ``companies``' names, longest first (case-sensitive)."""
        names = sorted(self.companies, key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b") if names else None


class Deployments(_Strict):
    personnel: list[str]
    verbs: list[str]
    role: list[str]
    count: Rx
    force_number: Rx
    force_count: Rx
    strong_count: Rx
    force_anaphor: Rx
    force_noun: Rx
    # between a force the article named before and its size set off after it ("The contingent, 600
    # soldiers in all, guards …"): the size is that force's, whatever the verb (cx18)
    force_apposed: Rx = re.compile(r"(?!)")
    # (dep4) a body of forces named with its owner or place and its size set off in commas after it
    # ("Japan's contingent at its base in Djibouti, some 180 personnel, will …", "The company, some
    # 170 soldiers, trains …"): up to the opening comma; and what closes the aside after the count
    apposed_head: Rx = re.compile(r"(?!)")
    apposed_close: Rx = re.compile(r"(?!)")
    # a sentence opening on "its"/"their" force: the sender is the state of the sentence before
    possessive_owner: Rx = re.compile(r"(?!)")
    # right before the country a withdrawal leaves ("from", "out of"): the host, never the sender
    left_from: Rx = re.compile(r"(?!)")
    withdraw: Rx
    # between a withdrawal verb and its forces: the whole force left ("all of its", "its last")
    whole_force: Rx | None = None
    # (cx36) right before a count: the contingent that opened the deployment ("the first 300",
    # "Kenya's first contingent of 120"): a part of the force that comes once, dated as one
    opening_force: Rx | None = None
    # a force that comes again and again ("on rotation", "renewed every year"): its presence since a
    # year and a coming after it are no dispute
    rotation: Rx | None = None
    # a count's personnel noun → the kind of personnel it counts; counts of different kinds are not
    # compared ("1,500 military contractors" and "300 soldiers", a navy's "200 sailors" and "3,000
    # soldiers"); a noun not listed counts a force in general
    personnel_kinds: dict[str, str] = {}
    # right before a count: a force the country leads, not its own ("leads a battlegroup of 2,000
    # troops"), whose size is not the country's force
    led_before: Rx | None = None
    # right after a count: a passing movement or a count of another measure ("sent 2,000 soldiers for
    # a two-week exercise", "2,000 personnel, counting contractors"), not the standing force's size
    passing_after: Rx | None = None
    stay: Rx = re.compile(r"(?!)")
    host_anaphor: Rx
    # (cx48) a fronted phrase that names the deal the forces come under ("Under the pact Paris and
    # Tallinn signed in May, …"): its parties are the deal's (one sends, the other hosts), its date the
    # deal's, not the forces'
    deal_frame: Rx = re.compile(r"(?!)")
    located: Rx
    in_place: CaseRx
    venue: Rx
    # a negation in the forces' clause before them: a denied presence ("has not sent any troops")
    denied: Rx
    # right after the forces, a negated verb denies them too ("Eritrean troops are not present in …")
    denied_after: Rx
    # a town or base the forces are at, sent to or reached ("stationed at Tapa"), its name in the
    # ``place`` group: the host is the gazetteer's country of it when no country is named
    host_place: CaseRx
    # (cx55) a name after such a preposition that is no town or base ("in Operation …", "to
    # UNIFIL"): an unknown one of these does not make the article's country the host
    not_place: CaseRx
    # right before a country a preposition governs ("the invasion of Ukraine, London kept …"): not
    # one of the forces' coordinated senders
    governed: Rx
    # between a host and forces that a relative clause places there ("in Romania, where Dutch
    # instructors are stationed")
    where_relative: Rx
    # a verb whose subject is the forces' host, not their sender ("Poland hosts 10,000 American
    # troops", "Djibouti is home to 4,000 …"), matched against the deployment verb found
    hosting: Rx
    hosting_relative: Rx = re.compile(r"(?!)")  # (cx47)
    # the verb of the forces' claim tells which measure its count is: forces arriving (a movement,
    # "800 soldiers arrive") or forces there (a standing total, "now has 2,000 soldiers"); counts of
    # the two measures are not compared, counts of either with another verb are
    arrival: Rx = re.compile(r"(?!)")
    # (cx58) right after a count a noun cue introduced: the clause's verb of arriving ("a rotation
    # of 900 soldiers arrived in …")
    arrival_after: Rx = re.compile(r"(?!)")
    presence: Rx = re.compile(r"(?!)")
    # right before a presence verb: the force is told as it stands at the report ("now keeps 1,000
    # troops in …"), so a date elsewhere in the sentence ("… after doubling the force it sent in
    # 2022") dates another act, not this count
    current: Rx = re.compile(r"(?!)")
    # between the forces and a participle that qualifies them ("the soldiers serving in Estonia
    # arrived …"), matched whole up to the participle's end: not the forces' verb
    modifier: Rx = re.compile(r"(?!)")
    # right before a count: a unit that relieves or joins others ("a fresh battalion of 550"),
    # a part of the country's force there, not all of it
    relief: Rx = re.compile(r"(?!)")
    # between the forces' verb and a date after it: a relative clause about another noun ("the
    # survey that Ankara signed up to last year"), whose date is not the forces'
    other_relative: Rx = re.compile(r"(?!)")
    # a force's size after a change that brings it there ("bringing its force there to about
    # 1,000"), no personnel noun after the figure: groups as in ``count``
    force_total: Rx = re.compile(r"(?!)")
    # (cx57) right after a count of personnel, with none of ``verbs`` between: the speech verb the
    # count is the subject of ("two officers at the air base said …"): sources, no force
    count_speaks: Rx = re.compile(r"(?!)")
    # (dep5) the part of a force a partial withdrawal leaves, no personnel noun after the figure
    # ("…, leaving roughly 300 in the battlegroup there"): groups as in ``count``
    stay_count: Rx = re.compile(r"(?!)")
    # (cx43) inside a count in a withdrawal's clause: a part of the force ("withdraw 3,000 of its
    # soldiers"), which leaves and tells nothing of the force that was there
    part_leaving: Rx = re.compile(r"(?!)")
    # (dep5) the size after the force, an adjective phrase ("a force about 220 strong"): groups as
    # in ``count``
    strong_after: Rx = re.compile(r"(?!)")
    # (dep5) right after a demonym: a mission or operation it names ("the French mission in Mali")
    mission_noun: Rx = re.compile(r"(?!)")
    # (dep2) in the forces' clause before their verb: a force only proposed or weighed ("offered to
    # send", "is weighing sending"), like the modal cues of ``transfers.moods`` hypothetical; after
    # a planned or modal verb, the plan that holds it ("… would serve there under the new plan")
    proposed: Rx = re.compile(r"(?!)")
    under_plan: Rx = re.compile(r"(?!)")
    # (dep2) a present force's date that is the report's day, after its verb ("are deployed there
    # today"): the date's whole text, and right before the verb the present tense that makes it so
    current_date: Rx = re.compile(r"(?!)")
    current_after_aside: Rx = re.compile(r"(?!)")
    present_before: Rx = re.compile(r"(?!)")
    # (dep2) between the forces and a host: a wider place of theirs, then the share a few hosts have
    # ("to UN missions in Africa, most in …", "across the region, mainly in …"): a total across
    # hosts, no one host's force
    spread_tail: Rx = re.compile(r"(?!)")
    # (dep3) right before a country after the forces: a passive's agent ("were sent by Romania"),
    # the forces' sender
    agent: Rx = re.compile(r"(?!)")
    # (dep3) between a country and the forces its relative clause gives it ("Britain, which has …")
    relative_owner: Rx = re.compile(r"(?!)")
    relative_sender_gap: Rx = re.compile(r"(?!)")  # (cx47)
    relative_sender_verb: Rx = re.compile(r"(?!)")  # (cx47)
    # (dep3) bodies of forces named without a count of people ("an Italian battalion", "a Swedish
    # brigade"): read like uncounted personnel, a record with no personnel figure
    unit_nouns: list[str] = []
    # (dep3) warships, combat aircraft and air-defence units: a deployment only with a verb of
    # ``stationing`` (sent, sold or delivered, they are a transfer)
    equipment_forces: list[str] = []
    stationing: Rx = re.compile(r"(?!)")
    # (dx23) a force named with its owner or "the" (and perhaps its place) whose size is set off in
    # commas as "N strong" ("Berlin's contingent in Lithuania, now roughly 1,800 strong, trains …"):
    # groups as in ``count``
    strong_aside: Rx = re.compile(r"(?!)")
    # (dx23) before the forces in their clause: a presence said to be over, every one of them gone
    # ("France no longer has any troops in Chad"), a denial of the force there now
    gone: Rx = re.compile(r"(?!)")

    @cached_property
    def personnel_noun(self) -> re.Pattern[str]:
        """Any personnel noun ("troops", "instructors")."""
        return re.compile(rf"\b(?:{'|'.join(self.personnel)})\b", re.IGNORECASE)

    @cached_property
    def bare_noun(self) -> re.Pattern[str]:
        """A personnel noun or a unit noun: forces that may be told without a count."""
        nouns = [*self.personnel, *self.unit_nouns, *self.equipment_forces]
        return re.compile(rf"\b(?:{'|'.join(nouns)})\b", re.IGNORECASE)

    @cached_property
    def equipment_noun(self) -> re.Pattern[str]:
        """A noun of warships, combat aircraft or air-defence units (stationed, they are a deployment)."""
        if not self.equipment_forces:
            return re.compile(r"(?!)")
        return re.compile(rf"(?:{'|'.join(self.equipment_forces)})", re.IGNORECASE)


class SpeechVerb(_Strict):
    pattern: str
    hint: Stance
    # "clause": the verb reports only a that-clause after it ("denied that …") or the sentence
    # before it when it closes the attribution ("…, the ministry confirmed"), never its object
    reports: Literal["any", "clause"] = "any"


class Statements(_Strict):
    speech_verbs: list[SpeechVerb]
    stance_cues: dict[Stance, list[str]]
    attributive: frozenset[str]
    pronouns: frozenset[str]
    role_determiners: frozenset[str]
    role_nouns: list[str]
    anonymous: list[str]
    passive: Rx
    modal_speech: Rx = re.compile(r"(?!)")  # (cx40) "few can say", "could not say": nothing said
    event_noun_before: Rx = re.compile(r"(?!)")  # (cx53) "the accord announced in May": no speaker
    possessor: CaseRx
    other_subject: CaseRx
    modifier: CaseRx
    posted_in: Rx
    official: Rx
    role_end: Rx
    role_phrase: Rx
    anonymous_at: Rx
    anonymous_speaker: Rx
    after_verb_name: CaseRx
    that: Rx
    attribution_tail: Rx
    says_what: Rx
    negated_cue: Rx
    # a clause the verb introduces: "that …" (after the listeners and the day), ", saying …"
    reported_clause: Rx
    # a participle that continues an attribution ("said on Monday, adding that …"): what it adds
    # is not what the verb before it reports
    continuation: Rx
    second_speaker: Rx
    named_apposition: Rx
    unnamed_at: Rx
    # an object that says nothing ("has said little in public")
    says_nothing: Rx
    # (cx31) "according to industry figures": a source no actor owns
    unowned_figures: Rx = re.compile(r"(?!)")
    # (cx31) a company speaks for no state: an organisation of such a kind, a maker's name, or a
    # name set off as the maker (", the maker,")
    company_kind: Rx = re.compile(r"(?!)")
    company_name: Rx = re.compile(r"(?!)")
    company_apposition: Rx = re.compile(r"(?!)")
    # (cx35) a named person set off as an analyst or researcher of an institute (", an analyst at the
    # Lisbon Maritime Institute"): an independent voice, no state speaks
    expert_apposition: Rx = re.compile(r"(?!)")
    # (cx35) an aside set off by commas between a speaker and its verb ("Beijing, for its part, has
    # warned"): no other subject
    aside: Rx = re.compile(r"(?!)")
    # (cx52) a relative clause set off by commas right before the speech verb ("The United States,
    # which had offered jets to Lima, said …"): its actors are no speakers, the subject before it is
    relative_aside: Rx = re.compile(r"(?!)")
    # … unless the actor right before the clause is a preposition's object ("the decision to buy
    # jets from Turkey, which Kuala Lumpur confirmed, says …"): the clause may be the noun's, not its
    relative_head_object: Rx = re.compile(r"(?!)")
    # (cx35) a speaker right after a relative pronoun on a noun ("the approval, which Paris announced
    # alongside …") whose verb is followed only by a phrase of time, place or manner: the verb's
    # object is the noun, nothing is said
    relative_pronoun_before: Rx = re.compile(r"(?!)")
    adverbial_gap: Rx = re.compile(r"(?!)")
    # a sentence-opening place that frames who speaks ("In Beijing, a spokesperson said"), case-sensitive
    place_frame: CaseRx
    # an official of the mention that follows ("the chairman of the Caribbean Community")
    official_of: Rx
    # --- agr2: statements on fresh text ---------------------------------------------------------
    # a nation's adjective that heads the name of its own body before the verb ("…, the Serbian
    # state exporter Yugoimport said"): the article before the adjective (`described_lead`) and
    # the body's words up to the verb, one noun phrase (`described_body`): the nation speaks
    described_lead: Rx = re.compile(r"(?!)")
    described_body: Rx = re.compile(r"(?!)")
    # officials at a place who open their clause ("…, officials in Islamabad said"): the place speaks
    officials_at: Rx = re.compile(r"(?!)")
    # inside a reported clause, a new attribution that ends it (", according to a Chilean official")
    content_stop: Rx = re.compile(r"(?!)")
    # --- st2: statements on fresh text ----------------------------------------------------------
    # what was said opening as an indirect question ("declined to say whether …", "did not say what
    # …"): nothing asserted, no statement
    open_question: Rx = re.compile(r"(?!)")
    # a relative pronoun after a noun, right before a speaker ("the drones that Prague says it
    # sent"): that speech verb stands in a relative clause
    relative_before: CaseRx = re.compile(r"(?!)")
    # (cx29) a speaker that opens a relative clause without "that" on a noun before it, the verb closing
    # it ("the schedule Bucharest had announced."): the noun is what was announced, no content is said
    zero_relative_before: CaseRx = re.compile(r"(?!)")
    object_gap: Rx = re.compile(r"(?!)")
    # a possessive pronoun opening a speaker ("its defence minister"): the owner's country speaks
    owned_speaker: Rx = re.compile(r"(?!)")
    # bare personal pronouns that name no speaker after the verb (", he said")
    bare_pronouns: frozenset[str] = frozenset()
    # (cx41) a speaker after its verb that closes a clause with no quote ("…, said a spokesman for the
    # ministry"): the verb (`inverted_verb`), what may stand between it and a named speaker
    # (`inverted_gap`), and what the rest of the sentence after the verb may not hold (`inverted_stop`:
    # "…, said to be worth", "The plan, said the minister, will fail")
    inverted_verb: Rx = re.compile(r"(?!)")
    inverted_gap: Rx = re.compile(r"(?!)")
    inverted_stop: Rx = re.compile(r"(?!)")
    inverted_start: Rx = re.compile(r"(?!)")
    inverted_name_before: Rx = re.compile(r"(?!)")


class Proposition(_Patterns):
    predicate: str


class Assessments(_Strict):
    propositions: list[Proposition]
    negative_cues: list[str]
    uncertain_cues: list[str]


class Figures(_Strict):
    """Figures as words: vague plurals, qualifiers and dollar amounts (number words are the
    pack's number grammar, :mod:`geowire.nlp.numbers`)."""

    vague_ranges: dict[str, tuple[float, float]]
    approximate: frozenset[str]
    at_least: frozenset[str]
    at_most: frozenset[str]
    qualifier_before: Rx
    # the words right before a figure that make it the top of a range ("between 15 and 20", "15 to
    # 20", "15–20"): the first group that matched holds the range's low end
    range_before: Rx | None = None
    # right before a figure: a batch a transfer has once ("the first six", "the remaining nine"),
    # its word in group 1; two figures after the same word count one batch whatever step each
    # tells, while "another", "further", "a new batch" repeat
    once_batch: Rx | None = None
    # the once_batch words of the batch that opens a transfer ("first"): a denial of it denies any
    # delivery at all, not a part
    opening_batch: frozenset[str] = frozenset()
    # in a figure's sentence: the figure counts everything up to a time, all batches together
    # ("twelve in all", "so far", "by the end of 2024 … had received 212"); such a total and one
    # batch's smaller figure are not compared
    cumulative: Rx | None = None
    # in a delivery's sentence: the figure is the whole set, all batches ("has now delivered all
    # 24"), a total as ``cumulative`` is — for deliveries only (a plan's "all eight" is the order)
    whole_set: Rx | None = None
    # right before a figure: a determiner that makes it a set already known ("the two jets that
    # Italy delivered in July"): told beside a once-per-transfer batch of the same number, one batch
    definite_before: Rx | None = None
    # in a delivery's sentence: the figure is told as what has been handed over by the report, a
    # perfect ("has delivered 40", "have now received 25"), not one dated event ("ten reached …")
    told_so_far: Rx | None = None
    # right before a figure: a once-per-transfer batch of the set the figure counts ("the first
    # of eight submarines"), its word in group 1 — the batch's own count is not given
    once_batch_of: Rx | None = None
    # (cx46) a ship's own name right after the system and its class noun, or right before an
    # apposition that names the system: one vessel (group 1)
    unit_name_after: Rx | None = None
    unit_name_before: Rx | None = None
    # a verb whose particle stands where a qualifier would ("handed over twelve"): ends right
    # before the figure's qualifier, which is then the particle, not "more than"
    particle_verb: Rx
    # the qualifier that is also that particle ("over")
    particle: str
    usd_value: Rx
    scale: dict[str, float]
    # words that count a system in groups, as written → the group ("two Patriot batteries" and
    # "eight Patriot launchers" count different things, so their figures are not compared)
    units: dict[str, str] = {}
    # right before a denied figure: the denial covers every item of the set the figure counts
    # ("has not delivered any of the 24", "has received none of its twelve"): no delivery of any
    # number of them leaves it standing
    none_of: Rx | None = None
    # in a figure's sentence: the writer sets the figure against an earlier report ("not 40 as
    # first reported", "not the smaller figure reported earlier"): a different figure of the same
    # transfer is then a dispute, never a running count that grew
    corrected: Rx | None = None
    # (cx58) in a figure's sentence: a whole in digits (group 1) broken down into its kinds ("the 30
    # vehicles … included six carriers"): the same whole told elsewhere counts the kinds together
    breakdown: Rx | None = None
    # right before a denied system: the one item of the set it names by its place in the order
    # ("India's fourth S-400 squadron has not arrived"), the ordinal's word in group 1, its number in
    # ``ordinals``: a delivery of fewer items than that number leaves the denial standing
    ordinal_item: Rx | None = None
    ordinals: dict[str, int] = {}
    # (cx25) a sum stated with a decimal fraction before its scale word ("about $2.9 billion"): an
    # approximate one is nearer than a round figure's margin (``records._value_range``)
    fraction_sum: Rx | None = None


class Evaluation(_Strict):
    system_stopwords: frozenset[str]


class Grouping(_Strict):
    """What tells that two transfer claims name one system."""

    # a generic noun of a system's name (singular) → the equipment categories it may stand for:
    # "24 tanks from South Korea" is the one tank-category system the same two parties have
    generic_kinds: dict[str, frozenset[str]] = {}


class ModelLexicon(_Strict):
    agreements: Agreements
    transfers: Transfers
    deployments: Deployments
    statements: Statements
    assessments: Assessments
    figures: Figures
    evaluation: Evaluation
    grouping: Grouping = Grouping()

    @cached_property
    def gates(self) -> dict[str, re.Pattern[str] | None]:
        """Per rule family, the alternation of all its cues (see :func:`cue_gate`)."""
        return {name: _gate(self, name) for name in _FAMILIES}


def _expand(data: Any, numbers: list[str]) -> Any:
    """``data`` with the alternations its patterns name (``{role}``, ``{numbers}`` …) in place;
    ``numbers``: the words a count in words may be found at (the pack's number grammar)."""
    if not isinstance(data, dict):
        return data
    names = _alternations(data, numbers)
    return {key: _expanded(section, names) for key, section in data.items()}


def _alternations(data: dict[str, Any], numbers: list[str]) -> dict[str, str]:
    def get(section: str, key: str) -> list[str]:
        part = data.get(section)
        value = part.get(key) if isinstance(part, dict) else None
        return [str(v) for v in value] if isinstance(value, list | dict) else []

    return {
        "{numbers}": rf"\b(?:{alternation(numbers)})",
        "{personnel}": "|".join(get("deployments", "personnel")),
        "{role}": "(?:" + "|".join(get("statements", "role_nouns")) + ")",
        "{anonymous}": "(?:" + "|".join(get("statements", "anonymous")) + ")",
    }


def _expanded(section: Any, names: dict[str, str]) -> Any:
    """A copy of ``section`` whose string values have ``names`` replaced (the parsed file is kept
    as read: the pack caches it)."""
    if not isinstance(section, dict):
        return section
    out = dict(section)
    for key, value in section.items():
        if isinstance(value, str) and "{" in value:
            for name, alternation in names.items():
                value = value.replace(name, alternation)
            out[key] = value
    return out


_FILE = "model_lexicon.yaml"


def model_lexicon(lang: LanguagePack) -> ModelLexicon:
    """The model lexicon of ``lang`` (its ``model_lexicon.yaml``), validated once per pack."""
    return lang.compiled("model:lexicon", _build)


def _build(lang: LanguagePack) -> ModelLexicon:
    return parse_lexicon(lang.yaml(_FILE), f"data/lang/{lang.code}/{_FILE}", numbers=number_grammar(lang))


def parse_lexicon(data: Any, where: str, *, numbers: NumberGrammar) -> ModelLexicon:
    """``data`` (a parsed model lexicon) validated, its ``{numbers}`` the count words of the
    pack's number grammar ``numbers``; a failure is one :class:`~geowire.lang.LanguagePackError`
    line naming ``where``."""
    lexicon: ModelLexicon = validated(ModelLexicon, _expand(data, count_words(numbers)), where)
    _check_all_compile(lexicon, where)
    return lexicon


def _check_all_compile(lex: ModelLexicon, where: str) -> None:
    groups = [
        lex.agreements.until,
        lex.agreements.duration,
        lex.transfers.aggregate_patterns,
        lex.transfers.since,
        lex.transfers.operator_patterns,
        lex.deployments.personnel,
        lex.deployments.verbs,
        lex.deployments.role,
        [v.pattern for v in lex.statements.speech_verbs],
        lex.assessments.negative_cues,
        lex.assessments.uncertain_cues,
        *lex.statements.stance_cues.values(),
    ]
    for group in groups:
        for pattern in group:
            try:
                re.compile(pattern)
            except re.error as e:
                raise LanguagePackError(f"{where}: pattern {pattern!r} does not compile: {e}") from e


_FAMILIES = ("statements", "agreements", "transfers")


def cue_gate(lex: ModelLexicon, name: str) -> re.Pattern[str] | None:
    """One alternation of every cue pattern of rule family ``name`` ("statements", "agreements",
    "transfers"): when it finds nothing in a sentence, no single cue of the family can match
    there either, so the rule may skip its per-cue loops.  None when the patterns cannot be
    joined (e.g. the same group name twice); built once per lexicon (:attr:`ModelLexicon.gates`)."""
    if name not in _FAMILIES:
        raise ValueError(f"unknown cue family {name!r}")
    return lex.gates[name]


def _gate(lex: ModelLexicon, name: str) -> re.Pattern[str] | None:
    try:
        return compile_any(tuple(_gate_patterns(lex, name)))
    except re.error:
        return None


def _gate_patterns(lex: ModelLexicon, name: str) -> list[str]:
    if name == "statements":
        return [v.pattern for v in lex.statements.speech_verbs]
    if name == "agreements":
        return [p for k in lex.agreements.kinds for p in k.patterns] + [
            p for a in lex.agreements.actions for p in a.patterns
        ]
    return [p for s in lex.transfers.statuses for p in s.patterns]
