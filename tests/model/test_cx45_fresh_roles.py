"""(cx45) Roles of a transfer on fresh wire text, in the project's own sentences.

A deal's "under which" clause with a verb of giving and an indirect object ("a pact under which
Vienna will give Ljubljana …"): its subject gives, the indirect object gets, past a sum's worth
("€3 million worth of …"). A supply verb coordinated with a first verb whose object a demonym
qualifies ("will train Estonian sappers and lend …"): the first verb's subject lends, to the
demonym's country when no "to" names another."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import transfer_rows

_DAY = dt.date(2025, 3, 4)


def _sides(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    return [r[:2] for r in transfer_rows(analyzer, text, _DAY)]


def test_cx45_an_indirect_object_in_a_deal_gets(analyzer) -> None:  # noqa: ANN001
    text = "Austria and Slovenia signed a deal under which Vienna will give Ljubljana three mobile radars."
    assert _sides(analyzer, text) == [("AUT", "SVN")]
    text = (
        "Greece and Cyprus concluded an agreement under which Athens will supply Nicosia "
        "€8 million worth of coastal radars."
    )
    assert _sides(analyzer, text) == [("GRC", "CYP")]
    # a purchase under a deal keeps its buyer
    text = "Chile and Peru signed an agreement under which Lima will buy four patrol boats from Santiago."
    assert _sides(analyzer, text) == [("CHL", "PER")]


def test_cx45_a_demonym_in_a_first_conjunct_is_no_subject(analyzer) -> None:  # noqa: ANN001
    text = "Finland will train Estonian sappers and lend four armoured trucks."
    assert _sides(analyzer, text) == [("FIN", "EST")]
    text = (
        "Japan and the Philippines signed an agreement under which Tokyo will train Filipino coast "
        "guard crews and supply patrol boats."
    )
    assert _sides(analyzer, text) == [("JPN", "PHL")]
    # a "to" names the recipient still
    text = "Finland will train Estonian sappers and lend four armoured trucks to Latvia."
    assert _sides(analyzer, text) == [("FIN", "LVA")]
    # a demonym that opens its own clause is its subject
    text = "Finland will train the sappers, and Estonian officials will send four armoured trucks to Latvia."
    assert _sides(analyzer, text) == [("EST", "LVA")]
