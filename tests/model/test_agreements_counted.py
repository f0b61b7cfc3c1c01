"""Several agreements told in one article (issue 13): "signed two memoranda" and "a second
memorandum was signed" are two agreement records, not one, and the store keeps both."""

import datetime as dt

from helpers import store_with

from geowire.model.build import rebuild_model
from geowire.store.model import agreements

COUNTED = "Russia and Venezuela signed three memoranda of understanding in Caracas on Monday."
ANOTHER = (
    "Russia and Venezuela signed a memorandum on rail freight in Caracas on Monday. "
    "Another memorandum, on fertiliser supplies, was signed by the two trade ministers."
)
REFERRED = (
    "Russia and Venezuela signed a rail memorandum on Monday. The two memoranda they signed in 2019 lapsed."
)


def _memoranda(text: str) -> list[dict]:
    store = store_with([("d1", text, dt.date(2025, 3, 5), "Test Wire")])
    rebuild_model(store)
    return [a for a in agreements(store) if a["parties"] == ["RUS", "VEN"]]


def test_agreements_counted_in_one_phrase_are_each_a_record() -> None:
    found = _memoranda(COUNTED)
    assert len(found) == 3 and len({a["id"] for a in found}) == 3
    assert all(a["status"] == "signed" and a["signed_place"] == "Caracas" for a in found)


def test_agreements_another_memorandum_is_a_second_record() -> None:
    found = _memoranda(ANOTHER)
    assert len(found) == 2 and sorted(a["signed_place"] or "" for a in found) == ["", "Caracas"]


def test_agreements_the_two_named_before_are_not_counted_again() -> None:
    assert len([a for a in _memoranda(REFERRED) if a["status"] == "signed"]) == 1


def _contradictions(docs: list[tuple[str, str, dt.date]]) -> list[dict]:
    from geowire.store.model import contradictions

    store = store_with([(i, text, day, "Test Wire") for i, text, day in docs])
    rebuild_model(store)
    return [x for x in contradictions(store) if x["kind"] == "status"]


def test_agreements_extended_and_not_extended_contradict() -> None:
    found = _contradictions(
        [
            ("a", "Russia and Venezuela extended their oil accord on 3 March 2025.", dt.date(2025, 3, 4)),
            ("b", "Venezuela has not extended its oil accord with Russia.", dt.date(2025, 3, 9)),
        ]
    )
    assert [(x["doc_a"], x["doc_b"]) for x in found] == [("a", "b")]


def test_agreements_a_denial_years_after_an_extension_is_about_a_later_one() -> None:
    found = _contradictions(
        [
            ("a", "Russia and Venezuela extended their oil accord in 2019.", dt.date(2025, 3, 4)),
            ("b", "Venezuela has not extended its oil accord with Russia.", dt.date(2025, 3, 9)),
        ]
    )
    assert found == []
