"""A cheap stand-in for :class:`geowire.pipeline.Analyzer` (no spaCy): regex sentences, a tiny
gazetteer for actors, one event per sentence naming two countries (its category from a trigger
word), and the real claim extractor.  Deterministic, so two runs over the same texts agree.

A text containing ``POISON`` makes :meth:`FakeAnalyzer.analyse` raise the coder's error from
issue 14 (a year-0 date), as a poison document would."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from geowire.actors.kb import shipped_kb
from geowire.lang import load_language
from geowire.settings import Settings
from geowire.types import ActorMention, DocAnalysis, DocContext, Event, EventActor, Sentence, Span

COUNTRIES = {"Ruritania": "RRT", "Freedonia": "FRD", "Sylvania": "SYL", "Latveria": "LAT"}
TRIGGERS = {
    "signed": ("AGREE", 1),
    "met": ("CONSULT", 1),
    "shelled": ("ASSAULT", 4),
    "warned": ("THREATEN", 3),
}
_SENT = re.compile(r"[^.]+\.")
_NAME = re.compile("|".join(COUNTRIES))
_TRIGGER = re.compile(r"\b(" + "|".join(TRIGGERS) + r")\b")


class FakeAnalyzer:
    """Same interface as the real Analyzer: ``analyse(items)`` yields one analysis per item."""

    def __init__(self, settings: Settings, *, code: bool = True) -> None:
        self.code = code

    def analyse(self, items: Iterable[tuple[DocContext, str]]) -> Iterator[DocAnalysis]:
        from geowire.model.extract import extract_claims

        for ctx, text in items:
            if "POISON" in text:
                raise ValueError("year 0 is out of range")
            sentences = [
                Sentence(i, m.start(), m.end(), m.group(0)) for i, m in enumerate(_SENT.finditer(text))
            ]
            mentions = [
                ActorMention(
                    m.start(), m.end(), m.group(0), "country", COUNTRIES[m.group(0)], sentence=s.index
                )
                for s in sentences
                for m in _NAME.finditer(text, s.start, s.end)
            ]
            events = [e for s in sentences if (e := _event(ctx, s, mentions))] if self.code else []
            claims = extract_claims(
                None,
                ctx,
                sentences=sentences,
                mentions=mentions,
                dates=[],
                quantities=[],
                events=[],
                lang=load_language("en"),
                kb=shipped_kb(load_language("en")),
            )
            yield DocAnalysis(
                ctx.doc_id, (), tuple(sentences), tuple(mentions), (), (), tuple(events), tuple(claims)
            )


def _event(ctx: DocContext, s: Sentence, mentions: list[ActorMention]) -> Event | None:
    names = [m for m in mentions if m.sentence == s.index]
    trigger = _TRIGGER.search(s.text)
    if len(names) < 2 or trigger is None:
        return None
    category, quad = TRIGGERS[trigger.group(1)]
    start = s.start + trigger.start()

    def actor(m: ActorMention) -> EventActor:
        return EventActor(m.code, None, m.text, None, m.start, m.end)

    return Event(
        id=f"{ctx.doc_id}:e{s.index}",
        doc_id=ctx.doc_id,
        sentence_index=s.index,
        sentence=s.text,
        sentence_start=s.start,
        category=category,
        trigger=Span(start, start + len(trigger.group(1)), trigger.group(1)),
        actors=(actor(names[0]),),
        recipients=(actor(names[1]),),
        date=ctx.published,
        date_precision="day" if ctx.published else None,
        quad_class=quad,
        score=float(quad),
    )


def texts(n: int) -> list[str]:
    """``n`` distinct small dispatches with events and (some) agreement claims."""
    names = list(COUNTRIES)
    out = []
    for i in range(n):
        a, b = names[i % 4], names[(i + 1 + i // 4) % 4]
        if a == b:
            b = names[(i + 2) % 4]
        verb = list(TRIGGERS)[i % 4]
        out.append(
            f"{a} {verb} {b} officials on day {i}. {b} signed a trade agreement with {a} in round {i}. "
            f"Observers in {names[(i + 3) % 4]} said talks number {i} went on."
        )
    return out
