"""A transfer named only by a generic noun ("24 tanks", "six air defence launchers") is the one
known system of that kind between the same two parties (issue 13, helper ``cx8``): its figures
and dates are compared with that system's — never when two such systems could be meant, nor when
the noun stands for another kind."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.build import _transfer_words
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_transfers

_LEX = model_lexicon(load_language("en"))


def _claim(cid: str, system: str, name: str, quantity: float, category: str | None = None) -> StoredClaim:
    """A delivery from Spain to Peru in March 2025 of ``quantity`` items named ``name``."""
    fields: dict[str, object] = {
        "supplier": "ESP",
        "recipient": "PER",
        "system": system,
        "system_name": name,
        "status": "delivered",
        "quantity": quantity,
        "quantity_text": f"{quantity:g}",
        "date": "2025-03-01",
        "date_precision": "month",
        "date_text": "March",
    }
    if category:
        fields["category"] = category
    text = f"Spain delivered {quantity:g} {name} to Peru in March."
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="transfer", sentence_index=0, start=0, end=len(text),
                       fields=fields, field_spans={}, published=dt.date(2025, 4, 2), sentence=text,
                       doc_text=text)  # fmt: skip


def _built(*claims: StoredClaim) -> tuple[list[str], list[str]]:
    records, found = build_transfers(list(claims), figures=_LEX.figures, **_transfer_words(_LEX))
    return sorted(r.system for r in records), sorted(x.field for x in found)


def test_cx8_generic_noun_joins_the_one_system_of_its_kind() -> None:
    named = _claim("a", "Leopard 2", "Leopard 2A6 tanks", 8, category="tank")
    assert _built(named, _claim("b", "tank", "tanks", 12)) == (["Leopard 2"], ["quantity"])


def test_cx8_plural_generic_noun_of_several_words_joins_too() -> None:
    named = _claim("a", "NASAMS", "NASAMS launchers", 4, category="air defence system")
    assert _built(named, _claim("b", "launcher", "air defence launchers", 6)) == (["NASAMS"], ["quantity"])


def test_cx8_generic_noun_stays_apart_when_two_systems_could_be_meant() -> None:
    one = _claim("a", "Leopard 2", "Leopard 2A6 tanks", 8, category="tank")
    two = _claim("c", "M1 Abrams", "Abrams tanks", 8, category="tank")
    assert _built(one, two, _claim("b", "tank", "tanks", 12)) == (["Leopard 2", "M1 Abrams", "tank"], [])


def test_cx8_generic_noun_of_another_kind_stays_apart() -> None:
    named = _claim("a", "Leopard 2", "Leopard 2A6 tanks", 8, category="tank")
    assert _built(named, _claim("b", "helicopter", "helicopters", 12)) == (["Leopard 2", "helicopter"], [])
