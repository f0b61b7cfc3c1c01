"""Agreement claims: parties, kind, action (signed / ratified / in-force / extended / expires),
date, place, value, duration, until-year and signer, each with its evidence span.

A bare "the treaty" or "the deal" (a generic kind) and a bare action ("voted to ratify it")
refer back to the last specific agreement named earlier in the same document (within a few
sentences for the bare action).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from geowire.model.context import SentenceView, sentence_dates
from geowire.model.lexicon import Figures, ModelLexicon, compile_each, cue_gate
from geowire.types import ActorMention, Claim, DateExpr

_ANAPHOR_WINDOW = 2
_MAX_COUNTED = 5  # "signed three agreements": up to this many agreements counted in one phrase
_NONE: Mapping[str, str] = MappingProxyType({})


@dataclass
class AgreementRef:
    """An agreement named in a document (what "the treaty" refers to); a ``passing`` one, named
    without an act or a term ("initialled the text of a defence agreement"), is what only a bare
    act right after it can refer to, denied or planned in a sentence that names no other country
    ("They have not signed it"; not "Washington did not comment on the signing")."""

    kind: str
    name: str
    parties: list[str]
    sentence: int
    passing: bool = False
    sole: bool = False  # (agr4) one state's accession or withdrawal: its one party is the whole list


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    text: str
    label: str
    needs_signing: bool = False


def _longest(matches: list[_Match]) -> list[_Match]:
    """Non-overlapping matches, the longest winning (ties: earliest)."""
    chosen: list[_Match] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= c.start or c.end <= m.start for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def find_kinds(view: SentenceView, lex: ModelLexicon) -> list[_Match]:
    found = [
        _Match(s, e, k.kind if k.verbal else m.group(0), k.kind, k.needs_signing)
        for k in lex.agreements.kinds
        for s, e, m in view.finditer(k.regex)
    ]
    return _longest(found)


def find_actions(view: SentenceView, lex: ModelLexicon) -> list[_Match]:
    found: list[_Match] = []
    for a in lex.agreements.actions:
        veto = re.compile(rf"^\s+(?:{a.not_before})", re.IGNORECASE) if a.not_before else None
        for s, e, m in view.finditer(a.regex):
            if veto and veto.match(view.text[e - view.start :]):
                continue
            if a.action == "in-force" and lex.agreements.withdrawal_before.search(view.slice(view.start, s)):
                continue  # "the withdrawal from the convention took effect": the agreement's end
            if a.action == "extended" and _granted(view, lex, s, e):
                continue  # (cx60) "a privilege Muscat has so far extended to very few navies"
            found.append(_Match(s, e, m.group(0), a.action))
    return _longest(found)


def _granted(view: SentenceView, lex: ModelLexicon, start: int, end: int) -> bool:
    """(cx60) The extension verb between ``start`` and ``end`` grants a favour, no agreement: the
    favour heads the object relative the verb ends ("a privilege Muscat has so far extended to very
    few navies") or is the verb's object ("renewed its invitation to Rome")."""
    al = lex.agreements
    return bool(
        al.granted_before.search(view.slice(max(view.start, start - 60), start))
        or al.granted_after.match(view.slice(end, min(view.sentence.end, end + 40)))
    )


def seated_organisations(mentions: Iterable[ActorMention], lex: ModelLexicon) -> dict[str, str]:
    """The seats that stand for an organisation the article names ("Brussels" for the EU when the EU
    is named): seat name -> organisation code."""
    named = {m.code for m in mentions if m.kind == "igo" and m.code}
    return {seat: org for org, seats in lex.agreements.seats.items() if org in named for seat in seats}


def agreement_claims(
    view: SentenceView, lex: ModelLexicon, state: list[AgreementRef], *, seated: Mapping[str, str] = _NONE
) -> list[Claim]:
    """Claims about agreements in one sentence; ``state`` carries the document's last agreement;
    ``seated``: the seats standing for an organisation the article names (``seated_organisations``)."""
    gate = cue_gate(lex, "agreements")
    if gate is not None and not view.search(gate):
        return []  # neither an agreement kind nor an action: what the full scan below returns
    kinds = find_kinds(view, lex)
    actions = find_actions(view, lex)
    claims: list[Claim] = []
    if not kinds:
        near = [r for r in state if view.sentence.index - r.sentence <= _ANAPHOR_WINDOW]
        last = next((r for r in reversed(near) if not r.passing), near[-1] if near else None)
        if not actions or last is None:
            return []
        ref = _Match(actions[0].start, actions[0].start, "", last.kind)
        for act in actions:
            claims.append(_claim(view, lex, ref, act, (kinds, actions), last, state, seated))
        if last.passing:  # only its denial or its plan: "have not signed it", "will sign it in May"
            others = {code for code, _m in view.countries()} - set(last.parties)
            claims = [c for c in claims if c.fields.get("modality") != "asserted" and not others]
        return claims
    for i, kind in enumerate(kinds):
        if _compared_class(view, lex, kind):
            continue  # "among the largest deals (ever signed)": agreements in general
        if _between_companies(view, lex, kind):
            continue  # "a Serbian gas company and a Hungarian trader signed a contract": no state's
        own: list[_Match | None] = [a for a in actions if _nearest_kind(a, kinds) == i]
        if not own and (shared := _shared_action(view, lex, i, kinds, actions)) is not None:
            own = [shared]  # "signed an accord on frigates and a separate pact on data": two signed
        if (
            kind.needs_signing
            and not any(a is not None and a.label == "signed" for a in own)
            and not _priced(view, lex, kind)
        ):
            continue  # "an order for 24 jets": a transfer, no agreement
        for action in own or [None]:  # None: the agreement named without an action
            before = len(state)
            claim = _claim(view, lex, kind, action, (kinds, actions), None, state, seated)
            if action is None:
                claim = _day_of(view, lex, kind, claim)
            if (
                action is not None
                or "action" in claim.fields
                or _has_terms(claim)
                or _dated(view, lex, kind)
                or _named(claim)
                or _referred(view, lex, kind)
                or _possessed_with(view, lex, kind, claim)
            ):
                claims += _each_agreement(view, lex, kind, claim)
            else:
                for named in state[before:]:  # not what "the treaty" later refers to
                    named.passing = True
    return claims


def _compared_class(view: SentenceView, lex: ModelLexicon, kind: _Match) -> bool:
    """Whether the kind names a superlative class another agreement is compared within ("the
    contract is among the largest arms deals", "one of the costliest contracts"): no agreement of
    its own; it still keeps the actions nearest to it from the agreement before it."""
    al = lex.agreements
    return bool(
        al.class_before.search(view.slice(max(view.start, kind.start - 60), kind.start))
        or al.class_after.match(view.slice(kind.end, kind.end + 40))
    )


def _company(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """The country's mention only describes a company ("the Serbian state gas company"), also
    where the mention spans the company's words."""
    ends = [m.start + i for i, ch in enumerate(m.text) if ch == " "] + [m.end]
    return any(lex.agreements.company_after.match(view.slice(e, m.end + 60)) for e in ends)


def _between_companies(view: SentenceView, lex: ModelLexicon, kind: _Match) -> bool:
    """The agreement is between companies: a company word right before its kind ("company
    contracts"), or every country the sentence names describes a company ("the Serbian state gas
    company and a Hungarian trader signed a supply contract")."""
    if lex.agreements.company_before.search(view.slice(max(view.start, kind.start - 20), kind.start)):
        return True
    found = view.countries()
    return bool(found) and all(_company(view, lex, m) for _c, m in found)


def _priced(view: SentenceView, lex: ModelLexicon, kind: _Match) -> bool:
    """An order or a purchase its own predicate prices ("Oman's order for five corvettes is worth
    €2.9 billion"): a contract the text refers to, though no signing is told."""
    al = lex.agreements
    return kind.text.lower() in al.priced_kinds and bool(
        al.priced_after.search(view.slice(kind.end, view.sentence.end))
    )


def _each_agreement(view: SentenceView, lex: ModelLexicon, kind: _Match, claim: Claim) -> list[Claim]:
    """The claim once per agreement its words count ("signed two memoranda": two agreements),
    each after the first marked ``another`` (its ordinal); a kind after "a second", "another"
    is marked too: an agreement other than the one named before it."""
    al = lex.agreements
    before = view.slice(max(view.start, kind.start - 40), kind.start)
    if al.another_before.search(before):
        return [replace(claim, fields={**claim.fields, "another": 1})]
    counted = al.count_before.search(before)
    n = al.year_words.get(counted.group("n").lower(), 0) if counted else 0
    if not 2 <= n <= _MAX_COUNTED:
        return [claim]
    return [claim] + [replace(claim, fields={**claim.fields, "another": k}) for k in range(1, n)]


def _shared_action(
    view: SentenceView, lex: ModelLexicon, i: int, kinds: list[_Match], actions: list[_Match]
) -> _Match | None:
    """The action a kind named as another agreement shares with the kind before it, as a second
    object of its verb ("signed an agreement on Tuesday to build frigates, and a separate pact on
    satellite data"): the last action of that kind, all before this one, when no other action nor
    a predicate of its own follows this kind ("…, and another accord is being drafted")."""
    kind = kinds[i]
    if i == 0 or not _another_agreement(view, lex, kind):
        return None
    before = [a for a in actions if _nearest_kind(a, kinds) == i - 1]
    if not before or any(a.end > kind.start for a in before):
        return None
    if any(a.start >= kind.end for a in actions) or _predicate_after(view, lex, kind):
        return None
    return before[-1]


_WORD_START = re.compile(r"\b\w")


def _predicate_after(view: SentenceView, lex: ModelLexicon, kind: _Match) -> bool:
    """Whether a verb of its own follows a kind in the rest of the sentence ("another accord is
    still under negotiation", "… will follow"): an auxiliary, a modal or a passive predicate."""
    after = view.slice(kind.end, view.sentence.end)
    al, aux = lex.agreements, lex.transfers.auxiliary
    if al.clause_modal.search(after) or al.new_predicate.search(after):
        return True
    return any(aux.search(after[: w.start()]) for w in _WORD_START.finditer(after))


def _nearest_kind(action: _Match, kinds: list[_Match]) -> int:
    return min(
        range(len(kinds)),
        key=lambda i: min(abs(kinds[i].start - action.end), abs(action.start - kinds[i].end)),
    )


def _dated(view: SentenceView, lex: ModelLexicon, kind: _Match) -> bool:
    """A kind with its year right before it ("under a 2020 contract"): an agreement referred to."""
    return bool(lex.agreements.dated_kind.search(view.slice(max(view.start, kind.start - 8), kind.start)))


def _day_of(view: SentenceView, lex: ModelLexicon, kind: _Match, claim: Claim) -> Claim:
    """A kind after a date's possessive is the agreement made that day ("last week's tank contract",
    "Tuesday's treaty"): signed then (not yet, for a day after the publication)."""
    for d in sentence_dates(view):
        if d.end <= kind.start and lex.agreements.day_possessive.fullmatch(view.slice(d.end, kind.start)):
            modality = "hypothetical" if _after(d, view.ctx.published) else "asserted"
            fields = {**claim.fields, "action": "signed", "modality": modality, "date": d.value.isoformat(),
                      "date_precision": d.precision, "date_text": d.text}  # fmt: skip
            spans = {**claim.field_spans, "action": (d.start, d.end), "date": (d.start, d.end)}
            return replace(claim, fields=fields, field_spans=spans)
    return claim


def _referred(view: SentenceView, lex: ModelLexicon, kind: _Match) -> bool:
    """A verb right before the kind refers to the agreement ("pulled out of the peace accord")."""
    return bool(
        lex.agreements.referred_before.search(view.slice(max(view.start, kind.start - 60), kind.start))
    )


def _possessed_with(view: SentenceView, lex: ModelLexicon, kind: _Match, claim: Claim) -> bool:
    """(cx34) The kind has a named owner and a counterpart after "with", both parties ("Chile's
    frigate deal with Britain has drawn criticism"): that agreement, referred to; the words between
    the owner and the kind say what it buys, not which agreement it is."""
    ag = lex.agreements
    before = view.slice(max(view.start, kind.start - 60), kind.start)
    parties = claim.fields.get("parties")
    return (
        ag.possessed_before.search(before) is not None
        and ag.counterpart_after.match(view.slice(kind.end, view.sentence.end)) is not None
        and isinstance(parties, list)
        and len(parties) >= 2
    )


def _named(claim: Claim) -> bool:
    """The claim names an agreement by its own name ("the Arms Trade Treaty"): a reference to it."""
    words = str(claim.fields.get("name") or "").split()
    return sum(w[:1].isupper() for w in words) >= 2 and not claim.fields.get("refers_back")


def _has_terms(claim: Claim) -> bool:
    return any(k in claim.fields for k in ("value_usd", "value", "until_year", "duration_years"))


def _claim(
    view: SentenceView,
    lex: ModelLexicon,
    kind: _Match,
    action: _Match | None,
    found: tuple[list[_Match], list[_Match]],
    anaphor: AgreementRef | None,
    state: list[AgreementRef],
    seated: Mapping[str, str],
) -> Claim:
    """``found``: the sentence's agreement kinds and actions (``find_kinds``, ``find_actions``)."""
    fields: dict[str, object] = {}
    spans: dict[str, tuple[int, int]] = {}
    generic = kind.label in lex.agreements.generic
    new = bool(
        lex.agreements.indefinite_before.search(view.slice(max(view.start, kind.start - 40), kind.start))
    )
    name = _proper_name(view, lex, kind)
    own_name = name[2] != kind.text  # "the Reciprocal Access Agreement"
    pair = _named_pair(view, kind)  # "the Ethiopia-Somaliland memorandum": its own parties
    refers = generic and not new and not own_name and not pair
    ref = anaphor or (_antecedent(kind, state, lex.agreements.generic) if refers else None)
    if ref is not None:
        fields.update(kind=ref.kind, name=ref.name, parties=ref.parties, refers_back=True)
        if ref.sole:
            fields["sole_party"] = True
        if kind.text:
            spans["kind"] = (kind.start, kind.end)
    else:
        # a signed purchase names its parties before the end of its signing's clause ("Poland's
        # purchase of K2 tanks, sealed in Seoul last Friday, ..."): not the ones compared after it
        hi = _clause_end(view, lex, action) if kind.needs_signing and action is not None else None
        names = [n[:2] for k in found[0] if (n := _proper_name(view, lex, k))[2] != k.text]
        sole = _sole_actor(view, lex, name[:2])
        mediators = _mediators(view, lex) | _of_other_kinds(view, lex, kind, found[0]) | _eras(view, lex)
        parties = pair or ([sole] if sole else _parties(view, lex, names, mediators, hi=hi, seated=seated))
        fields.update(kind=kind.label, name=name[2], parties=parties)
        if sole and not pair:
            fields["sole_party"] = True  # one state's accession or withdrawal: no other party to find
        if not_parties := _not_parties(view, names, mediators):
            fields["not_parties"] = not_parties
        spans["kind"] = (kind.start, kind.end)
        spans["name"] = (name[0], name[1])
        _party_span(view, spans)
        if not generic or len(parties) >= 2 or sole:  # "a pact between A and B": what "the deal" means next
            state.append(AgreementRef(kind.label, kind.text, parties, view.sentence.index, sole=bool(sole)))
    if action is not None:
        _action_fields(view, lex, action, found, fields, spans)
    _term_fields(view, lex, fields, spans)
    return view.claim("agreement", fields, spans, event_id=_event_id(view, action or kind))


_PAIR_JOINT = re.compile(r"\s*[-‐‑–/]\s*")
_PAIR_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}")


def _named_pair(view: SentenceView, kind: _Match) -> list[str]:
    """The two parties a kind's own words name, joined by a hyphen, dash or slash right before it
    ("the Ethiopia-Somaliland memorandum", "the Chile–Peru water deal"): the agreement's parties,
    not one named before (empty when the words name no such pair)."""
    actors = sorted(
        (m for m in view.mentions if m.code and m.kind != "person" and m.end <= kind.start),
        key=lambda m: m.end,
    )
    if len(actors) < 2 or kind.start - actors[-1].end > 40:
        return []
    first, second = actors[-2], actors[-1]
    if first.code == second.code or not _PAIR_JOINT.fullmatch(view.slice(first.end, second.start)):
        return []
    if not _PAIR_GAP.fullmatch(view.slice(second.end, kind.start)):
        return []
    return sorted({str(first.code), str(second.code)})


def _clause_end(view: SentenceView, lex: ModelLexicon, action: _Match) -> int:
    """Where the clause of ``action`` ends: the next clause break after it, else the sentence's end."""
    m = lex.agreements.clause_end.search(view.slice(action.end, view.sentence.end))
    return action.end + m.start() if m else view.sentence.end


def _sole_actor(view: SentenceView, lex: ModelLexicon, span: tuple[int, int]) -> str | None:
    """The one state whose accession or withdrawal the agreement at ``span`` (its own name, else
    its kind) is the object of ("Kyrgyzstan acceded on Monday to the Arms Trade Treaty", "Latvia's
    withdrawal from the Ottawa Convention"): the actor right before the act (a few words, no
    clause break between); None when no such act stands right before it, or when the agreement's
    own words name a partner ("pulled out of the security agreement with Benin": both parties)."""
    al = lex.agreements
    named, end_of = span
    for _c, m in view.countries(lo=end_of):
        gap = view.slice(end_of, m.start)
        if len(gap.split()) <= 2 and al.ratifier_partner_before.search(gap):
            return None
    lo = max(view.start, named - 80)
    acts = [(s, e) for s, e, _m in view.finditer(al.sole_act, lo=lo, hi=named)]
    if not acts:
        return None
    start, end = acts[-1]
    between = view.slice(end, named)
    if al.clause_end.search(between) or len(between.split()) > 5 or view.countries(lo=end, hi=named):
        return None  # the act's object is not this agreement ("withdrawal from Syria under the accord")
    actors = [(c, m) for c, m in view.countries(hi=start)] + [
        (str(m.code), m) for m in view.mentions if m.kind == "igo" and m.code and m.end <= start
    ]
    if not actors:
        return None
    code, m = max(actors, key=lambda x: x[1].end)
    gap = view.slice(m.end, start)
    if al.clause_end.search(gap) or len(gap.split()) > 4:
        return None
    return code


def _mediators(view: SentenceView, lex: ModelLexicon) -> set[tuple[int, int]]:
    """The spans of the actors that only mediate, host, guarantee or keep the papers ("talks
    mediated by Qatar and Turkey", "with France and Germany acting as guarantors", "Russia, which
    brokered the ceasefire", "with Malaysian mediation"): the role reaches the actors joined to
    the one it names."""
    al = lex.agreements
    actors = sorted(
        (m for m in view.mentions if m.code and m.kind in ("country", "igo")), key=lambda m: m.start
    )
    roles = [
        (
            bool(al.mediator_before.search(view.slice(max(view.start, m.start - 60), m.start))),
            bool(al.mediator_after.match(view.slice(m.end, m.end + 40))),
        )
        for m in actors
    ]
    joint = [
        bool(al.relative_subject_joint.fullmatch(view.slice(a.end, b.start)))
        for a, b in zip(actors, actors[1:], strict=False)
    ]
    marked = [before or after for before, after in roles]
    for i in range(1, len(actors)):  # "mediated by Qatar and Turkey": Turkey too
        marked[i] = marked[i] or (joint[i - 1] and marked[i - 1] and not roles[i - 1][1])
    for i in range(len(actors) - 2, -1, -1):  # "France and Germany as guarantors": France too
        marked[i] = marked[i] or (joint[i] and roles[i + 1][1] and marked[i + 1])
    return {(m.start, m.end) for m, on in zip(actors, marked, strict=True) if on}


_KIND_LEAD = re.compile(r"\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}")


def _of_other_kinds(
    view: SentenceView, lex: ModelLexicon, kind: _Match, kinds: list[_Match]
) -> set[tuple[int, int]]:
    """(cx40) The spans of the nations' adjectives that describe another agreement kind of the
    sentence ("… is small next to the Polish and Romanian contracts that …"): that agreement's
    parties, not those of ``kind`` — the adjective right before the other kind (up to two lowercase
    words between) and the ones joined to it by "and", "or" or a comma."""
    nations = sorted(
        (m for m in view.mentions if m.kind == "country" and m.how == "demonym"), key=lambda m: m.start
    )
    out: set[tuple[int, int]] = set()
    for other in kinds:
        if other is kind or not other.text:
            continue
        ahead = [m for m in nations if m.end <= other.start]
        if not ahead or not _KIND_LEAD.fullmatch(view.slice(ahead[-1].end, other.start) or " "):
            continue
        chain = [ahead[-1]]
        for m in reversed(ahead[:-1]):
            if not lex.agreements.nations_joint.fullmatch(view.slice(m.end, chain[-1].start)):
                break
            chain.append(m)
        out |= {(m.start, m.end) for m in chain}
    return out


def _not_parties(
    view: SentenceView, names: list[tuple[int, int]], mediators: set[tuple[int, int]]
) -> list[str]:
    """The countries the sentence names only by a city inside an agreement's own name ("the Paris
    Agreement", "the Ottawa Convention"; not "the Gulf of Finland Treaty", which names the country)
    or as a mediator, host or depositary (:func:`_mediators`), and nowhere else in it: no party,
    even where the article's most-named countries fill in a claim's parties."""
    out: dict[str, bool] = {}
    for c, m in view.countries():
        city = m.text != m.name and _in_names(m, names)
        aside = (m.start, m.end) in mediators or city
        out[c] = out.get(c, True) and aside
    return sorted(c for c, aside in out.items() if aside)


def _in_names(m: ActorMention, names: list[tuple[int, int]]) -> bool:
    """Whether the mention stands inside one of the agreements' own names (their spans)."""
    return any(a <= m.start and m.end <= b for a, b in names)


def _parties(
    view: SentenceView,
    lex: ModelLexicon,
    names: list[tuple[int, int]],
    mediators: set[tuple[int, int]],
    *,
    hi: int | None = None,
    seated: Mapping[str, str] = _NONE,
) -> list[str]:
    """The sentence's countries and organisations ("Iran and the IAEA signed"), less a figure's
    currency ("3.4 billion US dollars"), a place inside an agreement's own name in the sentence
    (``names``: "the Vienna Convention", "the Paris Agreement") and the mediators, hosts and
    depositaries (``mediators``: their spans, :func:`_mediators`), and — when two parties remain
    without them — the ones that only report or place the signing."""
    currency_after = lex.agreements.currency_after
    igos = [m for m in view.mentions if m.kind == "igo" and m.code and (hi is None or m.end <= hi)]
    found = [
        (c, m) for c, m in view.countries(hi=hi) if not currency_after.match(view.slice(m.end, m.end + 12))
    ] + [(str(m.code), m) for m in igos]
    found = [(c, m) for c, m in found if not _in_names(m, names) and (m.start, m.end) not in mediators]
    found = [(seated.get(m.text, c), m) for c, m in found]  # "Brussels and Jakarta signed": the EU
    found = [(c, m) for c, m in found if not _depositary(view, lex, m)]
    found += _combined(view, lex, found)
    every = {c for c, _m in found}
    acting = {c for c, m in found if not _attributes(view, lex, m)}
    return sorted(acting if len(acting) >= 2 else every)


def _eras(view: SentenceView, lex: ModelLexicon) -> set[tuple[int, int]]:
    """(cx47) The spans of the countries' possessives after "since", "until" or "before" that only
    date the sentence ("what it has wanted since Eritrea's independence"): no parties, as the
    mediators are none."""
    return {
        (m.start, m.end)
        for _c, m in view.countries()
        if lex.agreements.era_before.search(view.slice(max(view.start, m.start - 20), m.start))
        and view.slice(m.end, m.end + 2) in ("'s", "’s")
    }


def _depositary(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """An organisation that only keeps the papers ("lodged its notice with the United Nations") or
    hosts the act ("at United Nations headquarters"): no party."""
    al = lex.agreements
    return m.kind == "igo" and bool(
        al.depositary_before.search(view.slice(max(view.start, m.start - 60), m.start))
        or al.headquarters_after.match(view.slice(m.end, m.end + 20))
    )


def _combined(
    view: SentenceView, lex: ModelLexicon, found: list[tuple[str, ActorMention]]
) -> list[tuple[str, ActorMention]]:
    """The nation a combining form names before a country's hyphen ("Anglo-Polish treaty": GBR,
    beside POL's mention)."""
    forms = lex.agreements.combining_forms
    out = []
    for _c, m in found:
        form = re.search(r"([A-Z][a-z]+)-$", view.slice(max(view.start, m.start - 12), m.start))
        if form and form.group(1) in forms:
            out.append((forms[form.group(1)], m))
    return out


def _attributes(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """The mention only says who reports the sentence (", the European Commission said",
    "according to Turkey's embassy") or where it happened ("signed in Brussels"): no party."""
    al = lex.agreements
    before = view.slice(max(view.start, m.start - 40), m.start)
    if al.according_before.search(before) or al.place_before.search(before):
        return True  # "according to Turkey's embassy"; "signed in Brussels": the place
    return bool(
        al.attribution_before.search(before) and al.attribution_after.match(view.slice(m.end, m.end + 40))
    )


def _proper_name(view: SentenceView, lex: ModelLexicon, kind: _Match) -> tuple[int, int, str]:
    """The agreement's own name when the text gives one ("the Reciprocal Access Agreement",
    "the Treaty on Comprehensive Strategic Partnership"), else the kind words as written."""
    start, end = kind.start, kind.end
    if not kind.text[:1].isupper():
        return start, end, kind.text
    before = lex.agreements.name_before.search(view.slice(max(view.start, start - 80), start))
    if before:
        words = before.group(1).split()
        while words and not words[0][:1].isupper():
            words.pop(0)  # a name starts with a capital ("of the Free Trade" → "Free Trade")
        if words and words[0] in lex.agreements.name_articles:
            words.pop(0)
        while words and words[0].endswith(lex.agreements.possessive_endings):
            words.pop(0)  # "Japan's Reciprocal Access Agreement": Japan is a party, not the name
        if words:
            start -= len(" ".join(words)) + 1
    after = lex.agreements.name_after.match(view.slice(end, min(view.sentence.end, end + 90)))
    if after:
        end += len(after.group(0).rstrip())
    text = view.slice(start, end)
    return (start, end, text) if text.strip() else (kind.start, kind.end, kind.text)


def _antecedent(kind: _Match, state: list[AgreementRef], generic: Collection[str]) -> AgreementRef | None:
    """What a bare "the treaty" refers to: the last agreement named a treaty, else the last one of a
    specific kind (not one of ``generic``), else the last one."""
    kept = [r for r in state if not r.passing]
    named = [r for r in kept if kind.label in r.name.lower()]
    specific = [r for r in kept if r.kind not in generic]  # a bare "pact" only when nothing else
    found = named or specific or kept
    return found[-1] if found else None


def _party_span(view: SentenceView, spans: dict[str, tuple[int, int]]) -> None:
    found = view.countries()
    if found:
        spans["parties"] = (found[0][1].start, found[-1][1].end)


def _event_id(view: SentenceView, m: _Match) -> str | None:
    ev = view.event_at(m.start, max(m.end, m.start + 1))
    return ev.id if ev else None


def _action_fields(
    view: SentenceView,
    lex: ModelLexicon,
    action: _Match,
    found: tuple[list[_Match], list[_Match]],
    fields: dict[str, object],
    spans: dict[str, tuple[int, int]],
) -> None:
    kinds, actions = found
    fields["action"] = action.label
    spans["action"] = (action.start, action.end)
    fields["modality"] = _modality(view, lex, action, kinds)
    later = [a.start for a in actions if a.start > action.start]
    later += [
        k.start
        for k in kinds
        if k.start > action.end and (_another_agreement(view, lex, k) or _compared_class(view, lex, k))
    ]  # "signed in March is among the largest deals in Europe": Europe places the class
    passive = view.finditer(lex.agreements.new_predicate, lo=action.end, hi=view.sentence.end)
    later += [s for s, _e, _m in passive][:1]
    # (cx59) "… has been signed and that funding would depend on next year's budget": another report
    reports = view.finditer(lex.agreements.next_report, lo=action.end, hi=view.sentence.end)
    later += [s for s, _e, _m in reports][:1]
    hi = min(later) if later else view.sentence.end
    report = next(view.finditer(lex.agreements.report_clause, lo=action.end, hi=hi), None)
    hi = report[0] if report else hi  # ", the ministry said on Tuesday": the report's date and place
    hi = _before_kind_relative(view, lex, kinds, action.end, hi)
    dates = [d for d in sentence_dates(view) if not _end_date(view, lex, d)]
    d = next((d for d in dates if action.end <= d.start < hi), None)
    if d is None and not any(a.start < action.start for a in actions):
        d = _date_before(view, lex, action, dates, kinds)
    if d is not None:
        fields.update(date=d.value.isoformat(), date_precision=d.precision, date_text=d.text)
        spans["date"] = (d.start, d.end)
        if _not_yet(view, lex, action, fields, d):
            fields["modality"] = "hypothetical"  # "enters into force next month": not done yet
    place = (
        _place(view, lex, action.end, hi)
        or _where_place(view, lex, action)
        or _cleft_place(view, lex, action)
    )
    if place:
        fields["place"], fields["place_preposition"] = place[2], place[3]
        spans["place"] = (place[0], place[1])
    signer = _signer(view, lex, action)
    if signer:
        fields["signer"] = signer[2]
        spans["signer"] = (signer[0], signer[1])
    if action.label == "ratified" and (by := _ratifier(view, lex, action, actions, hi)) is not None:
        fields["ratified_by"] = by  # each party ratifies on its own day


# between a ratifying country and its verb: its legislature and adverbs ("Belgium's parliament
# formally ratified"), no comma; a country joined to another ("Poland and Ukraine ratified",
# "ratified by Chile and Peru") ratifies jointly; one after a preposition ("the pact with Chile was
# ratified") is a partner, not the subject
_RATIFIER_GAP = re.compile(r"^(?:['’]s)?(?:\s+[\w-]+){0,3}\s+$")
_JOINED = re.compile(r"^\s*(?:,|and|&)\s*(?:the\s+)?$", re.IGNORECASE)
_BY = re.compile(r"^\s+by\s+(?:the\s+)?$", re.IGNORECASE)


def _ratifier(
    view: SentenceView, lex: ModelLexicon, action: _Match, actions: list[_Match], hi: int
) -> str | None:
    """The one country that ratified: the one after "ratified by" ("by the Belgian parliament"),
    else the subject right before the ratification ("The Dutch Senate ratified"); None for a
    joint or unnamed one."""
    after = view.countries(lo=action.end, hi=hi)
    if after and _BY.match(view.slice(action.end, after[0][1].start)):
        joint = len(after) > 1 and _JOINED.match(view.slice(after[0][1].end, after[1][1].start))
        return None if joint else after[0][0]
    lo = max([view.start, *(a.end for a in actions if a.end <= action.start)])
    before = view.countries(lo=lo, hi=action.start)
    if not before:
        return None
    code, m = before[-1]
    if not _RATIFIER_GAP.match(view.slice(m.end, action.start)):
        return None
    if lex.agreements.ratifier_partner_before.search(view.slice(max(view.start, m.start - 12), m.start)):
        return None  # "and Ukraine ratified", "the treaty with Ukraine was ratified"
    return code


def _before_kind_relative(
    view: SentenceView, lex: ModelLexicon, kinds: list[_Match], lo: int, hi: int
) -> int:
    """Where the action's clause ends before an object relative right after a kind that tells of
    another verb (``kind_relative``: "have not yet signed the memorandum that their ministries began
    drafting in 2023"): the date and place in the relative are the drafting's, not the signing's."""
    rx = lex.agreements.kind_relative
    if rx is None:
        return hi
    for k in kinds:
        if lo <= k.start and k.end < hi and rx.match(view.slice(k.end, hi)):
            return k.end
    return hi


def _another_agreement(view: SentenceView, lex: ModelLexicon, kind: _Match) -> bool:
    """A kind named as another agreement ("and a second accord on artillery in Berlin"): what
    follows it is that agreement's, not the action's."""
    return bool(
        lex.agreements.another_before.search(view.slice(max(view.start, kind.start - 40), kind.start))
    )


def _end_date(view: SentenceView, lex: ModelLexicon, d: DateExpr) -> bool:
    """The date ends the agreement's term ("extended until 2034"): not the date of its action."""
    before, rx = view.slice(max(view.start, d.start - 30), d.start), lex.agreements.end_date_before
    return bool(rx.search(before) or rx.search(before + d.text.split(" ", 1)[0] + " "))  # "until 2034"


def _date_before(
    view: SentenceView, lex: ModelLexicon, action: _Match, dates: list[DateExpr], kinds: list[_Match]
) -> DateExpr | None:
    """The date right before the sentence's first action, in its clause ("agreed on Monday to
    extend", "On Wednesday, the two signed"), when no date follows the action; not a year that
    dates an agreement named between them ("a 2020 accord was extended")."""
    before = [d for d in dates if d.end <= action.start]
    if not before:
        return None
    d = before[-1]
    gap = view.slice(d.end, action.start)
    if any(d.end <= k.start < action.start for k in kinds):
        return None
    al = lex.agreements
    if al.date_gap.fullmatch(gap):
        return d
    opening = al.sentence_opening.fullmatch(view.slice(view.start, d.start))
    if opening and al.date_gap_opening.fullmatch(gap):
        return d
    cleft = al.cleft_opening.fullmatch(view.slice(view.start, d.start))  # "It was on 16 October that …"
    return d if cleft and al.cleft_gap.fullmatch(gap) else None


def _not_yet(
    view: SentenceView, lex: ModelLexicon, action: _Match, fields: dict[str, object], d: DateExpr
) -> bool:
    """An asserted action not in the past tense, dated after the publication: a future told in
    the present ("enters into force next month"); an expiry is always told ahead."""
    return (
        fields["modality"] == "asserted"
        and action.label != "expires"
        and not lex.agreements.past_form.search(view.slice(action.start, action.end))
        and _after(d, view.ctx.published)
    )


def _after(d: DateExpr, published: dt.date | None) -> bool:
    """The date falls after the publication date at its own precision (a month after the
    publication's month, a year after its year)."""
    if published is None:
        return False
    if d.precision == "year":
        return d.value.year > published.year
    if d.precision == "month":
        return (d.value.year, d.value.month) > (published.year, published.month)
    return d.value > published


def _modality(view: SentenceView, lex: ModelLexicon, action: _Match, kinds: list[_Match]) -> str:
    ev = view.event_at(action.start, action.end)
    al = lex.agreements
    if al.question_clause.match(view.slice(action.end, view.sentence.end)) and not _relative_act(
        view, lex, action, kinds
    ):
        return "hypothetical"  # "does it extend …?": a question asserts nothing
    if al.negated_after.match(view.slice(action.end, view.sentence.end)):
        return "negated"  # "have signed nothing"
    if _asked_before_kind(view, lex, action, kinds):
        return "hypothetical"  # "did not say whether the pact … had been signed"
    before = view.slice(max(view.start, action.start - _CUE_REACH), action.start)
    if al.put_off_before.search(before):
        return "negated"  # "have postponed the signing of the deal"
    if al.negated.search(action.text):
        return "negated"  # "talks ended without a deal": the action's own words deny it
    if al.denied_report.search(view.slice(view.start, action.start)):
        return "negated"  # "…, rejecting a report that the two had concluded such a deal"
    cue = _before_kind(view, lex, action, kinds) or before
    if al.non_asserted.search(cue):
        return "negated" if al.negated.search(cue) else _future_or_hypothetical(lex, cue)
    clause = view.slice(view.start, action.start)
    cuts = [m.end() for m in al.clause_start.finditer(clause)]
    cuts += [k.end - view.start for k in kinds if k.end <= action.start]  # "a contract signed"
    # the clause's start is the last cut, wherever it came from (cx28: a kind's end was taken over
    # a later comma, so "The pact, which had been due to be signed in March, was finally signed"
    # took the relative's "due to" as the main verb's mood)
    if al.clause_modal.search(modal := clause[max(cuts) if cuts else 0 :]):
        # "is expected to enter into force in 2027 after ratification"
        return _future_or_hypothetical(lex, modal)
    if al.decided_before.search(before):
        return "asserted"  # "agreed on Monday to extend the truce": extended, not a plan
    if ev is not None and ev.trigger.start < action.end and action.start < ev.trigger.end:
        return ev.modality
    return "asserted"


def _asked_before_kind(view: SentenceView, lex: ModelLexicon, action: _Match, kinds: list[_Match]) -> bool:
    """Whether the agreement right before an action, in the action's clause, is opened by an
    embedded question or a condition ("whether the pact announced last week had been signed",
    "if the accord is signed"): the action is asked about, not told."""
    near = [k for k in kinds if k.end <= action.start and view.start <= k.start]
    if not near:
        return False
    kind = max(near, key=lambda k: k.end)
    al = lex.agreements
    between = view.slice(kind.end, action.start)
    if al.clause_end.search(between) or lex.transfers.auxiliary.search(between) is None:
        return False  # "whether the treaty signed on Monday will hold": the signing is told
    opening = al.clause_end.split(view.slice(max(view.start, kind.start - _CUE_REACH), kind.start))[-1]
    return al.question_before_kind.search(opening) is not None


def _future_or_hypothetical(lex: ModelLexicon, cue: str) -> str:
    """The mood of an action that a cue before it leaves undone: ``future`` for a plan ("will sign
    next week", "is expected to be signed by June": a future cue of the lexicon's moods), else
    ``hypothetical`` ("could sign", "whether it signs", "if concluded, it would")."""
    moods = {m.mood: m.pattern for m in lex.transfers.moods}
    if any(rx.search(cue) for mood, rx in moods.items() if mood in ("conditional", "hypothetical")):
        return "hypothetical"
    future = moods.get("future")
    return "future" if future is not None and future.search(cue) else "hypothetical"


def _before_kind(view: SentenceView, lex: ModelLexicon, action: _Match, kinds: list[_Match]) -> str | None:
    """The words before an action told after its agreement when a denying cue heads that agreement
    ("No maritime security pact has been signed"), the agreement's own words taken out ("No " +
    " has been "): a long description does not part the cue from the verb it denies; None when no
    agreement stands right before the action or no cue heads it; the words without the cue when it
    opens an idiom that denies nothing ("No sooner was the pact signed …", "Not even the pact …")."""
    near = [k for k in kinds if k.end <= action.start and view.start <= k.start]
    if not near:
        return None
    kind = max(near, key=lambda k: k.end)
    between = view.slice(kind.end, action.start)
    if lex.agreements.clause_end.search(between):
        return None  # the agreement stands in a clause of its own
    al = lex.agreements
    opening = al.clause_end.split(view.slice(max(view.start, kind.start - _CUE_REACH), kind.start))[-1]
    cue = next(reversed(list(al.negated.finditer(opening))), None)
    if cue is None:
        return None
    words = opening[cue.end() :]  # the agreement's own words: "No [maritime security] pact"
    if al.denial_idiom.search(words):
        return opening[: cue.start()] + " " + between  # "No sooner was the pact signed": no denial
    if len(words.split()) > _NAME_WORDS or al.clause_start.search(words) or al.noun_determiner.search(words):
        return None  # "did not object and a treaty was signed": the cue denies something else
    return opening[: cue.end()] + " " + between


_CUE_REACH = 40  # how far before an action (or its agreement) a cue that denies it may stand
_NAME_WORDS = 3  # words describing an agreement between a denying cue and its noun ("no new defence pact")


def _place(view: SentenceView, lex: ModelLexicon, lo: int, hi: int) -> tuple[int, int, str, str] | None:
    """The capitalised place after a preposition between ``lo`` and ``hi`` ("in Rio de Janeiro"),
    not a date ("in March"): its offsets, its name and its preposition, lower-case ("in")."""
    for s, _e, m in view.finditer(lex.agreements.place, lo=lo, hi=hi):
        name = m.group("name")
        if name.endswith(".") and len(name.split()[-1]) > 3:
            name = name[:-1]  # the sentence's full stop, not an abbreviation ("St.")
        first = name.split()[0].lower()
        if first in lex.agreements.not_place_words or name[0].isdigit():
            continue
        if name.split()[-1] in lex.agreements.not_place_heads:
            continue  # "their fisheries pact in the Barents Sea": where it applies, not where signed
        if name in lex.agreements.not_place_names:
            continue  # (cx24) "the largest deal it has concluded in Asia": a region, no signing place
        if name.endswith(lex.agreements.possessive_endings):
            continue  # (cx13) "in Tanzania's largest city": a place of that country it does not name
        ps = s + m.start("name") - m.start(0)
        if region := lex.agreements.region_at_start.match(name):  # "in central Poland": Poland
            ps, name = ps + region.end(), name[region.end() :]
        if _whole_country(view, ps, ps + len(name)) and _places_elsewhere(view, lex, lo, s):
            continue  # "signed an agreement to station a brigade in Lithuania": no signing place
        if _country_adjective(view, lex, ps, ps + len(name)):
            continue  # "in the Peruvian capital": a country's adjective, not a place's name
        if _demonym(view, ps, ps + len(name)):
            continue  # "built in Italian yards", "in Czech service": a nation's adjective, no place
        if area := lex.agreements.area_after.match(view.slice(ps + len(name), ps + len(name) + 20)):
            name += area.group()  # (cx57) "in the Khorezm region": an area's name, with its word
        # (cx60) a town named by its kind ("at the southern port of Salalah") is the town itself,
        # as "in Salalah" is: not a site inside another city, so its place is compared with one
        prep = "in" if m.group("kind") else m.group("prep").lower()
        return ps, ps + len(name), name, prep
    return None


def _where_place(view: SentenceView, lex: ModelLexicon, action: _Match) -> tuple[int, int, str, str] | None:
    """A place before the action whose relative "where" clause holds the action ("was in New Delhi,
    where the memorandum with India was signed"): where it was signed."""
    for s, e, _m in view.finditer(lex.agreements.place, hi=action.start):
        place = _place(view, lex, s, e)
        if place is not None and lex.agreements.place_where.match(view.slice(place[1], action.start)):
            return place
    return None


def _cleft_place(view: SentenceView, lex: ModelLexicon, action: _Match) -> tuple[int, int, str, str] | None:
    """(cx53) The place a cleft stresses before its action ("It was in Lima, on 10 March, that the
    two ministers signed …"): where the action took place."""
    cleft = lex.agreements.cleft_span.match(view.text)
    end = view.start + cleft.end() if cleft else action.end
    if end > action.start or not lex.agreements.cleft_subject.fullmatch(view.slice(end, action.start)):
        return None
    return _place(view, lex, view.start, end)


def _relative_act(view: SentenceView, lex: ModelLexicon, action: _Match, kinds: list[_Match]) -> bool:
    """The action is the verb of a relative clause right after the agreement's kind, its subject the
    parties between them ("what does the deal Chile and Peru signed change?"): a question about the
    agreement asks nothing of the signing. A party followed by other words is no such subject ("will
    the pact Peru proposed be signed …?" still asks about the signing)."""
    return any(_relative_subject(view, lex, k.end, action.start) for k in kinds if k.end <= action.start)


def _relative_subject(view: SentenceView, lex: ModelLexicon, lo: int, hi: int) -> bool:
    """Whether the text from ``lo`` to ``hi`` is one or more parties and nothing else: the first
    right at ``lo``, the last right before ``hi``, only the lexicon's joining words between them."""
    parts = sorted((m.start, m.end) for m in view.mentions if lo <= m.start and m.end <= hi)
    if not parts or view.slice(lo, parts[0][0]).strip() or view.slice(parts[-1][1], hi).strip():
        return False
    joint = lex.agreements.relative_subject_joint
    return all(joint.fullmatch(view.slice(a[1], b[0])) for a, b in zip(parts, parts[1:], strict=False))


def _places_elsewhere(view: SentenceView, lex: ModelLexicon, lo: int, hi: int) -> bool:
    """Whether the words between the action and a country make it the place of something else
    (the lexicon's ``place_elsewhere``), read with the actors and dates between them blanked: a
    cue that only led to one of those ("signed with South Korea in central Poland", "on Friday in
    Italy") places nothing."""
    spans = [(m.start, m.end) for m in view.mentions] + [(d.start, d.end) for d in sentence_dates(view)]
    left = view.slice(lo, hi)
    for a, b in spans:
        if lo <= a and b <= hi:
            left = left[: a - lo] + " " * (b - a) + left[b - lo :]
    return any(left[m.end() :].strip() for m in lex.agreements.place_elsewhere.finditer(left))


def _whole_country(view: SentenceView, start: int, end: int) -> bool:
    """The place is a country named as such ("in Lithuania"), not one of its cities."""
    return any(
        m.kind == "country" and m.start <= start and end <= m.end and m.text == m.name for m in view.mentions
    )


def _demonym(view: SentenceView, start: int, end: int) -> bool:
    """The place is wholly a nation's adjective or people's name ("Czech", "Italian"), which names
    no place to sign in, with or without an article before it."""
    return any(
        m.kind == "country" and m.how == "demonym" and (m.start, m.end) == (start, end) for m in view.mentions
    )


def _country_adjective(view: SentenceView, lex: ModelLexicon, start: int, end: int) -> bool:
    """The place is a country's adjective after an article ("in the Peruvian capital"), not a
    place's name; a capital named for its country ("in Washington") has no article."""
    before = view.slice(max(view.start, start - 8), start)
    words = before.split()
    if not before.endswith(" ") or not words or words[-1].lower() not in lex.agreements.place_articles:
        return False
    return any(
        m.kind == "country" and m.start <= start and end <= m.end and m.text != m.name for m in view.mentions
    )


def _signer(view: SentenceView, lex: ModelLexicon, action: _Match) -> tuple[int, int, str] | None:
    people = [m for m in view.mentions if m.kind == "person"]
    if action.label != "signed" or not people:
        return None
    after = [
        p
        for p in people
        if p.start >= action.end and lex.agreements.signed_by.search(view.slice(action.end, p.start))
    ]
    if after:
        p = after[0]
        return p.start, p.end, p.name or p.text
    before = [p for p in people if p.end <= action.start]
    if not before:
        return None
    return before[0].start, before[-1].end, " and ".join(p.name or p.text for p in before)


def _term_fields(
    view: SentenceView, lex: ModelLexicon, fields: dict[str, object], spans: dict[str, tuple[int, int]]
) -> None:
    usd = [q for q in view.quantities if (q.unit or "").upper() == "USD"]
    local = _dollar_prefix(view, lex, usd[0].start) if usd else None
    if usd and local:  # "C$500 million": Canadian dollars, kept as stated
        fields.update(value=usd[0].value, value_currency=local, value_text=usd[0].text)
        spans["value"] = (usd[0].start, usd[0].end)
    elif usd:
        fields.update(
            value_usd=usd[0].value, value=usd[0].value, value_currency="USD", value_text=usd[0].text
        )
        spans["value"] = (usd[0].start, usd[0].end)
    else:
        for s, e, m in view.finditer(lex.agreements.usd):
            value = usd_value(m.group(0), lex.figures)
            if value is not None:
                fields.update(value_usd=value, value=value, value_currency="USD", value_text=m.group(0))
                spans["value"] = (s, e)
                break
    if "value" not in fields:  # another currency, kept as stated (no USD figure is invented)
        for q in view.quantities:
            currency = (
                _currency(view, lex, q.unit, fields.get("parties"))
                or _code_before(view, lex, q.start)
                or _currency_word_inside(view, lex, q.text, fields.get("parties"))
            )
            if currency is not None:
                fields.update(value=q.value, value_currency=currency, value_text=q.text)
                spans["value"] = (q.start, q.end)
                break
    if "value" not in fields:
        _hyphen_value(view, lex, fields, spans)
    for rx in compile_each(lex.agreements.until):
        for s, e, m in view.finditer(rx):
            fields["until_year"] = int(m.group("year"))
            spans["until_year"] = (s, e)
            break
    for rx in compile_each(lex.agreements.duration):
        for s, e, m in view.finditer(rx):
            years = _years(m.group("n"), lex)
            if years is None:
                continue
            fields["duration_years"] = years
            spans["duration_years"] = (s, e)
            break


def _hyphen_value(
    view: SentenceView, lex: ModelLexicon, fields: dict[str, object], spans: dict[str, tuple[int, int]]
) -> None:
    """(cx52) The value of a figure hyphenated to its scale and currency before a noun ("a
    2.6-billion-euro deal"), which the quantity stage leaves unread; the first such figure."""
    al = lex.agreements
    for s, e, m in view.finditer(al.hyphen_figure):
        word = m.group("word").lower()
        currency = al.hyphen_currencies.get(word) or _currency(view, lex, word, fields.get("parties"))
        if currency is None:
            continue
        number = float(m.group("n").replace(",", ""))
        fields.update(value=number * lex.figures.scale[m.group("scale").lower()], value_currency=currency,
                      value_text=m.group(0))  # fmt: skip
        spans["value"] = (s, e)
        return


def _dollar_prefix(view: SentenceView, lex: ModelLexicon, start: int) -> str | None:
    """The currency of a dollar figure with a letter prefix ("C$500 million" → CAD), else None."""
    prefix = re.search(r"(?<![A-Za-z])([A-Za-z]{1,2})$", view.slice(max(view.start, start - 3), start))
    return lex.agreements.dollar_prefixes.get(prefix.group(1).upper()) if prefix else None


def _code_before(view: SentenceView, lex: ModelLexicon, start: int) -> str | None:
    """An ISO currency code written before a figure ("NOK 10 billion", "SEK6bn"), if known."""
    m = re.search(r"\b([A-Z]{3})\s?$", view.slice(max(view.start, start - 4), start))
    al = lex.agreements
    known = al.iso_currencies | al.currency_countries.keys() | set(al.dollar_prefixes.values())
    return m.group(1) if m and m.group(1) in known else None


def _currency(view: SentenceView, lex: ModelLexicon, unit: str | None, parties: object) -> str | None:
    """The ISO code of a quantity's currency unit: an ISO code of the lexicon's, or a currency word
    ("pesos") — of a party's country when the word names several currencies."""
    al = lex.agreements
    if not unit:
        return None
    if unit.upper() in al.iso_currencies and unit.upper() != "USD":
        return unit.upper()
    codes = al.currency_words.get(unit.lower(), [])
    own = [c for c in codes if isinstance(parties, list) and al.currency_countries.get(c) in parties]
    pick = own or (codes if len(codes) == 1 else [])
    return pick[0] if pick else None


def _currency_word_inside(view: SentenceView, lex: ModelLexicon, text: str, parties: object) -> str | None:
    """(cx38) The currency of a figure whose unit the quantity stage read as the noun after a
    currency word ("a 2.4 billion yen agreement"), else None."""
    m = lex.agreements.figure_word.search(text)
    return _currency(view, lex, m.group("word"), parties) if m else None


def _years(n: str, lex: ModelLexicon) -> int | None:
    """A number of years written in digits or words ("10", "ten", "Twenty-five")."""
    return int(n) if n.isdigit() else lex.agreements.year_words.get(n.lower())


def usd_value(text: str, figures: Figures) -> float | None:
    """Dollars in a "$616 million" style figure (None if it does not parse)."""
    m = figures.usd_value.match(text.strip())
    if not m:
        return None
    number = float(m.group(1).replace(",", ""))
    return number * figures.scale.get((m.group(2) or "").lower(), 1.0)
