"""Antecedents of possessives, pronouns and descriptions (issue 11): the nearest earlier mention of
a fitting kind, never the subject of the clause whose object holds the possessive.  Hand-built
mentions and parses, no model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from geowire.actors.coref import antecedent, antecedent_of_token, subject_mentions
from geowire.lang import load_language
from geowire.types import ActorMention

EN = load_language("en")

TEXT = "Peru's exports fell. The EU met Chile. Fiji and Laos bought its copper."


def _m(word: str, kind: str, code: str | None, *, nth: int = 0, how: str = "country-name") -> ActorMention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return ActorMention(start, start + len(word), word, kind, code=code, how=how)  # type: ignore[arg-type]


PERU = _m("Peru", "country", "PER")
EU = _m("EU", "igo", "EU", how="org-name")
CHILE = _m("Chile", "country", "CHL")
FIJI = _m("Fiji", "country", "FJI")
LAOS = _m("Laos", "country", "LAO")
MENTIONS = [PERU, EU, CHILE, FIJI, LAOS]
ITS = TEXT.index("its")


def test_coref_nearest_earlier_mention_of_a_fitting_kind() -> None:
    assert antecedent(MENTIONS, ITS, EN, word="its") == LAOS
    assert antecedent(MENTIONS, ITS, EN, word="The  Bloc") == EU
    assert antecedent(MENTIONS, ITS, EN, word="the kingdom") == LAOS
    assert antecedent(MENTIONS, TEXT.index("Chile"), EN, word="the country") == PERU


def test_coref_excluded_subjects_are_skipped() -> None:
    assert antecedent(MENTIONS, ITS, EN, word="its", exclude=[FIJI, LAOS]) == CHILE
    assert antecedent(MENTIONS, ITS, EN, word="the government", exclude=[FIJI, LAOS, CHILE]) == PERU


def test_coref_nothing_fits() -> None:
    assert antecedent(MENTIONS, ITS, EN, word="the bloc", since=TEXT.index("Chile")) is None
    assert antecedent(MENTIONS, ITS, EN, word="whose") is None
    assert antecedent(MENTIONS, 0, EN, word="its") is None
    assert antecedent(MENTIONS, ITS, EN, word="his") is None


def test_coref_unresolved_and_sector_only_mentions_are_no_antecedents() -> None:
    police = ActorMention(0, 4, "Peru", "country", code="PER", sector="COP", how="sector+place")
    unknown = ActorMention(21, 27, "The EU", "unresolved", code=None)
    assert antecedent([police, unknown], ITS, EN, word="its") is None


def test_coref_person_pronouns_take_people() -> None:
    person = ActorMention(0, 4, "Peru", "person", code="PER", how="person-role@2020-01-01")
    official = ActorMention(21, 27, "The EU", "igo", code="EU", how="person-org-role@2020-01-01")
    assert antecedent([person, official, CHILE], ITS, EN, word="his") == official
    assert antecedent([person, official, CHILE], ITS, EN, word="its") == CHILE


def _parse() -> Doc:
    """The last sentence of TEXT, parsed by hand, as the only sentence of a Doc."""
    rows = [
        ("Fiji", "PROPN", "nsubj", 3), ("and", "CCONJ", "cc", 0), ("Laos", "PROPN", "conj", 0),
        ("bought", "VERB", "ROOT", 3), ("its", "PRON", "poss", 5), ("copper", "NOUN", "dobj", 3),
        (".", "PUNCT", "punct", 3),
    ]  # fmt: skip
    words, pos, deps, heads = zip(*rows, strict=True)
    spaces = [True, True, True, True, True, False, False]
    return Doc(spacy.blank("en").vocab, words=list(words), spaces=spaces, pos=list(pos), deps=list(deps),
               heads=list(heads))  # fmt: skip


@pytest.fixture
def shifted() -> list[ActorMention]:
    """MENTIONS moved so that the hand-parsed sentence starts at offset 0 (earlier ones negative)."""
    base = TEXT.index("Fiji")
    return [
        ActorMention(m.start - base, m.end - base, m.text, m.kind, code=m.code, how=m.how) for m in MENTIONS
    ]


def test_coref_possessive_of_the_object_skips_the_subject(shifted: list[ActorMention]) -> None:
    doc = _parse()
    its = doc[4]
    assert [m.code for m in subject_mentions(its, shifted)] == ["FJI", "LAO"]
    found = antecedent_of_token(its, shifted, EN)
    assert found is not None and found.code == "CHL"


def test_coref_description_token_with_the() -> None:
    rows = [("The", "DET", "det", 1), ("bloc", "NOUN", "nsubj", 2), ("agreed", "VERB", "ROOT", 2)]
    words, pos, deps, heads = zip(*rows, strict=True)
    doc = Doc(spacy.blank("en").vocab, words=list(words), pos=list(pos), deps=list(deps), heads=list(heads))
    earlier = [ActorMention(-10, -8, "EU", "igo", code="EU", how="org-name")]
    assert antecedent_of_token(doc[1], earlier, EN) == earlier[0]
    assert antecedent_of_token(doc[2], earlier, EN) is None  # "agreed" is no anaphor
