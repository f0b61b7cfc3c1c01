"""The starter Spanish pack (data/lang/es): the same date and quantity extractors, handed the es
pack, read Spanish dates and figures from a ``spacy.blank("es")`` Doc (no Spanish parser needed)."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from geowire.ingest.metadata import find_dateline, parse_date, title_from_text
from geowire.lang import load_language
from geowire.nlp import dates
from geowire.nlp.anchors import finditer_at
from geowire.nlp.dates import extract_dates, fallback_dates, year_cue
from geowire.nlp.quantities import extract_quantities
from geowire.types import Sentence

ES = load_language("es")
NLP = spacy.blank("es")
PUBLISHED = dt.date(2024, 3, 7)  # a Thursday


def _dates(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, dt.date, str, str]]:
    found = extract_dates(NLP.make_doc(text), published, sentences=[Sentence(0, 0, len(text), text)], lang=ES)
    for d in found:
        assert text[d.start : d.end] == d.text
    return [(d.text, d.value, d.precision, d.relation) for d in found]


def _quantities(text: str) -> list[tuple[str, float, str | None, str | None]]:
    found = extract_quantities(NLP.make_doc(text), sentences=[Sentence(0, 0, len(text), text)], lang=ES)
    return [(q.text, q.value, q.unit, q.qualifier) for q in found]


def test_spanish_pack_loads_without_a_parser() -> None:
    assert ES is load_language("es")
    assert (ES.code, ES.name, ES.spacy_model) == ("es", "Spanish", None)
    assert ES.surface.dates.months["marzo"] == 3 and ES.surface.numbers.decimal_mark == ","


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El tratado se firmó el 4 de marzo de 2024 en Lima.",
            ("4 de marzo de 2024", dt.date(2024, 3, 4), "day", "on"),
        ),
        ("Los cancilleres hablaron el martes por teléfono.", ("martes", dt.date(2024, 3, 5), "day", "on")),
        ("La frontera se cerró en febrero de 2023.", ("febrero de 2023", dt.date(2023, 2, 1), "month", "on")),
        ("Ayer cayeron dos drones cerca del puerto.", ("Ayer", dt.date(2024, 3, 6), "day", "on")),
        ("El embajador volvió el 12 de enero.", ("12 de enero", dt.date(2024, 1, 12), "day", "on")),
        ("Las tropas llegaron en noviembre.", ("noviembre", dt.date(2023, 11, 1), "month", "on")),
        ("El bloqueo dura desde 1999.", ("desde 1999", dt.date(1999, 1, 1), "year", "since")),
        ("La misión terminó hace dos años.", ("hace dos años", dt.date(2022, 1, 1), "year", "on")),
        ("Las exportaciones cayeron el año pasado.", ("año pasado", dt.date(2023, 1, 1), "year", "on")),
        ("Habrá elecciones el próximo lunes.", ("lunes", dt.date(2024, 3, 11), "day", "on")),
        (
            "La cumbre se aplazó hasta el 2 de abril de 2024.",
            ("hasta el 2 de abril de 2024", dt.date(2024, 4, 2), "day", "until"),
        ),
    ],
)
def test_spanish_dates_resolve(text: str, expected: tuple[str, dt.date, str, str]) -> None:
    assert _dates(text) == [expected]


def test_spanish_relative_dates_need_the_publication_date() -> None:
    assert _dates("Ayer hablaron el martes.", published=None) == []
    assert _dates("Lo anunciaron el 4 de marzo de 2024.", published=None)[0][1] == dt.date(2024, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El convoy llevaba cuarenta tanques hacia el norte.", ("cuarenta tanques", 40.0, "tanques", None)),
        ("La UE aprobó 7.000 millones de euros en ayuda.", ("7.000 millones de euros", 7e9, "EUR", None)),
        ("El país envió dos mil soldados a la frontera.", ("dos mil soldados", 2000.0, "soldados", None)),
        ("Desplegó más de 1.500 efectivos.", ("más de 1.500 efectivos", 1500.0, "efectivos", "more-than")),
        ("La inflación subió un 3,5 por ciento.", ("3,5 por ciento", 3.5, "%", None)),
        ("Un alcance de 300 kilómetros.", ("300 kilómetros", 300.0, "km", None)),
    ],
)
def test_spanish_quantities_resolve(text: str, expected: tuple[str, float, str | None, str | None]) -> None:
    assert _quantities(text) == [expected]


def test_spanish_dates_are_not_quantities() -> None:
    assert _quantities("El 4 de marzo de 2024 no hubo combates.") == []


def test_spanish_fallbacks_and_year_cue() -> None:
    text = "El pacto de 12 de mayo de 2021 sigue vigente."
    (d,) = fallback_dates(text, PUBLISHED, offset=100, sentence=3, lang=ES)
    assert (d.start, d.text, d.value, d.precision, d.sentence) == (
        112,
        "12 de mayo de 2021",
        dt.date(2021, 5, 12),
        "day",
        3,
    )
    cue = year_cue("Las sanciones rigen desde 2014.", PUBLISHED, lang=ES)
    assert cue is not None and (cue.value, cue.text) == (dt.date(2014, 1, 1), "desde 2014")
    last = year_cue("El Año Pasado subieron los precios.", PUBLISHED, lang=ES)
    assert last is not None and (last.value, last.text) == (dt.date(2023, 1, 1), "el año pasado")


def test_spanish_datelines_and_metadata_dates() -> None:
    text = "Cumbre en Quito\n\nQUITO, 4 de marzo de 2024 — Los presidentes firmaron un acuerdo.\n"
    assert find_dateline(text, lang=ES) == dt.date(2024, 3, 4)
    assert title_from_text(text, lang=ES) == "Cumbre en Quito"
    assert parse_date("7 de mayo de 2025", lang=ES) == dt.date(2025, 5, 7)
    assert parse_date("7 May 2025", lang=ES) is None  # English words are the English pack's


def test_spanish_dateline_date_is_the_publication_date_not_a_sentence_date() -> None:
    text = "BOGOTÁ, 4 de marzo de 2024 — El gobierno anunció ayer nuevas medidas."
    # "ayer" counts from the day the story was filed, the dateline's (issue 13), not the later publication
    assert _dates(text) == [("ayer", dt.date(2024, 3, 3), "day", "on")]


_WORDS = [
    "el", "El", "de", "del", "en", "desde", "hasta", "hace", "HACE", "año", "años", "pasado", "próximo",
    "este", "marzo", "mayo", "Marzo", "martes", "lunes", "ayer", "AYER", "hoy", "dos", "tres", "4", "12",
    "2024", "1999", "2024-03-04", "a partir", "antes", "de 2023", "x", "é", "ſ",
]  # fmt: skip
_SEPS = [" ", " ", "", "-", "  ", "\n", ", ", ". "]
RULES = dates.date_rules(ES)


def _scan(text: str, *, anchored: bool) -> list[tuple[str, tuple[int, int], dict[str, str | None]]]:
    starts = dates._candidate_starts(text, RULES)
    return [
        (p.kind, m.span(), m.groupdict())
        for p, at in zip(RULES.patterns, starts, strict=True)
        for m in (finditer_at(p.regex, text, at) if anchored else p.regex.finditer(text))
    ]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPS)), min_size=1, max_size=12))
def test_spanish_anchored_scan_equals_full_scan(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + s for w, s in parts)
    assert _scan(text, anchored=True) == _scan(text, anchored=False)
