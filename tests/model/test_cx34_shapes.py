"""(cx34) Left-over shapes of the transfer and agreement grammar, in the project's own sentences.

Agreements: "<X>'s <goods> deal with <Y>" names an agreement of X and Y even with no act told.
Transfers: a manner denied after the object ("did not deliver the guns to Belgium on time; they
arrived in June") and "…, but were finally handed over" are late deliveries, not denied ones; "the
clearance of <n> missiles for <capital>" is an approval for the capital's country; "the rest will
follow" adds no transfer; two signers are ranked by the maker when one is known. Contradictions:
one unknown system named by a designation and two head nouns is one record; one contract told with
two written years is a date dispute."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields, contradiction_pairs, stepped_transfers

_DAY = dt.date(2025, 6, 4)


def _rows(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return [
        (r.get("supplier"), r.get("recipient"), r.get("quantity"), r.get("status"), bool(r.get("negated")))
        for r in stepped_transfers(analyzer, text, _DAY)
    ]


def _parties(analyzer, text: str) -> list[list[str]]:  # noqa: ANN001
    return [sorted(map(str, f["parties"])) for f in claim_fields(analyzer, text, "agreement", _DAY)]  # type: ignore[call-overload]


def test_cx34_possessed_deal_with_a_counterpart_is_an_agreement(analyzer) -> None:  # noqa: ANN001
    assert _parties(analyzer, "Chile's frigate deal with Britain has drawn criticism from senators.") == [
        ["CHL", "GBR"]
    ]
    text = "Estonia's air-defence contract with Germany has been delayed by a shortage of missiles."
    assert _parties(analyzer, text) == [["DEU", "EST"]]
    # no counterpart named after "with": no particular agreement of two states
    assert _parties(analyzer, "Chile's frigate deal has drawn criticism from senators.") == []
    assert _parties(analyzer, "Chile's frigate deal with the shipyard has drawn criticism.") == []


def test_cx34_late_delivery_with_the_manner_after_the_object(analyzer) -> None:  # noqa: ANN001
    late = "France did not deliver the first eight Caesar howitzers to Belgium on time; they arrived in June."
    assert _rows(analyzer, late) == [("FRA", "BEL", 8.0, "delivered", False)]
    denied = "France did not deliver the first eight Caesar howitzers to Belgium in June."
    assert _rows(analyzer, denied) == [("FRA", "BEL", 8.0, "delivered", True)]
    # a new subject after the manner: no delivery told
    other = (
        "France did not deliver eight Caesar howitzers to Belgium on time, and Belgium cancelled the order."
    )
    assert all(r[3] != "delivered" or r[4] for r in _rows(analyzer, other))


def test_cx34_but_were_finally_handed_over_is_no_condition(analyzer) -> None:  # noqa: ANN001
    text = (
        "The first eight CAESAR howitzers for Belgium were not delivered on time, "
        "but were finally handed over by France in June."
    )
    assert _rows(analyzer, text) == [("FRA", "BEL", 8.0, "delivered", False)]
    # an inverted condition still opens its sentence with a capital "Were"
    cond = "Were France to deliver eight CAESAR howitzers to Belgium, the army would retire its old guns."
    assert _rows(analyzer, cond) == []


def test_cx34_clearance_for_a_capital(analyzer) -> None:  # noqa: ANN001
    text = "The clearance of 40 AIM-120D missiles for Oslo was announced by the State Department in October."
    assert _rows(analyzer, text) == [("USA", "NOR", 40.0, "approved", False)]
    assert _rows(analyzer, "The clearance of the airfield for civilian flights took a year.") == []


def test_cx34_the_rest_will_follow_adds_no_transfer(analyzer) -> None:  # noqa: ANN001
    head = "Spain delivered four Piranha vehicles to Ghana in May. "
    for tail in ("The remaining vehicles will follow later this year.", "The rest will follow later."):
        assert _rows(analyzer, head + tail) == [("ESP", "GHA", 4.0, "delivered", False)]


def test_cx34_two_signers_ranked_by_the_maker(analyzer) -> None:  # noqa: ANN001
    for text in (
        "Romania and South Korea signed a deal for 54 K9 howitzers in July.",
        "South Korea and Romania signed a deal for 54 K9 howitzers in July.",
    ):
        assert _rows(analyzer, text) == [("KOR", "ROU", 54.0, "contracted", False)]


def test_cx34_unranked_signers_ranked_by_the_place_of_building(analyzer) -> None:  # noqa: ANN001
    # no maker known: the town the text says the goods are built in ranks the two signers, in either order
    deal = "signed a deal on Tuesday for 40 Zarko armoured vehicles. They will be built in Kassel."
    for pair in ("Germany and Slovenia", "Slovenia and Germany"):
        assert _rows(analyzer, f"{pair} {deal}") == [("DEU", "SVN", 40.0, "contracted", False)]
    # a town of the other signer: that signer builds and sells
    other = (
        "Germany and Slovenia signed a deal for 40 Zarko armoured vehicles. They will be built in Maribor."
    )
    assert _rows(analyzer, other) == [("SVN", "DEU", 40.0, "contracted", False)]


def test_cx34_one_designation_two_head_nouns_is_one_record() -> None:
    first = (
        "BUCHAREST — Twenty TABC-79 armoured personnel carriers were handed over to Serbia by Romania in May."
    )
    same = "Romania delivered twenty TABC-79 vehicles to Serbia in May, officials in Belgrade said."
    other = "Romania delivered two dozen TABC-79 vehicles to Serbia in May, officials in Belgrade said."
    assert contradiction_pairs([("a1", "2025-06-02", first), ("a2", "2025-06-05", same)]) == frozenset()
    assert ("a1", "a2", "quantity") in contradiction_pairs(
        [("a1", "2025-06-02", first), ("a2", "2025-06-05", other)]
    )


def test_cx34_one_contract_two_written_years() -> None:
    first = "Chile signed a contract with Sweden for 16 Archer howitzers in 2021, the army said."
    later = "Chile bought its 16 Archer howitzers from Sweden under a contract signed in 2020."
    found = contradiction_pairs([("g1", "2025-01-10", first), ("g2", "2025-03-10", later)])
    assert ("g1", "g2", "date") in found


def test_cx34_a_partner_with_the_buyer_is_no_seller(analyzer) -> None:  # noqa: ANN001
    for text in (
        "Belgium ordered nine CAESAR howitzers together with Luxembourg.",
        "Belgium ordered nine CAESAR howitzers in a joint purchase with the Netherlands.",
    ):
        assert [r[:2] for r in _rows(analyzer, text)] == [("FRA", "BEL")]
    # a plain counterpart after "with" still sells
    assert [
        r[:2] for r in _rows(analyzer, "Peru signed a contract with Sweden for 24 Archer howitzers.")
    ] == [("SWE", "PER")]


def test_cx34_a_spokesman_for_a_nations_body_speaks(analyzer) -> None:  # noqa: ANN001
    def speakers(text: str) -> list[object]:
        return [f["speaker"] for f in claim_fields(analyzer, text, "statement", _DAY)]

    assert speakers("The vehicles were sent in March, a spokesman for the Danish army said.") == ["DNK"]
    # a noun with a relative clause and no "that" still names what was announced, no content said
    assert speakers("The talks ran months ahead of the schedule the Romanian government had announced.") == []


def test_cx34_a_system_naming_its_contract_yields_to_the_goods(analyzer) -> None:  # noqa: ANN001
    text = (
        "Chile, which signed its CAESAR contract with Paris in 2020, received the first six CAESAR howitzers."
    )
    assert _rows(analyzer, text) == [("FRA", "CHL", 6.0, "delivered", False)]
    # the contract's mention alone keeps the contract
    assert _rows(analyzer, "Chile signed its CAESAR contract with Paris in 2020.") == [
        ("FRA", "CHL", None, "contracted", False)
    ]
