"""Issue 11 (event precision on real news, cod6): labelling someone ("called the leader the head of a
gang", "described him as a tyrant"), a maker's or backer's hyphenated participle ("Chinese-built
vehicles"), a preposition after a verb's object ("did not stop X in Y"), views held in common ("share
a view"), readied pressure ("ready to use every tool against X"), the party blamed in a grievance
phrase ("over its attacks") and relative clauses in the lexical search. Sentences written for these
tests."""

from __future__ import annotations

from .conftest import candidate_events, find


def _cats(events, trigger: str) -> set[str]:  # noqa: ANN001
    return {e.category for e in events if e.trigger.text.startswith(trigger)}


# --- a. labels ----------------------------------------------------------------------------------


def test_cod6_label_as_apposition_is_a_judgement_not_a_call(code_text) -> None:  # noqa: ANN001
    events = code_text("The Bolivian president called the Peruvian leader the boss of a criminal gang.")
    assert _cats(events, "called") == {"ACCUSE"}
    assert find(events, "ACCUSE", actor="BOL")


def test_cod6_apposition_after_a_comma_is_no_label(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "The Bolivian president called the Peruvian leader, the head of the government, on Monday."
    )
    assert "ACCUSE" not in _cats(events, "called")


def test_cod6_described_as_a_pejorative_label_accuses(code_text) -> None:  # noqa: ANN001
    events = code_text("The Danish premier described the Belarusian ruler as a tyrant.")
    assert find(events, "ACCUSE", actor="DNK", recipient="BLR")


def test_cod6_described_as_a_neutral_label_is_no_event(code_text) -> None:  # noqa: ANN001
    assert not _cats(
        code_text("The Danish premier described the Belarusian proposal as useful."), "described"
    )


def test_cod6_own_operation_described_is_no_accusation(code_text) -> None:  # noqa: ANN001
    events = code_text("Kenya ended what Nairobi described as an anti-terrorist operation near Somalia.")
    assert "ACCUSE" not in _cats(events, "described")


# --- b. makers -------------------------------------------------------------------------------------


def test_cod6_maker_is_no_recipient(candidates) -> None:  # noqa: ANN001
    events = candidate_events(candidates("Chad deployed Chinese-built armoured vehicles near the border."))
    assert find(events, "MOBILIZE", actor="TCD")
    assert not [e for e in events if "CHN" in {a.code for a in (*e.actors, *e.recipients)}]


def test_cod6_supplier_is_no_party_of_the_receipt(code_text) -> None:  # noqa: ANN001
    events = code_text("Egypt received French-supplied fighter jets last year.")
    assert not [e for e in events if "FRA" in {a.code for a in (*e.actors, *e.recipients)}]


def test_cod6_descriptive_participle_is_no_trigger(candidates) -> None:  # noqa: ANN001
    events = candidate_events(
        candidates("Sudan bought laser-guided bombs and shoulder-fired rockets from Belarus.")
    )
    assert not [e for e in events if e.trigger.text in ("guided", "fired")]


# --- c. a preposition after the object ---------------------------------------------------------------


def test_cod6_preposition_after_the_object_is_no_phrasal_visit(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "It did not save the regime, and it did not stop Armenia in the north, an analyst said."
    )
    assert "CONSULT" not in {e.category for e in events}


def test_cod6_stop_in_right_after_the_verb_stays_a_visit(code_text) -> None:  # noqa: ANN001
    events = code_text("The Japanese foreign minister stopped in Lisbon on his way to Rabat.")
    assert "CONSULT" in _cats(events, "stopped")


# --- f. views held in common --------------------------------------------------------------------


def test_cod6_shared_view_is_no_cooperation(code_text) -> None:  # noqa: ANN001
    events = code_text("Chile and Peru share a dim view of the Bolivian proposal.")
    assert "COOPERATE" not in {e.category for e in events}


def test_cod6_shared_intelligence_stays_cooperation(code_text) -> None:  # noqa: ANN001
    assert find(code_text("Chile and Peru share intelligence on smuggling gangs."), "COOPERATE")


# --- g. readied pressure -----------------------------------------------------------------------


def test_cod6_ready_to_use_every_tool_is_a_threat(code_text) -> None:  # noqa: ANN001
    events = code_text("Japan is ready to use every tool against North Korea, the minister said.")
    threats = find(events, "THREATEN", actor="JPN", recipient="PRK")
    assert threats and threats[0].modality == "asserted"


# --- d. the party blamed -------------------------------------------------------------------------


def test_cod6_possessor_over_the_grievance_is_the_target(code_text) -> None:  # noqa: ANN001
    events = code_text("Britain sanctioned Tehran over its drone attacks on Saudi Arabia.")
    assert find(events, "SANCTION", actor="GBR", recipient="IRN")
    assert find(events, "ASSAULT", actor="IRN")
    assert not find(events, "ASSAULT", actor="GBR")


def test_cod6_weighed_act_does_not_make_its_grounds_hypothetical(code_text) -> None:  # noqa: ANN001
    events = code_text("Britain is weighing sanctions on Tehran over its drone attacks on Saudi Arabia.")
    (sanction,) = find(events, "SANCTION", actor="GBR")
    assert sanction.modality == "hypothetical"
    attacks = find(events, "ASSAULT", actor="IRN")
    assert attacks and attacks[0].modality == "asserted"


def test_cod6_indefinite_grounds_stay_in_scope(code_text) -> None:  # noqa: ANN001
    events = code_text("Britain could impose sanctions on Russia over an invasion of Moldova.")
    assert all(e.modality != "asserted" for e in events if e.category == "ASSAULT")


# --- e. relative clauses in the lexical search ------------------------------------------------------


def test_cod6_relative_clause_subject_is_no_actor_of_the_main_verb(candidates) -> None:  # noqa: ANN001
    events = candidate_events(candidates("The mediator that Qatar appointed criticised Israel on Sunday."))
    assert not find(events, "ACCUSE", actor="QAT")


def test_cod6_relative_clause_act_keeps_its_antecedent(candidates) -> None:  # noqa: ANN001
    events = candidate_events(candidates("Kenya, which leads the mission, criticised Haiti on Sunday."))
    assert find(events, "ACCUSE", actor="KEN", recipient="HTI")
