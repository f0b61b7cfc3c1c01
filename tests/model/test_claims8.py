"""Claim extraction and comparison gaps of issue 13 (helper claims8): words that look like model
designators but name a kind of weapon or a country, each beside the case that must still join."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.build import _transfer_words
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_transfers, system_designators

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
