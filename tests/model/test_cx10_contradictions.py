"""Contradictions on fresh text (issue 13, helper ``cx10``, corpus part_35): two counts of one
order told in the month it was placed; a denial of the first batch, which leaves no delivery
standing; two generic nouns for one system whose model name the extraction left out — each beside
the compatible case that must stay quiet."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from geowire.lang import load_language
from geowire.model.build import _transfer_words
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_transfers

_LEX = model_lexicon(load_language("en"))


def _claim(cid: str, text: str, system: str, published: dt.date, **fields: object) -> StoredClaim:
    """A transfer claim of Finland to Peru told by the one-sentence article ``text``; its system
    span is the first occurrence of ``system`` there."""
    at = text.index(system)
    spans: dict[str, list[int]] = {"system": [at, at + len(system)]}
    q = fields.get("quantity_text")
    if isinstance(q, str):
        spans["quantity"] = [text.index(q), text.index(q) + len(q)]
    generic = system.split()[-1].rstrip("s")
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="transfer", sentence_index=0, start=0,
                       end=len(text), fields={"supplier": "FIN", "recipient": "PER", "system": generic,
                                              "system_name": system, **fields},
                       field_spans=spans, published=published, sentence=text, doc_text=text)  # fmt: skip


def _fields(found: list, field: str) -> int:  # noqa: ANN001 — the builder's contradictions
    return sum(x.field == field for x in found)


def _build(*claims: StoredClaim) -> list:  # noqa: ANN202
    _records, found = build_transfers(list(claims), figures=_LEX.figures, **_transfer_words(_LEX))
    return found


def _order(cid: str, n: int, published: dt.date, status: str = "ordered") -> StoredClaim:
    text = f"Peru {status} {n} Vaska boats from Finland in March."
    return _claim(cid, text, "Vaska boats", published, status=status, quantity=float(n), quantity_text=str(n),
                  date="2026-03-01", date_precision="month", date_text="March")  # fmt: skip


def test_cx10_two_counts_of_one_order_in_its_month_are_a_quantity_dispute() -> None:
    early = _order("a", 30, dt.date(2026, 3, 4))
    late = _order("b", 36, dt.date(2026, 3, 25))
    assert _fields(_build(early, late), "quantity") == 1


def test_cx10_deliveries_counted_in_a_running_month_may_grow() -> None:
    early = _order("a", 30, dt.date(2026, 3, 4), status="delivered")
    late = _order("b", 36, dt.date(2026, 3, 25), status="delivered")
    assert _fields(_build(early, late), "quantity") == 0


def _delivered(cid: str, text: str, system: str, published: dt.date, **more: object) -> StoredClaim:
    return _claim(cid, text, system, published, status="delivered", **more)


def test_cx10_waiting_for_the_first_battery_denies_a_delivery_told_before() -> None:
    done = _delivered("a", "Finland delivered the first Kivi battery to Peru in May.", "Kivi battery",
                      dt.date(2026, 5, 20), date="2026-05-01", date_precision="month")  # fmt: skip
    waiting = _delivered("b", "Peru is still waiting for its first Kivi battery from Finland.",
                         "Kivi battery", dt.date(2026, 6, 30), negated=True)  # fmt: skip
    assert _fields(_build(done, waiting), "status") == 1


def test_cx10_waiting_for_the_remaining_batteries_leaves_a_first_delivery_standing() -> None:
    done = _delivered("a", "Finland delivered the first Kivi battery to Peru in May.", "Kivi battery",
                      dt.date(2026, 5, 20), date="2026-05-01", date_precision="month")  # fmt: skip
    waiting = _delivered("b", "Peru is still waiting for its remaining Kivi batteries from Finland.",
                         "Kivi batteries", dt.date(2026, 6, 30), negated=True)  # fmt: skip
    assert _fields(_build(done, waiting), "status") == 0


def _guns(cid: str, text: str, noun: str, n: int) -> StoredClaim:
    return _delivered(cid, text, noun, dt.date(2026, 4, 10), quantity=float(n), quantity_text=str(n),
                      date="2026-03-01", date_precision="month")  # fmt: skip


def test_cx10_two_nouns_after_one_left_out_model_name_count_one_delivery() -> None:
    a = _guns("a", "Finland delivered 14 Vaska 155 howitzers to Peru in March.", "howitzers", 14)
    b = _guns("b", "Peru received 10 Vaska 155 self-propelled guns from Finland in March.",
              "self-propelled guns", 10)  # fmt: skip
    assert _fields(_build(a, b), "quantity") == 1


def test_cx10_two_nouns_after_different_model_names_are_two_systems() -> None:
    a = _guns("a", "Finland delivered 14 Vaska 155 howitzers to Peru in March.", "howitzers", 14)
    b = _guns("b", "Peru received 10 Tonni 120 mortars from Finland in March.", "mortars", 10)
    assert _fields(_build(a, b), "quantity") == 0


def test_cx10_a_country_adjective_is_no_model_name() -> None:
    a = _guns("a", "Finland delivered 14 Finnish howitzers to Peru in March.", "howitzers", 14)
    b = _guns("b", "Peru received 10 Finnish mortars from Finland in March.", "mortars", 10)
    assert _fields(_build(a, b), "quantity") == 0


def test_cx10_guns_join_the_one_artillery_system_of_the_two_parties() -> None:
    named = _guns("a", "Finland delivered 14 Caesar howitzers to Peru in March.", "Caesar howitzers", 14)
    named = replace(named, fields={**named.fields, "system": "CAESAR", "category": "artillery"})
    guns = _guns("b", "Peru received 10 guns from Finland in March.", "guns", 10)
    assert _fields(_build(named, guns), "quantity") == 1


def _remaining(cid: str, text: str, published: dt.date, **more: object) -> StoredClaim:
    return _delivered(cid, text, "Kivi batteries", published, quantity=2.0, quantity_text="two",
                      quantity_partial=True, **more)  # fmt: skip


def test_cx10_the_same_remaining_batch_delivered_then_awaited_is_a_status_dispute() -> None:
    done = _remaining("a", "Finland delivered the remaining two Kivi batteries to Peru in May.",
                      dt.date(2026, 5, 20), date="2026-05-01", date_precision="month")  # fmt: skip
    waiting = _remaining("b", "Peru is still waiting for the remaining two Kivi batteries from Finland.",
                         dt.date(2026, 6, 30), negated=True)  # fmt: skip
    assert _fields(_build(done, waiting), "status") == 1


def test_cx10_the_remaining_batch_awaited_before_its_delivery_is_no_dispute() -> None:
    waiting = _remaining("a", "Peru is still waiting for the remaining two Kivi batteries from Finland.",
                         dt.date(2026, 4, 30), negated=True)  # fmt: skip
    done = _remaining("b", "Finland delivered the remaining two Kivi batteries to Peru in May.",
                      dt.date(2026, 5, 20), date="2026-05-01", date_precision="month")  # fmt: skip
    assert _fields(_build(done, waiting), "status") == 0
