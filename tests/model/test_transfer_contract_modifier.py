"""A system named only as the modifier of a contract or deal noun (issue 13): "the mortar contract
Peru signed with Spain" contracts mortars, its buyer the name before the verb; a bare noun there
("Peru's mortar deal") stands for the one system of its class the article names, and stays
generic when the article names several or none."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 1)), text)])
    return [
        (c.fields.get("supplier"), c.fields.get("recipient"), c.fields.get("system"), c.fields.get("status"))
        for c in a.claims
        if c.kind == "transfer"
    ]


def test_transfer_a_generic_noun_before_the_contract_is_its_system(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "The mortar contract Peru signed with Spain last year is worth $40 million.")
    assert found == [("ESP", "PER", "mortar", "contracted")]


def test_transfer_a_model_name_before_the_contract_is_its_system(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "The Rafale contract Greece signed with France is the navy's envy.")
    assert found == [("FRA", "GRC", "Rafale", "contracted")]


def test_transfer_a_name_inside_the_contract_phrase_is_the_buyer(analyzer) -> None:  # noqa: ANN001
    text = "The contract Peru signed with Spain in May for eight Halcón-class patrol boats was cheap."
    found = _transfers(analyzer, text)
    assert [(s, r, st) for s, r, _sys, st in found] == [("ESP", "PER", "contracted")]


def test_transfer_a_contract_noun_after_a_system_is_no_carrier_of_another_verb(analyzer) -> None:  # noqa: ANN001
    # no contract noun after the system: the drones carry the cargo, as before
    found = _transfers(analyzer, "Turkish drones delivered medicines to Libya in June.")
    assert not [t for t in found if t[2] == "drone"]


def test_transfer_a_bare_contract_modifier_takes_the_articles_one_system(analyzer) -> None:  # noqa: ANN001
    text = (
        "Peru's army has flown two Mi-17 helicopters in exercises since March. "
        "Peru's helicopter deal with Russia, signed in May, is worth $90 million."
    )
    contracted = [t for t in _transfers(analyzer, text) if t[3] == "contracted"]
    assert [(s, r) for s, r, _sys, _st in contracted] == [("RUS", "PER")]
    assert contracted[0][2] != "helicopter"


def test_transfer_a_bare_contract_modifier_with_two_candidates_stays_generic(analyzer) -> None:  # noqa: ANN001
    text = (
        "Peru's army flies Mi-17 helicopters and its navy flies AW109 helicopters. "
        "Peru's helicopter deal with Russia, signed in May, is worth $90 million."
    )
    contracted = [t for t in _transfers(analyzer, text) if t[3] == "contracted"]
    assert [sys for _s, _r, sys, _st in contracted] == ["helicopter"]


def test_transfer_a_bare_noun_between_two_parties_takes_the_articles_one_earlier_system(analyzer) -> None:  # noqa: ANN001
    text = (
        "The first Gripen fighters from Sweden have arrived in Hungary, officials said. "
        "Norway also transferred several jets to Hungary under the same plan."
    )
    later = [t for t in _transfers(analyzer, text) if t[0] == "NOR"]
    assert later == [("NOR", "HUN", "Gripen", "delivered")]


def test_transfer_a_bare_noun_with_two_earlier_candidates_stays_generic(analyzer) -> None:  # noqa: ANN001
    text = (
        "Hungary flies Gripen jets and Rafale jets. Norway also transferred several jets to Hungary in May."
    )
    later = [t for t in _transfers(analyzer, text) if t[0] == "NOR"]
    assert later == [("NOR", "HUN", "jet", "delivered")]


def test_transfer_the_owners_own_systems_are_not_the_articles_earlier_one(analyzer) -> None:  # noqa: ANN001
    text = (
        "Germany will not supply Taurus cruise missiles to Ukraine. "
        "Britain and France have sent Kyiv their own long-range missiles."
    )
    sent = [t for t in _transfers(analyzer, text) if t[0] in ("GBR", "FRA")]
    assert sent and all(t[2] == "missile" for t in sent)


@pytest.mark.parametrize(
    "text",
    [
        "Sweden handed Chile its first Gripen fighters in May. Chile ordered the jets from Sweden in 2022 "
        "to replace its ageing F-16s.",
        "Sweden handed Chile its first Gripen fighters in May. Chile ordered the jets from Sweden in 2022, "
        "replacing the air force's old F-16 fighters.",
    ],
)
def test_transfer_a_system_the_transfer_replaces_is_not_moved(analyzer, text: str) -> None:  # noqa: ANN001
    assert {t[2] for t in _transfers(analyzer, text)} == {"Gripen"}


def _contracted(analyzer, text: str) -> list[object]:  # noqa: ANN001
    return [t[2] for t in _transfers(analyzer, text) if t[3] == "contracted"]


def test_transfer_a_contract_modifier_takes_a_later_designation_when_the_article_names_one(analyzer) -> None:  # noqa: ANN001
    text = (
        "Kenya's helicopter deal with Italy, signed in May, is worth €300 million. "
        "The eight AW159s will fly from Mombasa."
    )
    assert _contracted(analyzer, text) == ["AW159"]


def test_transfer_a_contract_modifier_stays_generic_beside_two_designations(analyzer) -> None:  # noqa: ANN001
    text = (
        "Kenya's helicopter deal with Italy, signed in May, is worth €300 million. "
        "The eight AW159s and two AW101s will fly from Mombasa."
    )
    assert _contracted(analyzer, text) == ["helicopter"]


@pytest.mark.parametrize(
    "text",
    [
        # another story's system (its sentence names neither party)
        "Kenya flies Gripen jets bought years ago. Separately, Brazil sold several jets to Chile in March.",
        # a quoted, refused system
        '"We will never buy Rafale jets," a Chilean minister said. Then Brazil sold several jets to Chile.',
        # a known system of another class for a contract's bare noun
        "Chile's army drives Leopard 2 tanks. Chile's helicopter deal with Brazil, signed in May, is large.",
    ],
)
def test_transfer_the_article_system_comes_from_the_transfer_story(analyzer, text: str) -> None:  # noqa: ANN001
    """The article's one system is taken only from a sentence naming one of the transfer's parties,
    outside quotations; a contract's bare noun falls back only to a designation the knowledge base
    lacks (review13)."""
    systems = [sys for s, r, sys, _st in _transfers(analyzer, text) if (s, r) == ("BRA", "CHL")]
    assert systems and all(sys in ("jet", "helicopter") for sys in systems)


@pytest.mark.parametrize("gap", ["never signed", "has not signed", "hasn't signed"])
def test_transfer_a_contract_not_signed_is_not_contracted(analyzer, gap: str) -> None:  # noqa: ANN001
    text = f"The howitzer contract that Peru {gap} with Spain would have cost $300 million."
    assert all(st != "contracted" for *_x, st in _transfers(analyzer, text))
