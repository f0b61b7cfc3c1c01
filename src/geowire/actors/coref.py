"""Antecedents of possessives, pronouns and descriptions that stand for an actor named earlier.

"China and India bought its oil" — "its" is neither buyer: it is the country or organisation named
before them ("Iran's exports fell. China and India bought its oil." → Iran).  Two entry points:

* :func:`antecedent` works on plain data: the document's mentions (character offsets, as
  :func:`~geowire.actors.resolve.resolve_mentions` returns them), the character offset of the
  anaphor and its words ("its", "the bloc"), and the mentions to skip.  Hand-built inputs suffice.
* :func:`antecedent_of_token` reads the anaphor, its position and the mentions to skip off a parsed
  token (a spaCy ``Token`` or the coder's ``TokenView``: ``i``, ``idx``, ``lower_``, ``dep_``,
  ``head``, ``children``, ``subtree``), then calls :func:`antecedent`.

The rule: the nearest resolved mention before the anaphor, anywhere earlier in the article, of a
kind the anaphor can stand for (:func:`anaphor_kinds`, from the language pack's ``actors.anaphors``:
"its"/"it" a country, organisation or group; "the bloc" an organisation; "the country"/"the
kingdom"/"the government" a country; "his"/"her" a person).  A possessive inside the object of a
verb never points at that verb's subject ("X and Y bought its oil": not X, not Y); low-confidence
sector-only mentions (how ``sector+place``) are no antecedents.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from geowire.actors.words import actor_words
from geowire.lang import LanguagePack
from geowire.types import ActorMention

_OBJECT_DEPS = frozenset({"dobj", "pobj", "iobj", "dative", "attr", "oprd", "obj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
_NOT_ANTECEDENTS = frozenset({"sector+place", "sector"})


def anaphor_kinds(lang: LanguagePack) -> Mapping[str, frozenset[str]]:
    """What each anaphor of ``lang`` (lower case, words separated by one space: "its", "the bloc")
    may stand for: the kinds of actor mention (``country``, ``igo``, ``group``, ``person``)."""
    return actor_words(lang).anaphors


def antecedent(
    mentions: Sequence[ActorMention],
    position: int,
    lang: LanguagePack,
    *,
    word: str,
    exclude: Collection[ActorMention] = (),
    since: int | None = None,
) -> ActorMention | None:
    """The mention that the anaphor ``word`` at character offset ``position`` stands for.

    ``mentions``: the document's actor mentions (any order).  ``word``: the anaphor as written
    ("its", "The bloc"; case and spacing do not matter), a key of :func:`anaphor_kinds` of
    ``lang``; any other word gives None.  ``exclude``: mentions that cannot be meant (the subject
    of the clause whose object holds a possessive — :func:`antecedent_of_token` finds them).
    ``since``: no mention starting before this character offset counts (None: the whole article
    before ``position``).

    Returns the nearest resolved mention (``code`` set) ending at or before ``position`` whose kind
    fits the word (a person holding an organisation's office counts as a person for "his"), or
    None when there is none.
    """
    kinds = anaphor_kinds(lang).get(" ".join(word.lower().split()))
    if kinds is None:
        return None
    skip = {(m.start, m.end) for m in exclude}
    best: ActorMention | None = None
    for m in mentions:
        if m.end > position or (since is not None and m.start < since) or m.code is None:
            continue
        if (m.start, m.end) in skip:
            continue
        if m.how in _NOT_ANTECEDENTS or _kind(m) not in kinds:
            continue
        if best is None or m.start > best.start:
            best = m
    return best


def antecedent_of_token(
    tok: Any, mentions: Sequence[ActorMention], lang: LanguagePack, *, since: int | None = None
) -> ActorMention | None:
    """The mention a parsed anaphor token stands for (see :func:`antecedent`).

    ``tok`` is the pronoun ("its", "they") or the head noun of a description whose determiner is
    an article of ``lang`` ("bloc" in "the bloc's"); a spaCy ``Token`` or a ``TokenView``.  When
    the anaphor is a possessive inside the object of a verb, that verb's subject mentions are
    excluded."""
    word, position = _anaphor(tok, lang)
    if word is None:
        return None
    exclude = subject_mentions(tok, mentions) if tok.dep_ == "poss" else []
    if len({m.code for m in exclude}) < 2:
        exclude = []  # "Tehran recalled its envoy": one subject is what the possessive most often means
    return antecedent(mentions, position, lang, word=word, exclude=exclude, since=since)


def subject_mentions(tok: Any, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """For a possessive ``tok`` inside the object of a verb ("its" in "X and Y bought its oil"),
    the mentions within that verb's subject (X and Y); [] when ``tok`` is not in an object."""
    verb = _verb_of_object(tok)
    if verb is None:
        return []
    spans: list[tuple[int, int]] = []
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            spans.extend((t.idx, t.idx + len(t.text)) for t in child.subtree)
    return [m for m in mentions if any(m.start < e and s < m.end for s, e in spans)]


def _verb_of_object(tok: Any) -> Any:
    """The verb whose object (directly or through a preposition) holds the possessor ``tok``."""
    head = tok.head
    for _ in range(6):  # up the noun phrase: "its" → "oil" (dobj) → "bought"
        if head.dep_ in _OBJECT_DEPS:
            up = head.head
            while up.dep_ == "prep" and up.head is not up:
                up = up.head
            return up if up.pos_ in ("VERB", "AUX") else None
        if head.dep_ not in ("conj", "appos", "compound", "amod", "nmod", "poss") or head.head is head:
            return None
        head = head.head
    return None


def _anaphor(tok: Any, lang: LanguagePack) -> tuple[str | None, int]:
    """(the anaphor's words, its character offset): "its" itself, or "the" + the head noun."""
    words = actor_words(lang)
    low = tok.lower_
    if low in words.anaphors:
        return low, tok.idx
    det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in words.articles), None)
    if det is not None and f"{det.lower_} {low}" in words.anaphors:
        return f"{det.lower_} {low}", det.idx
    return None, tok.idx


def _kind(m: ActorMention) -> str:
    """A person holding an organisation's office resolves to it but is a person for "his"."""
    return "person" if m.how.startswith("person") else m.kind
