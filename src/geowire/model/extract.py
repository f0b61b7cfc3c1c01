"""Per-document claim extraction: the last per-document stage of the pipeline.

:func:`extract_claims` looks at each sentence with its actor mentions, dates, quantities and
coded events and returns :class:`~geowire.types.Claim` records (agreement, transfer,
deployment, statement, assessment), every field with its evidence span.  The rules live in
``rules_*.py``; the cue words in ``data/model_lexicon.yaml``.  The spaCy ``doc`` is accepted
for the pipeline's contract; the rules work on the text and the earlier stages' records.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from geowire.model.context import SentenceView, mention_country
from geowire.model.lexicon import ModelLexicon, default_lexicon
from geowire.model.rules_agreements import AgreementRef, agreement_claims
from geowire.model.rules_forces import deployment_claims, transfer_claims
from geowire.model.rules_statements import assessment_claims, statement_claims
from geowire.types import ActorMention, Claim, DateExpr, DocContext, Event, Quantity, Sentence


def extract_claims(
    doc: Any,
    ctx: DocContext,
    *,
    sentences: Sequence[Sentence],
    mentions: Sequence[ActorMention],
    dates: Sequence[DateExpr],
    quantities: Sequence[Quantity],
    events: Sequence[Event],
    lexicon: ModelLexicon | None = None,
) -> list[Claim]:
    """All model claims of one document, in sentence order."""
    lex = lexicon or default_lexicon()
    views = sentence_views(ctx, sentences, mentions, dates, quantities, events)
    state: list[AgreementRef] = []
    claims: list[Claim] = []
    for view in views:
        claims += agreement_claims(view, lex, state)
        claims += transfer_claims(view, lex)
        claims += deployment_claims(view, lex)
        claims += statement_claims(view, lex)
        claims += assessment_claims(view, lex)
    return fill_agreement_parties(fill_recipients(claims), mentions)


def sentence_views(
    ctx: DocContext,
    sentences: Sequence[Sentence],
    mentions: Sequence[ActorMention],
    dates: Sequence[DateExpr],
    quantities: Sequence[Quantity],
    events: Sequence[Event],
) -> list[SentenceView]:
    """Group the document's records by the sentence whose span contains them."""
    views = [SentenceView(s, ctx) for s in sorted(sentences, key=lambda s: s.start)]
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


def fill_recipients(claims: list[Claim]) -> list[Claim]:
    """Give transfers without a recipient the document's usual recipient of the same supplier."""
    seen = Counter(
        (c.fields.get("supplier"), c.fields["recipient"])
        for c in claims
        if c.kind == "transfer" and c.fields.get("recipient")
    )
    out = []
    for c in claims:
        if c.kind == "transfer" and not c.fields.get("recipient"):
            options = [(n, r) for (s, r), n in seen.items() if s == c.fields.get("supplier") and r != s]
            if options:
                fields = {**c.fields, "recipient": max(options)[1], "recipient_inferred": True}
                c = replace(c, fields=fields)
        out.append(c)
    return out


def fill_agreement_parties(claims: list[Claim], mentions: Sequence[ActorMention]) -> list[Claim]:
    """Give an agreement claim that names fewer than two parties ("the two signed it in March",
    "the pact Rome signed with the junta") the parties the article gives it elsewhere: another
    claim about an agreement that includes them (the same name first), the two parties of a
    transfer in the same sentence, else the article's two most-named countries when they include
    the named one."""
    full = [c for c in claims if c.kind == "agreement" and len(_parties_of(c)) >= 2]
    named = Counter(code for m in mentions if (code := mention_country(m)) is not None)
    top = [code for code, _ in named.most_common(2)] if len(named) >= 2 else []
    out = []
    for c in claims:
        parties = _parties_of(c)
        if c.kind == "agreement" and len(parties) < 2:
            found = _parties_elsewhere(c, parties, full, claims) or (
                top if top and set(parties) <= set(top) else None
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
