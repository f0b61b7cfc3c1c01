"""(cx43) An article does not deny what it states: a denial whose own article asserts the delivery
another source reports is of another part or model ("has delivered nine Leopard 2A6 tanks … has not
yet received any Leopard 2A8 tanks", one system in the catalogue), and leaves that source's delivery standing
(``records._told_beside_its_denial``). A denial in an article that asserts nothing still stands."""

from __future__ import annotations

from tests.model.helpers import contradiction_pairs

_LATER = (
    "b",
    "2025-11-20",
    "Nine Leopard 2A6 tanks from Germany reached Qatar in the autumn, adding to the earlier fleet.",
)


def test_cx43_a_denial_beside_the_same_delivery_is_of_another_part() -> None:
    first = (
        "a",
        "2025-11-03",
        "Germany has delivered nine Leopard 2A6 tanks to Qatar this autumn under a contract signed "
        "in May. Qatar has not yet received any Leopard 2A8 tanks, the newest version.",
    )
    assert not any(f == "status" for *_, f in contradiction_pairs([first, _LATER]))


def test_cx43_a_denial_alone_still_contradicts_the_delivery() -> None:
    first = ("a", "2025-11-25", "Germany has not delivered any Leopard 2A6 tanks to Qatar so far.")
    assert ("a", "b", "status") in contradiction_pairs([first, _LATER])


def test_cx43_an_uncounted_purchase_beside_the_denial_leaves_it_standing() -> None:
    first = (
        "a",
        "2025-11-25",
        "Qatar has bought Leopard 2A6 tanks from Berlin, but it is still waiting for them. "
        "Germany has yet to hand over any of the tanks.",
    )
    assert ("a", "b", "status") in contradiction_pairs([first, _LATER])
