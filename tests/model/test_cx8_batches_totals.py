"""Contradictions between a batch, a whole figure and a total (issue 13, helper ``cx8``, corpus
part_33): a batch's figure ("a first lot of four") and a plain figure of the same step dated to
the same month tell one act, so different numbers contradict — dated to different months they
are two batches; a total of every batch ("in all", "by the end of 2024 … had received") is not
disputed by a smaller figure of one batch; a batch a transfer has once ("the first two", "the
final five", a delivery "completing the order", "Norway's first Archer battery" without a figure)
dated twice contradicts, however far apart the two reports came out."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.build import _transfer_words
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_transfers

_LEX = model_lexicon(load_language("en"))


def _span(text: str, word: str) -> list[int]:
    at = text.index(word)
    return [at, at + len(word)]


def _claim(
    cid: str, text: str, published: dt.date, count: str, date: tuple[str, str, str] | None, **fields: object
) -> StoredClaim:
    """A delivery of Swedish Archer howitzers to Norway told by ``text`` (the whole article), its
    figure the word ``count`` and its date ``(iso, precision, as written)``."""
    base: dict[str, object] = {
        "supplier": "SWE",
        "recipient": "NOR",
        "system": "Archer",
        "system_name": "Archer howitzers",
        "status": "delivered",
        "quantity": fields.pop("quantity", None),
        "quantity_text": count or None,
    }
    spans = {"quantity": _span(text, count) if count else [], "system": _span(text, "Archer")}
    if date is not None:
        base |= {"date": date[0], "date_precision": date[1], "date_text": date[2]}
        spans["date"] = _span(text, date[2])
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="transfer", sentence_index=0, start=0, end=len(text),
                       fields={**base, **fields}, field_spans=spans, published=published,
                       sentence=text, doc_text=text)  # fmt: skip


def _disputes(*claims: StoredClaim) -> list[str]:
    return sorted(
        x.field for x in build_transfers(list(claims), figures=_LEX.figures, **_transfer_words(_LEX))[1]
    )


FIRST_LOT = "Sweden delivered a first lot of four Archer howitzers to Norway in May, the Norwegian army said."
MAY = ("2025-05-01", "month", "May")


def _first_lot() -> StoredClaim:
    return _claim("a", FIRST_LOT, dt.date(2025, 6, 3), "four", MAY, quantity=4, quantity_partial=True)


def test_cx8_batch_and_whole_figure_of_one_month_contradict() -> None:
    whole = "In May Sweden shipped seven Archer howitzers to Norway, the first of 24 on order."
    assert _disputes(_first_lot(), _claim("b", whole, dt.date(2025, 9, 20), "seven", MAY, quantity=7)) == [
        "quantity"
    ]


def test_cx8_batch_and_whole_figure_of_two_months_stay_apart() -> None:
    later = "In August Sweden shipped seven Archer howitzers to Norway, the army said."
    august = ("2025-08-01", "month", "August")
    assert (
        _disputes(_first_lot(), _claim("b", later, dt.date(2025, 9, 20), "seven", august, quantity=7)) == []
    )


def test_cx8_total_in_all_is_no_dispute_with_one_batch() -> None:
    batch = "In May Sweden shipped seven Archer howitzers to Norway, the army said."
    total = "Norway has received nine Archer howitzers from Sweden in all, an army spokesman said."
    assert _disputes(_claim("a", batch, dt.date(2025, 6, 3), "seven", MAY, quantity=7),
                     _claim("b", total, dt.date(2025, 9, 20), "nine", None, quantity=9)) == []  # fmt: skip


def test_cx8_total_by_the_end_of_a_year_is_no_dispute_with_its_last_batch() -> None:
    batch = "Sweden delivered 14 Archer howitzers to Norway last month, the Swedish procurement agency said."
    total = "By the end of 2025 Norway had received 48 Archer howitzers from Sweden."
    december, year = ("2025-12-01", "month", "last month"), ("2025-01-01", "year", "2025")
    assert _disputes(_claim("a", batch, dt.date(2026, 1, 9), "14", december, quantity=14),
                     _claim("b", total, dt.date(2026, 2, 20), "48", year, quantity=48)) == []  # fmt: skip


def test_cx8_two_totals_of_one_time_still_contradict() -> None:
    one = "Norway has received nine Archer howitzers from Sweden so far, an army spokesman said."
    two = "Norway has received 13 Archer howitzers from Sweden in all, the Swedish agency said."
    found = _disputes(_claim("a", one, dt.date(2025, 9, 20), "nine", None, quantity=9),
                      _claim("b", two, dt.date(2025, 9, 22), "13", None, quantity=13))  # fmt: skip
    assert found == ["quantity"]


def test_cx8_first_batch_dated_twice_weeks_apart_contradicts() -> None:
    one = "Sweden delivered the first two Archer howitzers to Norway on 3 March, the Norwegian army said."
    two = "Norway received its first two Archer guns from Sweden on 25 March, a Swedish diplomat said."
    assert _disputes(_claim("a", one, dt.date(2025, 3, 5), "two", ("2025-03-03", "day", "3 March"),
                            quantity=2, quantity_partial=True),
                     _claim("b", two, dt.date(2025, 4, 1), "two", ("2025-03-25", "day", "25 March"),
                            quantity=2, quantity_partial=True)) == ["date"]  # fmt: skip


def test_cx8_final_batch_and_completed_order_dated_twice_contradict() -> None:
    done = "Sweden delivered five Archer howitzers to Norway on 14 May, completing the order, the army said."
    final = "The final five Archer guns reached Norway from Sweden in August."
    may = ("2025-05-14", "day", "14 May")
    found = _disputes(_claim("a", done, dt.date(2025, 5, 16), "five", may, quantity=5),
                      _claim("b", final, dt.date(2025, 10, 2), "five", ("2025-08-01", "month", "August"),
                             quantity=5, quantity_partial=True))  # fmt: skip
    assert found == ["date"]


def test_cx8_first_batch_without_a_figure_dated_twice_contradicts() -> None:
    one = "Sweden handed the first Archer battery to Norway on 2 June, the Swedish embassy said."
    two = "Norway's first Archer battery arrived from Sweden on 30 April, well before the handover was told."
    june = ("2025-06-02", "day", "2 June")
    found = _disputes(_claim("a", one, dt.date(2025, 6, 4), "", june, quantity_partial=True),
                      _claim("b", two, dt.date(2025, 7, 10), "", ("2025-04-30", "day", "30 April"),
                             quantity_partial=True))  # fmt: skip
    assert found == ["date"]


def test_cx8_first_batch_and_another_one_dated_apart_stay_apart() -> None:
    one = "Sweden handed the first Archer battery to Norway on 2 June, the Swedish embassy said."
    two = "Sweden handed another Archer battery to Norway on 30 July, the Swedish embassy said."
    june = ("2025-06-02", "day", "2 June")
    found = _disputes(_claim("a", one, dt.date(2025, 6, 4), "", june, quantity_partial=True),
                      _claim("b", two, dt.date(2025, 8, 1), "", ("2025-07-30", "day", "30 July"),
                             quantity_partial=True))  # fmt: skip
    assert found == []


def test_cx8_batch_of_last_week_is_not_a_running_count_of_its_month() -> None:
    more = "Three more Archer howitzers from Sweden reached Norway last week, the Norwegian army said."
    month = "Norway's artillery grew this month when Sweden delivered five Archer howitzers to a brigade."
    week, october = ("2025-10-01", "month", "last week"), ("2025-10-01", "month", "this month")
    batch = _claim("a", more, dt.date(2025, 10, 14), "Three", week, quantity=3, quantity_partial=True)
    found = _disputes(batch, _claim("b", month, dt.date(2025, 10, 29), "five", october, quantity=5))
    assert found == ["quantity"]


def test_cx8_known_set_beside_the_first_batch_dated_twice_contradicts() -> None:
    first = "Sweden delivered the first two Archer howitzers to Norway in June, the Norwegian army said."
    known = "The two Archer guns that Sweden delivered to Norway in August have begun firing at Setermoen."
    june, august = ("2025-06-01", "month", "June"), ("2025-08-01", "month", "August")
    found = _disputes(
        _claim("a", first, dt.date(2025, 7, 1), "two", june, quantity=2, quantity_partial=True),
        _claim("b", known, dt.date(2025, 9, 30), "two", august, quantity=2),
    )
    assert found == ["date"]


def test_cx8_two_known_sets_are_not_taken_for_one_batch() -> None:
    one = "The two Archer guns that Sweden delivered to Norway in June have begun firing."
    two = "The two Archer guns that Sweden delivered to Norway in August are still in the depot."
    june, august = ("2025-06-01", "month", "June"), ("2025-08-01", "month", "August")
    found = _disputes(
        _claim("a", one, dt.date(2025, 7, 1), "two", june, quantity=2, quantity_partial=True),
        _claim("b", two, dt.date(2025, 9, 30), "two", august, quantity=2, quantity_partial=True),
    )
    assert found == []


def test_cx8_the_first_of_an_order_dated_twice_contradicts() -> None:
    of_order = (
        "Sweden delivered the first of 24 Archer howitzers to Norway in April, the Norwegian army said."
    )
    first = "Norway received its first Archer howitzer from Sweden in February, Swedish media reported."
    april, february = ("2025-04-01", "month", "April"), ("2025-02-01", "month", "February")
    found = _disputes(
        _claim("a", of_order, dt.date(2025, 5, 2), "24", april, quantity=24, quantity_partial=True),
        _claim("b", first, dt.date(2025, 5, 9), "", february, quantity_partial=True),
    )
    assert found == ["date"]


def test_cx8_a_total_since_a_year_is_no_dispute_with_one_month() -> None:
    since = "Sweden has delivered more than 30 Archer howitzers to Norway since 2023, Swedish officials said."
    month = "Sweden delivered six Archer howitzers to Norway in March, the Norwegian army said."
    found = _disputes(
        _claim("a", since, dt.date(2025, 4, 2), "30", None, quantity=30, quantity_qualifier="more-than"),
        _claim("b", month, dt.date(2025, 4, 9), "six", ("2025-03-01", "month", "March"), quantity=6),
    )
    assert found == []


def test_cx8_systems_and_launchers_count_different_things() -> None:
    systems = "Sweden delivered two Archer systems to Norway in March, the Swedish government said."
    launchers = "Norway received eight Archer launchers from Sweden in March, a Norwegian official said."
    march = ("2025-03-01", "month", "March")
    found = _disputes(
        _claim("a", systems, dt.date(2025, 4, 2), "two", march, quantity=2),
        _claim("b", launchers, dt.date(2025, 4, 9), "eight", march, quantity=8),
    )
    assert found == []
