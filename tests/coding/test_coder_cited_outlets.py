"""A news outlet cited as the source of a sentence ("…, Reuters reported", "according to IRNA",
"officials told Interfax") is no party of the events it reports (issue 11, recipients on real
news): the learned stage's candidates neither take it as an actor or recipient of the sentence's
triggers nor imply it as a recipient (in the sentence, as an earlier subject or as the article's
topic). An outlet that is itself acted on ("suspended the BBC") stays a party. Nor are the places
of an opening dateline ("LIMA, Peru — …") parties. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import candidate_events as _events
from .conftest import find

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Chile and Peru agreed to reopen their border crossing, Reuters reported.", "REUTERS"),
        ("Chile and Peru agreed to reopen their border crossing, according to Reuters.", "REUTERS"),
        ("Ghana will expel three Togolese diplomats, an official told Interfax.", "INTERFAX"),
    ],
)
def test_coder_cited_outlet_is_no_party(candidates, text: str, outlet: str) -> None:  # noqa: ANN001
    events = _events(candidates(text))
    assert events  # the reported act itself is still proposed
    assert not find(events, recipient=outlet)
    assert not find(events, actor=outlet)


def test_coder_outlet_acted_on_stays_a_party(candidates) -> None:  # noqa: ANN001
    events = _events(candidates("Mali suspended the BBC and Radio France on Monday."))
    assert find(events, actor="MLI", recipient="BBC")


def test_coder_dateline_country_is_no_party(candidates) -> None:  # noqa: ANN001
    events = _events(candidates("LIMA, Peru — Chile and Bolivia signed a transit accord on Friday."))
    assert events
    assert not find(events, actor="PER") and not find(events, recipient="PER")
