"""An arms company that sells is its country's supplier (issue 13: "Rheinmetall will supply
Hungary …" gave no transfer): as the subject of a supply verb, after "from" or as the counterpart of
a contract; a company's name inside a country's or a system's mention is not read again."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str) -> list[tuple[object, object, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 8, 20)), text)])
    return [(c.fields.get("supplier"), c.fields.get("recipient"), c.fields.get("status")) for c in a.claims
            if c.kind == "transfer"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kongsberg will deliver two coastal missile batteries to Lithuania next spring.", ("NOR", "LTU")),
        ("Navantia has handed over a second landing ship to the Turkish navy.", ("ESP", "TUR")),
        ("Egypt bought twelve patrol boats from Damen last year.", ("NLD", "EGY")),
        ("Malaysia signed a contract with Baykar for a dozen armed drones.", ("TUR", "MYS")),
    ],
)
def test_a_selling_company_supplies_as_its_country(analyzer, text: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert [(s, r) for s, r, _st in _transfers(analyzer, text)] == [expected]


def test_every_company_belongs_to_a_known_country() -> None:
    from geowire.actors.kb import load_kb
    from geowire.lang import load_language
    from geowire.model.lexicon import model_lexicon
    from geowire.settings import Settings

    lang = load_language("en")
    kb, lex = load_kb(Settings(), lang), model_lexicon(lang)
    assert lex.transfers.companies
    assert {c for c in lex.transfers.companies.values() if kb.country(c) is None} == set()


def test_a_company_that_also_sells_airliners_supplies_only_known_military_systems(analyzer) -> None:  # noqa: ANN001
    assert _transfers(analyzer, "Vietnam Airlines agreed to buy 40 jets from Boeing.") == []
    assert [
        (s, r) for s, r, _st in _transfers(analyzer, "Boeing will deliver 12 F-15EX fighters to Qatar.")
    ] == [("USA", "QAT")]
