"""Cues read only where they belong: an agreement's head noun names no agreement, a relative clause
signs only with its own subject and verb, a report inside a relative clause reports nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, group_agreements

_GENERIC = tuple(model_lexicon(load_language("en")).agreements.generic)


# --- a specific kind and a named agreement share a qualifying word, not a head noun -----------


def _signed(cid: str, kind: str, name: str) -> StoredClaim:
    fields = {"kind": kind, "name": name, "parties": ["GHA", "TGO"], "action": "signed"}
    return StoredClaim(id=cid, doc_id=cid, kind="agreement", sentence_index=0, start=0, end=10, fields=fields,
                       field_spans={}, published=dt.date(2024, 11, 4), sentence="any words")  # fmt: skip


def _grouped(kind: str, name: str) -> bool:
    specific = _signed("s", kind, kind)
    named = _signed("n", "agreement", name)
    return len(group_agreements([named, specific], generic=_GENERIC)) == 1


@pytest.mark.parametrize(
    ("kind", "name"),
    [("supply agreement", "Port Access Agreement"), ("defence pact", "Customs Pact"),
     ("arms deal", "Rail Freight Deal"), ("defence pact", "Pact on Fisheries and Ports")],
)  # fmt: skip
def test_records_a_kind_and_a_name_sharing_only_a_head_noun_are_two_agreements(kind: str, name: str) -> None:
    assert not _grouped(kind, name)


@pytest.mark.parametrize(
    ("kind", "name"),
    [("supply agreement", "Fuel Supply Agreement"), ("defence pact", "Joint Defence Framework"),
     ("arms deal", "Small Arms Procurement Agreement")],
)  # fmt: skip
def test_records_a_kind_whose_qualifier_the_name_holds_is_the_named_agreement(kind: str, name: str) -> None:
    assert _grouped(kind, name)


# --- a relative clause after a kind signs only when its subject is right before the verb -------


def _modalities(analyzer, text: str) -> list[object]:  # noqa: ANN001
    return [f.get("modality") for f in claim_fields(analyzer, text, "agreement", dt.date(2024, 11, 4))]


@pytest.mark.model
def test_agreements_a_question_whose_relative_clause_has_its_own_verb_still_asks(analyzer) -> None:  # noqa: ANN001
    text = "Will the border accord Ghana drafted be signed by Togo next week?"
    assert _modalities(analyzer, text) == ["hypothetical"]


@pytest.mark.model
def test_agreements_a_question_about_a_deal_three_parties_signed_keeps_the_signing(analyzer) -> None:  # noqa: ANN001
    text = "How will the transit accord Ghana, Togo and Benin signed in Lome affect traders?"
    assert _modalities(analyzer, text) == ["asserted"]


# --- a report inside a relative clause does not end the deployment's clause --------------------


def _sides(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    return [(f.get("country"), f.get("host"))
            for f in claim_fields(analyzer, text, "deployment", dt.date(2024, 11, 4))]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    ["Denmark dispatched 250 soldiers, who a spokesman said were headed for Estonia.",
     "Denmark keeps 250 soldiers, which the defence ministry said are based in Estonia."],
)  # fmt: skip
def test_deployments_a_report_inside_a_relative_clause_keeps_the_host(analyzer, text: str) -> None:  # noqa: ANN001
    assert _sides(analyzer, text) == [("DNK", "EST")]


@pytest.mark.model
def test_deployments_a_report_clause_after_the_forces_still_ends_them(analyzer) -> None:  # noqa: ANN001
    text = "Denmark dispatched 250 soldiers to Estonia, the Latvian defence ministry said."
    assert _sides(analyzer, text) == [("DNK", "EST")]
