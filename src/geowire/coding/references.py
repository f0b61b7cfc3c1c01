"""Event words that report no new act: back-references and idioms.

* A **back-reference** is a definite event noun that only points back to an act already made: "the
  treaty expires", "the pact allows", "under the accord", "this alliance". The article has
  told of the act (or takes it as known); this mention is no new event (the annotation guidelines:
  a bare anaphor is not coded again). It is a new event when the clause's verb makes it one ("signed
  the treaty", "broke the agreement", "imposed the sanctions", "the deal was reached"), when a
  relative or participle clause does ("the sanctions Kenya imposed", "the deal signed in 2015"), or
  when its own words name a party or a time ("the Indo-Russian deal", "the 2010 treaty", "Peru's
  expulsion of ...", "its pact"), or when a verb credits it to a named party ("thanked Berlin for the
  deliveries"). :func:`back_reference` decides.
* An **idiom** is a fixed phrase none of whose words is an event, although one of them is a trigger
  elsewhere: "deals a blow to" is no deal, "struck a balance" no strike, "a great deal of" no
  agreement. :func:`in_idiom` decides.

The words (determiners, framing prepositions, the verbs and nouns that act on a noun, the idioms)
are the language pack's: the ``back_references`` and ``idioms`` sections of ``event_lexicon.yaml``,
validated here and compiled by :mod:`geowire.coding.categorize`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from pydantic import BaseModel, ConfigDict, field_validator

from geowire.coding.view import AnyToken

_NOMINAL = frozenset({"NOUN", "PROPN"})
_VERBAL = frozenset({"VERB", "AUX"})
_QUANTIFIER_POS = frozenset({"PRON", "DET", "NUM"})  # "some of the sanctions"
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "oprd"})  # what a verb does something to
_CLAUSE_DEPS = frozenset({"relcl", "acl"})  # "the deal (which was) signed in 2015"
_UNNAMING_DEPS = frozenset({"det", "punct", "cc", "conj", "appos", *_CLAUSE_DEPS})
_LINKS = frozenset({"conj", "appos"})  # "the treaty and the protocol": the first conjunct's place
_REACH = 4  # how many conjuncts, quantifiers or apposition links are walked up


class BackReferences(BaseModel):
    """The words that tell a back-reference (``back_references`` in ``event_lexicon.yaml``).
    Empty ``determiners`` turn the test off (a pack that lists none codes every event noun)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # determiners that make an event noun definite ("the", "this"); a pronoun possessor ("its
    # pact") does too, whatever its word
    determiners: frozenset[str] = frozenset()
    # prepositions that make the noun a circumstance of another act ("under the accord", "despite
    # the sanctions"), whatever verb the phrase hangs on
    frames: frozenset[str] = frozenset()
    # verbs beside the light verbs and the undoing verbs that make their object noun a new act of
    # their subject ("ratified the treaty", "stepped up its strikes"): a lemma, or a lemma and its
    # particle
    acting_verbs: frozenset[str] = frozenset()
    # prepositions that credit the act to the verb's named object ("thanked Berlin for the
    # deliveries", "blamed Kyiv for the attack"): the act is that party's
    crediting_preps: frozenset[str] = frozenset()
    # nouns that do the same to their "of" object ("the signing of the treaty")
    acting_nouns: frozenset[str] = frozenset()
    # modifiers that make the noun a new instance of its act ("this additional funding", "the
    # fresh sanctions"): no back-reference
    renewing_modifiers: frozenset[str] = frozenset()
    # entity labels of the parser whose words, inside the noun's own phrase, name a party or a time
    # ("the Indo-Russian deal": NORP, "the 2010 treaty": DATE)
    naming_entities: frozenset[str] = frozenset()

    @field_validator("determiners", "frames", "crediting_preps", "acting_nouns", "renewing_modifiers")
    @classmethod
    def _lower_words(cls, v: frozenset[str]) -> frozenset[str]:
        for w in v:
            if not w or w != w.strip().lower() or " " in w:
                raise ValueError(f"{w!r} must be one lower-case word")
        return v

    @field_validator("acting_verbs")
    @classmethod
    def _verb_lemmas(cls, v: frozenset[str]) -> frozenset[str]:
        for w in v:
            if not w or w != w.strip().lower() or len(w.split()) > 2 or "  " in w:
                raise ValueError(f"{w!r} must be a lower-case verb lemma, alone or with its particle")
        return v


def idiom_phrases(
    idioms: Collection[str], triggers: Callable[[str], bool]
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The idioms by each of their words (lemmas), checked: an idiom has two words or more and one
    of them is a trigger (``triggers``), else it could never keep an event out and is a mistake."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for idiom in idioms:
        words = tuple(idiom.split())
        if len(words) < 2 or idiom != idiom.strip().lower():
            raise ValueError(f"idiom {idiom!r} must be two or more lower-case lemmas")
        if not any(triggers(w) for w in words):
            raise ValueError(f"idiom {idiom!r} holds no trigger word of the lexicon: it keeps no event out")
        for w in set(words):
            out.setdefault(w, []).append(words)
    return {w: tuple(v) for w, v in out.items()}


def in_idiom(tok: AnyToken, idioms: Mapping[str, tuple[tuple[str, ...], ...]]) -> bool:
    """Whether ``tok`` stands in one of the ``idioms``: its lemma is one of an idiom's words and the
    others are the lemmas of the words around the idiom's head (``tok``, its head or its head's
    head: "deals a blow", "a great deal of", "came under fire")."""
    lemma = tok.lemma_.lower()
    phrases = idioms.get(lemma)
    if not phrases:
        return False
    heads = [tok, tok.head, tok.head.head]
    for words in phrases:
        for head in heads:
            near = {head.lemma_.lower()}
            near |= {c.lemma_.lower() for c in head.children}
            near |= {g.lemma_.lower() for c in head.children for g in c.children}
            if head.lemma_.lower() in words and all(w in near for w in words):
                return True
    return False


def back_reference(
    noun: AnyToken,
    own: Collection[int],
    refs: BackReferences,
    *,
    acting: Callable[[AnyToken, bool], bool],
    undoing_nouns: Collection[str],
    partitives: Collection[str],
) -> bool:
    """Whether the event noun ``noun`` (the head of the matched words ``own``) only points back to
    an act already made (see the module's docstring). ``acting(verb, direct)``: whether a verb makes
    the noun a new act, the noun being its object (``direct``: a light verb does, "signed the
    treaty") or the object of its preposition (only an undoing verb or one of ``refs.acting_verbs``:
    "withdrew from the pact", "were at the summit"; "deliver on the agreement" delivers no new one);
    ``undoing_nouns``: nouns that undo their "of" object ("the lifting of the sanctions");
    ``partitives``: the prepositions of a part or a quantity ("some of the sanctions")."""
    if not refs.determiners or noun.pos_ not in _NOMINAL or not _definite(noun, refs):
        return False
    if _names_its_own(noun, own, refs):
        return False
    if any(c.dep_ in _CLAUSE_DEPS and c.pos_ in _VERBAL and acting(c, True) for c in noun.children):
        return False  # "the sanctions Kenya imposed", "the deal signed in 2015"
    return not _acted_on(noun, refs, acting, undoing_nouns, partitives)


def _definite(noun: AnyToken, refs: BackReferences) -> bool:
    """ "the treaty", "this pact": a determiner of the list. A possessor is no determiner: it names
    the act's party, a pronoun as much as a name ("his raid to seize X", "its missile tests")."""
    return any(c.dep_ == "det" and _is(c, refs.determiners) for c in noun.children)


def _named_object(verb: AnyToken, refs: BackReferences) -> bool:
    """Whether ``verb``'s object (or passive subject) names a party: "thanked Berlin for the
    deliveries", "Berlin was blamed for the attack" credit the act to it."""
    return any(
        c.dep_ in ("dobj", "nsubjpass") and (c.pos_ == "PROPN" or c.ent_type_ in refs.naming_entities)
        for c in verb.children
    )


def _is(tok: AnyToken, words: Collection[str]) -> bool:
    """Whether the token's form or lemma is one of ``words``."""
    return tok.lower_ in words or tok.lemma_.lower() in words


def _names_its_own(noun: AnyToken, own: Collection[int], refs: BackReferences) -> bool:
    """Whether the noun's own phrase (not a clause of it) names a party or a time, or makes it a new
    instance: a possessor ("Russia's invasion", "its pact"), a name or a named entity among
    its modifiers ("the Indo-Russian deal", "the accord with Lima", "the 2010 treaty"), a renewing
    modifier ("the fresh sanctions")."""
    for child in noun.children:
        if child.dep_ in _UNNAMING_DEPS or child.i in own:
            continue
        if child.dep_ == "poss":
            return True
        if child.dep_ == "amod" and _is(child, refs.renewing_modifiers):
            return True
        for t in child.subtree:
            if t.i not in own and (t.pos_ == "PROPN" or t.ent_type_ in refs.naming_entities):
                return True
    return False


def _acted_on(
    noun: AnyToken,
    refs: BackReferences,
    acting: Callable[[AnyToken, bool], bool],
    undoing_nouns: Collection[str],
    partitives: Collection[str],
) -> bool:
    """Whether the clause does something to the noun's act: the noun is the object (or a passive's
    subject) of an acting verb, or the "of" object of an acting or undoing noun ("the signing of
    the treaty", "the lifting of the sanctions"); through conjuncts and quantifiers ("lifted some of
    the sanctions"). A framing preposition ("under the accord") never is."""
    tok = noun
    for _ in range(_REACH):
        while tok.dep_ in _LINKS and tok.head.i != tok.i:
            tok = tok.head
        head = tok.head
        if tok.dep_ in _OBJECT_DEPS and head.pos_ in _VERBAL:
            return acting(head, True)
        if tok.dep_ != "pobj" or head.dep_ not in ("prep", "agent") or _is(head, refs.frames):
            return False
        owner = head.head
        if owner.pos_ in _VERBAL:
            return acting(owner, False) or (_is(head, refs.crediting_preps) and _named_object(owner, refs))
        lemma = owner.lemma_.lower()
        if owner.pos_ in _NOMINAL and (lemma in undoing_nouns or lemma in refs.acting_nouns):
            return True
        if not _is(head, partitives) or owner.pos_ not in _QUANTIFIER_POS | _NOMINAL:
            return False
        tok = owner  # "some of the sanctions", "the terms of the deal": the whole's own place
    return False


__all__ = ["BackReferences", "back_reference", "idiom_phrases", "in_idiom"]
