"""Contradiction shapes of a fresh writer (issue 13, helper ``cx15``, corpus part_44): a force
said to be in its host since a year before another source has it come; a date counted from an
earlier one ("a year later"); a signing region that holds the other report's city; a figure set
against an earlier one by "not 54," or "not the dozen mentioned"."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.lang.pack import default_language
from geowire.model.build import region_within
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, _same_place, build_deployments
from geowire.nlp.dates import find_dates

_LANG = load_language("en")
_LEX = model_lexicon(_LANG)


def _force(cid: str, text: str, published: dt.date, personnel: float, **fields: object) -> StoredClaim:
    """Austrian soldiers in Mali, as ``text`` counts them."""
    base = {"country": "AUT", "host": "MLI", "place": "Mali", "personnel": personnel,
            "personnel_text": f"{personnel:g} soldiers"}  # fmt: skip
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="deployment", sentence_index=0, start=0,
                       end=len(text), fields={**base, **fields}, field_spans={}, published=published,
                       sentence=text, doc_text=text)  # fmt: skip


def _disputes(*claims: StoredClaim) -> list[str]:
    return sorted(x.field for x in build_deployments(list(claims), figures=_LEX.figures)[1])


SENT = "Austria deployed 150 soldiers to Mali in October."
SINCE = "Austria has kept 150 soldiers in Mali since 2021."


def test_cx15_a_force_there_since_years_before_its_coming_is_a_date_dispute() -> None:
    sent = _force("a", SENT, dt.date(2025, 11, 4), 150, date="2025-10-01", date_precision="month")
    there = _force("b", SINCE, dt.date(2025, 11, 20), 150, since="2021-01-01", since_precision="year")
    assert _disputes(sent, there) == ["date"]


def test_cx15_a_force_there_since_the_year_of_its_coming_is_none() -> None:
    sent = _force("a", SENT, dt.date(2025, 11, 4), 150, date="2025-10-01", date_precision="month")
    there = _force("b", SINCE, dt.date(2025, 11, 20), 150, since="2025-01-01", since_precision="year")
    assert _disputes(sent, there) == []


def test_cx15_a_force_of_another_size_since_then_is_none() -> None:
    sent = _force("a", SENT, dt.date(2025, 11, 4), 150, date="2025-10-01", date_precision="month")
    there = _force("b", SINCE, dt.date(2025, 11, 20), 600, since="2021-01-01", since_precision="year")
    assert "date" not in _disputes(sent, there)


def _dates(text: str) -> list[tuple[str, dt.date, str]]:
    return [(d.text, d.value, d.precision) for d in find_dates(text, dt.date(2025, 6, 10), lang=_LANG)]


def test_cx15_a_year_later_counts_from_the_date_before_it() -> None:
    found = _dates("Talks opened in 2022, and the two states signed the pact a year later.")
    assert found[-1] == ("a year later", dt.date(2023, 1, 1), "year")
    found = _dates("The order came in March 2021 and the jets arrived 18 months later.")
    assert found[-1] == ("18 months later", dt.date(2022, 9, 1), "month")


def test_cx15_later_without_an_earlier_date_in_its_sentence_is_no_date() -> None:
    assert _dates("It was signed on 4 May 2020. Two years later it lapsed.") == [
        ("4 May 2020", dt.date(2020, 5, 4), "day")
    ]
    assert _dates("Talks opened in 2022 and a week later collapsed.") == [
        ("2022", dt.date(2022, 1, 1), "year")
    ]


def test_cx15_a_region_holds_its_cities_and_a_city_named_region_holds_none() -> None:
    within = region_within(default_language())
    assert within("Bavaria", "Munich") and within("Lombardy", "Milan")
    assert not within("Munich", "Bavaria") and not within("Saxony", "Munich")
    assert not within("Hanoi", "Ho Chi Minh City") and not within("Kyiv", "Bila Tserkva")
    assert _same_place("Munich", "Bavaria", within=within)
    assert not _same_place("Hanoi", "Ho Chi Minh City", within=within)


def test_cx15_a_figure_set_against_another_without_a_verb_corrects_it() -> None:
    rx = _LEX.figures.corrected
    assert rx is not None
    assert rx.search("has so far shipped 36 K9 howitzers to Romania, not 54, according to records")
    assert rx.search("handed twenty jets in mid-August, not the dozen mentioned at the air base")
    assert not rx.search("has not delivered any of the 54 howitzers, officials said")
    assert not rx.search("Seoul has not 54 but 60 guns on order")


def test_cx15_a_force_on_rotation_since_then_is_no_dispute() -> None:
    rotating = "Austria keeps 150 soldiers in Mali on rotation, a commitment renewed every year since 2021."
    sent = _force("a", SENT, dt.date(2025, 11, 4), 150, date="2025-10-01", date_precision="month")
    there = _force("b", rotating, dt.date(2025, 11, 20), 150, since="2021-01-01", since_precision="year")
    claims = [sent, there]
    found = build_deployments(claims, figures=_LEX.figures, rotation=_LEX.deployments.rotation)[1]
    assert [x.field for x in found] == []
