"""(cx56, issue 13) An unlisted system told by its own model's name that its sentence gives one
party only: where the equipment list would have named the maker, the article still may.

* "the first six Korvan guns arrived from Poland" under a dateline: a partial reference that names
  its own model is no bare "the first six guns" with nothing before it — it goes on to the
  article's recipient;
* "the first four Sarvos were handed to the Peruvian navy": with no supplier in its sentence it
  takes the one supplier the article gives that recipient, and none when the article gives two;
* an acronym right after a transfer's noun and "of" ("the approval of KORVAS for …") names a model
  (lexicon ``counted_name``), not an organisation the actor stage knows ("NATO")."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import stepped_transfers

DAY = dt.date(2025, 7, 15)


def _rows(analyzer, text: str) -> set[tuple[object, ...]]:  # noqa: ANN001
    return {
        tuple(f.get(k) for k in ("supplier", "recipient", "system_name", "quantity", "status"))
        for f in stepped_transfers(analyzer, text, DAY)
    }


def test_cx56_a_counted_reference_with_its_own_model_goes_on(analyzer) -> None:  # noqa: ANN001
    text = "VILNIUS — The first six Korvan guns arrived from Poland in May."
    rows = _rows(analyzer, text)
    assert ("POL", "LTU", "Korvan guns", 6.0, "delivered") in rows, rows


def test_cx56_a_bare_counted_reference_still_needs_an_antecedent(analyzer) -> None:  # noqa: ANN001
    text = "VILNIUS — The first six guns arrived from Poland in May."
    rows = _rows(analyzer, text)
    assert rows == set(), rows


def test_cx56_a_model_given_to_a_buyer_takes_its_one_supplier(analyzer) -> None:  # noqa: ANN001
    text = (
        "Spain sold Sarvo patrol boats to Peru in 2022. "
        "The first four Sarvos were handed to the Peruvian navy in March."
    )
    rows = _rows(analyzer, text)
    assert ("ESP", "PER", "Sarvo", 4.0, "delivered") in rows, rows


def test_cx56_a_buyer_of_two_suppliers_gives_no_supplier(analyzer) -> None:  # noqa: ANN001
    text = (
        "Spain sold Sarvo patrol boats to Peru in 2022, and Italy sold it Melto frigates. "
        "The first four Sarvos were handed to the Peruvian navy in March."
    )
    rows = _rows(analyzer, text)
    assert not any(name == "Sarvo" and n == 4.0 for _s, _r, name, n, _st in rows), rows


def test_cx56_an_acronym_after_an_approval_of(analyzer) -> None:  # noqa: ANN001
    text = (
        "Tuesday's approval of KORVAS for the Philippines is the latest step. "
        "Manila took delivery of Type 12 missiles from Japan in 2023."
    )
    rows = _rows(analyzer, text)
    assert ("JPN", "PHL", "KORVAS", None, "approved") in rows, rows


def test_cx56_an_organisation_after_an_approval_of_is_no_model(analyzer) -> None:  # noqa: ANN001
    text = (
        "Japan sold Type 12 missiles to the Philippines in 2023. "
        "The approval of NATO membership for Sweden took months."
    )
    rows = _rows(analyzer, text)
    assert not any(name == "NATO" for _s, _r, name, _n, _st in rows), rows


def test_cx56_a_blocs_adjective_names_no_model(analyzer) -> None:  # noqa: ANN001
    text = "Spain sold Sarvo patrol boats to Peru in 2022. It was Peru's first purchase of Western fighters."
    rows = _rows(analyzer, text)
    assert not any(name == "Western fighters" for _s, _r, name, _n, _st in rows), rows
