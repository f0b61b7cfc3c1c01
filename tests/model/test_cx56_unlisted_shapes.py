"""(cx56, issue 13) Shapes that lost transfers once the claims corpus's system names were ciphered
into names the equipment list does not know. Every model name here is invented, so nothing can
lean on ``equipment.yaml``; each shape has a counter-example.

* a reference that names its own model ("the first eight Morvane light jets") keeps that name
  against an earlier bare class ("Peruvian combat aircraft");
* "any of the jets" after a system told by its designation alone ("used K-71s") refers to it;
* the head of an object relative ("the Talvik 4 system that Japan sold to Chile") is what the
  relative's verb moved, not a noun after the main verb (a relative with a verb of its own before
  the cue, "jets that flew in from Qatar delivered …", still heads a carrier);
* a name and its number before lower-case modifiers ("Ostra 40 anti-aircraft vehicles") name a
  model of vehicle."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import stepped_transfers

DAY = dt.date(2025, 7, 15)


def _rows(analyzer, text: str) -> set[tuple[object, ...]]:  # noqa: ANN001
    return {
        tuple(f.get(k) for k in ("supplier", "recipient", "system_name", "quantity", "status", "negated"))
        for f in stepped_transfers(analyzer, text, DAY)
    }


def test_cx56_a_reference_keeps_its_own_model_name(analyzer) -> None:  # noqa: ANN001
    text = (
        "Colombia's purchase of Italian combat aircraft surprised its neighbours. "
        "Italy handed the first eight Morvane light jets to Colombia in March."
    )
    rows = _rows(analyzer, text)
    assert ("ITA", "COL", "Morvane light jets", 8.0, "delivered", None) in rows, rows


def test_cx56_a_bare_reference_still_takes_the_earlier_class(analyzer) -> None:  # noqa: ANN001
    text = (
        "Colombia's purchase of Italian combat aircraft surprised its neighbours. "
        "Italy handed the first eight jets to Colombia in March."
    )
    rows = _rows(analyzer, text)
    assert not any(name == "jets" for _s, _r, name, *_ in rows), rows


def test_cx56_any_of_the_jets_after_a_bare_designation(analyzer) -> None:  # noqa: ANN001
    text = (
        "Ecuador has bought used K-71s from Oslo, but the air force is still waiting. "
        "Norway has yet to hand over any of the jets, and pilot training has slipped."
    )
    rows = _rows(analyzer, text)
    assert ("NOR", "ECU", "K-71", None, "delivered", True) in rows, rows


def test_cx56_a_reference_of_another_supplier_takes_no_designation(analyzer) -> None:  # noqa: ANN001
    text = (
        "Ecuador has bought used K-71s from Oslo, but the air force is still waiting. "
        "Sweden has yet to hand over any of the jets, and pilot training has slipped."
    )
    rows = _rows(analyzer, text)
    assert not any(s == "SWE" for s, *_ in rows), rows


def test_cx56_the_head_of_an_object_relative_moved(analyzer) -> None:  # noqa: ANN001
    text = "The Talvik 4 system that Japan sold to Chile in 2022 gives Santiago a shield against missiles."
    rows = _rows(analyzer, text)
    assert any(name == "Talvik 4 system" and (s, r) == ("JPN", "CHL") for s, r, name, *_ in rows), rows
    assert not any("missiles" in str(name) for _s, _r, name, *_ in rows), rows


def test_cx56_a_relative_with_its_own_verb_heads_a_carrier(analyzer) -> None:  # noqa: ANN001
    text = "The cargo jets that flew in from Qatar delivered 20 armoured vehicles to Chad."
    rows = _rows(analyzer, text)
    assert ("QAT", "TCD", "armoured vehicles", 20.0, "delivered", None) in rows, rows
    assert not any("jets" in str(name) for _s, _r, name, *_ in rows), rows


def test_cx56_a_name_and_number_before_modifiers(analyzer) -> None:  # noqa: ANN001
    text = "Germany handed over the first six Ostra 40 anti-aircraft vehicles to Hungary in June."
    rows = _rows(analyzer, text)
    assert ("DEU", "HUN", "Ostra 40 anti-aircraft vehicles", 6.0, "delivered", None) in rows, rows


def test_cx56_a_country_adjective_before_modifiers_names_no_model(analyzer) -> None:  # noqa: ANN001
    text = "Germany handed over six Chinese anti-aircraft vehicles to Hungary in June."
    rows = _rows(analyzer, text)
    assert rows == set(), rows
