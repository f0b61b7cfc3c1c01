"""(cx61) The structural transfer reader: transfers read off the dependency parse's roles.

The regex reader (:func:`~geowire.model.rules_forces.transfer_claims`) finds a transfer by the
character shape of its sentence; this reader finds it by the parse, with the cue words of the model
lexicon's ``transfers.parse`` (lemmas, no word lists here):

* a cue is a verb whose lemma gives (``giving``: "deliver", "sell" …, its subject the supplier) or
  gets (``getting``: "receive", "buy", "order" …, its subject the recipient); a contract noun
  (``contract_nouns``) that a signing verb takes as its object ("signed a deal for …"); a sale noun
  (``sale_nouns``) that an approving verb takes ("approved the sale of …");
* the goods are the cue's object (its passive subject, the noun its relative or participle clause
  hangs on, the "for" / "of" object of a contract noun, the "with" object of "supply X with Y"),
  and each noun coordinated with it; a goods phrase names a system when its words match the
  lexicon's system nouns or hold an equipment mention;
* the count is a number modifier of the goods' noun, unless it follows a capitalised word of the
  name ("MArG 155 guns": the 155 is the model's);
* the parties are the countries the roles name: the subject (climbing an infinitive, participle or
  coordinated verb to the one that has it), the passive agent, the "to" / dative, "from" and
  "with" objects;
* the status is the lemma's, turned by the verb's modality: a future auxiliary plans, a possibility
  offers, a governing verb ("plans to buy", "refused to sell") gives its own status or a negation,
  and a negation ("not", "never") denies the step; the date is the clause's, as the regex reader
  reads it (:func:`~geowire.model.rules_forces._base_fields`).

:func:`parse_transfers` reads a sentence alone (``GEOWIRE_PARSE_TRANSFERS=alone`` scores it with no
shape rule); :func:`added_transfers` keeps only what the regex reader left out — a goods phrase no
claim of the sentence spans — which is how :func:`~geowire.model.extract.extract_claims` uses it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from geowire.model.context import SentenceView, forward_date
from geowire.model.lexicon import ModelLexicon, ParseReading
from geowire.model.rules_forces import _base_fields, model_word
from geowire.nlp.numbers import number_grammar, read_number
from geowire.types import ActorMention, Claim

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
_OBJECT_DEPS = frozenset({"dobj", "obj"})
_NAME_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "nummod", "punct", "advmod"})
_CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "ccomp"})
_CLAUSE_NOUN_DEPS = frozenset({"relcl", "acl"})
_RANGE_PREPS = frozenset({"between"})  # the parser's head of a range ("between 20 and 30 drones")


@dataclass(frozen=True)
class Cue:
    """A transfer cue token and how it reads: the status it states, whether its subject gets
    (``buying``), the token whose roles hold the parties (the verb, or the signing verb of a
    contract noun), and the goods' heads."""

    token: Any
    status: str
    buying: bool
    verb: Any
    goods: tuple[Any, ...]
    arrival: bool = False  # the goods are the subject ("arrived in Poland from …")


def parse_transfers(
    view: SentenceView, doc: Any, lex: ModelLexicon, categories: Mapping[str, str]
) -> list[Claim]:
    """The transfers the parse of ``view``'s sentence states: one claim per goods phrase that
    names a system and has a supplier or a recipient."""
    rules = lex.transfers.parse
    tokens = _sentence_tokens(view, doc)
    if not tokens or not (rules.giving or rules.getting) or _question(tokens):
        return []
    out: list[Claim] = []
    for cue in _cues(tokens, rules):
        for goods in cue.goods:
            out += _claims_of(view, lex, rules, cue, goods, categories)
    return out


def _question(tokens: Sequence[Any]) -> bool:
    """The sentence asks ("Has China sold jets to …?"): it states no transfer."""
    return any(t.text == "?" for t in tokens[-3:])


def added_transfers(found: Sequence[Claim], parsed: Sequence[Claim]) -> list[Claim]:
    """The parsed claims of goods that no claim the regex reader ``found`` in the sentence spans
    (the fallback: what the shape rules read stays as they read it)."""
    spans = [c.field_spans.get("system") for c in found if c.kind == "transfer"]
    taken = [s for s in spans if s is not None]
    pairs = {(f.fields.get("supplier"), f.fields.get("recipient")) for f in found if f.kind == "transfer"}
    return [
        c
        for c in parsed
        if not any(_overlap(s, c.field_spans["system"]) for s in taken)
        and not any(c.fields.get("system") == f.fields.get("system") for f in found)
        # the same two parties: the shape rules read this sentence's transfer (its goods told
        # again, a conjunct, an aside), and a second one of theirs is the rarer case
        and (c.fields.get("supplier"), c.fields.get("recipient")) not in pairs
    ]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# --- tokens ---------------------------------------------------------------------------------------


def _sentence_tokens(view: SentenceView, doc: Any) -> list[Any]:
    """The parse's tokens of ``view``'s sentence (none where the document has no parse)."""
    if doc is None or not getattr(doc, "has_annotation", lambda _a: False)("DEP"):
        return []
    span = doc.char_span(view.sentence.start, view.sentence.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _lemma(tok: Any) -> str:
    return str(tok.lemma_).lower()


def _children(tok: Any, deps: frozenset[str]) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def _prep_objects(tok: Any, preps: frozenset[str]) -> list[Any]:
    """The objects of ``tok``'s prepositions in ``preps`` ("to Qatar", "from Seoul")."""
    return [
        o
        for p in tok.children
        if p.dep_ in ("prep", "dative", "agent") and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _with_conjuncts(tok: Any) -> list[Any]:
    """``tok`` and the nouns coordinated with it ("40 tanks and 20 howitzers"), walked without
    recursion (a list of thousands of names is one long chain of conjuncts)."""
    out: list[Any] = []
    todo = [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += reversed([c for c in t.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")])
    return out


# --- cues -----------------------------------------------------------------------------------------


def _cues(tokens: Sequence[Any], rules: ParseReading) -> Iterator[Cue]:
    for tok in tokens:
        lemma = _lemma(tok)
        if tok.pos_ == "VERB" and (lemma in rules.giving or lemma in rules.getting):
            buying = lemma in rules.getting and lemma not in rules.giving
            status = rules.getting[lemma] if buying else rules.giving[lemma]
            goods = _verb_goods(tok, rules)
            if goods:
                yield Cue(tok, status, buying, tok, tuple(g for h in goods for g in _with_conjuncts(h)))
        elif tok.pos_ == "VERB" and (lemma in rules.signing or lemma in rules.approving):
            yield from _noun_cues(tok, rules)
        elif tok.pos_ == "VERB" and lemma in rules.light_verbs:
            yield from _taken_cues(tok, rules)
        elif tok.pos_ == "VERB" and lemma in rules.arriving:
            goods = [g for g in _children(tok, _SUBJECT_DEPS) if g.pos_ in ("NOUN", "PROPN")]
            goods.sort(key=lambda t: tok.i - t.i)  # the subject nearest the verb, past a dateline's city
            if goods:  # "Eight more helicopters arrived in Poland from the United States"
                yield Cue(
                    tok, rules.arriving[lemma], True, tok, tuple(_with_conjuncts(goods[0])), arrival=True
                )


def _taken_cues(verb: Any, rules: ParseReading) -> Iterator[Cue]:
    """A light verb and its noun that get the goods ("took delivery of 30 drones from Turkey"):
    the noun's "of" object (or the verb's) is the goods, the subject the recipient."""
    for obj in _children(verb, _OBJECT_DEPS):
        status = rules.taking.get(_lemma(obj))
        if status is None:
            continue
        goods = _prep_objects(obj, frozenset({"of"})) or _prep_objects(verb, frozenset({"of"}))
        if goods:
            yield Cue(verb, status, True, verb, tuple(g for h in goods for g in _with_conjuncts(h)))


def _verb_goods(verb: Any, rules: ParseReading) -> list[Any]:
    """The goods a cue verb moves: its object ("supply X with Y": the "with" object), its passive
    subject, or the noun its relative or participle clause hangs on."""
    objects = _children(verb, _OBJECT_DEPS)
    with_objects = _prep_objects(verb, rules.with_preps)
    if objects and with_objects:  # "supplied the army with 20 trucks"
        return with_objects
    objects = [_antecedent(o, rules) for o in objects]
    if objects:
        return [o for o in objects if o is not None]
    ranged = [o for o in _prep_objects(verb, _RANGE_PREPS) if o.pos_ in ("NOUN", "PROPN")]
    if ranged:  # "delivered between 20 and 30 drones": the parser hangs the goods on "between"
        return ranged
    if _passive(verb):
        subject = _passive_subject(verb)
        if subject is not None:
            return [s for s in [_antecedent(subject, rules)] if s is not None]
    if verb.dep_ in _CLAUSE_NOUN_DEPS and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]  # "the howitzers delivered to Estonia", reduced relative
    return []


def _noun_cues(verb: Any, rules: ParseReading) -> Iterator[Cue]:
    """A contract noun a signing verb takes ("signed a deal for 40 howitzers", "the deal for 40
    howitzers that Armenia signed with India") or a sale noun an approving verb takes ("approved
    the sale of 12 jets to Poland")."""
    signing = _lemma(verb) in rules.signing
    for obj in _children(verb, _OBJECT_DEPS | _PASSIVE_SUBJECT_DEPS):
        noun = _antecedent(obj, rules)
        if noun is None:
            continue
        if _lemma(noun) in rules.goods_preps:
            continue
        contract = _contract_of(noun, rules) if signing else None
        if contract is not None and contract.i != noun.i:
            # "the deal for 40 howitzers that … signed": the relative hangs on the goods
            yield Cue(
                contract, rules.contract_nouns[_lemma(contract)], True, verb, tuple(_with_conjuncts(noun))
            )
            continue
        nouns = rules.contract_nouns if signing else dict.fromkeys(rules.sale_nouns, "approved")
        if _lemma(noun) not in nouns:
            continue
        goods = _prep_objects(noun, rules.goods_preps)
        if signing and not goods:  # "signed a contract with Seoul for 180 tanks": "for" on the verb
            goods = _prep_objects(verb, frozenset({"for"}) & rules.goods_preps)
        if goods:
            yield Cue(
                noun,
                nouns[_lemma(noun)] if signing else "approved",
                signing,
                verb,
                tuple(g for h in goods for g in _with_conjuncts(h)),
            )


def _contract_of(noun: Any, rules: ParseReading) -> Any | None:
    """The contract noun whose "for" / "of" object ``noun`` is, if any."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in rules.goods_preps and _lemma(prep.head) in rules.contract_nouns:
        return prep.head
    return None


def _antecedent(tok: Any, rules: ParseReading) -> Any | None:
    """A relative pronoun's antecedent (the noun its clause hangs on); other tokens as they are;
    None for another pronoun ("sold them": no goods phrase here)."""
    if tok.lower_ in rules.relatives and tok.pos_ in ("PRON", "DET"):
        clause = tok.head
        while (
            clause.dep_ not in _CLAUSE_NOUN_DEPS and clause.head.i != clause.i and clause.dep_ in _CLIMB_DEPS
        ):
            clause = clause.head
        return clause.head if clause.dep_ in _CLAUSE_NOUN_DEPS else None
    if tok.pos_ == "PRON":
        return None
    return tok


def _passive(verb: Any) -> bool:
    """A passive cue: an ``auxpass`` or passive subject, or a past participle under "be" that the
    parse hung as a complement ("were at last handed to")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in ("acomp", "xcomp", "attr") and _lemma(verb.head) == "be"


def _passive_subject(verb: Any) -> Any | None:
    subject = _children(verb, _PASSIVE_SUBJECT_DEPS | _SUBJECT_DEPS)
    if subject:
        return subject[0]
    if _lemma(verb.head) == "be":
        subject = _children(verb.head, _SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS)
        return subject[0] if subject else None
    return None


# --- goods ----------------------------------------------------------------------------------------


def _name_tokens(head: Any, count: Any | None) -> list[Any]:
    """The goods phrase's words from its first modifier to its noun, without determiners,
    possessives, the count and what comes before the count."""
    left = [t for t in head.subtree if t.i < head.i and t.dep_ in _NAME_DEPS or t.i == head.i]
    left = [t for t in left if _inside_modifiers(t, head)]
    if count is not None:
        left = [t for t in left if t.i > count.i]
    first = min((t.i for t in left), default=head.i)
    while first < head.i and (head.doc[first].pos_ in ("PUNCT", "DET") or _figure(head.doc[first])):
        first += 1
    return [head.doc[i] for i in range(first, head.i + 1)]


def _without_parties(view: SentenceView, words: list[Any]) -> list[Any]:
    """The name's words after the last one a party's mention holds ("Turkish Korkut guns" →
    "Korkut guns"): a maker's or holder's adjective is no part of a model's name."""
    held = [
        i
        for i, w in enumerate(words[:-1])
        if any(m.start <= w.idx < m.end and _party(m) for m in view.mentions)
    ]
    return words[held[-1] + 1 :] if held else words


def _inside_modifiers(tok: Any, head: Any) -> bool:
    """``tok`` hangs on ``head`` through modifiers only (no preposition or clause between)."""
    while tok.i != head.i:
        if tok.dep_ not in _NAME_DEPS and tok.dep_ != "hyph":
            return False
        tok = tok.head
    return True


def _count(head: Any) -> Any | None:
    """The number that counts the goods: a number modifier of the noun, unless it is a model's
    designation ("F-16") or follows a capitalised word of the name with nothing between ("MArG 155
    guns": the 155 is the model's); of a range ("between 15 and 20") its top."""
    if head.dep_ == "pobj" and head.head.lower_ in _RANGE_PREPS:  # "between 20 and 30 drones"
        low = [t for t in head.head.children if t.dep_ == "pobj" and t.i < head.i and _figure(t)]
        tops = [t for lo in low for t in lo.children if t.dep_ == "conj" and _figure(t)]
        if tops or low:
            return (tops or low)[-1]
    for c in head.children:
        if c.dep_ in ("nummod", "compound") and c.i < head.i and _figure(c) and not _in_name(c):
            tops = [t for t in c.children if t.dep_ == "conj" and _figure(t)]
            return tops[-1] if tops else c
        if c.dep_ in _NAME_DEPS and c.i < head.i and not _figure(c):  # "12 F-16 jets": on the name
            inner = _count(c)
            if inner is not None:
                return inner
    return None


def _figure(tok: Any) -> bool:
    """A count's word: digits (with separators) or a number word, not a designation ("F-16")."""
    text = str(tok.text).replace(",", "").replace(".", "")
    return text.isdigit() or (tok.is_alpha and tok.like_num)


def _in_name(num: Any) -> bool:
    if num.i == 0:
        return False
    before = num.doc[num.i - 1]
    return bool(before.pos_ == "PROPN" and model_word(before.text) and not before.is_sent_start)


def _value(view: SentenceView, tok: Any) -> tuple[float, str] | None:
    """The value of the count ``tok``: the quantity that starts at it, else its number phrase read
    with the pack's number grammar ("the twelve boats")."""
    digits = str(tok.text).replace(",", "")
    if digits.isdigit():
        return float(digits), str(tok.text)
    for q in view.quantities:
        if q.start <= tok.idx < q.end and not (q.unit and q.unit.isupper()):
            return float(q.value), str(tok.text)
    first = tok
    while first.i > 0 and (first.nbor(-1).like_num or first.nbor(-1).text == "-"):
        first = first.nbor(-1)  # "twenty-four": the phrase from its first word
    phrase = read_number(view.slice(first.idx, tok.idx + 40), 0, number_grammar(view.lang))
    if phrase is not None and not phrase.vague:
        return float(phrase.value), str(tok.text)
    return None


# --- parties --------------------------------------------------------------------------------------


def _parties_of(view: SentenceView, tok: Any) -> list[str]:
    """The actors a role's noun phrase names: the mentions inside the phrase up to its noun and in
    its "of" object ("the defence ministry of Poland"), its coordinated nouns with theirs."""
    out: list[str] = []
    for noun in _with_conjuncts(tok):
        lo = noun.left_edge.idx
        hi = noun.idx + len(noun.text)
        # its "of" object ("the defence ministry of Poland") and its apposition ("its supplier, Russia")
        named = _prep_objects(noun, frozenset({"of"})) + _children(noun, frozenset({"appos"}))
        spans = [(lo, hi)] + [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)) for o in named]
        for m in view.mentions:
            if any(a <= m.start and m.end <= b for a, b in spans):
                code = _party(m)
                if code and code not in out:
                    out.append(code)
    return out


def _companies(view: SentenceView, lex: ModelLexicon, *, military: bool) -> dict[str, str]:
    """The party code of each arms company the sentence names → its country (the lexicon's
    ``companies``), or "" (no party) for a company that also sells civil goods when the goods are
    no known military system ("Vietnam Airlines agreed to buy 40 jets from Boeing"), as the regex
    reader takes them."""
    out: dict[str, str] = {}
    for m in view.mentions:
        code = _party(m)
        if code is None or m.text not in lex.transfers.companies:
            continue
        civil = m.text in lex.transfers.civil_companies and not military
        out[code] = "" if civil else lex.transfers.companies[m.text]
    return out


def _party(m: ActorMention) -> str | None:
    if m.kind == "equipment":
        return None
    if m.kind == "person":
        return m.country
    return m.code or m.country


def _subject(verb: Any, rules: ParseReading) -> Any | None:
    """The subject of ``verb``, else of the verb it hangs on as an infinitive, participle or
    conjunct ("agreed to buy", "ordered and received", "signed a contract to buy"); a relative
    pronoun stands for its antecedent ("Vietnam, which received …")."""
    tok = verb
    for _ in range(4):
        # a governing verb's passive subject is the infinitive's ("Peru is set to receive")
        subject = _children(tok, _SUBJECT_DEPS if tok.i == verb.i else _SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS)
        # the one nearest the verb: a dateline's city may hang on it too ("RIGA, 7 April — Germany sent")
        subject.sort(key=lambda t: abs(tok.i - t.i))
        if subject:
            return _antecedent(subject[0], rules) if subject[0].lower_ in rules.relatives else subject[0]
        if tok.dep_ == "acl" and tok.head.dep_ in _OBJECT_DEPS:
            tok = tok.head.head  # "a contract to buy": the contract's verb
            continue
        if tok.dep_ not in _CLIMB_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _roles(
    view: SentenceView, rules: ParseReading, cue: Cue, goods: Any
) -> tuple[list[str], list[str], tuple[int, int]]:
    """(suppliers, recipients, the span of the first party) the cue's roles name."""
    verb = cue.verb
    if cue.arrival:
        return _arrival_roles(view, rules, verb, goods)
    passive = _passive(verb)
    subject_tok = None
    if passive:
        subject_tok = next(iter(_prep_objects(verb, frozenset({"by"}))), None)
    elif cue.token.i == verb.i or cue.status != "approved":
        subject_tok = _subject(verb, rules)
    else:
        subject_tok = _subject(verb, rules)
    subject = _parties_of(view, subject_tok) if subject_tok is not None else []
    heads = [verb] if cue.token.i == verb.i else [cue.token, verb]
    to = [p for h in heads for o in _prep_objects(h, rules.to_preps) for p in _parties_of(view, o)]
    to += [
        p
        for d in _children(verb, frozenset({"dative", "iobj"}))
        if d.pos_ != "ADP"
        for p in _parties_of(view, d)
    ]
    if _children(verb, _OBJECT_DEPS) and _prep_objects(verb, rules.with_preps):
        to += [p for o in _children(verb, _OBJECT_DEPS) for p in _parties_of(view, o)]
    source = [p for h in heads for o in _prep_objects(h, rules.from_preps) for p in _parties_of(view, o)]
    if not source:  # "six patrol vessels from Japan": the "from" on the goods
        source = [p for o in _prep_objects(goods, rules.from_preps) for p in _parties_of(view, o)]
    if not to:  # "the sale of 12 jets to Jordan"
        to = [p for o in _prep_objects(goods, rules.to_preps) for p in _parties_of(view, o)]
    counterpart = [p for h in heads for o in _prep_objects(h, rules.with_preps) for p in _parties_of(view, o)]
    if cue.buying:
        suppliers, recipients = source or counterpart, subject or to
    else:
        suppliers, recipients = subject or source, to
    span = (subject_tok.idx, subject_tok.idx + len(subject_tok.text)) if subject_tok is not None else (0, 0)
    return suppliers, recipients, span


def _arrival_roles(
    view: SentenceView, rules: ParseReading, verb: Any, goods: Any
) -> tuple[list[str], list[str], tuple[int, int]]:
    """(suppliers, recipients, no span) of goods that arrived: "from" gives, the place they reached
    ("in Poland", "reached Lithuania") gets."""
    source = [
        p for h in (verb, goods) for o in _prep_objects(h, rules.from_preps) for p in _parties_of(view, o)
    ]
    places = _prep_objects(verb, rules.arrival_preps) + _children(verb, _OBJECT_DEPS)
    return source, [p for o in places for p in _parties_of(view, o)], (0, 0)


# --- status ---------------------------------------------------------------------------------------


def _status(rules: ParseReading, cue: Cue) -> tuple[str, bool] | None:
    """(status, negated) of the cue's step, from its lemma's status and the verb's modality: its
    auxiliaries and negations and those of the verb it hangs on as an infinitive, and that verb's
    own reading ("plans to buy": planned; "signed a contract to buy": contracted; "refused to
    sell": denied); None for a step only wished or allowed ("hopes to sell", "should supply")."""
    verb, status, negated = cue.verb, cue.status, False
    governor = _governor(verb)
    chain = [verb] if governor is None else [verb, governor]
    if governor is not None and governor.pos_ == "NOUN" and governor.dep_ in _OBJECT_DEPS:
        chain.append(governor.head)  # "has not signed any contract to buy"
    for tok in chain:
        for c in tok.children:
            # a negation before the verb ("has not delivered"), not one of a later phrase ("…, not
            # the sixteen reported")
            if (c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in rules.negations)) and c.i < tok.i:
                negated = True
            elif c.dep_ == "aux" and c.lower_ in rules.future_aux and status in ("delivered", "ordered"):
                status = "planned"
            elif c.dep_ == "aux" and c.lower_ in rules.possible_aux and status in ("delivered", "ordered"):
                if cue.buying:
                    return None  # "Ghana might order …": a buyer that only may buy states no step
                status = "offered"  # "could supply": an offer
            elif c.dep_ == "aux" and c.lower_ in rules.unreal_aux:
                return None  # "should stop selling": a wish, no step
    if governor is not None:
        # a "that" clause takes only the governing words' own reading ("denied that …"), not the
        # default of an infinitive ("said that Iran had supplied" is asserted)
        made = rules.governing.get(_lemma(governor)) if verb.dep_ == "ccomp" else _governed(rules, governor)
        if made == "none":
            return None
        if made == "negated":
            negated = True
        elif made == "asserted":
            made = None  # "has yet to hand over": the cue's own step (denied by the "yet")
        elif made is not None and status in ("delivered", "ordered", "planned"):
            status = made
    if any(c.dep_ == "det" and c.lower_ in rules.negations for g in cue.goods for c in g.children):
        negated = True  # "delivered no Barak systems"
    if cue.token.i != verb.i and cue.status == "approved":
        status = "approved"
    if (
        status == "planned"
        and not negated
        and any(_lemma(o) in rules.contract_nouns for o in _prep_objects(verb, rules.under_preps))
    ):
        status = "contracted"  # "is to supply … under contracts signed this week": the contract is made
    return status, negated


def _governor(verb: Any) -> Any | None:
    """The word an infinitive cue hangs on ("plans to buy", "a contract to buy", "signed a
    contract … to buy"), None for a finite cue."""
    if verb.dep_ == "xcomp" or (verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and _that_clause(verb)):
        return verb.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.head if infinitive and verb.dep_ in ("advcl", "acl", "ccomp") else None


def _that_clause(verb: Any) -> bool:
    """A finite clause opened by "that" ("denied that Iran had supplied …")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _governed(rules: ParseReading, governor: Any) -> str | None:
    """The status (or "negated") a governing word gives the infinitive under it."""
    lemma = _lemma(governor)
    if lemma in rules.governing:
        return rules.governing[lemma]
    if lemma in rules.contract_nouns:
        return rules.contract_nouns[lemma]
    if lemma in rules.signing:
        nouns = [_lemma(o) for o in _children(governor, _OBJECT_DEPS)]
        return next((rules.contract_nouns[n] for n in nouns if n in rules.contract_nouns), None)
    # any other word over an infinitive puts the step ahead ("is set to receive", "is due to ship")
    return "planned" if governor.pos_ in ("VERB", "AUX", "ADJ") else None


# --- claims ---------------------------------------------------------------------------------------


def _goods_system(
    view: SentenceView, lex: ModelLexicon, head: Any, count: Any | None, categories: Mapping[str, str]
) -> tuple[dict[str, object], tuple[int, int]] | None:
    """The system fields of a goods phrase (a known system's code, else the phrase's words) and its
    span; None when the phrase names no system."""
    words = _without_parties(view, _name_tokens(head, count))
    lo, hi = words[0].idx, head.idx + len(head.text)
    for m in view.mentions:
        if m.kind == "equipment" and m.code and lo <= m.start < hi:
            fields: dict[str, object] = {"system": str(m.code), "system_name": m.name or m.text}
            if categories.get(str(m.code)):
                fields["category"] = categories[str(m.code)]
            return fields, (m.start, m.end)
    nouns = lex.transfers.system_noun
    text = view.slice(lo, hi)
    if nouns is None or not nouns.search(text):
        return None
    return {"system": text, "system_name": text}, (lo, hi)


def _personnel(lex: ModelLexicon, noun: Any) -> bool:
    """A noun of people in uniform (the lexicon's deployment ``personnel``: "sailors", "troops")."""
    return any(re.fullmatch(p, str(noun.text), re.IGNORECASE) for p in lex.deployments.personnel)


def _claims_of(
    view: SentenceView,
    lex: ModelLexicon,
    rules: ParseReading,
    cue: Cue,
    goods: Any,
    categories: Mapping[str, str],
) -> list[Claim]:
    if any(_personnel(lex, g) for g in cue.goods):
        return []  # "sent the frigate … and about 180 sailors to Oman": forces that move, a deployment
    count = _count(goods)
    system = _goods_system(view, lex, goods, count, categories)
    if system is None:
        return []
    read = _status(rules, cue)
    if read is None:
        return []
    status, negated = read
    after = view.slice(cue.verb.idx + len(cue.verb.text), view.sentence.end)
    if negated and (lex.transfers.habit_span.match(after) or lex.transfers.denied_manner.match(after)):
        # the regex reader's cues: a habit denied over a span of time ("has not bought tanks in half
        # a century"), or only the manner ("did not deliver … on time"): no one step denied
        return []
    suppliers, recipients, _span = _roles(view, rules, cue, goods)
    known = any(m.kind == "equipment" and (m.start, m.end) == system[1] for m in view.mentions)
    as_company = _companies(view, lex, military=known)
    suppliers = [c for s in suppliers if (c := as_company.get(s, s))]
    recipients = [c for r in recipients if (c := as_company.get(r, r))]
    suppliers = [s for s in suppliers if s not in recipients]
    # both parties from the sentence's roles: with one, left to the article's passes, the reader
    # added 33 records on dev for 3 matched (measured, cx61)
    if not suppliers or not recipients:
        return []
    cue_span = (cue.token.idx, cue.token.idx + len(cue.token.text))
    out = []
    for supplier, recipient in [(s, r) for s in suppliers for r in recipients]:  # "from Portugal and Norway"
        fields, spans = _base_fields(view, (status, *cue_span, negated), lex)
        fields.update(system[0])
        spans["system"] = system[1]
        fields["supplier"], fields["recipient"] = supplier, recipient
        value = _value(view, count) if count is not None else None
        if value is not None:
            fields.update(quantity=value[0], quantity_text=value[1], quantity_qualifier=None)
        if status == "planned":
            forward_date(view, fields, spans)
        fields["reader"] = "parse"
        out.append(view.claim("transfer", fields, spans))
    return out
