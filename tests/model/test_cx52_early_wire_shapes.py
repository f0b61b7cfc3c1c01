"""(cx52) Shapes of long wire copy with datelines and follow-up articles:

* a figure hyphenated to its scale and a currency other than the dollar before the noun it
  qualifies ("a 2.6-billion-euro deal") is the agreement's value in that currency;
* "crew" before a noun it qualifies ("a deal that includes crew training") is no verb of operating;
* a step participle inside a comparison with another figure ("bought 12, fewer than the 20 cleared
  by Washington") tells that figure's step, not the sentence's;
* "all" before a count and a reference noun ("will deliver all five ships") names the system the
  article named before, as "the five ships" does."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields, stepped_transfers

_DAY = dt.date(2025, 11, 20)


def _values(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    return [
        (f.get("value"), f.get("value_currency"))
        for f in claim_fields(analyzer, text, "agreement", _DAY)
        if f.get("value") is not None
    ]


def _steps(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return sorted(
        (f.get("status"), f.get("supplier"), f.get("recipient"), f.get("quantity"))
        for f in stepped_transfers(analyzer, text, _DAY)
    )


def test_cx52_a_hyphenated_euro_figure_is_the_value(analyzer) -> None:  # noqa: ANN001
    text = "Croatia's 1.8-billion-euro frigate deal with France was signed in Zagreb in October."
    assert _values(analyzer, text) == [(1.8e9, "EUR")]


def test_cx52_a_hyphenated_pound_figure_is_the_value(analyzer) -> None:  # noqa: ANN001
    text = "Norway and Britain signed a 750-million-pound contract for new frigates in Oslo on Monday."
    assert _values(analyzer, text) == [(7.5e8, "GBP")]


def test_cx52_a_hyphenated_dollar_figure_stays_usd(analyzer) -> None:  # noqa: ANN001
    text = "Vietnam signed a 420-million-dollar contract with India for patrol boats in Hanoi on Monday."
    assert _values(analyzer, text) == [(4.2e8, "USD")]


def test_cx52_a_hyphenated_word_that_is_no_currency_gives_no_value(analyzer) -> None:  # noqa: ANN001
    text = "Croatia's 1.8-billion-strong frigate deal with France was signed in Zagreb in October."
    assert _values(analyzer, text) == []


def test_cx52_crew_before_a_noun_is_no_operating_verb(analyzer) -> None:  # noqa: ANN001
    text = (
        "Bulgaria signed a contract with Italy on Tuesday for two patrol ships, in a deal that "
        "includes crew training at Taranto."
    )
    assert _steps(analyzer, text) == [("contracted", "ITA", "BGR", 2.0)]


def test_cx52_crew_as_a_verb_still_operates(analyzer) -> None:  # noqa: ANN001
    text = "Ecuadorian sailors crew the corvettes that Chile sold to Ecuador."
    assert [s[0] for s in _steps(analyzer, text)] == ["operated-by"]


def test_cx52_a_participle_compared_with_another_figure_is_not_the_step(analyzer) -> None:  # noqa: ANN001
    text = (
        "Croatia signed a contract on Monday to buy 8 Black Hawk helicopters from the United States, "
        "fewer than the 14 approved by Washington in May."
    )
    assert _steps(analyzer, text) == [("contracted", "USA", "HRV", 8.0)]


def test_cx52_a_participle_with_its_own_subject_is_still_the_step(analyzer) -> None:  # noqa: ANN001
    text = "The 14 Black Hawk helicopters for Croatia were approved by Washington in May."
    assert [s[0] for s in _steps(analyzer, text)] == ["approved"]


def test_cx52_all_and_a_count_refer_back_to_the_named_system(analyzer) -> None:  # noqa: ANN001
    text = (
        "Work started on the first of six Gowind corvettes for the Egyptian navy at a yard in Lorient, "
        "the ministry said. France will deliver all six ships to Egypt by 2030, officials said."
    )
    rows = [
        (f.get("system_name"), f.get("supplier"), f.get("recipient"), f.get("quantity"), f.get("status"))
        for f in stepped_transfers(analyzer, text, _DAY)
    ]
    assert rows == [("Gowind corvette", "FRA", "EGY", 6.0, "planned")]


def test_cx52_all_without_a_count_refers_to_nothing(analyzer) -> None:  # noqa: ANN001
    text = "Work started on six Gowind corvettes in Lorient. All ships in the port were searched on Monday."
    assert all(f.get("status") != "planned" for f in stepped_transfers(analyzer, text, _DAY))
