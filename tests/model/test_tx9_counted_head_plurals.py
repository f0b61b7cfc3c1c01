"""A counted fleet named by the last word of a system's longer name (issue 13): "60 Apaches",
"nine Typhoons" stand for the AH-64 Apache and the Eurofighter Typhoon; an uncounted head word
(a storm, a people) names no system."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 1)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "transfer"]


def test_counted_head_plural_in_digits_is_the_system(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Morocco has ordered 24 Apaches from the United States.")
    assert (t["system"], t["supplier"], t["recipient"], t["quantity"]) == ("AH-64 Apache", "USA", "MAR", 24)


def test_counted_head_plural_in_words_is_the_system(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Oman already operates twelve Typhoons bought from Britain in 2017.")
    assert (t["system"], t["supplier"], t["recipient"], t["quantity"]) == (
        "Eurofighter Typhoon",
        "GBR",
        "OMN",
        12,
    )


def test_uncounted_head_word_names_no_system(analyzer) -> None:  # noqa: ANN001
    assert _transfers(analyzer, "Typhoons often close the airports of Okinawa in the autumn.") == []
    assert _transfers(analyzer, "Three typhoons struck the coast of Luzon this month.") == []
