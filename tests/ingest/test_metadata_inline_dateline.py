"""Issue 13 (dates): a dateline that opens the first paragraph is read as the publication date."""

import datetime as dt
from pathlib import Path

import pytest

from geowire.ingest import ingest_sources
from geowire.ingest.metadata import find_dateline, inline_dateline, resolve_date
from geowire.lang import load_language
from geowire.settings import Settings
from geowire.store import Store
from geowire.store import documents as store_docs

EN = load_language("en")

D = dt.date


@pytest.mark.parametrize(
    "text",
    [
        "QUITO, 17 October 2023 — Ecuador expelled two diplomats after a row over fishing rights.",
        "QUITO, October 17, 2023 (Andes Wire) - Ecuador expelled two diplomats over fishing rights.",
        "QUITO, 17 Oct 2023: Ecuador expelled two diplomats over a row about fishing rights.",
        "Quito, 2023-10-17 — Ecuador expelled two diplomats over a row about fishing rights.",
        "SAN JOSE, Costa Rica, Oct. 17, 2023 -- Ecuador expelled two diplomats over fishing.",
        "Border row deepens\n\nQUITO (Andes Wire), 17 October 2023 — Ecuador expelled two diplomats.",
        "QUITO, Tuesday 17 October 2023 — Ecuador expelled two diplomats over fishing rights.",
        "QUITO, Tuesday, Oct. 17, 2023, 09:40 GMT — Ecuador expelled two diplomats over fishing.",
    ],
)
def test_metadata_inline_dateline_forms(text: str) -> None:
    assert find_dateline(text, lang=EN) == D(2023, 10, 17)
    assert resolve_date(text, metadata=None, cli=D(2020, 1, 1), lang=EN) == (D(2023, 10, 17), "dateline")


def test_metadata_inline_dateline_gives_the_date_offsets() -> None:
    line = "QUITO, 17 Oct 2023: Ecuador expelled two diplomats."
    found = inline_dateline(line, lang=EN)
    assert found is not None
    assert line[found[1] : found[2]] == "17 Oct 2023"


@pytest.mark.parametrize(
    "text",
    [
        "QUITO (Andes Wire) — Ecuador expelled two diplomats on 17 October 2023, officials said.",
        "Quito, 17 October 2023, was the day Ecuador expelled two diplomats over fishing rights.",
        "the talks in Quito, 17 October 2023 — a long day of haggling over fishing rights ended.",
    ],
)
def test_metadata_body_date_is_not_an_inline_dateline(text: str) -> None:
    assert find_dateline(text, lang=EN) is None


def test_metadata_metadata_date_wins_over_inline_dateline() -> None:
    text = "QUITO, 17 October 2023 — Ecuador expelled two diplomats over fishing rights."
    assert resolve_date(text, metadata=D(2023, 10, 18), cli=None, lang=EN) == (D(2023, 10, 18), "metadata")


WIRE_STORY = (
    "Fishing row deepens\n\n"
    "QUITO, 17 October 2023 (Andes Wire) — Ecuador expelled two diplomats on Sunday after a long "
    "dispute over fishing rights off the Galapagos Islands, the foreign ministry said.\n\n"
    "The ministry said the diplomats had been given three days to leave the country and that talks "
    "on the fishing quotas would resume once both governments had named new negotiators."
)


def test_metadata_ingested_text_takes_its_inline_dateline(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    (tmp_path / "story.txt").write_text(WIRE_STORY)
    report = ingest_sources(store, settings, [str(tmp_path / "story.txt")])
    assert report.stored == 1, [r.line() for r in report.items]
    (doc,) = store_docs.list_documents(store)
    assert (doc["published"], doc["published_source"]) == (D(2023, 10, 17), "dateline")
    assert doc["title"] == "Fishing row deepens"
