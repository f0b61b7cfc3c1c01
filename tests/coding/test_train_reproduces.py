"""The shipped decision model is what `geowire train` (`make train`) makes from the corpus."""

from __future__ import annotations

import pytest

from geowire.coding import train as training
from geowire.coding.corpus import read_corpus
from geowire.coding.decide import load_decider
from geowire.coding.matching import Matcher, group_countries
from geowire.settings import Settings

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_training_reproduces_the_shipped_model() -> None:
    shipped = load_decider()
    collected = training.collect(read_corpus(), Settings())
    fresh = training.train(
        collected, Matcher(group_countries()), compare=False, single=False, form=training.FORM
    ).decider  # what `make train` ships
    assert (fresh.store_threshold, fresh.min_confidence) == (shipped.store_threshold, shipped.min_confidence)
    assert fresh.model_floor == shipped.model_floor
    assert fresh.weights.keys() == shipped.weights.keys()
    assert max(abs(fresh.weights[k] - shipped.weights[k]) for k in fresh.weights) < 1e-3
    assert fresh.trigger_weights.keys() == shipped.trigger_weights.keys()
    trig = fresh.trigger_weights
    # the single form has no trigger factor
    assert max((abs(trig[k] - shipped.trigger_weights[k]) for k in trig), default=0.0) < 1e-3
    assert fresh.event_weights.keys() == shipped.event_weights.keys()
    ev = fresh.event_weights
    assert max((abs(ev[k] - shipped.event_weights[k]) for k in ev), default=0.0) < 1e-3
    assert fresh.single_weights.keys() == shipped.single_weights.keys()
    sw = fresh.single_weights
    assert max((abs(sw[k] - shipped.single_weights[k]) for k in sw), default=0.0) < 1e-3
    assert fresh.rank_weights.keys() == shipped.rank_weights.keys()  # the stacked form's ranking model
    rw = fresh.rank_weights
    assert max((abs(rw[k] - shipped.rank_weights[k]) for k in rw), default=0.0) < 1e-3
    assert fresh.gate_weights.keys() == shipped.gate_weights.keys()  # the gated form's trigger factor
    gw = fresh.gate_weights
    assert max((abs(gw[k] - shipped.gate_weights[k]) for k in gw), default=0.0) < 1e-3
    assert len(fresh.mix) == len(shipped.mix)
    assert max((abs(x - y) for x, y in zip(fresh.mix, shipped.mix, strict=True)), default=0.0) < 1e-3
    assert max(abs(x - y) for x, y in zip(fresh.calibration, shipped.calibration, strict=True)) < 1e-3
    assert (fresh.modality_margin, fresh.assert_margin) == (shipped.modality_margin, shipped.assert_margin)
    assert fresh.firm_cues == shipped.firm_cues  # the cue kinds the modality model may not overrule
    # how the readings of a trigger are compared (the gated form's context, its choice per trigger)
    assert (fresh.context, fresh.reading_choice) == (shipped.context, shipped.reading_choice)
    assert fresh.version == shipped.version
    assert fresh.modality_floors == shipped.modality_floors  # the default view's floor per modality
