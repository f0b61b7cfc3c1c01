"""Contradictions and merged records on fresh text (issue 13, helper ``cx6``, corpus part_30): a
transfer whose sources disagree on its delivery carries the dispute; a step put off "until" a year
is no earlier than it; a sending and its arrival are one delivery; two pacts of one sentence stay
two; a planned signing is a plan, not a denial; a term's length gives its end."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.lang import load_language
from geowire.model.build import _transfer_words
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_agreement, build_transfers
from geowire.types import DocContext

_LEX = model_lexicon(load_language("en"))


def _said(cid: str, text: str, published: dt.date, **fields: object) -> StoredClaim:
    """A transfer claim of Brazil's Gripen jets to Colombia told by ``text`` (one sentence, the
    whole article): its status cue and date found in the text by the words given for them."""
    status_word, date_word = str(fields.pop("cue")), fields.pop("when", None)
    spans: dict[str, list[int]] = {"status": _span(text, status_word), "system": _span(text, "Gripen")}
    if date_word:
        spans["date"] = _span(text, str(date_word))
    base = {"supplier": "BRA", "recipient": "COL", "system": "Gripen", "system_name": "Gripen jets"}
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="transfer", sentence_index=0, start=0, end=len(text),
                       fields={**base, **fields}, field_spans=spans, published=published, sentence=text,
                       doc_text=text)  # fmt: skip


def _span(text: str, word: str) -> list[int]:
    at = text.index(word)
    return [at, at + len(word)]


def _build(*claims: StoredClaim):  # noqa: ANN202
    return build_transfers(list(claims), figures=_LEX.figures, **_transfer_words(_LEX))


def _disputes(field: str, *claims: StoredClaim) -> int:
    return sum(x.field == field for x in _build(*claims)[1])


# --- a delivery asserted and denied: the record carries the dispute ------------------------------

_DENIED = "Brazil has not delivered any Gripen jets to Colombia, Bogotá said."


def test_fresh6_a_delivery_one_source_denies_makes_the_record_disputed_with_both_sides() -> None:
    done = _said("a", "Brazil delivered four Gripen jets to Colombia in May.", dt.date(2025, 6, 2),
                 cue="delivered", when="May", status="delivered", quantity=4.0,
                 date="2025-05-01", date_precision="month")  # fmt: skip
    denial = _said("b", _DENIED, dt.date(2025, 6, 9), cue="delivered", status="delivered", negated=True)
    (record,), found = _build(done, denial)
    assert record.status == "disputed"
    assert record.fields["status"].value == "delivered" and record.fields["status"].evidence.doc_id == "doc-a"
    denied = record.fields["status_denied"]
    assert denied.value == "not delivered" and denied.evidence.doc_id == "doc-b"
    (x,) = [x for x in found if x.field == "status"]
    assert {x.doc_a, x.doc_b} == {"doc-a", "doc-b"}


def test_fresh6_a_denial_published_before_the_delivery_leaves_the_record_delivered() -> None:
    denial = _said("a", _DENIED, dt.date(2025, 3, 3), cue="delivered", status="delivered", negated=True)
    done = _said("b", "Brazil delivered four Gripen jets to Colombia in May.", dt.date(2025, 6, 2),
                 cue="delivered", when="May", status="delivered", quantity=4.0,
                 date="2025-05-01", date_precision="month")  # fmt: skip
    (record,), found = _build(denial, done)
    assert record.status == "delivered" and "status_denied" not in record.fields
    assert not [x for x in found if x.field == "status"]


# --- "will not arrive until 2028": no earlier than 2028 ------------------------------------------


def _put_off() -> StoredClaim:
    text = "Brazil will not deliver the Gripen jets to Colombia until 2028."
    return _said("a", text, dt.date(2025, 2, 3), cue="deliver", when="2028", status="planned",
                 date="2028-01-01", date_precision="year")  # fmt: skip


def _planned(cid: str, year: str) -> StoredClaim:
    text = f"Brazil will deliver the Gripen jets to Colombia in {year}."
    return _said(cid, text, dt.date(2025, 2, 20), cue="deliver", when=year, status="planned",
                 date=f"{year}-01-01", date_precision="year")  # fmt: skip


def test_fresh6_a_step_put_off_until_a_year_agrees_with_a_later_year() -> None:
    assert _disputes("date", _put_off(), _planned("b", "2029")) == 0
    assert _disputes("date", _put_off(), _planned("b", "2028")) == 0


def test_fresh6_a_step_put_off_until_a_year_disputes_an_earlier_year() -> None:
    assert _disputes("date", _put_off(), _planned("b", "2026")) == 1


def test_fresh6_a_plain_deadline_year_still_disputes_another_year() -> None:
    assert _disputes("date", _planned("a", "2028"), _planned("b", "2029")) == 1


# --- a sending and its arrival --------------------------------------------------------------------


def _shipped() -> StoredClaim:
    return _said("a", "Brazil shipped six Gripen jets to Colombia in late March.", dt.date(2025, 4, 2),
                 cue="shipped", when="March", status="delivered", quantity=6.0,
                 date="2025-03-01", date_precision="month")  # fmt: skip


def _arrived(month: str, day: str) -> StoredClaim:
    text = f"The six Gripen jets that Brazil sold to Colombia arrived at the Palanquero base in {month}."
    return _said("b", text, dt.date(2025, 7, 1), cue="sold", when=month, status="delivered", quantity=6.0,
                 date=day, date_precision="month")  # fmt: skip


def test_fresh6_shipped_in_one_month_and_arrived_in_the_next_are_one_delivery() -> None:
    assert _disputes("date", _shipped(), _arrived("April", "2025-04-01")) == 0


def test_fresh6_an_arrival_months_after_the_sending_is_a_date_dispute() -> None:
    assert _disputes("date", _shipped(), _arrived("June", "2025-06-01")) == 1


def test_fresh6_an_arrival_before_the_sending_is_a_date_dispute() -> None:
    assert _disputes("date", _shipped(), _arrived("February", "2025-02-01")) == 1


# --- agreements: two pacts in one sentence, a planned signing, a term's end ----------------------


def _agreements(analyzer, text: str, published: dt.date) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=published), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "agreement"]


@pytest.mark.model
def test_fresh6_a_second_pact_after_a_shared_signing_verb_is_a_second_signed_agreement(analyzer) -> None:  # noqa: ANN001
    text = ("Chile and Argentina signed a treaty on Friday to patrol their southern waters together, "
            "and a separate accord on sharing weather data.")  # fmt: skip
    found = _agreements(analyzer, text, dt.date(2025, 5, 12))
    assert [(f.get("action"), f.get("modality"), f.get("another", 0)) for f in found] == [
        ("signed", "asserted", 0),
        ("signed", "asserted", 1),
    ]
    assert {f.get("date") for f in found} == {"2025-05-09"}


@pytest.mark.model
def test_fresh6_another_accord_with_a_verb_of_its_own_shares_no_signing(analyzer) -> None:  # noqa: ANN001
    text = "Chile and Argentina signed a fishing treaty on Friday, and another accord is still being drafted."
    found = _agreements(analyzer, text, dt.date(2025, 5, 12))
    assert [f.get("action") for f in found if f.get("action")] == ["signed"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Ghana and Togo will sign a border security agreement in Accra next week.", "future"),
        ("A border security agreement between Ghana and Togo is expected to be signed in May.", "future"),
        ("Ghana and Togo could sign a border security agreement in Accra next week.", "hypothetical"),
        ("If Ghana and Togo sign a border security agreement, patrols would begin.", "hypothetical"),
    ],
)
def test_fresh6_a_planned_signing_is_future_and_a_possible_one_hypothetical(
    analyzer,  # noqa: ANN001
    text: str,
    modality: str,
) -> None:
    (found,) = _agreements(analyzer, text, dt.date(2025, 4, 1))
    assert (found["action"], found["modality"]) == ("signed", modality)


def _signing(cid: str, published: dt.date, **fields: object) -> StoredClaim:
    base = {"kind": "agreement", "name": "agreement", "parties": ["GHA", "TGO"], "action": "signed"}
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="agreement", sentence_index=0, start=0, end=10,
                       fields={**base, **fields}, field_spans={"action": [0, 4]}, published=published,
                       sentence="some words")  # fmt: skip


def test_fresh6_a_planned_signing_then_the_signing_is_a_plan_kept_and_no_dispute() -> None:
    plan = _signing("a", dt.date(2025, 4, 1), modality="future", date="2025-04-07", date_precision="day")
    done = _signing("b", dt.date(2025, 4, 15), modality="asserted", date="2025-04-14", date_precision="day")
    record, found = build_agreement([plan, done], dt.date(2026, 1, 1), figures=_LEX.figures)
    assert record.status == "signed" and record.signed == "2025-04-14"
    assert record.fields["signed.planned"].value == "2025-04-07"
    assert record.fields["signed.planned"].evidence.doc_id == "doc-a"
    assert found == [] and record.disputed == []


def test_fresh6_a_planned_signing_alone_is_no_signing() -> None:
    plan = _signing("a", dt.date(2025, 4, 1), modality="future")
    record, found = build_agreement([plan], dt.date(2026, 1, 1), figures=_LEX.figures)
    assert record.status == "mentioned" and record.signed is None
    assert record.fields["signed.planned"].value is None and found == []


def test_fresh6_a_term_in_years_from_the_signing_gives_the_end_year() -> None:
    deal = _signing("a", dt.date(2024, 8, 8), modality="asserted", date="2024-08-07", date_precision="day",
                    duration_years=10)  # fmt: skip
    record, _ = build_agreement([deal], dt.date(2026, 1, 1), figures=_LEX.figures)
    assert record.expires_year == 2034 and record.duration_years == 10
    assert record.fields["term_end"].value == 2034 and record.status == "signed"


def test_fresh6_a_stated_end_wins_over_the_counted_one() -> None:
    deal = _signing("a", dt.date(2024, 8, 8), modality="asserted", date="2024-08-07", date_precision="day",
                    duration_years=10, until_year=2033)  # fmt: skip
    record, _ = build_agreement([deal], dt.date(2026, 1, 1), figures=_LEX.figures)
    assert record.expires_year == 2033 and "term_end" not in record.fields


def test_fresh6_a_counted_end_already_past_does_not_make_the_agreement_expired() -> None:
    deal = _signing("a", dt.date(2010, 3, 2), modality="asserted", date="2010-03-01", date_precision="day",
                    duration_years=5)  # fmt: skip
    record, _ = build_agreement([deal], dt.date(2026, 1, 1), figures=_LEX.figures)
    assert record.expires_year == 2015 and record.status == "signed"


def test_fresh6_the_claims_scorer_reads_a_planned_signing_as_mentioned_and_a_denial_as_negated() -> None:
    from geowire.model.claims_eval import agreement_items

    (plan,) = agreement_items([_signing("a", dt.date(2025, 4, 1), modality="future")], _LEX)
    assert (plan["action"], plan["negated"]) == ("mentioned", False)
    (denial,) = agreement_items([_signing("b", dt.date(2025, 4, 1), modality="negated")], _LEX)
    assert (denial["action"], denial["negated"]) == ("signed", True)


@pytest.mark.model
def test_fresh6_a_bare_denial_right_after_an_initialled_text_refers_to_that_agreement(analyzer) -> None:  # noqa: ANN001
    text = ("Ghana and Togo initialled the text of a border security agreement in Accra on Monday. "
            "The two governments have not signed it, and their ministers will do so next month.")  # fmt: skip
    found = _agreements(analyzer, text, dt.date(2025, 4, 9))
    assert [(f.get("parties"), f.get("action"), f.get("modality")) for f in found] == [
        (["GHA", "TGO"], "signed", "negated")
    ]


@pytest.mark.model
def test_fresh6_a_denial_naming_another_country_does_not_refer_to_a_passing_mention(analyzer) -> None:  # noqa: ANN001
    text = ("Ghana and Togo initialled the text of a border security agreement in Accra on Monday. "
            "Nigeria did not comment on the signing.")  # fmt: skip
    assert _agreements(analyzer, text, dt.date(2025, 4, 9)) == []
