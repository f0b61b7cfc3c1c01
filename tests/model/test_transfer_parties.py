"""Transfer supplier and recipient come from the sentence's event, not from the maker's country
(issue 13): the maker is kept apart; a future transfer is not a delivery."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    return claim_fields(analyzer, text, "transfer", dt.date(2025, 3, 1))


def test_a_foreign_made_system_is_supplied_by_the_sender(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(
        analyzer, "Ankara will send 12 Eurofighter Typhoon jets to Doha next year, officials said."
    )
    assert (t["supplier"], t["recipient"], t["maker"]) == ("TUR", "QAT", "DEU")
    assert t["status"] != "delivered"


def test_a_home_made_system_keeps_its_supplier(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Moscow has supplied Caracas with S-300VM air defence systems.")
    assert (t["supplier"], t["recipient"], t["status"]) == ("RUS", "VEN", "delivered")
    assert "maker" not in t


def test_a_buyer_is_the_recipient_and_the_seller_the_supplier(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Hanoi bought 12 Su-30MK2 jets from Moscow in 2004.")
    assert (t["supplier"], t["recipient"], t["status"], t["quantity"]) == ("RUS", "VNM", "delivered", 12.0)


def test_a_contract_is_contracted_and_an_approved_sale_approved(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Warsaw signed a contract to buy 180 Leopard 2 tanks from Berlin.")
    assert (t["supplier"], t["recipient"], t["status"]) == ("DEU", "POL", "contracted")
    (t,) = _transfers(analyzer, "Washington approved the sale of 200 Javelin missiles to Taipei on Friday.")
    assert (t["supplier"], t["recipient"], t["status"], t["quantity"]) == ("USA", "TWN", "approved", 200.0)


def test_a_quantity_in_words_is_read(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Berlin will send four IRIS-T systems to Kyiv.")
    assert (t["quantity"], t["status"]) == (4.0, "planned")  # a firm future is planned, not offered


def test_systems_of_common_arms_sales_are_known(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Seoul delivered 24 K9 howitzers to Warsaw last month.")
    assert (t["system"], t["supplier"], t["recipient"], t["quantity"]) == ("K9 Thunder", "KOR", "POL", 24.0)
    (t,) = _transfers(analyzer, "Manila bought BrahMos missiles from New Delhi.")
    assert (t["system"], t["supplier"], t["recipient"]) == ("BrahMos", "IND", "PHL")
