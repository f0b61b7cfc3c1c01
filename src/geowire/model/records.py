"""Merge stored claims across documents into model records, and find contradictions.

Input claims are :class:`StoredClaim` records (a ``claims`` row decoded, with its document's
outlet, publication date and text — see :func:`geowire.model.build.load_claims`); outputs are
typed records (:class:`AgreementRecord`, :class:`TransferRecord`, :class:`DeploymentRecord`,
:class:`Contradiction`) whose ``as_dict()`` is what the store writes.  Every record field keeps
its provenance (:class:`Sourced`): value, claim id, document, and the evidence span.
Non-asserted claims ("does not take effect until …", "has not sent any …") are kept as sources
but never set a fact.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from geowire.model.context import (
    dates_compatible,
    figures_compatible,
    qualifier_before,
    quantity_interval,
)
from geowire.model.lexicon import Figures
from geowire.model.occurrences import PUBLICATION_WINDOW
from geowire.model.rules_forces import FORCE_TOTAL, PRESENCE
from geowire.nlp.dates import shift_days
from geowire.types import date_interval

# an agreement's actions; its contradictions' subjects end with one ("New START (RUS–USA) signed")
AGREEMENT_ACTIONS = ("signed", "ratified", "in-force", "extended", "expires")
STATUS_RANK = {"reported": 0, "offered": 1, "planned": 2, "approved": 3, "contracted": 4, "ordered": 5,
                "delivered": 6, "deployed": 7, "operated-by": 8}  # fmt: skip
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True)
class StoredClaim:
    """A stored claim as the record builders read it: the ``claims`` row with its JSON columns
    decoded, and its document's outlet, publication date and text."""

    id: str
    doc_id: str
    kind: str
    sentence_index: int
    start: int
    end: int
    fields: Mapping[str, Any]
    field_spans: Mapping[str, Sequence[int]]
    event_id: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    sentence: str | None = None
    doc_text: str | None = None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> StoredClaim:
        """A decoded ``claims`` row (:func:`geowire.store.claims.decode`) with the document columns
        :func:`geowire.store.derived.claim_rows` joins; ``sentence`` is cut from the text when absent."""
        text = row.get("doc_text")
        sentence = row.get("sentence")
        if sentence is None and text is not None:
            sentence = text[row["start"] : row["end"]]
        return cls(
            id=row["id"],
            doc_id=row["doc_id"],
            kind=row["kind"],
            sentence_index=row["sentence_index"],
            start=row["start"],
            end=row["end"],
            fields=row["fields"],
            field_spans=row["field_spans"],
            event_id=row.get("event_id"),
            outlet=row.get("outlet"),
            published=row.get("published"),
            sentence=sentence,
            doc_text=text,
        )


@dataclass(frozen=True)
class Evidence:
    """Where a claim (or one of its fields) comes from: document, sentence, offsets and words;
    ``field`` and its offsets only when the claim has a span for it."""

    claim_id: str
    doc_id: str
    outlet: str | None
    sentence_index: int
    start: int
    end: int
    sentence: str | None
    field: str | None = None
    field_start: int | None = None
    field_end: int | None = None
    field_text: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "claim_id": self.claim_id,
            "doc_id": self.doc_id,
            "outlet": self.outlet,
            "sentence_index": self.sentence_index,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
        }
        if self.field is not None:
            out.update(
                field=self.field,
                field_start=self.field_start,
                field_end=self.field_end,
                field_text=self.field_text,
            )
        return out


@dataclass(frozen=True)
class Sourced:
    """A record field's value and the evidence of the claim it was taken from."""

    value: Any
    evidence: Evidence

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, **self.evidence.as_dict()}


@dataclass(frozen=True)
class SourcedDate(Sourced):
    """A date field with its precision."""

    precision: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {**super().as_dict(), "precision": self.precision}


@dataclass(frozen=True)
class SourcedQuantity(Sourced):
    """A quantity field with the figure as written."""

    text: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {**super().as_dict(), "text": self.text}


@dataclass(frozen=True)
class Contradiction:
    """Two documents whose values for one field of one subject cannot both be true."""

    id: str
    kind: str
    subject: str
    field: str
    value_a: str
    value_b: str
    doc_a: str
    doc_b: str
    claim_a: str
    claim_b: str
    evidence: tuple[Evidence, ...]
    action: str | None = None  # an agreement's action ("signed") or a transfer's step

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind, "subject": self.subject, "field": self.field}
        if self.action is not None:
            out["action"] = self.action
        out.update(
            value_a=self.value_a,
            value_b=self.value_b,
            doc_a=self.doc_a,
            doc_b=self.doc_b,
            claim_a=self.claim_a,
            claim_b=self.claim_b,
            evidence=[e.as_dict() for e in self.evidence],
        )
        return out


def _sourced_dict(fields: Mapping[str, Sourced]) -> dict[str, Any]:
    return {k: v.as_dict() for k, v in fields.items()}


@dataclass(frozen=True)
class AgreementRecord:
    """One agreement merged from its claims (an ``agreements`` row)."""

    id: str
    kind: str
    name: str
    parties: list[str]
    signed: str | None
    signed_precision: str | None
    signed_place: str | None
    signer: str | None
    ratified: str | None
    ratified_precision: str | None
    in_force: str | None
    expires_year: int | None
    duration_years: int | None
    value_usd: float | None
    status: str
    disputed: list[str]
    doc_ids: list[str]
    claim_ids: list[str]
    event_ids: list[str]
    fields: dict[str, Sourced]
    sources: list[Evidence]

    def as_dict(self) -> dict[str, Any]:
        return _record_dict(self)


@dataclass(frozen=True)
class TransferRecord:
    """One transfer per (supplier, recipient, system) merged from its claims (a ``transfers`` row)."""

    id: str
    supplier: str | None
    recipient: str | None
    system: str
    category: str | None
    quantity: float | None
    quantity_text: str | None
    status: str
    statuses: list[str]
    operator: str | None
    date: str | None
    since: str | None
    value_usd: float | None
    doc_ids: list[str]
    claim_ids: list[str]
    fields: dict[str, Sourced]
    sources: list[Evidence]

    def as_dict(self) -> dict[str, Any]:
        return _record_dict(self)


@dataclass(frozen=True)
class DeploymentRecord:
    """One deployment per (country, host, period) merged from its claims (a ``deployments`` row)."""

    id: str
    country: str | None
    host: str | None
    personnel: float | None
    personnel_text: str | None
    place: str | None
    role: str | None
    date: str | None
    doc_ids: list[str]
    claim_ids: list[str]
    fields: dict[str, Sourced]
    sources: list[Evidence]

    def as_dict(self) -> dict[str, Any]:
        return _record_dict(self)


Record = AgreementRecord | TransferRecord | DeploymentRecord


def _record_dict(rec: Record) -> dict[str, Any]:
    """The record as plain data: its columns, ``fields`` and ``sources`` as the store writes them."""
    out = {k: getattr(rec, k) for k in rec.__dataclass_fields__ if k not in ("fields", "sources")}
    out["fields"] = _sourced_dict(rec.fields)
    out["sources"] = [e.as_dict() for e in rec.sources]
    return out


@dataclass(frozen=True)
class AssessmentPosition:
    """One document's majority position on one (subject, predicate) proposition."""

    doc_id: str
    outlet: str | None
    subject: str
    predicate: str
    target: str | None
    polarity: str
    claims: list[StoredClaim] = field(default_factory=list)


def _id(prefix: str, *parts: object) -> str:
    return prefix + hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:14]


def evidence(c: StoredClaim, field: str | None = None) -> Evidence:
    """Where a claim (or one of its fields) comes from: document, sentence, offsets and words."""
    span = c.field_spans.get(field) if field else None
    base = Evidence(c.id, c.doc_id, c.outlet, c.sentence_index, c.start, c.end, c.sentence)
    if not span:
        return base
    text = c.doc_text
    return replace(
        base,
        field=field,
        field_start=span[0],
        field_end=span[1],
        field_text=text[span[0] : span[1]] if text else None,
    )


def _provenance(c: StoredClaim, field: str, value: object) -> Sourced:
    return Sourced(value, evidence(c, field))


def asserted(c: StoredClaim) -> bool:
    """Whether a claim states its fact (not future, hypothetical or negated)."""
    return c.fields.get("modality", "asserted") == "asserted" and not c.fields.get("negated")


# --- agreements ---------------------------------------------------------------------------------


def group_agreements(
    claims: list[StoredClaim],
    *,
    generic: Collection[str],
    topic_stop: Collection[str] = (),
    topic_plain: Collection[str] = (),
    fresh: Collection[str] = (),
    trade_kinds: Collection[str] = (),
    trade_words: Collection[str] = (),
) -> list[list[StoredClaim]]:
    """Claims about the same agreement: same kind (or a specific kind and a generic one whose own
    name holds a word of it, :func:`_kind_named`, or that a bare trade word tells,
    :func:`_kind_traded`), overlapping parties (a claim with fewer
    parties joins the agreement that includes them; a bare "treaty" — a kind of ``generic``, the
    lexicon's ``agreements.generic`` — joins the one treaty); two claims whose descriptions share
    no word (``topic_stop``, ``topic_plain``: the lexicon's, see :func:`agreement_topic`), or two
    of a generic kind whose one act is dated months apart (:func:`_acts_apart`), are about two
    agreements."""
    topics = {c.id: agreement_topic(c, stop=topic_stop, plain=topic_plain) for c in claims}
    described = {c.id: frozenset(agreement_description(c, stop=topic_stop)) for c in claims}
    qualified = {c.id: frozenset(agreement_qualifiers(c, stop=topic_stop)) for c in claims}

    def distinct(a: StoredClaim, b: StoredClaim) -> bool:
        ta, tb = topics[a.id], topics[b.id]
        kinds = (a.fields.get("kind"), b.fields.get("kind"))
        # (cx25) an arms deal and a bare contract are as loosely one as two generic kinds
        generic_kinds = all(k in generic for k in kinds) or (
            any(k in generic for k in kinds) and any(k in trade_kinds for k in kinds)
        )
        return (
            _distinct_agreements(a, b)
            or bool(ta and tb and not ta & tb)
            or _qualified_apart(a, b, topics, qualified)
            or (generic_kinds and _acts_apart(a, b) and not _told_as_one(a, b))
            or _newer_than(a, b, fresh=fresh, stop=topic_stop)
            or _newer_than(b, a, fresh=fresh, stop=topic_stop)
        )

    groups: list[tuple[str, set[str], list[StoredClaim]]] = []
    # dated claims first: they found the agreements an undated claim then chooses among
    ordered = sorted(
        claims, key=lambda c: (-len(c.fields.get("parties") or []), not c.fields.get("date"), c.id)
    )
    for c in ordered:
        kind = c.fields.get("kind")
        parties = set(c.fields.get("parties") or [])
        fits = []
        for g in groups:
            g_kind, g_parties, members = g
            overlap = len(parties & g_parties) >= 2 or (
                parties <= g_parties
                and (
                    len(parties) >= 2
                    or any(m.doc_id == c.doc_id for m in members)
                    or any(_proper(m.fields) and _proper(m.fields) == _proper(c.fields) for m in members)
                )
            )
            same_kind = (
                g_kind == kind
                # (cx21) a treaty in one report is an agreement, accord or pact in another
                or (g_kind in generic and kind in generic)
                or _kind_named(str(kind), g_kind, members, generic)
                or _kind_named(g_kind, str(kind), [c], generic)
                or _kind_described(str(kind), g_kind, members, generic, described)
                or _kind_described(g_kind, str(kind), [c], generic, described)
                or _kind_traded(str(kind), g_kind, members, generic, trade_kinds, trade_words, topics)
                or _kind_traded(g_kind, str(kind), [c], generic, trade_kinds, trade_words, topics)
            )
            if same_kind and overlap and not any(distinct(c, m) for m in members):
                fits.append(g)
        if fits:
            _, g_parties, members = min(fits, key=lambda g: _days_from(c, g[2]))
            members.append(c)
            g_parties |= parties
        else:
            home = _generic_home(c, groups, generic)
            if home is not None:
                home.append(c)
            else:
                groups.append((str(kind), set(parties), [c]))
    return [members for _, _, members in groups]


_TOLD_ACTS = ("asserted", "negated")  # an agreement's act told as done or as not done


def _qualified_apart(
    a: StoredClaim,
    b: StoredClaim,
    topics: Mapping[str, frozenset[str]],
    qualified: Mapping[str, frozenset[str]],
) -> bool:
    """(cx24) Two claims of one article whose agreements it qualifies in words that share none, one
    of them a topic ("has not signed a defence agreement with Kenya … The two signed a trade
    agreement in 2023"): two agreements, though "defence" alone is too plain a word to be a topic
    (across articles "a defence agreement" and "the security pact" may be one). Only acts told as
    done or denied part them ("further contracts were being finalised" is no act of its own), and
    not a claim the article refers back with (:func:`_told_as_one`: "The two memoranda they signed
    in 2019"); a bare "the agreement" qualifies nothing and joins either."""
    if a.doc_id != b.doc_id or not (topics[a.id] or topics[b.id]) or _told_as_one(a, b):
        return False
    if not all(c.fields.get("action") and c.fields.get("modality", "asserted") in _TOLD_ACTS for c in (a, b)):
        return False
    qa, qb = qualified[a.id], qualified[b.id]
    return bool(qa and qb and not qa & qb)


def _kind_named(kind: str, generic_kind: str, named: list[StoredClaim], generic: Collection[str]) -> bool:
    """A specific kind told of an agreement of a ``generic`` kind whose own name holds one of its
    qualifying words: "a defence pact" and the "Defence Cooperation Agreement" can be one agreement.
    The kind's head noun (its last word, "pact") and the generic kinds' words ("agreement") name no
    agreement in particular: "a supply agreement" is not the "Fisheries Access Agreement", "a defence
    pact" not the "Pact on Migration" (so "a strategic partnership" does not join a "… Partnership
    Agreement" either: a missed join costs less than a false dispute)."""
    if generic_kind not in generic or kind in generic:
        return False
    qualifying = _qualifying_words(kind, generic)
    return any(qualifying & set(name.lower().split()) for m in named if (name := _proper(m.fields)))


def _qualifying_words(kind: str, generic: Collection[str]) -> set[str]:
    """A specific kind's qualifying words ("mutual defence pact": mutual, defence): its words but its
    head noun (the last), less the generic kinds' words, which name no agreement in particular."""
    words = kind.lower().split()
    heads = {w for g in generic for w in g.lower().split()}
    return set(words[:-1] if len(words) > 1 else words) - heads


def _newer_than(new: StoredClaim, old: StoredClaim, *, fresh: Collection[str], stop: Collection[str]) -> bool:
    """(cx21) ``new`` tells its agreement as a new one ("have not yet signed the new security
    agreement", a word of ``fresh`` among the words right before its kind) and ``old`` dates its act
    to a year before ``new`` was published: two agreements, not a signing and its denial."""
    old_date = _date_of(old)
    if not fresh or old_date is None or new.published is None or old_date[0].year >= new.published.year:
        return False
    return _told_fresh(new, fresh=fresh, stop=stop)


def _told_fresh(c: StoredClaim, *, fresh: Collection[str], stop: Collection[str]) -> bool:
    """Whether a word of ``fresh`` stands among the words right before the claim's kind ("the new
    security agreement", "a follow-on contract")."""
    span, text = c.field_spans.get("kind"), c.doc_text
    if not span or text is None:
        return False
    for w in list(reversed(_WORD.findall(text[max(c.start, span[0] - 60) : span[0]])))[:_FRESH_WORDS]:
        if w in fresh:
            return True
        if w in stop or not w.islower():
            return False
    return False


_FRESH_WORDS = 4  # "the new maritime security agreement": the word of ``fresh`` at most this far back


def _kind_described(
    kind: str,
    generic_kind: str,
    told: list[StoredClaim],
    generic: Collection[str],
    described: Mapping[str, frozenset[str]],
) -> bool:
    """(cx21) A specific kind told of an agreement of a ``generic`` kind described by one of its
    qualifying words: "a mutual defence pact" and "the defence agreement" can be one agreement, as
    :func:`_kind_named` joins it to a name holding the word; "a defence pact" and "a trade
    agreement" stay two."""
    if generic_kind not in generic or kind in generic:
        return False
    qualifying = _qualifying_words(kind, generic)
    return any(qualifying & described.get(m.id, frozenset()) for m in told)


def _kind_traded(
    kind: str,
    generic_kind: str,
    told: list[StoredClaim],
    generic: Collection[str],
    trade_kinds: Collection[str],
    trade_words: Collection[str],
    topics: Mapping[str, frozenset[str]],
) -> bool:
    """(cx25) A trade kind ("an arms deal", ``trade_kinds``) told of an agreement of a ``generic``
    kind by a bare trade word ("the contract", "Thailand's purchase of four jets": a word of
    ``trade_words`` with nothing said before it of what it is about) can be one sale; "a gas
    contract" or "the defence agreement" stay apart."""
    if kind not in trade_kinds or generic_kind not in generic:
        return False
    return any(_trade_word(m) in trade_words and not topics.get(m.id) for m in told)


def _trade_word(c: StoredClaim) -> str | None:
    """The word that tells a claim's agreement ("contract"), lower-cased; None without a span."""
    span, text = c.field_spans.get("kind"), c.doc_text
    return text[span[0] : span[1]].lower() if span and text is not None else None


def _days_from(c: StoredClaim, members: list[StoredClaim]) -> int:
    """How many days lie between a claim and the nearest claim of an agreement, each at its own
    date, else its publication (an undated "the signing was postponed" of 2025 is about the pact of
    2025, not the one the same two countries signed in 2019); 0 when either has no day at all."""
    day = _claim_day(c)
    days = [abs((day - d).days) for m in members if day and (d := _claim_day(m))]
    return min(days, default=0)


def _claim_day(c: StoredClaim) -> dt.date | None:
    own = _date_of(c)
    return own[0] if own else c.published


_WORD = re.compile(r"[^\W\d_][\w'-]*|\S")


def agreement_topic(c: StoredClaim, *, stop: Collection[str], plain: Collection[str]) -> frozenset[str]:
    """What an agreement claim says the agreement is about: the lower-case words right before its
    kind, back to a word of ``stop``, to another field of the claim (its action, its value: "a
    €3.2 billion contract" is about nothing said) or to any other word (a name, a figure, a
    comma), without those of ``plain`` — "a new maritime security agreement" → {maritime}
    when "security" is plain; a bare "the agreement" → none."""
    span, text = c.field_spans.get("kind"), c.doc_text
    if not span or text is None or not stop:
        return frozenset()
    begin = max(c.start, span[0] - 80, *_field_ends_before(c, span[0]))
    words: list[str] = []
    for w in reversed(_WORD.findall(text[begin : span[0]])):
        if w in stop or not w.islower() or not w[:1].isalpha():
            break
        if w not in plain and w.rsplit("-", 1)[-1] not in plain:
            words.append(w)
    return frozenset(words)


def agreement_description(c: StoredClaim, *, stop: Collection[str]) -> tuple[str, ...]:
    """(cx17) How a claim names its agreement: the lower-case words right before its kind (back to a
    word of ``stop`` or another field, as :func:`agreement_topic` reads them, but keeping the plain
    ones), the kind's own words and the claim's name for it — "a defence cooperation agreement" →
    (defence, cooperation, agreement); "a memorandum of understanding" → its name's words. Empty
    when the kind has no span."""
    span, text = c.field_spans.get("kind"), c.doc_text
    if not span or text is None:
        return ()
    named = _WORD.findall(str(c.fields.get("name") or "").lower())
    return (*agreement_qualifiers(c, stop=stop), *_WORD.findall(text[span[0] : span[1]].lower()), *named)


def agreement_qualifiers(c: StoredClaim, *, stop: Collection[str]) -> tuple[str, ...]:
    """The lower-case words right before a claim's kind, back to a word of ``stop`` or another field
    (as :func:`agreement_description` reads them): "a defence cooperation agreement" → (defence,
    cooperation); "the agreement" → ()."""
    span, text = c.field_spans.get("kind"), c.doc_text
    if not span or text is None:
        return ()
    begin = max(c.start, span[0] - 80, *_field_ends_before(c, span[0]))
    before: list[str] = []
    for w in reversed(_WORD.findall(text[begin : span[0]])):
        if w in stop or not w.islower() or not w[:1].isalpha():
            break
        before.append(w)
    return tuple(reversed(before))


_DESCRIPTION_MIN_WORDS = 2  # different words: "a defence agreement" names one; a bare "a contract" does not


def _described_alike(a: StoredClaim, b: StoredClaim, described: Mapping[str, tuple[str, ...]]) -> bool:
    """(cx17) Whether two articles name an agreement in the same words ("signed a defence
    cooperation agreement in March" and "… in June"); two claims of one article are two acts, and a
    bare "the agreement" is no description."""
    da, db = described.get(a.id, ()), described.get(b.id, ())
    return a.doc_id != b.doc_id and len(set(da)) >= _DESCRIPTION_MIN_WORDS and da == db


def described_dates_apart(
    groups: list[list[StoredClaim]], *, generic: Collection[str], stop: Collection[str] = ()
) -> list[Contradiction]:
    """(cx17) Date disputes between agreements :func:`group_agreements` keeps apart only because
    their one act is dated months apart (:func:`_acts_apart`), when two articles name them in the
    same words (:func:`_described_alike`: "signed a defence cooperation agreement in March" and "…
    in June"): one of the two dates is wrong, or there are two agreements, and a reader should see
    both. Not when the dates are years apart (:func:`_distinct_agreements`: a 2018 and a 2024
    contract), nor when either article tells both acts. The groups are not merged: a third
    article's claim keeps its own comparisons (place, worth) with the group it fits."""
    described = {c.id: agreement_description(c, stop=stop) for g in groups for c in g}
    docs_of = [{c.doc_id for c in g} for g in groups]
    out: list[Contradiction] = []
    for told in _generic_acts(groups, generic, "kind").values():  # one kind, the same parties
        for a, b in _told_apart(docs_of, told):
            if _one_described_act(a, b, described):
                out += _date_dispute(a, b)
    return out


def covered_dates_apart(
    groups: list[list[StoredClaim]],
    transfers: Iterable[StoredClaim],
    *,
    generic: Collection[str],
    fresh: Collection[str] = (),
    stop: Collection[str] = (),
) -> list[Contradiction]:
    """(cx32) Date disputes between generic contracts :func:`group_agreements` keeps apart only
    because their one act is dated in different years (:func:`_distinct_agreements`), when each of
    two articles ties its contract to the same transfer, between the same two parties and of one
    system ("signed a contract with Sweden for the guns in 2020" beside the delivery of 24 Archer
    guns, and "bought its 24 Archer guns under a contract signed in 2021"), both years written out
    (:func:`_told_year`) and both called by one name ("contract"). Not when either article tells
    two acts of that contract or a second one ("another contract", "a follow-on contract": a word of
    ``fresh`` before it, :func:`_told_fresh`; "for 24 more guns"), when the two name different
    systems, when both give the contracted quantity and it differs, nor when either article tells
    both acts. The groups are not merged."""
    covered: dict[str, list[StoredClaim]] = defaultdict(list)
    for t in transfers:
        if asserted(t) and t.fields.get("system"):
            covered[t.doc_id].append(t)
    docs_of = [{c.doc_id for c in g} for g in groups]
    out: list[Contradiction] = []
    for (_, parties), told in _generic_acts(groups, generic, "action").items():
        if len(parties) != 2:
            continue
        per_doc = Counter(c.doc_id for _, c in told)
        for a, b in _told_apart(docs_of, told):
            if (
                per_doc[a.doc_id] > 1
                or per_doc[b.doc_id] > 1
                or a.fields.get("another")
                or b.fields.get("another")
                or _told_fresh(a, fresh=fresh, stop=stop)
                or _told_fresh(b, fresh=fresh, stop=stop)
            ):
                continue  # an article that tells two contracts, or a new one
            dates = _one_act_dates(a.fields, b.fields)
            if dates is None or dates[0][:4] == dates[1][:4] or not (_told_year(a) and _told_year(b)):
                continue  # kept apart for another reason than the year, or a fresh act
            if str(a.fields.get("name")).lower() != str(b.fields.get("name")).lower():
                continue  # "a contract" and "an agreement on the support of …"
            if _one_covered_transfer(
                _covering(covered[a.doc_id], a), _covering(covered[b.doc_id], b), parties
            ):
                out += _date_dispute(a, b)
    return out


def _generic_acts(
    groups: list[list[StoredClaim]], generic: Collection[str], by: str
) -> dict[tuple[str, frozenset[str]], list[tuple[int, StoredClaim]]]:
    """The asserted, text-dated acts of generic agreements, with the index of each one's group, by
    (the field ``by`` — "kind" or "action" —, the parties)."""
    acts: dict[tuple[str, frozenset[str]], list[tuple[int, StoredClaim]]] = defaultdict(list)
    for i, g in enumerate(groups):
        for c in g:
            f = c.fields
            if f.get("kind") in generic and f.get("action") and asserted(c) and not report_dated(c):
                acts[(str(f[by]), frozenset(f.get("parties") or ()))].append((i, c))
    return acts


def _told_apart(
    docs_of: list[set[str]], told: list[tuple[int, StoredClaim]]
) -> Iterator[tuple[StoredClaim, StoredClaim]]:
    """The pairs of ``told`` in two groups (whose articles are ``docs_of``), neither of whose
    articles tells the other's act too."""
    for n, (ga, a) in enumerate(told):
        for gb, b in told[n + 1 :]:
            if ga != gb and a.doc_id not in docs_of[gb] and b.doc_id not in docs_of[ga]:
                yield a, b


def _date_dispute(a: StoredClaim, b: StoredClaim) -> list[Contradiction]:
    """The date contradiction between two acts told apart, when both are dated."""
    da, db = _date_of(a), _date_of(b)
    if da is None or db is None:
        return []
    return _conflicts([(da, a), (db, b)], _same_date, "date", _act_subject(a), _fmt_date)


_YEAR = re.compile(r"\b\d{4}\b")


def _told_year(c: StoredClaim) -> bool:
    """Whether a claim dates its act by a year it writes out ("in 2019", "in July 2024"): an act
    told as past history, not a fresh one told by the news ("on Tuesday", "this summer"), which two
    reports months apart tell of two signings."""
    return bool(_YEAR.search(str(c.fields.get("date_text") or "")))


def _covering(ts: list[StoredClaim], act: StoredClaim) -> list[StoredClaim]:
    """(cx35) The transfers an article ties to its contract act: those told in the act's own sentence
    ("signed a contract with Russia in 2021 for four Mi-17 helicopters") when that sentence names one
    system and the article names others besides; else all of the article's."""
    here = [t for t in ts if t.sentence == act.sentence]
    systems = {str(t.fields["system"]).lower() for t in ts}
    if len({str(t.fields["system"]).lower() for t in here}) == 1 < len(systems):
        return here
    return ts


def _one_covered_transfer(ta: list[StoredClaim], tb: list[StoredClaim], parties: frozenset[str]) -> bool:
    """Whether two articles' transfers between ``parties`` are of one system, the same one in
    both, with the same contracted quantity where both give one."""

    def between(ts: list[StoredClaim]) -> list[StoredClaim]:
        return [t for t in ts if frozenset((t.fields.get("supplier"), t.fields.get("recipient"))) == parties]

    sa, sb = between(ta), between(tb)
    systems = {str(t.fields["system"]).lower() for t in sa + sb}
    if not sa or not sb or len(systems) != 1:
        return False
    if any(t.fields.get("status") == "contracted" and t.fields.get("quantity_partial") for t in sa + sb):
        return False  # "a contract for 24 more guns": an order beside one before
    qa = {
        t.fields.get("quantity")
        for t in sa
        if t.fields.get("status") == "contracted" and t.fields.get("quantity")
    }
    qb = {
        t.fields.get("quantity")
        for t in sb
        if t.fields.get("status") == "contracted" and t.fields.get("quantity")
    }
    return not (qa and qb and qa != qb)


def _act_subject(c: StoredClaim) -> str:
    """The subject of an agreement act's contradiction, as :func:`build_agreement` words it."""
    f = c.fields
    return f"{f.get('name') or f.get('kind')} ({'–'.join(sorted(f.get('parties') or ()))}) {f['action']}"


def _one_described_act(a: StoredClaim, b: StoredClaim, described: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether two claims (of one kind and the same parties) of two articles tell one act of an
    agreement described alike, dated months apart in one year."""
    return _described_alike(a, b, described) and _acts_apart(a, b) and not _distinct_agreements(a, b)


def _field_ends_before(c: StoredClaim, at: int) -> list[int]:
    """Where the claim's other fields (not its kind) end, for those that end by ``at``."""
    return [s[1] for k, s in c.field_spans.items() if k != "kind" and s and s[1] <= at]


def _distinct_agreements(a: StoredClaim, b: StoredClaim) -> bool:
    """Two claims that cannot be about one agreement: one article tells them apart ("a second
    memorandum", "two memoranda": the ``another`` ordinal), both give it a proper name and the names
    share no word, or both date the same action in different years (a 2018 contract and a 2024
    contract between the same two countries are two contracts) — unless the article refers back to
    it (:func:`_told_as_one`: "The arrangement was extended once before, in 2022")."""
    fa, fb = a.fields, b.fields
    if a.doc_id == b.doc_id and fa.get("another", 0) != fb.get("another", 0):
        return True  # "signed two memoranda"; "a second memorandum was signed": one article, two agreements
    na, nb = _proper(fa), _proper(fb)
    if na and nb and not set(na.lower().split()) & set(nb.lower().split()):
        return True
    dates = _one_act_dates(fa, fb)
    return dates is not None and dates[0][:4] != dates[1][:4] and not _told_as_one(a, b)


def _one_act_dates(fa: Mapping[str, Any], fb: Mapping[str, Any]) -> tuple[str, str] | None:
    """The two dates of claims telling one action (both dated, not both giving the same proper
    name, which would make them one agreement whatever the dates), else None."""
    da, db = fa.get("date"), fb.get("date")
    if not (fa.get("action") and fa.get("action") == fb.get("action") and da and db):
        return None
    na = _proper(fa)
    return None if na and na == _proper(fb) else (str(da), str(db))


# two reports of one signing disagree by days or weeks; the same act dated further apart than this
# (beyond the dates' precision) is two acts — a July pact and an October contract of two countries
_ACTS_APART_DAYS = 60


def _told_as_one(a: StoredClaim, b: StoredClaim) -> bool:
    """(agr4) Two claims of one article, one of which refers back to the agreement the other is
    about ("renewed their arrangement on Monday … The arrangement was extended once before, in
    2022"): the article's own words make them one agreement, its acts years apart."""
    return a.doc_id == b.doc_id and bool(a.fields.get("refers_back") or b.fields.get("refers_back"))


def _acts_apart(a: StoredClaim, b: StoredClaim) -> bool:
    """Two claims of one action dated more than :data:`_ACTS_APART_DAYS` apart, not both giving
    the same proper name: for a generic kind ("an agreement", "a contract"), two agreements."""
    fa, fb = a.fields, b.fields
    dates = _one_act_dates(fa, fb)
    if dates is None:
        return False
    return not dates_compatible(
        dt.date.fromisoformat(dates[0]),
        fa.get("date_precision"),
        dt.date.fromisoformat(dates[1]),
        fb.get("date_precision"),
        slack_days=_ACTS_APART_DAYS,
    )


def _proper(f: Mapping[str, Any]) -> str | None:
    name = f.get("name")
    return str(name) if name and str(name)[:1].isupper() and str(name).lower() != str(f.get("kind")) else None


def _generic_home(
    c: StoredClaim, groups: list[tuple[str, set[str], list[StoredClaim]]], generic: Collection[str]
) -> list[StoredClaim] | None:
    """The one specific agreement a bare "treaty"/"agreement" claim can only be about, if any."""
    kind = str(c.fields.get("kind"))
    if kind not in generic:
        return None
    parties = set(c.fields.get("parties") or [])
    fits = [
        m
        for g_kind, g_parties, m in groups
        if g_kind not in generic
        and parties <= g_parties
        and any(kind in str(x.fields.get("name", "")).lower() for x in m)
    ]
    return fits[0] if len(fits) == 1 else None


DateValue = tuple[dt.date, str | None]


def _consensus(
    values: list[tuple[Any, StoredClaim]], *, same: Callable[[Any, Any], bool]
) -> tuple[Any, StoredClaim] | None:
    """The value most documents support (ties: the most precise, then earliest claim)."""
    if not values:
        return None
    support: dict[int, set[str]] = defaultdict(set)
    for i, (v, _c) in enumerate(values):
        for w, c2 in values:
            if same(v, w):
                support[i].add(c2.doc_id)
    best = max(range(len(values)), key=lambda i: (len(support[i]), _precision(values[i][1]), -i))
    return values[best]


def _precision(c: StoredClaim) -> int:
    return -_PRECISION_RANK.get(str(c.fields.get("date_precision")), 3)


def _date_of(c: StoredClaim) -> DateValue | None:
    d = c.fields.get("date")
    return (dt.date.fromisoformat(d), c.fields.get("date_precision")) if d else None


def report_dated(c: StoredClaim) -> bool:
    """Whether a claim's date is its report's, not its act's: the date stands after a comma that
    follows every other field of the claim ("…have arrived in Ukraine, officials said on
    Wednesday"), in the attribution rather than in the clause that states the act. Only a day
    is a report's date: a month or a year in the one clause after the comma ("…, all of them
    delivered by March 2024", "…, the last of them in March") tells when the act happened, unless
    it comes after the report."""
    span = c.field_spans.get("date")
    others = [v[1] for k, v in c.field_spans.items() if k != "date" and v]
    if not span or not others or c.doc_text is None:
        return False
    if in_dateline(c.doc_text, span):
        return True  # "ANKARA, 4 March 2024 — Turkey has delivered …": the day it was reported
    last = max(others)
    between = c.doc_text[last : span[0]]
    if last > span[0] or "," not in between:
        return False
    # a report is dated to its day: a month or a year right past the claim's comma ("…, the last
    # of them in March") dates the act; one past a further comma stands in another clause, and
    # one after the report (", with the first due in 2028") tells of a later step, not this act
    return c.fields.get("date_precision") in (None, "day") or between.count(",") > 1 or _after_report(c)


def _after_report(c: StoredClaim) -> bool:
    """Whether a claim's date starts after its report was published."""
    d = c.fields.get("date")
    return bool(d and c.published and dt.date.fromisoformat(d) > c.published)


_DATELINE_PLACE_MAX = 40  # "RIO DE JANEIRO, " — a dateline's place, before its date
_DATELINE_DASH = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?[—–-]\s")


def in_dateline(text: str, span: Sequence[int]) -> bool:
    """Whether ``span`` is the date of a dateline that opens a line: a short place and a comma
    before it, a dash after it ("KYIV, 5 March 2024 — …", "SEOUL, 5 March (Wire) — …")."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    place = text[line_start : span[0]].rstrip()
    if not place.endswith(",") or len(place) > _DATELINE_PLACE_MAX or any(ch in place for ch in "!?"):
        return False
    return _DATELINE_DASH.match(text, span[1]) is not None


def _act_date_of(c: StoredClaim) -> DateValue | None:
    """The date of the act a claim states, None when it has none or only its report's date."""
    return None if report_dated(c) else _date_of(c)


def _same_date(a: DateValue, b: DateValue) -> bool:
    return dates_compatible(a[0], a[1], b[0], b[1])


def _same_place(
    a: str,
    b: str,
    countries: Collection[str] = (),
    homes: Mapping[str, str] | None = None,
    within: Callable[[str, str], bool] | None = None,
    known: Callable[[str], str | None] | None = None,
) -> bool:
    """Two signing places that may be one: the same name, or a whole country (one of
    ``countries``, compared case-blind) against a place that is not a country and that ``homes``
    (names and capitals → their country's code) does not place in another country — "signed in
    Lithuania" and "signed in Vilnius" do not contradict; "Vilnius" and "Riga" do, and so do
    "Latvia" and "Vilnius". ``within`` tells a region holding a city of the other name ("Bavaria"
    and "Munich" do not contradict; "Hanoi" and "Ho Chi Minh City" do). (lead31) With ``known``, a
    place no gazetteer knows may lie in a region or in another unknown place (:func:`_unplaceable`)."""
    ka, kb = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    if ka == kb or (within is not None and (within(a, b) or within(b, a))):
        return True
    if known is not None and _unplaceable(a, b, countries, known):
        return True
    if (ka in countries) == (kb in countries):
        return False
    ha, hb = (homes or {}).get(ka), (homes or {}).get(kb)
    return not (ha and hb and ha != hb)


def _unplaceable(a: str, b: str, countries: Collection[str], known: Callable[[str], str | None]) -> bool:
    """(lead31) One of two signing places is unknown to the gazetteer and the other is no known city
    (a region, a country or unknown too): whether one holds the other cannot be told ("Velkorsk" and
    "Bavaria"); an unknown place against a known city ("Velkorsk" and "Vienna") is another place.
    (cx57) A region the text names as such but the gazetteer does not bound ("the Khorezm region")
    may hold any place but another such region."""
    kinds = ["region" if " ".join(x.casefold().split()) in countries else known(x) for x in (a, b)]
    if kinds.count("area") == 1:
        return True
    return None in kinds and "place" not in kinds


def _place_preposition(c: StoredClaim) -> str:
    """The preposition the extraction recorded before a claim's place, lower-case ("in", "at"),
    else "" (a claim stored before it recorded one)."""
    return str(c.fields.get("place_preposition") or "")


def _same_site(
    a: tuple[str, str],
    b: tuple[str, str],
    countries: Collection[str] = (),
    homes: Mapping[str, str] | None = None,
    within: Callable[[str, str], bool] | None = None,
    known: Callable[[str], str | None] | None = None,
) -> bool:
    """Two signing places that may be one (:func:`_same_place`); a site named with another
    preposition than a city ("at Camp David", "in Washington") may lie in it, and is not compared."""
    (pa, wa), (pb, wb) = a, b
    return bool(wa and wb and wa != wb) or _same_place(pa, pb, countries, homes, within, known)


def _first(v: tuple[str, str]) -> str:
    return v[0]


def same_agreement(a: StoredClaim, b: StoredClaim) -> bool:
    """Whether two claims of one merged agreement can be compared as the same agreement: their
    party sets are equal, one holds the other, or they share more than half of all their parties.
    A group that grew through a third claim ({EGY, SOM} and {ETH, SOM, TUR} via {EGY, ETH, SOM})
    holds claims about different agreements; their dates, places and signatures are not compared."""
    pa, pb = set(a.fields.get("parties") or []), set(b.fields.get("parties") or [])
    if not pa or not pb or pa <= pb or pb <= pa:
        return True
    return 2 * len(pa & pb) > len(pa | pb)


def build_agreement(
    members: list[StoredClaim],
    today: dt.date,
    *,
    countries: Collection[str] = (),
    homes: Mapping[str, str] | None = None,
    figures: Figures,
    within: Callable[[str, str], bool] | None = None,
    known: Callable[[str], str | None] | None = None,
) -> tuple[AgreementRecord, list[Contradiction]]:
    """One agreement record from its claims, and the contradictions among them (``countries``:
    the names of whole countries, case-folded, which as a signing place contain any city but the
    capitals ``homes`` places in another country; ``figures``: the lexicon's figure qualifiers, by
    which values are compared; ``within``: whether a place is a region that holds a place of the
    other name)."""
    order = sorted(
        members, key=lambda c: (c.fields.get("refers_back", False), c.published or dt.date.max, c.id)
    )
    first = order[0]
    kind = first.fields["kind"]
    # (cx34) the agreement's own name where a member gives one ("Japan's new pact with Malaysia" before
    # "the Reciprocal Access Agreement that the two signed"), else the first member's word
    own = next((c for c in order if _proper(c.fields)), first)
    name = own.fields.get("name") or kind
    parties = sorted({p for c in members for p in c.fields.get("parties") or []})
    # two agreements of one kind between the same parties (a 2018 and a 2024 contract) differ by
    # their own name or the year of their first dated action
    years = sorted(str(c.fields["date"])[:4] for c in members if c.fields.get("date"))
    id_parts = [kind, ",".join(parties), _proper(first.fields) or "", years[0] if years else ""]
    another = max(int(c.fields.get("another", 0)) for c in members)  # "a second memorandum"
    record_id = _id("ag", *id_parts, *([another] if another else []))
    fields: dict[str, Sourced] = {}
    contradictions: list[Contradiction] = []
    by_action: dict[str, list[StoredClaim]] = defaultdict(list)
    for c in members:
        if c.fields.get("action") and asserted(c):
            by_action[c.fields["action"]].append(c)
    fields.update(_planned(members))
    contradictions += _action_denied(members, name, parties)
    contradictions += _lapsed_after_extension(members, f"{name} ({'–'.join(parties)}) extended")
    contradictions += _value_conflicts(members, f"{name} ({'–'.join(parties)}) signed", figures)
    for action in AGREEMENT_ACTIONS:
        cs = by_action.get(action, [])
        dates = [(d, c) for c in cs if (d := _date_of(c))]
        places = [(c.fields["place"], c) for c in cs if c.fields.get("place")]
        subject = f"{name} ({'–'.join(parties)}) {action}"
        if (best := _consensus(dates, same=_same_date)) is not None:
            ev = evidence(best[1], "date")
            fields[f"{action}.date"] = SourcedDate(best[0][0].isoformat(), ev, precision=best[0][1])
        same_place = functools.partial(
            _same_place, countries=countries, homes=homes or {}, within=within, known=known
        )
        if (bestp := _consensus(places, same=same_place)) is not None:
            fields[f"{action}.place"] = _provenance(bestp[1], "place", bestp[0])
        acts = [(d, c) for d, c in dates if not report_dated(c)]
        related = _same_ratification if action == "ratified" else same_agreement
        contradictions += _conflicts(acts, _same_date, "date", subject, _fmt_date, related=related)
        worded = [((v, _place_preposition(c)), c) for v, c in places]
        contradictions += _conflicts(
            worded,
            functools.partial(_same_site, countries=countries, homes=homes or {}, within=within, known=known),
            "place",
            subject,
            _first,
            related=related,
        )
        signers = [(c.fields["signer"], c) for c in cs if c.fields.get("signer")]
        if signers:
            fields[f"{action}.signer"] = _provenance(signers[0][1], "signer", signers[0][0])
    for key, span in (
        ("value_usd", "value"),
        ("value", "value"),
        ("value_currency", "value"),
        ("value_text", "value"),
        ("until_year", "until_year"),
        ("duration_years", "duration_years"),
    ):
        vals = [(c.fields[key], c) for c in members if c.fields.get(key) is not None]
        if vals:
            v = Counter(v for v, _ in vals).most_common(1)[0][0]
            c = next(cc for vv, cc in vals if vv == v)
            fields[key] = _provenance(c, span, v)
    if (end := _term_end(fields)) is not None:
        fields["term_end"] = end
    record = AgreementRecord(
        id=record_id,
        kind=kind,
        name=name,
        parties=parties,
        **_flatten_agreement(fields, by_action, today),
        disputed=sorted({f"{x.action}.{x.field}" for x in contradictions}),
        doc_ids=sorted({c.doc_id for c in members}),
        claim_ids=sorted(c.id for c in members),
        event_ids=sorted({c.event_id for c in members if c.event_id}),
        fields=fields,
        sources=[
            evidence(c, "action" if c.fields.get("action") else "kind")
            for c in sorted(members, key=lambda c: c.id)
        ],
    )
    return record, contradictions


def _planned(members: list[StoredClaim]) -> dict[str, Sourced]:
    """The acts the agreement's sources say are to come ("will sign it in Manila next week"): per
    action, ``<action>.planned`` with the date it is planned for (None when the text gives none)
    and the evidence of its first source. A plan is no act: it sets no status and contradicts
    neither the act nor its denial."""
    out: dict[str, Sourced] = {}
    for c in sorted(members, key=lambda c: (c.published or dt.date.max, c.id)):
        action = c.fields.get("action")
        if action and c.fields.get("modality") == "future" and f"{action}.planned" not in out:
            date = c.fields.get("date")
            out[f"{action}.planned"] = SourcedDate(
                date, evidence(c, "action"), precision=c.fields.get("date_precision") if date else None
            )
    return out


def _term_end(fields: Mapping[str, Sourced]) -> Sourced | None:
    """The year an agreement's term ends when the text gives its length but not its end: "a
    ten-year deal signed in 2024" runs until 2034 — counted from its entry into force when one is
    known, else from its signing (the evidence is the duration's); None when an end is given. Only
    a stated end makes the agreement expired: a term may have been extended without the text saying."""
    duration, start = fields.get("duration_years"), fields.get("in-force.date") or fields.get("signed.date")
    if "until_year" in fields or duration is None or start is None:
        return None
    return replace(duration, value=int(str(start.value)[:4]) + int(duration.value))


def _action_denied(members: list[StoredClaim], name: str, parties: list[str]) -> list[Contradiction]:
    """One source says the agreement was signed (ratified …), another that it was not ("has
    still not signed") — unless the denial was published before the act it denies."""
    out = []
    for action in ("signed", "ratified", "extended", "in-force"):
        said = [
            (f"not {action}" if denied(c) else action, c)
            for c in members
            if c.fields.get("action") == action and (asserted(c) or denied(c))
        ]
        subject = f"{name} ({'–'.join(parties)}) {action}"
        one = {"extended": _same_extension, "ratified": _same_ratification}.get(action, same_agreement)
        related = _and(one, _same_signatories)
        out += _status_conflicts(said, subject, negative=f"not {action}", related=related)
    return out


def _lapsed_after_extension(members: list[StoredClaim], subject: str) -> list[Contradiction]:
    """One source says the agreement expired on a date already past when it wrote ("expired on 1
    February"), another that it was extended before that date ("extended automatically in
    January"): an extension before the end keeps it in force. An extension after it (a lapsed
    pact revived) or undated is no dispute."""
    out: list[Contradiction] = []
    for gone in members:
        end = _date_of(gone) if gone.fields.get("action") == "expires" and asserted(gone) else None
        if end is None or gone.published is None:
            continue
        ended = date_interval(end[0], end[1])[0]
        if ended > gone.published:
            continue  # a term that ends later: no lapse yet
        for kept in members:
            act = _date_of(kept) if kept.fields.get("action") == "extended" and asserted(kept) else None
            if act is None or kept.doc_id == gone.doc_id or date_interval(act[0], act[1])[1] >= ended:
                continue
            out += _opposed(("expired", gone), ("extended", kept), subject)
    return out


def _opposed(a: tuple[str, StoredClaim], b: tuple[str, StoredClaim], subject: str) -> list[Contradiction]:
    """The status contradiction between two claims of different documents that say opposite
    things (``a`` and ``b``: what each says, and the claim)."""
    found = _conflicts([a, b], lambda x, y: x == y, "status", subject, str)
    return [replace(x, kind="status") for x in found]


def _and(*tests: Callable[[StoredClaim, StoredClaim], bool]) -> Callable[[StoredClaim, StoredClaim], bool]:
    return lambda a, b: all(t(a, b) for t in tests)


def _or(*tests: Callable[[StoredClaim, StoredClaim], bool]) -> Callable[[StoredClaim, StoredClaim], bool]:
    return lambda a, b: any(t(a, b) for t in tests)


def _same_signatories(a: StoredClaim, b: StoredClaim) -> bool:
    """Whether an act and its denial name one agreement's signatories: the same parties, one side
    naming a single party ("Kenya has not signed it"), or the same proper name. "Ethiopia has not
    signed an agreement with Somalia" says nothing of a protocol that Egypt signed with them."""
    pa, pb = set(a.fields.get("parties") or []), set(b.fields.get("parties") or [])
    same_name = _proper(a.fields) is not None and _proper(a.fields) == _proper(b.fields)
    return pa == pb or min(len(pa), len(pb)) < 2 or same_name


def _same_ratification(a: StoredClaim, b: StoredClaim) -> bool:
    """Two ratification claims that can be about one ratification: of one agreement, and not by
    two different parties ("the Dutch parliament ratified it on 20 June", "Belgium's on 21 June")."""
    ra, rb = a.fields.get("ratified_by"), b.fields.get("ratified_by")
    return same_agreement(a, b) and not (ra and rb and ra != rb)


def _value_conflicts(members: list[StoredClaim], subject: str, figures: Figures) -> list[Contradiction]:
    """Two sources give one agreement values in the same currency whose ranges do not meet
    ("worth €6.6 billion" and "worth €5.5 billion"; "up to $3 billion" and "$2.5 billion" do);
    values in different currencies are not compared (no rate table), nor an extension's added sum
    with the agreement's worth (:func:`_worth_of`), and the subject is the signing's, whose record
    the value belongs to."""
    by_action: dict[str, list[tuple[tuple[tuple[float, float], str], StoredClaim]]] = defaultdict(list)
    for c in members:
        if c.fields.get("value") is not None and c.fields.get("value_currency") and asserted(c):
            value = (_value_range(c, figures), str(c.fields["value_currency"]))
            by_action[_worth_of(c)].append((value, c))
    return [
        x
        for _, values in sorted(by_action.items())
        for x in _conflicts(values, _same_value, "value", subject, _fmt_value, related=same_agreement)
    ]


_ADDS_WORTH = frozenset({"extended"})  # an act whose sum is added to the agreement's, not its worth


def _worth_of(c: StoredClaim) -> str:
    """Which worth a claim's value states: an extension's added sum, else the agreement's own —
    "signed a deal worth €3.2 billion" and "the deal is valued at €2.6 billion" (no act) both."""
    action = str(c.fields.get("action") or "")
    return action if action in _ADDS_WORTH else "signed"


_DIGIT = re.compile(r"\d")
_LAST_WORD = re.compile(r"\S+\s*$")
_WORD_START = re.compile(r"(?<=\s)\S")


def _value_range(c: StoredClaim, figures: Figures) -> tuple[float, float]:
    """The values a stated worth allows, by the qualifier before its figure and its currency
    ("up to $3 billion", "around SEK 2.9 billion"); a plain round sum keeps its rounding margin."""
    text = str(c.fields.get("value_text") or "")
    m = _DIGIT.search(text)
    if m is None:  # a sum in words ("about two billion euros"): the qualifier before any of its words
        starts = (w.start() for w in _WORD_START.finditer(text))
        qualifier = next((q for at in starts if (q := qualifier_before(text[:at], figures))), None)
    else:
        before = text[: m.start()]
        qualifier = qualifier_before(before, figures) or qualifier_before(_LAST_WORD.sub("", before), figures)
    value = float(c.fields["value"])
    fraction = figures.fraction_sum
    if (qualifier or "").lower() in figures.approximate and fraction is not None and fraction.search(text):
        # (cx25) "about $2.9 billion" gives its tenths: nearer than "about 40" (not $3.4 billion)
        return value * (1 - _FRACTION_MARGIN), value * (1 + _FRACTION_MARGIN)
    return quantity_interval(value, qualifier, figures=figures)


_FRACTION_MARGIN = 0.1  # an approximate sum stated with a decimal fraction: within a tenth of it


def _same_value(a: tuple[tuple[float, float], str], b: tuple[tuple[float, float], str]) -> bool:
    (ra, ca), (rb, cb) = a, b
    return ca != cb or figures_compatible(ra, rb)


def _fmt_value(v: tuple[tuple[float, float], str]) -> str:
    (lo, hi), currency = v
    return f"{lo:,.0f} {currency}" if lo == hi else f"{lo:,.0f}–{hi:,.0f} {currency}"


_RENEWAL_GAP_DAYS = 365  # a denial this long after a dated extension is about a later renewal


def _same_extension(a: StoredClaim, b: StoredClaim) -> bool:
    """An extension and a denial of one that can be about the same renewal: an agreement is
    extended again and again ("extended in 2021" and, years later, "has not extended it")."""
    if not same_agreement(a, b):
        return False
    done, denial = (b, a) if denied(a) else (a, b)
    act = _act_date_of(done)
    if act is None or denial.published is None:
        return True
    last_day = date_interval(act[0], act[1])[1]
    return (denial.published - last_day).days <= _RENEWAL_GAP_DAYS


def denied(c: StoredClaim) -> bool:
    """Whether a claim says its act did not happen ("has not signed", "were never sent")."""
    return bool(c.fields.get("negated")) or c.fields.get("modality") == "negated"


def _fmt_date(d: DateValue) -> str:
    value, precision = d
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return value.strftime("%Y-%m")
    return value.isoformat()


def _conflicts(
    values: list[tuple[Any, StoredClaim]],
    same: Callable[[Any, Any], bool],
    field: str,
    subject: str,
    fmt: Callable[[Any], str],
    *,
    related: Callable[[StoredClaim, StoredClaim], bool] | None = None,
) -> list[Contradiction]:
    """One contradiction per pair of documents whose values for ``field`` cannot both be true
    (``related``: whether two claims are about the same thing at all; all are by default)."""
    out = []
    seen: set[tuple[str, str]] = set()
    for i, (va, ca) in enumerate(values):
        for vb, cb in values[i + 1 :]:
            pair = (min(ca.doc_id, cb.doc_id), max(ca.doc_id, cb.doc_id))
            if ca.doc_id == cb.doc_id or pair in seen or same(va, vb):
                continue
            if related is not None and not related(ca, cb):
                continue
            seen.add(pair)
            a, b = (ca, cb) if ca.doc_id <= cb.doc_id else (cb, ca)
            fa, fb = (va, vb) if a is ca else (vb, va)
            out.append(
                Contradiction(
                    id=_id("cx", subject, field, a.id, b.id),
                    kind=field,
                    subject=subject,
                    field=field,
                    action=subject.rsplit(" ", 1)[-1],
                    value_a=fmt(fa),
                    value_b=fmt(fb),
                    doc_a=a.doc_id,
                    doc_b=b.doc_id,
                    claim_a=a.id,
                    claim_b=b.id,
                    evidence=(evidence(a, field), evidence(b, field)),
                )
            )
    return out


def _flatten_agreement(
    fields: dict[str, Sourced], by_action: dict[str, list[StoredClaim]], today: dt.date
) -> dict[str, Any]:
    def val(key: str) -> Any:
        return fields[key].value if key in fields else None

    def prec(key: str) -> str | None:
        found = fields.get(key)
        return found.precision if isinstance(found, SourcedDate) else None

    stated_end = val("until_year")
    status = "mentioned"
    for action in ("signed", "ratified", "in-force", "extended"):
        if by_action.get(action):
            status = action
    if stated_end is not None and stated_end < today.year:
        status = "expired"
    return {
        "signed": val("signed.date"),
        "signed_precision": prec("signed.date"),
        "signed_place": val("signed.place"),
        "signer": val("signed.signer"),
        "ratified": val("ratified.date"),
        "ratified_precision": prec("ratified.date"),
        "in_force": val("in-force.date"),
        "expires_year": stated_end if stated_end is not None else val("term_end"),
        "duration_years": val("duration_years"),
        "value_usd": val("value_usd"),
        "status": status,
    }


# --- transfers and deployments -------------------------------------------------------------------


def build_transfers(
    claims: list[StoredClaim],
    *,
    figures: Figures,
    bounds: Collection[str] = (),
    aggregate: str | None = None,
    partial: re.Pattern[str] | None = None,
    not_designators: Collection[str] = (),
    completing: re.Pattern[str] | None = None,
    clause_break: re.Pattern[str] | None = None,
    arrival: re.Pattern[str] | None = None,
    delayed: re.Pattern[str] | None = None,
    negation: re.Pattern[str] | None = None,
    kinds: Mapping[str, Collection[str]] | None = None,
) -> tuple[list[TransferRecord], list[Contradiction]]:
    """Transfer records (supplier, recipient, system) and conflicting-figure contradictions
    (``figures``: the lexicon's words for vague figures and qualifiers; ``bounds``: the words
    that make a date a deadline, "by 2026"; ``aggregate``: the system of "weapons", "arms",
    which a denial of covers every system; ``partial``: what before a system makes it a part of
    the transfer, "the first", "another"; ``not_designators``: capitalised words that name a
    kind of weapon or a country, not one model, "SAM", "NATO", "US"; ``completing``: what in a
    delivery's own clause makes it the last batch of its order, "completing the order" — with none
    given, no delivery is; ``clause_break``: where a clause ends, "; ", ", and", "but"; ``arrival``:
    a verb of arriving, "arrived", "landed" — a date in its clause dates the arrival, not the sending;
    ``delayed``: right after a cue, the date a negated step is put off to, "until 2028", and
    ``negation``: a cue's negation, "not" — "will not arrive until 2028" dates no earlier than 2028;
    ``kinds``: a generic noun → the equipment categories it may stand for, "tank" → tank)."""
    explicit = {
        (c.doc_id, c.fields.get("supplier"), c.fields.get("recipient"))
        for c in claims
        if c.fields.get("status") != "mentioned" and asserted(c)
    }
    keyed: dict[tuple[Any, Any, str], list[StoredClaim]] = defaultdict(list)
    for c in claims:
        f = c.fields
        keyed[(f.get("supplier"), f.get("recipient"), str(f.get("system")))].append(c)
    groups = _join_named(keyed, stop=not_designators, kinds=kinds or {})
    records: list[TransferRecord] = []
    contradictions: list[Contradiction] = []
    same_group = _same_figure_group(figures)
    grown = _running_total(figures, adds_up=_handed_over)
    quantity = _once_per_claim(lambda c: _figure(c, "quantity", figures))  # one memo for the tests below
    total_and_batch = _total_and_batch(figures, quantity=quantity)

    period_sum = _period_sum("quantity", figures, adds_up=_handed_over)

    corrects = _once_per_claim(lambda c: _corrects_a_report(c, figures))

    wholes = _once_per_claim(lambda c: _broken_down(c, figures))

    def breakdown(a: StoredClaim, b: StoredClaim) -> bool:
        return _part_of_told_whole(a, b, wholes, quantity) or _part_of_told_whole(b, a, wholes, quantity)

    shrank = _total_shrank(figures, quantity=quantity)

    def one_count(a: StoredClaim, b: StoredClaim) -> bool:
        return (
            (_same_transfer_step(a, b) or shrank(a, b))
            and same_group(a, b)
            and (corrects(a) or corrects(b) or not (grown(a, b) or period_sum(a, b)))
            and not total_and_batch(a, b)
            and not breakdown(a, b)
        )

    opening = _one_opening_batch(figures, clause_break)

    below_batch = _total_below_batch(figures, batch=lambda c: dating.batch(c), quantity=quantity)

    def batch_and_whole(a: StoredClaim, b: StoredClaim) -> bool:
        # a batch ("two more … last week") is one act, never a running count that grew
        return (
            _same_transfer_step(a, b)
            and same_group(a, b)
            and not total_and_batch(a, b)
            and (_one_dated_act(a, b, figures) or below_batch(a, b))
        )

    dating = _Dating(
        bounds=bounds,
        partial=partial,
        arrived=_once_per_claim(lambda c: _arrival_dated(c, arrival, clause_break)),
        put_off=_once_per_claim(lambda c: _put_off(c, delayed, negation, clause_break)),
        batch=_once_per_claim(
            lambda c: _batch_word(c, figures, lambda x: _completes(x, completing, clause_break))
        ),
        unit=_once_per_claim(lambda c: _unit_name(c, figures)),
        lone=_once_per_claim(lambda c: _definite_single(c, figures)),
    )

    for (supplier, recipient, system), cs in sorted(groups.items(), key=lambda kv: str(kv[0])):
        statuses = sorted(
            {c.fields["status"] for c in cs if c.fields["status"] != "mentioned" and asserted(c)},
            key=STATUS_RANK.__getitem__,
        )
        reported = any(
            (c.doc_id, supplier, recipient) in explicit for c in cs if c.fields["status"] == "mentioned"
        )
        if not statuses and not reported:
            continue
        subject = f"{system} {supplier}→{recipient}"  # as transfer_subjects() lists them
        # claims keyed by a bare noun ("systems") are compared only within one model they name
        parts = [cs] if any(c.fields.get("category") for c in cs) else _model_parts(cs, not_designators)
        disputed = _unique(
            x
            for p in parts
            for x in _delivery_conflicts(
                p,
                f"{subject} delivery",
                figures=figures,
                partial=partial,
                completes=lambda c: _completes(c, completing, clause_break),
            )
        )
        if supplier and recipient:  # a transfer is between two parties; one alone is a claim only
            records.append(
                _transfer_record(supplier, recipient, system, cs, statuses or ["reported"], disputed=disputed)
            )
        found: list[Contradiction] = []
        for p in parts:
            found += _figure_conflicts(
                p,
                "quantity",
                f"{subject} quantity",
                figures=figures,
                related=one_count,
                told=functools.partial(_figure_told, figures=figures),
                batch_and_whole=batch_and_whole,
                bounds=bounds,
                opening=opening,
            )
            found += _transfer_date_conflicts(p, subject, figures=figures, dating=dating)
        contradictions += _unique(found) + disputed
    contradictions += _kind_denied(groups, figures=figures, aggregate=aggregate)
    contradictions += _family_denied(groups, figures=figures, stop=not_designators)
    return records, contradictions


_NAME_WORD = re.compile(r"[^\W_](?:[\w-]*\w)?")
_NAME_WORD_MIN = 3  # shorter words of a system's name ("2" of "Leopard 2") name nothing alone


def _corrects_a_report(c: StoredClaim, figures: Figures) -> bool:
    """Whether a claim's sentence sets its figure against an earlier report (``figures.corrected``:
    "twelve, not the smaller figure reported earlier"): its figure and another of the same step
    are then a dispute, not a count that grew over the period."""
    rx = figures.corrected
    return bool(rx is not None and c.sentence and rx.search(c.sentence))


def _broken_down(c: StoredClaim, figures: Figures) -> frozenset[float]:
    """(cx58) The wholes a claim's sentence breaks down into kinds (``figures.breakdown``: "the 30
    vehicles shipped in April included six ammunition carriers")."""
    rx = figures.breakdown
    if rx is None or not c.sentence:
        return frozenset()
    return frozenset(float(m.group(1).replace(",", "")) for m in rx.finditer(c.sentence))


def _part_of_told_whole(
    part: StoredClaim,
    whole: StoredClaim,
    wholes: Callable[[StoredClaim], frozenset[float]],
    quantity: _Quantity,
) -> bool:
    """(cx58) Whether ``part``'s sentence breaks down the very figure ``whole`` gives into kinds and
    ``part``'s own figure is smaller: "30 vehicles of the K9 family" beside "the 30 vehicles …
    included six carriers, so … 24 K9 howitzers" is one shipment, counted whole and by kind."""
    qp, qw = quantity(part), quantity(whole)
    if qp is None or qw is None or qp[1] >= qw[0]:
        return False
    return any(qw[0] <= w <= qw[1] for w in wholes(part))


def _unique(found: Iterable[Contradiction]) -> list[Contradiction]:
    """``found`` less repeats of one contradiction (a denial compared within each model's part)."""
    return list({x.id: x for x in found}.values())


def _model_marks(c: StoredClaim, stop: Collection[str]) -> set[str]:
    """What names the model of an unknown system a claim tells of: the designators of its name
    ("M-346", "Falcor-9") and its leading proper name ("Skyranger"), each with its longer
    alphabetic parts ("falcor" of "falcor-9"), so that "Falcor-9" and "Falcor 9" meet."""
    marks = system_designators(str(c.fields.get("system_name") or ""), stop=stop) | _unknown_names(c, stop)
    parts = {p for m in marks for p in re.split(r"[\s-]+", m) if len(p) >= _NAME_WORD_MIN and p.isalpha()}
    return marks | {p for p in parts if p not in stop}


def _model_parts(cs: list[StoredClaim], stop: Collection[str] = ()) -> list[list[StoredClaim]]:
    """The claims of an unknown system keyed by its bare noun ("six Skyranger systems", "ten
    Falcor-9 systems": both ``system``), split by the model each names: claims whose names share
    no mark (:func:`_model_marks`) tell of two systems. Claims that name no model join the one
    model named; beside two or more models, a denial among them ("has not delivered any systems")
    joins every model's part — it covers them all — and the others are a part of their own (which
    model they mean is unknown)."""
    marks = {c.id: _model_marks(c, stop) for c in cs}
    parts: list[tuple[set[str], list[StoredClaim]]] = []
    for c in sorted(cs, key=lambda c: c.id):
        if not marks[c.id]:
            continue
        joined = [p for p in parts if p[0] & marks[c.id]]
        merged: tuple[set[str], list[StoredClaim]] = (set(marks[c.id]), [c])
        for p in joined:
            merged[0].update(p[0])
            merged[1].extend(p[1])
            parts.remove(p)
        parts.append(merged)
    if len(parts) <= 1:
        return [cs]
    plain = [c for c in cs if not marks[c.id] and not denied(c)]
    every = [c for c in cs if not marks[c.id] and denied(c)]
    return [sorted(p[1] + every, key=cs.index) for p in parts] + ([plain + every] if plain else [])


def _join_named(
    groups: Mapping[tuple[Any, Any, str], list[StoredClaim]],
    *,
    stop: Collection[str] = (),
    kinds: Mapping[str, Collection[str]] | None = None,
) -> dict[tuple[Any, Any, str], list[StoredClaim]]:
    """The claims keyed by a generic noun whose own words name a known system of the same two
    parties ("nineteen Caesar guns", "Leopard 2A8 tanks" beside CAESAR, Leopard 2), moved to
    that system's group — only when exactly one such system fits (``stop``: capitalised words
    that are no designator, :func:`system_designators`); a claim named by generic nouns only
    ("24 tanks") joins the one known system of the two parties whose category such a noun may
    stand for (``kinds``: noun → categories, :func:`_kind_home`)."""
    named = {k: cs for k, cs in groups.items() if any(c.fields.get("category") for c in cs)}
    categories = {
        k: {str(c.fields["category"]) for c in cs if c.fields.get("category")} for k, cs in named.items()
    }
    words = {k[2]: _name_words(k[2]) for k in named}
    makers = {k: {w for c in cs for w in _name_words(str(c.fields.get("system_name") or ""))} - words[k[2]]
              for k, cs in named.items()}  # fmt: skip
    marks = {k: system_designators(k[2], *(str(c.fields.get("system_name") or "") for c in cs), stop=stop)
             | (set() if k in named else {n for c in cs for n in _unknown_names(c, stop)})
             for k, cs in groups.items()}  # fmt: skip
    out: dict[tuple[Any, Any, str], list[StoredClaim]] = defaultdict(list)
    for key, cs in groups.items():
        for c in cs:
            home = None
            if key not in named:
                name = str(c.fields.get("system_name") or "")
                said = set(_NAME_WORD.findall(name.casefold())) | _hyphen_heads(name)
                mark = system_designators(name, stop=stop)
                fits = [k for k in named if k[:2] == key[:2] and (words[k[2]] & said or marks[k] & mark)]
                home = fits[0] if len(fits) == 1 else None
                if not fits:
                    home = _maker_home(key, _proper_name(c, stop), makers)
                if home is None and not fits:
                    own = _unknown_names(c, stop)
                    home = _unnamed_home(key, mark | own, marks, named)
                    if home is None and not mark and not own:
                        home = _kind_home(key, _kind_words(name), categories, kinds or {})
            out[home or key].append(c)
    return out


def _maker_home(
    key: tuple[Any, Any, str], lead: str | None, makers: Mapping[tuple[Any, Any, str], set[str]]
) -> tuple[Any, Any, str] | None:
    """The one known system of ``key``'s two parties whose full name holds, beside its model, the
    proper name a generic claim opens with — its maker ("Sukhoi fighters" beside Su-30MK2, known
    as Sukhoi Su-30MK2); None when no such system fits or more than one does (``makers``: per
    known system, the words of its full names that are not its model's)."""
    if lead is None:
        return None
    said = set(lead.split())
    fits = [k for k, extra in makers.items() if k[:2] == key[:2] and said <= extra]
    return fits[0] if len(fits) == 1 else None


def _kind_home(
    key: tuple[Any, Any, str],
    words: Collection[str],
    categories: Mapping[tuple[Any, Any, str], set[str]],
    kinds: Mapping[str, Collection[str]],
) -> tuple[Any, Any, str] | None:
    """The one known system of ``key``'s two parties whose category a generic noun among
    ``words`` may stand for (``kinds``, by the noun's singular): "24 tanks" beside K2 Black
    Panther (tank); None when no system fits or more than one does."""
    wanted = {k for w in words for k in kinds.get(_singular(w, kinds), ())}
    fits = [k for k, cats in categories.items() if k[:2] == key[:2] and cats & wanted]
    return fits[0] if len(fits) == 1 else None


def _singular(word: str, known: Collection[str]) -> str:
    """``word`` as one of ``known`` nouns when its plural ("tanks", "batteries" → "battery")."""
    for cut, add in (("", ""), ("s", ""), ("es", ""), ("ies", "y")):
        if word.endswith(cut) and (form := word[: len(word) - len(cut)] + add) in known:
            return form
    return word


def _unnamed_home(
    key: tuple[Any, Any, str],
    mark: set[str],
    marks: Mapping[tuple[Any, Any, str], set[str]],
    named: Collection[tuple[Any, Any, str]],
) -> tuple[Any, Any, str] | None:
    """The group, keyed by another generic noun, whose claims name the same designator as a claim
    of ``key`` between the same two parties ("a Hisar-O air defence system", "the Hisar-O
    battery"): the first such key in order, so that every such group lands in one."""
    fits = sorted((k for k in marks if k[:2] == key[:2] and k not in named and marks[k] & mark), key=str)
    return fits[0] if fits and fits[0] != key else None


_OPENING_MARKS = " \t\n\"'“‘"  # what may stand before a sentence's first word
_LEAD_ENDS = ("—", "–", ":")  # a dateline's dash, a lead's colon: a sentence body opens after them


def _proper_name(c: StoredClaim, stop: Collection[str] = ()) -> str | None:
    """The proper name an unknown system's name opens with, case-folded: its leading capitalised
    words ("Piranha armoured vehicles" → "piranha"; "Iron Dome batteries" → "iron dome"), the
    extraction having left a maker's country's adjective out of the name. None when the name opens
    its sentence or a dateline's body ("Armoured vehicles were …": the capital tells nothing), when
    its span is unknown, or when every leading word is in ``stop`` ("SAM batteries")."""
    span, text = c.field_spans.get("system"), c.doc_text
    if not span or text is None:
        return None
    before = text[c.start : span[0]].rstrip(_OPENING_MARKS)
    if not before or before.endswith(_LEAD_ENDS):
        return None
    lead: list[str] = []
    for w in str(c.fields.get("system_name") or "").split():
        if not w[:1].isupper():
            break
        lead.append(w.casefold())
    return " ".join(lead) if lead and not all(w in stop for w in lead) else None


def _unknown_names(c: StoredClaim, stop: Collection[str] = ()) -> set[str]:
    """The names of an unknown system a claim gives: its name's leading proper name
    (:func:`_proper_name`) and a model name left out of it (:func:`_left_out_name`)."""
    return {n for n in (_proper_name(c, stop), _left_out_name(c, stop)) if n}


_LEFT_OUT_REACH = 30  # how far before a generic system noun a model name left out of it may start


def _left_out_name(c: StoredClaim, stop: Collection[str] = ()) -> str | None:
    """A model name right before a claim's system noun that extraction left out of the system's
    name ("ten PzH 2000 self-propelled guns", "14 PzH 2000 howitzers" → "pzh 2000"), case-folded:
    the run of capitalised and numeric words right before the noun, less a leading count, holding
    a digit and a capitalised word not in ``stop``. None for a country's adjective or a maker
    ("German howitzers": no digit), or when the span is unknown."""
    span, text = c.field_spans.get("system"), c.doc_text
    if not span or text is None:
        return None
    run: list[str] = []
    for w in reversed(text[max(c.start, span[0] - _LEFT_OUT_REACH) : span[0]].split()):
        if not (w[:1].isupper() or w[:1].isdigit()):
            break
        run.insert(0, w)
    while run and not any(ch.isalpha() for ch in run[0]):
        run.pop(0)  # the count: "14", "1,000"
    named = [w for w in run if w[:1].isupper() and w.casefold() not in stop]
    if not named or not any(ch.isdigit() for w in run for ch in w):
        return None
    return " ".join(run).casefold()


def _name_words(system: str) -> set[str]:
    words = {w for w in _NAME_WORD.findall(system.casefold()) if len(w) >= _NAME_WORD_MIN and not w.isdigit()}
    return words | _hyphen_heads(system)


def _hyphen_heads(name: str) -> set[str]:
    """The proper names that open hyphenated words of a system's name, case-folded: "Abukuma-class
    frigates" → "abukuma", so that "Abukuma frigates" names the same ships. Only a capitalised head
    of three letters or more counts ("US-made", "self-propelled" add nothing)."""
    heads = (w.split("-", 1)[0] for w in _NAME_WORD.findall(name) if "-" in w)
    return {h.casefold() for h in heads if h[:1].isupper() and len(h) >= _NAME_WORD_MIN and h.isalpha()}


def _kind_words(name: str) -> set[str]:
    """The words of a generic system name that may name a kind of equipment: each word and each two
    neighbours joined by a hyphen ("air defence systems" → "air-defence"), as the lexicon's
    ``generic_kinds`` keys them."""
    words = _NAME_WORD.findall(name.casefold())
    return set(words) | {f"{a}-{b}" for a, b in itertools.pairwise(words)}


def system_designators(*names: str, stop: Collection[str] = ()) -> set[str]:
    """The words of system names that are model designators, not ordinary words: a letter then a
    digit ("FA-50", "NH90", "K2"; not a calibre, "155mm"), capitalised parts joined by hyphens of
    which one is all capitals ("Hisar-O", "IRIS-T"), or all capitals ("NASAMS") — "US-made" and
    "Soviet-era" are not. A part in ``stop`` (casefolded: an acronym of a kind of weapon or of a
    country, "SAM", "US") counts for no capitals: "SAM batteries" and "US-Israeli" name no model."""
    out: set[str] = set()
    for name in names:
        for w in _NAME_WORD.findall(name):
            parts = [p for p in w.split("-") if p]
            capital = all(p[0].isupper() or p[0].isdigit() for p in parts)
            caps = any(p.isupper() and (len(p) > 1 or len(parts) > 1) and p.casefold() not in stop
                       for p in parts)  # fmt: skip
            if w[0].isalpha() and (any(ch.isdigit() for ch in w) or (capital and caps)):  # "155MM": a calibre
                out.add(w.casefold().removesuffix("s") if w[-2:-1].isdigit() else w.casefold())
    return out


def _delivery_said(c: StoredClaim) -> bool:
    return c.fields.get("status") in _DONE and c.fields.get("modality", "asserted") == "asserted"


def _kind_denied(
    groups: Mapping[tuple[Any, Any, str], list[StoredClaim]], *, figures: Figures, aggregate: str | None
) -> list[Contradiction]:
    """A denial of a whole kind of system ("has not delivered any drones") against a delivery of one
    system of that kind ("shipped Mohajer-6 drones", its ``category`` the denial's system), between
    the same two parties — compared under the named system's subject; a denial of any weapons
    (the ``aggregate`` system) covers every system."""
    out: list[Contradiction] = []
    for (supplier, recipient, kind), cs in groups.items():
        denials = [c for c in cs if _delivery_said(c) and c.fields.get("negated")
                   and not c.fields.get("category")]  # fmt: skip
        if not denials:
            continue
        for (s2, r2, system), named in groups.items():
            done = [c for c in named if _delivery_said(c) and not c.fields.get("negated")
                    and (c.fields.get("category") == kind or kind == aggregate)]  # fmt: skip
            if (s2, r2) != (supplier, recipient) or system == kind or not done:
                continue
            said = [("not delivered", c) for c in denials] + [("delivered", c) for c in done]
            subject = f"{system} {supplier}→{recipient} delivery"
            out += _status_conflicts(said, subject, negative="not delivered", related=_same_delivery(figures))
    return out


def _family_denied(
    groups: Mapping[tuple[Any, Any, str], list[StoredClaim]], *, figures: Figures, stop: Collection[str] = ()
) -> list[Contradiction]:
    """A denial of a system's family ("has not delivered any Su-30 jets") against a delivery of one
    of its variants ("delivered four Su-30MK2 fighters"), between the same two parties — compared
    under the variant's subject. Only a denial spans the family: figures and dates of a family and
    of one variant may count different aircraft (``stop``: as for :func:`system_designators`)."""
    marks = {k: system_designators(k[2], *(str(c.fields.get("system_name") or "") for c in cs), stop=stop)
             for k, cs in groups.items()}  # fmt: skip
    out: list[Contradiction] = []
    for (supplier, recipient, family), cs in groups.items():
        denials = [c for c in cs if _delivery_said(c) and c.fields.get("negated")]
        for (s2, r2, system), named in groups.items() if denials else ():
            if (s2, r2) != (supplier, recipient) or system == family:
                continue
            kin = marks[(supplier, recipient, family)]
            if not any(_variant_of(v, f) for v in marks[(s2, r2, system)] for f in kin):
                continue
            done = [c for c in named if _delivery_said(c) and not c.fields.get("negated")]
            said = [("not delivered", c) for c in denials] + [("delivered", c) for c in done]
            subject = f"{system} {supplier}→{recipient} delivery"
            out += _status_conflicts(said, subject, negative="not delivered", related=_same_delivery(figures))
    return out


def _variant_of(variant: str, family: str) -> bool:
    """Whether a designator names a variant of another: the family's designator and a letter after
    it ("su-30mk2" of "su-30", "f-16v" of "f-16"; not "su-300" of "su-30")."""
    rest = variant.removeprefix(family)
    return rest != variant and rest[:1].isalpha()


# the steps of a transfer whose figures count the same thing: an order and a contract are one
# purchase; an offer, an approval, a delivery and a fleet in service may each count differently
# ("approved 250 tanks", "bought 116", "delivered eight of the 96 ordered")
_STEP = {"contracted": "ordered", "deployed": "delivered"}


def _same_transfer_step(a: StoredClaim, b: StoredClaim) -> bool:
    """Whether two figures of one transfer can count the same thing: the same step of it, at
    dates that can be the same (a delivery in March and one in June are two batches)."""
    sa, sb = (str(c.fields.get("status")) for c in (a, b))
    return _STEP.get(sa, sa) == _STEP.get(sb, sb) and _same_time(a, b) and not _months_apart(a, b)


_FIGURE_WINDOW = 60  # days between two reports whose undated figures may count one batch


def _months_apart(a: StoredClaim, b: StoredClaim) -> bool:
    """Two undated acts told in reports published months apart ("has received eight drones" in
    April, "has received twelve" in September): a later batch or a running total, not one count."""
    if a.published is None or b.published is None or _act_date_of(a) or _act_date_of(b):
        return False
    return abs((a.published - b.published).days) > _FIGURE_WINDOW


def transfer_subjects(supplier: Any, recipient: Any, system: str) -> list[str]:
    """Every subject a transfer's contradictions can have: its figure, its delivery, and the date
    of each of its steps (what an update drops before finding them again)."""
    subject = f"{system} {supplier}→{recipient}"
    return [f"{subject} quantity", f"{subject} delivery", *(f"{subject} {step}" for step in STATUS_RANK)]


_DONE = frozenset({"delivered", "deployed", "operated-by"})
_NOT_DELIVERED = "not delivered"  # a delivery contradiction's denied side
DISPUTED = "disputed"  # a transfer's status when its sources disagree on its delivery


def _delivery_conflicts(
    cs: list[StoredClaim],
    subject: str,
    *,
    figures: Figures,
    partial: re.Pattern[str] | None = None,
    completes: Callable[[StoredClaim], bool] = lambda _c: False,
) -> list[Contradiction]:
    """One source says the transfer was made, another that it was not ("has not delivered") —
    the same items at the same time: a denial about a part ("has not delivered the remaining
    five"), about a different number of them or about another period leaves a delivery standing,
    unless the delivery is of that very part — the same number, reported within a week, not
    itself a part, and said to complete its order (``completes``): "six Rafales were handed over
    on Monday, completing the order" against "has not delivered the last six"; "has received two
    batteries" beside "has not delivered the remaining two" tells of two halves of one order."""
    said = [(_NOT_DELIVERED if c.fields.get("negated") else "delivered", c) for c in cs if _delivery_said(c)]
    part = _once_per_claim(lambda c: _part_of(c, partial) and not _opening_batch(c, figures))
    same = _same_delivery(figures)

    def related(a: StoredClaim, b: StoredClaim) -> bool:
        denial, done = (a, b) if a.fields.get("negated") else (b, a)
        if _before_its_place(done, denial, figures):
            return False  # "its fourth squadron has not arrived" against three delivered: a later one
        if _done_before_its_order(done, denial, cs):
            return False  # "has not delivered the jets ordered in 2022" against jets delivered in 2019
        if _told_beside_its_denial(denial, done, cs, same):
            return False  # "has delivered 12 K2 tanks … has not received any K2PL tanks": another part
        if (
            part(denial)
            and not _same_named_batch(denial, done, figures)
            and (part(done) or not _one_batch(denial, done) or not completes(done))
        ):
            return False  # "has not delivered the last six" against six "handed over" that week
        if _denies_every(denial, figures):
            return _same_time(a, b)  # "has not delivered any of the 24" against "the first six"
        return same(a, b)

    return _status_conflicts(said, subject, negative=_NOT_DELIVERED, related=related)


def _told_beside_its_denial(
    denial: StoredClaim,
    done: StoredClaim,
    cs: Sequence[StoredClaim],
    same: Callable[[StoredClaim, StoredClaim], bool],
) -> bool:
    """(cx43) Whether the denial's own article itself asserts the delivery ``done`` reports (a
    counted delivery of the same transfer whose figure and time can be ``done``'s): an article does
    not deny what it states, so its denial is of another part or model ("South Korea has delivered
    12 K2 tanks … Poland has not yet received any K2PL tanks", against "twelve K2 tanks reached
    Poland"). An uncounted one may be a purchase read as a delivery ("has bought used F-16s, but
    … has yet to hand over any"): it leaves the denial standing."""
    return any(
        o.doc_id == denial.doc_id and o.id != denial.id and _delivery_said(o) and not o.fields.get("negated")
        and o.fields.get("quantity") is not None and same(o, done)
        for o in cs
    )  # fmt: skip


_ORDERING = frozenset({"approved", "contracted", "ordered"})  # the steps that set the goods to hand over


def _done_before_its_order(done: StoredClaim, denial: StoredClaim, cs: Sequence[StoredClaim]) -> bool:
    """(cx36) Whether a denied delivery is of the goods of an order its own sentence tells and dates
    ("Russia has not delivered the Mi-35s that Serbia ordered in 2022": an asserted approval,
    contract or order of the same transfer in the denial's sentence), and the delivery it is set
    against was made — or, undated, reported — before that order: goods handed over in 2019 are not
    those of an order of 2022, so an older supply stands beside the denial of a newer one. A
    delivery dated in the order's own year or later is still compared."""
    made = _act_date_of(done)
    end = date_interval(made[0], made[1])[1] if made is not None else done.published
    if end is None:
        return False
    for o in cs:
        if o.doc_id != denial.doc_id or o.sentence != denial.sentence or o.id == denial.id:
            continue
        if o.fields.get("status") not in _ORDERING or not asserted(o) or (d := _act_date_of(o)) is None:
            continue
        if end < date_interval(d[0], d[1])[0]:
            return True
    return False


def _before_its_place(done: StoredClaim, denial: StoredClaim, figures: Figures) -> bool:
    """Whether a delivery counts fewer items than the place of the one item a denial names by an
    ordinal (``figures.ordinal_item``: "India's fourth S-400 squadron has still not arrived"
    against "three of the five delivered"): the denied item comes after those delivered."""
    word = _batch_before(denial, "system", figures, pattern=figures.ordinal_item)
    place = figures.ordinals.get(word or "")
    count = done.fields.get("quantity")
    return place is not None and count is not None and float(count) < place


def _denies_every(c: StoredClaim, figures: Figures) -> bool:
    """Whether a denial's figure counts the whole set it denies every item of (the lexicon's
    ``figures.none_of`` right before it: "has not delivered any of the 24"), so that a delivery
    of any number of them disputes it."""
    rx = figures.none_of
    return rx is not None and _batch_before(c, "quantity", figures, pattern=rx) is not None


def _same_named_batch(a: StoredClaim, b: StoredClaim, figures: Figures) -> bool:
    """Whether two claims count one batch by the same once-per-transfer word and the same number
    ("the remaining two" delivered in May, "still waiting for the remaining two" in June)."""
    word = once_batch(a, figures)
    return (
        word is not None
        and word == once_batch(b, figures)
        and a.fields.get("quantity") is not None
        and a.fields.get("quantity") == b.fields.get("quantity")
    )


def _opening_batch(c: StoredClaim, figures: Figures) -> bool:
    """Whether a claim's figure or system follows the word of the batch that opens a transfer
    (``figures.opening_batch`` among the ``once_batch`` words: "its first NASAMS battery", "the
    first two"): denied, it says that nothing was delivered, which no delivery leaves standing."""
    return any(_batch_before(c, key, figures) in figures.opening_batch for key in ("quantity", "system"))


def _completes(
    c: StoredClaim, completing: re.Pattern[str] | None, clause_break: re.Pattern[str] | None
) -> bool:
    """Whether a delivery's own clause says it completes its order (``completing``; with none
    given, no delivery is known to): "six Rafales were handed over, completing the order", not "two
    boats arrived; Italy is completing its order of frigates"."""
    return completing is not None and completing.search(_own_clause(c, clause_break)) is not None


def _own_clause(c: StoredClaim, clause_break: re.Pattern[str] | None) -> str:
    """The clause of a claim's sentence that holds its status cue (else its first field): the text
    between the ``clause_break`` before that cue and the one after it; the whole sentence when
    either is unknown."""
    text = c.sentence or ""
    spans = [v for v in c.field_spans.values() if v]
    anchor = c.field_spans.get("status") or min(spans, key=lambda v: v[0], default=None)
    if clause_break is None or not anchor:
        return text
    at = anchor[0] - c.start
    breaks = list(clause_break.finditer(text))
    lo = max((m.end() for m in breaks if m.end() <= at), default=0)
    hi = min((m.start() for m in breaks if m.start() >= at), default=len(text))
    return text[lo:hi]


def _same_delivery(figures: Figures) -> Callable[[StoredClaim, StoredClaim], bool]:
    """Whether a delivery and a denial can be about the same items at the same time: their
    figures agree (:func:`_same_count`) and their own dates can be one ("has not delivered any this
    year" leaves a delivery dated last year standing)."""
    same_count = _same_count(figures)
    return lambda a, b: same_count(a, b) and _same_time(a, b)


_T = TypeVar("_T")


def _once_per_claim(read: Callable[[StoredClaim], _T]) -> Callable[[StoredClaim], _T]:
    """``read`` computed once per claim (by id) for the pairwise tests of one group of claims."""
    seen: dict[str, _T] = {}

    def get(c: StoredClaim) -> _T:
        if c.id not in seen:
            seen[c.id] = read(c)
        return seen[c.id]

    return get


_Quantity = Callable[[StoredClaim], "tuple[float, float] | None"]  # a claim's figure (:func:`_figure`)


def _same_count(figures: Figures) -> Callable[[StoredClaim, StoredClaim], bool]:
    """Whether two claims can count the same items: their figures agree, or one gives none, or
    they count in different groups (``figures.units``: two batteries, eight launchers)."""
    quantity = _once_per_claim(lambda c: _figure(c, "quantity", figures))
    unit = _once_per_claim(lambda c: _unit(c, figures.units))

    def same(a: StoredClaim, b: StoredClaim) -> bool:
        qa, qb = quantity(a), quantity(b)
        if qa is None or qb is None or figures_compatible(qa, qb):
            return True
        ua, ub = unit(a), unit(b)
        return ua is not None and ub is not None and ua != ub

    return same


_LOWER_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _unit(c: StoredClaim, units: Mapping[str, str]) -> str | None:
    """The group a claim's figure counts in ("two Patriot batteries" → battery): a word of
    ``units`` between its figure and its system, or in the lower-case words right after both."""
    q, system, text = c.field_spans.get("quantity"), c.field_spans.get("system"), c.doc_text
    if not q or not system or text is None or not units:
        return None
    words = _LOWER_WORD.findall(text[min(q[0], system[0]) : max(q[1], system[1])])
    for m in _LOWER_WORD.finditer(text, max(q[1], system[1])):
        if not m.group().islower() or text[m.start() - 1 : m.start()] not in (" ", "-"):
            break
        words.append(m.group())
        if m.group() in units:
            break
    return next((units[w.casefold()] for w in words if w.casefold() in units), None)


def _same_figure_group(figures: Figures) -> Callable[[StoredClaim, StoredClaim], bool]:
    """Whether two claims' figures can count in the same group (``figures.units``; a figure
    without one can), so that different figures are a dispute: "two Patriot batteries" and
    "eight Patriot launchers" are not."""

    unit = _once_per_claim(lambda c: _unit(c, figures.units))

    def same(a: StoredClaim, b: StoredClaim) -> bool:
        ua, ub = unit(a), unit(b)
        return ua is None or ub is None or ua == ub

    return same


def _status_conflicts(
    said: list[tuple[str, StoredClaim]],
    subject: str,
    *,
    negative: str,
    related: Callable[[StoredClaim, StoredClaim], bool] | None = None,
) -> list[Contradiction]:
    """Pairs of sources where one says an act happened and the other (``negative``) that it did
    not — unless the denial was published before the act."""
    found = _conflicts(said, lambda a, b: a == b, "status", subject, str, related=related)
    by_id = {c.id: (v, c) for v, c in said}
    return [
        replace(x, kind="status")
        for x in found
        if not _act_came_later(by_id[x.claim_a], by_id[x.claim_b], negative=negative)
    ]


def _act_came_later(a: tuple[str, StoredClaim], b: tuple[str, StoredClaim], *, negative: str) -> bool:
    """A "not delivered" ("not signed") report published before the delivery (the signing) it is
    compared with is no contradiction: the act came later."""
    (va, ca), (vb, cb) = a, b
    if va == vb:
        return False
    neg, done = (ca, cb) if va == negative else (cb, ca)
    said_on = neg.published
    return bool(said_on and (first := _earliest_act_day(done)) and said_on < first)


def _earliest_act_day(c: StoredClaim) -> dt.date | None:
    """The first day the act a claim states may have happened on: the start of its own date; for
    an act dated only by its report (the attribution's day, else the publication), that day less
    the window a report may trail its news by (:data:`PUBLICATION_WINDOW`) — "have arrived,
    officials said" a week after "has not delivered" does not show the delivery came later."""
    if (own := _act_date_of(c)) is not None:
        return own[0]
    reported = _date_of(c)
    day = reported[0] if reported else c.published
    return shift_days(day, -PUBLICATION_WINDOW) if day else None


@dataclass(frozen=True)
class _Dating:
    """What tells how far a transfer claim's date binds it: ``bounds``, the words that make a date
    a deadline ("by 2026"); ``partial``, what before a system makes it a batch ("the first");
    ``arrived``, whether the date is of the items' arrival (:func:`_arrival_dated`); ``put_off``,
    whether it is the earliest date of a step put off to it (:func:`_put_off`); ``batch``, the
    once-per-transfer batch a claim tells of, "first" or "last" (:func:`_batch_word`); ``unit``,
    the own name of the one vessel a claim tells of (:func:`_unit_name`)."""

    bounds: Collection[str] = ()
    partial: re.Pattern[str] | None = None
    arrived: Callable[[StoredClaim], bool] = lambda _c: False
    put_off: Callable[[StoredClaim], bool] = lambda _c: False
    batch: Callable[[StoredClaim], _Batch | None] = lambda _c: None
    unit: Callable[[StoredClaim], str | None] = lambda _c: None
    lone: Callable[[StoredClaim], bool] = lambda _c: False  # (cx52) :func:`_definite_single`


def _transfer_date_conflicts(
    cs: list[StoredClaim], subject: str, *, figures: Figures, dating: _Dating | None = None
) -> list[Contradiction]:
    """Two sources date the same step of a transfer (its delivery, its contract) differently:
    "delivered in March" and "delivered in June", "due in 2026" and "due in 2027".  A figure
    for a batch ("the first four") dates that batch only: it is compared only with a report of the
    same number out within a week (:func:`_one_batch`). Two different figures ("four delivered in
    March", "six in June") are two batches, and a report published long before the other's date
    tells of an earlier act (:func:`_told_long_before`) — unless both tell of a batch a transfer has
    once, "the first three" (:func:`_same_once_batch`); a deadline (``dating.bounds``: the words
    that make a date one, "by 2026") allows any date up to its end, a step put off to a date ("will
    not arrive until 2028") any date from its start (:func:`_not_before`), and a sending and an
    arrival are one journey when the arrival follows within days (:func:`_journey`)."""
    dating = dating or _Dating()
    same_count = _same_count(figures)

    part = _once_per_claim(lambda c: _part_of(c, dating.partial))

    def related(a: StoredClaim, b: StoredClaim) -> bool:
        once = _same_once_batch(a, b, dating.batch)  # one handover, however long before it was told
        # (cx46) "the frigate Al-Qahira" in both: one vessel, handed over once
        once = once or (dating.unit(a) is not None and dating.unit(a) == dating.unit(b))
        # (cx52) "the first Barak MX battery" beside "the Barak MX battery", no figure: the one item
        once = once or _first_of_one(a, b, part, dating) or _first_of_one(b, a, part, dating)
        if (part(a) or part(b)) and not (once or _one_batch(a, b)):
            return False
        return (
            same_count(a, b)
            and not _within_deadline(a, b, dating.bounds)
            and not _within_deadline(b, a, dating.bounds)
            and not _not_before(a, b, dating.put_off)
            and not _not_before(b, a, dating.put_off)
            and not _journey(a, b, dating.arrived)
            and (once or not (_told_long_before(a, b) or _told_long_before(b, a)))
        )

    by_doc: dict[tuple[str, str], list[tuple[DateValue, StoredClaim]]] = defaultdict(list)
    for c in cs:
        if not c.fields.get("negated") and (d := _act_date_of(c)):
            by_doc[(str(c.fields.get("status")), c.doc_id)].append((d, c))

    def alike(a: StoredClaim, b: StoredClaim) -> bool:
        return _dated_alike_elsewhere(a, b, by_doc=by_doc, same_count=same_count)

    out: list[Contradiction] = []
    for status in sorted({str(c.fields.get("status")) for c in cs}):
        if status in ("mentioned", "reported"):
            continue
        dates = [
            (d, c)
            for c in cs
            if c.fields.get("status") == status and not c.fields.get("negated") and (d := _act_date_of(c))
        ]
        found = _conflicts(
            dates,
            _same_date,
            "date",
            f"{subject} {status}",
            _fmt_date,
            related=lambda a, b: related(a, b) and not alike(a, b),
        )
        out += [replace(x, kind="date") for x in found]
    return out


def _first_of_one(
    first: StoredClaim, other: StoredClaim, part: Callable[[StoredClaim], bool], dating: _Dating
) -> bool:
    """(cx52) Whether ``first`` tells of one item as a definite batch of a transfer ("the first
    Barak MX battery": one, ``part``) and ``other`` of an item by its definite singular with no
    figure ("the Barak MX battery"): the same item, whose handover has one date."""
    told = str(first.fields.get("quantity_text") or "").lower()
    return (
        first.fields.get("quantity") == 1
        and told.startswith(_DEFINITE + " ")
        and part(first)
        and dating.lone(other)
    )


def _definite_single(c: StoredClaim, figures: Figures) -> bool:
    """(cx52) Whether a claim names one whole item by the definite article and a singular unit noun
    of ``figures.units`` within three words after the system, with no figure of its own ("handed the
    Barak MX battery over"; not "the Barak MX batteries", "two Barak MX batteries")."""
    span, text = c.field_spans.get("system"), c.doc_text
    if c.fields.get("quantity") is not None or not span or text is None:
        return False
    if text[max(0, span[0] - len(_DEFINITE) - 1) : span[0]].lower() != _DEFINITE + " ":
        return False
    for word in (w.lower() for w in _LOWER_WORD.findall(text[span[1] : span[1] + 40])[:3]):
        if word in figures.units:
            return bool(figures.units[word] == word)
    return False


def _dated_alike_elsewhere(
    a: StoredClaim,
    b: StoredClaim,
    *,
    by_doc: Mapping[tuple[str, str], list[tuple[DateValue, StoredClaim]]],
    same_count: Callable[[StoredClaim, StoredClaim], bool],
) -> bool:
    """Whether either article also dates the step of the other's claim as the other does, for a
    figure that can be the same ("20 in 2022 and another 20 in 2024" beside "20 in 2024"): two
    acts, one of them told by both — not a dispute (``by_doc``: the dated claims by step and
    article)."""
    for own, other_doc in ((a, b.doc_id), (b, a.doc_id)):
        date, told = _act_date_of(own), by_doc.get((str(own.fields.get("status")), other_doc), [])
        if date is not None and any(_same_date(date, d) and same_count(own, x) for d, x in told):
            return True
    return False


def _not_before(a: StoredClaim, b: StoredClaim, put_off: Callable[[StoredClaim], bool]) -> bool:
    """Whether ``a`` puts its step off to a date (``put_off``: "will not arrive until 2028") that
    ``b``'s date does not precede: "from 2029" or "in 2028" can both be true; "in 2027" cannot."""
    da, db = _act_date_of(a), _act_date_of(b)
    if da is None or db is None or not put_off(a):
        return False
    return date_interval(db[0], db[1])[1] >= date_interval(da[0], da[1])[0]


def _put_off(
    c: StoredClaim,
    delayed: re.Pattern[str] | None,
    negation: re.Pattern[str] | None,
    clause_break: re.Pattern[str] | None,
) -> bool:
    """Whether a claim's date is the earliest its step may come: the date follows its negated cue
    as the day it is put off to ("will not be delivered until 2028", "not before March": the
    lexicon's ``delayed`` after the cue, ``negation`` in the cue's clause before it)."""
    status, date, text = c.field_spans.get("status"), c.field_spans.get("date"), c.doc_text
    if delayed is None or negation is None or not status or not date or text is None:
        return False
    m = delayed.match(text[status[1] : c.start + len(c.sentence or "")])
    if m is None or not status[1] <= date[0] < status[1] + m.end():
        return False
    return negation.search(_clause_before(text[c.start : status[0]], clause_break)) is not None


def _clause_before(text: str, clause_break: re.Pattern[str] | None) -> str:
    """The end of ``text`` after its last ``clause_break``: the clause that runs up to a point."""
    breaks = list(clause_break.finditer(text)) if clause_break is not None else []
    return text[breaks[-1].end() if breaks else 0 :]


def _journey(a: StoredClaim, b: StoredClaim, arrived: Callable[[StoredClaim], bool]) -> bool:
    """Whether one claim dates the items' sending or handing over and the other their arrival
    (``arrived``), the arrival no earlier than the sending and at most :data:`_TRANSIT_DAYS` after
    it: "shipped in late March" and "arrived in April" are one delivery; "arrived in June" is not."""
    if arrived(a) == arrived(b):
        return False
    sent, came = (b, a) if arrived(a) else (a, b)
    ds, dc = _act_date_of(sent), _act_date_of(came)
    if ds is None or dc is None:
        return False
    (fs, ls), (fc, lc) = date_interval(ds[0], ds[1]), date_interval(dc[0], dc[1])
    return lc >= fs and (fc - ls).days <= _TRANSIT_DAYS


def _arrival_dated(
    c: StoredClaim, arrival: re.Pattern[str] | None, clause_break: re.Pattern[str] | None
) -> bool:
    """Whether a claim's date is that of the items' arrival: a verb of ``arrival`` ("arrived",
    "landed") starts a word in the date's clause before it ("the tanks … arrived at the base in
    April")."""
    date, text = c.field_spans.get("date"), c.doc_text
    if arrival is None or not date or text is None or date[0] < c.start:
        return False
    clause = _clause_before(text[c.start : date[0]], clause_break)
    return any(arrival.match(clause, w.start()) for w in _WORD_START_AT.finditer(clause))


_WORD_START_AT = re.compile(r"\b\w")


def _running_total(
    figures: Figures, *, adds_up: Callable[[StoredClaim], bool]
) -> Callable[[StoredClaim, StoredClaim], bool]:
    """Whether the smaller of two figures of acts that add up (``adds_up``: deliveries, not an
    order or a contract, which is one act however its month runs on) counts a period still running
    when it was told and the larger was told more than a week later for a time that takes in that
    report: "14 delivered so far this year" in May and "30 delivered this year" in December are one
    count grown, not a dispute — "ordered 30 in May" on 5 May and "ordered 36 in May" on 19 May are.
    A count without a period of its own ("has delivered four") is not taken for a running
    total: two reports of it tell one delivery."""
    by_size = _larger_first(_once_per_claim(lambda c: _figure(c, "quantity", figures)), _told_later)
    return lambda a, b: adds_up(a) and adds_up(b) and by_size(a, b)


def _larger_first(
    quantity: Callable[[StoredClaim], tuple[float, float] | None],
    test: Callable[[StoredClaim, StoredClaim], bool],
) -> Callable[[StoredClaim, StoredClaim], bool]:
    """``test(larger, smaller)`` on two claims whose figures (``quantity``: a claim's interval) do
    not overlap; False when they overlap or either has none."""

    def ordered(a: StoredClaim, b: StoredClaim) -> bool:
        qa, qb = quantity(a), quantity(b)
        if qa is None or qb is None:
            return False
        if qa[1] < qb[0]:
            return test(b, a)
        return qb[1] < qa[0] and test(a, b)

    return ordered


_HANDED_OVER = frozenset({"delivered", "deployed"})  # acts whose figures over a period add up


def _handed_over(c: StoredClaim) -> bool:
    """Whether a transfer claim tells of an act whose figures over a period add up (a delivery)."""
    return c.fields.get("status") in _HANDED_OVER


def _period_sum(
    key: str, figures: Figures, *, adds_up: Callable[[StoredClaim], bool]
) -> Callable[[StoredClaim, StoredClaim], bool]:
    """Whether the larger of two figures of acts that add up (``adds_up``: deliveries, troops
    sent — not a force's size at a time, not an order) is dated by its own clause to a coarser
    period that takes in the smaller figure's finer date: "ten delivered in 2024" may sum every
    batch of that year, "four delivered in March 2024" among them — not a dispute; so may a
    figure counted from a start to its report ("has sent 550 soldiers since 2024") of a smaller
    one dated inside that span. Two figures dated alike ("in 2024" twice, "in March" twice) still
    count one thing."""
    quantity = _once_per_claim(lambda c: _figure(c, key, figures))

    def takes_in(large: StoredClaim, small: StoredClaim) -> bool:
        dl, ds = _act_date_of(large), _act_date_of(small)
        if ds is None:
            return False
        since = _since_of(large)
        if since is not None and large.published is not None:
            s_first, s_last = date_interval(ds[0], ds[1])
            return date_interval(since[0], since[1])[0] <= s_first and s_last <= large.published
        if dl is None:
            return False
        if _PRECISION_RANK.get(str(dl[1]), -1) <= _PRECISION_RANK.get(str(ds[1]), -1):
            return False
        first, last = date_interval(dl[0], dl[1])
        s_first, s_last = date_interval(ds[0], ds[1])
        return first <= s_first and s_last <= last

    by_size = _larger_first(quantity, takes_in)

    def summed(a: StoredClaim, b: StoredClaim) -> bool:
        return adds_up(a) and adds_up(b) and by_size(a, b)

    return summed


def _since_of(c: StoredClaim) -> DateValue | None:
    """The start a claim counts from ("since 2024"), None when it names none."""
    d = c.fields.get("since")
    return (dt.date.fromisoformat(d), c.fields.get("since_precision")) if d else None


def _running_at_report(c: StoredClaim) -> bool:
    """Whether a claim counts acts of a period of its own (a month, a year) that had not ended
    when it was published ("so far this year")."""
    own = _act_date_of(c)
    if c.published is None or own is None or own[1] == "day":
        return False
    first, last = date_interval(own[0], own[1])
    return first <= c.published < last


def _told_later(large: StoredClaim, small: StoredClaim) -> bool:
    """Whether the larger figure was told more than a week after the smaller running count, for a
    time that takes in the smaller count's report."""
    if large.published is None or small.published is None or not _running_at_report(small):
        return False
    if (large.published - small.published).days <= PUBLICATION_WINDOW:
        return False
    own = _act_date_of(large)
    if own is None:
        return True
    first, last = date_interval(own[0], own[1])
    return first <= small.published <= last


def _one_batch(a: StoredClaim, b: StoredClaim) -> bool:
    """Whether a figure for a batch ("the first six") and another figure can count one batch:
    the same number, told within a week of each other ("the first six … landed on Friday" and
    "six F-16s … touched down on Sunday" are one arrival dated twice)."""
    qa, qb = a.fields.get("quantity"), b.fields.get("quantity")
    if qa is None or qa != qb or a.published is None or b.published is None:
        return False
    return abs((a.published - b.published).days) <= PUBLICATION_WINDOW


_BATCH_SYNONYMS = {"initial": "first", "final": "last"}
_DEFINITE = "the"  # a figure of a set already known: "the two jets that Italy delivered in July"


_Batch = tuple[str, float | None]  # a batch word and the batch's count, None when not given


def _batch_word(c: StoredClaim, figures: Figures, completes: Callable[[StoredClaim], bool]) -> _Batch | None:
    """The once-per-transfer batch a claim tells of, as one word, with its count: "first" ("the
    first three", "its initial six"; "the first of eight", of an unknown count), "last" ("the final
    six", or a delivery whose clause says it completes the order), "remaining";
    :data:`_DEFINITE` for a figure of a set already known ("the two jets that Italy delivered");
    None for any other claim."""
    count = c.fields.get("quantity")
    word = once_batch(c, figures)
    if word is None and (word := _batch_before(c, "quantity", figures, pattern=figures.once_batch_of)):
        count = None  # "the first of eight submarines": eight is the order's count, not the batch's
    if word is None and count == 1:
        word = _ordinal_count(c, figures)  # (cx58) "the first of eight …", "the first frigate": one
    if word is None and count is None:
        word = _batch_before(c, "system", figures)  # "the first BrahMos battery", no figure
    if word is None and completes(c):
        word = "last"
    if word is None and _batch_before(c, "quantity", figures, pattern=figures.definite_before):
        word = _DEFINITE
    return (_BATCH_SYNONYMS.get(word, word), None if count is None else float(count)) if word else None


def _ordinal_count(c: StoredClaim, figures: Figures) -> str | None:
    """(cx58) The batch word of a count of one told by the batch's place alone ("the first of eight
    submarines", "the first frigate": the figure's text is "the first of", "the first"), else None."""
    told = str(c.fields.get("quantity_text") or "") + " "
    for rx in (figures.once_batch, figures.once_batch_of):
        if rx is not None and (m := rx.match(told)) is not None and m.end() == len(told):
            return m.group(1).lower()
    return None


def _unit_name(c: StoredClaim, figures: Figures) -> str | None:
    """(cx46) The own name of the one vessel a transfer claim tells of ("the MEKO A-200 frigate
    Al-Qahira", "the frigate Al-Qahira, a MEKO A-200 …"), lower-cased; None when its sentence names
    none next to the system."""
    span, text = c.field_spans.get("system"), c.doc_text
    if not span or text is None:
        return None
    after, before = figures.unit_name_after, figures.unit_name_before
    m = after.match(text[span[0] : span[1] + 60]) if after is not None else None
    m = m or (before.search(text[max(0, span[0] - 80) : span[0]]) if before is not None else None)
    return m.group(1).lower() if m else None


def _same_once_batch(a: StoredClaim, b: StoredClaim, batch: Callable[[StoredClaim], _Batch | None]) -> bool:
    """Whether two claims tell of one batch a transfer has only once, however far apart their
    reports: the same batch word and the same figure or none ("the first three" delivered on 20
    January and "its first three" received on 12 February are one handover dated twice) — or a
    batch word and a known set of the same number ("the two jets that Italy delivered in July")."""
    ba, bb = batch(a), batch(b)
    # (cx58) "the first of eight" gives no count of its own: it is the one first item, as "the
    # first submarine" (a count of one) is
    if ba is None or bb is None or (ba[1] != bb[1] and {ba[1], bb[1]} != {None, 1.0}):
        return False
    if _DEFINITE in (ba[0], bb[0]):  # "the two jets that Italy delivered" beside "the first two"
        return ba[0] != bb[0] and ba[1] is not None
    return ba[0] == bb[0]


def _one_dated_act(a: StoredClaim, b: StoredClaim, figures: Figures) -> bool:
    """Whether a batch's figure ("the first six", "two more") and a figure without a batch word
    tell one act: each dated by its own clause to a month or a day that can be the same, neither
    a total of every batch ("in all"):
    "a first batch of six in March" and "ten shipped in March" cannot both be true."""
    da, db = _act_date_of(a), _act_date_of(b)
    if da is None or db is None or "year" in (da[1], db[1]) or not _same_date(da, db):
        return False
    return not (_cumulative(a, figures) or _cumulative(b, figures))


def _cumulative(c: StoredClaim, figures: Figures, *, within: str | None = None) -> bool:
    """Whether a claim's figure counts every batch up to a time: the lexicon's
    ``figures.cumulative`` in its sentence ("twelve in all", "so far", "by the end of 2024 it had
    received 212"), or, for a delivery said to be made, ``figures.whole_set`` ("has now delivered
    all 24"); ``within``: the text read instead of the whole sentence (the claim's own clause)."""
    sentence = (c.sentence or "") if within is None else within
    if figures.cumulative is not None and figures.cumulative.search(sentence) is not None:
        return True
    whole = figures.whole_set
    return (
        whole is not None
        and _delivery_said(c)
        and not c.fields.get("negated")
        and bool(whole.search(sentence))
    )


def _total_and_batch(figures: Figures, *, quantity: _Quantity) -> Callable[[StoredClaim, StoredClaim], bool]:
    """Whether one of two figures is a total of every batch (:func:`_cumulative`) and the other,
    no total, is not larger: "twelve delivered in all" and "ten shipped in March" are a total and
    a part of it, not a dispute (``quantity``: a claim's figure, :func:`_figure`)."""
    total = _once_per_claim(lambda c: _cumulative(c, figures))

    def test(a: StoredClaim, b: StoredClaim) -> bool:
        if total(a) == total(b):
            return False
        whole, part = (a, b) if total(a) else (b, a)
        qw, qp = quantity(whole), quantity(part)
        return qw is not None and qp is not None and qw[1] >= qp[0]

    return test


def _total_below_batch(
    figures: Figures, *, batch: Callable[[StoredClaim], _Batch | None], quantity: _Quantity
) -> Callable[[StoredClaim, StoredClaim], bool]:
    """Whether of two delivery figures one is a batch said to be handed over ("a batch of six …
    landed on Thursday") and the other, told after it, the undated count of what was delivered
    ("has delivered four", :func:`_told_so_far`; or dated, a count "so far" to a time that takes in
    the batch), smaller than the batch: what was handed over only grows, so the count cannot be the
    whole of it. A batch word that counts the order, not the batch ("the first of
    eight"), gives no batch figure."""

    def test(a: StoredClaim, b: StoredClaim) -> bool:
        if bool(a.fields.get("quantity_partial")) == bool(b.fields.get("quantity_partial")):
            return False
        part, whole = (a, b) if a.fields.get("quantity_partial") else (b, a)
        if not (_delivery_said(part) and _delivery_said(whole)):
            return False
        if any(c.fields.get("negated") for c in (a, b)):
            return False
        if (told := batch(part)) is not None and told[1] is None:
            return False
        if part.published is None or whole.published is None or not _told_so_far(whole, figures):
            return False
        done = _act_date_of(part)
        handed = date_interval(done[0], done[1])[1] if done is not None else part.published
        # a dated count is one only when it counts everything to a time that takes in the batch
        # ("only six have reached Indonesia so far" this month), not a delivery of its own month
        when = _act_date_of(whole)
        if when is not None and not (
            _cumulative(whole, figures) and date_interval(when[0], when[1])[1] >= handed
        ):
            return False
        qp, qw = quantity(part), quantity(whole)
        return whole.published >= handed and qp is not None and qw is not None and qw[1] < qp[0]

    return test


def _total_shrank(figures: Figures, *, quantity: _Quantity) -> Callable[[StoredClaim, StoredClaim], bool]:
    """Whether two delivery figures, neither a batch and each told as what has been handed over
    by its report (:func:`_told_so_far`), are told on different days and the later one, undated,
    is smaller than the earlier:
    what was handed over only grows, so however far apart the reports, the two cannot both be the
    transfer's count ("more than 40 delivered" in March, "the 25 handed over" in July). A later
    count that is larger may be the total grown, and a dated one a delivery of its own."""

    def test(a: StoredClaim, b: StoredClaim) -> bool:
        if a.published is None or b.published is None or a.published == b.published:
            return False
        early, late = (a, b) if a.published < b.published else (b, a)
        if not all(_handed_over(c) and _delivery_said(c) and not c.fields.get("negated") for c in (a, b)):
            return False
        if any(c.fields.get("quantity_partial") for c in (a, b)) or _act_date_of(late) is not None:
            return False
        if not all(_told_so_far(c, figures) for c in (a, b)):
            return False
        qe, ql = quantity(early), quantity(late)
        return qe is not None and ql is not None and ql[1] < qe[0]

    return test


def _told_so_far(c: StoredClaim, figures: Figures) -> bool:
    """Whether a delivery's figure counts what has been handed over by its report: told in the
    perfect (``figures.told_so_far``: "has delivered 40") or as a set already known ("the 25 tanks
    Germany handed to Croatia", ``figures.definite_before``) — not one event ("ten reached Kyiv")."""
    rx = figures.told_so_far
    if rx is not None and rx.search(c.sentence or ""):
        return True
    return _batch_before(c, "quantity", figures, pattern=figures.definite_before) is not None


def _told_long_before(c: StoredClaim, other: StoredClaim) -> bool:
    """Whether ``c`` reports an act done and was published more than :data:`_FIGURE_WINDOW` days
    before ``other``'s act began: it cannot tell of that act ("six drones delivered on 9 April"
    in a 2024 report and "six delivered in March" in a 2025 one are two deliveries)."""
    act = _act_date_of(other)
    if act is None or c.published is None or other.published is None or c.published >= other.published:
        return False
    start = date_interval(act[0], act[1])[0]
    return _reported_before(c, (shift_days(start, -_FIGURE_WINDOW), "day"))


def _part_of(c: StoredClaim, partial: re.Pattern[str] | None) -> bool:
    """Whether a claim tells of a part of a transfer: a figure for a batch ("four more"), or its
    system after ``partial`` ("the first S-400 regiment", "another batch of")."""
    if c.fields.get("quantity_partial"):
        return True
    span, text = c.field_spans.get("system"), c.doc_text
    if partial is None or not span or text is None:
        return False
    return partial.search(text[max(c.start, span[0] - 30) : span[0]]) is not None


def _within_deadline(a: StoredClaim, b: StoredClaim, bounds: Collection[str]) -> bool:
    """Whether ``a`` gives a deadline ("by 2026": a date after one of ``bounds``) that ``b``'s
    date does not pass ("in 2025")."""
    words = str(a.fields.get("date_text") or "").casefold().split()
    da, db = _act_date_of(a), _act_date_of(b)
    if not words or words[0] not in bounds or da is None or db is None:
        return False
    return date_interval(db[0], db[1])[0] <= date_interval(da[0], da[1])[1]


def _transfer_record(
    supplier: Any,
    recipient: Any,
    system: str,
    cs: list[StoredClaim],
    statuses: list[str],
    *,
    disputed: Sequence[Contradiction] = (),
) -> TransferRecord:
    """One transfer's record; a delivery one source asserts and another denies (``disputed``, its
    delivery contradictions) makes its status ``disputed``, with the asserted step (``status``) and
    the denial (``status_denied``) each beside its evidence."""
    fields: dict[str, Sourced] = {}
    for key, span in (
        ("supplier", "supplier"),
        ("recipient", "recipient"),
        ("system", "system"),
        ("category", "system"),
        ("quantity", "quantity"),
        ("operator", "operator"),
        ("date", "date"),
        ("since", "since"),
        ("value_usd", "value"),
    ):
        for c in sorted(cs, key=lambda c: (not asserted(c), c.id)):
            if c.fields.get(key) is not None:
                if key == "quantity":
                    ev = evidence(c, span)
                    fields[key] = SourcedQuantity(c.fields[key], ev, text=c.fields.get("quantity_text"))
                else:
                    fields[key] = _provenance(c, span, c.fields[key])
                break
    status = statuses[-1]
    status_claim = next((c for c in cs if c.fields["status"] == status), cs[0])
    fields["status"] = _provenance(status_claim, "status", status)
    if disputed:
        by_id = {c.id: c for c in cs}
        x = disputed[0]
        done, denial = (x.claim_a, x.claim_b) if x.value_a != _NOT_DELIVERED else (x.claim_b, x.claim_a)
        fields["status"] = _provenance(by_id[done], "status", by_id[done].fields["status"])
        fields["status_denied"] = _provenance(by_id[denial], "status", _NOT_DELIVERED)
        status = DISPUTED

    def val(k: str) -> Any:
        return fields[k].value if k in fields else None

    quantity = fields.get("quantity")
    return TransferRecord(
        id=_id("tr", supplier, recipient, system),
        supplier=supplier,
        recipient=recipient,
        system=system,
        category=val("category"),
        quantity=val("quantity"),
        quantity_text=quantity.text if isinstance(quantity, SourcedQuantity) else None,
        status=status,
        statuses=statuses,
        operator=val("operator"),
        date=val("date"),
        since=val("since"),
        value_usd=val("value_usd"),
        doc_ids=sorted({c.doc_id for c in cs}),
        claim_ids=sorted(c.id for c in cs),
        fields=fields,
        sources=[evidence(c, "system") for c in cs],
    )


def _figure_conflicts(
    cs: list[StoredClaim],
    key: str,
    subject: str,
    *,
    figures: Figures,
    related: Callable[[StoredClaim, StoredClaim], bool] | None = None,
    told: Callable[[StoredClaim], bool] = asserted,
    batch_and_whole: Callable[[StoredClaim, StoredClaim], bool] | None = None,
    bounds: Collection[str] = (),
    opening: Callable[[StoredClaim, StoredClaim], bool] | None = None,
) -> list[Contradiction]:
    """Pairs of documents whose figures for ``key`` cannot both be true (``related``: whether two
    claims' figures count the same thing at all; ``told``: whether a claim's figure is compared;
    ``batch_and_whole``: whether a batch's figure, "the first six", and a figure without a batch
    word tell one act — with none given, the two are never compared; ``bounds``: the words that
    make a date a deadline, whose batch may be dated anywhere up to it, :func:`_same_batch`;
    ``opening``: whether two batch figures tell the batch that opened the transfer however far
    apart their reports, :func:`_one_opening_batch` — with none given, only reports within a week
    are)."""
    text_key = f"{key}_text"
    stated = {c.id: iv for c in cs if told(c) and (iv := _figure(c, key, figures)) is not None}
    found = [(stated[c.id], c) for c in cs if c.id in stated and not c.fields.get(f"{key}_partial")]
    rounded = {
        c.id: float(c.fields[key])
        for c in cs
        if c.id in stated
        and str(c.fields.get(f"{key}_qualifier") or "").lower() in figures.approximate
        and not _vague(c, key, figures)
    }
    by_doc: dict[str, list[tuple[tuple[float, float], float | None]]] = defaultdict(list)
    for c in cs:
        if c.id in stated:
            by_doc[c.doc_id].append((stated[c.id], rounded.get(c.id)))

    def told_by_other(a: StoredClaim, b: StoredClaim) -> bool:
        """Either article also gives the other's figure — as a part ("the first six of 24")
        or as another of its figures: a total and a part, not a dispute."""
        va, vb = (stated[a.id], rounded.get(a.id)), (stated[b.id], rounded.get(b.id))
        return any(_figures_agree(va, v) for v in by_doc[b.doc_id]) or any(
            _figures_agree(vb, v) for v in by_doc[a.doc_id]
        )

    parts = [(stated[c.id], c) for c in cs if c.id in stated and c.fields.get(f"{key}_partial")]
    out = _conflicts(
        [((iv, rounded.get(c.id)), c) for iv, c in found],
        _figures_agree,
        key,
        subject,
        lambda v: f"{v[0][0]:g}–{v[0][1]:g}",
        related=lambda a, b: not told_by_other(a, b) and (related is None or related(a, b)),
    ) + _conflicts(
        parts,
        figures_compatible,
        key,
        subject,
        lambda iv: f"{iv[0]:g}–{iv[1]:g}",
        related=lambda a, b: _same_batch(a, b, figures, bounds, opening) and not told_by_other(a, b),
    )
    if batch_and_whole is not None:
        flagged = {frozenset((x.doc_a, x.doc_b)) for x in out}
        out += [
            x
            for x in _conflicts(
                [((iv, rounded.get(c.id)), c) for iv, c in found + parts],
                _figures_agree,
                key,
                subject,
                lambda v: f"{v[0][0]:g}–{v[0][1]:g}",
                related=lambda a, b: (
                    bool(a.fields.get(f"{key}_partial")) != bool(b.fields.get(f"{key}_partial"))
                    and batch_and_whole(a, b)
                    and not told_by_other(a, b)
                ),
            )
            if frozenset((x.doc_a, x.doc_b)) not in flagged
        ]
    found += parts
    return [
        replace(
            x,
            kind="quantity",
            value_a=_claim_text(found, x.claim_a, text_key),
            value_b=_claim_text(found, x.claim_b, text_key),
        )
        for x in out
    ]


_ROUNDED_SPREAD = 0.2  # two rounded figures ("about 750", "about 1,000") this far apart at most are one


def _figures_agree(
    a: tuple[tuple[float, float], float | None], b: tuple[tuple[float, float], float | None]
) -> bool:
    """Whether two figures can be one: their ranges meet, and, when both are rounded ("about
    750" and "about 1,000"), they lie within :data:`_ROUNDED_SPREAD` of the larger — the margin
    of one rounding, not of both added up."""
    (ia, ra), (ib, rb) = a, b
    if ra is not None and rb is not None:
        return abs(ra - rb) <= _ROUNDED_SPREAD * max(ra, rb)
    return figures_compatible(ia, ib)


def _vague(c: StoredClaim, key: str, figures: Figures) -> bool:
    """Whether a claim's figure is a vague one ("several hundred", "dozens"): its range is the
    lexicon's (``figures.vague_ranges``), never a rounding of one value."""
    text = str(c.fields.get(f"{key}_text") or "").lower()
    return any(word in text for word in figures.vague_ranges)


def _figure(c: StoredClaim, key: str, figures: Figures) -> tuple[float, float] | None:
    """The range of true values a claim's figure for ``key`` allows, None when it gives none; the
    top of a range the text states ("between 15 and 20") allows the whole range."""
    f = c.fields
    if f.get(key) is None:
        return None
    value = float(f[key])
    if (low := _range_low(c, key, figures)) is not None and low < value:
        return low, value
    text = f.get(f"{key}_text") or ""
    return quantity_interval(value, f.get(f"{key}_qualifier"), text, figures=figures)


_RANGE_REACH = 40  # how far before a figure its range's low end may start ("between 1,200 and ")


def _range_low(c: StoredClaim, key: str, figures: Figures) -> float | None:
    """The low end, in digits, of a range whose top is the claim's figure for ``key`` (the
    lexicon's ``range_before`` right before the figure: "between 15 and 20", "15–20"), else None."""
    span, text = c.field_spans.get(key), c.doc_text
    if figures.range_before is None or not span or text is None:
        return None
    m = figures.range_before.search(text, max(0, span[0] - _RANGE_REACH), span[0])
    low = next((g for g in m.groups() if g), None) if m else None
    return float(low.replace(",", "")) if low else None


_BATCH_REACH = 25  # how far before a figure its batch word may start


def once_batch(c: StoredClaim, figures: Figures) -> str | None:
    """The once-per-transfer batch word right before a claim's quantity (the lexicon's
    ``figures.once_batch``: "the first six", "the remaining nine"), else None."""
    return _batch_before(c, "quantity", figures)


def _batch_before(
    c: StoredClaim, key: str, figures: Figures, *, pattern: re.Pattern[str] | None = None
) -> str | None:
    """The once-per-transfer batch word (``figures.once_batch``, or ``pattern``) right before a
    claim's field ``key``: its quantity ("the first six"), its system ("Kazakhstan's first
    A400M"): the pattern's first group, else its whole match."""
    rx = pattern or figures.once_batch
    span, text = c.field_spans.get(key), c.doc_text
    if not span or text is None or rx is None:
        return None
    m = rx.search(text[max(0, span[0] - _BATCH_REACH) : span[0]])
    return None if m is None else (m.group(1) if m.groups() else m.group()).lower()


def _figure_told(c: StoredClaim, figures: Figures) -> bool:
    """Whether a transfer claim's figure is compared: an asserted claim's, or a denied one's
    that counts a once-per-transfer batch ("has yet to receive the remaining nine" tells how
    many remain)."""
    return asserted(c) or once_batch(c, figures) is not None


def _same_batch(
    a: StoredClaim,
    b: StoredClaim,
    figures: Figures,
    bounds: Collection[str] = (),
    opening: Callable[[StoredClaim, StoredClaim], bool] | None = None,
) -> bool:
    """Two figures for a part ("two more", "three further") that can count one batch: the same
    step — or the same once-per-transfer batch word ("the remaining six", "the remaining nine";
    "initial" is "first"), whatever the step, never two such words — told within a week of each
    other, not dated to different days; a deadline (a date after one of ``bounds``, "before the end
    of the year") takes in any date up to its end ("promised this week"). Two reports of the batch
    that opened the transfer (``opening``, :func:`_one_opening_batch`) are compared however far
    apart they came out."""
    if a.published is None or b.published is None:
        return False
    wa, wb = once_batch(a, figures), once_batch(b, figures)
    wa, wb = _BATCH_SYNONYMS.get(wa or "", wa), _BATCH_SYNONYMS.get(wb or "", wb)
    if wa is not None and wb is not None and wa != wb:
        return False  # "the first six" and "the remaining nine": two batches
    if (wa is None or wb is None) and a.fields.get("status") != b.fields.get("status"):
        return False
    da, db = _act_date_of(a), _act_date_of(b)
    near = abs((a.published - b.published).days) <= PUBLICATION_WINDOW
    return (near or (opening is not None and opening(a, b))) and (
        da is None
        or db is None
        or _same_date(da, db)
        or _within_deadline(a, b, bounds)
        or _within_deadline(b, a, bounds)
    )


def _one_opening_batch(
    figures: Figures, clause_break: re.Pattern[str] | None
) -> Callable[[StoredClaim, StoredClaim], bool]:
    """(cx36) Whether two figures tell the batch that opened a transfer ("the first eight", "its
    initial 12": ``figures.opening_batch``), however far apart their reports: that batch is handed
    over once, so "the first eight arrived on Sunday" and, six weeks on, "the first 12 arrived in
    early September" cannot both be true. Only when each is a step that happened (asserted, not a
    plan or an offer, which may change), the same step, dated by its own clause to a month or a
    day (an undated "the first 12 arrived", or one of a year, cannot be put beside the other), and
    neither is told as what had come by its report — a perfect in the figure's own clause ("has
    received the first five", "by now") or a total ("so far", "in all", "since 2022") in that
    clause: a later report may find that count grown. (cx41) A total told of another clause ("…,
    and its air force has flown the type since 2007") says nothing of the batch's figure."""

    def told(c: StoredClaim) -> bool:
        if once_batch(c, figures) not in figures.opening_batch or not asserted(c):
            return False
        if c.fields.get("status") in _NOT_YET or (own := _act_date_of(c)) is None or own[1] == "year":
            return False
        so_far, own_clause = figures.told_so_far, _own_clause(c, clause_break)
        return not (
            (so_far is not None and so_far.search(own_clause)) or _cumulative(c, figures, within=own_clause)
        )

    opened = _once_per_claim(told)
    return lambda a, b: a.fields.get("status") == b.fields.get("status") and opened(a) and opened(b)


def _claim_text(figures: list[tuple[Any, StoredClaim]], claim_id: str, text_key: str) -> str:
    c = next(c for _, c in figures if c.id == claim_id)
    return str(c.fields.get(text_key) or c.fields.get("quantity"))


def _first_counted(cs: Sequence[StoredClaim]) -> StoredClaim:
    """The first claim of a deployment group that gives the force's size, else the first claim: an
    uncounted mention ("leads the brigade in Latvia") does not hide a size told after it."""
    return next((c for c in cs if c.fields.get("personnel") is not None), cs[0])


def build_deployments(
    claims: list[StoredClaim],
    *,
    figures: Figures,
    withdraw: re.Pattern[str] | None = None,
    whole_force: re.Pattern[str] | None = None,
    rotation: re.Pattern[str] | None = None,
    kinds: Mapping[str, str] | None = None,
    led: re.Pattern[str] | None = None,
    passing: re.Pattern[str] | None = None,
    opening: re.Pattern[str] | None = None,
) -> tuple[list[DeploymentRecord], list[Contradiction]]:
    """Deployment records per (country, host, period) and conflicting personnel figures; a group
    whose every claim denies the presence ("has not sent any troops to") makes no record, only
    contradictions with the reports of one. Figures are compared only between counts of one kind
    of personnel (``kinds``: noun → kind, :func:`_personnel_kind`) of the country's own standing
    force (``led``, ``passing``: :func:`_own_standing`); ``opening``: what right before a count
    makes it the contingent that opened the deployment ("the first 300"), :func:`_opening_force`."""
    groups: list[list[StoredClaim]] = []
    for c in sorted(claims, key=lambda c: c.id):
        for g in groups:
            if _same_deployment(g[0], c) and not _batch_and_total(g, c):
                g.append(c)
                break
        else:
            groups.append([c])
    records: list[DeploymentRecord] = []
    contradictions: list[Contradiction] = []
    sent_in_period = _period_sum("personnel", figures, adds_up=lambda c: c.fields.get("measure") != PRESENCE)
    for cs in groups:
        subject = f"{cs[0].fields.get('country')} personnel in {cs[0].fields.get('host')}"
        contradictions += _presence_denied(cs, subject)
        if all(denied(c) for c in cs):
            continue
        f0 = cs[0].fields
        # (dx23) "Germany is building a brigade in Lithuania. Some 1,800 German soldiers are now
        # stationed there": the force's size and date are those of its first counted claim
        lead = _first_counted(cs)
        fields = {
            k: _provenance(c, k, c.fields[k])
            for k in ("country", "host", "personnel", "place", "role", "date")
            for c in reversed(cs)
            if c.fields.get(k) is not None
        }
        records.append(
            DeploymentRecord(
                id=_id("dp", f0.get("country"), f0.get("host"), cs[0].id),
                country=f0.get("country"),
                host=f0.get("host"),
                personnel=lead.fields.get("personnel"),
                personnel_text=lead.fields.get("personnel_text"),
                place=next((c.fields["place"] for c in cs if c.fields.get("place")), None),
                role=next((c.fields["role"] for c in cs if c.fields.get("role")), None),
                date=_iso(_deployment_date(lead)),
                doc_ids=sorted({c.doc_id for c in cs}),
                claim_ids=[c.id for c in cs],
                fields=fields,
                sources=[evidence(c, "personnel") for c in cs],
            )
        )
        contradictions += _figure_conflicts(
            cs,
            "personnel",
            subject,
            figures=figures,
            related=lambda a, b: (
                _same_measure(a, b)
                and not sent_in_period(a, b)
                and not _total_beside_force(a, b)
                and _personnel_kind(a, kinds or {}) == _personnel_kind(b, kinds or {})
            ),
            told=lambda c: _sized(c) and (_own_standing(c, led, passing) or _arrived_on_a_day(c, led)),
            batch_and_whole=_one_sending,
        )
        contradictions += _arrival_date_conflicts(cs, subject, figures=figures, opening=opening)
        contradictions += _there_before_coming(cs, subject, figures=figures, rotation=rotation)
    if withdraw is not None and whole_force is not None:
        contradictions += _stayed_after_leaving(claims, withdraw, whole_force)
    return records, contradictions


def _left_whole(c: StoredClaim, withdraw: re.Pattern[str], whole: re.Pattern[str]) -> bool:
    """Whether a deployment claim tells of its whole force leaving the host on a day or in a
    month: a withdrawal verb (``withdraw``) right before the forces, with ``whole`` (the lexicon's
    ``deployments.whole_force``: "all of its 300 soldiers", "its last troops") between them, and a
    date of its own."""
    span, text = c.field_spans.get("personnel"), c.doc_text
    if not span or text is None or not asserted(c) or _act_date_of(c) is None:
        return False
    before = text[c.start : span[0]]
    verb = list(withdraw.finditer(before))
    return bool(verb) and whole.search(before[verb[-1].end() :]) is not None


def _stayed_after_leaving(
    claims: list[StoredClaim], withdraw: re.Pattern[str], whole: re.Pattern[str]
) -> list[Contradiction]:
    """A whole force said to have left the host in a month ("withdrew all of its 300 soldiers
    from Niger in April") and the same country's forces said, undated, to be there in a report
    published after that month and within :data:`_FIGURE_WINDOW` days of the first ("300 Italian
    soldiers are still stationed in Niger"): one source says they are gone, the other that they
    stay."""
    left = [c for c in claims if _left_whole(c, withdraw, whole)]
    out: list[Contradiction] = []
    for w in left:
        act = _act_date_of(w)
        if act is None or w.published is None:
            continue
        gone_by = date_interval(act[0], act[1])[1]
        staying = [
            c
            for c in claims
            if c.doc_id != w.doc_id
            and c.fields.get("country") == w.fields.get("country")
            and c.fields.get("host") == w.fields.get("host")
            and asserted(c)
            and c.fields.get("modality") != "future"
            and not _left_whole(c, withdraw, whole)
            and _act_date_of(c) is None
            and c.published is not None
            and gone_by < c.published <= w.published + dt.timedelta(days=_FIGURE_WINDOW)
        ]
        subject = f"{w.fields.get('country')} personnel in {w.fields.get('host')}"
        for c in staying:
            out += _opposed(("withdrawn", w), ("deployed", c), subject)
    return out


_PLANNED = "future"  # a claim's modality when its act is planned ("will station")


def _one_sending(a: StoredClaim, b: StoredClaim) -> bool:
    """Whether a contingent's figure ("900 additional soldiers") and a plain figure can tell one
    sending: neither a force's presence ("has 2,200 soldiers stationed", which a reinforcement
    adds to), of one period (:func:`_same_measure`), told within a week of each other ("some 1,400
    are being deployed this spring" two days later), nor a plan ("will station 1,000 soldiers"),
    which tells the whole force to come where the batch ("the first 250 arrived") is a part."""
    if PRESENCE in (a.fields.get("measure"), b.fields.get("measure")):
        return False
    if _PLANNED in (a.fields.get("modality"), b.fields.get("modality")):
        return False
    if (
        a.published is None
        or b.published is None
        or abs((a.published - b.published).days) > PUBLICATION_WINDOW
    ):
        return False
    return _same_measure(a, b)


def _personnel_kind(c: StoredClaim, kinds: Mapping[str, str]) -> str | None:
    """The kind of personnel a deployment claim's count names by its last word ("1,500 military
    contractors" → contractors), None for a force in general ("troops", "soldiers")."""
    words = str(c.fields.get("personnel_text") or "").lower().split()
    return kinds.get(words[-1]) if words else None


def _own_standing(c: StoredClaim, led: re.Pattern[str] | None, passing: re.Pattern[str] | None) -> bool:
    """Whether a count tells the country's own force in the host: not a force it leads ("leads a
    battlegroup of 2,000 troops", ``led`` right before the count) nor a passing movement or another
    measure ("for a two-week exercise", ", counting contractors": ``passing`` right after it)."""
    span, text = c.field_spans.get("personnel"), c.doc_text
    if not span or text is None:
        return True
    before, after = text[max(0, span[0] - 80) : span[0]], text[span[1] : span[1] + 80]
    return not ((led is not None and led.search(before)) or (passing is not None and passing.search(after)))


def _arrived_on_a_day(c: StoredClaim, led: re.Pattern[str] | None) -> bool:
    """(cx25) Whether a count tells a force of the country's own that arrived on a given day, even
    for an exercise ("About 1,000 Russian troops arrived in … on Tuesday for joint drills"): two
    reports of that one arrival can be compared, as :func:`_own_standing` forces are."""
    arrived = c.fields.get("measure") not in (None, PRESENCE)
    return arrived and c.fields.get("date_precision") == "day" and _own_standing(c, led, None)


def _total_beside_force(a: StoredClaim, b: StoredClaim) -> bool:
    """(cx17) Whether one count sums a period and the other sizes a force there: a count told from a
    time on ("has rotated 5,000 soldiers through Estonia since 2017", "has trained 10,000 … since
    2015") by a verb that does not say the force is there (``measure`` presence) adds up every
    coming of that span, and a force's size ("has 800 soldiers in Estonia") is no part of it to
    dispute. Against a sending dated inside the span it is still compared (:func:`_period_sum`: a
    smaller total than one sending in it is a dispute); "has kept 450 soldiers … since 2022" is a
    force, and compared as one."""

    def total(c: StoredClaim) -> bool:
        return bool(c.fields.get("since")) and c.fields.get("measure") != PRESENCE

    def force(c: StoredClaim) -> bool:
        return c.fields.get("measure") == PRESENCE

    return (total(a) and force(b)) or (total(b) and force(a))


def _sized(c: StoredClaim) -> bool:
    """Whether a deployment claim's size and day are compared with others': a force there or one
    planned ("will send 600 soldiers" against "is sending 1,000"), not a denied one."""
    return not denied(c) and c.fields.get("modality", "asserted") in ("asserted", "future")


def _presence_denied(cs: list[StoredClaim], subject: str) -> list[Contradiction]:
    """One source says a country's forces are (were sent) in the host, another that none are
    ("there are no North Korean soldiers in Belarus": a claim the extraction marks negated) — at
    one time (:func:`_same_period`), unless the denial was published before the deployment. A
    plan ("are to be stationed": modality ``future``) is no presence a denial of one contradicts."""
    said = [("not deployed" if denied(c) else "deployed", c) for c in cs
            if denied(c) or asserted(c)]  # fmt: skip
    related = _or(_same_period, _denied_after_sending)
    return _status_conflicts(said, subject, negative="not deployed", related=related)


def _denied_after_sending(a: StoredClaim, b: StoredClaim) -> bool:
    """Whether an undated denial of a force ("no troops have been deployed to") came out while a
    force sent on a day or in a month (not counted there, :func:`_dated_arrival`) is still new:
    from that time to :data:`_FIGURE_WINDOW` days after it — the force sent in April is denied in
    May, not a year on, when it may have left."""
    denial, sent = (a, b) if denied(a) else (b, a)
    if denied(sent) or not denied(denial) or denial.published is None or _act_date_of(denial):
        return False
    own = _act_date_of(sent)
    if own is None or not _dated_arrival(sent):
        return False
    first, last = date_interval(own[0], own[1])
    return first <= denial.published <= last + dt.timedelta(days=_FIGURE_WINDOW)


def _arrival_date_conflicts(
    cs: list[StoredClaim], subject: str, *, figures: Figures, opening: re.Pattern[str] | None = None
) -> list[Contradiction]:
    """Two sources give one force — the same sender, host and size ("the first 600 troops") —
    different days: "arrived on 4 March" and "arrived on 18 March", or different months for a
    force sent or arrived (:func:`_dated_arrival`): "deployed 400 Marines in December" and "the
    400 Marines arrived in October".  Forces of different sizes may be different contingents, and
    a report without its own day or month (a year, none) is never compared; the subject is the
    deployment's, as for its figures. A part of the force dated to a month ("another 500 arrived in
    March") is compared only as the contingent that opened the deployment (``opening``,
    :func:`_opening_force`), and only with another report of that opening contingent: "its first
    contingent of 120 arrived in October" and "… in September" disagree, "another 120 arrived in
    January" is a contingent more."""
    first = _once_per_claim(lambda c: _opening_force(c, opening))

    def month_part(c: StoredClaim) -> bool:
        return bool(c.fields.get("personnel_partial")) and c.fields.get("date_precision") != "day"

    def one_contingent(a: StoredClaim, b: StoredClaim) -> bool:
        if not (month_part(a) or month_part(b)):
            return True
        # (cx58) the opening contingent and a force told whole, as the only one ("24 soldiers
        # arrived on Sunday" against "its first contingent of 24 arrived in September"): one coming
        return (first(a) or not a.fields.get("personnel_partial")) and (
            first(b) or not b.fields.get("personnel_partial")
        )

    def size(c: StoredClaim) -> tuple[float, float]:
        f = c.fields
        text = f.get("personnel_text") or ""
        return quantity_interval(float(f["personnel"]), f.get("personnel_qualifier"), text, figures=figures)

    dated = [
        (d, c)
        for c in cs
        if c.fields.get("personnel") is not None
        and _sized(c)
        and (_dated_arrival(c) or (first(c) and _dated_arrival(c, partial=True)))
        and (d := _act_date_of(c))
    ]
    sizes = {c.id: size(c) for _, c in dated}  # once per claim, not once per pair
    found = _conflicts(
        dated,
        _same_date,
        "date",
        subject,
        _fmt_date,
        related=lambda a, b: (
            figures_compatible(sizes[a.id], sizes[b.id]) and _one_coming(a, b) and one_contingent(a, b)
        ),
    )
    return [replace(x, kind="date", action=None) for x in found]


def _opening_force(c: StoredClaim, opening: re.Pattern[str] | None) -> bool:
    """(cx36) Whether a force claim counts the contingent that opened its deployment: ``opening``
    right before its count ("Kenya's first contingent of 120", "the first 300 soldiers"); a
    contingent more ("another 500", "a second contingent of") is none."""
    span, text = c.field_spans.get("personnel"), c.doc_text
    if opening is None or not span or text is None:
        return False
    return opening.search(text[max(c.start, span[0] - 60) : span[0]]) is not None


def _there_before_coming(
    cs: list[StoredClaim], subject: str, *, figures: Figures, rotation: re.Pattern[str] | None = None
) -> list[Contradiction]:
    """One force — the same sender, host and size — said to be in the host since a time ("has kept
    200 soldiers in Chad since 2022") and said to have been sent or to have arrived after that time
    ended ("deployed 200 soldiers to Chad in November" 2024, :func:`_dated_arrival`), the coming
    dated before the first report was published: one source has the force there long before the
    other has it come.  A contingent more ("another 200"), another size, or a force either sentence
    tells comes again and again (``rotation``: "keeps 800 troops there on rotation") is never
    compared."""

    def size(c: StoredClaim) -> tuple[float, float]:
        f = c.fields
        text = f.get("personnel_text") or ""
        return quantity_interval(float(f["personnel"]), f.get("personnel_qualifier"), text, figures=figures)

    sized = [
        c
        for c in cs
        if c.fields.get("personnel") is not None
        and _sized(c)
        and asserted(c)
        and not (rotation is not None and c.sentence and rotation.search(c.sentence))
    ]
    values: list[tuple[tuple[str, DateValue], StoredClaim]] = [
        (("since", d), c) for c in sized if (d := _since_of(c)) and c.fields.get("date") is None
    ]
    values += [
        (("on", d), c)
        for c in sized
        if not c.fields.get("since") and _dated_arrival(c) and (d := _act_date_of(c))
    ]

    def since_first(a: StoredClaim, b: StoredClaim) -> tuple[StoredClaim, StoredClaim]:
        return (a, b) if a.fields.get("since") else (b, a)

    def one_time(va: tuple[str, DateValue], vb: tuple[str, DateValue]) -> bool:
        if va[0] == vb[0]:
            return True
        (_, since), (_, came) = (va, vb) if va[0] == "since" else (vb, va)
        return date_interval(came[0], came[1])[0] <= date_interval(since[0], since[1])[1]

    def related(a: StoredClaim, b: StoredClaim) -> bool:
        there, came = since_first(a, b)
        act = _act_date_of(came)
        return (
            figures_compatible(size(a), size(b))
            and act is not None
            and there.published is not None
            and date_interval(act[0], act[1])[0] <= there.published
        )

    found = _conflicts(values, one_time, "date", subject, _fmt_since, related=related)
    return [replace(x, kind="date", action=None) for x in found]


def _fmt_since(v: tuple[str, DateValue]) -> str:
    return f"{v[0]} {_fmt_date(v[1])}" if v[0] == "since" else _fmt_date(v[1])


_TRANSIT_DAYS = 14  # days between the end of a sending's date and the start of an arrival's at most


def _in_transit(a: StoredClaim, b: StoredClaim) -> bool:
    """Whether one claim tells a force's sending and the other its arrival (their ``measure``
    differs) at times at most :data:`_TRANSIT_DAYS` apart, one of them a month: "sent in late
    March" and "arrived in April" are one journey; "deployed in December" and "arrived in October"
    are not. A day against a day is compared as it stands."""
    if a.fields.get("measure") == b.fields.get("measure"):
        return False
    da, db = _act_date_of(a), _act_date_of(b)
    if da is None or db is None or (da[1] == "day" and db[1] == "day"):
        return False
    (fa, la), (fb, lb) = date_interval(da[0], da[1]), date_interval(db[0], db[1])
    return (max(fa, fb) - min(la, lb)).days <= _TRANSIT_DAYS


def _dated_arrival(c: StoredClaim, *, partial: bool = False) -> bool:
    """Whether a force claim dates its force's coming precisely enough to be compared: to the day;
    or to the month when it states that the force came ("sent in December", "arrived in October":
    asserted, not a force counted there — ``measure`` presence — which may have come any time
    before, nor a plan, which may slip), and, unless ``partial`` (the caller knows which part it
    is, :func:`_opening_force`), not a part of the force ("another 500 arrived in March")."""
    f = c.fields
    if f.get("date_precision") == "day":
        return True
    return (
        f.get("date_precision") == "month"
        and f.get("measure") != PRESENCE
        and (partial or not f.get("personnel_partial"))  # "another 500 arrived in March": a contingent more
        and asserted(c)
    )


def _one_coming(a: StoredClaim, b: StoredClaim) -> bool:
    """Whether two dated claims of a force of one size can tell one coming of it: two days as they
    stand; with a month, only when one of them says the force arrived ("the 400 Marines arrived
    in October" against "deployed 400 Marines in December") and the two are not a sending and its
    arrival in neighbouring months (:func:`_in_transit`) — two sendings of one size in two months
    ("500 in January and 500 in March") may be two contingents."""
    if a.fields.get("date_precision") == "day" and b.fields.get("date_precision") == "day":
        return True
    arrived = any(c.fields.get("measure") not in (None, PRESENCE) for c in (a, b))
    return arrived and not _in_transit(a, b)


def _same_time(a: StoredClaim, b: StoredClaim) -> bool:
    """Whether two claims' own dates can be one day (undated ones can): 200 soldiers sent on 18
    March and 300 on 22 March are two contingents, not a dispute over one. An undated act that has
    happened happened before its report was published: eight drones "delivered" in an April report
    and twelve delivered in August are two batches — and so are six delivered "this year" in a
    September report and two delivered in November."""
    da, db = _act_date_of(a), _act_date_of(b)
    if da is None:
        return db is None or not _reported_before(a, db)
    if db is None:
        return not _reported_before(b, da)
    return _same_date(da, db) and not _reported_before(a, db) and not _reported_before(b, da)


def _same_measure(a: StoredClaim, b: StoredClaim) -> bool:
    """Whether two force sizes can be one figure: of one period (:func:`_same_period`), and not
    forces arriving against forces there ("Eight hundred soldiers arrive" and "now has about 2,000
    soldiers, counting …": the extraction's ``measure``)."""
    ma, mb = a.fields.get("measure"), b.fields.get("measure")
    return _same_period(a, b) and not (ma and mb and ma != mb)


def _same_period(a: StoredClaim, b: StoredClaim) -> bool:
    """Whether two force sizes can be of one time: a size without its own date is the force at
    its report's publication ("are stationed", "now number"), which a dated size ("in 2010",
    "last year", "in March") matches only when its period reaches within a week of that day, and
    another undated size unless the two reports came out months apart (:func:`_months_apart`)."""
    da, db = _act_date_of(a), _act_date_of(b)
    if da is None and db is None:  # each the force at its own report's publication
        return not _months_apart(a, b)
    if da is not None and db is not None:
        return _same_date(da, db)
    dated, undated = (a, b) if db is None else (b, a)
    act = _act_date_of(dated)
    if act is None or undated.published is None:
        return True
    first, last = date_interval(act[0], act[1])
    window = dt.timedelta(days=PUBLICATION_WINDOW)
    return first - window <= undated.published <= last + window


_NOT_YET = frozenset({"planned", "offered"})


def _reported_before(c: StoredClaim, act: DateValue) -> bool:
    """Whether ``c`` tells of an act that had happened when it was published, before ``act``'s date
    began (a plan or an offer may still come true later)."""
    f = c.fields
    if c.published is None or f.get("status") in _NOT_YET or f.get("modality", "asserted") != "asserted":
        return False
    return c.published < date_interval(act[0], act[1])[0]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _deployment_date(c: StoredClaim) -> dt.date | None:
    """A deployment's own date, else its report's day — not for a plan ("will send 300 more"),
    which the report does not date. (cx53)"""
    d = c.fields.get("date")
    if d:
        return dt.date.fromisoformat(d)
    return None if c.fields.get("modality") == _PLANNED else c.published


def _batch_and_total(group: list[StoredClaim], c: StoredClaim) -> bool:
    """(cx53) One of ``c`` and the ``group`` is a batch ("another 300 soldiers"), the other the total
    force a change leaves ("bringing its contingent to 1,200"): two figures of the force, two records."""

    def batch(x: StoredClaim) -> bool:
        return bool(x.fields.get("personnel_partial"))

    def total(x: StoredClaim) -> bool:
        return bool(x.fields.get(FORCE_TOTAL))

    return (total(c) and any(batch(x) for x in group)) or (batch(c) and any(total(x) for x in group))


def _force_time(c: StoredClaim) -> DateValue | None:
    """When a force size holds: its act's date, else its report's day. A date that is not the
    act's (:func:`report_dated`: "…are now stationed in Lithuania, part of a brigade that is to
    reach full strength in 2027") does not move the force to that time."""
    return _act_date_of(c) or ((c.published, "day") if c.published else None)


def _same_deployment(a: StoredClaim, b: StoredClaim) -> bool:
    fa, fb = a.fields, b.fields
    if fa.get("country") != fb.get("country") or fa.get("host") != fb.get("host"):
        return False
    ta, tb = _force_time(a), _force_time(b)
    if ta is None or tb is None:
        return True  # an undated report may describe either
    return dates_compatible(ta[0], ta[1], tb[0], tb[1], slack_days=120)


# --- assessments ---------------------------------------------------------------------------------


def assessment_positions(claims: list[StoredClaim]) -> list[AssessmentPosition]:
    """Each document's majority position on each (subject, predicate) proposition."""
    by_doc: dict[tuple[str, str, str], list[StoredClaim]] = defaultdict(list)
    for c in claims:
        f = c.fields
        by_doc[(c.doc_id, f["subject"], f["predicate"])].append(c)
    out = []
    for (doc_id, subject, predicate), cs in sorted(by_doc.items()):
        votes = Counter(c.fields["polarity"] for c in cs)
        polarity = "negative" if votes["negative"] > votes["positive"] else "positive"
        if votes["negative"] == votes["positive"]:
            continue
        side = [c for c in cs if c.fields["polarity"] == polarity]
        targets = Counter(c.fields["target"] for c in side if c.fields.get("target"))
        out.append(
            AssessmentPosition(
                doc_id=doc_id,
                outlet=cs[0].outlet,
                subject=subject,
                predicate=predicate,
                target=targets.most_common(1)[0][0] if targets else None,
                polarity=polarity,
                claims=side,
            )
        )
    return out


def assessment_contradictions(claims: list[StoredClaim]) -> list[Contradiction]:
    """Pairs of documents that take opposite positions on the same proposition."""
    positions = assessment_positions(claims)
    out = []
    for i, a in enumerate(positions):
        for b in positions[i + 1 :]:
            if (a.subject, a.predicate) != (b.subject, b.predicate) or a.polarity == b.polarity:
                continue
            if a.doc_id == b.doc_id or (a.target and b.target and a.target != b.target):
                continue
            target = a.target or b.target or "*"
            subject = f"{a.subject} {a.predicate} {target}"
            ca, cb = a.claims[0], b.claims[0]
            out.append(
                Contradiction(
                    id=_id("cx", subject, a.doc_id, b.doc_id),
                    kind="assessment",
                    subject=subject,
                    field="polarity",
                    value_a=a.polarity,
                    value_b=b.polarity,
                    doc_a=a.doc_id,
                    doc_b=b.doc_id,
                    claim_a=ca.id,
                    claim_b=cb.id,
                    evidence=(evidence(ca, "predicate"), evidence(cb, "predicate")),
                )
            )
    return out
