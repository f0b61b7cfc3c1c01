"""(cx54) Four shapes of analysis prose:

* ", though" opens a concessive clause as ", although" does: a denial before it does not reach a
  delivery told after it ("has not sold tanks to X, though the helicopters it delivered …");
* a demonym that qualifies a place after a preposition of place ("On the Algerian frontier, …") is
  where something happens, not the recipient of a system held in the main clause;
* a participle after a hyphen ("30 Italian-supplied trucks") is part of a modifier: the figure before
  it still counts the system;
* a partitive count with a modifier after "of the" ("9 of the armoured vehicles") is the part's count."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 3, 10)


def _rows(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return [
        (
            f.get("system_name"),
            f.get("supplier"),
            f.get("recipient"),
            f.get("quantity"),
            f.get("negated") is True,
        )
        for f in claim_fields(analyzer, text, "transfer", _DAY)
        if f.get("status") not in (None, "mentioned")
    ]


def test_cx54_though_clause_keeps_its_delivery_asserted(analyzer) -> None:  # noqa: ANN001
    text = (
        "Paris has not sold any battle tanks to Chad, though the six Gazelle helicopters France "
        "delivered to Chad in May carry guns."
    )
    rows = _rows(analyzer, text)
    assert any("tank" in str(r[0]) and r[4] for r in rows)
    gazelles = [r for r in rows if "Gazelle" in str(r[0])]
    assert gazelles and not any(r[4] for r in gazelles)


def test_cx54_although_clause_as_before(analyzer) -> None:  # noqa: ANN001
    text = (
        "Paris has not sold any battle tanks to Chad, although the six Gazelle helicopters France "
        "delivered to Chad in May carry guns."
    )
    gazelles = [r for r in _rows(analyzer, text) if "Gazelle" in str(r[0])]
    assert gazelles and not any(r[4] for r in gazelles)


def test_cx54_though_as_adverb_breaks_no_clause(analyzer) -> None:  # noqa: ANN001
    text = "Rome has not, though, delivered the four Gazelle helicopters to Chad."
    gazelles = [r for r in _rows(analyzer, text) if "Gazelle" in str(r[0])]
    assert gazelles and all(r[4] for r in gazelles)


def test_cx54_place_demonym_is_no_recipient(analyzer) -> None:  # noqa: ANN001
    text = (
        "On the Algerian frontier, the Moroccan army's fleet of 18 American-supplied Black Hawks flies daily."
    )
    rows = _rows(analyzer, text)
    assert [(r[1], r[2]) for r in rows] == [("USA", "MAR")]


def test_cx54_place_demonym_with_other_preposition(analyzer) -> None:  # noqa: ANN001
    text = "Along the Malian border, the Nigerien army's 12 Turkish-supplied Cobra vehicles patrol at night."
    assert [(r[1], r[2]) for r in _rows(analyzer, text)] == [("TUR", "NER")]


def test_cx54_to_the_border_is_still_a_recipient(analyzer) -> None:  # noqa: ANN001
    # "to" names where the system went; the place filter leaves it alone
    text = "Turkey sent drones to the Syrian border."
    assert [r[2] for r in _rows(analyzer, text)] == ["SYR"]


def test_cx54_hyphenated_participle_keeps_the_count(analyzer) -> None:  # noqa: ANN001
    text = "Morocco operates 18 American-supplied Black Hawks."
    assert [r[1:4] for r in _rows(analyzer, text)] == [("USA", "MAR", 18.0)]


def test_cx54_a_verb_between_still_cuts_the_count(analyzer) -> None:  # noqa: ANN001
    # a figure that a free-standing participle separates from the system counts something else
    text = "Morocco paid 18 million dollars and bought Black Hawks from the United States."
    assert all(r[3] != 18.0 for r in _rows(analyzer, text))


def test_cx54_partitive_with_a_modifier_counts_the_part(analyzer) -> None:  # noqa: ANN001
    # (a fourth shape) "14 of the eight-wheeled vehicles": the part handed over, its modifier between
    text = (
        "Latvia chose the Finnish Patria AMV in 2021. Finland handed over 9 of the armoured vehicles in June."
    )
    delivered = [f for f in claim_fields(analyzer, text, "transfer", _DAY) if f.get("status") == "delivered"]
    assert [f.get("quantity") for f in delivered] == [9.0]


def test_cx54_partitive_of_a_counted_whole_keeps_both(analyzer) -> None:  # noqa: ANN001
    # "six of the twenty Leopard tanks": the twenty are the whole (promised), the six the part
    text = "Portugal has delivered six of the twenty Leopard 2A6 tanks it promised to Ukraine."
    found = {
        (f.get("status"), f.get("quantity"))
        for f in claim_fields(analyzer, text, "transfer", _DAY)
        if f.get("status") not in (None, "mentioned")
    }
    assert ("delivered", 6.0) in found
    assert any(q == 20.0 for _s, q in found)
