"""Claim extraction and comparison gaps of issue 13 (helper claims8): words that look like model
designators but name a kind of weapon or a country, each beside the case that must still join;
forces "left" somewhere, which stay there and whose denial stands."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields

from geowire.lang import load_language
from geowire.model.build import _transfer_words
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_deployments, build_transfers, system_designators
from geowire.types import DocContext

_LEX = model_lexicon(load_language("en"))
_STOP = _LEX.transfers.not_designators


def _transfer(cid: str, doc: str, system: str, name: str, day: str) -> StoredClaim:
    fields = {"supplier": "DEU", "recipient": "POL", "status": "delivered", "system": system,
              "system_name": name, "date": day, "date_precision": "month"}  # fmt: skip
    return StoredClaim(id=cid, doc_id=doc, kind="transfer", sentence_index=0, start=0, end=10, fields=fields,
                       field_spans={}, published=dt.date(2025, 12, 1), sentence="some words",
                       doc_text=None)  # fmt: skip


def test_claims8_kind_and_country_acronyms_are_no_designators() -> None:
    assert system_designators("SAM launchers", stop=_STOP) == set()
    assert system_designators("MLRS units", "IFV hulls", stop=_STOP) == set()
    assert system_designators("NATO-calibre rounds", "UK-French cruise missiles", stop=_STOP) == set()
    # a model keeps its designator, also beside a country acronym
    found = system_designators("NASAMS", "IRIS-T SLM", "UK Storm Shadow", stop=_STOP)
    assert found == {"nasams", "iris-t", "slm"}
    assert system_designators("SAM launchers") == {"sam"}  # without the lexicon's words


def test_claims8_two_unknown_systems_are_not_joined_by_a_kind_acronym() -> None:
    words = _transfer_words(_LEX)
    march = _transfer("a", "d1", "battery", "SAM battery", "2025-03-01")
    june = _transfer("b", "d2", "launcher", "SAM launcher", "2025-06-01")
    assert build_transfers([march, june], figures=_LEX.figures, **words)[1] == []
    # one designated model under two generic nouns still joins, so its two dates conflict
    march = _transfer("a", "d1", "battery", "IRIS-T battery", "2025-03-01")
    june = _transfer("b", "d2", "launcher", "IRIS-T launcher", "2025-06-01")
    assert {x.field for x in build_transfers([march, june], figures=_LEX.figures, **words)[1]} == {"date"}


def _deployments(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    return claim_fields(analyzer, text, "deployment", dt.date(2025, 6, 4))


@pytest.mark.model
def test_claims8_no_forces_left_somewhere_is_a_denied_presence(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Portugal has no marines left in Romania, its navy said on Monday.")
    assert (d["country"], d["host"], d.get("negated")) == ("PRT", "ROU", True)


@pytest.mark.model
def test_claims8_forces_left_in_a_country_stay_there(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "The 450 Belgian soldiers left in Estonia will rotate home in autumn.")
    assert (d["personnel"], d["country"], d["host"], d.get("negated")) == (450.0, "BEL", "EST", None)


@pytest.mark.model
def test_claims8_a_withdrawal_denied_is_no_denied_presence(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Finland has not pulled out its 120 soldiers from Lebanon.")
    assert (d["personnel"], d["host"], d.get("negated")) == (120.0, "LBN", None)


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    return claim_fields(analyzer, text, "transfer", dt.date(2025, 6, 4))


@pytest.mark.model
def test_claims8_cargo_unloaded_for_a_recipient_is_a_delivery(analyzer) -> None:  # noqa: ANN001
    text = "Eight Swedish CV90 vehicles were unloaded in Klaipeda for Lithuania in April."
    (t,) = _transfers(analyzer, text)
    assert (t["supplier"], t["recipient"], t["status"], t.get("quantity")) == ("SWE", "LTU", "delivered", 8.0)


@pytest.mark.model
def test_claims8_deliveries_said_to_be_due_are_planned(analyzer) -> None:  # noqa: ANN001
    text = "Deliveries of 16 Swedish Gripen fighters to Thailand are foreseen only after 2028."
    (t,) = _transfers(analyzer, text)
    assert (t["supplier"], t["recipient"], t["status"]) == ("SWE", "THA", "planned")
    (t,) = _transfers(analyzer, "Deliveries of Swedish Gripen fighters to Thailand ended in January.")
    assert t["status"] == "delivered"  # a noun cue told as done stays a delivery
    (t,) = _transfers(analyzer, "Deliveries of Swedish Gripen fighters to Thailand are expected to slow.")
    assert t["status"] == "delivered"  # under way, only their pace is foreseen


def _agreements(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 4)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "agreement"]


@pytest.mark.model
def test_claims8_talks_that_end_without_a_deal_deny_the_signing(analyzer) -> None:  # noqa: ANN001
    text = "Talks between Ghana and Togo on a border treaty collapsed without any deal on Friday."
    (a,) = _agreements(analyzer, text)
    assert (a["kind"], a["parties"], a["modality"]) == ("treaty", ["GHA", "TGO"], "negated")
    assert a["action"] == "signed"
    (a,) = _agreements(analyzer, "Ghana and Togo concluded a border treaty on Friday.")
    assert (a["action"], a["modality"]) == ("signed", "asserted")  # "concluded" alone is a signing


def _deployment(cid: str, doc: str, published: str, **fields: object) -> StoredClaim:
    base = {"country": "CAN", "host": "LVA"}
    return StoredClaim(id=cid, doc_id=doc, kind="deployment", sentence_index=0, start=0, end=10,
                       fields={**base, **fields}, field_spans={}, published=dt.date.fromisoformat(published),
                       sentence="some words", doc_text=None)  # fmt: skip


@pytest.mark.model
def test_claims8_forces_that_are_to_be_stationed_are_planned(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Some 400 Danish soldiers are to be based in Latvia from next spring.")
    assert (d["personnel"], d["country"], d["host"], d.get("modality")) == (400.0, "DNK", "LVA", "future")
    (d,) = _deployments(analyzer, "Some 400 Danish soldiers are based in Latvia.")
    assert d.get("modality") is None


def test_claims8_a_plan_is_no_presence_a_denial_contradicts() -> None:
    plan = _deployment("a", "d1", "2025-03-02", personnel=900.0, modality="future")
    denial = _deployment("b", "d2", "2025-03-05", negated=True)
    assert build_deployments([plan, denial], figures=_LEX.figures)[1] == []
    there = _deployment("c", "d3", "2025-03-04", personnel=900.0)
    assert {x.field for x in build_deployments([there, denial], figures=_LEX.figures)[1]} == {"status"}


def test_claims8_a_planned_size_is_still_compared_with_another() -> None:
    plan = _deployment("a", "d1", "2025-03-02", personnel=900.0, modality="future")
    other = _deployment("b", "d2", "2025-03-05", personnel=1800.0, modality="future")
    assert {x.field for x in build_deployments([plan, other], figures=_LEX.figures)[1]} == {"personnel"}
