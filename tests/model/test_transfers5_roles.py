"""Transfers on fresh text (issue 13, transfers5): roles that generalise beyond the dev phrasing —
an international organisation that owns the buying or receiving phrase is the party; a unit ("a
battery of", "two batteries of the") is no system of its own; a gerund after "on"/"about" is a topic,
not an act; "when it delivered …" takes its subject from the sentence before; a party past a
clause boundary is not the recipient."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields

from geowire.types import DocContext


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    found = claim_fields(analyzer, text, "transfer", dt.date(2024, 5, 6))
    return [(f.get("supplier"), f.get("recipient"), f.get("system"), f.get("status")) for f in found]


@pytest.mark.model
def test_transfers5_an_organisation_that_owns_the_phrase_is_the_party(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "The Netherlands gave forty armoured vehicles to the African Union's force in Mali."
    )
    assert ("NLD", "AU") in [(s, r) for s, r, _y, st in found if st == "delivered"]
    found = _transfers(
        analyzer, "NATO's support agency has placed an order for 500 Javelin missiles, officials said."
    )
    assert "NATO" in [r for _s, r, _y, st in found if st == "ordered"]


@pytest.mark.model
def test_transfers5_a_unit_before_its_system_is_no_system(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Spain has offered Latvia a third battery of the Skyshield defence system.")
    systems = [str(y) for _s, _r, y, st in found if st == "offered"]
    assert systems and not any("batter" in y for y in systems)
    found = _transfers(analyzer, "Germany delivered two batteries of the Skynex gun system to Ukraine.")
    delivered = [str(y) for _s, _r, y, st in found if st == "delivered"]
    assert delivered and not any("batter" in y for y in delivered)


@pytest.mark.model
def test_transfers5_a_gerund_after_on_is_a_topic(analyzer) -> None:  # noqa: ANN001
    text = "Officials in Rome said on Monday that talks had stalled on selling frigates to Egypt."
    assert not [t for t in _transfers(analyzer, text) if t[3] not in (None, "mentioned")]


@pytest.mark.model
def test_transfers5_when_it_delivered_takes_the_earlier_subject(analyzer) -> None:  # noqa: ANN001
    text = (
        "Turkey kept its air defence sales to the Balkans quiet. That changed in 2023, when it sent Hisar "
        "missiles to Albania by road, and again this year, when it delivered a second battery to the same "
        "customer."
    )
    found = _transfers(analyzer, text)
    assert ("ALB", "TUR") not in [(s, r) for s, r, _y, _st in found]
    assert ("TUR", "ALB", "delivered") in [(s, r, st) for s, r, _y, st in found]


@pytest.mark.model
def test_transfers5_a_party_past_a_semicolon_is_not_the_recipient(analyzer) -> None:  # noqa: ANN001
    text = "Israel makes the Spike missile and has sold it widely; Germany's army is its largest user."
    assert ("ISR", "DEU") not in [(s, r) for s, r, _y, _st in _transfers(analyzer, text)]


@pytest.mark.model
def test_transfers5_a_bare_designation_is_the_system(analyzer) -> None:  # noqa: ANN001
    text = "Seoul has also sold the K21 to Norway and Estonia, officials said."
    found = _transfers(analyzer, text)
    assert {"NOR", "EST"} <= {r for s, r, y, st in found if s == "KOR" and st == "delivered" and y == "K21"}


@pytest.mark.model
def test_transfers5_a_relative_clause_says_what_its_antecedent_operates(analyzer) -> None:  # noqa: ANN001
    text = "Peru, which fields Russian Mi-17 helicopters, is now shopping for Korean artillery."
    found = _transfers(analyzer, text)
    assert ("RUS", "PER", "operated-by") in [(s, r, st) for s, r, _y, st in found]


@pytest.mark.model
def test_transfers5_a_nominal_transfer_does_not_take_a_later_object_as_supplier(analyzer) -> None:  # noqa: ANN001
    text = "The delivery of 18 Caesar guns to Armenia in the spring alarmed Baku."
    found = _transfers(analyzer, text)
    assert ("AZE", "ARM") not in [(s, r) for s, r, _y, _st in found]


@pytest.mark.model
def test_transfers5_a_relative_clause_subject_supplied_the_held_system(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Malaysia now operates the four corvettes that Italy delivered in 2021.")
    assert ("ITA", "MYS") in [(s, r) for s, r, _y, st in found if st == "operated-by"]
    found = _transfers(analyzer, "Peru still flies the twelve MiG-29 jets that Belarus sold it in 1996.")
    assert ("BLR", "PER") in [(s, r) for s, r, _y, st in found if st == "operated-by"]


@pytest.mark.model
def test_transfers5_a_party_before_a_colon_is_not_the_events(analyzer) -> None:  # noqa: ANN001
    text = (
        "Korean armour sells well. Japan is not a buyer, but Romania is: Bucharest took delivery of "
        "54 K2 tanks in May."
    )
    found = _transfers(analyzer, text)
    assert not [t for t in found if "JPN" in t[:2]]
    assert ("KOR", "ROU") in [(s, r) for s, r, _y, st in found if st == "delivered"]


@pytest.mark.model
def test_transfers5_a_possessive_or_ordinal_batch_refers_to_the_articles_system(analyzer) -> None:  # noqa: ANN001
    for batch in ("its first batteries", "a second battery"):
        text = f"Lithuania already operates the NASAMS air defence system. Latvia got {batch} from Norway."
        found = _transfers(analyzer, text)
        assert ("NOR", "LVA", "NASAMS") in [(s, r, y) for s, r, y, st in found if st == "delivered"]
    text = "Germany and Italy have sent Kyiv their own air-defence missiles, officials said."
    found = _transfers(analyzer, text)
    assert {"DEU", "ITA"} <= {s for s, r, _y, st in found if r == "UKR" and st == "delivered"}


@pytest.mark.model
def test_transfers5_a_named_kind_of_ammunition_keeps_its_name(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Norway has shipped tank ammunition to Ukraine, its defence ministry said.")
    assert "ammunition" in {str(y) for s, r, y, _st in found if (s, r) == ("NOR", "UKR")}
    found = _transfers(analyzer, "Norway has shipped weapons and ammunition to Ukraine.")
    assert {str(y) for s, r, y, _st in found if (s, r) == ("NOR", "UKR")} == {"military equipment"}


@pytest.mark.model
def test_transfers5_an_unnamed_approver_is_the_datelines_state(analyzer) -> None:  # noqa: ANN001
    text = "PARIS, 2 May 2024 — The procurement agency has cleared the sale of 12 VBCI-2 vehicles to Qatar."
    found = _transfers(analyzer, text)
    assert ("FRA", "QAT", "approved") in [(s, r, st) for s, r, _y, st in found]


@pytest.mark.model
def test_transfers5_plural_designations_and_numbered_models_name_systems(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "The eight KT-1s that Lima ordered from Seoul arrived in May.")
    assert ("KOR", "PER", "KT-1") in [(s, r, y) for s, r, y, _st in found]
    found = _transfers(analyzer, "Two Meko 200 ships were sold to Egypt by Germany last year.")
    assert ("DEU", "EGY") in [(s, r) for s, r, _y, st in found if st == "delivered"]


@pytest.mark.model
def test_transfers5_orders_from_a_party_make_it_the_customer(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "The Patriot line in Alabama has new orders from Poland and Romania.")
    assert {("USA", "POL"), ("USA", "ROU")} <= {(s, r) for s, r, _y, st in found if st == "ordered"}
    found = _transfers(analyzer, "Norway's CV90 order from Sweden, signed on Monday, covers 20 vehicles.")
    assert ("SWE", "NOR") in [(s, r) for s, r, _y, _st in found]


@pytest.mark.model
def test_transfers5_a_later_clause_adds_a_step_of_the_same_transfer(analyzer) -> None:  # noqa: ANN001
    text = (
        "South Korea could sell Chunmoo launchers to Estonia, officials said on Friday, although Seoul has "
        "not yet cleared the export."
    )
    found = _transfers(analyzer, text)
    assert ("KOR", "EST", "offered") in [(s, r, st) for s, r, _y, st in found]
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2024, 5, 6)), text)])
    approvals = [c.fields for c in a.claims if c.kind == "transfer" and c.fields.get("status") == "approved"]
    assert approvals and all(f.get("negated") for f in approvals)


@pytest.mark.model
def test_transfers5_inverted_conditions_and_unlikely_sends_state_no_transfer(analyzer) -> None:  # noqa: ANN001
    for text in (
        "Were Berlin to lift its veto, Riyadh would order 48 more Eurofighter jets.",
        "Paris is unlikely to deliver Rafale jets to Kyiv before 2027.",
    ):
        assert not [t for t in _transfers(analyzer, text) if t[3] not in (None, "mentioned")]
    text = "Canberra has decided against buying Mogami frigates from Japan."
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2024, 5, 6)), text)])
    stated = [c.fields for c in a.claims if c.kind == "transfer" and c.fields.get("status") != "mentioned"]
    assert stated and all(f.get("negated") for f in stated)


@pytest.mark.model
def test_transfers5_systems_that_come_from_a_country_were_supplied_by_it(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Most of Algeria's submarines come from Russia.")
    assert ("RUS", "DZA") in [(s, r) for s, r, _y, st in found if st == "delivered"]
    assert not _transfers(analyzer, "The main threat comes from Russia, the minister said.")


@pytest.mark.model
def test_transfers5_an_apposition_names_the_source(analyzer) -> None:  # noqa: ANN001
    text = "Moldova's army has taken delivery of twenty Piranha vehicles, a gift from Germany, they said."
    found = _transfers(analyzer, text)
    assert ("DEU", "MDA") in [(s, r) for s, r, _y, st in found if st == "delivered"]


@pytest.mark.model
def test_transfers5_co_customers_of_one_order_never_supply_each_other(analyzer) -> None:  # noqa: ANN001
    """Two countries that ordered from one maker are its customers: neither sells to the other, and
    the maker's own country buying at home is no transfer."""
    text = "Boeing has fresh orders from the United States and Norway for P-8 aircraft."
    found = _transfers(analyzer, text)
    assert ("USA", "NOR") in [(s, r) for s, r, _y, _st in found]
    assert ("NOR", "USA") not in [(s, r) for s, r, _y, _st in found]
    found = _transfers(analyzer, "The yard has new orders from Chile and Peru for patrol boats.")
    assert not {(s, r) for s, r, _y, _st in found} & {("CHL", "PER"), ("PER", "CHL")}
