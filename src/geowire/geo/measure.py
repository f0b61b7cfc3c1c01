"""Measure event places against an annotated sample (issue 15): coverage and precision.

A sample is YAML: ``articles: [{id, text, sentences: [{has, places}]}]``; each sentence (found by
a snippet it ``has``) lists the places an event in it happened at as "Name/ISO3" (any of them is
right), or [] when it names none. :func:`measure` runs the full pipeline over the articles and
scores every coded event:

- coverage: of the events whose sentence names a place (a non-empty annotation), the share that
  got a place from their sentence;
- precision: of the events that got a place from their sentence, the share whose place (name and
  country) the annotation allows ([] = the sentence names no place of the event);
- dateline: events that got their article's dateline place because their sentence named none.

``scripts/measure_places.py`` prints it; ``tests/geo/test_place_quality.py`` pins floors.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from pathlib import Path
from typing import Any

import yaml

from geowire.geo.gazetteer import name_key
from geowire.pipeline import Analyzer
from geowire.settings import Settings
from geowire.types import DocContext, Event, Place


def allowed(place: Place, gold: list[str], articles: Collection[str] = ()) -> bool:
    """Whether ``place`` is one of the ``gold`` places ("Name/ISO3", "Name/" for no country)."""
    for item in gold:
        name, _, country = item.rpartition("/")
        key = name_key(name, articles)
        if place.country == country and key in (
            name_key(place.name, articles),
            name_key(place.text, articles),
        ):
            return True
    return False


def gold_for(event: Event, sentences: list[dict[str, Any]]) -> list[str] | None:
    for s in sentences:
        if s["has"] in event.sentence:
            return list(s["places"])
    return None


def measure(
    sample: Path, *, settings: Settings | None = None, show: bool = False, analyzer: Analyzer | None = None
) -> dict[str, Any]:
    """Counts, coverage and precision of the events coded from ``sample``'s articles (by
    ``analyzer``, else one built from ``settings``, else from the shipped defaults)."""
    articles = yaml.safe_load(sample.read_text(encoding="utf-8"))["articles"]
    analyzer = analyzer or Analyzer(settings or Settings.model_validate({}))
    items = [(DocContext(doc_id=a["id"], published=dt.date(2024, 5, 1)), a["text"]) for a in articles]
    counts = dict.fromkeys(("events", "named", "covered", "placed", "correct", "dateline", "unannotated"), 0)
    for article, analysis in zip(articles, analyzer.analyse(items), strict=True):
        for ev in analysis.events:
            counts["events"] += 1
            gold = gold_for(ev, article["sentences"])
            if gold is None:
                counts["unannotated"] += 1
                continue
            place = ev.place
            from_sentence = place is not None and place.source == "sentence"
            counts["named"] += bool(gold)
            counts["covered"] += bool(gold) and from_sentence
            counts["dateline"] += place is not None and place.source == "dateline"
            if place is not None and from_sentence:
                counts["placed"] += 1
                counts["correct"] += allowed(place, gold, analyzer.lang.surface.places.articles)
            if show:
                got = f"{place.name}/{place.country} ({place.source})" if place else "-"
                print(f"{article['id']} {ev.category:10} {got:32} gold={gold} | {ev.sentence[:70]}")
    result: dict[str, Any] = dict(counts)
    result["coverage"] = round(counts["covered"] / counts["named"], 3) if counts["named"] else None
    result["precision"] = round(counts["correct"] / counts["placed"], 3) if counts["placed"] else None
    return result
