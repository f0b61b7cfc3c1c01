"""(cx25, issue 13) A country's name or capital that is only part of a longer place name is no
mention of that country.

"Minsk" in a Polish town called after it, "Mongolia" in the Chinese region to its south and "Mali" in
the name of a Croatian island port are read as Belarus, Mongolia and Mali when the knowledge base's
names are matched alone; the gazetteer knows the longer name as a town or region of another country
only, so the longer name is the place and the country none of the text's actors. A capital's own
longer name ("Kuwait City") and a longer name the gazetteer places in the country itself stay the
country's. The sentences are written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.actors.kb import KnowledgeBase
from geowire.actors.resolve import resolve_mentions
from geowire.lang import load_language
from geowire.nlp.annotate import Annotator

EN = load_language("en")


def _codes(annotator: Annotator, kb: KnowledgeBase, text: str) -> dict[str, str | None]:
    from geowire.types import DocContext

    ctx = DocContext("cx25", dt.date(2025, 6, 2))
    ((_, annotated),) = list(annotator.pipe([(ctx, text)]))
    mentions = resolve_mentions(annotated.doc, ctx, kb, EN, sentences=annotated.sentences)
    return {m.text: m.code for m in mentions}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A squadron of Dutch fighters landed at the air base in Minsk Mazowiecki on Friday.", "BLR"),
        ("Kazakh paratroopers arrived in Inner Mongolia for a week of drills.", "MNG"),
        ("Two Italian minehunters reached Mali Losinj after a night at sea.", "MLI"),
    ],
)
def test_resolve_a_country_inside_a_longer_place_name_is_no_mention(
    annotator: Annotator, kb: KnowledgeBase, text: str, country: str
) -> None:
    assert country not in _codes(annotator, kb, text).values()


@pytest.mark.model
def test_resolve_a_capital_named_with_its_own_suffix_stays_the_country(
    annotator: Annotator, kb: KnowledgeBase
) -> None:
    codes = _codes(annotator, kb, "Envoys met in Kuwait City before flying on to Belarus and Minsk.")
    assert codes.get("Kuwait City") == "KWT"
    assert codes.get("Minsk") == "BLR"
