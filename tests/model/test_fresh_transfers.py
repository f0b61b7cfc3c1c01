"""Transfers on fresh text (issue 13): a signed agreement about working together is no sale;
clauses listed with a comma alone keep their own suppliers and recipients; a relative clause
that holds the cue does not take the main clause's places as parties; an undated act told before
a dated one happened is another batch, not a dispute over figures."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from tests.model.helpers import claim_fields

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_transfers
from geowire.types import DocContext

_FIGURES = model_lexicon(load_language("en")).figures


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    found = claim_fields(analyzer, text, "transfer", dt.date(2025, 7, 2))
    return [(f.get("supplier"), f.get("recipient"), f.get("system"), f.get("status")) for f in found]


@pytest.mark.model
def test_a_cooperation_agreement_is_no_sale(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Chile and Sweden signed a Gripen industrial cooperation agreement on Monday."
    )
    assert not [t for t in found if t[3] not in (None, "mentioned")]
    found = _transfers(analyzer, "Chile signed a contract with Sweden on Monday for twelve Gripen fighters.")
    assert ("SWE", "CHL", "Gripen", "contracted") in [(s, r, str(n).split()[-1], st) for s, r, n, st in found]


@pytest.mark.model
def test_listed_clauses_keep_their_own_suppliers(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Estonia got help from three allies in May: Finland sent two K9 howitzers, Denmark delivered "
        "CAESAR guns, and Poland handed over a Piorun launcher.",
    )
    pairs = {(s, r) for s, r, _n, _st in found}
    assert pairs == {("FIN", "EST"), ("DNK", "EST"), ("POL", "EST")}


@pytest.mark.model
def test_a_relative_clause_cue_leaves_the_main_clause_places_out(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Ghana received ten Bayraktar TB2 drones from Turkey in May. The drones, which Accra ordered in "
        "2023, will fly along the border with Togo.",
    )
    assert all(s != "TGO" and r != "TGO" for s, r, _n, _st in found)


def _delivery(cid: str, published: dt.date, quantity: int, date: str | None) -> StoredClaim:
    fields: dict[str, object] = {"supplier": "TUR", "recipient": "GHA", "system": "Bayraktar TB2",
                                 "status": "delivered", "quantity": quantity}  # fmt: skip
    if date is not None:
        fields |= {"date": date, "date_precision": "month"}
    return StoredClaim(id=cid, doc_id=cid, kind="transfer", sentence_index=0, start=0, end=10, fields=fields,
                       field_spans={}, published=published, sentence="some words", doc_text=None)  # fmt: skip


def test_an_undated_delivery_told_before_a_dated_one_is_another_batch() -> None:
    april = _delivery("a", dt.date(2025, 4, 11), 8, None)
    august = _delivery("b", dt.date(2025, 9, 18), 12, "2025-08-01")
    assert not [x for x in build_transfers([april, august], figures=_FIGURES)[1] if x.kind == "quantity"]
    # told after the dated one, the undated figure may be about the same batch: a dispute
    late = dataclasses.replace(april, published=dt.date(2025, 9, 20))
    assert [x for x in build_transfers([late, august], figures=_FIGURES)[1] if x.kind == "quantity"]


def test_undated_figures_told_months_apart_are_not_one_count() -> None:
    april = _delivery("a", dt.date(2025, 4, 11), 8, None)
    september = _delivery("b", dt.date(2025, 9, 18), 12, None)
    assert not [x for x in build_transfers([april, september], figures=_FIGURES)[1] if x.kind == "quantity"]
    same_week = dataclasses.replace(september, published=dt.date(2025, 4, 15))
    assert [x for x in build_transfers([april, same_week], figures=_FIGURES)[1] if x.kind == "quantity"]


@pytest.mark.model
def test_a_participle_aside_names_no_party(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "Togo's new protest, aimed at Ghana, followed the delivery in May of 20 Cobra armoured vehicles "
        "from Turkey.",
    )
    assert found and all(r != "GHA" for _s, r, _n, _st in found)


@pytest.mark.model
def test_a_relative_clause_keeps_its_cue_to_its_own_systems(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Jordan, which flies American F-16s, has ordered eight Rafales from Paris.")
    assert ("FRA", "JOR", "ordered") in [(s, r, st) for s, r, _n, st in found]
    assert not [t for t in found if "F-16" in str(t[2]) and t[3] == "ordered"]
    found = _transfers(
        analyzer,
        "Morocco, which already operates F-16s bought from the United States, signed a contract for "
        "Apache helicopters.",
    )
    assert [st for _s, _r, n, st in found if "Apache" in str(n)] == ["contracted"]


@pytest.mark.model
def test_a_place_where_talks_were_held_hosts_no_troops(analyzer) -> None:  # noqa: ANN001
    (a,) = analyzer.analyse(
        [
            (
                DocContext(doc_id="t", published=dt.date(2025, 7, 2)),
                "Chad will keep its troops in the force after talks in Paris.",
            )
        ]
    )
    assert not [c for c in a.claims if c.kind == "deployment" and c.fields.get("host") == "FRA"]
    (a,) = analyzer.analyse(
        [
            (
                DocContext(doc_id="t", published=dt.date(2025, 7, 2)),
                "Chad will keep its 900 troops in Niger after a summit in Paris.",
            )
        ]
    )
    assert [c.fields.get("host") for c in a.claims if c.kind == "deployment"] == ["NER"]


@pytest.mark.model
def test_a_fronted_phrase_is_no_listed_clause(analyzer) -> None:  # noqa: ANN001
    (a,) = analyzer.analyse(
        [
            (
                DocContext(doc_id="t", published=dt.date(2025, 7, 2)),
                "Back in 2011, Chile bought Leopard 2 tanks from Germany.",
            )
        ]
    )
    dated = [c.fields.get("date") for c in a.claims if c.kind == "transfer"]
    assert dated and str(dated[0]).startswith("2011")
