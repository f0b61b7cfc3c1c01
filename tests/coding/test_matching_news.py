"""The news scorer's matching rules (geowire.coding.matching), on hand-made gold and system events."""

from __future__ import annotations

from geowire.coding.matching import GoldEvent, Matcher, SysEvent, prf, same_sentence


def _g(
    event: str,
    actor: list[str],
    recipient: list[str],
    *,
    alt: tuple[str, ...] = (),
    s: str = "Oslo hit Minsk",
) -> GoldEvent:
    return GoldEvent(
        doc="d", sentence=s, event=event, alt=alt, actor=tuple(actor), recipient=tuple(recipient)
    )


def _s(event: str, actor: list[str], recipient: list[str], text: str = "Oslo hit Minsk today.") -> SysEvent:
    return SysEvent(doc="d", event=(event,), actor=tuple(actor), recipient=tuple(recipient), text=text)


def test_category_or_alt_and_overlapping_codes_match() -> None:
    m = Matcher()
    assert m.compatible(_g("SANCTION", ["NOR"], ["BLR"], alt=("COERCE",)), _s("COERCE", ["NOR"], ["BLR"]))
    assert not Matcher(strict=True).compatible(
        _g("SANCTION", ["NOR"], ["BLR"], alt=("COERCE",)), _s("COERCE", ["NOR"], ["BLR"])
    )
    assert not m.compatible(_g("SANCTION", ["NOR"], ["BLR"]), _s("SANCTION", ["NOR"], []))
    assert m.compatible(_g("SANCTION", ["NOR"], []), _s("SANCTION", ["NOR"], ["BLR"]))


def test_symmetric_categories_ignore_direction_and_groups_map_to_their_country() -> None:
    m = Matcher({"IDF": "ISR"})
    assert m.compatible(_g("CONSULT", ["NOR"], ["BLR"]), _s("CONSULT", ["BLR"], ["NOR"]))
    assert not m.compatible(_g("ACCUSE", ["NOR"], ["BLR"]), _s("ACCUSE", ["BLR"], ["NOR"]))
    assert m.compatible(_g("ASSAULT", ["ISR"], []), _s("ASSAULT", ["IDF"], []))
    assert m.eq("UN", "UNSC")


def test_matching_is_one_to_one_and_prefers_the_same_sentence() -> None:
    gold = [_g("ASSAULT", ["NOR"], []), _g("ASSAULT", ["NOR"], [], s="a later raid by Oslo")]
    system = [_s("ASSAULT", ["NOR"], [], "elsewhere"), _s("ASSAULT", ["NOR"], [])]
    m = Matcher().match(gold, system)
    assert m == {0: 1, 1: 0}
    assert same_sentence(gold[0], system[1])
    assert prf(2, 4, 2, 2) == (1.0, 0.5, 0.667)
