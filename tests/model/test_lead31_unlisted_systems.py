"""(lead, 31st session) Systems the knowledge base does not list keep their transfers. Measured by
ciphering the system names of the claims corpus's dev stories into invented ones: transfer recall
fell from 0.85 to 0.70, so much of it leaned on the equipment list. Three shapes, with invented
model names here (none of them is listed):

* a demonym that the actor stage reads together with the words after it ("Chinese R-43L
  fighters" as one mention of China) leaves those words to the system and names its maker;
* a count right before a capitalised plural ("36 Tarkans") names a model in the plural;
* beside a relative clause that holds a system ("which flies …"), a system outside it is judged by
  its own clause's verb ("has ordered twelve more …")."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import stepped_transfers

DAY = dt.date(2025, 7, 15)


def _named(rows: list[dict[str, object]]) -> set[tuple[object, object, object, object]]:
    return {(f.get("supplier"), f.get("recipient"), f.get("system_name"), f.get("quantity")) for f in rows}


def test_a_demonym_read_with_the_model_names_the_maker(analyzer) -> None:  # noqa: ANN001
    rows = stepped_transfers(analyzer, "Uruguay already flies Chinese R-43L fighters.", DAY)
    assert ("CHN", "URY", "R-43L fighters", None) in _named(rows), rows


def test_a_demonym_before_a_model_and_its_class_words(analyzer) -> None:  # noqa: ANN001
    rows = stepped_transfers(analyzer, "Lima has ordered Swedish LD23 infantry fighting vehicles.", DAY)
    assert ("SWE", "PER", "LD23 infantry fighting vehicles", None) in _named(rows), rows


def test_a_bare_class_after_a_demonym_is_still_no_model(analyzer) -> None:  # noqa: ANN001
    rows = stepped_transfers(analyzer, "Uruguay already flies Chilean trainers.", DAY)
    assert rows == [], rows


def test_a_count_before_a_capitalised_plural_names_a_model(analyzer) -> None:  # noqa: ANN001
    text = "The Peruvian air force already flies 24 Tarkans bought from Brazil in 2017."
    rows = stepped_transfers(analyzer, text, DAY)
    assert ("BRA", "PER", "Tarkan", 24.0) in _named(rows), rows


def test_a_contract_for_a_counted_plural(analyzer) -> None:  # noqa: ANN001
    text = "Chile signed a contract with Sweden for 14 Orvanos in March."
    rows = stepped_transfers(analyzer, text, DAY)
    assert ("SWE", "CHL", "Orvano", 14.0) in _named(rows), rows


def test_counted_people_are_no_model(analyzer) -> None:  # noqa: ANN001
    text = "Washington sent 200 Marines and 40 Americans to Chile in May."
    rows = stepped_transfers(analyzer, text, DAY)
    assert not any(str(f.get("system_name")) in ("Marine", "American") for f in rows), rows


def test_a_system_outside_a_held_relative_takes_its_own_verb(analyzer) -> None:  # noqa: ANN001
    text = "Peru, which flies Russian MiG-29s, has ordered twelve more Tarkans from Brazil."
    rows = stepped_transfers(analyzer, text, DAY)
    assert any(
        f.get("system_name") == "Tarkan" and f.get("supplier") == "BRA" and f.get("status") == "ordered"
        for f in rows
    ), rows
