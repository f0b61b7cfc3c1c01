"""(cx53) A possessive relative clause after the system ("…, whose sale Washington approved in
2020") tells its own noun's step — the approval of the sale — not the main clause's: an asserted
delivery keeps only a date of its own clause and the approval takes the relative's date, also when
the relative ends the sentence (no closing comma). A "which" clause that goes on with the same
thing's step ("…, which landed at the base on 9 May") still dates it."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 9, 3)


def _rows(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return sorted(
        (str(f.get("status")), bool(f.get("negated")), f.get("recipient"), f.get("date"))
        for f in claim_fields(analyzer, text, "transfer", _DAY)
    )


def test_cx53_delivery_beside_a_dated_approval_relative_is_undated(analyzer) -> None:  # noqa: ANN001
    text = "Morocco has received the NASAMS batteries, whose sale Washington approved in 2021."
    assert _rows(analyzer, text) == [
        ("approved", False, "MAR", "2021-01-01"),
        ("delivered", False, "MAR", None),
    ]


def test_cx53_passive_approval_relative_at_sentence_end(analyzer) -> None:  # noqa: ANN001
    text = "Morocco has received the NASAMS batteries, whose sale was cleared in 2021."
    assert _rows(analyzer, text) == [
        ("approved", False, "MAR", "2021-01-01"),
        ("delivered", False, "MAR", None),
    ]


def test_cx53_the_delivery_keeps_its_own_date(analyzer) -> None:  # noqa: ANN001
    text = "Morocco took delivery of the NASAMS batteries in May, whose sale was cleared in 2021."
    assert ("delivered", False, "MAR", "2025-05-01") in _rows(analyzer, text)


def test_cx53_denied_delivery_with_a_passive_approval_relative(analyzer) -> None:  # noqa: ANN001
    text = "Morocco has not received the NASAMS batteries, whose sale was cleared in 2021."
    assert _rows(analyzer, text) == [
        ("approved", False, "MAR", "2021-01-01"),
        ("delivered", True, "MAR", None),
    ]


def test_cx53_a_which_clause_of_the_same_step_still_dates_it(analyzer) -> None:  # noqa: ANN001
    # counter-example: the relative goes on with the delivered drones themselves
    text = "Ghana has taken delivery of six Bayraktar TB2 drones, which landed at Tamale on 9 May."
    assert ("delivered", False, "GHA", "2025-05-09") in _rows(analyzer, text)


def test_cx53_the_main_verb_after_a_relative_aside_is_the_step(analyzer) -> None:  # noqa: ANN001
    # the aside's cue ("bought") only tells which tanks; the clause's own verb dates the arrival
    text = "The Leopard tanks, which Chile bought in 2014, arrived in Santiago in May."
    assert ("delivered", False, "CHL", "2025-05-01") in _rows(analyzer, text)


def test_cx53_a_relative_aside_with_no_main_step_keeps_its_cue(analyzer) -> None:  # noqa: ANN001
    # counter-example: no cue after the aside, so the aside's delivery is the sentence's step
    text = "The Rafale jets, which France delivered in 2017, now patrol the Sinai."
    assert [r[0] for r in _rows(analyzer, text)] == ["delivered"]
    assert _rows(analyzer, text)[0][3] == "2017-01-01"
