"""Definite descriptions that name an actor again by its sector word (issue 11): "the junta" after
"Togo's junta" is Togo's junta (how ``description``, confidence 0.7); the nearest earlier mention
with the same last word counts; a description with its own owner ("the junta of Bolivia") or with
no such mention before stays as the resolver's other rules leave it; "the bloc" and "the group" (the
pack's anaphors of an organisation or a group) name the nearest organisation or group named before,
"the country" none.  Hand-built parses, no model."""

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
  - {code: BOL, name: Bolivia, demonyms: [Bolivian], capitals: [Sucre]}
organisations:
  - {code: AU, plover: IGO, name: African Union, aliases: [AU], kind: union, members: [TGO], sector: GOV}
groups:
  - {code: RLF, name: River Liberation Front, aliases: [RLF], country: BOL, sector: REB}
sectors:
  - {code: GOV, description: government, words: [junta, ministry, foreign ministry]}
  - {code: MIL, description: military, words: [army]}
  - {code: REB, description: rebels, words: [rebels]}
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    path: Path = tmp_path_factory.mktemp("kb") / "kb.yaml"
    path.write_text(KB_YAML)
    return KnowledgeBase.from_files([path], lang=EN, shipped=False)


def _found(text: str, kb: KnowledgeBase) -> list[tuple[str, str | None, str | None, str]]:
    words = text.replace(".", " .").replace("'s", " 's").split()
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", "'s") for i in range(len(words))]
    lemmas = [w.lower() for w in words]
    sent_starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, lemmas=lemmas, sent_starts=sent_starts)
    annotated = annotated_from_doc(doc, EN)
    mentions = resolve_mentions(
        doc, DocContext("d", dt.date(2025, 2, 1)), kb, EN, sentences=annotated.sentences
    )
    return [(m.text, m.code, m.sector, m.how) for m in mentions]


def test_resolve_description_names_again_the_actor_with_its_word(kb: KnowledgeBase) -> None:
    found = _found("Togo's junta closed the border. The junta blamed Bolivia.", kb)
    assert ("junta", "TGO", "GOV", "description") in found


def test_resolve_description_takes_the_nearest_same_word(kb: KnowledgeBase) -> None:
    found = _found("Togo's army met Bolivia's army. Later the army left the town.", kb)
    assert found[-1] == ("army", "BOL", "MIL", "description")


def test_resolve_description_without_a_same_word_before_is_no_mention(kb: KnowledgeBase) -> None:
    found = _found("Bolivia closed the border. The junta blamed Togo.", kb)
    assert [f for f in found if f[0] == "junta"] == []


def test_resolve_description_with_an_owner_of_its_own_is_the_owner(kb: KnowledgeBase) -> None:
    found = _found("Togo's junta met. The junta of Bolivia refused.", kb)
    assert not any(how == "description" for *_, how in found)


def test_resolve_bloc_and_group_name_the_nearest_of_their_kind(kb: KnowledgeBase) -> None:
    found = _found("The AU met in Lome. The RLF attacked Sucre. The bloc condemned the group.", kb)
    assert ("bloc", "AU", "GOV", "description") in found
    assert ("group", "RLF", "REB", "description") in found


def test_resolve_the_country_is_left_to_the_coder(kb: KnowledgeBase) -> None:
    found = _found("Togo met Bolivia. The country closed the border.", kb)
    assert not any(how == "description" for *_, how in found)


def test_resolve_bloc_does_not_reach_back_past_two_sentences(kb: KnowledgeBase) -> None:
    found = _found(
        "The AU met in Lome. Togo closed the border. Bolivia met Togo. Rain fell. The bloc left.", kb
    )
    assert not any(how == "description" for *_, how in found)


def test_resolve_the_agency_is_no_organisation_named_before(kb: KnowledgeBase) -> None:
    found = _found("The AU met in Lome. The agency reported the talks.", kb)
    assert not any(how == "description" for *_, how in found)
