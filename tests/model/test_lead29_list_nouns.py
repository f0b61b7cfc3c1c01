"""(lead, 29th session) "ships" in a list of nouns is a noun, not the verb "to ship": "sent no
soldiers, ships or planes to help X when …" is a denied transfer (the negated "sent" is its cue),
not an asserted shipment. "ships" as a verb still moves goods."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import stepped_transfers

DAY = dt.date(2025, 3, 10)


def test_ships_listed_with_other_nouns_is_no_cue(analyzer) -> None:  # noqa: ANN001
    text = (
        "Iran did not send soldiers, ships or aircraft to help Syria when rebels seized Damascus on"
        " 8 March, and diplomats say Tehran never meant to."
    )
    rows = stepped_transfers(analyzer, text, DAY)
    assert rows, "the denied sending is a transfer claim"
    assert all(f.get("negated") for f in rows if f.get("recipient") == "SYR")


def test_ships_as_a_verb_still_ships(analyzer) -> None:  # noqa: ANN001
    rows = stepped_transfers(analyzer, "Belarus ships rifles to Mali, officials in Bamako said.", DAY)
    assert any(
        f.get("supplier") == "BLR" and f.get("recipient") == "MLI" and not f.get("negated") for f in rows
    )
