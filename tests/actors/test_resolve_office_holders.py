"""Offices named without a name are the person who held them on the date (issue 11): "the U.S.
president", "the Russian foreign minister", "Britain's prime minister" → that person, keeping
country and sector; re-dated by the event date; left as the country when nobody or several did."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Doc

from geowire.actors.kb import KnowledgeBase
from geowire.actors.resolve import redate_person, resolve_mentions
from geowire.lang import load_language
from geowire.nlp.annotate import annotated_from_doc
from geowire.types import ActorMention, DocContext

EN = load_language("en")

KB_YAML = """
countries:
  - {code: ISL, name: Iceland, demonyms: [Icelandic]}
  - {code: CHL, name: Chile, demonyms: [Chilean]}
people:
  - id: ana-a
    name: Ana Alvar
    roles:
      - {country: CHL, sector: GOV, title: President, start: 2010-03-11, end: 2014-03-11}
  - id: bea-b
    name: Bea Borja
    roles:
      - {country: CHL, sector: GOV, title: President, start: 2014-03-11, end: null}
  - id: gunnar-g
    name: Gunnar Geirsson
    roles:
      - {country: ISL, sector: MIL, title: Defense Minister (Minister of Security), start: 2012-01-01}
  - id: olaf-o
    name: Olaf Oddsson
    roles:
      - {country: ISL, sector: GOV, title: Prime Minister of Iceland, start: 2011-05-01, end: null}
sectors:
  - {code: GOV, description: government, words: [president, prime minister, minister]}
  - {code: MIL, description: military, words: [defence minister, defense minister]}
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    path: Path = tmp_path_factory.mktemp("kb") / "kb.yaml"
    path.write_text(KB_YAML)
    return KnowledgeBase.from_files([path], lang=EN, shipped=False)


@pytest.fixture(scope="module")
def shipped() -> KnowledgeBase:
    return KnowledgeBase.from_files([], lang=EN, shipped=True)


def _resolve(doc: Doc, kb: KnowledgeBase, on: dt.date | None) -> list[ActorMention]:
    annotated = annotated_from_doc(doc, EN)
    return resolve_mentions(doc, DocContext("d", on), kb, EN, sentences=annotated.sentences)


@pytest.mark.parametrize(
    ("on", "name"),
    [
        (dt.date(2019, 6, 3), "Donald Trump"),
        (dt.date(2023, 6, 5), "Joe Biden"),
        (dt.date(2025, 6, 2), "Donald Trump"),
    ],
)
def test_resolve_office_holders_us_president_by_article_date(
    make_doc: Callable[..., Doc], shipped: KnowledgeBase, on: dt.date, name: str
) -> None:
    (m,) = _resolve(make_doc("The U.S. president signed the order."), shipped, on)
    assert (m.text, m.kind, m.code, m.sector, m.name) == ("U.S. president", "person", "USA", "GOV", name)
    assert m.how == f"office-holder@{on.isoformat()}"


def test_resolve_office_holders_possessive_and_demonym(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    doc = make_doc("Iceland's prime minister called the Chilean president.")
    found = [(m.text, m.code, m.sector, m.name) for m in _resolve(doc, kb, dt.date(2016, 1, 1))]
    assert found == [
        ("Iceland's prime minister", "ISL", "GOV", "Olaf Oddsson"),
        ("Chilean president", "CHL", "GOV", "Bea Borja"),
    ]


def test_resolve_office_holders_office_of_country(make_doc: Callable[..., Doc], kb: KnowledgeBase) -> None:
    doc = make_doc("The prime minister of Iceland met a president of Chile.")
    found = [(m.text, m.kind, m.code, m.name) for m in _resolve(doc, kb, dt.date(2016, 1, 1))]
    assert found == [
        ("prime minister of Iceland", "person", "ISL", "Olaf Oddsson"),
        ("president of Chile", "country", "CHL", "Chile"),
    ]


def test_resolve_office_holders_title_spellings(make_doc: Callable[..., Doc], kb: KnowledgeBase) -> None:
    (m,) = _resolve(make_doc("The Icelandic defence minister left."), kb, dt.date(2016, 1, 1))
    assert (m.code, m.sector, m.name) == ("ISL", "MIL", "Gunnar Geirsson")


def test_resolve_office_holders_handover_day_is_the_incoming(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    (m,) = _resolve(make_doc("The Chilean president spoke."), kb, dt.date(2014, 3, 11))
    assert m.name == "Bea Borja"


@pytest.mark.parametrize(
    "text",
    ["A Chilean president spoke.", "Chilean presidents spoke.", "The Chilean minister spoke."],
)
def test_resolve_office_holders_not_one_office_stays_the_country(
    make_doc: Callable[..., Doc], kb: KnowledgeBase, text: str
) -> None:
    (m,) = _resolve(make_doc(text), kb, dt.date(2016, 1, 1))
    assert (m.kind, m.code, m.sector, m.name) == ("country", "CHL", "GOV", "Chile")


def test_resolve_office_holders_nobody_or_no_date_stays_the_country(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    for on in (dt.date(2000, 1, 1), None):
        (m,) = _resolve(make_doc("The Chilean president spoke."), kb, on)
        assert (m.kind, m.code, m.sector) == ("country", "CHL", "GOV")


def test_resolve_office_holders_redated_by_event_date(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    (m,) = _resolve(make_doc("The Chilean president spoke."), kb, dt.date(2016, 1, 1))
    earlier = redate_person(m, kb, EN, on=dt.date(2012, 1, 1))
    assert (earlier.name, earlier.code, earlier.sector, earlier.how) == (
        "Ana Alvar", "CHL", "GOV", "office-holder@2012-01-01",
    )  # fmt: skip
    nobody = redate_person(m, kb, EN, on=dt.date(2001, 1, 1))
    assert (nobody.name, nobody.code, nobody.sector) == (None, "CHL", "GOV")
