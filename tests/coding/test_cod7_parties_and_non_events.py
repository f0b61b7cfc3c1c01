"""Issue 11 (cod7): parties a candidate must not take and acts that are no events. What a meeting is
about, however deep in the phrase of the discussing verb ("met X to discuss a plan to end the war in
Y"), is no party of the meeting; the subject of a condition ("what X would do if Y struck") is no
implied partner of a cooperative act; declining to comment or to elaborate refuses no one. Sentences
written for these tests."""

from __future__ import annotations

from .conftest import candidate_events, find


def _recipients(events, category: str) -> set[str | None]:  # noqa: ANN001
    return {r.code for e in events if e.category == category for r in e.recipients}


# --- a. the topic of a meeting, deep in its phrase ----------------------------------------------


def test_cod7_party_deep_in_the_discussed_plan_is_no_party(candidates) -> None:  # noqa: ANN001
    events = candidate_events(candidates(
        "The Kenyan president met an Indian envoy in Nairobi on Tuesday to discuss a proposal to end "
        "the fighting in Sudan."
    ))  # fmt: skip
    assert find(events, "CONSULT", actor="KEN", recipient="IND")
    assert "SDN" not in _recipients(events, "CONSULT")


def test_cod7_party_of_an_act_inside_the_topic_stays(candidates) -> None:  # noqa: ANN001
    # the topic holds an act of its own: the attacked party is that act's recipient
    events = candidate_events(candidates(
        "Ghana's foreign minister met the Togolese envoy to discuss the raid Burkinabe troops carried "
        "out on a Togolese village."
    ))  # fmt: skip
    assert find(events, "CONSULT", actor="GHA", recipient="TGO")


def test_cod7_talks_on_a_plan_keep_the_topic_out(candidates) -> None:  # noqa: ANN001
    events = candidate_events(candidates(
        "Chile's foreign minister held talks with a South Korean envoy about a plan to reopen shipping "
        "routes through Egyptian waters."
    ))  # fmt: skip
    assert find(events, "CONSULT", actor="CHL", recipient="KOR")
    assert "EGY" not in _recipients(events, "CONSULT")


# --- b. the subject of a condition is no partner ------------------------------------------------

_CONDITION = (
    "Norway warned that it would respond if Russian forces crossed into its waters. "
    "Norwegian officials pointed to the defence agreement that Oslo ratified in 2021, but the text does "
    "not oblige Denmark to send ships."
)


def test_cod7_condition_subject_is_no_implied_partner_of_a_ratification(candidates) -> None:  # noqa: ANN001
    events = candidate_events(candidates(_CONDITION))
    ratified = [e for e in events if e.trigger.text == "ratified"]
    assert ratified
    # the condition's subject is not offered as the partner who acted just before
    assert not [e for e in ratified if any("(previous-subject)" in x for x in e.explanation)]


def test_cod7_condition_subject_is_still_the_target_of_a_countermeasure(candidates) -> None:  # noqa: ANN001
    events = candidate_events(candidates(
        "Peru said a second package of duties would follow unless Chile lifted its levies. "
        "Peru's trade minister said the government would announce its own countermeasures on Monday."
    ))  # fmt: skip
    assert find(events, "SANCTION", actor="PER", recipient="CHL")


# --- c. declining to comment --------------------------------------------------------------------


def test_cod7_declining_to_comment_is_no_rejection(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "Uganda accused Kenya of blocking fuel trucks at the border. Kenya's foreign ministry declined "
        "to comment on the charge."
    )
    assert find(events, "ACCUSE", actor="UGA", recipient="KEN")
    assert not find(events, "REJECT")


def test_cod7_refusing_to_elaborate_is_no_rejection(candidates) -> None:  # noqa: ANN001
    events = candidate_events(candidates(
        "Uganda accused Kenya of blocking fuel trucks. Kenyan officials refused to elaborate."
    ))  # fmt: skip
    assert not [e for e in find(events, "REJECT") if e.sentence_index == 1]


def test_cod7_refusing_a_demand_is_still_a_rejection(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "Uganda demanded compensation from Kenya. Kenya refused the Ugandan demand, commenting only "
        "that the trucks had been inspected."
    )
    assert find(events, "REJECT", actor="KEN", recipient="UGA")


# --- d. a standing stance -------------------------------------------------------------------------


def test_cod7_present_non_recognition_is_a_standing_relation(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "Canada, which does not recognise the junta's election, imposed new sanctions on Myanmar on Friday."
    )
    assert find(events, "SANCTION", actor="CAN", recipient="MMR")
    assert not [e for e in events if e.trigger.text.startswith("recogni")]


def test_cod7_present_recognition_is_a_standing_relation(code_text) -> None:  # noqa: ANN001
    assert not [
        e for e in code_text("Paraguay still recognises Taiwan.") if e.trigger.text.startswith("recogni")
    ]


def test_cod7_past_or_refused_recognition_stays_an_act(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "Spain recognised Palestine last May. Honduras refused to recognise the vote in Nicaragua."
    )
    assert find(events, "SUPPORT", actor="ESP", recipient="PSE")
    assert find(events, "REJECT", actor="HND", recipient="NIC")


def test_cod7_perfect_recognition_stays_an_act(code_text) -> None:  # noqa: ANN001
    assert find(
        code_text("Spain has recognised Palestine as a state."), "SUPPORT", actor="ESP", recipient="PSE"
    )


# --- e. a meeting's partner is not found in another adverbial clause ------------------------------


def test_cod7_party_of_an_adverbial_clause_is_no_partner_of_a_visit(candidates) -> None:  # noqa: ANN001
    events = candidate_events(candidates(
        "Kenya's visit on Monday, its first to Ethiopia in a decade, comes as Egyptian forces push for "
        "gains in Sudan's north."
    ))  # fmt: skip
    visits = [e for e in events if e.trigger.text == "visit"]
    assert find(visits, "CONSULT", actor="KEN", recipient="ETH")
    assert not find(visits, "CONSULT", actor="KEN", recipient="EGY")


def test_cod7_reaction_keeps_the_party_of_its_adverbial_clause(candidates) -> None:  # noqa: ANN001
    # not a meeting: a condemnation may answer the act told in its own adverbial clause
    events = candidate_events(
        candidates("Kenya condemned the raid after Somali troops seized a border town.")
    )
    assert find(events, "ACCUSE", actor="KEN", recipient="SOM")
