"""Arms transfers told across sentences (issue 13, part 32): a batch that refers back ("the first
four", "the first of them", "the first two guns") is a delivery of the transfer named before it,
even where it reached a named base, and turns a purchase read as a delivery into the contract; a
demonstrative ("those jets") points at the system named last; a bare noun that a sentence adds
between the same parties is a system of its own; and the roles of one sentence hold per system
(each system's own source, what the new ones take over from, a sea's name)."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _claims(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 9, 3)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "transfer"]


def _rows(analyzer, text: str) -> set[tuple[object, ...]]:  # noqa: ANN001
    return {
        (f.get("supplier"), f.get("recipient"), f.get("status"), f.get("quantity"))
        for f in _claims(analyzer, text)
    }


def test_a_first_batch_that_reached_a_named_base_was_delivered(analyzer) -> None:  # noqa: ANN001
    text = (
        "Peru has bought twelve used Leopard 2A4 tanks from Spain. "
        "The first five reached the army base at Arequipa in August."
    )
    assert ("ESP", "PER", "delivered", 5.0) in _rows(analyzer, text)


def test_a_purchase_followed_by_a_first_batch_is_the_contract(analyzer) -> None:  # noqa: ANN001
    text = (
        "Peru has bought twelve used Leopard 2A4 tanks from Spain. "
        "The first five reached the army base at Arequipa in August."
    )
    assert _rows(analyzer, text) == {("ESP", "PER", "contracted", 12.0), ("ESP", "PER", "delivered", 5.0)}
    # with no batch after it, a purchase stays a delivery
    alone = "Peru has bought twelve used Leopard 2A4 tanks from Spain."
    assert _rows(analyzer, alone) == {("ESP", "PER", "delivered", 12.0)}


def test_a_first_batch_that_landed_at_a_base_was_delivered(analyzer) -> None:  # noqa: ANN001
    text = (
        "Ghana ordered six Super Tucano aircraft from Brazil in 2023. "
        "The first three landed at Tamale in July."
    )
    assert ("BRA", "GHA", "delivered", 3.0) in _rows(analyzer, text)


def test_the_first_of_them_is_a_delivery_of_the_order(analyzer) -> None:  # noqa: ANN001
    text = (
        "Mongolia ordered four Caesar howitzers from France in 2022, "
        "and the first of them arrived last spring."
    )
    assert ("FRA", "MNG", "delivered", 1.0) in _rows(analyzer, text)


def test_guns_refer_back_to_the_howitzers_named_before(analyzer) -> None:  # noqa: ANN001
    text = (
        "Estonia ordered twelve K9 howitzers from South Korea in 2021. "
        "South Korea delivered the first six guns in March."
    )
    found = [f for f in _claims(analyzer, text) if f.get("status") == "delivered"]
    assert [(f["supplier"], f["recipient"], f["quantity"]) for f in found] == [("KOR", "EST", 6.0)]
    assert "K9" in str(found[0]["system_name"])


def test_a_passive_denial_with_a_long_verb_group_keeps_its_subject(analyzer) -> None:  # noqa: ANN001
    text = "The two coastal radars from Japan have still not yet been handed over to the Philippines."
    assert ("JPN", "PHL", "delivered", 2.0) in {
        (f.get("supplier"), f.get("recipient"), f.get("status"), f.get("quantity"))
        for f in _claims(analyzer, text)
        if f.get("negated")
    }


def test_an_earlier_clause_keeps_its_own_objects(analyzer) -> None:  # noqa: ANN001
    text = (
        "Serbia bought radars from France last year. China has supplied FK-3 missile batteries and "
        "CH-92 combat drones to Serbia, and is now offering its J-10 fighters."
    )
    names = {
        str(f.get("system_name")): f.get("status")
        for f in _claims(analyzer, text)
        if f.get("supplier") == "CHN"
    }
    assert any("FK-3" in n and st == "delivered" for n, st in names.items())
    assert any("CH-92" in n and st == "delivered" for n, st in names.items())


def test_a_bare_noun_added_between_the_same_parties_is_its_own_system(analyzer) -> None:  # noqa: ANN001
    text = (
        "Iran has shipped dozens of Shahed-136 drones to Russia. "
        "Tehran has also sent artillery rounds to Moscow, according to the report."
    )  # (the recipient named: an implied one sits at the learned stage's store threshold, 0.24-0.31)
    systems = {str(f.get("system_name")) for f in _claims(analyzer, text) if f.get("supplier") == "IRN"}
    assert "artillery rounds" in systems


def test_another_suppliers_also_still_names_the_same_system(analyzer) -> None:  # noqa: ANN001
    text = (
        "Denmark sent its first F-16 jets to Ukraine in 2024. "
        "Norway also transferred several jets to Ukraine later that year."
    )
    norwegian = [f for f in _claims(analyzer, text) if f.get("supplier") == "NOR"]
    assert norwegian and "F-16" in str(norwegian[0].get("system_name"))


def test_what_the_new_ones_take_over_from_is_not_what_they_move(analyzer) -> None:  # noqa: ANN001
    text = (
        "Kenya ordered new trainers from Italy in 2024. The aircraft will take over from the air "
        "force's Bulldog trainers, which Kenya bought from Britain in the 1970s."
    )
    rows = {(f.get("supplier"), f.get("recipient"), f.get("status")) for f in _claims(analyzer, text)}
    assert ("GBR", "KEN", "delivered") in rows
    assert not any(s == "KEN" for s, _r, _st in rows)


def test_each_system_keeps_its_own_source_phrase(analyzer) -> None:  # noqa: ANN001
    text = "Morocco's navy operates frigates bought from the Netherlands and patrol boats supplied by Spain."
    rows = {
        (str(f.get("system_name")), f.get("supplier"), f.get("recipient")) for f in _claims(analyzer, text)
    }
    assert ("frigates", "NLD", "MAR") in rows
    assert ("patrol boats", "ESP", "MAR") in rows


def test_a_country_inside_a_seas_name_is_no_party(analyzer) -> None:  # noqa: ANN001
    text = "Japan delivered two patrol ships to Vietnam, which will use them in the South China Sea."
    assert {(f.get("supplier"), f.get("recipient")) for f in _claims(analyzer, text)} == {("JPN", "VNM")}


def test_a_demonstrative_points_at_the_system_named_last(analyzer) -> None:  # noqa: ANN001
    text = (
        "Thailand signed a contract for twelve Gripen jets from Sweden in May. "
        "Until they arrive the air force relies on its old F-5 fighters. "
        "Those fighters, delivered in the 1970s, are hard to keep flying."
    )
    delivered = [f for f in _claims(analyzer, text) if f.get("status") == "delivered"]
    assert not any("Gripen" in str(f.get("system_name")) for f in delivered)
