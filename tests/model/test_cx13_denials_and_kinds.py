"""Claims the contradictions compare, read from fresh text (issue 13, helper ``cx13``, corpus
part_41): the day of a report's rejection ("rejected the account on Friday, saying that none …
have arrived") dates the rejection, not the denied delivery; a nation's "forces" said to be
stationed, based or deployed somewhere are a deployment (and denied, a denial of one), while
forces that fight are none; a programme two governments sign is an agreement, one nobody signs
is not — each beside the case that must stay as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _claims(analyzer, text: str, kind: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 3, 14)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == kind]


def test_cx13_the_day_of_a_rejection_does_not_date_the_denied_delivery(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(
        analyzer,
        "Italy's defence ministry rejected the Slovenian claim on Friday, saying that no Centauro"
        " vehicles have been handed over to Slovenia so far.",
        "transfer",
    )
    assert t.get("negated") and t["recipient"] == "SVN"
    assert t.get("date") is None


def test_cx13_a_day_that_closes_the_attribution_still_dates_the_report(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(analyzer, "Italy handed over four Centauro vehicles to Slovenia on Friday.", "transfer")
    assert t.get("date") == "2025-03-14"


def test_cx13_forces_said_to_be_stationed_are_a_deployment(analyzer) -> None:  # noqa: ANN001
    (d,) = _claims(analyzer, "Turkish forces are stationed in Iraq, the report says.", "deployment")
    assert (d["country"], d["host"], d.get("negated")) == ("TUR", "IRQ", None)


def test_cx13_a_denial_that_forces_are_based_there_is_a_denied_deployment(analyzer) -> None:  # noqa: ANN001
    (d,) = _claims(analyzer, "Laos denied on Tuesday that Vietnamese forces are based in Laos.", "deployment")
    assert (d["country"], d["host"], d.get("negated")) == ("VNM", "LAO", True)


def test_cx13_forces_that_fight_are_no_deployment(analyzer) -> None:  # noqa: ANN001
    text = "Sudanese forces shelled positions near the border with Chad."
    assert _claims(analyzer, text, "deployment") == []


def test_cx13_a_signed_programme_is_an_agreement(analyzer) -> None:  # noqa: ANN001
    text = "Portugal and Morocco signed a naval cooperation programme in Lisbon on 3 March."
    (a,) = _claims(analyzer, text, "agreement")
    assert (sorted(a["parties"]), a["action"], a.get("place")) == (["MAR", "PRT"], "signed", "Lisbon")


def test_cx13_a_programme_nobody_signs_is_no_agreement(analyzer) -> None:  # noqa: ANN001
    text = "Portugal and Morocco discussed the frigate programme during the visit."
    assert _claims(analyzer, text, "agreement") == []
