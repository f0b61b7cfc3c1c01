"""The actor stage's words, compiled once per language pack from its ``actors`` section
(``data/lang/CODE/surface.yaml``): sets for the lookups the resolver and coreference rules make."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from geowire.lang import LanguagePack


@dataclass(frozen=True)
class ActorLexicon:
    """:class:`~geowire.lang.pack.ActorWords` as sets (what :func:`actor_words` gives)."""

    articles: frozenset[str]
    article_prefixes: tuple[str, ...]  # "the ", "The ": what a name's key leaves out
    possessives: frozenset[str]
    possessive_endings: tuple[str, ...]
    plural_ending: str
    title_words: frozenset[str]
    org_title_words: frozenset[str]
    post_words: frozenset[str]
    honorifics: frozenset[str]
    person_modifiers: frozenset[str]
    follower_words: frozenset[str]
    ethnic_words: frozenset[str]
    former_title_words: tuple[str, ...]
    not_here_determiners: frozenset[str]
    foreign_modifiers: frozenset[str]
    genitive: frozenset[str]  # "of"
    owner_prepositions: frozenset[str]  # "of", "from": "soldiers from Chad"
    sector_prepositions: frozenset[str]  # "of", "in": "<sector> of/in <country>"
    location: frozenset[str]  # "in"
    ethnic_prepositions: frozenset[str]  # "in", "of", "from": "Turks in Sweden"
    posted_prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    office_spellings: Mapping[str, str]
    anaphors: Mapping[str, frozenset[str]]  # anaphor (lower case) → actor kinds it may stand for


def actor_words(lang: LanguagePack) -> ActorLexicon:
    """The actor words of ``lang`` (compiled once per pack)."""
    return lang.compiled("actors.words", _compile)


def _compile(lang: LanguagePack) -> ActorLexicon:
    w = lang.surface.actors
    anaphors: dict[str, frozenset[str]] = {}
    for group in w.anaphors:
        for word in group.words:
            anaphors[" ".join(word.lower().split())] = frozenset(group.kinds)
    genitive = frozenset(w.genitive_prepositions)
    origin = frozenset(w.origin_prepositions)
    location = frozenset(w.location_prepositions)
    return ActorLexicon(
        articles=frozenset(w.articles),
        article_prefixes=tuple(p for a in w.articles for p in dict.fromkeys((f"{a} ", f"{a.capitalize()} "))),
        possessives=frozenset(w.possessives),
        possessive_endings=w.possessive_endings,
        plural_ending=w.plural_ending,
        title_words=frozenset(w.title_words),
        org_title_words=frozenset(w.org_title_words),
        post_words=frozenset(w.post_words),
        honorifics=frozenset(w.honorifics),
        person_modifiers=frozenset(w.person_modifiers),
        follower_words=frozenset(w.follower_words),
        ethnic_words=frozenset(w.ethnic_words),
        former_title_words=w.former_title_words,
        not_here_determiners=frozenset(w.not_here_determiners),
        foreign_modifiers=frozenset(w.foreign_modifiers),
        genitive=genitive,
        owner_prepositions=genitive | origin,
        sector_prepositions=genitive | location,
        location=location,
        ethnic_prepositions=location | genitive | origin,
        posted_prepositions=frozenset(w.posted_prepositions),
        place_prepositions=frozenset(w.place_prepositions),
        office_spellings=dict(w.office_spellings),
        anaphors=anaphors,
    )
