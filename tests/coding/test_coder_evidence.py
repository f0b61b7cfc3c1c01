"""Evidence and the no-fallback rule, with a stand-in categorizer so only the coder is tested."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from geowire.coding.coder import EventCoder, event_id
from geowire.types import DocContext

pytestmark = pytest.mark.model


@dataclass(frozen=True)
class _Decision:
    category: str
    mode: str | None
    context: tuple[str, ...]
    trigger: int
    trigger_end: int
    confidence: float
    rule: str
    adjustment: str | None = None
    where: str = "path"
    sense: str = ""


def _analyse(analyzer, text: str):  # noqa: ANN001, ANN202
    ctx = DocContext(doc_id="dev", published=dt.date(2026, 2, 1))
    from geowire.actors.resolve import resolve_mentions
    from geowire.nlp.dates import extract_dates

    ann = analyzer.annotator.annotate(text)
    mentions = resolve_mentions(ann.doc, ctx, analyzer.kb, analyzer.lang, sentences=ann.sentences)
    dates = extract_dates(ann.doc, ctx.published, sentences=ann.sentences, lang=analyzer.lang)
    return ctx, ann, mentions, dates


def test_coder_no_decision_no_event(analyzer) -> None:  # noqa: ANN001
    ctx, ann, mentions, dates = _analyse(analyzer, "Chile shelled Peru. Chile praised Peru.")
    coder = EventCoder(analyzer.kb, analyzer.settings, analyzer.lang, categorizer=lambda doc, **kw: None)
    assert coder.code(ann.doc, ctx, sentences=ann.sentences, mentions=mentions, dates=dates) == []


def test_coder_evidence_offsets_point_at_the_words(analyzer) -> None:  # noqa: ANN001
    text = "Intro sentence here. Chile shelled Peru in 2019."
    ctx, ann, mentions, dates = _analyse(analyzer, text)
    calls = []

    def stand_in(doc, *, source, target):  # noqa: ANN001, ANN202
        calls.append((doc[source[0] : source[1]].text, target and doc[target[0] : target[1]].text))
        verb = next(t for t in doc if t.text == "shelled")
        return _Decision("ASSAULT", "heavy-weapons", (), verb.i, verb.i + 1, 0.9, "test:stand-in")

    coder = EventCoder(analyzer.kb, analyzer.settings, analyzer.lang, categorizer=stand_in)
    (ev,) = coder.code(ann.doc, ctx, sentences=ann.sentences, mentions=mentions, dates=dates)
    assert calls == [("Chile", "Peru")]
    assert text[ev.trigger.start : ev.trigger.end] == "shelled"
    assert text[ev.actors[0].start : ev.actors[0].end] == "Chile"
    assert text[ev.recipients[0].start : ev.recipients[0].end] == "Peru"
    assert text[ev.sentence_start : ev.sentence_start + len(ev.sentence)] == ev.sentence
    assert ev.sentence_index == 1 and ev.rule == "test:stand-in"
    assert (ev.quad_class, ev.score) == (4, -9.5)  # ASSAULT: heavy-weapons
    assert ev.date == dt.date(2019, 1, 1) and ev.date_precision == "year"
    assert ev.id == event_id("dev", 1, ev.trigger.start, ev.trigger.end, "ASSAULT", ["CHL"], ["PER"])
    joined = "\n".join(ev.explanation)
    for needle in ("test:stand-in", "nsubj", "dobj", "2019", "modality asserted"):
        assert needle in joined


def test_coder_ids_are_stable(analyzer) -> None:  # noqa: ANN001
    ctx, ann, mentions, dates = _analyse(analyzer, "Chile shelled Peru.")
    coder = EventCoder(analyzer.kb, analyzer.settings, analyzer.lang)
    first = coder.code(ann.doc, ctx, sentences=ann.sentences, mentions=mentions, dates=dates)
    second = coder.code(ann.doc, ctx, sentences=ann.sentences, mentions=mentions, dates=dates)
    assert first and [e.id for e in first] == [e.id for e in second]
