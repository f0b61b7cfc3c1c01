"""Issue 11, recipients and actors on real news: a relative pronoun stands for the noun its clause
modifies; a target that only names the actor again is no recipient; a possessive in the object of a
verb with one subject most often means that subject. Invented sentences, the rule coder."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from geowire.actors.coref import antecedent_of_token
from geowire.coding.roles import relative_antecedent
from geowire.lang import load_language
from geowire.types import ActorMention

from .conftest import find

EN = load_language("en")


def _doc(rows: list[tuple[str, str, str, str, int]]) -> Doc:
    words, pos, tags, deps, heads = zip(*rows, strict=True)
    return Doc(spacy.blank("en").vocab, words=list(words), pos=list(pos), tags=list(tags), deps=list(deps),
               heads=list(heads))  # fmt: skip


def test_rcp2_relative_antecedent_is_the_modified_noun() -> None:
    # "Oslo faulted the plan that Lima drafted ."
    doc = _doc([
        ("Oslo", "PROPN", "NNP", "nsubj", 1), ("faulted", "VERB", "VBD", "ROOT", 1),
        ("the", "DET", "DT", "det", 3), ("plan", "NOUN", "NN", "dobj", 1),
        ("that", "PRON", "WDT", "dobj", 6), ("Lima", "PROPN", "NNP", "nsubj", 6),
        ("drafted", "VERB", "VBD", "relcl", 3), (".", "PUNCT", ".", "punct", 1),
    ])  # fmt: skip
    noun = relative_antecedent(doc[4])
    assert noun is not None and noun.text == "plan"
    assert relative_antecedent(doc[0]) is None  # a subject of the main clause is in no relative clause


@pytest.mark.model
def test_rcp2_relative_pronoun_object_is_the_noun_it_modifies(code_text) -> None:  # noqa: ANN001
    events = code_text("Kenya criticised Tanzania's port plan, which Uganda praised on Monday.")
    # "which" is Tanzania's plan: what Uganda praised is Tanzania's
    assert find(events, "SUPPORT", actor="UGA", recipient="TZA")
    assert not find(events, "SUPPORT", actor="UGA", recipient="KEN")


@pytest.mark.model
def test_rcp2_relative_subject_who_passes_its_noun_to_an_infinitive(code_text) -> None:  # noqa: ANN001
    events = code_text("Voters chose Prime Minister Narendra Modi, who has promised to visit Nepal in May.")
    assert find(events, actor="IND", recipient="NPL")  # the visit, or the promise of it


@pytest.mark.model
def test_rcp2_relative_that_is_not_an_earlier_country(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "Ghana voted for the motion. Mali backed a declaration that urged Togo to release the detainees."
    )
    assert not find(events, "REQUEST", actor="GHA")
    assert not find(events, "REQUEST", actor="MLI", recipient="MLI")


@pytest.mark.model
def test_rcp2_own_name_in_a_clause_is_no_recipient(code_text) -> None:  # noqa: ANN001
    events = code_text("The Chilean foreign minister warned that Chile would close the border crossing.")
    assert all({a.code for a in e.actors}.isdisjoint({r.code for r in e.recipients}) for e in events)


@pytest.mark.model
def test_rcp2_own_possession_in_the_object_is_no_recipient(code_text) -> None:  # noqa: ANN001
    events = code_text("Chilean customs officers seized cargoes of Chilean copper bound for Bolivia.")
    assert find(events, "COERCE", actor="CHL")
    assert not find(events, "COERCE", actor="CHL", recipient="CHL")


@pytest.mark.model
def test_rcp2_state_acting_on_its_own_opposition_stays_domestic(code_text) -> None:  # noqa: ANN001
    # PLOVER codes a government's act against its own opposition with its country on both sides
    events = code_text("The Bolivian government detained Bolivian opposition activists at a rally in La Paz.")
    assert find(events, actor="BOL", recipient="BOL")


def test_rcp2_possessive_in_the_object_of_one_subject_is_that_subject() -> None:
    # "Chile recalled its envoy ." after an earlier "Peru": "its" is Chile's (named in the clause)
    doc = _doc([
        ("Chile", "PROPN", "NNP", "nsubj", 1), ("recalled", "VERB", "VBD", "ROOT", 1),
        ("its", "PRON", "PRP$", "poss", 3), ("envoy", "NOUN", "NN", "dobj", 1),
        (".", "PUNCT", ".", "punct", 1),
    ])  # fmt: skip
    peru = ActorMention(-20, -16, "Peru", "country", code="PER", how="country-name")
    chile = ActorMention(0, 5, "Chile", "country", code="CHL", how="country-name")
    found = antecedent_of_token(doc[2], [peru, chile], EN)
    assert found is not None and found.code == "CHL"


@pytest.mark.model
def test_rcp2_both_sides_are_the_two_parties_named_last(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "Guyana and Suriname traded fire across the river on Sunday. "
        "Brazil's foreign minister urged both sides to respect the truce."
    )
    (ev,) = find(events, "REQUEST", actor="BRA")
    assert {r.code for r in ev.recipients} == {"GUY", "SUR"}


@pytest.mark.model
def test_rcp2_the_two_countries_as_subject_are_both_actors(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "Laos and Vietnam reopened a border crossing on Monday. The two countries met in Vientiane on Friday."
    )
    assert any({a.code for a in e.actors} == {"LAO", "VNM"} for e in find(events, "CONSULT"))


@pytest.mark.model
def test_rcp2_the_urging_subject_is_not_one_of_both_sides(code_text) -> None:  # noqa: ANN001
    events = code_text("Qatar and Egypt hosted the talks. Turkey urged both countries to keep mediating.")
    for e in find(events, "REQUEST", actor="TUR"):
        assert "TUR" not in {r.code for r in e.recipients}
        assert {r.code for r in e.recipients} == {"QAT", "EGY"}


@pytest.mark.model
def test_rcp2_phrase_owned_by_a_pronoun_stands_for_its_antecedent(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "Poland's prime minister spoke in Warsaw on Monday. "
        "Austria's criticism of his government has strained relations."
    )
    assert find(events, "ACCUSE", actor="AUT", recipient="POL")


@pytest.mark.model
def test_rcp2_pronoun_owner_pointing_back_at_the_actor_is_no_recipient(code_text) -> None:  # noqa: ANN001
    events = code_text("Chile recalled its ambassador on Friday.")
    assert find(events, actor="CHL")
    assert not find(events, recipient="CHL")


@pytest.mark.model
def test_rcp2_plural_pronoun_stands_for_the_whole_coordination(code_text) -> None:  # noqa: ANN001
    events = code_text("Estonia and Finland said they would send engineers to Moldova.")
    assert any({a.code for a in e.actors} == {"EST", "FIN"} for e in find(events, recipient="MDA"))


@pytest.mark.model
def test_rcp2_singular_pronoun_stays_with_one_party(code_text) -> None:  # noqa: ANN001
    events = code_text("Estonia and Finland met on Monday. Latvia said it would send engineers to Moldova.")
    assert find(events, actor="LVA", recipient="MDA")
    assert all({a.code for a in e.actors} == {"LVA"} for e in find(events, recipient="MDA"))


@pytest.mark.model
def test_rcp2_a_broker_acts_on_both_sides_it_works_between(code_text) -> None:  # noqa: ANN001
    events = code_text("Norway mediated between Colombia and the ELN rebels in Havana.")
    (ev,) = find(events, "CONSULT", actor="NOR")
    assert {r.code for r in ev.recipients} == {"COL", "ELN"}


@pytest.mark.model
def test_rcp2_state_summoning_its_own_workers_stays_domestic(code_text) -> None:  # noqa: ANN001
    # a domestic patient ("workers") of the actor's own country is a domestic event, not a self-loop
    events = code_text(
        "The Angolan government summoned the workers of a Luanda haulage firm over the fuel shortage."
    )
    assert find(events, actor="AGO", recipient="AGO")
