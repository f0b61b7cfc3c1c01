"""A figure of deliveries dated to a whole period (a year, a month) may sum every batch of that
period, so a smaller figure dated to a finer time inside it is a part, not a dispute (issue 13,
helper ``cx9``); two figures dated alike, or a larger figure dated to the finer time, still
contradict."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from geowire.lang import load_language
from geowire.model.build import _transfer_words
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_deployments, build_transfers

_LEX = model_lexicon(load_language("en"))


def _said(cid: str, text: str, published: dt.date, count: str, quantity: float,
          date: tuple[str, str, str], status: str = "delivered") -> StoredClaim:  # fmt: skip
    """Italy's Centauro vehicles for Brazil, told by ``text`` with the figure word ``count`` and
    the act's date ``(iso, precision, as written)``."""
    spans = {
        "quantity": [text.index(count), text.index(count) + len(count)],
        "system": [text.index("Centauro"), text.index("Centauro") + 8],
        "date": [text.index(date[2]), text.index(date[2]) + len(date[2])],
    }
    fields = {"supplier": "ITA", "recipient": "BRA", "system": "Centauro", "system_name": "Centauro vehicles",
              "status": status, "quantity": quantity, "quantity_text": count,
              "date": date[0], "date_precision": date[1], "date_text": date[2]}  # fmt: skip
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="transfer", sentence_index=0, start=0, end=len(text),
                       fields=fields, field_spans=spans, published=published, sentence=text,
                       doc_text=text)  # fmt: skip


def _quantity_disputes(*claims: StoredClaim) -> int:
    found = build_transfers(list(claims), figures=_LEX.figures, **_transfer_words(_LEX))[1]
    return sum(x.field == "quantity" for x in found)


_YEAR = "Over 2023 Italy handed Brazil eleven Centauro armoured vehicles, the Brazilian army reported."
_MONTH = "In June 2023 Italy handed Brazil three Centauro armoured vehicles, the Italian maker reported."


def test_cx9_a_year_figure_takes_in_a_smaller_figure_of_one_of_its_months() -> None:
    year = _said("a", _YEAR, dt.date(2024, 2, 1), "eleven", 11, ("2023-01-01", "year", "2023"))
    month = _said("b", _MONTH, dt.date(2024, 2, 6), "three", 3, ("2023-06-01", "month", "June 2023"))
    assert _quantity_disputes(year, month) == 0


def test_cx9_a_month_figure_takes_in_a_smaller_figure_of_one_of_its_days() -> None:
    month = _said("a", "In May Italy handed Brazil nine Centauro vehicles.", dt.date(2024, 6, 3), "nine", 9,
                  ("2024-05-01", "month", "May"))  # fmt: skip
    day = _said("b", "On 14 May Italy handed Brazil two Centauro vehicles.", dt.date(2024, 6, 5), "two", 2,
                ("2024-05-14", "day", "14 May"))  # fmt: skip
    assert _quantity_disputes(month, day) == 0


def test_cx9_two_figures_of_one_year_still_contradict() -> None:
    year = _said("a", _YEAR, dt.date(2024, 2, 1), "eleven", 11, ("2023-01-01", "year", "2023"))
    other = _said("b", "Over 2023 Italy handed Brazil seven Centauro vehicles, officials reported.",
                  dt.date(2024, 2, 8), "seven", 7, ("2023-01-01", "year", "2023"))  # fmt: skip
    assert _quantity_disputes(year, other) == 1


def test_cx9_a_larger_figure_of_the_finer_date_is_no_part_of_the_period() -> None:
    # the month's figure exceeds the year's: the year's cannot sum it
    year = _said("a", "Over 2023 Italy handed Brazil two Centauro vehicles, the army reported.",
                 dt.date(2024, 2, 1), "two", 2, ("2023-01-01", "year", "2023"))  # fmt: skip
    month = _said("b", _MONTH.replace("three", "five"), dt.date(2024, 2, 6), "five", 5,
                  ("2023-06-01", "month", "June 2023"))  # fmt: skip
    assert _quantity_disputes(year, month) == 1


def test_cx9_a_period_outside_the_year_is_not_taken_in() -> None:
    year = _said("a", _YEAR, dt.date(2024, 2, 1), "eleven", 11, ("2023-01-01", "year", "2023"))
    later = _said("b", _MONTH.replace("2023", "2022"), dt.date(2024, 2, 6), "three", 3,
                  ("2022-06-01", "month", "June 2022"))  # fmt: skip
    # a different year: different acts, compared only if their dates can be one
    assert _quantity_disputes(year, later) == 0


def test_cx9_a_contract_figure_is_not_read_as_a_period_sum() -> None:
    year = _said("a", _YEAR.replace("handed", "ordered from"), dt.date(2024, 2, 1), "eleven", 11,
                 ("2023-01-01", "year", "2023"), status="contracted")  # fmt: skip
    month = _said("b", _MONTH.replace("handed", "ordered from"), dt.date(2024, 2, 6), "three", 3,
                  ("2023-06-01", "month", "June 2023"), status="contracted")  # fmt: skip
    assert _quantity_disputes(year, month) == 1


def _sent(cid: str, text: str, published: dt.date, count: str, date: tuple[str, str, str],
          measure: str | None = None) -> StoredClaim:  # fmt: skip
    """Dutch soldiers in Lithuania, told by ``text``: the figure word ``count``, the act's date."""
    spans = {
        "personnel": [text.index(count), text.index(count) + len(count)],
        "date": [text.index(date[2]), text.index(date[2]) + len(date[2])],
    }
    fields = {"country": "NLD", "host": "LTU", "personnel": float(count.replace(",", "")),
              "personnel_text": count, "date": date[0], "date_precision": date[1], "date_text": date[2],
              "measure": measure}  # fmt: skip
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="deployment", sentence_index=0, start=0,
                       end=len(text), fields=fields, field_spans=spans, published=published, sentence=text,
                       doc_text=text)  # fmt: skip


_APRIL = ("2024-04-01", "month", "April 2024")


def _personnel_disputes(*claims: StoredClaim) -> int:
    found = build_deployments(list(claims), figures=_LEX.figures)[1]
    return sum(x.field == "personnel" for x in found)


def test_cx9_troops_sent_over_a_year_take_in_a_smaller_sending_of_one_month() -> None:
    year = _sent("a", "Over 2024 the Netherlands flew 1,100 soldiers into Lithuania for drills.",
                 dt.date(2025, 1, 20), "1,100", ("2024-01-01", "year", "2024"))  # fmt: skip
    month = _sent("b", "In April 2024 the Netherlands flew 400 soldiers into Lithuania for drills.",
                  dt.date(2025, 1, 27), "400", _APRIL)  # fmt: skip
    assert _personnel_disputes(year, month) == 0


def test_cx9_a_force_size_over_a_year_is_no_sum_of_its_months() -> None:
    held = "presence"  # each figure the force there at the time, not those sent
    year = _sent("a", "Through 2024 the Netherlands kept 1,100 soldiers stationed in Lithuania.",
                 dt.date(2025, 1, 20), "1,100", ("2024-01-01", "year", "2024"), measure=held)  # fmt: skip
    month = _sent("b", "In April 2024 the Netherlands kept 400 soldiers stationed in Lithuania.",
                  dt.date(2025, 1, 27), "400", _APRIL, measure=held)  # fmt: skip
    assert _personnel_disputes(year, month) == 1


_REPORTED = "4 January 2025."  # the day a count that runs from a start was told


def test_cx9_troops_sent_since_a_year_take_in_a_smaller_sending_after_it() -> None:
    text = "Since 2023 the Netherlands has flown 1,100 soldiers into Lithuania, the army said on " + _REPORTED
    since = _sent("a", text, dt.date(2025, 1, 5), "1,100", ("2025-01-04", "day", "4 January 2025"))
    since = replace(since, fields={**since.fields, "since": "2023-01-01", "since_precision": "year"})
    december = _sent("b", "In December 2024 the Netherlands flew 400 soldiers into Lithuania for drills.",
                     dt.date(2025, 1, 27), "400", ("2024-12-01", "month", "December 2024"))  # fmt: skip
    assert _personnel_disputes(since, december) == 0


def test_cx9_a_count_since_a_start_is_no_sum_of_a_larger_sending() -> None:
    text = "Since 2023 the Netherlands has flown 300 soldiers into Lithuania, the army said on " + _REPORTED
    since = _sent("a", text, dt.date(2025, 1, 5), "300", ("2025-01-04", "day", "4 January 2025"))
    since = replace(since, fields={**since.fields, "since": "2023-01-01", "since_precision": "year"})
    december = _sent("b", "In December 2024 the Netherlands flew 400 soldiers into Lithuania for drills.",
                     dt.date(2025, 1, 27), "400", ("2024-12-01", "month", "December 2024"))  # fmt: skip
    assert _personnel_disputes(since, december) == 1
