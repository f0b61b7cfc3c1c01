"""Which claims are one fact, with extraction noise (issue 13, deliverable 5): one system named by
a designator beside two different generic nouns, an agreement whose worth stands where its topic
would, and a denial about "the last six" against six handed over that week. Each beside the case
that must stay apart."""

from __future__ import annotations

import datetime as dt
import re

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import (
    StoredClaim,
    agreement_topic,
    build_agreement,
    build_transfers,
    group_agreements,
    system_designators,
)

_LEX = model_lexicon(load_language("en"))
_FIGURES = _LEX.figures
_PART = {"quantity_partial": True}
_WORDS = {"topic_stop": _LEX.agreements.topic_stop, "topic_plain": _LEX.agreements.topic_plain}


def _claim(cid: str, doc: str, kind: str, published: str, /, *, text: str = "",
           spans: dict | None = None, **fields: object) -> StoredClaim:  # fmt: skip
    return StoredClaim(id=cid, doc_id=doc, kind=kind, sentence_index=0, start=0, end=len(text) or 10,
                       fields=fields, field_spans=spans or {}, published=dt.date.fromisoformat(published),
                       sentence=text or "some words", doc_text=text or None)  # fmt: skip


def _transfer(cid: str, doc: str, published: str, **fields: object) -> StoredClaim:
    base = {"supplier": "TUR", "recipient": "AZE", "status": "delivered"}
    return _claim(cid, doc, "transfer", published, **{**base, **fields})


def _fields(claims: list[StoredClaim]) -> set[str]:
    return {x.field for x in build_transfers(claims, figures=_FIGURES)[1]}


def _month(day: str) -> dict[str, object]:
    return {"date": day, "date_precision": "month"}


def test_contra5system_designators_are_model_names_not_ordinary_words() -> None:
    assert system_designators("Hisar-O medium-range air defence system") == {"hisar-o"}
    assert system_designators("Soviet-era T-72s") == {"t-72"}
    assert system_designators("US-made drones", "155mm shells", "Leopard 2", "new patrol boats") == set()
    assert system_designators("155MM shells") == set()  # a calibre in capitals is no designator either


def test_contra5_one_system_under_two_generic_nouns_is_one_transfer() -> None:
    name = "Hisar-O medium-range air defence system"
    april = _transfer("a", "d1", "2025-05-15", system="defence", system_name=name, **_month("2025-04-01"))
    july = _transfer("b", "d2", "2025-09-02", system="battery", system_name="Hisar-O battery",
                     **_month("2025-07-01"))  # fmt: skip
    assert _fields([april, july]) == {"date"}
    other = _transfer("b", "d2", "2025-09-02", system="battery", system_name="Korkut battery",
                      **_month("2025-07-01"))  # fmt: skip
    assert _fields([april, other]) == set()


def test_contra5_a_denial_of_the_last_batch_contradicts_that_batch_handed_over() -> None:
    said = "Six Rafales were handed over on Monday, completing the order."
    handed = _transfer("a", "d1", "2024-12-10", text=said, system="Rafale", quantity=6)
    denial = _transfer("b", "d2", "2024-12-11", system="Rafale", quantity=6, negated=True, **_PART)
    completing = _LEX.transfers.completing  # a batch is the last one only when said to complete its order
    assert {
        x.field for x in build_transfers([handed, denial], figures=_FIGURES, completing=completing)[1]
    } == {"status"}
    first = _transfer("a", "d1", "2024-12-10", system="Rafale", quantity=6, quantity_partial=True)
    assert _fields([first, denial]) == set()  # "the first six" delivered, "the last six" not
    later = _transfer("b", "d2", "2025-02-11", system="Rafale", quantity=6, negated=True, **_PART)
    assert _fields([handed, later]) == set()  # months later: another batch


def _agreement(cid: str, doc: str, text: str, *, value: str | None = None) -> StoredClaim:
    kind = text.index("contract") if "contract" in text else text.index("deal")
    spans = {"kind": (kind, kind + (8 if "contract" in text else 4))}
    if value:
        spans["value"] = (text.index(value), text.index(value) + len(value))
    return _claim(cid, doc, "agreement", "2025-09-24", text=text, spans=spans, kind="agreement",
                  parties=["ITA", "QAT"], action="signed")  # fmt: skip


def test_contra5_an_agreements_worth_is_not_its_topic() -> None:
    worth = _agreement("a", "d1", "Italy and Qatar signed a €3.2 billion contract for helicopters.",
                       value="€3.2 billion")  # fmt: skip
    assert agreement_topic(worth, stop=_WORDS["topic_stop"], plain=_WORDS["topic_plain"]) == frozenset()
    topic = _agreement("b", "d2", "Qatar's helicopter deal with Italy was signed in September.")
    assert len(group_agreements([worth, topic], generic=("agreement",), **_WORDS)) == 1


def _signing(cid: str, doc: str, published: str, parties: list[str], **fields: object) -> StoredClaim:
    base = {"kind": "agreement", "parties": parties, "action": "signed"}
    return _claim(cid, doc, "agreement", published, **base, **fields)


def _status_fields(members: list[StoredClaim]) -> set[str]:
    return {x.field for x in build_agreement(members, dt.date(2026, 1, 1), figures=_FIGURES)[1]}


def test_contra5_a_denial_between_two_parties_is_not_about_a_pact_of_three() -> None:
    three = _signing("a", "d1", "2024-08-29", ["EGY", "ETH", "SOM"], name="protocol")
    two = _signing("b", "d2", "2025-02-20", ["ETH", "SOM"], negated=True)
    assert _status_fields([three, two]) == set()
    same = _signing("c", "d3", "2024-08-20", ["ETH", "SOM"])
    assert _status_fields([same, two]) == {"status"}
    one = _signing("d", "d4", "2025-02-20", ["ETH"], negated=True)  # "Ethiopia has not signed it"
    assert _status_fields([three, one]) == {"status"}


def _worth(cid: str, doc: str, value: float, **fields: object) -> StoredClaim:
    worth = f"€{value / 1e9:g} billion"
    base = {"kind": "agreement", "parties": ["ITA", "QAT"], "value": value, "value_currency": "EUR"}
    text = f"The helicopter contract is worth {worth}."
    return _claim(cid, doc, "agreement", "2025-09-24", text=text, value_text=worth, **base, **fields)


def test_contra5_a_worth_told_without_an_act_is_the_signed_agreements() -> None:
    signed = _worth("a", "d1", 3.2e9, action="signed")
    valued = _worth("b", "d2", 2.6e9)  # "the contract is valued at €2.6 billion"
    assert _status_fields([signed, valued]) == {"value"}
    added = _worth("c", "d3", 2.6e9, action="extended")  # an extension's added sum
    assert _status_fields([signed, added]) == set()


def test_contra5_put_pen_to_paper_is_a_signing() -> None:
    (action,) = [a for a in _LEX.agreements.actions if a.action == "signed"]
    assert any(re.fullmatch(p, "put pen to paper") for p in action.patterns)


def test_contra5_a_ratification_still_pending_did_not_happen() -> None:
    after = _LEX.agreements.negated_after
    assert after.match(" of the treaty that both sides signed in May is still pending in parliament")
    assert after.match(" remains outstanding")
    assert not after.match(" of the treaty was completed on Monday")


def test_contra5_a_denial_of_a_family_contradicts_a_delivery_of_its_variant() -> None:
    variant = _transfer("a", "d1", "2025-07-01", supplier="RUS", recipient="VNM", system="Su-30MK2",
                        system_name="Sukhoi Su-30MK2", quantity=4)  # fmt: skip
    family = _transfer("b", "d2", "2025-07-03", supplier="RUS", recipient="VNM", system="Su-30",
                       system_name="Sukhoi Su-30", negated=True)  # fmt: skip
    (x,) = build_transfers([variant, family], figures=_FIGURES)[1]
    assert x.field == "status" and x.subject.startswith("Su-30MK2 ")
    other = _transfer("b", "d2", "2025-07-03", supplier="RUS", recipient="VNM", system="Su-35",
                      system_name="Sukhoi Su-35", negated=True)  # fmt: skip
    assert _fields([variant, other]) == set()
