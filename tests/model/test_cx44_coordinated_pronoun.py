"""(cx44) A coordinated clause whose subject is "it" (", and it has not supplied the LNA with …")
stands for the earlier clause's subject, and its transfer takes the recipient of its own clause,
not the earlier clause's ``to`` party (``rules_forces._pronoun_antecedent``)."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 3, 1)


def _rows(analyzer, text: str) -> set[tuple[object, ...]]:  # noqa: ANN001
    return {
        (f.get("supplier"), f.get("recipient"), f.get("system"), bool(f.get("negated")))
        for f in claim_fields(analyzer, text, "transfer", _DAY)
    }


def test_cx44_a_denied_second_clause_keeps_its_own_recipient(analyzer) -> None:  # noqa: ANN001
    text = (
        "Russia has never sold weapons to Libya's government, and it has not supplied the LNA "
        "with attack helicopters either."
    )
    rows = _rows(analyzer, text)
    assert ("RUS", "LNA", "helicopter", True) in rows
    assert not any(r[1] == "LBY" and r[2] == "helicopter" for r in rows)


def test_cx44_two_asserted_clauses_give_two_transfers(analyzer) -> None:  # noqa: ANN001
    rows = _rows(analyzer, "France sold rifles to Chad, and it supplied Niger with armoured vehicles.")
    assert ("FRA", "TCD", "rifle", False) in rows
    assert ("FRA", "NER", "armoured", False) in rows


def test_cx44_a_sentence_opening_it_still_waits_for_the_article(analyzer) -> None:  # noqa: ANN001
    text = "Brazil is rearming. It has ordered 20 howitzers from Spain."
    rows = _rows(analyzer, text)
    assert ("ESP", "BRA", "howitzer", False) in rows
