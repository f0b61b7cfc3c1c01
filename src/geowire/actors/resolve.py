"""Resolve every actor mention of an annotated document against the knowledge base.

Sources of mentions, in order of trust:

1. gazetteer matches (one :class:`~spacy.matcher.PhraseMatcher` on ``ORTH`` over every name,
   alias, demonym, capital and seat, built once per knowledge base and vocab);
2. spaCy entities (``PERSON``/``ORG``/``NORP``/``GPE``) that no match covers stay ``unresolved``
   with their text — never guessed.

Country mentions take a sector from sector words next to them: demonym-modified nouns
("Russian officials" → RUS/GOV), possessives ("Russia's foreign ministry"), "<sector> of
<country>", seats of power ("the Kremlin" → GOV).  A country + title right before a person
("Russian President Vladimir Putin") becomes one person mention; an unknown name there keeps the
country and sector (how ``title``), as does an unknown name in an appositive ("Emeka Obi, the
Nigerian foreign minister", how ``title+demonym``).  Only inside such a country context may a
misspelled surname match a known person of that country (rapidfuzz ratio ≥ 88, how
``fuzzy-name``); a bare "President X" with X unknown stays unresolved.  Peoples ("Chechen") and
regions ("Darfur") resolve to their country; "<domestic sector> in <country>" ("rebels in Chad")
takes the sector; "supporters of <person>" is the person's country (how
``followers-of-person``); "ethnic <demonym>" is the country the group lives in when the text
says so ("ethnic Turks in Sweden", how ``ethnic-in-country``), never the demonym's state;
``not_actors`` names ("Latin America") never resolve; "U.N. mediator X"
is the organisation (how ``person-org-title``); a person named again by one word of the full name
("Fu Cong …", then "Fu") is that person (how ``surname``); unresolved names in the opening
dateline ("BEIRUT, 4 March 2025 —") are no mentions.  People resolve by the role they held on the article
date (``person-role@YYYY-MM-DD``; officials of international organisations resolve to the
organisation, ``person-org-role@...``); with no role on that date, by the latest role whose title
is written before the name ("Prime Minister Rabin", ``person-titled-role@...``), else by the
nearest role.  People who share a name ("Bush", "Kabila") are told apart by who held a role on
the article date; when none or several did and all belong to one country, the mention is that
country (how ``ambiguous-person-country``).  A name or demonym several countries share
(``data/ambiguous.yaml``: "Congo", "Korean") is the one candidate the article names without
ambiguity (its name, capital, region, demonym, a known person or group of it), how
``ambiguous-by-article`` / ``ambiguous-demonym-by-article``, confidence at most 0.7; with none or
several, unresolved (how ``ambiguous-name``).  :func:`redate_person` re-resolves a person
mention by the date of the event it takes part in.  Mentions in captions and photo credits are
dropped.

Organisation and group names also match in another case where safe ("Nato", "Ecowas",
"AFRICAN UNION"; :meth:`KnowledgeBase.foldable_names`).  An official named by a post at an
organisation is the country's ("Gabon's UN ambassador", "the French envoy to the UN", "the UN
ambassador of Gabon" → GAB/GOV, one mention; how ``post-of-country`` for the last).  An office
named without a name, right after its country ("the U.S. president", "Britain's prime
minister"), is the one person who held it on the article date (how ``office-holder@DATE``; with
nobody or several, the country in that sector).  With a parse, an agent named only by a sector
word ("Police arrested ...", "... killed by gunmen") is the country of the place the sentence
names ("in Dhaka", "in northern Mali") in that sector (how ``sector+place``, confidence 0.7), else
the sector with no code (how ``sector``).  Antecedents of "its", "the bloc", ... are in
:mod:`geowire.actors.coref`.

Every word the rules look for (titles, posts, prepositions, ...) comes from the language pack's
``actors`` section (:func:`~geowire.actors.words.actor_words`); the rules read the parse through
:class:`~geowire.nlp.view.DocView`, the one fast view of it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import (
    compile_infix_regex,
    compile_prefix_regex,
    compile_suffix_regex,
    filter_spans,
    get_lang_class,
)
from spacy.vocab import Vocab

from geowire.actors.kb import KnowledgeBase, NameRef
from geowire.actors.words import ActorLexicon, actor_words
from geowire.geo.gazetteer import name_key
from geowire.geo.resolve import DATELINE_WINDOW, Geography, dateline_span, geography
from geowire.lang import LanguagePack
from geowire.nlp.annotate import SKIPPED_BLOCKS
from geowire.nlp.view import DocView, TokenView, viewed
from geowire.types import ActorMention, DocContext, Sentence

ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_WINDOW_STOP_POS = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PUNCT", "PART"})
_KIND_PRIORITY = ("blocked", "country", "igo", "group", "person", "equipment")
_HOW_PRIORITY = ("country-name", "country-alias", "seat", "demonym", "capital", "region", "people-demonym")
_CONFIDENCE = {
    "country-name": 1.0, "country-alias": 0.95, "demonym": 0.9, "seat": 0.9, "capital": 0.8,
    "region": 0.8, "people-demonym": 0.75,
    "org-name": 0.95, "group-name": 0.9, "equipment-name": 0.95,
}  # fmt: skip
WINDOW_TOKENS = 4  # how far after a demonym/possessive a sector word may stand
_DEMONYM_HOWS = frozenset({"demonym", "people-demonym"})
_NAME_HOWS = frozenset({"country-name", "country-alias", "region"})
_PLACE_HOWS = frozenset({"country-name", "country-alias", "region", "capital", "ambiguous-by-article"})
# how the knowledge base marks a name or demonym several countries share (``data/ambiguous.yaml``)
# → the how it is resolved by once the article decides, and the how of the mention then
_SHARED_HOWS = {
    "ambiguous-name": ("country-name", "ambiguous-by-article"),
    "ambiguous-demonym": ("demonym", "ambiguous-demonym-by-article"),
}
SHARED_CONFIDENCE = 0.7  # a shared name read as the one country its article names
# "<sector> in <country>" ("rebels in Sierra Leone") only for actors that belong where they are:
# troops, officials or spies in a country are as often foreign ones.
DOMESTIC_SECTORS = frozenset(
    {"REB", "OPP", "COP", "PTY", "JUD", "LEG", "LAB", "EDU", "REL", "MED", "CVL", "BUS", "AGR"}
)
# Sectors whose members, named without a country ("police", "troops", "gunmen"), act where the
# sentence says they are: the country of the place (PLOVER and ACLED code such events so).
PLACED_SECTORS = frozenset({"COP", "MIL", "CVL", "REB", "UAF", "PRM", "CRM"})
FUZZY_MIN_SCORE = 88  # rapidfuzz ratio of a misspelled surname to a known one (country context only)


@dataclass(frozen=True)
class Gazetteer:
    """The phrase matcher over every knowledge-base name plus the sector-phrase index."""

    matcher: PhraseMatcher
    folded: PhraseMatcher  # on LOWER, over ``kb.foldable_names()``; see :func:`_folded_ok`
    sector_phrases: dict[tuple[str, ...], str]
    max_phrase: int
    # first word of a sector phrase of 2+ words → the longest such phrase (1-word ones: not here)
    phrase_firsts: dict[str, int]
    # last word of every sector phrase, and its plural (cheap filter for sector agents)
    phrase_lasts: frozenset[str]
    plural_ending: str  # of the knowledge base's language: "soldiers" is the phrase "soldier"


def gazetteer(kb: KnowledgeBase, vocab: Vocab) -> Gazetteer:
    """The matcher over ``kb.all_names()`` (built once per vocab and kept by the knowledge base)."""
    return kb.derived(("actors.gazetteer", vocab), lambda: _build_gazetteer(kb, vocab))


def _default_tokenizer(code: str, vocab: Vocab) -> Tokenizer:
    """The tokenizer of ``spacy.blank(code, vocab=vocab)``, built the way spaCy's default tokenizer
    factory builds it, without the blank pipeline around it (whose config resolution costs each
    process as much again as the tokenizer: ~50 ms)."""
    defaults = get_lang_class(code).Defaults
    prefixes, suffixes, infixes = defaults.prefixes, defaults.suffixes, defaults.infixes
    return Tokenizer(
        vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(prefixes).search if prefixes else None,
        suffix_search=compile_suffix_regex(suffixes).search if suffixes else None,
        infix_finditer=compile_infix_regex(infixes).finditer if infixes else None,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


def _build_gazetteer(kb: KnowledgeBase, vocab: Vocab) -> Gazetteer:
    tokenizer = _default_tokenizer(kb.lang.code, vocab)
    matcher = PhraseMatcher(vocab, attr="ORTH")
    names = [name for name, _ in kb.all_names()]
    for name, pattern in zip(names, tokenizer.pipe(names), strict=True):
        matcher.add(name, [pattern])
    folded = PhraseMatcher(vocab, attr="LOWER")
    foldable = sorted(kb.foldable_names())
    for name, pattern in zip(foldable, tokenizer.pipe(foldable), strict=True):
        folded.add(name, [pattern])
    phrases = kb.sector_phrases
    firsts: dict[str, int] = {}
    for p in phrases:
        if len(p) > 1:
            firsts[p[0]] = max(firsts.get(p[0], 0), len(p))
    lasts = {p[-1] for p in phrases}
    plural = actor_words(kb.lang).plural_ending
    lasts |= {w + plural for w in lasts}
    return Gazetteer(
        matcher, folded, phrases, max((len(p) for p in phrases), default=1), firsts, frozenset(lasts), plural
    )


def resolve_mentions(
    doc: Doc, ctx: DocContext, kb: KnowledgeBase, lang: LanguagePack, *, sentences: list[Sentence]
) -> list[ActorMention]:
    """Every actor mention in ``doc`` (resolved or not), in text order, outside captions/credits;
    the rules look for the words of ``lang``."""
    with viewed(doc) as view:
        said = lang.surface.places.report_verbs
        mentions = _resolve(doc, view, ctx, kb, actor_words(lang), sentences, said, geography(lang))
        return _outside_dateline(mentions, view.text, lang)


def _outside_dateline(mentions: list[ActorMention], text: str, lang: LanguagePack) -> list[ActorMention]:
    """``mentions`` less the unresolved names in the article's opening dateline ("BEIRUT, 4 March
    2025 —", "VILNIUS (Wire) —"; :func:`geowire.geo.resolve.dateline_span`): the tagger's ORG or
    GPE there is where the story was filed, no actor.  Resolved names there stay (the coder keeps
    them out of the first sentence's parties)."""
    if not any(m.code is None and m.start < DATELINE_WINDOW for m in mentions):
        return mentions  # the gazetteer is not needed
    found = dateline_span(geography(lang), text)
    if found is None:
        return mentions
    start, end, _ = found
    return [m for m in mentions if m.code is not None or not (start <= m.start and m.end <= end)]


def _resolve(
    doc: Doc,
    view: DocView,
    ctx: DocContext,
    kb: KnowledgeBase,
    words: ActorLexicon,
    sentences: list[Sentence],
    said: frozenset[str],
    geo: Geography,
) -> list[ActorMention]:
    gaz = gazetteer(kb, doc.vocab)
    names = _Names(kb, doc.vocab)
    matches = [m for m in _gazetteer_spans(doc, gaz) if not _inside_place_name(m, names.refs(m), geo)]
    entities = [
        e
        for e in doc.ents
        if e.label_ in ENTITY_LABELS
        and "\n" not in e.text
        and not _inside_place_name(e, kb.refs_for_name(e.text), geo)
    ]
    matches, _ = _extend_people_to_entities(matches, entities, view, kb, gaz, names, words)
    covered = {i for m in matches for i in range(m.start, m.end)}
    loose = [e for e in entities if not any(i in covered for i in range(e.start, e.end))]
    person_starts = {
        m.start: m for m in matches if names.refs(m) and names.pick(names.refs(m)).kind == "person"
    }
    person_starts.update({e.start: e for e in loose if e.label_ == "PERSON"})
    res = _Resolver(doc, view, ctx, kb, words, gaz, covered, person_starts, names, sentences)
    res.match_starts = {m.start for m in matches}
    res.match_spans = {m.start: m for m in matches}
    for span in sorted([*matches, *loose], key=lambda s: s.start):
        res.add(span, entity=span.start not in res.match_starts)
    mentions = res.mentions
    if doc.has_annotation("DEP"):
        mentions = sorted([*mentions, *_placed_agents(res)], key=lambda m: m.start)
    mentions = sorted([*mentions, *_descriptions(res, mentions)], key=lambda m: m.start)
    return _in_sentences(_surnames_again(res, mentions, said), sentences)


def _surnames_again(res: _Resolver, mentions: list[ActorMention], said: frozenset[str]) -> list[ActorMention]:
    """A person named again by one word of the full name written before ("Fu Cong said …" then
    "Fu added"; "Emeka Obi …" then "Obi"): the earlier person's mention (how ``surname``, its name
    the full name), in place of the unresolved mention the tagger may have made of the word.  The
    word must stand alone (no capitalised word right after it, nor before it but at a sentence
    start), be the first or last word of the full name, and not be shared by two people named
    before.  A first name is often a common word too ("Christian", "Grant"): the first word is read
    so only when the tagger marks it PERSON or a reporting verb of ``said`` follows it ("Tan
    added"); and no word that modifies the noun after it ("Christian leaders") is read so."""
    toks = res.toks
    ending: dict[int, list[ActorMention]] = {}
    for m in mentions:
        ending.setdefault(m.end, []).append(m)
    starts, reach = _reaches(mentions)
    named: dict[str, list[tuple[str, ActorMention]]] = {}  # word → (full name, mention), in order
    out: list[ActorMention] = []
    for i in range(len(toks)):
        for m in ending.get(toks.ends[i], ()):
            full = _person_name(res, m)
            if full is not None:
                for word in {full.split()[0], full.split()[-1]}:
                    named.setdefault(word, []).append((full, m))
        word, span = toks[i].text, (toks.starts[i], toks.ends[i])
        if word not in named or not _alone(res, i) or _covered(mentions, starts, reach, span):
            continue
        fulls = {f for f, _ in named[word]}
        if len(fulls) != 1:
            continue
        full, person = named[word][-1]
        if _modifies_next(toks, i) or (word != full.split()[-1] and not _reads_as_person(toks, i, said)):
            continue
        k = bisect_right(res.sentence_starts, span[0]) - 1
        out.append(dataclasses.replace(
            person, start=span[0], end=span[1], text=word, how="surname", name=person.name or full,
            confidence=min(person.confidence, 0.8), sentence=res.sentences[k].index if k >= 0 else -1,
        ))  # fmt: skip
    replaced = {(m.start, m.end) for m in out}  # only unresolved mentions: see _covered
    return sorted([*(m for m in mentions if (m.start, m.end) not in replaced), *out], key=lambda m: m.start)


def _person_name(res: _Resolver, m: ActorMention) -> str | None:
    """The name a person mention is written with, when it has two words or more ("Fu Cong" of
    "Chinese envoy Fu Cong"): the capitalised words that end it, titles left out."""
    if m.kind != "person" and m.how != "ner:PERSON":
        return None
    toks, titles = res.toks, res.words.title_words
    i = bisect_right(toks.starts, m.end - 1) - 1
    words: list[str] = []
    while i >= 0 and toks.starts[i] >= m.start and toks[i].is_title and not _is_title_token(toks[i], titles):
        words.insert(0, toks[i].text)
        i -= 1
    return " ".join(words) if len(words) > 1 else None


def _alone(res: _Resolver, i: int) -> bool:
    """Whether token ``i`` is a capitalised word standing alone: no capitalised word right after it,
    none right before it unless that one opens a sentence."""
    toks = res.toks
    if not toks[i].is_title:
        return False
    if i + 1 < len(toks) and toks[i + 1].is_title:
        return False
    return i == 0 or not toks[i - 1].is_title or toks.starts[i - 1] in res.sentence_starts


def _reaches(mentions: list[ActorMention]) -> tuple[list[int], list[int]]:
    """Of ``mentions`` sorted by start: their starts, and how far each one or any before it reaches."""
    starts, reach, far = [], [], 0
    for m in mentions:
        far = max(far, m.end)
        starts.append(m.start)
        reach.append(far)
    return starts, reach


def _covered(
    mentions: list[ActorMention], starts: list[int], reach: list[int], span: tuple[int, int]
) -> bool:
    """Whether a mention other than an unresolved one of exactly ``span`` covers any of it: the
    mentions starting before its end are walked back (bisected on ``starts``) while one of them or
    one before still reaches into it (``reach``, from :func:`_reaches`)."""
    s, e = span
    k = bisect_left(starts, e) - 1
    while k >= 0 and reach[k] > s:
        m = mentions[k]
        if m.end > s and not (m.code is None and (m.start, m.end) == span):
            return True
        k -= 1
    return False


def _reads_as_person(toks: DocView, i: int, said: frozenset[str]) -> bool:
    """Whether token ``i`` reads as a person's name: the tagger marks it PERSON, or it is the
    subject of a reporting verb of ``said`` (parsed so, or the verb right after it)."""
    tok = toks[i]
    if tok.ent_type_ == "PERSON":
        return True
    if tok.dep_ == "nsubj" and tok.head.lower_ in said:
        return True
    return i + 1 < len(toks) and toks[i + 1].lower_ in said


def _modifies_next(toks: DocView, i: int) -> bool:
    """Whether token ``i`` is parsed as a modifier of a noun after it ("Christian leaders")."""
    tok = toks[i]
    return tok.dep_ in ("amod", "compound") and tok.head.i > i and tok.head.pos_ in _NOUNS


def _descriptions(res: _Resolver, mentions: list[ActorMention]) -> list[ActorMention]:
    """Definite descriptions that name again an actor named before by the same sector word: "the
    junta" after "Niger's junta", "the ministry" after "China's foreign ministry", "the army" after
    "the Sudanese army" — the nearest earlier resolved mention whose last word is the description's
    (how ``description``, confidence 0.7); "the bloc", "the group" (the pack's anaphors of an
    organisation or a group) name the nearest organisation or group named before. A description
    with an owner of its own ("the government of Mali") or none before stays no mention."""
    toks, words = res.toks, res.words
    starts = toks.starts
    taken = {
        i
        for m in mentions
        for i in range(max(0, bisect_right(starts, m.start) - 1), bisect_right(starts, m.end - 1))
        if toks.ends[i] > m.start
    }
    out: list[ActorMention] = []
    for i in range(len(toks) - 1):
        if toks[i].lower_ not in words.articles or i + 1 in taken:
            continue
        hit: tuple[str | None, int] | None = _sector_at(
            toks, i + 1, min(len(toks), i + 1 + res.gaz.max_phrase), res.gaz
        )
        kinds = _PARTY_ANAPHORS & words.anaphors.get(f"{toks[i].lower_} {toks[i + 1].lower_}", frozenset())
        if hit is None and kinds:  # "the bloc", "the group": the nearest organisation or group before
            hit = (None, i + 2)
        if hit is None or any(k in taken for k in range(i + 1, hit[1])):
            continue
        sector, end = hit
        if end < len(toks) and toks[end].lower_ in words.sector_prepositions:
            continue  # "the government of Mali": its owner is named; the resolver's own rules read it
        s, e = toks.starts[i + 1], toks.ends[end - 1]
        k = bisect_right(res.sentence_starts, s) - 1
        if sector is None:
            here = res.sentences[k].index if k >= 0 else -1
            before = _kind_before(mentions, toks.starts[i], kinds, since=here - _DESCRIPTION_REACH)
        else:
            before = _same_word_before(mentions, toks.starts[i], toks[end - 1], words)
        if before is None:
            continue
        out.append(dataclasses.replace(
            before, start=s, end=e, text=res.text[s:e], sector=sector or before.sector, confidence=0.7,
            how="description", sentence=res.sentences[k].index if k >= 0 else -1,
        ))  # fmt: skip
    return out


# the kinds of party a description of the pack's anaphors ("the bloc", "the group") may name again:
# an organisation's or a group's is the nearest one named before; a country's ("the country", "the
# government") is too often another country named in between, and is left to the learned stage
_PARTY_ANAPHORS = frozenset({"igo", "group"})


# "the bloc" names the organisation named in its own sentence or the two before it, not one named
# paragraphs earlier
_DESCRIPTION_REACH = 2


def _kind_before(
    mentions: list[ActorMention], position: int, kinds: frozenset[str], *, since: int = -1
) -> ActorMention | None:
    """The nearest resolved mention of one of ``kinds`` ending before ``position``, in sentence
    ``since`` or later."""
    best: ActorMention | None = None
    for m in mentions:
        if (
            m.end <= position
            and m.sentence >= since
            and m.code is not None
            and m.kind in kinds
            and (best is None or m.start > best.start)
        ):
            best = m
    return best


def _same_word_before(
    mentions: list[ActorMention], position: int, last: TokenView, words: ActorLexicon
) -> ActorMention | None:
    """The nearest resolved mention ending before ``position`` whose last word is ``last``'s
    (its lemma or the plural of it): the actor a description "the <word>" names again."""
    forms = {last.lower_, last.lemma_.lower(), last.lemma_.lower() + words.plural_ending}
    best: ActorMention | None = None
    for m in mentions:
        if m.end > position or m.code is None or m.kind not in ("country", "igo", "group"):
            continue
        if m.text.lower().split()[-1] in forms and (best is None or m.start > best.start):
            best = m
    return best


def _placed_agents(res: _Resolver) -> list[ActorMention]:
    """Agents named only by a sector word ("Police arrested ...", "... killed by gunmen", "a
    suicide bomber killed ...") are the country of the place their clause names ("in Dhaka", "in
    northern Mali": a country, capital or region after a place preposition; :func:`_place_of`) in
    that sector (kind ``country``, how ``sector+place``, confidence 0.7); with no place, or places
    in more than one country, the sector alone (kind ``unresolved``, how ``sector``).  Only for
    :data:`PLACED_SECTORS`, and not for a sector word that is owned ("its troops"), of or from
    someone ("soldiers from Chad"), foreign ("foreign troops"), named before ("the militants"),
    joined to a named actor ("Russian paratroopers and soldiers") or part of a mention."""
    toks, words = res.toks, res.words
    taken = _mention_tokens(res)
    out = []
    for i in _agent_candidates(toks, res.gaz):
        tok = toks[i]
        verb = _agent_verb(tok, taken) if i not in taken else None
        if verb is None:
            continue
        phrase = _phrase_ending_at(toks, tok.i, res.gaz, taken)
        if phrase is None or phrase[0] not in PLACED_SECTORS or _owned(tok, taken, phrase[0], words):
            continue
        sector, first = phrase
        place = _place_of(verb, taken, words)
        if place is not None:
            country = res.kb.country(place)
            proto = ActorMention(
                0, 0, "", "country", code=place, sector=sector,
                wikidata=country.wikidata if country else None, name=country.name if country else None,
                confidence=0.7, how="sector+place",
            )  # fmt: skip
        else:
            proto = ActorMention(
                0, 0, "", "unresolved", code=None, sector=sector, confidence=0.5, how="sector"
            )
        s, e = toks.starts[first], toks.ends[tok.i]
        i = bisect_right(res.sentence_starts, s) - 1
        index = res.sentences[i].index if i >= 0 else -1
        out.append(dataclasses.replace(proto, start=s, end=e, text=res.text[s:e], sentence=index))
    return out


_AGENT_DEPS = frozenset({"nsubj", "pobj", "conj"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def _agent_candidates(toks: DocView, gaz: Gazetteer) -> list[int]:
    """Tokens that may head a sector agent: nouns that are a subject, an object of a preposition
    or a conjunct, and whose lower-case form is the last word of some sector phrase."""
    lasts = gaz.phrase_lasts
    return [
        t.i
        for t in toks.tokens
        if t.dep_ in _AGENT_DEPS and t.pos_ in _NOUNS and (t.lower_ in lasts or t.lemma_.lower() in lasts)
    ]


def _mention_tokens(res: _Resolver) -> dict[int, ActorMention]:
    """Token index → the mention covering it."""
    starts = res.toks.starts
    out: dict[int, ActorMention] = {}
    for m in res.mentions:
        for i in range(bisect_right(starts, m.start) - 1, len(res.toks)):
            if starts[i] >= m.end:
                break
            if i >= 0:
                out[i] = m
    return out


def _agent_verb(tok: TokenView, taken: dict[int, ActorMention]) -> TokenView | None:
    """The verb ``tok`` is the agent of: as the subject of an active verb, the object of a
    passive's "by", or a conjunct of either that is not joined to a named actor ("Russian
    paratroopers and soldiers from ...": not local soldiers).  None when it is no agent."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        if tok.i in taken and taken[tok.i].code is not None:
            return None
    if tok.dep_ == "nsubj":
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return tok.head.head
    return None


def _phrase_ending_at(
    toks: DocView, i: int, gaz: Gazetteer, taken: dict[int, ActorMention]
) -> tuple[str, int] | None:
    """The longest sector phrase ending with token ``i`` and touching no mention: (sector, first)."""
    for first in range(max(0, i + 1 - gaz.max_phrase), i + 1):
        if any(k in taken for k in range(first, i + 1)):
            continue
        hit = _sector_at(toks, first, i + 1, gaz)
        if hit is not None and hit[1] == i + 1:
            return hit[0], first
    return None


def _owned(tok: TokenView, taken: dict[int, ActorMention], sector: str, words: ActorLexicon) -> bool:
    """ "its troops", "soldiers from Chad", "police of the region", "Hezbollah fighters",
    "Chinese-led forces": someone else's, or named by a mention in the noun phrase.  "the
    militants", "these soldiers" point back to an actor named before (only the police and security
    forces of a place are "the" ones without having been named)."""
    for c in tok.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in words.owner_prepositions):
            return True
        if c.dep_ == "det" and (
            c.lower_ in words.not_here_determiners or (c.lower_ in words.articles and sector != "COP")
        ):
            return True
        if c.dep_ == "amod" and c.lower_ in words.foreign_modifiers:
            return True  # "foreign troops", "outside forces": not the place's own
        if c.dep_ in ("compound", "amod", "nmod", "npadvmod") and any(
            taken[t.i].code is not None for t in c.subtree if t.i in taken
        ):
            return True  # (an unresolved name such as a misread "Riot" in "Riot police" is no owner)
    return False


def _place_of(verb: TokenView, taken: dict[int, ActorMention], words: ActorLexicon) -> str | None:
    """The one country the agent's clause places its event in: countries, capitals and regions
    that are the object of a place preposition ("in northern Mali", "near Kabul") or stand in
    apposition to one ("in Peshawar, Pakistan"), within what the verb governs — or fronted on the
    clause it is coordinated with ("In Seoul, crowds rallied ..., and police detained ...");
    None when there are none or places in several countries."""
    scope = list(verb.subtree)
    if verb.dep_ == "conj":
        scope += [t for c in verb.head.children if c.dep_ == "prep" and c.i < verb.head.i for t in c.subtree]
    found = set()
    for tok in scope:
        m = taken.get(tok.i)
        if m is None or m.kind != "country" or not m.code or m.sector is not None or m.how not in _PLACE_HOWS:
            continue  # "the Thai border": a demonym is no place
        if _in_place_phrase(tok, words):
            found.add(m.code)
    return found.pop() if len(found) == 1 else None


def _in_place_phrase(tok: TokenView, words: ActorLexicon) -> bool:
    for _ in range(3):  # "Mali" in "in northern Mali"; "Pakistan" in "in Peshawar, Pakistan"
        if tok.dep_ == "pobj":
            return tok.head.lower_ in words.place_prepositions
        if tok.dep_ not in ("compound", "appos", "conj", "amod") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _gazetteer_spans(doc: Doc, gaz: Gazetteer) -> list[Span]:
    spans = [Span(doc, start, end, label=match_id) for match_id, start, end in gaz.matcher(doc)]
    for match_id, start, end in gaz.folded(doc):  # after the exact ones: an exact match wins a tie
        span = Span(doc, start, end, label=match_id)
        if _folded_ok(span.text, doc.vocab.strings[match_id]):
            spans.append(span)
    return sorted(filter_spans(spans), key=lambda s: s.start)


_PLACE_KINDS = frozenset({"city", "admin1"})


def _inside_place_name(span: Span, refs: list[NameRef], geo: Geography) -> bool:
    """(cx25) Whether a country's name or capital is only part of a longer place name that the
    gazetteer knows as a town or region of other countries alone, with a capitalised word before
    or one or two after it: "Minsk" in "Minsk Mazowiecki" (a Polish town), "Mongolia" in "Inner
    Mongolia" (a Chinese region), "Mali" in "Mali Losinj" (a Croatian port). The longer name is
    the place; the country is none of the text's actors. A capital's own longer name ("Kuwait
    City", "Panama City") stays the country's."""
    if not refs or _pick(refs).kind != "country":
        return False
    code = _pick(refs).code
    doc = span.doc
    for start, end in ((span.start - 1, span.end), (span.start, span.end + 1), (span.start, span.end + 2)):
        if start < 0 or end > len(doc) or not all(_capitalised(t.text) for t in doc[start:end]):
            continue
        text = doc[start:end].text
        key = name_key(text, geo.words.articles)
        places = [
            m.entry
            for m in geo.gazetteer.lookup(text, articles=geo.words.articles)
            if m.entry.kind in _PLACE_KINDS and name_key(m.entry.name, geo.words.articles) == key
        ]
        if places and all(p.country != code for p in places):
            return True
    return False


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[:1].isalpha()


def _folded_ok(text: str, name: str) -> bool:
    """Whether ``text``, matched case-insensitively, is a way news writes the name ``name``: an
    acronym with only its first letter capital ("Nato", "Ecowas"); a name of several words where
    every capital of the name is still a capital ("AFRICAN UNION" in a headline, "Organisation For
    Economic ...", "UN Refugee Agency" for "UN refugee agency").  Lower-case "nato" or
    "western coastal union" is not the name."""
    if text == name or len(text) != len(name):
        return False  # the exact matcher has it; other spacing: not ours to guess
    if " " not in name:
        return text[:1].isupper() and text[1:].islower()
    return all(t.isupper() for t, n in zip(text, name, strict=True) if n.isupper())


class _Names:
    """What matched names refer to, looked up (and ranked) once per name and document."""

    def __init__(self, kb: KnowledgeBase, vocab: Vocab) -> None:
        self.kb, self.strings = kb, vocab.strings
        self._refs: dict[int, list[NameRef]] = {}
        self._picked: dict[int, tuple[list[NameRef], NameRef]] = {}

    def refs(self, span: Span) -> list[NameRef]:
        label = span.label
        if not label:
            return []
        found = self._refs.get(label)
        if found is None:
            found = self._refs[label] = self.kb.refs_for_name(self.strings[label])
        return found

    def pick(self, refs: list[NameRef]) -> NameRef:
        hit = self._picked.get(id(refs))
        if hit is None or hit[0] is not refs:
            hit = self._picked[id(refs)] = (refs, _pick(refs))  # kept: its id is not reused
        return hit[1]

    def ambiguous(self, refs: list[NameRef]) -> bool:
        best = self.pick(refs)
        return len({r.code for r in refs if r.kind == best.kind}) > 1


def _pick(refs: list[NameRef]) -> NameRef:
    """The entry a name refers to: the highest-priority kind, then the strongest kind of match."""
    return min(refs, key=lambda r: (_KIND_PRIORITY.index(r.kind), _how_rank(r.how)))


def _how_rank(how: str) -> int:
    return _HOW_PRIORITY.index(how) if how in _HOW_PRIORITY else 0


def _extend_people_to_entities(
    matches: list[Span],
    entities: list[Span],
    toks: DocView,
    kb: KnowledgeBase,
    gaz: Gazetteer,
    names: _Names,
    words: ActorLexicon,
) -> tuple[list[Span], list[Span]]:
    """A person alias inside a longer PERSON entity: "Vladimir Vladimirovich Putin" or
    "President Putin" take the entity's span; "Anna Putin" (a given name the person does not
    have) leaves the entity unresolved rather than guessed.  Returns (matches, dropped matches)."""
    out, dropped = [], []
    for m in matches:
        refs = names.refs(m)
        ent = (
            next(
                (
                    e
                    for e in entities
                    if e.label_ == "PERSON" and e.start <= m.start and m.end <= e.end and len(e) > len(m)
                ),
                None,
            )
            if refs and names.pick(refs).kind == "person"
            else None
        )
        if ent is None:
            out.append(m)
        elif _extra_tokens_fit(toks, ent, m, kb.person(names.pick(refs).code), gaz, words):
            end = ent.end
            while end > m.end and not toks[end - 1].is_alpha:  # "Putin’s": the possessive stays out
                end -= 1
            out.append(Span(m.doc, ent.start, end, label=m.label))
        else:
            dropped.append(m)
    return filter_spans(out), dropped


def _extra_tokens_fit(
    toks: DocView, ent: Span, match: Span, person: object, gaz: Gazetteer, words: ActorLexicon
) -> bool:
    names = {w for n in (getattr(person, "name", ""), *getattr(person, "aliases", [])) for w in n.split()}
    for i in range(ent.start, ent.end):
        tok = toks[i]
        if match.start <= i < match.end or not tok.is_alpha:
            continue
        if (
            tok.text not in names
            and tok.lower_.rstrip(".") not in words.honorifics
            and (tok.lower_,) not in gaz.sector_phrases
        ):
            return False
    return True


def _in_sentences(mentions: list[ActorMention], sentences: list[Sentence]) -> list[ActorMention]:
    starts = [s.start for s in sentences]
    out = []
    for m in mentions:
        i = bisect_right(starts, m.start) - 1
        if i < 0 or m.start >= sentences[i].end or sentences[i].block in SKIPPED_BLOCKS:
            continue
        index = sentences[i].index
        out.append(m if m.sentence == index else dataclasses.replace(m, sentence=index))  # _emit set it
    return out


class _Resolver:
    """Turns matched spans and loose entities into mentions, left to right."""

    def __init__(
        self,
        doc: Doc,
        toks: DocView,
        ctx: DocContext,
        kb: KnowledgeBase,
        words: ActorLexicon,
        gaz: Gazetteer,
        covered: set[int],
        person_starts: dict[int, Span],
        names: _Names,
        sentences: list[Sentence],
    ) -> None:
        self.doc, self.ctx, self.kb, self.gaz = doc, ctx, kb, gaz
        self.toks = toks
        self.words = words
        self.names = names
        self.sentence_starts = [s.start for s in sentences]
        self.sentences = sentences
        self.text = toks.text
        self.covered = covered
        self.person_starts = person_starts
        self.mentions: list[ActorMention] = []
        self.consumed_until = 0  # token index up to which earlier mentions reach
        self.match_starts: set[int] = set()
        self.match_spans: dict[int, Span] = {}
        self._named_countries: frozenset[str] | None = None  # see _article_countries

    def add(self, span: Span, *, entity: bool) -> None:
        if span.start < self.consumed_until:
            return
        refs = [] if entity else self.names.refs(span)
        if not refs:
            self._emit(span.start, span.end, _unresolved(span, how=f"ner:{span.label_}"))
        elif self.names.ambiguous(refs) and (dated := self._dated_person(refs)) is None:
            shared = self._shared_by_article(refs)
            if shared is not None:
                self._shared_country(span, shared)
            else:
                self._emit(span.start, span.end, self._ambiguous_mention(span, refs))
        else:
            ref = dated if self.names.ambiguous(refs) and dated is not None else self.names.pick(refs)
            if ref.kind == "blocked":
                self.consumed_until = span.end  # a region such as "Latin America": no actor, no "America"
            elif ref.kind == "country":
                self._country(span, ref)
            elif ref.kind == "person":
                start = self._title_start(span.start)
                text = self.text[self.toks.starts[start] : span.end_char]
                proto = person_mention(self.kb, ref.code, text, self.ctx.published, words=self.words)
                first = self._followers_before(start)
                if first is not None and proto.kind == "person" and proto.code:
                    proto = dataclasses.replace(
                        proto, kind="country", sector=None, wikidata=None, name=None,
                        confidence=0.7, how="followers-of-person", country=None,
                    )  # fmt: skip
                    kb_country = self.kb.country(proto.code or "")
                    if kb_country is not None:
                        proto = dataclasses.replace(proto, wikidata=kb_country.wikidata, name=kb_country.name)
                self._emit(first if first is not None else start, span.end, proto)
            elif ref.kind == "igo" and (posted := self._post_of_country(span)) is not None:
                self._emit(span.start, posted[0], posted[1])
            elif ref.kind == "igo" and (official := self._org_official(span)) is not None:
                self._emit(span.start, official[0], official[1])
            else:
                self._emit(span.start, span.end, _entry_mention(self.kb, ref, span.text))

    def _title_start(self, start: int) -> int:
        """The first token of a title written right before a person ("Prime Minister" in "Prime
        Minister Rabin"), so that the mention's text carries it; ``start`` when there is none."""
        toks, i = self.toks, start
        titles = self.words.title_words
        while i > self.consumed_until and i > 0 and start - i < 3 and _is_title_token(toks[i - 1], titles):
            i -= 1
        while i < start and toks[i].text == "-":
            i += 1
        return i

    def _post_of_country(self, span: Span) -> tuple[int, ActorMention] | None:
        """ "the UN ambassador of Gabon", "an AU envoy from Kenya": a post at the organisation held
        by a country's official is that country (how ``post-of-country``), one mention over the
        phrase.  Returns (end token, mention) or None."""
        toks = self.toks
        hit = _sector_at(toks, span.end, min(len(toks), span.end + self.gaz.max_phrase), self.gaz)
        if hit is None or not self._is_post(hit[1]) or hit[1] >= len(toks):
            return None
        k = hit[1]
        if toks[k].lower_ not in self.words.owner_prepositions:
            return None
        k += 1
        if k < len(toks) and toks[k].lower_ in self.words.articles:
            k += 1
        place = self.match_spans.get(k)
        refs = self.names.refs(place) if place is not None else []
        if place is None or not refs or self.names.ambiguous(refs):
            return None
        ref = self.names.pick(refs)
        if ref.kind != "country" or ref.how not in _NAME_HOWS:
            return None
        country = self.kb.country(ref.code)
        mention = ActorMention(
            0, 0, "", "country", code=ref.code, sector=hit[0],
            wikidata=country.wikidata if country else None, name=country.name if country else None,
            confidence=0.85, how="post-of-country",
        )  # fmt: skip
        return place.end, mention

    def _org_official(self, span: Span) -> tuple[int, ActorMention] | None:
        """ "U.N. mediator Diego Cordovez", "NATO Secretary General X": an organisation, up to three
        title words, then a person → one mention of the organisation (how ``person-org-title``)
        that keeps a known person's name and Wikidata id.  Returns (end token, mention) or None."""
        toks, j, titles = self.toks, span.end, self.words.org_title_words
        while j < len(toks) and j - span.end < 4 and (toks[j].lower_ in titles or toks[j].text == "-"):
            j += 1
        person = self.person_starts.get(j) if j > span.end else None
        if person is None:
            return None
        org = self.kb.organisation(self.names.pick(self.names.refs(span)).code)
        if org is None:
            return None
        names = self.names
        refs = names.refs(person) if person.start in self.match_starts else []
        known = self.kb.person(names.pick(refs).code) if refs and not names.ambiguous(refs) else None
        mention = ActorMention(
            0, 0, "", "igo", code=org.code, sector=org.sector,
            wikidata=known.wikidata if known else None, name=known.name if known else None,
            confidence=0.85, how="person-org-title",
        )  # fmt: skip
        return person.end, mention

    def _emit(self, start: int, end: int, proto: ActorMention) -> None:
        s, e = self.toks.starts[start], self.toks.ends[end - 1]
        i = bisect_right(self.sentence_starts, s) - 1  # as _in_sentences would set it
        index = self.sentences[i].index if i >= 0 else proto.sentence
        self.mentions.append(dataclasses.replace(proto, start=s, end=e, text=self.text[s:e], sentence=index))
        self.consumed_until = end

    def _country(self, span: Span, ref: NameRef) -> None:
        start, end = span.start, span.end
        sector, phrase_end = self._sector_after(span, ref)
        how = ref.how
        if sector is None and ref.how in _NAME_HOWS:
            sector, phrase_start = self._sector_before(span)
            start = phrase_start if sector else start
            holder = self._office_holder_of(phrase_start, span, ref.code, sector) if sector else None
            if holder is not None:
                self._emit(start, end, holder)
                return
        elif sector is not None:
            end = self._posted_to_org(phrase_end)
            title_person = self.person_starts.get(end)
            if title_person is not None:
                self._title_person(start, title_person, ref.code, sector)
                return
            if self._appositive_person(span.start, ref.code, sector):
                self.consumed_until = end
                return
            holder = self._office_holder(span, ref, sector, end)
            if holder is not None:
                self._emit(start, end, holder)
                return
        if ref.how in _DEMONYM_HOWS and start > 0 and self.toks[start - 1].lower_ in self.words.ethnic_words:
            self._ethnic(start - 1, end, sector)
            return
        if sector is None and ref.how == "seat":
            sector, how = "GOV", "seat"
        country = self.kb.country(ref.code)
        self._emit(
            start,
            end,
            ActorMention(
                start=0,
                end=0,
                text="",
                kind="country",
                code=ref.code,
                sector=sector,
                wikidata=country.wikidata if country else None,
                name=country.name if country else None,
                confidence=_CONFIDENCE.get(ref.how, 0.8),
                how=how + ("+sector" if sector and how != "seat" else ""),
            ),
        )

    def _office_holder(self, span: Span, ref: NameRef, sector: str, end: int) -> ActorMention | None:
        """ "the U.S. president", "the Russian foreign minister", "Britain's prime minister": one
        office of one country, written right after the country, is the person who held it on the
        article date, when exactly one person in the knowledge base did (how
        ``office-holder@DATE``); else None (the mention stays the country in that sector)."""
        toks, on, words = self.toks, self.ctx.published, self.words
        if on is None or ref.how not in (*_NAME_HOWS, "demonym"):
            return None
        first = span.end + (1 if span.end < len(toks) and toks[span.end].text in words.possessives else 0)
        if first == span.end and (span.start == 0 or toks[span.start - 1].lower_ not in words.articles):
            return None  # "a U.S. president", "former U.S. president": not one office holder
        office = " ".join(toks[k].lower_ for k in range(first, end))
        return office_holder_mention(self.kb, ref.code, office, sector, on, text="")

    def _office_holder_of(self, first: int, span: Span, country: str, sector: str) -> ActorMention | None:
        """ "the president of France", "the prime minister of Israel": the office's holder on the
        article date, as :meth:`_office_holder` (only after "the", only with "of")."""
        toks, on, words = self.toks, self.ctx.published, self.words
        if on is None or first == 0 or toks[first - 1].lower_ not in words.articles:
            return None
        of = span.start - (2 if toks[span.start - 1].lower_ in words.articles else 1)
        if toks[of].lower_ not in words.genitive:
            return None
        office = " ".join(toks[k].lower_ for k in range(first, of))
        return office_holder_mention(self.kb, country, office, sector, on, text="")

    def _sector_after(self, span: Span, ref: NameRef) -> tuple[str | None, int]:
        toks, i = self.toks, span.end
        possessive = i < len(toks) and toks[i].text in self.words.possessives
        if possessive:
            i += 1
        wide = ref.how in _DEMONYM_HOWS or possessive
        limit = min(len(toks), i + (WINDOW_TOKENS if wide else 1))
        j = i
        while j < limit:
            if j in self.covered:
                # "Gabon's UN ambassador": the official is Gabon's; the organisation is only
                # where the post is (no mention of its own)
                office = self._org_then_post(j)
                if office is None:
                    break
                return office
            hit = _sector_at(toks, j, limit, self.gaz)
            if hit is not None and (wide or toks[hit[1] - 1].pos_ != "ADJ"):
                return hit  # right after a bare name only a noun counts ("US criminal policies": no)
            if _stops_window(toks[j]):
                break
            j += 1
        return None, span.end

    def _org_then_post(self, j: int) -> tuple[str, int] | None:
        """An organisation match at token ``j`` right followed by a post held there ("UN
        ambassador", "AU envoy"): (the post's sector, its end), else None."""
        org = self.match_spans.get(j)
        refs = self.names.refs(org) if org is not None else []
        if org is None or not refs or self.names.pick(refs).kind != "igo":
            return None
        hit = _sector_at(self.toks, org.end, min(len(self.toks), org.end + self.gaz.max_phrase), self.gaz)
        return hit if hit is not None and self._is_post(hit[1]) else None

    def _is_post(self, end: int) -> bool:
        """Whether the sector phrase ending before token ``end`` names a post held at an
        organisation or abroad ("ambassador", "permanent representative")."""
        if end <= 0:
            return False
        word, posts = self.toks[end - 1].lower_, self.words.post_words
        return word in posts or word[:-1] in posts or self.toks[end - 1].lemma_.lower() in posts

    def _posted_to_org(self, end: int) -> int:
        """ "the French envoy to the UN", "Kenya's representative at the African Union": past the
        post at ``end``, "to/at [the] <organisation>" belongs to the official's mention (the
        organisation is where the post is, not an actor of its own).  Returns the new end."""
        toks, j, words = self.toks, end, self.words
        if not self._is_post(end) or j >= len(toks) or toks[j].lower_ not in words.posted_prepositions:
            return end
        j += 1
        if j < len(toks) and toks[j].lower_ in words.articles:
            j += 1
        org = self.match_spans.get(j)
        refs = self.names.refs(org) if org is not None else []
        if org is None or not refs or self.names.pick(refs).kind != "igo":
            return end
        return org.end

    def _sector_before(self, span: Span) -> tuple[str | None, int]:
        """ "<sector phrase> of [the] <country>" → the sector and the phrase's first token;
        "<sector phrase> in <country>" likewise for :data:`DOMESTIC_SECTORS` ("rebels in Chad")."""
        toks, i, words = self.toks, span.start - 1, self.words
        if i >= 0 and toks[i].lower_ in words.articles:
            i -= 1
        if i < 1 or toks[i].lower_ not in words.sector_prepositions:
            return None, span.start
        prep = toks[i].lower_
        for n in range(min(self.gaz.max_phrase, i - self.consumed_until), 0, -1):
            first = i - n
            hit = _sector_at(toks, first, i, self.gaz)
            if hit is not None and hit[1] == i and not any(k in self.covered for k in range(first, i)):
                if prep in words.location and hit[0] not in DOMESTIC_SECTORS:
                    return None, span.start
                return hit[0], first
        return None, span.start

    def _followers_before(self, start: int) -> int | None:
        """ "supporters of (former President) <person>": the first token of the phrase, else None.
        The supporters are an actor of the person's country, not the person."""
        toks, i, skipped, words = self.toks, start - 1, 0, self.words
        while (
            i >= 0
            and skipped < 3
            and (toks[i].lower_ in words.person_modifiers or (toks[i].lower_,) in self.gaz.sector_phrases)
        ):
            i, skipped = i - 1, skipped + 1
        if i < 1 or toks[i].lower_ not in words.genitive or toks[i - 1].lower_ not in words.follower_words:
            return None
        return i - 1 if i - 1 >= self.consumed_until else None

    def _ethnic(self, start: int, end: int, sector: str | None) -> None:
        """ "ethnic Turks in Sweden": an ethnic group is not the state its name comes from; it is
        the country it is said to live in (how ``ethnic-in-country``), else unresolved."""
        toks, j, words = self.toks, end, self.words
        if j < len(toks) and toks[j].lower_ in words.ethnic_prepositions:
            j += 1
            if j < len(toks) and toks[j].lower_ in words.articles:
                j += 1
        place = self.match_spans.get(j) if j > end else None
        refs = self.names.refs(place) if place is not None else []
        if refs and not self.names.ambiguous(refs) and self.names.pick(refs).kind == "country":
            code = self.names.pick(refs).code
            country = self.kb.country(code)
            proto = ActorMention(
                0, 0, "", "country", code=code, sector=sector,
                wikidata=country.wikidata if country else None, name=country.name if country else None,
                confidence=0.7, how="ethnic-in-country",
            )  # fmt: skip
        else:
            proto = ActorMention(0, 0, "", "unresolved", code=None, confidence=0.0, how="ethnic-group")
        self._emit(start, end, proto)

    def _appositive_person(self, start: int, country: str, sector: str) -> bool:
        """ "Joseph Mbuto, the Ugandan foreign minister": the unknown name just before takes the
        country and sector of the appositive (how ``title+demonym``).  True when it did."""
        toks, i = self.toks, start - 1
        if i >= 0 and toks[i].lower_ in self.words.articles:
            i -= 1
        if i < 1 or toks[i].text != "," or not self.mentions:
            return False
        last = self.mentions[-1]
        if last.how != "ner:PERSON" or last.end != toks.ends[i - 1]:
            return False
        fuzzy = self._fuzzy_name(last.text, country)
        if fuzzy is not None:
            proto = person_mention(
                self.kb, fuzzy, last.text, self.ctx.published, words=self.words, title=(country, sector)
            )
            proto = dataclasses.replace(proto, confidence=min(proto.confidence, 0.7), how="fuzzy-name")
        else:
            proto = _title_mention(country, sector, how="title+demonym", confidence=0.75)
        self.mentions[-1] = dataclasses.replace(
            proto, start=last.start, end=last.end, text=last.text, sentence=last.sentence
        )
        return True

    def _fuzzy_name(self, text: str, country: str) -> str | None:
        """A misspelled known name, only in a country context (see :func:`_fuzzy_person_id`)."""
        return _fuzzy_person_id(self.kb, text, country, self.words)

    def _dated_person(self, refs: list[NameRef]) -> NameRef | None:
        """Of several people sharing a name ("Bush", "Kabila"), the one who held a role on the
        article date, when exactly one did."""
        if self.names.pick(refs).kind != "person" or self.ctx.published is None:
            return None
        held = [r for r in refs if r.kind == "person" and self.kb.person_role(r.code, on=self.ctx.published)]
        return held[0] if len(held) == 1 else None

    def _ambiguous_mention(self, span: Span, refs: list[NameRef]) -> ActorMention:
        """People sharing a name who all belong to one country ("Assad" between the two
        presidents' terms) are that country (how ``ambiguous-person-country``); else unresolved."""
        if self.names.pick(refs).kind == "person":
            countries = {
                r.country
                for ref in refs
                if ref.kind == "person" and (p := self.kb.person(ref.code)) is not None
                for r in p.roles
            }
            if len(countries) == 1 and (code := countries.pop()):
                return ActorMention(
                    0, 0, span.text, "person", code=code, confidence=0.6,
                    how="ambiguous-person-country", country=code,
                )  # fmt: skip
        return _unresolved(span, how="ambiguous-name")

    def _shared_by_article(self, refs: list[NameRef]) -> NameRef | None:
        """Of the countries a shared name or demonym may stand for (``ambiguous.yaml``: "Congo",
        "Korean"), the one the article names unambiguously (:meth:`_article_countries`), when
        exactly one is; None for any other ambiguous name, or with no or several such countries."""
        if not all(r.kind == "country" and r.how in _SHARED_HOWS for r in refs):
            return None
        named = [r for r in refs if r.code in self._article_countries()]
        return named[0] if len(named) == 1 else None

    def _article_countries(self) -> frozenset[str]:
        """The countries the article names without ambiguity anywhere in it, before or after:
        gazetteer matches of one country (its name, an alias, capital, seat, region, demonym,
        people), of one person (the country of the role held on the article date, else the
        nearest) and of one group (its country).  Organisations and shared names are no
        evidence.  Computed once per article."""
        if self._named_countries is not None:
            return self._named_countries
        on, names, found = self.ctx.published, self.names, set()
        for span in self.match_spans.values():
            refs = names.refs(span)
            if not refs or names.ambiguous(refs):
                continue
            ref = names.pick(refs)
            if ref.kind == "country":
                found.add(ref.code)
            elif ref.kind == "person":
                role = self.kb.person_role(ref.code, on=on) or (
                    self.kb.person_nearest_role(ref.code, on=on) if on is not None else None
                )
                if role is not None and role.country:
                    found.add(role.country)
            elif ref.kind == "group" and (group := self.kb.group(ref.code)) is not None and group.country:
                found.add(group.country)
        self._named_countries = frozenset(found)
        return self._named_countries

    def _shared_country(self, span: Span, ref: NameRef) -> None:
        """A shared name or demonym read as the country the article names (``ref``): resolved by
        the rules of a country name ("eastern Congo", "the army of Congo") or a demonym ("Congolese
        troops", "the Korean president"), its mentions marked ``ambiguous-by-article`` (or
        ``ambiguous-demonym-by-article``) and no more certain than :data:`SHARED_CONFIDENCE`."""
        base, how = _SHARED_HOWS[ref.how]
        first = len(self.mentions)
        self._country(span, NameRef("country", ref.code, base))
        for k in range(first, len(self.mentions)):
            m = self.mentions[k]
            self.mentions[k] = dataclasses.replace(
                m,
                how=how + m.how[len(base) :] if m.how.startswith(base) else m.how,
                confidence=min(m.confidence, SHARED_CONFIDENCE),
            )

    def _title_person(self, start: int, person: Span, country: str, sector: str) -> None:
        names = self.names
        refs = names.refs(person) if person.start in self.match_starts else []
        dated = self._dated_person(refs) if refs and names.ambiguous(refs) else None
        if dated is not None or (refs and not names.ambiguous(refs) and names.pick(refs).kind == "person"):
            proto = person_mention(
                self.kb,
                (dated or names.pick(refs)).code,
                person.text,
                self.ctx.published,
                words=self.words,
                title=(country, sector),
            )
        else:
            fuzzy = (
                _fuzzy_person_id(self.kb, person.text, country, self.words)
                if person.label_ == "PERSON"
                else None
            )
            if fuzzy is not None:
                proto = person_mention(
                    self.kb, fuzzy, person.text, self.ctx.published, words=self.words, title=(country, sector)
                )
                proto = dataclasses.replace(proto, confidence=min(proto.confidence, 0.7), how="fuzzy-name")
            else:
                proto = _title_mention(country, sector, how="title", confidence=0.8)
        self._emit(start, person.end, proto)


def _is_title_token(tok: TokenView, titles: frozenset[str]) -> bool:
    return tok.text == "-" or (tok.lower_ in titles and tok.is_title)


def _written_title(text: str, titles: frozenset[str]) -> str | None:
    """The title written before the name in a mention's text ("Prime Minister Rabin" → "prime
    minister"), lower-case; None when there is none."""
    words = text.replace("-", " ").split()[:-1]
    run: list[str] = []
    for w in words:
        if w.istitle() and w.lower() in titles:
            run.append(w.lower())
        elif run:
            break
    return " ".join(run) or None


def _title_mention(country: str, sector: str, *, how: str, confidence: float) -> ActorMention:
    """An unknown person known only by title and nationality: the country in that sector."""
    return ActorMention(
        start=0, end=0, text="", kind="person", code=country, sector=sector,
        confidence=confidence, how=how, country=country,
    )  # fmt: skip


def _fuzzy_person_id(kb: KnowledgeBase, text: str, country: str, lexicon: ActorLexicon) -> str | None:
    """The one person who held a role in ``country`` and whose surname matches the last word of
    ``text`` with a rapidfuzz ratio ≥ :data:`FUZZY_MIN_SCORE` (given names, when written, must
    match too); None when none or several match."""
    words = [w for w in _without_possessives(text, lexicon, "").split() if w[:1].isalpha()]
    if not words or len(words[-1]) < 4:
        return None
    found = {
        pid
        for pid, surname, given in kb.derived("actors.surnames", lambda: _surnames(kb)).get(country, ())
        if fuzz.ratio(words[-1], surname) >= FUZZY_MIN_SCORE
        and (len(words) == 1 or not given or words[0] == given)
    }
    return found.pop() if len(found) == 1 else None


def _without_possessives(text: str, lexicon: ActorLexicon, by: str) -> str:
    """``text`` with every possessive ending ("’s") replaced by ``by``."""
    for ending in lexicon.possessive_endings:
        text = text.replace(ending, by)
    return text


def _surnames(kb: KnowledgeBase) -> dict[str, tuple[tuple[str, str, str], ...]]:
    """country → (person id, surname, given name) of every person who held a role there."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for p in kb.people.values():
        parts = p.name.split()
        if len(parts) < 2:
            continue
        for c in {r.country for r in p.roles if r.country}:
            out.setdefault(c, []).append((p.id, parts[-1], parts[0]))
    return {c: tuple(v) for c, v in out.items()}


def _stops_window(tok: TokenView) -> bool:
    return tok.is_punct or tok.is_space or tok.like_num or tok.is_stop or tok.pos_ in _WINDOW_STOP_POS


def _sector_at(toks: DocView, j: int, limit: int, gaz: Gazetteer) -> tuple[str, int] | None:
    """The longest sector phrase starting at token ``j`` (ending by ``limit``): (sector, end)."""
    # a phrase of 2+ words keeps its first word in every variant: only lengths it may have
    longest = gaz.phrase_firsts.get(toks[j].lower_, 1) if j < limit else 0
    for n in range(min(gaz.max_phrase, limit - j, longest), 0, -1):
        words = [toks[k].lower_ for k in range(j, j + n)]
        for variant in _variants(words, toks[j + n - 1].lemma_.lower(), gaz.plural_ending):
            code = gaz.sector_phrases.get(variant)
            if code is not None:
                return code, j + n
    return None


def _variants(words: list[str], lemma: str, plural: str) -> list[tuple[str, ...]]:
    """The phrase, with its last word's (lower-case) lemma, and without a plural ending ("s")."""
    out = [tuple(words)]
    if lemma and lemma != words[-1]:
        out.append((*words[:-1], lemma))
    last = words[-1]
    if plural and last.endswith(plural) and len(last) > 3:
        out.append((*words[:-1], last[: -len(plural)]))
    return out


def _unresolved(span: Span, *, how: str) -> ActorMention:
    return ActorMention(start=0, end=0, text=span.text, kind="unresolved", code=None, confidence=0.0, how=how)


def _entry_mention(kb: KnowledgeBase, ref: NameRef, text: str) -> ActorMention:
    conf = _CONFIDENCE.get(ref.how, 0.9)
    if ref.kind == "igo":
        o = kb.organisation(ref.code)
        assert o is not None
        return ActorMention(
            0,
            0,
            text,
            "igo",
            code=o.code,
            sector=o.sector,
            wikidata=o.wikidata,
            name=o.name,
            confidence=conf,
            how=ref.how,
        )
    if ref.kind == "group":
        g = kb.group(ref.code)
        assert g is not None
        return ActorMention(
            0,
            0,
            text,
            "group",
            code=g.code,
            sector=g.sector,
            wikidata=g.wikidata,
            name=g.name,
            confidence=conf,
            how=ref.how,
            country=g.country,
        )
    e = kb.equipment(ref.code)
    assert e is not None
    return ActorMention(
        0,
        0,
        text,
        "equipment",
        code=e.code,
        wikidata=e.wikidata,
        name=e.name,
        confidence=conf,
        how=ref.how,
        country=e.producer,
    )


def office_holder_mention(
    kb: KnowledgeBase, country: str, office: str, sector: str, on: dt.date, *, text: str
) -> ActorMention | None:
    """The person who held ``office`` (as written: "president", "foreign minister") in ``country``
    on ``on``, in that office's ``sector``, as a person mention (how ``office-holder@DATE``);
    None when nobody or several people did."""
    holders = {p.id: (p, r) for p, r in kb.office_holders(country, office, on=on) if r.sector == sector}
    if len(holders) > 1 and any(r.start == on for _, r in holders.values()):
        # the day of a handover: the incoming holder (ends are inclusive)
        holders = {k: (p, r) for k, (p, r) in holders.items() if r.end != on}
    if len(holders) != 1:
        return None
    ((person, role),) = holders.values()
    return ActorMention(
        0, 0, text, "person", code=country, sector=role.sector, wikidata=person.wikidata,
        name=person.name, confidence=0.85, how=f"office-holder@{on.isoformat()}", country=country,
    )  # fmt: skip


def person_mention(
    kb: KnowledgeBase,
    person_id: str,
    text: str,
    on: dt.date | None,
    *,
    words: ActorLexicon,
    title: tuple[str, str] | None = None,
) -> ActorMention:
    """A person mention resolved by the role held on ``on`` (the latest role when ``on`` is None).

    With no role on that date the person keeps the country of the nearest role and no sector
    (or the sector of the ``title`` — (country, sector) — written before the name; ``words``: the
    title words and the words of a role no longer held).
    """
    person = kb.person(person_id)
    assert person is not None
    role = kb.person_role(person_id, on=on)
    when = on.isoformat() if on else "latest"
    written = _written_title(text, words.title_words) if role is None and on is not None else None
    titled = _role_titled(person.roles, written, words.former_title_words) if written else None
    if titled is not None:
        if not titled.country and titled.organisation:
            return _official_mention(kb, person, titled.organisation, titled.sector, text, when, conf=0.8)
        return ActorMention(
            0, 0, text, "person", code=titled.country, sector=titled.sector, wikidata=person.wikidata,
            name=person.name, confidence=0.8, how=f"person-titled-role@{when}", country=titled.country,
        )  # fmt: skip
    code: str | None
    sector: str | None
    if role is not None and not role.country and role.organisation:
        return _official_mention(kb, person, role.organisation, role.sector, text, when)
    if role is not None:
        code, sector, how, conf = role.country, role.sector, f"person-role@{when}", 0.95
    else:
        nearest = kb.person_nearest_role(person_id, on=on) if on else None
        if nearest is not None and not nearest.country and nearest.organisation and title is None:
            return _official_mention(kb, person, nearest.organisation, None, text, when, conf=0.7)
        code = (nearest.country or None) if nearest else (title[0] if title else None)
        sector = title[1] if title and title[0] == code else None
        how, conf = f"person-country@{when}", 0.7
    if title is not None:
        how += "+title"
    return ActorMention(
        0,
        0,
        text,
        "person",
        code=code,
        sector=sector,
        wikidata=person.wikidata,
        name=person.name,
        confidence=conf,
        how=how,
        country=code,
    )


def _role_titled(roles: Any, written: str, former: tuple[str, ...]) -> Any:
    """The latest-starting role whose title contains the written title and none of the words of
    ``former`` (None when none does)."""
    found = [
        r
        for r in roles
        if written in r.title.lower().replace("-", " ") and not any(w in r.title.lower() for w in former)
    ]
    return max(found, key=lambda r: r.start or dt.date.min) if found else None


def _official_mention(
    kb: KnowledgeBase,
    person: Any,
    org_code: str,
    sector: str | None,
    text: str,
    when: str,
    *,
    conf: float = 0.95,
) -> ActorMention:
    """An official of an international organisation (UN Secretary-General) acts for it: the
    mention is the organisation (kind ``igo``), keeping the person's name and Wikidata id."""
    org = kb.organisation(org_code)
    return ActorMention(
        0,
        0,
        text,
        "igo",
        code=org_code,
        sector=sector if sector is not None else (org.sector if org else None),
        wikidata=person.wikidata,
        name=person.name,
        confidence=conf,
        how=f"person-org-role@{when}",
    )


def person_id_of(mention: ActorMention, kb: KnowledgeBase) -> str | None:
    """The knowledge-base id of a resolved person mention (by Wikidata ID, else canonical name)."""
    if mention.kind != "person":
        return None
    person = kb.person_by_wikidata(mention.wikidata) if mention.wikidata else None
    if person is None and mention.name:
        person = kb.person_by_name(mention.name)
    return person.id if person else None


def redate_person(
    mention: ActorMention, kb: KnowledgeBase, lang: LanguagePack, *, on: dt.date | None
) -> ActorMention:
    """Re-resolve a person mention by the date of the event it takes part in (others unchanged).
    A person named only by office ("the U.S. president") becomes whoever held that office on
    ``on`` (when nobody or several did: the country in the office's sector, no name)."""
    person_id = person_id_of(mention, kb)
    if person_id is None or on is None:
        return mention
    words = actor_words(lang)
    office = _office_in_text(mention, kb, person_id, words)
    if office is not None and mention.code and mention.sector:
        fresh = office_holder_mention(kb, mention.code, office, mention.sector, on, text=mention.text)
        if fresh is None:
            fresh = dataclasses.replace(
                mention, wikidata=None, name=None, confidence=0.7, how=f"office-unheld@{on.isoformat()}"
            )
        return dataclasses.replace(fresh, start=mention.start, end=mention.end, sentence=mention.sentence)
    title = (
        (mention.code, mention.sector)
        if "+title" in mention.how and mention.code and mention.sector
        else None
    )
    fresh = person_mention(kb, person_id, mention.text, on, words=words, title=title)
    return dataclasses.replace(fresh, start=mention.start, end=mention.end, sentence=mention.sentence)


def _office_in_text(
    mention: ActorMention, kb: KnowledgeBase, person_id: str, lexicon: ActorLexicon
) -> str | None:
    """The office a person mention names when its text does not name the person ("U.S.
    president" → "president"): the longest ending of the text that is an office of the mention's
    country in the knowledge base; None when the text names the person or no office."""
    person = kb.person(person_id)
    if person is None or not mention.code:
        return None
    words = _without_possessives(mention.text, lexicon, " ").split()
    names = {w for n in (person.name, *person.aliases) for w in n.split()}
    if any(w in names for w in words):
        return None
    for k in range(len(words)):
        office = " ".join(words[k:]).lower()
        if kb.office_holders_known(mention.code, office):
            return office
    return None
