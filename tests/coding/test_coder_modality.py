"""Modality through the whole coder: non-asserted events are coded, kept, and marked."""

from __future__ import annotations

import pytest

from .conftest import find

pytestmark = pytest.mark.model


def test_coder_negated_idiom(code_text) -> None:  # noqa: ANN001
    (ev,) = find(code_text("Ottawa did not lift a finger to punish Minsk."), actor="CAN", recipient="BLR")
    assert ev.modality == "negated"
    assert any("lift a finger" in line for line in ev.explanation)


def test_coder_negated_material_event(code_text) -> None:  # noqa: ANN001
    (ev,) = find(code_text("Turkey did not send troops to Libya."), actor="TUR", recipient="LBY")
    assert ev.modality == "negated"


def test_coder_hypothetical_conditional(code_text) -> None:  # noqa: ANN001
    events = code_text("If Serbia attacked Kosovo, Albania would send troops to Kosovo.")
    (ev,) = find(events, actor="ALB")
    assert ev.modality == "hypothetical"


def test_coder_hypothetical_proposal_is_not_a_delivery(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "A Kenyan lawmaker said Kenya should consider providing Somalia with armoured vehicles."
    )
    coded = find(events, actor="KEN", recipient="SOM")
    assert coded and all(e.modality == "hypothetical" and e.reported for e in coded)


def test_coder_offered_act_under_a_stated_readiness(code_text) -> None:  # noqa: ANN001
    # the readiness is an offer (AGREE, issue 11 agree): the act offered is not decided, so it is
    # hypothetical (it was read future before the offers convention)
    events = code_text("Japan has stated readiness to supply Vietnam with coastal radars.")
    (ev,) = find(events, actor="JPN", recipient="VNM")
    assert ev.modality == "hypothetical"


def test_coder_reported_deployment(code_text) -> None:  # noqa: ANN001
    events = code_text("Mali has reportedly deployed troops along the border with Niger.")
    (ev,) = find(events, actor="MLI")
    assert ev.reported and ev.modality == "asserted"


def test_coder_according_to_an_agency(code_text) -> None:  # noqa: ANN001
    events = code_text("According to Xinhua, China sent medical aid to Laos.")
    (ev,) = find(events, actor="CHN", recipient="LAO")
    assert ev.reported
