"""Two systems the knowledge base lacks, both keyed by their bare noun (issue 13, helper ``cx12``):
"six Skyranger systems" and "ten Falcor-9 systems" between the same two parties are two systems,
not one count told twice; two reports naming one model still disagree, and a report naming no
model still meets the one model named."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.build import _transfer_words
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_transfers

_LEX = model_lexicon(load_language("en"))


def _claim(cid: str, noun: str, name: str, quantity: float) -> StoredClaim:
    """A delivery from Norway to Chile in May 2026 of ``quantity`` items named ``name``, an unknown
    system keyed by its bare ``noun``."""
    text = f"OSLO, 2 June 2026 — Norway handed {quantity:g} {name} to Chile in May, the ministry said."
    at = text.index(name)
    fields: dict[str, object] = {
        "supplier": "NOR", "recipient": "CHL", "system": noun, "system_name": name, "status": "delivered",
        "quantity": quantity, "quantity_text": f"{quantity:g}", "date": "2026-05-01",
        "date_precision": "month", "date_text": "May",
    }  # fmt: skip
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="transfer", sentence_index=0, start=0, end=len(text),
                       fields=fields, field_spans={"system": [at, at + len(name)]},
                       published=dt.date(2026, 6, 2), sentence=text, doc_text=text)  # fmt: skip


def _found(*claims: StoredClaim) -> list[str]:
    found = build_transfers(list(claims), figures=_LEX.figures, **_transfer_words(_LEX))[1]
    return sorted(x.field for x in found)


def test_cx12_two_unknown_models_with_one_noun_are_two_systems() -> None:
    one, two = _claim("a", "system", "Skyranger systems", 6), _claim("b", "system", "Falcor-9 systems", 10)
    assert _found(one, two) == []


def test_cx12_two_designators_with_one_noun_are_two_systems() -> None:
    one, two = _claim("a", "trainer", "KT-7 trainers", 6), _claim("b", "trainer", "PX-210 trainers", 10)
    assert _found(one, two) == []


def test_cx12_one_designator_told_twice_still_disagrees() -> None:
    one, two = _claim("a", "trainer", "KT-7 trainers", 6), _claim("b", "trainer", "KT-7 trainers", 10)
    assert _found(one, two) == ["quantity"]


def test_cx12_a_designator_written_two_ways_is_one_model() -> None:
    one, two = _claim("a", "system", "Falcor-9 systems", 6), _claim("b", "system", "Falcor 9 systems", 10)
    assert _found(one, two) == ["quantity"]


def test_cx12_an_unnamed_report_meets_the_one_model_named() -> None:
    one, two = _claim("a", "trainer", "KT-7 trainers", 6), _claim("b", "trainer", "jet trainers", 10)
    assert _found(one, two) == ["quantity"]


def test_cx12_one_record_holds_the_noun_whatever_the_models() -> None:
    claims = [_claim("a", "system", "Skyranger systems", 6), _claim("b", "system", "Falcor-9 systems", 10)]
    records, _ = build_transfers(claims, figures=_LEX.figures, **_transfer_words(_LEX))
    assert [r.system for r in records] == ["system"]


def test_cx12_a_denial_of_the_noun_covers_every_model() -> None:
    denial = _claim("c", "system", "systems", 0)
    denial.fields.update(negated=True, quantity=None, quantity_text=None)
    one, two = _claim("a", "system", "Skyranger systems", 6), _claim("b", "system", "Falcor-9 systems", 10)
    assert _found(one, two, denial) == ["status", "status"]
