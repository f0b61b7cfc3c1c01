"""Per-document claim extraction: the last per-document stage of the pipeline.

:func:`extract_claims` looks at each sentence with its actor mentions, dates, quantities and
coded events and returns :class:`~geowire.types.Claim` records (agreement, transfer,
deployment, statement, assessment), every field with its evidence span.  The rules live in
``rules_*.py``; their cue words in the language pack's ``model_lexicon.yaml``.  The spaCy ``doc`` is accepted
for the pipeline's contract; the rules work on the text and the earlier stages' records.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from geowire.geo.features import load_features
from geowire.lang.pack import LanguagePack
from geowire.model.context import SentenceView, mention_country, sentence_dates
from geowire.model.lexicon import ModelLexicon, model_lexicon
from geowire.model.rules_agreements import AgreementRef, agreement_claims, seated_organisations
from geowire.model.rules_forces import (
    ADDED,
    AGGREGATE,
    ANAPHOR,
    ARRIVED_FROM,
    ARTICLE,
    CONTENTS,
    CONTRACT,
    DEAL_PARTIES,
    FORMER_OWNER,
    HOST_ANAPHOR,
    HOST_TOWNS,
    PENDING,
    PRONOUN,
    SAME,
    SAME_SUPPLIER,
    SPEAKER,
    SUPPLIER_FROM_MAKER,
    THEM,
    THOSE,
    UNRANKED_SIGNERS,
    UNSAID_SUPPLIER,
    WHOLE,
    carried_transfer,
    equipment_categories,
    equipment_producers,
    made_by_signer,
    mention_count,
    model_names,
    model_word,
    plural_systems,
    system_family,
    transfer_claims,
    unknown_designations,
    with_contents,
)
from geowire.model.rules_parse import added_transfers, parse_transfers
from geowire.model.rules_parse_forces import deployments_read
from geowire.model.rules_statements import (
    ACT_ONLY,
    SECOND_SPEAKER,
    assessment_claims,
    quoted,
    statement_claims,
)
from geowire.nlp.quantities import quantity_rules
from geowire.types import ActorMention, Claim, DateExpr, DocContext, Event, EventActor, Quantity, Sentence

if TYPE_CHECKING:
    from geowire.actors.kb import KnowledgeBase


def _shared_place_names(lang: LanguagePack) -> re.Pattern[str] | None:
    """The names of the shipped features that belong to no one country (``data/geo/features.yaml``:
    seas, gulfs and straits, regions over several countries), longest first; built once per
    language pack (``lang.compiled``)."""
    del lang  # the features are the same for every language; the pack holds the compiled pattern
    names = sorted({n for f in load_features() if not f.country for n in (f.name, *f.aliases)}, key=len)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in reversed(names)) + r")\b") if names else None


def outside_waters(
    mentions: Sequence[ActorMention], sentences: Sequence[Sentence], lang: LanguagePack
) -> Sequence[ActorMention]:
    """``mentions`` without the countries named inside the name of a sea or a region that belongs to
    no one country ("an accord on patrols in the South China Sea" names no Chinese party; nor does
    "the Sea of Japan" a Japanese one, or "the Jordan Valley" Jordan)."""
    rx = lang.compiled("model:shared-place-names", _shared_place_names)
    if rx is None:
        return mentions
    spans = [(s.start + m.start(), s.start + m.end()) for s in sentences for m in rx.finditer(s.text)]
    if not spans:
        return mentions

    def inside(m: ActorMention) -> bool:
        return m.kind == "country" and any(a <= m.start and m.end <= b for a, b in spans)

    return [m for m in mentions if not inside(m)]


def outside_money(mentions: Sequence[ActorMention], quantities: Sequence[Quantity]) -> Sequence[ActorMention]:
    """(cx24) ``mentions`` without the countries named inside a sum of money, as the issuer of its
    currency ("a contract worth 1.3 billion US dollars" names no American party, target or
    supplier): a quantity whose unit is a currency code (three capitals) spans the issuer."""
    spans = [(q.start, q.end) for q in quantities if q.unit and len(q.unit) == 3 and q.unit.isupper()]
    if not spans:
        return mentions
    return [
        m
        for m in mentions
        if not (m.kind == "country" and any(a <= m.start and m.end <= b for a, b in spans))
    ]


def extract_claims(
    doc: Any,
    ctx: DocContext,
    *,
    sentences: Sequence[Sentence],
    mentions: Sequence[ActorMention],
    dates: Sequence[DateExpr],
    quantities: Sequence[Quantity],
    events: Sequence[Event],
    lang: LanguagePack,
    kb: KnowledgeBase,
    transfer_reader: str = "fallback",
    deployment_reader: str = "both",
) -> list[Claim]:
    """All model claims of one document, in sentence order, found with the cue words of ``lang``
    (a system's category from the equipment of ``kb``); ``transfer_reader`` and
    ``deployment_reader`` are ``Settings.transfer_reader`` and ``Settings.deployment_reader``."""
    lex = model_lexicon(lang)
    categories = equipment_categories(kb)
    plurals = plural_systems(kb, lang)
    mentions = outside_money(outside_waters(mentions, sentences, lang), quantities)
    views = sentence_views(ctx, sentences, mentions, dates, quantities, events, lang=lang)
    state: list[AgreementRef] = []
    claims: list[Claim] = []
    seated = seated_organisations(mentions, lex)
    # the last sentence whose transfer a list of its contents carries: its transfer is worked out
    # only when a list follows (most sentences are followed by none)
    carrier: _Carrier = _Carrier(None, lex)
    reading = transfer_reader
    for view in views:
        agreements = agreement_claims(view, lex, state, seated=seated)
        claims += agreements
        if reading == "alone":  # (cx61) the structural reader by itself, to measure it
            transfers = parse_transfers(view, doc, lex, categories)
        else:
            transfers = transfer_claims(later_parties_in_role(view, sentences, lex), lex, categories, plurals)
        if any(c.fields.get(CONTENTS) for c in transfers):
            transfers = with_contents(transfers, carrier.transfer())
        else:
            carrier = _Carrier(view, lex)
        if reading == "fallback":  # (cx61) goods phrases the shape rules read no transfer of
            transfers += added_transfers(transfers, parse_transfers(view, doc, lex, categories))
        claims += contracted_by(view, transfers, agreements, lex)
        # (cx63) the regex reader's deployments, the parse's as fallback
        claims += deployments_read(doc, view, lex, deployment_reader)
        claims += statement_claims(view, lex)
        claims += assessment_claims(view, lex)
    lead = min(sentences, key=lambda s: s.start) if sentences else None
    home = dateline_country(mentions, kb, lead)  # looked up once for the passes below
    named = [m for view in views for m in model_names(view, lex)]
    claims = resolve_pronouns(claims, sentences, mentions)
    designated = [m for view in views for m in unknown_designations(view, lex)]
    article = article_systems(views, [*named, *designated], categories)
    counts = article_counts(views, article, lex)
    claims = name_generic_systems(claims, named, lex, counts)
    producers = equipment_producers(kb)
    claims = fill_suppliers(resolve_systems(claims, lex, article=article, counts=counts))
    claims = fill_unsaid_suppliers(
        fill_recipients(claims, mentions, home), unplaced(mentions, sentences, lex), home
    )
    claims = fill_usual_suppliers(claims, producers, mentions)
    claims = fill_agreement_parties(claims, mentions)
    claims = [c for c in fill_approvers(claims, home) if not _unknown_one_sided(c)]
    claims = counts_told_apart(claims, views, lex)
    claims = undate_denials(claims, sentences, lex)
    claims = purchases_before_batches(claims, sentences, lex)
    claims = signers_ranked_by_maker(claims, views, lex)
    claims = dates_told_apart(claims, views, lex)
    return fill_deployments(fill_speakers(claims, mentions, home, lex=lex), home, mentions)


class _Carrier:
    """The sentence before a list of contents and, once asked for, its transfer
    (:func:`~geowire.model.rules_forces.carried_transfer`, a function of the sentence alone)."""

    __slots__ = ("_view", "_lex", "_found")

    def __init__(self, view: SentenceView | None, lex: ModelLexicon) -> None:
        self._view, self._lex = view, lex
        self._found: tuple[dict[str, object] | None] | None = None

    def transfer(self) -> dict[str, object] | None:
        if self._found is None:
            self._found = (None if self._view is None else carried_transfer(self._view, self._lex),)
        return self._found[0]


_DATE_FIELDS = ("date", "date_precision", "date_text")

_TOLD_BACK = 2  # sentences before a dating sentence where the step it refers back to may stand


def dates_told_apart(claims: list[Claim], views: Sequence[SentenceView], lex: ModelLexicon) -> list[Claim]:
    """Give an undated step the date of a later sentence that opens by referring back to it ("Latvia
    received 18 howitzers from France. The handover took place in Riga on 12 May."; "Estonia will get
    six launchers. They are due to arrive in October."; "… signed a contract for … The signing took
    place on 3 March."): the step of the nearest sentence before it that states such a step with no
    date; a dating sentence that states records of its own, or that names several dates, dates nothing
    — save by a clause that says when "the contract" was signed (:func:`_signed_back`)."""
    # (an agreement that refers back, "The signing took place in Lima", is the earlier one's)
    own = {
        c.sentence_index
        for c in claims
        if c.kind == "transfer" or (c.kind == "agreement" and not c.fields.get("refers_back"))
    }
    out = list(claims)
    for view in views:
        found = _signed_back(view, lex) if view.sentence.index in own else _told_date(view, lex)
        if found is None:
            continue
        steps, d = found
        hits = _nearest_told(out, view.sentence.index, partial(_dated_step, steps=steps))
        if all(not out[i].fields.get("date") or _said_day(out[i], views, lex) for i in hits):
            for i in hits:
                out[i] = _with_date(out[i], d, future="planned" in steps)
    return out


def _told_date(view: SentenceView, lex: ModelLexicon) -> tuple[frozenset[str], DateExpr] | None:
    """The steps a sentence refers back to (by its opening words) and its one date, if any."""
    t = lex.transfers
    text = view.text.lstrip()
    if t.dated_handover.match(text):
        steps = frozenset({"delivered"})
    elif t.dated_plan.match(text):
        steps = frozenset({"planned"})
    elif t.dated_signing.match(text):
        steps = frozenset({"contracted", "ordered", "signed"})
    elif t.dated_ceremony.match(text):
        steps = frozenset({"delivered", "contracted", "ordered", "signed"})
    else:
        return None
    dates = [d for d in sentence_dates(view) if d.relation == "on"]
    if len({(d.value, d.precision) for d in dates}) != 1:
        return None
    return steps, dates[0]


def _signed_back(view: SentenceView, lex: ModelLexicon) -> tuple[frozenset[str], DateExpr] | None:
    """(cx41) The one date of a clause that tells, inside a sentence of its own records, when "the
    contract" or "the order" was signed ("Russia has not delivered any since the contract was signed
    in 2022"): it dates the contract or order an earlier sentence told with no date."""
    dates = [
        d
        for d in sentence_dates(view)
        if lex.transfers.signed_back.search(view.slice(max(view.start, d.start - 60), d.start))
    ]
    if len({(d.value, d.precision) for d in dates}) != 1:
        return None
    return frozenset({"contracted", "ordered"}), dates[0]


def _said_day(c: Claim, views: Sequence[SentenceView], lex: ModelLexicon) -> bool:
    """A claim dated only by the day its report was said ("…, the ministry said on Wednesday"): a
    speech verb right before its date, which the sentence ends with."""
    span = c.field_spans.get("date")
    view = next((v for v in views if v.sentence.index == c.sentence_index), None)
    if span is None or view is None or c.fields.get("date_precision") != "day":
        return False
    before = view.slice(max(view.start, span[0] - 30), span[0])
    return bool(lex.transfers.speech_date.search(before)) and not view.slice(
        span[1], view.sentence.end
    ).strip(" .")


def _dated_step(c: Claim, steps: frozenset[str]) -> bool:
    """A stated, undenied transfer or agreement of one of ``steps``; dated or not."""
    f = c.fields
    if f.get("negated") or f.get("modality") not in (None, "asserted", "future"):
        return False
    if c.kind == "transfer":
        return f.get("status") in steps
    return c.kind == "agreement" and f.get("action") in steps


def _with_date(c: Claim, d: DateExpr, *, future: bool) -> Claim:
    value = d.ahead if future and d.ahead is not None else d.value
    fields = {**c.fields, "date": value.isoformat(), "date_precision": d.precision, "date_text": d.text}
    return replace(c, fields=fields, field_spans={**c.field_spans, "date": (d.start, d.end)})


_SWAPPED = (("supplier", "recipient"), ("recipient", "supplier"))


def signers_ranked_by_maker(
    claims: list[Claim], views: Sequence[SentenceView], lex: ModelLexicon
) -> list[Claim]:
    """A contract whose two signers were ranked by text order only ("Italy and Qatar signed a
    contract for helicopters", the first read as the buyer) takes its seller from what the article
    says of making the system: the signer that builds it, or whose town it is built in ("The
    aircraft will be assembled near Venice"), sells; the other buys."""
    out = []
    for c in claims:
        f = c.fields
        if c.kind == "transfer" and f.get(UNRANKED_SIGNERS) and f.get("supplier") and f.get("recipient"):
            signers = {str(f["supplier"]), str(f["recipient"])}
            makers = {m for v in views if (m := made_by_signer(v, lex, signers)) is not None}
            if makers == {f["recipient"]}:
                spans = {k: v for k, v in c.field_spans.items() if k not in ("supplier", "recipient")}
                spans.update({k: c.field_spans[o] for k, o in _SWAPPED if o in c.field_spans})
                fields = {**f, "supplier": f["recipient"], "recipient": f["supplier"]}
                c = replace(c, fields=fields, field_spans=spans)
        out.append(c)
    return out


def purchases_before_batches(
    claims: list[Claim], sentences: Sequence[Sentence], lex: ModelLexicon
) -> list[Claim]:
    """A purchase read as a delivery ("has bought 14 tanks from Germany") is the contract when the
    article goes on to deliver a first batch of the same transfer ("The first four reached the
    base last month"): the batch is what was delivered, the purchase what was bought."""
    by_index = {s.index: s for s in sentences}
    batches = [
        c
        for c in claims
        if c.kind == "transfer"
        and c.fields.get("status") == "delivered"
        and c.fields.get("quantity_partial")
        and not c.fields.get("negated")
    ]
    out = []
    for c in claims:
        later = [
            b
            for b in batches
            if (b.sentence_index, b.start) > (c.sentence_index, c.start)
            and all(b.fields.get(k) == c.fields.get(k) for k in ("supplier", "recipient", "system"))
            and _fewer(b.fields.get("quantity"), c.fields.get("quantity"))
        ]
        if later and _bought(c, by_index.get(c.sentence_index), lex):
            c = replace(c, fields={**c.fields, "status": "contracted"})
        out.append(c)
    return out


def _fewer(batch: object, whole: object) -> bool:
    """Both counts are given and the batch is the smaller."""
    return isinstance(batch, int | float) and isinstance(whole, int | float) and batch < whole


def _bought(c: Claim, sentence: Sentence | None, lex: ModelLexicon) -> bool:
    """A whole (not partial) delivery whose status cue is a purchase verb ("bought", "purchased")."""
    span = c.field_spans.get("status")
    if c.kind != "transfer" or c.fields.get("status") != "delivered" or c.fields.get("negated"):
        return False
    if c.fields.get("quantity_partial") or span is None or sentence is None:
        return False
    cue = sentence.text[span[0] - sentence.start : span[1] - sentence.start]
    return lex.transfers.purchase_cue.fullmatch(cue) is not None


def undate_denials(claims: list[Claim], sentences: Sequence[Sentence], lex: ModelLexicon) -> list[Claim]:
    """Drop the date of a denied transfer or deployment when a denial verb (``transfers.denial``)
    follows it right away: "the ministry on Thursday dismissed reports that it had shipped drones"
    — Thursday is the day of the denial, not of a shipment. (A date right after the denial verb,
    "denied on Thursday that …", is dropped where the rules read dates: ``transfers.speech_date``.)
    A date after the act ("were not handed over on Monday as planned") is the act's and stays."""
    by_index = {s.index: s for s in sentences}
    return [_undated(c) if _dates_a_denial(c, by_index.get(c.sentence_index), lex) else c for c in claims]


def _dates_a_denial(c: Claim, sentence: Sentence | None, lex: ModelLexicon) -> bool:
    """Whether a denied transfer's or deployment's date stands right before a denial verb."""
    span = c.field_spans.get("date")
    if c.kind not in ("transfer", "deployment") or not c.fields.get("negated") or not span or not sentence:
        return False
    return lex.transfers.denial.match(sentence.text[span[1] - sentence.start :].lstrip()) is not None


def _undated(c: Claim) -> Claim:
    fields = {k: v for k, v in c.fields.items() if k not in _DATE_FIELDS}
    return replace(c, fields=fields, field_spans={k: v for k, v in c.field_spans.items() if k != "date"})


def fill_approvers(claims: list[Claim], home: str | None) -> list[Claim]:
    """An approved sale whose sentence names no approver ("the State Department approved the sale
    of NASAMS to Taiwan") is sold by the article's dateline country, else by the country the
    article names as the recipient's supplier elsewhere — not by the system's maker."""
    usual = Counter(
        (c.fields.get("recipient"), c.fields["supplier"])
        for c in claims
        if c.kind == "transfer" and c.fields.get("supplier") and SUPPLIER_FROM_MAKER not in c.fields
    )
    out = []
    for c in claims:
        if c.kind == "transfer" and SUPPLIER_FROM_MAKER in c.fields:
            fields = {k: v for k, v in c.fields.items() if k != SUPPLIER_FROM_MAKER}
            recipient, maker = fields.get("recipient"), fields.get("supplier")
            options = [(n, s) for (r, s), n in usual.items() if r == recipient and s != recipient]
            seller = home if home and home != recipient else (max(options)[1] if options else None)
            if seller and seller != maker:
                fields.update(supplier=seller, maker=maker, supplier_inferred=True)
                spans = {k: v for k, v in c.field_spans.items() if k != "supplier"}
                c = replace(c, fields=fields, field_spans=spans)
            else:
                c = replace(c, fields=fields)
        out.append(c)
    return out


def resolve_systems(
    claims: list[Claim],
    lex: ModelLexicon,
    *,
    article: Sequence[ArticleSystem] = (),
    counts: Mapping[int, tuple[float, str]] | None = None,
) -> list[Claim]:
    """Give a transfer of a generic system the named system it stands for: "the jets" or "the
    first two batteries" the last system of a fitting class named before in the article by a
    transfer that shares a party with it (and its parties when the sentence names none); "24 used
    aircraft" bought by the same recipient from the same supplier as a named system, that system.
    A system only mentioned (a strike, a parade) is no antecedent. A "the jets" that names nothing
    earlier and lacks a party is dropped; so is a reference noun ("the first ships") or a count
    without a noun ("another 1,000") that names nothing earlier. An unknown system that has a
    supplier but no recipient ("China will deliver all eight submarines") takes the last fitting
    named system of that supplier before it, and is dropped without one unless its sentence refers
    to the recipient ("to the kingdom": extract.fill_recipients gives it one). A reference between
    two named parties that no earlier transfer names takes the one system of its class the
    ``article`` names before it (:func:`article_systems`; "its helicopter deal" also after it), and
    stays generic when none or several fit; (cx51) a bare "the ships" there takes that system's
    count in ``counts`` (:func:`article_counts`) as well."""
    named = [(j, c) for j, c in enumerate(claims) if c.kind == "transfer" and _named_system(c)]
    out: list[Claim] = []
    for i, c in enumerate(claims):
        if c.kind != "transfer" or _named_system(c):
            out.append(_without(c, WHOLE))
            continue
        anaphor = bool(c.fields.get(ANAPHOR))
        pending = c.fields.get(PENDING)
        if pending == "supplier":  # left to fill_suppliers
            pending = None
        drop = (ANAPHOR, ARTICLE, WHOLE) if pending is None else (ANAPHOR, ARTICLE, WHOLE, PENDING)
        fields = {k: v for k, v in c.fields.items() if k not in drop}
        family = str(fields.get("system"))
        fits = [(j, n) for j, n in named if _fits(family, str(n.fields["category"]), lex)]
        if pending:  # the same supplier's named system before it ("all eight submarines")
            before = [n for j, n in fits if j < i and n.fields.get("supplier") == fields["supplier"]]
            pick = before[-1] if before else None
            if pick is None and pending != "recipient" and (fields.get("negated") or not _model_told(fields)):
                continue  # (lead31) "Six N-49s delivered by Denmark" waits for no other system: its own
        elif anaphor or family == lex.transfers.elided_noun:
            # "the first ship" after "six Varuna-class corvettes": a noun of the same class; "the tanks"
            # after "the first Leopard 2A8 tanks": the same noun with a model's name
            same = c.fields.get(ANAPHOR) == SAME  # "the same mortar": whatever the parties
            them = c.fields.get(ANAPHOR) == THEM  # "which sold them to Germany": a named system of a party
            earlier = [
                (j, n)
                for j, n in enumerate(claims[:i])
                if not _named_after(n, c)
                and (
                    (not them and _antecedent(n, fields, family, lex))
                    or (them and _pronoun_antecedent(n, fields))
                    or (same and n.kind == "transfer")
                    or _conjunct_count(n, c, fields, family, lex)
                )
            ]
            known = [(j, n) for j, n in earlier if _named_system(n) and (j, n) in fits]
            unknown = [(j, n) for j, n in earlier if _same_class(n, family, lex)]
            pick = max([*known[-1:], *unknown[-1:]], key=lambda jn: jn[0], default=(-1, None))[1]
            pick = _same_sentence_step(c, fields, family, out, lex) or pick
            if pick is None and anaphor and not them and not same and family != lex.transfers.elided_noun:
                pick = _sole_designation([n for _j, n in earlier])  # (cx56) "any of the jets" after "N-49s"
            if pick is None and anaphor:  # "Nigeria received its jets": the article's one such system
                fields.update(_sole_system(fields, [n for j, n in fits if j < i]))
        else:
            pair = (fields.get("supplier"), fields.get("recipient"))
            pick = next(  # no reference: "24 used aircraft" of the same parties, its noun in the category
                (
                    n
                    for _, n in fits
                    if (n.fields.get("supplier"), n.fields.get("recipient")) == pair
                    and family in str(n.fields["category"])
                ),
                None,
            )
            if not _unnamed_generic(c, lex):  # "twelve Bell 505 training helicopters": its own model
                pick = None
        if (
            pick is None
            and c.fields.get(ARTICLE)
            and _unnamed_generic(c, lex)
            and _both_parties(fields)
            and not (c.fields.get(ARTICLE) == ADDED and _same_parties_before(fields, claims[:i]))
        ):
            fields.update(_article_system(c, family, article, lex, counts or {}))
        if (
            pick is not None
            and c.fields.get(ANAPHOR) == THOSE
            and _named_since(c, pick, family, article, lex)
        ):
            continue  # "Those twelve light fighters" after "its FA-50s": not the Gripens named before
        if pick is not None and _placed_by_holder(c, pick):
            continue  # "The batteries are deployed near Tangier": the buyer placing what it got
        if pick is not None and not _own_model_kept(c, pick):
            fields.update(
                {k: pick.fields[k] for k in ("system", "system_name", "category") if k in pick.fields}
            )
            if (
                c.fields.get(WHOLE)
                and pick.fields.get("status") == "mentioned"
                and pick.sentence_index < c.sentence_index
            ):
                fields.update(_mentioned_count(pick, fields))
            if not _both_parties(fields):
                for role in ("supplier", "recipient"):
                    if pick.fields.get(role) and not (c.fields.get(ANAPHOR) == SAME and fields.get(role)):
                        fields[role] = pick.fields[role]  # "the same mortar to Ghana": Ghana stays
        elif (
            anaphor
            and not _both_parties(fields)
            and not (_model_told(fields) and fields.get("status") != "mentioned")
        ):
            # (cx56) "the first six Varno howitzers arrived from …" names its own model: the fills go on
            # (not for a system only mentioned: "makes the Spike missile …; Germany's army …")
            continue
        elif (family == lex.transfers.elided_noun or _reference_only(c, lex)) and not _moved_article_system(
            fields, family
        ):
            # "another two dozen", "the first ships" with nothing before them to name (a reference
            # that two named parties move may name the article's one system of its class)
            continue
        out.append(replace(c, fields=fields))
    return out


_HELD_STEPS = ("deployed", "operated", "operated-by", "mentioned")


def _any_party(fields: Mapping[str, object]) -> bool:
    return bool(fields.get("supplier") or fields.get("recipient"))


def _parties_agree(fields: Mapping[str, object], prev: Mapping[str, object]) -> bool:
    """(cx33) The count's own parties clash with none of the earlier step's ("Under a sale that
    Washington cleared, it is buying 50 Abrams, and the first 12 arrived": Washington sells both; not
    "Spain bought 20 tanks, and Italy received 12")."""
    sides = {prev.get("supplier"), prev.get("recipient")} - {None}
    return all(
        not fields.get(r) or fields.get(r) == prev.get(r) or (not prev.get(r) and fields.get(r) not in sides)
        for r in ("supplier", "recipient")
    )


def _same_sentence_step(
    c: Claim, fields: Mapping[str, object], family: str, resolved: list[Claim], lex: ModelLexicon
) -> Claim | None:
    """The transfer a count with no noun and no party refers to when its own sentence told one just
    before it between two parties ("ordered seven batteries of the system from the United States,
    and four have been delivered"): that one (its system as already resolved), not an earlier
    sentence's transfer of the article's system (tx19); (cx33) a count with parties of its own that
    agree with that transfer's, the two giving both sides ("Under a sale that Washington cleared in
    2024, it is buying 50 Abrams, and the first 12 arrived")."""
    if family != lex.transfers.elided_noun or not resolved:
        return None
    prev = resolved[-1]
    if _any_party(fields) and not _parties_agree(fields, prev.fields):
        return None
    sides = {r: prev.fields.get(r) or fields.get(r) for r in ("supplier", "recipient")}
    if (
        prev.kind != "transfer"
        or prev.sentence_index != c.sentence_index
        or prev.fields.get("negated")
        or not _both_parties(sides)
        or max((e for _s, e in prev.field_spans.values()), default=c.end)
        # (a party of the count's may stand before the earlier step: its own words are what follow it)
        > min(
            (s for k, (s, _e) in c.field_spans.items() if k not in ("supplier", "recipient")), default=c.start
        )
    ):
        return None  # told after the count ("None of them has been delivered, and its MiG-29s, …")
    return prev


def _moved_article_system(fields: Mapping[str, object], family: str) -> bool:
    """A reference noun that took the article's system ("Norway bought the vehicles from a Swiss
    maker", after "20 Piranha III vehicles") in a step that moves it between its two parties — not
    one that only holds or places it ("The guns are deployed along the border")."""
    return fields.get("system") != family and fields.get("status") not in _HELD_STEPS


def _placed_by_holder(c: Claim, pick: Claim) -> bool:
    """A reference deployed by no named supplier at the recipient its antecedent moved the system
    to ("received two batteries from Israel … The batteries are deployed near Tangier"): the holder
    placing its own system, no step of the transfer."""
    return (
        c.fields.get("status") == "deployed"
        and not c.fields.get("supplier")
        and c.fields.get("recipient") in (None, pick.fields.get("recipient"))
        and pick.fields.get("status") not in (None, "mentioned", "deployed")
    )


def _named_after(n: Claim, c: Claim) -> bool:
    """``n`` names its system later in ``c``'s sentence than ``c``'s reference stands ("but none has
    been delivered yet, and its MiG-29s …"): a reference looks back, not ahead."""
    if n.sentence_index != c.sentence_index:
        return False
    ref = c.field_spans.get("system")
    named = n.field_spans.get("system")
    return ref is not None and named is not None and named[0] > ref[1]


def _named_since(
    c: Claim, pick: Claim, family: str, article: Sequence[ArticleSystem], lex: ModelLexicon
) -> bool:
    """Whether the system of ``family``'s class the ``article`` names last before the reference
    ``c`` is another than its antecedent ``pick``: a demonstrative points at that one."""
    at = c.field_spans.get("system", (c.start, c.end))[0]
    fitting = [
        (m, category)
        for m, category, _named in article
        if m.end <= at
        and (_fits(family, category, lex) if category else _class_fits(family, m.name or m.text, lex))
    ]
    if not fitting:
        return False
    m, category = fitting[-1]
    key = str(m.code) if category else (m.name or m.text)
    return key not in (pick.fields.get("system"), pick.fields.get("system_name"))


def _same_parties_before(fields: Mapping[str, object], before: Sequence[Claim]) -> bool:
    """An earlier transfer moves something between the same supplier and recipient: what a sentence
    adds between them ("Pyongyang has also sent artillery shells", after its missiles to Moscow) is
    another system, not the one the article named (another supplier's "also" adds the same one)."""
    pair = (fields.get("supplier"), fields.get("recipient"))
    return any(
        n.kind == "transfer" and (n.fields.get("supplier"), n.fields.get("recipient")) == pair for n in before
    )


def _sole_system(fields: Mapping[str, object], before: Sequence[Claim]) -> dict[str, object]:
    """The system and supplier of a reference back that names only its recipient, when every
    stated transfer of its class before it moves one system from one supplier ("Pakistan sold
    JF-17s to Iraq … Nigeria received its jets": Nigeria's are JF-17s from Pakistan)."""
    recipient = fields.get("recipient")
    if not recipient or fields.get("supplier"):
        return {}
    stated = [
        n for n in before if n.fields.get("status") not in (None, "mentioned") and n.fields.get("supplier")
    ]
    if (
        len({(n.fields["system"], n.fields["supplier"]) for n in stated}) != 1
        or stated[0].fields["supplier"] == recipient
    ):
        return {}
    pick = stated[-1]
    found: dict[str, object] = {
        k: pick.fields[k] for k in ("system", "system_name", "category") if k in pick.fields
    }
    return {**found, "supplier": pick.fields["supplier"], "supplier_inferred": True}


# a system the article names: its mention, its category, the countries its sentence names
ArticleSystem = tuple[ActorMention, str | None, frozenset[str]]


def article_systems(
    views: Sequence[SentenceView], named: Sequence[ActorMention], categories: Mapping[str, str]
) -> list[ArticleSystem]:
    """Every system the article names outside quotations, with its category and the countries its
    sentence names: the knowledge base's equipment (in any sentence, whatever it says of it) and
    the other systems ``named`` with a model's name ("six Varuna-class corvettes", "the twelve
    NH90s": category None), in text order."""
    ordered = sorted(views, key=lambda v: v.start)
    starts = [v.start for v in ordered]
    out: list[ArticleSystem] = []
    for m, category in [
        *((m, categories.get(str(m.code))) for view in views for m in view.equipment()),
        *((m, None) for m in named),
    ]:
        at = bisect.bisect_right(starts, m.start) - 1  # the sentence it stands in (by offset)
        view = ordered[at] if at >= 0 and m.start < ordered[at].sentence.end else None
        if view is None or quoted(view, m.start):
            continue  # "'We will never buy F-35s,' the minister said": no system of the article's story
        out.append((m, category, frozenset(c for c, _m in view.countries())))
    return sorted(out, key=lambda a: a[0].start)


def article_counts(
    views: Sequence[SentenceView], article: Sequence[ArticleSystem], lex: ModelLexicon
) -> dict[int, tuple[float, str]]:
    """(cx51) The count said right before each of the ``article``'s system mentions ("three
    Kasturba-class corvettes"), by the mention's start: what a later bare "the ships" counts."""
    ordered = sorted(views, key=lambda v: v.start)
    starts = [v.start for v in ordered]
    out: dict[int, tuple[float, str]] = {}
    for m, _category, _named in article:
        at = bisect.bisect_right(starts, m.start) - 1
        if at >= 0 and (count := mention_count(ordered[at], lex, m)) is not None:
            out[m.start] = count
    return out


def _both_parties(fields: Mapping[str, object]) -> bool:
    """Whether a transfer's fields name its supplier and its recipient."""
    return bool(fields.get("supplier") and fields.get("recipient"))


def _unnamed_generic(c: Claim, lex: ModelLexicon) -> bool:
    """A transfer of a generic system noun with no model's name ("the jets", "several jets", "its
    helicopter deal"), not a count without a noun nor "military equipment"."""
    name = str(c.fields.get("system_name") or "")
    system = str(c.fields.get("system") or "")
    return name == name.lower() and system not in (lex.transfers.elided_noun, lex.transfers.aggregate_system)


def _article_system(
    c: Claim,
    family: str,
    article: Sequence[ArticleSystem],
    lex: ModelLexicon,
    counts: Mapping[int, tuple[float, str]] | None = None,
) -> dict[str, object]:
    """The system fields a reference ``c`` of noun ``family`` takes from the article: those of the
    one system of a fitting class named in an earlier sentence (in any other sentence for a noun
    that qualifies a contract: "its helicopter deal", or, when none fits, the one designation the
    knowledge base lacks named in another sentence); none when no system or several fit.  A system
    of a fitting class is one whose sentence names one of the transfer's parties or no country (an
    article may tell several stories). (cx51) A bare "the ships" with no count of its own (the
    :data:`WHOLE` marker) is the whole set an earlier sentence counted at that system's last mention
    ("three Kasturba-class corvettes"), so it takes that count from ``counts``."""
    anywhere = c.fields.get(ANAPHOR) == CONTRACT
    parties = {str(c.fields.get("supplier")), str(c.fields.get("recipient"))}
    others = [(m, category, named) for m, category, named in article if not c.start <= m.start < c.end]
    # (cx51) a model's name over a known system's name ("Abukuma-class escorts" over "Abukuma-class")
    # is that one system, not a second
    known = [(m.start, m.end) for m, category, _named in others if category]
    others = [a for a in others if a[1] or not any(s < a[0].end and a[0].start < e for s, e in known)]
    fits = {
        str(m.code) if category else (m.name or m.text): (m, category)
        for m, category, named in others
        if (not named or named & parties)
        and not _other_supplier(named, c)
        and (m.end <= c.start or anywhere)
        and (_fits(family, category, lex) if category else _class_fits(family, m.name or m.text, lex))
    }
    if not fits and anywhere:  # "its helicopter deal … the twelve NH90s": the article's only unknown system
        fits = {
            (m.name or m.text): (m, category)
            for m, category, _named in others
            if category is None and not _classes(m.name or m.text, lex)  # "NH90s", not "Leopard 2 tanks"
        }
    if not fits and not anywhere:
        fits = _named_next(c, family, others, parties, lex)
    if len(fits) != 1:
        return {}
    ((m, category),) = fits.values()
    out: dict[str, object] = {"system": str(m.code), "system_name": m.name or m.text}
    count = (counts or {}).get(m.start)
    if count is not None and c.fields.get(WHOLE) and m.end <= c.start:
        out.update(_count_fields(count))
    return {**out, "category": category} if category else out


_NEXT_OPENING = 40  # characters at most from a claim's sentence to the system that opens the next one


def _named_next(
    c: Claim,
    family: str,
    others: Sequence[ArticleSystem],
    parties: set[str],
    lex: ModelLexicon,
) -> dict[str, tuple[ActorMention, str | None]]:
    """(cx42) The system the sentence after a reference names with the reference's own noun, at its
    opening ("sent 40 vehicles to the Kenyan army … The Kirpi vehicles will patrol …"): what the
    vehicles were. Only the first system after the claim counts, when it is a known one (its
    category) named with that noun and its sentence names one of the transfer's parties or no
    country ("Nigeria has used Kirpi vehicles for years" names none)."""
    later = [a for a in others if a[0].start >= c.end]
    if not later:
        return {}
    m, category, named = min(later, key=lambda a: (a[0].start, a[1] is None))
    if (
        category is None
        or m.start - c.end > _NEXT_OPENING
        or system_family(m.text.split()[-1], lex) != family  # "Kirpi vehicles": its noun
        or (named and not named & parties)
    ):
        return {}
    return {str(m.code): (m, category)}


def _other_supplier(named: frozenset[str], c: Claim) -> bool:
    """Whether transfer ``c``'s noun carries its own supplier's adjective ("Morocco also buys Israeli
    drones") while the sentence of an article's system names another country and not that supplier
    ("TB2 drones from Turkey"): the noun is that supplier's, not the article's system."""
    supplier, noun = c.field_spans.get("supplier"), c.field_spans.get("system")
    if not c.fields.get("supplier") or (
        supplier is not None and not (noun and 0 <= noun[0] - supplier[1] <= 1)
    ):
        return False  # (the adjective's supplier has no span of its own, or adjoins the noun)
    parties = {str(c.fields.get("supplier")), str(c.fields.get("recipient"))}
    return bool(named - parties) and str(c.fields.get("supplier")) not in named


def resolve_pronouns(
    claims: list[Claim], sentences: Sequence[Sentence], mentions: Sequence[ActorMention]
) -> list[Claim]:
    """Give a transfer whose subject is "it" ("Romania is modernising fast. It bought 54 Abrams
    tanks …") the first country the nearest sentence before it names — not its other party; a
    transfer of an unknown system left with one party is dropped. A deployment's sender told by
    "it" ("It will send 350 soldiers to Latvia") is found the same way (dep3)."""
    spans = sorted((s.start, s.end) for s in sentences)
    firsts: list[str | None] = []
    for lo, hi in spans:
        inside = [m for m in mentions if lo <= m.start < hi and m.kind == "country" and m.code]
        firsts.append(str(min(inside, key=lambda m: m.start).code) if inside else None)
    starts = [lo for lo, _hi in spans]
    out = []
    for c in claims:
        role = c.fields.get(PRONOUN) if c.kind in ("transfer", "deployment") else None
        if not isinstance(role, str):
            out.append(c)
            continue
        fields = {k: v for k, v in c.fields.items() if k not in (PRONOUN, SPEAKER)}
        at = bisect.bisect_right(starts, c.start) - 1
        if c.fields.get(SPEAKER):
            # (from the cue inside the quote: the claim's start may be the opening quote mark)
            speaker = _quote_speaker(c.field_spans.get("status", (c.start, c.end))[0], sentences, mentions)
            other = fields.get("supplier" if role == "recipient" else "recipient")
            if speaker is not None and speaker != other:
                fields[role] = speaker
                fields[f"{role}_inferred"] = True
            out.append(replace(c, fields=fields))
            continue
        others = {fields.get(k) for k in ("supplier", "recipient", "maker", "host")}
        antecedent = next((f for f in reversed(firsts[: max(at, 0)]) if f is not None), None)
        if antecedent is not None and antecedent not in others:
            fields[role] = antecedent
            fields[f"{role}_inferred"] = True
        elif _unknown_one_sided(replace(c, fields=fields)):
            continue
        out.append(replace(c, fields=fields))
    return out


_OPEN_QUOTE = re.compile(r'["“]')
_CLOSE_QUOTE = re.compile(r'["”]')


def _quote_speaker(at: int, sentences: Sequence[Sentence], mentions: Sequence[ActorMention]) -> str | None:
    """The state a quote around offset ``at`` is attributed to: a country, or its ministry or
    official, named after the quote closes in its sentence ('…," the Spanish minister said') or
    else before it opens (in its sentence, or the sentence before); None for another speaker."""
    ordered = sorted(sentences, key=lambda s: s.start)
    idx = next((i for i, s in enumerate(ordered) if s.start <= at < s.end), None)
    if idx is None:
        return None

    def state(lo: int, hi: int) -> str | None:
        found = [m for m in mentions if lo <= m.start < hi and m.kind in ("country", "person")]
        first = min(found, key=lambda m: m.start) if found else None
        return mention_country(first) if first is not None else None

    here = ordered[idx]
    close = _CLOSE_QUOTE.search(here.text, at - here.start)
    if close is not None and here.text[close.end() :].strip(" .,"):
        return state(here.start + close.end(), here.end)
    for i in range(idx, -1, -1):
        s = ordered[i]
        text = s.text[: at - s.start] if i == idx else s.text
        opens = list(_OPEN_QUOTE.finditer(text))
        if not opens:
            continue
        lead = opens[-1].start()
        if text[:lead].strip():
            return state(s.start, s.start + lead)
        return state(ordered[i - 1].start, ordered[i - 1].end) if i > 0 else None
    return None


def name_generic_systems(
    claims: list[Claim],
    named: Sequence[ActorMention],
    lex: ModelLexicon,
    counts: Mapping[int, tuple[float, str]] | None = None,
) -> list[Claim]:
    """Give a transfer of a generic system named only by its noun ("all eight submarines") the
    model's name the article gives systems of that noun ("eight Hangor-class submarines"), when it
    gives one name only; the system's key (its noun) stays. A reference noun ("the first boats")
    takes none here: only an earlier transfer names it (resolve_systems). (cx51) A bare "the
    frigates" (the :data:`WHOLE` marker) with no count of its own also takes the count ``counts``
    gives the last mention of that name in an earlier sentence ("four Elli-class frigates")."""
    names: dict[str, set[str]] = {}
    for m in named:
        names.setdefault(str(m.code), set()).add(m.name or m.text)
    out = []
    for c in claims:
        family, name = str(c.fields.get("system")), str(c.fields.get("system_name") or "")
        options = names.get(family, set())
        if (
            c.kind == "transfer"
            and not c.fields.get("category")
            and len(options) == 1
            and name == name.lower()
            and not (c.fields.get(ANAPHOR) and _reference_only(c, lex))
        ):
            c = replace(
                c, fields={**c.fields, "system_name": next(iter(options)), **_whole_count(c, named, counts)}
            )
        out.append(c)
    return out


def _mentioned_count(pick: Claim, fields: Mapping[str, object]) -> dict[str, object]:
    """(cx51) The count of a system only mentioned before ("The coming of two Gepard-class warships
    is …"), for a bare "the ships" with none of its own: the whole set it counted. A stepped
    antecedent's count ("ordered 12 jets … the jets arrived") may be more than what moved: none."""
    count = pick.fields.get("quantity")
    if fields.get("quantity") is not None or not isinstance(count, float | int) or count <= 1:
        return {}
    if pick.fields.get("quantity_qualifier"):
        return {}
    return {
        k: pick.fields[k] for k in ("quantity", "quantity_text", "quantity_qualifier") if k in pick.fields
    }


def _without(c: Claim, marker: str) -> Claim:
    """``c`` without the field ``marker``."""
    if marker not in c.fields:
        return c
    return replace(c, fields={k: v for k, v in c.fields.items() if k != marker})


def _whole_count(
    c: Claim, named: Sequence[ActorMention], counts: Mapping[int, tuple[float, str]] | None
) -> dict[str, object]:
    """(cx51) The count of the last mention of ``c``'s noun in an earlier sentence, for a bare "the
    frigates" with none of its own; nothing otherwise."""
    family = str(c.fields.get("system"))
    before = [m for m in named if str(m.code) == family and m.end <= c.start]
    last = max(before, key=lambda m: m.start) if before else None
    count = (counts or {}).get(last.start) if last is not None and c.fields.get(WHOLE) else None
    if count is None or c.fields.get("quantity") is not None:
        return {}
    return _count_fields(count)


def _count_fields(count: tuple[float, str]) -> dict[str, object]:
    """(cx51) The quantity fields of a count :func:`article_counts` found, for a bare "the ships":
    none for one (a single system is no set to count)."""
    if count[0] <= 1:
        return {}
    return {"quantity": count[0], "quantity_text": count[1], "quantity_qualifier": None}


def fill_suppliers(claims: list[Claim]) -> list[Claim]:
    """Give a transfer whose sentence names no supplier the one the article gives it: for "… from
    the same supplier" the previous transfer's supplier; else ("Estonia took delivery of its first
    HIMARS") the supplier the article names for the same system elsewhere, the most frequent one
    — never the recipient. A "same supplier" transfer with none before is dropped."""
    claims = _same_supplier(_recipients_supplier(claims))
    usual = Counter(
        (c.fields.get("system"), c.fields["supplier"])
        for c in claims
        if c.kind == "transfer" and c.fields.get("supplier")
    )
    out = []
    for c in claims:
        if c.kind == "transfer" and not c.fields.get("supplier") and c.fields.get("system"):
            options = [
                (n, s)
                for (system, s), n in usual.items()
                if system == c.fields["system"] and s != c.fields.get("recipient")
            ]
            if options:
                c = replace(c, fields={**c.fields, "supplier": max(options)[1], "supplier_inferred": True})
        out.append(c)
    return out


def fill_usual_suppliers(
    claims: list[Claim], producers: Mapping[str, str], mentions: Sequence[ActorMention] = ()
) -> list[Claim]:
    """Give a stated transfer that still names no supplier once its recipient is known the
    article's usual supplier: the one supplier the article gives that recipient ("… ordered
    launchers from Turkey … drones, which arrived the same year"), else the system's producing
    country (``producers``) when the article names that country ("Romania received its TB2
    drones … Turkish production lines")."""
    by_recipient = _suppliers_by_recipient(claims)
    named = {code for m in mentions if m.kind != "equipment" and (code := mention_country(m)) is not None}
    out = []
    for c in claims:
        if c.kind == "transfer" and not c.fields.get("supplier") and c.fields.get("system"):
            seller = _usual_supplier(c, by_recipient, producers, named)
            if seller is not None:
                c = replace(c, fields={**c.fields, "supplier": seller, "supplier_inferred": True})
        out.append(c)
    return out


def _usual_supplier(
    c: Claim, by_recipient: Mapping[object, set[object]], producers: Mapping[str, str], named: set[str]
) -> object | None:
    """The article's supplier for a stated transfer to a named recipient that names none: the one
    supplier the article gives that recipient, else the system's producer when the article names it."""
    recipient = c.fields.get("recipient")
    if not recipient or c.fields.get("status") in (None, "mentioned") or PENDING in c.fields:
        return None
    options = by_recipient.get(recipient, set()) - {recipient}
    producer = producers.get(str(c.fields.get("system")))
    # a fleet the recipient flies ("still flies its Korean jets") came from its maker, when the
    # article names the maker's country, not from the recipient's seller of another system
    if c.fields.get("status") == "operated-by" and producer and producer != recipient and producer in named:
        return producer
    if len(options) == 1:
        return next(iter(options))
    if not options and producer and producer != recipient and producer in named:
        return producer
    return None


def _suppliers_by_recipient(claims: list[Claim]) -> dict[object, set[object]]:
    """Each recipient a transfer names, with the suppliers the article gives it."""
    suppliers: dict[object, set[object]] = {}
    for c in claims:
        if c.kind == "transfer" and c.fields.get("supplier") and c.fields.get("recipient"):
            suppliers.setdefault(c.fields["recipient"], set()).add(c.fields["supplier"])
    return suppliers


def _recipients_supplier(claims: list[Claim]) -> list[Claim]:
    """A transfer of an unknown system that names its recipient but no supplier takes the one
    supplier the article gives that recipient; with none, or several, it is dropped."""
    suppliers = _suppliers_by_recipient(claims)
    out = []
    for c in claims:
        if c.kind == "transfer" and c.fields.get(PENDING) == "supplier":
            fields = {k: v for k, v in c.fields.items() if k != PENDING}
            options = suppliers.get(fields.get("recipient"), set())
            if fields.get("supplier") is None and len(options) != 1:
                continue
            if fields.get("supplier") is None:
                fields.update(supplier=next(iter(options)), supplier_inferred=True)
            c = replace(c, fields=fields)
        out.append(c)
    return out


def _same_supplier(claims: list[Claim]) -> list[Claim]:
    out: list[Claim] = []
    last: str | None = None
    for c in claims:
        if c.kind != "transfer":
            out.append(c)
            continue
        if SAME_SUPPLIER in c.fields:
            fields = {k: v for k, v in c.fields.items() if k != SAME_SUPPLIER}
            if last is None or last == fields.get("recipient"):
                continue
            c = replace(c, fields={**fields, "supplier": last, "supplier_inferred": True})
        if c.fields.get("supplier"):
            last = str(c.fields["supplier"])
        out.append(c)
    return out


def _model_told(fields: Mapping[str, object]) -> bool:
    """(lead31) An unlisted system told by a model's name ("N-49", "Vetka trainers"), not by a bare
    class noun that may stand for a system the article names elsewhere ("all eight submarines")."""
    name = str(fields.get("system_name") or "")
    return any(map(model_word, name.split()))


def _designation_only(c: Claim) -> bool:
    """(cx56) A transfer of an unlisted system named by its designation alone ("N-49s", "the
    Tarkan"), no class noun beside it: the noun a later reference uses ("the jets") cannot be
    matched against its class."""
    name = str(c.fields.get("system_name") or "")
    return (
        c.kind == "transfer"
        and not c.fields.get("category")
        and c.fields.get("status") != "mentioned"
        and name == str(c.fields.get("system") or "")
        and _model_told(c.fields)
    )


def _sole_designation(earlier: Sequence[Claim]) -> Claim | None:
    """(cx56) The antecedent of a reference ("Denmark has yet to hand over any of the jets") that no
    system of its class answers: the last earlier transfer of an unlisted system told by its
    designation alone, when the earlier transfers name no other system (one name among them)."""
    names = {str(n.fields.get("system_name")) for n in earlier if n.kind == "transfer"}
    told = [n for n in earlier if _designation_only(n)]
    return told[-1] if told and len(names) == 1 else None


def _own_model_kept(c: Claim, pick: Claim) -> bool:
    """(cx56) A reference that names its own model ("the first six Zinito fighter jets") keeps
    that name against an antecedent that names none ("French combat aircraft"): it takes the
    antecedent's parties, not its bare class noun."""
    return _model_told(c.fields) and not pick.fields.get("category") and not _model_told(pick.fields)


def _unknown_one_sided(c: Claim) -> bool:
    """A transfer of a system the knowledge base does not know that still lacks a party: no record."""
    return (
        c.kind == "transfer"
        and not c.fields.get("category")
        and not (c.fields.get("supplier") and c.fields.get("recipient"))
    )


def _same_noun(c: Claim, family: str) -> bool:
    """A transfer of a generic system of noun ``family`` that the text names with a model's name."""
    name = str(c.fields.get("system_name") or "")
    return c.kind == "transfer" and str(c.fields.get("system")) == family and name != name.lower()


def _conjunct_count(n: Claim, c: Claim, fields: Mapping[str, object], family: str, lex: ModelLexicon) -> bool:
    """A count with no noun in a later conjunct of ``n``'s sentence, of ``n``'s supplier, to
    another recipient ("delivered 14 tanks to Lithuania and eight to Czechia"): the same system."""
    return (
        family == lex.transfers.elided_noun
        and n.kind == "transfer"
        and n.sentence_index == c.sentence_index
        and n.fields.get("supplier") is not None
        and fields.get("supplier") in (None, n.fields.get("supplier"))
    )


def _pronoun_antecedent(n: Claim, fields: Mapping[str, object]) -> bool:
    """Whether the earlier claim ``n`` names a system an object pronoun may point back to ("The
    tanks came from Spain's army, which sold them to Peru"): a transfer of a named system that shares
    a party with the pronoun's transfer (one leg of the same chain)."""
    mine = {fields.get("supplier"), fields.get("recipient")} - {None}
    theirs = {n.fields.get("supplier"), n.fields.get("recipient")} - {None}
    return n.kind == "transfer" and _named_system(n) and bool(mine & theirs)


def _antecedent(n: Claim, fields: Mapping[str, object], family: str, lex: ModelLexicon) -> bool:
    """Whether the earlier claim ``n`` is a transfer a reference back of ``fields`` may name: one
    sharing a party with the reference when it names any; a count without a noun ("the remaining
    50") must not name another party than the earlier transfer's. A system only mentioned (in a
    strike, a parade) is the antecedent only of a reference that shares a party with it and names
    no other ("Russian S-400 batteries shot down …" is none for "the United States handed over
    the remaining units to Ukraine")."""
    if n.kind != "transfer":
        return False
    mine = {fields.get("supplier"), fields.get("recipient")} - {None}
    theirs = {n.fields.get("supplier"), n.fields.get("recipient")} - {None}
    same = all(fields.get(r) in (None, n.fields.get(r)) for r in ("supplier", "recipient"))
    if n.fields.get("status") in (None, "mentioned"):
        return same and bool(mine & theirs)
    if family == lex.transfers.elided_noun:
        return same
    return not mine or bool(mine & theirs)


def _reference_only(c: Claim, lex: ModelLexicon) -> bool:
    """A transfer whose system is only a reference noun ("the first ships", "the remaining
    vessels"), not a generic system noun of its own ("landing ships")."""
    name = str(c.fields.get("system_name") or "")
    refs, nouns = lex.transfers.reference_noun, lex.transfers.system_noun
    ends = [m.end() for m in refs.finditer(name)] if refs is not None else []
    if len(name) not in ends:
        return False
    return nouns is None or all(m.end() != len(name) for m in nouns.finditer(name))


def _class_fits(family: str, name: str, lex: ModelLexicon) -> bool:
    """Whether a reference noun ``family`` can name a system called ``name`` (a shared class)."""
    if family in lex.transfers.any_class_nouns:
        return True  # "the remaining units": any system
    return bool(_classes(name, lex) & lex.transfers.classes_of([family]))


def _classes(name: str, lex: ModelLexicon) -> set[str]:
    """The equipment classes the words of a system's ``name`` say ("Leopard 2 tanks": tank)."""
    return set(lex.transfers.classes_of({system_family(w, lex) for w in name.split()}))


def _same_class(c: Claim, family: str, lex: ModelLexicon) -> bool:
    """A transfer of a system the knowledge base does not know whose name shares an equipment
    class with the noun ``family`` ("Varuna-class corvettes" for "ship"), or holds that noun with a
    model's name ("Leopard 2A8 tanks" for "tank")."""
    name = str(c.fields.get("system_name") or "")
    if c.kind != "transfer" or c.fields.get("category") or (c.fields.get(ANAPHOR) and name == name.lower()):
        return False  # a reference itself ("the ships") is none; "a second FK-3 battery" names one
    if _same_noun(c, family):
        return True
    system = str(c.fields.get("system") or "")
    if system == lex.transfers.aggregate_system:
        return False
    return _class_fits(family, str(c.fields.get("system_name") or system), lex)


def _named_system(c: Claim) -> bool:
    return bool(c.fields.get("category")) and c.fields.get("category") != AGGREGATE


def _fits(family: str, category: str, lex: ModelLexicon) -> bool:
    """Whether a generic system's head noun can name a known system of ``category``: the
    category's own head noun ("air defence system" → "defence", "main battle tank" → "tank",
    found as an unknown system's key is) is that noun or shares a class of ``system_classes``."""
    return family in category.split() or _class_fits(family, system_family(category, lex), lex)


def sentence_views(
    ctx: DocContext,
    sentences: Sequence[Sentence],
    mentions: Sequence[ActorMention],
    dates: Sequence[DateExpr],
    quantities: Sequence[Quantity],
    events: Sequence[Event],
    *,
    lang: LanguagePack,
) -> list[SentenceView]:
    """Group the document's records by the sentence whose span contains them."""
    views = [SentenceView(s, ctx, lang) for s in sorted(sentences, key=lambda s: s.start)]
    starts = [v.start for v in views]

    def owner(start: int) -> SentenceView | None:
        i = bisect.bisect_right(starts, start) - 1
        return views[i] if i >= 0 and start < views[i].sentence.end else None

    for m in sorted(mentions, key=lambda m: m.start):
        if (v := owner(m.start)) is not None:
            v.mentions.append(m)
    for d in dates:
        if (v := owner(d.start)) is not None:
            v.dates.append(d)
    for q in quantities:
        if (v := owner(q.start)) is not None:
            v.quantities.append(q)
    for ev in events:
        if (v := owner(ev.trigger.start)) is not None:
            v.events.append(ev)
    return views


def contracted_by(
    view: SentenceView, transfers: list[Claim], agreements: list[Claim], lex: ModelLexicon
) -> list[Claim]:
    """A system named without a status in a sentence that says a purchase contract for it was
    signed ("the Akinci contract that Riyadh signed in July") is contracted — not one that a
    contract for work on it names ("signed a contract with a local firm to upgrade its tanks")."""
    signed = [
        a
        for a in agreements
        if a.fields.get("action") == "signed"
        and a.fields.get("modality", "asserted") == "asserted"
        and not a.fields.get("negated")
        and str(a.fields.get("name") or "").lower() in lex.transfers.contract_names
        and not lex.transfers.not_a_sale.search(
            view.slice(a.field_spans.get("action", (a.start, a.end))[0], view.sentence.end)
        )
    ]
    transfers = [_unsigned_contract(t, agreements, lex) for t in transfers]
    if not signed:
        return transfers
    out = []
    for t in transfers:
        if t.fields.get("status") == "mentioned":
            spans = dict(t.field_spans)
            if "action" in signed[0].field_spans:
                spans["status"] = signed[0].field_spans["action"]
            t = replace(t, fields={**t.fields, "status": "contracted"}, field_spans=spans)
        out.append(t)
    return out


def _unsigned_contract(t: Claim, agreements: list[Claim], lex: ModelLexicon) -> Claim:
    """A contracted transfer whose cue is the noun of a purchase contract the sentence says was not
    signed ("The contract for 24 Rafale jets … has yet to be signed", "… remains unsigned"): the
    contract is denied, and so is the transfer."""
    cue = t.field_spans.get("status")
    if t.fields.get("status") != "contracted" or t.fields.get("negated") or cue is None:
        return t
    for a in agreements:
        noun = a.field_spans.get("name")
        if (
            a.fields.get("action") == "signed"
            and a.fields.get("modality") == "negated"
            and str(a.fields.get("name") or "").lower() in lex.transfers.contract_names
            and noun is not None
            and noun[0] < cue[1]
            and cue[0] < noun[1]
        ):
            return replace(t, fields={**t.fields, "negated": True})
    return t


def fill_recipients(
    claims: list[Claim], mentions: Sequence[ActorMention] = (), home: str | None = None
) -> list[Claim]:
    """Give transfers without a recipient the document's usual recipient of the same supplier,
    else the dateline's country (``home``), else the country the article names most often when
    one clearly leads ("six F-16s delivered by Denmark touched down in Córdoba" in an article
    about Argentina), the article's sellers left out — never the supplier or the system's maker. A
    denied transfer that no one is named to receive is dropped."""
    named = Counter(code for m in mentions if (code := mention_country(m)) is not None)
    seen = Counter(
        (c.fields.get("supplier"), c.fields["recipient"])
        for c in claims
        if c.kind == "transfer" and c.fields.get("recipient")
    )
    systems = Counter(
        (c.fields.get("system"), c.fields["recipient"])
        for c in claims
        if c.kind == "transfer" and c.fields.get("recipient") and c.fields.get("category")
    )
    sellers = {c.fields.get("supplier") for c in claims if c.kind == "transfer"} - {None}
    out = []
    for c in claims:
        if ARRIVED_FROM in c.fields:
            received = _arrival_recipient(c, mentions, home)
            if received is None:
                continue
            c = received
        if c.kind == "transfer" and not c.fields.get("recipient"):
            options = [(n, r) for (s, r), n in seen.items() if s == c.fields.get("supplier") and r != s]
            # … nor a former owner ("will send ex-German tanks": Germany gets nothing back)
            sides = {c.fields.get("supplier"), c.fields.get("maker"), c.fields.get(FORMER_OWNER)}
            if not options and c.fields.get("category") and not c.fields.get("negated"):
                system = c.fields.get("system")  # the recipient the article gives the same system
                options = [(n, r) for (y, r), n in systems.items() if y == system and r not in sides]
            if not options and home and home not in sides:
                options = [(1, home)]
            if not options and not c.fields.get("negated"):  # a denial names whom it denies
                # the article's sellers are not its unnamed buyer ("ordered from Poland" in a budget
                # summary that also names Sweden as a seller)
                ranked: list[tuple[int, object]] = [
                    (n, r) for r, n in named.most_common() if r not in sides | sellers
                ]
                ranked = ranked[:3]
                if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
                    options = ranked[:1]
            if options:
                fields = {**c.fields, "recipient": max(options)[1], "recipient_inferred": True}
                c = replace(c, fields=fields)
            elif c.fields.get("negated"):
                # "has yet to hand one over to a foreign customer": no transfer to anyone, unless the
                # article gives the same supplier's same system a recipient (below)
                out.append(replace(c, fields={**c.fields, _UNRECEIVED: True}))
                continue
        out.append(c)
    return _denials_of_filled(out)


_UNRECEIVED = "unreceived"  # a marker: a denied transfer with no recipient after fill_recipients' pass


def _denials_of_filled(claims: list[Claim]) -> list[Claim]:
    """(cx44) A denied transfer that names no recipient ("…, yet France has not delivered the remaining
    five guns") takes the one recipient the article's own transfer of the same supplier and system
    has, once that one is filled ("Its order of 36 Caesar howitzers from France": the article's
    country ordered them); with none, or with two, it is dropped as before."""
    held: dict[tuple[object, object], set[object]] = {}
    for c in claims:
        if c.kind == "transfer" and c.fields.get("recipient") and not c.fields.get(_UNRECEIVED):
            held.setdefault((c.fields.get("supplier"), c.fields.get("system")), set()).add(
                c.fields["recipient"]
            )
    out = []
    for c in claims:
        if c.fields.get(_UNRECEIVED):
            fields = {k: v for k, v in c.fields.items() if k != _UNRECEIVED}
            options = held.get((fields.get("supplier"), fields.get("system")), set())
            if len(options) != 1 or not fields.get("supplier"):
                continue
            c = replace(c, fields={**fields, "recipient": next(iter(options)), "recipient_inferred": True})
        out.append(c)
    return out


def _arrival_recipient(c: Claim, mentions: Sequence[ActorMention], home: str | None) -> Claim | None:
    """(cx37) The recipient of a system that arrived from its supplier with none named ("The first
    six howitzers arrived from South Korea on Friday"): the dateline's country, else the one country
    the article names before it — none (the claim dropped) when two could have received it."""
    fields = {k: v for k, v in c.fields.items() if k != ARRIVED_FROM}
    sides = {fields.get("supplier"), fields.get("maker"), fields.get(FORMER_OWNER)}
    at = c.field_spans.get("status", (0, 0))[0]
    before = {code for m in mentions if m.start < at and (code := mention_country(m)) is not None} - sides
    recipient = home if home and home not in sides else (next(iter(before)) if len(before) == 1 else None)
    if recipient is None:
        return None
    return replace(c, fields={**fields, "recipient": recipient, "recipient_inferred": True})


def fill_unsaid_suppliers(
    claims: list[Claim], mentions: Sequence[ActorMention] = (), home: str | None = None
) -> list[Claim]:
    """Give a passive transfer that names no supplier ("four patrol boats were handed over to
    Ghana") the dateline's country (``home``), else the one supplier the article gives its
    recipient elsewhere, else the country the article names most often when one clearly leads (a
    system's maker counts only where the text names the country), else the maker — never the
    recipient, nor another customer of the same order (the marker's list)."""
    suppliers = _suppliers_by_recipient(claims)
    out = []
    for c in claims:
        if c.kind == "transfer" and UNSAID_SUPPLIER in c.fields:
            fields = {k: v for k, v in c.fields.items() if k != UNSAID_SUPPLIER}
            recipient = fields.get("recipient")
            marker = c.fields[UNSAID_SUPPLIER]
            sides = {str(recipient), *(str(x) for x in (marker if isinstance(marker, list) else ()))}
            if not fields.get("supplier"):
                options = {str(x) for x in suppliers.get(recipient, set())} - sides
                seller = home if home and home not in sides else None
                if seller is None and len(options) == 1:
                    seller = next(iter(options))
                if seller is None:  # a country the text names, not a system's maker
                    named = [m for m in mentions if m.kind != "equipment"]
                    seller = _leading_country(named, sides)
                if seller is None and fields.get("maker") is not None and str(fields["maker"]) not in sides:
                    seller = str(fields["maker"])  # nothing else in the article: the maker's country
                if seller is not None:
                    fields.update(supplier=seller, supplier_inferred=True)
            c = replace(c, fields=fields)
        out.append(c)
    return out


def later_parties_in_role(
    view: SentenceView, sentences: Sequence[Sentence], lex: ModelLexicon
) -> SentenceView:
    """``view`` for the transfer rules: a coded event's party that the coder took from a later
    sentence stays only where that sentence gives it a transfer role — a sentence with a transfer
    cue, where the country is no place ("Chile bought warships. Its crew trained in Australia.":
    where the crew trained sells nothing; "Spain delivered boats. Mauritania received them." does)."""
    events = [_event_in_role(e, view, sentences, lex) for e in view.events]
    if all(a is b for a, b in zip(events, view.events, strict=True)):
        return view
    return replace(view, events=events)


def _event_in_role(
    event: Event, view: SentenceView, sentences: Sequence[Sentence], lex: ModelLexicon
) -> Event:
    def kept(a: EventActor) -> bool:
        if a.start < view.sentence.end:
            return True
        s = _sentence_at(a.start, sentences)
        if s is None or _named_as_place(a.start, s, lex):
            return False
        gate = lex.gates.get("transfers")
        return gate is None or gate.search(s.text) is not None

    actors = tuple(a for a in event.actors if kept(a))
    recipients = tuple(a for a in event.recipients if kept(a))
    if len(actors) == len(event.actors) and len(recipients) == len(event.recipients):
        return event
    return replace(event, actors=actors, recipients=recipients)


def unplaced(
    mentions: Sequence[ActorMention], sentences: Sequence[Sentence], lex: ModelLexicon
) -> list[ActorMention]:
    """The mentions that are not a place after a place preposition ("the officials met in Togo",
    "its crew trained in Australia"): such a country is where something happens, no side that
    gives."""
    out = []
    for m in mentions:
        s = _sentence_at(m.start, sentences)
        if s is None or not _named_as_place(m.start, s, lex):
            out.append(m)
    return out


def _sentence_at(at: int, sentences: Sequence[Sentence]) -> Sentence | None:
    """The sentence that holds the character ``at``."""
    return next((s for s in sentences if s.start <= at < s.end), None)


def _named_as_place(at: int, s: Sentence, lex: ModelLexicon) -> bool:
    """Whether the name at ``at`` in ``s`` follows a place preposition ("met in Togo")."""
    return lex.agreements.place_before.search(s.text[: at - s.start]) is not None


def _named_town_country(c: Claim, mentions: Sequence[ActorMention]) -> str | None:
    """The one country among those the forces' town may be in that the article names ("stationed
    at Tapa" in an article that names Estonia)."""
    towns = c.fields.get(HOST_TOWNS)
    if not isinstance(towns, list):
        return None
    named = {mention_country(m) for m in mentions} & set(towns)
    return str(next(iter(named))) if len(named) == 1 else None


def _leading_country(mentions: Sequence[ActorMention], sides: set[str]) -> str | None:
    """The country the article names most often, outside ``sides``, when one clearly leads."""
    named = Counter(code for m in mentions if (code := mention_country(m)) is not None and code not in sides)
    ranked = named.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def fill_agreement_parties(claims: list[Claim], mentions: Sequence[ActorMention]) -> list[Claim]:
    """Give an agreement claim that names fewer than two parties ("the two signed it in March",
    "the pact Rome signed with the junta") the parties the article gives it elsewhere: another
    claim about an agreement that includes them (the same name first), the two parties of a
    transfer in the same sentence, else the article's two most-named countries when they include
    the named one — not for one state's accession or withdrawal (``sole_party``), nor when one of
    them is a country its sentence names only as a mediator or by a city in an agreement's name
    (``not_parties``: "the Paris Agreement" is no party of France's)."""
    full = [c for c in claims if c.kind == "agreement" and len(_parties_of(c)) >= 2]
    named = Counter(code for m in mentions if (code := mention_country(m)) is not None)
    top = [code for code, _ in named.most_common(2)] if len(named) >= 2 else []
    out = []
    for c in claims:
        parties = _parties_of(c)
        if c.kind == "agreement" and len(parties) < 2 and not c.fields.get("sole_party"):
            aside = c.fields.get("not_parties")  # "the Paris Agreement": not FRA
            excluded = {str(p) for p in aside} if isinstance(aside, list) else set()
            found = _parties_elsewhere(c, parties, full, claims) or (
                top if top and set(parties) <= set(top) and not excluded & set(top) else None
            )
            if found:
                c = replace(c, fields={**c.fields, "parties": sorted(found), "parties_inferred": True})
        out.append(c)
    return out


def _parties_elsewhere(
    c: Claim, parties: list[str], full: list[Claim], claims: list[Claim]
) -> list[str] | None:
    fits = [f for f in full if set(parties) <= set(_parties_of(f))]
    same_name = [f for f in fits if f.fields.get("name") and f.fields.get("name") == c.fields.get("name")]
    if same_name or fits:
        return _parties_of((same_name or fits)[0])
    for t in claims:
        pair = {t.fields.get("supplier"), t.fields.get("recipient")}
        if (
            t.kind == "transfer"
            and t.sentence_index == c.sentence_index
            and None not in pair
            and set(parties) <= pair
        ):
            return [str(x) for x in pair]
    return None


def _parties_of(c: Claim) -> list[str]:
    parties = c.fields.get("parties")
    return [str(p) for p in parties] if isinstance(parties, list) else []


_DATELINE_END = re.compile(r"\s*(?:,|\(|—|–|-|:)")  # what follows a dateline's place
_DATELINE_SPAN = 40  # a dateline place opens the text: "TAIPEI, 5 November 2024 — ", "KYIV (Wire) — "


def dateline_country(
    mentions: Sequence[ActorMention], kb: KnowledgeBase, lead: Sentence | None = None
) -> str | None:
    """The country of the place that opens the article's dateline, when the knowledge base knows
    it as a country, capital or region ("WARSAW, 26 August 2022 — ..." → POL); with the article's
    first sentence ``lead``, only a place that a dateline's punctuation follows ("Canada leads the
    brigade …" opens no dateline)."""
    opening = [m for m in mentions if m.start < _DATELINE_SPAN]
    if not opening or (lead is not None and min(m.start for m in opening) > lead.start):
        return _capitals_dateline(kb, lead)  # "BUENOS AIRES — …": a place the actor stage left out
    m = min(opening, key=lambda m: m.start)
    if lead is not None and not _DATELINE_END.match(lead.text[max(0, m.end - lead.start) :]):
        return None
    if m.kind == "country" and m.code:
        return m.code
    refs = kb.refs_for_name(m.text.title()) if m.text.isupper() else []
    codes = {r.code for r in refs if r.kind == "country"}
    return codes.pop() if len(codes) == 1 else None


# capitals with their accented letters ("LOMÉ, …", "SÃO TOMÉ —", "REYKJAVÍK (Wire) —")
_CAPITALS = re.compile(
    r"([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'-]*(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'-]*){0,3})(?=\s*(?:,|\(|—|–|:))"
)


def _capitals_dateline(kb: KnowledgeBase, lead: Sentence | None) -> str | None:
    """The country of a dateline in capitals that opens the lead when the knowledge base knows it
    as one country's name or capital ("BUENOS AIRES — …" → ARG)."""
    hit = _CAPITALS.match(lead.text) if lead is not None else None
    if hit is None:
        return None
    codes = {r.code for r in kb.refs_for_name(hit.group(1).title()) if r.kind == "country"}
    return codes.pop() if len(codes) == 1 else None


def fill_speakers(
    claims: list[Claim], mentions: Sequence[ActorMention], home: str | None, *, lex: ModelLexicon
) -> list[Claim]:
    """Give statements whose speaker the actor stage left unresolved the country the article
    gives them: a surname named before with a country ("Blaszczak said" after "Poland's defence
    minister Mariusz Blaszczak"), else — for a role ("the ministry said", "he said") — the
    previous statement's speaker, else ``home`` (the dateline's country) or the article's
    first-named country; (cx57) a speaker whose own words name one country by its name or demonym
    ("the Rwanda Defence Force") is that country's, whatever the dateline.  Statements that stay
    without a speaker are dropped."""
    surnames: dict[str, str] = {}
    for m in mentions:
        country = mention_country(m)
        if m.kind == "person" and country:
            for name in (m.text, m.name or ""):
                if name.split():
                    surnames[name.split()[-1].lower()] = country
    first = home or next(
        (
            code
            for m in sorted(mentions, key=lambda m: m.start)
            if m.kind == "country" and (code := mention_country(m))
        ),
        None,
    )
    last: str | None = None
    out: list[Claim] = []
    for c in claims:
        if c.kind != "statement":
            out.append(c)
            continue
        if c.fields.get("speaker"):
            if SECOND_SPEAKER in c.fields:  # (cx37) "after Indian officials said …": not who speaks next
                c = replace(c, fields={k: v for k, v in c.fields.items() if k != SECOND_SPEAKER})
            else:
                last = str(c.fields.get("speaker_country") or c.fields["speaker"])
            if not c.fields.get(ACT_ONLY):  # an act with no content only names who speaks next
                out.append(c)
            continue
        name = str(c.fields.get("speaker_name") or "")
        words = name.split()
        role = (
            not words
            or words[0].lower() in lex.statements.role_determiners
            or name.lower() in lex.statements.pronouns
        )
        known = surnames.get(words[-1].lower()) if words and not role else None
        # (cx57) "the Rwanda Defence Force said" under a Mozambican dateline: the country its name holds
        country = (
            known
            or _country_within(mentions, c.field_spans.get("speaker"))
            or (last if role else None)
            or first
        )
        if country is None:
            continue
        if not role and words:
            surnames[words[-1].lower()] = country
        fields = {**c.fields, "speaker": country, "speaker_country": country, "speaker_inferred": True}
        if fields.get("target") == country:
            fields.pop("target", None)
            fields.pop("target_name", None)
        last = country
        out.append(replace(c, fields=fields))
    return out


_NAMED_COUNTRY = ("country-name", "demonym")  # resolutions by a country's own name or its demonym


def _country_within(mentions: Sequence[ActorMention], span: tuple[int, int] | None) -> str | None:
    """(cx57) The one country named inside a speaker's words ("the Rwanda Defence Force", "the
    Kenyan ministry") that the actor stage left unresolved, else None; a capital there is a name
    ("Defence Minister Wellington Koo"), not a country."""
    if span is None:
        return None
    codes = {
        code
        for m in mentions
        if m.kind == "country"
        and m.how.startswith(_NAMED_COUNTRY)
        and span[0] <= m.start
        and m.end <= span[1]
        and (code := mention_country(m))
    }
    return codes.pop() if len(codes) == 1 else None


def fill_deployments(
    claims: list[Claim], home: str | None, mentions: Sequence[ActorMention] = ()
) -> list[Claim]:
    """Give a deployment whose sentence leaves out the sending country ("Its contingent of 250
    instructors") or the host ("750 police officers in the country") the one the article's other
    deployments name, else (for the host) the dateline's country, else — when the sentence refers
    to it ("in the country") — the country the article names most often, no sender, when one
    clearly leads; drop it when either stays unknown or both are the same."""
    senders = Counter(
        c.fields["country"] for c in claims if c.kind == "deployment" and c.fields.get("country")
    )
    hosts = Counter(c.fields["host"] for c in claims if c.kind == "deployment" and c.fields.get("host"))
    out = []
    for c in claims:
        if c.kind == "deployment":
            host = c.fields.get("host") or _named_town_country(c, mentions)
            country = c.fields.get("country") or _deal_sender(c, host, claims)
            country = country or (senders.most_common(1)[0][0] if senders else None)
            host = host or (hosts.most_common(1)[0][0] if hosts else home)
            if host is None and c.fields.get(HOST_ANAPHOR):
                host = _leading_country(mentions, {str(x) for x in senders})
            markers = (HOST_ANAPHOR, HOST_TOWNS, DEAL_PARTIES)
            c = replace(c, fields={k: v for k, v in c.fields.items() if k not in markers})
            if country is None or host is None or country == host:
                continue
            if (country, host) != (c.fields.get("country"), c.fields.get("host")):
                c = replace(c, fields={**c.fields, "country": country, "host": host, "inferred": True})
        out.append(c)
    return out


def _deal_sender(c: Claim, host: object, claims: list[Claim]) -> object:
    """(cx48) The sender of forces that come under a deal a fronted phrase names ("Under the pact,
    900 soldiers will be based in Estonia"): the one party of the deal, signed in their sentence or
    the one before, that is not their host; None when that is not one country."""
    if not c.fields.get(DEAL_PARTIES) or host is None:
        return None
    deals = [
        a
        for a in claims
        if a.kind == "agreement" and c.sentence_index - 1 <= a.sentence_index <= c.sentence_index
    ]
    for a in sorted(deals, key=lambda a: -a.sentence_index):
        parties = set(_parties_of(a))
        if host in parties and len(parties - {host}) == 1:
            return next(iter(parties - {host}))
    return None


_TRANSFER_KEY = ("supplier", "recipient", "system")


def counts_told_apart(claims: list[Claim], views: Sequence[SentenceView], lex: ModelLexicon) -> list[Claim]:
    """Give a transfer stated with no count the count of a later sentence that opens by referring
    back to its step ("Peru has ordered patrol vessels from South Korea. The order covers four
    ships."): the one transfer of the nearest sentence before it that states one (at most
    ``_TOLD_BACK`` back). A counting sentence that states a transfer of its own counts nothing, nor
    does one after a sentence that states several transfers or an already counted one."""
    own = {c.sentence_index for c in claims if c.kind == "transfer"}
    out = list(claims)
    for view in views:
        if view.sentence.index in own:
            continue
        told = _told_count(view, lex)
        if told is None:
            continue
        count, part = told
        hits = _nearest_told(out, view.sentence.index, _counted_step)
        keys = {tuple(str(out[i].fields.get(k)) for k in _TRANSFER_KEY) for i in hits}
        if len(keys) == 1 and all(out[i].fields.get("quantity") is None for i in hits):
            for i in hits:
                out[i] = _with_count(out[i], count, part=part)
    return out


def _nearest_told(claims: list[Claim], index: int, fits: Callable[[Claim], bool]) -> list[int]:
    """The positions in ``claims`` of those that ``fits`` in the nearest sentence before sentence
    ``index`` (at most ``_TOLD_BACK`` back) that holds any; none when no such sentence does (the
    step a later sentence dates or counts: :func:`dates_told_apart`, :func:`counts_told_apart`)."""
    for back in range(index - 1, index - 1 - _TOLD_BACK, -1):
        hits = [i for i, c in enumerate(claims) if c.sentence_index == back and fits(c)]
        if hits:
            return hits
    return []


def _told_count(view: SentenceView, lex: ModelLexicon) -> tuple[Quantity, bool] | None:
    """The count a sentence gives a step it refers back to by its opening words ("The order covers
    four ships", "The contract is for twelve launchers"): the figure right after its verb (a count
    of things, not a sum or a measure), with its own words as its text; and whether it counts a
    batch ("The batch numbered six aircraft"), a part of the whole."""
    text = view.text.lstrip()
    hit = lex.transfers.counted_reference.match(text)
    if hit is None:
        return None
    at = view.start + (len(view.text) - len(text)) + hit.start("n")
    numbers = quantity_rules(view.lang).numbers
    measures = {*numbers.units.values(), *numbers.currencies.values()}
    q = next((q for q in view.quantities if q.start <= at < q.end), None)
    if q is None or q.unit in measures or (q.unit or "").upper() == "USD":
        return None
    figure = replace(q, start=at, end=at + len(hit.group("n")), text=hit.group("n"))
    return figure, hit.group("part") is not None


def _counted_step(c: Claim) -> bool:
    """A stated, undenied transfer (of any step)."""
    f = c.fields
    return (
        c.kind == "transfer"
        and not f.get("negated")
        and f.get("status") not in (None, "mentioned")
        and f.get("modality") in (None, "asserted", "future")
    )


def _with_count(c: Claim, q: Quantity, *, part: bool) -> Claim:
    fields = {**c.fields, "quantity": q.value, "quantity_text": q.text, "quantity_qualifier": q.qualifier}
    if part:
        fields["quantity_partial"] = True
    return replace(c, fields=fields, field_spans={**c.field_spans, "quantity": (q.start, q.end)})
