"""Features of one candidate event for the learned decision stage (:mod:`geowire.coding.decide`).

A candidate is what the rule stages propose: a trigger with its lexicon category, an actor and a
recipient (or none), the rule filters it fails (``vetoes``), its modality and where its recipient
came from. The features are plain strings ("cat=SANCTION", "veto=speech-content",
"gov=analyst"), so the model is a readable table of weights and ``geowire explain`` can show
which of them mattered. Nothing here decides anything.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from typing import TYPE_CHECKING, Protocol, TypeVar

from geowire.coding.modality import ModalityCues, governing_chain, modality_for
from geowire.coding.view import AnyToken, DocView, TokenView
from geowire.lang.pack import CodingWords
from geowire.types import Event, Sentence

if TYPE_CHECKING:
    from geowire.coding.categorize import Decision

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})  # also the coder's (denied clauses)
CUE = "cue="  # the feature of the kind of the cue that sets a reading's modality (:func:`_cue_features`)


class _Role(Protocol):
    @property
    def how(self) -> str: ...
    @property
    def head(self) -> int: ...
    @property
    def confidence(self) -> float: ...


class _DraftLike(Protocol):
    @property
    def category(self) -> str: ...
    @property
    def vetoes(self) -> list[str]: ...
    @property
    def recipient_how(self) -> str: ...
    @property
    def candidate(self) -> _CandidateLike: ...


class _CandidateLike(Protocol):
    @property
    def rank(self) -> int: ...
    @property
    def decision(self) -> Decision: ...
    @property
    def source(self) -> _Role: ...
    @property
    def target(self) -> _Role | None: ...


def _home(a: object, homes: Mapping[str, str]) -> str | None:
    """The country a group or force belongs to, when the knowledge base says."""
    code = getattr(a, "code", None)
    return homes.get(code) if code else None


def _bucket(n: float, edges: tuple[float, ...]) -> str:
    for i, e in enumerate(edges):
        if n <= e:
            return str(i)
    return str(len(edges))


@lru_cache(maxsize=1 << 12)
def _how(how: str) -> str:
    """The kind of a role rule, without its details ("subject:passive-agent(...)" → "subject"; cached:
    asked twice for every candidate, from a few hundred rule names)."""
    for sep in ("(", ":", "@", " "):
        how = how.split(sep, 1)[0]
    return how or "?"


def _path_deps(a: TokenView, b: TokenView, limit: int = 6) -> str:
    """The dependency labels from ``a`` up to the lowest common ancestor with ``b`` and down to ``b``."""
    up_a: list[TokenView] = [a]
    while up_a[-1].head.i != up_a[-1].i and len(up_a) < 12:
        up_a.append(up_a[-1].head)
    index = {t.i: k for k, t in enumerate(up_a)}
    up_b = [b]
    while up_b[-1].i not in index and up_b[-1].head.i != up_b[-1].i and len(up_b) < 12:
        up_b.append(up_b[-1].head)
    if up_b[-1].i not in index:
        return "none"
    k = index[up_b[-1].i]
    left = [t.dep_ for t in up_a[:k]]
    right = [t.dep_ for t in reversed(up_b[:-1])]
    path = "^".join(left[:limit]) + "|" + "v".join(right[:limit])
    return path


def _relation(trig: TokenView, head: TokenView) -> str:
    """How a role's head hangs on the trigger: "direct:nsubj", "prep:by", "subj-of-gov:nsubj" …"""
    if head.head.i == trig.i:
        return f"direct:{head.dep_}"
    if head.dep_ == "pobj" and head.head.head.i == trig.i:
        return f"prep:{head.head.lower_}"
    if head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.i == trig.i:
        return "prep:by"
    if head.dep_ in ("conj", "appos", "compound") and head.head.head.i == trig.i:
        return f"via-{head.dep_}:{head.head.dep_}"
    if trig.head.i == head.head.i:
        return f"sibling:{head.dep_}|{trig.dep_}"
    gov = trig.head
    if head.head.i == gov.head.i:
        return f"uncle:{head.dep_}"
    return "far"


def _link(doc: DocView, a: TokenView, b: TokenView) -> tuple[str, str, str]:
    """The dependency path from ``a`` to ``b`` (:func:`_path_deps`), its length bucket and how ``b``
    hangs on ``a`` (:func:`_relation`), once per pair of tokens (kept in the document view's memo)."""

    def make() -> tuple[str, str, str]:
        path = _path_deps(a, b)
        return (path, _path_len(path), _relation(a, b))

    return doc.memoised("feature-links", (a.i, b.i), make)


def _path_len(path: str) -> str:
    if path == "none":
        return "none"
    left, right = path.split("|")
    n = (left.count("^") + 1 if left else 0) + (right.count("v") + 1 if right else 0)
    return _bucket(n, (1, 2, 3, 4, 6))


def _top_conjunct(t: TokenView) -> TokenView:
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t


def _recipient_features(doc: DocView, trig: TokenView, src: TokenView, event: Event, cat: str,
                        role_head: int | None) -> tuple[str, ...]:  # fmt: skip
    """Where the recipient stands, for every recipient reading (an implied one has no role, so
    the role features say nothing of it): its relation and path to the trigger, its distance and
    side, whether it is a conjunct of the actor ("X and Y voiced support": partners) or hangs on
    it ("X's neighbour")."""
    if not event.recipients:
        return ()
    r = event.recipients[0]
    return doc.memoised(  # the same for every reading with this recipient
        "recipient-features",
        (trig.i, src.i, r.start, r.end, cat, role_head),
        lambda: tuple(_recipient_link(doc, trig, src, r.start, r.end, cat, role_head)),
    )


def _recipient_link(doc: DocView, trig: TokenView, src: TokenView, start: int, end: int, cat: str,
                    role_head: int | None) -> list[str]:  # fmt: skip
    """:func:`_recipient_features` of the recipient at characters ``start``–``end``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return ["irel=unknown"]
    head = span.root
    if trig.sent.start != head.sent.start:
        return ["irel=other-sentence"]
    path, length, rel = _link(doc, trig, head)
    f = [f"irel={rel}", f"cat|irel={cat}|{rel}", f"ipath={path}", f"ilen={length}",
         f"idist={_bucket(abs(head.i - trig.i), (1, 3, 6, 12))}",
         f"iorder={'before' if head.i < trig.i else 'after'}",
         f"isrc={_relation(src, head)}"]  # fmt: skip
    if role_head is None or role_head != head.i:
        f.append(f"implied|irel={rel}")
    if _top_conjunct(head).i == _top_conjunct(src).i:
        f.append("rconj")
    between = sorted((head.i, src.i))
    if between[0] < trig.i < between[1]:
        f.append("trig-between")
    return f


_MODAL_DEPS = frozenset({"aux", "neg", "mark", "advmod"})
_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})


def _modality_context(trig: TokenView, chain: Sequence[AnyToken]) -> list[str]:
    """For the modality model: the auxiliaries, negations, markers and adverbs on the words that
    govern the trigger ("a summit could be held": "could" on the verb of which the noun is the
    subject), with how far up they hang; and the verb a noun trigger is an argument of."""
    words: list[AnyToken] = list(chain[:4])
    if trig.dep_ in _NOUN_ROLES and trig.head.i != trig.i:
        head = trig.head.head if trig.dep_ == "pobj" and trig.head.head.i != trig.head.i else trig.head
        if all(head.i != w.i for w in words):
            words.append(head)
        f = [f"mverb={head.lemma_.lower()}"]
    else:
        f = []
    for k, w in enumerate(words):
        for ch in w.children:
            if ch.dep_ in _MODAL_DEPS:
                x = f"{ch.dep_}:{ch.lemma_.lower()}"
                f.append(f"mctx={x}")
                f.append(f"mctx{min(k, 2)}={x}")
    return f


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "acl", "conj"})
_NOUN_CLAUSE = {"acl": "purpose-of-noun"}
_OWN_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos"})


def _modifier_features(trig: TokenView, cat: str) -> list[str]:
    """A noun trigger that modifies another noun ("missile" in "missile batteries", dep compound,
    amod or nmod): the phrase names the head noun, a kind of thing, not an event of the trigger."""
    head = trig.head
    if trig.pos_ in _NOUN_POS and trig.dep_ in _MODIFIER_DEPS and head.i != trig.i and head.pos_ in _NOUN_POS:
        return ["nmod=compound", f"nmod|dep=compound|{trig.dep_}", f"cat|nmod={cat}|compound"]
    return []


def _clause_features(trig: TokenView, src: TokenView) -> list[str]:
    """A trigger in an infinitive or participle clause that hangs on a noun ("batteries designed to
    limit ...", dep acl): when that noun is not the candidate's actor (nor a word of its phrase), the
    actor is not the clause's agent. Says also whether the actor is the syntactic subject of one of
    the clause's verbs or only somewhere in the sentence. (Relative clauses, dep relcl, were
    measured too and cost dev F1.)"""
    clause: list[TokenView] = [trig]
    t = trig
    while t.dep_ in _CLAUSE_DEPS and t.head.i != t.i and len(clause) < 6:
        if t.dep_ in _NOUN_CLAUSE and t.head.pos_ in _NOUN_POS | {"PRON"}:
            noun = t.head
            kind = _NOUN_CLAUSE[t.dep_]
            if noun.i == src.i or (src.head.i == noun.i and src.dep_ in _OWN_DEPS):
                return [f"clause={kind}|actor-noun"]
            subj = any(ch.i == src.i and ch.dep_ in SUBJECT_DEPS for v in clause for ch in v.children)
            return [f"clause={kind}", f"clause={kind}|{'actor-subject' if subj else 'actor-elsewhere'}"]
        t = t.head
        clause.append(t)
    return []


_PARTY_POS = frozenset({"PROPN", "PRON"})
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_PARTY_MODS = frozenset({"compound", "amod", "nmod"})
_PARTY_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
_PREP_DEPS = frozenset({"prep", "agent"})


def _names_party(t: TokenView) -> bool:
    return t.pos_ in _PARTY_POS or t.ent_type_ in _PARTY_ENTS


def _party_slots(doc: DocView, trig: TokenView) -> tuple[tuple[str, int], ...]:
    """The slots through which a trigger names its own parties, each with the word that fills it:
    a possessive ("X's expulsion", "its invasion"), a named modifier ("the Russian strike"), a
    preposition's named object ("the expulsion of the envoy by X", "talks between X and Y") and a
    verb's named subject or object (kept in the document view's memo: asked for by every reading)."""

    def make() -> tuple[tuple[str, int], ...]:
        out: list[tuple[str, int]] = []
        for ch in trig.children:
            if ch.dep_ == "poss" or (ch.dep_ in _PARTY_MODS | _PARTY_ARGS and _names_party(ch)):
                out.append((ch.dep_, ch.i))
            elif ch.dep_ in _PREP_DEPS:
                for g in ch.children:
                    if g.dep_ == "pobj" and _names_party(g):
                        out += [(f"prep:{ch.lower_}", x.i) for x in (g, *g.conjuncts)]
        return tuple(out)

    return doc.memoised("party-slots", trig.i, make)


def _party_features(doc: DocView, trig: TokenView, src: TokenView, event: Event, cat: str,
                    how: str) -> list[str]:  # fmt: skip
    """Which of the parties the trigger names itself (:func:`_party_slots`) this reading takes as
    its actor or recipient: all, some or none of them (``tpuse=``), crossed with the category and
    with where the recipient came from (a recipient implied from elsewhere beside a party the noun
    names itself is seldom right); and the trigger-level slots (``tparty=``, the gated form's
    event factor reads them: "X's expulsion of the envoy" names its parties, "the expulsion" points
    back) with the trigger's governor (``tgov=``: the clause the trigger stands in)."""
    slots = _party_slots(doc, trig)
    f = [*_trigger_party_features(doc, trig, slots)]
    if not slots:
        return f
    mine = {src.i}
    for party in (*event.recipients[:1], *event.actors[:2]):  # the reading's recipient and actors
        span = doc.char_span(party.start, party.end, alignment_mode="expand")
        mine |= {t.i for t in span or ()}
    used = sum(i in mine for _, i in slots)
    use = "all" if used == len(slots) else "some" if used else "none"
    f += [f"tpuse={use}", f"cat|tpuse={cat}|{use}", f"rcpt|tpuse={how}|{use}",
          f"pos|tpuse={trig.pos_}|{use}"]  # fmt: skip
    return f


def _trigger_party_features(doc: DocView, trig: TokenView, slots: tuple[tuple[str, int], ...]
                            ) -> tuple[str, ...]:  # fmt: skip
    """The trigger-level features of :func:`_party_features` (``tparty=``, ``tgov=``), once per trigger."""

    def make() -> tuple[str, ...]:
        kinds = sorted({k for k, _ in slots})
        f = [f"tparty={k}" for k in kinds] or ["tparty=none"]
        f.append(f"tparty|pos={trig.pos_}|{_bucket(len(slots), (0, 1, 2))}")
        gov = trig.head
        f.append(f"tgov={trig.dep_}|{gov.pos_}|{gov.dep_}" if gov.i != trig.i else "tgov=root")
        return tuple(f)

    return doc.memoised("trigger-party-features", trig.i, make)


def _sentence_features(doc: DocView, sent: Sentence, words: CodingWords) -> tuple[int, tuple[str, ...]]:
    """The sentence's first token and the features every candidate of the sentence shares, worked
    out once per sentence (kept in the document view's memo)."""

    def make() -> tuple[int, tuple[str, ...]]:
        text = sent.text.rstrip()
        f = [f"block={sent.block}"]
        if text.endswith(words.question_marks):
            f.append("question")
        if any(q in text for q in words.quote_marks):
            f.append("quote")
        f.append(f"sentidx={_bucket(sent.index, (0, 2, 5, 10))}")
        f.append(f"len={_bucket(len(text), (60, 120, 200, 300))}")
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        lemmas = {t.lemma_.lower() for t in span or ()}
        f += [f"hedge={w}" for w in sorted(lemmas & words.hedges)]
        f += [f"time={w}" for w in sorted(lemmas & words.time_cues)]
        return (span.start if span is not None else -1, tuple(f))

    return doc.memoised("sentence-features", sent.index, make)


def candidate_features(
    doc: DocView,
    sent: Sentence,
    draft: _DraftLike,
    event: Event,
    *,
    words: CodingWords,
    cues: ModalityCues,
    homes: Mapping[str, str],
) -> tuple[str, ...]:
    """The features of one candidate (a coded event before the decision is made): ``words`` and
    ``cues`` are the language pack's, ``homes`` the country of each group code (groups.yaml)."""
    c = draft.candidate
    d = c.decision
    trig = doc[d.trigger]
    cat = event.category
    lemma = trig.lemma_.lower()
    f: list[str] = [
        *_reading_head(doc, trig, lemma, cat, d),
        *_candidate_head(doc, c, d, cat, draft.recipient_how, event),
    ]
    f += _veto_features(doc, tuple(draft.vetoes), c.source.how == "lexical", draft.recipient_how, cat,
                        event.modality)  # fmt: skip
    f += [f"akind={a.kind}" for a in event.actors[:2]]
    f += [f"asector={a.sector}" for a in event.actors[:2] if a.sector]
    f += [f"rkind={r.kind}" for r in event.recipients[:2]]
    own = {a.code for a in event.actors} | {_home(a, homes) for a in event.actors}
    if own & {r.code for r in event.recipients}:
        f.append("selfloop")
    lo, per_sentence = _sentence_features(doc, sent, words)
    f += per_sentence
    src_head = doc[c.source.head]
    arel, actor = _actor_link(doc, trig, src_head, lemma, cat, c.source.how)
    f += actor
    if c.target is not None:
        f += _target_link(doc, trig, doc[c.target.head], lemma, cat, arel)
    f += _recipient_features(doc, trig, src_head, event, cat, c.target.head if c.target is not None else None)
    f += _trigger_block(doc, trig, lo, cues, words, cat, src_head)
    f += _party_features(doc, trig, src_head, event, cat, draft.recipient_how)
    f += _trigger_parts(doc, trig, lo, cues, words)[2]
    f += _cue_features(trig, d.adjustment, cues, cat)
    return tuple(f)


# The blocks of :func:`candidate_features` below are each worked out once per distinct value of what
# they read (kept in the document view's memo): a document has ~300 candidates, most of them readings
# that share their trigger, actor, category or recipient kind with others. Same strings, same order.


def _candidate_head(doc: DocView, c: _CandidateLike, d: Decision, cat: str, how: str, event: Event
                    ) -> tuple[str, ...]:  # fmt: skip
    """The reading's rank, role rules, recipient's origin, modality, party counts and confidences."""
    tgt_how = c.target.how if c.target is not None else None
    key = (c.rank, c.source.how, tgt_how, how, cat, event.modality, event.reported, min(len(event.actors), 3),
           min(len(event.recipients), 3), d.confidence, c.source.confidence)  # fmt: skip
    return doc.memoised("candidate-head", key, lambda: (
            f"rank={c.rank}",
            f"src={_how(c.source.how)}",
            f"tgt={_how(tgt_how) if tgt_how is not None else 'none'}",
            f"rcpt={how}",
            f"cat|rcpt={cat}|{how}",
            f"mod={event.modality}",
            f"cat|mod={cat}|{event.modality}",
            f"rep={event.reported}",
            f"nact={min(len(event.actors), 3)}",
            f"nrcp={min(len(event.recipients), 3)}",
            f"conf={_bucket(d.confidence, (0.45, 0.66, 0.75, 0.86))}",
            f"srcconf={_bucket(c.source.confidence, (0.5, 0.8, 0.99))}",
        ))  # fmt: skip


def _veto_features(doc: DocView, vetoes: tuple[str, ...], lexical: bool, how: str, cat: str, modality: str
                   ) -> tuple[str, ...]:  # fmt: skip
    """The vetoes (or ``veto=none``), the rules' own event (``rulepick``) and the vetoes by category."""

    def make() -> tuple[str, ...]:
        f = [f"veto={v}" for v in vetoes] or ["veto=none"]
        if not vetoes and not lexical and how in ("role", "none"):
            # the rules' own event; crossed with whether the rules found its recipient (a rule reading with no
            # recipient is seldom the whole event: a denial or a refusal lacks its implied one)
            f += ["rulepick", f"rulepick|cat={cat}", f"rulepick|mod={modality}",
                  f"rulepick|cat|rcpt={cat}|{how}"]  # fmt: skip
        f += [f"cat|veto={cat}|{v}" for v in vetoes]
        return tuple(f)

    return doc.memoised("veto-features", (vetoes, lexical, how, cat, modality), make)


def _actor_link(doc: DocView, trig: TokenView, src_head: TokenView, lemma: str, cat: str, how: str
                ) -> tuple[str, tuple[str, ...]]:  # fmt: skip
    """How the actor's head hangs on the trigger (:func:`_link`), and the features that say it."""

    def make() -> tuple[str, tuple[str, ...]]:
        apath, alen, arel = _link(doc, trig, src_head)
        return arel, (
            f"apath={apath}", f"alen={alen}", f"arel={arel}", f"cat|arel={cat}|{arel}",
            f"pos|arel={trig.pos_}|{arel}", f"lemma|arel={lemma}|{arel}", f"src|arel={_how(how)}|{arel}",
            f"adist={_bucket(abs(src_head.i - trig.i), (1, 3, 6, 12))}",
            f"aorder={'before' if src_head.i < trig.i else 'after'}",
        )  # fmt: skip

    return doc.memoised("actor-link", (trig.i, src_head.i, cat, how), make)


def _target_link(doc: DocView, trig: TokenView, tgt_head: TokenView, lemma: str, cat: str, arel: str
                 ) -> tuple[str, ...]:  # fmt: skip
    """How the target's head hangs on the trigger (:func:`_link`), alone and beside the actor's."""

    def make() -> tuple[str, ...]:
        rpath, rlen, rrel = _link(doc, trig, tgt_head)
        return (
            f"rpath={rpath}", f"rlen={rlen}", f"rrel={rrel}", f"cat|rrel={cat}|{rrel}",
            f"arel|rrel={arel}|{rrel}", f"lemma|rrel={lemma}|{rrel}", f"cat|arel|rrel={cat}|{arel}|{rrel}",
        )  # fmt: skip

    return doc.memoised("target-link", (trig.i, tgt_head.i, cat, arel), make)


def _trigger_block(doc: DocView, trig: TokenView, lo: int, cues: ModalityCues, words: CodingWords, cat: str,
                   src: TokenView) -> tuple[str, ...]:  # fmt: skip
    """The governing words (alone and by category), the clause's top and the trigger's modifiers
    (:func:`_trigger_parts`), a noun modifier's (:func:`_modifier_features`) and the clause's
    (:func:`_clause_features`) features."""

    def make() -> tuple[str, ...]:
        govs, above, _ = _trigger_parts(doc, trig, lo, cues, words)
        f: list[str] = []
        for g in govs:
            f.append(f"gov={g}")
            f.append(f"cat|gov={cat}|{g}")
        f += above
        f += _modifier_features(trig, cat)
        f += _clause_features(trig, src)
        return tuple(f)

    return doc.memoised("trigger-block", (trig.i, lo, cat, src.i), make)


def _cue_features(trig: TokenView, adjustment: str | None, cues: ModalityCues, category: str) -> list[str]:
    """The kind of the modality cue that sets the reading's modality (``cue=``: "abstention",
    "modal", "intent" …, or "none"): read by the decision stage's firm cues
    (:attr:`geowire.coding.decide.LinearDecider.firm_cues`), learned by no model (``train.UNLEARNED``:
    as a feature of the event and modality models it moved nothing on dev — docs/learned.md)."""
    result = modality_for(trig, cues=cues, adjustment=adjustment, category=category)
    return [f"{CUE}{result.cue or 'none'}"]


def _reading_head(doc: DocView, trig: TokenView, lemma: str, cat: str, d: Decision) -> tuple[str, ...]:
    """The first features of :func:`candidate_features`, those of the trigger and its reading
    (category, sense, where, adjustment) alone, worked out once per reading (kept in the document
    view's memo: a reading is asked for with every actor and recipient of its sentence)."""

    def make() -> tuple[str, ...]:
        return (
            "bias",
            f"cat={cat}",
            f"sense={d.sense}",
            f"sense|cat={d.sense}|{cat}",
            f"where={d.where}",
            f"cat|where={cat}|{d.where}",
            f"adj={d.adjustment}",
            f"lemma={lemma}",
            f"cat|lemma={cat}|{lemma}",
            f"pos={trig.pos_}",
            f"cat|pos={cat}|{trig.pos_}",
            f"dep={trig.dep_}",
            f"head={trig.head.lemma_.lower()}",
        )

    return doc.memoised("reading-head", (trig.i, cat, d.sense, d.where, d.adjustment), make)


def _trigger_parts(doc: DocView, trig: TokenView, lo: int, cues: ModalityCues, words: CodingWords
                   ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:  # fmt: skip
    """What :func:`candidate_features` reads of the trigger alone, worked out once per trigger (kept
    in the document view's memo; a trigger has several readings): the lemmas of the words governing
    it, the features of its clause's top and its own modifiers, and its modality context and the
    words before it (``lo``: its sentence's first token)."""

    def make() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        chain = governing_chain(trig, cues)
        govs = tuple(g.lemma_.lower() for g in chain[1:5])
        top = chain[-1]
        above = [f"top={top.lemma_.lower()}"]
        for ch in top.children:
            if ch.dep_ in SUBJECT_DEPS:
                above.append(f"topsubj={ch.lemma_.lower()}")
            if ch.dep_ in ("aux", "neg", "advmod", "mark") and ch.lemma_.lower() in words.hedges:
                above.append(f"topmod={ch.lemma_.lower()}")
        for t in doc[trig.i].children:
            if t.dep_ in ("aux", "neg", "mark", "advmod", "poss", "det", "amod", "compound"):
                above.append(f"tmod={t.dep_}:{t.lemma_.lower()}")
        around = _modality_context(trig, chain)
        first = lo if lo >= 0 else trig.i
        left = [doc[k] for k in range(max(first, trig.i - 4), trig.i) if not doc[k].is_punct]
        around += [f"left={t.lemma_.lower()}" for t in left]
        return (govs, tuple(above), tuple(around))

    return doc.memoised("trigger-features", (trig.i, lo), make)


# --- the readings of one trigger, side by side ---------------------------------------------------

TriggerKey = tuple[int, int, int]
_K = TypeVar("_K", bound=Hashable)


def trigger_key(event: Event) -> TriggerKey:
    """The readings of one trigger share this key (sentence, trigger span)."""
    return (event.sentence_index, event.trigger.start, event.trigger.end)


def grouped(keys: Iterable[_K]) -> dict[_K, list[int]]:
    """The positions of each key in ``keys``, keys in the order first seen."""
    out: dict[_K, list[int]] = {}
    for k, key in enumerate(keys):
        out.setdefault(key, []).append(k)
    return out


def by_trigger(candidates: Sequence[tuple[Event, object]]) -> dict[TriggerKey, list[int]]:
    """The positions of the readings of each trigger among ``candidates`` (:func:`trigger_key`),
    triggers in the order first seen."""
    return grouped(trigger_key(e) for e, _ in candidates)


# the actor as the trigger's agent: its subject, by-agent or (a noun trigger's) possessor
_SUBJECT_RELS = ("direct:nsubj", "prep:by", "direct:poss", "via-conj:nsubj", "via-appos:nsubj",
                 "via-compound:nsubj", "via-conj:poss")  # fmt: skip
_MODIFIER_RELS = ("direct:compound", "direct:amod", "direct:nmod")  # "the Russian offensive"
_OBJECT_RELS = ("direct:dobj", "direct:dative", "direct:pobj", "prep:")


def _value(feats: Sequence[str], prefix: str) -> str | None:
    """The value of the first feature ``prefix=…`` of ``feats``."""
    for x in feats:
        if x.startswith(prefix):
            return x[len(prefix) :]
    return None


def _actor_rank(arel: str | None) -> int:
    """How plainly the actor is the trigger's agent: 0 its subject, by-agent or possessor, 1 a
    modifier of a noun trigger or the subject of a verb near it, 2 anything else."""
    if arel is None:
        return 2
    if arel.startswith(_SUBJECT_RELS):
        return 0
    return 1 if "subj" in arel or arel.startswith(_MODIFIER_RELS) else 2


def _recipient_rank(irel: str | None, ilen: str | None) -> tuple[int, int]:
    """How plainly the recipient is the trigger's object (lower is plainer): its relation's kind,
    then its path length."""
    if irel is None:
        return (9, 9)
    if irel.startswith(_OBJECT_RELS):
        kind = 0
    elif irel.startswith(("direct:", "via-")):
        kind = 1
    elif irel.startswith(("sibling:", "uncle:")):
        kind = 2
    else:
        kind = 3
    return (kind, int(ilen) if ilen and ilen.isdigit() else 6)


@dataclass(frozen=True)
class _Reading:
    cat: str
    actors: frozenset[str]
    recipients: frozenset[str]
    actor_rank: int
    recipient_rank: tuple[int, int]
    rulepick: bool


def _reading(event: Event, feats: Sequence[str]) -> _Reading:
    return _Reading(
        event.category,
        frozenset(a.code or "" for a in event.actors),
        frozenset(r.code or "" for r in event.recipients),
        _actor_rank(_value(feats, "arel=")),
        _recipient_rank(_value(feats, "irel="), _value(feats, "ilen=")) if event.recipients else (9, 9),
        "rulepick" in feats,
    )


def _context_features(me: _Reading, group: Sequence[_Reading]) -> list[str]:
    """What sets one reading of a trigger apart from the others (``group``, itself included): is its
    actor the plainest agent among the readings', its recipient the plainest object among the
    readings with its category and actor, does it agree with the rules' own reading."""
    cat = me.cat
    f: list[str] = [f"tcats={min(len({r.cat for r in group}), 3)}"]
    best_actor = min(r.actor_rank for r in group)
    f.append("actor-plainest" if me.actor_rank == best_actor else "actor-behind")
    f.append(f"cat|actor={cat}|{'plainest' if me.actor_rank == best_actor else 'behind'}")
    peers = [r for r in group if r.cat == cat and r.actors == me.actors]
    ranks = [r.recipient_rank for r in peers if r.recipients]
    if not me.recipients:
        rr = "none|rival-object" if any(k[0] == 0 for k in ranks) else "none|rival" if ranks else "none|only"
    else:
        rr = "plainest" if me.recipient_rank == min(ranks) else "behind"
        if me.recipient_rank[0] == 0 and sum(k[0] == 0 for k in ranks) == 1:
            rr += "|sole-object"
    f += [f"rrank={rr}", f"cat|rrank={cat}|{rr}"]
    if any(r.actors == me.recipients and r.recipients == me.actors for r in group if r.recipients):
        f.append(f"swap|actor={'plainest' if me.actor_rank == best_actor else 'behind'}")
    picks = [r for r in group if r.rulepick]
    if picks and not me.rulepick:
        p = picks[0]
        key = f"{int(p.cat == cat)}{int(p.actors == me.actors)}{int(p.recipients == me.recipients)}"
        f += [f"vsrule={key}", f"cat|vsrule={cat}|{key}"]
        if p.recipients and not me.recipients:
            f.append("vsrule=drops-recipient")
        elif me.recipients and not p.recipients and p.cat == cat and p.actors == me.actors:
            f.append(f"vsrule=adds-recipient|{rr}")
    return f


def trigger_context(candidates: Sequence[tuple[Event, Sequence[str]]]) -> list[tuple[Event, tuple[str, ...]]]:
    """Each candidate with the features that compare it with the other readings of its trigger
    (:func:`_context_features`): cheap, computed from the readings' own features and parties."""
    readings = [_reading(e, f) for e, f in candidates]
    groups = {key: [readings[k] for k in members] for key, members in by_trigger(candidates).items()}
    return [(e, (*f, *_context_features(r, groups[trigger_key(e)])))
            for (e, f), r in zip(candidates, readings, strict=True)]  # fmt: skip


# --- the parties of a reading across its article --------------------------------------------------

DYAD = "dyad="  # the features :func:`dyad_context` adds (a reading that has them is not read again)


def _dyad(event: Event) -> tuple[tuple[str, ...], tuple[str, ...]]:
    actors = tuple(sorted(a.code or "" for a in event.actors))
    return actors, tuple(sorted(r.code or "" for r in event.recipients))


_NONE: frozenset[int] = frozenset()


def _beside(sentences: Collection[int], s: int) -> bool:
    """Whether ``sentences`` holds one other than ``s`` (``sentences - {s}``, no set made)."""
    return len(sentences) > 1 or (bool(sentences) and s not in sentences)


def _has_prefix(feats: Sequence[str], prefix: str) -> bool:
    """Whether a feature of ``feats`` starts with ``prefix``. Their joined text is searched first (a
    feature that starts with it puts it there: one search in C, ~0.4 µs for 65 features against ~4
    for a ``startswith`` each), the features themselves only where it is found."""
    return prefix in "".join(feats) and any(map(str.startswith, feats, repeat(prefix)))


def dyad_context(candidates: Sequence[tuple[Event, Sequence[str]]]) -> list[tuple[Event, tuple[str, ...]]]:
    """The candidates of one article, each reading with a recipient marked by whether the rules' own
    reading (``rulepick``) of *another* sentence joins the same actor and recipient (``dyad=same``),
    the two reversed (``reversed``), both or neither, crossed with the category and with where the
    recipient came from: an article's events recur between the same parties, so a reading whose
    recipient is implied or far from the trigger is likelier right when the rules name that pair
    elsewhere ("Iran seized a tanker … Britain condemned the seizure"). Reads only what the
    candidates carry; the same at training and at decision time."""
    rule_sents: dict[tuple[tuple[str, ...], tuple[str, ...]], set[int]] = {}
    rule_cat: dict[tuple[str, tuple[tuple[str, ...], tuple[str, ...]]], set[int]] = {}
    for e, f in candidates:
        if "rulepick" in f:
            key = _dyad(e)
            rule_sents.setdefault(key, set()).add(e.sentence_index)
            rule_cat.setdefault((e.category, key), set()).add(e.sentence_index)
    # the sentences with a rule reading: where no other sentence has one (a one-sentence item, a brief),
    # the article says nothing either way of a reading's parties, and its readings read no dyad at all
    ruled: set[int] = set().union(*rule_sents.values())
    out: list[tuple[Event, tuple[str, ...]]] = []
    for e, f in candidates:
        s = e.sentence_index
        if not e.recipients or not _beside(ruled, s) or _has_prefix(f, DYAD):
            out.append((e, tuple(f)))
            continue
        key = _dyad(e)
        same = _beside(rule_sents.get(key, _NONE), s)
        rev = _beside(rule_sents.get((key[1], key[0]), _NONE), s)
        kind = "both" if same and rev else "same" if same else "reversed" if rev else "no"
        in_cat = "same" if _beside(rule_cat.get((e.category, key), _NONE), s) else "no"
        how = _value(f, "rcpt=") or "?"
        out.append((e, (*f, f"{DYAD}{kind}", f"dyad|cat={in_cat}|{e.category}", f"dyad|rcpt={kind}|{how}")))
    return out
