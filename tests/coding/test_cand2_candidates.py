"""Candidate recall of the lexical search (issue 11, cand2): an agentless passive whose subject is no
party reads the sentence's parties as its actor and target (``open-passive``); a directive verb with a
complement clause is a trigger of the search; a reading's targets are the parties nearest its
trigger; operations aimed at a party and ultimatum deadlines are in the lexicon. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from .conftest import candidate_events, candidate_features, find

pytestmark = pytest.mark.model


def test_cand2_open_passive_reads_the_sentences_parties(candidates) -> None:  # noqa: ANN001
    cands = candidates("Ghana restored relations with Mali in 2022, three years after ties were severed.")
    events = candidate_events(cands)
    assert find(events, "SANCTION", actor="GHA", recipient="MLI"), [e.trigger.text for e in events]
    assert "veto=open-passive" in candidate_features(cands, "SANCTION", "GHA", "MLI")


def test_cand2_open_passive_joins_coordinated_parties(candidates) -> None:  # noqa: ANN001
    """Conjuncts are no actor and target of their own joint act, but may be of a passive naming neither."""
    text = "Laos and Cambodia reopened embassies, four years after ties were cut."
    events = candidate_events(candidates(text))
    assert find(events, "SANCTION", actor="LAO", recipient="KHM")


def test_cand2_a_passive_with_a_party_subject_is_not_open(candidates) -> None:  # noqa: ANN001
    """ "Its envoy was expelled": the subject is a party, read by the agentless candidates instead."""
    cands = candidates("Chile said the Bolivian envoy was expelled on Monday.")
    feats = {x for _, f in cands for x in f}
    assert "veto=open-passive" not in feats


def test_cand2_directive_verb_is_a_lexical_trigger(candidates) -> None:  # noqa: ANN001
    """The directive reading needs a target: the lexical search now asks the verb for one."""
    events = candidate_events(
        candidates("Senegal's president flew to Bissau to tell the Guinea-Bissau army to return to barracks.")
    )
    assert any(e.trigger.text == "tell" for e in find(events, "REQUEST", actor="SEN", recipient="GNB"))


def test_cand2_targets_nearest_the_trigger(candidates) -> None:  # noqa: ANN001
    """In a sentence naming many parties, the one next to the trigger is among its targets (the
    first three named in the sentence were before)."""
    events = candidate_events(
        candidates(
            "Peru, Chile, Bolivia and Ecuador have protested, but Venezuela insists its military "
            "operation in Guyana is lawful."
        )
    )
    assert find(events, "ASSAULT", actor="VEN", recipient="GUY"), [e.trigger.text for e in events]


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        ("Turkish jets conducted an operation against the PKK in the mountains.", "ASSAULT", "TUR", "PKK"),
        ("Nigeria began a bombing campaign against Boko Haram camps.", "ASSAULT", "NGA", "BOKO-HARAM"),
        ("The bloc gave Gabon's junta two weeks to set an election date.", "REQUEST", None, "GAB"),
    ],
)
def test_cand2_lexicon_classes(candidates, text: str, category: str, actor, recipient: str) -> None:  # noqa: ANN001
    events = candidate_events(candidates(text))
    assert find(events, category, actor=actor, recipient=recipient) or find(
        events, category, actor=recipient
    ), [(e.category, e.trigger.text, [a.code for a in e.actors]) for e in events]


def test_cand2_a_campaign_against_inflation_is_no_assault(candidates) -> None:  # noqa: ANN001
    events = candidate_events(candidates("Poland's central bank ran a long campaign against inflation."))
    assert not find(events, "ASSAULT")


def test_cand2_a_sentence_naming_no_party_takes_an_implied_actor(candidates) -> None:  # noqa: ANN001
    """A trigger in a sentence that names no party is read with the earlier subject as its actor."""
    cands = candidates(
        "Ghana recalled its ambassador from Togo on Monday. Army chiefs are to meet on Friday."
    )
    assert find(candidate_events(cands), "CONSULT", actor="GHA"), [e.trigger.text for e, _ in cands]
    feats = {x for e, f in cands if e.category == "CONSULT" for x in f}
    assert "veto=implied-actor" in feats


def test_cand2_a_sentence_with_a_party_takes_no_implied_actor(candidates) -> None:  # noqa: ANN001
    cands = candidates(
        "Ghana recalled its ambassador from Togo on Monday. Benin's army chiefs will meet on Friday."
    )
    feats = {x for _, f in cands for x in f}
    assert "veto=implied-actor" not in feats


def test_cand2_a_maker_owns_nothing_its_products_do(code_text) -> None:  # noqa: ANN001
    """An infinitive hung on a noun ("drones … to strike X") takes the noun's owner as its actor,
    but a maker's participle names no owner (roles._owner)."""
    events = code_text(
        "The Chinese-made drones that Ethiopia flew on Monday to strike Tigray's towns were downed."
    )
    assert not find(events, "ASSAULT", actor="CHN")
