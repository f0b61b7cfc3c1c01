"""Statements quoted in single quotes (British style) read as those in double quotes, and a phrase
quoted inside the speaker's own clause is neither the statement nor a sign of another speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _statements(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 9, 12)), text)])
    return [(c.fields["speaker"], c.fields["text"]) for c in a.claims if c.kind == "statement"]


@pytest.mark.parametrize("quote", ["'{}'", "‘{}’", "“{}”"])
def test_a_quote_before_its_speaker_in_any_quotation_marks(analyzer, quote: str) -> None:  # noqa: ANN001
    text = quote.format("Our fishermen will keep sailing to those reefs,") + " Fiji's prime minister said."
    assert _statements(analyzer, text) == [("FJI", "Our fishermen will keep sailing to those reefs")]


def test_a_single_quoted_quote_after_the_verb_and_a_colon(analyzer) -> None:  # noqa: ANN001
    text = "Estonia's interior minister said: 'The border crossings stay shut until further notice.'"
    assert _statements(analyzer, text) == [("EST", "The border crossings stay shut until further notice.")]


def test_apostrophes_inside_a_single_quoted_quote_do_not_end_it(analyzer) -> None:  # noqa: ANN001
    text = "'The neighbours' patience isn't endless,' said Mongolia's foreign minister."
    assert _statements(analyzer, text) == [("MNG", "The neighbours' patience isn't endless")]


@pytest.mark.parametrize("phrase", ["'a provocation'", "“a provocation”"])
def test_a_phrase_quoted_in_the_speakers_clause_is_not_what_was_said(analyzer, phrase: str) -> None:  # noqa: ANN001
    text = f"Uruguay's foreign minister called the seizure {phrase} and said Montevideo would file a protest."
    assert _statements(analyzer, text) == [("URY", "Montevideo would file a protest")]


def test_a_quoted_phrase_after_an_official_posted_abroad(analyzer) -> None:  # noqa: ANN001
    text = "Peru's embassy in Madrid called the ruling 'a disgrace' and said Lima would appeal."
    assert _statements(analyzer, text) == [("PER", "Lima would appeal")]


def test_a_run_of_quote_marks_that_never_close_is_no_quotation() -> None:
    from geowire.model.rules_statements import _QUOTE

    assert list(_QUOTE.finditer(" 'ab" * 2000)) == []  # each opener's search is bounded, too
