"""Issue 11's actor rules on sentences parsed by the pinned model, with the shipped knowledge base:
case-folded organisations, posts at organisations, offices by date, sector agents with a place, and
antecedents.  The sentences are written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.actors.coref import antecedent_of_token
from geowire.actors.kb import KnowledgeBase
from geowire.actors.resolve import resolve_mentions
from geowire.lang import load_language
from geowire.nlp.annotate import Annotator
from geowire.types import ActorMention, DocContext

EN = load_language("en")

pytestmark = pytest.mark.model


def _resolve(
    annotator: Annotator, kb: KnowledgeBase, text: str, on: dt.date
) -> tuple[object, list[ActorMention]]:
    ctx = DocContext("t", on)
    ((_, annotated),) = list(annotator.pipe([(ctx, text)]))
    mentions = resolve_mentions(annotated.doc, ctx, kb, EN, sentences=annotated.sentences)
    return annotated.doc, mentions


def _found(mentions: list[ActorMention]) -> list[tuple[str, str, str | None, str | None]]:
    return [(m.text, m.kind, m.code, m.sector) for m in mentions]


def test_resolve_issue11_model_folded_organisations_and_posts(
    annotator: Annotator, kb: KnowledgeBase
) -> None:
    text = "Nato and Ecowas envoys met, and Ghana's UN ambassador urged the Danish envoy to the UN to wait."
    _, mentions = _resolve(annotator, kb, text, dt.date(2024, 2, 1))
    found = _found(mentions)
    assert ("Nato", "igo", "NATO", "MIL") in found
    assert any(t == "Ecowas" and code == "ECOWAS" for t, _, code, _ in found)
    assert ("Ghana's UN ambassador", "country", "GHA", "GOV") in found
    assert ("Danish envoy to the UN", "country", "DNK", "GOV") in found
    assert not any(code == "UN" for _, _, code, _ in found)


@pytest.mark.parametrize(
    ("on", "name"),
    [
        (dt.date(2019, 10, 7), "Donald Trump"),
        (dt.date(2023, 10, 9), "Joe Biden"),
        (dt.date(2025, 10, 6), "Donald Trump"),
    ],
)
def test_resolve_issue11_model_office_by_date(
    annotator: Annotator, kb: KnowledgeBase, on: dt.date, name: str
) -> None:
    _, mentions = _resolve(annotator, kb, "The U.S. president telephoned the Japanese prime minister.", on)
    first = mentions[0]
    assert (first.kind, first.code, first.sector, first.name) == ("person", "USA", "GOV", name)


def test_resolve_issue11_model_sector_agents_take_the_place(annotator: Annotator, kb: KnowledgeBase) -> None:
    text = (
        "Riot police detained dozens of students in Kathmandu on Friday. "
        "Gunmen attacked a convoy in northern Niger."
    )
    _, mentions = _resolve(annotator, kb, text, dt.date(2024, 2, 1))
    placed = [(m.code, m.sector) for m in mentions if m.how == "sector+place"]
    assert ("NPL", "COP") in placed
    assert ("NER", "UAF") in placed


def test_resolve_issue11_model_possessive_antecedent(annotator: Annotator, kb: KnowledgeBase) -> None:
    text = "Angola's diamond sales slumped. Belgium and Israel still bought its stones."
    doc, mentions = _resolve(annotator, kb, text, dt.date(2024, 2, 1))
    its = next(t for t in doc if t.lower_ == "its")  # type: ignore[attr-defined]
    found = antecedent_of_token(its, mentions, EN)
    assert found is not None and found.code == "AGO"
