"""(cx23) Two general readings from a fresh analysis-only part on arms transfers (part_65).

A figure fronted at the start of a sentence whose main clause tells a delivery with a count of its
own ("Of the 24 radars that Oslo bought from Israel in 2023, five arrived in March 2025",
``transfers.fronted_share``) is the whole; the delivery is of the main clause's count, dated by the
main clause (the fronted phrase's date is the purchase's). Before, the whole was read as delivered
at the purchase's date, which two batches could then dispute. A main clause with no count of its
own keeps the older reading.

A gapped last conjunct after a transfer, its verb and object left out ("Spain sold 20 trucks to
Peru in 2023, and Italy eight", ``transfers.gapped_before`` / ``gapped_after``), is the same step
with the subject's party replaced and its own count ("a similar number": no count)."""

from __future__ import annotations

import datetime as dt
from functools import cache

from tests.model.helpers import contradiction_pairs, transfer_rows

_DAY = dt.date(2025, 9, 1)


def test_cx23_a_fronted_figure_is_the_whole_and_the_main_clause_counts_the_delivery(analyzer) -> None:  # noqa: ANN001
    text = "Of the 24 Barak radars that Cyprus bought from Israel in 2023, five arrived in March 2025."
    rows = transfer_rows(analyzer, text, _DAY)
    assert ("ISR", "CYP", 5.0, "delivered") in rows
    assert not [r for r in rows if r[2] == 24.0 and r[3] == "delivered"]


def test_cx23_a_fronted_figure_with_an_ordinal_batch_counts_the_batch(analyzer) -> None:  # noqa: ANN001
    text = "Of the 30 K9 howitzers ordered by Estonia from South Korea, the first four landed in 2024."
    rows = transfer_rows(analyzer, text, _DAY)
    assert ("KOR", "EST", 4.0, "delivered") in rows


def test_cx23_a_fronted_figure_with_no_count_in_the_main_clause_keeps_the_whole(analyzer) -> None:  # noqa: ANN001
    text = "Of the 24 Barak radars that Cyprus bought from Israel in 2023, most are still in crates."
    rows = transfer_rows(analyzer, text, _DAY)
    assert not [r for r in rows if r[2] == 5.0]


def test_cx23_a_gapped_conjunct_is_a_transfer_of_its_own_subject(analyzer) -> None:  # noqa: ANN001
    text = "Spain sold 20 Pizarro armoured vehicles to Peru in 2023, and Italy eight."
    rows = transfer_rows(analyzer, text, _DAY)
    assert ("ESP", "PER", 20.0, "delivered") in rows
    assert ("ITA", "PER", 8.0, "delivered") in rows


def test_cx23_a_gapped_buyer_replaces_the_recipient(analyzer) -> None:  # noqa: ANN001
    text = "Chile bought 12 Leopard 2 tanks from Germany in 2019, and Peru a similar number."
    rows = transfer_rows(analyzer, text, _DAY)
    assert ("DEU", "CHL", 12.0, "delivered") in rows
    assert ("DEU", "PER", None, "delivered") in rows


def test_cx23_a_second_recipient_named_in_the_clause_is_no_gap(analyzer) -> None:  # noqa: ANN001
    text = "Spain sold 20 Pizarro armoured vehicles to Peru and Bolivia in 2023."
    rows = transfer_rows(analyzer, text, _DAY)
    assert not [r for r in rows if r[0] != "ESP"]


_DOCS = [
    ("batch-a", "2025-06-01", "Cyprus received five Barak radars from Israel in March 2025."),
    ("batch-b", "2025-09-01",
     "Of the 24 Barak radars that Cyprus bought from Israel in 2023, five arrived in March 2025."),
    ("gap-a", "2025-02-01", "Spain sold 20 Pizarro armoured vehicles to Peru in 2023, and Italy eight."),
    ("gap-b", "2025-05-01", "Italy sold three Pizarro armoured vehicles to Peru in 2023."),
    ("same-a", "2025-02-01", "Spain sold 20 Pizarro armoured vehicles to Bolivia in 2023, and Italy eight."),
    ("same-b", "2025-05-01", "Italy sold eight Pizarro armoured vehicles to Bolivia in 2023."),
]  # fmt: skip


@cache
def _found() -> frozenset[tuple[str, str, str]]:
    return contradiction_pairs(_DOCS)


def test_cx23_a_fronted_whole_no_longer_disputes_its_batch() -> None:
    assert not {x for x in _found() if x[0].startswith("batch-")}


def test_cx23_a_gapped_count_disputes_another_count_of_that_subject() -> None:
    assert ("gap-a", "gap-b", "quantity") in _found()


def test_cx23_a_gapped_count_told_alike_is_compatible() -> None:
    assert not {x for x in _found() if x[0].startswith("same-")}


def test_cx23_a_concessive_free_relative_lends_no_cue(analyzer) -> None:  # noqa: ANN001
    text = "Russia has never delivered a Pantsir battery to Laos, whatever the state television suggested."
    rows = transfer_rows(analyzer, text, _DAY)
    assert rows and all(r[3] == "delivered" for r in rows)


def test_cx23_an_offer_in_the_main_clause_stays_an_offer(analyzer) -> None:  # noqa: ANN001
    text = "Russia offered a Pantsir battery to Laos in 2024, whatever the state television suggested."
    rows = transfer_rows(analyzer, text, _DAY)
    assert rows and all(r[3] == "offered" for r in rows)
