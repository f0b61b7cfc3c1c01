"""(lead, 30th session) A past participle right after its system names an earlier step that tells
which system is meant; when the clause's own verb after it is a cue, that verb is the step told,
with its own date ("Forty mortars bought from Ankara in 2021 were handed over in May": a delivery
in May, not in 2021). A participle with no verb of its own keeps its step; one followed by another
verb (an upgrade, a refit) gives that verb no step. And "second-hand" holds no "hand" cue."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import contradiction_pairs, stepped_transfers

DAY = dt.date(2025, 7, 15)


def _dated(rows: list[dict[str, object]]) -> set[object]:
    return {f.get("date") for f in rows if f.get("status") == "delivered"}


def test_passive_verb_after_a_participle_dates_the_delivery(analyzer) -> None:  # noqa: ANN001
    text = "Forty mortars bought from Turkey in 2021 were handed over to Georgia in May."
    rows = stepped_transfers(analyzer, text, DAY)
    assert _dated(rows) == {"2025-05-01"}, rows


def test_active_arrival_after_a_participle_dates_the_delivery(analyzer) -> None:  # noqa: ANN001
    text = "Ten patrol boats ordered from the Netherlands in 2022 arrived in Ghana in June."
    rows = stepped_transfers(analyzer, text, DAY)
    assert _dated(rows) == {"2025-06-01"}, rows


def test_a_participle_alone_keeps_its_date(analyzer) -> None:  # noqa: ANN001
    text = "Georgia's army flies six helicopters bought from France in 2019."
    rows = stepped_transfers(analyzer, text, DAY)
    assert any(f.get("date") == "2019-01-01" for f in rows), rows


def test_another_verb_after_the_participle_is_no_step(analyzer) -> None:  # noqa: ANN001
    text = (
        "The six corvettes delivered to Ghana by China in 2021 have been refitted with sonars by a"
        " local yard under a separate maintenance deal."
    )
    rows = stepped_transfers(analyzer, text, DAY)
    assert rows and all(f.get("status") == "delivered" for f in rows), rows


def test_second_hand_holds_no_handing_over(analyzer) -> None:  # noqa: ANN001
    text = "Until 2030 the Georgian air force will keep flying second-hand jets while it waits."
    assert not [f for f in stepped_transfers(analyzer, text, DAY) if f.get("status") == "delivered"]


def test_a_purchase_year_and_a_delivery_month_do_not_contradict() -> None:
    docs = [
        ("a", "2025-07-15", "Forty mortars reached Georgia from Turkey in May, the ministry said."),
        ("b", "2025-07-15", "Forty mortars bought from Turkey in 2021 were handed over to Georgia in May."),
    ]
    assert not contradiction_pairs(docs)
