"""(cx25, issue 13) Arrivals at towns and ports, one sale told as an arms deal or a contract, and a
month read as a modal (part_68).

A system told as made or bought abroad ("built in Spain", "Italian-built", "from Japan") or as a
shipment ("Its newest consignment, 24 … trucks") that reached or docked at a town the gazetteer
places in one country, with no recipient named, was delivered to that country
(``transfers.made_before`` / ``made_suffix`` / ``shipment_before``, ``rules_forces._reached_town``); a
ship its owner docked somewhere is on a visit, no delivery (``transfers.visit``). A name the
gazetteer gives to towns in several countries stands for the one far bigger than every namesake
("Alexandria": the Egyptian port, not a Virginian town).

"An arms deal" in one report is "the contract" or "the purchase" of the same parties in another
(``agreements.trade_kinds`` / ``trade_words``, ``records._kind_traded``): their places, dates and values
are compared; "a gas contract" is another agreement, and a contract dated months from the arms deal
stays apart, as two generic kinds do. An order priced in an aside ("The order, worth about $1.2
billion, covers …") is a contract the text refers to.

"In May the Netherlands delivered …" names the month, not a modal (the hypothetical mood's "may" is
lower case only), and "is also buying" is a purchase as "is buying" is. The sentences are written
for this test."""

from __future__ import annotations

from functools import cache

from tests.model.helpers import contradiction_pairs


def _transfers(texts: dict[str, str], published: str) -> dict[str, list[tuple[object, ...]]]:
    from geowire.lang import load_language
    from geowire.model.claims_eval import run_pipeline
    from geowire.settings import load_settings

    docs = [{"id": k, "published": published, "text": t} for k, t in texts.items()]
    out = run_pipeline(docs, load_settings(None), lang=load_language("en"))
    return {
        k: [(r["supplier"], r["recipient"], r["quantity"], r["status"]) for r in v["transfers"]]
        for k, v in out.per_doc.items()
    }


@cache
def _arrivals() -> dict[str, list[tuple[object, ...]]]:
    return _transfers({
        "built": "Four Hamina patrol boats built in Finland reached Durban on Tuesday after a long tow.",
        "suffix": "Six German-built Leopard 2 tanks reached Gdynia on Tuesday aboard a chartered freighter.",
        "from": "Eight M109 howitzers from the United States reached the port of Klaipeda on Tuesday.",
        "owner": "Two Russian corvettes docked at Havana on Tuesday for a five-day visit.",
        "shipment": "Turkey remains Tanzania's chief source of armour. Its newest consignment, 24 Kirpi "
                    "trucks, reached Dar es Salaam in February.",
    }, "2025-03-06")  # fmt: skip


def test_cx25_a_system_built_abroad_that_reached_a_port_was_delivered_there() -> None:
    found = _arrivals()
    assert ("DEU", "POL", 6, "delivered") in found["suffix"]
    assert ("USA", "LTU", 8, "delivered") in found["from"]
    assert ("TUR", "TZA", 24, "delivered") in found["shipment"]


def test_cx25_an_owners_ship_docking_abroad_is_no_delivery() -> None:
    assert not [r for r in _arrivals()["owner"] if r[3] == "delivered"]


_DOCS = [
    ("deal-a", "2025-10-08", "LISBON, 7 October 2025 — Portugal signed an arms deal with Brazil on Tuesday "
                             "for six KC-390 transport aircraft. The deal was signed in Lisbon."),
    ("deal-b", "2025-10-09", "BRASILIA (Wire) — Brazil and Portugal signed the contract for six KC-390 "
                             "aircraft in Brasilia on Tuesday, officials said."),
    ("gas-a", "2025-10-08", "OSLO, 7 October 2025 — Norway signed an arms deal with Poland on Tuesday for "
                            "four coastal radars. The deal was signed in Oslo."),
    ("gas-b", "2025-10-09", "WARSAW (Wire) — Poland and Norway signed a gas contract in Warsaw on Tuesday, "
                            "officials said."),
    ("late-a", "2025-10-08", "ROME, 7 October 2025 — Italy signed an arms deal with Qatar on Tuesday for "
                             "twelve NH90 helicopters. The deal was signed in Rome."),
    ("late-b", "2026-04-02", "DOHA (Wire) — Qatar and Italy signed the contract in Doha on 1 April 2026, "
                             "officials said."),
    ("value-a", "2025-10-08", "ATHENS, 7 October 2025 — Greece signed an arms deal with Israel on Tuesday "
                              "for 36 PULS launchers, worth $1.2 billion."),
    ("value-b", "2025-10-20", "Greece chose Israel's launcher over American rivals. The order, worth $1.9 "
                              "billion, covers 36 PULS launchers."),
    # an approximate sum given to its tenths is nearer than a round "about 40": €2.4 and €2.8 billion
    # differ, "about €2.9 billion" and €3.1 billion, "about €40 million" and €46 million do not
    ("tenth-a", "2025-10-08", "SOFIA, 7 October 2025 — Bulgaria signed an arms deal with Sweden on Tuesday "
                              "for eight Gripen jets, worth about €2.4 billion."),
    ("tenth-b", "2025-10-10", "Sweden and Bulgaria signed the €2.8 billion contract for eight Gripen jets on "
                              "Tuesday, officials said."),
    ("near-a", "2025-10-08", "VILNIUS, 7 October 2025 — Lithuania signed an arms deal with Norway on Tuesday "
                             "for six NASAMS launchers, worth about €2.9 billion."),
    ("near-b", "2025-10-10", "Norway and Lithuania signed the €3.1 billion contract for six NASAMS launchers "
                             "on Tuesday, officials said."),
    ("round-a", "2025-10-08", "RIGA, 7 October 2025 — Latvia signed an arms deal with Finland on Tuesday "
                              "for 20 Patria vehicles, worth about €40 million."),
    ("round-b", "2025-10-10", "Finland and Latvia signed the €46 million contract for 20 Patria vehicles on "
                              "Tuesday, officials said."),
]  # fmt: skip


@cache
def _found() -> frozenset[tuple[str, str, str]]:
    return contradiction_pairs(_DOCS)


def test_cx25_an_arms_deal_and_the_contract_of_the_same_parties_are_one_sale() -> None:
    assert ("deal-a", "deal-b", "place") in _found()


def test_cx25_an_aside_price_of_an_order_is_compared_with_the_arms_deals() -> None:
    assert ("value-a", "value-b", "value") in _found()


def test_cx25_a_described_contract_or_one_months_later_is_another_agreement() -> None:
    assert not [x for x in _found() if x[0].startswith(("gas", "late"))]


def test_cx25_an_approximate_sum_in_tenths_is_near_its_figure() -> None:
    assert ("tenth-a", "tenth-b", "value") in _found()
    assert not [x for x in _found() if x[0].startswith(("near", "round"))]


def test_cx25_a_month_named_may_is_no_modal_and_also_buying_is_a_purchase() -> None:
    found = _transfers({
        "may": "In May the Netherlands delivered 14 CV90 vehicles to Estonia.",
        "modal": "The Netherlands may deliver 14 CV90 vehicles to Estonia.",
        "also": "Estonia is also buying CV90 vehicles from Sweden.",
    }, "2025-07-01")  # fmt: skip
    assert ("NLD", "EST", 14, "delivered") in found["may"]
    assert ("NLD", "EST", 14, "offered") in found["modal"]
    assert [r[3] for r in found["also"]] == ["contracted"]
