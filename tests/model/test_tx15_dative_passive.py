"""An offer or a promise in the passive with no agent (issue 13, `tx15`): "Peru has been offered the
Gripen" names who would get the system, not who offers it. Before, the passive's subject was read as
the supplier (roles swapped); now it is the recipient and the supplier comes from the article, as it
already did for the supply verbs in the passive ("Ghana was given four boats")."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _roles(analyzer, text: str) -> set[tuple[object, object, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 9, 3)), text)])
    return {
        (c.fields.get("supplier"), c.fields.get("recipient"), c.fields.get("status"))
        for c in a.claims
        if c.kind == "transfer" and c.fields.get("status") != "mentioned"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Peru has been offered the Gripen, a defence official in Lima said.",
        "Peru was offered twelve Gripen fighters last spring.",
    ],
)
def test_tx15_the_subject_of_an_agentless_offer_gets_it(analyzer, text: str) -> None:  # noqa: ANN001
    found = _roles(analyzer, text)
    assert found, text
    assert all(r == "PER" and s != "PER" for s, r, _st in found)


def test_tx15_an_offer_with_its_agent_is_unchanged(analyzer) -> None:  # noqa: ANN001
    # guard: "by" names the one who offers, as before
    assert _roles(analyzer, "Peru has been offered the Gripen by Sweden.") == {("SWE", "PER", "offered")}


def test_tx15_an_active_offer_is_unchanged(analyzer) -> None:  # noqa: ANN001
    # guard: the active subject offers
    text = "Sweden offered Peru twelve Gripen fighters in May."
    assert _roles(analyzer, text) == {("SWE", "PER", "offered")}
