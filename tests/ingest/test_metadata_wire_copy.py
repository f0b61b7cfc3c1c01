"""Wire copy without metadata: the dateline's agency as the outlet, the lead sentence as what
``geowire docs`` shows for a missing title."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from geowire.cli import app
from geowire.geo.resolve import names_region
from geowire.ingest.metadata import dateline_agency, lead_title
from geowire.lang import load_language


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("UNITED NATIONS (Wire) — The assembly adjourned early.", "Wire"),
        ("Budget row\n\nLISBON, 2 May 2024 (Coast Press) - Ministers met twice.", "Coast Press"),
        ("OSLO (NTX) -- Talks ended.", "NTX"),
        ("UNITED NATIONS — The assembly adjourned early.", None),  # a dateline, no agency
        ("Lima (the capital) said little — and then more.", None),  # no dateline head
        ("The minister (Labour) — quoted above — spoke.", None),
    ],
)
def test_metadata_dateline_agency(text: str, agency: str | None) -> None:
    assert dateline_agency(text) == agency


def test_metadata_lead_title_drops_the_dateline_and_shortens() -> None:
    text = "UNITED NATIONS (Wire) — Delegates argued over the fund. A vote follows."
    assert lead_title(text) == "Delegates argued over the fund."
    long = "OSLO, 3 June 2024 — " + "Negotiators from both coastal states kept talking " * 4 + "."
    shown = lead_title(long, limit=40)
    assert shown is not None and shown.endswith("…") and len(shown) <= 40
    assert shown.startswith("Negotiators from both")
    assert lead_title("NATO – Russia council meets again") == "NATO – Russia council meets again"
    assert lead_title("") is None


def test_cli_docs_shows_wire_agency_and_lead_for_bare_wire_copy(tmp_path: Path) -> None:
    item = tmp_path / "wire.txt"
    item.write_text(
        "UNITED NATIONS (Wire) — Delegates agreed on Tuesday to keep the relief fund open for one more "
        "season after a long night of talks.\n\nSeveral states abstained.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.duckdb")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--no-code", "--db", db, str(item)]).exit_code == 0
    table = " ".join(runner.invoke(app, ["docs", "--db", db]).output.split())
    assert "Wire" in table and "(lead) Delegates agreed on Tuesday" in table
    listed = runner.invoke(app, ["docs", "--json", "--db", db]).output
    assert '"outlet": "Wire"' in listed and '"title": null' in listed  # the stored title stays empty


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("TRIPOLI (Lebanon) — Port workers walked out.", None),  # a country, not an outlet
        ("SPRINGFIELD (Texas) — Floodwater receded.", None),  # a first-level region
        ("HAMRA (Lebanese) — Shops reopened.", None),  # a demonym
        ("OSLO (NTX) -- Talks ended.", "NTX"),
        ("BEIJING (Xinhua) — Output grew.", "Xinhua"),  # also a town's name: towns do not count
    ],
)
def test_metadata_dateline_agency_refuses_a_bracketed_place(text: str, agency: str | None) -> None:
    lang = load_language("en")
    assert dateline_agency(text, is_place=lambda name: names_region(lang, name)) == agency


def test_ingest_bracketed_country_in_dateline_is_no_outlet(tmp_path: Path) -> None:
    item = tmp_path / "wire.txt"
    item.write_text("TRIPOLI (Lebanon) — Port workers walked out over unpaid wages.\n", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--no-code", "--db", db, str(item)]).exit_code == 0
    assert '"outlet": null' in runner.invoke(app, ["docs", "--json", "--db", db]).output
