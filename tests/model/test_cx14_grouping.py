"""Which two transfer claims count one delivery (issue 13, helper ``cx14``): a class named with a
hyphen in one report ("Abukuma-class") and by its bare proper name in the other ("Abukuma
frigates"); a two-word kind ("air defence systems", with or without a hyphen) standing for the one
air-defence system the same two parties have. Each beside the case that must stay quiet: equal
counts, and a kind noun that could stand for two systems."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.build import _transfer_words
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, _hyphen_heads, _kind_words, build_transfers

_LEX = model_lexicon(load_language("en"))
_DAY = dt.date(2027, 5, 10)


def _claim(
    cid: str, text: str, name: str, n: int, *, system: str, category: str | None = None
) -> StoredClaim:
    """A delivery by Norway to Chile in April 2027, told by the one-sentence article ``text``."""
    at = text.index(name)
    q = str(n)
    fields: dict[str, object] = {
        "supplier": "NOR", "recipient": "CHL", "system": system, "system_name": name, "status": "delivered",
        "quantity": float(n), "quantity_text": q, "date": "2027-04-01", "date_precision": "month",
        "date_text": "April",
    }  # fmt: skip
    if category:
        fields["category"] = category
    spans = {"system": [at, at + len(name)], "quantity": [text.index(q), text.index(q) + len(q)]}
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="transfer", sentence_index=0, start=0,
                       end=len(text), fields=fields, field_spans=spans, published=_DAY, sentence=text,
                       doc_text=text)  # fmt: skip


def _quantity_disputes(*claims: StoredClaim) -> int:
    _records, found = build_transfers(list(claims), figures=_LEX.figures, **_transfer_words(_LEX))
    return sum(x.field == "quantity" for x in found)


def _class_named(n: int) -> StoredClaim:
    text = f"Norway handed {n} Skarv-class patrol ships to Chile in April."
    return _claim("a", text, "Skarv-class patrol ship", n, system="Skarv-class", category="patrol vessel")


def _bare_named(n: int) -> StoredClaim:
    text = f"Chile took over {n} Skarv frigates from Norway in April."
    return _claim("b", text, "Skarv frigates", n, system="frigate")


def test_cx14_a_class_and_its_bare_proper_name_are_one_delivery() -> None:
    assert _quantity_disputes(_class_named(4), _bare_named(2)) == 1


def test_cx14_a_class_and_its_bare_proper_name_with_one_count_agree() -> None:
    assert _quantity_disputes(_class_named(4), _bare_named(4)) == 0


def test_cx14_only_a_capitalised_hyphen_head_names_a_system() -> None:
    assert _hyphen_heads("Skarv-class patrol ships") == {"skarv"}
    assert _hyphen_heads("US-made self-propelled guns") == set()  # too short, and not capitalised
    assert _hyphen_heads("Soviet-era tanks") == {"soviet"}  # a head, but no system's own name holds it


def test_cx14_two_word_kinds_are_joined_whether_written_with_a_hyphen_or_not() -> None:
    assert "air-defence" in _kind_words("air defence systems")
    assert "air-defence" in _kind_words("air-defence systems")


def _model(n: int, code: str = "NASAMS") -> StoredClaim:
    text = f"Norway delivered {n} {code} systems to Chile in April."
    return _claim(f"m-{code}", text, code, n, system=code, category="air defence system")


def _kind(n: int, noun: str) -> StoredClaim:
    text = f"Chile said Norway had delivered {n} {noun} in April."
    return _claim(f"k-{noun}", text, noun, n, system=noun.split()[0])


def test_cx14_a_generic_two_word_kind_stands_for_the_one_model_of_the_pair() -> None:
    assert _quantity_disputes(_model(6), _kind(3, "air defence systems")) == 1
    assert _quantity_disputes(_model(6), _kind(3, "air-defence systems")) == 1


def test_cx14_a_generic_kind_with_the_same_count_agrees() -> None:
    assert _quantity_disputes(_model(6), _kind(6, "air defence systems")) == 0


def test_cx14_a_generic_kind_counted_in_another_unit_agrees() -> None:
    launchers = _claim("m", "Norway delivered 6 NASAMS launchers to Chile in April.", "NASAMS", 6,
                       system="NASAMS", category="air defence system")  # fmt: skip
    assert _quantity_disputes(launchers, _kind(3, "air defence systems")) == 0


def test_cx14_a_generic_kind_that_could_stand_for_two_models_joins_neither() -> None:
    both = [_model(6), _model(2, "IRIS-T")]
    assert _quantity_disputes(*both, _kind(3, "air defence systems")) == 0
