"""Organisation and group names matched in another letter case where that is safe (issue 11):
long acronyms as news writes them ("Nato", "Ecowas"), long names in headline capitals; short
acronyms, bare codes and names that are words keep needing their case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Doc

from geowire.actors.kb import KnowledgeBase
from geowire.actors.resolve import resolve_mentions
from geowire.lang import load_language
from geowire.nlp.annotate import annotated_from_doc
from geowire.types import DocContext

EN = load_language("en")

KB_YAML = """
countries:
  - {code: FRA, name: France, demonyms: [French]}
organisations:
  - {code: WESTBLOC, plover: IGO, name: Western Coastal Union, aliases: [WECU]}
  - {code: HOP, plover: NGO, name: Helping Other People, aliases: [HOP]}
  - {code: ROAST, plover: MNC, name: Roastery Holdings}
  - {code: PACT, plover: IGO, name: Pacific Accord, aliases: [PACT]}
  - {code: LOP, plover: IGO, name: League of Ports}
groups:
  - {code: RLF, name: River Liberation Front, aliases: [RILF], country: FRA, sector: REB}
not_actors:
  - {name: Pact, kind: word}
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    path: Path = tmp_path_factory.mktemp("kb") / "kb.yaml"
    path.write_text(KB_YAML)
    return KnowledgeBase.from_files([path], lang=EN, shipped=False)


def _codes(doc: Doc, kb: KnowledgeBase) -> list[tuple[str, str | None]]:
    annotated = annotated_from_doc(doc, EN)
    found = resolve_mentions(doc, DocContext("d", dt.date(2024, 3, 1)), kb, EN, sentences=annotated.sentences)
    return [(m.text, m.code) for m in found]


def test_resolve_case_folding_long_acronym_in_title_case(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    doc = make_doc("Wecu ministers met, and Rilf fighters withdrew.")
    assert _codes(doc, kb) == [("Wecu", "WESTBLOC"), ("Rilf", "RLF")]


def test_resolve_case_folding_exact_forms_still_match(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    assert _codes(make_doc("WECU and HOP spoke."), kb) == [("WECU", "WESTBLOC"), ("HOP", "HOP")]


def test_resolve_case_folding_short_acronym_keeps_its_case(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    assert _codes(make_doc("Hop on the bus, they said, and hop off."), kb) == []


def test_resolve_case_folding_word_listed_in_not_actors_stays_a_word(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    assert "PACT" not in kb.foldable_names()
    assert _codes(make_doc("Pact talks stalled, but PACT members met."), kb) == [("PACT", "PACT")]


def test_resolve_case_folding_bare_code_is_not_folded(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    assert "ROAST" not in kb.foldable_names()
    assert _codes(make_doc("Roast the beans."), kb) == []


def test_resolve_case_folding_long_names_keep_their_capitals(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    assert _codes(make_doc("WESTERN COASTAL UNION SUSPENDS TALKS"), kb) == [
        ("WESTERN COASTAL UNION", "WESTBLOC")
    ]
    assert _codes(make_doc("The League Of Ports met."), kb) == [("League Of Ports", "LOP")]
    assert _codes(make_doc("Helping other people is a western coastal union of towns."), kb) == []
