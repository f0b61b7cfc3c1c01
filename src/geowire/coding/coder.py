"""The event coder: annotated sentences + resolved actors + dates → PLOVER :class:`Event` records.

For each sentence (captions and photo credits excluded) :func:`geowire.coding.roles.find_frames`
finds the predicates with an actor and their recipients; for each actor/recipient pair
:func:`geowire.coding.categorize.categorize` chooses the category and trigger, or ``None`` — then
there is no event (no fallback category).  The coder then adds what the categorizer does not
decide:

* modality and the reported flag (:mod:`geowire.coding.modality`);
* the date: a date expression of the sentence (relation "on" or "since"; "until 2041" is not when
  something happened) nearest the trigger, else the publication date — so historical mentions
  ("in 2023", "last year", "since 1999") are dated in the past;
* the location stated with a location preposition ("in Caracas" → text + country code);
* people as actors become their country and the sector of the role they held on the event date
  (``KnowledgeBase.person_role``), keeping their Wikidata id; equipment is never an actor;
* the quad class and PLOVER score (mode-specific when the mode is known) from ``data/plover.yaml``,
  and the contexts whose cue words (the event lexicon's ``contexts``) stand in the trigger's clause;
* the evidence: trigger and role offsets, the sentence, the rule, and explanation lines.

Unresolved mentions (code None) are left out of the actor and recipient lists; an event with no
resolved actor at all is not coded (the explanation of a kept event lists what was left out).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import TypeVar, get_args

from spacy.tokens import Doc

from geowire.actors.kb import KnowledgeBase
from geowire.coding.categorize import (
    Decision,
    categorize,
    categorize_at,
    circumstance,
    decide_readings,
    is_trigger,
    judged_label,
    judgement_label,
    lexicon_of,
)
from geowire.coding.features import SUBJECT_DEPS
from geowire.coding.modality import ModalityCues, cues_of, governing_chain, in_direct_question, modality_for
from geowire.coding.roles import (
    Frame,
    Location,
    MentionIndex,
    Role,
    RoleRules,
    attribution_subject,
    cited_source,
    collect_mentions,
    conditional,
    directed_act,
    find_frames,
    in_other_adverbial,
    in_other_relative,
    location_of,
    maker_modifier,
    np_span,
    obliged,
    owner_of_relation,
    phrase_head,
    pronoun_relative,
    reporting_only,
    reporting_speaker,
    rules_of,
    spoken_place,
    title_head,
    topic,
    venue,
)
from geowire.coding.scores import PloverTable, load_plover
from geowire.coding.view import DocView, SpanView, TokenView, viewed
from geowire.geo.resolve import (
    PHYSICAL_CATEGORIES,
    GeoContext,
    Geography,
    PlaceSpan,
    dateline_place,
    dateline_span,
    event_place,
    geography,
)
from geowire.geo.spans import place_spans
from geowire.lang.pack import CodingWords, LanguagePack
from geowire.nlp.dates import Scope, date_scope, year_cue
from geowire.nlp.view import AnyToken
from geowire.settings import Settings
from geowire.types import (
    QUAD_CLASS,
    ActorMention,
    DateExpr,
    DatePrecision,
    DocContext,
    Event,
    EventActor,
    Place,
    Sentence,
)
from geowire.types import Span as TextSpan

_T = TypeVar("_T")
SKIPPED_BLOCKS = frozenset({"caption", "credit"})
_EVENT_DATE_RELATIONS = ("on", "since")

Categorizer = Callable[..., Decision | None]


# the vetoes the learned stage obeys as the rule coder does (its features for every other veto):
# what a thing is made or able to do is never an event, however rare in the training text
# nor is a relation's owner ("Russia's allies rejected …": not Russia) or a judge of an act ("Lima sees
# the pact as a threat": not Lima's pact) its actor
FIRM_VETOES = frozenset({"veto=capability", "veto=relation-owner", "veto=judged-act", "veto=credited-act",
                         "veto=tested-weapon", "veto=other-conjunct", "veto=standing-stance"})  # fmt: skip


@dataclass(frozen=True)
class DateChoice:
    value: dt.date | None
    precision: DatePrecision | None
    source: str  # clause | publication | unknown
    note: str
    ahead: dt.date | None = None  # the clause's date read forward (DateExpr.ahead): a future event's

    def forward(self) -> DateChoice:
        """The date of a future event: the clause's date read forward, where it has one."""
        if self.ahead is None:
            return self
        note = f"{self.note}, read forward for a future event: {self.ahead}"
        return dataclasses.replace(self, value=self.ahead, ahead=None, note=note)


@dataclass(frozen=True)
class _Candidate:
    rank: int  # 0: the frame's own predicate is the trigger; higher: the trigger is further away
    frame: Frame
    source: Role
    target: Role | None
    decision: Decision
    vetoes: tuple[str, ...] = ()  # the rule filters this candidate fails (kept only when learning)


@dataclass
class _Draft:
    """A candidate's event before modality, context, location and explanation are worked out."""

    id: str
    candidate: _Candidate
    trigger: TextSpan
    category: str
    mode: str | None
    actors: tuple[EventActor, ...]
    recipients: tuple[EventActor, ...]
    date: DateChoice
    dropped: list[str]
    notes: list[str]
    vetoes: list[str] = dataclasses.field(default_factory=list)
    # where the recipient came from: role | none | sentence | previous-subject | topic | previous-event
    recipient_how: str = "role"


def _dated_for(draft: _Draft, modality: str) -> _Draft:
    """``draft`` with the date its event's ``modality`` reads: a future event takes the clause's date
    read forward (:meth:`DateChoice.forward`), any other the date as drafted."""
    if modality == "future" and draft.date.ahead is not None:
        return dataclasses.replace(draft, date=draft.date.forward())
    return draft


@dataclass(frozen=True)
class _Rest:
    """What :meth:`EventCoder._rest` works out for an event."""

    context: tuple[str, ...]
    location: str | None
    location_code: str | None
    place: Place | None
    explanation: tuple[str, ...]


_LEFT_OUT = _Rest((), None, None, None, ())  # an event's own defaults, until it is completed


class EventCoder:
    """Codes PLOVER events from one annotated document with the words of the language pack
    ``lang`` (its event lexicon, roles, modality cues and the surface ``coding`` words). Build
    once per process."""

    def __init__(
        self,
        kb: KnowledgeBase,
        settings: Settings | None,
        lang: LanguagePack,
        *,
        categorizer: Categorizer | None = None,
    ) -> None:
        self.lang = lang
        self._on_view = categorizer is None  # the shipped categorizer reads the document's view
        self.lexicon = lexicon_of(lang)
        self.kb = kb
        self.settings = settings
        self.categorize = categorizer or partial(categorize, lexicon=self.lexicon)
        self.decider = None
        if settings is not None and settings.coder == "learned" and self._on_view:
            from geowire.coding.decide import load_decider

            self.decider = load_decider(settings.decider_model)
        self.table = load_plover()
        self.rules = rules_of(lang)
        self.cues = cues_of(lang)
        self.words: CodingWords = lang.surface.coding
        self._homes: Mapping[str, str] | None = None
        self.geography = geography(lang)
        self.contexts = lang.compiled("coding.contexts", _context_cues)

    @property
    def homes(self) -> Mapping[str, str]:
        """The country of each group code (``groups.yaml``), read when first asked (features)."""
        if self._homes is None:
            from geowire.actors.kb import shipped_files
            from geowire.coding.matching import group_countries

            if self.kb.sources == tuple(map(str, shipped_files())):  # groups.yaml parsed already
                self._homes = {g.code: g.country for g in self.kb.groups.values() if g.country}
            else:  # the shipped groups alone, not those of extra knowledge files
                self._homes = group_countries()
        return self._homes

    # --- public ---------------------------------------------------------------------------------

    def code(
        self,
        doc: Doc,
        ctx: DocContext,
        *,
        sentences: Sequence[Sentence],
        mentions: Sequence[ActorMention],
        dates: Sequence[DateExpr],
    ) -> list[Event]:
        """Every event of ``doc``, in sentence order.

        The document's view (a thousand objects or so) is freed by :meth:`DocView.release` before
        this returns, so the cyclic garbage collector is paused meanwhile: left running, it would
        move the view's objects into the old generation and bring on full collections of the heap.
        """
        if self.decider is None:
            return [e for e, _ in self._with_view(doc, ctx, sentences, mentions, dates, learning=False)]
        from geowire.coding.decide import decide

        decider = self.decider

        def decided(view: DocView) -> list[Event]:
            # the place, context, location and explanation are worked out only for the kept events
            # (``finish`` runs on each before it is split per actor): no feature reads them, and
            # ranking every candidate's place alone was ~5 % of a pipeline pass
            rest: dict[str, Callable[[Event], Event]] = {}
            candidates = self._code_drafts(view, ctx, sentences, mentions, dates, learning=True, rest=rest)
            kept = decide(
                [c for c in candidates if FIRM_VETOES.isdisjoint(c[1])],
                decider,
                threshold=decider.store_threshold,
                finish=lambda e: rest[e.id](e),
                reciprocal=self.rules.reciprocal_acts,
                directed=partial(directed_act, self.rules),
                conjoined=partial(_conjoined, view),
            )
            return answering_accusers(aimed_at_accusers(view, kept, self.cues), self.cues, doc=view)

        return self._in_view(doc, decided)

    def code_candidates(
        self,
        doc: Doc,
        ctx: DocContext,
        *,
        sentences: Sequence[Sentence],
        mentions: Sequence[ActorMention],
        dates: Sequence[DateExpr],
    ) -> list[tuple[Event, tuple[str, ...]]]:
        """Every candidate event with its features, before the learned decision (for training and
        ``geowire explain``)."""
        return self._with_view(doc, ctx, sentences, mentions, dates, learning=True)

    def _with_view(
        self,
        doc: Doc,
        ctx: DocContext,
        sentences: Sequence[Sentence],
        mentions: Sequence[ActorMention],
        dates: Sequence[DateExpr],
        *,
        learning: bool,
    ) -> list[tuple[Event, tuple[str, ...]]]:
        return self._in_view(
            doc, lambda view: self._code_drafts(view, ctx, sentences, mentions, dates, learning=learning)
        )

    def _in_view(self, doc: Doc, run: Callable[[DocView], _T]) -> _T:
        """``run`` on the document's view (:func:`~geowire.nlp.view.viewed`: the view already open
        on ``doc``, as the pipeline opens one for the actor resolver and the coder, else one
        built here and freed by :meth:`DocView.release` afterwards; the cyclic garbage collector
        paused meanwhile: see :meth:`code`)."""
        with viewed(doc) as view:
            return run(view)

    def _code_drafts(
        self,
        doc: DocView,
        ctx: DocContext,
        sentences: Sequence[Sentence],
        mentions: Sequence[ActorMention],
        dates: Sequence[DateExpr],
        *,
        learning: bool,
        rest: dict[str, Callable[[Event], Event]] | None = None,
    ) -> list[tuple[Event, tuple[str, ...]]]:
        """Events in sentence order, each with its features (empty unless ``learning``).
        ``rest``: leave each event's place, context, location and explanation out and put there, by
        event id, what completes the event (its explanation before the lines it has then).

        ``learning``: keep the candidates the rule filters veto (their vetoes become features) and
        add recipient variants (other actors of the sentence, the last actor of the sentences
        before) for candidates without a recipient, for the learned decision stage to choose."""
        from geowire.coding.features import candidate_features

        opening = _dateline(self.geography, doc.text, mentions)  # "SEOUL, South Korea — …": no party
        if opening is not None:
            mentions = [m for m in mentions if not opening[0] <= m.start < opening[1]]
        index = MentionIndex(doc, mentions)
        spans = [(s, doc.char_span(s.start, s.end, alignment_mode="expand")) for s in sentences]
        sent_starts = [sp.start for _, sp in spans if sp is not None and len(sp)]
        coded = sorted(
            (m for m in mentions if m.code is not None and m.kind in _PARTY_KINDS),
            key=lambda m: m.start,
        )
        doc.memo["parties"] = coded  # the article's parties, for :meth:`_meeting_place`'s hosts
        events: list[tuple[Event, tuple[str, ...]]] = []
        seen: set[str] = set()
        for sent, span in spans:
            if span is None or not len(span) or sent.block in SKIPPED_BLOCKS:
                continue
            drafts = self._code_sentence(
                doc, ctx, sent, span, index, sent_starts, dates, learning=learning, mentions=coded
            )
            if learning:
                drafts = drafts + self._unadjusted_variants(ctx, sent, drafts)
                drafts = self._implied_agents(doc, ctx, drafts, sent, coded)
                drafts = drafts + self._recipient_variants(doc, ctx, drafts, sent, span, coded)
                drafts = drafts + self._event_noun_variants(ctx, drafts, sent, doc, index, events)
                drafts = drafts + self._stand_in_variants(ctx, drafts, sent, doc, index, events)
            built: list[tuple[Event, tuple[str, ...]]] = []
            asks: dict[int, bool] = {}
            for draft in drafts:
                trigger = draft.candidate.decision.trigger
                if trigger not in asks:
                    asks[trigger] = in_direct_question(doc[trigger], self.cues)
                if asks[trigger]:
                    continue  # "Will Oslo mediate?": a question asks, it reports no event (either coder)
                if draft.id not in seen:
                    seen.add(draft.id)
                    event = self._finish(doc, ctx, sent, draft, index, rest)
                    feats = (
                        candidate_features(
                            doc, sent, draft, event, words=self.words, cues=self.cues, homes=self.homes
                        )
                        if learning
                        else ()
                    )
                    built.append((event, feats))
                    promise = self._unrealised_concession(ctx, sent, draft, event) if learning else None
                    if promise is not None and promise.id not in seen:
                        seen.add(promise.id)
                        done = self._finish(doc, ctx, sent, promise, index, rest)
                        feats = candidate_features(
                            doc, sent, promise, done, words=self.words, cues=self.cues, homes=self.homes
                        )
                        built.append((done, feats))
            events += with_rivals(built) if learning else built
        if not learning:
            aimed = aimed_at_accusers(doc, [e for e, _ in events], self.cues)
            answered = answering_accusers(aimed, self.cues, doc=doc)
            events = [(e, ()) for e in self._event_noun_recipients(doc, index, answered)]
        return events

    def _event_noun_recipients(self, doc: DocView, index: MentionIndex, events: list[Event]) -> list[Event]:
        """``events`` with recipients implied by a pointing event noun ("condemned the test": the
        tester told before; :mod:`geowire.coding.event_anaphora`)."""
        from geowire.coding.decide import with_parties
        from geowire.coding.event_anaphora import event_nouns, implied_by_event_nouns

        def note(e: Event, before: Event, lemma: str) -> Event:
            rs = before.actors  # the act pointed back to: its actors are the recipients
            why = f'recipient {rs[0].code} implied by "the {lemma}": the {before.category} told before'
            return with_parties(e, e.actors, rs, why)

        return implied_by_event_nouns(
            events, event_nouns(self.lang), note=note, named=partial(_named_token, index),
            trigger_token=lambda e: _root_of_span(doc, e.trigger.start, e.trigger.end),
            trigger_lemmas=partial(_trigger_lemmas, doc),
        )  # fmt: skip

    def _event_noun_variants(
        self, ctx: DocContext, drafts: list[_Draft], sent: Sentence, doc: DocView, index: MentionIndex,
        before: Sequence[tuple[Event, tuple[str, ...]]],
    ) -> list[_Draft]:  # fmt: skip
        """For a draft without a recipient whose trigger takes a pointing event noun ("condemned
        the test"), the draft with the actors of the act the noun points back to (the rules' own
        reading of an earlier sentence) as recipients (``recipient_how`` "previous-event")."""
        from geowire.coding.event_anaphora import antecedent_event, event_nouns, referred_noun

        words = event_nouns(self.lang)
        out: list[_Draft] = []
        picks: list[Event] | None = None
        for d in drafts:
            if d.recipients or not d.actors or not words.nouns:
                continue
            noun = referred_noun(doc[d.candidate.decision.trigger], words, partial(_named_token, index))
            if noun is None:
                continue
            if picks is None:
                picks = [e for e, f in before if "rulepick" in f]
            found = antecedent_event(
                noun.lemma_.lower(), sent.index, picks, words, own=frozenset(a.code for a in d.actors),
                trigger_lemmas=partial(_trigger_lemmas, doc),
            )  # fmt: skip
            if found is None:
                continue
            ids = ([a.code for a in d.actors], [r.code for r in found.actors])
            out.append(
                dataclasses.replace(
                    d,
                    id=event_id(ctx.doc_id, sent.index, d.trigger.start, d.trigger.end, d.category, *ids),
                    recipients=found.actors,
                    recipient_how="previous-event",
                    notes=[*d.notes, f'recipient {found.actors[0].code} implied by "the {noun.lemma_}": '
                           f"the {found.category} told before"],
                    vetoes=list(d.vetoes),
                )
            )  # fmt: skip
        return out

    def _stand_in_variants(
        self, ctx: DocContext, drafts: list[_Draft], sent: Sentence, doc: DocView, index: MentionIndex,
        before: Sequence[tuple[Event, tuple[str, ...]]],
    ) -> list[_Draft]:  # fmt: skip
        """For each trigger verb whose subject is a pointing event noun ("The sanctions will freeze
        any assets …", :func:`~geowire.coding.event_anaphora.pointing_subject`), one draft per
        category of the noun's class and act pointed back to (:meth:`_antecedents`, the rules' own
        readings of earlier sentences) with that act's parties: the measure stands for whoever
        imposed it on whom. Marked ``stand-in-subject``."""
        from geowire.coding.event_anaphora import event_nouns, pointing_subject

        words = event_nouns(self.lang)
        out: list[_Draft] = []
        done: set[tuple[int, int, str]] = set()
        picks: list[Event] | None = None
        for d in drafts:
            key = (d.trigger.start, d.trigger.end, d.category)
            if key in done or not words.nouns:
                continue
            noun = pointing_subject(doc[d.candidate.decision.trigger], words, partial(_named_token, index))
            spec = None if noun is None else words.nouns.get(noun.lemma_.lower())
            if noun is None or spec is None or d.category not in spec[0]:
                continue
            done.add(key)
            if picks is None:
                picks = [e for e, f in before if "rulepick" in f]
            out += [self._with_parties_of(ctx, sent, d, e) for e in self._antecedents(noun, sent, picks, doc)]
        return out

    def _antecedents(self, noun: TokenView, sent: Sentence, picks: list[Event], doc: DocView) -> list[Event]:
        """The acts told before that an event noun may point back to: the nearest
        (:func:`~geowire.coding.event_anaphora.antecedent_event`) and the nearest before it with other
        parties (a story of two measures: "the sanctions" may be either), at most
        :data:`_STAND_IN_ANTECEDENTS`."""
        from geowire.coding.event_anaphora import antecedent_event, event_nouns

        words, lemmas = event_nouns(self.lang), partial(_trigger_lemmas, doc)
        out: list[Event] = []
        pool = picks
        while len(out) < _STAND_IN_ANTECEDENTS:
            found = antecedent_event(
                noun.lemma_.lower(), sent.index, pool, words, own=frozenset(), trigger_lemmas=lemmas
            )
            if found is None:
                break
            if all(_party_codes(found) != _party_codes(o) for o in out):
                out.append(found)
            pool = pool[: next(k for k, e in enumerate(pool) if e is found)]
        return out

    def _with_parties_of(self, ctx: DocContext, sent: Sentence, d: _Draft, found: Event) -> _Draft:
        """``d`` with the parties and the category of the act ``found`` its subject points back to
        ("The sanctions will block …": the blocking is the sanction's own, whatever else "block" may
        read as)."""
        ids = ([a.code for a in found.actors], [r.code for r in found.recipients])
        dec = d.candidate.decision
        if found.category != d.category:
            dec = dataclasses.replace(
                dec, category=found.category, mode=None, base_category=d.category, rule=f"{dec.rule}+stand-in"
            )
        return dataclasses.replace(
            d,
            id=event_id(ctx.doc_id, sent.index, d.trigger.start, d.trigger.end, found.category, *ids),
            candidate=dataclasses.replace(d.candidate, decision=dec),
            category=found.category,
            actors=found.actors,
            recipients=found.recipients,
            recipient_how="previous-event",
            notes=[*d.notes, f"parties {ids[0]} → {ids[1]} of the subject: the {found.category} told before"],
            vetoes=[_STAND_IN],  # the draft's own vetoes were of its own parties
        )

    def _unrealised_concession(
        self, ctx: DocContext, sent: Sentence, draft: _Draft, event: Event
    ) -> _Draft | None:
        """A RETREAT that has not happened (future, hypothetical or negated: "will withdraw its
        troops", "would not cede territory") read as CONCEDE too: PLOVER keeps RETREAT for acts
        with an immediate material consequence and codes the declaration or promise of a withdrawal
        as CONCEDE. Marked with the veto "unrealised" and the adjustment "intent", for the learned
        stage to choose between the two."""
        if draft.category != _MATERIAL_RETREAT or event.modality == "asserted":
            return None
        dec = draft.candidate.decision
        promise = dataclasses.replace(
            dec, category=_PROMISED_RETREAT, adjustment="intent", mode=None,
            base_category=draft.category, rule=f"{dec.rule}+unrealised",
        )  # fmt: skip
        ids = ([a.code for a in draft.actors], [r.code for r in draft.recipients])
        return dataclasses.replace(
            draft,
            id=event_id(
                ctx.doc_id, sent.index, draft.trigger.start, draft.trigger.end, _PROMISED_RETREAT, *ids
            ),
            candidate=dataclasses.replace(draft.candidate, decision=promise),
            category=_PROMISED_RETREAT,
            mode=None,
            vetoes=[*draft.vetoes, "unrealised"],
        )

    def _unadjusted_variants(self, ctx: DocContext, sent: Sentence, drafts: list[_Draft]) -> list[_Draft]:
        """For a draft whose category the rules adjusted ("did not support" → REJECT, "vowed to
        strike" → THREATEN), the event itself with its own category, whose modality then says
        it is negated or future: the guidelines code "did not intervene" as a negated event."""
        out = []
        for d in drafts:
            dec = d.candidate.decision
            if dec.adjustment is None or dec.base_category is None or dec.base_category == d.category:
                continue
            plain = dataclasses.replace(dec, category=dec.base_category, adjustment=None, mode=None,
                                        rule=dec.rule.split("+")[0] + "(unadjusted)")  # fmt: skip
            out.append(
                dataclasses.replace(
                    d,
                    id=event_id(
                        ctx.doc_id,
                        sent.index,
                        d.trigger.start,
                        d.trigger.end,
                        dec.base_category,
                        [a.code for a in d.actors],
                        [r.code for r in d.recipients],
                    ),  # fmt: skip
                    candidate=dataclasses.replace(d.candidate, decision=plain),
                    category=dec.base_category,
                    mode=None,
                    vetoes=[*d.vetoes, "unadjusted"],
                )
            )
        return out

    def _recipient_variants(
        self,
        doc: DocView,
        ctx: DocContext,
        drafts: list[_Draft],
        sent: Sentence,
        span: SpanView,
        coded: Sequence[ActorMention],
    ) -> list[_Draft]:
        """Drafts with an implied recipient: for a draft without one, the first other actors named
        in the sentence (``recipient_how`` "sentence"), the nearest actor that was the subject of
        one of the sentences before ("Iran seized a tanker. Britain condemned the seizure": the
        one who acted is whom a reaction is aimed at; "previous-subject"), and the party the
        article names most ("topic": what a reaction far from its cause is most often aimed at).
        The nearest actor named before, whatever its role, was tried too and is left out: it is
        right too rarely for the model to choose it well; so was the next most named party when the
        sentence names no other ("topic2"), which the shipped decider does not weigh (docs/learned.md)."""
        out: list[_Draft] = []
        if all(d.recipients for d in drafts):
            return out
        labels = self._judgement_labels(doc, span)  # ``span``: the sentence's tokens
        for d in drafts:
            if d.recipients or _joint_cooperation(d):
                continue
            options = self._implied_options(
                doc, sent, coded, {a.code for a in d.actors}, cooperative=d.category in _MEETINGS
            )
            judged = judged_phrase(doc[d.candidate.decision.trigger], self.rules)
            for how, m in options:
                if judged is not None and not _named_in(doc, m, judged):
                    continue  # "Lima sees the pact as a threat": the judge is no party of the pact
                at = _at(doc, m.start, m.end)
                if at >= 0 and _labelled_apart(labels, at, d.candidate.decision.trigger):
                    continue  # "called him a puppet of X": X is in the label, not the one judged
                if at >= 0 and self._no_party(doc, at, d.candidate.decision):
                    continue  # "met in Ankara", "talks on X": the place or topic of a meeting is no party
                if at >= 0 and _across_conjuncts(doc[d.candidate.decision.trigger], doc[at]):
                    continue  # "criticised the raid and expelled Somali envoys": the other act's party
                if at >= 0 and spoken_place(doc[at], self.rules):
                    continue  # "in a speech in Lima, … said": where it was said is no party
                if at >= 0 and _maker(doc[at], self.rules):
                    continue  # "deployed Russian-made missiles": the maker is no party
                if d.category in _HARMS and _coordinated_at(doc, d.candidate.source, m):
                    continue  # "American and British jets hit …": partners, not attacker and attacked
                recipients, _, _ = self._actors_in(doc, (m,), d.date.value)
                if not recipients:
                    continue
                if at >= 0 and _offerer_or_proposer(
                    phrase_head(doc[at], self.rules), doc[d.candidate.decision.trigger], self.cues, self.words
                ):
                    continue  # "X offered to mediate between Y and Z": X mediates, it is no party
                out.append(  # built directly: dataclasses.replace was most of this loop's time
                    _Draft(
                        id=event_id(
                            ctx.doc_id,
                            sent.index,
                            d.trigger.start,
                            d.trigger.end,
                            d.category,
                            [a.code for a in d.actors],
                            [r.code for r in recipients],
                        ),
                        candidate=d.candidate,
                        trigger=d.trigger,
                        category=d.category,
                        mode=d.mode,
                        actors=d.actors,
                        recipients=recipients,
                        date=d.date,
                        dropped=d.dropped,
                        notes=[*d.notes, f'recipient {recipients[0].code} implied from "{m.text}" ({how})'],
                        vetoes=list(d.vetoes),
                        recipient_how=how,
                    )
                )
        return out

    def _judgement_labels(self, doc: DocView, span: SpanView) -> tuple[frozenset[int], ...]:
        """The labels of the sentence's judgements ("called the raid a violation of X's rights"), as
        token-index sets, worked out once per sentence (:func:`_labelled_apart`)."""

        def make() -> tuple[frozenset[int], ...]:
            found = (judged_label(t, self.lexicon) for t in span if t.pos_ == "VERB")
            return tuple(label for label in found if label)

        return doc.memoised("judgement-labels", span.start, make)

    def _implied_options(
        self,
        doc: DocView,
        sent: Sentence,
        coded: Sequence[ActorMention],
        own: set[str | None],
        *,
        cooperative: bool = False,
    ) -> list[tuple[str, ActorMention]]:
        """The parties a draft may imply beside its own (``own`` codes): the first other actors named
        in the sentence ("sentence"), the nearest actor standing as a subject in the sentences before
        ("previous-subject") and the party the article names most ("topic"). For a ``cooperative``
        act (a meeting, deal, support) the subject of a condition is passed over: "what X would do if
        Y struck" makes Y a possible foe, whom X's treaty or talks are not aimed at (a counter-measure
        "unless Y backs down" is)."""
        parties = doc.memo.get("implied-parties")
        if parties is None:  # "…, IRNA reported": an outlet cited is implied by nothing
            parties = doc.memo["implied-parties"] = [m for m in coded if not self._cited(doc, m)]
        in_sentence, earlier = doc.memoised(  # the same for every draft of the sentence
            "implied-pools",
            sent.index,
            lambda: (
                [m for m in parties if sent.start <= m.start < sent.end],
                [m for m in parties if m.start < sent.start and m.sentence >= sent.index - _SUBJECT_WINDOW],
            ),
        )
        topics = doc.memo.get("topics")
        if topics is None:  # the article's parties, most named first: the same for every sentence
            topics = doc.memo["topics"] = _topics(parties)
        options: list[tuple[str, ActorMention]] = []
        for m in in_sentence:
            if m.code not in own and all(m.code != o.code for _, o in options):
                options.append(("sentence", m))
        options = options[:_IMPLIED_IN_SENTENCE]
        subject = next(
            (m for m in reversed(earlier) if m.code not in own and self._in_subject(doc, m)
             and not (cooperative and self._in_condition(doc, m))),
            None,
        )  # fmt: skip
        if subject is not None and all(subject.code != o.code for _, o in options):
            options.append(("previous-subject", subject))
        topic = next((m for m in topics if m.code not in own), None)
        if topic is not None and all(topic.code != o.code for _, o in options):
            options.append(("topic", topic))
        return options

    def _implied_agents(
        self,
        doc: DocView,
        ctx: DocContext,
        drafts: list[_Draft],
        sent: Sentence,
        coded: Sequence[ActorMention],
    ) -> list[_Draft]:
        """``drafts`` with each agentless-passive draft (vetoed ``agentless``: its actors are the
        subject the act was done to, "Paris had not been consulted", "Its envoy was expelled")
        replaced by the act done to them by an implied agent: the subject as the recipient, as actor
        each party :meth:`_implied_options` offers. The guidelines code the one who consulted or
        expelled, named elsewhere in the article, as the actor."""
        out = [d for d in drafts if not _SWAPPED & set(d.vetoes)]
        for d in drafts:
            if not _SWAPPED & set(d.vetoes) or not d.actors:
                continue
            own = {a.code for a in d.actors}
            trig = doc[d.candidate.decision.trigger]
            for how, m in self._implied_options(doc, sent, coded, own):
                if (at := _at(doc, m.start, m.end)) >= 0 and in_other_relative(doc[at], trig, self.rules):
                    continue  # "the envoy that X named was criticised": X is no agent of it
                actors, _, _ = self._actors_in(doc, (m,), d.date.value)
                if not actors:
                    continue
                ids = ([a.code for a in actors], [r.code for r in d.actors])
                out.append(
                    dataclasses.replace(
                        d,
                        id=event_id(ctx.doc_id, sent.index, d.trigger.start, d.trigger.end, d.category, *ids),
                        actors=actors,
                        recipients=d.actors,
                        recipient_how="role",
                        notes=[*d.notes, f'actor {actors[0].code} implied from "{m.text}" ({how}): a passive '
                               "with no agent"],
                    )
                )  # fmt: skip
        return out

    def _cited(self, doc: DocView, m: ActorMention) -> bool:
        """Whether the mention is a news outlet cited as its sentence's source ("IRNA reported")."""
        if m.sector not in self.rules.source_sectors:
            return False
        root = _root_of_span(doc, m.start, m.end)
        return root is not None and cited_source(_phrase_head(root), m, self.rules)

    def _cited_role(self, doc: DocView, r: Role) -> bool:
        """Whether the role names a news outlet cited as its sentence's source ("told Interfax",
        "according to Reuters", "Interfax news agency said"): the outlet is no party."""
        return cited_source(_phrase_head(doc[r.head]), r.mentions[0], self.rules)

    def _trigger_word(
        self,
        doc: DocView,
        t: TokenView,
        index: MentionIndex | None = None,
        *,
        directives: Collection[str] = (),
    ) -> bool:
        """Whether ``t`` may trigger an event of its own: a content word (:data:`_TRIGGER_POS`) outside
        every actor mention of ``index`` (anywhere when none is given) that the event lexicon reads
        as a trigger, or a directive verb of ``directives`` with its clause (:func:`_directs`)."""
        return (
            t.pos_ in _TRIGGER_POS
            and (index is None or index.at(t) is None)
            and (is_trigger(doc, t, self.lexicon) or bool(directives) and _directs(t, directives))
        )

    def _denied_harm(self, doc: DocView, denied: frozenset[int], src: Role, tgt: Role) -> bool:
        """Whether the words ``denied`` (what a denial denies) read as a hostile act of ``src``
        against ``tgt`` ("denied that its jets had bombed Y": Y complained, so Y is the accuser the
        denial answers). Otherwise a party named there is whom the denied act would have helped
        ("denied training fighters for Y"), no recipient of the denial (guidelines §5)."""
        for i in sorted(denied):
            t = doc[i]
            if not self._trigger_word(doc, t):
                continue
            readings = decide_readings(
                doc, t, source=(src.start, src.end), target=(tgt.start, tgt.end), lexicon=self.lexicon
            )
            if any(d.category in _HARMS for d in readings):
                return True
        return False

    def _acting_host(self, doc: DocView, tok: TokenView) -> bool:
        """Whether the place named at ``tok`` stands for a party that acts in the article: one of
        its mentions is the subject of a clause ("Beijing hosted ...", "China's president guided
        the talks"), so the host of a meeting there took part in it."""
        place = next((m for m in doc.memo.get("parties", ()) if m.start <= tok.idx < m.end), None)
        if place is None:
            return False
        return any(m.code == place.code and m is not place and self._in_subject(doc, m)
                   for m in doc.memo.get("parties", ()))  # fmt: skip

    def _meeting_place(self, doc: DocView, head: int, d: Decision) -> bool:
        """Whether the party headed at ``head`` is only where the meeting or deal ``d`` took place:
        the object of a location preposition hung on the trigger, a word governing it in its clause
        or its object ("met in Ankara", "talks in Beijing", "met in Rabat to discuss", "signed an
        accord in Lima", "agreed after talks in X": :func:`~geowire.coding.roles.venue`).
        A place of another act is often its target ("condemned the coup in Niger", a strike "in
        X"), a visit's place is its host, and so is the place of a party acting in the article."""
        if d.category not in _MEETINGS or d.mode == "visit":
            return False
        tok = doc[head]
        meeting = d.category == _CONSULT
        act = self._act_words(doc, d)
        return venue(tok, act, self.rules, meeting=meeting) and not self._acting_host(doc, tok)

    def _act_words(self, doc: DocView, d: Decision) -> frozenset[int]:
        """The tokens of ``d``'s trigger and of the words governing it in its clause."""
        chain = _clause_chain(doc[d.trigger], self.cues)
        return frozenset((*range(d.trigger, d.trigger_end), *(w.i for w in chain)))

    def _no_party(self, doc: DocView, head: int, d: Decision) -> bool:
        """Whether the party headed at ``head`` is no recipient of ``d``: the place of a meeting or
        deal (:meth:`_meeting_place`), what a meeting or deal is about ("talks on X", "met to
        discuss X": :func:`~geowire.coding.roles.topic`), a party of a relative clause that does not
        hold the trigger ("… Z, who pledged to end the war in X"), the one who reports an act that is
        no meeting or deal ("Y captured the town, the ministry noted") or a domestic patient that is
        the trigger's own word ("carried out strikes": the act, not a labour strike aimed at the
        actor's country)."""
        tok, trig = doc[head], doc[d.trigger]
        if self._meeting_place(doc, head, d):
            return True
        if d.category in _TOPICAL and topic(tok, self._act_words(doc, d), self.rules):
            return True
        if d.trigger <= head < d.trigger_end and tok.lemma_.lower() in self.rules.domestic_patients:
            return True
        if in_other_relative(tok, trig, self.rules):
            return True
        if d.category in _MEETINGS and in_other_adverbial(tok, trig, self.rules):
            return True  # "X's visit comes as Z's forces push in Y": Y is no partner of the visit
        # an official of one of the parties often reports their own meeting or deal ("X and Y agreed
        # …, an X official said"): a speaker is left out of the acts aimed at someone alone
        return d.category not in _MEETINGS and reporting_speaker(tok, trig, self.rules)

    def _in_subject(self, doc: DocView, m: ActorMention) -> bool:
        """Whether the mention stands in the subject of a clause ("Russia's president said ...")."""

        def make() -> bool:
            root = _root_of_span(doc, m.start, m.end)
            return root is not None and _under_subject(root, self.rules)

        return bool(doc.memoised("in-subject", m.start, make))

    def _in_condition(self, doc: DocView, m: ActorMention) -> bool:
        """Whether the mention stands in a condition ("… would do if X struck"): the subject of what
        may happen has done nothing a later act answers, so it is implied as no one's recipient."""
        root = _root_of_span(doc, m.start, m.end)
        for _ in range(8):
            if root is None or root.head.i == root.i:
                return False
            if root.pos_ in ("VERB", "AUX"):
                return conditional(root, self.rules)
            root = root.head
        return False

    # --- one sentence ---------------------------------------------------------------------------

    def _code_sentence(
        self,
        doc: DocView,
        ctx: DocContext,
        sent: Sentence,
        span: SpanView,
        index: MentionIndex,
        sent_starts: list[int],
        dates: Sequence[DateExpr],
        *,
        learning: bool = False,
        mentions: Sequence[ActorMention] = (),
    ) -> list[_Draft]:
        """The events of one sentence as drafts (who, what, when), best reading per trigger.
        ``learning``: every draft, those the rules would drop marked with the reason (vetoes)."""
        frames = find_frames(span, index, sent_starts=sent_starts, rules=self.rules)
        built = []
        found = self._candidates(doc, span, frames, index, keep_vetoed=learning)
        found += self._denied_acts(doc, span, frames, index, keep_vetoed=learning)
        for c in found:
            event = self._draft(doc, ctx, sent, c, dates)
            if event is not None:
                built.append((c.rank, event))
        pool = [e for _, e in built if not e.vetoes]
        kept = _drop_subsumed(pool)
        ranked = [(r, e) for r, e in built if any(e is k for k in kept)]
        best: dict[tuple[int, int], int] = {}
        for r, e in ranked:
            best[(e.trigger.start, e.trigger.end)] = min(best.get((e.trigger.start, e.trigger.end), 99), r)
        chosen = [e for r, e in ranked if r == best[(e.trigger.start, e.trigger.end)]]
        if not learning:
            return chosen
        for e in (e for _, e in built if not any(e is k for k in chosen)):
            if not e.vetoes:
                e.vetoes.append("subsumed" if not any(e is k for k in kept) else "outranked")
        drafts = [e for _, e in built]
        taken = {_pair_key(e) for e in drafts}
        # the sentence's trigger words, asked for by each search below
        words = [t for t in span if self._trigger_word(doc, t, index)]
        for c in self._lexical_candidates(doc, span, index, mentions, words):
            draft = self._draft(doc, ctx, sent, c, dates)
            if draft is not None and _pair_key(draft) not in taken:
                taken.add(_pair_key(draft))
                drafts.append(draft)
        decisions = [e.candidate.decision for e in drafts]  # the tokens the sentence's readings stand on
        read = {i for d in decisions for i in range(d.trigger, d.trigger_end)}
        for c in self._partyless_candidates(doc, sent, span, index, mentions, words, read):
            draft = self._draft(doc, ctx, sent, c, dates)
            if draft is not None and _pair_key(draft) not in taken:
                taken.add(_pair_key(draft))
                drafts.append(draft)
        agentless: set[tuple[object, ...]] = set()
        agents = {(e.candidate.decision.trigger, e.candidate.decision.trigger_end, a.code)
                  for _, e in built if not e.vetoes for a in e.actors}  # fmt: skip
        found = self._agentless_candidates(doc, span, index, mentions)
        found += self._targeted_candidates(doc, span, index, mentions, words, agents)
        for c in found:
            draft = self._draft(doc, ctx, sent, c, dates)
            if draft is not None and _pair_key(draft) not in agentless:  # its own: swapped later
                agentless.add(_pair_key(draft))
                drafts.append(draft)
        return drafts

    def _targeted_candidates(
        self,
        doc: DocView,
        span: SpanView,
        index: MentionIndex,
        mentions: Sequence[ActorMention],
        words: Sequence[TokenView],
        agents: set[tuple[int, int, str | None]],
    ) -> list[_Candidate]:
        """Each trigger whose only named party is its target, the object of a recipient preposition
        or of the verb ("penalties on X", "a blockade of the roads into X", "duties were levied on
        X"), read with that party as the source and marked
        ``targeted``: :meth:`_implied_agents` turns it into the recipient and offers the implied
        agents as actors, as for an agentless passive. ``agents``: (trigger tokens, actor code) of
        the role rules' own readings; a trigger they give another actor is left alone. ``words``: the
        sentence's trigger words (:meth:`_trigger_word`)."""
        roles = self._named_and_anaphor_roles(doc, span, index, mentions)
        out: list[_Candidate] = []
        for t in words:  # every trigger: the target test is narrow
            targets = [r for r in roles if _target_of(doc[r.head], t, self.rules)]
            if not targets:
                continue
            for src in targets:
                code = src.mentions[0].code
                if any(lo <= t.i < hi and a != code for lo, hi, a in agents):
                    continue
                out += self._patient_candidates(doc, span, t, src, _TARGETED)
        return out

    def _agentless_candidates(
        self, doc: DocView, span: SpanView, index: MentionIndex, mentions: Sequence[ActorMention]
    ) -> list[_Candidate]:
        """Each passive trigger with no ``by`` agent whose subject names an actor ("Paris had not been
        consulted", "Its ambassador was expelled"; a pronoun in a reported clause stands for the
        speaker: "Rome said it had not been warned"), read with that subject as the source and
        marked ``agentless``: :meth:`_implied_agents` turns the subject into the recipient and offers
        the implied agents as actors (the role rules and the lexical search refuse a passive's
        subject as its actor)."""
        roles = self._named_and_anaphor_roles(doc, span, index, mentions)
        out: list[_Candidate] = []
        for t in span:
            if t.pos_ != "VERB" or not _agentless_passive(t):
                continue
            subject = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            if subject is None or not is_trigger(doc, t, self.lexicon):
                continue
            inside = {w.i for w in subject.subtree}
            src = next((r for r in roles if r.head in inside), None)
            if src is None and subject.pos_ == "PRON":
                src = _speaker_role(t, roles)
            if src is None:
                continue
            out += self._patient_candidates(doc, span, t, src, _AGENTLESS)
        return out

    def _named_and_anaphor_roles(
        self, doc: DocView, span: SpanView, index: MentionIndex, mentions: Sequence[ActorMention]
    ) -> list[Role]:
        """The sentence's roles of named mentions, then of anaphors standing for other codes."""
        roles = _mention_roles(doc, span, index)
        return roles + _anaphor_roles(
            doc, span, index, mentions, {r.mentions[0].code for r in roles}, self.lang
        )

    def _patient_candidates(
        self, doc: DocView, span: SpanView, t: TokenView, src: Role, mark: str
    ) -> list[_Candidate]:
        """The readings of trigger ``t`` with ``src`` as its source read as a patient (no target),
        marked ``mark`` (``targeted`` / ``agentless``) for :meth:`_implied_agents` to swap."""
        frame = Frame(predicate=t.i, sources=(src,), targets=())
        return [
            _Candidate(3, frame, src, None, d, (mark,))
            for d in decide_readings(
                doc, t, source=(src.start, src.end), target=None, lexicon=self.lexicon, patient=True
            )
            if span.start <= d.trigger < span.end and d.trigger <= t.i < d.trigger_end
        ]

    def _lexical_candidates(
        self,
        doc: DocView,
        span: SpanView,
        index: MentionIndex,
        mentions: Sequence[ActorMention],
        words: Sequence[TokenView],
    ) -> list[_Candidate]:
        """Every lexicon trigger of the sentence (``words``, :meth:`_trigger_word`'s, and its directive
        verbs) with every actor named in it as source, and each other actor (or none) as target: the
        wider search the learned stage chooses from, for the events the role rules miss ("Israel's
        war against Hamas", "attacks by the group")."""
        roles = [  # "…, IRNA reported": the outlet cited is no party, nor "in X" where it was said
            r
            for r in _mention_roles(doc, span, index)
            if not self._cited_role(doc, r)
            and not spoken_place(doc[r.head], self.rules)
            and not _maker(doc[r.head], self.rules)
        ][:_MAX_LEXICAL_ACTORS]
        roles += _anaphor_roles(doc, span, index, mentions, {r.mentions[0].code for r in roles}, self.lang)
        if not roles:
            return []
        directives = self.lexicon.grammar.directive_verbs
        # "called the raid a violation of X's sovereignty": the label is the judgement's, no event
        lex = self.lexicon
        found = {t.i for t in words}
        triggers = [
            t
            for t in span
            if (t.i in found or self._trigger_word(doc, t, index, directives=directives))
            and not judgement_label(t, lex)
        ]
        out: list[_Candidate] = []
        pairs: list[tuple[Role, list[Role]]] = []  # each source with the parties it may act on
        for src in roles:
            others = [r for r in roles if r.mentions[0].code != src.mentions[0].code]
            pairs.append((src, others))
        # a reading's vetoes read its trigger, source and adjustment alone, not its target
        vetoed: dict[tuple[int, int, int, str | None], tuple[str, ...]] = {}
        labels = self._judgement_labels(doc, span)
        for t in triggers[:_MAX_LEXICAL_TRIGGERS]:
            judged = judged_phrase(t, self.rules)  # "Lima sees the pact as a threat": Lima is no party
            open_passive = _open_passive(t, roles)
            # per target head: its clause is not the trigger's (whatever the source)
            apart: dict[int, bool] = {}
            for src, others in _nearest_first(doc, pairs, t):
                if _labelled_apart(labels, src.head, t.i):
                    continue  # "called it a violation of X's rights": X neither judges nor is judged
                if _across_relative(doc, src, t, self.rules, index):
                    continue  # "the envoy that X named criticised Y": X is no party of the criticism
                # the parties nearest the trigger first: "its operation in Ukraine" names its target
                # next to the noun, whatever stands earlier in a long sentence
                # conjuncts are partners, never actor and target — except of a passive that names
                # neither ("X and Y restored the ties that were cut in 2016")
                near = [r for r in others if open_passive or not _coordinated(doc, src, r)]
                near = sorted(near, key=lambda r: abs(r.head - t.i))[:_LEXICAL_TARGETS]
                targets: list[Role | None] = [None, *_nearest_first_roles(doc, near, t)]
                for tgt in targets:
                    if judged is not None and tgt is not None and tgt.head not in judged:
                        continue
                    if tgt is not None:
                        away = apart.get(tgt.head)
                        if away is None:  # the same for every source: worked out once per trigger
                            head = doc[tgt.head]
                            away = apart[tgt.head] = (
                                _labelled_apart(labels, tgt.head, t.i)  # "a violation of X's rights"
                                or in_other_relative(head, t, self.rules)
                                # "criticised the raid and expelled Somali envoys": not the criticism's
                                or _across_conjuncts(t, head)
                            )
                        if away:
                            continue
                    t_range = None if tgt is None else (tgt.start, tgt.end)
                    readings = decide_readings(
                        doc,
                        t,
                        source=(src.start, src.end),
                        target=t_range,
                        lexicon=self.lexicon,
                        patient=open_passive,
                    )
                    frame = None  # one per trigger, source and target: every reading shares it
                    for d in readings:
                        if not span.start <= d.trigger < span.end:
                            continue
                        if frame is None:
                            frame = Frame(t.i, (src,), () if tgt is None else (tgt,))
                        key = (t.i, id(src), d.trigger, d.adjustment)  # ``pairs`` keeps each source alive
                        vetoes = vetoed.get(key)
                        if vetoes is None:
                            vetoes = self._vetoes(doc, t, src, d, index, all_of_them=True)
                            vetoes = vetoed[key] = (*vetoes, _OPEN_PASSIVE) if open_passive else vetoes
                        if tgt is not None and self._offered_to(doc, tgt, d):
                            continue  # "X offered to mediate between Y and Z": X mediates, it is no party
                        out.append(_Candidate(3, frame, src, tgt, d, vetoes))
        return out

    def _offered_to(self, doc: DocView, tgt: Role, d: Decision) -> bool:
        """Whether the lexical target ``tgt`` is whoever offers the reading's act or proposes its
        mediation (:func:`_offerer_or_proposer`): no party of it, so no reading with it as target."""
        head = phrase_head(doc[tgt.head], self.rules)
        return _offerer_or_proposer(head, doc[d.trigger], self.cues, self.words)

    def _partyless_candidates(
        self,
        doc: DocView,
        sent: Sentence,
        span: SpanView,
        index: MentionIndex,
        mentions: Sequence[ActorMention],
        words: Sequence[TokenView],
        read: Collection[int] = (),
    ) -> list[_Candidate]:
        """Each trigger of a sentence that names no party at all ("Military chiefs are to meet on
        Friday", "The sanctions will freeze any assets held abroad") read with an actor implied from
        before (:meth:`_implied_options`: the nearest earlier subject, the article's most named party),
        marked ``implied-actor``: the lexical search has no source there, and the writer names the
        doer once and lets later sentences carry on. In a sentence that names parties, each trigger
        none of them could be read with (no token of it in ``read``, the tokens of the sentence's
        readings so far: "Commandos boarded the tanker, IRNA reported" — the outlet cited is no
        party; a party named only inside a relative clause or as a place) is read the same way,
        marked ``implied-actor-orphan`` besides. ``words``: the sentence's trigger words
        (:meth:`_trigger_word`)."""
        named = bool(
            _mention_roles(doc, span, index) or _anaphor_roles(doc, span, index, mentions, set(), self.lang)
        )
        triggers = [t for t in words if not named or t.i not in read]
        triggers = triggers[:_MAX_LEXICAL_TRIGGERS]
        if not triggers:
            return []
        out: list[_Candidate] = []
        for how, m in self._implied_options(doc, sent, mentions, set()):
            at = _at(doc, m.start, m.end)
            if how == "sentence" or at < 0:
                continue
            src = Role(head=at, start=at, end=at + 1, mentions=(m,), how=_IMPLIED_ROLE)
            orphan = (_ORPHAN,) if named else ()
            marks: tuple[str, ...] = (_IMPLIED_ACTOR, f"{_IMPLIED_ACTOR}-{how}", *orphan)
            for t in triggers:
                frame = Frame(predicate=t.i, sources=(src,), targets=())
                for d in decide_readings(
                    doc, t, source=(at, at + 1), target=None, lexicon=self.lexicon, patient=True
                ):
                    if span.start <= d.trigger < span.end:
                        out.append(_Candidate(3, frame, src, None, d, marks))
        return out

    def _candidates(
        self, doc: DocView, span: SpanView, frames: list[Frame], index: MentionIndex, *, keep_vetoed: bool
    ) -> list[_Candidate]:
        cache: dict[tuple[tuple[int, int], tuple[int, int] | None], Decision | None] = {}
        out = []
        for frame in frames:
            targets = [t for t in frame.targets if not self._cited_role(doc, t)]  # "told Interfax"
            denied = _denied_content(doc[frame.predicate], self.cues)
            for src in (s for s in frame.sources if not self._cited_role(doc, s)):
                aimed = [t for t in targets if t.head not in denied or self._denied_harm(doc, denied, src, t)]
                for tgt in aimed or (None,):
                    s_range = (src.start, src.end)
                    t_range = None if tgt is None else (tgt.start, tgt.end)
                    if t_range and s_range[0] < t_range[1] and t_range[0] < s_range[1]:
                        continue  # overlapping roles: no pair
                    key = (s_range, t_range)
                    if key not in cache:
                        cache[key] = self.categorize(
                            doc if self._on_view else doc.spacy, source=s_range, target=t_range
                        )
                    d = cache[key]
                    pred = doc[frame.predicate]
                    trig = None if d is None else doc[d.trigger]
                    if trig is not None and self._on_view and _own_act_below(pred, trig, tgt, self.cues):
                        # "condemned the raid and expelled the envoys", "Meeting in Ankara, they agreed
                        # …": the second verb's or the participle's own act (not aimed at its own actor)
                        own = tgt is not None and tgt.mentions[0].code == src.mentions[0].code
                        d = None if own else self._own_act(doc, pred, s_range, t_range)
                    if d is None or not span.start <= d.trigger < span.end:
                        continue
                    d = _attribution(doc, d, src, tgt, self.rules)
                    if d is None:
                        continue
                    d, tgt = _charged_breach(
                        pred, d, src, tgt, index, self.rules, self.cues.reported.speech_verbs
                    )
                    vetoes = self._vetoes(doc, pred, src, d, index, all_of_them=keep_vetoed)
                    if vetoes and not keep_vetoed:
                        continue
                    d = _evaluative_statement(pred, d, self.rules.evaluative_verbs, self.table, self.words)
                    out.append(_Candidate(_rank(doc, frame.predicate, d), frame, src, tgt, d, vetoes))
        return out

    def _own_act(
        self, doc: DocView, pred: TokenView, source: tuple[int, int], target: tuple[int, int] | None
    ) -> Decision | None:
        """The decision with the frame's predicate ``pred`` as the trigger (:func:`categorize_at`)."""
        return categorize_at(doc, pred, source=source, target=target, lexicon=self.lexicon)

    def _denied_acts(
        self, doc: DocView, span: SpanView, frames: list[Frame], index: MentionIndex, *, keep_vetoed: bool
    ) -> list[_Candidate]:
        """The act a denial denies, as an event of its own by the denier ("X denied supplying arms
        to Y", "X denied any role in the raid": besides X's REJECT, X's supplying or raid, whose
        modality is then negated). PLOVER codes a denied act as the event, negated; the role rules
        give it no frame when its clause has no subject of its own. Marked ``where="denied"`` and a
        source ``how`` of "denier" for the learned stage."""
        out: list[_Candidate] = []
        roles: list[Role] | None = None
        for frame in frames:
            pred = doc[frame.predicate]
            if pred.pos_ != "VERB" or pred.lemma_.lower() not in self.cues.negation.fact_denials:
                continue
            for trig in _denied_triggers(pred, self.cues):
                if index.at(trig) is not None or not is_trigger(doc, trig, self.lexicon):
                    continue
                if roles is None:
                    roles = _mention_roles(doc, span, index)
                below = {t.i for t in trig.subtree}
                inside = [r for r in roles if r.head in below]
                targets: list[Role | None] = [None, *frame.targets, *inside]
                for src in frame.sources:
                    denier = dataclasses.replace(src, how=f"denier:{src.how}")
                    for tgt in targets:
                        if tgt is not None and tgt.mentions[0].code == src.mentions[0].code:
                            continue
                        out += self._denied_readings(doc, span, trig, denier, tgt, index, keep_vetoed)
        return out

    def _denied_readings(
        self,
        doc: DocView,
        span: SpanView,
        trig: TokenView,
        src: Role,
        tgt: Role | None,
        index: MentionIndex,
        keep_vetoed: bool,
    ) -> list[_Candidate]:
        """The lexicon's readings of one denied trigger for one actor/recipient pair."""
        t_range = None if tgt is None else (tgt.start, tgt.end)
        out = []
        readings = decide_readings(
            doc, trig, source=(src.start, src.end), target=t_range, lexicon=self.lexicon
        )
        for d in readings:
            if not span.start <= d.trigger < span.end:
                continue
            d = dataclasses.replace(d, where="denied", rule=d.rule.replace("@lexical", "@denied"))
            vetoes = self._vetoes(doc, trig, src, d, index, all_of_them=keep_vetoed)
            if vetoes and not keep_vetoed:
                continue
            frame = Frame(predicate=trig.i, sources=(src,), targets=() if tgt is None else (tgt,))
            out.append(_Candidate(_DENIED_RANK, frame, src, tgt, d, vetoes))
        return out

    def _vetoes(
        self, doc: DocView, pred: TokenView, src: Role, d: Decision, index: MentionIndex, *, all_of_them: bool
    ) -> tuple[str, ...]:
        """The rule filters a candidate fails, in order (only the first unless ``all_of_them``)."""
        trig = doc[d.trigger]
        checks: tuple[tuple[str, Callable[[], bool]], ...] = (
            # "unless X withdraws": a condition, not an event
            ("conditional", lambda: conditional(pred, self.rules)),
            # "demanded that X cancel ...": what is demanded has not happened
            ("asked-for", lambda: _asked_for(pred, self.rules)),
            # "said X must withdraw": a demand on X (the speaker's event), not X's act
            ("under-obligation", lambda: _under_obligation(pred, self.rules, index)),
            # a trigger in another clause is not this actor's act
            ("not-owned", lambda: not _owns(pred, trig, self.cues)),
            # "condemned the raid and demanded guarantees": the trigger is another conjunct's
            ("other-conjunct", lambda: _other_conjunct(pred, trig, self.cues)),
            # "forced Caracas to look": Caracas undergoes the forcing
            ("patient", lambda: _patient_of(doc, src, trig, self.rules)),
            # "X's sanctions encourage ...": a state of affairs, not X, acts
            ("inert-subject", lambda: _inert_subject(doc, src, trig, index, self.rules)),
            # "systems designed to restrict ...": what a thing can do, not an act
            ("capability", lambda: _capability(trig, self.rules)),
            # "Russia's allies rejected ...": the allies act, not Russia
            (
                "relation-owner",
                lambda: owner_of_relation(
                    doc[src.head], self.rules, group=all(m.kind == "igo" for m in src.mentions)
                ),
            ),
            # "Lima sees the pact as a threat", "Oslo criticised the sanctions": not the judge's act
            (
                "judged-act",
                lambda: _judged(doc, src, trig, self.rules) or _disowned_claim(src, trig, self.cues),
            ),
            # "Kyiv thanked Berlin for the deliveries", "accused Quito of arming …": the object's act
            ("credited-act", lambda: _credited_to_another(doc, src, trig, self.rules)),
            # "test-fired a missile", "launched a satellite rocket": a test is aimed at no one
            ("tested-weapon", lambda: d.category == _ASSAULT and _tested(doc, d, self.rules)),
            # the speaker is not the actor of what they report
            (
                "speech-content",
                lambda: (
                    d.adjustment not in ("obligation", "attribution")
                    and _inside_speech_content(pred, trig, self.cues.reported.speech_verbs)
                ),
            ),
            # "Y was responsible for the raid": Y is accused, it accuses no one
            ("accused-subject", lambda: _accused_subject(src, trig, self.rules)),
            # "X, which does not recognise the vote, …": a standing relation, not an act
            ("standing-stance", lambda: _standing_stance(trig, self.rules)),
        )
        found: list[str] = []
        for name, check in checks:
            if check():
                found.append(name)
                if not all_of_them:
                    break
        return tuple(found)

    # --- one event ------------------------------------------------------------------------------

    def _draft(
        self,
        doc: DocView,
        ctx: DocContext,
        sent: Sentence,
        c: _Candidate,
        dates: Sequence[DateExpr],
    ) -> _Draft | None:
        """Date, actors, recipients and category of a candidate: what decides whether it is kept."""
        d = c.decision

        def trigger_span() -> TextSpan:
            trig_span = doc[d.trigger : d.trigger_end]
            return TextSpan(trig_span.start_char, trig_span.end_char, trig_span.text)

        # the readings of a trigger share its span and its date
        trigger = doc.memoised("trigger-span", (d.trigger, d.trigger_end), trigger_span)
        trig = doc[d.trigger]
        date = doc.memoised(
            "date",
            (sent.index, trigger.start, trig.i),
            lambda: choose_date(sent, trigger.start, dates, ctx.published, lang=self.lang, trigger=trig),
        )
        if self._meeting_place(doc, c.source.head, d):
            return None  # "talks in Beijing": the place of a meeting does not meet
        if (
            c.source.how == _LEXICAL
            and d.adjustment is None  # "X said Y must withdraw": X asks it of Y
            and reporting_only(doc[c.source.head], doc[d.trigger], self.rules)
        ):
            return None  # "X captured Y, the ministry noted", "X suggested Y mediate": not X's act
        actors, dropped_a, notes_a = self._actors_in(doc, c.source.mentions, date.value)
        if not actors:
            return None
        # a permission's holder stands in the permission's own clause ("revoked the permits that let
        # X's trawlers fish"): found there on purpose, not a party of another relative clause
        placed = c.target is not None and not c.target.holder and self._no_party(doc, c.target.head, d)
        recipients, dropped_r, notes_r = self._actors_in(
            doc, c.target.mentions if c.target and not placed else (), date.value
        )
        if (
            recipients
            and c.target
            and c.target.pronoun
            and {a.code for a in recipients} <= {a.code for a in actors}
        ):
            recipients = ()
        category: str = d.category
        mode: str | None = d.mode
        if not recipients and category in self.rules.domestic_default and len(actors) == 1:
            home = _home_country(actors[0])
            if home is not None:  # a protest naming no target is aimed at the actor's own authorities
                recipients = (home,)
                notes_r = [*notes_r, f"{category} naming no target: the actor's own country (PLOVER)"]
        if (
            category == "CONSULT"
            and mode != "visit"
            and recipients
            and not _mediation(trig, doc[c.frame.predicate], self.words)
        ):
            # PLOVER: with no host/visitor distinction, every participant of a meeting is an actor
            actors = tuple(actors) + tuple(r for r in recipients if r.code not in {a.code for a in actors})
            recipients = ()
            notes_a = [*notes_a, "CONSULT without a visit: all participants coded as actors (PLOVER manual)"]
        return _Draft(
            id=event_id(
                ctx.doc_id,
                sent.index,
                trigger.start,
                trigger.end,
                category,
                [a.code for a in actors],
                [r.code for r in recipients],
            ),
            candidate=c,
            trigger=trigger,
            category=category,
            mode=mode,
            actors=actors,
            recipients=recipients,
            date=date,
            dropped=dropped_a + dropped_r,
            notes=notes_a + notes_r,
            vetoes=list(c.vetoes),
            recipient_how="role" if recipients else "none",
        )

    def _finish(
        self,
        doc: DocView,
        ctx: DocContext,
        sent: Sentence,
        draft: _Draft,
        index: MentionIndex,
        rest: dict[str, Callable[[Event], Event]] | None = None,
    ) -> Event:
        """The kept draft as an event: modality, context, location, place, confidence and
        explanation (all but modality and confidence deferred into ``rest`` when one is given:
        :meth:`_rest`)."""
        c = draft.candidate
        d = c.decision
        trig = doc[d.trigger]
        if trig.dep_ in self.rules.passive_subject_deps and d.trigger < trig.head.i < d.trigger_end:
            trig = trig.head  # "the licence will be suspended": the verb bears the modality, not its subject
        # candidates sharing a trigger share its modality (kept in the document view's memo)
        modality = modality_for(trig, cues=self.cues, adjustment=d.adjustment, category=draft.category)
        as_drafted = draft
        draft = _dated_for(draft, modality.modality)  # "will visit on Monday"
        category, mode, date = draft.category, draft.mode, draft.date
        confidence = round(
            d.confidence
            * c.source.confidence
            * (c.target.confidence if c.target else 1.0)
            * min(a_conf(m) for m in c.source.mentions),
            3,
        )
        own = self._rest(doc, sent, draft, index, modality.cues) if rest is None else _LEFT_OUT
        event = Event(
            id=draft.id,
            doc_id=ctx.doc_id,
            sentence_index=sent.index,
            sentence=sent.text,
            sentence_start=sent.start,
            category=category,
            trigger=draft.trigger,
            actors=draft.actors,
            recipients=draft.recipients,
            mode=mode,
            date=date.value,
            date_precision=date.precision,
            date_source=date.source,
            quad_class=self.table.quad(category),
            score=self.table.score(category, mode),
            modality=modality.modality,
            reported=modality.reported,
            confidence=confidence,
            rule=d.rule,
            context=own.context,
            location=own.location,
            location_code=own.location_code,
            place=own.place,
            explanation=own.explanation,
        )
        if rest is not None:
            lines = modality.cues

            def complete(e: Event) -> Event:
                # the date follows the modality the decider settled on (its modality model may read
                # a future where the rules did not, or the reverse)
                final = _dated_for(as_drafted, e.modality)
                r = self._rest(doc, sent, final, index, lines)
                return dataclasses.replace(
                    e,
                    date=final.date.value,
                    date_precision=final.date.precision,
                    date_source=final.date.source,
                    context=r.context,
                    location=r.location,
                    location_code=r.location_code,
                    place=r.place,
                    explanation=(*r.explanation, *e.explanation),
                )

            rest[draft.id] = complete
        return event

    def _rest(
        self, doc: DocView, sent: Sentence, draft: _Draft, index: MentionIndex, modality_lines: Sequence[str]
    ) -> _Rest:
        """An event's context, location, place and explanation: what no feature reads, worked out
        for every candidate by the rule coder and for the kept events only by the learned one."""
        c = draft.candidate
        d = c.decision
        trig = doc[d.trigger]
        context = self._context(d, trig, c, index)
        location = location_of(trig, index, self.rules) or location_of(
            doc[c.frame.predicate], index, self.rules
        )
        place = self._place(doc, sent, location, draft.actors, draft.recipients, draft.category, index)
        explanation = _explain(
            trig,
            draft.category,
            draft.mode,
            d.rule,
            d.confidence,
            c,
            draft.actors,
            draft.recipients,
            modality_lines,
            draft.date,
            location,
            context,
            draft.dropped,
            draft.notes,
        )
        text, code = (location.text, location.code) if location else (None, None)
        return _Rest(context, text, code, place, explanation)

    def _place(
        self,
        doc: DocView,
        sent: Sentence,
        location: Location | None,
        actors: Sequence[EventActor],
        recipients: Sequence[EventActor],
        category: str,
        index: MentionIndex,
    ) -> Place | None:
        """The event's gazetteer place (:mod:`geowire.geo`): its sentence's place spans, ranked
        with the sentence's and the article's countries, else the article's dateline place; a
        span that is the event's actor is no place ("Moscow said"), nor one of its recipients
        unless the event is a physical one ("accused Moscow" / "struck Beirut"); a bare capital
        is a government unless it is that recipient ("Moscow ratified the treaty"); where a
        situation is ("talks on the crisis in X") places only a physical event."""
        geo = doc.memo.get("geo")
        if geo is None:
            countries = frozenset(c for _, m in index.ordered if (c := _country_of(m)) and not _is_place(m))
            geo = doc.memo["geo"] = GeoContext(
                countries, dateline_place(self.geography, doc.text, doc_countries=countries)
            )

        def sentence_places() -> tuple[list[PlaceSpan], frozenset[str]]:
            span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
            here = _mentions_within(doc, index, sent.start, sent.end)
            named = [(m.start, m.end) for m in here if _is_place(m)]
            others = [(m.start, m.end) for m in here if m.code is not None and not _is_place(m)]
            preps, words = self.rules.location_preps, self.geography.words
            spans = (
                place_spans(span, location, preps, words, places=named, actors=others)
                if span is not None
                else []
            )
            capitals = [(m.start, m.end) for m in here if m.how.startswith("capital")]
            spans = [dataclasses.replace(s, capital=_overlaps_any(s, capitals)) for s in spans]
            inside = frozenset(c for m in here if (c := _country_of(m)) and not _is_place(m))
            return spans, inside

        spans, inside = doc.memoised("sentence-places", (sent.index, location), sentence_places)
        physical = category in PHYSICAL_CATEGORIES
        holders, targets = (actors, recipients) if physical else ((*actors, *recipients), ())
        spans = [_with_roles(s, holders, targets) for s in spans if physical or not s.topic]
        return doc.memoised(  # candidates share it
            "geo-place",
            (sent.index, location, tuple((s.start, s.actor, s.target) for s in spans)),
            lambda: event_place(self.geography, spans, sentence_countries=inside, context=geo),
        )

    def _actors_in(
        self, doc: DocView, mentions: Sequence[ActorMention], on: dt.date | None
    ) -> tuple[tuple[EventActor, ...], list[str], list[str]]:
        """:meth:`_actors`, once per mentions and date (kept in the view's memo: a role is asked for
        each reading of each of its triggers)."""
        (actors, dropped, notes), _ = doc.memoised(
            "actors",
            (tuple(map(id, mentions)), on),
            lambda: (self._actors(mentions, on), tuple(mentions)),  # the mentions kept: ids are the key
        )
        return actors, list(dropped), list(notes)

    def _actors(
        self, mentions: Sequence[ActorMention], on: dt.date | None
    ) -> tuple[tuple[EventActor, ...], list[str], list[str]]:
        """Resolved mentions as event actors (people as country + role sector on ``on``)."""
        out: list[EventActor] = []
        dropped: list[str] = []
        notes: list[str] = []
        for m in mentions:
            if m.kind == "equipment":
                continue
            actor, note = self._event_actor(m, on)
            if actor is None:
                dropped.append(f'left out unresolved mention "{m.text}"')
                continue
            if note:
                notes.append(note)
            same = next((i for i, a in enumerate(out) if a.code == actor.code), None)
            if same is None:
                out.append(actor)
            elif actor.kind == "person" and out[same].kind != "person":
                out[same] = actor  # "Venezuelan strongman Nicolás Maduro": the person is the more specific
        return tuple(out), dropped, notes

    def _event_actor(self, m: ActorMention, on: dt.date | None) -> tuple[EventActor | None, str]:
        code, sector, note = m.code, m.sector, ""
        if m.kind == "person" and on is not None:
            fresh = _redate(m, self.kb, on)
            if fresh is not None and fresh.code is not None:
                if (fresh.code, fresh.sector) != (m.code, m.sector):
                    note = f"{m.text}: {fresh.code}/{fresh.sector} on the event date {on} ({fresh.how})"
                code, sector = fresh.code, fresh.sector
        if code is None:
            return None, ""
        return EventActor(
            code=code,
            sector=sector,
            entity_text=m.text,
            wikidata=m.wikidata,
            start=m.start,
            end=m.end,
            kind=m.kind,
        ), note

    def _context(self, d: Decision, trig: TokenView, c: _Candidate, index: MentionIndex) -> tuple[str, ...]:
        """The categorizer's context, plus contexts whose cue words stand in the trigger's clause."""
        found = list(d.context)
        top = _clause_head(trig)
        equipment, matched = trig.doc.memoised(
            "clause", top.i, lambda: self._clause_contexts(list(top.subtree), index)
        )
        if equipment and "military" not in found:
            found.append("military")
        for name in matched:  # in the table's order
            if name not in found:
                found.append(name)
        return tuple(found)

    def _clause_contexts(self, clause: list[TokenView], index: MentionIndex) -> tuple[bool, list[str]]:
        """Whether the clause names equipment, and the contexts whose cues stand in it."""
        words = {t.lemma_.lower() for t in clause} | {t.lower_ for t in clause}
        text = " ".join(t.lower_ for t in clause)
        by_word = self.contexts.by_word
        hit: set[str] = set()
        for w in words & by_word.keys():
            hit |= by_word[w]
        matched = [
            name
            for name, phrases in self.contexts.phrases
            if name in hit or (phrases is not None and phrases.search(text) is not None)
        ]
        return any(index.is_equipment(t) for t in clause), matched


# --- helpers ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContextCues:
    """The event lexicon's context cues compiled for lookup: each context in the table's order
    with a pattern for its multi-word cues (or None), and the contexts each single word stands for."""

    phrases: tuple[tuple[str, re.Pattern[str] | None], ...]
    by_word: Mapping[str, frozenset[str]]


def _context_cues(lang: LanguagePack) -> ContextCues:
    phrases: list[tuple[str, re.Pattern[str] | None]] = []
    by_word: dict[str, set[str]] = {}
    for name, cues in lexicon_of(lang).contexts:
        multi = [re.escape(c) for c in cues if " " in c]
        phrases.append((name, re.compile("|".join(multi)) if multi else None))
        for c in cues:
            if " " not in c:
                by_word.setdefault(c, set()).add(name)
    return ContextCues(tuple(phrases), {w: frozenset(names) for w, names in by_word.items()})


def with_rivals(built: list[tuple[Event, tuple[str, ...]]]) -> list[tuple[Event, tuple[str, ...]]]:
    """Each candidate's features plus what its rivals (other readings of the same trigger in the
    sentence) are: how many there are, and whether one of them is the rules' own event."""
    picks = ["rulepick" in f for _, f in built]
    by_trigger: dict[tuple[int, int], list[bool]] = {}  # whether each reading of a trigger is the rules'
    for (e, _), pick in zip(built, picks, strict=True):
        by_trigger.setdefault((e.trigger.start, e.trigger.end), []).append(pick)
    out = []
    for (e, f), pick in zip(built, picks, strict=True):
        rivals = by_trigger[(e.trigger.start, e.trigger.end)]
        extra = [f"rivals={min(len(rivals) - 1, 4)}"]
        if not pick and any(rivals):
            extra.append("rival-is-rulepick")
        out.append((e, (*f, *extra)))
    return out


_TRIGGER_POS = frozenset({"VERB", "NOUN", "PROPN", "ADJ", "AUX"})
_AGENTLESS = "agentless"  # the veto of a passive's subject read as its actor, until :meth:`_implied_agents`
_TARGETED = "targeted"  # the same for a trigger whose only named party is its target
_SWAPPED = frozenset({_AGENTLESS, _TARGETED})
_IMPLIED_IN_SENTENCE = 2  # other actors of the sentence offered as implied recipients
_SUBJECT_WINDOW = 4  # the sentences before searched for the nearest subject (previous-subject)
# the mentions that may be implied recipients and antecedents of the learned stage's candidates
_PARTY_KINDS = frozenset({"country", "igo", "group"})
_MAX_LEXICAL_ACTORS = 6
_MAX_LEXICAL_TRIGGERS = 8
_LEXICAL_TARGETS = 3  # the other parties offered as a lexical reading's target: those nearest its trigger
# the mark of a lexical reading of an agentless passive whose subject is no party (:func:`_open_passive`)
_OPEN_PASSIVE = "open-passive"
# the mark (and ``how``) of a reading of a sentence that names no party, its actor implied from before
_IMPLIED_ACTOR = "implied-actor"
_IMPLIED_ROLE = "implied"
_ORPHAN = "implied-actor-orphan"  # a trigger none of its sentence's named parties could be read with
_STAND_IN = "stand-in-subject"  # an act whose subject is an event noun pointing back (its doer's)
_STAND_IN_ANTECEDENTS = 2  # the acts told before that such a subject may stand for
_ASSAULT = "ASSAULT"  # a weapon tested is no assault (:func:`_tested`)
_MATERIAL_RETREAT, _PROMISED_RETREAT = "RETREAT", "CONCEDE"  # PLOVER: done vs declared or promised
_DENIED_RANK = 2  # a denied act's candidate: below the frames that own its trigger
_DENIED_CLAUSES = frozenset({"xcomp", "ccomp", "pcomp"})
_TEST_MARKS = frozenset({"compound", "amod", "nmod", "npadvmod"})  # the words that make a launch a test
# Acts done against their target: denying one answers the target's complaint.
_HARMS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "PROTEST", "ACCUSE", "MOBILIZE"})
_COOPERATIVE_QUADS = frozenset({1, 2})  # PLOVER's verbal and material cooperation
_REJECT = "REJECT"
# acts whose place is where the parties met or signed, not a party ("talks in X", "signed at X")
_LEXICAL = "lexical"  # the ``how`` of a role filler found by the lexical search (any mention of the sentence)
_CONSULT = "CONSULT"  # a meeting: the place of any word of its act is where the parties met
_MEETINGS = frozenset({_CONSULT, "AGREE", "SUPPORT", "COOPERATE"})
_TOPICAL = frozenset({_CONSULT, "AGREE"})  # acts whose "on"/"over"/"about" phrase names their topic
_CLAIM_CLAUSES = frozenset({"acl", "ccomp", "relcl"})  # "claims [that it had armed Y]"
# what a fact denial denies: its clause, its object, and a phrase the parser hangs on the verb
# ("denied [support] [to Y]")
_DENIED_PARTS = _DENIED_CLAUSES | {"dobj", "prep"}


def _agentless_passive(verb: TokenView) -> bool:
    """A passive verb ("was expelled", "had not been consulted") with no ``by`` agent."""
    kids = [c.dep_ for c in verb.children]
    return "auxpass" in kids and "agent" not in kids


def _open_passive(verb: TokenView, roles: Sequence[Role]) -> bool:
    """A passive with no ``by`` agent whose subject names no party ("five years after ties were cut",
    "the tariffs were raised in March"): who did it to whom is said by the sentence's other parties
    (or elsewhere), so the lexical search may read them as its actor and target — the passive is no
    reason to refuse them, as it is when the subject is a party (:meth:`EventCoder._agentless_candidates`)."""
    if verb.pos_ != "VERB" or not _agentless_passive(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ == "PRON":
        return False  # a pronoun stands for a party ("Rome said it had not been warned")
    inside = {w.i for w in subject.subtree}
    return not any(r.head in inside for r in roles)


def _directs(verb: TokenView, directives: Collection[str]) -> bool:
    """A directive verb with a complement clause ("told the junta to step down", "ordered X to
    leave"): a demand of its object (categorize's ``directive`` reading), a trigger of the lexical
    search although the verb alone is in no lexicon entry."""
    return verb.lemma_.lower() in directives and any(c.dep_ == "xcomp" for c in verb.children)


def _target_of(head: TokenView, trig: TokenView, rules: RoleRules) -> bool:
    """Whether ``head`` (a role's head word) is what ``trig`` is done to: the object of a recipient
    preposition hung on the trigger, on the word the trigger depends on, on the trigger's genitive
    object or on its direct object ("penalties on X", "duties were levied on X", "a blockade of the
    roads into X", "threatened strikes on X"), or the verb trigger's direct object."""
    if head.dep_ in rules.object_deps:
        return head.head.i == trig.i and trig.pos_ == "VERB"
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in rules.recipient_preps:
        return False
    host = prep.head
    if host.i == trig.i or (host.i == trig.head.i and trig.head.i != trig.i):
        return True
    if prep.lower_ in rules.aimed_preps and (named := title_head(trig, rules)).i != trig.i:
        # "invoking the Syria Accountability Act against X", "invoking the SAA (…) against X": a trigger
        # inside a title is aimed where the title's (or the verb governing it) "against" points
        return host.i == named.i or (named.dep_ in rules.object_deps and host.i == named.head.i)
    if host.dep_ in rules.object_deps and host.head.i == trig.i:  # "threatened strikes on X"
        return True
    of = host.head  # the trigger's "of" object ("a blockade of the roads") carries the preposition
    return host.dep_ == "pobj" and of.lower_ in rules.genitive_preps and of.head.i == trig.i


def _speaker_role(verb: TokenView, roles: Sequence[Role]) -> Role | None:
    """The role in the subject of the verb whose reported clause holds ``verb`` ("Rome said it had
    not been warned": Rome), the one a pronoun subject of that clause most often stands for."""
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ != "ccomp" or top.head.i == top.i:
        return None
    subjects = [c for c in top.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    inside = {w.i for s in subjects for w in s.subtree}
    return next((r for r in roles if r.head in inside), None)


def _party_codes(e: Event) -> tuple[frozenset[str | None], frozenset[str | None]]:
    return frozenset(a.code for a in e.actors), frozenset(r.code for r in e.recipients)


def _pair_key(d: _Draft) -> tuple[object, ...]:
    return (d.trigger.start, d.category, frozenset(a.code for a in d.actors),
            frozenset(r.code for r in d.recipients))  # fmt: skip


def _topics(coded: Sequence[ActorMention]) -> list[ActorMention]:
    """The parties of an article, most often named first (ties: first named first), one mention each."""
    counts: dict[str | None, int] = {}
    first: dict[str | None, ActorMention] = {}
    for m in coded:
        counts[m.code] = counts.get(m.code, 0) + 1
        first.setdefault(m.code, m)
    return [first[c] for c in sorted(first, key=lambda c: -counts[c])]


def _under_subject(tok: TokenView, rules: RoleRules, limit: int = 8) -> bool:
    """Whether ``tok`` or a word above it (within its clause's noun phrase) is a subject."""
    deps = rules.subject_deps | rules.passive_subject_deps
    for _ in range(limit):
        if tok.dep_ in deps:
            return True
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
    return False


def _coordinated(doc: DocView, a: Role, b: Role) -> bool:
    """Whether two role fillers are conjuncts ("X and Y agreed", "American and British jets": a word
    of one phrase is coordinated with a word of the other): partners, not actor and recipient."""

    def top(t: TokenView) -> TokenView:
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t

    tops = {top(doc[k]).i for k in range(a.start, a.end)} | {top(doc[a.head]).i}
    return top(doc[b.head]).i in tops or any(top(doc[k]).i in tops for k in range(b.start, b.end))


def _coordinated_at(doc: DocView, a: Role, m: ActorMention) -> bool:
    """Whether the mention ``m`` is coordinated with the role filler ``a`` (:func:`_coordinated`)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    b = Role(head=span.root.i, start=span.start, end=span.end, mentions=(m,), how="sentence")
    return _coordinated(doc, a, b)


def _anaphor_roles(
    doc: DocView,
    span: SpanView,
    index: MentionIndex,
    mentions: Sequence[ActorMention],
    named: set[str | None],
    lang: LanguagePack,
) -> list[Role]:
    """Pronouns and descriptions of the sentence ("its", "they", "the bloc") as role fillers for
    the actor they stand for (:func:`geowire.actors.coref.antecedent_of_token`), when that actor
    is not named in the sentence itself."""
    found = doc.memoised(  # the lexical and agentless searches ask twice
        "anaphor-roles",
        (span.start, span.end, frozenset(named)),
        lambda: _find_anaphor_roles(span, index, mentions, named, lang),
    )
    named.update(r.mentions[0].code for r in found)
    return list(found)


def _find_anaphor_roles(
    span: SpanView, index: MentionIndex, mentions: Sequence[ActorMention], named: set[str | None],
    lang: LanguagePack,
) -> list[Role]:  # fmt: skip
    """:func:`_anaphor_roles` worked out (``named`` grows with the codes taken)."""
    from geowire.actors.coref import anaphor_kinds, antecedent_of_token

    out: list[Role] = []
    articles = lang.surface.coding.articles  # "the bloc": a description that may be an anaphor
    kinds = anaphor_kinds(lang)
    for tok in span:
        if index.at(tok) is not None:
            continue
        word = tok.lower_ if tok.pos_ == "PRON" else None
        if word is None and tok.pos_ == "NOUN":
            article = next((c.lower_ for c in tok.children if c.lower_ in articles), None)
            word = f"{article} {tok.lower_}" if article else None
        if word is None or word not in kinds:
            continue
        m = _subject_antecedent(tok, index, kinds[word]) or antecedent_of_token(tok, mentions, lang)
        if m is None or m.code is None or m.code in named or m.kind == "equipment":
            continue
        named.add(m.code)
        out.append(Role(head=tok.i, start=tok.i, end=tok.i + 1, mentions=(m,), how="anaphor", confidence=0.8,
                        pronoun=True))  # fmt: skip
        if len(out) >= 2:
            break
    return out


def _subject_antecedent(tok: TokenView, index: MentionIndex, kinds: frozenset[str]) -> ActorMention | None:
    """A subject pronoun of a party ("It called on Kampala …") stands for the last party named as
    a clause subject in its sentence or the one before — before the nearest party named anywhere
    ("… breached the African Union charter. It called on …": the speaker, not the union). The path
    search's :func:`~geowire.coding.roles.resolve_pronoun` prefers a subject too, over a window one
    sentence longer; this search keeps its own shorter window. None for other words, or when no
    subject fits."""
    if tok.pos_ != "PRON" or tok.dep_ not in ("nsubj", "nsubjpass") or "person" in kinds:
        return None
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return index.before(tok, kinds=kinds, window_start=start, subject=True)


def _across_relative(doc: DocView, src: Role, trig: TokenView, rules: RoleRules, index: MentionIndex) -> bool:
    """Whether the source and the trigger stand on two sides of a relative clause's edge: the source
    inside a relative clause that does not hold the trigger ("the envoy that Qatar named criticised
    Y": Qatar did not criticise), or the trigger inside one whose own subject names another actor
    ("the drones that Russia sent": no one else sent them)."""
    if in_other_relative(doc[src.head], trig, rules):
        return True
    tok = trig
    while tok.head.i != tok.i:
        if pronoun_relative(tok, rules):
            if src.head in {w.i for w in tok.subtree}:
                return False
            subjects = [
                c for c in tok.children if c.dep_ in rules.subject_deps and c.tag_ not in rules.relative_tags
            ]
            if not subjects and any(c.dep_ in rules.subject_deps for c in tok.children):
                return _antecedent_names_other(tok.head, src, index)
            return any((m := index.at(c)) is not None and m.code is not None for c in subjects)
        tok = tok.head
    return False


def _antecedent_names_other(noun: TokenView, src: Role, index: MentionIndex) -> bool:
    """Whether the antecedent of a relative pronoun subject names a party other than the source
    ("condemned the U.S. operation that seized the leader": the operation, the United States', did
    the seizing, not the one who condemned it); the antecedent that is the source itself
    ("Russia, which seized …") names no other."""
    own = {m.code for m in src.mentions}
    named = [index.at(noun), *(index.at(c) for c in noun.children if c.i < noun.i)]
    return any(m is not None and m.code is not None and m.code not in own for m in named)


def _maker(tok: TokenView, rules: RoleRules) -> bool:
    """Whether ``tok`` names the maker, supplier or backer in a hyphenated participle before a noun
    ("Russian-made missiles", "US-supplied tanks"): no party of what is done with the thing."""
    return tok.i < tok.head.i and maker_modifier(tok.head, rules)


def _offerer_or_proposer(tok: AnyToken, trigger: TokenView, cues: ModalityCues, words: CodingWords) -> bool:
    """Whether ``tok`` is the subject of a word of offer that is ``trigger`` or stands above it ("X
    offered to mediate between Y and Z", "X is ready to host talks", "X offered Y aid": X would do it,
    it is not done to X) or, when the act is a mediation, of any verb above it ("X suggested that Y
    mediate between Z and W": the mediator acts on the parties, and whoever proposes the mediation is
    none of them)."""
    if tok.dep_ not in SUBJECT_DEPS or tok.head.i == tok.i:
        return False
    gov, above = tok.head, _above(trigger) | {trigger.i}
    if gov.i not in above:
        return False
    offers = cues.hypothetical.offers
    if gov.lemma_.lower() in offers or any(c.i in above and c.lemma_.lower() in offers for c in gov.children):
        return True
    return gov.i != trigger.i and trigger.lemma_.lower().startswith(words.mediation_stems)


def _above(tok: TokenView) -> frozenset[int]:
    """The indices of the words above ``tok`` up to its sentence's root."""
    return frozenset(t.i for t in _ancestors(tok)[1:])


def _nearest_first_roles(doc: DocView, roles: Sequence[Role], trigger: TokenView) -> list[Role]:
    """``roles`` in text order of their actors' first mentions, and of one actor's several mentions
    the nearest ``trigger`` in the parse first (then in the text): readings that name the same parties
    are one candidate (the first built keeps its id), and the mention in the trigger's grammar ("…
    that France will expel …") speaks for its actor, not one in another clause ("… sailors from
    France …"), whose far path would score the right direction below its reverse."""
    first: dict[str | None, int] = {}
    for r in sorted(roles, key=lambda r: r.start):
        first.setdefault(r.mentions[0].code, r.start)

    def key(r: Role) -> tuple[int, int, int, int]:
        return (
            first[r.mentions[0].code],
            _tree_distance(doc[r.head], trigger),
            abs(r.head - trigger.i),
            r.start,
        )

    return sorted(roles, key=key)


def _tree_distance(a: TokenView, b: TokenView) -> int:
    """How many dependency links lie between ``a`` and ``b`` (through the words above both)."""
    up = {t.i: n for n, t in enumerate(_ancestors(a))}
    for n, t in enumerate(_ancestors(b)):
        if t.i in up:
            return n + up[t.i]
    return n + 64


def _nearest_first(
    doc: DocView, pairs: Sequence[tuple[Role, list[Role]]], trigger: TokenView
) -> list[tuple[Role, list[Role]]]:
    """Each source with its parties (``pairs``), ordered as :func:`_nearest_first_roles` orders the
    sources."""
    ranked = _nearest_first_roles(doc, [src for src, _ in pairs], trigger)
    order = {id(r): k for k, r in enumerate(ranked)}
    return sorted(pairs, key=lambda p: order[id(p[0])])


def _mention_roles(doc: DocView, span: SpanView, index: MentionIndex) -> list[Role]:
    """Each coded actor mention of the sentence as a role filler of its own (nearest first is not
    implied: in text order): worked out once per sentence (the lexical and agentless searches ask)."""
    return list(
        doc.memoised("mention-roles", (span.start, span.end), lambda: _find_mention_roles(doc, span, index))
    )


def _find_mention_roles(doc: DocView, span: SpanView, index: MentionIndex) -> list[Role]:
    out: list[Role] = []
    i = span.start
    while i < span.end:
        m = index.at(doc[i])
        if m is None or m.code is None:
            i += 1
            continue
        j = i
        while j < span.end and index.at(doc[j]) is m:
            j += 1
        head = next((k for k in range(i, j) if not i <= doc[k].head.i < j), j - 1)
        out.append(Role(head=head, start=i, end=j, mentions=(m,), how=_LEXICAL, confidence=1.0))
        i = j
    return out


def _redate(m: ActorMention, kb: KnowledgeBase, on: dt.date) -> ActorMention | None:
    """The person mention re-resolved by the role held on the event date (None if impossible)."""
    from geowire.actors.resolve import redate_person

    try:
        return redate_person(m, kb, kb.lang, on=on)
    except (KeyError, ValueError):
        return None


_CLAUSE_DOWN = frozenset(
    {
        "xcomp",
        "dobj",
        "dative",
        "prep",
        "pobj",
        "pcomp",
        "acl",
        "compound",
        "amod",
        "attr",
        "oprd",
        "acomp",
        "prt",
        "npadvmod",
        "nmod",
        "poss",
        "ccomp",
        "agent",
    }
)


def _owns(pred: TokenView, trig: TokenView, cues: ModalityCues) -> bool:
    """Whether ``trig`` belongs to ``pred``'s own clause: the predicate itself, words reached
    through complements and objects (not through adverbial or relative clauses or subjects), or
    the words governing it ("his raid to snatch": the raid governs "snatch")."""
    if trig.i == pred.i or trig in _clause_chain(pred, cues):
        return True
    # up from the trigger while each word hangs off its head by a clause-internal link: the path
    # down from the predicate, read the other way (its depth, not the predicate's whole subtree)
    tok = trig
    while tok.dep_ in _CLAUSE_DOWN and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == pred.i:
            return True
    return False


# Links by which a verb takes its own object or complement: a verb with one is a clause of its own.
_OWN_ARGUMENTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "oprd"})


def _clause_chain(pred: TokenView, cues: ModalityCues) -> list[AnyToken]:
    """``pred`` and the words governing it in its own clause (:func:`governing_chain`), stopping
    below a coordinated verb when both conjuncts take their own object or complement ("condemned
    the raid and demanded guarantees": what is demanded is not condemned). A conjunct that shares
    its object with the first verb ("met and praised X", "opened ties with and an embassy in X")
    stays in the first verb's clause."""
    chain = governing_chain(pred, cues)
    for k, tok in enumerate(chain[:-1]):
        if (
            tok.dep_ == "conj"
            and _takes_argument(tok)
            and _takes_argument(tok.head)
            and not _raised(tok.head)
        ):
            return chain[: k + 1]
    return chain


def _own_act_below(pred: TokenView, trig: TokenView, tgt: Role | None, cues: ModalityCues) -> bool:
    """Whether the path from a frame's source to its target ``tgt`` met the trigger ``trig`` above
    the frame's predicate ``pred``, where ``pred`` names an act of its own: a second conjunct
    (:func:`_other_conjunct`) or a participle clause of circumstance with the target in it ("Meeting
    in Ankara, they agreed to reopen …": the meeting is in Ankara, not the agreement)."""
    if _other_conjunct(pred, trig, cues):
        return True
    below = {t.i for t in pred.subtree}
    return tgt is not None and circumstance(pred) and tgt.head in below and trig.i not in below


def _other_conjunct(pred: TokenView, trig: TokenView, cues: ModalityCues) -> bool:
    """Whether ``trig`` governs ``pred`` only across a coordination of two verbs that each take
    their own object (:func:`_clause_chain`): the frame of one conjunct is no frame of the other."""
    return trig.i != pred.i and trig in governing_chain(pred, cues) and trig not in _clause_chain(pred, cues)


def _joint_cooperation(d: _Draft) -> bool:
    """Whether the draft is a cooperative act of two or more parties ("both countries ratified it",
    "X and Y met"): they are each other's partners, and no third party is implied as recipient."""
    return QUAD_CLASS[d.category] == 1 and len({a.code for a in d.actors}) >= 2


def _across_conjuncts(trig: TokenView, party: TokenView) -> bool:
    """Whether ``party`` is an argument of a verb coordinated with ``trig``'s, each taking its own
    object and sharing the subject ("criticised the raid and expelled Somali envoys"): the party of
    the other act is no recipient of this one (:func:`_clause_chain`; a shared object stays in both
    clauses; a conjoined clause with its own subject may point back: "…, and Y warned they …")."""
    t_chain = _ancestors(trig)
    p_chain = _ancestors(party)
    above = [t.i for t in t_chain]
    k = next((k for k, t in enumerate(p_chain) if t.i in above), None)
    if k is None:
        return False
    lca = p_chain[k]
    j = above.index(lca.i)
    below = (*t_chain[j - 1 : j], *p_chain[k - 1 : k])  # the lowest common head's child on each side
    return any(
        c.dep_ == "conj"
        and _takes_argument(c)
        and _takes_argument(lca)
        and not _raised(lca)
        and not any(s.dep_ in SUBJECT_DEPS for s in c.children)  # a clause of its own may refer back
        for c in below
    )


def _ancestors(tok: TokenView) -> list[TokenView]:
    """``tok`` and its heads up to the root of its sentence."""
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < 64:
        chain.append(chain[-1].head)
    return chain


def _raised(verb: AnyToken) -> bool:
    """Whether ``verb`` leaves a preposition without its object for the next conjunct to supply
    ("set up ties with, and an embassy in, X"): the two conjuncts share that object."""
    return any(
        t.dep_ == "prep" and not any(True for _ in t.children)
        for c in verb.children
        if c.dep_ in _OWN_ARGUMENTS or c.dep_ == "prep"
        for t in (c, *c.children)
    )


def _takes_argument(verb: AnyToken) -> bool:
    """Whether ``verb`` is a verb with an object or a complement of its own."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in _OWN_ARGUMENTS for c in verb.children)


# Links of a name to the noun it is part of ("[Interfax] news agency", "the agency [Tass]").
_NAME_LINKS = frozenset({"compound", "appos", "flat"})


def _phrase_head(tok: TokenView) -> TokenView:
    """The head of the noun phrase the name ``tok`` is part of: "Interfax news agency said" is
    cited by its head "agency", not by the name that modifies it."""
    while tok.dep_ in _NAME_LINKS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _denied_triggers(pred: TokenView, cues: ModalityCues) -> list[TokenView]:
    """The words a denial verb denies, as triggers to try: a complement clause with no subject of
    its own ("denied supplying arms"; one with a subject has its own frame), an object event noun
    ("denied any interference"), and the act a noun of a share in it names ("denied any role in
    the raid"). Objects that are claims ("denied the claim that ...") are left to the clause."""
    out: list[TokenView] = []
    for child in pred.children:
        if child.dep_ in _DENIED_CLAUSES and not any(c.dep_ in SUBJECT_DEPS for c in child.children):
            out.append(child)
        elif child.dep_ == "dobj" and child.lemma_.lower() not in cues.negation.denied_nouns:
            if child.lemma_.lower() in cues.negation.denied_shares:
                out += [g for p in child.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
            else:
                out.append(child)
    return out


def aimed_at_accusers(doc: DocView, events: Sequence[Event], cues: ModalityCues) -> list[Event]:
    """``events`` with no denial aimed at whom the denied act would have helped ("X denied supplying
    drones to Y": Y is no recipient of X's denial). A denial is aimed at its accuser: the owner of the
    denied claim ("rejected Y's claims that …"), one the sentences before imply, or the target of a
    hostile act denied ("denied that its ships had fired on Y": Y complained), none without one
    (guidelines §5). The denied act is the cooperative event (quad class 1 or 2) coded in the denied
    words."""
    from geowire.coding.decide import with_parties

    out = list(events)
    for k, event in enumerate(events):
        trig = _root_of_span(doc, event.trigger.start, event.trigger.end) if event.recipients else None
        content = _denied_content(trig, cues) if trig is not None else frozenset()
        if not content:
            continue
        helped = {r.code for e in events if e is not event and e.quad_class in _COOPERATIVE_QUADS
                  and _at(doc, e.trigger.start, e.trigger.end) in content for r in e.recipients}  # fmt: skip
        keep = tuple(r for r in event.recipients
                     if r.code not in helped or _at(doc, r.start, r.end) not in content)  # fmt: skip
        if len(keep) < len(event.recipients):
            note = "whom the denied act would have helped left out: a denial is aimed at its accuser"
            out[k] = with_parties(event, event.actors, keep, note)
    return out


def answering_accusers(
    events: Sequence[Event], cues: ModalityCues, *, doc: DocView | None = None
) -> list[Event]:
    """``events`` (one document, in order) with each denial that names no recipient aimed at its
    accuser: the actor of the nearest hostile act (:data:`_HARMS`) aimed at the denier in the
    article before it or earlier in its own sentence ("Y
    sanctioned X's army. X denied arming the rebels": Y). Guidelines §5: a denial's recipient is
    the accuser; none when no hostile act names the denier. With the parse (``doc``), a rejection of
    a claim is a denial too ("X rejected the accusation as baseless", "dismissed the charges")."""
    from geowire.coding.decide import with_parties

    out = list(events)
    denials = tuple(f":verb:{lemma}@" for lemma in cues.negation.fact_denials)
    for k, event in enumerate(events):
        if event.category != _REJECT or event.recipients:
            continue
        if not any(d in event.rule for d in denials) and not (
            doc is not None and _rejects_claim(doc, event, cues)
        ):
            continue
        own = {a.code for a in event.actors}
        accuser = next(
            (e for e in reversed(events[:k])
             if e.category in _HARMS and own & {r.code for r in e.recipients}
             and not own & {a.code for a in e.actors}),
            None,
        )  # fmt: skip
        if accuser is not None:
            note = f"recipient {accuser.actors[0].code}: the denial answers its hostile act before"
            out[k] = with_parties(event, event.actors, accuser.actors, note)
    return out


def _rejects_claim(doc: DocView, event: Event, cues: ModalityCues) -> bool:
    """Whether ``event``'s trigger is a verb of denial whose object is a claim noun ("rejected the
    accusation", "dismissed the reports")."""
    trig = _root_of_span(doc, event.trigger.start, event.trigger.end)
    return trig is not None and any(_claim_denied(trig, c, cues) for c in trig.children)


def _claim_denied(verb: TokenView, noun: TokenView, cues: ModalityCues) -> bool:
    """Whether ``noun`` is a claim noun that ``verb``, a verb of denial, takes as its object
    ("rejected the accusation", "dismissed the reports")."""
    return (
        noun.dep_ == "dobj"
        and noun.head.i == verb.i != noun.i
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in cues.negation.denials
        and noun.lemma_.lower() in cues.negation.denied_nouns
    )


def _denied_content(pred: TokenView, cues: ModalityCues) -> frozenset[int]:
    """The token indices of what the denial ``pred`` denies: the clause or the act a fact denial
    governs ("denied supplying arms to Y", "denied any support for Y"), and the clause of a denied
    claim ("rejected claims that it had armed Y"; the claim's owner, the accuser, stays outside).
    Empty for any other word: rejecting an offer or a proposal is aimed at whoever made it. A
    participle on the claim says who made it, not what it says ("rejected the allegations made by
    Y", "dismissed charges levelled by Y"): Y is the accuser, outside the content."""
    lemma = pred.lemma_.lower()
    if pred.pos_ != "VERB" or lemma not in cues.negation.denials:
        return frozenset()
    out: set[int] = set()
    for child in pred.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in cues.negation.denied_nouns:
            out.update(w.i for c in child.children if c.dep_ in _CLAIM_CLAUSES and not _made_by(c)
                       for w in c.subtree)  # fmt: skip
        elif lemma in cues.negation.fact_denials and child.dep_ in _DENIED_PARTS:
            out.update(w.i for w in child.subtree)
    return frozenset(out)


def _made_by(clause: TokenView) -> bool:
    """Whether ``clause``, hung on a claim noun, is a participle with a ``by`` agent ("[made by Y]")."""
    return clause.tag_ == "VBN" and any(c.dep_ == "agent" for c in clause.children)


def _conjoined(doc: DocView, a: EventActor, b: EventActor) -> bool:
    """Whether the parties ``a`` and ``b`` are named in coordinated phrases ("Togo and Benin")."""
    ra, rb = _root_of_span(doc, a.start, a.end), _root_of_span(doc, b.start, b.end)
    return ra is not None and rb is not None and any(c.i == rb.i for c in ra.conjuncts)


def _at(doc: DocView, start: int, end: int) -> int:
    """The index of the head token of the characters ``[start, end)``, -1 when they cover none."""
    root = _root_of_span(doc, start, end)
    return -1 if root is None else root.i


def _trigger_lemmas(doc: DocView, event: Event) -> frozenset[str]:
    """The lemmas (lower case) of the words of ``event``'s trigger ("signed a deal": sign, a, deal)."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return frozenset(t.lemma_.lower() for t in span) if span is not None else frozenset()


def _named_token(index: MentionIndex, tok: AnyToken) -> bool:
    """Whether ``tok`` belongs to a coded actor mention."""
    m = index.at(tok)
    return m is not None and m.code is not None


def _root_of_span(doc: DocView, start: int, end: int) -> TokenView | None:
    """The head token of the characters ``[start, end)``, None when they cover no token."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) > 0 else None


def _patient_of(doc: DocView, src: Role, trig: TokenView, rules: RoleRules) -> bool:
    """Whether the source is the trigger verb's own object: a source inherited by a complement
    from a control verb ("forced Caracas to look", "urged Oslo to act") undergoes that verb."""
    head = doc[src.head]
    return head.dep_ in rules.object_deps and head.head.i == trig.i and trig.pos_ in ("VERB", "AUX")


def _judged(doc: DocView, src: Role, trig: TokenView, rules: RoleRules) -> bool:
    """Whether the trigger is an event noun that is only judged or perceived here, by a source not
    named in its own phrase: the object of a judging verb ("Lima sees the pact as a threat", "Oslo
    criticised the sanctions on Minsk", "Rome praised the deal") or its passive subject ("the visit
    was described by Quito as …"). The judge did not make the pact or impose the sanctions, and a
    bare act only judged is coded where it is told, not again; a source named inside the noun's
    own phrase ("criticised Moscow's sanctions") may still be its author."""
    phrase = judged_phrase(trig, rules)
    return phrase is not None and src.head not in phrase


def _disowned_claim(src: Role, trig: TokenView, cues: ModalityCues) -> bool:
    """Whether the trigger is a claim noun that a denial rejects ("X rejected the allegations made by
    Y", "X dismissed Y's accusations"), read with a source outside the noun's phrase: the one who
    rejects a claim did not make it, it is the one the claim is made against."""
    return (
        trig.pos_ in ("NOUN", "PROPN")
        and _claim_denied(trig.head, trig, cues)
        and src.head not in {w.i for w in trig.subtree}
    )


def _credited_to_another(doc: DocView, src: Role, trig: TokenView, rules: RoleRules) -> bool:
    """Whether the trigger is the act a crediting verb credits its object with ("thanked X for the
    deliveries", "accused X of arming the rebels", "X was blamed for the raid"), read with a source
    outside that object: the one who thanks, accuses or blames did not do it."""
    credited = credited_party(trig, rules)
    return credited is not None and src.head not in {w.i for w in credited.subtree}


def credited_party(trig: TokenView, rules: RoleRules) -> TokenView | None:
    """The object (or passive subject) of the crediting verb whose ``crediting_preps`` phrase the
    trigger heads ("thanked [X] for the deliveries"), None when it heads no such phrase."""
    if trig.dep_ not in ("pobj", "pcomp"):
        return None
    prep = trig.head
    if prep.dep_ != "prep" or prep.lower_ not in rules.crediting_preps:
        return None
    verb = prep.head
    if verb.dep_ in rules.object_deps:  # "for" hung on the object: "thanked [Germany for the aid]"
        return verb if verb.head.lemma_.lower() in rules.crediting_verbs else None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in rules.crediting_verbs:
        return None
    deps = rules.object_deps | rules.passive_subject_deps
    return next((c for c in verb.children if c.dep_ in deps), None)


def _tested(doc: DocView, d: Decision, rules: RoleRules) -> bool:
    """Whether the trigger's words fire or launch a weapon in a test, or carry something into space
    ("test-fired a missile", "a missile test", "the test of a rocket", "launched a satellite rocket";
    ``test_words``, also as a part of a hyphenated word): the weapon is aimed at no one, so no one is
    assaulted (PLOVER codes a weapons test as MOBILIZE)."""
    words = rules.test_words
    near: list[TokenView] = []
    for t in (doc[k] for k in range(d.trigger, max(d.trigger_end, d.trigger + 1))):
        near.append(t)
        if t.dep_ in rules.object_deps or (t.dep_ == "pobj" and t.head.lower_ in rules.genitive_preps):
            near.append(t.head if t.dep_ != "pobj" else t.head.head)  # "test-fired a missile", "test of"
    near += [c for t in list(near) for c in t.children if c.dep_ in _TEST_MARKS]
    return any(part in words for t in near for part in t.lemma_.lower().split("-"))


def _named_in(doc: DocView, m: ActorMention, phrase: frozenset[int]) -> bool:
    """Whether the mention ``m`` lies inside the tokens ``phrase``."""
    root = _root_of_span(doc, m.start, m.end)
    return root is not None and root.i in phrase


def _labelled_apart(labels: Sequence[frozenset[int]], party: int, trigger: int) -> bool:
    """Whether the party at token ``party`` stands inside a judgement's label the trigger stands
    outside of: a party named in the label (the wronged one, the standard: "a violation of X's
    sovereignty") is a party only of an event word inside that label."""
    return any(party in label and trigger not in label for label in labels)


def judged_phrase(trig: TokenView, rules: RoleRules) -> frozenset[int] | None:
    """The token indices of the phrase of an event noun only judged or perceived here (see
    :func:`_judged`), None when the trigger is no such noun: only who is named inside it may be
    the judged act's parties."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return None
    head = trig
    while head.dep_ in ("compound", "amod", "conj") and head.head.i != head.i:
        head = head.head
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in rules.grievance_preps:
        # "condemned X over its invasion", "criticised Y about the raids": what the judgement is about
        return _judged_verb_phrase(head, verb.head, rules)
    if head.dep_ not in rules.object_deps and head.dep_ not in rules.passive_subject_deps:
        return None
    return _judged_verb_phrase(head, verb, rules)


def _judged_verb_phrase(head: TokenView, verb: TokenView, rules: RoleRules) -> frozenset[int] | None:
    """The phrase of ``head`` when ``verb`` is a judging verb governing it, else None."""
    if verb.i == head.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in rules.judging_verbs:
        return None
    return frozenset(w.i for w in head.subtree)


def _capability(trig: TokenView, rules: RoleRules) -> bool:
    """Whether the trigger says what a thing is made or able to do: the complement of a participle
    or adjective on a noun ("platforms designed to restrict", "drones capable of striking")."""
    head = trig.head
    if trig.dep_ == "pcomp" and head.lower_ in rules.genitive_preps:
        head = head.head  # "capable of striking"
    elif trig.dep_ != "xcomp":
        return False
    return head.lemma_.lower() in rules.capability_heads and head.dep_ in ("acl", "amod")


def _standing_stance(trig: TokenView, rules: RoleRules) -> bool:
    """Whether the trigger is a stance verb in the simple present ("which does not recognise the
    vote", "recognises Taipei"): the relation that holds, which the guidelines leave uncoded; the
    past ("recognised Kosovo in 2008") and a refusal ("refused to recognise") stay acts."""
    if trig.lemma_.lower() not in rules.stance_verbs or trig.dep_ in rules.adverbial_clause_deps:
        return False  # "once Y recognises the claim": a pending act, not a relation that holds
    if trig.tag_ in rules.present_tags:
        return True
    aux = [c for c in trig.children if c.dep_ == "aux"]
    return (
        len(aux) == 1
        and aux[0].tag_ in rules.present_tags
        and aux[0].lemma_.lower() in rules.present_auxiliaries
    )


def _inert_subject(doc: DocView, src: Role, trig: TokenView, index: MentionIndex, rules: RoleRules) -> bool:
    """Whether the source is the subject of the trigger's clause only as the owner of an inert
    subject noun ("US sanctions encourage ...", "the country's collapse forced ...", "Chile's
    policy enables the cooperation of ..."): the clause says what a state of affairs brings about,
    not what the actor did. The noun must be listed (``inert_subjects``) and lie outside every
    actor mention; event nouns inside the subject itself ("US sanctions") are the owner's own."""
    head = doc[src.head]
    if head.pos_ != "NOUN" or head.lemma_.lower() not in rules.inert_subjects:
        return False
    if head.dep_ not in rules.subject_deps or index.at(head) is not None:
        return False
    verb = head.head
    tok, steps = trig, 0
    while tok.i != verb.i and tok.head.i != tok.i and steps < 8:  # is the trigger in verb's clause?
        if tok.i == head.i:
            return False  # inside the subject itself ("US sanctions"): the owner's own event noun
        tok, steps = tok.head, steps + 1
    return tok.i == verb.i


def _asked_for(pred: TokenView, rules: RoleRules) -> bool:
    """Whether ``pred`` is (inside) the content of a demand ("urged that X withdraw and return")."""
    tok = pred
    for _ in range(4):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in rules.demand_verbs:
            return True
        if tok.dep_ not in ("xcomp", "conj", "advcl") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _home_country(actor: EventActor) -> EventActor | None:
    """The country an actor belongs to, as a recipient (None for organisations and stateless groups)."""
    if actor.kind in ("country", "person") and actor.code:
        return dataclasses.replace(actor, kind="country", sector=None)
    return None


def _mediation(trig: TokenView, pred: TokenView, words: CodingWords) -> bool:
    """Whether the meeting is a mediation ("mediated between X and Y"): the mediator acts on the parties."""
    near = [trig, pred, *trig.children, *pred.children]
    near += [g for w in list(near) for g in w.children if g.dep_ in ("compound", "amod")]
    return any(w.lemma_.lower().startswith(words.mediation_stems) for w in near)


def _under_obligation(pred: TokenView, rules: RoleRules, index: MentionIndex) -> bool:
    """Whether ``pred`` stands in an obligation reported of another party ("Chile said Peru must
    ensure ... to allow ..."): a demand on Peru, not Peru's act. What a speaker says their own side
    should do stays an (unasserted) event of that side."""
    tok = pred
    for _ in range(4):
        if tok.dep_ in ("ccomp", "acl") and obliged(tok, rules):
            if tok.head.pos_ not in ("VERB", "AUX"):
                return True  # "a reminder that it must ...": put on another party
            return _codes_of_subject(tok, index, rules) != _codes_of_subject(tok.head, index, rules)
        if tok.dep_ not in ("xcomp", "advcl", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _codes_of_subject(verb: TokenView, index: MentionIndex, rules: RoleRules) -> frozenset[str | None]:
    subj = next((c for c in verb.children if c.dep_ in rules.subject_deps), None)
    if subj is None:
        return frozenset()
    return frozenset(m.code for m in collect_mentions(subj, index, rules))


def _attribution(doc: DocView, d: Decision, src: Role, tgt: Role | None, rules: RoleRules) -> Decision | None:
    """ "X said Y was responsible for the raid" (issue 11): an accusation the speaker ``src`` makes
    of the subject of an attribution predicate (roles ``attribution_predicates``), the recipient;
    None when no other party is accused ("said it was responsible"). Other decisions unchanged."""
    said = attribution_subject(doc[d.trigger], rules) if d.category == "ACCUSE" else None
    if said is None or src.start <= said.i < src.end:
        return d
    if tgt is None:
        return None
    return dataclasses.replace(d, adjustment="attribution", rule=f"{d.rule}+attribution")


def _charged_breach(
    pred: TokenView,
    d: Decision,
    src: Role,
    tgt: Role | None,
    index: MentionIndex,
    rules: RoleRules,
    speech_verbs: Collection[str],
) -> tuple[Decision, Role | None]:
    """ "X said Y violated the truce", "X said the Israeli raid breached international law": a speaker
    who reports a breach (roles ``violation_verbs``) by another party — the verb's subject, or a party
    named in it — accuses that party (ACCUSE, allege: the breach is what is alleged), who becomes the
    recipient when the saying has none. Other decisions, a breach the speaker owns ("X said it had
    not violated") and a subject naming no party are unchanged."""
    trig = pred.doc[d.trigger]
    if trig.lemma_.lower() not in rules.violation_verbs or not _inside_speech_content(
        pred, trig, speech_verbs
    ):
        return d, tgt
    subj = next((c for c in trig.children if c.dep_ in rules.subject_deps), None)
    if subj is None or src.start <= subj.i < src.end:
        return d, tgt
    if tgt is None:
        own = {m.code for m in src.mentions}
        named = [m for m in collect_mentions(subj, index, rules) if m.code not in own]
        if not named:
            return d, tgt
        start, end = np_span(subj, rules)
        tgt = Role(subj.i, start, end, tuple(named), "accused: the subject of a reported breach", 0.9)
    elif not any(tgt.start <= t.i < tgt.end for t in subj.subtree):
        return d, tgt
    accused = dataclasses.replace(
        d, category="ACCUSE", mode="allege", adjustment="attribution", rule=f"{d.rule}>statement:breach"
    )
    return accused, tgt


def _accused_subject(src: Role, trig: TokenView, rules: RoleRules) -> bool:
    """Whether ``src`` is the subject an attribution predicate is said of ("Y was responsible")."""
    said = attribution_subject(trig, rules)
    return said is not None and src.start <= said.i < src.end


def _inside_speech_content(pred: TokenView, trig: TokenView, speech_verbs: Collection[str]) -> bool:
    """Whether ``trig`` stands in the reported content (ccomp) of the speech verb ``pred``."""
    if pred.lemma_.lower() not in speech_verbs:
        return False
    return any(c.dep_ in ("ccomp", "parataxis") and trig in c.subtree for c in pred.children)


def _evaluative_statement(
    pred: TokenView, d: Decision, evaluative: Collection[str], table: PloverTable, words: CodingWords
) -> Decision:
    """ "X described it as a violation": the speaker's act is the judgement, not the noun's event.
    A conflictual complement makes the statement ACCUSE/disapprove, a cooperative one SUPPORT."""
    if pred.lemma_.lower() not in evaluative or d.trigger == pred.i:
        return d
    trig = pred.doc[d.trigger]
    complement = [
        c
        for c in pred.children
        if c.dep_ in ("oprd", "xcomp", "acomp") or (c.dep_ == "prep" and c.lower_ in words.complement_preps)
    ]
    if not any(trig in c.subtree for c in complement):
        return d
    conflictual = table.quad(d.category) >= 3
    return dataclasses.replace(
        d,
        category="ACCUSE" if conflictual else "SUPPORT",
        mode="disapprove" if conflictual else None,
        trigger=pred.i,
        trigger_end=pred.i + 1,
        rule=f"{d.rule}>statement:evaluative({'conflict' if conflictual else 'cooperation'})",
    )


def _drop_subsumed(events: list[_Draft]) -> list[_Draft]:
    """Drop an event another one of the same trigger and category says more fully (more recipients)."""

    def key(e: _Draft) -> tuple[object, ...]:
        return (e.trigger.start, e.trigger.end, e.category, frozenset(a.code for a in e.actors))

    out = []
    for e in events:
        mine = {r.code for r in e.recipients}
        if any(key(o) == key(e) and mine < {r.code for r in o.recipients} for o in events):
            continue
        out.append(e)
    return out


def a_conf(m: ActorMention) -> float:
    return m.confidence if m.code is not None else 1.0


def _rank(doc: DocView, predicate: int, d: Decision) -> int:
    """How directly a frame's predicate owns the decision's trigger (0 = it is the trigger)."""
    lo, hi = d.trigger, d.trigger_end
    if lo <= predicate < hi:
        return 0
    pred, trig = doc[predicate], doc[lo]
    if trig.head.i == predicate or pred.head.i == trig.i:
        return 1
    return 2


def _clause_head(trig: TokenView) -> TokenView:
    """The head of the trigger's clause: its nearest verbal head (the trigger itself if verbal)."""
    top = trig
    while top.pos_ not in ("VERB", "AUX") and top.head.i != top.i:
        top = top.head
    return top


def event_id(
    doc_id: str,
    sentence: int,
    start: int,
    end: int,
    category: str,
    actor_codes: Sequence[str | None],
    recipient_codes: Sequence[str | None],
) -> str:
    """A stable id: the same words coded the same way always get the same id."""
    actors = ",".join(sorted([c or "" for c in actor_codes]))
    recipients = ",".join(sorted([c or "" for c in recipient_codes]))
    key = f"{doc_id}|{sentence}|{start}|{end}|{category}|{actors}|{recipients}"
    return "ev" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def choose_date(
    sent: Sentence,
    trigger_char: int,
    dates: Sequence[DateExpr],
    published: dt.date | None,
    *,
    lang: LanguagePack,
    trigger: TokenView | None = None,
) -> DateChoice:
    """The event date: the sentence's date nearest the trigger, else the publication date.

    Given the ``trigger`` token, the parse decides first (``nlp.dates.date_scope``): a date inside
    a relative clause, apposition or aside that does not contain the trigger is not its date, and
    a date of the trigger's own clause wins over one of another clause."""
    inside = [
        d
        for d in dates
        if (d.sentence == sent.index or (d.sentence < 0 and sent.start <= d.start < sent.end))
        and d.relation in _EVENT_DATE_RELATIONS
    ]
    rank = {id(d): 0 for d in inside}
    if trigger is not None and inside:
        for d in inside:
            span = trigger.doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None and len(span):
                rank[id(d)] = get_args(Scope).index(date_scope(span.root, trigger))
        inside = [d for d in inside if rank[id(d)] < 2]
    if inside:
        best = min(inside, key=lambda d: (rank[id(d)], abs(d.start - trigger_char), d.start))
        return DateChoice(
            best.value,
            best.precision,
            "clause",
            f'date {best.value} ({best.precision}) from "{best.text}"',
            ahead=best.ahead,
        )
    if not any(d.sentence == sent.index for d in dates):
        fallback = _year_fallback(sent.text, published, lang)
        if fallback is not None:
            return fallback
    if published is not None:
        return DateChoice(published, "day", "publication", f"date = publication date {published}")
    return DateChoice(None, None, "unknown", "no date in the sentence and no publication date")


@lru_cache(maxsize=256)
def _year_fallback(text: str, published: dt.date | None, lang: LanguagePack) -> DateChoice | None:
    """A year stated in the sentence ("in 2023", "since 1999", "last year") when no date expression
    was extracted for it (``nlp.dates.year_cue``) — a safety net so historical mentions never take
    the publication date.  Cached by sentence text (the same sentence is asked once per candidate
    event)."""
    cue = year_cue(text, published, lang=lang)
    if cue is None:
        return None
    return DateChoice(cue.value, "year", "clause", f'date {cue.value.year} (year) from "{cue.text}"')


def _explain(
    trig: TokenView,
    category: str,
    mode: str | None,
    rule: str,
    conf: float,
    c: _Candidate,
    actors: Sequence[EventActor],
    recipients: Sequence[EventActor],
    modality_lines: Sequence[str],
    date: DateChoice,
    location: Location | None,
    context: Sequence[str],
    dropped: Sequence[str],
    notes: Sequence[str],
) -> tuple[str, ...]:
    doc = trig.doc
    src_text = doc[c.source.start : c.source.end].text
    lines = [
        f'trigger "{trig.text}" (lemma {trig.lemma_}) → {category}{"/" + mode if mode else ""} '
        f"via {rule} (categorizer confidence {conf})",
        f'actor {", ".join(str(a.code) for a in actors)} from "{src_text}": {c.source.how}',
    ]
    if c.target is not None and recipients:
        lines.append(
            f"recipient {', '.join(str(r.code) for r in recipients)} from "
            f'"{doc[c.target.start : c.target.end].text}": {c.target.how}'
        )
    else:
        lines.append("no recipient")
    lines += list(modality_lines)
    lines.append(date.note)
    if location is not None:
        lines.append(f'location "{location.text}"' + (f" ({location.code})" if location.code else ""))
    if context:
        lines.append(f"context: {', '.join(context)}")
    return tuple(lines + list(notes) + list(dropped))


def _country_of(m: ActorMention) -> str | None:
    """The country an actor mention stands for or belongs to (for the place context)."""
    return m.code if m.kind == "country" else m.country


def _dateline(geo: Geography, text: str, mentions: Sequence[ActorMention]) -> tuple[int, int] | None:
    """The opening dateline's span (:func:`geowire.geo.resolve.dateline_span`), unless its name is
    an organisation or group the actor stage found there and the line is no dateline whatever the
    name stands for — neither an agency in brackets nor a name of several words in capitals follows
    ("NATO – Russia council met …": a sentence, whatever small town shares the name; "UNITED
    NATIONS (AP) —" and "UNITED NATIONS —" are datelines)."""
    found = dateline_span(geo, text)
    if found is None:
        return None
    start, end, surely = found
    named = any(m.start == start and m.kind in ("igo", "group") and not _is_place(m) for m in mentions)
    return None if named and not surely else (start, end)


def _is_place(m: ActorMention) -> bool:
    """A mention the actor stage read from a place name (a capital, a region): a place, not a
    vote for its country in the place context ("Tripoli" is no reason to prefer Libya)."""
    return m.how.startswith(("capital", "region"))


def _overlaps(span: PlaceSpan, actors: Sequence[EventActor]) -> bool:
    return any(a.start < span.end and span.start < a.end for a in actors)


def _overlaps_any(span: PlaceSpan, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(a < span.end and span.start < b for a, b in ranges)


def _with_roles(span: PlaceSpan, holders: Sequence[EventActor], targets: Sequence[EventActor]) -> PlaceSpan:
    actor, target = _overlaps(span, holders), _overlaps(span, targets)
    return dataclasses.replace(span, actor=actor, target=target) if actor or target else span


def _mentions_within(doc: DocView, index: MentionIndex, start: int, end: int) -> list[ActorMention]:
    """The mentions starting between two character offsets (bisected on the document's list)."""
    by_start = doc.memo.get("geo-mentions")
    if by_start is None:
        ordered = sorted((m for _, m in index.ordered), key=lambda m: m.start)
        by_start = doc.memo["geo-mentions"] = ([m.start for m in ordered], ordered)
    starts, mentions = by_start
    return mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
