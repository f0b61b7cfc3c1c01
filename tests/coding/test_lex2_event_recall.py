"""Issue 11 (event recall): sanctions named by their effect, holding a party to account, replies
announced in advance, and acts named by a hyphenated participle ("an EU-sanctioned oligarch").
Sentences written for these tests; categories from the PLOVER manual and the news guidelines."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _coded(events: list, category: str) -> set[tuple[frozenset[str], frozenset[str]]]:  # noqa: ANN001
    """(actor codes, recipient codes) of the events of ``category``."""
    return {
        (frozenset(a.code for a in e.actors), frozenset(r.code for r in e.recipients))
        for e in events
        if e.category == category
    }


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Latvia closed its airspace to Belarusian airlines on Sunday.", "LVA", "BLR"),
        ("Latvia banned Belarusian planes from its airspace.", "LVA", "BLR"),
        ("The African Union imposed a no-fly zone over Sudan.", "AU", "SDN"),
        ("Chile revoked the accreditation of three Peruvian reporters.", "CHL", "PER"),
        ("Japan imposed an export ban on South Korea last week.", "JPN", "KOR"),
        ("Ottawa suspended the licences of two Iranian shipping firms.", "CAN", "IRN"),
        ("Senegal ousted a Gambian diplomat on Monday.", "SEN", "GMB"),
    ],
)
def test_lex2_sanction_named_by_its_effect(code_text, text: str, actor: str, recipient: str) -> None:  # noqa: ANN001
    coded = _coded(code_text(text), "SANCTION")
    assert any(actor in a and recipient in r for a, r in coded), coded


def test_lex2_land_border_closure_stays_coercion_with_a_sanction_reading(code_text, candidates) -> None:  # noqa: ANN001
    """PLOVER codes restricting the movement of people or goods as COERCE `restrict`; the learned
    stage still sees the SANCTION reading of the closure."""
    text = "Malawi ordered the closure of its land border with Zambia."
    assert (frozenset({"MWI"}), frozenset({"ZMB"})) in _coded(code_text(text), "COERCE")
    cats = {e.category for e, _ in candidates(text) if e.trigger.text == "closure"}
    assert {"COERCE", "SANCTION"} <= cats, cats


def test_lex2_held_responsible_is_an_accusation(code_text) -> None:  # noqa: ANN001
    events = code_text("Bolivia held Paraguay responsible for the bombing of the pipeline.")
    assert (frozenset({"BOL"}), frozenset({"PRY"})) in _coded(events, "ACCUSE")


def test_lex2_held_accountable_is_an_accusation(code_text) -> None:  # noqa: ANN001
    events = code_text("Bolivia held Paraguay accountable for the sabotage.")
    assert (frozenset({"BOL"}), frozenset({"PRY"})) in _coded(events, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Tehran vowed a decisive response to any Israeli strike.",
        "Tehran warned Israel that there would be serious consequences.",
    ],
)
def test_lex2_announced_reply_is_a_threat(code_text, text: str) -> None:  # noqa: ANN001
    coded = _coded(code_text(text), "THREATEN")
    assert any("IRN" in a for a, _ in coded), coded


def test_lex2_bare_response_is_no_threat(code_text) -> None:  # noqa: ANN001
    events = code_text("Tehran studied the response of Israel to the proposal.")
    assert not _coded(events, "THREATEN")


def test_lex2_hyphenated_sanctioner_acts_on_the_named_party(code_text) -> None:  # noqa: ANN001
    events = code_text("Hezbollah, a US-sanctioned Lebanese group, fired rockets at Israel.")
    assert (frozenset({"USA"}), frozenset({"HEZBOLLAH"})) in _coded(events, "SANCTION")


def test_lex2_hyphenated_participle_of_approval_names_no_party(code_text) -> None:  # noqa: ANN001
    """ "a UN-sanctioned mission": an authorised mission, no party sanctioned (no frame)."""
    events = code_text("Kenya joined a UN-sanctioned mission in Haiti.")
    assert not any("UN" in a for a, _ in _coded(events, "SANCTION"))


def test_lex2_standing_relation_participle_is_no_act(code_text) -> None:  # noqa: ANN001
    """ "an Iran-backed militia" states a standing relation (news guidelines §2): no SUPPORT."""
    events = code_text("Hezbollah, an Iran-backed Lebanese group, fired rockets at Israel.")
    assert not any("IRN" in a for a, _ in _coded(events, "SUPPORT"))


def test_lex2_speaker_accuses_the_party_said_to_be_responsible(code_text) -> None:  # noqa: ANN001
    events = code_text("Quito said Lima was responsible for the sabotage of the pipeline.")
    assert (frozenset({"ECU"}), frozenset({"PER"})) in _coded(events, "ACCUSE")
    assert not any("PER" in a for a, _ in _coded(events, "ACCUSE"))


def test_lex2_claiming_responsibility_accuses_no_one(code_text) -> None:  # noqa: ANN001
    events = code_text("The rebel group said it was responsible for the ambush near Goma.")
    assert not _coded(events, "ACCUSE")


def test_lex2_responsible_party_is_not_an_accuser(code_text) -> None:  # noqa: ANN001
    """ "Y is responsible for …" said by no one: Y is no accuser (the adjective describes Y)."""
    events = code_text("Norway is responsible for the security of the conference in Oslo.")
    assert not _coded(events, "ACCUSE")


def test_lex2_allegation_is_aimed_at_the_subject_of_its_clause(code_text) -> None:  # noqa: ANN001
    events = code_text("Caracas alleged that Bogota had trained the militants.")
    assert (frozenset({"VEN"}), frozenset({"COL"})) in _coded(events, "ACCUSE")
