"""Statement claims (who said what about whom, with what stance) and assessment claims
(a proposition such as "Russia will defend Venezuela" asserted or denied).

A statement needs a speech verb (said, told, wrote, warned, …) and a resolved speaker near it;
a quote in the sentence becomes its text.  Stance comes from cue words in what was said
(threatening > critical > supportive), then from the verb's hint, else neutral.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from geowire.actors.kb import shipped_kb
from geowire.model.context import SentenceView, actor_code, mention_country
from geowire.model.lexicon import ModelLexicon, compile_any, cue_gate
from geowire.types import ActorMention, Claim

ACT_ONLY = "act_only"  # a statement claim that only names its speaker (see _act_only)
# (cx37) a marker: a second speaker the sentence reports beside its own ("…, after Indian officials said
# …"); a later "the spokesman said" goes on with the sentence's own speaker (extract.fill_speakers)
SECOND_SPEAKER = "second_speaker"
# a quotation in double quotes, or in single ones (British style): a single quote opens after no
# letter, and closes after punctuation ("…,' she said") or before punctuation or the end ("'an
# insult'."), so the apostrophes of "Kenya's", "won't" and "the allies' plan" neither open nor close;
# bounded, so that a hostile run of quote marks stays linear (read once per sentence)
_QUOTE = re.compile(
    r"[“\"]([^”\"]{2,2000})[”\"]"
    r"|(?<![\w’'])[‘'](?=\S)([^“”\"]{2,600}?)(?:(?<=[,.!?…])[’']|[’'](?=[,.;:!?)]|\s*$))(?!\w)"
)
_SPEAKER_WINDOW = 80
_STANCE_ORDER = ("threatening", "critical", "supportive")
_TARGET_WINDOW = 30  # characters after an assessed predicate where its object may stand


def _quotes(view: SentenceView) -> list[tuple[int, int, str]]:
    return [
        (view.start + m.start(g), view.start + m.end(g), m.group(g))
        for _s, _e, m in view.finditer(_QUOTE)
        for g in (1 if m.group(1) is not None else 2,)
    ]


def _inside(pos: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(s - 1 <= pos < e + 1 for s, e, _ in spans)


def quoted(view: SentenceView, pos: int) -> bool:
    """Whether doc offset ``pos`` lies inside a quotation of ``view``'s sentence."""
    return _inside(pos, _quotes(view))


def statement_claims(view: SentenceView, lex: ModelLexicon) -> list[Claim]:
    """At most one statement per sentence: the first speech verb with a resolved speaker."""
    gate = cue_gate(lex, "statements")
    if gate is not None and not view.search(gate):
        return []  # no speech verb in the sentence (the common case): skip the per-verb scans
    quotes = _quotes(view)
    heard: list[Claim] = []
    verbs = sorted(
        (s, e, verb.hint, verb.reports)
        for verb in lex.statements.speech_verbs
        for s, e, _m in view.finditer(compile_any([verb.pattern]))
    )
    relative = [v for v in verbs if _in_relative(view, lex, v[0], v[1], quotes)]
    for s, e, hint, reports in [v for v in verbs if v not in relative] + relative:
        if _inside(s, quotes) or lex.statements.passive.search(view.slice(max(view.start, s - 12), s)):
            continue
        if lex.statements.modal_speech.search(view.slice(max(view.start, s - 30), s)):
            continue  # (cx40) "something few air forces can say": no one said it
        if lex.statements.event_noun_before.search(view.slice(max(view.start, s - 60), s)):
            continue  # (cx53) "the accord announced in May": the participle names the accord
        speaker = (
            _speaker(view, lex, s, e, quotes)
            or _shared_demonym(view, lex, s, e, quotes)
            or _unresolved_speaker(view, lex, s, e, quotes)
        )
        if speaker is None or _company(view, lex, speaker) or _expert(view, lex, speaker):
            continue
        if _zero_relative(view, lex, speaker, e):
            continue
        speaker = _owner(view, lex, speaker, quotes)
        claim = _statement(view, lex, speaker, (s, e, hint), quotes, clause_only=reports == "clause")
        if claim is None:
            if reports == "clause" and speaker.kind != "unresolved":
                heard.append(_act_only(view, speaker, (s, e)))
            continue
        later = [v for v in verbs if v[0] > e and not _inside(v[0], quotes)]
        claim, second = _second_speech(view, lex, claim, speaker, later, quotes)
        return [claim, *_continued(view, lex, speaker, (s, e, hint), claim), *second]
    return heard[:1]


def _second_speech(
    view: SentenceView,
    lex: ModelLexicon,
    first: Claim,
    speaker: ActorMention,
    later: Sequence[tuple[int, int, str, str]],
    quotes: list[tuple[int, int, str]],
) -> tuple[Claim, list[Claim]]:
    """(cx37) A second speech verb with a speaker of its own, led in by a connective ("…, the
    minister said, after Indian officials said X"; "said Y, while China's embassy said Z"; cx41: or
    a semicolon, "X said Y; Z said W"): a statement of its own, whose content is no quote before the
    connective; the first one's content stops before it."""
    for s, e, hint, reports in later:
        other = _speaker(view, lex, s, e, quotes) or _shared_demonym(view, lex, s, e, quotes)
        if (
            other is None
            or other.start <= speaker.end
            or _company(view, lex, other)
            or _expert(view, lex, other)
        ):
            continue
        lo = max(view.start, other.start - 20)
        lead = lex.statements.second_speaker.search(view.slice(lo, other.start))
        if lead is None:
            continue
        cut = lo + lead.start()
        owner = _owner(view, lex, other, quotes)
        own = [q for q in quotes if q[0] >= cut]  # (cx41) a quote before the cut is the first speaker's
        second = _statement(view, lex, owner, (s, e, hint), own, clause_only=reports == "clause")
        if second is not None and second.field_spans["text"][0] < cut:  # the first speaker's words
            second = _statement(view, lex, owner, (s, e, hint), own, content=_after_verb(view, lex, e))
        if second is None:
            return first, []
        second = replace(second, fields={**second.fields, SECOND_SPEAKER: True})
        a, b = first.field_spans["text"]
        if a < cut < b:
            text = view.slice(a, cut).rstrip(" ,;")
            first = replace(
                first,
                fields={**first.fields, "text": text.strip()},
                field_spans={**first.field_spans, "text": (a, a + len(text))},
            )
        return first, [second]
    return first, []


def _in_relative(
    view: SentenceView, lex: ModelLexicon, vs: int, ve: int, quotes: list[tuple[int, int, str]]
) -> bool:
    """Whether the speech verb at ``vs`` stands in a relative clause ("the drones that Prague says it
    sent, a spokesman told …"): its speaker right after a relative pronoun that follows a noun, not
    a speech verb. Such a verb is tried only after the sentence's other speech verbs."""
    speaker = _speaker(view, lex, vs, ve, quotes)
    if speaker is None:
        return False
    head = view.slice(max(view.start, speaker.start - 30), speaker.start)
    hit = lex.statements.relative_before.search(head)
    if hit is None:
        return False
    word = hit.group(0).split()[0]
    return not any(compile_any([v.pattern]).fullmatch(word) for v in lex.statements.speech_verbs)


def _company(view: SentenceView, lex: ModelLexicon, speaker: ActorMention) -> bool:
    """(cx31) Whether the speaker is a company ("Rheinmetall said", "Embraer said", "according to
    Leonardo, the maker, …"): a firm speaks for itself, not for a state or an organisation of states."""
    entry = shipped_kb(view.lang).organisation(speaker.code) if speaker.code else None
    if entry is not None and lex.statements.company_kind.search(entry.kind or ""):
        return True
    after = view.slice(speaker.end, min(view.sentence.end, speaker.end + 40))
    return (
        lex.statements.company_name.fullmatch(speaker.text) is not None
        or lex.statements.company_apposition.match(after) is not None
    )


def _expert(view: SentenceView, lex: ModelLexicon, speaker: ActorMention) -> bool:
    """(cx35) Whether the speaker is set off as an analyst or researcher of a body ("…,” said Ana
    Lima, an analyst at the Atlantic Institute): an independent voice speaks for no state."""
    after = view.slice(speaker.end, min(view.sentence.end, speaker.end + 80))
    return lex.statements.expert_apposition.match(after) is not None


def _zero_relative(view: SentenceView, lex: ModelLexicon, speaker: ActorMention, ve: int) -> bool:
    """(cx29) The speaker opens a relative clause without "that" on the noun before it and the verb
    closes that clause ("months ahead of the schedule Bucharest had announced"): what the verb has is
    that noun, no content is said."""
    head = view.slice(max(view.start, speaker.start - 40), speaker.start)
    after = view.slice(ve, view.sentence.end)
    if lex.statements.relative_pronoun_before.search(head) and lex.statements.adverbial_gap.match(after):
        return True  # (cx35) "the approval, which Paris announced alongside a training offer, …"
    return (
        lex.statements.zero_relative_before.search(head) is not None
        and lex.statements.object_gap.match(after) is not None
    )


def _owner(
    view: SentenceView, lex: ModelLexicon, speaker: ActorMention, quotes: list[tuple[int, int, str]]
) -> ActorMention:
    """An unresolved speaker owned by a pronoun ("according to its defence minister", "their
    foreign ministry said") speaks for the country the pronoun stands for: the sentence's first
    country before it (its subject); unchanged when the sentence names none."""
    if speaker.kind != "unresolved" or not lex.statements.owned_speaker.match(speaker.text):
        return speaker
    subjects = [
        m
        for m in view.mentions
        if m.kind == "country" and m.end <= speaker.start and not _inside(m.start, quotes) and m.code
    ]
    if not subjects:
        return speaker
    first = subjects[0]
    return ActorMention(
        speaker.start,
        speaker.end,
        speaker.text,
        "country",
        code=first.code,
        sector=first.sector,
        name=first.name,
        how="owner-pronoun",
        sentence=first.sentence,
    )


_ROLE_HEAD = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?")


def _shared_demonym(
    view: SentenceView, lex: ModelLexicon, vs: int, ve: int, quotes: list[tuple[int, int, str]]
) -> ActorMention | None:
    """Officials named by an adjective several nations share ("Korean officials said", "according to
    Korean officials"), which the actor stage leaves unresolved: the one nation of those the
    sentence names speaks; None when it names none or several of them."""
    after = view.slice(vs, ve).lower() in lex.statements.attributive or _inverted(view, lex, vs, ve)
    adjectives = [
        m
        for m in view.mentions
        if m.kind == "unresolved"
        and (view.slice(ve, m.start).strip() == "" and m.start >= ve if after else m.end <= vs)
        and " " not in m.text
        and not _inside(m.start, quotes)
    ]
    if not adjectives:
        return None
    adjective = adjectives[0] if after else adjectives[-1]
    if after:
        head = re.match(r"\s+(?:[\w-]+\s+){0,2}?[\w-]+", view.slice(adjective.end, view.sentence.end))
        role = head.group(0) if head else ""
    else:
        role = view.slice(adjective.end, vs).rstrip(" ,")
    if not role or _ROLE_HEAD.match(role) is None or lex.statements.role_end.search(role) is None:
        return None
    if len(role.split()) > 3 or _QUOTE_CHARS.search(role) or "," in role:
        return None
    nations = {
        c.code
        for c in shipped_kb(view.lang).countries.values()
        for d in c.demonyms
        if d.split()[-1] in (adjective.text, adjective.text + "s") and " " in d
    }
    named = {
        m.code
        for m in view.mentions
        if m.kind == "country" and m.code in nations and not _inside(m.start, quotes)
    }
    if len(nations) < 2 or len(named) != 1:
        return None
    (code,) = named
    text = adjective.text + role
    return ActorMention(
        adjective.start,
        adjective.start + len(text),
        text,
        "country",
        code=code,
        how="shared-demonym",
        sentence=adjective.sentence,
    )


def _act_only(view: SentenceView, speaker: ActorMention, verb: tuple[int, int]) -> Claim:
    """A speech act that states no content ("Russia condemned the plan"): no statement, but it names
    who speaks next ("its spokeswoman said …"; :func:`geowire.model.extract.fill_speakers` drops it)."""
    fields: dict[str, object] = {
        "speaker": actor_code(speaker),
        "speaker_country": mention_country(speaker),
        ACT_ONLY: True,
    }
    return view.claim("statement", fields, {"speaker": (speaker.start, speaker.end), "verb": verb})


def _continued(
    view: SentenceView, lex: ModelLexicon, speaker: ActorMention, verb: tuple[int, int, str], first: Claim
) -> list[Claim]:
    """A second statement the same speaker adds ("…, the ministry said, adding that Y"): Y."""
    vs, ve, hint = verb
    more = lex.statements.continuation.search(view.slice(ve, view.sentence.end))
    if more is None or _QUOTE_CHARS.search(view.slice(ve, ve + more.start())):
        return []
    start = ve + more.end()
    if start < first.field_spans["text"][1]:
        return []  # the first statement already holds it
    claim = _statement(view, lex, speaker, verb, [], content=(start, _clause_end(view, start)))
    return [claim] if claim is not None else []


_NAME_BETWEEN = re.compile(r"\b[A-Z][a-z]+\b")
# the end of a quotation right before a verb ("…,” said", "…,' said"; a single quote only after
# punctuation or before a comma: "the allies' said" is no quotation's end)
_AFTER_QUOTE = re.compile(r"(?:[”\"]|(?<=[,.!?…])[’']|[’'](?=,)),?\s*$")


def _inverted(view: SentenceView, lex: ModelLexicon, vs: int, ve: int) -> bool:
    """(cx41) Whether the speech verb at ``vs`` closes an unquoted clause with its speaker after it
    ("The sale will help both navies, said a spokesman for the Danish navy"): right after a comma
    that no quote closes, with a clause of its own before the comma and nothing after the speaker
    that could be another verb (``statements.inverted_stop``)."""
    st = lex.statements
    head, rest = view.slice(view.start, vs), view.slice(ve, view.sentence.end)
    return (
        st.inverted_verb.match(view.slice(vs, ve)) is not None
        and head.rstrip(" ").endswith(",")
        and not _AFTER_QUOTE.search(head[-4:])
        and st.inverted_name_before.search(head) is None
        and st.inverted_start.match(rest) is not None
        and st.inverted_stop.search(rest) is None
        and len(_WORD.findall(rest)) <= _INVERTED_WORDS
        and len(_WORD.findall(head)) >= _MIN_WORDS
    )


_INVERTED_WORDS = 10  # the most words a speaker set after its verb may take ("said a spokesman for …")


def _speaker(
    view: SentenceView, lex: ModelLexicon, vs: int, ve: int, quotes: list[tuple[int, int, str]]
) -> ActorMention | None:
    """The resolved actor right before the verb ("Russia warned"), else right after a quote
    ("…,” wrote Dugin); None when an unresolved name stands between (the real speaker)."""
    cands = [
        m
        for m in view.mentions
        if m.kind != "equipment"
        and (m.code or m.country)
        and not _inside(m.start, quotes)
        and not _given_name(view, m)
    ]
    if view.slice(vs, ve).lower() in lex.statements.attributive:  # "..., according to the Kenyan ministry"
        after = [
            m
            for m in cands
            if m.start >= ve and m.start - ve <= 30 and "," not in view.slice(ve, m.start)  # its own phrase
        ]
        return after[0] if after else None
    if _inverted(view, lex, vs, ve):  # (cx41) "…, said a spokesman for the Danish navy"
        after = [
            m for m in cands if m.start >= ve and lex.statements.inverted_gap.match(view.slice(ve, m.start))
        ]
        return after[0] if after else None
    cut = _before_relative_aside(view, lex, vs, cands)  # (cx52) "X, which …, said": X speaks
    before = [
        m
        for m in cands
        if m.end <= cut
        and cut - m.end <= _SPEAKER_WINDOW
        and not _posted_in(view, lex, m)
        and not lex.statements.anonymous_at.search(view.slice(max(view.start, m.start - 30), m.start))
    ]
    if before:
        people = [m for m in before if m.kind == "person" and cut - m.end <= 40]
        best = (people or before)[-1]
        owner = [
            m
            for m in before
            if m.end <= best.start and lex.statements.possessor.match(view.slice(m.end, best.start))
        ]
        if owner and not people:
            best = owner[-1]  # "the African Union's Peace and Security Council": the union speaks
        between = _without_places(view, lex, view.slice(best.end, cut), best.end, cands)
        if not view.slice(view.start, best.start).strip(" —–-;"):
            between = lex.statements.aside.sub(" ", between)  # "Beijing, for its part, has warned"
        modifier = lex.statements.modifier.search(view.slice(max(view.start, best.start - 12), best.start))
        role = lex.statements.official.match(between)
        official = (  # "Sudan's ambassador to the UN, Osman Idris," / "Ecuador's foreign minister, Ana Ruiz,"
            role is not None
            or (
                lex.statements.role_end.search(best.text) is not None
                and _APPOSITIVE.fullmatch(between) is not None
            )
        )
        if official and role and _role_after_comma(lex, role.group(0), between[role.end() :]):
            return None  # (cx40) "… with the UN mission there, the army said": the army speaks
        if official:
            return best if not _QUOTE_CHARS.search(between) else None
        if lex.statements.official_of.search(view.slice(max(view.start, best.start - 40), best.start)) and (
            _BODY_THEN_NAME.fullmatch(between)
        ):
            return best  # (cx37) "a spokesman for the Egyptian embassy in Paris, Karim Mansour, said"
        if _framed_by(view, lex, best, between):
            return best  # "In Beijing, a foreign ministry spokesperson said": the place's government
        lead = view.slice(max(view.start, best.start - 40), best.start)
        if _nation_body(view, lex, best, between, cands):
            return best  # "the Australian Defence Force said": Australia speaks
        if modifier and lex.statements.official_of.search(lead):
            modifier = None  # "the chairman of the Caribbean Community": the community speaks
        if (
            modifier
            or _NAME_BETWEEN.search(between)
            or _QUOTE_CHARS.search(_unquoted(view, view.slice(best.end, vs), best.end, quotes))
        ):
            return None
        if lex.statements.other_subject.search(between):
            return None  # "X happened in Ukraine, officials said": the speaker is after the comma
        if lex.statements.role_phrase.search(between):
            return None  # "… from Washington after the defence ministry confirmed": the role speaks
        return best
    if not _AFTER_QUOTE.search(view.slice(max(view.start, vs - 4), vs)):
        return None
    after = [m for m in cands if m.start >= ve and m.start - ve <= 25]
    return after[0] if after else None


def _before_relative_aside(view: SentenceView, lex: ModelLexicon, vs: int, cands: list[ActorMention]) -> int:
    """(cx52) Where the speaker's phrase ends when a relative clause set off by commas stands right
    before the verb at ``vs`` ("The United States, which had offered jets to Lima, said"): at the
    clause's comma — unless the actor before it is a preposition's object ("… from Turkey, which
    …, says"), whose clause it may not be; else ``vs``."""
    rel = lex.statements.relative_aside.search(view.slice(view.start, vs))
    if rel is None:
        return vs
    cut = view.start + rel.start()
    head = [m for m in cands if m.end <= cut]
    if head and lex.statements.relative_head_object.search(
        view.slice(max(view.start, head[-1].start - 16), head[-1].start)
    ):
        return vs
    return cut


def _role_after_comma(lex: ModelLexicon, role: str, rest: str) -> bool:
    """(cx40) Whether the words after an actor's ``role``, up to the speech verb, hold a comma and
    then another role of its own ("the UN mission there, the army said"): that role is the speaker,
    the first one only part of what was said — unless it names the same role again ("to the African
    Union mission in Somalia, the mission said": the body before it speaks)."""
    if "," not in rest:
        return False
    hit = lex.statements.role_phrase.search(last := rest.rsplit(",", 1)[-1])
    words = role.split()
    return hit is not None and not (words and words[-1].lower() in last.lower().split())


# (cx35) a capitalised word right after a place name: the place is a person's given name
_SURNAME_AFTER = re.compile(r" (?-i:[A-Z][\w'’-]+)(?!\w)")
_PLACE_NAME_HOWS = frozenset({"region", "capital"})


def _given_name(view: SentenceView, m: ActorMention) -> bool:
    """(cx35) Whether a place-named mention is a person's given name ("the defence minister, Milan
    Radović, told …"): a city or region read as its country, with a capitalised word right after it
    that starts no mention of its own. "officials in Milan said" keeps its place."""
    if m.how not in _PLACE_NAME_HOWS:
        return False
    hit = _SURNAME_AFTER.match(view.slice(m.end, min(view.sentence.end, m.end + 40)))
    return hit is not None and not any(o.start == m.end + 1 for o in view.mentions)


def _nation_body(
    view: SentenceView, lex: ModelLexicon, best: ActorMention, between: str, cands: list[ActorMention]
) -> bool:
    """Whether ``best`` is a nation's adjective after an article that heads its own body's name,
    the words up to the verb (``between``) one noun phrase with no other actor ("the Serbian state
    exporter Yugoimport said", "the Australian Defence Force said")."""
    st = lex.statements
    return (
        best.kind == "country"
        and best.text != best.name  # an adjective or a body's name, not the country's own name
        and st.described_lead.search(view.slice(max(view.start, best.start - 6), best.start)) is not None
        and st.described_body.fullmatch(between) is not None
        and not any(best.end < m.start < best.end + len(between) for m in cands)
    )


def _posted_in(view: SentenceView, lex: ModelLexicon, m: ActorMention) -> bool:
    """Whether ``m`` is where an official serves ("the ambassador in Berlin"), not whom they speak
    for; officials at a place who open their clause speak for it ("…, officials in Hanoi said")."""
    before = view.slice(max(view.start, m.start - 40), m.start)
    st = lex.statements
    return st.posted_in.search(before[-30:]) is not None and st.officials_at.search(before) is None


_FRAMED = re.compile(r"\s*,\s*[^,;:“”\"]*$")


def _framed_by(view: SentenceView, lex: ModelLexicon, place: ActorMention, between: str) -> bool:
    """Whether ``place`` opens the sentence as the frame of the speaker after it ("In Washington,
    State Department spokesperson Mark Ellison said"): "In"/"From" before it, one comma and the
    speaker's own words (no other clause) after it."""
    return (
        lex.statements.place_frame.match(view.slice(view.start, place.start)) is not None
        and _FRAMED.match(between) is not None
        and not lex.statements.anonymous_speaker.match(between.strip(" ,"))
    )


_QUOTE_CHARS = re.compile(r"[“”\"]")


def _unquoted(view: SentenceView, text: str, offset: int, quotes: list[tuple[int, int, str]]) -> str:
    """``text`` (from doc offset ``offset``) without the phrases quoted inside a clause (called the
    offer "an insult" and said …): a quotation that is not what was said is no sign of another
    speaker between an actor and its verb."""
    for quote in quotes:
        s, e, _ = quote
        if offset < s and e < offset + len(text) and not _spoken(view, quote):
            text = text[: s - 1 - offset] + " " * (e - s + 2) + text[e + 1 - offset :]
    return text


_APPOSITIVE = re.compile(r"\s*,\s*(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+\s*,\s*")
# (cx37) the rest of a body's name, then its official's name set off by commas ("… embassy in Paris,
# Karim Mansour,"; the place already taken out)
_BODY_THEN_NAME = re.compile(r"(?:\s+[\w-]+){0,3}" + _APPOSITIVE.pattern)


def _without_places(
    view: SentenceView, lex: ModelLexicon, between: str, offset: int, cands: list[ActorMention]
) -> str:
    """``between`` without the countries named as where an official serves ("embassy in Berlin")
    or (cx37) where a voice its nationality names is ("a Russian diplomat in Helsinki")."""
    out = between
    st = lex.statements
    for m in cands:
        lead = view.slice(max(view.start, m.start - 30), m.start)
        if offset <= m.start and (st.posted_in.search(lead) or st.anonymous_at.search(lead)):
            out = out.replace(m.text, "")
    return out


_NAME_PHRASE = re.compile(r"((?:[A-Z][\w'’.-]+\s+){0,4}[A-Z][\w'’-]+)\s*,?\s*$")


def _unresolved_speaker(
    view: SentenceView, lex: ModelLexicon, vs: int, ve: int, quotes: list[tuple[int, int, str]]
) -> ActorMention | None:
    """A speaker the actor stage left unresolved: a name or an official's role right before the
    verb, or right after it when a quote comes first. Its country is filled from the article
    (see :func:`geowire.model.extract.fill_speakers`)."""
    if view.slice(vs, ve).lower() in lex.statements.attributive:
        # "…, according to its defence minister": a role after the verb speaks; an attribution with
        # no comma before it inside the sentence only vouches for a detail ("six aircraft according to
        # the ministry")
        if view.slice(view.start, vs).strip() and not view.slice(view.start, vs).rstrip().endswith(","):
            return None
        m = lex.statements.after_verb_name.match(view.slice(ve, min(view.sentence.end, ve + 60)))
        said = lex.statements
        if m is None or said.anonymous_speaker.match(m.group(1)) or m.group(1) in said.bare_pronouns:
            return None
        start = ve + m.start(1)
        return ActorMention(start, start + len(m.group(1)), m.group(1), "unresolved")
    head = view.slice(max(view.start, vs - 70), vs)
    if (
        _inside(vs - 2, quotes)
        or _AFTER_QUOTE.search(view.slice(max(view.start, vs - 4), vs))
        or _inverted(view, lex, vs, ve)  # (cx41) "…, said a senior official"
    ):
        m = lex.statements.after_verb_name.match(view.slice(ve, min(view.sentence.end, ve + 60)))
        if m is None:
            return None
        if lex.statements.anonymous_speaker.match(m.group(1)):
            return None
        start = ve + m.start(1)
        return ActorMention(start, start + len(m.group(1)), m.group(1), "unresolved")
    for rx in (lex.statements.role_phrase, _NAME_PHRASE):
        hit = rx.search(head)
        if hit is not None and not _QUOTE_CHARS.search(hit.group(0)):
            text = hit.group(0).strip(" ,")
            if lex.statements.anonymous_speaker.match(text):
                return None
            if lex.statements.unnamed_at.search(head[: hit.start()]):
                return None  # "Diplomats in Beirut say": a place of unnamed voices, no speaker
            start = vs - len(head) + hit.start()
            return ActorMention(start, start + len(text), text, "unresolved")
    return None


# between a speech verb and a quote that is the whole of what was said: "said:", "told reporters,"
_LEAD_IN = re.compile(r"\s*(?:[\w-]+\s+){0,4}?[\w-]*\s*[:,]\s*|\s*", re.IGNORECASE)


def _statement(
    view: SentenceView,
    lex: ModelLexicon,
    speaker: ActorMention,
    verb: tuple[int, int, str],
    quotes: list[tuple[int, int, str]],
    *,
    clause_only: bool = False,
    content: tuple[int, int] | None = None,
) -> Claim | None:
    vs, ve, hint = verb
    standalone = [
        q
        for q in quotes
        if (q[1] <= vs and _spoken(view, q)) or (q[0] > ve and _LEAD_IN.fullmatch(view.slice(ve, q[0] - 1)))
    ]
    quote = max(standalone, key=lambda q: q[1] - q[0]) if standalone else None
    if lex.statements.says_nothing.match(view.slice(ve, view.sentence.end)):
        return None  # "has said little in public"
    if _unowned_source(view, lex, vs, ve):
        return None  # "…, according to Turkish industry figures": a source, no speaker
    if content is not None:
        pass  # given by the caller
    elif quote is not None:
        content = (quote[0], quote[1])
    elif view.slice(vs, ve).lower() in lex.statements.attributive:
        content = _attributed(view, vs, ve)
    elif clause_only:
        found = _clause_reported(view, lex, vs, ve)  # "denied that ...", "condemned ..., saying ..."
        if found is None:
            return None  # "welcomed the deal": an act, no content said
        content = found
    elif hint == "neutral":
        content = _reported(view, lex, vs, ve)  # "said (that) ...": what was said
    else:
        content = (vs, _clause_end(view, ve))  # "warned Kyiv against ...": the whole act, not its object
    if quote is None and (stop := lex.statements.content_stop.search(view.slice(*content))) is not None:
        content = (content[0], content[0] + stop.start())  # "…, according to X": X's words, not these
    if quote is None and content[0] >= vs and lex.statements.open_question.match(view.slice(*content)):
        # "declined to say whether …": a question left open asserts nothing; (cx33) a clause before
        # the verb is its whole sentence ("Whether more states will follow depends on money, an
        # official said": "whether" opens the subject, the sentence asserts)
        return None
    while content[1] > content[0] and view.slice(content[1] - 1, content[1]) in ",;: ":
        content = (content[0], content[1] - 1)  # “… the consequences,” its spokeswoman said
    text = view.slice(*content).strip()
    if len(_WORD.findall(text)) < _MIN_WORDS:
        return None  # no empty or fragment statements
    stance = _stance(
        lex, view.slice(view.start, view.sentence.end) if quote and len(quote[2].split()) < 4 else text, hint
    )
    fields: dict[str, object] = {
        "speaker": actor_code(speaker),
        "speaker_name": speaker.name or speaker.text,
        "speaker_country": mention_country(speaker),
        "speaker_kind": speaker.kind,
        "stance": stance,
        "text": text,
        "verb": view.slice(vs, ve),
    }
    spans: dict[str, tuple[int, int]] = {
        "speaker": (speaker.start, speaker.end),
        "verb": (vs, ve),
        "text": content,
    }
    if quote is not None:
        fields["quote"] = quote[2]
        spans["quote"] = (quote[0], quote[1])
    target = _target(view, speaker, vs)
    if target is not None:
        fields["target"] = mention_country(target) or actor_code(target)
        fields["target_name"] = target.name or target.text
        spans["target"] = (target.start, target.end)
    ev = view.event_at(vs, ve)
    return view.claim("statement", fields, spans, event_id=ev.id if ev else None)


_SPOKEN_END = re.compile(r"[,.!?…]\s*$")


def _spoken(view: SentenceView, quote: tuple[int, int, str]) -> bool:
    """Whether a quotation before the speech verb is what was said: a quoted sentence ("…,” she
    said; "…”, she said"), not a phrase quoted inside the speaker's own clause (called the offer
    "an insult" and said …)."""
    return _SPOKEN_END.search(quote[2]) is not None or view.slice(quote[1] + 1, quote[1] + 2) == ","


_WORD = re.compile(r"[A-Za-z]{2,}")
_MIN_WORDS = 3


def _reported(view: SentenceView, lex: ModelLexicon, vs: int, ve: int) -> tuple[int, int]:
    """What a neutral speech verb reports: after the verb ("said that X ...") or, when the verb
    ends the sentence ("X will retaliate, the minister said."), the words before the speaker —
    (cx41) those after a semicolon before it: "X said Y; Z told reporters W" reports W, not Y."""
    after = view.slice(ve, view.sentence.end)
    whole = view.slice(view.start, vs)
    semi = whole.rfind(";") + 1
    head = whole[semi:]
    cut = max(head.rfind(","), head.rfind("”"), head.rfind('"'))
    says = lex.statements.says_what.match(after)
    if says is not None and lex.statements.continuation.search(after[: says.end()]):
        says = None  # "X, the minister said on Monday, adding that Y": the verb reports X
    tail_only = (
        lex.statements.attribution_tail.match(after) is not None
        and says is None
        and len(_WORD.findall(head[: max(cut, 0)])) >= _MIN_WORDS
    )
    tail_only = tail_only or _inverted(view, lex, vs, ve)  # (cx41) "…, said the ministry's spokesman"
    if len(_WORD.findall(after)) >= _MIN_WORDS and not tail_only:
        return _after_verb(view, lex, ve)
    if cut <= 0:
        return vs, vs  # "Diplomats say nobody knows": before the verb stands only its speaker
    named = lex.statements.named_apposition.search(head)
    name_end = head.find(",", named.start() + 1) if named is not None else -1
    if (
        named is not None
        and named.start() > 0
        and not _place_named(view, view.start + semi + named.start(), view.start + semi + name_end)
    ):
        cut = named.start()  # (cx37) "X, Colonel Jukka Rinne, a spokesman for the army, said": X
    start = head.find("— ") + 2 if "— " in head[:cut] else 0  # after a dateline
    start += len(head[start:]) - len(head[start:].lstrip()) if semi else 0
    return view.start + semi + start, view.start + semi + cut


def _after_verb(view: SentenceView, lex: ModelLexicon, ve: int) -> tuple[int, int]:
    """The clause a speech verb ending at ``ve`` reports after it, past a "that"."""
    skip = lex.statements.that.match(view.slice(ve, view.sentence.end))
    return ve + (skip.end() if skip else 0), _clause_end(view, ve)


def _place_named(view: SentenceView, start: int, end: int) -> bool:
    """Whether a country or place is named between two offsets ("…, Rio de Janeiro, Brazil, the
    ministry said": a place, no person's name)."""
    return any(
        start <= m.start < end and m.kind not in ("person", "unresolved") and not _surname(view, m)
        for m in view.mentions
    )


_NAME_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’-]+ $")


def _surname(view: SentenceView, m: ActorMention) -> bool:
    """(cx37) Whether a city or region read as its country is a person's surname ("Colonel Ana
    Lima"): a capitalised word that starts no mention of its own right before it."""
    if m.how not in _PLACE_NAME_HOWS:
        return False
    before = view.slice(max(view.start, m.start - 30), m.start)
    return _NAME_BEFORE.search(before) is not None and not any(o.end == m.start - 1 for o in view.mentions)


def _clause_reported(view: SentenceView, lex: ModelLexicon, vs: int, ve: int) -> tuple[int, int] | None:
    """What a verb that reports only a clause reports: the that-clause or ", saying …" clause after
    it, else — when it closes the sentence ("…, the ministry confirmed.") — the words before it."""
    after = view.slice(ve, view.sentence.end)
    found = lex.statements.reported_clause.match(after)
    if found is not None:
        return ve + found.end(), _clause_end(view, ve)
    if lex.statements.attribution_tail.match(after) and not lex.statements.says_what.match(after):
        head = _reported(view, lex, vs, ve)
        return head if head[0] < vs else None
    return None


def _unowned_source(view: SentenceView, lex: ModelLexicon, vs: int, ve: int) -> bool:
    """(cx31) Whether the verb is "according to" figures no actor owns ("according to industry
    data", "according to Turkish export figures"): they vouch for the words, no one says them."""
    attributive = view.slice(vs, ve).lower() in lex.statements.attributive
    return attributive and lex.statements.unowned_figures.match(view.slice(ve, view.sentence.end)) is not None


def _attributed(view: SentenceView, vs: int, ve: int) -> tuple[int, int]:
    """What "according to X" attributes: the words before it ("X happened, according to Y"), or
    after the comma that closes it ("According to Y, X happened")."""
    head = view.slice(view.start, vs).rstrip(" ,")
    if len(_WORD.findall(head)) >= _MIN_WORDS:
        return view.start, view.start + len(head)
    comma = view.slice(ve, view.sentence.end).find(",")
    start = ve + comma + 1 if comma >= 0 else ve
    while view.slice(start, start + 1) == " ":
        start += 1
    return start, _clause_end(view, start)


def _clause_end(view: SentenceView, pos: int) -> int:
    """The end of the sentence, without its final punctuation."""
    end = view.sentence.end
    while end > pos and view.slice(end - 1, end) in ".!?;: ":
        end -= 1
    return end


def _target(view: SentenceView, speaker: ActorMention, vs: int) -> ActorMention | None:
    own = mention_country(speaker)
    cands = [
        m
        for m in view.mentions
        if m.kind != "equipment"
        and mention_country(m)
        and mention_country(m) != own
        and not _given_name(view, m)
    ]
    after = [m for m in cands if m.start >= vs]
    return next(iter(after or cands), None)


def _stance(lex: ModelLexicon, text: str, hint: str) -> str:
    """The strongest stance whose cue stands in ``text`` not negated ("would not retaliate" is
    no threat), else the verb's hint."""
    cues = lex.statements.stance_cues
    for stance in _STANCE_ORDER:
        if stance not in cues:
            continue
        for m in compile_any(cues[stance]).finditer(text):
            if not lex.statements.negated_cue.search(text[max(0, m.start() - 30) : m.start()]):
                return stance
    return hint


def assessment_claims(view: SentenceView, lex: ModelLexicon) -> list[Claim]:
    """Claims that a proposition (subject, predicate, target) holds (positive) or not (negative)."""
    al = lex.assessments
    if view.search(compile_any(al.uncertain_cues)):
        return []
    negative = compile_any(al.negative_cues)
    out = []
    for prop in al.propositions:
        for s, e, m in view.finditer(prop.regex):
            subject = _subject(view, s)
            if subject is None:
                continue
            window = view.slice(subject.end, s)
            polarity = "negative" if negative.search(window) or negative.search(m.group(0)) else "positive"
            out.append(_assessment(view, prop.predicate, subject, (s, e), polarity))
            break
    return out


def _subject(view: SentenceView, pos: int) -> ActorMention | None:
    before = [m for m in view.mentions if mention_country(m) and m.end <= pos and pos - m.end <= 60]
    return before[-1] if before else None


def _assessment(
    view: SentenceView, predicate: str, subject: ActorMention, span: tuple[int, int], polarity: str
) -> Claim:
    subj = mention_country(subject) or ""
    targets = [
        m
        for m in view.mentions
        if mention_country(m)
        and mention_country(m) != subj
        and span[1] <= m.start <= span[1] + _TARGET_WINDOW
    ]
    target = mention_country(targets[0]) if targets else None
    fields: dict[str, object] = {
        "subject": subj,
        "predicate": predicate,
        "target": target,
        "polarity": polarity,
        "proposition": f"{subj} {predicate} {target or '*'}",
        "text": view.text,
    }
    spans: dict[str, tuple[int, int]] = {"subject": (subject.start, subject.end), "predicate": span}
    if targets:
        spans["target"] = (targets[0].start, targets[0].end)
    return view.claim("assessment", fields, spans)
