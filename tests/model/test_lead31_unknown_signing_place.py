"""(lead, 31st session) Two reports of one signing that name its place differently contradict only
when both places are known and neither holds the other: "in Munich" and "in Bavaria" are one place
(the gazetteer knows the region holds the city), and so may be a place no gazetteer knows and a
known region — whether one lies in the other cannot be told. Two known cities still contradict.
(Found by ciphering the corpus's place names: scripts/claims_unlisted_probe.py --cipher places.)"""

from __future__ import annotations

from tests.model.helpers import contradiction_pairs


def _signed_in(place_a: str, place_b: str) -> frozenset[tuple[str, str, str]]:
    return contradiction_pairs(
        [
            (
                "a",
                "2025-03-06",
                f"Slovakia and Hungary signed a gas storage agreement in {place_a} on Monday.",
            ),
            (
                "b",
                "2025-03-20",
                f"Slovakia and Hungary signed the gas storage agreement in {place_b} on 3 March.",
            ),
        ]
    )


def test_an_unknown_place_and_a_region_do_not_contradict() -> None:
    assert not any(f == "place" for _a, _b, f in _signed_in("Velkorsk", "Bavaria"))


def test_two_unknown_places_do_not_contradict() -> None:
    assert not any(f == "place" for _a, _b, f in _signed_in("Velkorsk", "Tarmouth"))


def test_two_known_cities_still_contradict() -> None:
    assert ("a", "b", "place") in _signed_in("Vienna", "Prague")


def test_an_unknown_place_and_a_known_city_contradict() -> None:
    assert ("a", "b", "place") in _signed_in("Velkorsk", "Vienna")
