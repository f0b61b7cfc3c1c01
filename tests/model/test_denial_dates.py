"""Which date a denied transfer or deployment keeps (issue 13): the day a denial was made dates the
denial, not the act it denies — whether the date follows the denial verb ("denied on Tuesday that
…") or comes right before it ("on Friday rejected claims that …") — while a date told after the act
that did not happen ("were not handed over on Monday as planned") is that act's."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _claim(analyzer, text: str, kind: str) -> dict[str, object]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 4)), text)])
    (c,) = [c for c in a.claims if c.kind == kind]
    return dict(c.fields)


def test_denial_dates_a_day_after_the_denial_verb_is_the_denial_s(analyzer) -> None:  # noqa: ANN001
    text = "Ankara denied on Tuesday that it had shipped any drones to Libya in March."
    t = _claim(analyzer, text, "transfer")
    assert (t.get("negated"), t.get("date_text")) == (True, "March")


def test_denial_dates_a_day_right_before_the_denial_verb_is_the_denial_s(analyzer) -> None:  # noqa: ANN001
    text = "Chile's defence ministry on Friday rejected claims that it had sold Leopard tanks to Bolivia."
    t = _claim(analyzer, text, "transfer")
    assert t.get("negated") and "date" not in t
    text = "Yerevan on Monday denied reports that Armenian soldiers had been sent to Syria."
    d = _claim(analyzer, text, "deployment")
    assert d.get("negated") and "date" not in d


def test_denial_dates_the_day_of_an_act_that_did_not_happen_stays(analyzer) -> None:  # noqa: ANN001
    text = "The frigates were not handed over to Peru by Spain on Monday as planned, Spanish officials said."
    t = _claim(analyzer, text, "transfer")
    assert (t.get("negated"), t.get("date"), t.get("date_text")) == (True, "2025-06-02", "Monday")
    text = "Armenia did not send any soldiers to Syria on Monday, officials said."
    d = _claim(analyzer, text, "deployment")
    assert (d.get("negated"), d.get("date")) == (True, "2025-06-02")
