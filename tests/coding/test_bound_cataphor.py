"""A possessive in a phrase that opens the sentence ("With his visit to X, the chancellor …") is bound
by the grammar to the main clause's subject; the role it fills is as sure as a named owner's, not
discounted as a pronoun the discourse only suggests ("… spoke. His visit …"). Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.pipeline import Analyzer
from geowire.settings import Settings
from geowire.types import DocContext

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(Settings().with_overrides(coder="rules"))


def _visit_sources(analyzer: Analyzer, text: str) -> set[tuple[str, str]]:
    """(actor code, source-confidence feature) of each "visit" reading with a recipient."""
    (p,) = analyzer.prepare([(DocContext("bound", dt.date(2023, 2, 6)), text)])
    return {
        (ev.actors[0].code or "", next(f for f in feats if f.startswith("srcconf=")))
        for ev, feats in analyzer.candidates(p)
        if ev.trigger.text == "visit" and ev.recipients and ev.actors
    }


def test_a_fronted_possessive_is_bound_to_the_main_subject(analyzer: Analyzer) -> None:
    text = "With his visit to Kyiv, German Chancellor Olaf Scholz showed support for Ukraine."
    assert _visit_sources(analyzer, text) == {("DEU", "srcconf=2")}


def test_a_possessive_after_its_antecedent_stays_a_discourse_pronoun(analyzer: Analyzer) -> None:
    text = "German Chancellor Olaf Scholz spoke on Monday. His visit to Kyiv showed support for Ukraine."
    assert _visit_sources(analyzer, text) == {("DEU", "srcconf=1")}
