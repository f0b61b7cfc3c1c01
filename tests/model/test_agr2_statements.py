"""Statements on fresh text (issue 13, helper ``agr2``): a nation's adjective heading its own
body's name before the verb speaks for that nation ("…, the Chilean state shipyard Asmar said");
a body of listeners after "told" is no content ("told a Senate committee on Monday"); a "that"
after a comma belongs to another clause (", after claims that …"), so the report is the sentence
before the speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _statements(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 3, 14)), text)])
    return [(c.fields.get("speaker"), c.fields.get("text")) for c in a.claims if c.kind == "statement"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Uruguay has taken delivery of two offshore patrol vessels, the Chilean state shipyard Asmar said "
         "on Thursday.", "CHL"),
        ("The first 400 British soldiers have arrived in Tallinn for the spring exercise, the Estonian "
         "Defence Forces said.", "EST"),
    ],
)  # fmt: skip
def test_agr2_a_nation_adjective_heading_its_body_speaks_for_the_nation(
    analyzer,  # noqa: ANN001
    text: str,
    speaker: str,
) -> None:
    (found,) = _statements(analyzer, text)
    assert found[0] == speaker
    assert str(found[1]).endswith(("vessels", "exercise"))


@pytest.mark.parametrize(
    "text",
    [
        "Canada has not sold any armoured trucks to Haiti, a defence minister told the House of Commons "
        "on Tuesday in a written reply.",
        "Canada has not sold any armoured trucks to Haiti, the defence minister told a Senate committee on "
        "Tuesday.",
        "Canada has not sold any armoured trucks to Haiti, the foreign ministry said on Tuesday, after "
        "claims that Canadian trucks were seen in Port-au-Prince.",
    ],
)
def test_agr2_listeners_and_a_later_clause_are_not_what_was_said(analyzer, text: str) -> None:  # noqa: ANN001
    assert _statements(analyzer, text) == [("CAN", "Canada has not sold any armoured trucks to Haiti")]


def test_agr2_a_that_clause_right_after_the_verb_is_still_the_content(analyzer) -> None:  # noqa: ANN001
    text = "Canada said on Tuesday that it had not sold any armoured trucks to Haiti."
    assert _statements(analyzer, text) == [("CAN", "it had not sold any armoured trucks to Haiti")]


def test_agr2_officials_at_a_place_speak_for_its_government(analyzer) -> None:  # noqa: ANN001
    text = "Qatar and Oman signed a port deal on Sunday. The deal has no end date, officials in Muscat said."
    assert _statements(analyzer, text) == [("OMN", "The deal has no end date")]


def test_agr2_a_nation_official_posted_at_a_place_still_speaks_for_the_nation(analyzer) -> None:  # noqa: ANN001
    text = "Oman has not sold patrol boats to Yemen, Iranian officials in Muscat said."
    assert _statements(analyzer, text) == [("IRN", "Oman has not sold patrol boats to Yemen")]


def test_agr2_a_clause_ends_where_another_attribution_starts(analyzer) -> None:  # noqa: ANN001
    text = ("Qatar and Oman signed their port deal on 2 March, a week before Oman announced it, "
            "according to a Qatari official.")  # fmt: skip
    assert _statements(analyzer, text) == [
        ("QAT", "Qatar and Oman signed their port deal on 2 March, a week before Oman announced it")
    ]


def test_agr2_described_listeners_are_no_content(analyzer) -> None:  # noqa: ANN001
    text = (
        "Forty Omani trucks reached Yemen in May, the Yemeni border commander told local reporters on Friday."
    )
    assert [s for _c, s in _statements(analyzer, text)] == ["Forty Omani trucks reached Yemen in May"]


@pytest.mark.parametrize(
    "text",
    [
        "ACCRA — Ghana has not yet ratified its fisheries treaty with Togo, lawmakers said on Tuesday.",
        "ACCRA — Ghana has not yet ratified its fisheries treaty with Togo, the navy chief said on Tuesday.",
        "ACCRA — Ghana has not yet ratified its fisheries treaty with Togo, the foreign minister insisted on "
        "Tuesday.",
    ],
)
def test_agr2_a_state_body_or_an_insisting_official_speaks(analyzer, text: str) -> None:  # noqa: ANN001
    assert _statements(analyzer, text) == [
        ("GHA", "Ghana has not yet ratified its fisheries treaty with Togo")
    ]


def test_agr2_insisting_on_something_is_no_speech(analyzer) -> None:  # noqa: ANN001
    assert _statements(analyzer, "Ghana tends to insist on local assembly when it buys patrol boats.") == []
