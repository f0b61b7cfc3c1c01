"""A signing's place and date come from its own clause (issue 13, deliverable 5): not from a
second agreement named after it, nor from another statement about the agreement; and a site
named with "at" is not compared with a city named with "in" (the preposition recorded by the
extraction, not read again from the text)."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_agreement
from geowire.types import DocContext

_FIGURES = model_lexicon(load_language("en")).figures


def _signings(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2024, 3, 10)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "agreement" and c.fields.get("action") == "signed"]


@pytest.mark.model
def test_the_place_and_day_of_a_second_agreement_are_not_the_firsts(analyzer) -> None:  # noqa: ANN001
    first = _signings(
        analyzer,
        "Spain and Portugal signed a water deal in Madrid, and a second pact on fish in Porto on Friday.",
    )[0]
    assert first.get("place") == "Madrid" and first.get("date") is None


@pytest.mark.model
def test_agreement_the_places_preposition_is_recorded_with_it(analyzer) -> None:  # noqa: ANN001
    (at,) = _signings(analyzer, "Spain and Portugal signed the water deal at Camp David on Friday.")
    (within,) = _signings(analyzer, "Spain and Portugal signed the water deal in Madrid on Friday.")
    assert (at.get("place"), at.get("place_preposition")) == ("Camp David", "at")
    assert (within.get("place"), within.get("place_preposition")) == ("Madrid", "in")


@pytest.mark.model
def test_a_later_passive_statement_keeps_its_place(analyzer) -> None:  # noqa: ANN001
    (a,) = _signings(
        analyzer,
        "The water agreement Spain and Portugal signed in early March was drafted in Porto in January.",
    )
    assert a.get("place") is None


def _signed_at(cid: str, doc: str, text: str, place: str) -> StoredClaim:
    at = text.index(place)
    preposition = text[:at].replace(" the ", " ").split()[-1]  # as the extraction records it
    fields = {"kind": "agreement", "name": "agreement", "parties": ["ESP", "PRT"], "action": "signed",
              "modality": "asserted", "place": place, "place_preposition": preposition}  # fmt: skip
    return StoredClaim(id=cid, doc_id=doc, kind="agreement", sentence_index=0, start=0, end=len(text),
                       fields=fields, field_spans={"place": (at, at + len(place))},
                       published=dt.date(2024, 3, 10), sentence=text, doc_text=text)  # fmt: skip


def _places(members: list[StoredClaim]) -> list[tuple[str, str]]:
    _, found = build_agreement(members, dt.date(2025, 1, 1), figures=_FIGURES)
    return [(x.value_a, x.value_b) for x in found if x.field == "place"]


def test_a_site_at_which_and_a_city_in_which_it_was_signed_are_not_compared() -> None:
    city = _signed_at("a", "d1", "Spain and Portugal signed the water agreement in Madrid.", "Madrid")
    site = _signed_at(
        "b", "d2", "Spain and Portugal signed it at the Palacio de la Moncloa.", "Palacio de la Moncloa"
    )
    other_city = _signed_at("c", "d3", "Spain and Portugal signed the water agreement in Lisbon.", "Lisbon")
    assert _places([city, site]) == []
    assert _places([city, other_city]) == [("Madrid", "Lisbon")]
