"""Statements on fresh text (issue 13, helper ``st2``): a state's department named by its own
name speaks for that state; a role owned by "its"/"their" speaks for the sentence's subject; "called
<object> <complement>" is the caller's statement about the object; a speech verb inside a relative
clause yields to the main clause's verb."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _statements(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 2)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "statement"]


def test_st2_a_state_department_spokesperson_speaks_for_its_state(analyzer) -> None:  # noqa: ANN001
    (found,) = _statements(
        analyzer, "Ghana has received no patrol drones from Israel, a State Department spokesperson said."
    )
    assert found["speaker"] == "USA"
    assert found["text"] == "Ghana has received no patrol drones from Israel"


@pytest.mark.parametrize(
    "text",
    [
        "Romania will order 30 more rocket launchers from the United States, according to its defence "
        "minister.",
        "Romania will order 30 more rocket launchers from the United States, its defence minister said.",
    ],
)
def test_st2_a_role_owned_by_a_pronoun_speaks_for_the_subject(analyzer, text: str) -> None:  # noqa: ANN001
    (found,) = _statements(analyzer, text)
    assert found["speaker"] == "ROU"
    assert found["text"] == "Romania will order 30 more rocket launchers from the United States"


def test_st2_calling_an_object_something_is_a_statement_about_it(analyzer) -> None:  # noqa: ANN001
    (found,) = _statements(analyzer, "Slovakia called the new tariffs unlawful and discriminatory.")
    assert found["speaker"] == "SVK"
    assert found["text"] == "the new tariffs unlawful and discriminatory"


@pytest.mark.parametrize(
    "text",
    [
        "Portugal called a meeting of its security council for Friday.",
        "Portugal called up 3,000 reservists on Friday.",
        "Portugal called for a ceasefire on Friday.",
    ],
)
def test_st2_calling_a_meeting_or_reservists_says_nothing(analyzer, text: str) -> None:  # noqa: ANN001
    assert _statements(analyzer, text) == []


def test_st2_a_speech_verb_in_a_relative_clause_yields_to_the_main_verb(analyzer) -> None:  # noqa: ANN001
    text = (
        "The shells that Sofia says it shipped to Kyiv never arrived, a spokeswoman for the Ukrainian "
        "navy told reporters."
    )
    (found,) = _statements(analyzer, text)
    assert found["speaker"] == "UKR"
    assert found["text"] == "The shells that Sofia says it shipped to Kyiv never arrived"


def test_st2_an_attribution_inside_a_phrase_vouches_for_a_detail_only(analyzer) -> None:  # noqa: ANN001
    text = "Romania's rocket launcher order, 30 units according to the ministry, is still unfilled."
    assert _statements(analyzer, text) == []


def test_st2_a_shared_demonym_speaks_for_the_one_nation_the_sentence_names(analyzer) -> None:  # noqa: ANN001
    (found,) = _statements(
        analyzer,
        "Korean officials said the second batch of trainer jets for Iraq would leave South Korea in June.",
    )
    assert found["speaker"] == "KOR"
    # the actor stage reads the shared demonym by the article now (amb): a resolved country
    # mention, named like any demonym speaker ("Russian officials" → "Russia")
    assert found["speaker_name"] == "South Korea"


def test_st2_a_shared_demonym_with_no_nation_named_stays_unresolved(analyzer) -> None:  # noqa: ANN001
    assert _statements(analyzer, "Korean officials said the second batch would leave in June.") == []


def test_st2_a_shared_demonym_after_according_to(analyzer) -> None:  # noqa: ANN001
    text = "Seoul's yards have built two tankers for the Peruvian navy, according to Korean officials."
    (found,) = _statements(analyzer, text)
    assert found["speaker"] == "KOR"


def test_st2_a_ministry_at_its_capital_speaks_for_that_state(analyzer) -> None:  # noqa: ANN001
    text = "Italy has offered four patrol boats to Tunisia, the defence ministry in Rome said on Monday."
    (found,) = _statements(analyzer, text)
    assert found["speaker"] == "ITA"


def test_st2_a_ministry_official_is_no_anonymous_voice(analyzer) -> None:  # noqa: ANN001
    text = "ROME — Italy has not sold any patrol boats to Libya, a defence ministry official said on Monday."
    (found,) = _statements(analyzer, text)
    assert found["speaker"] == "ITA"


@pytest.mark.parametrize(
    "text",
    [
        "The Italian ministry would not say whether more patrol boats would follow.",
        "Italy's navy chief declined to say what the patrol boats had cost.",
    ],
)
def test_st2_an_open_question_is_no_statement(analyzer, text: str) -> None:  # noqa: ANN001
    assert _statements(analyzer, text) == []
