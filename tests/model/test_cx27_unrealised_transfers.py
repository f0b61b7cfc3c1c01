"""(cx27) Transfer cues that state no transfer made.

Talk or thought of buying ("has talked of buying", "discussed acquiring", "toyed with the idea of
leasing") is no purchase (``transfers.buyer_hedge``); a delivery told in the present inside a clause
that waits for it ("until the new batteries arrive", "once the jets are delivered") is still to come
(``transfers.awaited_arrival``); a denial over a span of time ("has not bought tanks in half a
century") denies a habit, no one transfer (``transfers.habit_span``). Real purchases, real arrivals
in a main clause and real denials of one delivery keep their records."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import stepped_transfers

_DAY = dt.date(2025, 6, 4)


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    return stepped_transfers(analyzer, text, _DAY)


def test_cx27_talk_of_buying_is_no_purchase(analyzer) -> None:  # noqa: ANN001
    for text in (
        "For some years Bogota has talked of buying Chinese J-10 fighters from Beijing.",
        "Defence officials in Lima discussed acquiring K9 howitzers from Seoul.",
        "Buenos Aires has toyed with the idea of leasing JF-17 jets from Pakistan.",
    ):
        assert _transfers(analyzer, text) == [], text


def test_cx27_a_made_purchase_stays_delivered(analyzer) -> None:  # noqa: ANN001
    rows = _transfers(analyzer, "Colombia bought J-10 jets from China in 2023.")
    assert [(r["supplier"], r["recipient"], r["status"]) for r in rows] == [("CHN", "COL", "delivered")]


def test_cx27_talk_in_another_clause_leaves_the_delivery(analyzer) -> None:  # noqa: ANN001
    text = "The two ministers discussed the war, and Spain delivered six Leopard tanks to Ukraine."
    rows = _transfers(analyzer, text)
    assert [(r["supplier"], r["recipient"], r["status"]) for r in rows] == [("ESP", "UKR", "delivered")]


def test_cx27_an_awaited_arrival_is_not_delivered(analyzer) -> None:  # noqa: ANN001
    for text in (
        "Once the 12 Rafale fighters it ordered from France arrive, India will retire its MiG-21s.",
        "The air force will fly its old jets until the Gripen fighters Brazil ordered from Sweden"
        " are delivered.",
    ):
        rows = _transfers(analyzer, text)
        assert rows, text
        assert all(r["status"] != "delivered" for r in rows), text


def test_cx27_an_arrival_in_a_main_clause_is_delivered(analyzer) -> None:  # noqa: ANN001
    rows = _transfers(analyzer, "The 12 Rafale fighters India ordered from France arrived in 2022.")
    assert [(r["supplier"], r["recipient"], r["status"]) for r in rows] == [("FRA", "IND", "delivered")]


def test_cx27_a_past_arrival_in_a_before_clause_is_delivered(analyzer) -> None:  # noqa: ANN001
    text = "Before the Gripen fighters Brazil bought from Sweden arrived, its pilots trained abroad."
    rows = _transfers(analyzer, text)
    assert [r["status"] for r in rows] == ["delivered"]


def test_cx27_a_denied_habit_gives_no_record(analyzer) -> None:  # noqa: ANN001
    for text in (
        "Ecuador has not bought any tanks from Russia in half a century.",
        "Spain has not sold Leopard tanks to Chile for two decades.",
    ):
        assert _transfers(analyzer, text) == [], text


def test_cx27_a_denial_of_one_delivery_stays(analyzer) -> None:  # noqa: ANN001
    rows = _transfers(analyzer, "Germany has not delivered the 18 Leopard tanks Chile ordered.")
    assert [(r["supplier"], r["recipient"], r["status"], r["negated"]) for r in rows] == [
        ("DEU", "CHL", "delivered", True)
    ]


def test_cx27_a_denied_habit_leaves_the_sentences_real_step(analyzer) -> None:  # noqa: ANN001
    ordered = "Chile has not bought new tanks in decades, but in May it ordered 60 K2 tanks from South Korea."
    bought = "Chile has not bought new tanks in decades, but in May it bought 60 K2 tanks from South Korea."
    assert [(r["supplier"], r["recipient"], r["status"]) for r in _transfers(analyzer, ordered)] == [
        ("KOR", "CHL", "ordered")
    ]
    assert [(r["supplier"], r["recipient"], r["status"]) for r in _transfers(analyzer, bought)] == [
        ("KOR", "CHL", "delivered")
    ]
