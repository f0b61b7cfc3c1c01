"""Denials the force rules read (issue 13): a transfer in a report the sentence calls false, an
order said to be unfulfilled, forces said not to be sent or not to be there, and a phrasal verb's
particle that is no figure qualifier."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _claims(analyzer, text: str, kind: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 4)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == kind]


def test_transfer_in_a_report_called_false_is_denied(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(
        analyzer,
        "Stories that Serbia shipped eight Pantsir launchers to Libya in April are untrue, Belgrade said.",
        "transfer",
    )
    assert (t["supplier"], t["recipient"], t["status"], t.get("negated")) == ("SRB", "LBY", "delivered", True)


def test_transfer_reported_and_not_refuted_stays_a_delivery(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(
        analyzer, "Reports say Serbia shipped eight Pantsir launchers to Libya in April.", "transfer"
    )
    assert not t.get("negated")


def test_transfer_an_unfulfilled_order_is_an_order_and_a_denied_delivery(analyzer) -> None:  # noqa: ANN001
    ts = _claims(
        analyzer, "Chile's order for ten Leopard tanks from Germany has still not been fulfilled.", "transfer"
    )
    (order,) = [t for t in ts if not t.get("negated")]
    (denied,) = [t for t in ts if t.get("negated")]
    assert (order["status"], denied["status"]) == ("contracted", "delivered")  # an order for … is a contract
    assert {(t["supplier"], t["recipient"]) for t in ts} == {("DEU", "CHL")}


def test_deployment_not_sent_is_a_negated_deployment(analyzer) -> None:  # noqa: ANN001
    (d,) = _claims(
        analyzer, "Armenia has not sent any soldiers to Syria, Yerevan said on Monday.", "deployment"
    )
    assert (d["country"], d["host"], d.get("negated")) == ("ARM", "SYR", True)


def test_deployment_there_are_no_forces_is_a_negated_deployment(analyzer) -> None:  # noqa: ANN001
    (d,) = _claims(analyzer, "There are no Cuban soldiers in Angola, the Angolan army said.", "deployment")
    assert (d["country"], d["host"], d.get("negated")) == ("CUB", "AGO", True)


@pytest.mark.parametrize(
    "text",
    [
        "There are 300 Chilean troops in Haiti.",
        "Peru has stationed no fewer than 400 soldiers in Bolivia.",
    ],
)
def test_deployment_counted_forces_are_not_denied(analyzer, text: str) -> None:  # noqa: ANN001
    (d,) = _claims(analyzer, text, "deployment")
    assert d.get("host") and not d.get("negated")


def test_deployment_date_of_a_leading_attribution_is_not_the_deployment_s(analyzer) -> None:  # noqa: ANN001
    (d,) = _claims(
        analyzer,
        "The ministry in Rome said on Thursday that 600 Italian soldiers would be deployed to Latvia.",
        "deployment",
    )
    assert (d["country"], d["host"], d["personnel"]) == ("ITA", "LVA", 600.0)
    assert "date" not in d


@pytest.mark.parametrize("figure", ["nine", "9"])
def test_transfer_a_phrasal_verb_s_particle_is_no_qualifier(analyzer, figure: str) -> None:  # noqa: ANN001
    (t,) = _claims(analyzer, f"Finland handed over {figure} K9 howitzers to Estonia in May.", "transfer")
    assert (t["quantity"], t["quantity_qualifier"], t["quantity_text"]) == (9.0, None, figure)


def test_transfer_over_before_a_figure_after_another_verb_is_more_than(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(analyzer, "Finland delivered over 9 K9 howitzers to Estonia in May.", "transfer")
    assert t["quantity_qualifier"] == "over"


def test_deployment_forces_standing_guard_are_deployed(analyzer) -> None:  # noqa: ANN001
    (d,) = _claims(analyzer, "About 450 Czech soldiers stand guard at a base in Slovakia.", "deployment")
    assert (d["country"], d["host"], d["personnel"], d.get("negated")) == ("CZE", "SVK", 450.0, None)


@pytest.mark.parametrize(
    "text",
    [
        "Italy has supplied no Storm Shadow missiles to Ukraine.",
        "Italy handed over no Storm Shadow missiles to Ukraine.",
    ],
)
def test_transfer_a_denied_object_is_a_denial(analyzer, text: str) -> None:  # noqa: ANN001
    (t,) = _claims(analyzer, text, "transfer")
    assert (t["supplier"], t["recipient"], t.get("negated")) == ("ITA", "UKR", True)


def test_transfer_no_fewer_than_is_a_count_not_a_denial(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(
        analyzer, "Italy has supplied no fewer than 12 Storm Shadow missiles to Ukraine.", "transfer"
    )
    assert not t.get("negated")


def test_transfer_a_generic_system_s_name_leaves_out_no(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(analyzer, "Oslo said no patrol boats had been handed to Latvia this month.", "transfer")
    assert (t["system_name"], t.get("negated")) == ("patrol boats", True)
