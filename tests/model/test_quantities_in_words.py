"""Figures written in words through the whole pipeline (issue 13): the parsed quantities, a
transfer's and a deployment's count, and the model's records and contradictions built from them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geowire.settings import Settings
from geowire.types import DocContext

pytestmark = pytest.mark.model


def _analyse(analyzer, text: str):  # noqa: ANN001, ANN202
    (a,) = analyzer.analyse([(DocContext(doc_id="w", published=dt.date(2025, 3, 1)), text)])
    return a


def _claims(analyzer, text: str, kind: str) -> list[dict[str, object]]:  # noqa: ANN001
    return [dict(c.fields) for c in _analyse(analyzer, text).claims if c.kind == kind]


def test_a_transfer_counted_in_dozens_issue_13(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(analyzer, "Seoul shipped two dozen K9 howitzers to Warsaw in May.", "transfer")
    assert (t["supplier"], t["recipient"], t["quantity"], t["quantity_text"]) == (
        "KOR",
        "POL",
        24.0,
        "two dozen",
    )


def test_a_deployment_counted_in_hundreds_issue_13(analyzer) -> None:  # noqa: ANN001
    (d,) = _claims(analyzer, "Five hundred soldiers from France were deployed to Romania.", "deployment")
    assert (d["country"], d["host"], d["personnel"]) == ("FRA", "ROU", 500.0)
    (d,) = _claims(analyzer, "London has stationed forty-eight instructors in Kenya.", "deployment")
    assert (d["personnel"], d["personnel_text"]) == (48.0, "forty-eight instructors")


def test_vague_counts_are_approximate_issue_13(analyzer) -> None:  # noqa: ANN001
    (d,) = _claims(analyzer, "Several dozen soldiers from Italy were sent to Lebanon.", "deployment")
    assert (d["personnel"], d["personnel_text"], d["personnel_qualifier"]) == (
        36.0,
        "Several dozen soldiers",
        "about",
    )
    # a transfer's vague figure is no count (FORMAT.md: "dozens of", "thousands of shells" give none)
    (t,) = _claims(analyzer, "Ankara sold several dozen Bayraktar TB2 drones to Kyiv.", "transfer")
    assert t.get("quantity") is None


def test_a_lone_spelled_count_before_its_noun_issue_13(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(analyzer, "Berlin delivered seven Gepard tanks to Kyiv.", "transfer")
    assert t["quantity"] == 7.0
    a = _analyse(analyzer, "Paris bought three hundred and twenty trucks.")
    assert [(q.text, q.value, q.unit) for q in a.quantities] == [
        ("three hundred and twenty trucks", 320.0, "trucks")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "One of the largest arms makers in Europe opened a plant.",
        "The two sides met in Geneva on Monday.",
        "Rome and Athens signed a deal on a one-year extension of the patrols.",
        "Two of the ministers resigned in 2023, and the F-16 order was cancelled.",
    ],
)
def test_words_that_count_nothing_are_no_quantities_issue_13(analyzer, text: str) -> None:  # noqa: ANN001
    assert _analyse(analyzer, text).quantities == ()


def test_spelled_counts_of_dates_are_unchanged_issue_13(analyzer) -> None:  # noqa: ANN001
    a = _analyse(analyzer, "The treaty was signed four years ago in Vienna.")
    assert [(d.text, d.value.year, d.precision) for d in a.dates] == [("four years ago", 2021, "year")]


def test_words_and_digits_are_one_figure_in_the_model_issue_13(tmp_path: Path) -> None:
    """ "two dozen" and "24" are the same count (one transfer record; only the third article's 40
    contradicts them), "Five hundred" and "some 500" one deployment figure."""
    from geowire.ingest import ingest_sources
    from geowire.pipeline import process_pending
    from geowire.store import open_store
    from geowire.store.model import contradictions, deployments, transfers

    texts = {
        "a.txt": "Seoul delivered two dozen K9 howitzers to Warsaw last month. "
        "Five hundred soldiers from France were deployed to Romania.",
        "b.txt": "Seoul delivered 24 K9 howitzers to Warsaw last month. "
        "Some 500 soldiers from France were deployed to Romania.",
        "c.txt": "Seoul delivered 40 K9 howitzers to Warsaw last month.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    settings = Settings(db=tmp_path / "s.duckdb")
    with open_store(settings.db) as store:
        ingest_sources(store, settings, [str(tmp_path / n) for n in texts], date=dt.date(2025, 6, 1))
        process_pending(store, settings, code=True)
        (t,) = [r for r in transfers(store) if r["recipient"] == "POL"]
        assert t["supplier"] == "KOR"
        (d,) = [r for r in deployments(store) if r["host"] == "ROU"]
        assert d["country"] == "FRA"
        third = store.query("SELECT id FROM documents WHERE path LIKE '%c.txt'")[0]["id"]
        found = [c for c in contradictions(store) if c["kind"] == "quantity"]
        assert len(found) == 2 and all(third in (c["doc_a"], c["doc_b"]) for c in found), found


def test_counts_in_words_beyond_fifty_and_bare_thousands(analyzer) -> None:  # noqa: ANN001
    # the model's patterns take their number words from the pack's number grammar, which knows
    # "seventy" and "thousand" (the model lexicon's own list stopped at fifty and "a hundred")
    (d,) = _claims(analyzer, "Seventy soldiers from Norway were deployed to Estonia.", "deployment")
    assert (d["country"], d["host"], d["personnel"]) == ("NOR", "EST", 70.0)
    (d,) = _claims(analyzer, "Spain has stationed a thousand troops in Djibouti.", "deployment")
    assert (d["personnel"], d["personnel_text"]) == (1000.0, "a thousand troops")
