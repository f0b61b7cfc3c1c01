"""Officials named by a post held at an organisation are their country's (issue 11): "Gabon's UN
ambassador", "the French envoy to the UN", "the UN ambassador of Gabon" are one mention of the
country in the government sector; the organisation is where the post is, not a second actor."""

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
  - {code: NOR, name: Norway, demonyms: [Norwegian]}
  - {code: PER, name: Peru, demonyms: [Peruvian]}
  - {code: FJI, name: Fiji, demonyms: [Fijian]}
organisations:
  - {code: UN, plover: UNO, name: United Nations, aliases: [UN]}
  - {code: AU, plover: IGO, name: African Union, aliases: [AU]}
sectors:
  - {code: GOV, description: government, words: [ambassador, envoy, representative, minister]}
  - {code: MIL, description: military, words: [troops]}
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    path: Path = tmp_path_factory.mktemp("kb") / "kb.yaml"
    path.write_text(KB_YAML)
    return KnowledgeBase.from_files([path], lang=EN, shipped=False)


def _found(doc: Doc, kb: KnowledgeBase) -> list[tuple[str, str | None, str | None]]:
    annotated = annotated_from_doc(doc, EN)
    found = resolve_mentions(doc, DocContext("d", dt.date(2024, 3, 1)), kb, EN, sentences=annotated.sentences)
    return [(m.text, m.code, m.sector) for m in found]


def test_resolve_posts_possessive_with_organisation_before_post(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    assert _found(make_doc("Norway's UN ambassador walked out."), kb) == [
        ("Norway's UN ambassador", "NOR", "GOV")
    ]


def test_resolve_posts_demonym_post_to_organisation(make_doc: Callable[..., Doc], kb: KnowledgeBase) -> None:
    assert _found(make_doc("The Peruvian envoy to the UN objected."), kb) == [
        ("Peruvian envoy to the UN", "PER", "GOV")
    ]
    assert _found(make_doc("Fiji's representative at the African Union agreed."), kb) == [
        ("Fiji's representative at the African Union", "FJI", "GOV")
    ]


def test_resolve_posts_organisation_post_of_country(make_doc: Callable[..., Doc], kb: KnowledgeBase) -> None:
    assert _found(make_doc("The AU envoy from Fiji spoke."), kb) == [("AU envoy from Fiji", "FJI", "GOV")]


def test_resolve_posts_other_words_leave_the_organisation_an_actor(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    assert _found(make_doc("Norway's minister to the UN spoke."), kb) == [
        ("Norway's minister", "NOR", "GOV"),
        ("UN", "UN", None),
    ]
    assert _found(make_doc("The UN envoy for Peru met Norwegian troops."), kb) == [
        ("UN", "UN", None),
        ("Peru", "PER", None),
        ("Norwegian troops", "NOR", "MIL"),
    ]
    assert _found(make_doc("The Norwegian ambassador to Peru left."), kb) == [
        ("Norwegian ambassador", "NOR", "GOV"),
        ("Peru", "PER", None),
    ]
