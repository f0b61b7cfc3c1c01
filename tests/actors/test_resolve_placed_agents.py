"""Agents named only by a sector word take the country of the place the sentence names (issue 11):
"Police detained students in Lome" → TGO/COP, how ``sector+place``, lower confidence; with no
place (or places in two countries) the sector alone, code None.  Hand-built parses, no model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from geowire.actors.kb import KnowledgeBase
from geowire.actors.resolve import resolve_mentions
from geowire.lang import load_language
from geowire.nlp.annotate import annotated_from_doc
from geowire.types import DocContext

EN = load_language("en")

KB_YAML = """
countries:
  - {code: TGO, name: Togo, demonyms: [Togolese], capitals: [Lome]}
  - {code: BOL, name: Bolivia, demonyms: [Bolivian], capitals: [Sucre], regions: [Potosi]}
groups:
  - {code: RLF, name: River Liberation Front, aliases: [RLF], country: BOL, sector: REB}
sectors:
  - {code: COP, description: police, words: [police, security forces]}
  - {code: MIL, description: military, words: [troops, soldier, soldiers, bomber]}
  - {code: CVL, description: civilians, words: [protesters, students]}
  - {code: UAF, description: unidentified armed forces, words: [gunmen]}
  - {code: REB, description: rebels, words: [fighters, suicide bomber]}
  - {code: GOV, description: government, words: [officials]}
"""

Row = tuple[str, str, str, int]  # word, pos, dep, head


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    path: Path = tmp_path_factory.mktemp("kb") / "kb.yaml"
    path.write_text(KB_YAML)
    return KnowledgeBase.from_files([path], lang=EN, shipped=False)


def _doc(rows: list[Row]) -> Doc:
    words, pos, deps, heads = zip(*rows, strict=True)
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",") for i in range(len(words))]
    return Doc(
        spacy.blank("en").vocab,
        words=list(words),
        spaces=spaces,
        pos=list(pos),
        deps=list(deps),
        heads=list(heads),
    )


def _found(rows: list[Row], kb: KnowledgeBase) -> list[tuple[str, str, str | None, str | None, str]]:
    doc = _doc(rows)
    annotated = annotated_from_doc(doc, EN)
    mentions = resolve_mentions(
        doc, DocContext("d", dt.date(2024, 3, 1)), kb, EN, sentences=annotated.sentences
    )
    return [(m.text, m.kind, m.code, m.sector, m.how) for m in mentions]


def test_resolve_placed_agents_subject_takes_the_capital_country(kb: KnowledgeBase) -> None:
    rows: list[Row] = [
        ("Police", "NOUN", "nsubj", 1), ("detained", "VERB", "ROOT", 1), ("students", "NOUN", "dobj", 1),
        ("in", "ADP", "prep", 1), ("Lome", "PROPN", "pobj", 3), (".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    assert _found(rows, kb) == [
        ("Police", "country", "TGO", "COP", "sector+place"),
        ("Lome", "country", "TGO", None, "capital"),
    ]
    doc = _doc(rows)
    sentences = annotated_from_doc(doc, EN).sentences
    first = resolve_mentions(doc, DocContext("d", None), kb, EN, sentences=sentences)[0]
    assert first.confidence == pytest.approx(0.7)


def test_resolve_placed_agents_the_police_of_a_place(kb: KnowledgeBase) -> None:
    rows: list[Row] = [
        ("The", "DET", "det", 1), ("police", "NOUN", "nsubj", 2), ("fired", "VERB", "ROOT", 2),
        ("in", "ADP", "prep", 2), ("Lome", "PROPN", "pobj", 3), (".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    assert _found(rows, kb)[0] == ("police", "country", "TGO", "COP", "sector+place")


def test_resolve_placed_agents_passive_agent_and_region_with_direction(kb: KnowledgeBase) -> None:
    rows: list[Row] = [
        ("Two", "NUM", "nummod", 1), ("guards", "NOUN", "nsubjpass", 3), ("were", "AUX", "auxpass", 3),
        ("shot", "VERB", "ROOT", 3), ("by", "ADP", "agent", 3), ("a", "DET", "det", 7),
        ("suicide", "NOUN", "compound", 7), ("bomber", "NOUN", "pobj", 4), ("in", "ADP", "prep", 3),
        ("northern", "ADJ", "amod", 10), ("Potosi", "PROPN", "pobj", 8), (".", "PUNCT", "punct", 3),
    ]  # fmt: skip
    assert _found(rows, kb)[0] == ("suicide bomber", "country", "BOL", "REB", "sector+place")


def test_resolve_placed_agents_conjoined_subjects(kb: KnowledgeBase) -> None:
    rows: list[Row] = [
        ("Troops", "NOUN", "nsubj", 3), ("and", "CCONJ", "cc", 0), ("protesters", "NOUN", "conj", 0),
        ("clashed", "VERB", "ROOT", 3), ("near", "ADP", "prep", 3), ("Sucre", "PROPN", "pobj", 4),
        (".", "PUNCT", "punct", 3),
    ]  # fmt: skip
    assert _found(rows, kb)[:2] == [
        ("Troops", "country", "BOL", "MIL", "sector+place"),
        ("protesters", "country", "BOL", "CVL", "sector+place"),
    ]


def test_resolve_placed_agents_without_one_place_keep_only_the_sector(kb: KnowledgeBase) -> None:
    alone: list[Row] = [
        ("Protesters", "NOUN", "nsubj", 1),
        ("marched", "VERB", "ROOT", 1),
        (".", "PUNCT", "punct", 1),
    ]
    assert _found(alone, kb) == [("Protesters", "unresolved", None, "CVL", "sector")]
    two_places: list[Row] = [
        ("Gunmen", "NOUN", "nsubj", 1), ("fired", "VERB", "ROOT", 1), ("in", "ADP", "prep", 1),
        ("Lome", "PROPN", "pobj", 2), ("and", "CCONJ", "cc", 3), ("in", "ADP", "conj", 2),
        ("Sucre", "PROPN", "pobj", 5), (".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    assert _found(two_places, kb)[0] == ("Gunmen", "unresolved", None, "UAF", "sector")
    demonym: list[Row] = [
        ("Gunmen", "NOUN", "nsubj", 1), ("fired", "VERB", "ROOT", 1), ("near", "ADP", "prep", 1),
        ("the", "DET", "det", 5), ("Bolivian", "ADJ", "amod", 5), ("border", "NOUN", "pobj", 2),
        (".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    assert _found(demonym, kb)[0] == ("Gunmen", "unresolved", None, "UAF", "sector")


@pytest.mark.parametrize(
    "rows",
    [
        [  # a passive subject is no agent
            ("Soldiers", "NOUN", "nsubjpass", 2),
            ("were", "AUX", "auxpass", 2),
            ("attacked", "VERB", "ROOT", 2),
            ("in", "ADP", "prep", 2),
            ("Lome", "PROPN", "pobj", 3),
            (".", "PUNCT", "punct", 2),
        ],
        [  # owned by a possessive
            ("Its", "PRON", "poss", 1),
            ("troops", "NOUN", "nsubj", 2),
            ("entered", "VERB", "ROOT", 2),
            ("Lome", "PROPN", "dobj", 2),
            (".", "PUNCT", "punct", 2),
        ],
        [  # named by a mention in the noun phrase
            ("RLF", "PROPN", "compound", 1),
            ("fighters", "NOUN", "nsubj", 2),
            ("attacked", "VERB", "ROOT", 2),
            ("in", "ADP", "prep", 2),
            ("Lome", "PROPN", "pobj", 3),
            (".", "PUNCT", "punct", 2),
        ],
        [  # "the" militants were named before
            ("The", "DET", "det", 1),
            ("fighters", "NOUN", "nsubj", 2),
            ("attacked", "VERB", "ROOT", 2),
            ("in", "ADP", "prep", 2),
            ("Lome", "PROPN", "pobj", 3),
            (".", "PUNCT", "punct", 2),
        ],
        [  # foreign troops are not the place's
            ("Foreign", "ADJ", "amod", 1),
            ("troops", "NOUN", "nsubj", 2),
            ("landed", "VERB", "ROOT", 2),
            ("in", "ADP", "prep", 2),
            ("Lome", "PROPN", "pobj", 3),
            (".", "PUNCT", "punct", 2),
        ],
        [  # joined to a named actor: not local either
            ("Bolivian", "ADJ", "amod", 1),
            ("troops", "NOUN", "nsubj", 4),
            ("and", "CCONJ", "cc", 1),
            ("soldiers", "NOUN", "conj", 1),
            ("landed", "VERB", "ROOT", 4),
            ("in", "ADP", "prep", 4),
            ("Lome", "PROPN", "pobj", 5),
            (".", "PUNCT", "punct", 4),
        ],
        [  # not a placed sector
            ("Officials", "NOUN", "nsubj", 1),
            ("met", "VERB", "ROOT", 1),
            ("in", "ADP", "prep", 1),
            ("Lome", "PROPN", "pobj", 2),
            (".", "PUNCT", "punct", 1),
        ],
    ],
)
def test_resolve_placed_agents_not_for_others(kb: KnowledgeBase, rows: list[Row]) -> None:
    assert all(how != "sector+place" and how != "sector" for *_, how in _found(rows, kb))


def test_resolve_placed_agents_place_must_be_in_the_agents_clause(kb: KnowledgeBase) -> None:
    """ "Rulers backed by soldiers warned that an attack in Lome ...": the place is another
    clause's; "a jab at Sucre" names a target, not a place."""
    other_clause: list[Row] = [
        ("Rulers", "NOUN", "nsubj", 4), ("backed", "VERB", "acl", 0), ("by", "ADP", "agent", 1),
        ("soldiers", "NOUN", "pobj", 2), ("warned", "VERB", "ROOT", 4), ("that", "SCONJ", "mark", 9),
        ("an", "DET", "det", 7), ("attack", "NOUN", "nsubj", 9), ("in", "ADP", "prep", 7),
        ("mattered", "VERB", "ccomp", 4), ("Lome", "PROPN", "pobj", 8), (".", "PUNCT", "punct", 4),
    ]  # fmt: skip
    assert ("soldiers", "unresolved", None, "MIL", "sector") in _found(other_clause, kb)
    target: list[Row] = [
        ("Protesters", "NOUN", "nsubj", 1), ("jeered", "VERB", "ROOT", 1), ("at", "ADP", "prep", 1),
        ("Sucre", "PROPN", "pobj", 2), (".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    assert _found(target, kb)[0] == ("Protesters", "unresolved", None, "CVL", "sector")
