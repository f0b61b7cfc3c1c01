"""What the rules tie to a condition is never made a deed by the modality model, and the place where
something was said is no party of what was said (issue 11). Sentences written for these tests."""

from __future__ import annotations

import pytest

from geowire.coding.decide import CONDITION_CUES, LinearDecider, decide
from geowire.types import Event, EventActor, Span


def _actor(code: str) -> EventActor:
    return EventActor(code=code, sector=None, entity_text=code, wikidata=None, start=0, end=1)


def _reading(modality: str) -> Event:
    return Event(id="e", doc_id="d", sentence_index=0, sentence="s", sentence_start=0, category="SUPPORT",
                 trigger=Span(0, 6, "defend"), actors=(_actor("ARM"),), recipients=(_actor("GEO"),),
                 modality=modality)  # type: ignore[arg-type]  # fmt: skip


# a modality model sure that every reading is a deed, and no firm cue at all
_DEEDS = {"asserted": {"bias": 4.0}, "negated": {"bias": -4.0}, "future": {"bias": -4.0},
          "hypothetical": {"bias": -4.0}}  # fmt: skip
_MODEL = LinearDecider({"bias": 2.0}, 0.5, 0.5, "m", _DEEDS, assert_margin=0.1)


@pytest.mark.parametrize("kind", sorted(CONDITION_CUES))
def test_cod3_a_conditioned_reading_is_never_made_a_deed(kind: str) -> None:
    kept = decide([(_reading("hypothetical"), ("bias", f"cue={kind}"))], _MODEL, threshold=0.5)
    assert kept[0].modality == "hypothetical"


def test_cod3_an_unconditioned_reading_is_still_the_models_to_read() -> None:
    kept = decide([(_reading("hypothetical"), ("bias", "cue=modal"))], _MODEL, threshold=0.5)
    assert kept[0].modality == "asserted"


@pytest.mark.model
def test_cod3_the_place_of_a_speech_is_no_recipient(code_text) -> None:  # noqa: ANN001
    events = code_text("Speaking at a rally in Quito, the Peruvian president said Peru would never accept "
                       "foreign troops.")  # fmt: skip
    events += code_text(
        "In an address in Nairobi, Uganda's president said Uganda would not accept the tariffs."
    )
    assert all("ECU" not in {r.code for r in e.recipients} for e in events)
    assert all("KEN" not in {r.code for r in e.recipients} for e in events)
