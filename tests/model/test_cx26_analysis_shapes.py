"""(cx26) General readings from a fresh dev part in the early analysis style (part_69).

A sentence opening with "it" or "the government" whose first verb is coordinated with the transfer's
cue ("The government retired its jets in 2020 and sold eight of them to Peru") is the article's
country's act (``transfers.pronoun_coordinated``); a country named only as a maker ("its
French-built jets") is no party that would block that reading, and neither is it the supplier of a
system its owner gives away ("its retired American-built tanks went to Ukraine", ``_maker_supplier``).

A date that ends the first of two coordinated verbs belongs to that verb ("retired … in 2020 and
sold …": ``transfers.conjunct_after_date``); the second act takes a date of its own when it has one.

"suggests that" is a reading of evidence, no offer; "a saga going back to 2013" names no year an
agreement runs until (``agreements.until``)."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields, stepped_transfers

_DAY = dt.date(2025, 6, 4)


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    return stepped_transfers(analyzer, text, _DAY)


def test_cx26_the_government_of_a_coordinated_first_verb_gives_the_system(analyzer) -> None:  # noqa: ANN001
    text = (
        "Portugal rarely talks about its exports. "
        "The government withdrew its American-built F-16 jets in 2018 and sold six of them to Chad."
    )
    rows = _transfers(analyzer, text)
    assert rows
    assert {(r["supplier"], r["recipient"]) for r in rows} == {("PRT", "TCD")}


def test_cx26_a_country_named_before_the_coordinated_cue_still_wins(analyzer) -> None:  # noqa: ANN001
    text = "Portugal is discreet. It withdrew its F-16s in 2018 and Spain sold six jets to Chad."
    rows = _transfers(analyzer, text)
    assert {r["supplier"] for r in rows} == {"ESP"}


def test_cx26_an_owner_not_the_maker_gives_its_retired_systems(analyzer) -> None:  # noqa: ANN001
    text = "Norway is generous. Its retired American-built M109 guns, 24 of them, went to Latvia in 2023."
    rows = _transfers(analyzer, text)
    assert [(r["supplier"], r["recipient"], r["status"]) for r in rows] == [("NOR", "LVA", "delivered")]


def test_cx26_a_system_its_maker_sends_keeps_the_maker_as_supplier(analyzer) -> None:  # noqa: ANN001
    text = "Russia is a big exporter. Its Su-35 jets went to Egypt in 2020."
    rows = _transfers(analyzer, text)
    assert [(r["supplier"], r["recipient"]) for r in rows] == [("RUS", "EGY")]


def test_cx26_the_date_of_a_first_coordinated_verb_is_not_the_seconds(analyzer) -> None:  # noqa: ANN001
    undated = "Chile ordered 12 Leopard tanks from Germany in 2019 and received them without fuss."
    dated = "Chile ordered 12 Leopard tanks from Germany in 2019 and received them in 2022."
    (a,) = _transfers(analyzer, undated)
    (b,) = _transfers(analyzer, dated)
    assert a["status"] == b["status"] == "delivered"
    assert "date" not in a or not str(a["date"]).startswith("2019")
    assert str(b["date"]).startswith("2022")


def test_cx26_a_single_verb_keeps_its_date(analyzer) -> None:  # noqa: ANN001
    (row,) = _transfers(analyzer, "Chile received 12 Leopard tanks from Germany in 2019.")
    assert str(row["date"]).startswith("2019")


def test_cx26_suggests_that_is_no_offer(analyzer) -> None:  # noqa: ANN001
    text = "Iran has not sold any Shahed drones to Mali. Yet the episode suggests that rumours travel fast."
    assert all(r["status"] != "offered" for r in _transfers(analyzer, text))
    offer = "Iran has suggested supplying Shahed drones to Mali."
    assert [r["status"] for r in _transfers(analyzer, offer)] == ["offered"]


def test_cx26_a_saga_going_back_to_a_year_is_no_term(analyzer) -> None:  # noqa: ANN001
    text = (
        "Chile and Spain signed a contract in Madrid on 3 March for two frigates, "
        "a deal that closes a search going back to 2015."
    )
    agreements = claim_fields(analyzer, text, "agreement", _DAY)
    assert agreements
    assert all(a.get("until_year") is None for a in agreements)
    lasting = claim_fields(
        analyzer, "Chile and Spain signed a pact in Madrid that runs to 2035.", "agreement", _DAY
    )
    assert any(a.get("until_year") == 2035 for a in lasting)


def test_cx26_a_cue_in_a_later_in_which_clause_is_not_the_systems_step(analyzer) -> None:  # noqa: ANN001
    text = (
        "Peru's order of eight K9 howitzers from South Korea, signed on 2 May, ends a decade "
        "in which Andean armies learned to buy whatever was cheap."
    )
    rows = _transfers(analyzer, text)
    assert [(r["supplier"], r["recipient"], r["status"]) for r in rows] == [("KOR", "PER", "ordered")]


def test_cx26_what_an_agreement_allows_is_no_transfer(analyzer) -> None:  # noqa: ANN001
    allowed = "Fiji and Australia signed a pact on Monday. The pact allows Australia to donate patrol boats."
    pronoun = "Fiji and Australia signed a pact, and it lets Australia donate patrol boats."
    assert _transfers(analyzer, allowed) == []
    assert _transfers(analyzer, pronoun) == []


def test_cx26_a_transfer_under_an_agreement_or_a_states_it_stays(analyzer) -> None:  # noqa: ANN001
    under = "Australia will donate patrol boats to Fiji under the pact."
    state = "Germany changed its rules, and it allows Poland to send Leopard tanks to Ukraine."
    assert [r["supplier"] for r in _transfers(analyzer, under)] == ["AUS"]
    assert _transfers(analyzer, state)


def test_cx26_it_opening_an_object_relative_stands_for_the_articles_country(analyzer) -> None:  # noqa: ANN001
    text = "Chile sent M109s to Bolivia. Critics say the NASAMS batteries it ordered from Norway are late."
    rows = {(r["supplier"], r["recipient"], r["status"]) for r in _transfers(analyzer, text)}
    assert ("NOR", "CHL", "ordered") in rows
    assert ("NOR", "BOL", "ordered") not in rows
