"""Verbs of holding a fleet (issue 13): "is flying its …", "fields", "in service with" say the holder
operates the system — status operated, with the maker's country as the supplier."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.model.extract import fill_usual_suppliers
from geowire.types import ActorMention, Claim, DocContext

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 1)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "transfer"]


def _legs(analyzer, text: str) -> set[tuple[object, object, object]]:  # noqa: ANN001
    return {(t["supplier"], t["recipient"], t["status"]) for t in _transfers(analyzer, text)}


def test_flying_its_own_fleet_is_operated(analyzer) -> None:  # noqa: ANN001
    text = "The Philippine air force has been flying its eight FA-50 jets on patrols near Palawan."
    assert ("KOR", "PHL", "operated-by") in _legs(analyzer, text)


def test_fields_is_operated(analyzer) -> None:  # noqa: ANN001
    text = "Nigeria fields six JF-17 fighters from Pakistan."
    assert ("PAK", "NGA", "operated-by") in _legs(analyzer, text)


def test_in_service_with_names_the_holder(analyzer) -> None:  # noqa: ANN001
    text = "Some 20 Bayraktar TB2 drones are in service with the Ukrainian army."
    assert ("TUR", "UKR", "operated-by") in _legs(analyzer, text)


def test_fielding_questions_holds_nothing(analyzer) -> None:  # noqa: ANN001
    text = "The minister fielded questions about the F-16 jets that Norway sold to Romania."
    assert all(t["status"] != "operated-by" for t in _transfers(analyzer, text))


def test_a_flown_fleet_comes_from_its_named_maker_not_the_holders_other_seller() -> None:
    def claim(i: int, **fields: object) -> Claim:
        return Claim(kind="transfer", doc_id="d", sentence_index=i, start=0, end=10, fields=fields)

    ordered = claim(0, supplier="SWE", recipient="PHL", system="Gripen", status="ordered")
    flown = claim(1, recipient="PHL", system="FA-50", status="operated-by")
    korea = ActorMention(0, 11, "South Korea", "country", "KOR")
    out = fill_usual_suppliers([ordered, flown], {"FA-50": "KOR", "Gripen": "SWE"}, [korea])
    assert out[1].fields["supplier"] == "KOR"
    # with the maker's country never named, the holder's one seller is still the guess
    out = fill_usual_suppliers([ordered, flown], {"FA-50": "KOR", "Gripen": "SWE"}, [])
    assert out[1].fields["supplier"] == "SWE"


def test_a_delivery_in_the_relative_clause_outranks_service(analyzer) -> None:  # noqa: ANN001
    text = (
        "The BrahMos is in service with the Philippine navy, "
        "which received its first missiles from India in 2024."
    )
    assert ("IND", "PHL", "delivered") in _legs(analyzer, text)
