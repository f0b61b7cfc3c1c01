"""Arms transfers on fresh text (issue 13, part_34, `tx10`): a buyer that only may buy or is weighing a
purchase states no transfer (and no offer); a held system described by a relative clause whose
subject sold it keeps the seller as supplier even when no holder country stands before it, and a
made-then-delivered relative ("that Russia built for it and delivered") names its supplier too;
"went to" moves a system to a country; a holder that "flies" a national or named type operates it;
a radio station stations nothing; a replacement for a system is no transfer of it."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _claims(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 9, 3)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "transfer"]


def _stated(analyzer, text: str) -> set[tuple[object, object, object, bool]]:  # noqa: ANN001
    """(supplier, recipient, status, negated) of the claims that state a transfer."""
    return {
        (f.get("supplier"), f.get("recipient"), f.get("status"), bool(f.get("negated")))
        for f in _claims(analyzer, text)
        if f.get("status") != "mentioned"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador may buy 16 used Kfir jets from Israel, officials in Quito said.",
        "Ghana might order six patrol boats from Turkey next year.",
        "Paraguay is considering buying 12 Super Tucano aircraft from Brazil.",
        "Nepal is weighing an order for two transport aircraft from Spain.",
    ],
)
def test_transfer_a_buyer_that_only_may_buy_states_no_transfer(analyzer, text: str) -> None:  # noqa: ANN001
    assert _stated(analyzer, text) == set()


def test_transfer_a_seller_that_could_sell_still_offers(analyzer) -> None:  # noqa: ANN001
    assert _stated(analyzer, "Israel could sell 16 used Kfir jets to Ecuador.") == {
        ("ISR", "ECU", "offered", False)
    }


def test_transfer_a_relative_seller_supplies_what_the_holder_flies(analyzer) -> None:  # noqa: ANN001
    # no holder country before the system: the relative clause's "to" names the holder
    fields = _claims(
        analyzer, "The air force still operates Mirage 2000 jets that France sold to Peru in 1985."
    )
    assert {(f["supplier"], f["recipient"]) for f in fields} == {("FRA", "PER")}


def test_transfer_a_made_then_delivered_relative_names_its_supplier(analyzer) -> None:  # noqa: ANN001
    text = (
        "Algeria's navy operates four Kilo-class submarines that Russia built for it and delivered in 2018."
    )
    assert {(f["supplier"], f["recipient"]) for f in _claims(analyzer, text)} == {("RUS", "DZA")}


def test_transfer_a_system_that_went_to_a_country_was_delivered(analyzer) -> None:  # noqa: ANN001
    assert _stated(analyzer, "The Akash missiles went to Armenia in November.") == {
        ("IND", "ARM", "delivered", False)
    }
    # a person who went somewhere moved no system
    assert _stated(analyzer, "The minister went to Paris to discuss the Rafale deal.") == set()


def test_transfer_a_holder_that_flies_national_types_operates_them(analyzer) -> None:  # noqa: ANN001
    text = "Kenya's army flies Chinese Wing Loong II drones alongside Turkish TB2s."
    assert _stated(analyzer, text) == {
        ("CHN", "KEN", "operated-by", False),
        ("TUR", "KEN", "operated-by", False),
    }
    # a flight to a place is no holding
    assert _stated(analyzer, "The president flies to Ankara on Monday to discuss TB2 drones.") == set()


def test_transfer_a_radio_station_stations_nothing(analyzer) -> None:  # noqa: ANN001
    text = (
        "“No A-29 has reached us from Brazil,” the commander of Uruguay's air force told a radio "
        "station in Salto on Monday."
    )
    assert {f.get("status") for f in _claims(analyzer, text)} == {"delivered"}


def test_transfer_a_replacement_for_a_system_is_no_transfer_of_it(analyzer) -> None:  # noqa: ANN001
    text = (
        "Spain has offered Peru ten Eurofighter jets, as Lima weighs a replacement for its old Mirage 2000s."
    )
    assert {f.get("system") for f in _claims(analyzer, text)} == {"Eurofighter Typhoon"}


def test_transfer_a_denial_that_refers_back_denies_the_delivery(analyzer) -> None:  # noqa: ANN001
    text = "Ghana ordered six patrol boats from Turkey in 2023. None of them has been delivered yet."
    assert _stated(analyzer, text) == {("TUR", "GHA", "ordered", False), ("TUR", "GHA", "delivered", True)}
    text = "Peru agreed to buy 12 FA-50 jets from South Korea in 2024. But none has arrived so far."
    assert ("KOR", "PER", "delivered", True) in _stated(analyzer, text)


def test_transfer_bought_and_given_on_is_two_transfers(analyzer) -> None:  # noqa: ANN001
    text = "Chile will buy a NASAMS battery from Norway and give it to Ecuador."
    assert _stated(analyzer, text) == {("NOR", "CHL", "planned", False), ("CHL", "ECU", "planned", False)}
    text = "Austria bought the Gepard guns from Qatar and sent them to Ukraine."
    assert _stated(analyzer, text) == {("QAT", "AUT", "delivered", False), ("AUT", "UKR", "delivered", False)}
